"""Crawl benchmark: the farm's model site copied under N host names, crawled with the default polite
settings (only the proxy and --allow-private added). Prints pages/s, agencies/min, CPU seconds per page
and peak memory of the crawler process, for each N. The comparison with plain Scrapy is
``benchmarks/side_by_side.py`` (same farm, same politeness, interleaved runs).

    python -m benchmarks.crawl                # 1 and 200 sites
    python -m benchmarks.crawl --sites 1,20
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from service.runs import run_crawl  # noqa: E402
from farm.make_sites import generate_variants  # noqa: E402
from farm.server import Farm  # noqa: E402
from oit.settings import DEFAULTS  # noqa: E402
from service.judge import evaluate_run  # noqa: E402
from rules.rulebook import load_rulebook  # noqa: E402
from storage import open_db  # noqa: E402
from storage.agencies import import_agencies, list_agencies  # noqa: E402


def bench_sites(count: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        registry = generate_variants(Path(tmp) / "sites", count)
        db_path = Path(tmp) / "bench.db"
        db = open_db(db_path)
        import_agencies(db, registry)
        rulebook = load_rulebook(2566)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        with Farm(Path(tmp) / "sites") as farm:
            started = time.perf_counter()
            run_id = run_crawl(db_path, list_agencies(db), rulebook,
                               dict(DEFAULTS["crawl"], proxy=farm.proxy_url, allow_private=True))
            wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        pages = db["runs"].get(run_id)["pages"]
        cpu_eval = time.process_time()
        evaluate_run(db, run_id, rulebook)
        cpu_eval = time.process_time() - cpu_eval
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return {"sites": count, "pages": pages, "wall_s": wall, "pages_per_s": pages / wall,
                "agencies_per_min": count / wall * 60, "cpu_s_per_page": cpu / pages,
                "peak_rss_mb": after.ru_maxrss / 1024, "eval_cpu_ms_per_page": 1000 * cpu_eval / pages}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sites", default="1,200")
    args = parser.parse_args()
    print(f"{'sites':>6} {'pages':>7} {'wall s':>8} {'pages/s':>8} {'agencies/min':>13} {'CPU s/page':>11} "
          f"{'peak MB':>8} {'eval CPU ms/page':>17}")
    for count in (int(n) for n in args.sites.split(",")):
        r = bench_sites(count)
        print(f"{r['sites']:>6} {r['pages']:>7} {r['wall_s']:>8.1f} {r['pages_per_s']:>8.1f} {r['agencies_per_min']:>13.1f} "
              f"{r['cpu_s_per_page']:>11.4f} {r['peak_rss_mb']:>8.0f} {r['eval_cpu_ms_per_page']:>17.2f}", flush=True)


if __name__ == "__main__":
    main()
