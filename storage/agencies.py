"""The agency registry: import from CSV/XLSX, list, look up.

Columns: ``id, name_th, name_en, type, province, url, contact_email`` (only ``id``, ``name_th`` and ``url``
required; ``notify_url`` optionally holds an Apprise URL for alerts; ``family``, ``ita`` or ``moit``, names the
rulebook family that judges the agency when its ``type`` does not say it: see rules/families.py). The national
registry layout of ``shared/data`` (``geocode, entity_type, name_th, name_en, office_type, url, status``) is read too.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator
from urllib.parse import urlsplit

import sqlite_utils

COLUMNS = ("id", "name_th", "name_en", "type", "province", "url", "contact_email", "notify_url", "family")
REQUIRED = ("id", "name_th", "url")
TYPE_NAMES = {"TAOOffice": "อบต.", "MunicipalityOffice": "เทศบาล", "PAOOffice": "อบจ.",
              "DistrictOffice": "อำเภอ", "ProvinceHall": "ศาลากลางจังหวัด"}


OUTSIDE_GO_TH = ("warn", "allow", "skip")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")  # line breaks and other controls: header injection
_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")


@dataclass
class ImportReport:
    imported: int = 0
    problems: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)  # the agencies imported, in file order
    warnings: list[str] = field(default_factory=list)  # imported, but worth a look (sites outside .go.th)

    def __str__(self) -> str:
        lines = [f"imported {self.imported} agencies" + (f", skipped {len(self.problems)} rows" if self.problems else "")
                 + (f", {len(self.warnings)} warnings" if self.warnings else "")]
        warnings = [f"  warning: {w}" for w in self.warnings[:20]]
        if len(self.warnings) > 20:
            warnings.append(f"  … and {len(self.warnings) - 20} more warnings")
        return "\n".join(lines + [f"  {p}" for p in self.problems] + warnings)


def _rows_from_file(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) from a CSV (UTF-8, with or without Excel's BOM) or XLSX file."""
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        import openpyxl

        number = 1
        try:
            sheet = openpyxl.load_workbook(path, read_only=True, data_only=True).active
            rows = sheet.iter_rows(values_only=True)
            header = [str(h or "").strip().lower() for h in next(rows, [])]
            for number, values in enumerate(rows, start=2):
                yield number, {h: "" if v is None else str(v).strip() for h, v in zip(header, values)}
        except Exception as exc:  # zip, XML and value errors alike: the workbook cannot be read
            where = f" (after line {number})" if number > 1 else ""
            raise ValueError(f"{path}: not a readable XLSX workbook{where}: {type(exc).__name__}: {exc}") from exc
        return
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 ({exc}); save the file as 'CSV UTF-8'") from exc
    reader = csv.DictReader(io.StringIO(text))
    start = 1
    try:
        reader.fieldnames = [(f or "").strip().lower() for f in reader.fieldnames or []]
        start = reader.line_num + 1  # a quoted field may span lines: a row is named by its first line
        for row in reader:
            yield start, {k: (v if isinstance(v, str) else "").strip() for k, v in row.items() if k}
            start = reader.line_num + 1
    except csv.Error as exc:  # e.g. a field longer than csv.field_size_limit(), an unclosed quote
        raise ValueError(f"{path} line {start}: {exc}; nothing was imported") from exc


def _from_national_registry(rows: Iterable[tuple[int, dict]]) -> Iterator[tuple[int, dict]]:
    """Map the national geocode registry onto our columns; province names come from its Changwat rows."""
    rows = list(rows)
    provinces = {r["geocode"]: r["name_th"] for _, r in rows if r.get("entity_type") == "Changwat"}
    for number, r in rows:
        kind = TYPE_NAMES.get(r.get("office_type", ""), r.get("office_type", ""))
        yield number, {
            "id": f"{r.get('geocode', '')}-{r.get('office_type', '')}",
            "name_th": f"{kind}{r.get('name_th', '')}" if kind in {"อบต.", "เทศบาล", "อบจ."} else r.get("name_th", ""),
            "name_en": r.get("name_en", ""), "type": kind, "url": r.get("url", ""),
            "province": provinces.get(r.get("geocode", "")[:2], ""),
        }


