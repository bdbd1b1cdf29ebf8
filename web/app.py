"""The web interface (Flask): dashboard, agency, item, search and page views over the OIT Watch database.

Read-only by design: the database is opened with ``mode=ro`` and every route answers GET only. Text from
crawled sites is escaped by Jinja's autoescape, and the Content-Security-Policy forbids scripts outright.
"""
from __future__ import annotations

import io
import sqlite3
from pathlib import Path
from urllib.parse import urlencode

import sqlite_utils
from flask import Flask, Response, abort, g, make_response, render_template, request

from oit.report import STATUS_TH, agency_report, be_date
from rules.thai import thai_digits
from storage.findings import STATUSES, query_findings, to_csv, to_xlsx
from web import data
from web.i18n import WORDS

CSP = "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'none'"


def open_readonly(path: str | Path) -> sqlite_utils.Database:
    conn = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True, timeout=30, check_same_thread=False)
    return sqlite_utils.Database(conn)


def create_app(db_path: str | Path) -> Flask:
    if not Path(db_path).exists():
        raise FileNotFoundError(f"{db_path}: no such database (run oit crawl or oit demo first)")
    app = Flask(__name__)
    app.config["DB_PATH"] = str(db_path)

    @app.before_request
    def setup():
        g.db = open_readonly(app.config["DB_PATH"])
        g.lang = request.args.get("lang") or request.cookies.get("lang") or "th"
        if g.lang not in WORDS:
            g.lang = "th"

    @app.teardown_request
    def close(_exc):
        db = g.pop("db", None)
        if db is not None:
            db.conn.close()

    @app.after_request
    def headers(response: Response) -> Response:
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        if request.args.get("lang") in WORDS:
            response.set_cookie("lang", request.args["lang"], samesite="Lax")
        return response

    @app.context_processor
    def words():
        def url_with(**changes):
            args = request.args.to_dict() | {k: v for k, v in changes.items() if v is not None}
            return request.path + "?" + urlencode({k: v for k, v in args.items() if v})
        return {"t": WORDS[g.lang], "lang": g.lang, "be_date": be_date, "thai_digits": thai_digits,
                "status_th": STATUS_TH, "url_with": url_with}

    @app.get("/")
    def dashboard():
        return render_template("dashboard.html", **data.dashboard(g.db))

    @app.get("/agency/<agency_id>")
    def agency(agency_id: str):
        try:
            report = agency_report(g.db, agency_id)
        except (LookupError, sqlite_utils.db.NotFoundError):
            abort(404)
        run_id = report["run"]["id"]
        urls = [u for group in report["groups"] for row in group["rows"] for u in row["finding"]["evidence"]]
        changes = [row for group in report["groups"] for row in group["rows"] if row["changed"]]
        return render_template("agency.html", **report, history=data.agency_history(g.db, agency_id),
                               pages=data.agency_pages(g.db, run_id, agency_id),
                               titles=data.evidence_titles(g.db, run_id, agency_id, urls), changes=changes)

    @app.get("/item/<code>")
    def item(code: str):
        province, agency_type = request.args.get("province"), request.args.get("type")
        rows = data.item_failures(g.db, code.upper(), province, agency_type)
        provinces, types = data.provinces_and_types(g.db)
        return render_template("item.html", code=code.upper(), rows=rows, provinces=provinces, types=types,
                               province=province, agency_type=agency_type)

    @app.get("/findings")
    def findings():
        args = request.args
        status = [s for s in args.get("status", "").split(",") if s in STATUSES] or None
        rows = query_findings(g.db, "latest", province=args.get("province") or None, agency_type=args.get("type") or None,
                              item=args.get("item") or None, status=status, search=args.get("q") or None)
        fmt = args.get("format")
        if fmt == "csv":
            response = make_response(to_csv(rows))
            response.headers["Content-Type"] = "text/csv; charset=utf-8"
            response.headers["Content-Disposition"] = "attachment; filename=oit-findings.csv"
            return response
        if fmt == "xlsx":
            buffer = io.BytesIO()
            to_xlsx(rows, buffer)
            response = make_response(buffer.getvalue())
            response.headers["Content-Type"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            response.headers["Content-Disposition"] = "attachment; filename=oit-findings.xlsx"
            return response
        provinces, types = data.provinces_and_types(g.db)
        return render_template("findings.html", rows=rows[:1000], total=len(rows), provinces=provinces, types=types,
                               args=args, statuses=STATUSES)

    @app.get("/page/<int:page_id>")
    def page(page_id: int):
        record = data.page_record(g.db, page_id)
        if record is None:
            abort(404)
        return render_template("page.html", page=record)

    return app


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8000, threads: int = 8) -> None:
    from waitress import serve as waitress_serve

    waitress_serve(create_app(db_path), host=host, port=port, threads=threads)
