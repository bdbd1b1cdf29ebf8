"""Delivery channels: e-mail over SMTP, a JSON webhook, and any Apprise URL (LINE, Telegram, Teams…)."""
from __future__ import annotations

import json
import smtplib
import ssl
import urllib.request
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr


class DeliveryError(RuntimeError):
    pass


def one_line(value: str) -> str:
    """A header value on one line: agency names from a registry may carry line breaks (header injection)."""
    return " ".join(str(value).split())


def send_email(settings: dict, recipient: str, subject: str, body: str) -> None:
    if not settings.get("smtp_host"):
        raise DeliveryError("no SMTP host configured ([alerts] smtp_host)")
    message = EmailMessage()
    try:
        message["From"], message["To"] = one_line(settings["mail_from"]), one_line(recipient)
        message["Subject"] = one_line(subject)
        message["Date"] = formatdate(localtime=False)  # RFC 5322 requires Date; Message-ID lets replies thread
        message["Message-ID"] = make_msgid("oitwatch", domain=parseaddr(one_line(settings["mail_from"]))[1].rpartition("@")[2] or None)
    except (ValueError, TypeError) as exc:  # an address the e-mail library refuses
        raise DeliveryError(f"cannot address a message to {recipient!r}: {exc}") from exc
    message.set_content(body, charset="utf-8")
    security = settings.get("smtp_security", "none")
    if security not in {"none", "starttls", "ssl"}:  # never fall back to plain text on a typo
        raise DeliveryError(f"unknown smtp_security {security!r} (none, starttls or ssl)")
    try:
        if security == "ssl":
            client = smtplib.SMTP_SSL(settings["smtp_host"], int(settings["smtp_port"]), timeout=30,
                                      context=ssl.create_default_context())
        else:
            client = smtplib.SMTP(settings["smtp_host"], int(settings["smtp_port"]), timeout=30)
        with client:
            if security == "starttls":
                client.starttls(context=ssl.create_default_context())
            if settings.get("smtp_user"):
                client.login(settings["smtp_user"], settings.get("smtp_password", ""))
            client.send_message(message)
    except (OSError, smtplib.SMTPException) as exc:
        raise DeliveryError(f"SMTP {settings['smtp_host']}:{settings['smtp_port']}: {exc}") from exc


def send_webhook(url: str, payload: dict) -> None:
    request = urllib.request.Request(url, data=json.dumps(payload, ensure_ascii=False).encode("utf-8"),
                                     headers={"Content-Type": "application/json; charset=utf-8"}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            if response.status >= 300:
                raise DeliveryError(f"webhook {url}: HTTP {response.status}")
    except OSError as exc:
        raise DeliveryError(f"webhook {url}: {exc}") from exc


def send_apprise(url: str, subject: str, body: str) -> None:
    try:
        import apprise
    except ImportError as exc:
        raise DeliveryError("Apprise is not installed: pip install 'oit-watch[apprise]'") from exc
    notifier = apprise.Apprise()
    if not notifier.add(url) or not notifier.notify(title=subject, body=body):
        raise DeliveryError(f"Apprise could not deliver to {url.split('://')[0]}://…")
