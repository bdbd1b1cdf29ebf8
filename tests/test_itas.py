"""The assessment (issue 23, part 1): ITAS answers imported from the officers' sheet, the submitted URLs crawled
through the real farm, each item judged alone by the engine's own judge, and the scoring sheet."""
from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import openpyxl
import pytest
from click.testing import CliRunner

from farm.server import Farm
from itas.answers import read_answers
from itas.check import check_answers, recheck_disputes
from itas.sheets import COLUMNS, precheck_text, scoring_xlsx
from oit.cli import main
from storage import itas as store
from storage import open_db
from storage.users import add_dispute
from tests.conftest import ROOT, crawl_farm, crawl_settings

pytestmark = pytest.mark.slow  # the farm crawled, ITAS answers crawled again

EXAMPLE = ROOT / "examples" / "itas-answers.csv"
AGENCIES = ["bansample", "huaisai", "phonsawan", "wangnam", "maetha"]


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    """The nightly crawl of five demo agencies, the example answer sheet imported, and one ITAS check of them."""
    db_path = tmp_path_factory.mktemp("itas") / "oit.db"
    with Farm(hang_seconds=4) as farm:
        run_id = crawl_farm(db_path, farm, ids=AGENCIES)
        imported = CliRunner().invoke(main, ["--db", str(db_path), "itas", "import", str(EXAMPLE)])
        db = open_db(db_path)
        runs_before = db.execute("SELECT count(*) FROM runs").fetchone()[0]
        outcome = check_answers(db, db_path, 2566, crawl_settings(farm), AGENCIES)
        # disputes of the nightly findings: this year's plan is elsewhere; a document still dead
        officer = {"username": "officer"}
        add_dispute(db, officer, "bansample", "O11", "แผนปีนี้อยู่ที่หน้านี้", "http://www.bansample.go.th/items/o11.html", 2566)
        add_dispute(db, officer, "huaisai", "O12", "แก้ลิงก์แล้ว", "http://www.huaisai.go.th/docs/o12.pdf", 2566)
        add_dispute(db, officer, "huaisai", "O5", "ดูภาพส่วนท้าย", "", 2566)  # no URL: for the auditor to read
        rechecked = dict(recheck_disputes(db, db_path, crawl_settings(farm)))
    results = {(r.agency_id, r.item): r for r in outcome.results}
    return SimpleNamespace(db_path=db_path, db=db, run_id=run_id, imported=imported, outcome=outcome,
                           results=results, runs_before=runs_before, rechecked=rechecked)


def test_import_reports_every_bad_row_with_its_number(checked):
    assert checked.imported.exit_code == 0, checked.imported.output
    sheet = read_answers(checked.db, EXAMPLE, 2566)
    problems = {p.row: p for p in sheet.problems}
    assert problems[389].code == "agency" and not problems[389].imported  # nosuchsao
    assert problems[390].code == "item" and not problems[390].imported  # O44 is not in ITA 2566
    assert problems[391].code == "answer" and not problems[391].imported  # "บางส่วน"
    assert problems[73].code == "no_url" and problems[73].imported  # huaisai O29: มี without a URL
    assert problems[354].code == "outside" and problems[354].imported  # wangnam O9 on www.example.com
    assert len(sheet.answers) == 9 * 43  # every placeable row kept
    assert "แถว/row 389" in checked.imported.output and "nosuchsao" in checked.imported.output


def test_a_check_is_not_a_nightly_run(checked):
    """The check crawls into a database of its own: reports, diffs and alerts never read it as the latest run."""
    assert checked.db.execute("SELECT count(*) FROM runs").fetchone()[0] == checked.runs_before
    assert Path(f"{checked.db_path}.itas.sqlite").exists()


def test_every_zero_has_a_reason_and_a_fix(checked):
    zeros = [r for r in checked.outcome.results if r.score == 0]
    assert zeros
    for result in zeros:
        assert result.reason_th and result.fix_th and result.fix_en, result


def test_the_judge_is_the_nightly_engine(checked):
    """Where the agency gives the URL the nightly crawl judged, the ITAS result is the nightly finding."""
    agreed = 0
    for (agency_id, item), result in checked.results.items():
        nightly = checked.db.execute("SELECT status, evidence FROM findings WHERE run_id = ? AND agency_id = ? "
                                     "AND item = ?", [checked.run_id, agency_id, item]).fetchone()
        answer = checked.db["itas_answers"].get((agency_id, 2566, item))
        urls = json.loads(answer["urls"])
        if nightly and urls and urls[0] == (json.loads(nightly[1]) or [None])[0] and nightly[0] in ("pass", "partial",
                                                                                                   "broken"):
            assert result.status == nightly[0], (agency_id, item, result.reason_en)
            agreed += 1
    assert agreed > 100


