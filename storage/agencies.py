"""The agency registry: import from CSV/XLSX, list, look up.

Columns: ``id, name_th, name_en, type, province, url, contact_email`` (only ``id``, ``name_th`` and ``url``
required; ``notify_url`` optionally holds an Apprise URL for alerts; ``family``, ``ita`` or ``moit``, names the
rulebook family that judges the agency when its ``type`` does not say it: see rules/families.py). The national
registry layout of ``shared/data`` (``geocode, entity_type, name_th, name_en, office_type, url, status``) is read too.
"""
from __future__ import annotations

import csv
import json
import io
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


@dataclass
class ImportReport:
    imported: int = 0
    problems: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)  # the agencies imported, in file order

    def __str__(self) -> str:
        lines = [f"imported {self.imported} agencies" + (f", skipped {len(self.problems)} rows" if self.problems else "")]
        return "\n".join(lines + [f"  {p}" for p in self.problems])


def _rows_from_file(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) from a CSV (UTF-8, with or without Excel's BOM) or XLSX file."""
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        import openpyxl

        sheet = openpyxl.load_workbook(path, read_only=True, data_only=True).active
        rows = sheet.iter_rows(values_only=True)
        header = [str(h or "").strip().lower() for h in next(rows, [])]
        for number, values in enumerate(rows, start=2):
            yield number, {h: "" if v is None else str(v).strip() for h, v in zip(header, values)}
        return
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 ({exc}); save the file as 'CSV UTF-8'") from exc
    reader = csv.DictReader(io.StringIO(text))
    reader.fieldnames = [(f or "").strip().lower() for f in reader.fieldnames or []]
    for row in reader:
        yield reader.line_num, {k: (v or "").strip() for k, v in row.items() if k}


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
    parts = urlsplit(row["url"])
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        return f"URL is not http(s): {row['url']!r}"
    if row.get("family"):
        from rules.rulebook import families
        if row["family"].strip().lower() not in families():
            return f"unknown rulebook family {row['family']!r} (known: {', '.join(families())})"
        row["family"] = row["family"].strip().lower()
    return None


def import_agencies(db: sqlite_utils.Database, path: str | Path) -> ImportReport:
    """Upsert agencies from ``path`` by id; bad rows are reported with their line number and skipped.

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
        if problem:
            report.problems.append(f"{path.name} line {number}: {problem}")
            continue
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

