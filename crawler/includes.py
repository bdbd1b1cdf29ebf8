"""Client-side includes: an ordinary page whose part a small script pulls in from another file of the site on load.

Thai school and SAO webmasters build static sites from one template whose header, menu and OIT list sit in their
own files, pulled into each page as it loads: W3Schools' ``<div w3-include-html="oit2569.html"></div>`` with
``w3.includeHTML()``, ``<div data-include="menu.html">`` a jQuery loop loads, jQuery's
``$("#content").load("ita/list.html #main")`` (a fragment of another page), Hotwire's ``<turbo-frame
src="/ita/frame">``, htmx's ``hx-get`` fired on ``load`` or ``revealed``, an ``<include src="oit.html">`` element.
The served HTML holds the page around the include, not the list a person sees in it.

Where the include names its file plainly (a literal address on the agency's own host), the spider fetches that
file within the agency's politeness and writes it into the page where the browser would (:func:`compose`): the
page is then read as a person sees it — its rows beside their headings, their links with their row's words — at
the cost of one small request per include, without a browser. A file that does not come (a 404, a 500, a refused
request) leaves its area empty, as the reader sees it: the page is read in part (``include_unread``), and an item
not found on it is unchecked, never missing — the empty area may be exactly where it would be listed. An include
this module cannot name (an address built by a script, another host's file) keeps the page a script shell in part
(``includes``, crawler/shell.py): it is rendered in Chromium, or recorded unread.

>>> page = '<h3>ตัวชี้วัดที่ 9</h3><div w3-include-html="oit/o9.html"></div><script>w3.includeHTML();</script>'
>>> [(i.url, i.kind) for i in find(page, "http://www.x.go.th/ita.html")]
[('http://www.x.go.th/oit/o9.html', 'attribute')]
>>> composed = compose(page, "http://www.x.go.th/ita.html", {"http://www.x.go.th/oit/o9.html": "<a href=o1.pdf>O1</a>"})
>>> "w3-include-html" in composed, '<a href="o1.pdf">O1</a>' in composed
(False, True)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

import lxml.html
from lxml import etree

INCLUDE_UNREAD = "include_unread"  # part_unread: an include's file did not come, its area is empty (rules/vocabulary.py)
MAX_INCLUDES = 12  # files pulled into one page (a template's header, menu, footer and a few lists)
ROUNDS = 3  # an included file may include another (W3.JS includes recursively); this deep and no deeper

# attributes naming the file an element is filled with (W3.JS, the include.js snippets copied beside it)
ATTRIBUTES = ("w3-include-html", "data-include", "data-include-html", "include-html", "data-w3-include-html")
_ATTR_XPATH = " | ".join(f"//*[@{name}]" for name in ATTRIBUTES)
# elements that are includes: <include src>, <html-include src>, <x-include src>, Hotwire's <turbo-frame src>
_ELEMENT_XPATH = ("//include[@src] | //html-include[@src] | //x-include[@src] | //sl-include[@src] | "
                  "//turbo-frame[@src] | //*[@hx-get][contains(@hx-trigger, 'load') or contains(@hx-trigger, 'revealed')"
                  " or contains(@hx-trigger, 'intersect')] | //*[@data-hx-get][contains(@data-hx-trigger, 'load') or "
                  "contains(@data-hx-trigger, 'revealed') or contains(@data-hx-trigger, 'intersect')]")
# jQuery's $("#id").load("file.html[ selector]") with a literal address (a callback after it is allowed; an address
# joined from pieces, "ita/" + year + ".html", is a script's)
JQUERY_LOAD = re.compile(r"""(?:\$|jQuery)\(\s*(["'])#([\w-]+)\1\s*\)\s*\.load\(\s*(["'])([^"'+`]+)\3(?=\s*[,)])""")
# markers for crawler/shell.py: some include is there, named plainly or not
MARKED = re.compile(rb"\b(?:w3-include-html|data-include(?:-html)?|include-html)\s*=|"
                    rb"<(?:include|html-include|x-include|sl-include)\b[^>]*\bsrc\s*=|<turbo-frame\b[^>]*\bsrc\s*=|"
                    rb"\bhx-trigger\s*=\s*[\"'][^\"']*\b(?:load|revealed|intersect)\b|"
                    rb"(?:\$|jQuery)\(\s*[\"']#[\w-]+[\"']\s*\)\s*\.load\(\s*[\"']|"
                    rb"\bx-init\s*=\s*[\"'][^\"']*\bfetch\s*\(|"  # Alpine.js fetching into x-html
                    rb"<script\b[^>]*\btype\s*=\s*[\"']?text/x-(?:template|handlebars|mustache|tmpl)", re.I)
_PLAIN = re.compile(r"^[^\s{}$`+<>]+$")  # an address written out, not one a script or a template builds


@dataclass
class Include:
    """One include of a page: the file's address, the part of it taken (jQuery's selector), how it is written."""

    url: str
    selector: str = ""
    kind: str = "attribute"  # attribute | element | jquery


def marked(head: bytes) -> bool:
    """Whether the HTML pulls part of itself from another file on load (an include, named plainly or not)."""
    return bool(MARKED.search(head))


def _root(html: str):
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def _address(element) -> str:
    for name in ATTRIBUTES:
        if element.get(name) is not None:
            return element.get(name).strip()
    return (element.get("src") or element.get("hx-get") or element.get("data-hx-get") or "").strip()


def _plain(address: str, base: str) -> str:
    """The absolute http(s) address of a plainly written include, or ''."""
    if not address or not _PLAIN.match(address) or address.startswith(("javascript:", "data:", "#")) \
            or not re.search(r"[./]", address):  # data-include="true" names no file
        return ""
    url = urljoin(base, address)
    return url if url.startswith(("http://", "https://")) else ""


def find(html: str, base: str) -> list[Include]:
    """The includes of a page that name their file plainly, in page order, at most :data:`MAX_INCLUDES`."""
    root = _root(html)
    if root is None:
        return []
    found: list[Include] = []
    for element in root.xpath(f"{_ATTR_XPATH} | {_ELEMENT_XPATH}"):
        kind = "attribute" if any(element.get(name) is not None for name in ATTRIBUTES) else "element"
        if (url := _plain(_address(element), base)):
            found.append(Include(url, "", kind))
    for script in root.xpath("//script[not(@src)]"):
        for match in JQUERY_LOAD.finditer(script.text or ""):
            address, _, selector = match.group(4).strip().partition(" ")
            if (url := _plain(address, base)):
                found.append(Include(url, selector.strip(), "jquery"))
    seen: set[tuple[str, str]] = set()
    unique = [i for i in found if (i.url, i.selector) not in seen and not seen.add((i.url, i.selector))]
    return unique[:MAX_INCLUDES]


def _part(answer: str, selector: str, frame_id: str = "") -> list:
    """What of a fetched file goes into the page: the elements ``selector`` picks (jQuery), the matching
    ``<turbo-frame>``'s content (Hotwire), else the body's content — as a browser inserts HTML."""
    root = _root(answer) if answer.strip() else None
    if root is None:
        return []
    for script in root.xpath("//script"):  # jQuery's .load(url selector) drops scripts; innerHTML never runs them
        script.drop_tree()
    if selector:
        try:
            return list(root.cssselect(selector))
        except Exception:  # noqa: BLE001 - a selector cssselect does not know: take nothing rather than guess
            return []
    if frame_id:
        frames = root.xpath("//turbo-frame[@id=$id]", id=frame_id)
        if frames:
            return [*([frames[0].text] if frames[0].text else []), *frames[0]]
    body = root.find("body")
    holder = body if body is not None else root
    return [*([holder.text] if holder.text else []), *holder]


def _fill(element, parts: list) -> None:
    for child in list(element):
        element.remove(child)
    element.text = None
    last = None
    for part in parts:
        if isinstance(part, str):
            if last is None:
                element.text = (element.text or "") + part
            else:
                last.tail = (last.tail or "") + part
            continue
        element.append(part)
        last = part


def compose(html: str, base: str, answers: dict[str, str | None]) -> str:
    """The page as a browser shows it once its includes ran: each include whose file came (``answers[url]``, its
    text) filled with it, each whose file did not (``None``) left empty, and every one handled unmarked (the
    attribute removed as W3.JS does, jQuery's call no longer a load) so crawler/shell.py takes the page as it is."""
    root = _root(html)
    if root is None:
        return html
    for element in root.xpath(f"{_ATTR_XPATH} | {_ELEMENT_XPATH}"):
        url = _plain(_address(element), base)
        if url not in answers:
            continue
        answer = answers[url]
        frame = element.get("id", "") if element.tag == "turbo-frame" else ""
        _fill(element, _part(answer, "", frame) if answer is not None else [])
        for name in (*ATTRIBUTES, "src", "hx-get", "data-hx-get", "hx-trigger", "data-hx-trigger"):
            element.attrib.pop(name, None)
        if element.tag in ("include", "html-include", "x-include", "sl-include", "turbo-frame"):
            element.tag = "div"
    for script in root.xpath("//script[not(@src)]"):
        code = script.text or ""
        done = []
        for match in JQUERY_LOAD.finditer(code):
            address, _, selector = match.group(4).strip().partition(" ")
            url = _plain(address, base)
            if url not in answers:
                continue
            targets = root.xpath("//*[@id=$id]", id=match.group(2))
            if targets:
                answer = answers[url]
                _fill(targets[0], _part(answer, selector.strip()) if answer is not None else [])
            done.append(match)
        for match in reversed(done):  # the call read: no longer a load for shell.py to wait on
            code = code[:match.start()] + "/* included */" + code[match.end():]
        script.text = code
    return lxml.html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>")
