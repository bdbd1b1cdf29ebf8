"""One run, two rulebook families: `oit crawl --year 2569` over the farm judges a municipality by ITA 2569 and a
hospital by MOIT 2569; the official scoring, the rulebook status in reports, and diffs across rulebooks."""
import csv
import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from farm.server import SITES_DIR, Farm
from oit.cli import main
from reports.agency import agency_report, render_html, render_md
from rules.families import family_of
from service.judge import evaluate_run
from service.scores import run_scores
from storage import open_db
from storage.agencies import import_agencies
from storage.diff import RulebookMismatch, diff_runs
from storage.judging import judged_by

REGISTRY = [
    {"id": "rulestest-muni", "name_th": "เทศบาลตำบลทดสอบเกณฑ์", "type": "เทศบาล", "province": "ขอนแก่น",
     "url": "http://www.rulestest-muni2569.go.th/"},
    {"id": "rulestest-hospital", "name_th": "โรงพยาบาลทดสอบเกณฑ์", "type": "โรงพยาบาลชุมชน", "province": "ขอนแก่น",
     "url": "http://www.rulestest-hospital.go.th/"},
    {"id": "maetha", "name_th": "องค์การบริหารส่วนตำบลแม่ทา", "type": "อบต.", "province": "อุตรดิตถ์",
     "url": "http://www.maetha.go.th/"},  # down: no score at all
]
FAST = {"OIT_CRAWL_DELAY": "0.02", "OIT_CRAWL_RETRIES": "0", "OIT_CRAWL_TIMEOUT": "10", "OIT_CONFIG": ""}


def write_registry(path: Path, rows: list[dict]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=sorted({k for r in rows for k in r}))
        writer.writeheader()
        writer.writerows(rows)
    return path


def cli(db_path, *args):
    result = CliRunner().invoke(main, ["--db", str(db_path), *args], env=FAST)
    assert result.exit_code == 0, result.output + result.stderr
    return result


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("families")
    db_path = tmp / "oit.db"
    with Farm(hang_seconds=4) as farm:
        result = cli(db_path, "crawl", "--year", "2569", "--agencies", str(write_registry(tmp / "r.csv", REGISTRY)),
                     "--proxy", farm.proxy_url, "--allow-private")
    db = open_db(db_path)
    run = db.execute("SELECT max(id) FROM runs").fetchone()[0]
    return db_path, db, run, result


def findings(db, run, agency):
    return {r["item"]: r for r in db["findings"].rows_where("run_id = ? AND agency_id = ?", [run, agency])}


def expected(host):
    return yaml.safe_load((SITES_DIR / host / "rulestest-expected.yaml").read_text(encoding="utf-8"))["items"]


def test_one_run_judges_each_agency_by_its_familys_rulebook(judged):
    _, db, run, result = judged
    assert "ITA 2569 (provisional), MOIT 2569 (provisional)" in result.stderr
    assert "warning: MOIT 2569 (provisional) is provisional" in result.stderr
    recorded = json.loads(db["runs"].get(run)["rulebooks"])
    assert {f: (r["year"], r["status"]) for f, r in recorded.items()} == {"ita": (2569, "provisional"),
                                                                             "moit": (2569, "provisional")}
    for agency, host in (("rulestest-muni", "www.rulestest-muni2569.go.th"), ("rulestest-hospital", "www.rulestest-hospital.go.th")):
        got, want = findings(db, run, agency), expected(host)
        assert set(got) == set(want)
        wrong = {code: (w["status"], got[code]["status"], got[code]["reason_th"]) for code, w in want.items()
                 if got[code]["status"] != w["status"]}
        assert not wrong
    assert judged_by(db, run, "rulestest-hospital").label == "MOIT 2569 (provisional)"


