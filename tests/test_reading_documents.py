"""Classes found on the held-out sites of farm/builders/heldout_documents.py (issue 19, round 7, lane "documents"),
each shown on the farm site where it was found (or on a small site of its own), crawled through the farm and judged as
the accuracy benchmark judges it:

* a document nobody here can read (a RAR, a file that fails to open) is unread: its items are ``unchecked`` with the
  reason in plain words, never "no content" / partial / missing (before: a ZIP, an ODT, a PPT were judged partial
  "the page or document has no content"; a .doc or .xls was an "empty page");
* Word, Excel and PowerPoint 97-2003 files (.doc, .xls, .ppt), OpenDocument (.odt, .ods) and .pptx are read as a
  person opening them reads them, and the bytes say what a renamed file is;
* a ZIP of an item's PDFs is opened and each file in it read (Thai names as Windows writes them, in cp874), within
  the zip bounds: an archive that unpacks too large is not opened, and says so."""
from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path
from types import SimpleNamespace

import pytest

from crawler.doclinks import sniff_kind
from crawler.archives import libarchive_available, member_name
from crawler.documents import Limits, extract_document
from crawler.extract import extract
from crawler.ocr import missing as ocr_missing
from crawler.office import doc_text, odf_text, ppt_text, pptx_text, xls_text
from farm.server import SITES_DIR, Farm
from rules.families import rulebooks_for_year
from rules.urls import doc_kind
from rules.vocabulary import ALARMS, UNREAD
from service.runs import run_crawl
from storage import open_db
from tests.conftest import crawl_settings
from tests.test_reading_unforeseen import crawl

OFFICE, ARCHIVES, SCANS = "www.borphong.go.th", "www.ngiwngam.go.th", "www.maejaroa.go.th"
BORPHONG = SITES_DIR / OFFICE / "fileupload" / "ita2569"
NGIWNGAM = SITES_DIR / ARCHIVES / "uploads" / "ita2569"
needs_libarchive = pytest.mark.skipif(not libarchive_available(), reason="Debian's libarchive13 is not installed")


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


def _zip(members: dict[str, bytes], windows_names: bool = False) -> bytes:
    class Windows(zipfile.ZipInfo):
        def _encodeFilenameFlags(self):  # noqa: N802 (zipfile's name): cp874 bytes, no UTF-8 flag
            return self.filename.encode("cp874"), self.flag_bits
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr((Windows if windows_names else zipfile.ZipInfo)(name), data)
    return out.getvalue()


# -- legacy and OpenDocument office files --------------------------------------------------------------------
def test_word_excel_and_powerpoint_97_2003_files_are_read():
    assert "รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2567" in doc_text(_bytes(BORPHONG / "O7-annualreport.doc"))
    progress = xls_text(_bytes(BORPHONG / "O6-progress6m.xls"))
    assert "รอบ 3 เดือน" in progress and "31 ธันวาคม 2568" in progress
    slides = ppt_text(_bytes(BORPHONG / "O25-ita-dev.ppt"))
    assert "ผลคะแนน ITA ปี 2568 = 88.41" in slides


def test_opendocument_and_pptx_files_are_read():
    assert "ประจำปีงบประมาณ พ.ศ. 2569" in odf_text(_bytes(NGIWNGAM / "O13-hr-plan.odt"))
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in odf_text(_bytes(NGIWNGAM / "O22-risk-report.ods"))
    slide = ('<p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="http://schemas.'
             'openxmlformats.org/drawingml/2006/main"><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>คู่มือสำหรับประชาชน'
             '</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>')
    pptx = _zip({"[Content_Types].xml": b"<x/>", "ppt/presentation.xml": b"<x/>", "ppt/slides/slide1.xml": slide.encode()})
    assert pptx_text(pptx) == "คู่มือสำหรับประชาชน" and sniff_kind(pptx) == "pptx"


