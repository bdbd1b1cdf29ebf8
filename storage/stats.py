"""The web interface's overview reads: the watch list, trends, the dashboard's counts and newly failing items.

They read the small per-run tables the findings' triggers keep (``run_agency_stats``, ``run_status_counts``,
``run_item_stats``, storage/db.py), with indexed queries only, so pages stay fast at 10,000 agencies × 43 items ×
30 runs (see benchmarks/web_pages.py). Register :func:`prepare` on a connection before the watch list.
"""
from __future__ import annotations

import json
import re
from typing import Any, Iterable

import sqlite_utils

from rules.vocabulary import FAILING
from storage.runs import COMPLETE_RUN_IDS, covering_run_sql, latest_complete_run

_IN_FAILING = "(" + ", ".join(f"'{s}'" for s in FAILING) + ")"


def _marks(values: list[Any]) -> str:
    return ",".join("?" * len(values))


def bit_count(value: int | None) -> int:
    """Items in a pass/fail mask (bit n = item n)."""
    return bin(value or 0).count("1")


_LEADING_VOWEL = re.compile("([\u0e40-\u0e44])([\u0e01-\u0e2e])")


def thai_sort_key(text: str | None) -> str:
    """Thai dictionary order puts เ แ โ ใ ไ after the consonant they are written before: เทศบาล sorts under ท.

    >>> sorted(["เทศบาล", "องค์การ", "กรม"], key=thai_sort_key)
    ['กรม', 'เทศบาล', 'องค์การ']
    """
    return _LEADING_VOWEL.sub(r"\2\1", text or "")


def prepare(db: sqlite_utils.Database) -> None:
    """Register the SQL functions the watch list uses (``bit_count``, ``thai_key``) on this connection."""
    db.conn.create_function("bit_count", 1, bit_count, deterministic=True)
    db.conn.create_function("thai_key", 1, thai_sort_key, deterministic=True)


def pass_counts(db: sqlite_utils.Database, run_ids: list[int]) -> dict[int, dict[str, Any]]:
    """Run id -> findings passed and checked (unchecked left out) of each run."""
    if not run_ids:
        return {}
    return {row["run_id"]: row for row in db.query(
        "SELECT run_id, sum(CASE WHEN status = 'pass' THEN n ELSE 0 END) AS passed, "
        "sum(CASE WHEN status != 'unchecked' THEN n ELSE 0 END) AS total FROM run_status_counts "
        f"WHERE run_id IN ({_marks(run_ids)}) GROUP BY run_id", run_ids)}


def status_counts(db: sqlite_utils.Database, run_ids: list[int]) -> dict[int, dict[str, int]]:
    """Run id -> status -> how many findings of the run have it (every run of ``run_ids`` has an entry)."""
    counts: dict[int, dict[str, int]] = {i: {} for i in run_ids}
    if not run_ids:
        return counts
    for row in db.query(f"SELECT run_id, status, sum(n) AS n FROM run_status_counts WHERE run_id IN "
                        f"({_marks(run_ids)}) GROUP BY 1, 2", run_ids):
        counts[row["run_id"]][row["status"]] = row["n"]
    return counts


def item_counts(db: sqlite_utils.Database, run_id: int) -> list[dict[str, Any]]:
    """Per item of a run: findings passed, failing and checked (unchecked sites left out)."""
    return list(db.query(
        "SELECT item, sum(CASE WHEN status = 'pass' THEN n ELSE 0 END) AS passed, "
        f"sum(CASE WHEN status IN {_IN_FAILING} THEN n ELSE 0 END) AS failing, "
        "sum(CASE WHEN status != 'unchecked' THEN n ELSE 0 END) AS total FROM run_status_counts "
        "WHERE run_id = ? GROUP BY item", [run_id]))


def province_item_counts(db: sqlite_utils.Database, run_id: int) -> list[dict[str, Any]]:
    """Per province and item of a run: agencies passing and judged."""
    return list(db.query("SELECT province, item, sum(passed) AS passed, sum(total) AS total FROM run_item_stats "
                         "WHERE run_id = ? GROUP BY 1, 2", [run_id]))


