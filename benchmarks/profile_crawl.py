"""Profile the whole ``oit crawl --agencies FILE`` process over the benchmark farm with py-spy (issue 25).

The farm's model site under N generated host names (as ``benchmarks/side_by_side.py``), crawled by the ``oit``
command under ``py-spy record --subprocesses`` (the ``oit`` process judging, the crawler child, its document
workers); the collapsed stacks are summarised per process: self and cumulative time of the heaviest functions,
in ms per page.

    python -m benchmarks.profile_crawl --sites 100            # needs py-spy (pip install py-spy) and ptrace rights
    python -m benchmarks.profile_crawl --stacks FILE          # summarise stacks recorded earlier

Samples are wall-clock samples of running (not idle) threads at ``--rate`` Hz, so "ms" are CPU-ish ms.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.farm_process import farm_process  # noqa: E402
from farm.make_sites import generate_variants  # noqa: E402
from oit.settings import DEFAULTS  # noqa: E402

_FRAME = re.compile(r"^(?P<func>.*?) \((?P<file>[^()]*?)(?::\d+)?\)$")


def frame_name(frame: str) -> str:
    """``parse_html (crawler/extract.py:300)`` -> ``crawler/extract.py:parse_html`` (site-packages shortened)."""
    found = _FRAME.match(frame.strip())
    if not found:
        return frame.strip()
    path = found["file"]
    path = re.sub(r"^.*?/(site-packages|lib/python3\.\d+)/", "", path)
    path = re.sub(r"^/work/wt/[^/]+/", "", path)
    return f"{path}:{found['func']}"


def summarise(stacks: Path, pages: int, rate: int, top: int = 30) -> str:
    """Self and cumulative samples per function, per process, as ms per page."""
    per_process: dict[str, dict[str, Counter]] = defaultdict(lambda: {"self": Counter(), "cum": Counter()})
    totals: Counter = Counter()
    for line in stacks.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip():
            continue
        stack, _, count = line.rpartition(" ")
        frames = stack.split(";")
        depth = max(i for i, f in enumerate(frames) if f.startswith("process "))  # the innermost process
        process = re.sub(r"^process \d+:", "", frames[depth]).replace(str(stacks.parent), "")[:90]
        process = re.sub(r"/tmp/\S+", "…", process)
        names = [frame_name(f) for f in frames[depth + 1:]]
        n = int(count)
        totals[process] += n
        if names:
            per_process[process]["self"][names[-1]] += n
            for name in dict.fromkeys(names):  # a recursive function counts once per sample
                per_process[process]["cum"][name] += n
    ms = 1000 / rate / max(pages, 1)
    out = [f"{pages} pages, {rate} Hz; ms per page (CPU samples of running threads)"]
    for process, n in totals.most_common():
        out.append(f"\n== {process}: {n * ms:.2f} ms/page ({n} samples)")
        for kind in ("self", "cum"):
            out.append(f"-- top {kind}")
            for name, c in per_process[process][kind].most_common(top):
                out.append(f"{c * ms:8.3f}  {100 * c / n:5.1f} %  {name}")
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sites", type=int, default=100)
    parser.add_argument("--rate", type=int, default=250)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--stacks", help="summarise this collapsed-stacks file instead of recording")
    parser.add_argument("--pages", type=int, default=0, help="pages of the recorded run (with --stacks)")
    parser.add_argument("--out", default="", help="keep the collapsed stacks here")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="a [crawl] setting")
    args = parser.parse_args()
    if args.stacks:
        print(summarise(Path(args.stacks), args.pages, args.rate, args.top))
        return
    with tempfile.TemporaryDirectory(prefix="oit-prof-") as tmp:
        workdir = Path(tmp)
        registry = generate_variants(workdir / "sites", args.sites)
        with farm_process(workdir / "sites") as proxy:
            crawl = dict(DEFAULTS["crawl"], proxy=proxy, allow_private=True)
            for pair in args.set:
                key, value = pair.split("=", 1)
                crawl[key] = type(DEFAULTS["crawl"][key])(value)
            config = workdir / "oit.toml"
            config.write_text("[crawl]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in crawl.items()),
                              encoding="utf-8")
            db_path = workdir / "oit.db"
            stacks = Path(args.out) if args.out else workdir / "stacks.txt"
            env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
            load = os.getloadavg()[0]
            started = time.perf_counter()
            subprocess.run(["py-spy", "record", "--subprocesses", "--format", "raw", "--rate", str(args.rate),
                            "--output", str(stacks), "--", sys.executable, "-m", "oit", "--config", str(config),
                            "--db", str(db_path), "crawl", "--agencies", str(registry), "--year", "2566"],
                           env=env, check=True, stdout=subprocess.DEVNULL)
            wall = time.perf_counter() - started
        import sqlite3

        pages = sqlite3.connect(db_path).execute("SELECT pages FROM runs ORDER BY id DESC LIMIT 1").fetchone()[0]
        print(f"load before {load:.2f}, after {os.getloadavg()[0]:.2f}; wall {wall:.1f} s under py-spy; {pages} pages")
        print(summarise(stacks, pages, args.rate, args.top))


if __name__ == "__main__":
    main()
