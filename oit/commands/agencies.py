"""``oit agencies``: import the registry, list and filter it."""
from __future__ import annotations

from pathlib import Path

import click

from oit.context import pass_ctx
from oit.tables import table


@click.group()
def agencies():
    """The agency registry (หน่วยงาน): import, list, filter."""


@agencies.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("-v", "--verbose", is_flag=True, help="List every skipped row and warning, not a few per reason.")
@click.option("--problems", "problems_file", type=click.Path(dir_okay=False),
              help="Write every skipped row and warning to this file (tab-separated: kind, file line: problem).")
@pass_ctx
def agencies_import(ctx, file, verbose, problems_file):
    """Import or update agencies from FILE (CSV in UTF-8, with or without BOM, or XLSX).

    Columns: id, name_th, name_en, type, province, url, contact_email, status (id, name_th and url required).
    Bad rows are counted per reason with a few examples (all with --verbose); of rows sharing an id the live
    one is kept; the national registry layout (geocode, office_type, status…) is read as it is.
    """
    from storage.agencies import import_agencies
    try:
        report = import_agencies(ctx.db(create=True), file, ctx.settings["registry"]["outside_go_th"])
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(report.summary(verbose))
    if problems_file:
        Path(problems_file).write_text(report.details(), encoding="utf-8")
        click.echo(f"every skipped row and warning: {problems_file}", err=True)


@agencies.command("list")
@click.option("--province", help="Only this province (Thai name, e.g. นครราชสีมา).")
@click.option("--type", "agency_type", help="Only this agency type (e.g. อบต.).")
@click.option("--family", type=click.Choice(["ita", "moit"], case_sensitive=False), help="Only this rulebook family.")
@click.option("--status", help="Registry status: live, dead, or one word such as offline, expired, hacked.")
@click.option("--search", help="Part of the id, Thai or English name, or URL.")
@click.option("--moved", is_flag=True, help="Only sites whose registry URL now answers from another host.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, help="Agencies per page.")
@click.option("--page", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), help="Skip this many agencies (instead of --page).")
@click.option("--all", "show_all", is_flag=True, help="Every matching agency, no paging.")
@pass_ctx
def agencies_list(ctx, province, agency_type, family, status, search, moved, limit, page, offset, show_all):
    """List agencies: id, Thai name, province, type, rulebook family, registry status and website (and where
    it moved to, when the registry URL last answered from another host)."""
    from oit.context import known_value
    from storage.agencies import find_agencies
    db = ctx.db()
    known_value(db, "province", province, "จังหวัด")
    known_value(db, "type", agency_type, "ประเภท")
    start = offset if offset is not None else (page - 1) * limit
    found = find_agencies(db, province=province, agency_type=agency_type, family=family, status=status, search=search,
                          limit=None if show_all else limit, offset=0 if show_all else start, moved=moved)
    if not found.rows:
        raise click.ClickException(f"ไม่พบหน่วยงานตามเงื่อนไข / no agency matches ({found.total} match the filters)")
    click.echo(table(([a["id"], a["name_th"], a["province"] or "-", a["type"] or "-", a["rulebook_family"],
                       a.get("status") or "-", a["url"] + moved_note(a)] for a in found.rows),
                     ["id", "ชื่อ / name", "จังหวัด", "ประเภท", "family", "สถานะทะเบียน", "url"]))
    shown_from = 1 if show_all else start + 1
    more = "" if show_all or start + len(found.rows) >= found.total else \
        f" · next: --page {start // limit + 2}" if offset is None else f" · next: --offset {start + limit}"
    click.echo(f"{shown_from}–{shown_from + len(found.rows) - 1} of {found.total}{more}", err=True)


@agencies.command("pause")
@click.argument("agency_id")
@click.option("--until", "until", required=True, type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Last day (YYYY-MM-DD, A.D.) on which the agency is told nothing: a site under rebuild.")
@pass_ctx
def agencies_pause(ctx, agency_id, until):
    """Pause alerts to AGENCY_ID until a date (its site is being rebuilt); runs still judge it and auditors see it."""
    from oit.context import known_agency
    from storage.agencies import pause_alerts
    db = ctx.db()
    known_agency(db, agency_id)
    pause_alerts(db, agency_id, until.date())
    click.echo(f"{agency_id}: alerts paused until {until.date().isoformat()} (oit agencies resume {agency_id} ends it)")


@agencies.command("resume")
@click.argument("agency_id")
@pass_ctx
def agencies_resume(ctx, agency_id):
    """Alert AGENCY_ID again from the next run."""
    from oit.context import known_agency
    from storage.agencies import pause_alerts
    db = ctx.db()
    known_agency(db, agency_id)
    pause_alerts(db, agency_id, None)
    click.echo(f"{agency_id}: alerts resumed")
def moved_note(agency: dict) -> str:
    """Where the agency's site moved, for the operator to update the registry (or look: a redirect off to a
    host that is not a government one was not crawled)."""
    if not agency.get("moved_to"):
        return ""
    since = f" (run {agency['moved_run']})" if agency.get("moved_run") else ""
    if agency.get("moved_adopted"):
        return f"\nย้ายไป / moved to {agency['moved_to']}{since}"
    return (f"\nย้ายไป / moved to {agency['moved_to']}{since}: ไม่ใช่โฮสต์ของรัฐ ไม่ได้ตรวจ / "
            "not a government host, not crawled")
