"""Classes found on the held-out sites of farm/builders/heldout_photos.py (round 14, lane "photos"): pictures of
paper a person reads upright without noticing anything odd. Before any change www.bankhao-sao.go.th and
www.thungyao.go.th scored 48/52 (0 false alarms, but four items judged on what OCR made of a turned page: a TIFF
"has no content", three sideways or upside-down pages "have no data for B.E. 2568/2569"):

* a page photographed or scanned sideways or upside down (no EXIF tag, or turned inside an upright PDF page) is
  read upright: when Tesseract's reading is not Thai words (a turned page reads as *confident* nonsense, 69% mean
  confidence), its orientation detection (``osd.traineddata``) turns the page and it is read again
  (crawler/ocr.py ``read_upright``);
* confident letters that are no words, upright or turned, are nobody's text: the page is unread, never judged;
  a document with such a page beside pages read is read in part (``scans_garbled``): unchecked, never missing;
* a multi-page TIFF (an office copier's scan, ``image/tiff``) is a document read page by page within the OCR budget.
"""
from __future__ import annotations

import io

import pytest

from crawler.extract import image_kind, parse_pdf
from crawler.ocr import OcrBudget, missing, pdf_page_reader, read_image, read_image_document, read_upright, wordlike
from farm.builders import heldout_photos as photos
from rules.engine import evaluate_agency
from rules.rulebook import load_rulebook
from rules.vocabulary import UNREAD
from tests.conftest import assert_read_as_expected, judge_fixture_sites
from tests.test_judging import link, page

needs_ocr = pytest.mark.skipif(bool(missing()), reason=f"OCR not available: {missing()}")
BANKHAO, THUNGYAO = photos.HOSTS
TITLE = "รายงานความก้าวหน้าการดำเนินงานและการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2569"
BODY = ("<p>รอบ 6 เดือน (1 ตุลาคม 2568 – 31 มีนาคม 2569)</p><p>ความก้าวหน้า: ดำเนินการแล้ว 31 โครงการ "
        "อยู่ระหว่างดำเนินการ 22 โครงการ</p><p>การใช้จ่ายงบประมาณ: เบิกจ่ายแล้ว 9,812,400 บาท คิดเป็นร้อยละ 40.30</p>")


def sheet():
    return photos.paper(TITLE, BODY, seed=7)


def pdf_of(*pages) -> bytes:
    return photos.scan_pdf(list(pages))


def test_words_tell_a_page_read_upright_from_a_turned_one():
    assert wordlike("รายงานความก้าวหน้าการดำเนินงานและการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2569") > 0.9
    # what Tesseract read of the same page on its side (mean confidence 69: confident nonsense)
    assert wordlike("O€ OF รธรพรูหนาพษ หแบก 00หท218'6 ยดูทรปธนนูจ โซบกพเลข[ณแลรบลดขบน -บดรษชน co ๑ขบนทหนาบเรดถบย") < 0.3
    assert wordlike("Annual report 2569") is None  # too few Thai letters to say: confidence alone decides


def test_tiff_is_an_image_a_document_link_may_open():
    assert image_kind("http://x.go.th/uploads/scan/scan_256906.tif")
    assert image_kind("http://x.go.th/getfile.php?id=3", "image/tiff")


@needs_ocr
@pytest.mark.parametrize("turn", [90, 180, 270])
def test_a_page_on_its_side_or_upside_down_is_read_upright(turn):
    text = read_image(sheet().rotate(turn, expand=True))
    assert "งบประมาณ" in text and "2569" in text, text[:200]


@needs_ocr
@pytest.mark.parametrize("orientation", [3, 6, 8])
def test_a_phone_photo_is_read_as_its_exif_tag_turns_it(orientation):
    from PIL import Image
    image = Image.open(io.BytesIO(photos.phone_jpeg(sheet(), 7, orientation)))
    reading = read_upright(image)
    assert "งบประมาณ" in reading.text and reading.turn == 0  # the tag set it upright: no second reading


