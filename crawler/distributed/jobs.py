"""The queue between coordinator and workers: the Dramatiq broker and actor, the job, the result on its way back."""
from __future__ import annotations

import hashlib
import hmac
import json
import zlib
from typing import Callable

QUEUE = "oit-agencies"
ACTOR = "oit_crawl_agency"


HEARTBEAT_MS = 30_000  # a worker silent this long is dead: its agencies go back to the queue ...
MAINTENANCE_CHANCE = 100_000  # ... at the next queue maintenance, run on ~10 % of broker commands (Dramatiq: 0.1 %)
# what makes a crawl polite and comparable: a worker whose own settings differ from the coordinator's is refused
POLITENESS = ("robots", "per_site", "delay", "autothrottle", "max_pages", "max_depth", "agency_seconds")
RESULT_KEYS = {"run_id", "agency_id", "pages", "outcome", "worker", "signature"}
OUTCOME_REQUIRED = {"outcome", "run_id", "agency_id", "pages_budget", "unvisited", "timed_out"}
OUTCOME_KEYS = OUTCOME_REQUIRED | {"moved_to", "moved_adopted", "home_read"}  # a site that moved (crawler/outside.py)


def broker_for(redis_url: str):
    """A Dramatiq broker on the Redis at ``redis_url`` (made the global broker, as Dramatiq expects)."""
    import dramatiq
    from dramatiq.brokers.redis import RedisBroker

    broker = RedisBroker(url=redis_url, heartbeat_timeout=HEARTBEAT_MS, maintenance_chance=MAINTENANCE_CHANCE)
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
    """A result as sent; raises ValueError for anything that is not one (garbage, another format)."""
    try:
        result = json.loads(zlib.decompress(data))
    except (zlib.error, ValueError, TypeError) as exc:
        raise ValueError(f"not a result ({type(exc).__name__}: {exc})") from None
    if not isinstance(result, dict):
        raise ValueError("not a result (not an object)")
    return result


def politeness(crawl: dict) -> dict:
    """The crawl settings that must be the same on every machine of a distributed run."""
    return {key: crawl.get(key) for key in POLITENESS}


def run_key(token: str, secret: str = "") -> bytes:
    """The key results of one run are signed with: the run's random token (in every job), mixed with the
    shared ``distributed.secret`` when set (never in Redis: whoever reads Redis still cannot sign)."""
    return hmac.new(secret.encode(), token.encode(), hashlib.sha256).digest()


def signature(result: dict, key: bytes) -> str:
    body = json.dumps({k: v for k, v in result.items() if k != "signature"}, ensure_ascii=False, sort_keys=True)
    return hmac.new(key, body.encode(), hashlib.sha256).hexdigest()


def sign(result: dict, key: bytes) -> dict:
    return dict(result, signature=signature(result, key))


def result_problem(result: dict, run_id: int, key: bytes, expected: dict, page_columns: set[str]) -> str:
    """Why a result must not be stored (wrong shape, another run, a bad signature, another politeness), or ""."""
    if set(result) != RESULT_KEYS:
        return f"unexpected fields {sorted(set(result) ^ RESULT_KEYS)}"
    if not hmac.compare_digest(str(result["signature"]), signature(result, key)):
        return "bad signature (another run, another secret, or forged)"
    if result["run_id"] != run_id:
        return f"result of run {result['run_id']!r}"
    agency, pages, outcome, worker = result["agency_id"], result["pages"], result["outcome"], result["worker"]
    if not isinstance(agency, str) or not isinstance(pages, list) or not isinstance(outcome, dict) \
            or not isinstance(worker, dict):
        return "fields of the wrong type"
    if not OUTCOME_REQUIRED <= set(outcome) <= OUTCOME_KEYS or outcome["agency_id"] != agency or outcome["run_id"] != run_id:
        return "malformed outcome"
    for page in pages:
        if not isinstance(page, dict) or not set(page) <= page_columns | {"links"} or page.get("run_id") != run_id \
                or page.get("agency_id") != agency or not isinstance(page.get("url"), str):
            return "malformed page record"
    if worker.get("politeness") != expected:
        return f"worker {worker.get('name')!r} crawled with other settings: {worker.get('politeness')!r}"
    return ""


def job_time_limit(crawl: dict) -> float:
    """Seconds one agency may take on a worker: its time budget, then its last requests and outbound checks."""
    return float(crawl["agency_seconds"]) + 4 * float(crawl["timeout"]) * (int(crawl["retries"]) + 1) + 60
