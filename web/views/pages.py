"""``/page/<id>`` (one crawled page's text, the item's terms highlighted) and ``/page/<id>/diff`` (against the same
URL's page in an earlier complete run, unified or side by side)."""
from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, g, request

from storage.runs import run_year
from web import data
from web.evidence import highlight, side_by_side, unified
from web.formats import respond
from web.views.base import MAX_ROWID, number

bp = Blueprint("pages", __name__)


@bp.get("/page/<int:page_id>")
def page(page_id: int) -> Any:
    record = data.page_record(g.db, page_id) if page_id <= MAX_ROWID else None
    if record is None:
        abort(404)
    year = run_year(g.db, record["run_id"])
    code = (request.args.get("item") or "").upper()[:20]
    rulebook = data.rulebook_for(year, code) if year and code else None
    item = next((i for i in rulebook.items if i.code == code), None) if rulebook else None
    terms = [t.raw for t in item.terms] if item else []
    previous = data.previous_page(g.db, page_id, record["agency_id"], record["url"], record["run_id"])
    return respond("page.html", page=record, item=item, terms=terms,
                   segments=highlight((record["text"] or "")[:20000], terms), previous=previous)


@bp.get("/page/<int:page_id>/diff")
def page_diff(page_id: int) -> Any:
    record = data.page_record(g.db, page_id) if page_id <= MAX_ROWID else None
    if record is None:
        abort(404)
    against = number(request.args.get("against"), int)
    if against is not None and 0 < against <= MAX_ROWID:
        before = data.page_record(g.db, against)
    else:
        found = data.previous_page(g.db, page_id, record["agency_id"], record["url"], record["run_id"])
        before = data.page_record(g.db, found["id"]) if found else None
    view = "side" if request.args.get("view") == "side" else "unified"
    lines = rows = []
    if before is not None:
        lines = unified(before["text"], record["text"], f"run {before['run_id']}", f"run {record['run_id']}")
        rows = side_by_side(before["text"], record["text"]) if view == "side" else []
    return respond("diff.html", page=record, before=before, view=view, lines=lines, rows=rows)
