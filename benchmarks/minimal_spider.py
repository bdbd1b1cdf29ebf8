"""The yardstick users pay for (issue 25): a minimal Scrapy spider as a whole process — links taken with CSS
selectors (no LinkExtractor), same-site only, with the politeness and limits OIT Watch keeps (robots.txt,
requests in flight per site, delay, AutoThrottle, page budget per site, size limit, the same proxy), and nothing
else: no text, no documents' text, no database.

    python -m benchmarks.minimal_spider JOB.json      # JOB: {"urls": [...], "crawl": {<[crawl] settings>}}

Prints one JSON line: pages fetched (answered or failed) and sites.
"""
from __future__ import annotations

import json
import os
import sys
from urllib.parse import urljoin

import scrapy
from scrapy.crawler import CrawlerProcess

from benchmarks.plain_spider import PlainSpider, plain_settings, site_of


class MinimalSpider(PlainSpider):
    """PlainSpider's start, budget and counting; links taken with CSS selectors instead of a LinkExtractor."""

    name = "minimal"

    def __init__(self, urls: list[str], max_pages: int, **kwargs):
        super().__init__(urls, max_pages, **kwargs)
        self.seen: set[str] = set(urls)

    def parse(self, response):
        self.fetched += 1
        if not isinstance(response, scrapy.http.HtmlResponse):
            return
        site = site_of(response.url)
        for href in response.css("a::attr(href), iframe::attr(src), frame::attr(src)").getall():
            url = urljoin(response.url, href.strip()).split("#", 1)[0]
            if not url.startswith("http") or url in self.seen or site_of(url) != site:
                continue
            if self.issued[site] >= self.max_pages:
                return
            self.seen.add(url)
            self.issued[site] += 1
            yield scrapy.Request(url, errback=self.failed)


def main(job_path: str) -> None:
    with open(job_path, encoding="utf-8") as fh:
        job = json.load(fh)
    settings = plain_settings(job["crawl"])
    os.environ["http_proxy"] = os.environ["https_proxy"] = settings.pop("HTTP_PROXY")  # the farm's proxy, as OIT's
    process = CrawlerProcess(settings=settings)
    crawler = process.create_crawler(MinimalSpider)
    process.crawl(crawler, urls=job["urls"], max_pages=int(job["crawl"]["max_pages"]))
    process.start()
    print(json.dumps({"pages": crawler.spider.fetched, "sites": len(job["urls"])}))


if __name__ == "__main__":
    main(sys.argv[1])
