"""Judging a run agency by agency, each as soon as its crawl is done, while the crawl goes on.

The crawler (a child process) tells which agencies are done; the process that started it — idle until now —
judges them meanwhile, on the machine's other core. The run's totals are written once every agency is judged;
only then may the run be marked complete.
"""
from __future__ import annotations

import json
import os
import queue
import threading
import time
from datetime import datetime, timezone
from typing import Iterator

from rules.engine import evaluate_stored_agency, record_run_rulebooks
from storage.runs import finish_run, set_state, summarize_agencies


class RunEvaluation:
    """Findings of one run, stored agency by agency; :meth:`finish` judges the rest and writes the run's totals."""

    def __init__(self, db, run_id: int, rulebook, seconds: float = 0):
        """``seconds``: the time each agency's judging may take (0: no limit); items not judged by then are
        ``unchecked`` with that reason, like items a crawl's time budget did not reach."""
        from rules.families import rulebooks_for_year

        self.db, self.run_id, self.seconds = db, run_id, seconds
        self.books = rulebooks_for_year(rulebook)
        self.checked_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self.judged: set[str] = set()
        self.families: set[str] = set()

    def agency_done(self, agency_id: str) -> None:
        """Summarise and judge an agency whose crawl has ended and whose pages are stored."""
        if agency_id in self.judged:
            return
        summarize_agencies(self.db, self.run_id, [agency_id])
        deadline = time.monotonic() + self.seconds if self.seconds else None
        _, family = evaluate_stored_agency(self.db, self.run_id, self.books, agency_id, self.checked_at, deadline)
        self.families.update([family] if family else [])
        self.judged.add(agency_id)

    def end(self, agency_ids: list[str], crawled: bool, note: str = "") -> None:
        """End the run: the agencies not judged yet are summarised (never reached: ``not_crawled``) and, when the
        crawl ``crawled`` to its end, judged, the run's rulebooks recorded and the run marked complete; else
        the run is ``incomplete`` with ``note``. A run killed here stays ``evaluating`` (the next crawl marks it
        ``incomplete``)."""
        left = [a for a in agency_ids if a not in self.judged]
        summarize_agencies(self.db, self.run_id, left)
        state = "incomplete"
        if crawled:
            set_state(self.db, self.run_id, "evaluating")
            try:
                for agency_id in left:
                    self.agency_done(agency_id)
                record_run_rulebooks(self.db, self.run_id, self.books, self.families)
                unreached = never_reached(self.db, self.run_id)
                if unreached:  # a crawler that ended "well" without a word from some sites did not crawl them
                    note = "; ".join(filter(None, [f"{unreached} agencies were never reached: the crawl ended "
                                                   "before them", note]))
                else:
                    state = "complete"
            except BaseException as exc:
                finish_run(self.db, self.run_id, "incomplete", f"evaluation did not finish: {type(exc).__name__}: {exc}"[:1500])
                raise
        finish_run(self.db, self.run_id, state, note)


def never_reached(db, run_id: int) -> int:
    """Agencies of the run with no page at all: not even their home page was answered or failed."""
    return db.execute("SELECT count(*) FROM run_agencies WHERE run_id = ? AND state = 'not_crawled'",
                      [run_id]).fetchone()[0]


def done_lines(fd: int) -> Iterator[str]:
    """Agency ids the crawler writes to ``fd`` (one JSON string a line) as each is done, until it closes it.

    A thread drains the pipe, so a crawler never blocks on a full pipe while an agency is being judged."""
    lines: queue.Queue[str | None] = queue.Queue()

    def drain() -> None:
        with os.fdopen(fd, "r", encoding="utf-8") as pipe:
            for line in pipe:
                lines.put(line)
        lines.put(None)

    threading.Thread(target=drain, name="oit-done-agencies", daemon=True).start()
    while (line := lines.get()) is not None:
        yield json.loads(line)


def tell_done(fd: int | None, agency_id: str) -> None:
    """The crawler's side of :func:`done_lines`."""
    if fd is not None:
        os.write(fd, (json.dumps(agency_id) + "\n").encode())
