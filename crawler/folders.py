"""The entries of a shared Google Drive folder, as a person opening it sees them.

Agencies keep an item's evidence in a Drive folder linked from their index ("MOIT4 ปีงบประมาณ 2569" with a
subfolder per quarter), or embed the folder in the item's page. The folder's name says what it is meant to hold;
only its files say what it holds (last year's report in this year's folder). A person opens them; so does the
crawler, a few per folder and a few folders deep (crawler/spiders/agency.py).

Drive serves a folder two ways: ``embeddedfolderview?id=…`` as plain HTML, one ``flip-entry`` link per entry; and
``/drive/folders/…`` as a script application whose entries sit in a JSON string (``window['_DRIVE_ivd']``). Both
are read from the one answer the folder's link gets.

>>> page = '''<div class="flip-entry" id="entry-1abcdefghij"><a href="https://drive.google.com/file/d/1abcdefghij/
... view?usp=drive_web"><div class="flip-entry-title">O12 รายงาน.pdf</div></a></div>'''.replace("\\n", "")
>>> folder_entries("https://drive.google.com/embeddedfolderview?id=1folder0000", page)
[{'url': 'https://drive.google.com/file/d/1abcdefghij/view', 'kind': 'a', 'text': 'O12 รายงาน.pdf', 'title': '', 'context': ''}]
>>> blob = r"[[[\\x221sub0000000\\x22,[\\x221folder0000\\x22],\\x22ไตรมาส 1\\x22,\\x22application/vnd.google-apps.folder\\x22]]]"
>>> [e["url"] for e in folder_entries("https://drive.google.com/drive/folders/1folder0000",
...                                   "<script>window['_DRIVE_ivd'] = '" + blob + "';</script>")]
['https://drive.google.com/drive/folders/1sub0000000']
>>> folder_entries("https://drive.google.com/file/d/1abcdefghij/view", page)
[]
"""
from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, urljoin, urlsplit

import lxml.html
from lxml import etree

DRIVE_HOST = "drive.google.com"
FOLDER_MIME = "application/vnd.google-apps.folder"
# Google's own documents in a folder open in Docs, Sheets or Slides
NATIVE_EDITORS = {"application/vnd.google-apps.document": "document",
                  "application/vnd.google-apps.spreadsheet": "spreadsheets",
                  "application/vnd.google-apps.presentation": "presentation"}
FOLDER_PATH = re.compile(r"^/drive/(?:u/\d+/)?folders/([\w-]{10,})")
# what an entry's link is: a file, a subfolder, a Google document
ENTRY = re.compile(r"^https://(?:drive\.google\.com/(?:file/d/([\w-]{10,})|drive/(?:u/\d+/)?folders/([\w-]{10,}))|"
                   r"docs\.google\.com/(?:document|spreadsheets|presentation)/d/([\w-]{10,}))")
IVD = re.compile(r"""window\[['"]_DRIVE_ivd['"]\]\s*=\s*'((?:[^'\\]|\\.)*)'""")
_ESCAPE = re.compile(r"\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})|\\(.)")
MAX_ENTRIES = 200  # a listing holds far more than is ever opened (crawl.folder_opens)


def folder_id(url: str) -> str | None:
    """The Drive folder ``url`` shows, or None when it is not a folder's page."""
    parts = urlsplit(url)
    if (parts.hostname or "").lower() != DRIVE_HOST:
        return None
    if (match := FOLDER_PATH.match(parts.path)):
        return match.group(1)
    if parts.path in {"/embeddedfolderview", "/folderview"}:
        return (parse_qs(parts.query).get("id") or [None])[0]
    return None


def folder_entries(url: str, html: str) -> list[dict]:
    """The files and subfolders a Drive folder's page lists, as links (``url``, ``text``: the entry's name), in
    the folder's order; [] for any other page or a folder whose entries the page does not hold."""
    own = folder_id(url)
    if own is None:
        return []
    entries = _anchors(url, html, own) or _script_entries(html, own)
    seen: set[str] = set()
    unique = []
    for entry in entries:
        if entry["url"] not in seen:
            seen.add(entry["url"])
            unique.append(entry)
    return unique[:MAX_ENTRIES]


def _link(url: str, name: str) -> dict:
    return {"url": url, "kind": "a", "text": " ".join(name.split())[:300], "title": "", "context": ""}


def _entry_url(href: str) -> str | None:
    """The address an entry opens at, without Drive's tracking query (``?usp=drive_web``)."""
    match = ENTRY.match(href)
    if not match:
        return None
    if match.group(1):
        return f"https://{DRIVE_HOST}/file/d/{match.group(1)}/view"
    if match.group(2):
        return f"https://{DRIVE_HOST}/drive/folders/{match.group(2)}"
    return href.split("?")[0].split("#")[0]


def _anchors(url: str, html: str, own: str) -> list[dict]:
    """Entries served as links (the embedded view, and any page that lists them as HTML)."""
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    entries = []
    for anchor in root.iter("a"):
        target = _entry_url(urljoin(url, anchor.get("href") or ""))
        if target is None or own in target:
            continue
        titled = anchor.xpath(".//*[contains(@class, 'flip-entry-title')]")
        name = (titled[0].text_content() if titled else anchor.get("data-tooltip") or anchor.text_content() or "")
        entries.append(_link(target, name))
    return entries


def _unescape(raw: str) -> str:
    def one(match: re.Match) -> str:
        hexa, uni, char = match.groups()
        return chr(int(hexa or uni, 16)) if (hexa or uni) else char
    return _ESCAPE.sub(one, raw)


def _script_entries(html: str, own: str) -> list[dict]:
    """Entries in the folder application's initial data: ``[[[id, [parent], name, mime type, …], …], …]``."""
    match = IVD.search(html)
    if not match:
        return []
    try:
        data = json.loads(_unescape(match.group(1)))
    except ValueError:
        return []
    rows = data[0] if isinstance(data, list) and data and isinstance(data[0], list) else []
    entries = []
    for row in rows:
        if not (isinstance(row, list) and len(row) >= 4 and isinstance(row[0], str) and isinstance(row[2], str)):
            continue
        entry_id, name, mime = row[0], row[2], row[3] if isinstance(row[3], str) else ""
        if entry_id == own:
            continue
        if mime == FOLDER_MIME:
            entries.append(_link(f"https://{DRIVE_HOST}/drive/folders/{entry_id}", name))
        elif mime in NATIVE_EDITORS:
            entries.append(_link(f"https://docs.google.com/{NATIVE_EDITORS[mime]}/d/{entry_id}/edit", name))
        else:
            entries.append(_link(f"https://{DRIVE_HOST}/file/d/{entry_id}/view", name))
    return entries


def listing_names(entries: list[dict]) -> str:
    """The entries' names one a line: what a folder shows when its page is built by script."""
    return "\n".join(entry["text"] for entry in entries if entry["text"])
