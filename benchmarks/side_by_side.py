"""OIT Watch against a plain Scrapy spider on the same generated farm, at the same politeness.

Both crawl the farm's model site under N generated host names through the same farm process and proxy, with the
default ``[crawl]`` settings (robots.txt, 2 requests in flight per site, 0.25 s delay, AutoThrottle, page, depth
and size limits). OIT Watch's figure is a whole run — crawl, page texts and documents stored, every agency
evaluated, run marked complete; the plain spider only fetches and follows links (benchmarks/plain_spider.py).
Runs are interleaved (OIT, plain, OIT, plain …) so that other load on the machine falls on both alike; medians
are compared.

    python -m benchmarks.side_by_side                       # 200 sites, 3 rounds, farm answering at once
    python -m benchmarks.side_by_side --sites 100 --rounds 2 --latency 450:0.25:0.03
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.farm_process import farm_process  # noqa: E402
from crawler.runner import run_crawl  # noqa: E402
from farm.make_sites import generate_variants  # noqa: E402
from oit.settings import DEFAULTS  # noqa: E402
from rules.rulebook import load_rulebook  # noqa: E402
from storage import open_db  # noqa: E402
from storage.agencies import import_agencies, list_agencies  # noqa: E402


def _cpu(children: bool) -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_oit(registry: Path, workdir: Path, crawl: dict) -> dict:
    """One OIT Watch run into a fresh database: wall seconds, pages, CPU seconds of crawler and evaluation."""
    db_path = workdir / f"oit-{time.monotonic_ns()}.db"
    db = open_db(db_path)
    import_agencies(db, registry)
    agencies = list_agencies(db)
    cpu0, started = _cpu(True) + _cpu(False), time.perf_counter()
    run_id = run_crawl(db_path, agencies, load_rulebook(2566), crawl)
    wall = time.perf_counter() - started
    cpu = _cpu(True) + _cpu(False) - cpu0
    run = db["runs"].get(run_id)
    assert run["state"] == "complete", run
    db.conn.close()
    for suffix in ("", "-wal", "-shm", ".crawl.lock"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    return {"wall": wall, "pages": run["pages"], "cpu": cpu, "sites": len(agencies)}


def run_plain(urls: list[str], workdir: Path, crawl: dict) -> dict:
    job = workdir / "plain.json"
    job.write_text(json.dumps({"urls": urls, "crawl": crawl}), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    cpu0, started = _cpu(True), time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "benchmarks.plain_spider", str(job)], capture_output=True, text=True,
                         env=env, check=True).stdout
    wall = time.perf_counter() - started
    result = json.loads(out.strip().splitlines()[-1])
    return {"wall": wall, "pages": result["pages"], "cpu": _cpu(True) - cpu0, "sites": len(urls)}


def describe(name: str, r: dict) -> str:
    return (f"{name:<6} {r['sites']:>6} {r['pages']:>7} {r['wall']:>8.1f} {r['sites'] / r['wall'] * 3600:>10.0f} "
            f"{r['pages'] / r['wall']:>8.1f} {r['cpu'] / r['pages']:>11.4f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sites", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--latency", default="", help="farm answer times, MEDIAN_MS:SIGMA:HANG_SHARE (default: at once)")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="a [crawl] setting for both crawlers (e.g. concurrency=128)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="oit-sbs-") as tmp:
        workdir = Path(tmp)
        registry = generate_variants(workdir / "sites", args.sites)
        urls = [f"http://www.bench{k:04d}.go.th/" for k in range(args.sites)]
        with farm_process(workdir / "sites", args.latency) as proxy:
            crawl = dict(DEFAULTS["crawl"], proxy=proxy, allow_private=True)
            for pair in args.set:
                key, value = pair.split("=", 1)
                crawl[key] = type(DEFAULTS["crawl"][key])(value)
            print(f"load average before: {os.getloadavg()[0]:.2f}; farm latency: {args.latency or 'none'}; "
                  f"concurrency {crawl['concurrency']}, per site {crawl['per_site']}, delay {crawl['delay']}")
            print(f"{'who':<6} {'sites':>6} {'pages':>7} {'wall s':>8} {'sites/h':>10} {'pages/s':>8} {'CPU s/page':>11}")
            results: dict[str, list[dict]] = {"oit": [], "plain": []}
            for _ in range(args.rounds):
                for name, run in (("oit", lambda: run_oit(registry, workdir, crawl)),
                                  ("plain", lambda: run_plain(urls, workdir, crawl))):
                    results[name].append(run())
                    print(describe(name, results[name][-1]), f"  load {os.getloadavg()[0]:.2f}", flush=True)
    median = {name: {key: statistics.median(r[key] for r in runs) for key in ("wall", "pages", "cpu", "sites")}
              for name, runs in results.items()}
    for name in ("oit", "plain"):
        print(describe(name + "~", median[name]), " (median)")
    rounds = [p["wall"] / o["wall"] for o, p in zip(results["oit"], results["plain"])]
    print("sites/hour ratio per round (each OIT run against the plain run after it): "
          + ", ".join(f"{r:.2f}" for r in rounds) + f"; median {statistics.median(rounds):.2f}")
    oit, plain = median["oit"], median["plain"]
    print(f"OIT Watch / plain Scrapy: sites/hour {plain['wall'] / oit['wall']:.2f}, "
          f"pages/s {(oit['pages'] / oit['wall']) / (plain['pages'] / plain['wall']):.2f}, "
          f"CPU per page {(oit['cpu'] / oit['pages']) / (plain['cpu'] / plain['pages']):.2f}")


if __name__ == "__main__":
    main()
