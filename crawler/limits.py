"""Time limits a hostile site cannot stretch: a per-agency time budget, and robots.txt read as RFC 9309 says.

A tarpit (every link answering one byte at a time) would hold an agency for ``max_pages × timeout`` at the
defaults — over an hour. :class:`AgencyTimeBudget` gives each agency ``agency_seconds`` from its first request:
requests not yet sent when it runs out are dropped without a page record, so the engine finds their links
"not fetched" (``unchecked``), and each request in flight may take only what is left of the budget. The
agencies whose budget ran out are recorded on the run (``run_agencies.timed_out``); their items that nothing
was found for are ``unchecked``, never ``missing`` (:func:`rules.engine.evaluate_agency`).
"""
from __future__ import annotations

import time

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest

from crawler.middlewares import proxy_says_no_such_host

BUDGET_REASON = "agency time budget exhausted"


class BudgetExhausted(IgnoreRequest):
    """A request dropped because its agency's time budget ran out: not a page, not an error of the site."""


def is_budget_failure(failure) -> bool:
    return isinstance(getattr(failure, "value", None), BudgetExhausted)


class AgencyTimeBudget:
    """Downloader middleware: refuse an agency's requests once ``OIT_AGENCY_SECONDS`` have passed since its
    first download began. Requests wait in Scrapy's per-site queue *after* the middlewares, so the budget is
    checked again, and each download's timeout cut to what is left, when the download really starts
    (:class:`BudgetedHTTPDownloadHandler`)."""

    def __init__(self, seconds: float, timeout: float):
        self.seconds, self.timeout = seconds, timeout
        self.started: dict[str, float] = {}
        self.exhausted: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler):
        middleware = cls(crawler.settings.getfloat("OIT_AGENCY_SECONDS"), crawler.settings.getfloat("DOWNLOAD_TIMEOUT"))
        crawler.oit_budget = middleware  # the download handler and the pipeline read it
        return middleware

    def left(self, request, start: bool = False) -> float | None:
        """Seconds left for the request's agency (None: no budget); raises BudgetExhausted when none are."""
        agency = request.meta.get("agency_id")
        if agency is None or not self.seconds:
            return None
        now = time.monotonic()
        started = self.started.setdefault(agency, now) if start else self.started.get(agency, now)
        left = self.seconds - (now - started)
        if left <= 0:
            self.exhausted.add(agency)
            raise BudgetExhausted(f"{BUDGET_REASON} ({self.seconds:g} s)")
        return left

    def process_request(self, request, spider=None):
        self.left(request)
        return None


class BudgetedHTTPDownloadHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP/1.1 handler, starting a download only within its agency's time budget, and giving it at
    most the time that is left."""

    async def download_request(self, request):
        budget = getattr(self._crawler, "oit_budget", None)
        left = budget.left(request, start=True) if budget is not None else None
        if left is not None:
            request.meta["download_timeout"] = max(0.5, min(budget.timeout, left))
        # downloads really under way (Scrapy's own count also holds requests waiting out a politeness delay):
        # the spider starts another agency while some of the crawl's request slots are idle
        crawler = self._crawler
        crawler.oit_transfers = getattr(crawler, "oit_transfers", 0) + 1
        try:
            return await super().download_request(request)
        finally:
            crawler.oit_transfers -= 1


class StrictRobotsTxt(RobotsTxtMiddleware):
    """robots.txt that answers 5xx means "disallow everything" (RFC 9309 §2.3.1.4), not "allow everything";
    4xx still means no rules. Network errors keep Scrapy's behaviour: the site's pages then fail on their own --
    and so does a forward proxy's answer that the name does not resolve (crawler/middlewares.py)."""

    async def _parse_robots(self, response, netloc, request):
        if proxy_says_no_such_host(response):  # no server answered at all: as a network error, no rules
            response = response.replace(status=404, body=b"")
        elif response.status >= 500:
            response = response.replace(body=b"User-agent: *\nDisallow: /\n")
        return await super()._parse_robots(response, netloc, request)
