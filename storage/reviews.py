"""Reviewers' decisions on findings, and the effective findings every reader shows.

An auditor confirms or overrides the engine's verdict on one agency's item (a status and a note). A decision
records who made it, when, on which run, and the content hash of the evidence it was made on (the evidence pages'
and documents' own content hashes, or "none found"). It holds for every run whose evidence for that item has the
same hash — the night after, and the nights before that showed the same thing — so an overridden false alarm is
not alerted again, scores and reports count the reviewed verdict, and a diff does not call it fixed or newly
failing. When the evidence changes, the decision no longer holds: the engine's verdict is shown again and the
item is flagged ``evidence_changed`` for another look (``oit review list --stale``).

Readers pass the finding rows they read through :func:`effective`; rows without a decision are returned as they
are, so a database with no reviews reads exactly as before.
"""
from __future__ import annotations

import hashlib
import json
from typing import Any, Iterable

import sqlite_utils

from rules.vocabulary import FAILING, STATUSES
from storage.db import writing
from storage.pages import fetch_mark
from storage.runs import COMPLETE_RUN_IDS, now

CONFIRM = "confirm"


def evidence_hash(db: sqlite_utils.Database, run_id: int, agency_id: str, evidence: list[str]) -> str:
    """A digest of what the evidence URLs served in that run (content hash, or the failure): it changes when the
    evidence document changes, and not when only the night does."""
    if not evidence:
        return hashlib.sha256(b"no evidence").hexdigest()
    marks = []
    for url in sorted(set(evidence)):
        row = fetch_mark(db, run_id, agency_id, url)
        marks.append(f"{url} {row[0] or f'{row[1]}:{row[2]}' if row else 'not fetched'}")
    return hashlib.sha256("\n".join(marks).encode()).hexdigest()


def set_review(db: sqlite_utils.Database, run_id: int, agency_id: str, item: str, status: str, note: str,
               reviewer: str) -> dict[str, Any]:
    """Record a decision on the agency's ``item`` as judged in run ``run_id``: ``status`` is ``confirm`` or the
    reviewed verdict (one of STATUSES). Raises LookupError when the run has no such finding, ValueError for a
    status that is neither."""
    if status != CONFIRM and status not in STATUSES:
        raise ValueError(f"status must be {CONFIRM} or one of {', '.join(STATUSES)}, not {status!r}")
    if not reviewer.strip():
        raise ValueError("a decision needs the reviewer's name")
    finding = db.execute("SELECT status, evidence, year FROM findings WHERE run_id = ? AND agency_id = ? AND item = ?",
                         [run_id, agency_id, item]).fetchone()
    if finding is None:
        raise LookupError(f"run {run_id} has no finding for {agency_id} {item}")
    evidence = json.loads(finding[1] or "[]")
    record = {"agency_id": agency_id, "item": item, "year": finding[2], "run_id": run_id, "engine_status": finding[0],
              "status": finding[0] if status == CONFIRM else status, "action": CONFIRM if status in (CONFIRM, finding[0])
              else "override", "note": note, "reviewer": reviewer, "created_at": now(),
              "evidence": json.dumps(evidence, ensure_ascii=False),
              "evidence_hash": evidence_hash(db, run_id, agency_id, evidence)}
    with writing(db):
        record["id"] = db.table("reviews").insert(record).last_pk
    return record


def current_reviews(db: sqlite_utils.Database, agency_id: str | None = None) -> dict[tuple[str, str, int], dict[str, Any]]:
    """The latest decision per (agency, item, year)."""
    where, params = ("agency_id = ?", [agency_id]) if agency_id else (None, [])
    latest: dict[tuple[str, str, int], dict[str, Any]] = {}
    for row in db.table("reviews").rows_where(where, params, order_by="id"):
        latest[(row["agency_id"], row["item"], row["year"])] = row
    return latest


