"""Bounds the round-9 probe left alone, squeezed (``python -m benchmarks.accuracy --crawl KEY=VALUE``): the time
budget per agency, rendering, OCR pages per document, the unzipped size of office files… Agreement falls as each
bound bites; a false alarm must never appear: what a bound left unread is ``unchecked``, never ``missing`` or
``broken``."""
from __future__ import annotations

import json

import pytest

from rules.engine import evaluate_agency
from rules.rulebook import load_rulebook
from tests.conftest import judge_fixture_sites
from tests.test_judging import link, page
from tests.test_tight_bounds import alarms_and_cuts


def _contact_finding(**cut):
    """A home page whose menu's "ติดต่อเรา" is dead (404), the item's own page never reached."""
    dead = dict(page("http://x.go.th/contact.html", "", depth=1), status=404, error="http_404")
    home = page("http://x.go.th/", "หน้าแรก องค์การบริหารส่วนตำบลตัวอย่าง ยินดีต้อนรับ ข่าวประชาสัมพันธ์ล่าสุด",
                [link(dead["url"], "ติดต่อเรา", zone="nav")], depth=0)
    return {f.item: f for f in evaluate_agency(load_rulebook(2566), [home, dead], **cut)}["O5"]


def test_a_dead_menu_link_on_a_crawl_cut_short_is_no_broken_item():
    """agency_seconds=8: the time ran out before "ข้อมูลการติดต่อ" under "เกี่ยวกับเรา" was reached; only the menu's
    dead "ติดต่อเรา" was seen. Before: O5 broken (khokcharoen); the item's page may be among what was not reached."""
    assert _contact_finding().status == "broken"  # the whole site read: the only contact link is dead
    timed_out = _contact_finding(timed_out=True)
    assert (timed_out.status, timed_out.reason_code) == ("unchecked", "timed_out")
    assert "http://x.go.th/contact.html" in timed_out.evidence
    budget = _contact_finding(unvisited=30)
    assert (budget.status, budget.reason_code) == ("unchecked", "budget_unvisited")


