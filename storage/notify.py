"""Which alert addresses a registry row may hold: a ``notify_url`` of an allowed Apprise scheme whose hosts are not
private or loopback (checked again when a message is sent, alerts/channels.py)."""
from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from rules.urls import name_is_private

# Apprise schemes a registry's notify_url may use. For those addressed to a host of the URL's choosing the
# host is checked like any other address (``HOST_SCHEMES``); the rest go to their service's public API.
APPRISE_SCHEMES = {"line", "tgram", "discord", "slack", "msteams", "gchat", "pover", "mailto", "mailtos",
                   "json", "jsons", "form", "forms", "xml", "xmls", "ntfy", "ntfys"}
HOST_SCHEMES = {"mailto", "mailtos", "json", "jsons", "form", "forms", "xml", "xmls", "ntfy", "ntfys"}


def notify_url_problem(url: str) -> str:
    """Why a registry ``notify_url`` cannot be used (scheme not allowed, a private address), or ""."""
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    if scheme not in APPRISE_SCHEMES:
        return f"notify_url scheme {scheme or '(none)'!r} is not allowed ({', '.join(sorted(APPRISE_SCHEMES))})"
    host = apprise_hosts(url)
    if any(name_is_private(h) for h in host):
        return f"notify_url points at a private or loopback address: {url[:100]!r}"
    return ""


def apprise_hosts(url: str) -> list[str]:
    """The hosts an Apprise URL makes Apprise connect to (its own host, an ``smtp=`` server)."""
    try:
        parts = urlsplit(url)
        hosts = [parts.hostname or ""] if parts.scheme.lower() in HOST_SCHEMES else []
        hosts += [urlsplit("//" + v).hostname or v for v in parse_qs(parts.query).get("smtp", [])]
    except ValueError:
        return ["invalid"]
    return [h for h in hosts if h]
