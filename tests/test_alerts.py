"""The scheduler's cycle against the farm, with a real SMTP server and webhook receiver on loopback."""
import csv
import json
import socket
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from oit import scheduler
from alerts.outbox import send_pending
from farm.server import Farm
from oit.settings import DEFAULTS
from rules.vocabulary import failure_words
from storage import open_db
from storage.agencies import import_agencies
from storage.runs import crawl_lock
from tests.conftest import FARM_REGISTRY, ROOT

AGENCIES = ("bansample", "huaisai", "maetha")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, message_from_bytes(envelope.content, policy=policy.default)))
        return "250 OK"


@pytest.fixture
def smtp():
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller, inbox
    controller.stop()


@pytest.fixture
def webhook():
    received = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook", received
    server.shutdown()


def registry(tmp_path, ids=AGENCIES) -> Path:
    with open(FARM_REGISTRY, encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["id"] in ids]
    path = tmp_path / "agencies.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def overrides(farm, smtp_port, hook="", consecutive=2, auditors=None):
    return {"crawl": {"proxy": farm.proxy_url, "allow_private": True, "timeout": 2, "retries": 0, "delay": 0.02},
            "alerts": {"smtp_host": "127.0.0.1", "smtp_port": smtp_port, "consecutive_runs": consecutive,
                       "allow_private": True,  # the test's SMTP server and webhook are on loopback
                       "webhook_url": hook, "mail_from": "oitwatch@nacc.example", "auditor_emails": auditors or {}},
            "general": {"year": 2566, "base_url": "http://oit.example"}}


@pytest.mark.slow
def test_cycles_alert_once_after_n_failures_and_once_when_fixed(tmp_path, sites_copy, smtp, webhook):
    controller, inbox = smtp
    hook_url, hooks = webhook
    db_path = tmp_path / "oit.db"
    import_agencies(open_db(db_path), registry(tmp_path))
    contact = sites_copy / "www.bansample.go.th/items/o05.html"
    saved = contact.read_text(encoding="utf-8")
    with Farm(sites_copy, hang_seconds=4) as farm:
        settings = overrides(farm, controller.port, hook_url, auditors={"นครราชสีมา": "auditor.korat@nacc.example"})
        first = scheduler.run_cycle(None, str(db_path), settings)
        assert first["state"] == "complete" and inbox.messages == []   # one failure is not yet an alert

        contact.unlink()                                                  # the contact page breaks
        scheduler.run_cycle(None, str(db_path), settings)
        by_rcpt = {tuple(r): m for r, m in inbox.messages}
        assert set(by_rcpt) == {("saraban@huaisai.go.th",), ("saraban@maetha.go.th",), ("auditor.korat@nacc.example",)}
        digest = by_rcpt[("auditor.korat@nacc.example",)]
        assert digest["Subject"] == "[OIT Watch] สรุปจังหวัดนครราชสีมา / digest: 1 agencies"
        assert "องค์การบริหารส่วนตำบลห้วยทราย" in digest.get_content() and "แม่ทา" not in digest.get_content()
        huaisai = by_rcpt[("saraban@huaisai.go.th",)]
        assert huaisai["Subject"].startswith("[OIT Watch] องค์การบริหารส่วนตำบลห้วยทราย: 6 รายการต้องแก้ไข")
        body = huaisai.get_content()
        assert "O12 รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณประจำปีรอบ๖เดือน: เข้าถึงไม่ได้" in body
        assert "http://www.huaisai.go.th/docs/o12.pdf" in body and "http://oit.example/agency/huaisai" in body
        assert body.index("เรียน") < body.index("Dear")                   # Thai first, English below
        maetha = by_rcpt[("saraban@maetha.go.th",)]
        assert "เข้าถึงเว็บไซต์ไม่ได้" in maetha["Subject"] and "O1" not in maetha.get_content()
        assert {h["agency_id"] for h in hooks} == {"huaisai", "maetha"}
        assert any(h.get("site_unreachable") for h in hooks)
        down = next(h for h in hooks if h.get("site_unreachable"))  # the alert says why the site could not be read
        assert down["cause"] != "other" and failure_words(down["cause"])[0] in maetha.get_content()

        inbox.messages.clear()
        scheduler.run_cycle(None, str(db_path), settings)                # O5 fails a second night
        assert sorted(tuple(r) for r, _ in inbox.messages) == [("auditor.korat@nacc.example",), ("saraban@bansample.go.th",)]
        inbox.messages[:] = [(r, m) for r, m in inbox.messages if r == ["saraban@bansample.go.th"]]
        assert "O5 ข้อมูลการติดต่อ" in inbox.messages[0][1].get_content()

        inbox.messages.clear()
        contact.write_text(saved, encoding="utf-8")                       # fixed
        scheduler.run_cycle(None, str(db_path), settings)
        inbox.messages[:] = [(r, m) for r, m in inbox.messages if r == ["saraban@bansample.go.th"]]
        assert len(inbox.messages) == 1
        fixed = inbox.messages[0][1]
        assert "1 รายการแก้แล้ว" in fixed["Subject"] and "รายการที่แก้ไขแล้ว:\n- O5" in fixed.get_content()


