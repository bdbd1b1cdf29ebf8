"""People signed in: sign-in and out (Flask-Login sessions), CSRF on every form (Flask-WTF), the review and dispute
forms of an agency's item, the agency's disputes and the auditors' review queue. Every write goes through a
writable connection of its own (the rest of the interface reads a read-only one) and into the audit log.

Who may do what (storage.users.may_see): an auditor reviews and reads disputes of every agency, or of one province;
an agency officer reads and writes only their own agency's disputes. The read-only pages stay public unless
``OIT_WEB_PUBLIC=0`` (then every page asks to sign in first).
"""
from __future__ import annotations

import os
import secrets
from pathlib import Path
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    Flask,
    abort,
    current_app,
    g,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import (
    LoginManager,
    UserMixin,
    current_user,
    login_required,
    login_user,
    logout_user,
)
from flask_wtf.csrf import CSRFProtect

from storage import open_db
from storage import users as accounts
from storage.agencies import agencies_by_id, get_agency
from storage.findings import agency_findings, failing_findings
from storage.itas import answers_table_exists
from storage.runs import latest_complete_run

bp = Blueprint("accounts", __name__)
OPEN_PATHS = ("/login", "/static/")


class User(UserMixin):
    def __init__(self, row: dict):
        self.row = row
        self.id = str(row["id"])


def _secret_key(db_path: str) -> str:
    """The session signing key: ``OIT_WEB_SECRET_KEY``, else one kept beside the database (mode 0600)."""
    if os.environ.get("OIT_WEB_SECRET_KEY"):
        return os.environ["OIT_WEB_SECRET_KEY"]
    path = Path(f"{db_path}.secret")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # made before (or by another process starting at the same time)
        return path.read_text().strip()
    with os.fdopen(fd, "w") as fh:
        fh.write(secrets.token_hex(32))
    return path.read_text().strip()


def init_accounts(app: Flask) -> None:
    """Sessions, CSRF protection, secure cookies and the routes of people signed in."""
    secure = os.environ.get("OIT_WEB_SECURE_COOKIES", "0") == "1"  # on behind HTTPS
    app.config.update(SECRET_KEY=_secret_key(app.config["DB_PATH"]), SESSION_COOKIE_HTTPONLY=True,
                      SESSION_COOKIE_SAMESITE="Lax", SESSION_COOKIE_SECURE=secure, REMEMBER_COOKIE_HTTPONLY=True,
                      REMEMBER_COOKIE_SECURE=secure, REMEMBER_COOKIE_SAMESITE="Lax", WTF_CSRF_TIME_LIMIT=8 * 3600,
                      OIT_PUBLIC=os.environ.get("OIT_WEB_PUBLIC", "1") != "0")
    CSRFProtect(app)
    manager = LoginManager(app)
    manager.login_view = "accounts.login"

    @manager.user_loader
    def load(user_id: str):
        row = accounts.get_user(g.db, user_id) if user_id.isdigit() else None
        return User(row) if row else None

    @app.before_request
    def signed_in_only():
        if not current_app.config["OIT_PUBLIC"] and not current_user.is_authenticated and \
                not request.path.startswith(OPEN_PATHS):
            return redirect(url_for("accounts.login", next=request.path))

    @app.context_processor
    def person():
        return {"user": current_user.row if current_user.is_authenticated else None}

    app.register_blueprint(bp)


def _writable():
    """This request's writable connection (closed when the request ends)."""
    if "db_rw" not in g:
        g.db_rw = open_db(current_app.config["DB_PATH"])
    return g.db_rw


def _agency(agency_id: str) -> dict:
    row = get_agency(g.db, agency_id)
    if row is None:
        abort(404)
    return row


def _allowed(agency: dict) -> dict:
    """The signed-in user when they may touch this agency; 403 otherwise (no hint of what is there)."""
    user = current_user.row if current_user.is_authenticated else None
    if not accounts.may_see(user, agency):
        abort(403)
    return user


def _safe_next(target: str | None) -> str:
    return target if target and target.startswith("/") and not target.startswith("//") and not urlsplit(target).netloc \
        else url_for("accounts.queue_or_home")


@bp.route("/login", methods=["GET", "POST"])
def login():
    error, status = "", 200
    if request.method == "POST":
        db = _writable()
        try:
            row = accounts.authenticate(db, request.form.get("username", ""), request.form.get("password", ""),
                                        request.remote_addr or "")
        except accounts.Refused:
            row, error, status = None, "ลงชื่อเข้าใช้ผิดหลายครั้ง โปรดรอ 15 นาที / too many failed sign-ins: wait 15 minutes", 429
        else:
            if row is None:
                error, status = "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง / wrong user name or password", 401
        if row is not None:
            login_user(User(row))
            accounts.audit(db, row, "login", row["username"], {"address": request.remote_addr})
            return redirect(_safe_next(request.args.get("next")))
    return render_template("login.html", error=error), status


