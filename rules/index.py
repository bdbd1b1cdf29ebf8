"""An agency's own ITA/OIT index: a page whose rows link eight or more item codes ("O1", "o01", "ข้อ ๑"…).

Both the spider (to read an index's rows first) and the engine (to take each item from its row) use it.
"""
from __future__ import annotations

from rules.thai import item_codes

MIN_INDEX_CODES = 8


def link_code(link: dict, prefix: str = "O") -> int | None:
    """The one item code a link stands for: in its own words, else in its row or block (never two)."""
    codes = item_codes(f"{link.get('text', '')} {link.get('title', '')}", prefix)
    if not codes:
        codes = item_codes((link.get("context") or "")[:60], prefix)
    return codes.pop() if len(codes) == 1 else None


def index_rows(links: list[dict], prefix: str = "O") -> dict[int, list[dict]]:
    """Item number -> the links of its rows, when ``links`` (one page's) form an index; else empty."""
    rows: dict[int, list[dict]] = {}
    for link in links:
        if link.get("kind") != "a" or link.get("zone") == "nav":
            continue
        code = link_code(link, prefix)
        if code is not None:
            rows.setdefault(code, []).append(link)
    return rows if len(rows) >= MIN_INDEX_CODES else {}
