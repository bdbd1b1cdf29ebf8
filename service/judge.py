"""Judging a stored run: read each agency's pages from the store, judge them with the engine, write the findings,
the estimated score and the coverage record back, and record which rulebooks judged the run.

During a crawl each agency is judged as soon as its crawl is done (:class:`RunEvaluation`), by the process that
started the crawl while the crawl goes on (the machine's other core); the run's totals are written once every
agency is judged, and only then may the run be marked complete.
"""
from __future__ import annotations

import json
import time
from collections import Counter
from datetime import datetime, timezone

import sqlite_utils

from rules.coverage import coverage_record
from rules.engine import PAGE_COLUMNS, Finding, evaluate_agency
from rules.families import RulebookSet, rulebooks_for_year
from rules.rulebook import Rulebook
from rules.scoring import score_findings
from storage.judging import (agency_outcome, agency_record, never_reached, pages_to_judge, run_agency_ids,
                             store_agency_findings, store_run_rulebooks)
from storage.runs import finish_run, set_state, summarize_agencies


def evaluate_run(db: sqlite_utils.Database, run_id: int, rulebook: int | Rulebook | RulebookSet) -> int:
    """(Re-)evaluate a stored run without re-crawling; returns the number of findings.

    ``rulebook`` is a Rulebook, a year's RulebookSet or a B.E. year: each agency is judged by its family's
    rulebook of that year (rules.families), so one run judges a municipality by ITA and a hospital by MOIT.
    """
    books = rulebooks_for_year(rulebook)
    checked_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    total, used = 0, set()
    for agency_id in run_agency_ids(db, run_id):
        count, family = evaluate_stored_agency(db, run_id, books, agency_id, checked_at)
        total += count
        used.update([family] if family else [])
    record_run_rulebooks(db, run_id, books, used)
    return total


def evaluate_stored_agency(db: sqlite_utils.Database, run_id: int, books: RulebookSet, agency_id: str,
                           checked_at: str, deadline: float | None = None) -> tuple[int, str | None]:
    """Judge one agency of a stored run with its family's rulebook of ``books`` and store the findings
    (replacing any); returns how many, and the family judged (None when no rulebook exists for it)."""
    row = agency_outcome(db, run_id, agency_id)
    agency = agency_record(db, agency_id)
    book, missing, family = books.for_agency(agency), books.missing(agency), None
    coverage = None
    if missing:
        book, code, params = missing
        findings = [Finding(i.code, "unchecked", code, params) for i in book.items]
    else:
        family = book.family
        pages = pages_to_judge(db, run_id, agency_id, PAGE_COLUMNS)
        # the coverage record first: judging rewrites the pages' text and links in place
        coverage = coverage_record(pages, row["unvisited"] or 0, bool(row["timed_out"]), row["moved_to"])
        findings = evaluate_agency(book, pages, row["state"], row["home_error"] or "", row["unvisited"] or 0,
                                   bool(row["timed_out"]), deadline)
    records = [{"run_id": run_id, "agency_id": agency_id, "item": f.item, "year": book.year,
                "status": f.status, "reason_th": f.reason_th, "reason_en": f.reason_en, "reason_code": f.reason_code,
                "reason_params": json.dumps(f.reason_params, ensure_ascii=False),
                "evidence": json.dumps(f.evidence, ensure_ascii=False),
                "signals": json.dumps(f.signals, ensure_ascii=False), "checked_at": checked_at}
               for f in findings]
    # the official estimate, stored beside the counts: the watch list sorts 10,000 agencies by it
    card = score_findings(book, {f.item: f.status for f in findings})
    if coverage is not None:
        coverage["unchecked_by_reason"] = dict(Counter(f.reason_code for f in findings if f.status == "unchecked"))
    store_agency_findings(db, run_id, agency_id, records, card.score, book.family, coverage)
    return len(records), family


def record_run_rulebooks(db: sqlite_utils.Database, run_id: int, books: RulebookSet, used: set[str]) -> None:
    """After every agency is judged: the rulebooks the run was judged with, and its pass counts per item."""
    store_run_rulebooks(db, run_id, books.year, books.version_of(used), books.record(used or None))


class RunEvaluation:
    """Findings of one run, stored agency by agency; :meth:`end` judges the rest and writes the run's totals."""

    def __init__(self, db: sqlite_utils.Database, run_id: int, rulebook: int | Rulebook | RulebookSet,
                 seconds: float = 0):
        """``seconds``: the time each agency's judging may take (0: no limit); items not judged by then are
        ``unchecked`` with that reason, like items a crawl's time budget did not reach."""
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
