"""``oit itas``: agencies' ITAS answers imported, checked as a consultant would, and the scoring sheets."""
from __future__ import annotations

from pathlib import Path

import click

from oit.context import BE_YEAR, known_agency, pass_ctx


EXAMPLES = 3  # rows shown per kind of problem; --problems FILE lists every one


def _year(ctx, year: int | None, importing: bool = False) -> int:
    """The year asked; else, for an import, the year of the latest complete run (the one whose findings sit
    beside the answers), and for the rest the newest year answers were imported for; else the settings' year or
    today's fiscal year."""
    from rules.families import default_year
    from storage.itas import answer_years
    from storage.runs import get_run
    if year:
        return year
    run = get_run(ctx.db(), "latest", complete_only=True)
    years = [] if importing else answer_years(ctx.db())
    return (years[0] if years else run["year"] if run and run.get("year") else
            ctx.settings["general"]["year"] or default_year())


@click.group()
def itas():
    """The assessment: ITAS answers (มี/ไม่มี, URL, explanation) checked item by item, scoring sheets.

    คำตอบในระบบ ITAS ตรวจทีละข้อตาม URL ที่ระบุ ให้คะแนน 100/0 พร้อมเหตุผลและข้อเสนอแนะการแก้ไข
    """


@itas.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--agency", help="The agency of a sheet without an agency column (the `oit export itas` sheet).")
@click.option("--year", type=BE_YEAR, help="Fiscal year the answers are for (B.E.; default: the latest run's).")
@click.option("--problems", "problems_file", type=click.Path(dir_okay=False), help="Write every bad row to this file.")
@click.option("-v", "--verbose", is_flag=True, help="List every bad row (default: three of each kind).")
@pass_ctx
def itas_import(ctx, file, agency, year, problems_file, verbose):
    """Import answers from CSV/XLSX: รหัสหน่วยงาน · ข้อ · คำตอบ · URL · คำอธิบายเพิ่มเติม (or the export's layout).
    Bad rows are reported with their row number and reason; rows that can be placed are imported with their
    problem (they score 0), the others are not."""
    from itas.answers import PROBLEM_KINDS, read_answers
    from storage.itas import store_answers
    db = ctx.db()
    if agency:
        known_agency(db, agency)
    year = _year(ctx, year, importing=True)
    try:
        sheet = read_answers(db, file, year, agency)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    stored = store_answers(db, sheet.answers, Path(file).name)
    import getpass

    from storage.users import audit
    audit(db, {"username": getpass.getuser(), "role": "cli"}, "itas_import", Path(file).name,
          {"year": year, "answers": stored, "problems": len(sheet.problems)})
    left_out = sum(not p.imported for p in sheet.problems)
    click.echo(f"{file}: {sheet.rows} แถว/rows; นำเข้า/imported {stored} answers of {year} for "
               f"{len({a.agency_id for a in sheet.answers})} agencies; ปัญหา/problems {len(sheet.problems)} "
               f"({left_out} rows not imported)")
    problems = sorted(sheet.problems, key=lambda p: p.row)
    kinds: dict[str, list] = {}
    for problem in problems:
        kinds.setdefault(problem.code, []).append(problem)
    for kind, group in kinds.items():
        if not verbose and len(group) > EXAMPLES:
            click.echo(f"  {len(group)} แถว/rows: {PROBLEM_KINDS.get(kind, kind)} — e.g.:")
        for problem in group if verbose else group[:EXAMPLES]:
            click.echo("    " + problem.line())
    if problems_file:
        Path(problems_file).write_text("".join(p.line() + "\n" for p in problems), encoding="utf-8")
    if kinds.get("item") and len(kinds["item"]) > sheet.rows / 2:
        click.echo(f"  most items are not in the {year} list: are the answers for another year? (--year)", err=True)
    if not stored:
        raise click.ClickException("ไม่มีคำตอบที่นำเข้าได้ / nothing could be imported")


