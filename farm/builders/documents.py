"""Real documents for fixtures and tests: OIT indexes published as XLSX, DOCX and PDF with a link per item, and
PDFs typeset in a legacy (non-Unicode) Thai font.

Each function returns the document's bytes; nothing here touches the network. Needs openpyxl, python-docx,
reportlab and fontTools (the ``test`` extra) and a Thai TrueType font from Debian's ``fonts-thai-tlwg``.

A row of an index is ``(code, title, url)``. How the link is written varies as it does on real indexes:

>>> rows = [("O1", "โครงสร้างหน่วยงาน", "https://www.example.go.th/o1.pdf")]
>>> xlsx_index(rows)[:2], docx_index(rows)[:2], pdf_with_links(rows)[:5]
(b'PK', b'PK', b'%PDF-')
"""
from __future__ import annotations

import io
import tempfile
from functools import lru_cache
from pathlib import Path

THAI_FONTS = ("/usr/share/fonts/truetype/tlwg/Garuda.ttf", "/usr/share/fonts/truetype/tlwg/Loma.ttf",
              "/usr/share/fonts/truetype/tlwg/Norasi.ttf")
TIS_BYTES = [b for b in range(0xA1, 0xFC) if not 0xDB <= b <= 0xDE]  # the Thai half of TIS-620
Row = tuple[str, str, str]


def thai_font() -> str:
    """A Thai TrueType font of this machine (fonts-thai-tlwg)."""
    for path in THAI_FONTS:
        if Path(path).exists():
            return path
    raise FileNotFoundError("no Thai TrueType font: apt-get install fonts-thai-tlwg")


def xlsx_index(rows: list[Row], style: str = "hyperlink", title: str = "ดัชนีข้อมูล OIT") -> bytes:
    """A workbook: a title row, a header row, then one row per item (code, title, link cell).

    ``style``: ``hyperlink`` (a cell hyperlink on the word "ดาวน์โหลด"), ``formula`` (``=HYPERLINK(url, label)``),
    ``text`` (the URL written in the cell), or ``mixed`` (each row in turn). A row with code "" is a further
    row of the item above: the code cell is merged down over it."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "OIT"
    sheet.append([title])
    sheet.append(["ข้อ", "ข้อมูล", "ลิงก์"])
    styles = ("hyperlink", "formula", "text")
    start = 0  # the row where the current item's code is written
    for number, (code, name, url) in enumerate(rows):
        how = styles[number % 3] if style == "mixed" else style
        sheet.append([code or None, name, None])
        if code:
            start = sheet.max_row
        else:  # a further row of the same item: its code cell merged down, as in real indexes
            sheet.merge_cells(start_row=start, start_column=1, end_row=sheet.max_row, end_column=1)
        cell = sheet.cell(row=sheet.max_row, column=3)
        if how == "hyperlink":
            cell.value, cell.hyperlink = "ดาวน์โหลด", url
        elif how == "formula":
            cell.value = f'=HYPERLINK("{url}","เปิดเอกสาร")'
        else:
            cell.value = url
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _docx_hyperlink(paragraph, url: str, label: str) -> None:
    """A ``w:hyperlink`` run (python-docx has no public call to add one)."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = label
    run.append(text)
    link.append(run)
    paragraph._p.append(link)


def docx_index(rows: list[Row], title: str = "ดัชนีข้อมูล OIT", paragraph_links: list[Row] = (),
               heading_links: list[Row] = ()) -> bytes:
    """A Word document: a heading, a table of rows (code, title, a hyperlink "ดาวน์โหลด"), then one paragraph
    per ``paragraph_links`` row ("O2 ข้อมูลผู้บริหาร <link>"), then for each ``heading_links`` row a heading
    ("O3 อำนาจหน้าที่") and a paragraph holding only its link."""
    import docx

    document = docx.Document()
    document.add_heading(title, level=1)
    table = document.add_table(rows=0, cols=3)
    for code, name, url in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = code, name
        _docx_hyperlink(cells[2].paragraphs[0], url, "ดาวน์โหลด")
    for code, name, url in paragraph_links:
        paragraph = document.add_paragraph(f"{code} {name} ")
        _docx_hyperlink(paragraph, url, "คลิกที่นี่")
    for code, name, url in heading_links:
        document.add_heading(f"{code} {name}", level=2)
        _docx_hyperlink(document.add_paragraph(), url, "ดาวน์โหลดเอกสาร")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _canvas(out: io.BytesIO, font_path: str, name: str):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont(name, font_path))
    return canvas.Canvas(out, pagesize=A4), A4


