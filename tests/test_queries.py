"""Auditors' queries, exports (JSON, CSV, XLSX read back) and reports, on a crawled farm."""
import csv
import io
import json

import openpyxl
from click.testing import CliRunner

from oit.cli import main
from reports.agency import agency_report, render_html, render_md, render_xlsx
from storage.findings import query_findings, summary


def cli(crawled, *args):
    result = CliRunner().invoke(main, ["--db", str(crawled.db_path), *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_filters_by_agency_province_item_status(crawled):
    rows = query_findings(crawled.db, agency="huaisai", status=["broken"])
    assert {r["item"] for r in rows} == {"O12", "O21", "O26"}
    korat = query_findings(crawled.db, province="นครราชสีมา", item="o8")
    assert {r["agency_id"] for r in korat} == {"bansample", "huaisai", "sawangdaen"}
    assert all(r["item"] == "O8" for r in korat)


def test_thai_full_text_search(crawled):
    rows = query_findings(crawled.db, search="webboard")
    assert [(r["agency_id"], r["item"]) for r in rows] == [("nongyang", "O8")]
    six = query_findings(crawled.db, search="เดือนไม่ครบ")
    assert {r["agency_id"] for r in six} == {"wangnam"}


def test_search_spans_agencies_items_and_reasons(crawled):
    by_name = query_findings(crawled.db, search="ห้วยทราย")
    assert {r["agency_id"] for r in by_name} == {"huaisai"} and len(by_name) == 43
    by_title = query_findings(crawled.db, search="No Gift", agency="bansample")
    assert {r["item"] for r in by_title} == {"O31", "O32", "O33"}
    assert [r["item"] for r in query_findings(crawled.db, search="o8", agency="nongyang")] == ["O8"]


def test_json_has_one_object_per_finding_with_the_promised_fields(crawled):
    rows = json.loads(cli(crawled, "findings", "--agency", "bansample", "--format", "json"))
    assert len(rows) == 43
    first = rows[0]
    for key in ("run_id", "agency_id", "agency_name", "item", "year", "status", "reason_th", "reason_en", "evidence",
                "checked_at"):
        assert key in first
    assert first["agency_name"] == "องค์การบริหารส่วนตำบลบ้านตัวอย่าง" and first["year"] == 2566


def test_csv_has_bom_and_rows(crawled):
    text = cli(crawled, "findings", "--status", "missing", "--format", "csv")
    assert text.startswith("\ufeffรอบ (run),รหัสหน่วยงาน,หน่วยงาน")
    assert "khokcharoen,องค์การบริหารส่วนตำบลโคกเจริญ" in text and ",O10," in text and ",ไม่พบข้อมูล," in text


def test_xlsx_export_reads_back(crawled, tmp_path):
    out = tmp_path / "f.xlsx"
    cli(crawled, "findings", "--province", "อุดรธานี", "--format", "xlsx", "--out", str(out))
    sheet = openpyxl.load_workbook(out).active
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, [c.value for c in row])) for row in sheet.iter_rows(min_row=2)]
    assert {r["รหัสหน่วยงาน"] for r in rows} == {"thungyai", "wangnam"} and len(rows) == 86
    assert any(r["สถานะ"] == "ไม่ครบถ้วน" and "๖ เดือน" in r["ผลการตรวจ"] for r in rows)


def test_report_in_the_assessors_layout(crawled, tmp_path):
    report = agency_report(crawled.db, "huaisai")
    # the official method: items 100 or 0, OIT = mean of indicators 9 (O1–O30) and 10 (O31–O43)
    statuses = {f["item"]: f["status"] for f in query_findings(crawled.db, agency="huaisai")}
    ind9 = 100 * sum(statuses[f"O{n}"] == "pass" for n in range(1, 31)) / 30
    ind10 = 100 * sum(statuses[f"O{n}"] == "pass" for n in range(31, 44)) / 13
    assert report["score"] == round((round(ind9, 2) + round(ind10, 2)) / 2, 2)
    assert report["scorecard"].verdict_th == ("ผ่าน" if report["score"] >= 85 else "ต้องปรับปรุง")
    html = render_html(report)
    assert "ข้อมูลในเว็บไซต์" in html and "องค์ประกอบด้านข้อมูล" in html and 'id="O12" data-status="broken"' in html
    md = render_md(report)
    assert "| O29 | ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบประจำปี |" in md
    buffer = io.BytesIO()
    render_xlsx(report, buffer)
    sheet = openpyxl.load_workbook(io.BytesIO(buffer.getvalue())).active
    assert any(row[0] == "O12" and row[3] == "เข้าถึงไม่ได้" for row in sheet.iter_rows(values_only=True))
    assert report["scorecard"].verdict_th in html and "ค่าเฉลี่ยของตัวชี้วัดที่ 9 และ 10" in md
    out = cli(crawled, "report", "--agency", "huaisai", "--format", "md", "--out", str(tmp_path / "r.md"))
    assert f"ITA 2566, estimated score {report['score']:g}% ({report['scorecard'].verdict_th})" in out


def test_summary_worst_items_first(crawled):
    groups = summary(crawled.db, by="province")
    udon = groups["อุดรธานี"]
    assert udon["agencies"] == 2
    worst_item, passed, total = udon["items"][0]
    assert passed / total <= min(p / t for _, p, t in udon["items"])
    assert "agencies" in cli(crawled, "summary", "--by", "type")


def test_download_links_keep_a_search_with_ampersand_intact(crawled):
    import html
    import re
    from web.app import create_app
    client = create_app(crawled.db_path).test_client()
    page = client.get("/findings", query_string={"q": "Q&A", "province": "นครราชสีมา"}).get_data(as_text=True)
    href = html.unescape(re.search(r'id="csv" href="([^"]+)"', page).group(1))
    table = list(csv.reader(io.StringIO(client.get(href).get_data(as_text=True).lstrip("\ufeff"))))
    assert len(table) == 4 and all(row[5] == "O8" for row in table[1:])  # O8 "Q&A" at the three Korat agencies
