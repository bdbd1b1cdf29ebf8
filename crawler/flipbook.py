"""A flipbook's words: FlipBuilder / FlipHTML5 / AnyFlip books keep the text of each page in their own search file.

Such a book (an agency's "หนังสือพลิก", uploaded to its own host as the tool exports it: ``index.html``,
``javascript/config.js``, ``files/page/N.jpg``, ``files/search/searchtext.js``) arrives as a script shell: its pages
are pictures the book's scripts draw, and a browser's render holds no words either. The words a reader sees on
those pictures are the book's search text, ``var textForPages = ["page 1 …", "page 2 …"]``: read from there, the
book is read; without it, it stays unread (crawler/render.py), never empty.

>>> page = b'<html><head><script src="javascript/config.js"></script><script src="files/search/searchtext.js"></script>'
>>> text_url(page, "http://www.x.go.th/ebook/plan/index.html")
'http://www.x.go.th/ebook/plan/files/search/searchtext.js'
>>> text_url(b'<script src="javascript/config.js"></script><script src="javascript/LoadingJS.js"></script>',
...          "http://www.x.go.th/ebook/plan/")
'http://www.x.go.th/ebook/plan/files/search/searchtext.js'
>>> text_url(b'<script src="/js/app.js"></script>', "http://www.x.go.th/")
''
>>> page_texts(b'var textForPages = ["\\u0e41\\u0e1c\\u0e19 2569", "page 2"];\\nvar positionForPages = [[]];')
['แผน 2569', 'page 2']
"""
from __future__ import annotations

import json
import re
from urllib.parse import urljoin

SEARCH_TEXT = re.compile(rb"""<script[^>]+src=["']([^"']*files/search/searchtext\.js)["']""", re.I)
# FlipBuilder's export layout: the book's settings and loader beside its files/ folder
BOOK_LAYOUT = re.compile(rb"""<script[^>]+src=["'](?:\./)?javascript/(?:config|LoadingJS)\.js["']""", re.I)
TEXT_FOR_PAGES = re.compile(r"\btextForPages\s*=\s*(\[.*?\])\s*;", re.S)
MAX_TEXT_BYTES = 5_000_000   # a book's search file: the words of a few hundred pages


def text_url(body: bytes, url: str) -> str:
    """The address of a flipbook page's search text (its own ``<script src>``, else where the FlipBuilder layout
    keeps it), or "" for any other page."""
    head = body[:200_000]
    named = SEARCH_TEXT.search(head)
    if named:
        return urljoin(url, named.group(1).decode("latin-1"))
    if BOOK_LAYOUT.search(head):
        return urljoin(url, "files/search/searchtext.js")
    return ""


def page_texts(body: bytes) -> list[str]:
    """Each page's words from a search file (``textForPages``), or [] when it holds none."""
    found = TEXT_FOR_PAGES.search(body[:MAX_TEXT_BYTES].decode("utf-8", "replace"))
    if not found:
        return []
    try:
        pages = json.loads(found.group(1))
    except ValueError:
        return []
    return [str(page) for page in pages if isinstance(page, (str, int, float))] if isinstance(pages, list) else []