def pdf_with_links(rows: list[Row], title: str = "ดัชนีข้อมูล OIT", bare_urls: list[Row] = (),
                   stacked: bool = False) -> bytes:
    """A PDF table, one line per row: code, title, and "ดาวน์โหลด" under a link annotation (a URI action);
    ``stacked``: the link on a line of its own under its code and title. A title with line breaks wraps onto
    lines of its own, the link on the last. Each of ``bare_urls`` is a line with its URL written out, not
    linked."""
    out = io.BytesIO()
    pdf, (width, height) = _canvas(out, thai_font(), "ThaiIndex")
    pdf.setFont("ThaiIndex", 16)
    pdf.drawString(50, height - 60, title)
    pdf.setFont("ThaiIndex", 12)
    y = height - 100
    for code, name, url in rows:
        pdf.drawString(50, y, code)
        first, *wrapped = name.split("\n")  # a long title wraps: its link sits on its last line
        pdf.drawString(100, y, first)
        for more in wrapped:
            y -= 18
            pdf.drawString(50, y, more)
        if stacked:
            y -= 18
        x = 100 if stacked else 450
        pdf.drawString(x, y, "ดาวน์โหลด")
        pdf.linkURL(url, (x - 5, y - 4, x + 70, y + 12), relative=0, thickness=0)
        y -= 36 if stacked else 24
    for code, name, url in bare_urls:
        pdf.drawString(50, y, f"{code} {name} {url}")
        y -= 24
    pdf.showPage()
    pdf.save()
    return out.getvalue()


@lru_cache(maxsize=4)
def legacy_thai_font(layout: str = "tis620") -> str:
    """A copy of a Thai font whose Thai glyphs sit where a pre-Unicode font put them: ``tis620`` on the Latin-1
    code points of their TIS-620 bytes (0xA1–0xFB), ``private`` on Private Use code points (U+E001…) that no
    mapping reads. Returns the path of the font file (a temporary file, made once per process)."""
    from fontTools.ttLib import TTFont

    font = TTFont(thai_font())
    unicode_map = font.getBestCmap()
    shift = 0 if layout == "tis620" else 0xE001 - 0xA1
    legacy = {cp: glyph for cp, glyph in unicode_map.items() if cp < 0x80}
    for byte in TIS_BYTES:
        glyph = unicode_map.get(0x0E01 + byte - 0xA1)
        if glyph:
            legacy[byte + shift] = glyph
    for table in font["cmap"].tables:
        table.cmap = {cp: g for cp, g in legacy.items() if table.format != 0 or cp < 256}
    font["cmap"].tables = [t for t in font["cmap"].tables if t.format in (4, 12)]
    for record in font["name"].names:  # its own name: a PDF embeds fonts by name, and so do font caches
        if record.nameID in (1, 3, 4, 6):
            record.string = f"LegacyThai{layout.title()}"
    path = Path(tempfile.mkdtemp(prefix="oit-legacy-font-")) / f"Legacy{layout}.ttf"
    font.save(str(path))
    return str(path)


def as_legacy(text: str, layout: str = "tis620") -> str:
    """``text`` as typed for a legacy font: each Thai character as the Latin-1 character of its TIS-620 byte
    ("แผน" -> "á¼¹"), or as its Private Use code point."""
    shift = 0 if layout == "tis620" else 0xE001 - 0xA1
    return "".join(chr(ord(c) - 0x0E01 + 0xA1 + shift) if "\u0e01" <= c <= "\u0e5b" else c for c in text)


