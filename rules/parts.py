"""Parts of one document: an agency that publishes its whole OIT as one report, or as a merged file whose index rows
jump to its own pages, gives each item a part of the document, not the document.

The crawler gives a link that jumps to a page of its own document (a contents line, a bookmark, an index row "หน้า
14": crawler/doclinks.py) a ``part``: the page it jumps to, where the part ends, its words, or ``unread`` when the
part lies past the pages read (crawler/extract.pdf_parts). Here each part becomes a page record of its own,
``<document>#page=N`` (the address a PDF reader opens at that page), and the links that jump there lead to it: an
item is judged on its own pages, each page read as a document of its own (a merged file binds separate files, each
from its own page), and an item whose pages were not read is unknown, never missing.
"""
from __future__ import annotations

from typing import Any

from rules.urls import DOCUMENT_KINDS


def part_url(url: str, ref: str) -> str:
    """The address of a part of a document: ``ref`` is its place ("#page=12": PDF open parameters)."""
    return f"{url.split('#')[0]}{ref}"


def part_pages(pages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A page record per part of every document whose links jump to places in it; those links are pointed at
    their part (their ``url``). A part holds the document's words from its place to the next, page by page
    (``leaves``, when it spans pages), and the links printed on those pages."""
    found: list[dict[str, Any]] = []
    for page in pages:
        links = page.get("links")
        if page.get("kind") not in DOCUMENT_KINDS or not isinstance(links, list):
            continue
        parts: dict[str, dict[str, Any]] = {}
        for link in links:
            part = link.get("part")
            if isinstance(part, dict) and isinstance(part.get("page"), int) and isinstance(part.get("ref"), str):
                seen = parts.setdefault(part["ref"], dict(part))
                seen["pages"] = seen.get("pages") or [str(t) for t in part.get("pages") or []]
        for ref, part in parts.items():
            first, end = part["page"], part.get("end")
            # the last page it reads: the one before the next part's, or that page when the next begins down it
            last = end[0] - (not end[1]) if isinstance(end, list) and len(end) == 2 and all(isinstance(e, int) for e in end) \
                else first
            texts = part["pages"]
            leaves = [{"url": part_url(page["url"], f"#page={first + k}"), "kind": page["kind"], "text": text,
                       "links": []} for k, text in enumerate(texts)] if len(texts) > 1 else []
            found.append({
                "url": part_url(page["url"], ref), "final_url": None, "status": page.get("status"),
                "kind": page["kind"], "title": page.get("title") or "", "text": " ".join(texts), "leaves": leaves,
                "links": [link for link in links if not link.get("part") and isinstance(link.get("page"), int)
                          and first <= link["page"] <= last],
                "forms": 0, "image_only": False, "error": page.get("error"), "depth": page.get("depth"),
                "unread": part.get("unread") or page.get("unread"), "outside": page.get("outside"),
                "ocr_pages": page.get("ocr_pages"), "part_of": page["url"]})
        for link in links:
            part = link.get("part")
            if isinstance(part, dict) and part.get("ref") in parts:
                link["url"] = part_url(page["url"], part["ref"])
    return found
