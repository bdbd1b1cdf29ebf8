"""Text of the office files Thai agencies publish besides PDF/DOCX/XLSX, read as a person opening them reads them:
Word, Excel and PowerPoint 97-2003 (.doc, .xls, .ppt: OLE2 compound files), OpenDocument (.odt, .ods, .odp:
LibreOffice's own format) and PowerPoint's .pptx. Pure Python (olefile, xlrd, lxml): no office suite in the crawl.

Each reader takes the file's bytes and returns its text, or raises on a file it cannot read (the caller records
why, crawler/documents.py). Sizes are bounded by the caller (zip members, rows and cells) and by the worker's limits.

* .doc: the main text through the piece table ([MS-DOC] 2.4.1: the FIB's ``fcClx`` points into the table stream,
  whose ``PlcPcd`` maps character positions to UTF-16 or 8-bit runs of the WordDocument stream); field codes
  (``HYPERLINK "…"``) are dropped, their shown text kept.
* .ppt: every TextCharsAtom (UTF-16) and TextBytesAtom (8-bit) of the PowerPoint Document stream, found by
  walking its records ([MS-PPT] 2.3.1: containers have ``recVer`` 0xF, their children follow the header).
* .xls: every cell's value (xlrd), within ``max_cells`` and ``max_rows``.
* .odt/.ods/.odp: the words of ``content.xml``; .pptx: the ``a:t`` runs of each slide.
"""
from __future__ import annotations

import io
import re
import struct
import zipfile

from lxml import etree

_SPACE = re.compile(r"\s+")
_FIELD_CODE = re.compile(r"\x13[^\x13\x14\x15]*(?:\x14|\x15)")  # a field's instruction, up to its shown result
_WORD_MARKS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # cell ends, page breaks, object anchors
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODF_TYPES = {"application/vnd.oasis.opendocument.text": "odt",
             "application/vnd.oasis.opendocument.spreadsheet": "ods",
             "application/vnd.oasis.opendocument.presentation": "odp"}


def _ole(body: bytes):
    import olefile

    return olefile.OleFileIO(io.BytesIO(body))


def ole_kind(body: bytes) -> str | None:
    """``doc``, ``xls`` or ``ppt`` for an OLE2 compound file, by the stream it holds; None for anything else."""
    if body[:8] != OLE_MAGIC:
        return None
    try:
        ole = _ole(body)
    except Exception:  # not a readable compound file
        return None
    try:
        for stream, kind in (("WordDocument", "doc"), ("Workbook", "xls"), ("Book", "xls"),
                             ("PowerPoint Document", "ppt")):
            if ole.exists(stream):
                return kind
        return None
    finally:
        ole.close()


def odf_kind(body: bytes) -> str | None:
    """``odt``, ``ods`` or ``odp`` for an OpenDocument file, by its ``mimetype`` member; None for anything else."""
    try:
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            mimetype = archive.read("mimetype")[:100].decode("ascii", "replace").strip()
    except (KeyError, zipfile.BadZipFile, ValueError, OSError):
        return None
    return ODF_TYPES.get(mimetype)


def doc_text(body: bytes) -> str:
    """The text of a Word 97-2003 document."""
    return doc_words(doc_raw(body))


def doc_words(raw: str) -> str:
    """Stored Word characters (:func:`doc_raw`) as a reader reads them: field instructions dropped, their shown
    text kept, paragraph, cell and row marks as spaces."""
    text = _FIELD_CODE.sub(" ", raw).replace("\x15", " ")
    return _SPACE.sub(" ", _WORD_MARKS.sub(" ", text.replace("\r", "\n"))).strip()


def doc_raw(body: bytes) -> str:
    """The characters of a Word 97-2003 document as stored: paragraph marks (``\\r``), cell and row marks
    (``\\x07``), fields (``\\x13`` instruction ``\\x14`` shown text ``\\x15``) kept."""
    ole = _ole(body)
    try:
        word = ole.openstream("WordDocument").read()
        flags = struct.unpack_from("<H", word, 0x0A)[0]
        if flags & 0x0100:
            raise ValueError("the document is encrypted")
        table = ole.openstream("1Table" if flags & 0x0200 else "0Table").read()
    finally:
        ole.close()
    fc_clx, lcb_clx = struct.unpack_from("<II", word, 0x01A2)
    clx = table[fc_clx:fc_clx + lcb_clx]
    at = 0
    while at < len(clx) and clx[at] == 0x01:  # Prc: property modifiers, not text
        at += 3 + struct.unpack_from("<H", clx, at + 1)[0]
    if at >= len(clx) or clx[at] != 0x02:
        raise ValueError("no piece table (a Word 6/95 file?)")
    size = struct.unpack_from("<I", clx, at + 1)[0]
    plc = clx[at + 5:at + 5 + size]
    pieces = (len(plc) - 4) // 12
    cps = struct.unpack_from(f"<{pieces + 1}I", plc, 0)
    parts = []
    for k in range(pieces):
        fc = struct.unpack_from("<I", plc, 4 * (pieces + 1) + 8 * k + 2)[0]
        count = max(0, cps[k + 1] - cps[k])
        if fc & 0x40000000:  # 8-bit characters at half the offset
            start = (fc & 0x3FFFFFFF) // 2
            parts.append(word[start:start + count].decode("cp1252", "replace"))
        else:
            parts.append(word[fc:fc + 2 * count].decode("utf-16-le", "replace"))
    return "".join(parts)


