"""Evidence published quarter by quarter (the ministry's MOIT rounds): which quarter each piece belongs to.

Hospitals publish each item's evidence per quarter in one of a few ways, all read here:

- one index page per quarter (tabs "ไตรมาส 1" … "ไตรมาส 4"), each listing every item: the quarter is the
  index page's title;
- one page per item with a link per quarter ("ไตรมาส 2  [11.1–11.3 หลักฐาน]", a "-" where there is none);
- a shared folder per item holding a subfolder per quarter, or a folder per quarter; a folder that says it
  is empty ("โฟลเดอร์นี้ว่างเปล่า") holds nothing.

A quarter with no link, or only an empty folder, has no evidence; one whose only link leads where nothing could be
read (a Facebook album behind its login wall) is unknown, never evidence and never its absence. The fiscal year a
quarter's evidence names next to its quarter ("ไตรมาสที่ 1 ปีงบประมาณ พ.ศ. 2568") is the round it was made for.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable
from urllib.parse import unquote, urlsplit

from rules.thai import Text
from rules.urls import DOCUMENT_KINDS

# "ไตรมาส 2.2" is the word's line run into the next one's section number ("…ในไตรมาส / 2.2 บันทึกข้อความ"): no quarter
QUARTER_NAMED = [re.compile(r"ไตรมาส\s?(?:ที่)?\s?([1-4])(?!\d)(?!\.\d)"), re.compile(r"(?<![a-z0-9])q\s?([1-4])(?!\d)"),
                 re.compile(r"(?<![a-z0-9])quarter\s?([1-4])(?!\d)")]
ROUND_YEAR = re.compile(r"ไตรมาส\s?(?:ที่)?\s?[1-4](?!\d)\s?(?:/|ปี\s?งบประมาณ|ปีงบ|ปี|พ\.ศ\.|\s)*\s?(25\d\d)(?!\d)")
HEADED_KINDS = DOCUMENT_KINDS  # documents, whose first lines are their heading
HEAD_CHARS = 300
# a shared folder's page or embed (crawler/folders.py): its name says what it is meant to hold, its files what it holds
SHARED_FOLDER = re.compile(r"^https?://drive\.google\.com/(?:embeddedfolderview|folderview|drive/(?:u/\d+/)?folders/)", re.I)
EMPTY_FOLDER = re.compile(r"โฟลเดอร์นี้ว่าง|ไม่มีไฟล์ในโฟลเดอร์|this folder is empty|no files in this folder|"
                          r"folder is empty")




def empty_folder(page: dict[str, Any]) -> str:
    """What an outside folder's listing says when it holds nothing ("ไม่มีไฟล์ในโฟลเดอร์นี้"), else ""."""
    if page.get("kind") != "external":
        return ""
    for line in (page.get("text") or "").splitlines():  # the listing's own line, as a person reads it
        if EMPTY_FOLDER.search(Text(line).norm):
            return line.strip()[:80]
    return ""


@dataclass
class QuarterPiece:
    """One piece of an item's evidence that names its quarter."""

    quarter: int
    url: str
    empty: bool = False  # a folder that says it holds nothing, or a link that is gone
    round_year: int | None = None  # the fiscal year named beside the quarter
    page_years: frozenset[int] = frozenset()  # the years the page listing it names itself by ("/ita68", "ITA ปี 2568")
    unread: str = ""  # why what it leads to could not be read (a Facebook album's login wall; rules/engine.py)


def quarters_named(text: Text) -> set[int]:
    """Quarters of the fiscal year a text names: "ไตรมาสที่ 1", "ไตรมาส ๒", "Q3"."""
    return {int(n) for pattern in QUARTER_NAMED for n in pattern.findall(text.norm)}


def _one_quarter(*texts: str | None) -> int | None:
    """The quarter the first of ``texts`` that names exactly one names."""
    for text in texts:
        named = quarters_named(Text(text or ""))
        if len(named) == 1:
            return named.pop()
        if named:  # a row naming several quarters says nothing of this link alone
            return None
    return None


def _own_quarter(page: dict[str, Any] | None) -> int | None:
    """The quarter a document names in its heading ("MOIT4 ไตรมาสที่ 1 ปีงบประมาณ พ.ศ. 2568"), as in a table whose
    columns are the quarters and whose cells all read "4.1–4.3": the file says which quarter it is; an outside
    file only checked says it by its name ("MOIT5 … ไตรมาสที่ 4 ปีงบประมาณ พ.ศ. 2568 - Google ชีต")."""
    if page and page.get("kind") == "external" and not page.get("unread"):
        return _one_quarter(page.get("title"))  # an outside file only checked (a shared Google Sheet): its name
    if not page or page.get("kind") not in HEADED_KINDS:
        return None
    return _one_quarter(f"{page.get('title') or ''} {(page.get('text') or '')[:HEAD_CHARS]}")


