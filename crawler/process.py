"""Child-process entry point: ``python -m crawler.process JOB.json`` runs one Scrapy crawl.

Each crawl gets its own process because Twisted's reactor cannot be restarted: the scheduler runs crawl
after crawl, and a crawl that crashes must not take the scheduler down with it.
"""
from __future__ import annotations

import json
import os
import sys

import rules  # noqa: F401  (sets PYTHAINLP_OFFLINE before pythainlp loads)
from crawler.settings import scrapy_settings
from crawler.spiders.agency import AgencySpider


def main(job_path: str) -> int:
    from scrapy.crawler import CrawlerProcess

    with open(job_path, encoding="utf-8") as fh:
        job = json.load(fh)
    crawl = job["crawl"]
    # Errors go to a log file the parent reads when the crawl fails; stderr stays for the progress line.
    process = CrawlerProcess(settings={**scrapy_settings(crawl, job["db"]), "LOG_FILE": job.get("log"),
                                       "LOG_LEVEL": crawl.get("log_level", "ERROR")})
    process.crawl(AgencySpider, agencies=job["agencies"], run_id=job["run_id"], focus_terms=job["focus_terms"],
                  max_pages=int(crawl["max_pages"]), max_depth=int(crawl["max_depth"]),
                  max_text_chars=int(crawl["max_text_chars"]))
    process.start()
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1]))
    except Exception:  # a crash before Scrapy's logging is up must still reach the run's note
        import traceback
        with open(json.load(open(sys.argv[1], encoding="utf-8")).get("log") or os.devnull, "a") as fh:
            traceback.print_exc(file=fh)
        raise
