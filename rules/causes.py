"""Plain Thai and English words for why a site or page could not be read, instead of the crawler's raw text
(``[<twisted.python.failure.Failure twisted.internet.error.ConnectionDone: …>]``, ``DNSLookupError``…).
The words are the domain vocabulary's (rules/vocabulary.py); this module reads them back from raw text, for the
run summary (``run_agencies.home_error``), the web UI and alerts.

>>> cause("[<twisted.python.failure.Failure twisted.internet.error.DNSLookupError: DNS lookup failed>]")["en"]
'the name of the site does not resolve (DNS): the domain may have expired or be mistyped'
>>> cause("HTTP 503")["th"]
'เซิร์ฟเวอร์ตอบว่าขัดข้อง (HTTP 503)'
"""
from __future__ import annotations

import json
import re
from typing import Any

from rules.vocabulary import failure_kind, failure_words, render


def cause(raw: str | None) -> dict[str, str]:
    """``{"kind", "th", "en"}`` for a raw crawler error (kind ``http`` for any HTTP status, ``other`` when
    unknown); never the raw text itself."""
    kind = failure_kind(raw)
    th, en = failure_words(kind)
    return {"kind": "http" if kind.startswith("http_") else kind, "th": th, "en": en}


def home_error_words(kind: str | None, detail: str | None, status: int | None) -> str:
    """What ``run_agencies.home_error`` keeps for a home page that failed: plain English words, never a raw
    Twisted failure (they reached findings' reasons and alerts before)."""
    raw = " ".join(filter(None, [detail, kind, f"HTTP {status}" if (status or 0) >= 400 else ""]))
    return cause(raw)["en"] if raw else ""


_UNREACHABLE_REASON = re.compile(r"^(เข้าถึงเว็บไซต์ไม่ได้|the site could not be crawled) \((.*)\)$", re.S)


def plain_reason(reason: str | None, lang: str, code: str | None = None, params: str | dict[str, Any] | None = None) -> str:
    """A finding's reason: rendered from its code when it has one, else its stored prose with the raw error
    inside "site could not be crawled (…)" put in plain words."""
    if code:
        th, en = render(code, json.loads(params or "{}") if isinstance(params, str) else params)
        reason = th if lang == "th" else en
    match = _UNREACHABLE_REASON.match(reason or "")
    if not match:
        return reason or ""
    words = cause(match.group(2))
    return f"ไม่ได้ตรวจ: {words['th']}" if lang == "th" else f"not checked: {words['en']}"
