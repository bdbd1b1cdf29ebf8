"""What a person clicks through before the content: a site's PDPA cookie-consent wall and its own exit or
link-tracking interstitials (the download terms forms are in crawler/clicks.py: ``agreement_boxes``).

* A consent wall: the server answers a page's address with only a consent form in its place until the consent
  cookie comes back (a Thai agency's PHP front: "เว็บไซต์นี้ใช้คุกกี้ … พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล" and "ยอมรับ
  ทั้งหมด"). A person presses "ยอมรับ" once and reads the site. :func:`consent_wall` knows such an answer by what it
  is: a thin page (a few words, hardly a link: the privacy policy) that speaks of cookies or personal data, with a
  form whose one button that accepts is all a person does there (no box to type in, no list to pick from), an
  accept link, or an accept button whose script sets the one consent cookie (``document.cookie = "pdpa=1"``) and
  reloads (then the crawl sends that cookie back, as the browser would). The crawl presses it once per agency (crawler/spiders/agency.py: ``past_the_consent``), its cookie
  kept in the agency's jar, and asks the page again; a wall that still stands leaves the page unread
  (``consent_wall``) and the items it may hold unchecked, never missing. A consent banner over a page that holds
  its content (a client-side notice) is no wall: the page is read as it is. Nothing else is ever sent: a form with
  anything to type, or a button that is not an acceptance, is not a consent.
* An own-site wrapper: the site links a document or an outside page through its own interstitial ("ท่านกำลังออก
  จากเว็บไซต์", a link counter) — ``/redirect.php?url=http%3A%2F%2F…``, ``/out.php?link=…``, ``/go/?u=<base64>``,
  ``/go/<base64>`` — whose script goes to the address its query carries after a few seconds. A person waits and
  arrives there; :func:`own_wrapper_target` gives that address, as ``crawler.outside.unwrap`` does for
  google.com/url.

>>> own_wrapper_target("http://www.x.go.th/redirect.php?url=http%3A%2F%2Fwww.x.go.th%2Fup%2Fa.pdf", "http://www.x.go.th/ita.php")
'http://www.x.go.th/up/a.pdf'
>>> own_wrapper_target("http://www.x.go.th/go/?u=aHR0cDovL3d3dy54LmdvLnRoL2EucGRm", "http://x.go.th/")
'http://www.x.go.th/a.pdf'
>>> own_wrapper_target("http://www.x.go.th/login.php?return=http%3A%2F%2Fwww.x.go.th%2F", "http://www.x.go.th/")
''
>>> wall = consent_wall('<html><body><h3>การใช้คุกกี้</h3><p>เว็บไซต์นี้ใช้คุกกี้ ตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล</p>'
...     '<form method="post" action="/pdpa.php"><input type="hidden" name="return" value="/ita.php">'
...     '<button name="consent" value="reject">ปฏิเสธ</button><button name="consent" value="accept">ยอมรับทั้งหมด</button>'
...     '</form></body></html>'.encode(), "http://www.x.go.th/ita.php")
>>> wall.method, wall.action, wall.fields
('POST', 'http://www.x.go.th/pdpa.php', [('return', '/ita.php'), ('consent', 'accept')])
"""
from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urljoin, urlsplit

import lxml.html
from lxml import etree

MAX_WALL_BYTES = 100_000  # a consent form in the page's place is small, its style inline
MAX_WALL_LETTERS = 2_000  # the notice's words (a paragraph of the PDPA, the cookie kinds); a page says more
MAX_WALL_LINKS = 4  # the privacy policy, the cookie policy, a home link: a page has its menu
# what a consent notice speaks of (cookies, personal data, the PDPA), in bytes for a cheap first look
_CONSENT_BYTES = re.compile("คุกกี้|ข้อมูลส่วนบุคคล|ความเป็นส่วนตัว|ความยินยอม".encode() + rb"|cookie|pdpa|gdpr|consent|privacy",
                            re.I)
CONSENT_WORDS = re.compile(r"คุกกี้|ข้อมูลส่วนบุคคล|ความเป็นส่วนตัว|ความยินยอม|cookie|pdpa|gdpr|consent|privacy", re.I)
# a button or link that accepts; one that refuses or only opens the settings is never pressed
ACCEPT_WORDS = re.compile(r"ยอมรับ|ยินยอม|ตกลง|อนุญาต|รับทราบ|accept|agree|allow|got\s+it|i\s+understand|\bok\b", re.I)
REFUSE_WORDS = re.compile(r"ไม่ยอมรับ|ไม่ยินยอม|ไม่อนุญาต|ปฏิเสธ|ตั้งค่า|ปรับแต่ง|reject|decline|deny|refuse|necessary\s+only|"
                          r"settings|customi[sz]e|preferences", re.I)
_TYPED = ".//textarea|.//select|.//input[@type='text' or @type='password' or @type='email' or @type='tel' or " \
         "@type='number' or @type='search' or @type='file' or @type='date' or @type='url' or not(@type)]"
_LETTER = re.compile(r"[A-Za-z\u0e01-\u0e4e]")
_SETS_COOKIE = re.compile(r"document\.cookie\s*=\s*([\"'`])\s*([\w.-]+)\s*=\s*([^;\"'`]*)", re.I)


@dataclass(frozen=True)
class Consent:
    """What pressing a wall's accept does: the request a browser sends."""

    method: str  # "GET" or "POST", or "COOKIE": the button's script sets ``fields``' cookie and reloads
    action: str  # absolute address
    fields: list  # [(name, value)] as the form sends them, the accept button's own among them