def test_year_rules_speak_the_assessors_words(judged):
    _, db, run, _ = judged
    muni = findings(db, run, "rulestest-muni")
    assert muni["O7"]["reason_th"] == "ไม่มีข้อมูลปี พ.ศ. ๒๕๖๘ (พบปี ๒๕๖๙)"  # last year's report wanted
    assert muni["O11"]["reason_th"].startswith("ข้อมูลไตรมาสที่ ๒ ไม่ครบถ้วน")
    assert any(s.startswith("covers_year: ok") for s in json.loads(muni["O5"]["signals"]))  # a 2566-2570 plan
    assert any(s.startswith("mentions_year_near: ok") for s in json.loads(muni["O25"]["signals"]))
    hospital = findings(db, run, "rulestest-hospital")
    assert "ไตรมาสที่ ๔" in hospital["MOIT5"]["reason_th"]
    # the index writes MOIT1, MOIT 2, MOIT-3 ...: every code is read, and the index is used first
    assert all(json.loads(hospital[f"MOIT{n}"]["signals"])[0].startswith("index page") for n in (1, 2, 3, 21))


def test_official_scores_and_no_score_for_a_site_that_is_down(judged):
    db_path, db, run, _ = judged
    scores = {r["agency_id"]: r for r in run_scores(db, run)}
    assert scores["rulestest-hospital"]["estimated_score"] == round(100 * 20 / 22, 2)  # partial counts 0
    assert scores["rulestest-hospital"]["verdict"] == "ผ่าน"
    muni = scores["rulestest-muni"]
    ind9 = round(100 * 17 / 19, 2)  # indicator 9 is O1–O19, two partial (O7, O11); indicator 10 lacks O26
    assert muni["indicators"] == {"9": ind9, "10": round(100 * 6 / 7, 2)}
    assert muni["estimated_score"] == round((ind9 + round(100 * 6 / 7, 2)) / 2, 2) and muni["verdict"] == "ผ่าน"
    assert scores["maetha"]["estimated_score"] is None and scores["maetha"]["verdict"] == "ไม่มีคะแนน"
    table = cli(db_path, "scores").stdout
    assert any(line.startswith("maetha") and line.split()[-2:] == ["-", "ไม่มีคะแนน"] for line in table.splitlines())
    exported = cli(db_path, "scores", "--format", "csv").stdout.lstrip("\ufeff")
    rows = {r["agency_id"]: r for r in csv.DictReader(exported.splitlines())}
    assert rows["rulestest-hospital"]["rulebook"] == "MOIT 2569 (provisional)" and rows["maetha"]["estimated_score"] == ""


def test_reports_and_exports_say_the_rulebook_is_provisional(judged):
    db_path, db, run, _ = judged
    report = agency_report(db, "rulestest-hospital", run)
    assert report["rulebook"].family == "moit" and report["groups"][0]["rows"][0]["item"].code == "MOIT1"
    html = render_html(report)
    assert "ฉบับร่าง (provisional)" in html and 'id="scoring"' in html and "ผ่าน (เกณฑ์ผ่าน 85)" in html
    assert "MOIT 2569 (provisional)" in render_md(report)
    down = render_html(agency_report(db, "maetha", run))
    assert "ไม่มีคะแนน" in down and "None%" not in down and "-%" in down
    found = cli(db_path, "findings", "--agency", "rulestest-hospital", "--format", "csv")
    assert "warning: MOIT 2569 (provisional) is provisional" in found.stderr
    assert "MOIT 2569 (provisional)" in found.stdout and "MOIT1" in found.stdout


def test_diff_refuses_runs_judged_with_different_rulebooks(judged, tmp_path):
    db_path, db, run, _ = judged
    # a second complete run with the same pages, as the next night would bring
    with db.conn:
        again = db["runs"].insert(dict(db["runs"].get(run), id=None)).last_pk
        db.execute("INSERT INTO run_agencies (run_id, agency_id, state, pages, errors, home_error, finished_at) "
                   "SELECT ?, agency_id, state, pages, errors, home_error, finished_at "
                   "FROM run_agencies WHERE run_id = ?", [again, run])
        columns = [c for c in db["pages"].columns_dict if c not in ("id", "run_id")]
        db.execute(f"INSERT INTO pages (run_id, {', '.join(columns)}) SELECT ?, {', '.join(columns)} FROM pages "
                   "WHERE run_id = ?", [again, run])
    evaluate_run(db, again, 2570)  # re-judged with the (unverified) 2570 rulebooks
    with pytest.raises(RulebookMismatch, match="ITA 2569 .* → ITA 2570"):
        diff_runs(db, run, again)
    refused = CliRunner().invoke(main, ["--db", str(db_path), "diff", "--from", str(run), "--to", str(again)])
    assert refused.exit_code != 0 and "different rulebooks" in refused.stderr
    labelled = cli(db_path, "diff", "--from", str(run), "--to", str(again), "--allow-mixed").output
    assert "warning: the runs were judged with different rulebooks" in labelled
    evaluate_run(db, again, 2569)
    same = {d.agency_id: d for d in diff_runs(db, run, again)}
    assert not same["rulestest-hospital"].newly_failing and not same["rulestest-muni"].fixed


