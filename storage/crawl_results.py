"""What a distributed crawl stores: each agency's page records, sent back by the worker that crawled it, and who
crawled it (crawler/distributed/coordinator.py). Pages a crawl of this machine stores go through its item
pipeline (crawler/pipelines.py)."""
from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from storage.db import writing


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
