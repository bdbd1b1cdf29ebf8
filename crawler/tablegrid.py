"""A table as a reader sees it on the screen: merged cells belong to every row they span, a nested table's rows to
the outer row that holds them, and a sideways table's cells to the item named at the head of their column.

An OIT index is a table typed in an editor by hand, and officers merge cells: the sub-indicator's cell spans its
items' rows, an item's code spans one row per document, one "ดาวน์โหลด" cell spans two items that share a PDF; a
quarter's list is a small table inside the item's cell; a wide sub-indicator is laid out with its items as columns
(row "ข้อ" of codes, row "ข้อมูล", row "ลิงก์"). In the markup a link's ``<tr>`` then lacks the code a reader sees
on its line. These helpers give :mod:`crawler.extract` the words of a link's row as they stand on the screen.

A table's grid is built once per parse (:func:`reset` at the start of each page).
"""
from __future__ import annotations

import re
import threading

_SPACE = re.compile(r"\s+")
_CODE = re.compile(r"(?<![a-z0-9])(?:moit|o)\s?[.\-_:]?\s?0?(\d{1,2})(?![\d.])", re.I)
MAX_SPAN = 50        # a rowspan/colspan larger than this is a typo ("rowspan=999"): read as this many
MAX_GRID_ROWS = 2000  # a longer table is read row by row, as before (its grid would cost more than it gives)
MAX_CELL_LINKS = 4   # a merged evidence cell holds a document or a few, not a menu
HEAD_CODES = 2       # a sideways table's first row names this many items or more, each in a cell of its own

_local = threading.local()


def reset() -> None:
    """Forget the grids of the previous page."""
    _local.grids = {}


def _grids() -> dict:
    if not hasattr(_local, "grids"):
        _local.grids = {}
    return _local.grids


def text_upto(element, limit: int = 400) -> str:
    """The element's text, read no further than ``limit`` characters (a whole page's div costs nothing)."""
    parts, size = [], 0
    for piece in element.itertext():
        parts.append(piece)
        size += len(piece)
        if size > limit:
            break
    return _SPACE.sub(" ", " ".join(parts)).strip()


def _span(cell, name: str) -> int:
    digits = re.sub(r"\D", "", cell.get(name) or "")[:3]
    return max(1, min(int(digits or 1), MAX_SPAN))


def table_of(row):
    parent = row.getparent()
    if parent is not None and parent.tag in {"tbody", "thead", "tfoot"}:
        parent = parent.getparent()
    return parent if parent is not None and parent.tag == "table" else None


