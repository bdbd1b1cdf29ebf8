"""An agency's own ITA/OIT index: a page whose rows link eight or more item codes ("O1", "o01", "ข้อ ๑"…).

Both the spider (to read an index's rows first) and the engine (to take each item from its row) use it.
"""
from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote, urlsplit

from rules.thai import DENIAL_RE, Text, code_patterns, item_codes, normalize

MIN_INDEX_CODES = 8


def link_code(link: dict[str, Any], prefix: str = "O") -> int | None:
    """The one item code a link stands for: in its own words, else the code of its own row.

    A row or block may hold several items ("O18 … อยู่ระหว่างดำเนินการ | O19 … [ดาวน์โหลด]"): the link belongs
    to the code written last before its own words, never to a row above it that has no link of its own. A
    file named by its code ("o19.pdf", "MOIT7.pdf") that contradicts the row's code is trusted: the row's
    words were borrowed from a neighbour; a file named by a number alone ("01.pdf") names no item.
    """
    codes = item_codes(f"{link.get('text', '')} {link.get('title', '')}", prefix)
    if codes:
        return codes.pop() if len(codes) == 1 else None
    code = _row_code(link, prefix)
    stem = _file_stem(link.get("url") or "")
    # a file named by a number alone ("01.pdf", "02.pdf" in a folder per item) is numbered in its folder: no code
    named = set() if stem.strip().isdigit() else item_codes(stem, prefix)
    if len(named) == 1 and code is not None and code not in named:
        return named.pop()
    return code


def code_range(text: str, prefix: str = "O") -> set[int]:
    """The item numbers a range written in ``text`` covers, as one file or page holding several items says it.

    >>> sorted(code_range("เอกสารข้อ O15–O18 อยู่ในไฟล์ ดัชนีเอกสาร"))
    [15, 16, 17, 18]
    >>> sorted(code_range("MOIT 3 ถึง MOIT 5", "MOIT")), code_range("O15 O26")
    ([3, 4, 5], set())
    """
    code = re.escape(prefix.lower()) + r"\s?[.\-_:]?\s?0?(\d{1,2})"
    found: set[int] = set()
    for m in re.finditer(rf"(?<![a-z0-9]){code}\s*(?:-|–|—|~|ถึง|to)\s*(?:{code}|(\d{{1,2}}))(?!\d)", normalize(text)):
        first, last = int(m.group(1)), int(m.group(2) or m.group(3))
        if 0 < first < last <= 60:
            found |= set(range(first, last + 1))
    return found


def _row_code(link: dict[str, Any], prefix: str) -> int | None:
    context = normalize(link.get("context") or "")
    own = normalize(f"{link.get('text', '')}".strip())
    at = context.find(own) if own else -1
    if at < 0:  # the link's words are not in its row (an icon): the row must name one item only
        codes = item_codes(context[:60], prefix)
        return codes.pop() if len(codes) == 1 and len(item_codes(context, prefix)) == 1 else None
    before = [(m.start(), int(n)) for pattern in code_patterns(prefix) for m in pattern.finditer(context[:at])
              for n in m.groups() if n and 0 < int(n) <= 60]
    return max(before)[1] if before else None


def _file_stem(url: str) -> str:
    """A link's file name without its extension, split at punctuation: ".../files/moit_7.pdf" -> "moit 7"."""
    name = unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])
    return re.sub(r"[_\-.]+", " ", name.rsplit(".", 1)[0]) if "." in name else ""


def index_rows(links: list[dict[str, Any]], prefix: str = "O", least: int = MIN_INDEX_CODES) -> dict[int, list[dict[str, Any]]]:
    """Item number -> the links of its rows, when ``links`` (one page's) form an index of ``least`` items or more;
    else empty."""
    rows: dict[int, list[dict[str, Any]]] = {}
    for link in links:
        if link.get("kind") != "a" or link.get("zone") == "nav":
            continue
        code = link_code(link, prefix)
        if code is not None:
            rows.setdefault(code, []).append(link)
    return rows if len(rows) >= least else {}


def range_indexes(pages: list[dict[str, Any]], prefix: str = "O") -> dict[str, set[int]]:
    """URL -> the items a link leading there says it holds as a range ("ข้อ O20 – O26 ดัชนีเอกสาร", an image map's
    box for indicator 10): a page or document whose rows link those items is their index, however few they are."""
    declared: dict[str, set[int]] = {}
    for page in pages:
        for link in page.get("links") or []:
            if link.get("url") and link.get("kind") == "a":
                codes = code_range(f"{link.get('text') or ''} {link.get('title') or ''}", prefix)
                if codes:
                    declared.setdefault(link["url"], set()).update(codes)
    return declared


