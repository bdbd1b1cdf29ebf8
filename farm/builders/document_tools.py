"""Documents for the fixture sites of ``document_sites.py``, written without LibreOffice.

- ``write_pdf``: a Thai PDF typeset with reportlab in a TLWG font (fonts-thai-tlwg), with optional clickable link
  annotations (``canvas.linkURL``) — an ITA index published as a PDF.
- ``legacy_font``: a copy of a TLWG font whose cmap puts the Thai glyphs on Latin-1 code points 0xA1–0xFB in
  TIS-620 order, as the pre-Unicode Thai fonts (DSN, PSL, JS families) did. Text typeset with it is the TIS-620
  bytes read as Latin-1: a person sees Thai on screen, a text extractor gets ``á¼¹¾Ñ²¹Ò``.
- ``write_xlsx_index``: an ITA index workbook, one row per item, with cell hyperlinks and ``=HYPERLINK()`` formulas.
- ``write_docx_index``: an ITA index as a Word document, a table whose cells hold hyperlinks.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

TLWG = Path("/usr/share/fonts/truetype/tlwg")
PAGE_W, PAGE_H = 595.27, 841.89          # A4 in points
MARGIN = 56


@dataclass
class Line:
    """One line of a PDF: text, its size, and the links drawn at its end (label, url)."""
    text: str
    size: float = 14
    bold: bool = False
    links: list[tuple[str, str]] = field(default_factory=list)


def paragraphs(body_html: str) -> list[str]:
    """The paragraphs of a document body written as ``<h2>..</h2><p>..</p>`` (the builders' notation)."""
    parts = re.findall(r"<(?:p|h\d)>(.*?)</(?:p|h\d)>", body_html, flags=re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in parts if p.strip()]


def _register(name: str, path: Path) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(path)))
    return name


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Break ``text`` into lines no wider than ``width``: at spaces, else between base characters (Thai is
    written without spaces between words; a combining vowel or tone mark never starts a line)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines, current = [], ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = ""
        for ch in word:                                        # a word longer than the line
            combining = "\u0e31" <= ch <= "\u0e3a" or "\u0e47" <= ch <= "\u0e4e" or ch in "\xd1\xd4\xd5\xd6\xd7\xd8\xd9\xda\xe7\xe8\xe9\xea\xeb\xec\xed\xee"
            if current and not combining and stringWidth(current + ch, font, size) > width:
                lines.append(current)
                current = ""
            current += ch
    if current:
        lines.append(current)
    return lines or [""]


def write_pdf(dest: Path, lines: list[Line], font_path: Path = TLWG / "Garuda.ttf", font_name: str = "Garuda",
              title: str = "", encode=None) -> None:
    """Typeset ``lines`` on A4 pages; each line's links are drawn after its text as underlined labels with
    link annotations. ``encode`` turns Unicode text into what the font expects (the legacy font: TIS-620 as
    Latin-1); link labels are typeset the same way."""
    from reportlab.lib.colors import black, blue
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    font = _register(font_name, font_path)
    enc = encode or (lambda s: s)
    dest.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(dest), pagesize=(PAGE_W, PAGE_H), invariant=1)   # same bytes on every rebuild
    c.setTitle(title)
    c.setCreator("Microsoft® Word 2016")              # as the agencies' files say
    y = PAGE_H - MARGIN
    for line in lines:
        lead = line.size * 1.45
        label_w = sum(stringWidth(enc(lab), font, line.size) + 10 for lab, _ in line.links)
        text_lines = _wrap(enc(line.text), font, line.size, PAGE_W - 2 * MARGIN - label_w)
        for k, text in enumerate(text_lines):
            if y < MARGIN + lead:
                c.showPage()
                y = PAGE_H - MARGIN
            c.setFont(font, line.size)
            c.setFillColor(black)
            c.drawString(MARGIN, y, text)
            if k == len(text_lines) - 1:
                x = MARGIN + stringWidth(text, font, line.size) + 10
                for label, url in line.links:
                    shown = enc(label)
                    w = stringWidth(shown, font, line.size)
                    c.setFillColor(blue)
                    c.drawString(x, y, shown)
                    c.line(x, y - 2, x + w, y - 2)
                    c.linkURL(url, (x, y - 3, x + w, y + line.size), relative=0, thickness=0)
                    x += w + 10
            y -= lead
        y -= 2
    c.save()


def doc_lines(title: str, body_html: str, header: str = "") -> list[Line]:
    """The lines of an evidence document: the agency's letterhead, the title, the paragraphs."""
    out = [Line(header, 13)] if header else []
    out.append(Line(title, 17, bold=True))
    out += [Line(p, 14) for p in paragraphs(body_html)]
    return out


# ---------------------------------------------------------------------------------------------------------------
# Legacy (pre-Unicode) Thai font

def tis620_as_latin1(text: str) -> str:
    """Thai text as a legacy-font document stores it: the TIS-620 bytes, each read as a Latin-1 character."""
    text = text.replace("–", "-").replace("—", "-").replace("“", '"').replace("”", '"')
    return text.encode("tis-620", errors="replace").decode("latin-1")