def _rows(table) -> list:
    return [row for row in table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")]


class Grid:
    """The cells of a table by (row, column), merged cells repeated over every position they cover."""

    def __init__(self, table):
        self.rows = _rows(table)[:MAX_GRID_ROWS]
        self.index = {id(row): k for k, row in enumerate(self.rows)}
        self.cells: list[list] = [[] for _ in self.rows]
        self.place: dict[int, tuple[int, int, int]] = {}   # id(cell) -> (first row, first column, rows spanned)
        self.merged = False
        for r, row in enumerate(self.rows):
            col = 0
            for cell in row:
                if not isinstance(cell.tag, str) or cell.tag not in {"td", "th"}:
                    continue
                while col < len(self.cells[r]) and self.cells[r][col] is not None:
                    col += 1
                down, across = _span(cell, "rowspan"), _span(cell, "colspan")
                down = min(down, len(self.rows) - r)
                self.merged = self.merged or down > 1
                self.place[id(cell)] = (r, col, down)
                for dr in range(down):
                    line = self.cells[r + dr]
                    line.extend([None] * (col + across - len(line)))
                    for dc in range(across):
                        line[col + dc] = cell
                col += across

    def line(self, r: int, merged_links: bool = True) -> list:
        """The distinct cells a reader sees on row ``r``, left to right; ``merged_links``: with the cells merged down
        from a row above that link something or say much (a layout table's sidebar spanning its content rows is
        no part of each content row)."""
        seen, out = set(), []
        for cell in self.cells[r]:
            if cell is None or id(cell) in seen:
                continue
            seen.add(id(cell))
            if not merged_links and self.place[id(cell)][0] != r and not _label_cell(cell):
                continue
            out.append(cell)
        return out

    def line_text(self, r: int, limit: int = 400, merged_links: bool = True) -> str:
        return _SPACE.sub(" ", " ".join(text_upto(cell, limit) for cell in self.line(r, merged_links))).strip()[:limit]

    def head_codes(self) -> bool:
        """Whether the first row names items across it (a sideways table: "ข้อ | O5 | O6 | O7"), each cell one."""
        if not self.rows or self.rows[0].xpath(".//a[@href]"):   # a heading row links nothing
            return False
        codes = [set(_CODE.findall(text_upto(cell, 60))) for cell in self.line(0)]
        if any(len(found) > 1 for found in codes):
            return False
        named = [next(iter(found)) for found in codes if found]
        return len(set(named)) == len(named) >= HEAD_CODES


LABEL_CHARS = 200   # a merged label cell (a code, an item's name, a sub-indicator's title) says no more than this


def _label_cell(cell) -> bool:
    """A cell of words alone, short: an item's code or name, a sub-indicator's title."""
    return not cell.xpath(".//a[@href]|.//table") and len(text_upto(cell, LABEL_CHARS + 1)) <= LABEL_CHARS


def names_one(words: str) -> bool:
    """Whether ``words`` name exactly one item by its code."""
    return len({int(n) for n in _CODE.findall(words)}) == 1


def grid(table) -> Grid:
    grids = _grids()
    found = grids.get(id(table))
    if found is None or found[0] is not table:
        found = grids[id(table)] = (table, Grid(table))
    return found[1]


def row_words(row, limit: int = 400) -> str | None:
    """The words of ``row`` as its line stands on the screen, cells merged down from rows above included; None when
    no cell of its table spans rows (the row's own words are its line)."""
    table = table_of(row)
    if table is None or not table.xpath(".//td[@rowspan]|.//th[@rowspan]"):
        return None
    found = grid(table)
    r = found.index.get(id(row))
    return found.line_text(r, limit, merged_links=False) if r is not None and found.merged else None


def spanned_lines(cell, limit: int = 400) -> list[str]:
    """The words of the other rows a merged cell spans (one "ดาวน์โหลด" cell beside two items' rows): the link in it
    belongs to each of those lines as much as to its own."""
    if cell.tag not in {"td", "th"} or _span(cell, "rowspan") < 2 or cell.xpath(".//table") or \
            len(cell.xpath(".//a[@href]")) > MAX_CELL_LINKS or len(text_upto(cell, LABEL_CHARS + 1)) > LABEL_CHARS:
        return []   # a layout table's sidebar (menus, banners) spanning the content rows is none of theirs
    row = cell.getparent()
    table = table_of(row) if row is not None else None
    if table is None:
        return []
    found = grid(table)
    first, _col, down = found.place.get(id(cell), (0, 0, 1))
    lines = [found.line_text(r, limit, merged_links=False) for r in range(first + 1, first + down)]
    return [line for line in lines if names_one(line)]


def outer_lead(row, limit: int = 200) -> str:
    """The words of the outer row's cells before the cell a nested table sits in (the item's code and name beside
    a small table of quarters); "" when ``row``'s table is not inside another table's cell."""
    table = table_of(row)
    cell = table.getparent() if table is not None else None
    while cell is not None and cell.tag not in {"td", "th", "table"}:
        cell = cell.getparent()
    if cell is None or cell.tag == "table":
        return ""
    before = [sibling for sibling in cell.itersiblings(preceding=True)
              if isinstance(sibling.tag, str) and sibling.tag in {"td", "th"}]
    if not before or not all(_label_cell(sibling) for sibling in before):
        return ""   # a layout table's sidebar beside a list of news is no item's row
    words = _SPACE.sub(" ", " ".join(text_upto(sibling, limit) for sibling in reversed(before))).strip()[:limit]
    return words if names_one(words) else ""


def column_head(cell, limit: int = 200) -> str:
    """The words at the head of a sideways table's column (its code "O5" and the name row under it) for a cell of a
    lower row, when the table's first row names items across it; "" otherwise."""
    row = cell.getparent()
    table = table_of(row) if row is not None else None
    if table is None or cell.tag not in {"td", "th"}:
        return ""
    found = grid(table)
    if not found.head_codes():
        return ""
    first, col, _down = found.place.get(id(cell), (0, 0, 1))
    if first == 0:
        return ""
    above = []
    for r in range(first):
        line = found.cells[r]
        top = line[col] if col < len(line) else None
        if top is not None and top is not cell and not top.xpath(".//a[@href]") and (not above or above[-1] is not top):
            above.append(top)
    words = _SPACE.sub(" ", " ".join(text_upto(top, limit) for top in above)).strip()
    return words[:limit] if names_one(words) else ""
