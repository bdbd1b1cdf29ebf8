"""What each page of the web interface shows, read from the store with indexed queries only, so pages
stay fast at 10,000 agencies × 43 items × 30 runs (see benchmarks/web_pages.py)."""
from __future__ import annotations

import json

import sqlite_utils

from storage.findings import query_findings
from storage.runs import complete_runs

FAILING = ("partial", "missing", "broken")


def dashboard(db: sqlite_utils.Database) -> dict:
    runs = complete_runs(db, 30)
    if not runs:
        return {"run": None}
    run, previous = runs[0], (runs[1] if len(runs) > 1 else None)
    items = list(db.query("SELECT item, sum(passed) AS passed, sum(total) AS total FROM run_item_stats WHERE run_id = ? "
                          "GROUP BY item ORDER BY 1.0 * sum(passed) / sum(total), CAST(substr(item, 2) AS INTEGER)", [run["id"]]))
    provinces = list(db.query("SELECT province, sum(passed) AS passed, sum(total) AS total FROM run_item_stats "
                              "WHERE run_id = ? GROUP BY province ORDER BY 1.0 * sum(passed) / sum(total)", [run["id"]]))
    trend = list(db.query("SELECT s.run_id, r.started_at, sum(s.passed) AS passed, sum(s.total) AS total FROM run_item_stats s "
                          "JOIN runs r ON r.id = s.run_id WHERE s.run_id IN (SELECT id FROM runs WHERE state = 'complete' "
                          "ORDER BY id DESC LIMIT 30) GROUP BY s.run_id ORDER BY s.run_id"))
    agencies = db.execute("SELECT count(*) FROM run_agencies WHERE run_id = ?", [run["id"]]).fetchone()[0]
    down = db.execute("SELECT count(*) FROM run_agencies WHERE run_id = ? AND state != 'crawled'", [run["id"]]).fetchone()[0]
    newly, newly_count = [], 0
    if previous:
        where = ("FROM findings f JOIN findings p ON p.run_id = ? AND p.agency_id = f.agency_id AND p.item = f.item "
                 "WHERE f.run_id = ? AND f.status IN ('partial', 'missing', 'broken') AND p.status = 'pass'")
        newly_count = db.execute(f"SELECT count(*) {where}", [previous["id"], run["id"]]).fetchone()[0]
        newly = list(db.query(f"SELECT f.agency_id, a.name_th, f.item, f.status, f.reason_th, f.reason_en {where.replace('WHERE', 'LEFT JOIN agencies a ON a.id = f.agency_id WHERE')} "
                              "ORDER BY f.agency_id LIMIT 50", [previous["id"], run["id"]]))
    passed = sum(i["passed"] for i in items)
    total = sum(i["total"] for i in items) or 1
    return {"run": run, "previous": previous, "agencies": agencies, "down": down, "items": items,
            "provinces": provinces, "trend": trend, "newly": newly, "newly_count": newly_count,
            "pass_rate": round(100 * passed / total, 1)}


def agency_history(db: sqlite_utils.Database, agency_id: str, runs: int = 30) -> dict[str, list[dict]]:
    """Item -> statuses over the last complete runs, oldest first (the small timeline on the agency page)."""
    run_ids = [r["id"] for r in complete_runs(db, runs)]
    history: dict[str, list[dict]] = {}
    if not run_ids:
        return history
    rows = db.query(f"SELECT run_id, item, status FROM findings WHERE agency_id = ? AND run_id IN "
                    f"({','.join('?' * len(run_ids))}) ORDER BY run_id", [agency_id, *run_ids])
    for row in rows:
        history.setdefault(row["item"], []).append(row)
    return history


def agency_pages(db: sqlite_utils.Database, run_id: int, agency_id: str, limit: int = 200) -> list[dict]:
    return list(db.query("SELECT id, url, status, kind, title, error, tls_problem FROM pages WHERE run_id = ? "
                         "AND agency_id = ? ORDER BY (error IS NULL), id LIMIT ?", [run_id, agency_id, limit]))


def evidence_titles(db: sqlite_utils.Database, run_id: int, agency_id: str, urls: list[str]) -> dict[str, dict]:
    if not urls:
        return {}
    rows = db.query(f"SELECT id, url, title, kind FROM pages WHERE run_id = ? AND agency_id = ? AND url IN "
                    f"({','.join('?' * len(urls))})", [run_id, agency_id, *urls])
    return {r["url"]: r for r in rows}


def item_failures(db: sqlite_utils.Database, item: str, province: str | None = None, agency_type: str | None = None,
                  status: list[str] | None = None, limit: int = 500) -> list[dict]:
    return query_findings(db, "latest", item=item, province=province, agency_type=agency_type,
                          status=status or list(FAILING))[:limit]


def provinces_and_types(db: sqlite_utils.Database) -> tuple[list[str], list[str]]:
    provinces = [r[0] for r in db.execute("SELECT DISTINCT province FROM agencies WHERE province != '' ORDER BY 1")]
    types = [r[0] for r in db.execute("SELECT DISTINCT type FROM agencies WHERE type != '' ORDER BY 1")]
    return provinces, types


def page_record(db: sqlite_utils.Database, page_id: int) -> dict | None:
    rows = list(db.query("SELECT * FROM pages WHERE id = ?", [page_id]))
    if not rows:
        return None
    row = rows[0]
    row["links"] = json.loads(row["links"] or "[]")
    return row