@bp.post("/logout")
@login_required
def logout():
    logout_user()
    return redirect("/")


@bp.get("/me")
@login_required
def queue_or_home():
    row = current_user.row
    return redirect(url_for("accounts.queue") if row["role"] == "auditor" else
                    url_for("accounts.agency_disputes", agency_id=row["agency_id"]))


def _finding(agency_id: str, item: str) -> tuple[dict | None, dict | None]:
    from storage.reviews import effective
    run = latest_complete_run(g.db)
    if run is None:
        return None, None
    rows = effective(g.db, agency_findings(g.db, run["id"], agency_id, item.upper()))
    return run, (rows[0] if rows else None)


@bp.route("/agency/<agency_id>/item/<item>/decide", methods=["GET", "POST"])
@login_required
def decide(agency_id: str, item: str):
    """The review form (auditors) and the dispute form (the agency's officers and auditors) of one item."""
    agency = _agency(agency_id)
    user = _allowed(agency)
    run, finding = _finding(agency_id, item)
    if finding is None:
        abort(404)
    message = ""
    if request.method == "POST":
        db = _writable()
        if request.form.get("form") == "review":
            if user["role"] != "auditor":
                abort(403)
            from storage.reviews import set_review
            try:
                record = set_review(db, run["id"], agency_id, finding["item"], request.form.get("status", ""),
                                    request.form.get("note", "").strip()[:2000], user["username"])
            except ValueError as exc:
                abort(400, str(exc))
            accounts.audit(db, user, "review", f"{agency_id}/{finding['item']}",
                           {k: record[k] for k in ("id", "status", "engine_status", "note", "run_id")})
            message = "บันทึกผลการตรวจทานแล้ว / decision recorded"
        elif request.form.get("form") == "dispute":
            explanation = request.form.get("explanation", "").strip()
            url = request.form.get("url", "").strip()
            if not explanation or (url and not url.startswith(("http://", "https://"))):
                abort(400, "an explanation is needed, and the URL must be http(s)")
            number = accounts.add_dispute(db, user, agency_id, finding["item"], explanation, url, finding["year"])
            accounts.audit(db, user, "dispute", f"{agency_id}/{finding['item']}", {"id": number, "url": url})
            message = "ส่งคำชี้แจงแล้ว รอผู้ตรวจทาน / explanation sent to the auditors' queue"
        else:
            abort(400)
        run, finding = _finding(agency_id, item)
    mine = [d for d in accounts.disputes(g.db, [agency_id]) if d["item"] == finding["item"]]
    from storage.itas import results
    itas = next((r for r in results(g.db, finding["year"], [agency_id]) if r["item"] == finding["item"]), None) \
        if answers_table_exists(g.db) else None
    return render_template("decide.html", agency=agency, finding=finding, run=run, disputes=mine, message=message,
                           itas=itas)


@bp.get("/agency/<agency_id>/disputes")
@login_required
def agency_disputes(agency_id: str):
    agency = _agency(agency_id)
    _allowed(agency)
    return render_template("disputes.html", agency=agency, disputes=accounts.disputes(g.db, [agency_id]))


@bp.get("/queue")
@login_required
def queue():
    """Items waiting for an auditor: open disputes, and decisions whose evidence changed since."""
    from storage.reviews import review_list
    user = current_user.row
    if user["role"] != "auditor":
        abort(403)
    agencies = agencies_by_id(g.db)
    mine = [a for a in agencies if accounts.may_see(user, agencies[a])]
    stale = [r for r in review_list(g.db) if r["state"] == "evidence_changed" and r["agency_id"] in mine]
    return render_template("queue.html", disputes=accounts.disputes(g.db, mine, "open"), stale=stale,
                           agencies=agencies, unsure=_low_confidence(set(mine)))


LOW_CONFIDENCE_SHOWN = 200


def _low_confidence(mine: set[str]) -> list[dict]:
    """Failing verdicts of the latest complete run on items whose rulebook entry says its author is not sure of
    them (confidence "low…"), not reviewed yet: where a person's look is worth most."""
    from rules.families import rulebooks_for_year
    from rules.rulebook import RulebookError
    from storage.reviews import effective
    run = latest_complete_run(g.db)
    if run is None:
        return []
    try:
        items = {i.code: i for b in rulebooks_for_year(run["year"]).books.values() for i in b.items}
    except RulebookError:
        return []
    unsure = [code for code, i in items.items() if i.confidence.startswith("low")]
    rows = failing_findings(g.db, run["id"], unsure)
    out = [dict(r, title_th=items[r["item"]].title_th, confidence=items[r["item"]].confidence)
           for r in effective(g.db, (r for r in rows if r["agency_id"] in mine)) if "reviewed" not in r]
    return out[:LOW_CONFIDENCE_SHOWN]
