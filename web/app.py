"""The web interface (Flask): dashboard, agency, item, search and page views over the OIT Watch database.

Read-only by design: the database is opened with ``mode=ro`` and every route answers GET only — but for the
forms of people signed in (web/accounts.py), which write through a connection of their own, behind CSRF tokens. Text from
crawled sites is escaped by Jinja's autoescape, and the Content-Security-Policy forbids scripts outright.
"""
from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlencode

from flask import Flask, Response, abort, g, jsonify, make_response, render_template, request
from werkzeug.middleware.proxy_fix import ProxyFix

from reports.agency import agency_report, render_html, render_md, render_xlsx
from reports.exports import findings_csv as to_csv, findings_xlsx as to_xlsx
from reports.labels import STATUS_TH, be_date
from reports.sheets import csv_text, local_time
from rules.causes import cause, plain_reason
from rules.thai import thai_digits
from storage.agencies import get_agency
from storage.db import open_readonly
from storage.findings import STATUSES, query_findings, status_filter
from storage.runs import run_agency, run_year
from web import data
from web.evidence import highlight, side_by_side, signal_parts, unified
from web.formats import JSON_FLAG, JsonSuffix, plain
from web.i18n import WORDS

CSP = ("default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
MAX_QUERY = 200  # characters of a search that are used; longer text is cut, never an error
MAX_ROWID = 2 ** 63 - 1


BANGKOK = timezone(timedelta(hours=7))


def local_be_date(iso: str | None, with_time: bool = False) -> str:
    """A stored UTC timestamp as a Thai date (B.E.) in Bangkok time, optionally with hh:mm."""
    if not iso:
        return "-"
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return be_date(iso)
    if moment.tzinfo is not None:
        moment = moment.astimezone(BANGKOK)
    text = be_date(moment.isoformat())
    return f"{text} {thai_digits(moment.strftime('%H:%M'))} น." if with_time else text


def _number(value: str | None, kind=float):
    """A number from the query string, or None; an integer SQLite cannot hold (page=10**30) is none either."""
    try:
        number = kind(value) if value not in (None, "") else None
    except (ValueError, OverflowError):
        return None
    return None if kind is int and number is not None and abs(number) > MAX_ROWID else number


def _download(body: bytes | str, content_type: str, filename: str) -> Response:
    response = make_response(body)
    response.headers["Content-Type"] = content_type
    response.headers["Content-Disposition"] = f"attachment; filename={filename}"
    return response


def create_app(db_path: str | Path) -> Flask:
    if not Path(db_path).exists():
        raise FileNotFoundError(f"{db_path}: no such database (run oit crawl or oit demo first)")
    app = Flask(__name__)
    app.config["DB_PATH"] = str(db_path)
    from web.captures import bp as captures
    app.register_blueprint(captures)
    # Behind a reverse proxy under a sub-path (https://x.go.th/oit/): the proxy says where in X-Forwarded-Prefix
    # (or the server sets SCRIPT_NAME: `oit serve --prefix /oit`); every link starts from request.script_root.
    app.wsgi_app = ProxyFix(JsonSuffix(app.wsgi_app), x_for=1, x_proto=1, x_host=1, x_prefix=1)

    def respond(template: str, status: int = 200, **context) -> Response | tuple:
        """The page, or its data as JSON when the path ended in ``.json``."""
        if request.environ.get(JSON_FLAG):
            return jsonify(plain(context)), status
        return render_template(template, **context), status
    from web.accounts import init_accounts
    init_accounts(app)  # people signed in: sessions, CSRF, the review and dispute forms, the review queue

    @app.before_request
    def setup():
        g.db = open_readonly(app.config["DB_PATH"])
        data.prepare(g.db)
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
        response.headers.setdefault("Content-Security-Policy", CSP)  # a capture's sandbox (web/captures.py) stays
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers["Referrer-Policy"] = "no-referrer"
        if request.args.get("lang") in WORDS:
            response.set_cookie("lang", request.args["lang"], samesite="Lax")
        return response

    @app.errorhandler(404)
    def not_found(_error):
        return respond("404.html", 404, error="not found")

    @app.context_processor
    def words():
        def url_with(**changes):
            args = request.args.to_dict() | {k: v for k, v in changes.items() if v is not None}
            return request.script_root + request.path + "?" + urlencode({k: str(v)[:MAX_QUERY] for k, v in args.items() if v})

        def reason(row: dict) -> str:
            if row.get("site_error"):
                words = cause(row["site_error"])
                return f"{WORDS[g.lang]['not_checked']}: {words[g.lang]}"
            return plain_reason(row.get("reason_th") if g.lang == "th" else row.get("reason_en"), g.lang,
                                row.get("reason_code"), row.get("reason_params"))

        def title(titles: dict, code: str) -> str:
            entry = titles.get(code) or {}
            return entry.get("title_th" if g.lang == "th" else "title_en") or entry.get("title_th") or ""

        return {"t": WORDS[g.lang], "lang": g.lang, "root": request.script_root, "be_date": local_be_date, "thai_digits": thai_digits,
                "status_th": STATUS_TH, "url_with": url_with, "reason": reason, "item_title": title,
                "cause": lambda raw: cause(raw)[g.lang], "heat_colour": data.heat_colour,
                "signal": lambda text: signal_parts(text, g.lang)}

    def query_text(name: str = "q") -> tuple[str | None, bool]:
        value = (request.args.get(name) or "").strip()
        return (value[:MAX_QUERY] or None), len(value) > MAX_QUERY

    @app.get("/")
    def dashboard():
        run = data.latest_complete(g.db)
        if run is None:
            return respond("dashboard.html", run=None)
        board = data.dashboard(g.db)
        items = data.item_rates(g.db, run["id"])
        passed, total = sum(i["passed"] for i in items), sum(i["total"] for i in items)
        newly, newly_count = data.newly_failing(g.db, run["id"], board["previous"]["id"], run["year"]) if board["previous"] else ([], 0)
        return respond("dashboard.html", **(board | {"items": items, "newly": newly, "newly_count": newly_count,
                               "pass_rate": round(100 * passed / total, 1) if total else 0.0}),
                               titles=data.item_titles(run["year"]), mix=data.status_mix(g.db),
                               heat=data.province_heat(g.db, run))

    @app.get("/agencies")
    def agencies():
        args = request.args
        q, too_long = query_text()
        sort = args.get("sort") if args.get("sort") in data.SORTS else "score"
        page = max(_number(args.get("page"), int) or 1, 1)
        csv_wanted = args.get("format") == "csv"
        per_page = min(max(_number(args.get("per"), int) or data.PER_PAGE, 1), 500)
        if ((args.get("page") or "").strip().isdigit() and _number(args.get("page"), int) is None) \
                or page * per_page > MAX_ROWID:
            abort(400)  # page=10**30: no such page, and SQLite could not even count to it
        rows, total = data.watch_list(
            g.db, province=args.get("province") or None, agency_type=args.get("type") or None, q=q,
            reachable=args.get("reachable") or None, family=args.get("family") or None,
            min_score=_number(args.get("min_score")),
            max_score=_number(args.get("max_score")), min_failing=_number(args.get("min_failing"), int),
            newly_only=args.get("newly") == "1", sort=sort, descending=args.get("desc") == "1",
            page=page, per_page=None if csv_wanted else per_page)
        if csv_wanted:
            return _download(watch_list_csv(rows), "text/csv; charset=utf-8", "oit-agencies.csv")
        provinces, types = data.provinces_and_types(g.db)
        pages = max((total + per_page - 1) // per_page, 1)
        return respond("agencies.html", rows=rows, total=total, page=page, pages=pages, sort=sort,
                               desc=args.get("desc") == "1", provinces=provinces, types=types, args=args,
                               too_long=too_long)

    def watch_list_csv(rows: list[dict]) -> str:
        t = WORDS[g.lang]
        headers = ["id", t["name"], t["province"], t["type"], "URL", t["score"], t["failing"], t["newly_short"],
                   t["last_checked"], t["reachable"], t["cause"]]
        cells = ([r["id"], r["name_th"], r["province"], r["type"], r["url"], r["score"], r["failing"], r["newly"],
                  local_time(r["checked_at"]).date() if local_time(r["checked_at"]) else None,  # ISO date for programs
                  t["never"] if r["state"] is None else (t["yes"] if r["reachable"] else t["no"]),
                  cause(r["home_error"])[g.lang] if r["state"] not in (None, "crawled") else ""] for r in rows)
        return csv_text(headers, cells)  # the one export writer: no cell is a formula

    def known_agency(agency_id: str) -> dict:
        found = get_agency(g.db, agency_id)
        if found is None:
            abort(404)
        return found

    @app.get("/agency/<agency_id>")
    def agency(agency_id: str):
        record = known_agency(agency_id)
        run = data.agency_run(g.db, agency_id)
        alerts = data.agency_alerts(g.db, agency_id)
        if run is None:
            return respond("agency.html", agency=record, run=None, alerts=alerts, trend=[])
        report = {k: v for k, v in agency_report(g.db, agency_id, run["id"]).items()
                  if k not in ("be_date", "status_th", "thai_digits")}  # the page's own helpers (Bangkok time) win
        crawl = run_agency(g.db, run["id"], agency_id)
        state = (crawl["state"], crawl["home_error"]) if crawl else None
        urls = list(dict.fromkeys(u for group in report["groups"] for row in group["rows"] for u in row["finding"]["evidence"]))
        changes = [row for group in report["groups"] for row in group["rows"] if row["changed"]]
        signals = data.item_signals(g.db, run["id"], agency_id)
        sources = {part["url"] for found in signals.values() for part in map(signal_parts, found) if part["url"]}
        down = state is not None and state[0] != "crawled"
        failing = [row for group in report["groups"] for row in group["rows"] if row["finding"]["status"] in data.FAILING]
        failing.sort(key=lambda row: row["item"].number)  # what fails and why comes first, in item order
        return respond("agency.html", **report, history=data.agency_history(g.db, agency_id),
                               pages=data.agency_pages(g.db, run["id"], agency_id),
                               titles=data.evidence_pages(g.db, run["id"], agency_id, urls), changes=changes,
                               down=down, site_error=state[1] if down else None, alerts=alerts, failing=failing,
                               trend=data.agency_trend(g.db, agency_id), signals=signals,
                               sources=data.evidence_titles(g.db, run["id"], agency_id, sorted(sources)))

    @app.get("/agency/<agency_id>/report.<fmt>")
    def agency_report_download(agency_id: str, fmt: str):
        known_agency(agency_id)
        run = data.agency_run(g.db, agency_id)
        if run is None or fmt not in ("html", "xlsx", "md"):
            abort(404)
        report = agency_report(g.db, agency_id, run["id"])
        name = f"oit-{agency_id}-run{run['id']}.{fmt}"
        if fmt == "html":
            return _download(render_html(report), "text/html; charset=utf-8", name)
        if fmt == "md":
            return _download(render_md(report), "text/markdown; charset=utf-8", name)
        buffer = io.BytesIO()
        render_xlsx(report, buffer)
        return _download(buffer.getvalue(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name)

    @app.get("/item/<code>")
    def item(code: str):
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

    @app.get("/findings")
    def findings():
        args = request.args
        run = data.latest_complete(g.db)
        q, too_long = query_text()
        status = [s for s in status_filter(args.get("status", "")) if s in STATUSES] or None
        rows = query_findings(g.db, run["id"], province=args.get("province") or None,
                              agency_type=args.get("type") or None, item=(args.get("item") or "")[:20] or None,
                              status=status, search=q) if run else []
        fmt = args.get("format")
        if fmt == "csv":
            return _download(to_csv(rows), "text/csv; charset=utf-8", "oit-findings.csv")
        if fmt == "xlsx":
            buffer = io.BytesIO()
            to_xlsx(rows, buffer)
            return _download(buffer.getvalue(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                             "oit-findings.xlsx")
        shown = rows[:1000]
        data.unchecked_causes(g.db, shown)
        provinces, types = data.provinces_and_types(g.db)
        return respond("findings.html", rows=shown, total=len(rows), provinces=provinces, types=types,
                               args=args, statuses=STATUSES, too_long=too_long,
                               titles=data.item_titles(run["year"]) if run else {})

    @app.get("/page/<int:page_id>")
    def page(page_id: int):
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

    @app.get("/page/<int:page_id>/diff")
    def page_diff(page_id: int):
        record = data.page_record(g.db, page_id) if page_id <= MAX_ROWID else None
        if record is None:
            abort(404)
        against = _number(request.args.get("against"), int)
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

    @app.get("/runs")
    def runs():
        return respond("runs.html", runs=data.run_list(g.db))

    return app


# Waitress reads each request whole before a thread sees it, so slow clients hold no thread, only a connection:
# enough connections that a hundred slowloris clients leave room for everyone else (poll(), not select()'s 1,024
# descriptors), and idle ones closed after CHANNEL_SECONDS. Behind a reverse proxy, let it take these limits.
CONNECTIONS = 1000
CHANNEL_SECONDS = 20


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8000, threads: int = 8, prefix: str = "") -> None:
    """Serve the app with waitress; ``prefix`` (``/oit``) when a proxy passes the sub-path on unchanged."""
    from waitress import serve as waitress_serve

    waitress_serve(create_app(db_path), host=host, port=port, threads=threads, connection_limit=CONNECTIONS,
                   channel_timeout=CHANNEL_SECONDS, cleanup_interval=5, asyncore_use_poll=True, url_prefix=prefix.rstrip("/"))
