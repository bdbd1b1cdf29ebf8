"""``oit measures``: the agency's measures and follow-up report, drafted from its findings and history."""
from __future__ import annotations

import click

from oit.context import known_agency, pass_ctx


@click.command()
@click.option("--agency", required=True)
@click.option("--since", "since", type=int,
              help="Run the measures are drafted from (default: the agency's first complete run of the year).")
@click.option("--run", "run_id", type=int, help="Run the follow-up reaches (default: the latest complete run).")
@click.option("--format", "fmt", type=click.Choice(["docx", "xlsx", "both"]), default="both", show_default=True)
@click.option("--out", help="File name without extension (default: measures-<agency>).")
@pass_ctx
def measures(ctx, agency, since, run_id, fmt, out):
    """Draft the agency's integrity measures (one per sub-indicator with failing items) and the follow-up on
    each (what the nightly checks saw fixed, and when), as DOCX and/or XLSX in the seeds' layout.

    ร่างมาตรการส่งเสริมคุณธรรมและความโปร่งใส และรายงานผลการดำเนินการ จากผลการตรวจ
    """
    from reports.measures import draft_measures, write_docx, write_xlsx
    db = ctx.db()
    known_agency(db, agency)
    try:
        draft = draft_measures(db, agency, run_id, since)
    except LookupError as exc:
        raise click.ClickException(str(exc)) from None
    stem = out or f"measures-{agency}"
    written = []
    if fmt in ("docx", "both"):
        write_docx(draft, f"{stem}.docx")
        written.append(f"{stem}.docx")
    if fmt in ("xlsx", "both"):
        write_xlsx(draft, f"{stem}.xlsx")
        written.append(f"{stem}.xlsx")
    steps = [s for m in draft.measures for s in m.steps]
    fixed = sum(s.fixed_on is not None for s in steps)
    click.echo(f"{', '.join(written)}: {len(draft.measures)} มาตรการ / measures for {len(steps)} failing items "
               f"(run {draft.run['id']}); fixed since: {fixed}; needs a human look: {len(draft.unchecked)}")
