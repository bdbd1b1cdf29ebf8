"""Documents read as a person reads them: the links inside an index published as XLSX/DOCX/PDF, followed by the
crawl; text layers in legacy Thai fonts repaired, or marked unreadable (never "no content")."""
import json

import pytest

from crawler.cache import pack, unpack
from crawler.doclinks import resolve
from crawler.documents import Limits, extract_document, extract_html_safely
from crawler.legacy_text import NOTE_REPAIRED, read_layer
from farm.builders.documents import (as_legacy, docx_index, document_index_site, legacy_font_pdf,
                                     legacy_html_site, pdf_with_links, thai_font, xlsx_index)
from farm.server import Farm
from rules.index import index_rows
from storage import open_db
from storage.agencies import import_agencies, list_agencies
from tests.conftest import crawl_settings

try:
    thai_font()
except FileNotFoundError:
    pytest.skip("fonts-thai-tlwg is not installed", allow_module_level=True)

NO_OCR = Limits(ocr=False)
BASE = "http://www.docindex-sao.go.th/ita/"
TITLES = ["โครงสร้างหน่วยงาน", "ข้อมูลผู้บริหาร", "อำนาจหน้าที่", "แผนพัฒนาท้องถิ่น", "กฎหมายที่เกี่ยวข้อง",
          "ข้อมูลการติดต่อ", "ข่าวประชาสัมพันธ์", "Q&A", "Social Network", "แผนดำเนินงานประจำปี"]


def index_rows_of(prefix_path: str, count: int = 10) -> list[tuple[str, str, str]]:
    return [(f"O{n}", TITLES[n - 1], f"{prefix_path}o{n}.html") for n in range(1, count + 1)]


def extract(kind: str, body: bytes, limits: Limits = NO_OCR, base: str = BASE + "index.doc"):
    got = extract_document(kind, body, limits, 0, "OCR is turned off (crawl.ocr)")
    resolve(got.links, base)
    return got


def by_code(links: list[dict]) -> dict[int, list[dict]]:
    return index_rows(links, "O")


def test_an_xlsx_index_gives_each_row_its_link_whatever_way_it_is_written():
    rows = index_rows_of("http://www.docindex-sao.go.th/items/")
    rows += [("O11", "รายงานผล", "www.docindex-sao.go.th/docs/o11.pdf")]
    got = extract("xlsx", xlsx_index(rows, style="mixed"))
    codes = by_code(got.links)
    assert sorted(codes) == list(range(1, 12))  # hyperlinks, HYPERLINK formulas and URLs typed in cells alike
    first = codes[1][0]
    assert first["url"] == "http://www.docindex-sao.go.th/items/o1.html" and first["text"] == "ดาวน์โหลด"
    assert first["context"].startswith("O1 โครงสร้างหน่วยงาน")
    assert codes[2][0]["text"] == "เปิดเอกสาร"  # the formula's label
    assert codes[3][0]["text"] == "http://www.docindex-sao.go.th/items/o3.html"  # a URL written in the cell
    assert codes[11][0]["url"] == "http://www.docindex-sao.go.th/docs/o11.pdf"  # "www." as Office links it
    assert "โครงสร้างหน่วยงาน" in got.text and not got.unread
    merged = extract("xlsx", xlsx_index(index_rows_of("/items/") + [("O11", "สรุปผลการจัดซื้อจัดจ้าง ไตรมาส 1", "/q1.pdf"),
                                                                   ("", "ไตรมาส 2", "/q2.pdf")], style="hyperlink"))
    assert [link["url"] for link in by_code(merged.links)[11]] == ["http://www.docindex-sao.go.th/q1.pdf",
                                                                  "http://www.docindex-sao.go.th/q2.pdf"]
    assert merged.links[-1]["context"] == "O11 ไตรมาส 2 ดาวน์โหลด"  # the code merged down over the item's rows
    relative = extract("xlsx", xlsx_index(index_rows_of("../items/"), style="hyperlink"))
    assert relative.links[0]["url"] == "http://www.docindex-sao.go.th/items/o1.html"  # joined to the document's URL


