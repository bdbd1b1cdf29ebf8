"""The nightly schedule's job as APScheduler keeps it in the database (its ``apscheduler_jobs`` table, which
APScheduler's SQLAlchemy job store creates and writes; oit/scheduler.py)."""
from __future__ import annotations

import sqlite3
from pathlib import Path


def stored_next_run_time(db_path: str | Path, job_id: str) -> float | None:
    """When the stored job ``job_id`` is next due (a POSIX time), read without writing; None when no scheduler
    ever stored it on this database."""
    try:
        with sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True) as conn:
            row = conn.execute("SELECT next_run_time FROM apscheduler_jobs WHERE id = ?", [job_id]).fetchone()
    except sqlite3.Error:  # no scheduler ever ran on this database
        return None
    return float(row[0]) if row and row[0] is not None else None
