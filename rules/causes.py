"""Plain Thai and English words for why a site or page could not be read, instead of the crawler's raw text
(``[<twisted.python.failure.Failure twisted.internet.error.ConnectionDone: …>]``, ``DNSLookupError``…).

One owner for failure kinds: the run summary stores these words as ``run_agencies.home_error``, the engine's
"could not be crawled" reason, the web UI and alerts show them. ``cause`` of its own words gives them back.

>>> cause("[<twisted.python.failure.Failure twisted.internet.error.DNSLookupError: DNS lookup failed>]")["en"]
'the name of the site does not resolve (DNS): the domain may have expired or be mistyped'
>>> cause("HTTP 503")["th"]
'เซิร์ฟเวอร์ตอบว่าขัดข้อง (HTTP 503)'
"""
from __future__ import annotations

import re

# (pattern on the raw error, kind, Thai, English); first match wins, so specific patterns come first.
_CAUSES: list[tuple[re.Pattern, str, str, str]] = [(re.compile(p, re.I), k, th, en) for p, k, th, en in [
    (r"DNSLookupError|DNS lookup failed|Name or service not known|getaddrinfo|no address", "dns",
     "ไม่พบชื่อเว็บไซต์ในระบบ DNS (โดเมนอาจหมดอายุหรือสะกดผิด)",
     "the name of the site does not resolve (DNS): the domain may have expired or be mistyped"),
    (r"timeout|timed out|took longer than|TCPTimedOut", "timeout",
     "เว็บไซต์ไม่ตอบภายในเวลาที่กำหนด (หมดเวลา)", "the site did not answer in time (timeout)"),
    (r"ConnectionRefused|Connection refused", "refused",
     "เซิร์ฟเวอร์ปฏิเสธการเชื่อมต่อ (เว็บเซิร์ฟเวอร์อาจปิดอยู่)", "the server refused the connection (the web server may be down)"),
    (r"SSL|TLS|certificate|handshake", "tls",
     "ใบรับรองความปลอดภัย (TLS/HTTPS) ของเว็บไซต์ไม่ถูกต้องหรือหมดอายุ", "the site's security certificate (TLS/HTTPS) is invalid or expired"),
    (r"ConnectionDone|ConnectionLost|ResponseNeverReceived|ResponseFailed|closed cleanly|connection was closed",
     "closed", "เซิร์ฟเวอร์ปิดการเชื่อมต่อโดยไม่ส่งหน้าเว็บ", "the server closed the connection without sending the page"),
    (r"robots", "robots", "ไฟล์ robots.txt ของเว็บไซต์ไม่อนุญาตให้เข้าถึง", "the site's robots.txt forbids access"),
    (r"redirect", "redirect", "เว็บไซต์เปลี่ยนเส้นทางวนซ้ำไม่สิ้นสุด", "the site redirects in a loop"),
    (r"private|loopback|non-global|not allowed", "private",
     "ที่อยู่ของเว็บไซต์ชี้ไปยังเครือข่ายภายใน จึงไม่ได้เข้าถึง", "the site's address points into a private network, so it was not fetched"),
    (r"not reached|no pages", "not_reached", "ยังไม่ได้เข้าถึงก่อนรอบการตรวจสิ้นสุด", "not reached before the run ended"),
]]
_HTTP = re.compile(r"HTTP\s*(\d{3})")
_HTTP_WORDS = {404: ("ไม่พบหน้าเว็บ", "page not found"), 403: ("เซิร์ฟเวอร์ไม่อนุญาตให้เข้าถึง", "access forbidden"),
               401: ("ต้องเข้าสู่ระบบก่อน", "login required"), 410: ("หน้าเว็บถูกลบแล้ว", "page removed")}


def cause(raw: str | None) -> dict[str, str]:
    """``{"kind", "th", "en"}`` for a raw crawler error (or for words this module gave before)."""
    text = raw or ""
    for pattern, kind, th, en in _CAUSES:
        if text in (th, en):
            return {"kind": kind, "th": th, "en": en}
    status = _HTTP.search(text)
    if status:
        code = int(status.group(1))
        if code >= 500:
            return {"kind": "http", "th": f"เซิร์ฟเวอร์ตอบว่าขัดข้อง (HTTP {code})", "en": f"the server reported an error (HTTP {code})"}
        th, en = _HTTP_WORDS.get(code, ("เซิร์ฟเวอร์ไม่ส่งหน้าเว็บ", "the server did not send the page"))
        return {"kind": "http", "th": f"{th} (HTTP {code})", "en": f"{en} (HTTP {code})"}
    for pattern, kind, th, en in _CAUSES:
        if pattern.search(text):
            return {"kind": kind, "th": th, "en": en}
    return {"kind": "other", "th": "เข้าถึงเว็บไซต์ไม่ได้", "en": "the site could not be reached"}


def home_error_words(kind: str | None, detail: str | None, status: int | None) -> str:
    """What ``run_agencies.home_error`` keeps for a home page that failed: plain English words, never a raw
    Twisted failure (they reached findings' reasons and alerts before)."""
    raw = " ".join(filter(None, [detail, kind, f"HTTP {status}" if (status or 0) >= 400 else ""]))
    return cause(raw)["en"] if raw else ""


def unreachable_reason(home_error: str | None) -> tuple[str, str]:
    """(Thai, English) reason for every item of a site that could not be crawled."""
    words = cause(home_error) if home_error else {"th": "ไม่ได้อ่านหน้าใดเลย", "en": "no pages"}
    return f"เข้าถึงเว็บไซต์ไม่ได้ ({words['th']})", f"the site could not be crawled ({words['en']})"


_UNREACHABLE_REASON = re.compile(r"^(เข้าถึงเว็บไซต์ไม่ได้|the site could not be crawled) \((.*)\)$", re.S)


def plain_reason(reason: str | None, lang: str) -> str:
    """A finding's reason, with the raw error inside "site could not be crawled (…)" put in plain words."""
    match = _UNREACHABLE_REASON.match(reason or "")
    if not match:
        return reason or ""
    words = cause(match.group(2))
    return f"ไม่ได้ตรวจ: {words['th']}" if lang == "th" else f"not checked: {words['en']}"
