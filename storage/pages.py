"""Pages a crawl stored: what the agency page, the evidence views, alerts and the ITAS check read of them."""
from __future__ import annotations

import json
from typing import Any, Iterable

import sqlite_utils

from rules.engine import PAGE_COLUMNS
from storage.runs import COMPLETE_RUN_IDS

# The columns the rules engine judges a page by: the text, links and what could not be read (the engine's own list)
JUDGED_COLUMNS = PAGE_COLUMNS


def _marks(values: list[Any]) -> str:
    return ",".join("?" * len(values))


def agency_pages(db: sqlite_utils.Database, run_id: int, agency_id: str, limit: int = 200) -> list[dict[str, Any]]:
    """The agency's pages of a run, failed ones first, at most ``limit``.

    :param run_id: the run
    :param agency_id: the agency
    """
    return list(db.query("SELECT id, url, status, kind, title, error, tls_problem FROM pages WHERE run_id = ? "
                         "AND agency_id = ? ORDER BY (error IS NULL), id LIMIT ?", [run_id, agency_id, limit]))


def pages_at(db: sqlite_utils.Database, run_id: int, agency_id: str, urls: list[str]) -> dict[str, dict[str, Any]]:
    """URL -> the page (id, url, title, kind) the agency's crawl of a run fetched at it, for the URLs fetched."""
    if not urls:
        return {}
    rows = db.query(f"SELECT id, url, title, kind FROM pages WHERE run_id = ? AND agency_id = ? AND url IN "
                    f"({_marks(urls)})", [run_id, agency_id, *urls])
    return {r["url"]: r for r in rows}


def content_hashes(db: sqlite_utils.Database, page_ids: list[int]) -> dict[int, str | None]:
    """Page id -> its content hash."""
    if not page_ids:
        return {}
    return {r[0]: r[1] for r in db.execute(f"SELECT id, content_hash FROM pages WHERE id IN ({_marks(page_ids)})",
                                           page_ids)}


def page_record(db: sqlite_utils.Database, page_id: int) -> dict[str, Any] | None:
    """Every column of one page, its links as a list; None when there is no such page."""
    row = next(iter(db.query("SELECT * FROM pages WHERE id = ?", [page_id])), None)
    if row is None:
        return None
    row["links"] = json.loads(row["links"] or "[]")
    return row


def previous_page(db: sqlite_utils.Database, page_id: int, agency_id: str, url: str, run_id: int) -> dict[str, Any] | None:
    """The same URL's page (id, run_id, content_hash) in the agency's latest complete run before ``run_id``."""
    return next(iter(db.query(
        f"SELECT p.id, p.run_id, p.content_hash FROM pages p WHERE p.run_id IN ({COMPLETE_RUN_IDS}) "
        "AND p.agency_id = ? AND p.url = ? AND p.run_id < ? AND p.id != ? ORDER BY p.run_id DESC LIMIT 1",
        [agency_id, url, run_id, page_id])), None)


def fetches(db: sqlite_utils.Database, run_id: int, agency_id: str, urls: Iterable[str]) -> dict[str, dict[str, Any]]:
    """URL -> how the agency's crawl of a run fetched it: referer, HTTP status, error, error detail, certificate
    problem, kind and whether it has text (a page read under an error status: rules.coverage.failed) (the first
    fetch of each URL wins)."""
    urls = sorted(set(urls))
    if not urls:
        return {}
    return {r["url"]: r for r in db.query(
        "SELECT url, referer, status, error, error_detail, tls_problem, kind, substr(text, 1, 1) AS text FROM pages "
        "WHERE run_id = ? AND agency_id = ? "
        f"AND url IN ({_marks(urls)}) ORDER BY id", [run_id, agency_id, *urls])}


def judged_pages(db: sqlite_utils.Database, run_id: int) -> Iterable[dict[str, Any]]:
    """Every page of a run with its agency and referer and the columns the rules engine judges, in crawl order."""
    return db.query(f"SELECT agency_id, referer, {JUDGED_COLUMNS} FROM pages WHERE run_id = ? ORDER BY id", [run_id])


def content_hashes_by_url(db: sqlite_utils.Database, run_id: int) -> dict[tuple[str, str], str]:
    """(agency, URL) -> content hash of every page of a run that has one (a diff's "evidence changed")."""
    return {(r[0], r[1]): r[2] for r in db.execute(
        "SELECT agency_id, url, content_hash FROM pages WHERE run_id = ? AND content_hash IS NOT NULL", [run_id])}


def fetch_mark(db: sqlite_utils.Database, run_id: int, agency_id: str, url: str) -> tuple[Any, ...] | None:
    """(content hash, HTTP status, error) of the first page of the run fetched at ``url`` (or redirected to it)."""
    row = db.execute("SELECT content_hash, status, error FROM pages WHERE run_id = ? AND agency_id = ? AND "
                     "(url = ? OR final_url = ?) ORDER BY id LIMIT 1", [run_id, agency_id, url, url]).fetchone()
    return tuple(row) if row else None
