"""The outbox table: alerts written before they are sent, claimed by one sender, marked handed over and sent.

One row per run, agency, channel and recipient (a unique index), so queuing a run twice adds nothing. What to
send and how is alerts/outbox.py's; this module only keeps the rows.
"""
from __future__ import annotations

from typing import Any, Iterable

import sqlite_utils

from storage.runs import now

CLAIM_EXPIRES = "-15 minutes"  # a sender that died mid-send releases its claims after this long (>> a send's deadline)


def _count(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT count(*) FROM alerts").fetchone()[0])


def add_alerts(db: sqlite_utils.Database, rows: Iterable[dict[str, Any]]) -> int:
    """Add alert rows to the outbox, leaving out those already there; returns how many were added."""
    before = _count(db)
    with db.conn:
        db.table("alerts").insert_all(rows, ignore=True)
    return _count(db) - before


def pending_alerts(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Alerts waiting to be sent, oldest first."""
    return list(db.query("SELECT * FROM alerts WHERE state = 'pending' ORDER BY id"))


def claim(db: sqlite_utils.Database, alert_id: int) -> bool:
    """Take one pending alert for this sender, atomically: of two senders racing for it, exactly one wins."""
    with db.conn:
        cursor = db.execute("UPDATE alerts SET state = 'sending', claimed_at = ?, handed_at = NULL WHERE id = ? "
                            "AND state = 'pending'", [now(), alert_id])
    return cursor.rowcount == 1


def release_stale_claims(db: sqlite_utils.Database) -> None:
    """Resolve the alerts of a sender that died (kill -9, power cut) before recording the outcome.

    One that was never handed to its channel goes back to pending. One that was (``handed_at``) may have been
    delivered: it becomes ``unknown`` and is not sent again on its own — an agency told twice is worse than an
    operator asked once (``oit alerts`` lists it; its Message-ID / idempotency key is kept to look it up)."""
    stale = "state = 'sending' AND claimed_at < strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now', ?)"
    with db.conn:
        db.execute(f"UPDATE alerts SET state = 'unknown', last_error = 'the sender stopped while sending: delivery "
                   f"unknown, not resent (key ' || coalesce(message_key, '') || ')' WHERE {stale} AND handed_at IS NOT NULL",
                   [CLAIM_EXPIRES])
        db.execute(f"UPDATE alerts SET state = 'pending' WHERE {stale} AND handed_at IS NULL", [CLAIM_EXPIRES])


def mark_handed(db: sqlite_utils.Database, alert_id: int, key: str) -> None:
    """Record, before the first byte goes out, that the alert is being handed to its channel with ``key``."""
    with db.conn:
        db.execute("UPDATE alerts SET handed_at = ?, message_key = ? WHERE id = ?", [now(), key, alert_id])


def record_attempt(db: sqlite_utils.Database, alert_id: int, attempts: int, changes: dict[str, Any]) -> None:
    """Store the outcome of a send: ``changes`` (state, sent_at, last_error…) and the number of attempts."""
    with db.conn:
        db.table("alerts").update(alert_id, dict(changes, attempts=attempts))


def agency_alerts(db: sqlite_utils.Database, agency_id: str, limit: int = 50) -> list[dict[str, Any]]:
    """The agency's latest ``limit`` alerts in any state, newest first (no bodies)."""
    return list(db.query("SELECT id, run_id, channel, recipient, subject, state, attempts, last_error, created_at, "
                         "sent_at FROM alerts WHERE agency_id = ? ORDER BY id DESC LIMIT ?", [agency_id, limit]))