def legacy_font(dest: Path, source: Path = TLWG / "Garuda.ttf", family: str = "PSL Legacy Garuda") -> Path:
    """Write a copy of ``source`` whose Thai glyphs sit on U+00A1–U+00FB (TIS-620 order) and no longer on the
    Thai block U+0E01–U+0E5B, renamed ``family``. Cached: built once per destination."""
    if dest.exists():
        return dest
    from fontTools.ttLib import TTFont
    font = TTFont(str(source), recalcTimestamp=False)          # the same bytes on every rebuild
    for table in font["cmap"].tables:
        if not table.isUnicode():
            continue
        mapping = {cp: g for cp, g in table.cmap.items() if not (0x0E00 <= cp <= 0x0E7F or 0xA0 <= cp <= 0xFF)}
        for cp, glyph in table.cmap.items():
            if 0x0E01 <= cp <= 0x0E5B:
                mapping[cp - 0x0E00 + 0xA0] = glyph
        table.cmap = mapping
    for record in font["name"].names:
        if record.nameID in (1, 4, 16):
            record.string = family
        elif record.nameID == 6:
            record.string = family.replace(" ", "")
    dest.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(dest))
    return dest


# ---------------------------------------------------------------------------------------------------------------
# Excel index

def write_xlsx_index(dest: Path, title: str, header: list[str], rows: list[dict]) -> None:
    """An ITA index workbook. Each row dict: ``cells`` (the visible values), and per column index either
    ``link`` (cell hyperlink: {col: url}) or ``formula`` ({col: (url, label)} written as ``=HYPERLINK()``)."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "ITA2569"
    ws.append([title])
    ws["A1"].font = Font(name="TH SarabunPSK", size=18, bold=True)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws.append(header)
    for cell in ws[2]:
        cell.font = Font(name="TH SarabunPSK", size=16, bold=True)
        cell.fill = PatternFill("solid", fgColor="FFD966")
    for row in rows:
        ws.append(row["cells"])
        r = ws.max_row
        for col, url in row.get("link", {}).items():
            cell = ws.cell(row=r, column=col)
            cell.hyperlink = url
            cell.font = Font(name="TH SarabunPSK", size=16, color="0563C1", underline="single")
        for col, (url, label) in row.get("formula", {}).items():
            cell = ws.cell(row=r, column=col)
            cell.value = f'=HYPERLINK("{url}","{label}")'
            cell.font = Font(name="TH SarabunPSK", size=16, color="0563C1", underline="single")
        for cell in ws[r]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in zip("ABCDE", (8, 60, 28, 28, 30)):
        ws.column_dimensions[col].width = width
    dest.parent.mkdir(parents=True, exist_ok=True)
    wb.save(dest)
    _fix_dates(dest)


def _fix_dates(xlsx: Path, when: tuple = (2026, 3, 2, 9, 15, 0)) -> None:
    """Give an Office file one fixed date (openpyxl stamps the save time into docProps/core.xml; both libraries
    stamp the zip entries), so a rebuild writes the same bytes."""
    import zipfile
    stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % when
    with zipfile.ZipFile(xlsx) as old:
        entries = [(info.filename, old.read(info)) for info in old.infolist()]
    with zipfile.ZipFile(xlsx, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]+", rb"\g<1>" + stamp.encode(), data)
            new.writestr(zipfile.ZipInfo(name, date_time=when), data, zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------------------------------------------------------
# Word index

def _docx_hyperlink(paragraph, url: str, label: str) -> None:
    """Append a clickable hyperlink run (w:hyperlink with an external relationship), as Word writes one."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    rid = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    props.append(style)
    for tag, val in (("w:color", "0563C1"), ("w:u", "single")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        props.append(el)
    run.append(props)
    text = OxmlElement("w:t")
    text.text = label
    text.set(qn("xml:space"), "preserve")
    run.append(text)
    link.append(run)
    paragraph._p.append(link)


def write_docx_index(dest: Path, heading: str, intro: str, rows: list[tuple[str, str, list[tuple[str, str]], str]]) -> None:
    """An ITA index as a Word document: a heading, a line of text, a table (ข้อ, ข้อมูล, ลิงก์) whose third cell
    holds hyperlinks (label, url) or, when there are none, the note given."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].font.name = "TH SarabunPSK"
    document.styles["Normal"].font.size = Pt(16)
    document.core_properties.author = "งานประชาสัมพันธ์"
    import datetime as dt
    document.core_properties.created = document.core_properties.modified = dt.datetime(2026, 3, 2, 9, 15)
    document.add_heading(heading, level=1)
    document.add_paragraph(intro)
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("ข้อ", "ข้อมูล", "ลิงก์")):
        cell.text = text
    for code, title, links, note in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = code, title
        paragraph = cells[2].paragraphs[0]
        for k, (label, url) in enumerate(links):
            if k:
                paragraph.add_run(" / ")
            _docx_hyperlink(paragraph, url, label)
        if not links:
            paragraph.add_run(note)
    dest.parent.mkdir(parents=True, exist_ok=True)
    document.save(dest)
    _fix_dates(dest)
