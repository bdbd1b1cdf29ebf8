"""A national night projected from a sample: N generated agency sites (~60 pages each) on a farm that answers
like real sites (lognormal 300–700 ms, 3 % of requests hanging), crawled, stored and judged by ``run_crawl``;
the steady rate of agencies finished is projected to 10,000 sites. Each copy links its own Facebook page and LINE
account, as real agencies do, so the run-wide cache of outbound checks does not flatter the figure.

    python -m benchmarks.night                                   # 300 sites, default settings
    python -m benchmarks.night --sites 300 --set concurrency=128 --set agencies_at_once=128
    python -m benchmarks.night --script-built 0.05 --outside 0.20   # the new reading (issue 25)

With ``--script-built`` and ``--outside`` (benchmarks/night_sites.py) that share of the sites are copies of the
farm's script-built site (every page rendered in Chromium) and of its outside-publishing sites (a Google Site;
Docs, Sheets, flipbooks, Drive, YouTube, Facebook), each with outside pages of its own. Outside publishing hosts
are read at one polite rate per host for the whole night (``outside_delay``), so besides the steady rate the
projection is bounded by the busiest outside host: its requests, scaled to 10,000 sites, at that rate.

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


def tree_rss_mb(root: int, leave_out: set[int], field: str = "Rss:") -> float:
    """Resident memory of ``root`` and all its descendants but ``leave_out`` (and theirs), in MB (``field``
    "Pss:": each process's proportional share of what it shares with others)."""
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
        try:  # PSS: memory shared by the browser's processes (and forked workers) counted once, not per process
            with open(f"/proc/{pid}/smaps_rollup", encoding="utf-8") as fh:
                total += next(int(line.split()[1]) for line in fh if line.startswith(field))
        except (OSError, StopIteration):
            pass
    return total / 1024


class PeakMemory:
    """Samples :func:`tree_rss_mb` every second in a thread."""

    def __init__(self, leave_out: set[int]):
        self.peak, self.peak_pss, self.leave_out = 0.0, 0.0, leave_out
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(1.0):
            self.peak = max(self.peak, tree_rss_mb(os.getpid(), self.leave_out))
            self.peak_pss = max(self.peak_pss, tree_rss_mb(os.getpid(), self.leave_out, "Pss:"))

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


def cmdline(pid: int) -> bytes:
    """A process's command line; empty when it ended meanwhile (other processes come and go on a shared machine)."""
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sites", type=int, default=300)
    parser.add_argument("--latency", default="450:0.25:0.03", help="farm answer times, MEDIAN_MS:SIGMA:HANG_SHARE")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="a [crawl] setting")
    parser.add_argument("--script-built", type=float, default=0.0, help="share of script-built sites (rendered)")
    parser.add_argument("--outside", type=float, default=0.0, help="share of sites publishing on outside hosts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="oit-night-") as tmp:
        if args.script_built or args.outside:
            from benchmarks.night_sites import mixed_farm

            registry, kinds = mixed_farm(Path(tmp) / "sites", args.sites, args.script_built, args.outside)
            print("sites:", ", ".join(f"{n} {kind}" for kind, n in kinds.items()))
        else:
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
                         if b"farm\x00serve" in cmdline(pid)}
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
        reading = reading_figures(db, run_id)
        db_mb = sum(os.path.getsize(f"{db_path}{s}") for s in ("", "-wal") if os.path.exists(f"{db_path}{s}")) / 2**20
    projected = (wall + (NATION - args.sites) / rate) / 3600
    host, requests = reading["busiest_host"]
    host_hours = requests * NATION / args.sites * float(crawl["outside_delay"]) / 3600
    print(f"state {run['state']}; {run['pages']} pages ({run['pages'] / args.sites:.0f} per site), {run['errors']} errors, "
          f"{timed_out} agencies over their time budget")
    print(f"wall {wall:.0f} s, {run['pages'] / wall:.1f} pages/s, steady {rate * 3600:.0f} agencies/hour; "
          f"load average after {os.getloadavg()[0]:.2f}")
    if run["note"]:
        print(f"run note: {run['note'][:600]}")
    print(f"rendered {reading['rendered']} pages, {reading['shells_unread']} script shells left unread; "
          f"{reading['outside']} outside pages read, {reading['outside_unread']} not read")
    if requests:
        print(f"busiest outside host {host}: {requests} requests, x{NATION / args.sites:.0f} = "
              f"{host_hours:.2f} h at one request per {crawl['outside_delay']} s")
    if reading["rendered"]:
        renders = reading["rendered"] * NATION / args.sites
        print(f"renders projected: {renders:,.0f} (run budget render_run_pages {crawl['render_run_pages']}: "
              f"past it, shells are recorded unread and judged unchecked)")
    print(f"projected for {NATION:,} sites: {max(projected, host_hours):.2f} h (steady rate {projected:.2f} h, "
          f"busiest outside host {host_hours:.2f} h); peak memory {memory.peak_pss:.0f} MB PSS "
          f"({memory.peak:.0f} MB summing each process's RSS); "
          f"database {db_mb / args.sites:.3f} MB per site")


def reading_figures(db, run_id: int) -> dict:
    """Renders, shells left unread, outside pages read, and the outside host asked most: pages read there and
    links checked there (Drive files, a shared folder's entries), each made once for every agency that links it,
    at the one rate each outside host gets (``outside_delay`` and the per-site ``delay`` are both 0.25 s)."""
    from urllib.parse import urlsplit

    one = lambda sql: db.execute(sql, [run_id]).fetchone()[0]  # noqa: E731
    hosts: dict[str, int] = {}
    for (url,) in db.execute("SELECT DISTINCT url FROM pages WHERE run_id = ? AND (outside = 1 OR kind = 'external')",
                             [run_id]):
        host = urlsplit(url).hostname or ""
        hosts[host] = hosts.get(host, 0) + 1
    return {"rendered": one("SELECT count(*) FROM pages WHERE run_id = ? AND rendered = 1"),
            "shells_unread": one("SELECT count(*) FROM pages WHERE run_id = ? AND unread = 'script_shell'"),
            "outside": one("SELECT count(*) FROM pages WHERE run_id = ? AND outside = 1 AND coalesce(unread, '') = ''"),
            "outside_unread": one("SELECT count(*) FROM pages WHERE run_id = ? AND outside = 1 AND unread != ''"),
            "busiest_host": max(hosts.items(), key=lambda kv: kv[1], default=("", 0))}


if __name__ == "__main__":
    main()