def test_consultants_cases(checked):
    r = checked.results
    # last year's report given for this year's plan: 0, and where the nightly crawl found this year's
    assert r["bansample", "O11"].score == 0 and r["bansample", "O11"].status == "partial"
    assert "items/o11.html" in r["bansample", "O11"].elsewhere_th and "items/o11.html" in r["bansample", "O11"].fix_th
    # the agency's ITA index given: the item's row is what a consultant opens
    assert r["phonsawan", "O1"].score == 100 and any("row O1" in s for s in r["phonsawan", "O1"].signals)
    # a Drive file given: read as the nightly crawl reads it, no false alarm
    assert r["phonsawan", "O13"].score == 100
    assert r["huaisai", "O12"].status == "broken" and "404" in r["huaisai", "O12"].reason_th
    assert r["huaisai", "O29"].score == 0 and "URL" in r["huaisai", "O29"].reason_th
    assert r["huaisai", "O38"].reason_th == "หน่วยงานตอบว่าไม่มีข้อมูล"
    assert r["wangnam", "O9"].score == 0 and "www.example.com" in r["wangnam", "O9"].reason_th
    # a site down during the check: nothing was read, so no score (never 0)
    assert all(r["maetha", f"O{n}"].score is None and r["maetha", f"O{n}"].status == "unchecked" for n in range(1, 44))
    assert all(r["bansample", f"O{n}"].score == 100 for n in range(1, 44) if n != 11)


def test_scoring_sheet_per_batch_and_agency(checked, tmp_path):
    rows = store.results(checked.db, 2566, AGENCIES)
    scoring_xlsx(rows, tmp_path / "batch.xlsx")
    book = openpyxl.load_workbook(tmp_path / "batch.xlsx")
    assert book.sheetnames == ["สรุป"] + sorted(AGENCIES)
    sheet = book["huaisai"]
    header = [c.value for c in sheet[1]]
    assert header == [h for _, h, _ in COLUMNS]
    col = {h: i for i, h in enumerate(header)}
    zeros = [row for row in sheet.iter_rows(min_row=2, values_only=True) if row[col["ผล (100/0)"]] == 0]
    assert len(zeros) == 6 and all(row[col["เหตุผล"]] and row[col["ข้อเสนอแนะการแก้ไข"]] for row in zeros)
    maetha = [row[col["ผล (100/0)"]] for row in book["maetha"].iter_rows(min_row=2, values_only=True)]
    assert set(maetha) == {"ต้องตรวจด้วยตนเอง"}
    summary = {row[0]: row for row in book["สรุป"].iter_rows(min_row=2, values_only=True)}
    assert summary["maetha"][-1] is None and summary["bansample"][4:6] == (42, 1)
    runner = CliRunner().invoke(main, ["--db", str(checked.db_path), "itas", "sheet", "--agency", "huaisai",
                                       "--year", "2566", "--out", str(tmp_path / "one.xlsx")])
    assert runner.exit_code == 0 and openpyxl.load_workbook(tmp_path / "one.xlsx").sheetnames == ["huaisai"]


def test_a_dispute_is_checked_again(checked):
    assert sorted(checked.rechecked) == [1, 2]  # the dispute without a URL waits for a person
    disputes = {d["id"]: d for d in checked.db["disputes"].rows}
    assert disputes[1]["result_score"] == 100 and disputes[1]["checked_at"]
    assert disputes[2]["result_score"] == 0 and "404" in disputes[2]["result_reason_th"] and disputes[2]["result_fix_th"]
    assert disputes[3]["checked_at"] is None and disputes[3]["state"] == "open"


def test_officer_precheck(checked, tmp_path):
    text = precheck_text(store.results(checked.db, 2566, ["huaisai"]))
    assert "6 of your 43 answers would score 0" in text and "O12" in text and "แก้ไข:" in text
    cli = ["--db", str(checked.db_path), "itas", "precheck", "--agency", "huaisai", "--out", str(tmp_path / "h.xlsx")]
    shown = CliRunner().invoke(main, cli)
    assert shown.exit_code == 0 and "จะได้ 0 คะแนน ๖ ข้อ" in shown.output and (tmp_path / "h.xlsx").exists()


