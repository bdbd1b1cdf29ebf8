"""A rulebook change is not a site change: the year the nightly schedule judges by, and baselines.

The schedule's year is pinned when the schedule first runs (the settings' ``general.year``, else today's default
year, recorded) and moves only when an operator adopts another on purpose (``oit rules adopt 2570``). A run
judged by other rulebooks than the complete run before it is a *baseline*: its verdicts start a new series, so
nothing in it is "newly failing" and no agency is alerted because the list of items changed.
"""
from __future__ import annotations

from typing import Any

import sqlite_utils

from rules.vocabulary import run_rulebooks_of
from storage.db import writing
from storage.runs import complete_runs, now, previous_complete_run


def judged_with(run: dict[str, Any]) -> dict[str, tuple[Any, ...]]:
    """Per family, the (year, version) of the rulebook a stored run was judged with (rules/vocabulary.py)."""
    return run_rulebooks_of(run)


def record_adoption(db: sqlite_utils.Database, year: int, reason: str, rulebooks: str = "", note: str = "") -> dict[str, Any]:
    """Record that the schedule judges by ``year`` from now on (``reason``: ``adopted`` or ``pinned``)."""
    row = {"year": year, "adopted_at": now(), "reason": reason, "rulebooks": rulebooks, "note": note}
    with writing(db):
        row["id"] = db.table("rulebook_adoptions").insert(row).last_pk
    return row


def current_adoption(db: sqlite_utils.Database) -> dict[str, Any] | None:
    """The latest recorded year of the schedule (adopted or pinned), or None."""
    rows = list(db.query("SELECT * FROM rulebook_adoptions ORDER BY id DESC LIMIT 1"))
    return rows[0] if rows else None


def scheduled_year(db: sqlite_utils.Database, configured: int = 0) -> int:
    """The year a scheduled night judges by: ``general.year`` when the settings name one, else the recorded year;
    the first time, today's default year is pinned and recorded, so the calendar alone never moves it."""
    if configured:
        return configured
    adopted = current_adoption(db)
    if adopted:
        return int(adopted["year"])
    from rules.families import default_year
    year = default_year()
    record_adoption(db, year, "pinned", note="pinned when the schedule first ran (general.year = 0)")
    return year


def rulebook_change(db: sqlite_utils.Database, run_id: int) -> str:
    """'' when the run was judged by the same rulebooks as the complete run before it (or is the first), else what
    changed: ``ITA 2566 (2566.1) → ITA 2570 (2570.1)``."""
    from storage.diff import rulebooks_differ
    before = previous_complete_run(db, run_id)
    return rulebooks_differ(db, before["id"], run_id) if before else ""


def mark_baseline(db: sqlite_utils.Database, run_id: int) -> bool:
    """Store on the run whether it is a baseline (judged by other rulebooks than the complete run before)."""
    baseline = bool(rulebook_change(db, run_id))
    with writing(db):
        db.table("runs").update(run_id, {"baseline": int(baseline)})
    return baseline


def series_runs(db: sqlite_utils.Database, run_id: int, family: str, depth: int) -> tuple[list[int], bool]:
    """The last ``depth`` complete runs up to ``run_id`` (newest first) judged by the same ``family`` rulebook as
    ``run_id``, stopping at a rulebook change; and whether such a change was met (the oldest run kept is then the
    series' baseline)."""
    rows = complete_runs(db, depth, up_to=run_id)
    if not rows or rows[0]["id"] != run_id:
        return [], False
    key = judged_with(rows[0]).get(family)
    kept: list[int] = []
    for row in rows:
        if judged_with(row).get(family) != key:
            return kept, True
        kept.append(row["id"])
    return kept, False


def adoptions(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Every recorded year of the schedule, newest first."""
    return list(db.query("SELECT * FROM rulebook_adoptions ORDER BY id DESC"))
