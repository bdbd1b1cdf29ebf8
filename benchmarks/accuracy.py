"""Accuracy report: crawl the farm, evaluate it, and compare every item verdict with the sites'
``expected.yaml``: agreement per status and overall, the confusion matrix, every disagreement, false
alarms (missing/broken for an item that is there), and evaluation CPU ms per page.

    python -m benchmarks.accuracy [--year 2566]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crawler.runner import run_crawl  # noqa: E402
from farm.server import SITES_DIR, Farm  # noqa: E402
from oit.settings import DEFAULTS  # noqa: E402
from rules.engine import evaluate_run  # noqa: E402
from rules.rulebook import load_rulebook  # noqa: E402
from storage import open_db  # noqa: E402
from storage.agencies import import_agencies, list_agencies  # noqa: E402

STATUSES = ["pass", "partial", "missing", "broken", "unchecked"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--year", type=int, default=2566)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "acc.db"
        db = open_db(db_path)
        import_agencies(db, SITES_DIR.parent / "agencies.csv")
        rulebook = load_rulebook(args.year)
        with Farm(hang_seconds=10) as farm:
            run_id = run_crawl(db_path, list_agencies(db), rulebook,
                               dict(DEFAULTS["crawl"], proxy=farm.proxy_url, allow_private=True, timeout=4, retries=0))
        run = db["runs"].get(run_id)
        pages = run["pages"]
        if not pages:
            print(f"the crawl fetched nothing (run {run['state']}: {run['note']})")
            return 2
        cpu = time.process_time()
        evaluate_run(db, run_id, rulebook)
        cpu = time.process_time() - cpu
        confusion, disagreements = Counter(), []
        for expected_file in sorted(SITES_DIR.glob("*/expected.yaml")):
            expected = yaml.safe_load(expected_file.read_text(encoding="utf-8"))
            got = {r["item"]: r for r in db["findings"].rows_where("run_id = ? AND agency_id = ?", [run_id, expected["agency"]])}
            for code, want in expected["items"].items():
                status = got[code]["status"]
                confusion[(want["status"], status)] += 1
                if status != want["status"]:
                    disagreements.append(f"{expected['agency']} {code}: expected {want['status']} ({want['why']}), "
                                         f"got {status}: {got[code]['reason_en']}")
    total = sum(confusion.values())
    agree = sum(n for (want, got), n in confusion.items() if want == got)
    print(f"item verdicts: {agree}/{total} agree ({100 * agree / total:.1f}%)\n")
    print("per expected status:")
    for status in STATUSES:
        n = sum(v for (w, _), v in confusion.items() if w == status)
        ok = confusion[(status, status)]
        if n:
            print(f"  {status:<10} {ok}/{n} ({100 * ok / n:.1f}%)")
    print("\nconfusion matrix (rows: expected, columns: verdict):")
    print(" " * 12 + "".join(f"{s:>11}" for s in STATUSES))
    for want in STATUSES:
        print(f"  {want:<10}" + "".join(f"{confusion[(want, got)]:>11}" for got in STATUSES))
    false_alarms = sum(n for (want, got), n in confusion.items() if want in {"pass", "partial"} and got in {"missing", "broken"})
    print(f"\nfalse alarms (missing/broken for an item that is there): {false_alarms}")
    print(f"evaluation: {1000 * cpu / pages:.2f} CPU ms per page ({pages} pages, {cpu:.2f} s)")
    print("\ndisagreements:" + ("".join(f"\n  {d}" for d in disagreements) or " none"))
    return 0 if not disagreements else 1


if __name__ == "__main__":
    sys.exit(main())
