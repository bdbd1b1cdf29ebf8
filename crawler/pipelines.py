"""Item pipeline: every fetched page goes into the database at once, in small transactions, so a crawl
that dies part-way keeps what it fetched; an agency's outcome record (links left unvisited when its page
budget ran out) goes to ``run_agencies``.

A write that fails (disk full, database locked for too long) is not Scrapy's usual logged-and-forgotten item
error: it is counted in the crawl's stats (``oit/storage_errors``), the crawl stops, and the crawler process
exits non-zero, so the run ends ``incomplete`` with the error in its note instead of ``complete`` with pages
silently missing.
"""
from __future__ import annotations

import json
import logging
import sqlite3

from crawler.evaluation import tell_done
from storage import open_db
from storage.crawl_results import mark_timed_out, store_outcome, store_pages

log = logging.getLogger(__name__)


def page_row(item: dict) -> dict:
    """A page record as the ``pages`` table holds it."""
    row = dict(item)
    row["links"] = json.dumps(row.get("links") or [], ensure_ascii=False)
    return row


class StoragePipeline:
    batch_size = 100  # pages per transaction (issue 25: fewer commits; an agency's outcome flushes its pages)

    def __init__(self, db_path: str, crawler=None, done_fd: int | None = None):
        self.db_path = db_path
        self.crawler = crawler
        self.done_fd = done_fd  # where to say that an agency is done and stored, to be judged at once
        self.pending: list[dict] = []
        self.closing = False

    @classmethod
    def from_crawler(cls, crawler):
        fd = crawler.settings.get("OIT_DONE_FD")
        return cls(crawler.settings.get("OIT_DB"), crawler, None if fd is None else int(fd))

    def open_spider(self, spider=None):
        self.db = open_db(self.db_path)

    def process_item(self, item, spider=None):
        if item.get("outcome"):
            self.flush()
            try:
                store_outcome(self.db, item)
            except (sqlite3.Error, OSError) as exc:
                self.storage_failed(exc, 0)
                return item
            if not self.closing:
                tell_done(self.done_fd, item["agency_id"])
            return item
        self.pending.append(page_row(item))
        if len(self.pending) >= self.batch_size:
            self.flush()
        return item

    def flush(self) -> None:
        if self.pending:
            try:
                store_pages(self.db, self.pending)
            except (sqlite3.Error, OSError) as exc:
                self.storage_failed(exc, len(self.pending))
            self.pending = []

    def storage_failed(self, exc: Exception, rows: int) -> None:
        log.error("could not store %d pages: %s: %s", rows, type(exc).__name__, exc)
        if self.crawler is None:
            raise exc
        self.crawler.stats.inc_value("oit/storage_errors", rows)
        self.crawler.stats.set_value("oit/storage_error", f"{type(exc).__name__}: {exc}")
        if not self.closing and self.crawler.engine is not None:
            self.closing = True  # nothing more can be kept: stop fetching
            from scrapy.utils.defer import deferred_from_coro
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="storage_error"))

    def record_timed_out(self, run_id: int) -> None:
        """Mark the agencies whose time budget ran out, for the engine (their unreached items are unchecked)."""
        budget = getattr(self.crawler, "oit_budget", None)
        if not budget or not budget.exhausted:
            return
        try:
            mark_timed_out(self.db, run_id, sorted(budget.exhausted))
        except (sqlite3.Error, OSError) as exc:
            self.storage_failed(exc, 0)

    def close_spider(self, spider=None):
        self.closing = True
        self.flush()
        spider = spider or (self.crawler.spider if self.crawler else None)
        if spider is not None and hasattr(spider, "run_id"):
            self.record_timed_out(spider.run_id)
        self.db.conn.close()
