"""How a run is scheduled for a national night: outbound links checked once per run, a bounded number of
agencies crawled at a time, each agency judged as soon as it is done, and a farm that answers like real sites."""
from __future__ import annotations

import sqlite3
import threading
import time
import urllib.error
import urllib.request
from itertools import groupby

import pytest

from service.runs import run_crawl
from farm.latency import Latency
from farm.make_sites import generate_variants
from farm.server import Farm
from rules.rulebook import load_rulebook
from storage import open_db
from storage.agencies import import_agencies, list_agencies
from tests.conftest import crawl_farm, crawl_settings

pytestmark = pytest.mark.slow  # crawls timed agency by agency


def crawl_variants(tmp_path, count: int, **overrides) -> tuple:
    registry = generate_variants(tmp_path / "sites", count)
    db = open_db(tmp_path / "oit.db")
    import_agencies(db, registry)
    with Farm(tmp_path / "sites") as farm:
        run_id = run_crawl(tmp_path / "oit.db", list_agencies(db), load_rulebook(2566), crawl_settings(farm, **overrides))
        log = list(farm.stats.log)
    return db, run_id, log


def test_an_outbound_link_is_checked_once_per_run_for_every_agency_that_links_it(tmp_path):
    db, run_id, log = crawl_variants(tmp_path, 4)
    outside = [(host, path) for host, path, _ in log if not host.endswith(".go.th") and path != "/robots.txt"]
    assert outside and len(outside) == len(set(outside)), "an outbound address was requested more than once"
    facebook = list(db.query("SELECT agency_id, kind, status FROM pages WHERE run_id = ? AND url = ?",
                             [run_id, "https://www.facebook.com/bansample"]))
    assert sorted(r["agency_id"] for r in facebook) == [f"bench{k:04d}" for k in range(4)]  # each has its record
    assert {(r["kind"], r["status"]) for r in facebook} == {("external", 200)}
    assert db["runs"].get(run_id)["state"] == "complete"


def test_agencies_are_crawled_a_few_at_a_time(tmp_path):
    _, _, log = crawl_variants(tmp_path, 3, agencies_at_once=1)
    own_hosts = [host for host, _, _ in log if host.endswith(".go.th")]
    blocks = [host for host, _ in groupby(own_hosts)]
    assert len(own_hosts) > 30 and len(blocks) == len(set(blocks)) == 3  # one agency after the other


def test_each_agency_is_judged_as_soon_as_its_crawl_is_done(tmp_path):
    """The quick agencies' findings are stored while a slow agency (its pages time out) is still crawled."""
    db_path, seen_early = tmp_path / "oit.db", []
    watched = open_db(db_path)  # its schema created before the watcher reads it

    def watch() -> None:
        while not done.is_set():
            try:
                row = watched.execute("SELECT r.state, count(f.item) FROM runs r LEFT JOIN findings f ON f.run_id = r.id "
                                 "GROUP BY r.id").fetchone()
            except sqlite3.OperationalError:  # busy
                row = None
            if row and row[0] == "running" and row[1] > 0:
                seen_early.append(row[1])
                return
            time.sleep(0.05)

    done = threading.Event()
    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        with Farm(hang_seconds=8) as farm:
            run_id = crawl_farm(db_path, farm, ids=["bansample", "nongyang", "thungyai"])
    finally:
        done.set()
        watcher.join()
    db = open_db(db_path)
    assert db["runs"].get(run_id)["state"] == "complete"
    assert seen_early, "no findings were stored before the whole crawl had ended"
    assert db.execute("SELECT count(*) FROM findings WHERE run_id = ?", [run_id]).fetchone()[0] == 3 * 43


def fetch_through(farm: Farm, url: str, timeout: float) -> float:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": farm.proxy_url}))
    started = time.monotonic()
    try:
        opener.open(url, timeout=timeout).read()
    except urllib.error.HTTPError:  # an answer too (a site without robots.txt says 404)
        pass
    return time.monotonic() - started


def test_the_farm_answers_with_real_sites_latency_and_hangs():
    with Farm(latency=Latency(median_ms=300, sigma=0.0, hang_share=0.0)) as farm:
        assert 0.29 <= fetch_through(farm, "http://www.bansample.go.th/", 5) < 2
    with Farm(latency=Latency(hang_share=1.0), hang_seconds=5) as farm:
        assert 0.2 <= fetch_through(farm, "http://www.bansample.go.th/robots.txt", 5) < 3  # robots.txt answers
        with pytest.raises(OSError):  # socket.timeout / URLError: the page never answers
            fetch_through(farm, "http://www.bansample.go.th/", 1)
    spread = Latency(median_ms=450, sigma=0.25, hang_share=0.03)
    delays = sorted(spread.delay("www.x.go.th", f"/{n}") for n in range(2000))
    assert 0.28 < delays[100] < 0.33 and 0.43 < delays[1000] < 0.47 and 0.62 < delays[1900] < 0.72
    hangs = sum(spread.hangs("www.x.go.th", f"/{n}") for n in range(2000))
    assert 30 <= hangs <= 90 and spread.hangs("h", "/p") == spread.hangs("h", "/p")
