"""The web interface (Flask): the application factory — the connection of each request, security headers, the
words and helpers every template gets — over the page families of web/views/ (dashboard, agencies, findings,
pages, runs), web/captures.py and web/accounts.py.

Read-only by design: the database is opened with ``mode=ro`` and every route answers GET only — but for the
forms of people signed in (web/accounts.py), which write through a connection of their own, behind CSRF tokens. Text from
crawled sites is escaped by Jinja's autoescape, and the Content-Security-Policy forbids scripts outright.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlencode

from flask import Flask, Response, g, request
from werkzeug.middleware.proxy_fix import ProxyFix

from reports.labels import STATUS_TH, be_date
from rules.causes import cause, plain_reason
from rules.thai import thai_digits
from storage.db import open_readonly
from web import data
from web.evidence import signal_parts
from web.formats import JsonSuffix, respond
from web.i18n import WORDS
from web.views.base import MAX_QUERY

CSP = ("default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
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
        for name in ("db", "db_rw"):  # the read-only view's and the review forms' (web/accounts.py) connections
            db = g.pop(name, None)
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

    from web.views import agencies, dashboard, findings, pages, runs
    for family in (dashboard, agencies, findings, pages, runs):
        app.register_blueprint(family.bp)
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
