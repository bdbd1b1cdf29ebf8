"""Documents a page shows through a viewer or e-book plugin that keeps the document's address outside an href.

A person sees a book, a cover or an embedded PDF (DearFlip ``<div class="_df_book" source="…pdf">``, Real3D
Flipbook ``data-flipbook-options='{"pdfUrl": …}'``, a PDF.js widget ``data-pdf="…"``, a modal button's
``data-src``, a widget's ``data-settings`` JSON, a lazy-loaded frame's ``data-lazy-src``) and pages through or
downloads it; or the page's own script hands the address to the viewer (``window.option_df_412 = {"source": …}``,
``var real3dflipbook_3 = {…}``, ``FB3D_CLIENT_DATA.push('<base64 JSON>')``, ``$('#v').pdfViewer({file: '…'})``).
Either way the document is a link the reader reaches, read under the viewer element's words and block.

Only a document's address counts (a name ending in a document's extension, or a viewer's address that shows one);
a download script (``download.php?id=7``) only where the attribute or JSON key says it is a file or a PDF. Images
(covers, thumbnails, lazy-loaded banners), a plugin's assets folder, a sharing widget's page address are none; an
inline script counts only in the page's body, and only for addresses on the page's own site (a theme's head
scripts carry settings, not the page's documents).
"""
from __future__ import annotations

import base64
import binascii
import json
import re
from urllib.parse import urljoin, urlsplit

from crawler.doclinks import js_string
from rules.urls import doc_kind, viewer_target

# attributes read elsewhere (href/src/data/onclick, the data-href family of crawler/clicks.py) or holding words or
# a form's values, never a viewer's document
_SKIP = {"href", "src", "data", "xlink:href", "action", "formaction", "value", "alt", "title", "aria-label",
         "placeholder", "content", "class", "id", "style", "name", "srcset", "poster", "background", "cite",
         "data-href", "data-url", "data-file", "data-link", "hx-get", "data-hx-get", "data-downloadurl"}
_SKIP_TAGS = {"script", "style", "link", "meta", "head", "title", "input", "option", "select", "textarea", "form",
              "source", "track", "video", "audio", "noscript"}
# a key or attribute that says its value is a document (a download script has no extension to tell it by)
_FILE_NAME = re.compile(r"pdf|file|doc|source|download", re.I)
# ... or an address at all: a bare name elsewhere ("O11_procure.pdf" in a tooltip, a caption) is words
_ADDRESS_NAME = re.compile(r"pdf|file|doc|source|download|src|url|href|link|path", re.I)
_ADDRESS_START = re.compile(r"^(?:https?:)?//|^\.{0,2}/", re.I)
_SCRIPT_ADDRESS = re.compile(r"^(?:https?://|/|\.{1,2}/)?[^\s'\"<>{}]+\?[^\s'\"<>{}]*=")
_WIDGET = re.compile(r"\bfb-|facebook|twitter|share|line-it|addthis|sharethis|a2a_", re.I)
_LITERAL = re.compile(r"""(['"])((?:\\.|(?!\1)[^\\\n]){4,3000}?)\1""")
_BASE64 = re.compile(r"[A-Za-z0-9+/]{40,}={0,2}")
_ASSIGNED = re.compile(r"(?:\bwindow\.|\bvar\s+|\blet\s+|\bconst\s+|\$\(\s*['\"]#)([A-Za-z_$][\w$-]*)")
MAX_DOCS = 200   # a page's viewers; a script of thousands of addresses is a data file, not a page's books
MAX_SCRIPT = 50_000  # a viewer's options are a line; a longer inline script is an application's data or bundle
_DATA_TYPES = re.compile(r"json|template|html|text/x-", re.I)  # __NEXT_DATA__, JSON-LD, client templates: not a call


def _site(host: str) -> str:
    host = (host or "").lower().split(":")[0]
    return host[4:] if host.startswith("www.") else host


def document_address(value: str, base_url: str, named: bool = False) -> str:
    """The address of the document ``value`` names, joined to ``base_url`` ("" for none): a name with a document's
    extension, the document a viewer's address shows, or (``named``: its attribute or key says "file"/"pdf") a
    download script with a query."""
    value = (value or "").strip()
    if not value or len(value) > 2000 or value.lower().startswith(("javascript:", "mailto:", "tel:", "#", "data:",
                                                                      "about:")):
        return ""
    if any(ch in value for ch in "\n<>{}"):
        return ""
    try:
        url = urljoin(base_url, value.replace("\\", "/"))
    except ValueError:
        return ""
    if not url.startswith(("http://", "https://")):
        return ""
    if doc_kind(url):
        return url
    if inner := viewer_target(url):
        return inner
    if named and _SCRIPT_ADDRESS.match(value) and " " not in value:
        return url
    return ""