def test_a_docx_index_gives_table_rows_and_paragraph_links():
    got = extract("docx", docx_index(index_rows_of("https://www.docindex-sao.go.th/items/"),
                                     paragraph_links=[("O12", "รายงานการกำกับติดตาม", "../docs/o12.pdf")],
                                     heading_links=[("O14", "มาตรฐานการให้บริการ", "/docs/o14.pdf")]))
    codes = by_code(got.links)
    assert sorted(codes) == [*range(1, 11), 12, 14]
    assert codes[14][0]["context"] == "O14 มาตรฐานการให้บริการ ดาวน์โหลดเอกสาร"  # the heading above its link
    assert codes[4][0]["context"] == "O4 แผนพัฒนาท้องถิ่น ดาวน์โหลด" and codes[4][0]["text"] == "ดาวน์โหลด"
    assert codes[12][0]["url"] == "http://www.docindex-sao.go.th/docs/o12.pdf"
    assert codes[12][0]["text"] == "คลิกที่นี่"


def test_a_pdf_index_gives_its_link_annotations_with_their_line_and_its_written_urls():
    got = extract("pdf", pdf_with_links(index_rows_of("/items/"),
                                        bare_urls=[("O13", "ช่องทางแจ้งเรื่องร้องเรียน", "https://www.x.go.th/c.")]))
    codes = by_code([link for link in got.links if link["kind"] == "a"])
    assert sorted(codes) == [*range(1, 11), 13]
    assert codes[7][0] == {"url": "http://www.docindex-sao.go.th/items/o7.html", "href": "/items/o7.html",
                           "kind": "a", "zone": "main", "text": "ดาวน์โหลด", "title": "",
                           "context": "O7 ข่าวประชาสัมพันธ์ ดาวน์โหลด"}
    assert codes[13][0]["url"] == "https://www.x.go.th/c"  # the full stop after it is prose
    wrapped = index_rows_of("/items/")
    wrapped[4] = ("O5", "การขับเคลื่อนนโยบาย No Gift Policy\nจากการปฏิบัติหน้าที่และการเสริมสร้างความรู้\nของเจ้าพนักงานของรัฐ",
                  "/items/o5.html")
    codes = by_code(extract("pdf", pdf_with_links(wrapped)).links)
    assert sorted(codes) == list(range(1, 11))  # the wrapped row's link belongs to it, not to its neighbours
    assert codes[5][0]["context"].startswith("O5 การขับเคลื่อนนโยบาย No Gift Policy จากการปฏิบัติ")
    stacked = extract("pdf", pdf_with_links(index_rows_of("/items/"), stacked=True))
    assert by_code(stacked.links)[5][0]["context"] == "O5 กฎหมายที่เกี่ยวข้อง ดาวน์โหลด"  # its line and the one above


def test_document_links_are_bounded():
    got = extract("xlsx", xlsx_index(index_rows_of("/items/")), Limits(ocr=False, max_links=3))
    assert len(got.links) == 3


def test_a_pdf_in_a_legacy_thai_font_is_repaired_to_thai():
    lines = ["แผนพัฒนาท้องถิ่น ปีงบประมาณ 2566", "ประกาศ ณ วันที่ 1 ตุลาคม 2565"]
    body = legacy_font_pdf(lines, links=[("O4", "แผนพัฒนาท้องถิ่น", "/docs/plan.pdf")])
    got = extract("pdf", body)
    assert "แผนพัฒนาท้องถิ่น ปีงบประมาณ 2566" in got.text and "ประกาศ ณ วันที่ 1 ตุลาคม 2565" in got.text
    assert NOTE_REPAIRED in got.note and not got.unread
    link = next(link for link in got.links if link["kind"] == "a")
    assert link["context"] == "O4 แผนพัฒนาท้องถิ่น ดาวน์โหลด"


