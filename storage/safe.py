"""What may leave the store for a reader: only http(s) links, and spreadsheet cells that are never formulas.

Agencies' pages and registry rows are hostile input. A crawled ``java&#9;script:`` or ``data:`` link must not
become a clickable evidence link in a report, and an agency named ``=HYPERLINK(...)`` must not become a live
formula in a CSV or XLSX export (OWASP "CSV injection").

>>> web_url("java\\tscript:alert(1)"), web_url(" https://www.x.go.th/a ")
('', 'https://www.x.go.th/a')
>>> neutralise("=1+1"), neutralise("-"), neutralise(-3), neutralise("ok")
("'=1+1", "'-", -3, 'ok')
"""
from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")  # one search, not a Python test per character (every crawled link)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def web_url(url: Any) -> str:
    """``url`` if it is an absolute http(s) URL, else "" (browsers ignore the tabs and control characters
    that urlsplit also drops, so the scheme is judged the way a browser would judge it)."""
    if not isinstance(url, str):
        return ""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return ""
    if _CONTROL.search(url.strip()):
        return ""
    return url.strip()


def web_urls(urls: list[Any]) -> list[str]:
    return [u for u in (web_url(u) for u in urls or []) if u]


def neutralise(value: Any) -> Any:
    """A spreadsheet cell that shows ``value`` as text, never evaluates it (numbers pass unchanged)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def neutralise_sheet(sheet: Any) -> None:
    """Neutralise every text cell of an openpyxl worksheet in place (openpyxl stores "=..." as a formula)."""
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS):
                cell.value = neutralise(cell.value)
