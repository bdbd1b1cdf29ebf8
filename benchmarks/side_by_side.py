"""OIT Watch against a plain Scrapy spider on the same generated farm, at the same politeness.

First row, as users pay for it (issue 25): the whole ``oit crawl --agencies FILE`` process (start-up, registry
import, crawl, store, judge), timed as a subprocess with its process tree's CPU and peak memory
(benchmarks/process_tree.py), against a minimal spider process that takes links with CSS selectors
(benchmarks/minimal_spider.py). Second row, the older in-process figure: ``run_crawl`` against a
LinkExtractor spider (benchmarks/plain_spider.py).

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
from service.runs import run_crawl  # noqa: E402
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


def run_oit_process(registry: Path, workdir: Path, crawl: dict) -> dict:
    """``oit crawl --agencies FILE`` as a user runs it, into a fresh database, settings from a TOML file."""
    from benchmarks.process_tree import run_measured

    db_path = workdir / f"oit-{time.monotonic_ns()}.db"
    config = workdir / "oit.toml"
    config.write_text("[crawl]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in crawl.items()), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    usage = run_measured([sys.executable, "-m", "oit", "--config", str(config), "--db", str(db_path), "crawl",
                          "--agencies", str(registry), "--year", "2566"], env=env)
    assert usage.returncode == 0, usage
    db = open_db(db_path)
    run = next(db["runs"].rows_where(order_by="id desc", limit=1))
    assert run["state"] == "complete", run
    db.conn.close()
    return {"wall": usage.wall, "pages": run["pages"], "cpu": usage.cpu, "sites": run["agencies"],
            "peak_mb": usage.peak_rss_mb}


def run_minimal(urls: list[str], workdir: Path, crawl: dict) -> dict:
    from benchmarks.process_tree import run_measured

    job = workdir / "minimal.json"
    job.write_text(json.dumps({"urls": urls, "crawl": crawl}), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    usage = run_measured([sys.executable, "-m", "benchmarks.minimal_spider", str(job)], env=env)
    result = json.loads(usage.stdout.strip().splitlines()[-1])
    return {"wall": usage.wall, "pages": result["pages"], "cpu": usage.cpu, "sites": len(urls), "peak_mb": usage.peak_rss_mb}


def describe(name: str, r: dict) -> str:
    return (f"{name:<9} {r['sites']:>6} {r['pages']:>7} {r['wall']:>8.1f} {r['sites'] / r['wall'] * 3600:>10.0f} "
            f"{r['pages'] / r['wall']:>8.1f} {r['cpu'] / r['pages'] * 1000:>10.2f} {r.get('peak_mb', 0):>8.0f}")


def compare(results: dict, ours: str, theirs: str) -> str:
    """Min / median / max per interleaved pair of sites/h, pages/s and CPU-per-page ratios, ours against theirs."""
    pairs = list(zip(results[ours], results[theirs]))
    ratios = {"sites/h": [t["wall"] / o["wall"] for o, t in pairs],
              "pages/s": [(o["pages"] / o["wall"]) / (t["pages"] / t["wall"]) for o, t in pairs],
              "CPU/page": [(o["cpu"] / o["pages"]) / (t["cpu"] / t["pages"]) for o, t in pairs]}
    return f"{ours} / {theirs}: " + "; ".join(
        f"{name} min {min(v):.2f} median {statistics.median(v):.2f} max {max(v):.2f}" for name, v in ratios.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sites", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--latency", default="", help="farm answer times, MEDIAN_MS:SIGMA:HANG_SHARE (default: at once)")
    parser.add_argument("--mode", choices=["whole", "inprocess", "both"], default="both",
                        help="whole: the oit process against a minimal spider process; inprocess: the older figure")
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
            print(f"{'who':<9} {'sites':>6} {'pages':>7} {'wall s':>8} {'sites/h':>10} {'pages/s':>8} {'CPU ms/pg':>10} "
                  f"{'peak MB':>8}")
            runners = {"oit-proc": lambda: run_oit_process(registry, workdir, crawl),
                       "minimal": lambda: run_minimal(urls, workdir, crawl),
                       "oit": lambda: run_oit(registry, workdir, crawl),
                       "plain": lambda: run_plain(urls, workdir, crawl)}
            chosen = {"whole": ["oit-proc", "minimal"], "inprocess": ["oit", "plain"],
                      "both": ["oit-proc", "minimal", "oit", "plain"]}[args.mode]
            results: dict[str, list[dict]] = {name: [] for name in chosen}
            for _ in range(args.rounds):
                for name in chosen:  # interleaved: other load on the machine falls on every row alike
                    results[name].append(runners[name]())
                    print(describe(name, results[name][-1]), f"  load {os.getloadavg()[0]:.2f}", flush=True)
    for name in chosen:
        median = {key: statistics.median(r.get(key, 0) for r in results[name])
                  for key in ("wall", "pages", "cpu", "sites", "peak_mb")}
        print(describe(name + "~", median), " (median)")
    if "oit-proc" in results:
        print(compare(results, "oit-proc", "minimal"), " <- as users pay for it")
    if "oit" in results:
        print(compare(results, "oit", "plain"), " <- in-process (older figure)")


if __name__ == "__main__":
    main()
