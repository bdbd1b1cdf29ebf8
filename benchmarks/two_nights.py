"""Two nights over the whole farm: what reading every document once saves, and what OCR costs.

    python -m benchmarks.two_nights            # every fixture site, crawled twice into one database
    python -m benchmarks.two_nights --no-cache # the same without conditional requests and the extraction cache

Night two finds every document as night one left it. Printed per night: bytes the farm sent (status lines,
headers, bodies), requests and 304 answers, CPU spent extracting (pages.extract_ms: document workers and
HTML parsing), OCR pages and their CPU, wall time, CPU of the whole crawl (crawler and workers) and of the
evaluation; then the savings of night two against the targets (>= 80 % fewer bytes, >= 50 % less extraction
CPU) and whether the findings are identical. Exit status 1 when a target is missed or a finding differs.
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.accuracy import load_sites  # noqa: E402
from service.runs import run_crawl  # noqa: E402
from farm.server import Farm  # noqa: E402
from oit.settings import DEFAULTS  # noqa: E402
from rules.families import rulebooks_for_year  # noqa: E402
from storage import open_db  # noqa: E402


@dataclass
class Night:
    runs: list
    wall: float
    crawl_cpu: float  # crawler processes (their document workers' CPU is in extract_ms)
    bytes_sent: int
    requests: int
    not_modified: int
    pages: int = 0
    extract_ms: int = 0
    doc_ms: int = 0  # extraction in the document workers (PDF, Office, images)
    ocr_pages: int = 0
    ocr_ms: int = 0
    unchanged: int = 0
    drive: int = 0  # requests to drive.google.com, the outside host every agency shares at one rate


def cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def crawl_night(db_path: Path, farm: Farm, groups: dict, cache: bool) -> Night:
    db = open_db(db_path)
    sent, asked, answered = (sum(farm.stats.bytes_sent.values()), sum(farm.stats.requests.values()),
                             sum(farm.stats.not_modified.values()))
    drive = farm.stats.requests["drive.google.com"]
    started, cpu, runs = time.monotonic(), cpu_of_children(), []
    for year, agencies in sorted(groups.items()):
        settings = dict(DEFAULTS["crawl"], proxy=farm.proxy_url, allow_private=True, timeout=10, retries=0, cache=cache)
        runs.append(run_crawl(db_path, [db["agencies"].get(a) for a in agencies], rulebooks_for_year(year), settings))
    night = Night(runs, time.monotonic() - started, cpu_of_children() - cpu, sum(farm.stats.bytes_sent.values()) - sent,
                  sum(farm.stats.requests.values()) - asked, sum(farm.stats.not_modified.values()) - answered)
    night.drive = farm.stats.requests["drive.google.com"] - drive
    marks = ",".join("?" * len(runs))
    row = db.execute(f"SELECT count(*), total(extract_ms), total(CASE WHEN kind IN ('pdf', 'docx', 'xlsx', 'image') "
                     f"THEN extract_ms END), total(ocr_pages), total(CASE WHEN ocr_pages > 0 THEN extract_ms END), "
                     f"total(unchanged) FROM pages WHERE run_id IN ({marks})", runs).fetchone()
    night.pages, night.extract_ms, night.doc_ms, night.ocr_pages, night.ocr_ms, night.unchanged = map(int, row)
    return night


def findings(db_path: Path, runs: list) -> dict:
    db = open_db(db_path)
    marks = ",".join("?" * len(runs))
    return {(f["agency_id"], f["item"]): (f["status"], f["reason_th"], f["evidence"])
            for f in db.query(f"SELECT * FROM findings WHERE run_id IN ({marks})", runs)}


def describe(name: str, night: Night) -> str:
    total = night.crawl_cpu + night.doc_ms / 1000  # crawler processes + document workers
    ocr = (f"{night.ocr_pages} OCR pages in {night.ocr_ms / 1000:.1f} CPU s "
           f"({night.ocr_pages / max(night.ocr_ms / 1000, 1e-9):.2f} pages per CPU s, "
           f"{100 * night.ocr_ms / 1000 / max(total, 1e-9):.0f} % of the night's {total:.1f} CPU s)"
           if night.ocr_ms else "no OCR")
    return (f"{name}: {night.pages} pages ({night.unchanged} unchanged: 304), {night.requests} requests, "
            f"{night.not_modified} answered 304 ({night.drive} to drive.google.com), {night.bytes_sent / 1e6:.2f} MB sent, extraction "
            f"{night.extract_ms / 1000:.2f} CPU s (documents {night.doc_ms / 1000:.2f}), crawler processes "
            f"{night.crawl_cpu:.1f} CPU s, wall {night.wall:.1f} s; {ocr}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-cache", action="store_true", help="Crawl without conditional requests and the cache.")
    parser.add_argument("--sites", action="append", help="Only this fixture host (repeatable).")
    args = parser.parse_args()
    sites = load_sites(hosts=args.sites)
    groups: dict[int, list[str]] = {}
    for site in sites:
        groups.setdefault(site.year, []).append(site.agency)
    with tempfile.TemporaryDirectory() as tmp, Farm(hang_seconds=10) as farm:
        db_path = Path(tmp) / "oit.db"
        open_db(db_path)["agencies"].upsert_all([dict(s.registry) for s in sites], pk="id", alter=True)
        first = crawl_night(db_path, farm, groups, not args.no_cache)
        second = crawl_night(db_path, farm, groups, not args.no_cache)
        before, after = findings(db_path, first.runs), findings(db_path, second.runs)
        same = before == after
    fewer_bytes = 1 - second.bytes_sent / max(first.bytes_sent, 1)
    less_cpu = 1 - second.extract_ms / max(first.extract_ms, 1)
    print(f"{len(sites)} sites, {sum(map(len, groups.values()))} agencies, {len(groups)} rulebook years")
    print(describe("night 1", first))
    print(describe("night 2", second))
    print(f"night 2 against night 1: {100 * fewer_bytes:.1f} % fewer bytes (target >= 80 %), "
          f"{100 * less_cpu:.1f} % less extraction CPU (target >= 50 %), "
          f"{100 * (1 - (second.crawl_cpu + second.doc_ms / 1000) / max(first.crawl_cpu + first.doc_ms / 1000, 1e-9)):.1f}"
          " % less CPU in all, "
          f"findings {'identical' if same else 'DIFFER'}")
    for key in [k for k in sorted(set(before) | set(after)) if before.get(k) != after.get(k)][:20]:
        print(f"  differs {key}: {before.get(key)} -> {after.get(key)}")
    return 0 if same and (args.no_cache or (fewer_bytes >= 0.8 and less_cpu >= 0.5)) else 1


if __name__ == "__main__":
    sys.exit(main())
