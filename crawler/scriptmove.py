"""A page that sends its reader elsewhere: by script, ``window.location.href = "http://www.new.go.th/"`` (often in a
``setTimeout`` under a notice "เว็บไซต์ย้ายไปที่ …"), ``location.replace(…)``, ``<body onload="location='…'">``.

or by a frame that holds the site from another host (a registrar's "masked" forwarding: ``<frameset><frame
src="http://www.new.go.th/">``, :func:`framed_site`), or by a notice with the new name linked and no redirect at all ("อบต. ได้เปลี่ยนฐานะเป็นเทศบาล เว็บไซต์ใหม่ของ
หน่วยงาน www.x.go.th", :func:`notice_link`: a person clicks it). A browser follows a script as it follows an HTTP redirect or a ``<meta http-equiv="refresh">``; so does the crawler
(:class:`crawler.middlewares.ScriptRefresh`), and a registry address that moves so is a moved site like any other
(crawler/outside.py: ``site_move``). Only a page that holds little besides the jump counts — a thin notice with
hardly a link of its own — so that an ordinary page whose menu script assigns ``location`` on a click is read as
the page it is.

>>> script_redirect('<html><body><p>ย้ายไปที่ www.x.go.th</p><script>setTimeout(function () {'.encode() +
...                 b' window.location.href = "https://www.x.go.th/"; }, 3000);</script></body></html>')
'https://www.x.go.th/'
>>> script_redirect(b'<body><a href="/a">a</a><a href="/b">b</a><a href="/c">c</a>'
...                 b'<script>function go(u){ location.href = "/x"; }</script></body>')
''
>>> framed_site(b'<html><frameset rows="100%,*"><frame src="http://www.nadee.go.th/"><frame></frameset></html>',
...             "http://www.nadee-sao.go.th/")
'http://www.nadee.go.th/'
>>> notice_link('<h2>อบต.นาดี ได้เปลี่ยนแปลงฐานะเป็นเทศบาลตำบลนาดี</h2><p>เว็บไซต์ใหม่ <a href="http://www.nadee.go.th/">'
...             'www.nadee.go.th</a></p>'.encode(), "http://www.nadee-sao.go.th/")
'http://www.nadee.go.th/'
"""
from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

MAX_BYTES = 40_000  # a notice is small; a page of content is not a jump
MAX_LETTERS = 600  # the notice's words ("เว็บไซต์ย้ายไปที่ … ภายใน 3 วินาที") and little more
_FLAGS = re.I | re.S
_SCRIPT = re.compile(rb"<script\b([^>]*)>(.*?)</script\s*>", _FLAGS)
_ONLOAD = re.compile(rb"<body\b[^>]*\bonload\s*=\s*(\"[^\"]*\"|'[^']*')", _FLAGS)
_JUMP = re.compile(rb"(?:\b(?:window|document|top|self|parent)\s*\.\s*)?\blocation(?:\s*\.\s*href)?\s*=\s*([\"'])([^\"'<>\s]+)\1"
                   rb"(?!\s*\+)|"  # a literal address, not the start of one built at run time ("view.php?id=" + id)
                   rb"\blocation\s*\.\s*(?:replace|assign)\s*\(\s*([\"'])([^\"'<>\s]+)\3\s*\)", _FLAGS)
_TAG = re.compile(rb"<[^>]*>")
_STYLE = re.compile(rb"<style\b.*?</style\s*>", _FLAGS)
_LETTER = re.compile(r"[A-Za-z\u0e01-\u0e4e]")
_ANCHOR = re.compile(rb"<a\b[^>]*\bhref\s*=\s*[\"']?(?![\"']?(?:#|javascript:))[^\s>]", re.I)


def _shown(body: bytes) -> bytes:
    """A page's bytes without its tags, scripts and styles: what a reader sees of it."""
    return _TAG.sub(b" ", _SCRIPT.sub(b" ", _STYLE.sub(b" ", body)))


def script_redirect(body: bytes) -> str:
    """The address a thin HTML page's own script sends its reader to, or ""."""
    if len(body) > MAX_BYTES or b"location" not in body:
        return ""
    code = b"\n".join(inner for attrs, inner in _SCRIPT.findall(body) if b"src" not in attrs.lower())
    code += b"\n".join(_ONLOAD.findall(body))
    jump = _JUMP.search(code)
    if jump is None:
        return ""
    target = (jump.group(2) or jump.group(4) or b"").decode("utf-8", "replace").strip()
    if not target or target.lower().startswith(("javascript:", "#", "mailto:")) or "+" in target:
        return ""
    visible = _shown(body).decode("utf-8", "replace")
    if len(_LETTER.findall(visible)) > MAX_LETTERS or len(_ANCHOR.findall(_SCRIPT.sub(b" ", body))) >= 3:
        return ""
    return target