def _workbook(rows: int) -> bytes:
    import io

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for number in range(1, rows + 1):
        sheet.append([f"O{number}", f"รายการที่ {number}", f"https://www.x.go.th/files/o{number}.pdf"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_workbook_read_up_to_its_row_bound_says_so():
    from crawler.extract import parse_xlsx

    assert parse_xlsx(_workbook(10)).cut == ""
    cut = parse_xlsx(_workbook(10), max_rows=3)
    assert cut.cut == "rows_cut" and "O3" in cut.text and "O9" not in cut.text
    assert parse_xlsx(_workbook(10), max_cells=12).cut == "rows_cut"


def test_an_excel_97_workbook_read_up_to_its_row_bound_says_so():
    from crawler.documents import Limits, extract_document
    from tests.test_reading_documents import BORPHONG

    body = (BORPHONG / "O6-actionplan.xls").read_bytes()
    whole = extract_document("xls", body, Limits(workers=1))
    assert whole.cut == "" and "2569" in whole.text
    cut = extract_document("xls", body, Limits(workers=1, max_rows=2))
    assert cut.cut == "rows_cut" and cut.text and cut.text != whole.text


def _index_workbook_findings(part_unread: str | None) -> dict:
    """The ITA index is a workbook linked from the home page; its first rows (O1, O2) were read."""
    rulebook = load_rulebook(2569)
    book = page("http://x.go.th/files/ita2569.xlsx", "O1 โครงสร้าง O2 ข้อมูลผู้บริหาร",
                [], kind="xlsx", part_unread=part_unread)
    home = page("http://x.go.th/", "หน้าแรก องค์การบริหารส่วนตำบลตัวอย่าง ยินดีต้อนรับ",
                [link(book["url"], "ITA 2569 การเปิดเผยข้อมูลสาธารณะ (ไฟล์ Excel)")], depth=0)
    return {f.item: f for f in evaluate_agency(rulebook, [home, book])}


def test_an_index_workbook_cut_at_its_rows_leaves_its_items_unchecked():
    """max_rows=3: nongbuadaeng's ITA 2569 index is a workbook; its rows past the bound were never seen. Before, 18
    items it lists came back missing (not found); now they may be in the rows not read."""
    whole = _index_workbook_findings(None)
    assert whole["O23"].status == "missing"  # the whole workbook read and O23 nowhere: missing
    cut = _index_workbook_findings("rows_cut")
    assert (cut["O23"].status, cut["O23"].reason_code) == ("unchecked", "coverage.rows_cut")
    assert "http://x.go.th/files/ita2569.xlsx" in cut["O23"].evidence


def test_a_document_linked_for_one_item_and_cut_holds_only_that_item():
    """A scanned plan read on its first page only (crawl.ocr_doc_pages) is a place for the item its link names,
    not for every item."""
    rulebook = load_rulebook(2569)
    plan = page("http://x.go.th/files/o23.pdf", "แผนปฏิบัติการป้องกันการทุจริต", [], kind="pdf", part_unread="scans_cut")
    home = page("http://x.go.th/", "หน้าแรก องค์การบริหารส่วนตำบลตัวอย่าง ยินดีต้อนรับ",
                [link(plan["url"], "แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2569")], depth=0)
    got = {f.item: f for f in evaluate_agency(rulebook, [home, plan])}
    assert got["O23"].status != "missing"
    assert got["O5"].status == "missing"  # the contact item is no part of a plan: the cut plan is no place for it


@pytest.mark.slow
def test_an_index_workbook_squeezed_to_three_rows_raises_no_false_alarm(tmp_path):
    judged = judge_fixture_sites(tmp_path / "oit.db", ["www.nongbuadaeng-sao.go.th"], 2569, max_rows=3, max_cells=40)
    alarms, cut = alarms_and_cuts(judged, "rows_cut")
    assert not alarms
    assert cut >= 5
    coverage = json.loads(judged.db["run_agencies"].get((judged.run_id, judged.sites[0].agency))["coverage"])
    assert coverage["unread"].get("rows_cut")  # the coverage record tells the auditor


def test_a_scan_read_up_to_its_ocr_page_budget_says_so():
    """crawl.ocr_doc_pages=1 on a two-page scanned plan: the first page read, the second not. Before, the document
    was judged as if its first page were all of it."""
    from crawler.documents import Limits, extract_document
    from crawler.ocr import missing
    from farm.server import SITES_DIR

    if missing():
        pytest.skip(f"OCR: {missing()}")
    body = (SITES_DIR / "www.banrai-sao.go.th" / "scan" / "o11.pdf").read_bytes()
    part = extract_document("pdf", body, Limits(workers=1), ocr_pages=1)
    assert part.cut == "scans_cut" and "แผนดำเนินงาน" in part.text and not part.unread
    whole = extract_document("pdf", body, Limits(workers=1), ocr_pages=20)
    assert whole.cut == "" and len(whole.text) > len(part.text)
    assert extract_document("pdf", body, Limits(workers=1), ocr_pages=0).cut == ""  # nothing read: unread, not in part


@pytest.mark.slow
def test_a_pdf_read_up_to_its_page_bound_says_so():
    """A year's report bound into one PDF (bangpla's 27-page OIT report), read up to a page bound: its last items'
    parts were never read."""
    from crawler.extract import parse_pdf
    from farm.server import SITES_DIR

    body = (SITES_DIR / "www.bangpla-sao.go.th" / "uploads" / "ita2569" / "oit2569-report.pdf").read_bytes()
    whole, part = parse_pdf(body), parse_pdf(body, max_pages=2)
    assert whole.cut == "" and part.cut == "pages_cut" and 0 < len(part.text) < len(whole.text)


def _report_finding(read_report: bool):
    """An O24 item page read; the report it links (depth 3 at max_depth=2) opened or not."""
    rulebook = load_rulebook(2569)
    item_page = page("http://x.go.th/ita/o24.html", "O24 รายงานผลการดำเนินการป้องกันการทุจริตประจำปี",
                     [link("http://x.go.th/files/o24-2568.pdf", "ดาวน์โหลดเอกสาร")])
    home = page("http://x.go.th/", "หน้าแรก องค์การบริหารส่วนตำบลตัวอย่าง",
                [link(item_page["url"], "O24 รายงานผลการดำเนินการป้องกันการทุจริตประจำปี")], depth=0)
    report = page("http://x.go.th/files/o24-2568.pdf", "รายงานผลการดำเนินการตามแผนป้องกันการทุจริต ประจำปีงบประมาณ "
                  "พ.ศ. 2568 ผลการดำเนินการ โครงการ กิจกรรม งบประมาณ ปัญหาอุปสรรค ข้อเสนอแนะ " * 4, kind="pdf")
    pages = [home, item_page] + ([report] if read_report else [])
    return {f.item: f for f in evaluate_agency(rulebook, pages)}["O24"]


def test_an_item_page_read_without_the_report_it_links_is_not_found_lacking():
    """max_depth=2 max_pages=60: 220 items expected pass came back partial ("incomplete: no recruitment, …") from
    their item page alone, the PDF it links never opened. What the page lacks may be in the report."""
    left = _report_finding(read_report=False)
    assert (left.status, left.reason_code) == ("unchecked", "coverage.not_visited")
    assert "http://x.go.th/files/o24-2568.pdf" in left.evidence
    assert _report_finding(read_report=True).status == "pass"
