"""Classes found on the held-out sites of farm/builders/heldout_vendor_frames.py (issue 19, round 6), each shown on
the farm site where it was found, crawled through the farm and judged as the accuracy benchmark judges it:

* a document is what its bytes are: a vendor's ``getfile.php?id=N`` answering ``application/octet-stream`` (or
  ``text/html``) with a PDF's bytes is a PDF, read as one (before: "the page or document has no content")."""
from __future__ import annotations

import io
import zipfile

import pytest

from crawler.doclinks import sniff_kind
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
