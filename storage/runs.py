"""Runs: one crawl of many agencies, its state (running / evaluating / complete / incomplete) and per-agency outcome.

Only ``complete`` runs (crawled, stored and evaluated) are compared, alerted on and shown as the latest.
"""
from __future__ import annotations

import fcntl
import json
import os
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator

import sqlite_utils

from rules.causes import home_error_words, not_the_site
from rules.coverage import failed
from rules.vocabulary import failure_words
from storage.db import inserted_id, writing


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class CrawlLocked(RuntimeError):
    """Another crawl is running on this database."""


@contextmanager
def crawl_lock(db_path: str | Path) -> Iterator[int]:
    """Hold the database's crawl lock, across processes; released when every process holding its
    descriptor (the caller, and a crawler child it was passed to) has exited or closed it."""
    path = f"{db_path}.crawl.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise CrawlLocked(f"another crawl is running on {db_path}") from exc
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        yield fd  # a crawler child given this descriptor holds the lock for as long as it lives
    finally:
        os.close(fd)


def start_run(db: sqlite_utils.Database, year: int, rulebook_version: str, agencies: int) -> int:
    """Create a run in state ``running``; runs left ``running`` by a dead process become ``incomplete``."""
    with writing(db):
        db.execute("UPDATE runs SET state = 'incomplete', note = 'process died while ' || state "
                   "WHERE state IN ('running', 'evaluating')")
        return inserted_id(db.table("runs").insert({"started_at": now(), "state": "running", "year": year,
                                  "rulebook_version": rulebook_version, "agencies": agencies,
                                  "pages": 0, "errors": 0}))


def summarize_agencies(db: sqlite_utils.Database, run_id: int, agency_ids: list[str]) -> None:
    """Record per agency whether its site could be crawled: its home page answered, or not."""
    rows = []
    for agency_id in agency_ids:
        stats = db.execute("SELECT count(*), sum(error IS NOT NULL AND error != '') FROM pages "
                           "WHERE run_id = ? AND agency_id = ?", [run_id, agency_id]).fetchone()
        home = db.execute("SELECT error, error_detail, status, unread, kind, substr(text, 1, 1), title, "
                          "substr(text, 1, 4000), CASE WHEN json_valid(links) THEN json_array_length(links) ELSE 0 END FROM pages "
                          "WHERE run_id = ? AND agency_id = ? AND depth = 0 ORDER BY id LIMIT 1",
                          [run_id, agency_id]).fetchone()
        if home is None:
            state, home_error = "not_crawled", "not reached before the run ended"
        elif home[3] == "no_answer":  # the home page answered without a page (a bare 304): nothing was read
            state, home_error = "unreachable", f"no_answer: {home[1] or 'no page'}"
        elif failed({"error": home[0], "status": home[2], "kind": home[4], "text": home[5]}):  # a 404 sent in full: read
            state, home_error = "unreachable", home_error_words(home[0], home[1], home[2])  # words, not a Failure repr
        elif home[4] == "html" and (kind := not_the_site(home[6] or "", home[7] or "", home[8])):
            state, home_error = "unreachable", failure_words(kind)[1]  # a hosting or parking page in its place
        else:
            state, home_error = "crawled", ""
        rows.append({"run_id": run_id, "agency_id": agency_id, "state": state, "pages": stats[0],
                     "errors": stats[1] or 0, "home_error": home_error, "finished_at": now()})
    with writing(db):
        db.table("run_agencies").upsert_all(rows, pk=("run_id", "agency_id"))


def set_state(db: sqlite_utils.Database, run_id: int, state: str) -> None:
    with writing(db):
        db.table("runs").update(run_id, {"state": state})


def finish_run(db: sqlite_utils.Database, run_id: int, state: str, note: str = "") -> None:
    pages, errors = db.execute("SELECT count(*), sum(error IS NOT NULL AND error != '') FROM pages WHERE run_id = ?",
                               [run_id]).fetchone()
    with writing(db):
        db.table("runs").update(run_id, {"finished_at": now(), "state": state, "note": note, "pages": pages,
                                   "errors": errors or 0})


