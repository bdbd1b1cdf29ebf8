"""``oit itas check``: fetch every stored answer's URLs of a year (and what they link to directly), judge each item,
and store the results beside the nightly crawl's word on the same item."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from itas.fetch import crawl_db_path, fetch_submitted
from itas.judge import Result, judge_answer, judgeable_urls
from rules.families import rulebooks_for_year
from storage import itas as store
from storage.agencies import agencies_by_id
from storage.findings import latest_complete_findings, latest_judged_year
from storage.reviews import effective


@dataclass
class CheckOutcome:
    check_id: int
    results: list[Result]
    note: str = ""

    def zeros(self) -> list[Result]:
        return [r for r in self.results if r.score == 0]


def latest_nightly(db: sqlite_utils.Database, agency_id: str, year: int) -> dict[str, dict]:
    """Item -> the agency's finding of ``year`` in its latest complete run (with the run's start)."""
    return {f["item"]: dict(f, evidence=json.loads(f["evidence"] or "[]"))
            for f in effective(db, latest_complete_findings(db, agency_id, year))}


def check_answers(db: sqlite_utils.Database, db_path: str | Path, year: int, crawl: dict,
                  agencies: list[str] | None = None) -> CheckOutcome:
    """Check the stored answers of ``year`` (of ``agencies``, default all that answered); raises LookupError when
    there are none."""
    answers = store.answers(db, year, agencies)
    if not answers:
        raise LookupError(f"ไม่มีคำตอบ ITAS ปี {year} / no ITAS answers of {year} imported "
                          f"(oit itas import FILE --year {year})")
    books = rulebooks_for_year(year)
    records = agencies_by_id(db, (a["agency_id"] for a in answers))
    book_of = {agency_id: books.for_agency(agency) for agency_id, agency in records.items()}
    answers = [a for a in answers if book_of[a["agency_id"]] is not None]  # its family has no list that year (any more)
    if not answers:
        raise LookupError(f"no rulebook of {year} judges the agencies that answered")
    urls: dict[str, list[str]] = {}
    for answer in answers:
        urls.setdefault(answer["agency_id"], []).extend(
            judgeable_urls(answer, records[answer["agency_id"]], book_of[answer["agency_id"]]))
    check_id = store.start_check(db, year, sorted(records), sum(len(set(u)) for u in urls.values()),
                                 str(crawl_db_path(db_path)))
    fetched = fetch_submitted(db_path, urls, records, crawl, year)
    nightly = {agency_id: latest_nightly(db, agency_id, year) for agency_id in records}
    results = [judge_answer(a, records[a["agency_id"]], book_of[a["agency_id"]], fetched,
                            nightly[a["agency_id"]].get(a["item"])) for a in answers]
    store.store_results(db, check_id, [r.record() for r in results])
    store.finish_check(db, check_id, fetched.run_id, fetched.note)
    return CheckOutcome(check_id, results, fetched.note)


def recheck_disputes(db: sqlite_utils.Database, db_path: str | Path, crawl: dict) -> list[tuple[int, Result]]:
    """Check the URL of every open dispute not checked yet, as a consultant checks a disputed item again: that URL
    and what it links to, judged against the item alone; the result waits beside the dispute in the review queue."""
    from storage.users import disputes_to_recheck, store_recheck
    waiting = disputes_to_recheck(db)
    if not waiting:
        return []
    agencies = agencies_by_id(db, (d["agency_id"] for d in waiting))
    answers, urls, books = [], {}, {}
    for dispute in waiting:
        year = dispute["year"] or latest_judged_year(db, dispute["agency_id"])
        book = books.setdefault((dispute["agency_id"], year), rulebooks_for_year(year).for_agency(agencies[dispute["agency_id"]]))
        if book is None:  # no list of that year judges the agency: the auditor reads the dispute
            continue
        answer = {"agency_id": dispute["agency_id"], "year": year, "item": dispute["item"], "answer": "yes",
                  "urls": [dispute["url"]], "problem": ""}
        answers.append((dispute, answer, book))
        urls.setdefault(dispute["agency_id"], []).extend(judgeable_urls(answer, agencies[dispute["agency_id"]], book))
    if not answers:
        return []
    fetched = fetch_submitted(db_path, urls, agencies, crawl, answers[0][1]["year"])
    checked = []
    for dispute, answer, book in answers:
        nightly = latest_nightly(db, answer["agency_id"], answer["year"]).get(answer["item"])
        result = judge_answer(answer, agencies[answer["agency_id"]], book, fetched, nightly)
        store_recheck(db, dispute["id"], result.record())
        checked.append((dispute["id"], result))
    return checked
