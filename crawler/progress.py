"""A one-line progress display on a terminal (agencies done / pages / errors); silent elsewhere."""
from __future__ import annotations

import sys
import time

from scrapy import signals


class Progress:
    def __init__(self, crawler):
        self.crawler = crawler
        self.tty = sys.stderr.isatty()
        self.shown = 0.0
        crawler.signals.connect(self.update, signal=signals.item_scraped)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def update(self, item, response=None, spider=None):
        now = time.monotonic()
        if not self.tty or now - self.shown < 0.5:
            return
        self.shown = now
        spider = spider or self.crawler.spider
        sys.stderr.write(f"\r  หน่วยงาน/agencies {spider.agencies_done}/{spider.agencies_total} · "
                         f"หน้า/pages {spider.pages_total} · ผิดพลาด/errors {spider.errors_total}   ")
        sys.stderr.flush()
