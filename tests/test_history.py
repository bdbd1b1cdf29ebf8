"""Two crawls of the farm with sites changed in between: the diff, histories, and interrupted runs."""
import shutil

import pytest

from farm.server import Farm
from storage import open_db
from storage.diff import default_pair, diff_runs, item_history
from storage.retention import prune_page_texts
from storage.runs import finish_run, start_run
from tests.conftest import crawl_farm

pytestmark = pytest.mark.slow  # the farm crawled over several nights

AGENCIES = ["bansample", "huaisai", "khokcharoen", "sawangdaen"]


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    from farm.server import SITES_DIR
    sites = tmp_path_factory.mktemp("sites") / "sites"
    shutil.copytree(SITES_DIR, sites)
    db_path = tmp_path_factory.mktemp("history") / "oit.db"
    with Farm(sites, hang_seconds=5) as farm:
        first = crawl_farm(db_path, farm, ids=AGENCIES)
        (sites / "www.bansample.go.th/items/o05.html").unlink()                      # contact page removed
        shutil.copy(SITES_DIR / "www.bansample.go.th/docs/o12.pdf", sites / "www.huaisai.go.th/docs/o12.pdf")  # fixed
        o01 = sites / "www.bansample.go.th/items/o01.html"
        o01.write_text(o01.read_text(encoding="utf-8").replace("</main>", "<p>ปรับปรุงโครงสร้าง</p></main>"),
                       encoding="utf-8")                                               # same status, new content
        (sites / "www.sawangdaen.go.th/manifest.yaml").write_text("down: true\n", encoding="utf-8")
        second = crawl_farm(db_path, farm, ids=AGENCIES)
    db = open_db(db_path)
    interrupted = start_run(db, 2566, "2566.1", len(AGENCIES))
    finish_run(db, interrupted, "incomplete", "interrupted")
    return db, first, second, interrupted


def by_agency(diff):
    return {d.agency_id: d for d in diff}


def test_diff_defaults_to_the_last_two_complete_runs(two_runs):
    db, first, second, interrupted = two_runs
    assert default_pair(db) == (first, second)
    with pytest.raises(LookupError, match="incomplete"):
        diff_runs(db, second, interrupted)


def test_newly_broken_fixed_unchanged_and_site_down(two_runs):
    db, first, second, _ = two_runs
    diff = by_agency(diff_runs(db))
    bansample = diff["bansample"]
    assert [(r["item"], r["previous_status"], r["status"]) for r in bansample.newly_failing] == [("O5", "pass", "broken")]
    assert {"item": "O1", "url": "http://www.bansample.go.th/items/o01.html"} in bansample.changed_evidence
    huaisai = diff["huaisai"]
    assert [r["item"] for r in huaisai.fixed] == ["O12"]
    assert {r["item"] for r in huaisai.still_failing} >= {"O21", "O26", "O29", "O38"}
    assert not huaisai.newly_failing
    assert diff["khokcharoen"].is_empty()
    sawangdaen = diff["sawangdaen"]
    assert sawangdaen.site_down and not sawangdaen.newly_failing  # not "everything broke"


def test_item_history_streaks_and_since(two_runs):
    db, first, second, _ = two_runs
    history = item_history(db, "bansample", "O5")
    assert [h["status"] for h in history["history"]] == ["broken", "pass"]
    assert history["failing_streak"] == 1 and not history["flapping"]
    still = item_history(db, "huaisai", "O21")
    assert still["failing_streak"] == 2 and still["since"] == db["runs"].get(first)["started_at"]


def test_cli_diff_prints_per_agency(two_runs):
    from click.testing import CliRunner
    from oit.cli import main
    db, *_ = two_runs
    path = db.execute("PRAGMA database_list").fetchone()[2]
    out = CliRunner().invoke(main, ["--db", path, "diff"]).output
    assert "bansample" in out and "O5" in out and "pass → broken" in out
    assert "(sawangdaen): เข้าถึงเว็บไซต์ไม่ได้" in out and "เทศบาลตำบลสว่างแดน" in out  # names, not only ids


def test_cli_history(two_runs):
    from click.testing import CliRunner
    from oit.cli import main
    db, *_ = two_runs
    path = db.execute("PRAGMA database_list").fetchone()[2]
    out = CliRunner().invoke(main, ["--db", path, "history", "--agency", "huaisai"]).output
    rows = {line.split()[0]: line for line in out.splitlines()}
    assert " broken " in rows["O21"] and "failing 2 runs in a row" in rows["O21"] and rows["O21"].endswith("[B B]")
    assert " pass " in rows["O12"] and rows["O12"].endswith("[B P]")
    assert "สรุปผลการจัดซื้อจัดจ้าง" in rows["O21"]  # the item's title, not only its code


def test_prune_keeps_findings_and_hashes(two_runs):
    db, first, second, _ = two_runs
    findings_before = db["findings"].count
    assert prune_page_texts(db, keep_runs=2) > 0
    assert db.execute("SELECT count(*) FROM pages WHERE run_id = ? AND text IS NOT NULL", [first]).fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM pages WHERE run_id = ? AND text IS NOT NULL", [second]).fetchone()[0] > 0
    assert db.execute("SELECT count(*) FROM pages WHERE run_id = ? AND content_hash IS NULL AND error IS NULL",
                      [first]).fetchone()[0] == 0
    assert db["findings"].count == findings_before


def test_readers_are_not_blocked_while_a_crawl_writes(tmp_path):
    import sqlite3
    import threading
    db_path = tmp_path / "oit.db"
    open_db(db_path)
    done, errors, seen = threading.Event(), [], []

    def crawl():
        try:
            with Farm(hang_seconds=3) as farm:
                crawl_farm(db_path, farm, ids=["bansample", "thungyai"])
        finally:
            done.set()

    threading.Thread(target=crawl, daemon=True).start()
    reader = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1)
    while not done.wait(0.1):
        try:
            seen.append(reader.execute("SELECT count(*) FROM pages").fetchone()[0])
        except sqlite3.OperationalError as exc:  # "database is locked" would mean WAL is not doing its job
            errors.append(str(exc))
    assert not errors
    assert seen and seen[-1] > seen[0] and max(seen) > 20
