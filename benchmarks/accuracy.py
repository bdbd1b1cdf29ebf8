"""Accuracy report: crawl fixture sites, evaluate them, and compare every item verdict with the sites'
``expected.yaml``: agreement overall, per publishing style and per architecture (``architecture``, else the
style), the confusion matrix, every false alarm (missing/broken for an item that is there), how many items
were unchecked because part of a site could not be read (by reason), every other disagreement, and
evaluation CPU ms per page.

    python -m benchmarks.accuracy                      # every fixture site under farm/sites
    python -m benchmarks.accuracy --sites www.x.go.th  # only these (repeatable)
    python -m benchmarks.accuracy --style wordpress    # only one publishing style
    python -m benchmarks.accuracy --crawl max_depth=1 --crawl max_pages=20   # bounds squeezed

Squeezed bounds measure the coverage principle: whatever a tighter crawl leaves unread must come out
``unchecked``, so agreement falls but false alarms stay at zero.

Each site is judged with the rulebook its ``expected.yaml`` names (``year``); sites of one year are crawled
together. Exit status 1 when any verdict disagrees.
"""
from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from service.runs import run_crawl  # noqa: E402
from farm.server import SITES_DIR, Farm  # noqa: E402
from oit.settings import DEFAULTS  # noqa: E402
from service.judge import evaluate_run  # noqa: E402
from rules.families import rulebooks_for_year  # noqa: E402
from rules.rulebook import RulebookError  # noqa: E402
from storage import open_db  # noqa: E402

from rules.vocabulary import ALARMS, STATUSES, is_coverage_reason  # noqa: E402

PRESENT = {"pass", "partial"}


@dataclass
class Site:
    host: str
    agency: str
    year: int
    family: str
    style: str
    architecture: str  # how the site is published (script-built, Google Sites, …); the style when not given
    registry: dict
    items: dict


@dataclass
class Result:
    confusion: Counter = field(default_factory=Counter)
    by_style: dict = field(default_factory=lambda: defaultdict(Counter))
    by_architecture: dict = field(default_factory=lambda: defaultdict(Counter))
    coverage: Counter = field(default_factory=Counter)  # (reason code, expected status) of coverage-unchecked items
    false_alarms: list = field(default_factory=list)
    disagreements: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    pages: int = 0
    cpu: float = 0.0

    @property
    def total(self) -> int:
        return sum(self.confusion.values())

    @property
    def agree(self) -> int:
        return sum(n for (want, got), n in self.confusion.items() if want == got)


