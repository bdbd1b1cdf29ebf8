"""Classes found on the held-out sites of farm/builders/heldout_formats.py (round 15, lane "formats"): documents
published in formats other than PDF and Office, which a person opens in Word, the browser or the system's viewer.
Before any change www.phonangdam.go.th and www.thakhanthong.go.th scored 27/52 (0 false alarms, but 25 items judged
"the page or document has no content" — partial — for files nobody read, and the two wrong items partial only
because of that):

* Rich Text (.rtf: Writer's ``\\uNNNN\\'3f``, WordPad's ``\\ansicpg874`` ``\\'xx``), web archives (.mht/.mhtml: Word's
  windows-874 quoted-printable HTML part, Chrome's UTF-8), plain text (.txt in windows-874, .csv in UTF-8 with a
  byte-order mark) and XPS/OpenXPS prints are documents, read in pure Python (crawler/textformats.py);
* WebP and AVIF pictures of scans are images read by OCR (Pillow opens both), and an iPhone's HEIC through
  pillow-heif; without it a HEIC is ``unchecked`` (``coverage.picture_format``), never "no content";
* beside them (unit tests only): an RTF or a web archive under a .doc name is read by what its bytes are, a report
  exported as HTML under a .doc/.xls name is read as that document, an RTF or XPS holding only a scan is a picture
  unread (``images_only``), and a text/plain body that is markup is still the HTML page it always was.
"""
from __future__ import annotations

import builtins
import io

import pytest

from crawler.documents import Limits, extract_document
from crawler.doclinks import sniff_kind
from crawler.extract import image_kind
from crawler.ocr import OcrBudget, missing, read_image_document
from crawler.textformats import mht_html, plain_text, rtf_text, xps_text
from farm.builders import heldout_formats as formats
from farm.builders.heldout_photos import paper
from farm.server import SITES_DIR
from rules.engine import evaluate_agency
from rules.rulebook import load_rulebook
from rules.urls import DOCUMENT_KINDS, doc_kind
from rules.vocabulary import REASONS, UNREAD
from tests.conftest import assert_read_as_expected, judge_fixture_sites
from tests.test_judging import link, page

needs_ocr = pytest.mark.skipif(bool(missing()), reason=f"OCR not available: {missing()}")
SAPPHAYA, THAKHANTHONG = formats.HOSTS
FILES = SITES_DIR / SAPPHAYA / "files" / "oit2569"
PRINTS = SITES_DIR / THAKHANTHONG / "wp-content" / "uploads" / "2026" / "03"
TITLE = "รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568"
BODY = "<p>ผลการดำเนินงานตามแผน (1 ตุลาคม 2567 – 30 กันยายน 2568)</p><p>ปัญหาอุปสรรค และข้อเสนอแนะ</p>"
HEAD = "องค์การบริหารส่วนตำบลโพนางดำ"


@pytest.mark.parametrize("url, ctype, kind", [
    ("http://x.go.th/files/o5.rtf", "", "rtf"), ("http://x.go.th/getfile.php?id=3", "application/rtf", "rtf"),
    ("http://x.go.th/files/o7.mht", "", "mht"), ("http://x.go.th/files/o7.mhtml", "", "mht"),
    ("http://x.go.th/d?id=7", "message/rfc822", "mht"), ("http://x.go.th/files/o9.txt", "text/plain", "txt"),
    ("http://x.go.th/files/o11.csv", "", "csv"), ("http://x.go.th/files/o6.xps", "", "xps"),
    ("http://x.go.th/files/o26.oxps", "application/oxps", "xps")])
def test_the_formats_are_documents(url, ctype, kind):
    assert doc_kind(url, ctype) == kind and kind in DOCUMENT_KINDS


@pytest.mark.parametrize("url, ctype", [("http://x.go.th/wp-content/uploads/2026/03/o5-scan.webp", ""),
                                        ("http://x.go.th/a.avif", ""), ("http://x.go.th/IMG_4145.HEIC", ""),
                                        ("http://x.go.th/getfile.php?id=9", "image/webp"),
                                        ("http://x.go.th/getfile.php?id=9", "image/heic")])
def test_webp_avif_and_heic_are_pictures_a_document_link_may_open(url, ctype):
    assert image_kind(url, ctype)


