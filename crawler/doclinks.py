"""Links inside documents: an OIT index published as a spreadsheet, a Word file or a PDF is an index.

Agencies often publish their ITA/OIT index as a document with a link per item. Each link becomes the same dict as
an HTML link (crawler/extract.py): ``href`` as written, ``url`` ("" until :func:`resolve` joins it to the
document's address), ``kind`` "a", ``text`` = the link's own words, ``title``, and ``context`` = its row
(spreadsheet row, table row, PDF line) or paragraph, where the item's code ("O1", "MOIT5", "โอ ๑") is written.

* PDF: link annotations with a URI (or a launch of a relative file) action; the text under the annotation is
  its words, its line across the page its row — with the lines above up to the one that starts the row when
  a long title wrapped or the link sits on a line of its own. URLs written out in the text are links too.
* XLSX: cell hyperlinks and ``=HYPERLINK(url, label)`` formulas, read from the sheet XML as a stream (the
  workbook itself is read by openpyxl in read-only mode, which does not give hyperlinks); URLs written in cells.
  A link's row is its row's cells; a row holding nothing but the link borrows the last row with words.
* DOCX: ``w:hyperlink`` runs (their relationship's target) and HYPERLINK fields; the table row or paragraph
  around each; URLs written in the text.

Every function here runs in a document worker and stops at ``max_links``.
"""
from __future__ import annotations

import ctypes
import io
import re
import zipfile
from dataclasses import dataclass, field
from posixpath import dirname, join, normpath

from lxml import etree

def sniff_kind(body: bytes) -> str | None:
    """``pdf``, ``docx``, ``xlsx`` (``pptx``, ``odt``…, ``doc``, ``xls``, ``ppt``) by what the body is, for a document
    whose type and address say nothing or lie:
    a vendor's ``getfile.php?id=N`` answering ``application/octet-stream`` (or ``text/html``) with the PDF's bytes."""
    from crawler.office import ODF_TYPES, ole_kind
    from crawler.textformats import is_mht

    if body[:4] == b"PK\x03\x04":                   # first: a ZIP may store a PDF uncompressed in its first KB
        try:
            archive = zipfile.ZipFile(io.BytesIO(body))
            names = set(archive.namelist())
            # an OpenDocument file says what it is in its first member, "mimetype" (.odt, .ods, .odp)
            odf = ODF_TYPES.get(archive.read("mimetype")[:100].decode("ascii", "replace").strip()) \
                if "mimetype" in names else None
        except (zipfile.BadZipFile, ValueError, OSError):
            return None
        return "docx" if "word/document.xml" in names else "xlsx" if "xl/workbook.xml" in names else \
            "pptx" if "ppt/presentation.xml" in names else odf or (
                "xps" if any(name.lower().endswith(".fdseq") for name in names) else None)
    if body[:6] in (b"Rar!\x1a\x07", b"7z\xbc\xaf\x27\x1c"):   # archives that may store a PDF in their first KB
        return "rar" if body[:1] == b"R" else "7z"
    if b"%PDF-" in body[:1024]:                      # the header may follow up to 1 KB of junk (PDF 1.7 annex H)
        return "pdf"
    if body.lstrip()[:5] == b"{\\rtf":                # Word's or WordPad's Rich Text (crawler/textformats.py)
        return "rtf"
    if is_mht(body):                                 # a web archive (Word's single-file web page, MHTML)
        return "mht"
    return ole_kind(body)                           # Word/Excel/PowerPoint 97-2003 by the stream they hold


# a URL written out: stops at spaces, quotes, brackets and Thai text glued to it; trailing punctuation is prose
BARE_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'\u0e00-\u0e7f]+", re.I)
_TRAILING = ".,;:!?)]}>»”’"
HYPERLINK_FORMULA = re.compile(r'HYPERLINK\(\s*"([^"]+)"(?:\s*[,;]\s*"([^"]*)")?', re.I)
FIELD_HYPERLINK = re.compile(r'HYPERLINK\s+(?:\\l\s+)?"([^"]+)"', re.I)
_SPACE = re.compile(r"\s+")
ROW_CHARS = 300
MERGED_ROWS = 200  # rows of one merged range carried down (a code merged down an item's rows, not a whole sheet)
ROW_LINES = 3  # lines above a link searched for the start of its row
# what starts a row of an index: an item code or a number ("O20", "MOIT 5", "ข้อ 3", "โอ ๑", "12.")
ROW_START = re.compile(r"\s*(?:[A-Za-z]{1,6}\s?|[\u0e01-\u0e4e]{1,4}\.?\s?)?[0-9\u0e50-\u0e59]{1,3}(?:[.):]|\s|$)")
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
      "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