def test_a_pdf_in_a_font_nothing_reads_is_unreadable_not_empty_when_ocr_is_off():
    got = extract("pdf", legacy_font_pdf(["แผนพัฒนาท้องถิ่น ปีงบประมาณ 2566"] * 3, layout="private"))
    assert got.unread == "unreadable_text" and "ฟอนต์ไม่ใช่ Unicode" in got.note
    assert got.text == ""  # the garbage is nobody's words
    assert not got.cacheable  # another night, with OCR, may read it


def test_a_pdf_in_a_font_nothing_reads_goes_to_ocr():
    from crawler.ocr import missing

    if missing():
        pytest.skip(missing())
    lines = ["ประกาศองค์การบริหารส่วนตำบล", "เรื่อง นโยบายการบริหารทรัพยากรบุคคล", "ประจำปีงบประมาณ พ.ศ. 2566"]
    got = extract_document("pdf", legacy_font_pdf(lines, layout="private"), Limits(), 1)
    assert got.ocr_pages == 1 and not got.unread and "OCR" in got.note
    assert "2566" in got.text and "นโยบาย" in got.text


def test_a_scan_left_unread_is_images_only():
    from PIL import Image
    import io

    buffer = io.BytesIO()
    Image.new("L", (600, 800), 255).save(buffer, "PDF", resolution=72)
    got = extract("pdf", buffer.getvalue())
    assert got.image_only and got.unread == "images_only"


def test_text_that_is_not_legacy_thai_is_left_alone():
    for text in ["Copyright © 2566 café résumé naïve señor déjà vu über", "แผนพัฒนา ปี ๒๕๖๖", "O1 ¼ ½ ¾ ± ×"]:
        assert read_layer(text) == (text, "")
    assert read_layer("\u0e1b\uf701\u0e1a\u0e17\u0e35\u0e48 \u0e1c\u0e39\uf70b\u0e1a\u0e23\u0e34\u0e2b\u0e32\u0e23") \
        == ("ปิบที่ ผู้บริหาร", "repaired")  # Thai PUA mark variants


def test_an_html_page_in_a_legacy_font_is_repaired():
    words = "องค์การบริหารส่วนตำบลบ้านเก่า ประกาศผลการดำเนินงาน ปี 2566"
    body = (f'<html><head><meta charset="iso-8859-1"><title>{as_legacy("หน้าแรก")}</title></head><body>'
            f'<font face="AngsanaUPC">{as_legacy(words)}</font>'
            f'<table><tr><td>O1</td><td><a href="/o1.html">{as_legacy("โครงสร้าง")}</a></td></tr></table>'
            f'</body></html>').encode("latin-1")  # TIS-620 bytes, declared Latin-1
    got = extract_html_safely("http://www.old-sao.go.th/", body, "text/html; charset=iso-8859-1", "cp1252",
                              body.decode("cp1252"), NO_OCR)
    assert words in got.text and got.title == "หน้าแรก"
    assert got.links[0]["text"] == "โครงสร้าง" and got.links[0]["context"] == "O1 โครงสร้าง"
    assert NOTE_REPAIRED in got.note and not got.unread


def test_the_extraction_cache_carries_links_and_unread():
    got = extract("pdf", legacy_font_pdf(["แผนพัฒนาท้องถิ่น"] * 3, layout="private", links=[("O1", "ก", "/a.pdf")]))
    again = unpack(pack(got))
    assert again.unread == "unreadable_text" and again.links == got.links and again.links[0]["url"]


def crawl_site(tmp_path, host: str, agency: str):
    """Crawl one fixture site of ``tmp_path / "sites"`` through the farm, OCR off; its page records by URL."""
    from service.runs import run_crawl
    from rules.rulebook import load_rulebook

    registry = tmp_path / "agencies.csv"
    registry.write_text("id,name_th,name_en,type,province,url,contact_email\n"
                        f"{agency},อบต.ทดสอบ,Test SAO,อบต.,เลย,http://{host}/,saraban@{agency}.go.th\n", encoding="utf-8")
    db_path = tmp_path / "oit.db"
    db = open_db(db_path)
    import_agencies(db, registry)
    with Farm(sites_dir=tmp_path / "sites") as farm:
        run_id = run_crawl(db_path, list_agencies(db, [agency]), load_rulebook(2566), crawl_settings(farm, ocr=False))
    return {row["url"]: row for row in open_db(db_path).query("SELECT * FROM pages WHERE run_id = ?", [run_id])}


