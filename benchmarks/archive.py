"""What evidence that lasts costs: WARC bytes per agency per night, first night and an unchanged night.

    python -m benchmarks.archive            # the nine demo farm sites, crawled twice

Prints, per night, captures, revisits, WARC bytes on disk and bytes per agency, and the database's size for
comparison. The second night's sites are unchanged, so nearly every capture is a revisit record (headers only).
"""
from __future__ import annotations

import csv
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crawler.archive import archive_dir  # noqa: E402
from service.runs import run_crawl  # noqa: E402
from farm.server import SITES_DIR, Farm  # noqa: E402
from oit.settings import DEFAULTS  # noqa: E402
from rules.rulebook import load_rulebook  # noqa: E402
from storage import open_db  # noqa: E402


def main() -> int:
    agencies = list(csv.DictReader((SITES_DIR.parent / "agencies.csv").open(encoding="utf-8")))
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "oit.db"
        db = open_db(db_path)
        db["agencies"].upsert_all(agencies, pk="id", alter=True)
        directory = archive_dir(str(db_path))
        print(f"{'night':<8}{'captures':>10}{'revisits':>10}{'WARC bytes':>14}{'per agency':>14}{'files on disk':>16}")
        with Farm(hang_seconds=5) as farm:
            for night in (1, 2):
                run_id = run_crawl(db_path, agencies, load_rulebook(2566),
                                   dict(DEFAULTS["crawl"], proxy=farm.proxy_url, allow_private=True, timeout=5, retries=0))
                n, revisits, size = db.execute("SELECT count(*), sum(record_type = 'revisit'), sum(length) FROM captures "
                                               "WHERE run_id = ?", [run_id]).fetchone()
                on_disk = sum(p.stat().st_size for p in directory.glob("*.warc.gz"))
                print(f"{night:<8}{n:>10}{revisits:>10}{size:>14,}{size // len(agencies):>14,}{on_disk:>16,}")
        print(f"database: {db_path.stat().st_size:,} bytes for {len(agencies)} agencies and two nights")
    return 0


if __name__ == "__main__":
    sys.exit(main())