def down_by_province(db: sqlite_utils.Database, run_id: int) -> dict[str, int]:
    """Province -> agencies of the run whose site could not be crawled."""
    return {r[0]: r[1] for r in db.execute(
        "SELECT coalesce(a.province, ''), count(*) FROM run_agencies ra JOIN agencies a ON a.id = ra.agency_id "
        "WHERE ra.run_id = ? AND ra.state != 'crawled' GROUP BY 1", [run_id])}


# Columns the watch list sorts by: URL word -> SQL expression over the rows built in watch_list().
SORTS = {"name": "thai_key(name_th)", "province": "thai_key(province)", "type": "thai_key(type)", "score": "score", "failing": "failing",
         "newly": "newly", "checked": "checked_at", "reachable": "reachable", "id": "id"}
PER_PAGE = 50


def watch_list(db: sqlite_utils.Database, province: str | None = None, agency_type: str | None = None,
               q: str | None = None, reachable: str | None = None, family: str | None = None,
               min_score: float | None = None,
               max_score: float | None = None, min_failing: int | None = None, newly_only: bool = False,
               sort: str = "score", descending: bool = False, page: int = 1,
               per_page: int | None = PER_PAGE) -> tuple[list[dict[str, Any]], int]:
    """Every agency with its latest complete run: score, failing items, newly failing, reachability. Returns
    (one page of rows, total rows matching). ``per_page=None`` returns every row (the CSV download).

    Newly failing items fail in the agency's latest complete run and passed in the complete run before it that
    covered the agency (:func:`storage.runs.agency_complete_run`, asked per row)."""
    where: list[str] = []
    params: list[Any] = []
    for column, value in (("a.province", province), ("a.type", agency_type)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if q:
        where.append("(a.name_th LIKE ? OR a.name_en LIKE ? OR a.id LIKE ? OR a.url LIKE ?)")
        params += [f"%{q}%"] * 4
    outer: list[str] = []
    outer_params: list[Any] = []
    if reachable == "yes":
        outer.append("state = 'crawled'")
    elif reachable == "no":
        outer.append("state IS NOT NULL AND state != 'crawled'")
    elif reachable == "never":
        outer.append("state IS NULL")
    if family:
        outer.append("family = ?")
        outer_params.append(family)
    if min_score is not None:
        outer.append("score >= ?")
        outer_params.append(min_score)
    if max_score is not None:
        outer.append("score <= ?")
        outer_params.append(max_score)
    if min_failing:
        outer.append("failing >= ?")
        outer_params.append(min_failing)
    if newly_only:
        outer.append("newly > 0")
    order = SORTS.get(sort, "score")
    direction = "DESC" if descending else "ASC"
    # Agencies never checked (no score) sort last whichever the direction.
    sql = f"""
    WITH done AS ({COMPLETE_RUN_IDS}),
    latest AS (
        SELECT a.id, a.name_th, a.name_en, a.type, a.province, a.url,
            -- nearly every agency is in the latest complete run: one primary-key probe, the search only for others
            coalesce((SELECT ra.run_id FROM run_agencies ra WHERE ra.run_id = ? AND ra.agency_id = a.id),
                     (SELECT max(ra.run_id) FROM run_agencies ra WHERE ra.agency_id = a.id AND ra.run_id IN done)) AS run_id
        FROM agencies a {'WHERE ' + ' AND '.join(where) if where else ''}),
    rows AS (
        SELECT l.*, ra.state, ra.home_error, ra.finished_at AS checked_at, ra.pages,
            (ra.state = 'crawled') AS reachable,
            -- the official estimate (rules/scoring.py); runs evaluated before it was stored: the share passed
            CASE WHEN ra.state = 'crawled' AND s.total > 0
                THEN coalesce(s.score, round(100.0 * s.passed / s.total, 1)) END AS score, s.family,
            CASE WHEN ra.state = 'crawled' THEN s.failing END AS failing,
            CASE WHEN ra.state = 'crawled' THEN coalesce(bit_count(s.failing_mask & (
                SELECT p.passing_mask FROM run_agency_stats p WHERE p.agency_id = l.id
                AND p.run_id = {covering_run_sql('l.id', 'l.run_id')})), 0) END AS newly
        FROM latest l LEFT JOIN run_agencies ra ON ra.run_id = l.run_id AND ra.agency_id = l.id
        LEFT JOIN run_agency_stats s ON s.run_id = l.run_id AND s.agency_id = l.id)
    SELECT *, count(*) OVER () AS matching FROM rows {'WHERE ' + ' AND '.join(outer) if outer else ''}
    ORDER BY {order} IS NULL, {order} {direction}, id"""
    if per_page:
        sql += " LIMIT ? OFFSET ?"
        outer_params += [per_page, per_page * (max(page, 1) - 1)]
    latest = latest_complete_run(db)
    params = [latest["id"] if latest else 0, *params]
    rows = list(db.query(sql, params + outer_params))
    total = rows[0]["matching"] if rows else 0
    if not rows and per_page and page > 1:  # past the end: count without the page
        total = db.execute(f"SELECT count(*) FROM ({sql.rsplit(' LIMIT ', 1)[0]})", params + outer_params[:-2]).fetchone()[0]
    return rows, total


def agency_trend(db: sqlite_utils.Database, agency_id: str, runs: int = 30) -> list[dict[str, Any]]:
    """The agency's score in each of its last complete runs, oldest first (None where its site was down)."""
    rows = list(db.query(
        "SELECT r.id AS run_id, r.started_at, ra.state, s.passed, s.total, s.failing, s.score FROM run_agencies ra "
        f"JOIN runs r ON r.id = ra.run_id AND r.id IN ({COMPLETE_RUN_IDS}) LEFT JOIN run_agency_stats s ON "
        "s.run_id = ra.run_id AND s.agency_id = ra.agency_id WHERE ra.agency_id = ? ORDER BY ra.run_id DESC LIMIT ?",
        [agency_id, runs]))
    for row in rows:
        row["score"] = (row["score"] if row["score"] is not None else round(100 * row["passed"] / row["total"], 1)) \
            if row["state"] == "crawled" and row["total"] else None
    return rows[::-1]


_BIT_CODE = re.compile(r"^O([1-9]|[1-5][0-9]|6[0-2])$")


def newly_failing_rows(db: sqlite_utils.Database, run_id: int, previous_id: int, codes: Iterable[str],
                       limit: int = 200) -> tuple[list[dict[str, Any]], int]:
    """Findings failing in ``run_id`` whose item passed in ``previous_id`` (with the agency's names and province),
    at most ``limit``, and how many there are in all. When every code of the run's rulebooks (``codes``) is O1–O62
    the per-agency bit masks find them in 10,000 small rows, the agencies with most such items first; other codes
    fall back to joining the two runs' findings."""
    codes = list(codes)
    if codes and all(_BIT_CODE.match(code) for code in codes):
        masks = [(r[0], r[1]) for r in db.execute(
            "SELECT c.agency_id, c.failing_mask & p.passing_mask FROM run_agency_stats c JOIN run_agency_stats p "
            "ON p.run_id = ? AND p.agency_id = c.agency_id WHERE c.run_id = ? AND (c.failing_mask & p.passing_mask) != 0",
            [previous_id, run_id])]
        count = sum(bit_count(m) for _, m in masks)
        masks.sort(key=lambda pair: (-bit_count(pair[1]), pair[0]))
        pairs: list[list[str]] = []
        for agency_id, mask in masks:
            pairs += [[agency_id, f"O{n}"] for n in range(1, 63) if mask >> n & 1]
            if len(pairs) >= limit:
                break
        rows = db.query("SELECT f.agency_id, a.name_th, a.name_en, a.province, f.item, f.status, f.reason_th, f.reason_en "
                        "FROM json_each(?) j CROSS JOIN findings f ON f.run_id = ? AND f.agency_id = j.value ->> 0 "
                        "AND f.item = j.value ->> 1 LEFT JOIN agencies a ON a.id = f.agency_id",
                        [json.dumps(pairs[:limit]), run_id])
    else:
        where = ("FROM findings f JOIN findings p ON p.run_id = ? AND p.agency_id = f.agency_id AND p.item = f.item "
                 f"WHERE f.run_id = ? AND f.status IN {_IN_FAILING} AND p.status = 'pass'")
        count = db.execute(f"SELECT count(*) {where}", [previous_id, run_id]).fetchone()[0]
        rows = db.query(f"SELECT f.agency_id, a.name_th, a.name_en, a.province, f.item, f.status, f.reason_th, f.reason_en "
                        f"{where.replace('WHERE', 'LEFT JOIN agencies a ON a.id = f.agency_id WHERE')} "
                        "ORDER BY f.agency_id LIMIT ?", [previous_id, run_id, limit])
    return list(rows), count