def test_the_bytes_say_what_an_office_file_is():
    assert sniff_kind(_bytes(BORPHONG / "O5-devplan.doc")) == "doc"
    assert sniff_kind(_bytes(BORPHONG / "O12-procure-annual.xls")) == "xls"
    assert sniff_kind(_bytes(BORPHONG / "O9-manual-service.ppt")) == "ppt"
    assert sniff_kind(_bytes(NGIWNGAM / "O7-annualreport.odt")) == "odt"
    assert sniff_kind(_bytes(NGIWNGAM / "O22-risk-report.ods")) == "ods"
    assert sniff_kind(_zip({"mimetype": b"<x/>", "content.xml": b"<x/>"})) is None  # not an OpenDocument file
    assert sniff_kind(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600) is None     # a broken compound file
    # a file named .doc that is a PDF (renamed on a desktop) is read as the PDF it is
    pdf = _bytes(SITES_DIR / SCANS / "files" / "ita69" / "O5-devplan.pdf")
    got = extract_document("doc", pdf, Limits(), 0)
    assert got.kind == "pdf" and "แผนพัฒนาท้องถิ่น" in got.text
    assert {doc_kind(f"http://x.go.th/a.{ext}") for ext in ("ppt", "odt", "ods", "zip", "rar")} == \
        {"ppt", "odt", "ods", "zip", "rar"}


# -- archives -------------------------------------------------------------------------------------------------
def test_a_zip_of_an_items_pdfs_is_opened_and_each_file_read():
    pdf = _bytes(SITES_DIR / SCANS / "files" / "ita69" / "O6-progress-q2.pdf")
    doc = _bytes(BORPHONG / "O8-manual-staff.doc")
    body = _zip({"O6 รายงานความก้าวหน้า ไตรมาส 2.pdf": pdf, "คู่มือ.doc": doc, "ภาพ/": b"", "อื่น.rar": b"Rar!\x1a\x07\x00"},
                windows_names=True)
    got = extract_document("zip", body, Limits(), 0)
    assert got.kind == "zip" and not got.unread
    assert "O6 รายงานความก้าวหน้า ไตรมาส 2.pdf:" in got.text            # the name as Windows wrote it, in cp874
    assert "1 มกราคม 2569 – 31 มีนาคม 2569" in got.text                  # the PDF inside, read
    assert "คู่มือการปฏิบัติงานด้านพัสดุ" in got.text                       # the .doc inside, read
    info = zipfile.ZipFile(io.BytesIO(body)).infolist()[0]
    assert info.flag_bits & 0x800 == 0 and member_name(info) == "O6 รายงานความก้าวหน้า ไตรมาส 2.pdf"


def test_a_scan_inside_a_zip_is_read_by_ocr_within_the_documents_budget():
    body = _zip({"O7 รายงานผล.jpg": _bytes(SITES_DIR / SCANS / "files" / "ita69" / "O7-annualreport.jpg")})
    unread = extract_document("zip", body, Limits(), 0, "OCR is turned off (crawl.ocr)")
    assert unread.unread == "images_only" and not unread.text and "OCR is turned off" in unread.note
    if ocr_missing():
        pytest.skip(ocr_missing())
    read = extract_document("zip", body, Limits(), 1)
    assert read.ocr_tried == 1 and read.ocr_pages == 1 and not read.unread
    assert "รายงานผลการดำเนินงาน" in read.text and "2568" in read.text


def _rar4(files: dict[str, bytes]) -> bytes:
    """A RAR 4 archive storing ``files`` (method "store"), block by block as the format note describes it."""
    def block(kind: int, flags: int, body: bytes) -> bytes:
        head = struct.pack("<BHH", kind, flags, 7 + len(body)) + body
        return struct.pack("<H", zlib.crc32(head) & 0xFFFF) + head
    out = b"Rar!\x1a\x07\x00" + block(0x73, 0, b"\0" * 6)
    for name, data in files.items():
        fixed = struct.pack("<IIBIIBBHI", len(data), len(data), 2, zlib.crc32(data), 0x5C7F4800, 20, 0x30, len(name), 0x20)
        out += block(0x74, 0x8000, fixed + name.encode("ascii")) + data
    return out + block(0x7B, 0x4000, b"")


