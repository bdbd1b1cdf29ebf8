"""Links inside the office files crawler/office.py reads: an OIT index saved as Word 97-2003 (.doc), Excel 97-2003
(.xls), OpenDocument (.odt, .ods, .odp) or a PowerPoint deck (.pptx) is an index as a .docx/.xlsx is
(crawler/doclinks.py).

Each link is the dict :func:`crawler.doclinks.doc_link` makes: its own words, and its row — the table row's cells
(where the item's code is written) or the paragraph — as ``context``.

* .doc: HYPERLINK fields (``\\x13 HYPERLINK "url" \\x14 shown text \\x15``) in the stored characters; a table row
  is the cells between row ends (``\\x07\\x07``).
* .xls: the sheets' HLINK records (xlrd's ``hyperlink_list``) and ``=HYPERLINK(url, label)`` formulas (their
  FORMULA records' string tokens), their row's cells as context.
* .odt/.ods/.odp: ``text:a`` elements (``xlink:href``), and ``=HYPERLINK("url";"label")`` cell formulas; the
  enclosing table row, else the paragraph, as context.
* .pptx: ``a:hlinkClick`` on runs and shapes, their slide's relationships; the slide's first line joins the row.
* .ppt: ExHyperlink records' targets, placed where a slide's InteractiveInfo names them (a run of text, or a shape);
  the words of the slide since the link before (a table row's cells, the title) as the row.
* every kind: URLs written out in the text.

>>> [(link["href"], link["text"], link["context"]) for link in doc_field_links(
...     'ดัชนี\\rข้อ\\x07ข้อมูล\\x07ลิงก์\\x07\\x07O1\\x07โครงสร้าง\\x07\\x13 HYPERLINK "http://x.go.th/s.php" \\x14เปิด\\x15\\x07\\x07', 10)]
[('http://x.go.th/s.php', 'เปิด', 'O1 โครงสร้าง เปิด')]
"""
from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

from crawler.doclinks import doc_link, has_words, safely, text_links, words
from crawler.office import doc_raw, doc_words, ppt_chars, ppt_records, ppt_stream

_DOC_FIELD = re.compile(r'\x13\s*HYPERLINK\s+(?!\\l)(?:\\[a-km-z]\s+)*"([^"]+)"[^\x14\x15]*(?:\x14([^\x13\x15]*))?\x15', re.I)
_ODF_FORMULA = re.compile(r'HYPERLINK\(\s*"([^"]+)"(?:\s*[;,]\s*"([^"]*)")?', re.I)
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
XLINK = "http://www.w3.org/1999/xlink"


def _plain(raw: str) -> str:
    """Stored Word characters as one line of words (:func:`crawler.office.doc_words`)."""
    return words(doc_words(raw), 10_000)


def _doc_row(raw: str, at: int) -> str:
    """The row around position ``at``: a table row's cells when a cell of it ends before ``at`` (cells end with
    ``\\x07``, a row with another), else the paragraph."""
    previous = raw.rfind("\x07\x07", 0, at)
    start = previous + 2 if previous >= 0 else 0
    first_cell = raw.find("\x07", start, at)
    if first_cell >= 0:  # in a table row, past its first cell: from that cell's paragraph to the row's end
        start = raw.rfind("\r", start, first_cell) + 1 or start
        end = raw.find("\x07\x07", at)
    else:
        start = max(start, raw.rfind("\r", 0, at) + 1)
        end = min((e for e in (raw.find("\r", at), raw.find("\x07", at)) if e >= 0), default=len(raw))
    return _plain(raw[start:end if end >= 0 else len(raw)])


def doc_field_links(raw: str, max_links: int) -> list[dict]:
    """The HYPERLINK fields of a Word 97-2003 document's stored characters (:func:`crawler.office.doc_raw`)."""
    links = []
    for match in _DOC_FIELD.finditer(raw):
        if len(links) >= max_links:
            break
        links.append(doc_link(match.group(1), _plain(match.group(2) or ""), _doc_row(raw, match.start())))
    return links


def _row(sheet, row: int) -> list:
    """A worksheet row's cells, the first 50 (none past the sheet's end)."""
    return sheet.row_values(row, 0, min(sheet.ncols, 50)) if row < sheet.nrows else []


def _row_words(values: list) -> str:
    """A row's cells as one line, empty cells left out."""
    return " ".join(str(v) for v in values if v not in ("", None))


