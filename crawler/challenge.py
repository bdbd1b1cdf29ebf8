"""A bot check in a page's place, whoever sells it: a small page whose script sets a cookie and comes back to the
same address (a hosting panel's "please wait" splash, a proof-of-work page, a meta refresh with a cookie). A
person's browser passes it without noticing and reads the page; the crawler got the check. Told by what such a page
does, not by a vendor's name (crawler/firewall.py knows the named ones):

* it says little: a few letters and no link to follow (a page of the site's template has its menu);
* and its script sets a cookie and reloads or navigates back to its own address (``location.reload()``,
  ``location.href = location.href``, a ``redir=`` of ``location.href``), or it refreshes itself (``<meta
  http-equiv=refresh>`` to its own address or none) while the answer sets a cookie, or its few words say it is a
  check ("not a bot", "checking your browser", "กำลังตรวจสอบเบราว์เซอร์") beside a script.

A real short page with a bit of script is none of these: a redirect to another address, a consent banner on a page
with its menu, a clock widget. What the crawl does with a check (crawler/render.py: ``Renderer.pass_check``): the
page is opened in the browser, which runs the check as a reader's does; when it comes back to the page with a
cookie, the crawl asks again with the cookie (kept for the site); when it does not, the page is unread
(``bot_check``) and its items unchecked, never missing or broken.

>>> splash = (b'<html><body><p>Please wait...</p><script>document.cookie="v=1; path=/";location.reload();'
...           b'</script></body></html>')
>>> challenge_of(200, {}, splash), challenge_of(415, {}, splash)
('cookie_reload', 'cookie_reload')
>>> challenge_of(200, {}, b'<html><body><script>location.replace("/th/index.php")</script></body></html>')
''
"""
from __future__ import annotations

import re
from typing import Mapping

MAX_CHECK_BYTES = 64_000  # a check page is small; its inline style and script included
MAX_LETTERS = 1500  # a check says a few sentences (its "why am I seeing this?" included); a page says more
MAX_LINKS = 2  # a check links nothing to read (a "contact the owner" at most); a page has its menu
_FLAGS = re.I | re.S
_SCRIPT = re.compile(rb"<script\b([^>]*)>(.*?)</script\s*>", _FLAGS)
_STYLE = re.compile(rb"<(style|noscript|template)\b[^>]*>.*?</\1\s*>", _FLAGS)
_TAG = re.compile(rb"<[^>]+>")
_LETTER = re.compile(r"[A-Za-z\u0e01-\u0e4e]")
_LINK = re.compile(rb"<a\b[^>]*\bhref\s*=\s*[\"']?(?!#|javascript:)[^\"'\s>]", re.I)
_SETS_COOKIE = re.compile(rb"document\.cookie\s*=(?!=)", re.I)
_SELF = rb"(?:window\.|self\.|top\.|document\.)?(?:location(?:\.href)?|URL)\b"
# back to the same address: a reload, the address assigned to itself, or handed on as where to come back to
_COMES_BACK = re.compile(rb"location\.reload\s*\(|location(?:\.href)?\s*=\s*" + _SELF + rb"(?!\s*\.\s*replace)|"
                         rb"location\.(?:replace|assign)\s*\(\s*" + _SELF + rb"\s*\)|"
                         rb"(?:redir|redirect|return|next|url)[\"']?\s*[,:=]\s*(?:[\"']\s*\+\s*)?(?:encodeURIComponent\s*\(\s*)?" + _SELF,
                         re.I)
_REFRESH = re.compile(rb"<meta\b[^>]*http-equiv\s*=\s*[\"']?refresh[^>]*>", re.I)
_REFRESH_TO = re.compile(rb"content\s*=\s*[\"']?\s*\d+\s*(?:[;,]\s*url\s*=\s*[\"']?([^\"'>]*))?", re.I)
# what a check says of itself, in any vendor's words (English and Thai)
CHECK_WORDS = re.compile(r"not\s+a\s+(?:ro)?bot|checking\s+(?:your\s+|the\s+|if\s+the\s+site\s+connection\s+is\s+"
                         r"secure|\w+\s+)?browser|verify(?:ing)?\s+(?:that\s+)?you\s+are\s+(?:a\s+)?human|are\s+you\s+"
                         r"(?:a\s+)?human|human\s+verification|bot\s+(?:protection|verification|check)|ddos\s+protection|"
                         r"enable\s+javascript\s+and\s+cookies|proof[\s-]+of[\s-]+work|"
                         r"กำลังตรวจสอบ\s*(?:เบราว์เซอร์|บราวเซอร์|ความปลอดภัย|การเชื่อมต่อ)|ยืนยันว่า\s*(?:คุณ)?\s*ไม่ใช่\s*"
                         r"(?:บอท|โปรแกรม|หุ่นยนต์)|ตรวจสอบว่า\s*(?:คุณ)?\s*(?:ไม่ใช่|เป็นมนุษย์)", re.I)


def _letters_and_links(body: bytes) -> tuple[str, int]:
    bare = _STYLE.sub(b" ", _SCRIPT.sub(b" ", body))
    text = _TAG.sub(b" ", bare).decode("utf-8", "replace")
    return text, len(_LINK.findall(bare))


def challenge_of(status: int, headers: Mapping[str, str], body: bytes, url: str = "") -> str:
    """The sign that this answer is a bot check standing in the page's place (``cookie_reload``,
    ``refresh_cookie``, ``check_words``), or "" for an ordinary answer. ``headers``: lower-case names
    (``content-type``, ``set-cookie``)."""
    if not body or len(body) > MAX_CHECK_BYTES or 300 <= status < 400 or status in (304, 404, 410):
        return ""
    ctype = (headers.get("content-type") or "").lower()
    head = body[:600].lstrip().lower()
    if "html" not in ctype and not head.startswith((b"<!doctype html", b"<html", b"<head", b"<script", b"<meta")):
        return ""
    text, links = _letters_and_links(body)
    if links > MAX_LINKS or len(_LETTER.findall(text)) > MAX_LETTERS:
        return ""  # a page with its menu and words, whatever its scripts do
    scripts = [code for _, code in _SCRIPT.findall(body)]
    inline = b"\n".join(scripts)
    if _SETS_COOKIE.search(inline) and _COMES_BACK.search(inline):
        return "cookie_reload"
    refresh = _REFRESH.search(body)
    if refresh and headers.get("set-cookie"):
        to = _REFRESH_TO.search(refresh.group(0))
        target = (to.group(1) or b"").strip().decode("latin-1") if to else ""
        if not target or target in {url, "/", "./", "."} or (url and url.endswith(target) and target.startswith("/")):
            return "refresh_cookie"
    if _SCRIPT.search(body) and CHECK_WORDS.search(text + " " + _title(body)):
        return "check_words"
    return ""


def _title(body: bytes) -> str:
    found = re.search(rb"<title[^>]*>(.*?)</title", body, _FLAGS)
    return found.group(1).decode("utf-8", "replace") if found else ""
