"""CPU per page of each process of ``oit crawl --agencies FILE`` (crawler, ``oit`` judging, document workers),
two source trees crawled *at the same time* so that the machine's other load falls on both alike (issue 25).

On a shared 2-core machine the load moves from 3 to 15 within minutes, and CPU per page moves with it (cache and
core contention): runs one after the other compare the load more than the code. Crawled side by side, each tree
with its own farm process and the same N generated sites, the two see the same load. Medians of the rounds.

    python -m benchmarks.cpu_pairs --sites 100 --rounds 3 BASE_TREE NEW_TREE   # e.g. a `git archive` of main, .

Each tree is a checkout of this repository (``PYTHONPATH`` points at it; the venv is this one).
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.farm_process import farm_process  # noqa: E402
from benchmarks.process_tree import _stat, _tree  # noqa: E402
from farm.make_sites import generate_variants  # noqa: E402
from oit.settings import DEFAULTS  # noqa: E402


def process_kind(pid: int) -> str:
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return "gone"
    if "crawler.process" in command:
        return "crawler"
    if "-m oit" in command:
        return "oit"
    return "workers" if "multiprocessing" in command else "other"


def crawl_once(tree: Path, sites: int) -> dict:
    """One ``oit crawl`` of ``sites`` farm sites with ``tree``'s code: CPU seconds per kind of process, pages, wall."""
    with tempfile.TemporaryDirectory(prefix="oit-cpu-") as tmp:
        workdir = Path(tmp)
        registry = generate_variants(workdir / "sites", sites)
        with farm_process(workdir / "sites", "") as proxy:
            config = workdir / "oit.toml"
            crawl = dict(DEFAULTS["crawl"], proxy=proxy, allow_private=True)
            config.write_text("[crawl]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in crawl.items()),
                              encoding="utf-8")
            started, load = time.perf_counter(), os.getloadavg()[0]
            child = subprocess.Popen([sys.executable, "-m", "oit", "--config", str(config), "--db",
                                      str(workdir / "oit.db"), "crawl", "--agencies", str(registry), "--year", "2566"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     env=dict(os.environ, PYTHONPATH=str(tree)))
            cpu: dict[int, float] = {}
            kinds: dict[int, str] = {}
            while child.poll() is None:
                for pid in _tree(child.pid):
                    stat = _stat(pid)
                    if stat is not None:
                        cpu[pid] = max(cpu.get(pid, 0.0), stat[0])
                        kinds.setdefault(pid, process_kind(pid))
                time.sleep(0.05)
            wall = time.perf_counter() - started
        pages = sqlite3.connect(workdir / "oit.db").execute("SELECT pages FROM runs ORDER BY id DESC LIMIT 1").fetchone()[0]
    result = {"pages": pages, "wall": wall, "load": (load + os.getloadavg()[0]) / 2}
    for pid, seconds in cpu.items():
        result[kinds[pid]] = result.get(kinds[pid], 0.0) + seconds
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("trees", nargs=2, type=Path)
    parser.add_argument("--sites", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    kinds = ("crawler", "oit", "workers")
    results: dict[Path, list[dict]] = {tree: [] for tree in args.trees}
    print(f"{'tree':<28} {'load':>5} {'pages':>6} {'wall s':>7} " + " ".join(f"{k:>8}" for k in kinds) + "   ms/page")
    for _ in range(args.rounds):
        with ThreadPoolExecutor(2) as both:
            for tree, result in zip(args.trees, both.map(lambda t: crawl_once(t, args.sites), args.trees)):
                results[tree].append(result)
                ms = [result.get(k, 0.0) / result["pages"] * 1000 for k in kinds]
                print(f"{str(tree)[-28:]:<28} {result['load']:>5.1f} {result['pages']:>6} {result['wall']:>7.1f} "
                      + " ".join(f"{m:>8.2f}" for m in ms) + f"   total {sum(ms):.2f}", flush=True)
    for tree, rows in results.items():
        medians = [statistics.median(r.get(k, 0.0) / r["pages"] * 1000 for r in rows) for k in kinds]
        print(f"median {str(tree)[-21:]:<21} " + " ".join(f"{k} {m:.2f}" for k, m in zip(kinds, medians)))


if __name__ == "__main__":
    main()
