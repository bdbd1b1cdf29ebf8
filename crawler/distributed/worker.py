"""``oit worker``: crawl agencies taken from the Redis queue, many at once in one Scrapy crawler, and send each
agency's page records back to the coordinator that queued it.

The Scrapy crawler runs in the main thread (its reactor, signals and shutdown as in a one-machine crawl) and
stays open while idle; Dramatiq's worker threads, one per agency crawled at once, each hand an agency to it
(:class:`Handoff`) and wait for its records, collected by :class:`CollectPipeline` instead of a database.
"""
from __future__ import annotations

import logging
import time
from collections import defaultdict
from concurrent.futures import Future
from concurrent.futures import TimeoutError as WaitTimeout

from crawler.distributed.jobs import QUEUE, broker_for, crawl_actor, job_time_limit, pack, politeness, run_key, sign

log = logging.getLogger(__name__)
RESULT_TTL = 7 * 24 * 3600  # a coordinator gone for good must not leave pages in Redis forever


class WorkerStopping(RuntimeError):
    """The worker is shutting down: the agency goes back to the queue (Dramatiq's retry) for another worker."""


class WorkerRefused(RuntimeError):
    """This worker's crawl settings differ from the coordinator's: it must not crawl the agency (another may)."""


class Handoff:
    """Agencies handed from Dramatiq's threads to the crawler in the reactor thread, and their records back."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.waiting: dict[str, Future] = {}
        self.stopping = False

    def crawl(self, job: dict) -> dict:
        """Crawl one agency; blocks the calling (Dramatiq) thread until its records are collected."""
        from twisted.internet import reactor  # the one Scrapy installed (importing it earlier would install another)

        future: Future = Future()
        reactor.callFromThread(self._start, job, future)
        while True:  # a reactor that stopped meanwhile would never answer
            try:
                return future.result(timeout=1)
            except WaitTimeout:
                if self.stopping:
                    raise WorkerStopping("the worker stopped before the agency was done") from None

    def _start(self, job: dict, future: Future) -> None:
        agency_id = job["agency"]["id"]
        spider = self.crawler.spider
        if self.stopping or spider is None:
            future.set_exception(WorkerStopping("the worker is stopping"))
        elif agency_id in self.waiting:  # the same agency again (a retry while the first still runs)
            future.set_exception(RuntimeError(f"agency {agency_id} is being crawled here already"))
        else:
            self.waiting[agency_id] = future
            spider.submit(job)

    def done(self, agency_id: str, result: dict) -> None:
        future = self.waiting.pop(agency_id, None)
        if future is not None:
            future.set_result(result)

    def stop(self) -> None:
        self.stopping = True
        for future in self.waiting.values():
            future.set_exception(WorkerStopping("the worker stopped before the agency was done"))
        self.waiting.clear()


class CollectPipeline:
    """Item pipeline of a worker: an agency's page records kept until its outcome, then handed back."""

    def __init__(self, handoff: Handoff):
        self.handoff = handoff
        self.pages: dict[str, list[dict]] = defaultdict(list)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.oit_handoff)

    def process_item(self, item, spider=None):
        if item.get("outcome"):
            self.handoff.done(item["agency_id"], {"run_id": item["run_id"], "agency_id": item["agency_id"],
                                                  "pages": self.pages.pop(item["agency_id"], []), "outcome": dict(item)})
        else:
            self.pages[item["agency_id"]].append(dict(item))
        return item

    def close_spider(self, spider=None):
        self.handoff.stop()


def run_worker(redis_url: str, crawl: dict, agencies: int, secret: str = "") -> None:
    """Take agencies from the queue at ``redis_url`` until interrupted (Ctrl-C / SIGTERM: agencies in progress go
    back to the queue), crawling up to ``agencies`` at once with the ``[crawl]`` settings ``crawl``.

    A job whose politeness (robots.txt, per-site concurrency, delay, user agent, budgets) differs from this
    worker's settings is refused, not crawled; each result names this worker, its version and settings, and
    is signed with the run's key (``secret``: ``distributed.secret``, the same as the coordinator's)."""
    import os
    import socket

    import dramatiq
    import redis
    from scrapy.crawler import CrawlerProcess

    from crawler.documents import close_shared_pool, shared_pool
    from crawler.settings import scrapy_settings
    from crawler.spiders.agency import AgencySpider

    settings = scrapy_settings(crawl, "")
    settings["ITEM_PIPELINES"] = {"crawler.distributed.worker.CollectPipeline": 300}
    process = CrawlerProcess(settings={**settings, "LOG_LEVEL": crawl.get("log_level", "ERROR")})
    crawler = process.create_crawler(AgencySpider)
    crawler.oit_handoff = handoff = Handoff(crawler)
    results = redis.Redis.from_url(redis_url)

    from crawler.settings import PRODUCT_VERSION

    mine = politeness(crawl)
    identity = {"name": f"{socket.gethostname()}:{os.getpid()}", "version": PRODUCT_VERSION, "politeness": mine,
                "user_agent": settings["USER_AGENT"]}

    def crawl_agency(job: dict) -> None:
        if time.time() > job["deadline"] or results.exists(job["results"] + ":closed"):
            return  # its run has ended: nobody reads the result
        if job.get("politeness") != mine:
            log.error("refused agency %s: the coordinator crawls with %s, this worker with %s", job["agency"]["id"],
                      job.get("politeness"), mine)
            raise WorkerRefused("this worker's crawl settings differ from the coordinator's")
        result = dict(handoff.crawl(job), worker=identity)
        with results.pipeline() as pipe:
            pipe.rpush(job["results"], pack(sign(result, run_key(job.get("token", ""), secret))))
            pipe.expire(job["results"], RESULT_TTL).execute()

    broker = broker_for(redis_url)
    crawl_actor(broker, crawl_agency, job_time_limit(crawl))
    worker = dramatiq.Worker(broker, queues=[QUEUE], worker_threads=agencies)
    worker.queue_prefetch = agencies  # take no more agencies than it crawls: the others stay for other workers
    shared_pool(settings["OIT_LIMITS"]).start()
    process.crawl(crawler, agencies_at_once=agencies, per_host=int(crawl["per_site"]), keep_open=True)
    worker.start()
    log.warning("oit worker: %d agencies at once from %s", agencies, redis_url)
    try:
        process.start()
    finally:
        handoff.stop()
        worker.stop(timeout=10_000)
        close_shared_pool()
