"""Year rules are data: every year an item's components name is enforced by a check, in every rulebook;
the year-rule checks judge fiscal-year windows; the default year follows the calendar."""
import copy
import re
from datetime import date

import pytest

from rules.checks import CHECKS, Doc, Evidence
from rules.families import default_year, fiscal_year
from rules.rulebook import RULEBOOK_DIR, load_rulebook, rulebook_files
from rules.thai import Text, normalize

YEAR_CHECKS = {"mentions_year", "covers_year", "mentions_year_near"}
MONTH_CHECKS = {"covers_months", "covers_period"}
NAMED_YEAR = re.compile(r"ปี(?:งบประมาณ)?\s?(?:พ\.ศ\.)?\s?(25\d\d)(?!\d)")
SIX_MONTHS = re.compile(r"(?:รอบ|ใน)\s?6\s?เดือน|6\s?เดือนแรก|ครึ่งปีแรก")


def wanted_years(item, year: int) -> set[int]:
    found = set()
    for spec in item.checks:
        if spec["check"] in YEAR_CHECKS:
            which = spec.get("year", "previous" if spec["check"] == "mentions_year_near" else "current")
            found |= {which} if isinstance(which, int) else \
                {"current": {year}, "previous": {year - 1}, "current_or_previous": {year, year - 1}}[which]
    return found


def unenforced(book) -> list[str]:
    """Each year phrase in an item's components that no check of the item enforces."""
    problems = []
    for item in book.items:
        checks = {spec["check"] for spec in item.checks}
        quarters = {q for spec in item.checks if spec["check"] == "covers_period" for q in spec.get("quarters", [])}
        for component in item.components_th:
            text = normalize(component)
            where = f"{book.path.name} {item.code}: {component[:50]!r}"
            for year in map(int, NAMED_YEAR.findall(text)):
                if year not in wanted_years(item, book.year):
                    problems.append(f"{where} names {year}; checks want {sorted(wanted_years(item, book.year))}")
            if ("ประจำปี" in text or "ปีงบประมาณ" in text) and not checks & YEAR_CHECKS:
                problems.append(f"{where} says ประจำปี/ปีงบประมาณ but no check enforces a year")
            if SIX_MONTHS.search(text) and not checks & MONTH_CHECKS:
                problems.append(f"{where} says รอบ ๖ เดือน but no check enforces the months")
            if "ไตรมาส" in text and not (quarters or "covers_months" in checks):
                problems.append(f"{where} names a quarter but no check enforces quarters")
    return problems


@pytest.mark.parametrize("path", rulebook_files(), ids=lambda p: p.name)
def test_every_year_named_in_components_is_enforced(path):
    assert not unenforced(load_rulebook(path))


def test_the_year_test_catches_a_component_without_its_check():
    book = copy.deepcopy(load_rulebook(2569))  # loaded rulebooks are cached: never change the shared one
    book.item("O12").checks = [{"check": "has_content"}]
    book.item("O7").checks = [{"check": "has_content"}, {"check": "mentions_year", "year": "current"}]
    book.item("O11").checks = [{"check": "has_content"}, {"check": "mentions_year", "year": "current"}]
    problems = "\n".join(unenforced(book))
    assert "O12" in problems and "ประจำปี" in problems
    assert "O7" in problems and "names 2568; checks want [2569]" in problems
    assert "O11" in problems and "quarter" in problems


def evidence(text: str, year: int) -> Evidence:
    return Evidence([Doc(url="http://x.go.th/d.pdf", kind="pdf", text=Text(text))], year)


def run(name: str, text: str, fiscal: int = 2569, **params):
    return CHECKS[name].run(evidence(text, fiscal), **params)


def test_first_half_by_months_or_by_quarter_names():
    assert run("covers_period", "รายงานรอบ 6 เดือน (ต.ค. 68 - มี.ค. 69)", period="first_half").ok
    assert run("covers_period", "สรุปผล ไตรมาสที่ ๑ และ ไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๙", period="first_half").ok
    short = run("covers_period", "ตุลาคม พฤศจิกายน ธันวาคม 2568 มกราคม 2569", period="first_half")
    assert not short.ok and short.th.startswith("ข้อมูล ๖ เดือนไม่ครบถ้วน") and "ก.พ." in short.th and "Mar" in short.en


def test_quarter_windows():
    assert run("covers_period", "ไตรมาส 1 ไตรมาส 2 ไตรมาส 3", quarters=[1, 2, 3]).ok
    missing = run("covers_period", "Q1 Q2 Q3 เมษายน", quarters=[1, 2, 3, 4])
    assert not missing.ok and "ไตรมาสที่ ๔" in missing.th and "quarter 4" in missing.en


def test_multi_year_plan_covers_the_year():
    assert run("covers_year", "แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ – ๒๕๗๐)").ok
    old = run("covers_year", "แผนพัฒนาท้องถิ่น (พ.ศ. 2561 - 2565)")
    assert not old.ok and "๒๕๖๙" in old.th


def test_a_plans_own_period_decides_over_the_page_that_links_it():
    post = Doc("http://x.go.th/ita2569-o5/", "html", Text("O5 แผนพัฒนาท้องถิ่น ประจำปีงบประมาณ พ.ศ. 2569 ดาวน์โหลด"))
    plan = Doc("http://x.go.th/o5.pdf", "pdf", Text("แผนพัฒนาท้องถิ่นสี่ปี (พ.ศ. 2561 – 2565) ระยะเวลาของแผน"))
    old = CHECKS["covers_year"].run(Evidence([post, plan], 2569))
    assert not old.ok and "2565" in old.en
    current = Doc("http://x.go.th/o5.pdf", "pdf", Text("แผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570)"))
    assert CHECKS["covers_year"].run(Evidence([post, current], 2569)).ok
    undated = Doc("http://x.go.th/o5.pdf", "pdf", Text("แผนพัฒนาท้องถิ่น วิสัยทัศน์ ยุทธศาสตร์"))
    assert CHECKS["covers_year"].run(Evidence([post, undated], 2569)).ok  # a plan naming no year: the page dates it


def test_analysis_of_last_years_ita_result():
    assert run("mentions_year_near", "การวิเคราะห์ผลการประเมิน ITA ประจำปี 2568 และแนวทางพัฒนา", near=["ITA"]).ok
    stale = run("mentions_year_near", "ผลการประเมิน ITA 2567 … แผนปี 2568 งบประมาณ", near=["ITA"], window=12)
    assert not stale.ok and "ITA" in stale.th


def test_year_rules_move_on_with_the_rulebook_year():
    text = "รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2569"
    assert CHECKS["mentions_year"].run(evidence(text, 2570), year="previous").ok
    assert not CHECKS["mentions_year"].run(evidence(text, 2569), year="previous").ok


def test_fiscal_and_default_year():
    assert fiscal_year(date(2026, 11, 22)) == 2570 and fiscal_year(date(2026, 3, 31)) == 2569
    assert default_year(date(2026, 11, 22)) == 2570  # a (carried-forward, unverified) rulebook exists for 2570
    assert default_year(date(2031, 1, 1)) == 2566  # no rulebook for 2574: the newest verified one
    assert load_rulebook(2570).status == "unverified" and load_rulebook(2569).status == "provisional"
    assert (RULEBOOK_DIR / "moit2570.yaml").exists()