_REFRESH = re.compile(rb"^\s*(\d+(?:\.\d*)?)\s*[;,]\s*(?:url\s*=\s*)?([\"']?)([^\"'\s]+)\2", re.I)


def header_refresh(value: bytes, max_delay: float = 100) -> str:
    """The address of an HTTP ``Refresh`` header (``0; url=/th/default.asp``, ``3;URL='x'``) when it is followed
    within ``max_delay`` seconds, else "".

    >>> header_refresh(b"0; url=/th/default.asp"), header_refresh(b"5"), header_refresh(b"600; url=/x")
    ('/th/default.asp', '', '')
    """
    found = _REFRESH.match(value or b"")
    if found is None or float(found.group(1)) >= max_delay:
        return ""
    return found.group(3).decode("utf-8", "replace")


# what a notice says when the site moved: a new address, name or domain; a change of status (อบต. → เทศบาล)
_MOVED = re.compile(r"ย้าย|เปลี่ยน\S{0,12}(?:ที่อยู่|ชื่อ|เว็บ|โดเมน|ฐานะ)|เว็บไซต์ใหม่|โดเมนใหม่|ที่อยู่ใหม่|"
                    r"new\s+(?:web\s?site|address|domain|url)|\bmoved\b", re.I)
_HREF = re.compile(rb"<a\b[^>]*\bhref\s*=\s*[\"']?([^\"'\s>]+)", re.I)
MAX_NOTICE_LINKS = 4  # the new name, perhaps written twice, and a contact: a page linking more is a site


def _visible(body: bytes) -> str:
    """A notice's shown words, in UTF-8 or else TIS-620."""
    raw = _shown(body)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:  # an old notice in TIS-620
        return raw.decode("cp874", "replace")


def _links(body: bytes, url: str) -> list[str]:
    """The addresses a page's anchors lead to (its scripts left out)."""
    return [urljoin(url, h.decode("utf-8", "replace")) for h in _HREF.findall(_SCRIPT.sub(b" ", body))]


def notice_link(body: bytes, url: str) -> str:
    """Where a thin page saying the site moved links to, when every link of it that leaves the page's host goes to
    one other host (the new name), else ""."""
    if len(body) > MAX_BYTES:
        return ""
    visible = _visible(body)
    if len(_LETTER.findall(visible)) > MAX_LETTERS or not _MOVED.search(visible):
        return ""
    hrefs = _links(body, url)
    here = urlsplit(url).hostname
    away = [h for h in hrefs if urlsplit(h).scheme in ("http", "https") and urlsplit(h).hostname not in (None, here)]
    if not away or len(hrefs) > MAX_NOTICE_LINKS or len({urlsplit(h).hostname for h in away}) != 1:
        return ""
    return away[0]


_FRAME = re.compile(rb"<frame\b[^>]*?\bsrc\s*=\s*[\"']?([^\"'\s>]+)", re.I)
_WHOLE_IFRAME = re.compile(rb"<iframe\b(?=[^>]*100(?:%|vh))[^>]*?\bsrc\s*=\s*[\"']?([^\"'\s>]+)", re.I)  # the page


def framed_site(body: bytes, url: str) -> str:
    """The address a thin page frames whole when it is on another host (a name forwarded "masked": the frameset or
    full-page iframe a registrar serves), else "". A page framing its own host's pages, or linking any, is read as
    it is (a splash page beside a video); an iframe counts only when it fills the page (100 %)."""
    if len(body) > MAX_BYTES:
        return ""
    bare, links = _SCRIPT.sub(b" ", body), _links(body, url)
    if len(_LETTER.findall(_visible(bare))) > MAX_LETTERS or len(links) > 2:
        return ""
    here = urlsplit(url).hostname
    if any(urlsplit(link).hostname == here for link in links):
        return ""  # a splash page entering its own site (beside a video): the site is here
    frames = [urljoin(url, src.decode("utf-8", "replace")) for src in _FRAME.findall(bare) + _WHOLE_IFRAME.findall(bare)]
    frames = [f for f in frames if urlsplit(f).scheme in ("http", "https")]
    hosts = {urlsplit(f).hostname for f in frames}
    if len(hosts) != 1 or here in hosts:
        return ""
    return frames[0]
