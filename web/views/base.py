"""What every page family shares: reading numbers and searches from the query string safely, and the agency a
path names."""
from __future__ import annotations

from typing import Any, Callable

from flask import abort, g, request

from storage.agencies import get_agency

MAX_QUERY = 200  # characters of a search that are used; longer text is cut, never an error
MAX_ROWID = 2 ** 63 - 1


def number(value: str | None, kind: Callable[[str], Any] = float) -> Any:
    """A number from the query string, or None; an integer SQLite cannot hold (page=10**30) is none either."""
    try:
        found = kind(value) if value not in (None, "") else None
    except (ValueError, OverflowError):
        return None
    return None if kind is int and found is not None and abs(found) > MAX_ROWID else found


def query_text(name: str = "q") -> tuple[str | None, bool]:
    """A search from the query string, cut to MAX_QUERY characters, and whether it was cut."""
    value = (request.args.get(name) or "").strip()
    return (value[:MAX_QUERY] or None), len(value) > MAX_QUERY


def known_agency(agency_id: str) -> dict[str, Any]:
    """The registry row of the agency in the path; 404 when there is none."""
    found = get_agency(g.db, agency_id)
    if found is None:
        abort(404)
    return found