def effective(db: sqlite_utils.Database, rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Finding rows (each with run_id, agency_id, item, status; year and evidence are read when absent) with the
    reviewers' decisions applied: where a decision holds, ``status`` is the reviewed one, the engine's is kept in
    ``engine_status`` and ``reviewed`` holds who, when and why; where the evidence changed since, the engine's
    verdict stays and ``review_state`` is ``evidence_changed``."""
    rows = [dict(r) for r in rows]
    if not rows or not db.table("reviews").exists():
        return rows
    reviews = current_reviews(db)
    if not reviews:
        return rows
    keyed = {(a, i) for a, i, _ in reviews}
    for row in rows:
        if (row["agency_id"], row["item"]) not in keyed:
            continue
        if "evidence" not in row or "year" not in row:
            found = db.execute("SELECT evidence, year FROM findings WHERE run_id = ? AND agency_id = ? AND item = ?",
                               [row["run_id"], row["agency_id"], row["item"]]).fetchone()
            row.setdefault("evidence", found[0] if found else "[]")
            row.setdefault("year", found[1] if found else None)
        review = reviews.get((row["agency_id"], row["item"], row["year"]))
        if review is not None:
            _apply(db, row, review)
    return rows


def _apply(db: sqlite_utils.Database, row: dict[str, Any], review: dict[str, Any]) -> None:
    evidence = row["evidence"] if isinstance(row["evidence"], list) else json.loads(row["evidence"] or "[]")
    if evidence_hash(db, row["run_id"], row["agency_id"], evidence) != review["evidence_hash"]:
        row["review_state"] = "evidence_changed"
        return
    row["review_state"] = review["action"]
    row["engine_status"] = row["status"]
    row["status"] = review["status"]
    row["reviewed"] = {"by": review["reviewer"], "at": review["created_at"], "note": review["note"],
                       "action": review["action"], "run_id": review["run_id"], "engine_status": review["engine_status"]}
    if review["action"] == CONFIRM and "reason_th" in row:
        row["reason_th"] = f"{row['reason_th']} (ผู้ตรวจทาน {review['reviewer']} ยืนยัน)"
        row["reason_en"] = f"{row.get('reason_en') or ''} (confirmed by {review['reviewer']})"
    elif "reason_th" in row:
        row["reason_th"] = f"ผู้ตรวจทาน {review['reviewer']} แก้ผลเป็น \"{review['status']}\": {review['note']} " \
                           f"(ผลการตรวจอัตโนมัติ: {row['reason_th']})"
        row["reason_en"] = f"reviewed by {review['reviewer']} as {review['status']}: {review['note']} " \
                           f"(the engine said: {row.get('reason_en') or ''})"


def effective_statuses(db: sqlite_utils.Database, run_id: int, agency_id: str) -> dict[str, str]:
    """Item -> reviewed status of one agency in one run (for scores)."""
    rows = db.query("SELECT run_id, agency_id, item, status, year, evidence FROM findings WHERE run_id = ? AND "
                    "agency_id = ?", [run_id, agency_id])
    return {r["item"]: r["status"] for r in effective(db, rows)}


def review_list(db: sqlite_utils.Database, agency_id: str | None = None) -> list[dict[str, Any]]:
    """Current decisions, each with its state in the agency's latest complete run: ``holds`` or
    ``evidence_changed`` (flagged for another look), or ``not_judged`` when that run has no finding."""
    out = []
    for (agency, item, year), review in sorted(current_reviews(db, agency_id).items()):
        latest = db.execute(f"SELECT f.run_id, f.status, f.evidence FROM findings f WHERE f.run_id IN ({COMPLETE_RUN_IDS}) "
                            "AND f.agency_id = ? AND f.item = ? AND f.year = ? "
                            "ORDER BY f.run_id DESC LIMIT 1", [agency, item, year]).fetchone()
        state = "not_judged"
        if latest:
            same = evidence_hash(db, latest[0], agency, json.loads(latest[2] or "[]")) == review["evidence_hash"]
            state = "holds" if same else "evidence_changed"
        out.append(dict(review, state=state, latest_run=latest[0] if latest else None,
                        latest_engine_status=latest[1] if latest else None))
    return out



def agreement(db: sqlite_utils.Database, since: str | None = None) -> dict[str, dict[str, int]]:
    """How often the engine was right, per item, from every decision made (since ``since``, an ISO date): decisions,
    confirmed, overridden, and false alarms (the engine said failing, the reviewer said pass)."""
    where, params = ("created_at >= ?", [since]) if since else (None, [])
    stats: dict[str, dict[str, int]] = {}
    for r in db.table("reviews").rows_where(where, params):
        entry = stats.setdefault(r["item"], {"decisions": 0, "confirmed": 0, "overridden": 0, "false_alarms": 0})
        entry["decisions"] += 1
        entry["confirmed" if r["action"] == CONFIRM else "overridden"] += 1
        entry["false_alarms"] += r["engine_status"] in FAILING and r["status"] == "pass"
    return dict(sorted(stats.items(), key=lambda kv: (-kv[1]["false_alarms"], -kv[1]["overridden"], kv[0])))
