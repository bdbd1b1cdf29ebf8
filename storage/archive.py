"""The WARC archive's read side: captures of a run and agency, one capture's payload, an agency's night as a
WARC file, verification, and retention (the write side is crawler/archive.py).

Every record is its own gzip member, so a record is read by seeking to its offset, and records copied byte for
byte one after another make a valid WARC file.
"""
from __future__ import annotations

import base64
import gzip
import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import sqlite_utils

from storage.db import writing


def payload_digest(body: bytes) -> str:
    """The WARC payload digest: ``sha1:`` and the Base32 SHA-1, as Heritrix and warcio write it."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


@dataclass
class Capture:
    """One archived answer: its CDX row, its HTTP headers and its payload (a revisit's is its original's)."""

    row: dict[str, Any]
    headers: list[tuple[str, str]]
    body: bytes


def captures_of(db: sqlite_utils.Database, run_id: int, agency_id: str) -> dict[str, dict[str, Any]]:
    """URL -> its capture in a run for an agency (an outbound link checked once for every agency counts too)."""
    if "captures" not in db.table_names():
        return {}
    rows = db.query("SELECT * FROM captures WHERE run_id = ? AND agency_id IN (?, '') ORDER BY id", [run_id, agency_id])
    return {row["url"]: row for row in rows}


def _record(directory: Path, row: dict[str, Any]) -> Any:
    from warcio.archiveiterator import ArchiveIterator

    with open(directory / row["warc_file"], "rb") as fh:
        fh.seek(row["offset"])
        raw = fh.read(row["length"])
    return next(iter(ArchiveIterator(io.BytesIO(raw))))


def read_capture(db: sqlite_utils.Database, capture_id: int, directory: Path) -> Capture | None:
    """The capture with this id, its payload read from the WARC (a revisit's from the record it refers to)."""
    rows = list(db.query("SELECT * FROM captures WHERE id = ?", [capture_id]))
    if not rows:
        return None
    row = rows[0]
    record = _record(directory, row)
    headers = list(record.http_headers.headers) if record.http_headers else []
    if row["record_type"] == "revisit" and row["refers_to"]:
        referred = next(db.query("SELECT * FROM captures WHERE id = ?", [row["refers_to"]]), None)
        if referred is None:
            return Capture(row, headers, b"")
        record = _record(directory, referred)
    return Capture(row, headers, record.content_stream().read())


def agency_warc(db: sqlite_utils.Database, run_id: int, agency_id: str, directory: Path) -> Iterator[bytes]:
    """The records of one agency's night, copied as they are (each a gzip member): a WARC file to download."""
    for row in captures_of(db, run_id, agency_id).values():
        with open(directory / row["warc_file"], "rb") as fh:
            fh.seek(row["offset"])
            yield fh.read(row["length"])


@dataclass
class Verification:
    checked: int = 0
    problems: list[str] = field(default_factory=list)


def verify(db: sqlite_utils.Database, directory: Path, run_id: int | None = None) -> Verification:
    """Read every indexed record back: present, the URL it claims, a payload matching its digest."""
    from warcio.archiveiterator import ArchiveIterator


    result = Verification()
    where, params = ("WHERE run_id = ?", [run_id]) if run_id else ("", [])
    for row in db.query(f"SELECT * FROM captures {where} ORDER BY id", params):
        result.checked += 1
        path = directory / row["warc_file"]
        try:
            with open(path, "rb") as fh:
                fh.seek(row["offset"])
                record = next(iter(ArchiveIterator(io.BytesIO(fh.read(row["length"])))))
                uri = record.rec_headers.get_header("WARC-Target-URI")
                body = record.content_stream().read()
        except (OSError, StopIteration, gzip.BadGzipFile, ValueError) as exc:
            result.problems.append(f"capture {row['id']} ({row['url']}): unreadable in {row['warc_file']}: {exc}")
            continue
        if uri != row["url"]:
            result.problems.append(f"capture {row['id']}: the record is for {uri}, not {row['url']}")
        elif row["record_type"] == "response" and payload_digest(body) != row["digest"]:
            result.problems.append(f"capture {row['id']} ({row['url']}): payload does not match its digest")
    return result


def prune(db: sqlite_utils.Database, directory: Path, keep_runs: int) -> tuple[int, int]:
    """Keep the captures of the ``keep_runs`` newest runs and the originals their revisits point at; delete the
    rest, and every WARC file no kept capture lies in. Returns (captures dropped, files deleted)."""
    from storage.db import writing

    if "captures" not in db.table_names():
        return 0, 0
    kept_runs = [r[0] for r in db.execute("SELECT id FROM runs ORDER BY id DESC LIMIT ?", [keep_runs])]
    oldest = min(kept_runs) if kept_runs else 0
    with writing(db):
        dropped = db.execute(
            "DELETE FROM captures WHERE run_id < ? AND id NOT IN (SELECT refers_to FROM captures WHERE run_id >= ? "
            "AND refers_to IS NOT NULL)", [oldest, oldest]).rowcount
    used = {r[0] for r in db.execute("SELECT DISTINCT warc_file FROM captures")}
    deleted = 0
    for path in directory.glob("*.warc.gz") if directory.exists() else []:
        run = _run_of(path.name)
        if path.name not in used and run is not None and run < oldest:
            path.unlink()
            deleted += 1
    return dropped, deleted


def _run_of(name: str) -> int | None:
    """The run a WARC file belongs to, from its name (OIT-run12-…): files of a run still writing are never pruned."""
    head = name.split("-")[1] if name.count("-") >= 2 else ""
    return int(head[3:]) if head.startswith("run") and head[3:].isdigit() else None


def archive_summary(db: sqlite_utils.Database, directory: Path, limit: int = 20) -> list[dict[str, Any]]:
    """Per run: captures, revisits, agencies and bytes on disk, newest first."""
    if "captures" not in db.table_names():
        return []
    rows = list(db.query(
        "SELECT run_id, count(*) AS captures, sum(record_type = 'revisit') AS revisits, "
        "count(DISTINCT nullif(agency_id, '')) AS agencies, sum(length) AS bytes, min(fetched_at) AS first "
        "FROM captures GROUP BY run_id ORDER BY run_id DESC LIMIT ?", [limit]))
    return rows


def first_capture(db: sqlite_utils.Database, digest: str | None = None, url: str | None = None) -> dict[str, Any] | None:
    """The first response captured with this payload ``digest`` (any run), or else the newest of this ``url``: what
    a revisit record refers to."""
    column, value, order = ("digest", digest, "") if digest else ("url", url, " DESC")
    row = db.execute(f"SELECT id, url, fetched_at, digest FROM captures WHERE {column} = ? "
                     f"AND record_type = 'response' ORDER BY id{order} LIMIT 1", [value]).fetchone()
    return None if row is None else {"id": row[0], "url": row[1], "fetched_at": row[2], "digest": row[3]}


def add_captures(db: sqlite_utils.Database, rows: list[dict[str, Any]]) -> None:
    """Index archived records (their CDX rows), in one transaction."""
    with writing(db):
        db.table("captures").insert_all(rows)
