"""Named, parameterised checks that rulebook items list under ``checks:``.

Each check reads the evidence found for one item and returns an Outcome; none knows any OIT item.

=================  ======================================================================================
check              passes when
=================  ======================================================================================
has_content        the evidence is a readable page or document (``min_chars``, default 80); an
                   image-only scan fails, as its text cannot be read
mentions_year      the text names the fiscal year: ``year: current | previous | current_or_previous``
                   or a B.E. number; Thai or Arabic digits, "พ.ศ. ๒๕๖๖", "ปีงบประมาณ 66", "ต.ค. 65"
covers_months      the text covers every month in ``months`` (default ต.ค.–มี.ค., the first six months of
                   the fiscal year), listed one by one or as a range "ต.ค. 65 – มี.ค. 66"
has_components     every entry of ``components`` is present; an entry matches by ``any`` (terms, not
                   where the text denies them: "โทรสาร: -", "(ยังไม่มีแผนที่)"), ``patterns`` (regular
                   expressions), ``link_hosts`` (a link or embedded frame to such a host, e.g. a map),
                   ``link_kinds`` (e.g. ``img`` for photos, images inside a PDF included) or ``images``
                   (an image or frame whose alt text, file name or caption has one of these words)
interactive        a form or webboard on the site, or a reachable outside service (e.g. Google Forms)
links_to_hosts     links to any of ``hosts`` (e.g. Facebook, LINE, YouTube) of which one answers
signed             the evidence does not say it is unsigned: it fails only where the text denies the head's
                   signature or approval (``words``: "ยังไม่ได้ลงนาม", "ยังไม่มีผู้อนุมัติ") and names none
                   elsewhere; a signature is ink, so evidence silent about it is not judged
survey_link        a link or a scanned QR code to ``hosts`` (the EIT survey on itas.nacc.go.th), a link whose
                   words name it (``words``), or a picture shown as its QR code (alt/caption "QR code" and
                   ``words``) on the item's pages or the home page; absent only when every picture there was
                   scanned (crawler/qr.py), else unverified (``qr_unread``)
=================  ======================================================================================
Content checks cannot read evidence on outside hosts; they then pass with the signal "unverified".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable, Sequence, TypeVar
from urllib.parse import urlsplit

from rules.thai import MONTHS_ABBR, Term, Text, thai_digits
from rules.urls import DOCUMENT_KINDS  # image: a photographed document, read by OCR

MONTHS_EN_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@dataclass
class Doc:
    """One fetched page or document offered as evidence for an item."""

    url: str
    kind: str
    text: Text | None
    links: list[dict[str, Any]] = field(default_factory=list)
    forms: int = 0
    image_only: bool = False
    external: bool = False
    title: Text | None = None  # an outside document's title: all we can read of it
    ocr: bool = False  # its text was read from a scan by OCR


@dataclass
class Evidence:
    docs: list[Doc]
    year: int
    quarters: list[Any] = field(default_factory=list)  # rules.quarters.QuarterPiece: evidence naming its quarter

    def readable(self) -> list[Doc]:
        return [d for d in self.docs if d.text is not None and d.text.norm]

    @cached_property
    def _text(self) -> Text:
        return Text.joined([d.text for d in self.readable() if d.text is not None])

    def text(self) -> Text:
        return self._text

    @cached_property
    def _documents_text(self) -> Text:
        texts = [d.text for d in self.readable() if d.kind in DOCUMENT_KINDS and d.text is not None]
        return Text.joined(texts + [d.title for d in self.docs if d.title is not None])

    def dated_text(self, what: str) -> Text:
        """Where to read dates: the documents, when they carry any (a page saying "ประจำปี 2566" above last
        year's PDF is judged by the PDF); else all the evidence."""
        docs = self._documents_text
        return docs if getattr(docs, what)() else self._text

    @cached_property
    def _named_text(self) -> Text:
        return Text.joined([self._text] + [d.title for d in self.docs if d.title], unclear=False)

    def named_text(self) -> Text:
        """The text with what each outside document calls itself: a complaint page's Google Form titled
        "แจ้งเรื่องร้องเรียนการทุจริต" is the corruption channel. (An own page's title is not: CMSs title a
        general complaint form by the ITA heading it was filed under.)"""
        return self._named_text

    def links(self) -> list[dict[str, Any]]:
        return [link for d in self.docs for link in d.links]


@dataclass
class Outcome:
    ok: bool
    th: str = ""
    en: str = ""
    signal: str = ""
    share: float | None = None  # of the components found, where a check counts them
    absent: bool = False  # nothing the item asks for is there (only another round's evidence): missing, not partial
    unverified: str = ""  # an unread code (rules/vocabulary.UNREAD): found, but only where the crawl cannot look in

    @property
    def found(self) -> float:
        return self.share if self.share is not None else float(self.ok)


@dataclass
class Check:
    name: str
    run: Callable[..., Outcome]
    params: dict[str, Callable[[object], bool]]


CHECKS: dict[str, Check] = {}


CheckFunction = TypeVar("CheckFunction", bound=Callable[..., Outcome])


def check(name: str, **params: Callable[[object], bool]) -> Callable[[CheckFunction], CheckFunction]:
    """Register ``fn`` as the check ``name`` of rulebooks, its parameters validated by ``params``."""
    def register(fn: CheckFunction) -> CheckFunction:
        CHECKS[name] = Check(name, fn, params)
        return fn
    return register


def _unverified(ev: Evidence) -> bool:
    return not ev.readable() and any(d.external for d in ev.docs)


@check("has_content", min_chars=lambda v: isinstance(v, int) and v >= 0)
def has_content(ev: Evidence, min_chars: int = 80) -> Outcome:
    if _unverified(ev):
        return Outcome(True, signal="content on an outside host: reachable, not read")
    if ev.readable() and len(ev.text().norm) >= min_chars:
        return Outcome(True, signal=f"content {len(ev.text().norm)} chars")
    if any(d.external for d in ev.docs):  # a short page showing a Drive file: the file is the content
        return Outcome(True, signal="content on an outside host: reachable, not read")
    if any(d.image_only for d in ev.docs):
        return Outcome(False, "เอกสารเป็นภาพสแกน อ่านข้อความไม่ได้ ต้องตรวจด้วยตนเอง",
                       "the document is an image-only scan; its text cannot be read and needs a manual check")
    return Outcome(False, "ไม่มีเนื้อหาหรือรายละเอียด", "the page or document has no content")


def _wanted_years(year: int, which: object) -> list[int]:
    if isinstance(which, int):
        return [which]
    return {"current": [year], "previous": [year - 1], "current_or_previous": [year, year - 1]}[str(which)]


@check("mentions_year",
       year=lambda v: v in {"current", "previous", "current_or_previous"} or (isinstance(v, int) and v > 2400))
def mentions_year(ev: Evidence, year: object = "current") -> Outcome:
    wanted = _wanted_years(ev.year, year)
    if (_unverified(ev) or not ev.readable()) and not ev.dated_text("years").years():
        return Outcome(True, signal="year not verifiable")
    dated = ev.dated_text("years")
    # "1 ตุลาคม 2569" in a plan of fiscal 2570 is 2570's, not this round's year (last round's year is left as it
    # was read: the corpus's assessors take a 2569 No Gift announcement dated October 2568 as a mention of 2568)
    found = dated.round_years() if wanted == [ev.year] else dated.years()
    if found & set(wanted):
        year = sorted(found & set(wanted))[0]
        clear = year in dated.clear_years()
        return Outcome(True, signal=f"year {year}" + ("" if clear else " (read by OCR from unclear Thai digits)"))
    seen = sorted(found & dated.clear_years(), reverse=True)[:3]
    also_th = f" (พบปี {', '.join(thai_digits(y) for y in seen)})" if seen else ""
    also_en = f" (found {', '.join(map(str, seen))})" if seen else ""
    want_th = " หรือ ".join(thai_digits(y) for y in wanted)
    return Outcome(False, f"ไม่มีข้อมูลปี พ.ศ. {want_th}{also_th}",
                   f"no data for B.E. {' or '.join(map(str, wanted))}{also_en}")


@check("covers_months", months=lambda v: isinstance(v, list) and all(isinstance(m, int) and 1 <= m <= 12 for m in v))
def covers_months(ev: Evidence, months: Sequence[int] = (10, 11, 12, 1, 2, 3)) -> Outcome:
    if (_unverified(ev) or not ev.readable()) and not ev.dated_text("months").months():
        return Outcome(True, signal="months not verifiable")
    lacking = [m for m in months if m not in ev.dated_text("months").months()]
    if not lacking:
        return Outcome(True, signal="months covered")
    return Outcome(False, f"ข้อมูล {thai_digits(len(months))} เดือนไม่ครบถ้วน (ไม่พบเดือน {', '.join(MONTHS_ABBR[m - 1] + '.' for m in lacking)})",
                   f"the {len(months)}-month data is incomplete (missing {', '.join(MONTHS_EN_SHORT[m - 1] for m in lacking)})")


def _host_matches(url: str, wanted: str) -> bool:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    whost, _, wpath = wanted.partition("/")
    return (host == whost or host.endswith("." + whost)) and parts.path.lstrip("/").startswith(wpath)


def _valid_components(value: object) -> bool:
    keys = {"name_th", "name_en", "any", "patterns", "link_hosts", "link_kinds", "images"}
    if not isinstance(value, list) or not value:
        return False
    for comp in value:
        if not isinstance(comp, dict) or not comp.get("name_th") or set(comp) - keys:
            return False
        if not any(comp.get(k) for k in ("any", "patterns", "link_hosts", "link_kinds", "images")):
            return False
        try:
            [re.compile(p) for p in comp.get("patterns", [])]
        except (re.error, TypeError):
            return False
    return True


DECORATIVE = re.compile(r"logo|banner|icon|ico[-_]|bg|background|button|btn|arrow|bullet|spacer|blank|qr|"
                        r"pdf|doc|xls|download|line|facebook|youtube|ita|oit|eit|loading|header|footer", re.I)


def _decorative(link: dict[str, Any]) -> bool:
    """A logo, banner, icon or button: an image that is no one's photo."""
    if link.get("kind") != "img" or not link.get("url"):
        return False  # an image inside a PDF has no address, and is content
    return bool(DECORATIVE.search(f"{urlsplit(link['url']).path.rsplit('/', 1)[-1]} {link.get('text', '')}"))


def _image_named(link: dict[str, Any], words: list[str]) -> bool:
    """An image or frame whose alt text, file name or caption names it: a map drawn, a photo of the board."""
    if not words or link.get("kind") not in {"img", "iframe"}:
        return False
    about = Text(f"{link.get('text', '')} {link.get('title', '')} {link.get('url', '')} {link.get('context', '')[:120]}")
    return any(about.contains(Term(w), affirmed=True) for w in words)


@check("has_components", components=_valid_components)
def has_components(ev: Evidence, components: list[dict[str, Any]]) -> Outcome:
    if _unverified(ev) or not ev.readable():
        return Outcome(True, signal="components not verifiable")
    text, links = ev.named_text(), ev.links()
    lacking = []
    for comp in components:
        found = any(text.contains(Term(t), affirmed=True) for t in comp.get("any", []))
        found = found or any(re.search(p, text.norm) for p in comp.get("patterns", []))
        found = found or any(_host_matches(l.get("url", ""), h) for h in comp.get("link_hosts", []) for l in links)
        found = found or any(l.get("kind") in comp.get("link_kinds", []) and not _decorative(l) for l in links)
        found = found or any(_image_named(l, comp.get("images", [])) for l in links)
        if not found:
            lacking.append(comp)
    if not lacking:
        return Outcome(True, signal="all components")
    return Outcome(False, "องค์ประกอบไม่ครบ: ไม่พบ" + ", ".join(c["name_th"] for c in lacking),
                   "incomplete: no " + ", ".join(c.get("name_en") or c["name_th"] for c in lacking),
                   share=1 - len(lacking) / len(components))


SIGNED_WORDS = ["ลงนาม", "ลงชื่อ", "ลายมือชื่อ", "ผู้อนุมัติ", "อนุมัติแล้ว", "อนุมัติตามเสนอ"]


@check("signed", words=lambda v: isinstance(v, list) and all(isinstance(w, str) and w for w in v))
def signed(ev: Evidence, words: list[str] = SIGNED_WORDS) -> Outcome:
    """Evidence an item asks to be signed by the head (a memo, an order, a policy) is incomplete when it says it is
    not: a draft whose memo "ขออนุมัติ" and says "ผู้อำนวยการยังไม่ได้ลงนาม". A signature is ink, which text does
    not show: evidence silent about it (a memo's text layer without its signature block, a scan, an outside file)
    is not judged by this check."""
    text = ev.named_text()  # with what an outside file shows of itself (its name, its preview's words)
    if any(text.contains(Term(w), affirmed=True) for w in words):
        return Outcome(True, signal="signed")
    if not any(text.contains(Term(w)) for w in words):  # said nowhere, not even denied
        return Outcome(True, signal="signature not verifiable from the text")
    return Outcome(False, "หลักฐานระบุว่าผู้บริหารยังไม่ได้ลงนามหรืออนุมัติ",
                   "the evidence says the head has not signed or approved it", share=0.5)

FORM_SERVICE = re.compile(r"^https?://(docs\.google\.com/forms/|forms\.gle/|forms\.office\.com/|forms\.microsoft\.com/|"
                          r"forms\.cloud\.microsoft/)", re.I)  # Microsoft Forms' own name since 2024


# a chat app's door on the web: an official account's add-friend page (LINE), a Messenger chat; what is served
# there (a form, a menu of services) opens only inside the app
CHAT_APP = re.compile(r"^https?://(lin\.ee/|(?:page\.|liff\.)?line\.me/|m\.me/|(?:www\.)?messenger\.com/)", re.I)


@check("interactive", in_app=lambda v: v in ("pass", "unverified"))
def interactive(ev: Evidence, in_app: str = "pass") -> Outcome:
    """A channel a person uses on the web. ``in_app: unverified``: one only behind a chat app's door (an E-Service
    only in a LINE OA) is there, but what it serves is seen only after adding it as a friend in the app: a person
    must look (a Q&A or complaint channel in a LINE OA is a channel, and passes)."""
    if any(d.forms for d in ev.docs):
        return Outcome(True, signal="form present")
    outside = [d for d in ev.docs if d.external]
    forms = any(FORM_SERVICE.search(link.get("url") or "") for d in ev.docs for link in d.links or [])
    if outside and in_app == "unverified" and not forms and all(CHAT_APP.search(d.url) for d in outside):
        return Outcome(True, signal="only a chat app's door: " + outside[0].url, unverified="in_app")
    if outside:
        return Outcome(True, signal="outside service answers")
    # a page that hands the reader an online form (Google Forms, Microsoft Forms) offers one, as a person sees it
    if any(FORM_SERVICE.search(link.get("url") or "") for d in ev.docs for link in d.links or []):
        return Outcome(True, signal="links an online form")
    return Outcome(False, "ไม่พบช่องทางโต้ตอบ (แบบฟอร์มหรือกระดานถาม-ตอบ)",
                   "no interactive channel (form or Q&A board) found")


@check("links_to_hosts", hosts=lambda v: isinstance(v, list) and all(isinstance(h, str) for h in v))
def links_to_hosts(ev: Evidence, hosts: list[str]) -> Outcome:
    reach = [d for d in ev.docs if any(_host_matches(d.url, h) for h in hosts)]
    if reach:
        return Outcome(True, signal="linked: " + ", ".join(sorted({urlsplit(d.url).hostname or "" for d in reach})))
    return Outcome(False, "ไม่พบลิงก์เครือข่ายสังคมออนไลน์ที่ใช้งานได้", "no working social network link")


QR_WORDS = re.compile(r"qr|คิวอาร์", re.I)
# a template's picture: no one prints a QR code as a logo, an icon or a bullet (crawler/extract.TEMPLATE_PICTURE)
TEMPLATE_PICTURE = re.compile(r"(?:logo|icon|favicon|bullet|spacer|arrow|loading|bg)[^/]*$", re.I)


def _unscanned(link: dict[str, Any]) -> bool:
    """A picture (on a page, or inside a PDF) that could be a QR code and was not scanned (crawler/qr.py)."""
    if link.get("kind") != "img" or "qr" in link:
        return False
    url = link.get("url") or ""
    if not url:
        return str(link.get("context") or "").startswith("page ")  # a picture inside a PDF
    return url.startswith(("http://", "https://")) and not TEMPLATE_PICTURE.search(urlsplit(url).path)


@check("survey_link", hosts=lambda v: isinstance(v, list) and all(isinstance(h, str) for h in v),
       words=lambda v: isinstance(v, list) and all(isinstance(w, str) for w in v),
       name_th=lambda v: isinstance(v, str) and bool(v), name_en=lambda v: isinstance(v, str),
       absent=lambda v: v in ("partial", "note"))
def survey_link(ev: Evidence, hosts: list[str], words: list[str], name_th: str, name_en: str = "",
                absent: str = "partial") -> Outcome:
    """A survey the agency must put before its visitors (the EIT's QR code or link, ITA 2566 O43), on the item's
    pages or the home page (``ev`` holds it, kind ``site_home``): a link or a scanned QR code to one of ``hosts``, a
    link whose words name the survey, or a picture shown as its QR code. Not there: absent when every picture of
    those pages was scanned for QR codes, else unverified (a picture not scanned may be the code). ``absent: note``:
    what was found or not is only said in the signals, the verdict is the other checks' (a rulebook whose corpus
    was judged without the component)."""
    terms = [Term(w) for w in words]

    def named(link: dict[str, Any]) -> bool:
        about = Text(f"{link.get('text', '')} {link.get('title', '')} {link.get('context', '')[:160]} "
                     f"{urlsplit(link.get('url') or '').path.rsplit('/', 1)[-1]}")
        return any(about.contains(t, affirmed=True) for t in terms)

    links = ev.links()
    for link in links:
        if any(_host_matches(link.get("url") or "", h) for h in hosts):
            how = "QR code" if link.get("qr") is True else "link"
            return Outcome(True, signal=f"{name_en or name_th}: {how} to {urlsplit(link['url']).hostname}")
        if link.get("kind") == "a" and named(link):
            return Outcome(True, signal=f"{name_en or name_th}: a link named so")
        if link.get("kind") == "img" and named(link) and QR_WORDS.search(
                f"{link.get('text', '')} {link.get('title', '')} {link.get('context', '')[:160]} {link.get('url', '')}"):
            return Outcome(True, signal=f"{name_en or name_th}: a picture shown as its QR code")
    if any(d.external for d in ev.docs):  # the item published outside: its pictures were not read
        return Outcome(True, signal=f"{name_en or name_th}: not verifiable (published outside)")
    unscanned = [link for link in links if _unscanned(link)]
    if unscanned:
        said = (f"{name_en or name_th}: {len(unscanned)} picture(s) not scanned for a QR code, "
                f"e.g. {unscanned[0].get('url') or unscanned[0].get('context')}")
        return Outcome(True, signal=said) if absent == "note" else Outcome(True, signal=said, unverified="qr_unread")
    if absent == "note":
        return Outcome(True, signal=f"{name_en or name_th}: not found, every picture scanned (absent: note)")
    return Outcome(False, f"ไม่พบ{name_th}บนเว็บไซต์", f"{name_en or name_th} not found on the website", share=0.5)
