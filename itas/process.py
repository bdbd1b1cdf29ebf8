"""Child-process entry point ``python -m itas.process JOB.json``: the crawler's own process (crawler/process.py:
settings, politeness, proxy, private-address guard, document workers, cache, archive), with a spider that reads
only the URLs an agency submitted and what each links to directly."""
from __future__ import annotations

import sys

import rules  # noqa: F401  (sets PYTHAINLP_OFFLINE before pythainlp loads)
import crawler.process as crawl_process
from crawler.spiders.agency import AgencySpider
from itas.fetch import JOB_SEPARATOR


class SubmittedUrlSpider(AgencySpider):
    """The agency spider with a start URL per submitted URL (a job each, crawled to depth 1) and no sitemap: a
    consultant opens the URL given and what it links to, not the rest of the site."""

    name = "oit-itas"

    def _request(self, url, crawl, depth, link_text, referer, priority):
        # every job of one agency (``huaisai~1``, ``huaisai~2`` …) shares the agency's one politeness slot
        request = super()._request(url, crawl, depth, link_text, referer, priority)
        request.meta["download_slot"] = f"agency:{crawl.id.split(JOB_SEPARATOR)[0]}"
        return request

    def admit(self, count: int = 1):
        for request in super().admit(count):
            if request.callback == self.parse_sitemap:
                yield from self.release(request.meta)  # never sent: the site's other pages are not the answer
            else:
                yield request


if __name__ == "__main__":
    crawl_process.AgencySpider = SubmittedUrlSpider
    sys.exit(crawl_process.main(sys.argv[1]))
