"""Captures in the web interface: a finding's evidence as it was on the night it was judged (WARC replay), one
agency's night as a WARC download, and the agency's drafted measures.

A capture is hostile content: it is never served from the interface's origin with its scripts. The replay page
frames it from ``/capture/<id>/raw``, which answers with ``Content-Security-Policy: sandbox`` (an opaque origin:
no scripts, no forms, no cookies of ours, no plug-ins) and ``default-src 'none'`` (nothing fetched back from the
site); documents are downloaded, never opened inline.
"""
from __future__ import annotations

import io
from pathlib import Path

from flask import Blueprint, Response, abort, current_app, g, render_template, request

from crawler.archive import archive_dir
from storage.archive import agency_warc, captures_of, read_capture
from web.formats import XLSX, download

bp = Blueprint("captures", __name__)
SANDBOX_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'"
INLINE_TYPES = ("text/html", "text/plain", "application/xhtml+xml")


def _directory() -> Path:
    return Path(current_app.config.get("ARCHIVE_DIR") or archive_dir(current_app.config["DB_PATH"]))


def capture_ids(run_id: int, agency_id: str) -> dict[str, int]:
    """URL -> capture id for the agency page's evidence links (one query per page view)."""
    cache = g.setdefault("capture_cache", {})
    if (run_id, agency_id) not in cache:
        directory, present = _directory(), {}
        rows = captures_of(g.db, run_id, agency_id)
        for name in {row["warc_file"] for row in rows.values()}:  # a pruned or moved archive links nothing
            present[name] = (directory / name).exists()
        cache[(run_id, agency_id)] = {url: row["id"] for url, row in rows.items() if present[row["warc_file"]]}
    return cache[(run_id, agency_id)]


@bp.app_context_processor
def helpers() -> dict:
    return {"capture_ids": capture_ids}


def _capture(capture_id: int):
    try:
        return read_capture(g.db, capture_id, _directory())
    except OSError:  # its WARC file was pruned or moved
        return None


@bp.route("/capture/<int:capture_id>")
def replay(capture_id: int):
    capture = _capture(capture_id)
    if capture is None:
        abort(404)
    mime = capture.row["mime"].split(";")[0].strip().lower()
    return render_template("capture.html", capture=capture.row, inline=mime in INLINE_TYPES, size=len(capture.body))


@bp.route("/capture/<int:capture_id>/raw")
def raw(capture_id: int):
    capture = _capture(capture_id)
    if capture is None:
        abort(404)
    mime = capture.row["mime"] or "application/octet-stream"
    response = Response(capture.body, content_type=mime)
    response.headers["Content-Security-Policy"] = SANDBOX_CSP
    response.headers["X-Frame-Options"] = "SAMEORIGIN"
    if mime.split(";")[0].strip().lower() not in INLINE_TYPES:
        response.headers["Content-Disposition"] = f"attachment; filename=capture-{capture_id}"
    return response


@bp.route("/agency/<agency_id>/warc")
def warc(agency_id: str):
    run_id = request.args.get("run", type=int)
    if run_id is None:
        abort(400)
    records = list(agency_warc(g.db, run_id, agency_id, _directory()))
    if not records:
        abort(404)
    return download(b"".join(records), "application/warc", f"{agency_id}-run{run_id}.warc.gz")


@bp.route("/agency/<agency_id>/measures.<fmt>")
def measures(agency_id: str, fmt: str):
    from reports.measures import draft_measures, write_docx, write_xlsx

    if fmt not in ("docx", "xlsx"):
        abort(404)
    try:
        draft = draft_measures(g.db, agency_id)
    except LookupError:
        abort(404)
    out = io.BytesIO()
    (write_docx if fmt == "docx" else write_xlsx)(draft, out)
    kind = "application/vnd.openxmlformats-officedocument.wordprocessingml.document" if fmt == "docx" else XLSX
    return download(out.getvalue(), kind, f"measures-{agency_id}.{fmt}")
