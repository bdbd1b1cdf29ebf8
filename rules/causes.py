"""Plain Thai and English words for why a site or page could not be read, instead of the crawler's raw text
(``[<twisted.python.failure.Failure twisted.internet.error.ConnectionDone: …>]``, ``DNSLookupError``…).
The words are the domain vocabulary's (rules/vocabulary.py); this module reads them back from raw text, for the
run summary (``run_agencies.home_error``), the web UI and alerts.

>>> cause("[<twisted.python.failure.Failure twisted.internet.error.DNSLookupError: DNS lookup failed>]")["en"]
'the name of the site does not resolve (DNS): the domain may have expired or be mistyped'
>>> cause("HTTP 503")["th"]
'เซิร์ฟเวอร์ตอบว่าขัดข้อง (HTTP 503)'
>>> not_the_site("Account Suspended", "This Account has been suspended. Contact your hosting provider.", 0)
'suspended'
>>> not_the_site("องค์การบริหารส่วนตำบลบ้านนา", "หน้าหลัก ข่าวประชาสัมพันธ์ ITA 2569 " * 20, 60)
''
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


# A home page that is not the agency's site: what a hosting provider, a web server or a domain's registrar shows in
# its place, or what an intruder put there. A person finds nothing of the agency there: the site is unreachable for
# the night (its items unchecked, the site-down alert after consecutive nights), never "every item missing".
_NOT_THE_SITE = [(kind, re.compile(pattern, re.I)) for kind, pattern in [
    ("suspended", r"\b(?:account|website|site|domain) (?:has been |is |was )?suspended|suspendedpage\.cgi|"
                  r"บัญชี\S{0,20}ถูกระงับ|เว็บไซต์\S{0,20}ถูกระงับ"),
    ("parked", r"domain (?:name )?(?:is |may be )?(?:for sale|parked)|buy this domain|(?:this|the) domain (?:name )?has "
               r"expired|parkingcrew|sedoparking|โดเมน\S{0,20}หมดอายุ"),
    ("default_page", r"apache2?(?: ubuntu| debian| http server)? default page|\bit works!|welcome to nginx|test page for "
                     r"the (?:apache|nginx)|iis windows server|internet information services|default web site page|"
                     r"domain default page|web server'?s default page"),
    ("defaced", r"\bh[a4]ck[e3]d by\b|\bdefaced by\b"),
]]
# what a hacked site's home page advertises in Thai (online gambling), and words any agency's home page carries
_GAMBLING = re.compile(r"สล็อต|บาคาร่า|คาสิโน|ufabet|แทงบอล|เว็บพนัน|pg ?slot|หวยออนไลน์|เครดิตฟรี|ฝากถอน", re.I)
_AGENCY = re.compile(r"องค์การบริหารส่วน|เทศบาล|อบต|อบจ|โรงพยาบาล|สำนักงาน|กระทรวง|จังหวัด|ศาลากลาง|โรงเรียน|"
                     r"มหาวิทยาลัย|ส่วนราชการ|หน่วยงาน|(?<![a-z])(?:ita|oit|moit)(?![a-z])", re.I)
_SMALL_TEXT, _FEW_LINKS = 3000, 15  # such a page is a notice, not a site: an agency's home page says and links more


def not_the_site(title: str, text: str, links: int) -> str:
    """The kind of page (a failure kind: ``suspended``, ``parked``, ``default_page``, ``defaced``) when a home page
    is not the agency's site but what stands in its place, else "". A page naming an agency is its site."""
    said = f"{title or ''} {text or ''}"
    agency, gambling = len(_AGENCY.findall(said)), [m.lower() for m in _GAMBLING.findall(said)]
    if len(set(gambling)) >= 3 and len(gambling) > 3 * agency:  # an intruder's advertising, the agency's name at
        return "defaced"  # most left in the title (an agency's warning against gambling is a news item among many)
    if agency or len(text or "") > _SMALL_TEXT or links > _FEW_LINKS:
        return ""
    return next((kind for kind, pattern in _NOT_THE_SITE if pattern.search(said)), "")


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