def _page_years(page: dict[str, Any]) -> set[int]:
    """The years a page names itself by: its title and its address ("/ita68", "ITA ปี 2568 - โรงพยาบาล…")."""
    parts = urlsplit(page.get("url") or "")
    return Text(f"{page.get('title') or ''} {unquote(parts.path)} {unquote(parts.query)}").years()


def _files_round_year(folder: dict[str, Any], quarter: int, by_url: dict[str, dict[str, Any]]) -> int | None:
    """The round a quarter's shared folder was filled for, as its opened files say ("ไตรมาสที่ 1 ปีงบประมาณ พ.ศ.
    2568" in this round's "ไตรมาส 1" folder): a folder's name says what it is meant to hold, its files what it holds."""
    if folder.get("kind") != "external":
        return None
    for link in folder.get("links") or []:
        entry = by_url.get(link.get("url") or "")
        if entry is not None and entry is not folder and (year := _round_year(entry, quarter)):
            return year
    return None


def _round_year(page: dict[str, Any], quarter: int) -> int | None:
    for text in (page.get("title") or "", page.get("text") or ""):
        for match in ROUND_YEAR.finditer(Text(text[:3000]).norm):
            if quarters_named(Text(match.group(0))) == {quarter}:
                return int(match.group(1))
    return None


def quarter_pieces(links: list[dict[str, Any]], pages: list[dict[str, Any]], by_url: dict[str, dict[str, Any]],
                   gone: Callable[[dict[str, Any]], bool]) -> list[QuarterPiece]:
    """The pieces of an item's evidence that name their quarter.

    ``links`` found the item (each with the ``source`` page that holds it); ``pages`` are the fetched pages
    and documents judged as its evidence; ``by_url`` every fetched page of the site; ``gone`` tells a
    failed fetch that certainly means the evidence is not there.
    """
    pieces: dict[tuple[int, str], QuarterPiece] = {}

    def add(quarter: int | None, url: str, source: dict[str, Any]) -> None:
        if quarter is None or not url or (quarter, url) in pieces:
            return
        target = by_url.get(url)
        named = frozenset(_page_years(source))
        if target is None:  # not fetched (beyond the crawl's bounds): published, not judged
            pieces[(quarter, url)] = QuarterPiece(quarter, url, page_years=named)
            return
        empty = bool(empty_folder(target)) or gone(target)
        # a folder named for this round ("MOIT7 ไตรมาส 1/2569") holding last round's files was filled with those
        held = _files_round_year(target, quarter, by_url)
        pieces[(quarter, url)] = QuarterPiece(quarter, url, empty, held if held and SHARED_FOLDER.match(url) else
                                              _round_year(target, quarter) or held, named)

    for link in links:  # a row of a quarter's index page, or a link labelled with its quarter, else a document
        source = by_url.get(link.get("source") or "") or {}  # whose own heading names its quarter
        quarter = _one_quarter(link.get("text"), link.get("context"), source.get("title"))
        add(quarter if quarter is not None else _own_quarter(by_url.get(link.get("url") or "")), link.get("url") or "",
            source)
    for page in pages:
        if page.get("kind") == "html":  # an item page with a link per quarter
            for link in page.get("links") or []:
                # a link not fetched (beyond the crawl's bounds) still shows its quarter is published
                if link.get("zone") != "nav" and not link.get("common") and link.get("url") not in {None, "", page["url"]}:
                    # a sub-item's row under its quarter's panel heading ("6.1.1 บันทึกข้อความ …"): the file says
                    # which quarter it is, as in an index whose cells do not
                    quarter = _one_quarter(link.get("text"), link.get("context"))
                    add(quarter if quarter is not None else _own_quarter(by_url.get(link["url"])), link["url"], page)
        elif page.get("part_of"):  # a part of a report, a section per quarter: "ไตรมาสที่ 2 ปีงบประมาณ พ.ศ. 2569 …"
            from rules.periods import denied_periods  # (periods reads this module's quarters)

            for quarter in sorted(quarters_named(denied_periods(Text(page.get("text") or "")))):
                add(quarter, page["url"], page)
        elif page.get("kind") == "external" and page.get("text"):  # a folder listing its quarters' subfolders
            if _one_quarter(page.get("title")) is None:  # a quarter's own folder lists files, not quarters
                entries = page.get("links") or []  # opened (crawler/folders.py), else only named in its listing
                for entry in entries:
                    add(_one_quarter(entry.get("text")), entry.get("url") or "", page)
                for line in [] if entries else page["text"].splitlines():
                    add(_one_quarter(line), f"{page['url']}#{line}", page)
    return list(pieces.values())