# "Complete runs only", spelt in SQL once: a crawl still running, or one that died, is never compared, alerted on
# or shown. Every query of this package that reads complete runs selects from these.
COMPLETE = "complete"
COMPLETE_RUN_IDS = f"SELECT id FROM runs WHERE state = '{COMPLETE}'"


def covering_run_sql(agency: str, before: str) -> str:
    """SQL for the id of the latest complete run before run ``before`` that covered ``agency`` (SQL expressions):
    "the previous complete run covering this agency", for queries that ask it per row (the watch list)."""
    return (f"(SELECT max(ra.run_id) FROM run_agencies ra WHERE ra.agency_id = {agency} AND ra.run_id < {before} "
            f"AND ra.run_id IN ({COMPLETE_RUN_IDS}))")


def get_run(db: sqlite_utils.Database, run: int | str | None = "latest", complete_only: bool = False) -> dict[str, Any] | None:
    """A run by id, or the latest one (``"latest"``/None), optionally only among complete runs."""
    if run not in (None, "latest"):
        return run_by_id(db, int(run))
    if complete_only:
        return latest_complete_run(db)
    return _first(db.query("SELECT * FROM runs ORDER BY id DESC LIMIT 1"))


def run_by_id(db: sqlite_utils.Database, run_id: int) -> dict[str, Any] | None:
    """The run ``run_id``, whatever its state, or None."""
    return _first(db.query("SELECT * FROM runs WHERE id = ?", [run_id]))


def _first(rows: Iterable[dict[str, Any]]) -> dict[str, Any] | None:
    return next(iter(rows), None)


def latest_complete_run(db: sqlite_utils.Database) -> dict[str, Any] | None:
    """The run pages, reports and diffs show by default: the latest *complete* one."""
    return _first(complete_runs(db, 1))


def agency_complete_run(db: sqlite_utils.Database, agency_id: str, before: int | None = None) -> dict[str, Any] | None:
    """The latest complete run that covered ``agency_id`` (before run ``before``, when given): a run may cover
    only some agencies, so "the previous run" of an agency is the one before that covered it. The web UI, the
    watch list and the assessors' report all ask this."""
    return _first(db.query(f"SELECT * FROM runs WHERE id = {covering_run_sql('?', '?')}",
                           [agency_id, before if before is not None else 2 ** 62]))


previous_complete_run_covering = agency_complete_run


def complete_runs(db: sqlite_utils.Database, limit: int | None = None, up_to: int | None = None) -> list[dict[str, Any]]:
    """Complete runs, newest first: the latest ``limit`` (all when None), up to run ``up_to`` when given."""
    where, params = ("AND id <= ?", [up_to]) if up_to is not None else ("", [])
    return list(db.query(f"SELECT * FROM runs WHERE id IN ({COMPLETE_RUN_IDS}) {where} ORDER BY id DESC LIMIT ?",
                         [*params, -1 if limit is None else limit]))


def previous_complete_run(db: sqlite_utils.Database, run_id: int) -> dict[str, Any] | None:
    """The complete run just before run ``run_id``, whichever agencies it covered."""
    return _first(db.query(f"SELECT * FROM runs WHERE id IN ({COMPLETE_RUN_IDS}) AND id < ? ORDER BY id DESC LIMIT 1",
                           [run_id]))


def recent_runs(db: sqlite_utils.Database, limit: int = 100) -> list[dict[str, Any]]:
    """The latest ``limit`` runs in any state, newest first."""
    return list(db.query("SELECT * FROM runs ORDER BY id DESC LIMIT ?", [limit]))


def run_year(db: sqlite_utils.Database, run_id: int) -> int | None:
    """The fiscal year a run was judged by (None for no such run)."""
    row = db.execute("SELECT year FROM runs WHERE id = ?", [run_id]).fetchone()
    return row[0] if row else None


