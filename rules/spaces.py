"""Outside pages read as the agency's own (crawler/outside.py), grouped by the Google Site (or hosted blog) they
belong to.

Each Google Site has its own template (its navigation, a "Google Sites · รายงานการละเมิด" footer), learnt from its
own pages as the agency's header and footer are learnt from the agency's (rules/engine.py). Kept here, beside the
engine, so that judging needs nothing of the crawler.

>>> site_of("https://sites.google.com/view/x-ita/o1"), site_of("https://sites.google.com/x.go.th/ita2569/9-1/o1")
('sites.google.com/view/x-ita', 'sites.google.com/x.go.th/ita2569')
>>> site_of("https://sites.google.com/a/x.go.th/ita/o1"), site_of("https://docs.google.com/document/d/1a/pub")
('sites.google.com/a/x.go.th/ita', None)
>>> site_of("https://x-ita.blogspot.com/2026/03/o5.html")
'x-ita.blogspot.com'
"""
from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

SITES_HOST = "sites.google.com"
BLOG = re.compile(r"^(?!(?:www|public-api|subscribe|widgets|developer|apps|th|en|files)\.)"
                  r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.(blogspot\.com|wordpress\.com)$")  # as crawler/outside.py


def site_of(url: str) -> str | None:
    """The Google Site an address belongs to: /view/<site>, /site/<site>, /<workspace domain>/<site>,
    /a/<domain>/<site>; a hosted blog's host (Blogger, WordPress.com); None for any other address."""
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    if BLOG.match((parts.hostname or "").lower()):
        return (parts.hostname or "").lower()
    if (parts.hostname or "").lower().removeprefix("www.") != SITES_HOST or len(segments) < 2:
        return None
    size = 3 if segments[0] == "a" else 2
    return "/".join([SITES_HOST, *segments[:size]]) if len(segments) >= size else None


def by_site(pages: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Outside pages (``outside`` set by the crawler), grouped by their Google Site, in crawl order."""
    sites: dict[str, list[dict[str, Any]]] = {}
    for page in pages:
        site = site_of(page.get("url") or "") if page.get("outside") else None
        if site is not None:
            sites.setdefault(site, []).append(page)
    return list(sites.values())