R_ID = f"{{{NS['r']}}}id"


def words(text: str, limit: int = ROW_CHARS) -> str:
    """``text`` on one line, at most ``limit`` characters."""
    return _SPACE.sub(" ", text or "").strip()[:limit]


def has_words(text: str) -> bool:
    """Whether ``text`` says something beyond a number or a sign ("O8 Q&A" does, "1." does not); letters of
    any script count (a legacy font's text is still Latin-1 letters here)."""
    return sum(char.isalpha() for char in text) >= 3


def doc_link(href: str, text: str, context: str, title: str = "") -> dict:
    """A link found in a document, shaped like an HTML link (its ``url`` is set by :func:`resolve`)."""
    href = href.strip()
    if href.lower().startswith("www."):  # a web address typed without its scheme, as Office links it
        href = f"http://{href}"
    # the whole address (up to the 2,048 characters servers take): its url is joined from it later (resolve), and
    # a Thai file name percent-encoded is 9 characters a letter, past 300 within a title's length
    return {"url": "", "href": href[:2048], "kind": "a", "zone": "main", "text": words(text, 200),
            "title": words(title, 200), "context": words(context)}


def bare_urls(text: str) -> list[str]:
    """The URLs written out in ``text`` ("www." ones get their scheme)."""
    found = []
    for match in BARE_URL.finditer(text or ""):
        url = match.group().rstrip(_TRAILING)
        if len(url) > 10:
            found.append(url if "://" in url else f"http://{url}")
    return found


def text_links(text: str, context: str, max_links: int, known: set[str] = frozenset()) -> list[dict]:
    """A link for each URL written in ``text`` (and not already linked: ``known``), with ``context``."""
    return [doc_link(url, url, context) for url in bare_urls(text) if url not in known][:max_links]


def safely(default, function, *args):
    """``function(*args)``, or ``default`` when it raises: a document's links are read from structures its text
    does not need (relationships, annotations), and a surprise there must not cost the document its text."""
    try:
        return function(*args)
    except Exception:  # any parser's error on any file
        return default


# an address in a link's onclick: window.open('download.php?id=5'), MM_openBrWindow('x.pdf', …),
# location.href = '/ita/o5.html', location.assign("…"): the first quoted literal that reads as an address
_ONCLICK_CALL = re.compile(r"(?:\bopen\w*|\bMM_\w+|\bpopup\w*|\blocation(?:\.href)?\s*=|\blocation\.(?:assign|replace)"
                           r"|\bgoto\w*|\bnavigate\w*)\s*\(?\s*(['\"])((?:\\.|(?!\1).)+)\1", re.I)
_ADDRESS = re.compile(r"(?:https?://|/|\.{1,2}/)\S*|[\w\-.%~/]+\.\w{2,5}(?:[?#]\S*)?|[\w\-.%~/]+\?\S+", re.I)
_JS_ESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|(.))", re.S)
_JS_CONTROL = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


def js_string(literal: str) -> str:
    r"""The value of a script's string literal (its body between the quotes), as the browser's script engine reads
    it: ``\\`` is one backslash, and a backslash before any other letter is dropped (``'Upload\ITA\O5.pdf'`` is
    ``UploadITAO5.pdf``: an IIS path written into a script unescaped opens a file that is not there).

    >>> js_string(r"Upload\\ITA2569\\O5.pdf"), js_string(r"Upload\ITA2569\O5.pdf"), js_string(r"a\x2fb\u002fc\'d")
    ('Upload\\ITA2569\\O5.pdf', 'UploadITA2569O5.pdf', "a/b/c'd")
    """
    def value(match: re.Match) -> str:
        hex2, hex4, char = match.groups()
        if hex2 or hex4:
            return chr(int(hex2 or hex4, 16))
        return _JS_CONTROL.get(char, char)
    return _JS_ESCAPE.sub(value, literal)