@pytest.mark.slow
def test_an_old_site_in_a_legacy_font_is_read_as_thai(tmp_path):
    legacy_html_site(tmp_path / "sites", "www.oldfont-sao.go.th")
    pages = crawl_site(tmp_path, "www.oldfont-sao.go.th", "oldfont")
    home = pages["http://www.oldfont-sao.go.th/"]
    assert home["title"] == "องค์การบริหารส่วนตำบลฟอนต์เก่า" and "ประจำปีงบประมาณ พ.ศ. 2566" in home["text"]
    assert json.loads(home["links"])[0]["context"] == "O1 โครงสร้างหน่วยงาน" and not home["unread"]
    assert "นายกองค์การบริหารส่วนตำบล" in pages["http://www.oldfont-sao.go.th/structure.html"]["text"]


@pytest.mark.slow
def test_a_crawl_follows_the_links_of_an_index_published_as_documents(tmp_path):
    """A site whose OIT index is an XLSX and a PDF: the items linked only from inside them are fetched, the
    documents' links are stored with their rows, and the legacy-font PDFs are repaired or marked unreadable."""
    host = "www.docindex-sao.go.th"
    linked = document_index_site(tmp_path / "sites", host)
    pages = crawl_site(tmp_path, host, "docindex")
    xlsx = pages[f"http://{host}/ita/oit2566.xlsx"]
    stored = json.loads(xlsx["links"])
    assert stored[0]["context"].startswith("O1 โครงสร้างหน่วยงาน") and stored[0]["url"] == f"http://{host}/items/o1.html"
    for url in linked["xlsx"]:  # linked from nowhere but the spreadsheet
        assert pages[url]["referer"] == xlsx["url"] and pages[url]["status"] == 200
    for url in linked["pdf"]:  # linked from nowhere but the PDF
        assert pages[url]["referer"] == f"http://{host}/ita/oit2566.pdf" and pages[url]["status"] == 200
    plan = pages[f"http://{host}/docs/plan.pdf"]
    assert "แผนดำเนินงานประจำปีงบประมาณ พ.ศ. 2566" in plan["text"] and not plan["unread"]
    report = pages[f"http://{host}/docs/report.pdf"]
    assert report["unread"] == "unreadable_text" and report["status"] == 200


def test_an_office_document_typed_in_a_legacy_font_is_repaired_with_its_links():
    rows = [(f"O{n}", as_legacy(title), f"/items/o{n}.html") for n, title in enumerate(TITLES, 1)]
    got = extract("docx", docx_index(rows, title=as_legacy("ดัชนีข้อมูลสาธารณะ ประจำปี 2566")))
    assert "ดัชนีข้อมูลสาธารณะ ประจำปี 2566" in got.text and NOTE_REPAIRED in got.note
    assert by_code(got.links)[1][0]["context"] == "O1 โครงสร้างหน่วยงาน ดาวน์โหลด"


def test_a_document_mostly_readable_is_read_and_says_which_pages_were_not():
    import pypdfium2

    merged = pypdfium2.PdfDocument.new()
    for body in (pdf_with_links(index_rows_of("/items/")), pdf_with_links(index_rows_of("/more/")),
                 legacy_font_pdf(["ภาคผนวก รายละเอียดโครงการ"] * 3, layout="private")):
        merged.import_pages(pypdfium2.PdfDocument(body))
    import io

    out = io.BytesIO()
    merged.save(out)
    got = extract("pdf", out.getvalue())
    assert not got.unread and "โครงสร้างหน่วยงาน" in got.text  # two pages of three read: judged on them
    assert "ฟอนต์ไม่ใช่ Unicode" in got.note and "1 page(s)" in got.note
