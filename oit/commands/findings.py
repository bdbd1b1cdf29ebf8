"""``oit findings``, ``oit scores``, ``oit summary``: a run's findings for auditors, as tables or spreadsheets."""
from __future__ import annotations

import json

import click

from oit.context import known_agency, known_item, known_run, known_value, pass_ctx, warn_run, write_or_echo
from oit.tables import shorten, table

FORMATS = click.Choice(["table", "json", "csv", "xlsx"])


def need_out(fmt: str, out: str | None) -> None:
    if fmt == "xlsx" and not out:
        raise click.ClickException("--format xlsx needs --out FILE.xlsx")


@click.command()
@click.option("--run", "run_id", default="latest")
@click.option("--agency")
@click.option("--province")
@click.option("--item", help="Item code (O12, MOIT3) or words of its title (ข้อมูลการติดต่อ).")
@click.option("--status", help="Comma-separated: pass,partial,missing,broken,unchecked; failing = partial,missing,broken")
@click.option("--search", help="Full-text search in reasons (Thai works).")
@click.option("--format", "fmt", type=FORMATS, default="table",
              help="csv/xlsx: Thai headers and statuses, every evidence URL; json: English keys, for programs.")
@click.option("--out", type=click.Path(dir_okay=False), help="Write to this file (required for xlsx).")
@pass_ctx
def findings(ctx, run_id, agency, province, item, status, search, fmt, out):
    """Query findings of a run, for auditors."""
    from reports.exports import findings_csv, findings_xlsx
    from reports.labels import STATUS_TH
    from storage.findings import query_findings, status_filter, to_json
    need_out(fmt, out)
    db = ctx.db()
    run = known_run(db, run_id, complete_only=run_id in (None, "latest"))
    warn_run(run)
    if agency:
        known_agency(db, agency)
    known_value(db, "province", province, "จังหวัด")
    try:
        rows = query_findings(db, run["id"], agency=agency, province=province, item=item and known_item(run, item),
                              status=status_filter(status) or None, search=search)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    if fmt == "xlsx":
        findings_xlsx(rows, out)
        click.echo(f"wrote {len(rows)} findings to {out}", err=True)
        return
    if fmt == "table":
        text = table(([shorten(r["agency_name"] or r["agency_id"], 30), r["item"], shorten(r["title_th"], 32),
                       STATUS_TH[r["status"]], r["reason_th"]]
                      for r in rows), ["หน่วยงาน", "ข้อ", "ข้อมูล", "สถานะ", "ผลการตรวจ"])
    else:
        text = to_json(rows) if fmt == "json" else findings_csv(rows)
    write_or_echo(text, out)
    if not rows:
        click.echo("ไม่พบผลการตรวจตามเงื่อนไข / no findings match", err=True)


@click.command()
@click.option("--run", "run_id", default="latest")
@click.option("--format", "fmt", type=FORMATS, default="table")
@click.option("--out", type=click.Path(dir_okay=False), help="Write to this file (required for xlsx).")
@pass_ctx
def scores(ctx, run_id, fmt, out):
    """Estimated OIT/MOIT score per agency by the official method (items 100 or 0), ผ่าน / ต้องปรับปรุง at 85."""
    from reports.exports import scores_csv, scores_xlsx
    from service.scores import run_scores
    need_out(fmt, out)
    run = known_run(ctx.db(), run_id)
    warn_run(run)
    rows = run_scores(ctx.db(), run["id"])
    if fmt == "xlsx":
        scores_xlsx(rows, out)
        click.echo(f"wrote {len(rows)} agencies' scores to {out}", err=True)
        return
    if fmt == "json":
        text = json.dumps(rows, ensure_ascii=False, indent=1)
    elif fmt == "csv":
        text = scores_csv(rows)
    else:
        text = f"estimated scores (ประมาณการ), run {run['id']}\n" + table(
            ([r["agency_id"], r["agency_name"], r["rulebook"], "-" if r["estimated_score"] is None else f"{r['estimated_score']:g}",
              r["verdict"]] for r in rows), ["agency", "หน่วยงาน", "rulebook", "score", "ผล"],
            align=["left", "left", "left", "right", "left"])
    write_or_echo(text, out)


@click.command()
@click.option("--run", "run_id", default="latest")
@click.option("--by", type=click.Choice(["province", "type"]), default="province")
@click.option("--worst", default=5, help="Items to show per group.")
@pass_ctx
def summary(ctx, run_id, by, worst):
    """Per province or agency type: how many agencies pass each item, worst items first."""
    from rules.families import run_rulebooks
    from storage.findings import summary as summarize
    run = known_run(ctx.db(), run_id, complete_only=run_id in (None, "latest"))
    titles = {i.code: i.title_th for book in run_rulebooks(run) for i in book.items}
    for key, group in summarize(ctx.db(), run["id"], by).items():
        click.echo(f"\n{key}: {group['agencies']} agencies")
        click.echo(table(([item, shorten(titles.get(item, ""), 50), f"{passed}/{total}"]
                          for item, passed, total in group["items"][:worst]),
                         ["ข้อ", "ข้อมูล", "ผ่าน / pass"], align=["left", "left", "right"]))
