"""``oit crawl --distributed``: queue every agency of a run as a job, then store and judge each agency as its
worker sends it back; the run is complete once every agency is stored and judged.

Faults end in an honest state: Redis gone (restarted, network) is waited for with backoff; a result that is
not one (garbage, another version's format, another run's, a bad signature, crawled with other politeness)
is rejected and logged, never stored, and the run ends ``incomplete`` saying so; a coordinator restarted on
the same database closes its dead run's jobs first, so workers do not crawl them again.
"""
from __future__ import annotations

import json
import logging
import secrets
import socket
import sys
import time
import uuid
from pathlib import Path

from crawler.distributed.jobs import (broker_for, crawl_actor, job_time_limit, politeness, result_problem, run_key,
                                      unpack)
from crawler.pipelines import page_row, store_outcome
from crawler.spiders.agency import crawl_job
from storage import open_db
from storage.db import writing
from storage.runs import crawl_lock, start_run

log = logging.getLogger(__name__)
OPEN_RUNS = "oit:open-runs"  # results list -> the database it belongs to, while its coordinator runs
MAX_BACKOFF = 30  # seconds between attempts to reach Redis again


def _store(db, result: dict) -> None:
    rows = [page_row(page) for page in result["pages"]]
    with writing(db):
        db["pages"].insert_all(rows, batch_size=100)
    store_outcome(db, result["outcome"])
    with writing(db):  # who crawled it: worker, version, the settings it crawled with
        db["run_agencies"].update((result["run_id"], result["agency_id"]),
                                  {"crawled_by": json.dumps(result["worker"], ensure_ascii=False)})


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


def run_distributed(db_path: str | Path, agencies: list[dict], rulebook, crawl: dict, redis_url: str,
                    deadline_hours: float = 12.0, secret: str = "") -> int:
    """Crawl ``agencies`` on the workers listening at ``redis_url`` into the database at ``db_path``, judging
    each as it comes back; returns the run id. Agencies no worker returned within ``deadline_hours`` are
    ``not_crawled`` and the run ``incomplete``. Results are signed with a key made for this run (sent with
    every job, mixed with ``secret`` — ``distributed.secret`` — when set)."""
    import redis

    from service.judge import RunEvaluation
    from crawler.runner import CrawlError

    if not agencies:
        raise CrawlError("no agencies to crawl: import a registry first (oit agencies import FILE.csv)")
    db_path = str(db_path)
    db = open_db(db_path)
    client = redis.Redis.from_url(redis_url, socket_timeout=60)  # redis-py's default 5 s would cut BLPOP short
    database = f"{socket.gethostname()}:{Path(db_path).resolve()}"
    try:
        client.ping()
    except redis.RedisError as exc:
        raise CrawlError(f"cannot reach Redis at {redis_url}: {exc}") from None
    with crawl_lock(db_path):
        if close_dead_runs(client, database):
            log.warning("closed the jobs of an earlier run of this database whose coordinator died")
        run_id = start_run(db, rulebook.year, rulebook.version, len(agencies))
        evaluation = RunEvaluation(db, run_id, rulebook, float(crawl.get("evaluate_seconds") or 0))
        results = f"oit:results:{uuid.uuid4().hex}"
        token = secrets.token_hex(16)
        key, expected = run_key(token, secret), politeness(crawl)
        columns = set(db["pages"].columns_dict)
        deadline = time.time() + deadline_hours * 3600
        client.hset(OPEN_RUNS, results, database)
        broker = broker_for(redis_url)
        actor = crawl_actor(broker, lambda job: None, job_time_limit(crawl))
        focus = [t.raw for t in rulebook.focus_terms()]
        for agency in agencies:
            actor.send(dict(crawl_job(agency, run_id, focus, int(crawl["max_pages"]), int(crawl["max_depth"]),
                                      int(crawl["max_text_chars"]), rulebook.code_prefixes()),
                            results=results, deadline=deadline, token=token, politeness=expected))
        left = {a["id"] for a in agencies}
        note, rejected, outages, backoff = "", 0, 0, 1.0
        try:
            while left and time.time() < deadline:
                try:
                    got = client.blpop([results], timeout=2)
                    backoff = 1.0
                except (redis.ConnectionError, redis.TimeoutError) as exc:  # Redis restarting: wait, then go on
                    outages += 1
                    log.warning("Redis unreachable (%s); trying again in %g s", exc, backoff)
                    time.sleep(backoff)
                    backoff = min(MAX_BACKOFF, backoff * 2)
                    continue
                if got is None:
                    continue
                try:
                    result = unpack(got[1])
                    problem = result_problem(result, run_id, key, expected, columns)
                except ValueError as exc:
                    problem = str(exc)
                if problem:
                    rejected += 1
                    log.error("run %s: rejected a result from Redis: %s", run_id, problem)
                    continue
                if result["agency_id"] not in left:
                    continue  # a second copy (an agency retried after its worker died)
                _store(db, result)
                evaluation.agency_done(result["agency_id"])
                left.discard(result["agency_id"])
                _progress(len(agencies) - len(left), len(agencies))
            if left:
                note = f"{len(left)} agencies were not crawled by any worker within {deadline_hours:g} h"
            if rejected:
                note = "; ".join(filter(None, [note, f"{rejected} results rejected (malformed, unsigned or crawled "
                                                     "with other settings): see the coordinator's log"]))
        except KeyboardInterrupt:
            note = "interrupted"
            raise
        except Exception as exc:  # storage, evaluation ...: the run must say so, not end complete
            note = f"{type(exc).__name__}: {exc}"[:1500]
            raise
        finally:
            try:  # workers skip the jobs of a run that has ended
                client.set(results + ":closed", 1, ex=max(60, int(deadline - time.time()) + 3600))
                client.delete(results)
                client.hdel(OPEN_RUNS, results)
            except redis.RedisError as exc:
                log.warning("could not close the run's jobs in Redis: %s", exc)
            try:
                broker.close()
            except Exception:  # noqa: BLE001 -- a broker that cannot close must not keep the run open
                pass
            outage = f"Redis was unreachable {outages} times during the run" if outages else ""
            evaluation.end([a["id"] for a in agencies], crawled=not note,
                           note="; ".join(filter(None, [note, outage])))
            if sys.stderr.isatty():
                sys.stderr.write("\n")
    return run_id
