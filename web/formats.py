"""Every output format of the web interface, in one place: HTML pages, every page also as JSON (like Datasette:
``/agency/kudjok.json`` is the data ``/agency/kudjok`` shows), and file downloads (CSV, XLSX, Markdown, HTML).

The ``.json`` suffix is taken off the path before routing (``JsonSuffix``), so each route answers both;
:func:`respond` then returns the template's context as JSON (``plain``) instead of HTML.
"""
from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from flask import Response, jsonify, make_response, render_template, request

JSON_FLAG = "oit.json"
MAX_DEPTH = 8  # a template context is a few levels deep; deeper is a cycle or an object graph to leave out


class JsonSuffix:
    """WSGI middleware: ``/x.json`` is routed as ``/x`` with the JSON flag set (``/.json``, ``/index.json``: ``/``)."""

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO", "")
        if path.endswith(".json") and not path.endswith("/report.json"):
            stem = path[:-len(".json")]
            environ["PATH_INFO"] = "/" if stem in ("", "/", "/index") else stem
            environ[JSON_FLAG] = True
        return self.app(environ, start_response)


def plain(value: Any, depth: int = 0) -> Any:
    """``value`` as JSON data: dataclasses and objects as dicts of their public fields, dates as ISO text,
    functions left out."""
    if depth > MAX_DEPTH:
        return None
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (Path, re.Pattern)):
        return str(getattr(value, "pattern", value))
    if isinstance(value, dict):
        return {str(k): plain(v, depth + 1) for k, v in value.items() if not callable(v)}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [plain(v, depth + 1) for v in value]
    if dataclasses.is_dataclass(value):
        return {f.name: plain(getattr(value, f.name), depth + 1) for f in dataclasses.fields(value)
                if not f.name.startswith("_")}
    if hasattr(value, "raw"):  # a rulebook term
        return value.raw
    if hasattr(value, "keys"):  # sqlite3.Row and the like
        return {k: plain(value[k], depth + 1) for k in value.keys()}
    return str(value)


def respond(template: str, status: int = 200, **context: Any) -> tuple[Response | str, int]:
    """The page, or its data as JSON when the path ended in ``.json``."""
    if request.environ.get(JSON_FLAG):
        return jsonify(plain(context)), status
    return render_template(template, **context), status


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV = "text/csv; charset=utf-8"


def download(body: bytes | str, content_type: str, filename: str) -> Response:
    """A file to save (``Content-Disposition: attachment``) rather than a page to show."""
    response = make_response(body)
    response.headers["Content-Type"] = content_type
    response.headers["Content-Disposition"] = f"attachment; filename={filename}"
    return response
