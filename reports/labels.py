"""Words and dates every report, export and page shows: Thai status words, B.E. dates.

>>> STATUS_TH["missing"], be_date("2026-11-21T01:00:00+00:00")
('ไม่พบข้อมูล', '๒๑/๑๑/๒๕๖๙')
"""
from __future__ import annotations

from datetime import datetime

from rules.thai import thai_digits
from rules.vocabulary import STATUS_EN, STATUS_TH  # noqa: F401  (re-exported)

# One character per status for the agency × item matrix: readable in print, sortable in a spreadsheet.
STATUS_SYMBOL = {"pass": "✓", "partial": "◐", "missing": "✗", "broken": "!", "unchecked": "–"}


def be_date(iso: str | None) -> str:
    """ISO timestamp -> Thai date with a B.E. year: '2026-11-21T…' -> '๒๑/๑๑/๒๕๖๙'."""
    if not iso:
        return "-"
    year, month, day = iso[:10].split("-")
    return thai_digits(f"{int(day)}/{int(month)}/{int(year) + 543}")


def excel_datetime(iso: str | None) -> datetime | None:
    """A stored ISO timestamp as a naive datetime a spreadsheet stores as a real date (Excel has no time zones)."""
    if not iso:
        return None
    try:
        return datetime.fromisoformat(iso).replace(tzinfo=None)
    except ValueError:
        return None
