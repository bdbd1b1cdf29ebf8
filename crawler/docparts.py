"""Parts of one document: an agency that publishes its whole OIT as one report (a PDF, a Word file, a slide deck)
or as a merged file whose index rows jump to its own pages gives each item a part of the document.

A link that jumps to a place in its own document — a PDF's contents line or bookmark (a GoTo action or destination),
a merged file's index row "หน้า 14" — or, in a document without such links, an item's heading ("O12 …" beginning a
line, a paragraph or a slide) carries a ``part``: where it begins (``page`` from 1, ``at`` a character of that page),
its address in the document (``ref``: "#page=12" as PDF readers open it, "#page=12&part=2" for a second part
beginning on that page, "#section=4", "#slide=7"), where it ends (``end``: page, character), the words of each of its
pages (``pages``: once per part, in its first link), or ``unread`` when it lies past what could be read. The engine
makes each part a page record of its own (rules/parts.py).
"""
from __future__ import annotations

import re
from typing import Any

from crawler.doclinks import doc_link

PART_PAGES = 20  # pages of a document one part may span: a contents line's item runs to the next one jumped to
PART_CHARS = 20_000  # and the words it keeps
JUMP_PAGES = 60  # pages read past a PDF's page bound because its own links jump there (a merged file's late parts)
SNAP_LETTERS = 30  # two starts on one page this close (a bookmark just above its heading) are one
MIN_HEADINGS = 8  # item headings a document needs before its headings are taken for its parts
MIN_FEW = 2  # ... and before they are its ``few`` parts, read only from an index row of their item
_CODE = r"(?:O|o|MOIT|moit)[ .\-]?0?([1-9]\d?)(?!\d)"
# an item's heading at the start of a line: "O12 รายงานสรุปผล…", "o05 แผน…", "MOIT 3 …", or the code alone with its
# title on the next line
HEADING = re.compile(rf"^[ \t]*{_CODE}(?:[ .:)\t]+\S[^\r\n]{{0,200}}|[ \t]*\r?\n[ \t]*[^\sA-Za-z0-9][^\r\n]{{0,200}})"
                     r"(?=\r?$)", re.M)
