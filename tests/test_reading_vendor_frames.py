"""Classes found on the held-out sites of farm/builders/heldout_vendor_frames.py (issue 19, round 6), each shown on
the farm site where it was found, crawled through the farm and judged as the accuracy benchmark judges it:

* a document is what its bytes are: a vendor's ``getfile.php?id=N`` answering ``application/octet-stream`` (or
  ``text/html``) with a PDF's bytes is a PDF, read as one (before: "the page or document has no content");
* a "soft 404", HTTP 200 and a bare page saying "ไม่พบไฟล์ที่ต้องการ" / "File not found", is a link that leads nowhere:
  the item is broken as for a 404 (before: missing, the page's "ไม่พบ" read as the agency's denial), while an ordinary
  page that says "ไม่พบ" among its other words is read as before."""
from __future__ import annotations

import io
import json
import zipfile

import pytest

from crawler.doclinks import sniff_kind
from crawler.extract import parse_html
from crawler.soft404 import soft_not_found
from rules.vocabulary import failure_words
from tests.test_reading_unforeseen import crawl

GETFILE = "www.khaoyoi-sao.go.th"


def _zip(*names: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name in names:
            z.writestr(name, "<x/>")
    return out.getvalue()


def test_a_body_is_the_document_its_bytes_say():
    assert sniff_kind(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj") == "pdf"
    assert sniff_kind(b"\r\n\r\n%PDF-1.7\n") == "pdf"          # blank lines a PHP script echoes before the file
    assert sniff_kind(_zip("[Content_Types].xml", "word/document.xml")) == "docx"
    assert sniff_kind(_zip("[Content_Types].xml", "xl/workbook.xml")) == "xlsx"
    assert sniff_kind(_zip("mimetype", "content.xml")) is None    # an OpenDocument file is not read as OOXML
    assert sniff_kind(b"<!DOCTYPE html><html><body>" + b" " * 2000 + b"%PDF-1.4 in prose</body></html>") is None
    assert sniff_kind(b"<html><body><h3>\xe0\xb9\x84\xe0\xb8\xa1\xe0\xb9\x88\xe0\xb8\x9e\xe0\xb8\x9a</h3></body></html>") is None
    assert sniff_kind(b"PK\x03\x04 truncated") is None


def test_a_bare_page_saying_the_file_is_not_there_is_a_soft_404():
    bare = parse_html('<html><head><title>ดาวน์โหลดเอกสาร</title></head><body><h3>ไม่พบไฟล์ที่ต้องการ</h3>'
                      '<p>File not found</p><a href="javascript:history.back()">ย้อนกลับ</a></body></html>', "http://x.go.th/")
    assert soft_not_found(bare) == "ไม่พบไฟล์"
    english = parse_html("<html><title>404 Not Found</title><body><h1>Not Found</h1></body></html>", "http://x.go.th/")
    assert soft_not_found(english) == "404 Not Found"
    no_data = parse_html("<html><body><h3>รายงานผลการดำเนินงาน</h3><p>ไม่พบข้อมูล</p></body></html>", "http://x.go.th/")
    assert soft_not_found(no_data) == ""          # "no data yet" is the agency's word: a denial, judged as before
    menu = "".join(f"<li>เมนูที่ {i} ข้อมูลข่าวสารของหน่วยงาน</li>" for i in range(20))
    in_template = parse_html(f"<html><body><ul>{menu}</ul><h3>ไม่พบไฟล์ที่ต้องการ</h3></body></html>", "http://x.go.th/")
    assert soft_not_found(in_template) == ""      # a long page is not taken for one
    assert failure_words("soft_404")[0].startswith("ลิงก์เปิดได้แต่เป็นหน้าแจ้งว่าไม่พบไฟล์")


@pytest.mark.slow
def test_documents_a_download_script_sends_as_octet_stream_are_read(tmp_path):
    judged = crawl(tmp_path, [GETFILE])
    find = lambda item: judged.findings[("khaoyoi", item)]  # noqa: E731
    pdfs = [url for url, page in judged.pages.items() if "getfile.php?id=" in url and page["kind"] == "pdf"]
    assert len(pdfs) >= 20                               # octet-stream and text/html answers alike
    assert find("O5")["status"] == "pass"                # the plan, through the meta-refresh hop and getfile.php
    assert any("getfile.php?id=" in url for url in find("O5")["evidence"])
    assert find("O7")["status"] == "partial"             # the 2567 annual report, read
    assert find("O11")["status"] == "partial"            # 3 months only, read from the PDF
    assert find("O21")["status"] == "missing"
    dead = find("O16")                                  # getfile.php answers 200 "ไม่พบไฟล์ที่ต้องการ"
    assert dead["status"] == "broken" and json.loads(dead["reason_params"])["cause"] == "soft_404"
    assert any(page["error"] == "soft_404" for url, page in judged.pages.items() if url in dead["evidence"])