def onclick_target(code: str) -> str:
    """The address a link's ``onclick`` opens (``window.open``, Dreamweaver's ``MM_openBrWindow``, ``location.href
    =``), or "": old sites put the document there and leave ``href="#"`` or ``javascript:;``; a person clicks and
    reads it, so it is the link's target, not a placeholder.

    >>> onclick_target("MM_openBrWindow('download.php?id=12','','scrollbars=yes')")
    'download.php?id=12'
    >>> onclick_target("window.location.href = '/ita/o5.html'; return false;")
    '/ita/o5.html'
    >>> onclick_target("return confirm('ลบ?')")
    ''
    """
    for match in _ONCLICK_CALL.finditer(code or ""):
        target = js_string(match.group(2)).strip()
        # a backslash in an address is a slash to the browser (an IIS path: ``Upload\ITA2569\O5.pdf``)
        if _ADDRESS.fullmatch(target.replace("\\", "/")) and not target.lower().startswith(("javascript:", "#")):
            return target
    return ""


def resolve(links: list[dict], base_url: str) -> list[dict]:
    """Document links with their ``url``: ``href`` joined to the document's address and cleaned."""
    from crawler.extract import clean_url
    from crawler.extract import join as browser_join

    for link in links:
        if link.get("kind") == "a" and link.get("href") and not link.get("url"):
            try:
                link["url"] = clean_url(browser_join(base_url, link["href"]))   # a backslash is a slash, as in a page
            except ValueError:  # a malformed href ("http://[") leads nowhere
                link["url"] = ""
    return links


# -- PDF ------------------------------------------------------------------------------------------------------
def _pdf_string(getter, *args) -> str:
    size = getter(*args, None, 0)
    if size <= 0:
        return ""
    buffer = ctypes.create_string_buffer(size)
    getter(*args, buffer, size)
    return buffer.value.decode("utf-8", "replace")


def pdf_page_links(pdf, page, textpage, max_links: int) -> list[dict]:
    """The link annotations of a PDF page that lead to a URL or a file, with the words under each and its line."""
    import pypdfium2.raw as pdfium

    links: list[dict] = []
    position, link = ctypes.c_int(0), pdfium.FPDF_LINK()
    width = page.get_width()
    while len(links) < max_links and pdfium.FPDFLink_Enumerate(page.raw, ctypes.byref(position), ctypes.byref(link)):
        action = pdfium.FPDFLink_GetAction(link)
        href, part = _pdf_target(pdf, action, pdfium.FPDFLink_GetDest(pdf.raw, link))
        rect = pdfium.FS_RECTF()
        if not href or not pdfium.FPDFLink_GetAnnotRect(link, ctypes.byref(rect)):
            continue
        own = textpage.get_text_bounded(rect.left, rect.bottom, rect.right, rect.top)
        # its rectangle: on a scanned page, the words OCR finds in its row are its row (crawler/extract.parse_pdf)
        links.append(doc_link(href, own, _pdf_row(textpage, rect, width, own) or own) | part
                     | {"box": (rect.left, rect.bottom, rect.right, rect.top)})
    return links


def _pdf_target(pdf, action, dest) -> tuple[str, dict]:
    """Where a PDF link or bookmark leads: a URL or a file (its href), or a page of the document itself
    ("#page=12", with ``part`` {"page": 12}: the contents' line or the merged file's index row that jumps to the
    item's own pages, read as that part of the document: crawler/extract.pdf_parts); ("", {}) for anything else."""
    import pypdfium2.raw as pdfium

    kind = pdfium.FPDFAction_GetType(action) if action else None
    if kind == pdfium.PDFACTION_URI:
        return _pdf_string(pdfium.FPDFAction_GetURIPath, pdf.raw, action), {}
    if kind == pdfium.PDFACTION_LAUNCH:
        return _pdf_string(pdfium.FPDFAction_GetFilePath, action), {}
    if kind == pdfium.PDFACTION_GOTO:
        dest = pdfium.FPDFAction_GetDest(pdf.raw, action)
    elif action:
        return "", {}
    index = pdfium.FPDFDest_GetDestPageIndex(pdf.raw, dest) if dest else -1
    if index < 0:
        return "", {}
    part: dict = {"page": index + 1}
    has_x, has_y, has_zoom = pdfium.FPDF_BOOL(), pdfium.FPDF_BOOL(), pdfium.FPDF_BOOL()
    x, y, zoom = pdfium.FS_FLOAT(), pdfium.FS_FLOAT(), pdfium.FS_FLOAT()
    if pdfium.FPDFDest_GetLocationInPage(dest, has_x, has_y, has_zoom, x, y, zoom) and has_y.value:
        part["top"] = float(y.value)   # where on the page: two items may begin on one page
    return f"#page={index + 1}", {"part": part}