BLOCK_HEADING = re.compile(rf"^\s*{_CODE}(?:[ .:)\t]|$)")  # a paragraph or a slide that begins with an item's code
# a contents line, not a heading: a dotted leader, or a page number set off by a tab or spaces, at its end (a heading
# may end in a number: "O11 … ไตรมาสที่ 2")
TOC_TAIL = re.compile(r"(?:\.{3,}|…)\s*\d*\s*$|(?:\t|\s{2,})\d{1,3}\s*$")
_SPACE = re.compile(r"\s+")
# Thai vowels and tone marks above or below a letter: their boxes say nothing of the line they sit on
_COMBINING = re.compile(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def one_line(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


class PdfPages:
    """A PDF's page texts: the pages read, then up to ``extra`` more that its own links jump to past the page bound,
    as a reader turns to page 309 (their text layer only: no OCR there); and where on a page a jump lands."""

    def __init__(self, pdf: Any, texts: list[str], extra: int = JUMP_PAGES):
        self.pdf, self.texts, self.extra, self.more = pdf, texts, extra, {}
        self.tops: dict[int, list[tuple[float, int]]] = {}   # page -> (top, index) of its letters, read once

    def __len__(self) -> int:
        return len(self.pdf)

    def text(self, number: int) -> str | None:
        from crawler import legacy_text

        if number <= len(self.texts):
            return self.texts[number - 1]
        if number not in self.more and len(self.more) < self.extra and number <= len(self.pdf):
            text, state = legacy_text.read_layer(self.pdf[number - 1].get_textpage().get_text_range())
            self.more[number] = "" if state == legacy_text.UNREADABLE else text
        return self.more.get(number)

    def offset(self, number: int, top: float | None) -> int:
        """The first letter of page ``number`` whose box tops at or below ``top`` (PDF points): where a jump lands."""
        if top is None or self.text(number) is None:
            return 0
        if number not in self.tops:
            textpage = self.pdf[number - 1].get_textpage()
            chars = textpage.get_text_range()
            self.tops[number] = [(textpage.get_charbox(index)[3], index) for index, char in enumerate(chars)
                                 if not char.isspace() and not _COMBINING.match(char)]
        return next((index for box_top, index in self.tops[number] if box_top <= top + 1), 0)


def heading_links(texts: list[str], links: list[dict]) -> list[dict]:
    """A part per item heading of a PDF whose own links jump nowhere inside it (a report typed with a heading "O12 …"
    per item, no contents links, no bookmarks): one link per heading, as a contents line would be; only when
    MIN_HEADINGS distinct items head lines (a document that mentions codes is no report of them)."""
    heads = _heads(texts, links)
    if len({head[2] for head in heads}) < MIN_HEADINGS:
        return []
    heads = sorted(heads + _run_in_headings(texts, heads))
    return [doc_link(f"#page={page}", line, line) | {"part": {"page": page, "at": at}} for page, at, _, line in heads]


def few_heading_links(texts: list[str], links: list[dict]) -> list[dict]:
    """The parts of a PDF a few items share, two to MIN_HEADINGS - 1 of them each under its heading ("O23 …", then
    "O24 …" down the same page): ``few`` parts, each read under its own heading only when an index row of that item
    links the document (rules/engine.own_part), never found by their headings alone. Not in a short index whose
    coded rows link on: its rows are what a reader follows."""
    heads = _heads(texts, links)
    if not MIN_FEW <= len({head[2] for head in heads}) < MIN_HEADINGS or \
            any(BLOCK_HEADING.match(link.get("context") or "") for link in links if not link.get("part")):
        return []
    return [doc_link(f"#page={page}", line, line) | {"part": {"page": page, "at": at, "few": True}}
            for page, at, _, line in sorted(heads)]


def _heads(texts: list[str], links: list[dict]) -> list[tuple[int, int, int, str]]:
    """(page, character, item number, words) of each item heading of a PDF not parted otherwise."""
    if any(link.get("part") for link in links) or _an_index(links):
        return []
    heads: list[tuple[int, int, int, str]] = []
    for number, text in enumerate(texts, 1):
        for match in HEADING.finditer(text):
            if not TOC_TAIL.search(match.group()):
                heads.append((number, match.start(), int(match.group(1)), one_line(match.group())))
    return heads


def _run_in_headings(texts: list[str], heads: list[tuple[int, int, int, str]]) -> list[tuple[int, int, int, str]]:
    """Headings a reader sees that the text layer ran into the line before ("… 3/2569 O12 รายงานสรุปผล…": a heading
    set close under a smaller line): in a report whose items go in order, item N's code between the headings of the
    items before and after it, where no line begins with it."""
    ordered, numbers, found = sorted(heads), {head[2] for head in heads}, []
    for before, after in zip(ordered, ordered[1:]):
        for number in range(before[2] + 1, after[2]):
            if number in numbers:
                continue
            pattern = re.compile(rf"(?<![A-Za-z0-9])(?:O|o|MOIT|moit)[ .\-]?0?{number}(?!\d)[ .:)\t]+[^\s\d][^\r\n]{{0,200}}")
            for page in range(before[0], after[0] + 1):
                text = texts[page - 1]
                start = before[1] + 1 if page == before[0] else 0
                match = pattern.search(text, start, after[1] if page == after[0] else len(text))
                if match:
                    found.append((page, match.start(), number, one_line(match.group())))
                    numbers.add(number)
                    break
    return found


def _an_index(links: list[dict]) -> bool:
    """Whether a document's links are an index's rows (MIN_HEADINGS items' codes begin the rows its links sit in):
    its rows "O18 … (ไม่มีข้อมูล)" are no headings of a report's parts."""
    coded = {int(match.group(1)) for link in links if not link.get("part")
             for match in [BLOCK_HEADING.match(link.get("context") or "") or BLOCK_HEADING.match(link.get("text") or "")]
             if match}
    return len(coded) >= MIN_HEADINGS


def pdf_parts(links: list[dict], pages: PdfPages) -> None:
    """Give each link of a PDF that jumps to a place in it (``part`` {"page": N, "top" or "at"}) the part a reader
    reads there: from that place up to the next place any link jumps to, at most PART_PAGES pages."""
    jumps = [link["part"] for link in links if link.get("part")]
    for part in jumps:
        part["at"] = part.get("at") or pages.offset(part["page"], part.pop("top", None))
    starts = sorted({(part["page"], part["at"]) for part in jumps})
    snapped: dict[tuple[int, int], tuple[int, int]] = {}
    for start in starts:   # a bookmark just above its heading, and the heading: one start
        last = next(iter(reversed(snapped.values())), None)
        between = (pages.text(start[0]) or "")[last[1]:start[1]] if last and last[0] == start[0] else ""
        snapped[start] = last if last and last[0] == start[0] and \
            sum(c.isalpha() for c in between) < SNAP_LETTERS else start
    order = sorted(set(snapped.values()))
    done: set[tuple[int, int]] = set()
    for part in jumps:
        start = snapped[(part["page"], part["at"])]
        part["page"], part["at"] = start
        nth = sum(1 for other in order if other[0] == start[0] and other < start)
        part["ref"] = f"#page={start[0]}" + (f"&part={nth + 1}" if nth else "")
        later = [other for other in order if other > start]
        end = later[0] if later else (len(pages) + 1, 0)
        part["end"] = list(end) if end[0] <= start[0] + PART_PAGES else [start[0] + PART_PAGES, 0]
        if start in done:
            continue
        done.add(start)
        kept, left = [], PART_CHARS
        for number in range(start[0], part["end"][0] + (1 if part["end"][1] else 0)):
            text = pages.text(number)
            if text is None:
                break
            text = text[start[1] if number == start[0] else 0:part["end"][1] if number == part["end"][0] else None]
            kept.append(one_line(text)[:left])
            left -= len(kept[-1])
        if kept:
            part["pages"] = kept
        else:
            part["unread"] = "too_large"


def block_links(blocks: list[str], name: str, links: list[dict], least: int = MIN_HEADINGS,
                pieces: list[list[str]] | None = None) -> list[dict]:
    """A part per item heading of a document read as blocks in order (a Word file's paragraphs and table rows, a
    deck's slides): from a block that begins with an item's code ("O12 …"; a code alone takes the next block as its
    title) to the next such block, its address ``#<name>=K`` (its K-th heading). Only when ``least`` (MIN_HEADINGS;
    a workbook's sheets, each named for its item: MIN_FEW, the parts then ``few``; ``pieces``: each block's tables,
    read one by one as a merged file's pages are, a year's plan above a 3-month report in one sheet) distinct
    items head blocks, and not in an index (``links``: the document's own); a contents line (a dotted leader, a page
    number at its end) heads nothing."""
    heads: list[tuple[int, str, int]] = []
    if _an_index(links):   # a Word index's rows, each with its links
        return []
    for k, block in enumerate(blocks):
        match = BLOCK_HEADING.match(block)
        line = one_line(block)
        # a paragraph is a heading line, or a contents line; a slide begins with its title, whatever follows
        if match is None or (name == "section" and (len(line) > 200 or TOC_TAIL.search(block))):
            continue
        if not line[match.end():].strip() and k + 1 < len(blocks):
            line = f"{line} {one_line(blocks[k + 1])}"   # the code alone, its title next
        heads.append((k, line[:200], int(match.group(1))))
    distinct = len({number for _, _, number in heads})
    if distinct < least:
        return []
    few = {"few": True} if distinct < MIN_HEADINGS else {}   # a workbook's few sheets, each named for its item
    found = []
    for n, (k, line, _) in enumerate(heads, 1):
        end = heads[n][0] if n < len(heads) else len(blocks)
        text = one_line(" ".join(blocks[k:end]))[:PART_CHARS]
        ref = f"#{name}={k + 1 if name == 'slide' else n}"   # a slide by its number, a section by its heading's
        tables = [one_line(t)[:PART_CHARS] for block in (pieces or [])[k:end] for t in block] if pieces else []
        found.append(doc_link(ref, line, line) | {"part": {"page": n, "ref": ref, "end": [n + 1, 0],
                                                           "pages": tables if len(tables) > 1 else [text], **few}})
    return found


def anchor_parts(links: list[dict], blocks: list[str], bookmarks: dict[str, int]) -> list[dict]:
    """``links`` with each jump to a bookmark of the same Word file (``part`` {"anchor": name}) given the part it
    leads to: from the bookmark's block to the next block any jump leads to (a Word index whose rows jump to the
    documents bound in after it; a contents line to its heading). A jump to no bookmark is dropped, as before."""
    jumps = [link for link in links if (link.get("part") or {}).get("anchor") in bookmarks]
    starts = sorted({bookmarks[link["part"]["anchor"]] for link in jumps})
    done: set[int] = set()
    for link in jumps:
        start = bookmarks[link["part"]["anchor"]]
        end = next((k for k in starts if k > start), len(blocks))
        link["part"] = {"page": start + 1, "ref": f"#{link['part']['anchor']}", "end": [end + 1, 0]}
        if start not in done:
            done.add(start)
            link["part"]["pages"] = [one_line(" ".join(blocks[start:end]))[:PART_CHARS]]
    return [link for link in links if not link.get("part") or "ref" in link["part"]]
