"""The extraction cache's file (``oit.cache.sqlite`` beside the database, safe to delete): per URL, the validators
and the packed extraction of the bytes it last served; per file of a shared Drive folder, the answer its last check
got and the name the folder listed it under (``folder_files``). The crawler decides what goes in and when
(crawler/cache.py); these functions are its SQL. Each may raise :class:`sqlite3.Error`: the crawler then gives the
cache up for the night, never the crawl."""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

COLUMNS = ("url", "version", "content_hash", "content_type", "size", "etag", "last_modified", "extracted",
           "stored_at")


def open_extractions(path: Path, lock_seconds: float) -> sqlite3.Connection:
    """Open (or create) the cache at ``path``; a cache another process holds longer than ``lock_seconds`` raises
    (it is skipped, not waited for all night), and so does a file that is not a readable cache."""
    conn = sqlite3.connect(str(path), timeout=lock_seconds, check_same_thread=False)
    try:
        if not path.exists() or path.stat().st_size == 0:
            conn.execute("PRAGMA auto_vacuum = INCREMENTAL")  # pruning gives space back
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE IF NOT EXISTS extractions (url TEXT PRIMARY KEY, version INTEGER, "
                     "content_hash TEXT, content_type TEXT, size INTEGER, etag TEXT, last_modified TEXT, "
                     "extracted BLOB, stored_at REAL)")
        conn.execute("CREATE TABLE IF NOT EXISTS folder_files (url TEXT PRIMARY KEY, listed_as TEXT, answer BLOB, "
                     "checked_at REAL)")
        conn.execute("SELECT url FROM extractions LIMIT 1").fetchall()
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def extraction_row(conn: sqlite3.Connection, url: str) -> tuple[Any, ...] | None:
    """The URL's entry as a tuple in :data:`COLUMNS` order, or None."""
    row: tuple[Any, ...] | None = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM extractions WHERE url = ?",
                                               [url]).fetchone()
    return row


def write_extractions(conn: sqlite3.Connection, rows: list[tuple[Any, ...]], gone: list[str], touched: set[str],
                      now: float) -> None:
    """In one transaction: store ``rows`` (in :data:`COLUMNS` order), forget the ``gone`` URLs, and mark the
    ``touched`` ones as served at ``now``."""
    with conn:
        conn.executemany(f"INSERT OR REPLACE INTO extractions VALUES ({', '.join('?' * len(COLUMNS))})", rows)
        conn.executemany("DELETE FROM extractions WHERE url = ?", [(u,) for u in gone])
        conn.executemany("UPDATE extractions SET stored_at = ? WHERE url = ?", [(now, u) for u in touched])


def folder_file_row(conn: sqlite3.Connection, url: str) -> tuple[str, bytes, float] | None:
    """A folder file's last check: (the name its folder listed it under, the packed answer, when it was asked)."""
    row: tuple[str, bytes, float] | None = conn.execute(
        "SELECT listed_as, answer, checked_at FROM folder_files WHERE url = ?", [url]).fetchone()
    return row


def write_folder_files(conn: sqlite3.Connection, rows: list[tuple[str, str, bytes, float]]) -> None:
    """Store folder files' checks: (url, listed_as, packed answer, checked_at)."""
    with conn:
        conn.executemany("INSERT OR REPLACE INTO folder_files VALUES (?, ?, ?, ?)", rows)


def prune_extractions(conn: sqlite3.Connection, served_before: float, version: int, max_bytes: int) -> None:
    """Drop entries not served since ``served_before`` or of another ``version``, and folder files checked
    before then, then the least recently served beyond ``max_bytes`` of stored extractions, and give the space
    back."""
    with conn:
        conn.execute("DELETE FROM folder_files WHERE checked_at < ?", [served_before])
        conn.execute("DELETE FROM extractions WHERE stored_at < ? OR version != ?", [served_before, version])
        conn.execute("DELETE FROM extractions WHERE url IN (SELECT url FROM (SELECT url, sum(length(extracted)) "
                     "OVER (ORDER BY stored_at DESC, url) AS running FROM extractions) WHERE running > ?)",
                     [max(0, int(max_bytes))])
    conn.execute("PRAGMA incremental_vacuum")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
