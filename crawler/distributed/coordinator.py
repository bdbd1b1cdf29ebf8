"""The crawl back-end of ``oit crawl --distributed``: queue every agency of a run as a job, then store each agency
as its worker sends it back (service/runs.py judges it at once); the run is complete once every agency is stored
and judged.

Faults end in an honest state: Redis gone (restarted, network) is waited for with backoff; a result that is
not one (garbage, another version's format, another run's, a bad signature, crawled with other politeness)
is rejected and logged, never stored, and the run ends ``incomplete`` saying so; a coordinator restarted on
the same database closes its dead run's jobs first, so workers do not crawl them again.
"""
from __future__ import annotations

import logging
import secrets
import socket
import sys
import time
import uuid
from pathlib import Path
from typing import Iterator

from crawler.distributed.jobs import (broker_for, crawl_actor, job_time_limit, politeness, result_problem, run_key,
                                      unpack)
from crawler.pipelines import page_row
from crawler.spiders.agency import crawl_job
from storage.crawl_results import page_columns, record_crawled_by, store_outcome, store_pages

log = logging.getLogger(__name__)
OPEN_RUNS = "oit:open-runs"  # results list -> the database it belongs to, while its coordinator runs
MAX_BACKOFF = 30  # seconds between attempts to reach Redis again


def _store(db, result: dict) -> None:
    store_pages(db, [page_row(page) for page in result["pages"]])
    store_outcome(db, result["outcome"])
    record_crawled_by(db, result["run_id"], result["agency_id"], result["worker"])  # worker, version, settings


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(f"\r  หน่วยงาน/agencies {done}/{total}   ")
        sys.stderr.flush()


def close_dead_runs(client, database: str) -> int:
    """Close the jobs of this database's earlier runs whose coordinator died (we hold the crawl lock, so no
    other coordinator of this database lives): workers skip them instead of crawling them again."""
    closed = 0
    for results, owner in client.hgetall(OPEN_RUNS).items():
        if owner.decode() == database:
            client.set(results + b":closed", 1, ex=14 * 24 * 3600)
            client.hdel(OPEN_RUNS, results)
            closed += 1
    return closed


class DramatiqCrawl:
    """The distributed crawl back-end: the run's agencies queued as Dramatiq jobs for ``oit worker`` processes
    listening at ``redis_url``; each result stored here as it comes back. Agencies no worker returned within
    ``deadline_hours`` are ``not_crawled`` and the run ``incomplete``. Results are signed with a key made for the
    run (sent with every job, mixed with ``secret`` — ``distributed.secret`` — when set)."""

    def __init__(self, redis_url: str, deadline_hours: float = 12.0, secret: str = ""):
        self.redis_url, self.deadline_hours, self.secret = redis_url, deadline_hours, secret
        self.client = None

    def check(self, crawl: dict) -> None:
        import redis

        from crawler.runner import CrawlError

        # redis-py's default 5 s would cut BLPOP short
        self.client = redis.Redis.from_url(self.redis_url, socket_timeout=60)
        try:
            self.client.ping()
        except redis.RedisError as exc:
            raise CrawlError(f"cannot reach Redis at {self.redis_url}: {exc}") from None

    def session(self, db, db_path: str, run_id: int, agencies: list[dict], rulebook, crawl: dict,
                lock_fd: int) -> DramatiqSession:
        return DramatiqSession(self, db, db_path, run_id, agencies, rulebook, crawl)


class DramatiqSession:
    """One run's crawl by :class:`DramatiqCrawl`; ``crawled`` and ``note`` say how it ended."""

    def __init__(self, backend: DramatiqCrawl, db, db_path: str, run_id: int, agencies: list[dict], rulebook,
                 crawl: dict):
        self.backend, self.db, self.run_id, self.agencies = backend, db, run_id, agencies
        self.client = backend.client
        self.database = f"{socket.gethostname()}:{Path(db_path).resolve()}"
        self.crawled, self.note, self.outages = False, "", 0
        if close_dead_runs(self.client, self.database):
            log.warning("closed the jobs of an earlier run of this database whose coordinator died")
        self.results = f"oit:results:{uuid.uuid4().hex}"
        token = secrets.token_hex(16)
        self.key, self.expected = run_key(token, backend.secret), politeness(crawl)
        self.deadline = time.time() + backend.deadline_hours * 3600
        self.client.hset(OPEN_RUNS, self.results, self.database)
        self.broker = broker_for(backend.redis_url)
        actor = crawl_actor(self.broker, lambda job: None, job_time_limit(crawl))
        focus = [t.raw for t in rulebook.focus_terms()]
        for agency in agencies:
            actor.send(dict(crawl_job(agency, run_id, focus, int(crawl["max_pages"]), int(crawl["max_depth"]),
                                      int(crawl["max_text_chars"]), rulebook.code_prefixes()),
                            results=self.results, deadline=self.deadline, token=token, politeness=self.expected))

    def stored(self) -> Iterator[str]:
        """Store each agency's result as its worker sends it back and yield its id; then say in ``note`` what did
        not come back or was rejected (``crawled`` only when nothing is missing)."""
        import redis

        columns = page_columns(self.db)
        left = {a["id"] for a in self.agencies}
        rejected, backoff = 0, 1.0
        while left and time.time() < self.deadline:
            try:
                got = self.client.blpop([self.results], timeout=2)
                backoff = 1.0
            except (redis.ConnectionError, redis.TimeoutError) as exc:  # Redis restarting: wait, then go on
                self.outages += 1
                log.warning("Redis unreachable (%s); trying again in %g s", exc, backoff)
                time.sleep(backoff)
                backoff = min(MAX_BACKOFF, backoff * 2)
                continue
            if got is None:
                continue
            try:
                result = unpack(got[1])
                problem = result_problem(result, self.run_id, self.key, self.expected, columns)
            except ValueError as exc:
                problem = str(exc)
            if problem:
                rejected += 1
                log.error("run %s: rejected a result from Redis: %s", self.run_id, problem)
                continue
            if result["agency_id"] not in left:
                continue  # a second copy (an agency retried after its worker died)
            _store(self.db, result)
            yield result["agency_id"]
            left.discard(result["agency_id"])
            _progress(len(self.agencies) - len(left), len(self.agencies))
        note = ""
        if left:
            note = f"{len(left)} agencies were not crawled by any worker within {self.backend.deadline_hours:g} h"
        if rejected:
            note = "; ".join(filter(None, [note, f"{rejected} results rejected (malformed, unsigned or crawled "
                                                 "with other settings): see the coordinator's log"]))
        self.note, self.crawled = note, not note

    def failed(self, exc: BaseException) -> None:
        """The run was interrupted, or storing or judging failed: the run must say so, not end complete."""
        self.note = "interrupted" if isinstance(exc, KeyboardInterrupt) else f"{type(exc).__name__}: {exc}"[:1500]
        self.crawled = False

    def close(self) -> None:
        import redis

        try:  # workers skip the jobs of a run that has ended
            self.client.set(self.results + ":closed", 1, ex=max(60, int(self.deadline - time.time()) + 3600))
            self.client.delete(self.results)
            self.client.hdel(OPEN_RUNS, self.results)
        except redis.RedisError as exc:
            log.warning("could not close the run's jobs in Redis: %s", exc)
        try:
            self.broker.close()
        except Exception:  # noqa: BLE001 -- a broker that cannot close must not keep the run open
            pass
        if self.outages:
            self.note = "; ".join(filter(None, [self.note, f"Redis was unreachable {self.outages} times during the run"]))
        if sys.stderr.isatty():
            sys.stderr.write("\n")
