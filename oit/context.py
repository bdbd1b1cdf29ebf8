"""What every ``oit`` sub-command shares: settings, the database (never created by a mistyped --db), the
rulebooks of a year, and lookups of runs, agencies and items that fail with a helpful message, not a traceback."""
from __future__ import annotations

import difflib
from pathlib import Path
from typing import Callable

import click
import sqlite_utils

import rules  # noqa: F401  (PYTHAINLP_OFFLINE before pythainlp loads)
from oit import settings as settings_mod

BE_OFFSET = 543


class Context:
    def __init__(self, config: str | None, db: str | None):
        self.settings = settings_mod.load(config)
        self.db_path = settings_mod.db_path(self.settings, db)
        self._db: sqlite_utils.Database | None = None

    def db(self, create: bool = False) -> sqlite_utils.Database:
        """The database; only commands that fill one (crawl, import, demo) pass ``create=True``: anything else
        on a path that does not exist is a typo, and an empty new database would answer every query with nothing."""
        if self._db is None:
            if not create and not self.db_path.exists():
                raise click.ClickException(
                    f"ไม่พบฐานข้อมูล {self.db_path} / the database file does not exist: {self.db_path}\n"
                    "  check --db (or $OIT_DB), or create it with `oit demo`, `oit agencies import FILE` or `oit crawl`")
            import sqlite3

            from storage import open_db
            try:
                self._db = open_db(self.db_path)
            except sqlite3.DatabaseError as exc:  # a CSV, a cache file, a truncated copy ...
                raise click.ClickException(
                    f"{self.db_path} ไม่ใช่ฐานข้อมูล OIT Watch / is not an OIT Watch database (SQLite: {exc}); "
                    "check --db (or $OIT_DB)") from exc
        return self._db