def legacy_font_pdf(lines: list[str], layout: str = "tis620", links: list[Row] = ()) -> bytes:
    """A PDF that shows ``lines`` in Thai but whose text layer is a legacy font's: Latin-1 mojibake
    (``tis620``) or Private Use garbage (``private``). ``links``: rows (code, title, url) typeset the same way,
    each with a link annotation over its line."""
    out = io.BytesIO()
    pdf, (width, height) = _canvas(out, legacy_thai_font(layout), f"Legacy{layout}")
    pdf.setFont(f"Legacy{layout}", 14)
    y = height - 60
    for line in lines:
        pdf.drawString(50, y, as_legacy(line, layout))
        y -= 24
    for code, name, url in links:
        pdf.drawString(50, y, as_legacy(f"{code} {name}", layout))
        pdf.drawString(450, y, as_legacy("ดาวน์โหลด", layout))
        pdf.linkURL(url, (445, y - 4, 520, y + 14), relative=0, thickness=0)
        y -= 24
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def document_index_site(sites_dir: Path, host: str = "www.docindex-sao.go.th") -> dict[str, list[str]]:
    """Write under ``sites_dir/host`` a small agency site whose ITA index exists only as documents: an XLSX
    index (hyperlinks, HYPERLINK formulas and typed URLs in turn) and a PDF index (link annotations), whose rows
    link item pages found nowhere else, and two PDFs in legacy fonts: ``plan.pdf`` (TIS-620 as Latin-1,
    repairable) and ``report.pdf`` (Private Use garbage). Returns the URLs each index alone links, by index."""
    site = sites_dir / host
    for folder in ("ita", "items", "docs"):
        (site / folder).mkdir(parents=True, exist_ok=True)
    (site / "manifest.yaml").write_text("{}\n", encoding="utf-8")
    (site / "index.html").write_text(
        '<html><head><meta charset="utf-8"><title>อบต.ดัชนีเอกสาร</title></head><body><h1>อบต.ดัชนีเอกสาร</h1>'
        '<p><a href="/ita/oit2566.xlsx">ดัชนี ITA 2566 (Excel)</a></p>'
        '<p><a href="/ita/oit2566.pdf">ดัชนี ITA 2566 (PDF)</a></p></body></html>', encoding="utf-8")
    titles = ["โครงสร้างหน่วยงาน", "ข้อมูลผู้บริหาร", "อำนาจหน้าที่", "แผนพัฒนาท้องถิ่น", "กฎหมายที่เกี่ยวข้อง",
              "ข้อมูลการติดต่อ", "ข่าวประชาสัมพันธ์", "Q&A"]
    base = f"http://{host}"
    xlsx_rows = [(f"O{n}", title, f"{base}/items/o{n}.html") for n, title in enumerate(titles, 1)]
    xlsx_rows += [("O11", "แผนดำเนินงานประจำปี", f"{base}/docs/plan.pdf"),
                  ("O12", "รายงานผลการดำเนินงาน", f"{base}/docs/report.pdf")]
    (site / "ita" / "oit2566.xlsx").write_bytes(xlsx_index(xlsx_rows, style="mixed"))
    pdf_rows = [(f"O{n}", f"ข้อมูลข้อ {n}", f"{base}/items/p{n}.html") for n in range(20, 29)]
    (site / "ita" / "oit2566.pdf").write_bytes(pdf_with_links(pdf_rows))
    for name in [f"o{n}" for n in range(1, 9)] + [f"p{n}" for n in range(20, 29)]:
        (site / "items" / f"{name}.html").write_text(
            f'<html><head><meta charset="utf-8"><title>{name}</title></head><body><p>ข้อมูล {name} ปี 2566</p>'
            "</body></html>", encoding="utf-8")
    (site / "docs" / "plan.pdf").write_bytes(legacy_font_pdf(["แผนดำเนินงานประจำปีงบประมาณ พ.ศ. 2566"]))
    (site / "docs" / "report.pdf").write_bytes(legacy_font_pdf(["รายงานผลการดำเนินงาน 2566"] * 3, "private"))
    return {"xlsx": [url for _, _, url in xlsx_rows], "pdf": [url for _, _, url in pdf_rows]}


def legacy_html_site(sites_dir: Path, host: str = "www.oldfont-sao.go.th") -> None:
    """Write under ``sites_dir/host`` an old agency site whose pages are TIS-620 bytes served as ISO-8859-1
    (``<font face="AngsanaUPC">``, as sites made with pre-Unicode Thai fonts were): a browser with the font
    shows Thai, a parser reads Latin-1 mojibake."""
    site = sites_dir / host
    site.mkdir(parents=True, exist_ok=True)
    (site / "manifest.yaml").write_text("encoding: tis-620\ncharset_header: iso-8859-1\n", encoding="utf-8")
    (site / "index.html").write_text(
        '<html><head><title>องค์การบริหารส่วนตำบลฟอนต์เก่า</title></head><body><font face="AngsanaUPC">'
        "<h1>องค์การบริหารส่วนตำบลฟอนต์เก่า อำเภอเมือง จังหวัดเลย</h1>"
        "<p>ประกาศผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2566</p>"
        '<table><tr><td>O1</td><td><a href="/structure.html">โครงสร้างหน่วยงาน</a></td></tr></table>'
        "</font></body></html>", encoding="utf-8")
    (site / "structure.html").write_text(
        '<html><head><title>โครงสร้างหน่วยงาน</title></head><body><font face="AngsanaUPC">'
        "<p>โครงสร้างองค์การบริหารส่วนตำบลฟอนต์เก่า นายกองค์การบริหารส่วนตำบล ปลัดองค์การบริหารส่วนตำบล</p>"
        "</font></body></html>", encoding="utf-8")
