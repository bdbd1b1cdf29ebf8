"""Which rulebook judges which agency: rulebook families, the default fiscal year, and rulebook status.

A run has one fiscal year; each agency is judged by its family's rulebook of that year. The family comes
from the agency's registry row: its ``family`` column when set (``ita``, ``moit``), else its ``type``
matched against each family's ``agency_types`` (a hospital, โรงพยาบาล…, or a health office, สาธารณสุข…,
is judged by MOIT), else the NACC's OIT list (``ita``).

>>> fiscal_year(date(2026, 9, 30)), fiscal_year(date(2026, 10, 1))
(2569, 2570)
>>> family_of({"type": "โรงพยาบาลชุมชน"}), family_of({"type": "อบต."}), family_of({"type": "อบต.", "family": "moit"})
('moit', 'ita', 'moit')
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from rules.rulebook import (
    DEFAULT_FAMILY,
    Rulebook,
    RulebookError,
    available_years,
    families,
    load_rulebook,
)
from rules.thai import Term, Text
from rules.vocabulary import run_rulebooks_of

STATUS_TH = {"verified": "ยืนยันแล้ว", "provisional": "ฉบับร่าง", "unverified": "ยังไม่ได้ตรวจสอบ"}
STATUS_NOTE = {
    "provisional": ("เกณฑ์ {label} เป็นฉบับร่าง (provisional) สร้างจากเว็บไซต์ของหน่วยงาน ไม่ใช่คู่มือ ป.ป.ช. — ตรวจสอบกับคู่มือฉบับจริง",
                    "{label} is provisional: rebuilt from agencies' own pages, not the official manual; check it "
                    "against the manual"),
    "unverified": ("เกณฑ์ {label} ยังไม่ได้ตรวจสอบ (unverified): ยกมาจากปีก่อนเพราะยังไม่พบคู่มือของปีนี้ — ผลเป็นเพียงการประมาณ",
                   "{label} is unverified: carried forward from the year before because this year's manual has not "
                   "been seen; treat its verdicts as indicative"),
}


def fiscal_year(day: date | None = None) -> int:
    """The Thai fiscal year (B.E.) a day falls in: it starts on 1 October."""
    day = day or date.today()
    return day.year + 543 + (1 if day.month >= 10 else 0)


def default_year(today: date | None = None) -> int:
    """The fiscal year of ``today`` if an ITA rulebook exists for it, else the newest verified one."""
    year = fiscal_year(today)
    if year in available_years():
        return year
    verified = [y for y in available_years() if load_rulebook(y).status == "verified"]
    return max(verified or available_years())


def status_note(rulebook: Rulebook) -> tuple[str, str]:
    """(Thai, English) warning for a provisional or unverified rulebook; empty strings when verified."""
    if rulebook.status not in STATUS_NOTE:
        return "", ""
    th, en = STATUS_NOTE[rulebook.status]
    return th.format(label=rulebook.label), en.format(label=rulebook.label)


def all_rulebooks() -> list[Rulebook]:
    """Every bundled rulebook, by family then year (a broken one raises RulebookError)."""
    return [load_rulebook(year, family) for family in families() for year in available_years(family)]


def _newest(family: str) -> Rulebook | None:
    years = available_years(family)
    return load_rulebook(years[-1], family) if years else None


def family_of(agency: dict[str, Any]) -> str:
    """The rulebook family that judges an agency (see the module's docstring); unknown families raise."""
    chosen = (agency.get("family") or "").strip().lower()
    if chosen:
        if chosen not in families():
            raise RulebookError([f"agency {agency.get('id', '?')}: family: unknown {chosen!r} "
                                 f"(known: {', '.join(families())})"])
        return chosen
    kind = Text(agency.get("type") or "")
    for family in families():
        book = _newest(family)
        if family != DEFAULT_FAMILY and book and any(kind.norm.startswith(Term(t).norm) or kind.contains(Term(t))
                                                     for t in book.agency_types):
            return family
    return DEFAULT_FAMILY


@dataclass
class RulebookSet:
    """The rulebooks of one fiscal year, one per family; ``primary`` is the one a caller asked for.

    It stands in for a Rulebook where a crawl needs one (``year``, ``version``, ``focus_terms``).
    """

    year: int
    books: dict[str, Rulebook] = field(default_factory=dict)
    primary: str = DEFAULT_FAMILY

    @property
    def version(self) -> str:
        return self.version_of(None)

    def version_of(self, used: set[str] | None) -> str:
        """``2569.1`` when one family judged, else ``ita 2569.1; moit 2569.1``."""
        books = {f: b for f, b in self.books.items() if used is None or f in used} or self.books
        if len(books) == 1:
            return next(iter(books.values())).version
        return "; ".join(f"{family} {book.version}" for family, book in sorted(books.items()))

    def focus_terms(self) -> list[Term]:
        return [t for book in self.books.values() for t in book.focus_terms()]

    def code_prefixes(self) -> list[str]:
        """The item-code prefixes of this year's families ("O", "MOIT"): how an agency's index is told."""
        return sorted({book.code_prefix for book in self.books.values()})

    def for_agency(self, agency: dict[str, Any]) -> Rulebook | None:
        """The rulebook that judges ``agency``, or None when its family has no rulebook for this year."""
        return self.books.get(family_of(agency))

    def missing(self, agency: dict[str, Any]) -> tuple[Rulebook, str, dict[str, Any]] | None:
        """For an agency whose family has no rulebook this year: the family's nearest rulebook (for the item
        list) and the reason (a code of rules.vocabulary and its parameters); None when a rulebook exists."""
        family = family_of(agency)
        if family in self.books:
            return None
        years = available_years(family)
        nearest = min(years, key=lambda y: (abs(y - self.year), -y))
        name = family.upper()
        return (load_rulebook(nearest, family), "no_rulebook",
                {"family": name, "year": self.year, "available": ", ".join(map(str, years))})

    def record(self, used: set[str] | None = None) -> str:
        """JSON kept on the run: per family the rulebook's year, version and status."""
        return json.dumps({family: {"year": b.year, "version": b.version, "status": b.status}
                           for family, b in sorted(self.books.items()) if used is None or family in used})


def rulebooks_for_year(year_or_rulebook: int | Rulebook | RulebookSet) -> RulebookSet:
    """Every family's rulebook for a year; given a Rulebook, that one stands for its family."""
    if isinstance(year_or_rulebook, RulebookSet):
        return year_or_rulebook
    given = year_or_rulebook if isinstance(year_or_rulebook, Rulebook) else None
    year = year_or_rulebook.year if isinstance(year_or_rulebook, Rulebook) else int(year_or_rulebook)
    books = {family: load_rulebook(year, family) for family in families() if year in available_years(family)}
    if given:
        books[given.family] = given
    elif DEFAULT_FAMILY not in books:
        load_rulebook(year)  # raises the usual "no rulebook for …" message
    return RulebookSet(year, books, given.family if given else DEFAULT_FAMILY)


def family_of_codes(codes: Iterable[object]) -> str:
    """The family whose code prefix the item codes carry: ``{"MOIT1", "MOIT2"}`` -> ``moit``."""
    prefixes = {f: book.code_prefix for f in families() if (book := _newest(f)) is not None}
    for family, prefix in sorted(prefixes.items(), key=lambda kv: -len(kv[1])):
        if any(str(c).upper().startswith(prefix) and str(c)[len(prefix):].isdigit() for c in codes):
            return family
    return DEFAULT_FAMILY


def item_number(code: str) -> int:
    """The number in an item code of any family, for sorting: ``O12`` -> 12, ``MOIT3`` -> 3."""
    digits = "".join(ch for ch in str(code) if ch.isdigit())
    return int(digits) if digits else 0


def run_rulebooks(run: dict[str, Any]) -> list[Rulebook]:
    """The rulebooks a stored run was judged with (``runs.rulebooks``; older runs: the ITA book of its year)."""
    books = []
    for family, (year, _) in sorted(run_rulebooks_of(run).items()):
        if year is None:  # a run recorded without its year: no rulebook to name
            continue
        try:
            books.append(load_rulebook(year, family))
        except (RulebookError, TypeError, ValueError):
            continue
    return books


def run_label(run: dict[str, Any]) -> str:
    """``ITA 2569 (provisional), MOIT 2569 (provisional)``: what judged a run, with each rulebook's status."""
    recorded = json.loads(run.get("rulebooks") or "{}") if run.get("rulebooks") else {}
    if recorded:
        return ", ".join(f"{family.upper()} {info['year']}" + ("" if info.get("status") == "verified" else f" ({info.get('status')})")
                         for family, info in sorted(recorded.items()))
    return ", ".join(b.label for b in run_rulebooks(run)) or f"ITA {run.get('year')}"


@lru_cache(maxsize=64)
def rulebook_label(year: int, code: str) -> str:
    """The label of the rulebook a finding (its year and item code) was judged with: ``ITA 2570 (unverified)``."""
    family = family_of_codes([code])
    try:
        return load_rulebook(year, family).label
    except RulebookError:
        return f"{family.upper()} {year}"
