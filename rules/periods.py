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
                      the quarter itself is ("ไตรมาสที่ ๒", "Q2"); ``about: [terms]`` reads only the
                      documents naming one of them (the progress report, not the year-long plan)
covers_year           the year is named or lies inside a span such as "แผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570)":
                      ``year: current | previous | <B.E. year>`` (multi-year plans); the documents decide when
                      they name any year (a page or post "ประจำปี 2569" above a 2561–2565 plan is that plan)
each_quarter          evidence published quarter by quarter has every quarter of ``quarters`` (those whose
                      round has closed; ``[]``: none yet) with a link that is not gone and a folder that is
                      not empty, and names no other round than the fiscal year beside its quarter
                      ("ไตรมาสที่ 1 ปีงบประมาณ พ.ศ. 2568" in a 2569 round); evidence naming no quarter
                      passes (a yearly document); evidence whose every quarter is of another round, listed
                      only on a past round's page, is ``absent`` (missing: this round has published nothing)
mentions_year_near    the year is named close to one of ``near`` (terms), within ``window`` characters:
                      "analyses last year's ITA result" is ``year: previous, near: [ITA, ผลการประเมิน]``
====================  ==================================================================================
"""
from __future__ import annotations

import re

from rules.checks import MONTHS_EN_SHORT, Evidence, Outcome, check
from rules.quarters import quarters_named
from rules.thai import DENIAL_RE, MONTH_RE, MONTHS_ABBR, Term, Text, thai_digits

QUARTER_MONTHS = {1: (10, 11, 12), 2: (1, 2, 3), 3: (4, 5, 6), 4: (7, 8, 9)}
PERIODS = {"first_half": [1, 2], "year": [1, 2, 3, 4]}


def _not_readable(ev: Evidence) -> bool:
    return not ev.readable()


def _wanted(ev: Evidence, year: object) -> list[int]:
    if isinstance(year, int):
        return [year]
    return {"current": [ev.year], "previous": [ev.year - 1], "current_or_previous": [ev.year, ev.year - 1]}[str(year)]


def _year_param(value: object) -> bool:
    return value in {"current", "previous", "current_or_previous"} or (isinstance(value, int) and value > 2400)


def _terms_param(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(t, str) and t.strip() for t in value)


_QUARTER_LABEL = re.compile(r"ไตรมาส\s?(?:ที่)?\s?[1-4](?!\d)")
# what a period's label carries besides its name: "(ม.ค. – มี.ค. 2569)", "ปีงบประมาณ พ.ศ. 2569", "เดือน"
_LABEL_FILL = re.compile(r"[\s()\[\]:,/.\-–—]|ปีงบประมาณ|ปีงบ|พ\.ศ\.|เดือน|(?<!\d)(?:25)?\d\d(?!\d)")
_CELL_DASH = re.compile(r"\)\s+-$")      # a label's closed "(…)" then the cell's lone "-": not a range's dash


def denied_periods(text: Text) -> Text:
    """The text without the periods the agency says it has nothing for: a table of quarters or months whose
    cell is "-" or "อยู่ระหว่างดำเนินการ" ("ไตรมาสที่ 2 (ม.ค. – มี.ค. 2569) -") names the quarter to say it is not
    there, as a person reads it; a range's dash ("ต.ค. 2568 - มี.ค. 2569") is not such a cell.

    >>> sorted(denied_periods(Text("ไตรมาสที่ 1 (ต.ค. – ธ.ค. 2568) สรุปผล.pdf ไตรมาสที่ 2 (ม.ค. – มี.ค. 2569) -")).months())
    [10, 11, 12]
    >>> sorted(denied_periods(Text("สรุปผล ต.ค. 2568 - มี.ค. 2569")).months())
    [1, 2, 3, 10, 11, 12]
    """
    norm = text.norm
    hits = sorted([(m.start(), m.end()) for m in _QUARTER_LABEL.finditer(norm)] +
                  [(m.start(), m.end()) for m in MONTH_RE.finditer(norm)])
    cut: list[tuple[int, int]] = []
    chain: list[int] = []                              # labels with nothing of their own since the last content
    for k, (start, end) in enumerate(hits):
        stop = hits[k + 1][0] if k + 1 < len(hits) else len(norm)
        cell = norm[end:stop]
        bare = _LABEL_FILL.sub("", DENIAL_RE.sub("", cell))
        chain.append(start)
        if bare:
            chain = []
            continue
        last = k + 1 == len(hits)
        said = DENIAL_RE.search(cell) or (cell.strip().endswith("-") and (last or _CELL_DASH.search(cell.strip())))
        if said:
            cut.append((chain[0], stop))
            chain = []
    if not cut:
        return text
    kept, at = [], 0
    for start, stop in cut:
        kept.append(norm[at:start])
        at = stop
    kept.append(norm[at:])
    return Text(" ".join(kept))


def _about(ev: Evidence, about: list[str] | None) -> Text:
    """The text of the pieces of evidence that are ``about`` one of these terms (a plan's year-long
    schedule says nothing of its progress report's months); all of it when none is. What an outside document
    shows of itself counts as a person reads it: a shared folder listing "procure-q1.pdf", "procure-q2.pdf".
    Each piece without the periods it says it has nothing for (``denied_periods``, read piece by piece: a
    page's last cell "-" is not followed by the next document's words)."""
    readable = [(d.text, denied_periods(d.text)) for d in ev.readable() if d.text is not None]
    if about:
        terms = [Term(t) for t in about]
        chosen = [kept.norm for whole, kept in readable if any(whole.contains(t) for t in terms)] + \
            [d.title.norm for d in ev.docs if d.title is not None and any(d.title.contains(t) for t in terms)]
        if chosen:
            return Text(" \n ".join(chosen))
    return Text.joined([kept for _, kept in readable] + [d.title for d in ev.docs if d.title], unclear=False)


@check("covers_period", period=lambda v: v in PERIODS,
       quarters=lambda v: isinstance(v, list) and bool(v) and all(q in QUARTER_MONTHS for q in v), about=_terms_param)
def covers_period(ev: Evidence, period: str = "first_half", quarters: list[int] | None = None,
                  about: list[str] | None = None) -> Outcome:
    wanted = quarters or PERIODS[period]
    text = _about(ev, about)
    named, months = quarters_named(text), text.months()
    # outside files only: judged by what they show of themselves (a folder's "procure-q1.pdf", a file's heading)
    # when that names a period; else there is nothing to judge by
    if _not_readable(ev) and not (named or months):
        return Outcome(True, signal="period not verifiable")
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
    text = ev.dated_text("years")  # the plan says its own period: a post "ประจำปี 2569" above a 2561-2565 plan
    if text.years() & set(wanted):
        return Outcome(True, signal=f"year {min(text.years() & set(wanted))}")
    return _fails_year(wanted, text.years())


@check("mentions_year_near", year=_year_param,
       near=_terms_param,
       window=lambda v: isinstance(v, int) and v > 0)
def mentions_year_near(ev: Evidence, near: list[str], year: object = "previous", window: int = 80) -> Outcome:
    wanted = _wanted(ev, year)
    if _not_readable(ev):
        return Outcome(True, signal="year not verifiable")
    text = ev.text()
    terms = [Term(t) for t in near]
    for doc in ev.readable():
        norm = doc.text.norm if doc.text is not None else ""
        for term in terms:
            for hit in re.finditer(re.escape(term.norm), norm):
                around = Text(norm[max(0, hit.start() - window):hit.end() + window])
                if around.years() & set(wanted):
                    return Outcome(True, signal=f"{term.raw} {min(around.years() & set(wanted))}")
    named = " / ".join(near[:2])
    failed = _fails_year(wanted, text.years())
    return Outcome(False, f"{failed.th} ที่เกี่ยวกับ {named}", f"{failed.en} next to {named}")


@check("each_quarter", quarters=lambda v: isinstance(v, list) and all(q in QUARTER_MONTHS for q in v))
def each_quarter(ev: Evidence, quarters: list[int]) -> Outcome:
    pieces = ev.quarters
    if not pieces:
        return Outcome(True, signal="not published by quarter")
    pieces = [p for p in pieces if not p.unread]  # a login wall is no quarter's evidence (rules/engine.py: unchecked)
    present = {p.quarter for p in pieces if not p.empty}
    rounds = {q: {p.round_year for p in pieces if p.quarter == q and p.round_year and not p.empty} for q in present}
    past = sorted({y for years in rounds.values() for y in years} - {ev.year})
    if present and past and all(years and ev.year not in years for years in rounds.values()) and \
            all(p.page_years and max(p.page_years) < ev.year for p in pieces):
        # every quarter's evidence was made for another round and is listed only on a past round's page (the
        # "ITA 2568" page): this round has published nothing yet. Last round's files filed on this round's
        # page are this round's evidence, stale (partial, below).
        return Outcome(False, f"มีเพียงหลักฐานของปีงบประมาณ {', '.join(thai_digits(y) for y in past)} "
                       "ไม่มีหลักฐานของรอบนี้", f"only evidence of fiscal year {', '.join(map(str, past))}, "
                       "none of this round", share=0.0, absent=True)
    lacking = [q for q in quarters if q not in present]
    if lacking:
        named = ", ".join(thai_digits(q) for q in lacking)
        return Outcome(False, f"ไม่พบหลักฐานไตรมาสที่ {named}", f"no evidence for quarter {', '.join(map(str, lacking))}",
                       share=1 - len(lacking) / len(quarters))
    other = sorted(q for q, years in rounds.items() if years and ev.year not in years)
    if other:
        years = sorted({p.round_year for p in pieces if p.round_year and p.round_year != ev.year})
        return Outcome(False, f"หลักฐานไตรมาสที่ {', '.join(thai_digits(q) for q in other)} เป็นของปีงบประมาณ "
                       f"{', '.join(thai_digits(y) for y in years)}",
                       f"the evidence of quarter {', '.join(map(str, other))} is of fiscal year "
                       f"{', '.join(map(str, years))}")
    return Outcome(True, signal="quarters " + ",".join(map(str, sorted(present))))
