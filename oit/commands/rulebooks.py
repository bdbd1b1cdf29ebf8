"""``oit rules``: validate and list the rulebooks (one YAML file per family and ITA year)."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from oit.tables import table


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
def rules_list():
    """Every bundled rulebook: family, year, item count and status (verified / provisional / unverified)."""
    from rules.families import STATUS_TH, all_rulebooks, default_year
    from rules.rulebook import RulebookError
    try:
        books = all_rulebooks()
    except RulebookError as exc:
        raise click.ClickException(str(exc)) from None
    default = default_year()
    click.echo(table(([book.path.name, book.family, book.year, len(book.items),
                       f"{book.status} ({STATUS_TH[book.status]})"
                       + ("  ← default year" if book.year == default and book.family == "ita" else "")] for book in books),
                     ["file", "family", "year", "items", "status"], align=["left", "left", "left", "right", "left"]))