@needs_libarchive
def test_a_rar_of_an_items_documents_is_opened_and_each_file_read():
    pdf = _bytes(SITES_DIR / SCANS / "files" / "ita69" / "O6-progress-q1.pdf")
    got = extract_document("rar", _rar4({"O6/progress-q1.pdf": pdf, "O8/manual.doc": _bytes(BORPHONG / "O8-manual-staff.doc"),
                                         "readme.rar": b"Rar!"}), Limits(), 0)
    assert got.kind == "rar" and not got.unread
    assert "O6/progress-q1.pdf:" in got.text and "1 ตุลาคม 2568 – 31 ธันวาคม 2568" in got.text
    assert "คู่มือการปฏิบัติงานด้านพัสดุ" in got.text
    big = extract_document("rar", _rar4({"a.pdf": b"%PDF-1.4" + b"0" * 50_000}), Limits(max_unzipped_bytes=10_000), 0)
    assert big.unread == "too_large" and not big.text      # bounded as it unpacks, like a ZIP's parts


def test_an_archive_beyond_the_zip_bounds_is_not_opened_and_says_so():
    bomb = _zip({"a.pdf": b"%PDF-1.4\n" + b"0" * 2_000_000})
    got = extract_document("zip", bomb, Limits(max_unzipped_bytes=1_000_000), 0)
    assert not got.text and got.unread == "too_large" and "unpacks to" in got.note
    crowd = _zip({f"f{k}.pdf": b"%PDF" for k in range(30)})
    got = extract_document("zip", crowd, Limits(max_zip_members=20), 0)
    assert not got.text and "too many parts" in got.note