def test_officer_sheet_round_trips(checked, tmp_path):
    """oit export itas → the officer edits a URL → oit itas import: the answers are what the sheet says."""
    out = tmp_path / "huaisai-itas.xlsx"
    cli = ["--db", str(checked.db_path)]
    exported = CliRunner().invoke(main, cli + ["export", "itas", "--agency", "huaisai", "--format", "xlsx", "--out", str(out)])
    assert exported.exit_code == 0, exported.output
    book = openpyxl.load_workbook(out)
    sheet = book.active
    header = [c.value for c in sheet[1]]
    item_col, url_col = header.index("ข้อ") + 1, header.index("URL สำหรับกรอกในระบบ ITAS") + 1
    expected = {}
    for number in range(2, sheet.max_row + 1):
        item, url = sheet.cell(number, item_col).value, sheet.cell(number, url_col).value or ""
        if item == "O12":  # the officer repairs the dead link before submitting
            url = "http://www.huaisai.go.th/items/o11.html"
            sheet.cell(number, url_col).value = url
        expected[item] = url
    book.save(out)
    imported = CliRunner().invoke(main, cli + ["itas", "import", str(out), "--agency", "huaisai", "--year", "2566"])
    assert imported.exit_code == 0, imported.output
    stored = {a["item"]: a for a in store.answers(checked.db, 2566, ["huaisai"])}
    assert len(stored) == len(expected) == 43
    for item, url in expected.items():
        assert stored[item]["urls"] == ([url] if url else []) and stored[item]["answer"] == ("yes" if url else "no")
    assert stored["O12"]["urls"] == ["http://www.huaisai.go.th/items/o11.html"]
    # judged on the old answer: its result is dropped until the next check
    assert all(r["status"] is None for r in store.results(checked.db, 2566, ["huaisai"]))
    # CSV too, and without --agency the export's sheet is refused with a clear message
    csv_out = tmp_path / "huaisai-itas.csv"
    CliRunner().invoke(main, cli + ["export", "itas", "--agency", "huaisai", "--format", "csv", "--out", str(csv_out)])
    again = CliRunner().invoke(main, cli + ["itas", "import", str(csv_out), "--agency", "huaisai", "--year", "2566"])
    assert again.exit_code == 0 and "imported 43 answers" in again.output
    refused = CliRunner().invoke(main, cli + ["itas", "import", str(csv_out), "--year", "2566"])
    assert refused.exit_code == 1 and "--agency" in refused.output


def test_answer_cells_as_officers_write_them(tmp_path):
    """Item codes as written ("o05", "O.8", "ข้อ ๙"), several URLs in a cell, an answer left empty, the host the site
    moved to and the social-network item's own hosts; a repeated row keeps the later one."""
    from storage.agencies import import_agencies
    from tests.conftest import FARM_REGISTRY

    db = open_db(tmp_path / "oit.db")
    import_agencies(db, FARM_REGISTRY)
    db.execute("UPDATE agencies SET moved_to = 'www.huaisai-new.go.th' WHERE id = 'huaisai'")
    sheet = tmp_path / "answers.csv"
    sheet.write_text(
        "รหัสหน่วยงาน,ข้อ,คำตอบ,URL,คำอธิบายเพิ่มเติม\n"
        'huaisai,o05,,"http://www.huaisai.go.th/items/o05.html\nhttps://drive.google.com/file/d/x/view",ดูแผนที่\n'
        "huaisai,O.8,มี,https://www.huaisai-new.go.th/webboard/,\n"
        "huaisai,ข้อ ๙,Yes,https://www.facebook.com/huaisai,\n"
        "huaisai,O10,มี,https://www.facebook.com/huaisai,\n"
        "huaisai,O11,ไม่มี,,\n"
        "huaisai,O11,มี,http://huaisai.go.th/items/o11.html,\n", encoding="utf-8")
    read = read_answers(db, sheet, 2566)
    answers = {a.item: a for a in read.answers}
    assert answers["O5"].answer == "yes" and len(answers["O5"].urls) == 2 and not answers["O5"].problem
    assert not answers["O8"].problem and not answers["O9"].problem  # the moved host; Facebook for Social Network
    assert "www.facebook.com" in answers["O10"].problem  # but not for the personal-data policy
    assert answers["O11"].answer == "yes" and answers["O11"].row == 8  # lines of the file: O5 takes two
    assert [(p.row, p.code) for p in read.problems] == [(6, "outside"), (7, "repeated")]
