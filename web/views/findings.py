"""``/findings`` (every finding of the latest complete run, filtered and searched; as CSV or XLSX too) and
``/item/<code>`` (one item: who fails it)."""
from __future__ import annotations

import io
from typing import Any

from flask import Blueprint, abort, g, request

from reports.exports import findings_csv, findings_xlsx
from storage.findings import STATUSES, query_findings, status_filter
from web import data
from web.formats import CSV, XLSX, download, respond
from web.views.base import query_text

bp = Blueprint("findings", __name__)


@bp.get("/item/<code>")
def item(code: str) -> Any:
    run = data.latest_complete(g.db)
    rulebook = data.rulebook_for(run["year"], code.upper()[:20]) if run else None
    if rulebook is None:
        abort(404)
    found = [i for i in rulebook.items if i.code == code.upper()]
    if not found:
        abort(404)
    province, agency_type = request.args.get("province"), request.args.get("type")
    rows = query_findings(g.db, run["id"], item=code.upper(), province=province or None,
                          agency_type=agency_type or None, status=list(data.FAILING))[:500]
    provinces, types = data.provinces_and_types(g.db)
    return respond("item.html", code=code.upper(), item=found[0], rulebook=rulebook, rows=rows,
                   provinces=provinces, types=types, province=province, agency_type=agency_type, run=run)


@bp.get("/findings")
def findings() -> Any:
    args = request.args
    run = data.latest_complete(g.db)
    q, too_long = query_text()
    status = [s for s in status_filter(args.get("status", "")) if s in STATUSES] or None
    rows = query_findings(g.db, run["id"], province=args.get("province") or None,
                          agency_type=args.get("type") or None, item=(args.get("item") or "")[:20] or None,
                          status=status, search=q) if run else []
    fmt = args.get("format")
    if fmt == "csv":
        return download(findings_csv(rows), CSV, "oit-findings.csv")
    if fmt == "xlsx":
        buffer = io.BytesIO()
        findings_xlsx(rows, buffer)
        return download(buffer.getvalue(), XLSX, "oit-findings.xlsx")
    shown = rows[:1000]
    data.unchecked_causes(g.db, shown)
    provinces, types = data.provinces_and_types(g.db)
    return respond("findings.html", rows=shown, total=len(rows), provinces=provinces, types=types,
                   args=args, statuses=STATUSES, too_long=too_long,
                   titles=data.item_titles(run["year"]) if run else {})