@needs_ocr
def test_a_mirrored_page_is_nonsense_unread_not_text():
    from PIL import ImageOps
    reading = read_upright(ImageOps.mirror(sheet()))  # a scan printed through the back of the paper
    assert reading.text == "" and reading.garbled


@needs_ocr
def test_every_page_of_a_copier_tiff_is_read():
    plan = photos.paper("แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569", "<p>จำนวน 86 โครงการ งบประมาณรวม 24,350,000 บาท</p>", 3)
    got = read_image_document(photos.copier_tiff([plan, sheet().rotate(180)]), OcrBudget(pages=5, seconds=60))
    assert "แผนการดำเนินงาน" in got.text and "9,812,400" in got.text
    assert (got.ocr_tried, got.ocr_pages, got.cut) == (2, 2, "")


@needs_ocr
def test_a_tiff_past_the_budget_is_read_in_part():
    budget = OcrBudget(pages=1, seconds=60)
    got = read_image_document(photos.copier_tiff([sheet(), sheet()]), budget)
    assert got.ocr_tried == 1 and budget.skipped == 1 and "งบประมาณ" in got.text


@needs_ocr
def test_a_sideways_page_inside_an_upright_pdf_page_is_read():
    got = parse_pdf(pdf_of((sheet(), 90, 0)), read_scan=pdf_page_reader(OcrBudget(pages=3, seconds=60)))
    assert "งบประมาณ" in got.text and "2569" in got.text and not got.unread and not got.cut


@needs_ocr
def test_a_pdf_with_a_page_of_nonsense_is_read_in_part():
    from PIL import ImageOps
    cover = photos.paper("แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569", "<p>เทศบาลตำบลทุ่งยาว อำเภอปะเหลียน</p>", 5)
    got = parse_pdf(pdf_of((cover, 0, 0), (ImageOps.mirror(sheet()), 0, 0)),
                    read_scan=pdf_page_reader(OcrBudget(pages=3, seconds=60)))
    assert "แผนการดำเนินงาน" in got.text and got.cut == "scans_garbled" and not got.unread
    assert "scans_garbled" in UNREAD


@pytest.mark.parametrize("cut, status", [("", "partial"), ("scans_garbled", "unchecked")])
def test_a_report_with_a_garbled_page_is_not_judged_on_its_readable_pages(cut, status):
    """What OCR read of a merged plan and progress report names no month: with its other page nonsense, the months
    may be there (unchecked); read whole, they are not (partial)."""
    rulebook = load_rulebook(2569)
    title = next(item.title_th for item in rulebook.items if item.code == "O6")
    report = page("http://x.go.th/files/o6.pdf", "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569 รายงานความก้าวหน้าการ"
                  "ดำเนินงานและการใช้จ่ายงบประมาณ เทศบาลตำบลทุ่งยาว", [], kind="pdf", part_unread=cut)
    home = page("http://x.go.th/", "หน้าแรก องค์การบริหารส่วนตำบลตัวอย่าง ยินดีต้อนรับ", [link(report["url"], title)], depth=0)
    got = {f.item: f for f in evaluate_agency(rulebook, [home, report])}["O6"]
    assert got.status == status
    assert cut == "" or got.reason_code == "coverage.scans_garbled"


@pytest.mark.slow
@needs_ocr
def test_the_held_out_sites_are_read_upright(tmp_path):
    result = judge_fixture_sites(tmp_path / "photos.db", list(photos.HOSTS))
    assert_read_as_expected(result, 25)
    got = {(site.host, code): result.findings[(site.agency, code)]["status"] for site in result.sites
           for code in ("O5", "O14", "O23", "O24")}
    assert got[(THUNGYAO, "O5")] == got[(THUNGYAO, "O14")] == "pass"     # sideways, and upside down on page 2
    assert got[(BANKHAO, "O23")] == got[(BANKHAO, "O24")] == "pass"      # a TIFF, a photo without its EXIF tag
