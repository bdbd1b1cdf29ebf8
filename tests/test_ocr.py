"""Scans read by OCR: image-only PDFs and photographed documents give their text to the engine, within the
document workers' limits and the run's OCR budget; what OCR cannot read stays "check by hand"."""
from __future__ import annotations

import asyncio
import io
import random
from dataclasses import replace
from pathlib import Path

import pytest

from crawler.documents import DocumentPool, Limits, extract_page
from crawler.ocr import missing
from farm.server import SITES_DIR

pytestmark = pytest.mark.skipif(bool(missing()), reason=f"OCR tests need Tesseract's Thai model: {missing()}")
BANRAI = SITES_DIR / "www.banrai-sao.go.th" / "scan"


def extract(kind_url: str, body: bytes, limits: Limits = Limits(workers=1), read_images: bool = True):
    pool = DocumentPool(limits)
    try:
        ctype = {"pdf": "application/pdf", "jpg": "image/jpeg", "png": "image/png"}[kind_url.rsplit(".", 1)[1]]
        return asyncio.run(extract_page(pool, kind_url, body, ctype, read_images=read_images))
    finally:
        pool.close()


def test_a_scanned_announcement_is_read_with_its_title_and_year():
    got = extract("http://x.go.th/o31.pdf", (BANRAI / "o31.pdf").read_bytes())
    assert got.image_only and got.ocr_pages == 1 and got.cacheable
    assert "No Gift Policy" in got.text and "ประกาศเจตนารมณ์" in got.text
    assert not got.links  # the scanned page's picture is its text, not a photo among the components


def test_a_photographed_document_linked_directly_is_read():
    got = extract("http://x.go.th/o10.jpg", (BANRAI / "o10.jpg").read_bytes())
    assert got.kind == "image" and got.ocr_pages == 1 and "นโยบายคุ้มครองข้อมูลส่วนบุคคล" in got.text


def test_a_picture_whose_link_names_nothing_is_not_read():
    got = extract("http://x.go.th/gallery/1.jpg", (BANRAI / "o10.jpg").read_bytes(), read_images=False)
    assert got.kind == "image" and got.text == "" and got.ocr_tried == 0


def test_a_pdf_part_typed_part_scanned_keeps_both_parts_in_order():
    got = extract("http://x.go.th/o12.pdf", (BANRAI / "o12.pdf").read_bytes())
    assert not got.image_only and got.ocr_pages == 1
    typed, scanned = got.text.index("รอบ ๖ เดือน"), got.text.index("มีนาคม 2566")
    assert typed < scanned


def noise_scan() -> bytes:
    from PIL import Image

    rng = random.Random(7)
    image = Image.new("L", (600, 800), 255)
    image.putdata([rng.choice((0, 255, 255, 255)) for _ in range(600 * 800)])
    buffer = io.BytesIO()
    image.save(buffer, "PDF", resolution=72)
    return buffer.getvalue()


def test_a_scan_ocr_cannot_read_stays_image_only_without_invented_text():
    got = extract("http://x.go.th/blur.pdf", noise_scan())
    assert got.image_only and got.ocr_tried == 1 and got.ocr_pages == 0 and len(got.text) < 20


def test_the_runs_ocr_budget_leaves_scans_unread_and_says_so():
    body = (BANRAI / "o31.pdf").read_bytes()
    got = extract("http://x.go.th/o31.pdf", body, replace(Limits(workers=1), ocr_run_pages=0))
    assert got.ocr_tried == 0 and got.text == "" and "not read by OCR" in got.note and "ocr_run_pages" in got.note
    assert not got.cacheable  # tomorrow, with budget left, it is read


def test_a_document_stops_reading_pages_at_its_page_budget():
    from crawler.ocr import OcrBudget, pdf_page_reader
    from crawler.extract import parse_pdf

    budget = OcrBudget(pages=1, seconds=60)
    got = parse_pdf(Path(SITES_DIR / "www.banrai-sao.go.th/scan/o11.pdf").read_bytes(), read_scan=pdf_page_reader(budget))
    assert got.ocr_tried == 1 and budget.skipped == 1 and "แผนดำเนินงาน" in got.text


def test_ocr_runs_under_the_workers_memory_limit():
    got = extract("http://x.go.th/o31.pdf", (BANRAI / "o31.pdf").read_bytes(),
                  replace(Limits(workers=1), doc_memory_bytes=320 * 1024 * 1024))
    assert got.ocr_pages == 1 and not got.note


def test_a_scan_read_by_ocr_is_judged_on_its_content_and_says_so(crawled):
    finding = crawled.db.execute("SELECT status, reason_th, signals FROM findings WHERE run_id = ? AND agency_id = ? "
                                 "AND item = 'O36'", [crawled.run_id, "phonsawan"]).fetchone()
    page = crawled.db.execute("SELECT image_only, ocr_pages, text FROM pages WHERE run_id = ? AND url = ?",
                              [crawled.run_id, "https://www.phonsawan.go.th/docs/o36.pdf"]).fetchone()
    assert page[0] == 1 and page[1] == 1 and "2566" in page[2]
    assert finding[0] == "pass" and "ข้อความจาก OCR" in finding[1] and "text read by OCR" in finding[2]


def test_the_auditor_sees_that_a_pages_text_came_from_ocr(crawled):
    from web.app import create_app

    page_id = crawled.db.execute("SELECT id FROM pages WHERE run_id = ? AND url = ?",
                                 [crawled.run_id, "https://www.phonsawan.go.th/docs/o36.pdf"]).fetchone()[0]
    shown = create_app(crawled.db_path).test_client().get(f"/page/{page_id}").get_data(as_text=True)
    assert 'id="page-ocr"' in shown and "ข้อความจาก OCR" in shown


def test_an_image_too_large_to_be_a_document_is_refused_unread():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("1", (10_000, 8_000), 1).save(buffer, "PNG")  # 80 megapixels in a few kilobytes
    got = extract("http://x.go.th/huge.png", buffer.getvalue())
    assert got.kind == "image" and got.text == "" and "not read" in got.note and got.ocr_tried == 0