def load_sites(sites_dir: Path = SITES_DIR, hosts: list[str] | None = None, style: str | None = None) -> list[Site]:
    """Fixture sites with expected verdicts; the demo farm's registry fills in sites that carry none. Items
    whose evidence is a scan (``ocr: true``) are left out when this machine cannot run OCR."""
    from crawler.ocr import missing

    no_ocr = bool(missing())
    farm_rows = {r["id"]: r for r in csv.DictReader((sites_dir.parent / "agencies.csv").open(encoding="utf-8"))}
    sites = []
    for path in sorted(sites_dir.glob("*/expected.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        registry = dict(data.get("registry") or farm_rows.get(data["agency"]) or {})
        registry["id"] = data["agency"]
        registry["family"] = data.get("family", "ita")
        site = Site(path.parent.name, data["agency"], int(data.get("year", 2566)), data.get("family", "ita"),
                    data.get("style", "farm"), data.get("architecture") or data.get("style", "farm"), registry,
                    {code: want for code, want in data["items"].items() if not (no_ocr and want.get("ocr"))})
        if (not hosts or site.host in hosts) and (not style or site.style == style):
            sites.append(site)
    return sites


def measure(sites: list[Site], workdir: Path, crawl: dict | None = None) -> Result:
    """Crawl ``sites`` through the farm (one crawl per rulebook year) and compare verdicts; ``crawl``: settings
    that replace the defaults (``{"max_depth": 1}``)."""
    result = Result()
    db_path = workdir / "accuracy.db"
    db = open_db(db_path)
    db["agencies"].upsert_all([dict(s.registry) for s in sites], pk="id", alter=True)
    with Farm(hang_seconds=10) as farm:
        for year in sorted({s.year for s in sites}):  # one run a year: each agency judged by its family's rulebook
            group = [s for s in sites if s.year == year]
            try:
                rulebook = rulebooks_for_year(year)
            except RulebookError:
                result.skipped.extend(s.host for s in group)
                continue
            run_id = run_crawl(db_path, [db["agencies"].get(s.agency) for s in group], rulebook,
                               dict(DEFAULTS["crawl"], proxy=farm.proxy_url, allow_private=True, timeout=10, retries=0,
                                    **(crawl or {})))
            run = db["runs"].get(run_id)
            if run["state"] != "complete":  # verdicts of a cut-short crawl measure the cut, not the engine
                raise RuntimeError(f"the crawl of {year} did not complete (run {run['state']}: {run['note']})")
            result.pages += run["pages"]
            cpu = time.process_time()
            evaluate_run(db, run_id, rulebook)  # again, to time the engine alone
            result.cpu += time.process_time() - cpu
            for site in group:
                got = {r["item"]: r for r in db["findings"].rows_where("run_id = ? AND agency_id = ?", [run_id, site.agency])}
                for code, want in site.items.items():
                    finding = got.get(code, {"status": "absent", "reason_en": "no finding", "evidence": "[]"})
                    pair = (want["status"], finding["status"])
                    result.confusion[pair] += 1
                    result.by_style[site.style][pair] += 1
                    result.by_architecture[site.architecture][pair] += 1
                    if finding["status"] == "unchecked" and is_coverage_reason(finding.get("reason_code")):
                        result.coverage[(finding["reason_code"], want["status"])] += 1
                    if pair[0] != pair[1]:
                        line = (f"{site.host} [{site.style}] {code}: expected {want['status']} ({want.get('why', '')}), "
                                f"got {finding['status']}: {finding['reason_en']} {finding['evidence'][:160]}")
                        (result.false_alarms if pair[0] in PRESENT and pair[1] in ALARMS else result.disagreements).append(line)
    return result


def agreement(confusion: Counter) -> tuple[int, int, int]:
    """Agreeing verdicts, all verdicts, and false alarms of one confusion matrix."""
    return (sum(v for (w, g), v in confusion.items() if w == g), sum(confusion.values()),
            sum(v for (w, g), v in confusion.items() if w in PRESENT and g in ALARMS))


def report(result: Result) -> str:
    lines = [f"item verdicts: {result.agree}/{result.total} agree ({100 * result.agree / max(result.total, 1):.1f}%)"]
    for title, groups in (("per publishing style:", result.by_style), ("per architecture:", result.by_architecture)):
        lines += ["", title]
        for name, confusion in sorted(groups.items()):
            ok, n, alarms = agreement(confusion)
            lines.append(f"  {name:<18} {ok:>4}/{n:<4} ({100 * ok / n:5.1f}%)  false alarms: {alarms}")
    lines.append(f"\nunchecked because of coverage (part of a site not read): {sum(result.coverage.values())}")
    for code in sorted({code for code, _ in result.coverage}):
        wanted = ", ".join(f"{want} {n}" for (c, want), n in sorted(result.coverage.items()) if c == code)
        lines.append(f"  {code:<32} {sum(n for (c, _), n in result.coverage.items() if c == code):>4}  (expected: {wanted})")
    lines += ["", "confusion matrix (rows: expected, columns: verdict):",
              " " * 12 + "".join(f"{s:>11}" for s in STATUSES)]
    for want in STATUSES:
        lines.append(f"  {want:<10}" + "".join(f"{result.confusion[(want, got)]:>11}" for got in STATUSES))
    lines.append(f"\nfalse alarms (missing/broken for an item that is there): {len(result.false_alarms)}")
    lines += [f"  {line}" for line in result.false_alarms]
    lines.append(f"evaluation: {1000 * result.cpu / max(result.pages, 1):.2f} CPU ms per page "
                 f"({result.pages} pages, {result.cpu:.2f} s)")
    if result.skipped:
        lines.append(f"skipped (no rulebook for their family and year): {', '.join(result.skipped)}")
    lines.append("\nother disagreements:" + ("".join(f"\n  {d}" for d in result.disagreements) or " none"))
    return "\n".join(lines)


def crawl_setting(pair: str) -> tuple[str, object]:
    """``"max_depth=1"`` -> ``("max_depth", 1)``, typed as the default it replaces."""
    key, _, value = pair.partition("=")
    if key not in DEFAULTS["crawl"] or not _:
        raise ValueError(f"--crawl {pair!r}: expected KEY=VALUE with KEY one of {', '.join(DEFAULTS['crawl'])}")
    default = DEFAULTS["crawl"][key]
    if isinstance(default, bool):
        return key, value.lower() in {"1", "true", "yes", "on"}
    try:
        return key, type(default)(value)
    except ValueError:
        raise ValueError(f"--crawl {pair!r}: {key} takes a {type(default).__name__}, like {default!r}") from None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sites", action="append", help="Only this fixture host (repeatable).")
    parser.add_argument("--style", help="Only sites of this publishing style.")
    parser.add_argument("--crawl", action="append", default=[], metavar="KEY=VALUE",
                        help="A crawl setting for this measurement (repeatable): max_depth=1, render=false.")
    args = parser.parse_args()
    try:
        crawl = dict(crawl_setting(pair) for pair in args.crawl)
    except ValueError as error:
        parser.error(str(error))
    sites = load_sites(hosts=args.sites, style=args.style)
    if not sites:
        print("no fixture sites match")
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        result = measure(sites, Path(tmp), crawl)
    print(report(result))
    return 0 if result.agree == result.total else 1


if __name__ == "__main__":
    sys.exit(main())