# -- what nobody read is unread, not empty ------------------------------------------------------------------------
def test_a_document_no_reader_here_opens_is_unread_never_empty():
    rar = extract("http://x.go.th/files/o5.rar", b"Rar!\x1a\x07\x00" + b"\x00" * 200, "application/octet-stream")
    assert rar.unread == "unsupported_format" and not rar.text
    broken = extract_document("doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, Limits(), 0)
    assert broken.unread == "unsupported_format" and broken.note.startswith("DOC not read")
    only_rar = extract_document("zip", _zip({"o5.rar": b"Rar!\x1a\x07\x00"}), Limits(), 0)
    assert only_rar.unread == "unsupported_format"
    assert UNREAD["unsupported_format"][0].startswith("เอกสารในรูปแบบไฟล์ที่โปรแกรมตรวจอ่านไม่ได้")


ITA_PAGE = ('<html><head><meta charset="utf-8"><title>ITA 2569</title></head><body><h1>การเปิดเผยข้อมูลสาธารณะ (OIT) '
            'ประจำปีงบประมาณ พ.ศ. 2569</h1><table>{rows}</table></body></html>')


def test_items_whose_only_document_nobody_could_read_are_unchecked_with_the_reason(tmp_path):
    """A RAR and a .doc that fails to open, on an ITA index beside a readable ZIP: unchecked, never an alarm."""
    site = tmp_path / "sites" / "www.rartest.go.th"
    files = {"files/O5-devplan.rar": b"Rar!\x1a\x07\x01\x00" + bytes(range(256)) * 8,
             "files/O8-manual.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000,
             "files/O9-manual.zip": _zip({"คู่มือสำหรับประชาชน.doc": _bytes(BORPHONG / "O8-manual-staff.doc")})}
    for path, data in files.items():
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_bytes(data)
    rows = "".join(f'<tr><td>O{n}</td><td>{title}</td><td><a href="/files/{name}">ดาวน์โหลด</a></td></tr>' for n, title, name in
                   [(5, "แผนพัฒนาท้องถิ่น", "O5-devplan.rar"), (8, "คู่มือการปฏิบัติงาน", "O8-manual.doc"),
                    (9, "คู่มือสำหรับประชาชน", "O9-manual.zip")])
    rows += "".join(f"<tr><td>O{n}</td><td>ข้อ {n}</td><td>-</td></tr>" for n in range(10, 16))
    (site / "ita.html").write_text(ITA_PAGE.format(rows=rows), encoding="utf-8")
    (site / "index.html").write_text('<html><body><a href="/ita.html">ITA 2569</a></body></html>', encoding="utf-8")
    db_path = tmp_path / "oit.db"
    db = open_db(db_path)
    db["agencies"].insert({"id": "rartest", "name_th": "องค์การบริหารส่วนตำบลทดสอบ", "type": "อบต.", "province": "ตาก",
                           "url": "http://www.rartest.go.th/"}, alter=True)
    with Farm(tmp_path / "sites") as farm:
        run_id = run_crawl(db_path, [db["agencies"].get("rartest")], rulebooks_for_year(2569),
                           crawl_settings(farm, timeout=10, delay=0))
    found = {r["item"]: r for r in open_db(db_path)["findings"].rows_where("run_id = ?", [run_id])}
    for item in ("O5", "O8"):
        assert found[item]["status"] == "unchecked" and found[item]["status"] not in ALARMS
        assert found[item]["reason_code"] == "coverage.unsupported_format"
        assert "รูปแบบไฟล์ที่โปรแกรมตรวจอ่านไม่ได้" in found[item]["reason_th"]
    assert found["O9"]["status"] == "pass"                       # the ZIP's .doc, read
    pages = {r["url"]: r for r in open_db(db_path).query("SELECT url, kind, unread FROM pages WHERE run_id = ?", [run_id])}
    assert pages["http://www.rartest.go.th/files/O5-devplan.rar"]["unread"] == "unsupported_format"


# -- the held-out sites, crawled --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def heldout(tmp_path_factory) -> SimpleNamespace:
    return crawl(tmp_path_factory.mktemp("documents"), [OFFICE, ARCHIVES, SCANS])


@pytest.mark.slow
def test_legacy_office_files_are_judged_on_what_they_say(heldout):
    find = lambda item: heldout.findings[("borphong", item)]  # noqa: E731
    assert find("O5")["status"] == "pass" and any(u.endswith(".doc") for u in find("O5")["evidence"])
    assert find("O7")["status"] == "partial"   # the 2567 annual report, read from the .doc
    assert find("O6")["status"] == "partial"   # 3 months of progress, read from the .xls
    assert find("O9")["status"] == "pass" and find("O25")["status"] == "pass"   # .ppt slides
    assert find("O14")["status"] == "broken" and find("O21")["status"] == "missing"


@pytest.mark.slow
def test_zips_and_opendocument_files_are_judged_on_what_they_hold(heldout):
    find = lambda item: heldout.findings[("ngiwngam", item)]  # noqa: E731
    assert find("O5")["status"] == "pass" and any(u.endswith(".zip") for u in find("O5")["evidence"])
    assert find("O12")["status"] == "partial"   # the 2567 summary inside the ZIP
    assert find("O20")["status"] == "partial"   # the ZIP holds the announcement, no report
    assert find("O7")["status"] == "pass" and find("O22")["status"] == "pass"   # .odt, .ods
    assert find("O14")["status"] == "broken"
    ita = heldout.pages[f"http://{ARCHIVES}/index.php?op=ita&year=2569"]   # says UTF-8, is windows-874
    assert "การเปิดเผยข้อมูลสาธารณะ" in ita["text"]


@pytest.mark.slow
def test_a_report_split_over_two_files_and_scans_linked_as_images(heldout):
    find = lambda item: heldout.findings[("maejaroa", item)]  # noqa: E731
    assert find("O6")["status"] == "pass"       # quarter 1 + quarter 2 files: the six months
    assert find("O11")["status"] == "partial"   # quarter 1 only
    assert find("O16")["status"] == "broken"
    images = [p for u, p in heldout.pages.items() if u.startswith(f"http://{SCANS}/files/") and u.endswith((".jpg", ".png"))
              and p["status"] == 200]
    assert images and all(p["kind"] == "image" for p in images)
    if any(p["ocr_pages"] for p in images):     # Tesseract with its Thai model (README: Scanned documents)
        assert find("O9")["status"] == "pass" and find("O13")["status"] == "partial"   # a scan; a photo of 2568
