"""Spreadsheets people use and the printed assessors' report, read back from the files a crawled farm produces."""
import csv
import io
import json
import subprocess
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from oit.cli import main
from reports.agency import agency_report, render_html, render_md
from reports.exports import findings_csv, itas_rows
from storage import open_db
from storage.findings import query_findings

CHROMIUM = Path("/usr/bin/chromium")


def cli(crawled, *args):
    result = CliRunner().invoke(main, ["--db", str(crawled.db_path), *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_findings_xlsx_is_ready_to_filter_click_and_print(crawled, tmp_path):
    out = tmp_path / "f.xlsx"
    cli(crawled, "findings", "--agency", "huaisai", "--format", "xlsx", "--out", str(out))
    sheet = openpyxl.load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert header[:6] == ["รอบ (run)", "รหัสหน่วยงาน", "หน่วยงาน", "จังหวัด", "ประเภท", "ข้อ"]
    assert all(c.font.bold for c in sheet[1]) and sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
    assert sheet.column_dimensions["C"].width >= 30 and sheet.column_dimensions["A"].width < 10
    rows = [dict(zip(header, row)) for row in sheet.iter_rows(min_row=2)]
    o12 = next(r for r in rows if r["ข้อ"].value == "O12")
    assert o12["สถานะ"].value == "เข้าถึงไม่ได้" and o12["status"].value == "broken"
    linked = next(r for r in rows if r["หลักฐานหลัก"].value)
    assert linked["หลักฐานหลัก"].hyperlink.target == linked["หลักฐานหลัก"].value.strip()
    assert isinstance(o12["ตรวจเมื่อ"].value, datetime) and "yy" in o12["ตรวจเมื่อ"].number_format  # a date Excel sorts
    setup = sheet.page_setup
    assert setup.orientation == "landscape" and int(setup.paperSize) == 9
    assert setup.scale >= 70 and sheet.print_title_cols == "$A:$C"  # wide: split across pages, never shrunk past reading
    assert sheet.print_title_rows == "$1:$1"  # the header row repeats on every printed page


def test_findings_csv_has_one_evidence_url_per_line_once_and_thai_statuses(crawled):
    rows = query_findings(crawled.db, agency="huaisai")
    many = next(r for r in rows if len(r["evidence"]) >= 2)
    many = dict(many, evidence=many["evidence"] + many["evidence"][:1])  # the same page found twice
    table = list(csv.DictReader(io.StringIO(findings_csv([many]).lstrip("\ufeff"))))
    cell = table[0]["หลักฐานทั้งหมด"].split("\n")
    assert cell == list(dict.fromkeys(many["evidence"])) and len(cell) >= 2
    assert findings_csv([many]).startswith("\ufeff")  # Excel reads Thai UTF-8 only with the BOM
    assert table[0]["สถานะ"] in {"ผ่าน", "ไม่ครบถ้วน", "ไม่พบข้อมูล", "เข้าถึงไม่ได้", "ไม่ได้ตรวจ"}


def test_matrix_has_a_row_per_agency_a_column_per_item_with_titles_and_scores(crawled, tmp_path):
    out = tmp_path / "m.xlsx"
    cli(crawled, "export", "matrix", "--out", str(out))
    book = openpyxl.load_workbook(out)
    sheet = book["เมทริกซ์"]
    codes = [c.value for c in sheet[1]][6:]
    assert codes[:3] == ["O1", "O2", "O3"] and len(codes) == 43
    titles = [c.value for c in sheet[2]][6:]
    assert titles[7] == "Q&A" and sheet.print_title_rows == "$1:$2" and sheet.freeze_panes == "A3"
    rows = {r[0]: r for r in sheet.iter_rows(min_row=3, values_only=True)}
    assert len(rows) == 9
    assert set(rows["bansample"][6:]) == {"✓"} and rows["bansample"][4] == 100
    assert rows["huaisai"][6 + codes.index("O12")] == "!" and rows["maetha"][4] is None
    assert [r[0] for r in book["คำอธิบาย"].iter_rows(min_row=2, values_only=True)] == ["✓", "◐", "✗", "!", "–"]
    text = cli(crawled, "export", "matrix", "--format", "csv")
    table = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    huaisai = next(r for r in table if r[0] == "huaisai")
    assert huaisai[6 + codes.index("O12")] == "เข้าถึงไม่ได้" and table[1][6 + 7] == "Q&A"


def test_itas_sheet_gives_the_url_to_paste_per_item(crawled, tmp_path):
    findings = {f["item"]: f for f in query_findings(crawled.db, agency="huaisai")}
    rows = {r["item"]: r for r in itas_rows(list(findings.values()))}
    passed = next(code for code, f in findings.items() if f["status"] == "pass" and f["evidence"])
    assert rows[passed]["url"] == findings[passed]["evidence"][0] and not rows[passed]["todo"]
    assert rows["O12"]["url"] == "" and "fix http://www.huaisai.go.th/docs/o12.pdf" in rows["O12"]["todo"]  # broken: fix it first
    out = tmp_path / "itas.xlsx"
    cli(crawled, "export", "itas", "--agency", "huaisai", "--format", "xlsx", "--out", str(out))
    sheet = openpyxl.load_workbook(out).active
    cell = next(row[3] for row in sheet.iter_rows(min_row=2) if row[0].value == passed)
    assert cell.value == findings[passed]["evidence"][0] and cell.hyperlink.target == cell.value
    shown = cli(crawled, "export", "itas", "--agency", "huaisai")
    assert "URL สำหรับกรอกในระบบ ITAS" in shown and findings[passed]["evidence"][0] in shown


def test_report_shows_every_evidence_link_once_and_a_summary(crawled, tmp_path):
    db = open_db(tmp_path / "copy.db")
    crawled.db.conn.backup(db.conn)
    urls = [f"http://www.huaisai.go.th/docs/o{n}.pdf" for n in range(1, 7)]
    db.execute("UPDATE findings SET evidence = ? WHERE agency_id = 'huaisai' AND item = 'O4'", [json.dumps(urls + urls[:2])])
    db.conn.commit()
    report = agency_report(db, "huaisai")
    html = render_html(report)
    o4 = html.split('id="O4"', 1)[1].split("</tr>", 1)[0]
    assert [u for u in urls if u in o4] == urls and o4.count('class="small evidence"') == 6  # all, each once
    assert "[หลักฐาน 6](<http://www.huaisai.go.th/docs/o6.pdf>)" in render_md(report)
    assert "สรุป: ผ่าน" in html and "จาก 43 ข้อ" in html and "<thead>" in html


@pytest.mark.slow
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (apt-get install chromium)")
def test_report_prints_on_a4_landscape_with_the_header_row_on_every_page(crawled, tmp_path):
    import pypdfium2
    page = tmp_path / "report.html"
    page.write_text(render_html(agency_report(crawled.db, "huaisai")), encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    subprocess.run([str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={pdf}",
                    page.as_uri()], capture_output=True, timeout=120, check=True)
    document = pypdfium2.PdfDocument(str(pdf))
    assert len(document) > 3
    for number in range(len(document)):
        width, height = document[number].get_size()
        assert (round(width), round(height)) == (842, 595)  # A4 landscape, in points
        assert "องค์ประกอบด้านข้อมูล" in document[number].get_textpage().get_text_range(), number