def ppt_stream(body: bytes) -> bytes:
    """The document stream of a PowerPoint 97-2003 presentation, where its slides' records are."""
    ole = _ole(body)
    try:
        return ole.openstream("PowerPoint Document").read()
    finally:
        ole.close()


def ppt_records(data: bytes):
    """``(offset, type, instance, payload)`` of each record of a PowerPoint document stream, in stream order; a
    container (its payload ``None``) comes before the records it holds, which follow."""
    at = 0
    while at + 8 <= len(data):
        options, kind, size = struct.unpack_from("<HHI", data, at)
        if options & 0x000F == 0x000F:  # a container: its records follow
            yield at, kind, options >> 4, None
            at += 8
            continue
        yield at, kind, options >> 4, data[at + 8:at + 8 + size]
        at += 8 + size


def ppt_chars(kind: int, payload: bytes) -> str | None:
    """The characters of a text record (TextCharsAtom: UTF-16; TextBytesAtom: the low bytes of UTF-16), else None."""
    if kind == 0x0FA0:
        return payload.decode("utf-16-le", "replace")
    if kind == 0x0FA8:
        return payload.decode("latin-1")
    return None


def ppt_text(body: bytes) -> str:
    """The text of a PowerPoint 97-2003 presentation."""
    texts = [t for _, kind, _, payload in ppt_records(ppt_stream(body)) if payload is not None
             and (t := ppt_chars(kind, payload)) is not None]
    return _SPACE.sub(" ", " ".join(texts).replace("\r", " ").replace("\x0b", " ")).strip()


def xls_text(body: bytes, max_cells: int = 200_000, max_rows: int = 50_000) -> str:
    """The cells of an Excel 97-2003 workbook, row by row."""
    return xls_cells(body, max_cells, max_rows)[0]


def xls_cells(body: bytes, max_cells: int = 200_000, max_rows: int = 50_000) -> tuple[str, bool]:
    """The cells of an Excel 97-2003 workbook, row by row, and whether a bound left rows of it unread."""
    import xlrd

    book = xlrd.open_workbook(file_contents=body, on_demand=True)
    cells: list[str] = []
    rows, cut = 0, False
    try:
        for index in range(book.nsheets):
            sheet, start = book.sheet_by_index(index), rows
            for number in range(min(sheet.nrows, max_rows - rows)):
                rows += 1
                cells += [_cell(v) for v in sheet.row_values(number, 0, min(sheet.ncols, 500)) if v not in ("", None)]
                if len(cells) > max_cells:
                    break
            cut = len(cells) > max_cells or sheet.nrows > rows - start  # rows of this sheet past a bound
            book.unload_sheet(index)
            if len(cells) > max_cells or rows >= max_rows:
                cut = cut or index + 1 < book.nsheets
                break
    finally:
        book.release_resources()
    return _SPACE.sub(" ", " ".join(cells)).strip(), cut


def _cell(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # 2569.0 is the year 2569
    return str(value)


def odf_text(body: bytes) -> str:
    """The words of an OpenDocument file (text, spreadsheet or presentation): paragraphs and cells of content.xml."""
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        root = etree.fromstring(archive.read("content.xml"), etree.XMLParser(resolve_entities=False, huge_tree=False))
    ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    blocks = [" ".join(p.itertext()) for p in root.iter(f"{{{ns}}}p", f"{{{ns}}}h")]
    return _SPACE.sub(" ", " ".join(blocks)).strip()


def pptx_text(body: bytes) -> str:
    """The words of a PowerPoint 2007+ presentation, slide by slide."""
    return _SPACE.sub(" ", " ".join(pptx_slides(body))).strip()


def pptx_slides(body: bytes) -> list[str]:
    """The words of each slide of a PowerPoint 2007+ presentation, in order (a deck of the OIT, a slide per item)."""
    ns = "{http://schemas.openxmlformats.org/drawingml/2006/main}t"
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        slides = sorted((n for n in archive.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
                        key=lambda n: int(re.sub(r"\D", "", n)))
        return [" ".join(t.text or "" for t in etree.fromstring(archive.read(n)).iter(ns)) for n in slides]
