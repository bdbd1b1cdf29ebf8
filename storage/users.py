"""People who sign in, what they may touch, their disputes, and the audit log of every write.

Roles: ``auditor`` (every agency, or the agencies of one province) and ``officer`` (one agency). Passwords are kept
only as argon2id hashes (argon2-cffi); the clear text is never stored or logged. Failed sign-ins are counted per
user name: after ``MAX_FAILURES`` within ``WINDOW`` the name is refused — even with the right password — until the
window has passed, which slows a brute-force guesser to a few guesses per quarter hour.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

import sqlite_utils
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from storage.db import inserted_id, writing
from storage.runs import now

ROLES = ("auditor", "officer")
MAX_FAILURES = 5
WINDOW = timedelta(minutes=15)
_HASHER = PasswordHasher()
MIN_PASSWORD = 10


class Refused(Exception):
    """A sign-in refused while the user name is locked out (too many failures)."""


def add_user(db: sqlite_utils.Database, username: str, password: str, role: str, agency_id: str = "",
             province: str = "") -> int:
    """Create an account; raises ValueError for a bad role, a missing agency, a short password or a taken name."""
    username = username.strip().lower()
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    if role == "officer" and not agency_id:
        raise ValueError("an officer belongs to one agency (--agency ID)")
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"a password needs at least {MIN_PASSWORD} characters")
    if not username or db.execute("SELECT 1 FROM users WHERE username = ?", [username]).fetchone():
        raise ValueError(f"user name {username!r} is empty or taken")
    with writing(db):
        return inserted_id(db.table("users").insert({"username": username, "password_hash": _HASHER.hash(password), "role": role,
                                   "agency_id": agency_id if role == "officer" else "",
                                   "province": province if role == "auditor" else "", "disabled": 0,
                                   "created_at": now()}))


def list_users(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return [{k: v for k, v in u.items() if k != "password_hash"} for u in db.table("users").rows_where(order_by="username")]


def set_disabled(db: sqlite_utils.Database, username: str, disabled: bool = True) -> None:
    with writing(db):
        if not db.execute("UPDATE users SET disabled = ? WHERE username = ?", [int(disabled), username.lower()]).rowcount:
            raise LookupError(f"no user {username!r}")


def get_user(db: sqlite_utils.Database, user_id: int | str) -> dict[str, Any] | None:
    row = next(db.query("SELECT * FROM users WHERE id = ? AND disabled = 0", [int(user_id)]), None)
    return row


def _recent_failures(db: sqlite_utils.Database, username: str) -> int:
    since = (datetime.now(timezone.utc) - WINDOW).isoformat(timespec="seconds")
    return int(db.execute("SELECT count(*) FROM login_attempts WHERE username = ? AND ok = 0 AND at >= ?",
                      [username, since]).fetchone()[0])


def authenticate(db: sqlite_utils.Database, username: str, password: str, address: str = "") -> dict[str, Any] | None:
    """The enabled user with this name and password, or None; raises Refused while the name is locked out. Every
    attempt is recorded (name, address, time, outcome), never the password."""
    username = (username or "").strip().lower()[:100]
    if _recent_failures(db, username) >= MAX_FAILURES:
        _attempt(db, username, address, False)
        raise Refused(f"too many failed sign-ins for {username!r}: wait {int(WINDOW.total_seconds() // 60)} minutes")
    user = next(db.query("SELECT * FROM users WHERE username = ? AND disabled = 0", [username]), None)
    ok = False
    if user is not None:
        try:
            ok = _HASHER.verify(user["password_hash"], password or "")
        except (VerificationError, InvalidHashError):
            ok = False
    else:
        _HASHER.hash(password or "")  # as slow as a real check: timing does not tell which names exist
    _attempt(db, username, address, ok)
    return user if ok else None


def _attempt(db: sqlite_utils.Database, username: str, address: str, ok: bool) -> None:
    with writing(db):
        db.table("login_attempts").insert({"username": username, "address": address, "at": now(), "ok": int(ok)})


def may_see(user: dict[str, Any] | None, agency: dict[str, Any]) -> bool:
    """Whether ``user`` may read and write this agency's disputes and decisions."""
    if not user:
        return False
    if user["role"] == "officer":
        return bool(user["agency_id"] == agency["id"])
    return not user["province"] or user["province"] == agency.get("province")


def audit(db: sqlite_utils.Database, user: dict[str, Any], action: str, target: str, detail: dict[str, Any]) -> None:
    """One line of the audit log: who wrote what, when (``role`` ``cli`` for the operator's commands)."""
    with writing(db):
        db.table("audit_log").insert({"at": now(), "username": user["username"], "role": user["role"], "action": action,
                                "target": target, "detail": json.dumps(detail, ensure_ascii=False)})


def add_dispute(db: sqlite_utils.Database, user: dict[str, Any], agency_id: str, item: str, explanation: str, url: str,
                year: int | None = None) -> int:
    """An explanation (ชี้แจง) and a URL for one item of ``year``'s list: it waits in the auditors' review queue,
    and its URL is checked as an ITAS answer would be (``oit review recheck``)."""
    with writing(db):
        return inserted_id(db.table("disputes").insert({"agency_id": agency_id, "item": item, "explanation": explanation[:4000],
                                      "url": url[:1000], "username": user["username"], "created_at": now(),
                                      "state": "open", "year": year}))


def store_recheck(db: sqlite_utils.Database, dispute_id: int, result: dict[str, Any]) -> None:
    """What the re-check of a dispute's URL found (itas.judge.Result as a dict)."""
    with writing(db):
        db.table("disputes").update(dispute_id, {"result_status": result["status"], "result_score": result["score"],
                                           "result_reason_th": result["reason_th"], "result_fix_th": result["fix_th"],
                                           "checked_at": now()})


def disputes(db: sqlite_utils.Database, agency_ids: list[str] | None = None, state: str | None = None) -> list[dict[str, Any]]:
    where, params = [], []
    if agency_ids is not None:
        where.append(f"agency_id IN ({', '.join('?' * len(agency_ids)) or 'NULL'})")
        params += agency_ids
    if state:
        where.append("state = ?")
        params.append(state)
    return list(db.table("disputes").rows_where(" AND ".join(where) or None, params, order_by="id desc"))


def disputes_to_recheck(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Open disputes with a URL whose re-check has not run yet, oldest first."""
    return list(db.query("SELECT * FROM disputes WHERE state = 'open' AND checked_at IS NULL AND url != '' ORDER BY id"))
