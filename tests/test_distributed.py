"""Distributed mode on a real Redis: two `oit worker` processes crawl the farm for `oit crawl --distributed`,
which stores and judges every agency, to the same findings as a crawl on one machine."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from collections import defaultdict

import pytest

from conftest import FARM_REGISTRY, ROOT, crawl_farm, crawl_settings
from service.runs import run_distributed
from farm.server import Farm
from rules.rulebook import load_rulebook
from storage import open_db
from storage.agencies import import_agencies, list_agencies

pytestmark = pytest.mark.slow  # real Redis and two workers

SITES = ["bansample", "sawangdaen", "khokcharoen", "phonsawan", "wangnam", "maetha"]


def start_worker(redis_url: str, farm: Farm, name: str, tmp_path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), OIT_CRAWL_TIMEOUT="2", OIT_CRAWL_RETRIES="0",
               OIT_CRAWL_DELAY="0.02", OIT_CRAWL_USER_AGENT=f"{name}/{{version}}", OIT_DB=str(tmp_path / "unused.db"))
    return subprocess.Popen([sys.executable, "-m", "oit", "worker", "--redis", redis_url, "--agencies", "3",
                             "--proxy", farm.proxy_url, "--allow-private"], env=env, stderr=subprocess.DEVNULL)


def wait_for_workers(redis_url: str, count: int) -> None:
    """Until ``count`` workers listen (Dramatiq's heartbeats), so that neither takes every agency alone."""
    import redis

    client, deadline = redis.Redis.from_url(redis_url), time.monotonic() + 60
    while client.zcard("dramatiq:__heartbeats__") < count:
        assert time.monotonic() < deadline, "the workers did not start"
        time.sleep(0.1)


def statuses(db, run_id: int) -> dict:
    return {(r["agency_id"], r["item"]): r["status"]
            for r in db.query("SELECT agency_id, item, status FROM findings WHERE run_id = ?", [run_id])}


def test_two_workers_crawl_to_the_same_findings_as_one_machine(tmp_path, redis_url):
    with Farm(hang_seconds=8) as farm:
        single = crawl_farm(tmp_path / "single.db", farm, ids=SITES)
        farm.stats.log.clear()
        workers = [start_worker(redis_url, farm, f"W{n}", tmp_path) for n in (1, 2)]
        try:
            wait_for_workers(redis_url, 2)
            db = open_db(tmp_path / "distributed.db")
            import_agencies(db, FARM_REGISTRY)
            run_id = run_distributed(tmp_path / "distributed.db", list_agencies(db, SITES), load_rulebook(2566),
                                     crawl_settings(farm), redis_url, deadline_hours=0.05)
        finally:
            for worker in workers:
                worker.terminate()
                worker.wait(20)
        log = list(farm.stats.log)
    assert db["runs"].get(run_id)["state"] == "complete"
    one = statuses(open_db(tmp_path / "single.db"), single)
    assert len(one) == len(SITES) * 43 and statuses(db, run_id) == one
    # each agency's own site was crawled wholly by one worker (its politeness held), and both workers took agencies
    workers_of = defaultdict(set)
    for host, _, agent in log:
        if host.endswith(".go.th"):
            workers_of[host].add(agent.split("/")[0])
    assert workers_of and all(len(agents) == 1 for agents in workers_of.values())
    assert set().union(*workers_of.values()) == {"W1", "W2"}
    assert db["run_agencies"].get((run_id, "maetha"))["state"] == "unreachable"
