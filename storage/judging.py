"""What judging a stored run reads and writes: an agency's pages and crawl outcome, its findings and estimated
score, the rulebooks a run was judged with, and which rulebook judged an agency's findings.

The engine (``rules/``) never touches the database; the application layer (``service/judge.py``) reads through
these functions, judges, and writes back through them.
"""
from __future__ import annotations

import json
from typing import Any
from collections.abc import Iterable

import sqlite_utils

from rules.families import family_of_codes
from rules.rulebook import Rulebook, load_rulebook
from storage.db import writing

# an agency's crawl outcome, as the engine takes it (rules/engine.py: evaluate_agency)
OUTCOME_COLUMNS = "agency_id, state, home_error, unvisited, timed_out, moved_to"


def run_agency_ids(db: sqlite_utils.Database, run_id: int) -> list[str]:
    """The agencies a run recorded an outcome for (``run_agencies``), in the store's order."""
    return [row["agency_id"] for row in db.query("SELECT agency_id FROM run_agencies WHERE run_id = ?", [run_id])]


def agency_outcome(db: sqlite_utils.Database, run_id: int, agency_id: str) -> dict[str, Any]:
    """An agency's crawl outcome in a run: state, home page error, links left unvisited, time budget, move."""
    return next(db.query(f"SELECT {OUTCOME_COLUMNS} FROM run_agencies WHERE run_id = ? AND agency_id = ?",
                         [run_id, agency_id]))


def agency_record(db: sqlite_utils.Database, agency_id: str) -> dict[str, Any]:
    """The registry row of an agency, or ``{"id": agency_id}`` for one no longer in the registry."""
    return next(db.query("SELECT * FROM agencies WHERE id = ?", [agency_id]), {"id": agency_id})


def pages_to_judge(db: sqlite_utils.Database, run_id: int, agency_id: str, columns: str) -> list[dict[str, Any]]:
    """An agency's page records of a run (only ``columns``, comma-separated), in the order they were stored."""
    return list(db.query(f"SELECT {columns} FROM pages WHERE run_id = ? AND agency_id = ? ORDER BY id",
                         [run_id, agency_id]))


def store_agency_findings(db: sqlite_utils.Database, run_id: int, agency_id: str, records: Iterable[dict[str, Any]],
                          score: float | None, family: str, coverage: dict[str, Any] | None) -> None:
    """Replace an agency's findings of a run with ``records`` and keep its estimated ``score`` and rulebook
    ``family`` beside its counts (the watch list sorts by it) and its ``coverage`` record (None: keep it), in one
    transaction."""
    with writing(db):
        db.execute("DELETE FROM findings WHERE run_id = ? AND agency_id = ?", [run_id, agency_id])
        db.table("findings").insert_all(records)
        db.execute("UPDATE run_agency_stats SET score = ?, family = ? WHERE run_id = ? AND agency_id = ?",
                   [score, family, run_id, agency_id])
        if coverage is not None:
            db.execute("UPDATE run_agencies SET coverage = ? WHERE run_id = ? AND agency_id = ?",
                       [json.dumps(coverage, ensure_ascii=False), run_id, agency_id])


def store_run_rulebooks(db: sqlite_utils.Database, run_id: int, year: int, version: str, rulebooks: str) -> None:
    """The rulebooks a run was judged with (``rulebooks``: JSON per family), and its pass counts per item,
    province and type, counted from its findings."""
    with writing(db):
        db.table("runs").update(run_id, {"year": year, "rulebook_version": version, "rulebooks": rulebooks})
        db.execute("DELETE FROM run_item_stats WHERE run_id = ?", [run_id])
        db.execute("INSERT INTO run_item_stats SELECT f.run_id, f.item, coalesce(a.province, ''), coalesce(a.type, ''), "
                   "sum(f.status = 'pass'), count(*) FROM findings f LEFT JOIN agencies a ON a.id = f.agency_id "
                   "WHERE f.run_id = ? GROUP BY 1, 2, 3, 4", [run_id])


def never_reached(db: sqlite_utils.Database, run_id: int) -> int:
    """Agencies of the run with no page at all: not even their home page was answered or failed."""
    row = db.execute("SELECT count(*) FROM run_agencies WHERE run_id = ? AND state = 'not_crawled'", [run_id]).fetchone()
    return int(row[0])


def judged_by(db: sqlite_utils.Database, run_id: int, agency_id: str) -> Rulebook:
    """The rulebook an agency's findings in a run were judged with (its family, the run's year)."""
    run = db.table("runs").get(run_id)
    rows = db.execute("SELECT item, year FROM findings WHERE run_id = ? AND agency_id = ? LIMIT 1",
                      [run_id, agency_id]).fetchall()
    family = family_of_codes([r[0] for r in rows])
    year = rows[0][1] if rows and rows[0][1] else run["year"]
    return load_rulebook(year, family)


def run_agencies_named(db: sqlite_utils.Database, run_id: int) -> list[dict[str, Any]]:
    """Every agency of a run with its state and registry name, province and type, by agency id."""
    return list(db.query("SELECT r.agency_id, r.state, a.name_th, a.province, a.type FROM run_agencies r "
                         "LEFT JOIN agencies a ON a.id = r.agency_id WHERE r.run_id = ? ORDER BY r.agency_id", [run_id]))


def findings_count(db: sqlite_utils.Database, run_id: int) -> int:
    """How many findings a run holds (every item of every agency judged)."""
    return int(db.execute("SELECT count(*) FROM findings WHERE run_id = ?", [run_id]).fetchone()[0])


def scorecard_rows(db: sqlite_utils.Database, run_id: int) -> list[dict[str, Any]]:
    """Every finding of a run as agency id, the agency's Thai name, item code and status (the demo's scorecard)."""
    return list(db.query("SELECT f.agency_id, a.name_th, f.status, f.item FROM findings f JOIN agencies a "
                         "ON a.id = f.agency_id WHERE f.run_id = ?", [run_id]))
