"""The yardstick of ``benchmarks/side_by_side.py``: a plain Scrapy spider that follows same-site links, with the
politeness OIT Watch keeps (robots.txt, requests in flight per site, delay, AutoThrottle), the same proxy and the
same page, depth and size limits, and nothing else: no text extraction, no documents, no outbound checks, no
database.

    python -m benchmarks.plain_spider JOB.json      # JOB: {"urls": [...], "crawl": {<[crawl] settings>}}

Prints one JSON line: pages fetched (answered or failed) and sites.
"""
from __future__ import annotations

import json
import os
import sys
from collections import Counter
from urllib.parse import urlsplit

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.linkextractors import LinkExtractor


def site_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


class PlainSpider(scrapy.Spider):
    name = "plain"

    def __init__(self, urls: list[str], max_pages: int, **kwargs):
        super().__init__(**kwargs)
        self.urls, self.max_pages = urls, max_pages
        self.issued: Counter[str] = Counter()
        self.fetched = 0  # pages answered or failed for good, robots.txt left out
        # documents and frames too: an OIT crawl reads the PDFs and iframes a site links
        self.links = LinkExtractor(allow_domains=sorted({site_of(u) for u in urls}), unique=True, deny_extensions=[],
                                   tags=("a", "area", "iframe", "frame"), attrs=("href", "src"))

    async def start(self):
        for url in self.urls:
            self.issued[site_of(url)] += 1
            yield scrapy.Request(url, errback=self.failed)

    def failed(self, failure):
        self.fetched += 1

    def parse(self, response):
        self.fetched += 1
        if not isinstance(response, scrapy.http.HtmlResponse):
            return
        site = site_of(response.url)
        for link in self.links.extract_links(response):
            if site_of(link.url) != site:
                continue
            if self.issued[site] >= self.max_pages:  # the page budget counts fetches, as OIT Watch's does
                return
            self.issued[site] += 1
            yield scrapy.Request(link.url, errback=self.failed)


def plain_settings(crawl: dict) -> dict:
    """The politeness and limits of ``crawler.settings.scrapy_settings``, for a plain spider."""
    delay = max(float(crawl["delay"]), 0.01)
    return {
        "ROBOTSTXT_OBEY": bool(crawl["robots"]), "CONCURRENT_REQUESTS": int(crawl["concurrency"]),
        "CONCURRENT_REQUESTS_PER_DOMAIN": int(crawl["per_site"]), "DOWNLOAD_DELAY": delay,
        "AUTOTHROTTLE_ENABLED": bool(crawl["autothrottle"]), "AUTOTHROTTLE_START_DELAY": delay,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(crawl["per_site"]), "AUTOTHROTTLE_MAX_DELAY": 10.0,
        "DOWNLOAD_TIMEOUT": float(crawl["timeout"]), "RETRY_TIMES": int(crawl["retries"]),
        "DOWNLOAD_MAXSIZE": int(crawl["max_doc_bytes"]), "DOWNLOAD_WARNSIZE": 0,
        "DEPTH_LIMIT": int(crawl["max_depth"]), "COOKIES_ENABLED": False, "TELNETCONSOLE_ENABLED": False,
        "HTTPERROR_ALLOW_ALL": True, "LOG_LEVEL": "ERROR", "USER_AGENT": "plain-scrapy-benchmark",
        "HTTP_PROXY": crawl.get("proxy") or "",
    }


def main(job_path: str) -> None:
    with open(job_path, encoding="utf-8") as fh:
        job = json.load(fh)
    crawl = job["crawl"]
    settings = plain_settings(crawl)
    # every request through the farm's proxy, as OIT Watch's ProxyMiddleware sends them (Scrapy's
    # HttpProxyMiddleware reads these when the crawler is built)
    os.environ["http_proxy"] = os.environ["https_proxy"] = settings.pop("HTTP_PROXY")
    process = CrawlerProcess(settings=settings)
    crawler = process.create_crawler(PlainSpider)
    process.crawl(crawler, urls=job["urls"], max_pages=int(crawl["max_pages"]))
    process.start()
    print(json.dumps({"pages": crawler.spider.fetched, "sites": len(crawler.spider.issued)}))


if __name__ == "__main__":
    main(sys.argv[1])