def test_the_bytes_say_what_a_misnamed_file_is():
    assert sniff_kind((FILES / "o5_devplan.rtf").read_bytes()) == "rtf"
    assert sniff_kind((FILES / "o7_annualreport.mht").read_bytes()) == "mht"
    assert sniff_kind((PRINTS / "o8-manual-staff.xps").read_bytes()) == "xps"


def test_writer_rtf_unicode_escapes_and_its_hyperlink_field():
    text, links = rtf_text((FILES / "o20_nogift-report.rtf").read_bytes())
    assert "รายงานผลการขับเคลื่อนนโยบาย No Gift Policy ปีงบประมาณ พ.ศ. 2569" in text
    assert "\\" not in text and "Times New Roman" not in text and "?" not in text  # no table, no fallback
    assert [link["href"] for link in links] == [f"http://{SAPPHAYA}/news.php"]


def test_wordpad_rtf_thai_bytes_in_code_page_874():
    text, _ = rtf_text(formats.wordpad_rtf(TITLE, BODY, HEAD))
    assert text.splitlines()[:2] == [HEAD, TITLE] and "30 กันยายน 2568" in text
    assert "Angsana" not in text and "Riched20" not in text


def test_rtf_in_a_latin_font_of_a_thai_file_is_thai():
    """Word may tag a Thai run with a Latin font (\\fcharset0) in a file whose code page is 874: the bytes are Thai."""
    body = rb"{\rtf1\ansi\ansicpg874{\fonttbl{\f0\fswiss\fcharset0 Arial;}}\f0 \'bb\'d5 2569\par}"
    assert rtf_text(body)[0] == "ปี 2569"


def test_rtf_skips_what_word_never_shows():
    body = (rb"{\rtf1\ansi{\fonttbl{\f0 Cordia New;}}{\colortbl;\red0\green0\blue0;}{\info{\title secret}}"
            rb"{\*\generator Msftedit 5.41;}{\pict\pngblip 89504e47}\uc1 \u3611\'3f\u3637\'3f 2569\par}")
    assert rtf_text(body)[0] == "ปี 2569"


def test_not_rtf_raises():
    with pytest.raises(ValueError):
        rtf_text(b"%PDF-1.4")


def test_word_mht_html_part_in_windows_874():
    markup, charset, location = mht_html((FILES / "o7_annualreport.mht").read_bytes())
    assert charset == "windows-874" and location.startswith("file:///C:/")
    assert "ประจำปีงบประมาณ พ.ศ. 2567" in markup.decode("cp874")


def test_chrome_mhtml_html_part():
    markup, _, location = mht_html((FILES / "o23_anticorrupt-plan.mhtml").read_bytes())
    assert location == f"http://{SAPPHAYA}/news.php?doc=anticorrupt-plan" and "แผนปฏิบัติการป้องกันการทุจริต".encode() in markup


def test_plain_text_in_windows_874_and_utf8_with_a_bom():
    assert "การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2569" in plain_text((FILES / "o21_risk.txt").read_bytes())
    csv = plain_text((FILES / "o11_procure-q1.csv").read_bytes())
    assert csv.startswith("สรุปผลการจัดซื้อจัดจ้างรายเดือน ไตรมาสที่ 1") and "\ufeff" not in csv
    assert plain_text("ปี 2569".encode("utf-16")) == "ปี 2569"


def test_xps_and_openxps_glyphs_in_page_order():
    text, _ = xps_text((PRINTS / "o6-progress6m.xps").read_bytes())
    assert text.splitlines()[1] == "รายงานความก้าวหน้าการดำเนินงานและการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2569"
    assert "รอบ 3 เดือน (1 ตุลาคม 2568 – 31 ธันวาคม 2568)" in text
    assert "ไตรมาสที่ 1" in xps_text((PRINTS / "o11-procure-q1.oxps").read_bytes())[0]