def _words(element) -> str:
    return " ".join(" ".join(element.itertext()).split())


def _label(button) -> str:
    return " ".join(filter(None, [_words(button), button.get("value") or "", button.get("title") or "",
                                  button.get("aria-label") or ""]))


def _accepts(label: str) -> bool:
    return bool(ACCEPT_WORDS.search(label)) and not REFUSE_WORDS.search(label)


def consent_wall(body: bytes, url: str) -> Consent | None:
    """The acceptance a consent wall standing in a page's place asks for, or None for any other answer (a page
    with its content, a consent banner over it, a form that asks for more than a press)."""
    if not body or len(body) > MAX_WALL_BYTES or not _CONSENT_BYTES.search(body):
        return None
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:  # an old Thai page in TIS-620
        text = body.decode("cp874", "replace")
    try:
        root = lxml.html.fromstring(text)
    except (etree.ParserError, ValueError):
        return None
    # the cookies the page's own code sets (an accept button's script: document.cookie = "pdpa=1; path=/")
    code = " ".join([*(script.text or "" for script in root.iter("script") if not script.get("src")),
                     *(e.get("onclick") or "" for e in root.xpath("//*[@onclick]"))])
    cookies = {name: value for _, name, value in _SETS_COOKIE.findall(code)}
    for bad in root.xpath("//script|//style|//noscript|//template|//comment()"):
        if bad.getparent() is not None:
            bad.drop_tree()
    text = _words(root)
    anchors = [a for a in root.iter("a") if (a.get("href") or "").strip()
               and not (a.get("href") or "").strip().lower().startswith(("#", "javascript:", "mailto:", "tel:"))]
    if not CONSENT_WORDS.search(text) or len(_LETTER.findall(text)) > MAX_WALL_LETTERS:
        return None
    accepting_links = [a for a in anchors if _accepts(_words(a) or a.get("title") or "")]
    if len(anchors) - len(accepting_links) > MAX_WALL_LINKS:
        return None
    for form in root.iter("form"):
        if form.xpath(_TYPED):
            continue  # a login, a search, a comment: anything typed or picked is never a consent
        buttons = form.xpath(".//button[not(@type) or @type='submit']|.//input[@type='submit' or @type='image']")
        accept = next((b for b in buttons if _accepts(_label(b))), None)
        action = (form.get("action") or "").strip()
        if accept is None or action.lower().startswith(("javascript:", "mailto:")):
            continue
        fields = [(i.get("name"), i.get("value") or "") for i in form.xpath(".//input[@name]")
                  if (i.get("type") or "").lower() == "hidden" or
                  ((i.get("type") or "").lower() == "checkbox" and i.get("checked") is not None)]
        if accept.get("name"):
            fields.append((accept.get("name"), accept.get("value") or ""))
        method = "POST" if (form.get("method") or "").lower() == "post" else "GET"
        return Consent(method, urljoin(url, action or url), fields)
    here = urlsplit(url).hostname
    for anchor in accepting_links:  # "ยอมรับ" written as a link to the site's consent address
        target = urljoin(url, anchor.get("href").strip())
        if urlsplit(target).hostname == here and target.split("#")[0] != url.split("#")[0]:
            return Consent("GET", target, [])
    clickable = root.xpath("//button|//a|//input[@type='button']|//*[@onclick]")
    if len(cookies) == 1 and any(_accepts(_label(b)) for b in clickable) and not root.xpath(_TYPED):
        # an accept button whose script sets the consent cookie and reloads: the cookie a press leaves, sent back
        return Consent("COOKIE", url, list(cookies.items()))
    return None


# own-site wrappers: the last part of the path names a jump, a way out, or a link counter
WRAPPER_NAMES = re.compile(r"^(?:redirect|redir|redirector|go|goto|gourl|out|outgoing|outlink|link|links|linkout|exit|"
                           r"leave|leaving|away|external|extlink|jump|url|click|track|visit|forward)(?:\.\w{2,5})?$", re.I)
_BASE64 = re.compile(r"^[A-Za-z0-9+/_-]{12,}={0,2}$")


def _absolute(value: str) -> str:
    """``value`` when it is an absolute http(s) address, or the one it is in base64 (URL-safe or not), else ""."""
    value = value.strip()
    if value.lower().startswith(("http://", "https://")):
        return value
    if not _BASE64.match(value):
        return ""
    try:
        text = base64.b64decode(value + "=" * (-len(value) % 4), altchars=b"-_" if re.search(r"[-_]", value) else None,
                                validate=True).decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return ""
    return text if text.lower().startswith(("http://", "https://")) and not re.search(r"\s", text) else ""


def _site(host: str) -> str:
    host = (host or "").lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def own_wrapper_target(url: str, page_url: str) -> str:
    """The address a link through the site's own interstitial leads to (its query's URL, plain or base64, or a
    base64 last path segment), or "" for any other link. Only on the page's own site, and only for a script whose
    name says it jumps (redirect, go, out, link, exit …): ``login.php?return=…`` is no way out."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or _site(parts.hostname or "") != _site(urlsplit(page_url).hostname or ""):
        return ""
    segments = [s for s in parts.path.split("/") if s]
    if parts.query:
        if not segments or not WRAPPER_NAMES.match(segments[-1]):
            return ""
        targets = [t for _, value in parse_qsl(parts.query, keep_blank_values=True) if (t := _absolute(value))]
        return targets[0] if len(targets) == 1 else ""
    if len(segments) >= 2 and WRAPPER_NAMES.match(segments[-2]):
        return _absolute(segments[-1])  # /go/aHR0cDovL3d3dy54… (WordPress link plugins)
    return ""
