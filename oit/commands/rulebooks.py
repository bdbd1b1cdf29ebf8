"""``oit rules``: validate and list the rulebooks (one YAML file per family and ITA year)."""
from __future__ import annotations

import sys
from pathlib import Path

import logging

import click

from oit.context import BE_YEAR, pass_ctx
from oit.tables import table

log = logging.getLogger("oitwatch.rules")


@click.group("rules")
def rules_group():
    """Rulebooks (one YAML file per ITA year)."""


@rules_group.command("validate")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False))
def rules_validate(files):
    """Check rulebook FILES (default: every bundled rulebook) and report every mistake."""
    from rules.rulebook import RulebookError, load_rulebook, rulebook_files
    failed = False
    for file in files or rulebook_files():
        try:
            book = load_rulebook(Path(file))
            click.echo(f"{Path(file).name}: ok, {len(book.items)} items for {book.label}")
        except RulebookError as exc:
            failed = True
            click.echo(str(exc).replace("rulebook has", f"{Path(file).name} has", 1), err=True)
    if failed:
        sys.exit(1)


@rules_group.command("list")
@pass_ctx
def rules_list(ctx):
    """Every bundled rulebook: family, year, item count and status (verified / provisional / unverified), and
    the year the nightly schedule judges by."""
    from rules.families import STATUS_TH, all_rulebooks, default_year
    from rules.rulebook import RulebookError
    from storage.rulebook_changes import current_adoption
    try:
        books = all_rulebooks()
    except RulebookError as exc:
        raise click.ClickException(str(exc)) from None
    adopted = current_adoption(ctx.db()) if ctx.db_path.exists() else None
    scheduled = ctx.settings["general"]["year"] or (adopted or {}).get("year")
    marks = {scheduled: "  ← schedule's year"} if scheduled else {default_year(): "  ← default year"}
    click.echo(table(([book.path.name, book.family, book.year, len(book.items),
                       f"{book.status} ({STATUS_TH[book.status]})" + marks.get(book.year, "")] for book in books),
                     ["file", "family", "year", "items", "status"], align=["left", "left", "left", "right", "left"]))
    if scheduled and default_year() > scheduled:
        click.echo(f"note: rulebooks for {default_year()} exist; the schedule keeps {scheduled} until "
                   f"`oit rules adopt {default_year()}`", err=True)


@rules_group.command("diff")
@click.argument("before", type=BE_YEAR)
@click.argument("after", type=BE_YEAR)
@click.option("--family", help="Only this family (ita, moit); default: every family with both years.")
def rules_diff(before, after, family):
    """What changed between the rulebooks of two years: items added, removed, renamed, renumbered, and items
    whose components or checks changed."""
    from rules.changes import compare
    from rules.rulebook import available_years, families, load_rulebook
    chosen = [family] if family else [f for f in families() if {before, after} <= set(available_years(f))]
    if not chosen or not all({before, after} <= set(available_years(f)) for f in chosen):
        raise click.ClickException(f"no rulebooks of both {before} and {after}"
                                   + (f" for {family}" if family else "") + " (see `oit rules list`)")
    for name in chosen:
        old, new = load_rulebook(before, name), load_rulebook(after, name)
        changes = compare(old, new)
        click.echo(f"{old.label} → {new.label}: {len(changes) or 'no'} change(s)")
        for change in changes:
            click.echo(f"  {change.line()}")


@rules_group.command("adopt")
@click.argument("year", type=BE_YEAR)
@click.option("--note", default="", help="Why (kept with the record, told to auditors).")
@pass_ctx
def rules_adopt(ctx, year, note):
    """Judge the nightly schedule by YEAR's rulebooks from the next night on: recorded, announced to the
    auditors (alerts.auditor_emails), and that first night is a baseline (no agency alerted because the list
    changed)."""
    from alerts.compose import adoption_notice
    from alerts.outbox import queue_notice
    from rules.changes import compare
    from rules.families import rulebooks_for_year
    from rules.rulebook import RulebookError, load_rulebook
    from storage.rulebook_changes import current_adoption, record_adoption
    try:
        books = rulebooks_for_year(year)
    except RulebookError as exc:
        raise click.ClickException(str(exc)) from None
    db = ctx.db()
    previous = (current_adoption(db) or {}).get("year")
    changes = []
    if previous and previous != year:
        for name, book in books.books.items():
            try:
                changes += [f"{book.family.upper()} {c.line()}" for c in compare(load_rulebook(previous, name), book)]
            except RulebookError:
                changes.append(f"{book.family.upper()}: no {previous} rulebook to compare")
    record_adoption(db, year, "adopted", books.record(), note)
    notice = adoption_notice(year, books, changes, previous)
    queued = queue_notice(db, notice, list((ctx.settings["alerts"]["auditor_emails"] or {}).values()))
    log.warning("rulebooks adopted: %s (was %s); %d auditor notice(s) queued", year, previous, queued)
    click.echo(notice.body)
    click.echo(f"\nrecorded; {queued} auditor notice(s) queued (sent with the next alerts)", err=True)
    configured = ctx.settings["general"]["year"]
    if configured and configured != year:
        click.echo(f"warning: general.year = {configured} in the settings still decides the schedule's year; "
                   f"set it to 0 or {year}", err=True)
