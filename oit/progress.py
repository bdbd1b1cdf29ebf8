"""Crawl progress for people: a bar with rate, ETA and the site being crawled on a terminal, a plain log line
every so often when stdout is not a terminal (cron mails, log files).

The crawl runs in a child process that stores every page at once, so progress is read from the database by a
thread of the ``oit`` process: nothing in the crawler needs to know who watches.
"""
from __future__ import annotations

import sqlite3
import sys
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit


from storage.db import open_unmigrated
from storage.runs import agencies_finished, latest_run_id, new_pages, running_run_after


class CrawlProgress:
    """``with CrawlProgress(db_path, total): run_crawl(...)`` shows the run that starts inside the block."""

    def __init__(self, db_path: str | Path, total: int, stream: TextIO | None = None, every: float = 60.0,
                 tty: bool | None = None, poll: float = 0.5):
        self.db_path, self.total, self.every, self.poll = str(db_path), total, every, poll
        self.stream = stream or sys.stdout
        self.tty = self.stream.isatty() if tty is None else tty
        self.run_id: int | None = None
        self.last_page, self.pages, self.errors, self.site = 0, 0, 0, ""
        self.finished = 0  # done: what the count and the time left are judged by
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="crawl-progress", daemon=True)

    def __enter__(self) -> "CrawlProgress":
        self._db = open_unmigrated(self.db_path)
        self._before = latest_run_id(self._db)
        self.started = time.monotonic()
        self._bar = self._make_bar() if self.tty else None
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self._read()
        if self._bar is not None:
            self._update_bar()
            self._bar.stop()
        elif self.run_id is not None:
            self.stream.write(self.line() + "\n")
            self.stream.flush()
        self._db.close()

    # -- reading ---------------------------------------------------------------------------------------
    def _read(self) -> None:
        if self.run_id is None:
            self.run_id = running_run_after(self._db, self._before)
            if self.run_id is None:
                return
        for page_id, _agency_id, url, failed in new_pages(self._db, self.run_id, self.last_page):
            self.last_page, self.pages, self.errors = page_id, self.pages + 1, self.errors + failed
            self.site = urlsplit(url).hostname or self.site
        self.finished = agencies_finished(self._db, self.run_id)

    def _watch(self) -> None:
        shown = time.monotonic()
        while not self._stop.wait(self.poll):
            try:
                self._read()
            except sqlite3.Error:  # a busy or still-migrating database: the next poll reads it
                continue
            if self._bar is not None:
                self._update_bar()
            elif self.run_id is not None and time.monotonic() - shown >= self.every:
                shown = time.monotonic()
                self.stream.write(self.line() + "\n")
                self.stream.flush()

    # -- showing ---------------------------------------------------------------------------------------
    @property
    def rate(self) -> float:
        return self.pages / max(time.monotonic() - self.started, 1e-6)

    def eta_seconds(self) -> float | None:
        """Time left, judged by agencies finished so far."""
        done = self.finished
        if not done:
            return None
        return (time.monotonic() - self.started) / done * max(self.total - done, 0)

    def line(self) -> str:
        """One plain log line: when, which run, agencies finished of all, pages and rate, errors, ETA, current site."""
        eta = self.eta_seconds()
        shown = "-" if eta is None else _duration(eta)
        return (f"{datetime.now().strftime('%Y-%m-%d %H:%M:%S')} run {self.run_id}: "
                f"หน่วยงาน/agencies {self.finished}/{self.total} · หน้า/pages {self.pages} ({self.rate:.1f}/s) · "
                f"ผิดพลาด/errors {self.errors} · เหลือ/ETA {shown} · {self.site or '-'}")

    def _make_bar(self):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
        from rich.table import Column

        # fits 80 columns: a short bar, the counts whole, a long site name cut (errors: the command's last line)
        console = Console(file=self.stream, force_terminal=True)
        bar = Progress(BarColumn(bar_width=10), MofNCompleteColumn(), TextColumn("หน่วยงาน"),
                       TextColumn("{task.fields[pages]} หน้า {task.fields[rate]:.1f}/s"), TextColumn("เหลือ"),
                       TimeRemainingColumn(),
                       TextColumn("{task.fields[site]}", table_column=Column(no_wrap=True, overflow="ellipsis", max_width=22)),
                       console=console, refresh_per_second=4, transient=False)
        self._task = bar.add_task("crawl", total=self.total, pages=0, rate=0.0, errors=0, site="")
        bar.start()
        return bar

    def _update_bar(self) -> None:
        self._bar.update(self._task, completed=self.finished, pages=self.pages, rate=self.rate,
                         errors=self.errors, site=self.site)


def _duration(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min {secs:02d} s"