def test_a_family_without_a_rulebook_for_the_year_leaves_its_agencies_unchecked(judged):
    _, db, run, _ = judged
    with db.conn:
        again = db["runs"].insert(dict(db["runs"].get(run), id=None, state="incomplete")).last_pk
        db.execute("INSERT INTO run_agencies (run_id, agency_id, state, pages, errors, home_error, finished_at) "
                   "SELECT ?, agency_id, state, pages, errors, home_error, finished_at "
                   "FROM run_agencies WHERE run_id = ?", [again, run])
    evaluate_run(db, again, 2566)
    hospital = findings(db, again, "rulestest-hospital")
    assert {f["status"] for f in hospital.values()} == {"unchecked"}
    assert hospital["MOIT1"]["reason_th"].startswith("ไม่มีเกณฑ์ MOIT ปี พ.ศ. 2566")
    assert json.loads(db["runs"].get(again)["rulebooks"]) == {"ita": {"year": 2566, "version": "2566.1", "status": "verified"}}


def test_the_registry_names_the_family_or_the_type_implies_it(tmp_path):
    db = open_db(tmp_path / "r.db")
    rows = [dict(REGISTRY[0], family="moit"), dict(REGISTRY[1], id="h2"), dict(REGISTRY[2], family="police")]
    report = import_agencies(db, write_registry(tmp_path / "r.csv", rows))
    assert report.imported == 2 and "line 4: unknown rulebook family 'police'" in report.problems[0]
    families = {a["id"]: family_of(a) for a in db["agencies"].rows}
    assert families == {"rulestest-muni": "moit", "h2": "moit"}
    assert family_of({"type": "สำนักงานสาธารณสุขอำเภอ"}) == "moit" and family_of({"type": "เทศบาลตำบล"}) == "ita"
    listed = cli(tmp_path / "r.db", "agencies", "list").stdout
    assert all(" moit " in line for line in listed.splitlines()[2:]) and len(listed.splitlines()) == 4


def test_item_codes_know_each_familys_prefix():
    from rules.thai import item_codes
    assert [item_codes(t, "MOIT") for t in ("MOIT1 มาตรการ", "MOIT 12", "moit-3", "MOIT01")] == [{1}, {12}, {3}, {1}]
    assert item_codes("MOIT 5 สรุปผล") == set() and item_codes("O5 ข้อมูลการติดต่อ", "MOIT") == set()
    assert item_codes("ITA MOIT 2569", "MOIT") == set()  # a year is not an item


def test_the_watch_list_shows_the_official_estimate_and_filters_by_family(judged):
    from web import data
    _, db, run, _ = judged
    data.prepare(db)
    scores = {r["agency_id"]: r["estimated_score"] for r in run_scores(db, run)}
    rows, total = data.watch_list(db, family="moit", per_page=None)
    assert [r["id"] for r in rows] == ["rulestest-hospital"] and total == 1
    assert rows[0]["score"] == scores["rulestest-hospital"]
    muni = data.watch_list(db, family="ita", q="rulestest-muni")[0][0]
    assert muni["score"] == scores["rulestest-muni"] != round(100 * muni["failing"] / 26, 1)
    # a MOIT item takes its bit like an O-item: newly failing works for hospitals too
    mask = db.execute("SELECT failing_mask FROM run_agency_stats WHERE run_id = ? AND agency_id = 'rulestest-hospital'",
                      [run]).fetchone()[0]
    failing = {int(r[0][4:]) for r in db.execute("SELECT item FROM findings WHERE run_id = ? AND agency_id = "
                                                  "'rulestest-hospital' AND status != 'pass' AND status != 'unchecked'", [run])}
    assert failing and mask == sum(1 << n for n in failing)