def _set_db(click_ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value:
        ctx = click_ctx.find_object(Context)
        ctx.db_path, ctx._db = Path(value), None


def pass_ctx(command: Callable) -> Callable:
    """Pass the shared Context, and accept ``--db`` after the sub-command too (``oit findings --db x.db``)."""
    command = click.make_pass_decorator(Context)(command)
    return click.option("--db", expose_value=False, callback=_set_db, is_eager=True,
                        help="SQLite database (same as oit --db).")(command)


class BuddhistYear(click.ParamType):
    """A fiscal year in the Buddhist Era (พ.ศ.): ``--year 2023`` is refused with the B.E. year it likely means."""
    name = "B.E. year"

    def convert(self, value, param, ctx) -> int:
        try:
            year = int(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} ไม่ใช่ปี พ.ศ. / is not a year (B.E., e.g. 2569)", param, ctx)
        if 1900 <= year < 2400:
            self.fail(f"ปีเป็น พ.ศ. / years are B.E. (Buddhist Era): {year} is ค.ศ./A.D.; use {year + BE_OFFSET}", param, ctx)
        if year != 0 and not 2400 <= year < 2700:
            self.fail(f"{year} ไม่ใช่ปี พ.ศ. / is not a B.E. year (e.g. 2569)", param, ctx)
        return year


BE_YEAR = BuddhistYear()


def close_matches(word: str, choices: list[str], n: int = 5) -> str:
    """' — did you mean: a, b?' for the nearest of ``choices``, or ''."""
    near = difflib.get_close_matches(word, choices, n=n, cutoff=0.6)
    return f"\n  ใกล้เคียง / did you mean: {', '.join(near)}" if near else ""


def known_agency(db: sqlite_utils.Database, agency_id: str) -> dict:
    """The agency with this id, or a ClickException naming close ids (and ids whose name contains the word)."""
    from storage.agencies import agency_ids, get_agency, ids_named
    found = get_agency(db, agency_id)
    if found is not None:
        return found
    ids = agency_ids(db)
    named = ids_named(db, agency_id, 5)
    hint = close_matches(agency_id, ids) or (f"\n  ชื่อที่มีคำนี้ / named so: {', '.join(named)}" if named else "")
    raise click.ClickException(f"ไม่พบหน่วยงาน / no agency with id {agency_id!r}{hint}\n  see `oit agencies list --search WORD`")


def known_run(db: sqlite_utils.Database, run_id: str | int | None, complete_only: bool = False) -> dict:
    """The run ``run_id`` ("latest" or a number), or a ClickException saying which runs exist."""
    from storage.runs import get_run, run_id_span
    if run_id not in (None, "latest") and not str(run_id).isdigit():
        raise click.ClickException(f"--run takes a run number or 'latest', not {run_id!r}")
    run = get_run(db, run_id, complete_only=complete_only)
    if run is not None:
        return run
    span = run_id_span(db)
    if span[0] is None:
        raise click.ClickException("ยังไม่มีรอบการตรวจ / no run yet: run `oit crawl` (or `oit demo`) first")
    kind = "complete run" if complete_only else "run"
    raise click.ClickException(f"ไม่พบรอบการตรวจ / no {kind} {run_id} (runs {span[0]}–{span[1]}; see `oit runs`)")


def known_item(run: dict, code: str) -> str:
    """An item code of the run's rulebooks (any family), upper-cased — given as its code or words of its title
    (``ข้อมูลการติดต่อ``, ``contact``) — or a ClickException listing close codes or the titles that match."""
    from rules.families import run_rulebooks
    from rules.thai import Term, Text
    items = [i for book in run_rulebooks(run) for i in book.items]
    codes = [i.code for i in items]
    if code.upper() in codes or not codes:
        return code.upper()
    words = code.strip()
    named = [i for i in items if Text(i.title_th).contains(Term(words)) or words.lower() in i.title_en.lower()]
    exact = [i for i in named if Text(i.title_th).norm == Text(words).norm or i.title_en.lower() == words.lower()]
    if len(exact) == 1 or len(named) == 1:
        return (exact or named)[0].code
    if named:
        raise click.ClickException(f"หลายข้อมีชื่อนี้ / several items match {code!r}: "
                                   + "; ".join(f"{i.code} {i.title_th}" for i in named[:10]))
    raise click.ClickException(f"ไม่มีข้อ {code} ในเกณฑ์ของรอบ {run['id']} / no item {code} in run {run['id']}'s rulebooks "
                               f"({codes[0]}–{codes[-1]}){close_matches(code.upper(), codes)}")


def known_value(db: sqlite_utils.Database, column: str, value: str | None, label: str) -> None:
    """Refuse a filter value (province, type) that no agency has, naming close ones."""
    from storage.agencies import column_values, has_value
    if not value or has_value(db, column, value):
        return
    values = column_values(db, column)
    raise click.ClickException(f"ไม่มีหน่วยงานใน{label} {value!r} / no agency has {column} {value!r}{close_matches(value, values)}")


def rulebooks(year: int | None):
    """The rulebooks of ``year`` (0 or None: the default year), one per family; warns about unverified ones."""
    from rules.families import default_year, rulebooks_for_year
    from rules.rulebook import RulebookError
    try:
        books = rulebooks_for_year(year or default_year())
    except RulebookError as exc:
        raise click.ClickException(str(exc)) from None
    for book in books.books.values():
        warn_status(book)
    return books


def warn_status(book) -> None:
    from rules.families import status_note
    th, en = status_note(book)
    if th:
        click.echo(f"คำเตือน: {th}\nwarning: {en}", err=True)


def warn_run(run: dict) -> None:
    """Say on stderr when a run was judged with a provisional or unverified rulebook."""
    from rules.families import run_rulebooks
    for book in run_rulebooks(run):
        warn_status(book)


def write_or_echo(text: str, out: str | None) -> None:
    if out:
        Path(out).write_text(text, encoding="utf-8")
    else:
        click.echo(text)
