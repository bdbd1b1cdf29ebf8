"""Run state under faults: a full disk, a kill during evaluation, a killed parent. Complete means crawled,
stored and evaluated; anything else is incomplete with a note, and never a base for diffs or alerts."""
import os
import signal
import subprocess
import sys
import time

import pytest

from farm.server import Farm
from storage import open_db
from storage.findings import query_findings
from storage.runs import CrawlLocked, crawl_lock, get_run, start_run
from tests.conftest import FARM_REGISTRY, crawl_farm
from tests.hostile import ROOT, wait_for
from tests.test_crawl import children_of, cmdline


def oit_crawl(db_path, farm, *agencies, max_pages=250):
    """``oit crawl`` of some farm agencies in its own process."""
    ids = [arg for agency in agencies for arg in ("--agency", agency)] + ["--max-pages", str(max_pages)]
    open_db(db_path)
    subprocess.run([sys.executable, "-m", "oit", "--db", str(db_path), "agencies", "import", str(FARM_REGISTRY)],
                   check=True, capture_output=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    return subprocess.Popen([sys.executable, "-m", "oit", "--db", str(db_path), "crawl", "--proxy", farm.proxy_url,
                             "--allow-private", "--timeout", "2", *ids], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] not in {"Z", "X"}
    except OSError:
        return False


def lock_free(db_path) -> bool:
    try:
        with crawl_lock(db_path):
            return True
    except CrawlLocked:
        return False


def lock_holders(db_path) -> list[bytes]:
    """Command lines of the processes that have the crawl lock file open (for a failure message)."""
    holders = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if any(os.readlink(f"/proc/{pid}/fd/{fd}") == f"{db_path}.crawl.lock" for fd in os.listdir(f"/proc/{pid}/fd")):
                holders.append(cmdline(int(pid))[:120])
        except OSError:
            pass
    return holders


def test_pages_that_cannot_be_stored_leave_the_run_incomplete(tmp_path):
    db_path = tmp_path / "oit.db"
    db = open_db(db_path)
    # a disk that fills up after five pages, as SQLite reports it
    db.execute("CREATE TRIGGER disk_full BEFORE INSERT ON pages WHEN (SELECT count(*) FROM pages) >= 5 "
               "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
    db.execute("INSERT INTO pages (run_id, agency_id, url) SELECT 0, 'x', 'http://x/' || value FROM "
               "json_each('[1,2,3,4,5]')")
    with Farm() as farm:
        run_id = crawl_farm(db_path, farm, ids=["bansample"])
    run = open_db(db_path)["runs"].get(run_id)
    assert run["state"] == "incomplete", run
    assert "could not be stored" in run["note"] and "disk is full" in run["note"]
    assert get_run(open_db(db_path), complete_only=True) is None


@pytest.mark.slow
def test_a_kill_during_evaluation_never_leaves_a_complete_run(tmp_path):
    """Agencies are judged while the crawl goes on: a kill once some are judged leaves no complete run."""
    db_path = tmp_path / "oit.db"
    with Farm() as farm:
        parent = oit_crawl(db_path, farm, "bansample", "wangnam", "sawangdaen", "nongyang", max_pages=25)
        try:
            def judged():
                try:
                    return open_db(db_path).execute("SELECT r.state, count(f.item) FROM runs r LEFT JOIN findings f "
                                                    "ON f.run_id = r.id GROUP BY r.id").fetchone()
                except Exception:  # the schema may still be being created, or the database busy
                    return None

            assert wait_for(lambda: (judged() or (None, 0))[1] > 0, 60, step=0.01)
            seen = judged()[0]
            parent.send_signal(signal.SIGKILL)
            parent.wait(10)
        finally:
            parent.kill()
    assert seen in ("running", "evaluating"), f"the run was {seen!r} while its agencies were being judged"
    db = open_db(db_path)
    assert get_run(db, complete_only=True) is None and query_findings(db) == []
    start_run(db, 2566, "next", 1)  # the next crawl finds it dead
    assert db["runs"].get(1)["state"] == "incomplete" and seen in db["runs"].get(1)["note"]


@pytest.mark.slow
def test_killing_the_parent_stops_the_crawl_and_frees_the_lock(tmp_path):
    db_path = tmp_path / "oit.db"
    with Farm(hang_seconds=30) as farm:
        parent = oit_crawl(db_path, farm)
        child = None
        try:
            def pages():
                try:
                    return open_db(db_path).execute("SELECT count(*) FROM pages").fetchone()[0]
                except Exception:
                    return 0

            assert wait_for(lambda: pages() >= 5, 60, step=0.1)
            children = [pid for pid in children_of(parent.pid) if b"crawler.process" in cmdline(pid)]
            assert children
            child = children[0]
            parent.send_signal(signal.SIGKILL)
            parent.wait(10)
            assert wait_for(lambda: not alive(child), 5), "the crawler went on after its parent was killed"
            assert wait_for(lambda: lock_free(db_path), 3), f"the crawl lock is still held by {lock_holders(db_path)}"
            with crawl_lock(db_path):  # a second crawl may start now ...
                before = pages()
                time.sleep(1)
                assert pages() == before  # ... and nothing writes to the old run any more
        finally:
            parent.kill()
            if child and alive(child):
                os.kill(child, signal.SIGKILL)


def test_the_crawl_lock_is_held_while_the_child_lives(tmp_path):
    db_path = tmp_path / "oit.db"
    with crawl_lock(db_path) as fd:
        holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"], pass_fds=(fd,))
    try:  # the parent let go, but the child it gave the lock to still holds it
        with pytest.raises(CrawlLocked):
            with crawl_lock(db_path):
                pass
    finally:
        holder.kill()
        holder.wait()
    with crawl_lock(db_path):
        pass


def test_readers_see_the_latest_complete_run_while_a_crawl_runs(tmp_path):
    from reports.agency import agency_report
    from storage.runs import finish_run, now
    from web.app import create_app

    db_path = tmp_path / "oit.db"
    db = open_db(db_path)
    db["agencies"].insert({"id": "evil", "name_th": "อบต.ทดสอบ", "url": "https://www.t.go.th/", "province": "",
                           "type": "", "name_en": "", "contact_email": "", "notify_url": ""})
    complete = start_run(db, 2566, "t", 1)
    db["run_agencies"].insert({"run_id": complete, "agency_id": "evil", "state": "crawled"})
    db["findings"].insert({"run_id": complete, "agency_id": "evil", "item": "O1", "year": 2566, "status": "pass",
                           "reason_th": "มีข้อมูลครบถ้วน", "reason_en": "complete", "evidence": "[]", "signals": "[]",
                           "checked_at": now()})
    finish_run(db, complete, "complete")
    start_run(db, 2566, "t", 1)  # tonight's crawl, still running: no findings yet
    assert [r["run_id"] for r in query_findings(db)] == [complete]
    assert agency_report(db, "evil")["run"]["id"] == complete
    response = create_app(db_path).test_client().get("/agency/evil")
    assert response.status_code == 200
