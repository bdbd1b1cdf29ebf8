"""``/agencies`` (the watch list, and its CSV), ``/agency/<id>`` (one agency's latest complete run) and its report
downloads."""
from __future__ import annotations

import io
from typing import Any

from flask import Blueprint, abort, g, request

from reports.agency import agency_report, render_html, render_md, render_xlsx
from reports.sheets import csv_text, local_time
from rules.causes import cause
from storage.runs import run_agency
from web import data
from web.evidence import signal_parts
from web.formats import CSV, XLSX, download, respond
from web.i18n import WORDS
from web.views.base import MAX_ROWID, known_agency, number, query_text

bp = Blueprint("agencies", __name__)


@bp.get("/agencies")
def agencies() -> Any:
    args = request.args
    q, too_long = query_text()
    sort = args.get("sort") if args.get("sort") in data.SORTS else "score"
    page = max(number(args.get("page"), int) or 1, 1)
    csv_wanted = args.get("format") == "csv"
    per_page = min(max(number(args.get("per"), int) or data.PER_PAGE, 1), 500)
    if ((args.get("page") or "").strip().isdigit() and number(args.get("page"), int) is None) \
            or page * per_page > MAX_ROWID:
        abort(400)  # page=10**30: no such page, and SQLite could not even count to it
    rows, total = data.watch_list(
        g.db, province=args.get("province") or None, agency_type=args.get("type") or None, q=q,
        reachable=args.get("reachable") or None, family=args.get("family") or None,
        min_score=number(args.get("min_score")),
        max_score=number(args.get("max_score")), min_failing=number(args.get("min_failing"), int),
        newly_only=args.get("newly") == "1", sort=sort, descending=args.get("desc") == "1",
        page=page, per_page=None if csv_wanted else per_page)
    if csv_wanted:
        return download(watch_list_csv(rows), CSV, "oit-agencies.csv")
    provinces, types = data.provinces_and_types(g.db)
    pages = max((total + per_page - 1) // per_page, 1)
    return respond("agencies.html", rows=rows, total=total, page=page, pages=pages, sort=sort,
                   desc=args.get("desc") == "1", provinces=provinces, types=types, args=args,
                   too_long=too_long)


def watch_list_csv(rows: list[dict[str, Any]]) -> str:
    t = WORDS[g.lang]
    headers = ["id", t["name"], t["province"], t["type"], "URL", t["score"], t["failing"], t["newly_short"],
               t["last_checked"], t["reachable"], t["cause"]]
    cells = ([r["id"], r["name_th"], r["province"], r["type"], r["url"], r["score"], r["failing"], r["newly"],
              local_time(r["checked_at"]).date() if local_time(r["checked_at"]) else None,  # ISO date for programs
              t["never"] if r["state"] is None else (t["yes"] if r["reachable"] else t["no"]),
              cause(r["home_error"])[g.lang] if r["state"] not in (None, "crawled") else ""] for r in rows)
    return csv_text(headers, cells)  # the one export writer: no cell is a formula


@bp.get("/agency/<agency_id>")
def agency(agency_id: str) -> Any:
    record = known_agency(agency_id)
    run = data.agency_run(g.db, agency_id)
    alerts = data.agency_alerts(g.db, agency_id)
    if run is None:
        return respond("agency.html", agency=record, run=None, alerts=alerts, trend=[])
    report = {k: v for k, v in agency_report(g.db, agency_id, run["id"]).items()
              if k not in ("be_date", "status_th", "thai_digits")}  # the page's own helpers (Bangkok time) win
    crawl = run_agency(g.db, run["id"], agency_id)
    urls = list(dict.fromkeys(u for group in report["groups"] for row in group["rows"] for u in row["finding"]["evidence"]))
    changes = [row for group in report["groups"] for row in group["rows"] if row["changed"]]
    signals = data.item_signals(g.db, run["id"], agency_id)
    sources = {part["url"] for found in signals.values() for part in map(signal_parts, found) if part["url"]}
    down = crawl is not None and crawl["state"] != "crawled"
    failing = [row for group in report["groups"] for row in group["rows"] if row["finding"]["status"] in data.FAILING]
    failing.sort(key=lambda row: row["item"].number)  # what fails and why comes first, in item order
    return respond("agency.html", **report, history=data.agency_history(g.db, agency_id),
                   pages=data.agency_pages(g.db, run["id"], agency_id),
                   titles=data.evidence_pages(g.db, run["id"], agency_id, urls), changes=changes,
                   down=down, site_error=crawl["home_error"] if down and crawl else None, alerts=alerts,
                   failing=failing, trend=data.agency_trend(g.db, agency_id), signals=signals,
                   sources=data.evidence_titles(g.db, run["id"], agency_id, sorted(sources)))


@bp.get("/agency/<agency_id>/report.<fmt>")
def agency_report_download(agency_id: str, fmt: str) -> Any:
    known_agency(agency_id)
    run = data.agency_run(g.db, agency_id)
    if run is None or fmt not in ("html", "xlsx", "md"):
        abort(404)
    report = agency_report(g.db, agency_id, run["id"])
    name = f"oit-{agency_id}-run{run['id']}.{fmt}"
    if fmt == "html":
        return download(render_html(report), "text/html; charset=utf-8", name)
    if fmt == "md":
        return download(render_md(report), "text/markdown; charset=utf-8", name)
    buffer = io.BytesIO()
    render_xlsx(report, buffer)
    return download(buffer.getvalue(), XLSX, name)