def latest_run_id(db: sqlite_utils.Database) -> int:
    """The id of the newest run in any state, 0 when there is none."""
    return int(db.execute("SELECT coalesce(max(id), 0) FROM runs").fetchone()[0])


def run_id_span(db: sqlite_utils.Database) -> tuple[int | None, int | None]:
    """The lowest and highest run ids (None, None without runs)."""
    low, high = db.execute("SELECT min(id), max(id) FROM runs").fetchone()
    return low, high


def run_agency(db: sqlite_utils.Database, run_id: int, agency_id: str) -> dict[str, Any] | None:
    """An agency's row of a run (state, home_error, pages…), or None when the run did not cover it."""
    return _first(db.query("SELECT * FROM run_agencies WHERE run_id = ? AND agency_id = ?", [run_id, agency_id]))


def run_agency_states(db: sqlite_utils.Database, agency_id: str) -> dict[int, str]:
    """Run id -> the agency's crawl state in that run (crawled, unreachable, not_crawled), for every run."""
    return {r[0]: r[1] for r in db.execute("SELECT run_id, state FROM run_agencies WHERE agency_id = ?", [agency_id])}


def site_errors(db: sqlite_utils.Database, run_id: int, agency_ids: Iterable[str]) -> dict[str, str]:
    """Agency -> why its site could not be crawled in the run (its home error, else its state); agencies crawled
    are left out."""
    return {r[0]: r[2] or r[1] for r in db.execute(
        "SELECT agency_id, state, home_error FROM run_agencies WHERE run_id = ? AND agency_id IN "
        "(SELECT value FROM json_each(?)) AND (state IS NULL OR state != 'crawled')", [run_id, json.dumps(list(agency_ids))])}


def run_coverage_counts(db: sqlite_utils.Database, run_id: int) -> tuple[int, int]:
    """How many agencies a run covered, and how many of them it could not crawl."""
    covered, down = db.execute("SELECT count(*), coalesce(sum(state != 'crawled'), 0) FROM run_agencies "
                               "WHERE run_id = ?", [run_id]).fetchone()
    return covered, down


def new_pages(db: sqlite_utils.Database, run_id: int, after_id: int = 0) -> list[tuple[int, str, str, bool]]:
    """Pages a run stored after page ``after_id``, as (id, agency, URL, failed): the crawler writes each page at
    once, so a reader polling this sees a crawl's progress whatever process (or machine) crawls."""
    return [(r[0], r[1], r[2], bool(r[3])) for r in db.execute(
        "SELECT id, agency_id, url, error IS NOT NULL AND error != '' FROM pages WHERE run_id = ? AND id > ? "
        "ORDER BY id", [run_id, after_id])]


def agencies_finished(db: sqlite_utils.Database, run_id: int) -> int:
    """Agencies of a run whose crawl is done and summarised (a row in run_agencies), not merely begun."""
    return int(db.execute("SELECT count(*) FROM run_agencies WHERE run_id = ?", [run_id]).fetchone()[0])


def running_run_after(db: sqlite_utils.Database, after_id: int) -> int | None:
    """The id of a run started after run ``after_id`` that is still being crawled, if any."""
    row = db.execute("SELECT max(id) FROM runs WHERE id > ? AND state = 'running'", [after_id]).fetchone()
    return row[0] if row else None


def agency_coverage(db: sqlite_utils.Database, run_id: int, agency_id: str) -> dict[str, Any] | None:
    """An agency's coverage record of a run (rules/coverage.py): what its crawl read and what it could not;
    None before it was judged."""
    row = db.execute("SELECT coverage FROM run_agencies WHERE run_id = ? AND agency_id = ?", [run_id, agency_id]).fetchone()
    return json.loads(row[0]) if row and row[0] else None


def pages_stored(db: sqlite_utils.Database, run_id: int) -> bool:
    """Whether a run stored any page at all (a crawler that fetched nothing leaves its log in the run's note)."""
    return db.execute("SELECT 1 FROM pages WHERE run_id = ? LIMIT 1", [run_id]).fetchone() is not None
