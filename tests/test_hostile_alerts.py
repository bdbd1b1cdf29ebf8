"""The outbox under stress: two senders at once, hostile agency names, one bad row among good ones, and a
scheduler cycle whose channel breaks. Real SMTP (aiosmtpd) on loopback."""
import asyncio
import os
import subprocess
import sys
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller

from oit import scheduler
from alerts.outbox import send_pending
from storage import open_db
from storage.runs import now
from tests.hostile import ROOT
from tests.test_alerts import free_port


class SlowInbox:
    """An SMTP server that takes its time over each message, so two senders surely overlap."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        await asyncio.sleep(0.05)
        self.messages.append((envelope.rcpt_tos, message_from_bytes(envelope.content, policy=policy.default)))
        return "250 OK"


@pytest.fixture
def slow_smtp():
    inbox = SlowInbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller, inbox
    controller.stop()


def queue(db, count: int, subject: str = "[OIT Watch] อบต.{n}: 1 รายการต้องแก้ไข", recipient: str = "a{n}@x.go.th",
          channel: str = "email") -> None:
    db["alerts"].insert_all([{"run_id": 1, "agency_id": f"a{n}", "channel": channel, "recipient": recipient.format(n=n),
                              "subject": subject.format(n=n), "body": "เรียน ...", "payload": "{}", "state": "pending",
                              "attempts": 0, "created_at": now()} for n in range(count)])


def test_two_senders_at_once_deliver_each_alert_once(tmp_path, slow_smtp):
    controller, inbox = slow_smtp
    db_path = tmp_path / "oit.db"
    queue(open_db(db_path), 16)
    env = dict(os.environ, PYTHONPATH=str(ROOT), OIT_ALERTS_SMTP_HOST="127.0.0.1",
               OIT_ALERTS_SMTP_PORT=str(controller.port), OIT_ALERTS_ALLOW_PRIVATE="true")
    senders = [subprocess.Popen([sys.executable, "-m", "oit", "--db", str(db_path), "alerts", "send"], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [sender.communicate(timeout=60) for sender in senders]
    assert all(sender.returncode == 0 for sender in senders), outputs
    recipients = sorted(r[0] for r, _ in inbox.messages)
    assert recipients == sorted(f"a{n}@x.go.th" for n in range(16)), f"{len(recipients)} deliveries"
    states = {r["state"] for r in open_db(db_path)["alerts"].rows}
    assert states == {"sent"}


def test_a_line_break_in_a_name_or_a_bad_row_fails_alone(tmp_path, slow_smtp):
    controller, inbox = slow_smtp
    db = open_db(tmp_path / "oit.db")
    queue(db, 3, subject="[OIT Watch] อบต.{n}\r\nBcc: victim@evil.example: 1 รายการ")
    queue(db, 1, recipient="not an address\n@x", subject="bad row")
    queue(db, 1, channel="carrier-pigeon", subject="unknown channel")
    sent, failed = send_pending(db, {"smtp_host": "127.0.0.1", "smtp_port": controller.port,
                                     "mail_from": "oitwatch@x.go.th", "smtp_security": "none", "allow_private": True})
    assert sent >= 3 and failed >= 1
    subjects = [m["Subject"] for _, m in inbox.messages]
    assert "[OIT Watch] อบต.0 Bcc: victim@evil.example: 1 รายการ" in subjects
    assert all("victim" not in str(r) for r, _ in inbox.messages) and all(m["Bcc"] is None for _, m in inbox.messages)
    pigeon = next(db["alerts"].rows_where("channel = 'carrier-pigeon'"))
    assert pigeon["state"] == "pending" and "unknown channel" in pigeon["last_error"]


def test_the_scheduler_cycle_survives_a_channel_that_raises(tmp_path, monkeypatch):
    import alerts.outbox

    def explode(*args, **kwargs):
        raise RuntimeError("the channel blew up")

    monkeypatch.setattr(alerts.outbox, "send_pending", explode)
    summary = scheduler.run_cycle(None, str(tmp_path / "oit.db"), {})  # returns: the next night still comes
    assert summary["state"] == "failed" and summary["sent"] == 0
