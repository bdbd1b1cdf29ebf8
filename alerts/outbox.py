"""The outbox: alerts are written to the database first and marked sent only once a channel accepts
them, so none is lost (a failed send is retried next cycle) and none is sent twice (one row per run,
agency, channel and recipient, claimed by one sender at a time)."""
from __future__ import annotations

import json

import sqlite_utils

from alerts.channels import SEND_SECONDS, DeliveryError, send_apprise, send_email, send_webhook
from alerts.compose import Message, baseline_notice, compose_for_run, province_digests
from storage.rulebook_changes import mark_baseline, rulebook_change
from storage.runs import now


def _rows(db: sqlite_utils.Database, run_id: int, messages: list[Message], settings: dict) -> list[dict]:
    agencies = {a["id"]: a for a in db["agencies"].rows}
    rows = []
    for m in messages:
        agency = agencies[m.agency_id]
        targets = []
        if agency.get("contact_email"):
            targets.append(("email", agency["contact_email"]))
        if settings.get("webhook_url"):
            targets.append(("webhook", settings["webhook_url"]))
        if agency.get("notify_url"):
            targets.append(("apprise", agency["notify_url"]))
        rows += [{"run_id": run_id, "agency_id": m.agency_id, "channel": c, "recipient": r, "subject": m.subject,
                  "body": m.body, "payload": json.dumps(m.payload | {"kind": m.kind}, ensure_ascii=False),
                  "state": "pending", "attempts": 0, "created_at": now()} for c, r in targets]
    for province, digest in province_digests(db, messages).items():
        recipient = (settings.get("auditor_emails") or {}).get(province)
        if recipient:
            rows.append({"run_id": run_id, "agency_id": f"province:{province}", "channel": "email", "recipient": recipient,
                         "subject": digest.subject, "body": digest.body, "payload": json.dumps(digest.payload, ensure_ascii=False),
                         "state": "pending", "attempts": 0, "created_at": now()})
    return rows


def _compose(db: sqlite_utils.Database, run_id: int, settings: dict, base_url: str) -> list[Message]:
    return compose_for_run(db, run_id, int(settings["consecutive_runs"]), base_url,
                           bool(settings.get("unverified_rulebooks")))


def queue_alerts(db: sqlite_utils.Database, run_id: int, settings: dict, base_url: str) -> int:
    """Compose this run's alerts and add them to the outbox; re-queuing a run adds nothing. Returns rows added.

    The run is marked a baseline first when its rulebooks differ from the complete run's before it."""
    run = db["runs"].get(run_id)
    before = db["alerts"].count
    if run["state"] == "complete" and mark_baseline(db, run_id):  # the auditors are told, once per run
        queue_notice(db, baseline_notice(run, rulebook_change(db, run_id)),
                     list((settings.get("auditor_emails") or {}).values()), run_id)
    messages = _compose(db, run_id, settings, base_url)
    with db.conn:
        db["alerts"].insert_all(_rows(db, run_id, messages, settings), ignore=True)
    return db["alerts"].count - before


def preview(db: sqlite_utils.Database, run_id: int, settings: dict, base_url: str) -> list[dict]:
    """What ``queue_alerts`` would add for a run, without writing anything."""
    messages = _compose(db, run_id, settings, base_url)
    return _rows(db, run_id, messages, settings)


def queue_notice(db: sqlite_utils.Database, message: Message, recipients: list[str], run_id: int | None = None) -> int:
    """Queue a notice to auditors (a rulebook adopted; a baseline run) to each recipient by e-mail; a run's notice
    is queued once however often the run is queued. Returns rows added."""
    rows = [{"run_id": run_id, "agency_id": f"{message.kind}:{message.payload.get('year', run_id or '')}", "channel": "email",
             "recipient": r, "subject": message.subject, "body": message.body,
             "payload": json.dumps(message.payload, ensure_ascii=False), "state": "pending", "attempts": 0,
             "created_at": now()} for r in dict.fromkeys(recipients) if r]
    before = db["alerts"].count
    with db.conn:
        db["alerts"].insert_all(rows, ignore=True)
    return db["alerts"].count - before


CLAIM_EXPIRES = "-15 minutes"  # a sender that died mid-send releases its claims after this long (>> SEND_SECONDS)


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


def message_key(alert: dict) -> str:
    """The alert's idempotency key and e-mail Message-ID: the same for every attempt of the same alert."""
    return f"<oitwatch-alert-{alert['id']}-run{alert['run_id']}@oitwatch>"


def deliver(alert: dict, settings: dict) -> None:
    allow, seconds = bool(settings.get("allow_private")), float(settings.get("send_seconds") or SEND_SECONDS)
    key = alert.get("message_key") or message_key(alert)
    if alert["channel"] == "email":
        send_email(settings, alert["recipient"], alert["subject"], alert["body"], message_id=key)
    elif alert["channel"] == "webhook":
        send_webhook(alert["recipient"], json.loads(alert["payload"]) | {"subject": alert["subject"]}, allow, seconds,
                     key=key)
    elif alert["channel"] == "apprise":
        send_apprise(alert["recipient"], alert["subject"], alert["body"], allow, seconds)
    else:
        raise DeliveryError(f"unknown channel {alert['channel']!r}")


def hand_over(db: sqlite_utils.Database, alert: dict) -> None:
    """Record, before the first byte goes out, that this alert is being handed to its channel."""
    with db.conn:
        db.execute("UPDATE alerts SET handed_at = ?, message_key = ? WHERE id = ?",
                   [now(), alert.get("message_key") or message_key(alert), alert["id"]])


def send_pending(db: sqlite_utils.Database, settings: dict) -> tuple[int, int]:
    """Try every pending alert once; returns (sent, failed).

    Each alert is claimed before it is sent, so two senders at once (two ``oit alerts send``, or one beside
    the scheduler) never deliver it twice; any error of one alert (a bad address, a header that cannot be
    encoded, a channel bug) is recorded on that alert, which stays pending, and the others still go out.
    A send has a total deadline far shorter than a claim's life, so a live sender always records its outcome
    before anyone may take the alert back; a dead one's alerts are resolved by :func:`release_stale_claims`.
    """
    release_stale_claims(db)
    sent = failed = 0
    for alert in list(db["alerts"].rows_where("state = 'pending'", order_by="id")):
        if not claim(db, alert["id"]):
            continue  # another sender has it
        try:
            hand_over(db, alert)
            deliver(alert, settings)
            update, sent = {"state": "sent", "sent_at": now(), "last_error": None}, sent + 1
        except Exception as exc:  # noqa: BLE001 -- one bad alert must not stop the outbox
            message = str(exc) if isinstance(exc, DeliveryError) else f"{type(exc).__name__}: {exc}"
            update, failed = {"state": "pending", "last_error": message[:500], "handed_at": None}, failed + 1
        with db.conn:
            db["alerts"].update(alert["id"], dict(update, attempts=alert["attempts"] + 1))
    return sent, failed