def validate_row(row: dict[str, str]) -> str | None:
    """Return what is wrong with one registry row, or None."""
    for column in REQUIRED:
        if not row.get(column):
            return f"no {column}"
    for column in COLUMNS:
        if _CONTROL.search(row.get(column) or ""):
            return f"line break or control character in {column}: {row[column][:80]!r}"
    try:
        parts = urlsplit(row["url"])
        host = parts.hostname
        parts.port  # noqa: B018 -- raises on a bad port
    except ValueError as exc:
        return f"URL is not valid ({exc}): {row['url'][:200]!r}"
    if parts.scheme not in {"http", "https"} or not host:
        return f"URL is not http(s): {row['url'][:200]!r}"
    email = row.get("contact_email") or ""
    if email and not _EMAIL.match(email):
        return f"contact_email is not one e-mail address: {email[:80]!r}"
    if row.get("family"):
        from rules.rulebook import families
        if row["family"].strip().lower() not in families():
            return f"unknown rulebook family {row['family']!r} (known: {', '.join(families())})"
        row["family"] = row["family"].strip().lower()
    return None


def outside_go_th(row: dict[str, str]) -> str | None:
    """The site's host when it is not under .go.th (government sites should be), else None."""
    host = (urlsplit(row["url"]).hostname or "").rstrip(".")
    return None if host == "go.th" or host.endswith(".go.th") else host


def import_agencies(db: sqlite_utils.Database, path: str | Path, outside: str = "warn") -> ImportReport:
    """Upsert agencies from ``path`` by id; bad rows are reported with their line number and skipped.

    Sites outside .go.th are imported with a warning (``outside="warn"``), silently (``"allow"``) or skipped
    (``"skip"``). A file that cannot be read at all raises ValueError naming the file (and line).

    >>> from storage import open_db
    >>> import_agencies(open_db(":memory:"), "examples/agencies.csv").ids[:2]  # doctest: +SKIP
    ['kudjok', 'kamkoksoong']
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file")
    rows = _rows_from_file(path)
    first = next(rows, None)
    if first is None:
        return ImportReport()
    rows = [first, *rows]
    if "geocode" in first[1] and "office_type" in first[1]:
        rows = list(_from_national_registry(rows))
    report, seen, good = ImportReport(), set(), []
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    for number, row in rows:
        problem = validate_row(row)
        if not problem and row["id"] in seen:
            problem = f"duplicate id {row['id']!r}"
        host = None if problem else outside_go_th(row)
        if host and outside == "skip":
            problem = f"site {host} is not under .go.th (registry.outside_go_th = \"skip\")"
        if problem:
            report.problems.append(f"{path.name} line {number}: {problem}")
            continue
        if host and outside == "warn":
            report.warnings.append(f"{path.name} line {number}: site {host} is not under .go.th "
                                   "(imported; set registry.outside_go_th = \"allow\" to silence)")
        seen.add(row["id"])
        good.append({c: row.get(c, "") for c in COLUMNS} | {"updated_at": now})
    db["agencies"].upsert_all(good, pk="id")
    report.imported, report.ids = len(good), [row["id"] for row in good]
    return report


def list_agencies(db: sqlite_utils.Database, ids: Iterable[str] | None = None) -> list[dict]:
    """Return agencies (all, or those with the given ids, in that order); unknown ids raise KeyError."""
    if ids is None:
        return list(db["agencies"].rows_where(order_by="id"))
    found = {r["id"]: r for r in db["agencies"].rows_where("id in (select value from json_each(?))",
                                                            [json.dumps(list(ids))])}
    missing = [i for i in ids if i not in found]
    if missing:
        raise KeyError(f"unknown agency id(s): {', '.join(missing)}")
    return [found[i] for i in ids]