def pdf_outline_links(pdf, max_links: int) -> list[dict]:
    """The document's bookmarks (its outline, the viewer's side panel) that open a URL or a file: an index whose
    pages only list the items, each item's link a bookmark titled "O15 ประมวลจริยธรรม…" (Acrobat's "Bookmark >
    Action: Open a web link"); or that open a page of the document (a report's bookmark per item: a part of it).
    A bookmark's title is its words and its row; the tree is walked depth first."""
    import pypdfium2.raw as pdfium

    links: list[dict] = []
    stack, seen = [pdfium.FPDFBookmark_GetFirstChild(pdf.raw, None)], 0
    while stack and len(links) < max_links and seen < 10 * max_links:   # a looped outline ends too
        mark = stack.pop()
        if not mark:
            continue
        seen += 1
        stack.append(pdfium.FPDFBookmark_GetNextSibling(pdf.raw, mark))
        stack.append(pdfium.FPDFBookmark_GetFirstChild(pdf.raw, mark))
        href, part = _pdf_target(pdf, pdfium.FPDFBookmark_GetAction(mark), pdfium.FPDFBookmark_GetDest(pdf.raw, mark))
        size = pdfium.FPDFBookmark_GetTitle(mark, None, 0)
        buffer = ctypes.create_string_buffer(size)
        pdfium.FPDFBookmark_GetTitle(mark, buffer, size)
        title = buffer.raw[:max(size - 2, 0)].decode("utf-16-le", "replace")
        if href:
            links.append(doc_link(href, title, title) | part)
    return links


def _pdf_row(textpage, rect, width: float, own: str) -> str:
    """The row a PDF link belongs to: its line across the page, preceded by the lines above it up to the one
    that starts the row ("O20 …", "MOIT 5 …", "๑. …") when the link's line is a wrapped title's second line or
    a line of its own."""
    line = words(textpage.get_text_bounded(0, rect.bottom, width, rect.top))
    if ROW_START.match(line) and has_words(line.replace(own, " ", 1)):
        return line
    above = []
    for previous in reversed(_lines_before(textpage, rect)[-ROW_LINES:]):
        above.insert(0, previous)
        if ROW_START.match(previous):
            return words(" ".join([*above, line]))
    if not has_words(line.replace(own, " ", 1)):  # a link on a line of its own: with the line above
        return words(" ".join([*above[-1:], line]))
    return line


def _lines_before(textpage, rect) -> list[str]:
    """The lines of text before the link's first character in the page's reading order (the link's own line
    cut off), those with words."""
    index = textpage.get_index((rect.left + rect.right) / 2, (rect.bottom + rect.top) / 2,
                               (rect.right - rect.left) / 2, (rect.top - rect.bottom) / 2)
    if index is None or index < 0:
        return []
    before = textpage.get_text_range(max(index - 600, 0), min(index, 600))
    lines = before[:max(before.rfind("\n"), 0)].splitlines()
    return [line.strip() for line in lines if has_words(line)]


def pdf_text_links(text: str, max_links: int, known: set[str]) -> list[dict]:
    """Links for the URLs written out in a PDF page's text, each with its line as context."""
    links: list[dict] = []
    for line in text.splitlines():
        if len(links) >= max_links:
            break
        links += text_links(line, line, max_links - len(links), known)
    return links


def pdf_links(pdf, page, textpage, text: str, max_links: int, legacy: bool = False) -> list[dict]:
    """All the links of a PDF page whose (repaired) text is ``text``: its link annotations, their words read
    like the page's (``legacy``: the page is in a legacy Thai font, so are its links' words, however short;
    garbage is dropped), then the URLs written in ``text``."""
    from crawler.legacy_text import UNREADABLE, read_layer, repair

    found = safely([], pdf_page_links, pdf, page, textpage, max_links)
    for link in found:
        for key in ("text", "context"):
            words_read, how = (repair(link[key], True), "") if legacy else read_layer(link[key])
            link[key] = "" if how == UNREADABLE else words_read
    return found + pdf_text_links(text, max_links - len(found), {link["href"] for link in found})


