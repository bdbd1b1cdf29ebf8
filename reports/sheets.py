"""The one export writer: every CSV and XLSX OIT Watch writes goes through ``csv_text`` and ``save_workbook``,
which neutralise every cell (an agency named ``=HYPERLINK(…)`` stays text), so no export path can forget it.

Spreadsheets people print and filter: a bold frozen header with an auto-filter, column widths, wrapped text,
links that open, real dates, and an A4 landscape page that repeats the header row on every page. CSV for Excel
carries a BOM (without it Excel reads Thai UTF-8 as mojibake), dates as ISO dates, and never a live formula."""
from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Iterable, Sequence

from storage.safe import neutralise, neutralise_sheet

BANGKOK = timezone(timedelta(hours=7))
FILLS = {"pass": "C6EFCE", "partial": "FFEB9C", "missing": "FFC7CE", "broken": "FF9999", "unchecked": "D9D9D9"}
DATE_FORMAT = "d/m/yyyy hh:mm"


def local_time(iso: str | None) -> datetime | None:
    """A stored UTC timestamp as Bangkok wall time without a zone: spreadsheets store dates without zones."""
    if not iso:
        return None
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return None
    return (moment.astimezone(BANGKOK) if moment.tzinfo else moment).replace(tzinfo=None)


def unique_urls(urls: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(u for u in urls if u))


def _csv_cell(value) -> object:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")  # ISO 8601 date and time (Bangkok, as shown in the workbooks)
    if isinstance(value, date):
        return value.isoformat()
    return neutralise(value)


def csv_text(headers: Sequence[str], rows: Iterable[Sequence]) -> str:
    """CSV with Excel's BOM; a cell may hold several lines (quoted), no cell (header included) starts a formula."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([_csv_cell(h) for h in headers])
    for row in rows:
        writer.writerow([_csv_cell(v) for v in row])
    return "\ufeff" + out.getvalue()


def save_workbook(book, path: str | Path | io.BytesIO) -> None:
    """Save a workbook with every text cell of every sheet neutralised: the only way a workbook is written."""
    for sheet in book.worksheets:
        neutralise_sheet(sheet)
    book.save(path)


def new_sheet(title: str):
    import openpyxl
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    return book, sheet


# A4 landscape between 1 cm margins holds about this many column-width units at 100 % (measured through
# LibreOffice); below MIN_SCALE a sheet's 11-point text prints smaller than 8 points, too small to read.
A4_LANDSCAPE_UNITS = 110
MIN_SCALE = 70


def print_setup(sheet, widths: Sequence[float], keep_columns: int, first_header_row: int, header_row: int) -> None:
    """A4 landscape with the header rows on every page: one page wide when that needs no more than MIN_SCALE;
    a wider table prints at MIN_SCALE across pages, each repeating its first ``keep_columns`` columns."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.page import PageMargins

    sheet.page_setup.orientation = sheet.ORIENTATION_LANDSCAPE
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_margins = PageMargins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    sheet.print_title_rows = f"{first_header_row}:{header_row}"
    if sum(widths) * MIN_SCALE / 100 <= A4_LANDSCAPE_UNITS:
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        return
    sheet.sheet_properties.pageSetUpPr.fitToPage = False
    sheet.page_setup.scale = MIN_SCALE
    sheet.page_setup.pageOrder = "overThenDown"  # a block of rows, all its columns, then the next block
    if keep_columns:
        sheet.print_title_cols = f"A:{get_column_letter(keep_columns)}"


def finish_sheet(sheet, widths: Sequence[float], header_row: int = 1, filter_table: bool = True,
                 first_header_row: int = 1, keep_columns: int = 2) -> None:
    """Bold frozen header rows ``first_header_row``–``header_row`` (an auto-filter on the last), widths, wrapped
    cells, dates shown as dates, printed legibly on A4 landscape (``print_setup``)."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    neutralise_sheet(sheet)
    for row in sheet.iter_rows(min_row=first_header_row, max_row=header_row):
        for cell in row:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in sheet.iter_rows(min_row=header_row + 1):
        for cell in row:
            if isinstance(cell.value, datetime):
                cell.number_format = DATE_FORMAT
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for number, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.freeze_panes = sheet.cell(header_row + 1, 1)
    if filter_table and sheet.max_row > header_row:
        sheet.auto_filter.ref = f"A{header_row}:{get_column_letter(sheet.max_column)}{sheet.max_row}"
    print_setup(sheet, widths, keep_columns, first_header_row, header_row)


def link(cell, url: str) -> None:
    """Make ``cell`` open ``url`` (an http(s) URL checked by storage.safe) when clicked."""
    if url:
        cell.hyperlink = url
        cell.style = "Hyperlink"


def fill(cell, status: str) -> None:
    from openpyxl.styles import PatternFill
    if status in FILLS:
        cell.fill = PatternFill("solid", fgColor=FILLS[status])
