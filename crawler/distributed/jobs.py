"""The queue between coordinator and workers: the Dramatiq broker and actor, the job, the result on its way back."""
from __future__ import annotations

import json
import zlib
from typing import Callable

QUEUE = "oit-agencies"
ACTOR = "oit_crawl_agency"


def broker_for(redis_url: str):
    """A Dramatiq broker on the Redis at ``redis_url`` (made the global broker, as Dramatiq expects)."""
    import dramatiq
    from dramatiq.brokers.redis import RedisBroker

    broker = RedisBroker(url=redis_url)
    dramatiq.set_broker(broker)
    return broker


def crawl_actor(broker, handler: Callable[[dict], None], time_limit_s: float):
    """The actor that crawls one agency: ``handler(job)`` on a worker; its ``.send(job)`` on the coordinator.

    One retry: an agency whose crawl raised (its worker shutting down) is crawled once more, by any worker.
    """
    import dramatiq

    return dramatiq.actor(handler, broker=broker, actor_name=ACTOR, queue_name=QUEUE, max_retries=1,
                          min_backoff=1000, time_limit=int(time_limit_s * 1000))


def pack(result: dict) -> bytes:
    return zlib.compress(json.dumps(result, ensure_ascii=False).encode(), 6)


def unpack(data: bytes) -> dict:
    return json.loads(zlib.decompress(data))


def job_time_limit(crawl: dict) -> float:
    """Seconds one agency may take on a worker: its time budget, then its last requests and outbound checks."""
    return float(crawl["agency_seconds"]) + 4 * float(crawl["timeout"]) * (int(crawl["retries"]) + 1) + 60
