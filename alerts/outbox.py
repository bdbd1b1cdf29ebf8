"""The outbox: alerts are written to the database first and marked sent only once a channel accepts
them, so none is lost (a failed send is retried next cycle) and none is sent twice (one row per run,
agency, channel and recipient, claimed by one sender at a time)."""
from __future__ import annotations

import json

import sqlite_utils

from alerts.channels import SEND_SECONDS, DeliveryError, send_apprise, send_email, send_webhook
from alerts.compose import Message, baseline_notice, compose_for_run, province_digests
from storage.agencies import agencies_by_id
from storage.alerts import (CLAIM_EXPIRES, add_alerts, claim, mark_handed, pending_alerts, record_attempt,  # noqa: F401
                            release_stale_claims)
from storage.rulebook_changes import mark_baseline, rulebook_change
from storage.runs import now, run_by_id


def _rows(db: sqlite_utils.Database, run_id: int, messages: list[Message], settings: dict) -> list[dict]:
    agencies = agencies_by_id(db)
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
    run = run_by_id(db, run_id)
    if run is None:
        raise LookupError(f"no run {run_id}")
    added = 0
    if run["state"] == "complete" and mark_baseline(db, run_id):  # the auditors are told, once per run
        added += queue_notice(db, baseline_notice(run, rulebook_change(db, run_id)),
                              list((settings.get("auditor_emails") or {}).values()), run_id)
    messages = _compose(db, run_id, settings, base_url)
    return added + add_alerts(db, _rows(db, run_id, messages, settings))


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
    return add_alerts(db, rows)


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
    mark_handed(db, alert["id"], alert.get("message_key") or message_key(alert))


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
    for alert in pending_alerts(db):
        if not claim(db, alert["id"]):
            continue  # another sender has it
        try:
            hand_over(db, alert)
            deliver(alert, settings)
            update, sent = {"state": "sent", "sent_at": now(), "last_error": None}, sent + 1
        except Exception as exc:  # noqa: BLE001 -- one bad alert must not stop the outbox
            message = str(exc) if isinstance(exc, DeliveryError) else f"{type(exc).__name__}: {exc}"
            update, failed = {"state": "pending", "last_error": message[:500], "handed_at": None}, failed + 1
        record_attempt(db, alert["id"], alert["attempts"] + 1, update)
    return sent, failed
