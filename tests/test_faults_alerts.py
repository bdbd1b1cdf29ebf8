"""Alert delivery under faults: every channel behind the crawler's address guard, a total deadline per message,
and exactly-once across a sender killed mid-send and its claim expiring. Real SMTP (aiosmtpd) and real HTTP
servers on loopback."""
import os
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from aiosmtpd.controller import Controller

from alerts.outbox import send_pending
from storage import open_db
from storage.agencies import import_agencies
from tests.hostile import ROOT
from tests.test_alerts import Inbox, free_port, smtp  # noqa: F401  (smtp: the fixture, aiosmtpd on loopback)
from tests.test_hostile_alerts import queue


class Listener:
    """A loopback HTTP server that records every request and answers as told (``drip``: one byte a second)."""

    def __init__(self, drip: int = 0):
        self.requests: list[str] = []
        listener = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                listener.requests.append(self.path)
                self.send_response(200)
                self.send_header("Content-Length", str(max(drip, 2)))
                self.end_headers()
                try:
                    for _ in range(drip):  # the answer, one byte a second
                        self.wfile.write(b"x")
                        self.wfile.flush()
                        time.sleep(1)
                    if not drip:
                        self.wfile.write(b"ok")
                except OSError:
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hook"

    def __enter__(self):
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def mail_settings(port: int, **extra) -> dict:
    return {"smtp_host": "127.0.0.1", "smtp_port": port, "mail_from": "oitwatch@x.go.th", "smtp_security": "none",
            **extra}


def test_no_channel_reaches_a_loopback_address_unless_allowed(tmp_path, smtp):
    controller, inbox = smtp
    db = open_db(tmp_path / "oit.db")
    with Listener() as hook:
        queue(db, 1)                                                            # e-mail via a loopback SMTP host
        queue(db, 1, channel="webhook", recipient=hook.url)                     # the settings' webhook
        queue(db, 1, channel="apprise", recipient=hook.url.replace("http://", "json://"))  # a registry notify_url
        queue(db, 1, channel="webhook", recipient="http://0x7f000001:%d/hook" % hook.httpd.server_address[1])
        sent, failed = send_pending(db, mail_settings(controller.port))
        assert (sent, failed) == (0, 4) and hook.requests == [] and inbox.messages == []
        errors = [a["last_error"] for a in db["alerts"].rows]
        assert all("private or loopback" in e for e in errors), errors
        # allowed explicitly (a local relay, as tests and the demo use): the same outbox goes out
        sent, failed = send_pending(db, mail_settings(controller.port, allow_private=True))
        assert sent >= 3 and len(inbox.messages) == 1 and len(hook.requests) == 2


def test_a_registry_notify_url_must_be_an_allowed_scheme_and_a_public_address(tmp_path):
    path = tmp_path / "reg.csv"
    path.write_text("id,name_th,url,notify_url\n"
                    "a,อบต.เอ,https://www.a.go.th/,json://127.0.0.1:8080/hook\n"
                    "b,อบต.บี,https://www.b.go.th/,file:///etc/passwd\n"
                    "c,อบต.ซี,https://www.c.go.th/,jsons://[::ffff:10.0.0.1]/x\n"
                    "d,อบต.ดี,https://www.d.go.th/,mailto://user:pw@x.go.th?smtp=localhost\n"
                    "e,อบต.อี,https://www.e.go.th/,tgram://123456:abcdef/987\n", encoding="utf-8")
    db = open_db(tmp_path / "oit.db")
    report = import_agencies(db, path)
    assert report.ids == ["a", "b", "c", "d", "e"]  # the agencies are kept; their bad channels are not
    urls = {a["id"]: a["notify_url"] for a in db["agencies"].rows}
    assert urls == {"a": "", "b": "", "c": "", "d": "", "e": "tgram://123456:abcdef/987"}
    assert sum("notify_url" in w for w in report.warnings) == 4


def test_a_dribbling_webhook_is_cut_off_at_the_send_deadline(tmp_path):
    db = open_db(tmp_path / "oit.db")
    with Listener(drip=30) as hook:
        queue(db, 1, channel="webhook", recipient=hook.url)
        started = time.monotonic()
        sent, failed = send_pending(db, {"allow_private": True, "send_seconds": 3})
        took = time.monotonic() - started
    assert (sent, failed) == (0, 1) and took < 8, took
    alert = next(db["alerts"].rows)
    assert alert["state"] == "pending" and "3 s" in alert["last_error"], alert["last_error"]


class KillingInbox(Inbox):
    """Accepts each message, then SIGKILLs the sender before it can record that it was sent."""

    def __init__(self):
        super().__init__()
        self.victim = None

    async def handle_DATA(self, server, session, envelope):
        answer = await super().handle_DATA(server, session, envelope)
        if self.victim is not None:
            os.kill(self.victim, signal.SIGKILL)
        return answer


def test_an_alert_is_never_sent_twice_after_a_kill_and_claim_expiry(tmp_path):
    inbox = KillingInbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        db_path = tmp_path / "oit.db"
        db = open_db(db_path)
        queue(db, 1)
        env = dict(os.environ, PYTHONPATH=str(ROOT), OIT_ALERTS_SMTP_HOST="127.0.0.1",
                   OIT_ALERTS_SMTP_PORT=str(controller.port), OIT_ALERTS_ALLOW_PRIVATE="true")
        sender = subprocess.Popen([sys.executable, "-m", "oit", "--db", str(db_path), "alerts", "send"], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        inbox.victim = sender.pid
        assert sender.wait(60) == -signal.SIGKILL
        assert len(inbox.messages) == 1
        inbox.victim = None
        # fifteen minutes later the claim has expired; the next cycle sends what is pending
        db.execute("UPDATE alerts SET claimed_at = '2000-01-01T00:00:00+00:00'")
        db.conn.commit()
        send_pending(db, mail_settings(controller.port, allow_private=True))
        assert len(inbox.messages) == 1, "delivered twice"
        alert = next(db["alerts"].rows)
        assert alert["state"] == "unknown" and "not resent" in alert["last_error"]
        # one claimed by a sender that died before handing it over is sent, once
        queue(db, 1, recipient="b{n}@x.go.th")
        db.execute("UPDATE alerts SET state = 'sending', claimed_at = '2000-01-01T00:00:00+00:00' "
                   "WHERE recipient = 'b0@x.go.th'")
        db.conn.commit()
        assert send_pending(db, mail_settings(controller.port, allow_private=True)) == (1, 0)
        assert len(inbox.messages) == 2
        assert inbox.messages[0][1]["Message-ID"] and inbox.messages[0][1]["Message-ID"] != inbox.messages[1][1]["Message-ID"]
    finally:
        controller.stop()
