"""The engine against the farm: every item verdict agrees with the site's expected.yaml."""
import json
from pathlib import Path

import pytest
import yaml

from rules.engine import evaluate_agency
from rules.rulebook import load_rulebook

# the demo farm's sites (the corpus of other publishing styles is measured in test_accuracy.py)
SITES = [p for p in sorted((Path(__file__).resolve().parent.parent / "farm" / "sites").glob("*/expected.yaml"))
         if "style" not in yaml.safe_load(p.read_text(encoding="utf-8"))]


def findings(crawled, agency):
    return {r["item"]: r for r in crawled.db["findings"].rows_where("run_id = ? AND agency_id = ?", [crawled.run_id, agency])}


@pytest.mark.parametrize("expected_file", SITES, ids=lambda p: p.parent.name)
def test_item_statuses_agree_with_the_assessor(crawled, expected_file):
    expected = yaml.safe_load(expected_file.read_text(encoding="utf-8"))
    got = findings(crawled, expected["agency"])
    wrong = {code: (want["status"], got[code]["status"], got[code]["reason_th"])
             for code, want in expected["items"].items() if got[code]["status"] != want["status"]}
    assert not wrong


def test_reasons_use_the_assessors_words(crawled):
    assert findings(crawled, "bansample")["O1"]["reason_th"] == "มีข้อมูลครบถ้วน"
    assert findings(crawled, "khokcharoen")["O10"]["reason_th"] == "ไม่พบข้อมูล"
    webboard = findings(crawled, "nongyang")["O8"]
    assert webboard["status"] == "broken" and webboard["reason_th"].startswith("ไม่สามารถเข้าถึง webboard ได้")
    assert "timeout" in webboard["reason_en"]
    six = findings(crawled, "wangnam")["O12"]
    assert six["reason_th"].startswith("ข้อมูล ๖ เดือนไม่ครบถ้วน") and "มี.ค." in six["reason_th"]
    assert "Mar" in six["reason_en"]


def test_wrong_fiscal_year_is_named_in_thai_digits(crawled):
    plan = findings(crawled, "thungyai")["O4"]
    assert plan["status"] == "partial"
    assert "ไม่มีข้อมูลปี พ.ศ. ๒๕๖๖" in plan["reason_th"] and "๒๕๖๕" in plan["reason_th"]
    assert "no data for B.E. 2566 (found 2565)" == plan["reason_en"]


def test_ita_index_pages_are_used_first_and_the_current_years_wins(crawled):
    o1 = findings(crawled, "thungyai")["O1"]
    signals = json.loads(o1["signals"])
    assert signals[0].startswith("index page http://www.thungyai.go.th/ita/2566.html")
    assert not any("ita/2565" in s for s in signals)
    thai_codes = json.loads(findings(crawled, "nongyang")["O5"]["signals"])
    assert thai_codes[0].startswith("index page") and "ข้อ ๕" in thai_codes[0]


def test_broken_and_placeholder_links(crawled):
    huaisai = findings(crawled, "huaisai")
    assert huaisai["O12"]["status"] == "broken" and "HTTP 404" in huaisai["O12"]["reason_th"]
    assert huaisai["O12"]["evidence"] == '["http://www.huaisai.go.th/docs/o12.pdf"]'
    assert huaisai["O29"]["status"] == "missing" and "(#)" in huaisai["O29"]["reason_th"]
    assert "โทรสาร" in huaisai["O5"]["reason_th"] and "แผนที่" in huaisai["O5"]["reason_th"]


def test_outside_documents(crawled):
    phonsawan = findings(crawled, "phonsawan")
    assert phonsawan["O13"]["status"] == "pass"
    assert "drive.google.com" in phonsawan["O13"]["evidence"]


def test_site_down_means_every_item_unchecked(crawled):
    down = findings(crawled, "maetha")
    assert {f["status"] for f in down.values()} == {"unchecked"}
    assert down["O1"]["reason_th"].startswith("เข้าถึงเว็บไซต์ไม่ได้")


def test_no_false_alarm_anywhere_on_the_farm(crawled):
    """A missing/broken verdict for an item the site really has would tell an agency to fix what works."""
    for expected_file in SITES:
        expected = yaml.safe_load(expected_file.read_text(encoding="utf-8"))
        got = findings(crawled, expected["agency"])
        for code, want in expected["items"].items():
            if want["status"] in {"pass", "partial"}:
                assert got[code]["status"] not in {"missing", "broken"}, (expected["agency"], code)


def test_evaluation_without_pages_or_with_a_dead_site():
    book = load_rulebook(2566)
    assert {f.status for f in evaluate_agency(book, [], "unreachable", "connection: refused")} == {"unchecked"}
