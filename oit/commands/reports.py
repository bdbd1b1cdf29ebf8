"""``oit report`` (the assessors' per-agency report) and ``oit export`` (the agency × item matrix, the ITAS sheet)."""
from __future__ import annotations

from pathlib import Path

import click

from oit.context import known_agency, known_run, pass_ctx, warn_run, warn_status, write_or_echo
from oit.commands.findings import need_out
from oit.tables import shorten, table


@click.command()
@click.option("--agency", required=True)
@click.option("--run", "run_id", default="latest")
@click.option("--format", "fmt", type=click.Choice(["html", "md", "xlsx"]), default="html")
@click.option("--out", type=click.Path(dir_okay=False), help="Output file (default: report-<agency>.<format>).")
@pass_ctx
def report(ctx, agency, run_id, fmt, out):
    """The per-agency report in the assessors' layout (prints on A4), with an estimated OIT score."""
    from reports.agency import agency_report, render_html, render_md, render_xlsx
    db = ctx.db()
    known_agency(db, agency)
    run = known_run(db, run_id, complete_only=run_id in (None, "latest"))
    try:
        data = agency_report(db, agency, run["id"])
    except LookupError as exc:
        raise click.ClickException(str(exc)) from None
    out = out or f"report-{agency}.{fmt}"
    if fmt == "xlsx":
        render_xlsx(data, out)
    else:
        Path(out).write_text(render_html(data) if fmt == "html" else render_md(data), encoding="utf-8")
    card = data["scorecard"]
    warn_status(data["rulebook"])
    shown = "no score: the site could not be checked" if card.score is None else f"{card.score:g}% ({card.verdict_th})"
    click.echo(f"{out}: {data['agency']['name_th']}, {data['rulebook'].label}, estimated score {shown}")


@click.group()
def export():
    """Spreadsheets for auditors and web officers: the agency × item matrix, the ITAS sheet."""


@export.command("matrix")
@click.option("--run", "run_id", default="latest")
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx"]), default="xlsx")
@click.option("--out", type=click.Path(dir_okay=False), help="Write to this file (required for xlsx).")
@pass_ctx
def export_matrix(ctx, run_id, fmt, out):
    """One row per agency, one column per item (titles in the second header row), score and verdict."""
    from reports.exports import matrix, matrix_csv, matrix_xlsx
    need_out(fmt, out)
    run = known_run(ctx.db(), run_id, complete_only=run_id in (None, "latest"))
    warn_run(run)
    data = matrix(ctx.db(), run["id"])
    if fmt == "xlsx":
        matrix_xlsx(data, out)
        click.echo(f"wrote {len(data['agencies'])} agencies × {len(data['items'])} items to {out}", err=True)
    else:
        write_or_echo(matrix_csv(data), out)


@export.command("itas")
@click.option("--agency", required=True)
@click.option("--run", "run_id", default="latest")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "xlsx"]), default="table")
@click.option("--out", type=click.Path(dir_okay=False), help="Write to this file (required for xlsx).")
@pass_ctx
def export_itas(ctx, agency, run_id, fmt, out):
    """For the agency's web officer: each item and the URL to paste into the official ITAS form."""
    from reports.exports import itas_csv, itas_rows, itas_xlsx
    from reports.labels import STATUS_TH
    from storage.findings import query_findings
    need_out(fmt, out)
    db = ctx.db()
    record = known_agency(db, agency)
    run = known_run(db, run_id, complete_only=run_id in (None, "latest"))
    rows = itas_rows(query_findings(db, run["id"], agency=agency))
    if not rows:
        raise click.ClickException(f"run {run['id']} did not check {agency}; see `oit runs`")
    if fmt == "xlsx":
        itas_xlsx(rows, record, out)
        click.echo(f"wrote {len(rows)} items to {out}", err=True)
        return
    if fmt == "csv":
        write_or_echo(itas_csv(rows), out)
        return
    click.echo(f"{record['name_th']} — URL สำหรับกรอกในระบบ ITAS / URLs for the ITAS form (run {run['id']})")
    write_or_echo(table(([r["item"], shorten(r["title_th"], 40), STATUS_TH[r["status"]], r["url"] or r["todo"]] for r in rows),
                        ["ข้อ", "ข้อมูล", "สถานะ", "URL"]), out)
