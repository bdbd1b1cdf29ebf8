"""Delivery channels: e-mail over SMTP, a JSON webhook, and any Apprise URL (LINE, Telegram, Teams…).

Every channel goes through the crawler's address guard (:func:`check_host`): an alert is never sent to a
loopback, private or link-local address unless ``allow_private`` says so (tests and the demo do) — a
``notify_url`` from a registry must not turn the outbox into a way to reach the server's own network. Each
send has a total deadline (:data:`SEND_SECONDS`), whatever the peer does: a webhook that dribbles its answer
one byte every 10 s is cut off, not waited for.
"""
from __future__ import annotations

import json
import smtplib
import socket
import ssl
import threading
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr
from http.client import HTTPConnection, HTTPException, HTTPSConnection
from urllib.parse import urlsplit

from storage.notify import APPRISE_SCHEMES, HOST_SCHEMES, apprise_hosts, notify_url_problem  # noqa: F401

SEND_SECONDS = 60  # the most one message may take, all of it (connect, send, answer)


class DeliveryError(RuntimeError):
    pass


def check_host(host: str, allow_private: bool = False) -> None:
    """Refuse a host that is, or resolves to, a non-global address (the crawler's rule: loopback, private,
    link-local, 100.64/10, in any spelling), unless ``allow_private``."""
    from crawler.middlewares import host_is_private

    if not host:
        raise DeliveryError("no host to send to")
    if not allow_private and host_is_private(host):
        raise DeliveryError(f"refused: {host} is a private or loopback address (alerts.allow_private)")


class Deadline:
    """Close ``target``'s socket when ``seconds`` have passed: a blocked read or write then fails at once."""

    def __init__(self, seconds: float, what: str):
        self.seconds, self.what, self.expired = seconds, what, False
        self.socket_of = lambda: None
        self.timer = threading.Timer(seconds, self._expire)
        self.timer.daemon = True

    def _expire(self) -> None:
        self.expired = True
        sock = self.socket_of()
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def __enter__(self) -> "Deadline":
        self.timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self.timer.cancel()

    def error(self, exc: BaseException) -> DeliveryError:
        if self.expired:
            return DeliveryError(f"{self.what}: no answer within {self.seconds:g} s (the send was cut off)")
        return DeliveryError(f"{self.what}: {exc}")


def one_line(value: str) -> str:
    """A header value on one line: agency names from a registry may carry line breaks (header injection)."""
    return " ".join(str(value).split())


def send_email(settings: dict, recipient: str, subject: str, body: str, message_id: str = "") -> None:
    if not settings.get("smtp_host"):
        raise DeliveryError("no SMTP host configured ([alerts] smtp_host)")
    message = EmailMessage()
    try:
        message["From"], message["To"] = one_line(settings["mail_from"]), one_line(recipient)
        message["Subject"] = one_line(subject)
        message["Date"] = formatdate(localtime=False)  # RFC 5322 requires Date; Message-ID lets replies thread
        message["Message-ID"] = message_id or make_msgid("oitwatch", domain=parseaddr(one_line(settings["mail_from"]))[1].rpartition("@")[2] or None)
    except (ValueError, TypeError) as exc:  # an address the e-mail library refuses
        raise DeliveryError(f"cannot address a message to {recipient!r}: {exc}") from exc
    message.set_content(body, charset="utf-8")
    security = settings.get("smtp_security", "none")
    if security not in {"none", "starttls", "ssl"}:  # never fall back to plain text on a typo
        raise DeliveryError(f"unknown smtp_security {security!r} (none, starttls or ssl)")
    host, port = settings["smtp_host"], int(settings["smtp_port"])
    check_host(host, bool(settings.get("allow_private")))
    seconds = float(settings.get("send_seconds") or SEND_SECONDS)
    with Deadline(seconds, f"SMTP {host}:{port}") as deadline:
        try:
            if security == "ssl":
                client = smtplib.SMTP_SSL(timeout=min(30, seconds), context=ssl.create_default_context())
            else:
                client = smtplib.SMTP(timeout=min(30, seconds))
            client.connect(host, port)
            sock = client.sock
            deadline.socket_of = lambda: sock
            with client:
                if security == "starttls":
                    client.starttls(context=ssl.create_default_context())
                if settings.get("smtp_user"):
                    client.login(settings["smtp_user"], settings.get("smtp_password", ""))
                client.send_message(message)
        except (OSError, smtplib.SMTPException) as exc:
            raise deadline.error(exc) from exc


def send_webhook(url: str, payload: dict, allow_private: bool = False, seconds: float = SEND_SECONDS,
                 key: str = "") -> None:
    """POST ``payload`` as JSON; ``key`` goes in an ``Idempotency-Key`` header (and the payload) so that a
    receiver can tell a message it has already had."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        raise DeliveryError(f"webhook {url}: not an http(s) URL")
    check_host(parts.hostname or "", allow_private)
    body = json.dumps(payload | ({"idempotency_key": key} if key else {}), ensure_ascii=False).encode("utf-8")
    headers = {"Content-Type": "application/json; charset=utf-8", "Host": parts.netloc}
    if key:
        headers["Idempotency-Key"] = key
    connection_class = HTTPSConnection if parts.scheme == "https" else HTTPConnection
    with Deadline(seconds, f"webhook {url}") as deadline:
        connection = connection_class(parts.hostname, parts.port, timeout=min(30, seconds))
        try:
            connection.connect()
            sock = connection.sock  # kept: http.client lets go of it once a closing answer has begun
            deadline.socket_of = lambda: sock
            connection.request("POST", (parts.path or "/") + (f"?{parts.query}" if parts.query else ""), body, headers)
            response = connection.getresponse()
            response.read(65536)
            status = response.status
        except (OSError, ValueError, HTTPException) as exc:  # refused, reset, cut off at the deadline, garbled
            raise deadline.error(exc) from exc
        finally:
            connection.close()
    if deadline.expired:
        raise deadline.error(TimeoutError())
    if status >= 300:
        raise DeliveryError(f"webhook {url}: HTTP {status}")


def send_apprise(url: str, subject: str, body: str, allow_private: bool = False,
                 seconds: float = SEND_SECONDS) -> None:
    problem = notify_url_problem(url)
    if problem:
        raise DeliveryError(problem)
    for host in apprise_hosts(url):
        check_host(host, allow_private)
    try:
        import apprise
    except ImportError as exc:
        raise DeliveryError("Apprise is not installed: pip install 'oit-watch[apprise]'") from exc
    notifier = apprise.Apprise()
    if not notifier.add(url):
        raise DeliveryError(f"Apprise could not deliver to {url.split('://')[0]}://…")
    # Apprise offers no overall timeout: its send runs in a thread that is given up on at the deadline
    done: list[bool] = []
    worker = threading.Thread(target=lambda: done.append(bool(notifier.notify(title=subject, body=body))), daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise DeliveryError(f"Apprise {url.split('://')[0]}://…: no answer within {seconds:g} s")
    if not done or not done[0]:
        raise DeliveryError(f"Apprise could not deliver to {url.split('://')[0]}://…")
