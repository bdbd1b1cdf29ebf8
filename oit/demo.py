"""``oit demo``: the farm, one crawl, findings, and a scorecard — no internet needed."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import click

from farm.server import Farm
from rules.vocabulary import STATUSES, is_failing

FARM_REGISTRY = Path(__file__).resolve().parent.parent / "farm" / "agencies.csv"


def run_demo(ctx, year: int) -> int:
    from rules.rulebook import load_rulebook
    from rules.scoring import score_findings
    from oit.progress import CrawlProgress
    from oit.tables import shorten, table
    from reports.labels import STATUS_TH
    from service.runs import run_crawl
    from storage.agencies import import_agencies, list_agencies
    from storage.judging import scorecard_rows
    from storage.runs import get_run

    if not ctx.settings["general"]["db"] and ctx.db_path.name == "oitwatch.db":
        ctx.db_path = ctx.db_path.with_name("demo.db")  # keep the demo out of the real database
    db = ctx.db(create=True)
    import_agencies(db, FARM_REGISTRY)
    agencies = [a for a in list_agencies(db) if a["url"].rstrip("/").endswith(".go.th")]
    rulebook = load_rulebook(year)
    click.echo(f"OIT Watch demo: {len(agencies)} sample agency sites, rulebook ITA {year} → {ctx.db_path}")
    with Farm(hang_seconds=20) as farm, CrawlProgress(ctx.db_path, len(agencies), every=10):
        crawl = dict(ctx.settings["crawl"], proxy=farm.proxy_url, allow_private=True, timeout=4, retries=0, delay=0.05)
        run_id = run_crawl(ctx.db_path, agencies, rulebook, crawl)
    rows = scorecard_rows(db, run_id)
    run = get_run(db, run_id)
    click.echo(f"\nrun {run_id} {run['state']}: {run['pages']} pages fetched, {run['errors']} failed\n")
    statuses = list(STATUSES)
    by_agency: dict[str, Counter] = {}
    names = {}
    for r in rows:
        by_agency.setdefault(r["agency_id"], Counter())[r["status"]] += 1
        names[r["agency_id"]] = r["name_th"]
    table_rows = []
    for agency_id, counts in sorted(by_agency.items()):
        # the official method (rules/scoring.py): items 100 or 0; a site that could not be crawled has no score
        card = score_findings(rulebook, {r["item"]: r["status"] for r in rows if r["agency_id"] == agency_id})
        table_rows.append([names[agency_id], *(counts[s] for s in statuses),
                           "-" if card.score is None else f"{card.score:.0f}%"])
    click.echo(table(table_rows, ["หน่วยงาน / agency", *(f"{STATUS_TH[s]}\n{s}" for s in statuses), "score"],
                     align=["left"] + ["right"] * 6))
    click.echo("(score: estimated OIT by the official method, items 100 or 0; - = site could not be checked)")
    failing = Counter(r["item"] for r in rows if is_failing(r["status"]))
    titles = {i.code: i.title_th for i in rulebook.items}
    click.echo("\nรายการที่ไม่ผ่านมากที่สุด / worst items:")
    click.echo(table(([item, shorten(titles[item], 60), f"{count} agencies"] for item, count in failing.most_common(5)),
                     ["ข้อ", "ข้อมูล", "ไม่ผ่าน / failing"]))
    db_flag = f"--db {ctx.db_path}"
    click.echo(f"\nNext:\n  oit {db_flag} findings --status broken,missing\n"
               f"  oit {db_flag} report --agency huaisai --format html\n"
               f"  oit {db_flag} serve     # web interface on http://127.0.0.1:8000")
    return run_id
