"""What a crawl stores: each agency's page records (from this machine's item pipeline, crawler/pipelines.py, or sent
back by the worker that crawled it, crawler/distributed/coordinator.py), its outcome record, the agencies whose time
budget ran out, and who crawled it."""
from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from storage.db import writing
from storage.runs import now


def page_columns(db: sqlite_utils.Database) -> set[str]:
    """The columns of the ``pages`` table: a result's page record may hold no other field."""
    return set(db.table("pages").columns_dict)


def store_pages(db: sqlite_utils.Database, rows: list[dict[str, Any]]) -> None:
    """Page records (as the ``pages`` table holds them), in one transaction."""
    with writing(db):
        db.table("pages").insert_all(rows, batch_size=100)


def record_crawled_by(db: sqlite_utils.Database, run_id: int, agency_id: str, worker: dict[str, Any]) -> None:
    """Who crawled an agency in a run: the worker's name, version and the settings it crawled with."""
    with writing(db):
        db.table("run_agencies").update((run_id, agency_id), {"crawled_by": json.dumps(worker, ensure_ascii=False)})


def store_outcome(db: sqlite_utils.Database, item: dict[str, Any]) -> None:
    """An agency's outcome record: links left unvisited, time budget run out, the host its site moved to.

    The registry row is flagged with the move (or cleared, when the registry URL answered from its own host
    again) for the operator: ``oit agencies list --moved``."""
    moved = {"moved_to": item.get("moved_to") or None, "moved_adopted": item.get("moved_adopted") or 0}
    with writing(db):
        db.table("run_agencies").upsert({"run_id": item["run_id"], "agency_id": item["agency_id"],
                                   "unvisited": item["unvisited"], "timed_out": item["timed_out"], **moved},
                                  pk=("run_id", "agency_id"))
        if item.get("home_read"):  # the run and date first seen stay while the site stays moved to the same host
            run, at = (item["run_id"], now()) if moved["moved_to"] else (None, None)
            db.execute("UPDATE agencies SET moved_run = CASE WHEN moved_to IS ? THEN moved_run ELSE ? END, "
                       "moved_at = CASE WHEN moved_to IS ? THEN moved_at ELSE ? END, moved_to = ?, moved_adopted = ? "
                       "WHERE id = ?", [moved["moved_to"], run, moved["moved_to"], at, moved["moved_to"],
                                        moved["moved_adopted"], item["agency_id"]])


def mark_timed_out(db: sqlite_utils.Database, run_id: int, agency_ids: list[str]) -> None:
    """Mark the agencies whose time budget ran out in a run (their unreached items are judged unchecked)."""
    with writing(db):
        db.table("run_agencies").upsert_all([{"run_id": run_id, "agency_id": a, "timed_out": 1} for a in agency_ids],
                                            pk=("run_id", "agency_id"))
