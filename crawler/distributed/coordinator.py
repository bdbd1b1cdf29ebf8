"""``oit crawl --distributed``: queue every agency of a run as a job, then store and judge each agency as its
worker sends it back; the run is complete once every agency is stored and judged."""
from __future__ import annotations

import sys
import time
import uuid
from pathlib import Path

from crawler.distributed.jobs import broker_for, crawl_actor, job_time_limit, unpack
from crawler.pipelines import page_row, store_outcome
from crawler.spiders.agency import crawl_job
from storage import open_db
from storage.db import writing
from storage.runs import crawl_lock, start_run


def _store(db, result: dict) -> None:
    rows = [page_row(page) for page in result["pages"]]
    with writing(db):
        db["pages"].insert_all(rows, batch_size=100)
    store_outcome(db, result["outcome"])


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(f"\r  หน่วยงาน/agencies {done}/{total}   ")
        sys.stderr.flush()


def run_distributed(db_path: str | Path, agencies: list[dict], rulebook, crawl: dict, redis_url: str,
                    deadline_hours: float = 12.0) -> int:
    """Crawl ``agencies`` on the workers listening at ``redis_url`` into the database at ``db_path``, judging
    each as it comes back; returns the run id. Agencies no worker returned within ``deadline_hours`` are
    ``not_crawled`` and the run ``incomplete``."""
    import redis

    from crawler.evaluation import RunEvaluation
    from crawler.runner import CrawlError

    if not agencies:
        raise CrawlError("no agencies to crawl: import a registry first (oit agencies import FILE.csv)")
    db_path = str(db_path)
    db = open_db(db_path)
    client = redis.Redis.from_url(redis_url, socket_timeout=60)  # redis-py's default 5 s would cut BLPOP short
    try:
        client.ping()
    except redis.RedisError as exc:
        raise CrawlError(f"cannot reach Redis at {redis_url}: {exc}") from None
    with crawl_lock(db_path):
        run_id = start_run(db, rulebook.year, rulebook.version, len(agencies))
        evaluation = RunEvaluation(db, run_id, rulebook)
        results = f"oit:results:{uuid.uuid4().hex}"
        deadline = time.time() + deadline_hours * 3600
        broker = broker_for(redis_url)
        actor = crawl_actor(broker, lambda job: None, job_time_limit(crawl))
        focus = [t.raw for t in rulebook.focus_terms()]
        for agency in agencies:
            actor.send(dict(crawl_job(agency, run_id, focus, int(crawl["max_pages"]), int(crawl["max_depth"]),
                                      int(crawl["max_text_chars"]), rulebook.code_prefixes()),
                            results=results, deadline=deadline))
        left = {a["id"] for a in agencies}
        note = ""
        try:
            while left and time.time() < deadline:
                got = client.blpop([results], timeout=2)
                if got is None:
                    continue
                result = unpack(got[1])
                if result["run_id"] != run_id or result["agency_id"] not in left:
                    continue  # a second copy (an agency retried after its worker died)
                _store(db, result)
                evaluation.agency_done(result["agency_id"])
                left.discard(result["agency_id"])
                _progress(len(agencies) - len(left), len(agencies))
            if left:
                note = f"{len(left)} agencies were not crawled by any worker within {deadline_hours:g} h"
        except KeyboardInterrupt:
            note = "interrupted"
            raise
        finally:
            # workers skip the jobs of a run that has ended
            client.set(results + ":closed", 1, ex=max(60, int(deadline - time.time()) + 3600))
            client.delete(results)
            broker.close()
            evaluation.end([a["id"] for a in agencies], crawled=not note, note=note)
            if sys.stderr.isatty():
                sys.stderr.write("\n")
    return run_id
