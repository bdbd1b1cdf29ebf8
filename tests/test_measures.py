"""The agency's measures and follow-up report, drafted from two real crawls of the farm (an item fixed between)."""
import shutil

import docx
import openpyxl
import pytest
from click.testing import CliRunner

from farm.server import Farm
from oit.cli import main
from reports.measures import FOLLOW_UP_COLUMNS, MEASURE_COLUMNS, draft_measures
from storage import open_db
from tests.conftest import crawl_farm


@pytest.fixture(scope="module")
def two_nights(tmp_path_factory):
    from farm.server import SITES_DIR
    sites = tmp_path_factory.mktemp("sites") / "sites"
    shutil.copytree(SITES_DIR, sites)
    db_path = tmp_path_factory.mktemp("measures") / "oit.db"
    with Farm(sites, hang_seconds=5) as farm:
        first = crawl_farm(db_path, farm, ids=["huaisai"])
        shutil.copy(SITES_DIR / "www.bansample.go.th/docs/o12.pdf", sites / "www.huaisai.go.th/docs/o12.pdf")  # fixed
        second = crawl_farm(db_path, farm, ids=["huaisai"])
    return db_path, first, second


def statuses(db, run_id):
    return {r["item"]: r["status"] for r in db.query("SELECT item, status FROM findings WHERE run_id = ? "
                                                      "AND agency_id = 'huaisai'", [run_id])}


def test_measures_follow_the_findings_and_the_history(two_nights):
    db_path, first, second = two_nights
    db = open_db(db_path)
    before, after = statuses(db, first), statuses(db, second)
    draft = draft_measures(db, "huaisai")
    assert draft.run["id"] == first and draft.latest["id"] == second
    steps = {s.code: s for m in draft.measures for s in m.steps}
    # one step per item failing in the first night, none for the others; unchecked items are never a measure
    assert set(steps) == {code for code, status in before.items() if status in ("partial", "missing", "broken")}
    assert not {s.code for s in draft.unchecked} & set(steps)
    assert before["O12"] != "pass" and after["O12"] == "pass"
    fixed = steps["O12"]
    assert fixed.fixed_on is not None and "ดำเนินการแล้ว" in fixed.outcome and "http" in fixed.result
    for code, step in steps.items():
        if after.get(code) != "pass":  # no claim the history does not show
            assert step.fixed_on is None and "ดำเนินการแล้ว" not in step.outcome, code
    # measures are grouped by sub-indicator, each step in item order
    for measure in draft.measures:
        numbers = [int(s.code[1:]) for s in measure.steps]
        assert numbers == sorted(numbers)


def test_documents_have_the_seeds_columns(two_nights, tmp_path, monkeypatch):
    db_path, first, second = two_nights
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["--db", str(db_path), "measures", "--agency", "huaisai"])
    assert result.exit_code == 0, result.output
    assert "fixed since: 1" in result.output
    document = docx.Document(tmp_path / "measures-huaisai.docx")
    measures_table, *_, follow_table = document.tables
    assert [c.text for c in measures_table.rows[0].cells] == MEASURE_COLUMNS
    assert [c.text for c in follow_table.rows[0].cells] == FOLLOW_UP_COLUMNS
    text = "\n".join(p.text for p in document.paragraphs)
    assert "องค์การบริหารส่วนตำบลห้วยทราย" in text and "พ.ศ. ๒๕๖๖" in text  # the agency and B.E. year in the heading
    follow_text = "\n".join(c.text for row in follow_table.rows[1:] for c in row.cells)
    assert "O12: ดำเนินการแล้ว" in follow_text and "ยังไม่พบการแก้ไข" in follow_text
    book = openpyxl.load_workbook(tmp_path / "measures-huaisai.xlsx")
    assert book.sheetnames == ["มาตรการ", "ติดตามผล"]
    rows = list(book["ติดตามผล"].iter_rows(values_only=True))
    assert list(next(r for r in rows if r[0] == "ลำดับ")) == FOLLOW_UP_COLUMNS
    assert len([r for r in rows if r[0] and r[0] != "ลำดับ" and r[1]]) == len(measures_table.rows) - 1


def test_an_agency_without_a_complete_run_is_a_clear_error(two_nights):
    db_path, *_ = two_nights
    result = CliRunner().invoke(main, ["--db", str(db_path), "measures", "--agency", "bansample"])
    assert result.exit_code == 1 and "no complete run judged bansample" in result.output