@pytest.mark.slow
def test_refused_smtp_keeps_the_alert_pending_until_a_later_cycle(tmp_path, sites_copy, smtp):
    controller, inbox = smtp
    db_path = tmp_path / "oit.db"
    import_agencies(open_db(db_path), registry(tmp_path))
    with Farm(sites_copy, hang_seconds=4) as farm:
        down = overrides(farm, free_port(), consecutive=1)               # nothing listens there
        summary = scheduler.run_cycle(None, str(db_path), down)
    assert summary["queued"] == 2 and summary["sent"] == 0 and summary["failed"] == 2
    db = open_db(db_path)
    pending = list(db["alerts"].rows_where("state = 'pending'"))
    assert len(pending) == 2 and all("SMTP" in a["last_error"] and a["attempts"] == 1 for a in pending)
    up = dict(DEFAULTS["alerts"], smtp_host="127.0.0.1", smtp_port=controller.port, allow_private=True)
    assert send_pending(db, up) == (2, 0)
    assert len(inbox.messages) == 2
    assert send_pending(db, up) == (0, 0)                                 # never twice
    assert db["alerts"].count_where("state = 'sent'") == 2


def test_a_second_process_cannot_start_an_overlapping_crawl(tmp_path):
    db_path = tmp_path / "oit.db"
    import_agencies(open_db(db_path), registry(tmp_path))
    with crawl_lock(db_path):
        result = subprocess.run([sys.executable, "scheduler.py", "--once", "--db", str(db_path), "--allow-private"],
                                cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0
    assert "skipped: another crawl is running" in result.stdout
    assert open_db(db_path)["runs"].count == 0


def record_call(path: str) -> None:
    """The job under test; it writes to a file because APScheduler imports this module afresh by name."""
    with open(path, "a") as fh:
        fh.write("ran\n")


def test_jobs_persist_and_a_missed_night_runs_once(tmp_path):
    db_path = tmp_path / "oit.db"
    open_db(db_path)
    settings = {**DEFAULTS, "schedule": dict(DEFAULTS["schedule"], misfire_grace_hours=96)}
    first = scheduler.build_scheduler(settings, db_path, blocking=False)
    first.start(paused=True)
    calls = tmp_path / "calls.txt"
    scheduler.add_nightly_job(first, settings, func="tests.test_alerts:record_call", kwargs={"path": str(calls)})
    first.shutdown()

    second = scheduler.build_scheduler(settings, db_path, blocking=False)  # a restart: the job comes from SQLite
    second.start(paused=True)
    job = second.get_job(scheduler.JOB_ID)
    assert job is not None and str(job.trigger.timezone) == "Asia/Bangkok"
    assert job.next_run_time.astimezone(timezone(timedelta(hours=7))).hour == 1
    # the machine was off for three nights: three run times are due
    second.modify_job(scheduler.JOB_ID, next_run_time=datetime.now(timezone.utc) - timedelta(days=3, hours=1))
    second.resume()
    deadline = time.time() + 10
    while not calls.exists() and time.time() < deadline:
        time.sleep(0.1)
    time.sleep(1)
    job = second.get_job(scheduler.JOB_ID)
    second.shutdown()
    assert calls.read_text().count("ran") == 1                              # coalesced: once, not three times
    assert job.next_run_time > datetime.now(timezone.utc)
