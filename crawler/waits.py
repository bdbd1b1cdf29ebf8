"""What a running crawl waits for, on demand: ``kill -USR1 <crawler pid>`` writes every pending asyncio task's
stack and each agency in progress (its requests outstanding, pages seen, links left) to the crawl's log.

A night that stops moving without failing is the hardest fault to see from outside; this says where it stands
without stopping it.
"""
from __future__ import annotations

import asyncio
import io
import signal
import sys
import time


def being_cancelled() -> bool:
    """Whether the running task itself was asked to stop (a crawl shutting down), as against a future it awaited
    having been cancelled by someone else (Python 3.11+; before that, never)."""
    task = asyncio.current_task()
    return bool(task is not None and getattr(task, "cancelling", lambda: 0)())


def page_fault(exc: BaseException) -> bool:
    """Whether ``exc``, raised while reading one page, is that page's failure to record and move past: any error,
    and a CancelledError that a library let out (a future it awaited was cancelled by another task), but never
    the crawl stopping this task, nor an interrupt. Let out of a Scrapy callback, such a CancelledError ended the
    callback's output loop and left Scrapy waiting for it for ever (the page's agency, and the night, held open)."""
    if isinstance(exc, Exception):
        return True
    return isinstance(exc, asyncio.CancelledError) and not being_cancelled()


def describe_waits(spider=None) -> str:
    """Every pending task of the running loop with its stack, and the spider's agencies in progress."""
    out = io.StringIO()
    out.write(f"-- waits at {time.strftime('%H:%M:%S')} --\n")
    for crawl in list(getattr(spider, "active", {}).values()):
        out.write(f"agency {crawl.id}: outstanding={crawl.outstanding} own_in_flight={crawl.own_in_flight} "
                  f"seen={len(crawl.seen)} unvisited={crawl.frontier.unvisited()} "
                  f"running {time.monotonic() - crawl.began:.0f} s\n")
    if spider is not None:
        out.write(f"waiting agencies: {len(getattr(spider, 'waiting', ()))}\n")
        engine = getattr(getattr(spider, "crawler", None), "engine", None)
        if engine is not None:
            out.write(f"engine: downloading {len(engine.downloader.active)}, scraping "
                      f"{len(engine.scraper.slot.active) if engine.scraper.slot else 0}, "
                      f"idle {engine.spider_is_idle()}\n")
    try:
        tasks = asyncio.all_tasks(asyncio.get_event_loop())
    except RuntimeError:
        tasks = set()
    for task in tasks:
        out.write(f"task {task.get_name()}: {task.get_coro()!r}\n")
        task.print_stack(limit=12, file=out)
    return out.getvalue()


def dump_on_signal(spider_of, log_path: str | None) -> None:
    """On SIGUSR1, append :func:`describe_waits` to ``log_path`` (stderr without one); ``spider_of()`` gives the
    spider when the crawl has one. POSIX only."""
    if not hasattr(signal, "SIGUSR1"):
        return

    def dump(signum, frame) -> None:
        text = describe_waits(spider_of())
        if log_path:
            with open(log_path, "a", encoding="utf-8") as fh:
                fh.write(text)
        else:
            sys.stderr.write(text)

    signal.signal(signal.SIGUSR1, dump)