@pytest.mark.parametrize("kind, path, words", [
    ("rtf", FILES / "o5_devplan.rtf", "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570)"),
    ("rtf", FILES / "o8_manual-staff.rtf", "คู่มือการปฏิบัติงาน"),
    ("mht", FILES / "o14_hr-report.mht", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568"),
    ("txt", FILES / "o9_manual-service.txt", "คู่มือสำหรับประชาชน"),
    ("csv", FILES / "o18_complaint-stat.csv", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริต"),
    ("xps", PRINTS / "o20-nogift.xps", "No Gift Policy")])
def test_each_format_is_read_in_a_worker_as_a_document(kind, path, words):
    got = extract_document(kind, path.read_bytes(), Limits(), 0, "off")
    assert got.kind == kind and words in got.text and not got.unread and not got.note, (got.note, got.text[:200])


def test_a_web_archive_s_own_parts_lead_nowhere():
    got = extract_document("mht", (FILES / "o7_annualreport.mht").read_bytes(), Limits(), 0, "off")
    assert all(not link["url"].startswith("file:") for link in got.links)


def test_a_broken_file_of_these_formats_is_unread_not_empty():
    for kind in ("rtf", "mht", "xps"):
        got = extract_document(kind, b"\x00garbage" * 20, Limits(), 0, "off")
        assert got.unread == "unsupported_format" and not got.text, kind


@pytest.mark.parametrize("body", [b'<!DOCTYPE html><html><body><a href="/ita/o5.pdf">O5 plan</a></body></html>',
                                  b'\xef\xbb\xbf <div class="rows"><a href="/ita/o5.pdf">O5 plan</a></div>'])
def test_text_sent_as_plain_that_is_markup_is_read_as_the_page_it_always_was(body):
    """A server labelling its pages or AJAX fragments text/plain: read as HTML, its links joined to its address."""
    from crawler.doclinks import resolve
    got = extract_document("txt", body, Limits(), 0, "off")
    assert got.kind == "html" and "O5 plan" in got.text and "<a" not in got.text
    assert [link["url"] for link in resolve(got.links, "http://x.go.th/ajax/rows")] == ["http://x.go.th/ita/o5.pdf"]


def test_a_page_that_speaks_of_mime_is_no_web_archive():
    assert sniff_kind(b"<html><body><p>MIME-Version: 1.0 Content-Type: multipart/related</p></body></html>") is None


def _picture(fmt: str) -> bytes:
    return formats.picture_bytes(paper(TITLE, BODY, seed=11), fmt)


@needs_ocr
@pytest.mark.parametrize("fmt", ["WEBP", "AVIF", "HEIF"])
def test_webp_avif_and_heic_scans_are_read_by_ocr(fmt):
    got = read_image_document(_picture(fmt), OcrBudget(pages=2, seconds=60))
    assert "งบประมาณ" in got.text and "2568" in got.text and got.ocr_pages == 1


def test_heic_without_its_reader_is_a_format_unread_not_a_blank_picture(monkeypatch):
    body = _picture("HEIF")
    real_import = builtins.__import__

    def no_heif(name, *args, **kwargs):
        if name == "pillow_heif":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)
    monkeypatch.setattr(builtins, "__import__", no_heif)
    from PIL import Image
    for opener in [k for k in Image.OPEN if k.upper() in ("HEIF", "HEIC")]:  # as on a machine without pillow-heif
        monkeypatch.delitem(Image.OPEN, opener)
    monkeypatch.setattr(Image, "ID", [k for k in Image.ID if k.upper() not in ("HEIF", "HEIC")])
    got = extract_document("image", body, Limits(), 2, "")
    assert got.unread == "picture_format" and not got.text and "pillow-heif" in got.note
    th, en = REASONS["coverage.picture_format"]
    assert "HEIC" in th and "HEIC" in en and "picture_format" in UNREAD


def test_an_unread_picture_format_is_unchecked_never_missing():
    rulebook = load_rulebook(2569)
    title = next(item.title_th for item in rulebook.items if item.code == "O15")
    photo = page("http://x.go.th/uploads/IMG_4145.HEIC", "", [], kind="image", image_only=True, unread="picture_format")
    home = page("http://x.go.th/", "หน้าแรก องค์การบริหารส่วนตำบลตัวอย่าง ยินดีต้อนรับ", [link(photo["url"], title)], depth=0)
    got = {f.item: f for f in evaluate_agency(rulebook, [home, photo])}["O15"]
    assert got.status == "unchecked" and got.reason_code == "coverage.picture_format"


@pytest.mark.slow
def test_the_held_out_sites_read_every_format(tmp_path):
    result = judge_fixture_sites(tmp_path / "formats.db", list(formats.HOSTS))
    assert_read_as_expected(result, 26 if not missing() else 19)
    reasons = {(site.host, code): result.findings[(site.agency, code)] for site in result.sites
               for code in ("O6", "O7", "O5", "O11")}
    for host in formats.HOSTS:  # the wrong documents are partial for what they say, not for being unread
        assert reasons[(host, "O6")]["status"] == "partial" and "no content" not in str(reasons[(host, "O6")])
        assert reasons[(host, "O7")]["status"] == "partial" and "no content" not in str(reasons[(host, "O7")])
    assert reasons[(SAPPHAYA, "O5")]["status"] == reasons[(SAPPHAYA, "O11")]["status"] == "pass"
    assert reasons[(THAKHANTHONG, "O11")]["status"] == "pass"


def test_a_scan_pasted_into_word_or_printed_to_xps_is_a_picture_unread_not_an_empty_file():
    rtf = rb"{\rtf1\ansi{\fonttbl{\f0 Cordia New;}}{\*\shppict{\pict\jpegblip\picw800\pich1100 ffd8ffe000104a46}}\par}"
    got = extract_document("rtf", rtf, Limits(), 0, "off")
    assert got.unread == "images_only" and got.image_only and not got.text
    page = ('<FixedPage xmlns="http://schemas.microsoft.com/xps/2005/06" Width="816" Height="1056"><Path Data="M 0,0 '
            'L 816,0 816,1056 0,1056 z"><Path.Fill><ImageBrush ImageSource="/Resources/Images/1.JPG" '
            'Viewbox="0,0,800,1100" /></Path.Fill></Path></FixedPage>')
    assert extract_document("xps", _xps_with(page), Limits(), 0, "off").unread == "images_only"


def test_xps_glyphs_drawn_by_index_only_are_unread_not_empty():
    page = ('<FixedPage xmlns="http://schemas.microsoft.com/xps/2005/06" Width="816" Height="1056">'
            '<Glyphs FontUri="/f.odttf" FontRenderingEmSize="16" OriginX="96" OriginY="96" Indices="42;57;61" />'
            "</FixedPage>")
    got = extract_document("xps", _xps_with(page), Limits(), 0, "off")
    assert got.unread == "unsupported_format" and "without their Unicode text" in got.note


def test_rtf_escapes_past_unicode_cost_a_character_not_the_file():
    assert rtf_text(rb"{\rtf1\ansi \u3611\'3f\u2147483647 ? 2569}")[0] == "\u0e1b\ufffd 2569"


def _xps_with(page: str) -> bytes:
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as package:
        package.writestr("FixedDocumentSequence.fdseq", '<FixedDocumentSequence xmlns="http://schemas.microsoft.com/'
                         'xps/2005/06"><DocumentReference Source="Documents/1/FixedDocument.fdoc" /></FixedDocumentSequence>')
        package.writestr("Documents/1/FixedDocument.fdoc", '<FixedDocument xmlns="http://schemas.microsoft.com/xps/'
                         '2005/06"><PageContent Source="Pages/1.fpage" /></FixedDocument>')
        package.writestr("Documents/1/Pages/1.fpage", page)
    return buf.getvalue()


@pytest.mark.parametrize("kind", ["doc", "xls"])
def test_a_report_exported_as_html_under_an_office_name_is_read(kind):
    """A PHP system's export (``Content-Type: application/msword`` or ``vnd.ms-excel`` over an HTML table, as Thai
    e-plan and procurement systems send it): Word and Excel open it; so does the engine, as the document it is."""
    body = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=windows-874"></head><body><table><tr><td>O11</td><td>สรุปผลการจัดซื้อจัดจ้าง '
            'ไตรมาสที่ 1 ปีงบประมาณ พ.ศ. 2569</td><td><a href="files/q1.pdf">ดาวน์โหลด</a></td></tr></table></body></html>'
            ).encode("cp874")
    got = extract_document(kind, body, Limits(), 0, "off")
    assert got.kind == kind and "ไตรมาสที่ 1 ปีงบประมาณ พ.ศ. 2569" in got.text and not got.unread
    from crawler.doclinks import resolve
    assert [link["url"] for link in resolve(got.links, "http://x.go.th/eplan/export.php?id=3") if link["url"]] == \
        ["http://x.go.th/eplan/files/q1.pdf"]


def test_an_rtf_saved_under_a_doc_name_is_read_as_rtf():
    got = extract_document("doc", (FILES / "o5_devplan.rtf").read_bytes(), Limits(), 0, "off")
    assert got.kind == "rtf" and "แผนพัฒนาท้องถิ่น" in got.text and not got.unread
