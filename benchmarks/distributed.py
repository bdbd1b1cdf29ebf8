"""Distributed mode's throughput with 1 and 2 workers: a real redis-server on a Unix socket, ``oit worker``
processes and ``run_distributed`` (``oit crawl --distributed``) storing and judging, on generated farm sites.

    python -m benchmarks.distributed                              # 100 sites, farm answering like real sites
    python -m benchmarks.distributed --sites 200 --latency "" --workers 1,2

On one 2-core machine the workers share the cores with the coordinator and the farm: with real-site latency a
second worker adds request slots, on a farm answering at once it only adds CPU contention. On separate machines
each worker brings its own cores and network.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.farm_process import farm_process  # noqa: E402
from service.runs import run_distributed  # noqa: E402
from farm.make_sites import generate_variants  # noqa: E402
from oit.settings import DEFAULTS  # noqa: E402
from rules.rulebook import load_rulebook  # noqa: E402
from storage import open_db  # noqa: E402
from storage.agencies import import_agencies, list_agencies  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def start_redis(directory: Path) -> tuple[subprocess.Popen, str]:
    server = shutil.which("redis-server")
    if server is None:
        raise SystemExit("redis-server is not installed (Debian: apt-get install redis-server)")
    sock = directory / "redis.sock"
    process = subprocess.Popen([server, "--port", "0", "--unixsocket", str(sock), "--save", "", "--appendonly", "no",
                                "--dir", str(directory)], stdout=subprocess.DEVNULL)
    while not sock.exists():
        time.sleep(0.05)
    return process, f"unix://{sock}"


def start_workers(count: int, redis_url: str, proxy: str, agencies: int, settings: list[str]) -> list[subprocess.Popen]:
    import redis

    env = dict(os.environ, PYTHONPATH=str(ROOT), OIT_DB=os.devnull,
               **{f"OIT_CRAWL_{pair.split('=')[0].upper()}": pair.split("=", 1)[1] for pair in settings})
    workers = [subprocess.Popen([sys.executable, "-m", "oit", "worker", "--redis", redis_url, "--proxy", proxy,
                                 "--allow-private", "--agencies", str(agencies)], env=env, stderr=subprocess.DEVNULL)
               for _ in range(count)]
    client = redis.Redis.from_url(redis_url)
    client.delete("dramatiq:__heartbeats__")
    while client.zcard("dramatiq:__heartbeats__") < count:  # every worker listening before the run starts
        time.sleep(0.1)
    return workers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sites", type=int, default=100)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--agencies", type=int, default=64, help="agencies each worker crawls at once")
    parser.add_argument("--latency", default="450:0.25:0.03", help="farm answer times ('' to answer at once)")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="a [crawl] setting of the workers")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="oit-dist-") as tmp:
        registry = generate_variants(Path(tmp) / "sites", args.sites, own_outbound=True)
        redis_server, redis_url = start_redis(Path(tmp))
        try:
            with farm_process(Path(tmp) / "sites", args.latency) as proxy:
                print(f"load average before: {os.getloadavg()[0]:.2f}; {args.sites} sites; farm latency "
                      f"{args.latency or 'none'}; {args.agencies} agencies at once per worker; {' '.join(args.set)}")
                print(f"{'workers':>7} {'pages':>7} {'wall s':>7} {'pages/s':>8} {'agencies/h':>11} {'state':>9}")
                for count in (int(n) for n in args.workers.split(",")):
                    db_path = Path(tmp) / f"run-{count}.db"
                    db = open_db(db_path)
                    import_agencies(db, registry)
                    workers = start_workers(count, redis_url, proxy, args.agencies, args.set)
                    try:
                        started = time.perf_counter()
                        run_id = run_distributed(db_path, list_agencies(db), load_rulebook(2566),
                                                 dict(DEFAULTS["crawl"]), redis_url)
                        wall = time.perf_counter() - started
                    finally:
                        for worker in workers:
                            worker.terminate()
                        for worker in workers:
                            worker.wait(60)
                    run = db["runs"].get(run_id)
                    print(f"{count:>7} {run['pages']:>7} {wall:>7.1f} {run['pages'] / wall:>8.1f} "
                          f"{args.sites / wall * 3600:>11.0f} {run['state']:>9}  load {os.getloadavg()[0]:.2f}",
                          flush=True)
        finally:
            redis_server.terminate()
            redis_server.wait(10)


if __name__ == "__main__":
    main()
