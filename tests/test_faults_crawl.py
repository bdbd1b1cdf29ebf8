"""Faults around a crawl end in an honest state: an answer without a page is not an empty page, an unusable
extraction cache costs only the cache, and the cache stays bounded on a hostile site. Sites are served over
loopback by tests/hostile.py; the crawl is the real one (crawler child process, SQLite)."""
import json
import sqlite3
import subprocess
import sys
import time

import pytest

from crawler.cache import cache_path
from service.runs import run_crawl
from rules.rulebook import load_rulebook
from storage import open_db
from tests.hostile import HostileWeb, html, settings
from tests.test_hostile_crawl import agency, pages, register

pytestmark = pytest.mark.slow  # crawls of pages with 10,000 links, full disks and locked caches

MENU = "".join(f'<a href="/items/{n}.html">{t}</a> ' for n, t in
               enumerate(["โครงสร้าง", "ข้อมูลผู้บริหาร", "อำนาจหน้าที่", "แผนพัฒนาท้องถิ่น", "ข่าวประชาสัมพันธ์"]))


def crawl(db_path, host, route, **overrides):
    db = open_db(db_path)
    register(db, agency("site", host))
    with HostileWeb({host: route}) as web:
        run_id = run_crawl(db_path, [agency("site", host)], load_rulebook(2566), settings(web.proxy_url, **overrides))
    return open_db(db_path), run_id


def statuses(db, run_id) -> dict[str, str]:
    return {r["item"]: r["status"] for r in db["findings"].rows_where("run_id = ?", [run_id])}


def test_a_bare_304_is_not_an_answer_and_nothing_is_missing(tmp_path):
    """A site answering every request with a body-less 304 (nothing was asked conditionally)."""
    db, run_id = crawl(tmp_path / "oit.db", "www.notmodified.go.th", lambda path: (304, "text/html", b""))
    home = pages(db, run_id)["http://www.notmodified.go.th/"]
    assert home["unread"] == "no_answer" and "304" in home["error_detail"]
    assert db["run_agencies"].get((run_id, "site"))["state"] != "crawled"
    found = statuses(db, run_id)
    assert len(found) == 43 and set(found.values()) == {"unchecked"}, found


def test_a_bare_304_below_the_home_page_is_left_unread(tmp_path):
    def route(path):
        return html(MENU, "อบต.") if path == "/" else (304, "text/html", b"")

    db, run_id = crawl(tmp_path / "oit.db", "www.half.go.th", route)
    got = pages(db, run_id)
    assert got["http://www.half.go.th/"]["unread"] is None
    item = got["http://www.half.go.th/items/0.html"]
    assert item["unread"] == "no_answer" and not item["text"] and not item["kind"] == "html"


def _rows(db_path):
    return open_db(db_path).execute("SELECT count(*) FROM pages").fetchone()[0]


def test_a_corrupt_extraction_cache_costs_only_the_cache(tmp_path):
    db_path = tmp_path / "oit.db"
    open_db(db_path)
    cache_path(db_path).write_bytes(b"this is not a database" * 500)
    db, run_id = crawl(db_path, "www.corrupt.go.th", lambda path: html(MENU, "อบต.") if path == "/" else
                       html("ข้อมูล", "หน้า"))
    run = db["runs"].get(run_id)
    assert run["state"] == "complete" and len(pages(db, run_id)) >= 6, run
    assert "cache" in run["note"] and "ran without it" in run["note"], run["note"]
    assert run["note"].count("extraction cache") == 1


def test_a_locked_extraction_cache_is_skipped_not_waited_for(tmp_path):
    db_path = tmp_path / "oit.db"
    open_db(db_path)
    path = cache_path(db_path)
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sqlite3, sys, time\n"
        f"c = sqlite3.connect({str(path)!r})\n"
        "c.execute('PRAGMA locking_mode = EXCLUSIVE'); c.execute('CREATE TABLE t (x)'); c.execute('INSERT INTO t VALUES (1)')\n"
        "c.commit(); print('locked', flush=True); time.sleep(120)\n")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        db, run_id = crawl(db_path, "www.locked.go.th", lambda path: html(MENU, "อบต.") if path == "/" else
                           html("ข้อมูล", "หน้า"))
        took = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
    run = db["runs"].get(run_id)
    assert run["state"] == "complete" and len(pages(db, run_id)) >= 6, run
    assert "extraction cache" in run["note"], run["note"]
    assert took < 30


