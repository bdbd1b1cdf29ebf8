"""A national night projected from a sample: N generated agency sites (~60 pages each) on a farm that answers
like real sites (lognormal 300–700 ms, 3 % of requests hanging), crawled, stored and judged by ``run_crawl``;
the steady rate of agencies finished is projected to 10,000 sites. Each copy links its own Facebook page and LINE
account, as real agencies do, so the run-wide cache of outbound checks does not flatter the figure.

    python -m benchmarks.night                                   # 300 sites, default settings
    python -m benchmarks.night --sites 300 --set concurrency=128 --set agencies_at_once=128

Prints wall time, pages/s, agencies/hour in the steady middle of the run (20 %–80 % of agencies done), the
projected hours for 10,000 sites, the peak memory of the whole process tree (coordinator, crawler, document
workers; the farm left out) and the database size per site.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.farm_process import farm_process  # noqa: E402
from service.runs import run_crawl  # noqa: E402
from farm.make_sites import generate_variants  # noqa: E402
from oit.settings import DEFAULTS  # noqa: E402
from rules.rulebook import load_rulebook  # noqa: E402
from storage import open_db  # noqa: E402
from storage.agencies import import_agencies, list_agencies  # noqa: E402

NATION = 10_000


def tree_rss_mb(root: int, leave_out: set[int]) -> float:
    """Resident memory of ``root`` and all its descendants but ``leave_out`` (and theirs), in MB."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8", errors="replace") as fh:
                    parents[int(entry)] = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                pass
    tree, frontier = set(), [root]
    while frontier:
        pid = frontier.pop()
        if pid in leave_out or pid in tree:
            continue
        tree.add(pid)
        frontier.extend(child for child, parent in parents.items() if parent == pid)
    total = 0
    for pid in tree:
        try:
            with open(f"/proc/{pid}/status", encoding="utf-8") as fh:
                total += next(int(line.split()[1]) for line in fh if line.startswith("VmRSS:"))
        except (OSError, StopIteration):
            pass
    return total / 1024


class PeakMemory:
    """Samples :func:`tree_rss_mb` every second in a thread."""

    def __init__(self, leave_out: set[int]):
        self.peak, self.leave_out = 0.0, leave_out
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(1.0):
            self.peak = max(self.peak, tree_rss_mb(os.getpid(), self.leave_out))

    def __enter__(self) -> "PeakMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def steady_rate(finished: list[float]) -> float:
    """Agencies per second between 20 % and 80 % of them done."""
    finished = sorted(finished)
    low, high = finished[len(finished) // 5], finished[len(finished) * 4 // 5]
    return (len(finished) * 3 // 5) / max(high - low, 1e-9)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sites", type=int, default=300)
    parser.add_argument("--latency", default="450:0.25:0.03", help="farm answer times, MEDIAN_MS:SIGMA:HANG_SHARE")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="a [crawl] setting")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="oit-night-") as tmp:
        registry = generate_variants(Path(tmp) / "sites", args.sites, own_outbound=True)
        db_path = Path(tmp) / "night.db"
        db = open_db(db_path)
        import_agencies(db, registry)
        with farm_process(Path(tmp) / "sites", args.latency) as proxy:
            crawl = dict(DEFAULTS["crawl"], proxy=proxy, allow_private=True)
            for pair in args.set:
                key, value = pair.split("=", 1)
                crawl[key] = type(DEFAULTS["crawl"][key])(value)
            farm_pids = {pid for pid in map(int, filter(str.isdigit, os.listdir("/proc")))
                         if b"farm\x00serve" in Path(f"/proc/{pid}/cmdline").read_bytes()}
            print(f"load average before: {os.getloadavg()[0]:.2f}; {args.sites} sites; farm latency {args.latency}; "
                  + ", ".join(f"{k} {crawl[k]}" for k in ("concurrency", "agencies_at_once", "per_site", "delay",
                                                          "timeout", "retries")), flush=True)
            with PeakMemory(farm_pids) as memory:
                started = time.perf_counter()
                run_id = run_crawl(db_path, list_agencies(db), load_rulebook(2566), crawl)
                wall = time.perf_counter() - started
        run = db["runs"].get(run_id)
        finished = [datetime.fromisoformat(r["finished_at"]).timestamp()
                    for r in db.query("SELECT finished_at FROM run_agencies WHERE run_id = ?", [run_id])]
        rate = steady_rate(finished)
        timed_out = db.execute("SELECT count(*) FROM run_agencies WHERE run_id = ? AND timed_out", [run_id]).fetchone()[0]
        db_mb = sum(os.path.getsize(f"{db_path}{s}") for s in ("", "-wal") if os.path.exists(f"{db_path}{s}")) / 2**20
    projected = (wall + (NATION - args.sites) / rate) / 3600
    print(f"state {run['state']}; {run['pages']} pages ({run['pages'] / args.sites:.0f} per site), {run['errors']} errors, "
          f"{timed_out} agencies over their time budget")
    print(f"wall {wall:.0f} s, {run['pages'] / wall:.1f} pages/s, steady {rate * 3600:.0f} agencies/hour; "
          f"load average after {os.getloadavg()[0]:.2f}")
    print(f"projected for {NATION:,} sites: {projected:.2f} h; peak memory {memory.peak:.0f} MB; "
          f"database {db_mb / args.sites:.3f} MB per site")


if __name__ == "__main__":
    main()
