"""The one-machine crawl back-end: a run's agencies crawled by Scrapy in a child process (:class:`LocalCrawl`).

The run itself — recorded, judged agency by agency, marked complete or incomplete — is service/runs.py's.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

from crawler.middlewares import host_is_private
from storage.runs import pages_stored

ROOT = Path(__file__).resolve().parent.parent


class CrawlError(RuntimeError):
    pass


def check_proxy(crawl: dict) -> None:
    proxy = crawl.get("proxy") or ""
    if proxy and not crawl.get("allow_private") and host_is_private(urlsplit(proxy).hostname or ""):
        raise CrawlError(f"the proxy {proxy} is on a private or loopback address; "
                         "pass --allow-private if that is intended (the farm and tests do)")


RUN_NOTE = "OIT-RUN-NOTE "  # a line of the crawler's log meant for the run's note (not an error)


def leave_note(log_path: str | None, text: str) -> None:
    """Say ``text`` once in the run's note (from the crawler process, through its log file)."""
    if log_path:
        try:
            with open(log_path, "a", encoding="utf-8") as fh:
                fh.write(f"{RUN_NOTE}{text}\n")
        except OSError:
            pass


def run_notes(path: str) -> str:
    """The lines the crawler left for the run's note (:func:`leave_note`)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return "; ".join(line[len(RUN_NOTE):].strip() for line in fh if line.startswith(RUN_NOTE))[:1500]
    except OSError:
        return ""


def _tail(path: str, lines: int = 5) -> str:
    """The crawler's last error lines, kept in the run's note when it failed or fetched nothing."""
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return " | ".join(line.strip() for line in fh.readlines()[-lines:])[:1500]
    except OSError:
        return ""


def _notes(path: str) -> str:
    """What the crawler asked to be said in the run's note (crawler/process.py: NOTE_PREFIX lines)."""
    from crawler.process import NOTE_PREFIX

    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return "; ".join(dict.fromkeys(line[len(NOTE_PREFIX):].strip() for line in fh
                                           if line.startswith(NOTE_PREFIX)))[:1500]
    except OSError:
        return ""


class LocalCrawl:
    """The crawl back-end of one machine: a Scrapy crawl in a child process (``python -m crawler.process``) that
    writes its pages to the database itself and tells, through a pipe, each agency it has done and stored.

    The child dies with this process (crawler/process.py) and holds the crawl lock with it, so no crawl can start
    while it may still be writing."""

    def check(self, crawl: dict) -> None:
        check_proxy(crawl)

    def session(self, db, db_path: str, run_id: int, agencies: list[dict], rulebook, crawl: dict,
                lock_fd: int) -> LocalSession:
        return LocalSession(db, db_path, run_id, agencies, rulebook, crawl, lock_fd)


# after its last agency is stored, the crawler has this long to close (flush, archive) before it is stopped
EXIT_GRACE_SECONDS = 600

class LocalSession:
    """One run's crawl by :class:`LocalCrawl`; ``crawled`` and ``note`` say how it ended."""

    def __init__(self, db, db_path: str, run_id: int, agencies: list[dict], rulebook, crawl: dict, lock_fd: int):
        self.db, self.run_id, self.lock_fd = db, run_id, lock_fd
        self.agencies_total = len(agencies)
        self.crawled, self.note, self.child = False, "", None
        log = tempfile.NamedTemporaryFile("w+", suffix=".log", prefix="oit-crawl-", delete=False)
        log.close()
        self.log = log.name
        self.done_read, self.done_write = os.pipe()
        job = {"db": db_path, "run_id": run_id, "agencies": agencies, "crawl": crawl, "log": self.log,
               "focus_terms": [t.raw for t in rulebook.focus_terms()], "code_prefixes": rulebook.code_prefixes(),
               "parent_pid": os.getpid(), "done_fd": self.done_write}
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
            json.dump(job, fh, ensure_ascii=False)
        self.job = fh.name

    def stored(self) -> Iterator[str]:
        """Start the crawler child; yield each agency id as the child says it is done and stored; then read how
        the child ended into ``crawled`` and ``note``."""
        from crawler.evaluation import done_lines

        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
        self.child = subprocess.Popen([sys.executable, "-m", "crawler.process", self.job], env=env,
                                      pass_fds=(self.lock_fd, self.done_write))
        os.close(self.done_write)
        done = set()
        for agency_id in done_lines(self.done_read):  # judged while the crawl goes on
            done.add(agency_id)
            yield agency_id
            if len(done) >= self.agencies_total:  # every agency stored: the crawl has only its exit left
                break
        try:
            returncode = self.child.wait(timeout=EXIT_GRACE_SECONDS if len(done) >= self.agencies_total else None)
            note = f"crawler process exited with code {returncode}" if returncode else ""
        except subprocess.TimeoutExpired:  # a night held open after its last agency (a request that never ends):
            self.child.kill()               # a fault, so the run ends incomplete with it, its findings all stored
            returncode = self.child.wait()
            note = f"the crawler stored every agency but did not exit within {EXIT_GRACE_SECONDS} s: stopped"
        if returncode == 0:
            self.crawled, note = True, run_notes(self.log)
        if returncode != 0 or not pages_stored(self.db, self.run_id):
            note = "; ".join(filter(None, [note, _tail(self.log)]))
        self.note = "; ".join(filter(None, [note, _notes(self.log)]))

    def failed(self, exc: BaseException) -> None:
        """The run was interrupted or its evaluation failed: say so, and kill the crawler child if it lives.

        The note does not depend on whether the child still lives: a crawl of a few agencies often ends while
        the last one is being judged, and a judging that failed then (a full disk) must say so all the same."""
        if isinstance(exc, KeyboardInterrupt):
            self.note = "interrupted"
        else:
            self.note = f"evaluation did not finish: {type(exc).__name__}: {exc}"[:1500]
        if self.child is not None and self.child.poll() is None:
            self.child.kill()
            self.child.wait()

    def close(self) -> None:
        os.unlink(self.job)
        os.unlink(self.log)
