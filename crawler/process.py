"""Child-process entry point: ``python -m crawler.process JOB.json`` runs one Scrapy crawl.

Each crawl gets its own process because Twisted's reactor cannot be restarted: the scheduler runs crawl
after crawl, and a crawl that crashes must not take the scheduler down with it.
"""
from __future__ import annotations

import json
import os
import sys

import rules  # noqa: F401  (sets PYTHAINLP_OFFLINE before pythainlp loads)
from crawler.settings import agencies_at_once, scrapy_settings
from crawler.spiders.agency import AgencySpider


STORAGE_FAILED = 3  # exit code: pages could not be written (disk full ...): the run must not be complete
NOTE_PREFIX = "oit-note: "  # a log line the run's note carries whatever the outcome (the cache was unusable ...)


def die_with_parent(parent_pid: int | None) -> None:
    """Be killed when the ``oit`` process that started this crawl dies: a crawl outliving its run would go
    on writing to it while another crawl starts. Linux only (prctl); elsewhere the parent cleans up."""
    if not parent_pid or not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)


def main(job_path: str) -> int:
    from scrapy.crawler import CrawlerProcess

    from crawler.cache import close_shared_cache
    from crawler.documents import close_shared_pool, shared_pool
    from crawler.waits import dump_on_signal

    with open(job_path, encoding="utf-8") as fh:
        job = json.load(fh)
    die_with_parent(job.get("parent_pid"))
    crawl = job["crawl"]
    # Errors go to a log file the parent reads when the crawl fails (progress is read from the database).
    process = CrawlerProcess(settings={**scrapy_settings(crawl, job["db"]), "LOG_FILE": job.get("log"),
                                       "LOG_LEVEL": crawl.get("log_level", "ERROR"), "OIT_DONE_FD": job.get("done_fd"),
                                       "OIT_RUN_ID": job["run_id"]})
    # Document workers (crawler/documents.py) are forked from a fork server that would otherwise re-import
    # this module, and with it Scrapy and pythainlp, into each of them: seconds and ~100 MB per worker.
    main_module = sys.modules["__main__"]
    main_module.__spec__ = None
    main_module.__dict__.pop("__file__", None)
    shared_pool(process.settings.getdict("OIT_LIMITS")).start()
    crawler = process.create_crawler(AgencySpider)
    dump_on_signal(lambda: crawler.spider, job.get("log"))
    process.crawl(crawler, agencies=job["agencies"], run_id=job["run_id"], focus_terms=job["focus_terms"],
                  code_prefixes=job.get("code_prefixes") or ["O"],
                  max_pages=int(crawl["max_pages"]), max_depth=int(crawl["max_depth"]),
                  max_text_chars=int(crawl["max_text_chars"]), agencies_at_once=agencies_at_once(crawl),
                  per_host=int(crawl["per_site"]))
    notes: list[str] = []
    try:
        process.start()
    finally:
        close_shared_pool()
        notes = close_shared_cache()
    for note in notes:  # the run's note says so, even when the crawl is complete (crawler/runner.py)
        _log_line(job, f"{NOTE_PREFIX}{note}")
    failed = crawler.stats.get_value("oit/storage_errors") if crawler.stats else None
    if failed:
        message = (f"{failed} pages could not be stored ({crawler.stats.get_value('oit/storage_error')}); "
                   "the crawl was stopped")
        sys.stderr.write(message + "\n")
        _log_line(job, message)
        return STORAGE_FAILED
    return 0


def _log_line(job: dict, line: str) -> None:
    try:
        with open(job.get("log") or os.devnull, "a", encoding="utf-8") as fh:
            fh.write(line + "\n")
    except OSError:
        pass


def profiled(job_path: str, out: str) -> int:
    """:func:`main` under cProfile, timed in CPU seconds of the reactor's thread (``OIT_CPROFILE=FILE``;
    benchmarks/profile_crawl.py): where a page's CPU goes, without counting the time other load takes the core."""
    import cProfile
    import time

    profile = cProfile.Profile(time.thread_time)
    try:
        return profile.runcall(main, job_path)
    finally:
        profile.dump_stats(out)


if __name__ == "__main__":
    try:
        if os.environ.get("OIT_CPROFILE"):
            sys.exit(profiled(sys.argv[1], os.environ["OIT_CPROFILE"]))
        sys.exit(main(sys.argv[1]))
    except Exception:  # a crash before Scrapy's logging is up must still reach the run's note
        import traceback
        with open(json.load(open(sys.argv[1], encoding="utf-8")).get("log") or os.devnull, "a") as fh:
            traceback.print_exc(file=fh)
        raise
