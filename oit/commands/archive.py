"""``oit archive``: the WARC captures behind the findings — list them, verify them, prune them by the retention
setting, and write one agency's night as a WARC file."""
from __future__ import annotations

from pathlib import Path

import click

from oit.context import known_agency, known_run, pass_ctx
from oit.tables import table


def _directory(ctx) -> Path:
    from crawler.archive import archive_dir
    return archive_dir(str(ctx.db_path), ctx.settings["crawl"].get("archive_dir") or "")


@click.group("archive")
def archive():
    """WARC captures of every page and document a finding rests on (ISO 28500). / สำเนาหลักฐานแบบ WARC"""


@archive.command("list")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@pass_ctx
def list_(ctx, limit):
    """Captures per run: how many, how many unchanged (revisits), agencies, bytes."""
    from reports.labels import be_date
    from storage.archive import archive_summary
    rows = archive_summary(ctx.db(), _directory(ctx), limit)
    if not rows:
        click.echo("ยังไม่มีสำเนา WARC / no captures yet (crawl with crawl.archive = true)")
        return
    click.echo(table(([r["run_id"], be_date(r["first"]), r["captures"], r["revisits"], r["agencies"],
                       f"{(r['bytes'] or 0) / 1e6:.2f} MB"] for r in rows),
                     ["run", "วันที่", "captures", "unchanged (revisit)", "agencies", "size"]))


@archive.command()
@click.option("--run", "run_id", type=int, help="Only this run.")
@pass_ctx
def verify(ctx, run_id):
    """Read every capture back and check it against the index and its payload digest; exit 1 on any problem."""
    from storage.archive import verify as check
    result = check(ctx.db(), _directory(ctx), run_id)
    for problem in result.problems:
        click.echo(problem, err=True)
    click.echo(f"{result.checked} captures checked, {len(result.problems)} problems")
    if result.problems:
        raise SystemExit(1)


@archive.command()
@click.option("--keep-runs", type=click.IntRange(min=1), help="Keep this many newest runs (default: storage.keep_archive_runs).")
@pass_ctx
def prune(ctx, keep_runs):
    """Drop captures (and WARC files) of old runs, keeping the originals that newer unchanged captures point at."""
    from storage.archive import prune as drop
    keep = keep_runs or ctx.settings["storage"]["keep_archive_runs"]
    dropped, deleted = drop(ctx.db(), _directory(ctx), keep)
    click.echo(f"dropped {dropped} captures and {deleted} WARC files (kept the newest {keep} runs)")


@archive.command()
@click.option("--agency", required=True)
@click.option("--run", "run_id", default="latest")
@click.option("--out", type=click.Path(dir_okay=False), help="Output file (default: <agency>-run<N>.warc.gz).")
@pass_ctx
def export(ctx, agency, run_id, out):
    """One agency's captures of one run as a WARC file (opens in any WARC tool, e.g. pywb or ReplayWeb.page)."""
    from storage.archive import agency_warc
    db = ctx.db()
    known_agency(db, agency)
    run = known_run(db, run_id, complete_only=run_id in (None, "latest"))
    out = out or f"{agency}-run{run['id']}.warc.gz"
    count = 0
    with open(out, "wb") as fh:
        for record in agency_warc(db, run["id"], agency, _directory(ctx)):
            fh.write(record)
            count += 1
    click.echo(f"{out}: {count} records")
