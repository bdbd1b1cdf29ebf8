import subprocess
import sys

import pytest
import yaml

from rules.rulebook import RULEBOOK_DIR, RulebookError, available_years, load_rulebook


def test_bundled_rulebooks_load_with_their_item_lists():
    assert {2565, 2566, 2567, 2568}.issubset(available_years())
    for year, count in ((2565, 43), (2566, 43), (2567, 43), (2568, 26)):
        book = load_rulebook(year)
        assert [i.code for i in book.items] == [f"O{n}" for n in range(1, count + 1)]
    assert load_rulebook(2568).provisional
    assert load_rulebook(2568).item("O22").title_th == "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา"


def test_years_differ_like_the_seeds_say():
    assert load_rulebook(2565).item("O10").title_th.startswith("แผนการดำเนินงาน")
    assert load_rulebook(2566).item("O10").title_th == "นโยบายคุ้มครองข้อมูลส่วนบุคคล"
    assert load_rulebook(2567).provisional and not load_rulebook(2566).provisional


def broken_copy(tmp_path, mutate) -> str:
    data = yaml.safe_load((RULEBOOK_DIR / "ita2566.yaml").read_text(encoding="utf-8"))
    mutate(data)
    path = tmp_path / "ita2566-broken.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return str(path)


def test_every_mistake_is_reported_with_file_item_and_key(tmp_path):
    def mutate(data):
        data["items"][7]["checks"][0]["check"] = "interactiv"
        data["items"][3]["find"]["url_patterns"] = ["(unclosed"]
        data["items"][4]["find"]["terms"] = []
        data["items"][5]["code"] = "O1"
    with pytest.raises(RulebookError) as error:
        load_rulebook(broken_copy(tmp_path, mutate))
    problems = "\n".join(error.value.problems)
    assert "item O8: checks[0]: unknown check 'interactiv'" in problems
    assert "item O4: find.url_patterns: '(unclosed' is not a valid regular expression" in problems
    assert "item O5: find.terms: must not be empty" in problems
    assert "code: duplicate O1" in problems


def test_bad_check_parameter_and_self_excluding_term(tmp_path):
    def mutate(data):
        data["items"][3]["checks"][1]["year"] = "someday"
        data["items"][0]["find"]["exclude"] = ["โครงสร้าง"]
    with pytest.raises(RulebookError) as error:
        load_rulebook(broken_copy(tmp_path, mutate))
    text = str(error.value)
    assert "item O4: checks[1]: year: invalid value 'someday'" in text
    assert "item O1: find.exclude: 'โครงสร้าง' excludes the item's own term" in text


def test_yaml_syntax_error_names_the_line(tmp_path):
    path = tmp_path / "ita2599.yaml"
    path.write_text("year: 2599\nitems:\n  - code: O1\n    title_th: [unclosed\n", encoding="utf-8")
    with pytest.raises(RulebookError, match=r"ita2599.yaml: line \d+"):
        load_rulebook(path)


def test_cli_validate_fails_with_the_same_message(tmp_path):
    bad = broken_copy(tmp_path, lambda d: d["items"][0].pop("find"))
    result = subprocess.run([sys.executable, "-m", "oit", "rules", "validate", bad], capture_output=True, text=True)
    assert result.returncode == 1
    assert "item O1: find: must be a mapping with terms" in result.stderr
    ok = subprocess.run([sys.executable, "-m", "oit", "rules", "validate"], capture_output=True, text=True)
    assert ok.returncode == 0 and "ita2566.yaml: ok, 43 items" in ok.stdout


def test_crawl_refuses_an_unknown_or_broken_rulebook(tmp_path):
    result = subprocess.run([sys.executable, "-m", "oit", "--db", str(tmp_path / "x.db"), "crawl", "--year", "2599"],
                            capture_output=True, text=True)
    assert result.returncode != 0
    assert "no rulebook for 2599" in result.stderr


def test_families_years_and_statuses_are_data():
    assert available_years("moit") == [2569, 2570]
    moit = load_rulebook(2569, family="moit")
    assert [i.code for i in moit.items] == [f"MOIT{n}" for n in range(1, 23)] and moit.code_prefix == "MOIT"
    assert moit.scoring["method"] == "mean_of_items" and "โรงพยาบาล" in moit.agency_types
    ita = load_rulebook(2569)
    assert ita.item("O11").checks[-1] == {"check": "covers_period", "quarters": [1, 2]}
    assert ita.item("O25").confidence == "medium" and "RTRDA" in ita.item("O25").source
    assert load_rulebook(2570).item("O12").components_th[0].startswith("แบบสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๙")


def test_a_moit_rulebook_refuses_o_codes_and_unknown_statuses(tmp_path):
    data = yaml.safe_load((RULEBOOK_DIR / "moit2569.yaml").read_text(encoding="utf-8"))
    data["items"][0]["code"] = "O1"
    data["status"] = "official"
    data["scoring"]["method"] = "median"
    path = tmp_path / "moit2569.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RulebookError) as error:
        load_rulebook(path)
    problems = "\n".join(error.value.problems)
    assert "code: must look like MOIT1..MOIT99, got 'O1'" in problems
    assert "status: must be one of verified, provisional, unverified" in problems
    assert "scoring.method: must be one of mean_of_indicators, mean_of_items" in problems
