"""Shared fixtures: the farm on loopback, and a database filled by really crawling it."""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

import rules  # noqa: F401
from service.runs import run_crawl
from farm.server import SITES_DIR, Farm
from oit.settings import DEFAULTS
from rules.rulebook import load_rulebook
from storage import open_db
from storage.agencies import import_agencies, list_agencies

ROOT = Path(__file__).resolve().parent.parent
FARM_REGISTRY = ROOT / "farm" / "agencies.csv"


def crawl_settings(farm: Farm, **overrides) -> dict:
    """Polite defaults, shortened for tests: the dead webboard must time out quickly."""
    return {**DEFAULTS["crawl"], "proxy": farm.proxy_url, "allow_private": True, "timeout": 2, "retries": 0,
            "delay": 0.02, **overrides}


def judge_fixture_sites(db_path: Path, hosts: list[str], year: int = 2569, sites_dir: Path = SITES_DIR,
                        **overrides) -> SimpleNamespace:
    """Fixture sites crawled once through the farm in one run and judged as the accuracy benchmark judges them:
    ``db``, ``run_id``, ``sites``, ``findings`` by (agency, item) with their evidence as a list, the farm's ``stats``.
    ``sites_dir``: a changed copy of the sites to serve, their registry addresses read from it too (the verdicts
    are still the farm's)."""
    from benchmarks.accuracy import load_sites
    from rules.families import rulebooks_for_year

    sites = load_sites(hosts=hosts)
    for site in sites if sites_dir != SITES_DIR else []:  # a changed copy's registry address is the one crawled
        if (copy := sites_dir / site.host / "expected.yaml").exists():
            site.registry["url"] = yaml.safe_load(copy.read_text(encoding="utf-8"))["registry"]["url"]
    db = open_db(db_path)
    db["agencies"].upsert_all([dict(s.registry) for s in sites], pk="id", alter=True)
    with Farm(sites_dir, hang_seconds=10) as farm:
        run_id = run_crawl(db_path, [db["agencies"].get(s.agency) for s in sites], rulebooks_for_year(year),
                           crawl_settings(farm, **{"timeout": 10, "delay": 0, **overrides}))
    db = open_db(db_path)
    assert db["runs"].get(run_id)["state"] == "complete"
    findings = {(r["agency_id"], r["item"]): dict(r, evidence=json.loads(r["evidence"]))
                for r in db["findings"].rows_where("run_id = ?", [run_id])}
    return SimpleNamespace(db=db, run_id=run_id, sites=sites, findings=findings, stats=farm.stats)


def expected(host: str) -> dict[str, str]:
    """A fixture site's verdicts as written in its ``expected.yaml``: item -> status."""
    items = yaml.safe_load((SITES_DIR / host / "expected.yaml").read_text(encoding="utf-8"))["items"]
    return {code: item["status"] for code, item in items.items()}


def found(run: SimpleNamespace, agency: str) -> dict[str, str]:
    """An agency's statuses in a :func:`judge_fixture_sites` run: item -> status."""
    return {item: f["status"] for (who, item), f in run.findings.items() if who == agency}


def assert_read_as_expected(run: SimpleNamespace, least: int) -> None:
    """Each site of a :func:`judge_fixture_sites` run: no false alarm (missing or broken for an item its verdict
    says otherwise), and at least ``least`` verdicts agreed."""
    from rules.vocabulary import ALARMS

    for site in run.sites:
        want, got = expected(site.host), found(run, site.agency)
        assert [c for c in want if got[c] in ALARMS and want[c] != got[c]] == [], (site.host, got)
        assert sum(want[c] == got[c] for c in want) >= least, (site.host, {c: (want[c], got[c]) for c in want
                                                                         if want[c] != got[c]})


def crawl_farm(db_path: Path, farm: Farm, year: int = 2566, ids: list[str] | None = None, **overrides) -> int:
    db = open_db(db_path)
    import_agencies(db, FARM_REGISTRY)
    rulebook = load_rulebook(year)
    run_id = run_crawl(db_path, list_agencies(db, ids), rulebook, crawl_settings(farm, **overrides))  # and evaluates
    return run_id


@pytest.fixture
def sites_copy(tmp_path) -> Path:
    """A private copy of the farm's sites that a test may change between crawls."""
    dest = tmp_path / "sites"
    shutil.copytree(SITES_DIR, dest)
    return dest


@pytest.fixture(scope="session")
def crawled(tmp_path_factory):
    """One crawl of every farm site, evaluated with the 2566 rulebook; the farm's request stats kept. Every test
    that reads it asserts what each page gave: a timeout of 5 s (not 2) keeps a page served late on a busy machine
    from reading as a timeout, and the dead webboard hangs longer than that, so it still times out."""
    db_path = tmp_path_factory.mktemp("crawl") / "oit.db"
    with Farm(hang_seconds=20) as farm:
        run_id = crawl_farm(db_path, farm, timeout=5)
        stats = farm.stats
    return SimpleNamespace(db_path=db_path, db=open_db(db_path), run_id=run_id, stats=stats)


@pytest.fixture
def redis_url(tmp_path):
    """A real redis-server of our own on a Unix socket in ``tmp_path`` (loopback only, no port to collide)."""
    import subprocess
    import time

    server = shutil.which("redis-server")
    if server is None:
        pytest.skip("redis-server is not installed (Debian: apt-get install redis-server); distributed mode untested")
    socket_path = tmp_path / "redis.sock"
    process = subprocess.Popen([server, "--port", "0", "--unixsocket", str(socket_path), "--save", "",
                                "--appendonly", "no", "--dir", str(tmp_path)], stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not socket_path.exists():
            if time.monotonic() > deadline or process.poll() is not None:
                pytest.fail("redis-server did not start")
            time.sleep(0.05)
        yield f"unix://{socket_path}"
    finally:
        process.terminate()
        process.wait(10)