def test_the_cache_stays_bounded_on_pages_of_10000_links(tmp_path):
    """A hostile agency whose every page carries 10,000 links (all new every night): the cache file stays
    within twice the database, whose pages keep 1,000 links and 20,000 characters each."""
    many = "".join(f'<a href="/p/{{night}}/{n}.html">ประกาศ เรื่องที่ {n} ของหน่วยงาน</a> ' for n in range(10_000))
    night = {"n": 1}

    def route(path):
        return html(many.format(night=night["n"]), f"หน้า {path}")

    db_path = tmp_path / "oit.db"
    for n in (1, 2):
        night["n"] = n
        db, run_id = crawl(db_path, "www.links.go.th", route, max_pages=12, max_links=1000, max_text_chars=20_000)
        run = db["runs"].get(run_id)
        assert run["state"] == "complete" and "extraction cache" not in (run["note"] or "")  # pruned, not given up
    links = [len(json.loads(p["links"])) for p in pages(db, run_id).values() if p["links"]]
    assert max(links) <= 1000
    db_bytes, cache_bytes = db_path.stat().st_size, cache_path(db_path).stat().st_size
    assert cache_bytes <= 2 * db_bytes, (cache_bytes, db_bytes)
    entries = sqlite3.connect(str(cache_path(db_path))).execute("SELECT count(*) FROM extractions").fetchone()[0]
    assert entries > 0  # still a cache


def test_judging_an_agency_whose_pages_carry_1000_links_each_stays_linear():
    """Pages of 1,000 distinct links each: the engine once re-scanned every signal for every link label
    (quadratic: 14+ minutes for one hostile agency). 15 such pages now take seconds, not minutes."""
    import rules  # noqa: F401
    from rules.engine import evaluate_agency

    pages = []
    for p in range(15):
        links = [{"url": f"http://www.x.go.th/p/{p}/{n}.html", "href": "", "kind": "a", "title": "",
                  "text": f"ประกาศ เรื่องที่ {p * 1000 + n} แผนการจัดซื้อจัดจ้าง", "context": f"ประกาศ {n} ข้อมูลผู้บริหาร"}
                 for n in range(1000)]
        pages.append({"url": f"http://www.x.go.th/p/{p}.html", "final_url": "", "status": 200, "kind": "html",
                      "title": f"หน้า {p}", "text": " ".join(link["text"] for link in links), "links": json.dumps(links),
                      "forms": 0, "image_only": 0, "error": None, "depth": min(p, 1), "furniture": "", "ocr_pages": 0})
    started = time.process_time()
    findings = evaluate_agency(load_rulebook(2566), pages)
    assert len(findings) == 43 and time.process_time() - started < 40


def test_a_full_disk_while_judging_ends_incomplete_without_a_traceback_and_the_next_night_is_clean(tmp_path):
    from farm.server import Farm
    from tests.test_hostile_runs import oit_crawl

    db_path = tmp_path / "oit.db"
    db = open_db(db_path)
    db.execute("CREATE TRIGGER disk_full BEFORE INSERT ON findings BEGIN SELECT RAISE(ABORT, "
               "'database or disk is full'); END")
    db.conn.commit()
    with Farm() as farm:
        process = oit_crawl(db_path, farm, "bansample", max_pages=20)
        out, err = process.communicate(timeout=180)
        assert process.returncode == 1 and b"Traceback" not in err, err[-2000:]
        assert b"could not be written" in err and b"disk is full" in err
        run = open_db(db_path)["runs"].get(1)
        assert run["state"] == "incomplete" and "disk is full" in run["note"], run
        open_db(db_path).execute("DROP TRIGGER disk_full")
        process = oit_crawl(db_path, farm, "bansample", max_pages=20)
        process.communicate(timeout=180)
    assert process.returncode == 0 and open_db(db_path)["runs"].get(2)["state"] == "complete"


def test_judging_has_a_time_budget_per_agency_and_what_it_leaves_is_unchecked(tmp_path):
    """crawl.evaluate_seconds: an agency whose judging runs past its budget gets its remaining items
    unchecked with the reason, never missing; the run is still complete (every agency was judged)."""
    from rules.vocabulary import render

    db, run_id = crawl(tmp_path / "oit.db", "www.budget.go.th", lambda path: html(MENU, "อบต.") if path == "/" else
                       html("ข้อมูล", "หน้า"), evaluate_seconds=0.000001)
    assert db["runs"].get(run_id)["state"] == "complete"
    reasons = {r["status"]: r["reason_en"] for r in db["findings"].rows_where("run_id = ?", [run_id])}
    assert set(reasons) == {"unchecked"} and reasons["unchecked"] == render("evaluation_timed_out")[1]
