"""The nightly scheduler under faults: restarted after a missed night, started twice, given options, and meeting a
database locked for writing. The real scheduler.py in its own process, the real farm, a real SQLite file."""
import os
import pickle
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from oit import scheduler
from farm.server import Farm
from storage import open_db
from storage.agencies import import_agencies
from tests.hostile import ROOT, wait_for
from tests.test_alerts import registry

pytestmark = pytest.mark.slow  # a locked database and missed nights waited out

ENV = dict(os.environ, PYTHONPATH=str(ROOT), OIT_CRAWL_TIMEOUT="2", OIT_CRAWL_RETRIES="0", OIT_GENERAL_YEAR="2566")


def start(db_path, *flags) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "scheduler.py", "--db", str(db_path), *flags], cwd=ROOT, env=ENV,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def stop(process: subprocess.Popen) -> str:
    process.send_signal(signal.SIGINT)
    try:
        _, err = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        _, err = process.communicate()
    return err


def test_a_missed_night_runs_at_restart_with_the_options_the_scheduler_was_started_with(tmp_path):
    db_path = tmp_path / "oit.db"
    import_agencies(open_db(db_path), registry(tmp_path))
    with Farm(hang_seconds=3) as farm:
        flags = ["--proxy", farm.proxy_url, "--allow-private", "--cron", "0 1 * * *"]
        first = start(db_path, *flags)
        assert wait_for(lambda: _job_stored(db_path), 60), stop(first)
        stop(first)
        with sqlite3.connect(str(db_path)) as conn:
            job = pickle.loads(conn.execute("SELECT job_state FROM apscheduler_jobs").fetchone()[0])
            assert job["kwargs"]["overrides"]["crawl"] == {"proxy": farm.proxy_url, "allow_private": True}
            # the machine was off at 01:00 last night
            conn.execute("UPDATE apscheduler_jobs SET next_run_time = ?", [time.time() - 5 * 3600])
        second = start(db_path, *flags)  # main() re-adds the job, as at every start
        try:
            done = wait_for(lambda: _complete_runs(db_path) >= 1, 150, step=1)
        finally:
            err = stop(second)
        assert done, err[-2000:]
        assert farm.stats.requests["www.bansample.go.th"] > 5  # crawled through the proxy it was given
    assert _complete_runs(db_path) == 1


def _job_stored(db_path) -> bool:
    try:
        with sqlite3.connect(str(db_path)) as conn:
            return conn.execute("SELECT count(*) FROM apscheduler_jobs").fetchone()[0] == 1
    except sqlite3.Error:
        return False


def _complete_runs(db_path) -> int:
    return open_db(db_path).execute("SELECT count(*) FROM runs WHERE state = 'complete'").fetchone()[0]


def test_a_second_scheduler_on_the_same_database_exits_with_a_clear_message(tmp_path):
    db_path = tmp_path / "oit.db"
    open_db(db_path)
    first = start(db_path, "--cron", "0 1 * * *")
    try:
        assert wait_for(lambda: _job_stored(db_path), 60)
        second = start(db_path, "--cron", "0 1 * * *")
        _, err = second.communicate(timeout=60)
        assert second.returncode == 1 and "another scheduler is already running" in err, err
        assert "Traceback" not in err
        assert first.poll() is None  # the first one goes on
    finally:
        stop(first)


def test_a_database_locked_for_writing_delays_the_night_but_does_not_lose_it(tmp_path, monkeypatch):
    db_path = tmp_path / "oit.db"
    import_agencies(open_db(db_path), registry(tmp_path))
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sqlite3, sys, time\n"
        f"c = sqlite3.connect({str(db_path)!r}, isolation_level=None)\n"
        "c.execute('BEGIN IMMEDIATE'); print('locked', flush=True); time.sleep(34); c.execute('COMMIT')\n")],
        stdout=subprocess.PIPE, text=True)
    monkeypatch.setattr(scheduler, "LOCK_RETRY_SECONDS", 1)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with Farm(hang_seconds=3) as farm:
            overrides = {"crawl": {"proxy": farm.proxy_url, "allow_private": True, "timeout": 2, "retries": 0},
                         "general": {"year": 2566}}
            summary = scheduler.run_cycle(None, str(db_path), overrides)
    finally:
        holder.kill()
        holder.wait()
    assert summary["state"] == "complete", summary
