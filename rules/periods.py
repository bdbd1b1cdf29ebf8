"""Year rules as checks: the windows of the Thai fiscal year a rulebook item may demand.

The fiscal year B.E. Y runs from 1 ต.ค. Y-1 to 30 ก.ย. Y; its quarters are ต.ค.–ธ.ค., ม.ค.–มี.ค., เม.ย.–มิ.ย.
and ก.ค.–ก.ย. Every check here is relative to the year of the rulebook that judges (``Evidence.year``), so a
rulebook carried forward to the next year needs no edit, and no code names any single year.

====================  ==================================================================================
check                 passes when
====================  ==================================================================================
covers_period         the text covers a window of the fiscal year: ``period: first_half`` (1 ต.ค.–31 มี.ค.),
                      ``year`` (all twelve months) or ``quarters: [1, 2]``; each quarter counts as covered
                      when all its months are named (a range "ต.ค. 68 – มี.ค. 69" names those between) or
                      the quarter itself is ("ไตรมาสที่ ๒", "Q2")
covers_year           the year is named or lies inside a span such as "แผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570)":
                      ``year: current | previous | <B.E. year>`` (multi-year plans)
mentions_year_near    the year is named close to one of ``near`` (terms), within ``window`` characters:
                      "analyses last year's ITA result" is ``year: previous, near: [ITA, ผลการประเมิน]``
====================  ==================================================================================
"""
from __future__ import annotations

import re

from rules.checks import MONTHS_EN_SHORT, Evidence, Outcome, check
from rules.thai import MONTHS_ABBR, Term, Text, thai_digits

QUARTER_MONTHS = {1: (10, 11, 12), 2: (1, 2, 3), 3: (4, 5, 6), 4: (7, 8, 9)}
PERIODS = {"first_half": [1, 2], "year": [1, 2, 3, 4]}
QUARTER_NAMED = [re.compile(r"ไตรมาส\s?(?:ที่)?\s?([1-4])(?!\d)"), re.compile(r"(?<![a-z0-9])q\s?([1-4])(?!\d)"),
                 re.compile(r"(?<![a-z0-9])quarter\s?([1-4])(?!\d)")]


def _not_readable(ev: Evidence) -> bool:
    return not ev.readable()


def _wanted(ev: Evidence, year: object) -> list[int]:
    if isinstance(year, int):
        return [year]
    return {"current": [ev.year], "previous": [ev.year - 1], "current_or_previous": [ev.year, ev.year - 1]}[year]


def _year_param(value: object) -> bool:
    return value in {"current", "previous", "current_or_previous"} or (isinstance(value, int) and value > 2400)


def quarters_named(text: Text) -> set[int]:
    """Quarters of the fiscal year a text names: "ไตรมาสที่ 1", "ไตรมาส ๒", "Q3"."""
    return {int(n) for pattern in QUARTER_NAMED for n in pattern.findall(text.norm)}


@check("covers_period", period=lambda v: v in PERIODS,
       quarters=lambda v: isinstance(v, list) and bool(v) and all(q in QUARTER_MONTHS for q in v))
def covers_period(ev: Evidence, period: str = "first_half", quarters: list[int] | None = None) -> Outcome:
    wanted = quarters or PERIODS[period]
    if _not_readable(ev):
        return Outcome(True, signal="period not verifiable")
    text = ev.text()
    named, months = quarters_named(text), text.months()
    lacking = [q for q in wanted if q not in named and not set(QUARTER_MONTHS[q]) <= months]
    if not lacking:
        return Outcome(True, signal="quarters " + ",".join(map(str, wanted)) + " covered")
    missing_months = [m for q in lacking for m in QUARTER_MONTHS[q] if m not in months]
    if quarters is None and period == "first_half":
        what_th, what_en = "ข้อมูล ๖ เดือนไม่ครบถ้วน", "the 6-month data is incomplete"
    elif quarters is None:
        what_th, what_en = "ข้อมูล ๑๒ เดือนไม่ครบถ้วน", "the 12-month data is incomplete"
    else:
        what_th = "ข้อมูลไตรมาสที่ " + ", ".join(thai_digits(q) for q in lacking) + " ไม่ครบถ้วน"
        what_en = "quarter " + ", ".join(map(str, lacking)) + " is incomplete"
    return Outcome(False, f"{what_th} (ไม่พบเดือน {', '.join(MONTHS_ABBR[m - 1] + '.' for m in missing_months)})",
                   f"{what_en} (missing {', '.join(MONTHS_EN_SHORT[m - 1] for m in missing_months)})")


def _fails_year(wanted: list[int], found: set[int]) -> Outcome:
    seen = sorted(found, reverse=True)[:3]
    also_th = f" (พบปี {', '.join(thai_digits(y) for y in seen)})" if seen else ""
    also_en = f" (found {', '.join(map(str, seen))})" if seen else ""
    return Outcome(False, f"ไม่มีข้อมูลปี พ.ศ. {' หรือ '.join(thai_digits(y) for y in wanted)}{also_th}",
                   f"no data for B.E. {' or '.join(map(str, wanted))}{also_en}")


@check("covers_year", year=_year_param)
def covers_year(ev: Evidence, year: object = "current") -> Outcome:
    wanted = _wanted(ev, year)
    if _not_readable(ev):
        return Outcome(True, signal="year not verifiable")
    text = ev.text()
    if text.years() & set(wanted):
        return Outcome(True, signal=f"year {min(text.years() & set(wanted))}")
    return _fails_year(wanted, text.years())


@check("mentions_year_near", year=_year_param,
       near=lambda v: isinstance(v, list) and bool(v) and all(isinstance(t, str) and t.strip() for t in v),
       window=lambda v: isinstance(v, int) and v > 0)
def mentions_year_near(ev: Evidence, near: list[str], year: object = "previous", window: int = 80) -> Outcome:
    wanted = _wanted(ev, year)
    if _not_readable(ev):
        return Outcome(True, signal="year not verifiable")
    text = ev.text()
    terms = [Term(t) for t in near]
    for doc in ev.readable():
        norm = doc.text.norm
        for term in terms:
            for hit in re.finditer(re.escape(term.norm), norm):
                around = Text(norm[max(0, hit.start() - window):hit.end() + window])
                if around.years() & set(wanted):
                    return Outcome(True, signal=f"{term.raw} {min(around.years() & set(wanted))}")
    named = " / ".join(near[:2])
    failed = _fails_year(wanted, text.years())
    return Outcome(False, f"{failed.th} ที่เกี่ยวกับ {named}", f"{failed.en} next to {named}")
