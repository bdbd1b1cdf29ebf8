"""Distributed mode under faults, on a real Redis (Debian's redis-server on a Unix socket) and real `oit worker`
processes: garbage and forged results, Redis restarted mid-run, a coordinator killed and restarted, a worker
with other politeness. Each ends in an honest run state, and nothing unverified is stored."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import zlib

import pytest

from conftest import FARM_REGISTRY, ROOT, crawl_settings
from crawler.distributed.coordinator import OPEN_RUNS
from service.runs import run_distributed
from crawler.distributed.jobs import QUEUE, pack, sign
from farm.server import Farm
from oit.settings import DEFAULTS
from rules.rulebook import load_rulebook
from storage import open_db
from storage.agencies import import_agencies, list_agencies
from tests.hostile import wait_for
from tests.test_distributed import start_worker, wait_for_workers

pytestmark = pytest.mark.slow  # real Redis, workers killed and restarted

redis = pytest.importorskip("redis")
CRAWL = {**DEFAULTS["crawl"], "allow_private": True, "timeout": 2, "retries": 0, "delay": 0.02}


class RedisServer:
    """A redis-server of our own on a Unix socket, which a test may stop and start again."""

    def __init__(self, directory):
        self.binary = shutil.which("redis-server")
        if self.binary is None:
            pytest.skip("redis-server is not installed (Debian: apt-get install redis-server)")
        self.directory, self.socket = directory, directory / "redis.sock"
        self.url, self.process = f"unix://{self.socket}", None

    def start(self) -> "RedisServer":
        self.process = subprocess.Popen([self.binary, "--port", "0", "--unixsocket", str(self.socket), "--save", "",
                                         "--appendonly", "no", "--dir", str(self.directory)], stdout=subprocess.DEVNULL)
        assert wait_for(lambda: self.socket.exists() and self._pong(), 10)
        return self

    def _pong(self) -> bool:
        try:
            return redis.Redis.from_url(self.url).ping()
        except redis.RedisError:
            return False

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait(10)
            self.process = None
            if self.socket.exists():
                self.socket.unlink()


@pytest.fixture
def server(tmp_path):
    redis_server = RedisServer(tmp_path).start()
    yield redis_server
    redis_server.stop()


def farm_db(tmp_path, ids):
    db = open_db(tmp_path / "oit.db")
    import_agencies(db, FARM_REGISTRY)
    return db, list_agencies(db, ids)


def open_results(client, seconds: float = 20) -> bytes:
    assert wait_for(lambda: client.hlen(OPEN_RUNS) > 0, seconds)
    return next(iter(client.hgetall(OPEN_RUNS)))


def test_malformed_and_forged_results_are_rejected_and_the_run_is_incomplete(tmp_path, server, caplog):
    db, agencies = farm_db(tmp_path, ["bansample"])
    client = redis.Redis.from_url(server.url)

    def attacker():
        results = open_results(client)  # anyone who can write to Redis can push; without the secret, nothing counts
        forged = {"run_id": 1, "agency_id": "bansample", "worker": {"name": "evil", "politeness": {}},
                  "outcome": {"outcome": True, "run_id": 1, "agency_id": "bansample", "pages_budget": 1,
                              "unvisited": 0, "timed_out": 0},
                  "pages": [{"run_id": 1, "agency_id": "bansample", "url": "http://www.bansample.go.th/",
                             "status": 200, "kind": "html", "text": "ปลอม", "depth": 0}]}
        for junk in (b"garbage", zlib.compress(b"[1, 2, 3]"), zlib.compress(b'{"run_id": 1}'),
                     pack(sign(forged, b"a key guessed without the secret")), pack(forged)):
            client.rpush(results, junk)

    thread = threading.Thread(target=attacker)
    thread.start()
    run_id = run_distributed(tmp_path / "oit.db", agencies, load_rulebook(2566), CRAWL,
                             server.url, deadline_hours=8 / 3600, secret="s3cret")
    thread.join()
    run = db["runs"].get(run_id)
    assert run["state"] == "incomplete" and "5 results rejected" in run["note"], run["note"]
    assert db.execute("SELECT count(*) FROM pages WHERE run_id = ?", [run_id]).fetchone()[0] == 0
    assert "rejected a result" in caplog.text and "bad signature" in caplog.text


def test_a_redis_restart_mid_run_is_waited_out_and_the_run_ends_honestly(tmp_path, server):
    db, agencies = farm_db(tmp_path, ["bansample"])

    def restart():
        open_results(redis.Redis.from_url(server.url))
        time.sleep(1)
        server.stop()
        time.sleep(4)
        server.start()

    thread = threading.Thread(target=restart)
    thread.start()
    run_id = run_distributed(tmp_path / "oit.db", agencies, load_rulebook(2566), CRAWL, server.url,
                             deadline_hours=12 / 3600)  # no worker: the agency never comes back
    thread.join()
    run = db["runs"].get(run_id)
    assert run["state"] == "incomplete" and "not crawled" in run["note"], run
    assert "Redis was unreachable" in run["note"], run["note"]


def coordinator_process(tmp_path, url: str, farm: Farm, ids: list[str]) -> subprocess.Popen:
    """``oit crawl --distributed`` in its own process (so that it can be killed -9)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), OIT_CRAWL_TIMEOUT="2", OIT_CRAWL_RETRIES="0", OIT_CRAWL_DELAY="0.02")
    agencies = [arg for agency in ids for arg in ("--agency", agency)]
    return subprocess.Popen([sys.executable, "-m", "oit", "--db", str(tmp_path / "oit.db"), "crawl", "--year", "2566",
                             "--distributed", "--redis", url, "--proxy", farm.proxy_url, "--allow-private", *agencies],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_a_restarted_coordinator_does_not_let_workers_recrawl_the_dead_run(tmp_path, server):
    db, agencies = farm_db(tmp_path, ["bansample", "khokcharoen"])
    client = redis.Redis.from_url(server.url)
    with Farm(hang_seconds=4) as farm:
        dead = coordinator_process(tmp_path, server.url, farm, ["bansample", "khokcharoen"])
        dead_results = open_results(client, 60)
        assert wait_for(lambda: client.llen(f"dramatiq:{QUEUE}") == 2, 20)
        dead.send_signal(signal.SIGKILL)
        dead.wait(10)
        worker = start_worker(server.url, farm, "W1", tmp_path)
        try:
            wait_for_workers(server.url, 1)
            run_id = run_distributed(tmp_path / "oit.db", list_agencies(db, ["bansample"]), load_rulebook(2566),
                                     crawl_settings(farm), server.url, deadline_hours=0.03)
        finally:
            worker.terminate()
            worker.wait(20)
    assert db["runs"].get(run_id)["state"] == "complete"
    assert client.llen(dead_results) == 0 and client.exists(dead_results + b":closed")
    asked = [path for host, path, _ in farm.stats.log if host == "www.khokcharoen.go.th"]
    assert asked == [], "the dead run's agency was crawled again"
    crawled_by = json.loads(db["run_agencies"].get((run_id, "bansample"))["crawled_by"])
    assert crawled_by["version"] and crawled_by["name"] and crawled_by["politeness"]["robots"] is True
    assert crawled_by["user_agent"].startswith("W1/")


def test_a_worker_with_other_politeness_is_refused(tmp_path, server):
    db, agencies = farm_db(tmp_path, ["bansample"])
    with Farm(hang_seconds=4) as farm:
        env = dict(os.environ, PYTHONPATH=str(ROOT), OIT_CRAWL_TIMEOUT="2", OIT_CRAWL_RETRIES="0",
                   OIT_CRAWL_DELAY="0.02", OIT_DB=str(tmp_path / "unused.db"))
        rude = subprocess.Popen([sys.executable, "-m", "oit", "worker", "--redis", server.url, "--agencies", "2",
                                 "--proxy", farm.proxy_url, "--allow-private", "--no-robots"], env=env,
                                stderr=subprocess.PIPE, text=True)
        try:
            wait_for_workers(server.url, 1)
            run_id = run_distributed(tmp_path / "oit.db", agencies, load_rulebook(2566), crawl_settings(farm),
                                     server.url, deadline_hours=15 / 3600)
        finally:
            rude.terminate()
            _, err = rude.communicate(timeout=20)
    run = db["runs"].get(run_id)
    assert run["state"] == "incomplete" and "not crawled" in run["note"]
    assert not [h for h, _, _ in farm.stats.log if h.endswith(".go.th")], "a worker ignoring robots.txt crawled"
    assert "refused agency bansample" in err


def test_a_killed_workers_agency_is_redelivered_within_the_stated_bound(tmp_path, server):
    """README: a worker killed with -9 (no heartbeat for 30 s) has its agencies crawled by another within a minute."""
    from tests.hostile import HostileWeb, html
    from tests.test_hostile_crawl import agency, register

    first = {"seen": False}

    def site(path):
        if path == "/" and not first["seen"]:
            first["seen"] = True
            return (*html("ช้า"), 30.0)  # the first worker is busy with it when it dies
        return html('<a href="/o1.html">โครงสร้าง</a>', "อบต.ช้า")

    db = open_db(tmp_path / "oit.db")
    register(db, agency("slow", "www.slow.go.th"))
    with HostileWeb({"www.slow.go.th": site}) as web:
        env = dict(os.environ, PYTHONPATH=str(ROOT), OIT_CRAWL_TIMEOUT="60", OIT_CRAWL_RETRIES="0",
                   OIT_CRAWL_DELAY="0.02", OIT_DB=str(tmp_path / "unused.db"))
        args = [sys.executable, "-m", "oit", "worker", "--redis", server.url, "--agencies", "1", "--proxy",
                web.proxy_url, "--allow-private"]
        doomed = subprocess.Popen(args, env=env, stderr=subprocess.DEVNULL)
        spare = None
        result = {}

        def coordinate():
            result["run"] = run_distributed(tmp_path / "oit.db", [agency("slow", "www.slow.go.th")],
                                            load_rulebook(2566), {**CRAWL, "timeout": 60}, server.url,
                                            deadline_hours=150 / 3600)

        thread = threading.Thread(target=coordinate)
        try:
            wait_for_workers(server.url, 1)
            thread.start()
            assert wait_for(lambda: first["seen"], 30)
            doomed.send_signal(signal.SIGKILL)
            doomed.wait(10)
            killed = time.monotonic()
            spare = subprocess.Popen(args, env=env, stderr=subprocess.DEVNULL)
            thread.join(160)
            took = time.monotonic() - killed
        finally:
            for worker in (doomed, spare):
                if worker is not None and worker.poll() is None:
                    worker.terminate()
                    worker.wait(20)
    assert db["runs"].get(result["run"])["state"] == "complete"
    print(f"redelivered and crawled {took:.0f} s after the kill")
    assert took < 60, took