def rows_of_year(rows: dict[int, list[dict[str, Any]]], year: int, prefix: str = "O") -> dict[int, list[dict[str, Any]]]:
    """One index page holding this year's and past years' rows (a published Sheet's tabs "ITA 2569" and "ITA 2568",
    two tables one above the other): where an item's rows name the year, its rows naming only past years are last
    year's list, not this one's. An item with no row of this year keeps all it has."""
    def years(link: dict[str, Any]) -> set[int]:
        return Text(f"{link.get('context') or ''} {link.get('text') or ''} {unquote(link.get('url') or '')}").years()

    def whole_row(link: dict[str, Any], code: int) -> bool:  # a row naming its item, not one cell of a row ("รายงานผล ปี 2568")
        return code in item_codes(link.get("context") or "", prefix)

    kept = {}
    for code, links in rows.items():
        dated = [(link, years(link)) for link in links]
        if any(year in found and whole_row(link, code) for link, found in dated):
            links = [link for link, found in dated if not found or max(found) >= year or not whole_row(link, code)]
        kept[code] = links
    return kept


_RANGE_DASH = re.compile(r"\s*(?:-|–|—|~|ถึง|to)\s*")
_TRAILING_DASH = re.compile(r"(?:^|\s)-\s?$")
# the next row's first cell when it is the sub-indicator's number ("10.1 การดำเนินการ…" before "O22"): the row ends there
_NEXT_ROW_LABEL = re.compile(r"\s(?:ตัวชี้วัดย่อยที่\s?|ตัวชี้วัดที่\s?)?\d{1,2}\.\d{1,2}(?=\s|$)")
ROW_CHARS = 300  # a row's words after its code, at most (the last row must not run into the footer)


def denied_rows(text: str, linked: set[int], prefix: str = "O") -> dict[int, str]:
    """Item number -> the row's words, for the rows of an index page's text that have no link and say the
    item is not there: "O21 การประเมินความเสี่ยงการทุจริต -", "O25 … อยู่ระหว่างดำเนินการ". ``linked``: the
    numbers whose rows have a link (a row with a link is evidence, whatever else it says).

    >>> denied_rows("O20 นโยบาย No Gift ดาวน์โหลด O21 การประเมินความเสี่ยง - O22 รายงานผล อยู่ระหว่างดำเนินการ", {20})
    {21: 'o21 การประเมินความเสี่ยง -', 22: 'o22 รายงานผล อยู่ระหว่างดำเนินการ'}
    >>> denied_rows("O21 การประเมินความเสี่ยง - 10.1 การป้องกันสินบน O22 รายงานผล ดาวน์โหลด", {22})
    {21: 'o21 การประเมินความเสี่ยง -'}
    >>> denied_rows("O16 แนวปฏิบัติ ตัวชี้วัดย่อยที่ 9.5 การส่งเสริมความโปร่งใส - O17 ช่องทาง 9.5 คลิก", {17})
    {16: 'o16 แนวปฏิบัติ ตัวชี้วัดย่อยที่ 9.5 การส่งเสริมความโปร่งใส -'}
    >>> denied_rows("เอกสารข้อ O15–O26 อยู่ในไฟล์ดัชนี", set())
    {}
    """
    norm = normalize(text)
    pattern = code_patterns(prefix)[0]  # the written code ("O21", "MOIT 7"): "ข้อ 1" may be any numbered list
    marks = [(m.start(), m.end(), int(m.group(1))) for m in pattern.finditer(norm) if 0 < int(m.group(1)) <= 60]
    denied: dict[int, str] = {}
    for k, (start, end, code) in enumerate(marks):
        if code in linked or code in denied:
            continue
        stop = marks[k + 1][0] if k + 1 < len(marks) else len(norm)
        if k + 1 < len(marks) and _RANGE_DASH.fullmatch(norm[end:stop]):
            continue  # "O15–O26": the first of a range, not a row saying "-"
        whole = norm[end:min(stop, end + ROW_CHARS)]
        row = _NEXT_ROW_LABEL.split(whole, maxsplit=1)[0].strip()
        if not (DENIAL_RE.search(row) or _TRAILING_DASH.search(row)) and stop - end <= ROW_CHARS \
                and _TRAILING_DASH.search(whole.strip()):
            row = whole.strip()  # the sub-indicator is this row's own column ("O16 แนวปฏิบัติ… 9.5 การส่งเสริม… -")
        if DENIAL_RE.search(row) or _TRAILING_DASH.search(row):
            denied[code] = norm[start:end + len(row) + 1].strip()
    return denied