def _json_strings(value, key: str = "") -> list[tuple[str, str]]:
    """(key, string) of every string in a parsed JSON value."""
    if isinstance(value, str):
        return [(key, value)]
    if isinstance(value, dict):
        return [pair for k, v in value.items() for pair in _json_strings(v, str(k) or key)]
    if isinstance(value, list):
        return [pair for v in value for pair in _json_strings(v, key)]
    return []


def _json_value(text: str):
    try:
        return json.loads(text)
    except ValueError:
        return None


def attribute_documents(element, base_url: str) -> list[str]:
    """The documents an element's own attributes name for a viewer (``source``, ``data-pdf``, ``data-src``,
    ``data-lazy-src``, a JSON ``data-flipbook-options``/``data-settings``), each once."""
    if not isinstance(element.tag, str) or element.tag in _SKIP_TAGS or _WIDGET.search(element.get("class") or ""):
        return []
    found: list[str] = []
    for name, value in element.attrib.items():
        name = name.lower()
        if name in _SKIP or name.startswith("on") or not value:
            continue
        text = value.strip()
        pairs = [(name, text)]
        if text[:1] in "{[":   # JSON, or a script's object literal ({file: '/x.pdf'}): its strings, under the attribute
            parsed = _json_value(text)
            pairs = _json_strings(parsed) if parsed is not None else [(name, v) for v in _script_strings(text)]
        for key, candidate in pairs:
            if not _ADDRESS_NAME.search(key) and not _ADDRESS_START.match(candidate.strip()):
                continue
            url = document_address(candidate, base_url, named=bool(_FILE_NAME.search(key)))
            if url and url not in found:
                found.append(url)
    return found


def _script_strings(code: str, depth: int = 0) -> list[str]:
    """Every string literal's value in a script, and those inside a base64 JSON payload it carries."""
    values: list[str] = []
    for match in _LITERAL.finditer(code):
        value = js_string(match.group(2))
        values.append(value)
        if depth == 0 and _BASE64.fullmatch(value) and len(value) % 4 == 0:
            try:
                decoded = base64.b64decode(value, validate=True).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError):
                continue
            if decoded.lstrip()[:1] in "{[":
                values += _script_strings(decoded, depth + 1)
    return values


def _anchor(script, ids: dict):
    """The viewer element a script's documents belong to: the element its variable or selector names by id
    (``option_df_412`` → ``#df_412``, ``real3dflipbook_3`` → ``#3``, ``$('#pdfv-9')``), else the element just
    before it (the plugin's placeholder div, printed right before its script), else its parent."""
    for ident in _ASSIGNED.findall(script.text or ""):
        parts = ident.split("_")
        for k in range(len(parts)):
            if (found := ids.get("_".join(parts[k:]))) is not None:
                return found
    for sibling in script.itersiblings(preceding=True):
        if isinstance(sibling.tag, str) and sibling.tag not in {"script", "style", "noscript"}:
            return sibling
    return script.getparent()


def script_documents(root, base_url: str) -> list[tuple[object, str]]:
    """(viewer element, document address) for the documents the page's own inline scripts in its body hand to a
    viewer, on the page's own site. Read before the scripts are dropped; the elements stay in the page."""
    body = root.find("body")
    if body is None:
        return []
    site = _site(urlsplit(base_url).hostname or "")
    ids = {el.get("id"): el for el in body.iter() if isinstance(el.tag, str) and el.get("id") and el.tag != "script"}
    found: list[tuple[object, str]] = []
    seen: set[str] = set()
    for script in body.iter("script"):
        code = script.text or ""
        if script.get("src") or not code.strip() or len(code) > MAX_SCRIPT or _DATA_TYPES.search(script.get("type") or ""):
            continue
        urls = []
        for value in _script_strings(code):
            value = value.strip()
            if not _ADDRESS_START.match(value) and ("/" not in value or re.search(r"\s", value)):
                continue  # a file's name in a script is a label ("ตัวชี้วัดย่อยที่ 9.2 x.pdf"), not an address
            url = document_address(value, base_url)
            own = _site(urlsplit(url).hostname or "")
            if url and url not in seen and (own == site or own.endswith("." + site) or site.endswith("." + own)):
                seen.add(url)
                urls.append(url)
        if urls:
            anchor = _anchor(script, ids)
            if anchor is not None:
                found += [(anchor, url) for url in urls]
        if len(found) >= MAX_DOCS:
            break
    return found[:MAX_DOCS]