def xls_links(body: bytes, max_links: int) -> list[dict]:
    """The hyperlinks of an Excel 97-2003 workbook's cells, each with its row's cells."""
    import xlrd

    book = xlrd.open_workbook(file_contents=body, on_demand=True)
    formulas = safely([], xls_formula_links, body, max_links)
    links: list[dict] = []
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            for link in sheet.hyperlink_list:
                if len(links) >= max_links:
                    return links
                if link.type not in ("url", "unc", "local file") or not link.url_or_path:
                    continue  # a jump within the workbook
                row = _row(sheet, link.frowx)
                label = link.desc or (str(row[link.fcolx]) if link.fcolx < len(row) else "")
                links.append(doc_link(link.url_or_path, label, _row_words(row)))
            for number, row_index, url, label in formulas:
                if number == index and len(links) < max_links:
                    links.append(doc_link(url, label, _row_words(_row(sheet, row_index))))
            book.unload_sheet(index)
    finally:
        book.release_resources()
    return links


def _ptg_strings(rgce: bytes) -> list[str]:
    """The string constants (ptgStr) of a BIFF8 formula's tokens, read where they stand: enough for
    ``HYPERLINK("url", "label")``, whose two arguments are the only strings such a formula holds."""
    found, at = [], 0
    while True:
        at = rgce.find(b"\x17", at)
        if at < 0 or at + 3 > len(rgce):
            return found
        count, wide = rgce[at + 1], rgce[at + 2] & 1
        raw = rgce[at + 3:at + 3 + count * (2 if wide else 1)]
        found.append(raw.decode("utf-16-le" if wide else "latin-1", "replace"))
        at += 3 + len(raw)


def xls_formula_links(body: bytes, max_links: int) -> list[tuple[int, int, str, str]]:
    """``(sheet, row, url, label)`` of each ``=HYPERLINK(url, label)`` cell formula of an Excel 97-2003
    workbook (xlrd reads values, not formulas): from the FORMULA records of each worksheet's substream."""
    import olefile

    ole = olefile.OleFileIO(io.BytesIO(body))
    try:
        stream = ole.openstream("Workbook" if ole.exists("Workbook") else "Book").read()
    finally:
        ole.close()
    found: list[tuple[int, int, str, str]] = []
    sheet, at = -1, 0
    while at + 4 <= len(stream) and len(found) < max_links:
        kind, size = int.from_bytes(stream[at:at + 2], "little"), int.from_bytes(stream[at + 2:at + 4], "little")
        data = stream[at + 4:at + 4 + size]
        if kind == 0x0809 and len(data) >= 4 and int.from_bytes(data[2:4], "little") == 0x0010:
            sheet += 1  # a worksheet's substream begins
        elif kind == 0x0006 and sheet >= 0 and len(data) > 22:
            row = int.from_bytes(data[0:2], "little")
            strings = _ptg_strings(data[22:22 + int.from_bytes(data[20:22], "little")])
            if b"\x67\x01" in data[22:] and strings:  # the function HYPERLINK (iftab 359) is called
                found.append((sheet, row, strings[0], strings[1] if len(strings) > 1 else ""))
        at += 4 + size
    return found


def _odf_context(element) -> str:
    """An ODF link's row: its table row's cells, else its paragraph or heading."""
    node = element
    paragraph = None
    while node is not None:
        if node.tag == f"{{{TABLE}}}table-row":
            return words(" ".join(" ".join(cell.itertext()) for cell in node.iterchildren(f"{{{TABLE}}}table-cell")))
        if paragraph is None and node.tag in (f"{{{TEXT}}}p", f"{{{TEXT}}}h"):
            paragraph = node
        node = node.getparent()
    return words(" ".join(paragraph.itertext())) if paragraph is not None else ""


def odf_links(body: bytes, max_links: int) -> list[dict]:
    """The links of an OpenDocument file's content: ``text:a`` elements and HYPERLINK formulas, in order; a
    paragraph holding nothing but its link takes the last paragraph with words as its row."""
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        root = etree.fromstring(archive.read("content.xml"), etree.XMLParser(resolve_entities=False, huge_tree=False))
    links: list[dict] = []
    previous = ""
    for element in root.iter(f"{{{TEXT}}}p", f"{{{TEXT}}}h", f"{{{TEXT}}}a", f"{{{TABLE}}}table-cell"):
        if len(links) >= max_links:
            break
        if element.tag == f"{{{TEXT}}}a":
            href = element.get(f"{{{XLINK}}}href") or ""
            if href and not href.startswith("#"):
                label = "".join(element.itertext())
                context = _odf_context(element)
                if not has_words(context.replace(words(label), " ", 1)):
                    context = words(f"{previous} {context}")
                links.append(doc_link(href, label, context))
        elif element.tag == f"{{{TABLE}}}table-cell":
            formula = _ODF_FORMULA.search(element.get(f"{{{TABLE}}}formula") or "")
            if formula:
                links.append(doc_link(formula.group(1), formula.group(2) or "", _odf_context(element)))
        else:
            said = " ".join(element.itertext())
            if has_words(said) and element.find(f".//{{{TEXT}}}a") is None:
                previous = said
    return links


DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def pptx_links(body: bytes, max_links: int) -> list[dict]:
    """The hyperlinks of a PowerPoint 2007+ deck (``a:hlinkClick`` on a run or a shape, its target in the slide's
    relationships), in slide order: a table row's cells, else the paragraph, with the slide's first line (where an
    item's deck writes "O5 …") as context."""
    links: list[dict] = []
    parser = etree.XMLParser(resolve_entities=False, huge_tree=False)
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        members = set(archive.namelist())
        names = sorted((n for n in members if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
                       key=lambda n: int(re.sub(r"\D", "", n)))
        for name in names:
            rels_name = f"ppt/slides/_rels/{name.rsplit('/', 1)[1]}.rels"
            if rels_name not in members:
                continue
            targets = {rel.get("Id"): rel.get("Target") or "" for rel in etree.fromstring(archive.read(rels_name), parser)
                       if rel.get("TargetMode") == "External"}
            slide = etree.fromstring(archive.read(name), parser)
            first = next((words("".join(p.itertext())) for p in slide.iter(f"{{{DRAWING}}}p") if has_words("".join(p.itertext()))), "")
            for click in slide.iter(f"{{{DRAWING}}}hlinkClick"):
                href = targets.get(click.get(f"{{{RELS}}}id"))
                if not href or len(links) >= max_links:
                    continue
                row = next((a for a in click.iterancestors(f"{{{DRAWING}}}tr", f"{{{DRAWING}}}p")), None)
                run = click.getparent().getparent() if click.getparent() is not None else None
                label = "".join(run.itertext()) if run is not None and run.tag == f"{{{DRAWING}}}r" else ""
                said = words(" ".join(row.itertext())) if row is not None else ""
                links.append(doc_link(href, label or said, words(f"{first} {said}") if first not in said else said))
    return links


def slide_links(stream: bytes, max_links: int) -> list[dict]:
    """The hyperlinks of a PowerPoint 97-2003 deck's document stream (:func:`crawler.office.ppt_stream`; [MS-PPT]
    2.10: ExHyperlinkContainer, InteractiveInfoAtom, TxInteractiveInfoAtom), in slide order, each with the words of
    its slide since the link before as its row."""
    targets: dict[int, str] = {}
    clicks: list[tuple[int, str, str]] = []  # (hyperlink id, shown words, row)
    link_id, pending = -1, None
    texts: list[str] = []  # the current slide's text records since its last link
    for _, kind, instance, payload in ppt_records(stream):
        if payload is None:
            if kind == 0x03EE:  # a slide begins
                texts = []
            continue
        if pending is not None and kind != 0x0FDF:  # a shape's click: the shape's words are the row
            clicks.append((pending, "", words(" ".join(texts))))
            pending = None
        if kind == 0x0FD3 and len(payload) >= 4:  # ExHyperlinkAtom: the id the slides refer to
            link_id = int.from_bytes(payload[:4], "little")
        elif kind == 0x0FBA and instance == 1 and link_id >= 0:  # its target (0: its name, 3: a place in it)
            targets[link_id] = payload.decode("utf-16-le", "replace").strip("\x00 ")
        if kind not in (0x0FD3, 0x0FBA):
            link_id = -1  # strings after the hyperlink's own belong to something else
        if (chars := ppt_chars(kind, payload)) is not None:
            texts.append(chars)
        elif kind == 0x0FF3 and len(payload) >= 9 and payload[8] == 4:  # InteractiveInfoAtom: action "hyperlink"
            pending = int.from_bytes(payload[4:8], "little")
        elif kind == 0x0FDF and pending is not None and len(payload) >= 8:  # the run of text it is on
            begin, end = int.from_bytes(payload[:4], "little"), int.from_bytes(payload[4:8], "little")
            shown = texts[-1][begin:end] if texts else ""
            clicks.append((pending, shown, words(" ".join(texts))))
            pending, texts = None, texts[:1] if len(texts) > 1 else []  # the slide's title stays for its next rows
    return [doc_link(targets[i], shown, row) for i, shown, row in clicks if targets.get(i)][:max_links]


def office_links(kind: str, body: bytes, text: str, max_links: int) -> list[dict]:
    """The links of an office file of ``kind`` (doc, xls, ppt, pptx, odt, ods, odp) whose text is ``text``: its own
    hyperlinks, then the URLs written in its text that no hyperlink already holds."""
    if kind == "doc":
        links = doc_field_links(doc_raw(body), max_links)
    elif kind == "xls":
        links = xls_links(body, max_links)
    elif kind in ("odt", "ods", "odp"):
        links = odf_links(body, max_links)
    elif kind == "pptx":
        links = pptx_links(body, max_links)
    elif kind == "ppt":
        links = slide_links(ppt_stream(body), max_links)
    else:
        links = []
    known = {link["href"] for link in links}
    return links + text_links(text, "", max_links - len(links), known)