@itas.command("check")
@click.option("--agency", "agency_ids", multiple=True, help="Check only this agency's answers (repeatable).")
@click.option("--year", type=BE_YEAR, help="Fiscal year of the answers (default: the newest imported).")
@click.option("--proxy", help="HTTP proxy for every request.")
@click.option("--allow-private", is_flag=True, help="Allow loopback/private addresses (the farm and tests).")
@click.option("--farm", is_flag=True, help="Fetch through the bundled farm of sample sites (the demo agencies).")
@pass_ctx
def itas_check(ctx, agency_ids, year, proxy, allow_private, farm):
    """Open every URL the agencies gave (and what it links to directly), judge each item alone, store 100/0 with the
    reason, what to fix, the evidence and what the nightly crawl found elsewhere on the site."""
    from crawler.runner import CrawlError
    from itas.check import check_answers
    from storage.runs import CrawlLocked
    db = ctx.db()
    for agency_id in agency_ids:
        known_agency(db, agency_id)
    year = _year(ctx, year)
    crawl = dict(ctx.settings["crawl"], **({"proxy": proxy} if proxy else {}))
    crawl["allow_private"] = crawl["allow_private"] or allow_private

    def run():
        try:
            return check_answers(db, ctx.db_path, year, crawl, list(agency_ids) or None)
        except (LookupError, CrawlError, CrawlLocked) as exc:
            raise click.ClickException(str(exc)) from None

    if farm:
        from farm.server import Farm
        with Farm(hang_seconds=20) as served:
            crawl.update(proxy=served.proxy_url, allow_private=True, timeout=4, retries=0, delay=0.05)
            outcome = run()
    else:
        outcome = run()
    results = outcome.results
    zero, look = len(outcome.zeros()), sum(r.score is None for r in results)
    click.echo(f"check {outcome.check_id}: {len(results)} answers of {year} — 100: {len(results) - zero - look}, "
               f"0: {zero}, ต้องตรวจด้วยตนเอง/needs a person: {look}"
               + (f"\nnote: {outcome.note}" if outcome.note else ""))
    click.echo("oit itas sheet --out itas-scores.xlsx   # the scoring sheet; oit itas precheck --agency ID", err=True)


@itas.command("sheet")
@click.option("--agency", "agency_ids", multiple=True, help="Only this agency (repeatable; default: every agency).")
@click.option("--year", type=BE_YEAR, help="Fiscal year of the answers (default: the newest imported).")
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="XLSX file to write.")
@pass_ctx
def itas_sheet(ctx, agency_ids, year, out):
    """The consultants' scoring sheet (XLSX, Thai): ข้อ · คำตอบ · URL · ผล (100/0) · เหตุผล · ข้อเสนอแนะการแก้ไข ·
    พบในเว็บไซต์; one sheet per agency, with a summary sheet for a batch."""
    from itas.sheets import scoring_xlsx
    from storage.itas import results
    db = ctx.db()
    for agency_id in agency_ids:
        known_agency(db, agency_id)
    year = _year(ctx, year)
    rows = results(db, year, list(agency_ids) or None)
    if not rows:
        raise click.ClickException(f"ไม่มีคำตอบ ITAS ปี {year} / no ITAS answers of {year}: oit itas import FILE first")
    scoring_xlsx(rows, out)
    click.echo(f"wrote {len(rows)} answers of {len({r['agency_id'] for r in rows})} agencies to {out}", err=True)


@itas.command("precheck")
@click.option("--agency", required=True)
@click.option("--year", type=BE_YEAR, help="Fiscal year of the answers (default: the newest imported).")
@click.option("--out", type=click.Path(dir_okay=False), help="Also write the agency's scoring sheet (XLSX) here.")
@pass_ctx
def itas_precheck(ctx, agency, year, out):
    """The officer's check before submitting: which answers would score 0, why, and what to fix."""
    from itas.sheets import precheck_text, scoring_xlsx
    from storage.itas import results
    db = ctx.db()
    known_agency(db, agency)
    year = _year(ctx, year)
    rows = results(db, year, [agency])
    if not rows:
        raise click.ClickException(f"{agency} has no ITAS answers of {year}: oit itas import FILE first")
    click.echo(precheck_text(rows))
    if out:
        scoring_xlsx(rows, out)