# -- XLSX -----------------------------------------------------------------------------------------------------
def _rels(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """A part's relationships: id -> (target, mode)."""
    name = join(dirname(part), "_rels", part.rsplit("/", 1)[-1] + ".rels")
    if name not in archive.namelist():
        return {}
    root = etree.fromstring(archive.read(name))
    return {r.get("Id"): (r.get("Target") or "", r.get("TargetMode") or "") for r in root.iterfind("rel:Relationship", NS)}


def _cell_position(ref: str) -> tuple[int, int] | None:
    """"C12" -> (12, 3); the top left cell of a range "C12:D13"."""
    match = re.match(r"\$?([A-Z]{1,3})\$?(\d+)", ref or "")
    if not match:
        return None
    column = 0
    for letter in match.group(1):
        column = column * 26 + ord(letter) - 64
    return int(match.group(2)), column


def _mentions(archive: zipfile.ZipFile, part: str, needle: bytes, chunk: int = 1 << 20) -> bool:
    """Whether a member of the archive holds ``needle``, read in chunks (a sheet may unpack to 60 MB)."""
    tail = b""
    with archive.open(part) as stream:
        while block := stream.read(chunk):
            if needle in tail + block[:len(needle)] or needle in block:
                return True
            tail = block[-len(needle):]
    return False


@dataclass
class SheetLinks:
    """The links of one sheet, by row then column: (target, label or ""); and the cells its merged ranges
    cover, by row then column: the row holding the range's value (a code column merged down an item's rows)."""

    rows: dict[int, dict[int, tuple[str, str]]] = field(default_factory=dict)
    merged: dict[int, dict[int, int]] = field(default_factory=dict)

    def fill(self, row: tuple, number: int, above: dict[tuple[int, int], object]) -> tuple:
        """``row`` with the value of each merged range it lies in; ``above`` keeps the values ranges start with."""
        for column, source in self.merged.get(number, {}).items():
            if source == number and column <= len(row):
                above[(number, column)] = row[column - 1]
            elif column <= len(row) and row[column - 1] is None:
                row = (*row[:column - 1], above.get((source, column)), *row[column:])
        return row


def _merge(sheet: SheetLinks, ref: str) -> None:
    first, _, last = (ref or "").partition(":")
    start, end = _cell_position(first), _cell_position(last)
    if start and end and end[0] > start[0]:
        for number in range(start[0], min(end[0], start[0] + MERGED_ROWS) + 1):
            for column in range(start[1], min(end[1], start[1] + 3) + 1):
                sheet.merged.setdefault(number, {})[column] = start[0]


def xlsx_link_cells(body: bytes, max_links: int) -> dict[str, SheetLinks]:
    """Sheet name -> its cell hyperlinks and HYPERLINK formulas and its merged ranges, read from the sheet XML
    as a stream (bounded in memory, whatever the sheet's size)."""
    found: dict[str, SheetLinks] = {}
    count = 0
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        names = set(archive.namelist())
        if "xl/workbook.xml" not in names:
            return found
        book_rels = _rels(archive, "xl/workbook.xml")
        for sheet in etree.fromstring(archive.read("xl/workbook.xml")).iterfind("m:sheets/m:sheet", NS):
            target = book_rels.get(sheet.get(R_ID), ("", ""))[0]
            part = normpath(target.lstrip("/") if target.startswith("/") else join("xl", target))
            if part not in names:
                continue
            rels, cells, links = _rels(archive, part), {}, SheetLinks()  # cells: (row, column) -> (target, label)
            external = any(mode == "External" for _, mode in rels.values())
            if not external and not _mentions(archive, part, b"HYPERLINK("):
                continue  # no web link without an external relationship or a formula: most sheets, at C speed
            with archive.open(part) as stream:
                tags = [f"{{{NS['m']}}}{name}" for name in ("c", "row", "hyperlink", "mergeCell")]
                for _, element in etree.iterparse(stream, events=("end",), tag=tags):
                    if count >= max_links:
                        break
                    name = element.tag.rsplit("}", 1)[-1]
                    if name == "mergeCell":
                        _merge(links, element.get("ref"))
                    elif name == "hyperlink":
                        href, position = rels.get(element.get(R_ID), ("", ""))[0], _cell_position(element.get("ref"))
                        if position and href:
                            label = cells.get(position, ("", element.get("display") or ""))[1]
                            cells[position], count = (href, label), count + 1
                    elif name == "c":
                        formula = element.findtext("m:f", namespaces=NS) or ""
                        match = HYPERLINK_FORMULA.search(formula) if "HYPERLINK" in formula.upper() else None
                        position = _cell_position(element.get("r"))
                        if match and position:
                            cells[position], count = (match.group(1), match.group(2) or ""), count + 1
                    element.clear(keep_tail=False)  # a row's cells are read: a million rows cost one
            for (row, column), target in cells.items():
                links.rows.setdefault(row, {})[column] = target
            if links.rows:
                found[sheet.get("name") or ""] = links
    return found


def xlsx_row_links(row: tuple, linked: dict[int, tuple[str, str]], previous: str, max_links: int) -> list[dict]:
    """The links of one spreadsheet row: its cells' hyperlinks and HYPERLINK formulas (``linked``: column ->
    (target, label)) and URLs written in its cells; context = the row's cells, or ``previous`` (the last row
    with words) when the row holds nothing but links."""
    values = ["" if value is None else str(value) for value in row]
    if not linked and not any("://" in value or "www." in value.lower() for value in values):
        return []  # most rows: nothing to read
    links: list[dict] = []
    others = " ".join(v for column, v in enumerate(values, 1) if column not in linked and not bare_urls(v))
    context = words(" ".join(values)) if words(others) else words(f"{previous} {' '.join(values)}")
    for column, (href, label) in linked.items():
        links.append(doc_link(href, label or values[column - 1], context))
    known = {href for href, _ in linked.values()}
    for column, value in enumerate(values, 1):
        if column not in linked and len(links) < max_links:
            links += text_links(value, context, max_links - len(links), known)
    return links[:max_links]


# -- DOCX -----------------------------------------------------------------------------------------------------
def docx_paragraph_links(paragraph, context: str, max_links: int) -> list[dict]:
    """The links of a Word paragraph: hyperlink runs, HYPERLINK fields and URLs written in its text."""
    links: list[dict] = []
    part_rels = paragraph.part.rels
    for element in paragraph._p.iterfind(".//w:hyperlink", NS):
        rel = part_rels.get(element.get(R_ID) or "")
        anchor = element.get(f"{{{NS['w']}}}anchor")
        href = rel.target_ref if rel is not None and rel.is_external else ("#" + anchor if anchor else "")
        label = "".join(t.text or "" for t in element.iterfind(".//w:t", NS))
        if href and not href.startswith("#"):
            links.append(doc_link(href, label, context))
        elif anchor:   # a jump to a bookmark of the same file: its part (crawler/docparts.anchor_parts), if it has one
            links.append(doc_link(href, label, context) | {"part": {"anchor": anchor}})
    for instruction in paragraph._p.iterfind(".//w:instrText", NS):
        match = FIELD_HYPERLINK.search(instruction.text or "")
        if match and not instruction.text.lstrip().upper().startswith("HYPERLINK \\L"):
            links.append(doc_link(match.group(1), paragraph.text, context))
    known = {link["href"] for link in links}
    links += text_links(paragraph.text, context, max_links, known)
    return links[:max_links]


def docx_links(document, max_links: int) -> list[dict]:
    """The links of a Word document, in reading order of its paragraphs and then its tables' rows."""
    links: list[dict] = []
    previous = ""  # the last paragraph with words: the heading a bare "คลิกที่นี่" paragraph belongs to
    for paragraph in document.paragraphs:
        if len(links) >= max_links:
            return links
        found = docx_paragraph_links(paragraph, paragraph.text, max_links - len(links))
        own = paragraph.text
        for link in found:
            own = own.replace(link["text"], " ", 1)
        if found and not has_words(own):
            for link in found:
                link["context"] = words(f"{previous} {paragraph.text}")
        elif has_words(own):
            previous = paragraph.text
        links += found
    for table in document.tables:
        for row in table.rows:
            cells = list(dict.fromkeys(row.cells))  # a merged cell repeats in every column it spans
            context = " ".join(cell.text for cell in cells)
            for cell in cells:
                for paragraph in cell.paragraphs:
                    if len(links) >= max_links:
                        return links
                    links += docx_paragraph_links(paragraph, context, max_links - len(links))
    return links
