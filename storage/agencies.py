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
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator
from urllib.parse import urlsplit

import sqlite_utils

COLUMNS = ("id", "name_th", "name_en", "type", "province", "url", "contact_email", "notify_url", "family", "status")
REQUIRED = ("id", "name_th", "url")
_NO_SCHEME = re.compile(r"^(?![a-z][a-z0-9+.-]*:)[^\s/:?#]+\.[^\s/:?#]+(:\d+)?([/?#]|$)", re.I)  # host[/path], no scheme
TYPE_NAMES = {"TAOOffice": "อบต.", "MunicipalityOffice": "เทศบาล", "PAOOffice": "อบจ.",
              "DistrictOffice": "อำเภอ", "ProvinceHall": "ศาลากลางจังหวัด",
              "VillageHeadmanOffice": "ที่ทำการผู้ใหญ่บ้าน", "ChumchonOffice": "ชุมชน"}
# A registry's ``status`` other than these says the site was found dead (offline, inaccessible, expired,
# hacked, removed…): such agencies are listed but not crawled unless asked (registry.crawl_dead, --include-dead).
LIVE_STATUSES = ("", "online")
EXAMPLES = 3  # rows shown per reason in an import summary; --verbose shows them all


OUTSIDE_GO_TH = ("warn", "allow", "skip")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")  # line breaks and other controls: header injection
_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")


def is_dead(agency: dict[str, Any]) -> bool:
    """Whether the registry's status says the site is dead (offline, expired, hacked…)."""
    return (agency.get("status") or "").strip().lower() not in LIVE_STATUSES


def reason_of(problem: str) -> str:
    """The kind of a problem line, for counting: 'x.csv line 4: URL is not valid (…): …' -> 'URL is not valid'."""
    text = problem.split(": ", 1)[-1]
    return re.split(r" \(|: | '", text, maxsplit=1)[0]


@dataclass
class ImportReport:
    imported: int = 0
    problems: list[str] = field(default_factory=list)  # rows skipped, "file line N: what is wrong"
    ids: list[str] = field(default_factory=list)  # the agencies imported, in file order
    warnings: list[str] = field(default_factory=list)  # imported, but worth a look (sites outside .go.th)
    statuses: Counter[str] = field(default_factory=Counter)  # imported agencies per registry status ("" = none given)

    def summary(self, verbose: bool = False) -> str:
        """Counts per reason with a few example rows each (all of them when ``verbose``): a national registry
        has thousands of duplicate or dead rows, and a list of thousands of lines hides what matters."""
        dead = sum(n for status, n in self.statuses.items() if status not in LIVE_STATUSES)
        lines = [f"นำเข้า {self.imported} หน่วยงาน / imported {self.imported} agencies"
                 + (f", skipped {len(self.problems)} rows" if self.problems else "")
                 + (f", {len(self.warnings)} warnings" if self.warnings else "")]
        if dead:
            lines.append(f"  {dead} ในทะเบียนระบุว่าเว็บไซต์ใช้ไม่ได้ / registry status says the site is dead ("
                         + ", ".join(f"{s} {n}" for s, n in self.statuses.most_common() if s not in LIVE_STATUSES)
                         + "): listed, not crawled unless --include-dead")
        for label, entries in (("skipped", self.problems), ("warning", self.warnings)):
            groups: dict[str, list[str]] = {}
            for entry in entries:
                groups.setdefault(reason_of(entry), []).append(entry)
            for reason, rows in sorted(groups.items(), key=lambda g: -len(g[1])):
                lines.append(f"  {label}: {reason}: {len(rows)} rows")
                shown = rows if verbose else rows[:EXAMPLES]
                lines += [f"    {row}" for row in shown]
                if len(rows) > len(shown):
                    lines.append(f"    … {len(rows) - len(shown)} more (--verbose, or --problems FILE)")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.summary()

    def details(self) -> str:
        """Every skipped row and warning, one a line (for ``--problems FILE``)."""
        return "\n".join([f"skipped\t{p}" for p in self.problems] + [f"warning\t{w}" for w in self.warnings]) + "\n"


def check_header(path: Path, header: list[str], required: Iterable[str] = REQUIRED) -> None:
    """Refuse a file whose header lacks a required column, naming them (and a ``;``-separated file as such)."""
    required = list(required)
    if not required or not any(header) or {"geocode", "office_type"} <= set(header):  # the national registry's own
        return
    missing = [c for c in required if c not in header]
    if not missing:
        return
    hint = ""
    if len([h for h in header if h]) == 1 and ";" in header[0]:
        hint = "; the file is separated by ';' — save it as comma-separated CSV (CSV UTF-8)"
    elif len([h for h in header if h]) == 1 and "\t" in header[0]:
        hint = "; the file is separated by tabs — save it as comma-separated CSV (CSV UTF-8)"
    raise ValueError(f"{path}: the header lacks the column(s) {', '.join(missing)} (required: {', '.join(required)}; "
                     f"found: {', '.join(h for h in header if h)[:300] or 'none'}){hint}; nothing was imported")


MAX_XLSX_ROWS = 200_000  # a registry of every Thai agency has ~10,000; a million empty rows is a bomb
MAX_XLSX_UNZIPPED = 60_000_000  # bytes, all parts of the workbook unpacked (as for crawled documents)


def _xlsx_problem(path: Path) -> str:
    """Why a registry workbook must not be opened (it unpacks too large: a shared-strings bomb), or ""."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            total = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        return f"not a readable XLSX workbook: {exc}"
    if total > MAX_XLSX_UNZIPPED:
        return f"the workbook unpacks to {total:,} bytes (limit {MAX_XLSX_UNZIPPED:,})"
    return ""


def rows_from_file(path: Path, required: Iterable[str] = REQUIRED) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) from a CSV (UTF-8, with or without Excel's BOM) or XLSX file whose header has the
    ``required`` columns (the registry's by default; another sheet names its own, or none)."""
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        import openpyxl

        number = 1
        problem = _xlsx_problem(path)
        if problem:
            raise ValueError(f"{path}: {problem}; nothing was imported")
        try:
            sheet = openpyxl.load_workbook(path, read_only=True, data_only=True).active
            sheet.reset_dimensions()  # a declared A1:XFD1048576 would pad every row to 16,384 cells
            rows = sheet.iter_rows(values_only=True)
            header = [str(h or "").strip().lower() for h in next(rows, [])]
            check_header(path, header, required)
            for number, values in enumerate(rows, start=2):
                if number > MAX_XLSX_ROWS:
                    raise ValueError(f"more than {MAX_XLSX_ROWS:,} rows (empty ones included)")
                yield number, {h: "" if v is None else str(v).strip() for h, v in zip(header, values)}
        except ValueError as exc:
            if "the header lacks" in str(exc):
                raise
            raise ValueError(f"{path}: not a readable XLSX workbook: {exc}") from exc
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
        check_header(path, reader.fieldnames, required)
        start = reader.line_num + 1  # a quoted field may span lines: a row is named by its first line
        for row in reader:
            yield start, {k: (v if isinstance(v, str) else "").strip() for k, v in row.items() if k}
            start = reader.line_num + 1
    except csv.Error as exc:  # e.g. a field longer than csv.field_size_limit(), an unclosed quote
        raise ValueError(f"{path} line {start}: {exc}; nothing was imported") from exc


def _from_national_registry(rows: Iterable[tuple[int, dict[str, Any]]]) -> Iterator[tuple[int, dict[str, Any]]]:
    """Map the national geocode registry onto our columns; province names come from its Changwat rows."""
    rows = list(rows)
    provinces = {r["geocode"]: r["name_th"] for _, r in rows if r.get("entity_type") in ("Changwat", "Bangkok")}
    for number, r in rows:
        kind = TYPE_NAMES.get(r.get("office_type", ""), r.get("office_type", ""))
        yield number, {"status": r.get("status", "").strip().lower(), "untranslated_type": kind == r.get("office_type") and kind,
            "lastchecked": r.get("lastchecked", ""),
            "id": f"{r.get('geocode', '')}-{r.get('office_type', '')}",
            "name_th": f"{kind}{r.get('name_th', '')}" if kind in {"อบต.", "เทศบาล", "อบจ."} else r.get("name_th", ""),
            "name_en": r.get("name_en", ""), "type": kind, "url": r.get("url", ""),
            "province": provinces.get(r.get("geocode", "")[:2], ""),
        }


_HOST = re.compile(r"[^\s<>\"'{}|\\^`%,;]+")  # any script (Thai names have vowel marks); no space, no quote


def validate_row(row: dict[str, str]) -> str | None:
    """Return what is wrong with one registry row, or None."""
    for column in REQUIRED:
        if not row.get(column):
            return f"no {column}"
    for column in COLUMNS:
        if _CONTROL.search(row.get(column) or ""):
            return f"line break or control character in {column}: {row[column][:80]!r}"
    if _NO_SCHEME.match(row["url"]):  # "www.x.go.th/": a registry typed by hand; the crawl follows a redirect to https
        row["url"] = "http://" + row["url"]
    try:
        parts = urlsplit(row["url"])
        host = parts.hostname
        parts.port  # noqa: B018 -- raises on a bad port
    except ValueError as exc:
        return f"URL is not valid ({exc}): {row['url'][:200]!r}"
    if parts.scheme not in {"http", "https"} or not host:
        return f"URL is not http(s): {row['url'][:200]!r}"
    if not _HOST.fullmatch(host.rstrip(".")):  # "www.x .go.th", "a_b/c": no site has such a name
        return f"URL has no valid host name ({host[:100]!r}): {row['url'][:200]!r}"
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
    """Upsert agencies from ``path`` by id; bad rows are reported with their line number and skipped; of rows
    sharing an id the live one is kept (see ``_preference``) and the registry's ``status`` is stored.

    Sites outside .go.th are imported with a warning (``outside="warn"``), silently (``"allow"``) or skipped
    (``"skip"``). A file that cannot be read at all raises ValueError naming the file (and line).

    >>> from storage import open_db
    >>> import_agencies(open_db(":memory:"), "examples/agencies.csv").ids[:2]  # doctest: +SKIP
    ['kudjok', 'kamkoksoong']
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file")
    lines = rows_from_file(path)
    first = next(lines, None)
    if first is None:
        return ImportReport()
    rows: list[tuple[int, dict[str, Any]]] = [first, *lines]
    if "geocode" in first[1] and "office_type" in first[1]:
        rows = list(_from_national_registry(rows))
    report = ImportReport()
    candidates: dict[str, list[tuple[Any, ...]]] = {}
    for number, row in rows:
        problem = validate_row(row)
        host = None if problem else outside_go_th(row)
        if host and outside == "skip":
            problem = f"site outside .go.th: {host} (registry.outside_go_th = \"skip\")"
        if problem:
            report.problems.append(f"{path.name} line {number}: {problem}")
            continue
        row["status"] = (row.get("status") or "").strip().lower()
        candidates.setdefault(row["id"], []).append((_preference(row, host), number, row, host))
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    good = []
    for _rank, number, row, host in sorted((min(c) for c in candidates.values()), key=lambda c: c[1]):
        for _, other, dropped, _ in sorted(candidates[row["id"]])[1:]:
            report.problems.append(f"{path.name} line {other}: duplicate id: {row['id']!r} (kept line {number}"
                                   + (f", {dropped['status']} → {row['status'] or 'live'}" if dropped["status"] != row["status"] else "") + ")")
        if host and outside == "warn":
            report.warnings.append(f"{path.name} line {number}: site outside .go.th: {host} "
                                   "(imported; registry.outside_go_th = \"allow\" silences this)")
        if row.get("notify_url"):
            from storage.notify import notify_url_problem
            problem = notify_url_problem(row["notify_url"])
            if problem:  # the agency is imported; alerts will not go to that address
                report.warnings.append(f"{path.name} line {number}: {problem} (left out)")
                row["notify_url"] = ""
        if row.get("untranslated_type"):
            report.warnings.append(f"{path.name} line {number}: type not translated {row['type']!r} (imported as it is)")
        report.statuses[row["status"]] += 1
        good.append({c: row.get(c, "") for c in COLUMNS} | {"updated_at": now})
    report.problems.sort(key=_line_number)
    db.table("agencies").upsert_all(good, pk="id")
    report.imported, report.ids = len(good), [row["id"] for row in good]
    return report


def _preference(row: dict[str, Any], outside_host: str | None) -> tuple[Any, ...]:
    """Among rows with one id, the live row first: a status that is not dead, then a .go.th site, then the
    most recently checked, then the first in the file (the tuple sorts best first)."""
    checked = re.sub(r"\D", "", row.get("lastchecked") or "")[:8]
    return (is_dead(row), bool(outside_host), -int(checked or 0))


def _line_number(problem: str) -> int:
    match = re.search(r" line (\d+):", problem)
    return int(match.group(1)) if match else 0


def list_agencies(db: sqlite_utils.Database, ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """Return agencies (all, or those with the given ids, in that order); unknown ids raise KeyError."""
    if ids is None:
        return list(db.table("agencies").rows_where(order_by="id"))
    found = {r["id"]: r for r in db.table("agencies").rows_where("id in (select value from json_each(?))",
                                                            [json.dumps(list(ids))])}
    missing = [i for i in ids if i not in found]
    if missing:
        raise KeyError(f"unknown agency id(s): {', '.join(missing)}")
    return [found[i] for i in ids]



@dataclass
class AgencyPage:
    rows: list[dict[str, Any]]  # each with its rulebook family
    total: int  # agencies matching the filters, on every page


def find_agencies(db: sqlite_utils.Database, province: str | None = None, agency_type: str | None = None,
                  family: str | None = None, status: str | None = None, search: str | None = None,
                  limit: int | None = None, offset: int = 0, moved: bool = False) -> AgencyPage:
    """Agencies matching every filter given, by id, one page of them.

    ``status`` is a registry status (``offline``…), ``live`` (none given, or ``online``) or ``dead`` (any other);
    ``search`` matches id, Thai or English name and URL; ``family`` is the rulebook family (``ita``, ``moit``),
    named by the registry or implied by the type; ``moved``: only agencies whose registry URL last answered from
    another host (``agencies.moved_to``, set by each crawl).

    >>> from storage import open_db
    >>> find_agencies(open_db(":memory:"), province="นครราชสีมา").total
    0
    """
    from rules.families import family_of

    where, params = [], []
    for column, value in (("province", province), ("type", agency_type)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    live = "coalesce(status, '') IN (" + ", ".join(f"'{s}'" for s in LIVE_STATUSES) + ")"
    if status in ("live", "dead"):
        where.append(live if status == "live" else f"NOT {live}")
    elif status:
        where.append("status = ?")
        params.append(status.lower())
    if moved:
        where.append("coalesce(moved_to, '') != ''")
    if search:
        where.append("(id LIKE ? OR name_th LIKE ? OR name_en LIKE ? OR url LIKE ?)")
        params += [f"%{search}%"] * 4
    rows = list(db.table("agencies").rows_where(" AND ".join(where) or None, params, order_by="id"))
    implied: dict[tuple[Any, ...], str] = {}  # family_of reads the type's words: once per (family, type), not per agency
    for row in rows:
        key = (row.get("family") or "", row.get("type") or "")
        row["rulebook_family"] = implied.setdefault(key, family_of(row))
    if family:
        rows = [r for r in rows if r["rulebook_family"] == family.lower()]
    end = None if limit is None else offset + limit
    return AgencyPage(rows[offset:end], len(rows))


def crawlable(agencies: list[dict[str, Any]], include_dead: bool = False) -> tuple[list[dict[str, Any]], Counter[str]]:
    """The agencies a crawl visits, and the registry statuses of those it leaves out (dead sites, see is_dead)."""
    if include_dead:
        return agencies, Counter()
    return [a for a in agencies if not is_dead(a)], Counter(a["status"] for a in agencies if is_dead(a))


def pause_alerts(db: sqlite_utils.Database, agency_id: str, until: date | None) -> None:
    """Tell the agency nothing until ``until`` (a date; None resumes): its site is being rebuilt."""
    with db.conn:
        db.table("agencies").update(agency_id, {"alerts_paused_until": until.isoformat() if until else None})


def get_agency(db: sqlite_utils.Database, agency_id: str) -> dict[str, Any] | None:
    """The registry row of one agency, or None."""
    return next(iter(db.query("SELECT * FROM agencies WHERE id = ?", [agency_id])), None)


def agencies_by_id(db: sqlite_utils.Database, ids: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
    """Id -> registry row, of every agency or of those among ``ids`` that exist (unknown ids are left out)."""
    if ids is None:
        return {a["id"]: a for a in db.query("SELECT * FROM agencies")}
    return {a["id"]: a for a in db.query("SELECT * FROM agencies WHERE id IN (SELECT value FROM json_each(?))",
                                         [json.dumps(sorted(set(ids)))])}


def agency_ids(db: sqlite_utils.Database) -> list[str]:
    """Every agency id, in storage order."""
    return [r[0] for r in db.execute("SELECT id FROM agencies")]


def ids_named(db: sqlite_utils.Database, words: str, limit: int = 5) -> list[str]:
    """Ids of agencies whose Thai or English name contains ``words`` (at most ``limit``)."""
    return [r[0] for r in db.execute("SELECT id FROM agencies WHERE name_th LIKE ? OR name_en LIKE ? LIMIT ?",
                                     [f"%{words}%", f"%{words}%", limit])]


FILTER_COLUMNS = ("province", "type")  # the registry columns agencies are filtered by


def column_values(db: sqlite_utils.Database, column: str) -> list[str]:
    """The distinct non-empty values of a filter column (``province``, ``type``), sorted."""
    if column not in FILTER_COLUMNS:
        raise ValueError(f"not a filter column: {column!r}")
    return [r[0] for r in db.execute(f"SELECT DISTINCT {column} FROM agencies WHERE {column} != '' ORDER BY 1")]


def has_value(db: sqlite_utils.Database, column: str, value: str) -> bool:
    """Whether some agency has ``value`` in the filter column ``column``."""
    if column not in FILTER_COLUMNS:
        raise ValueError(f"not a filter column: {column!r}")
    return db.execute(f"SELECT 1 FROM agencies WHERE {column} = ? LIMIT 1", [value]).fetchone() is not None


def provinces_and_types(db: sqlite_utils.Database) -> tuple[list[str], list[str]]:
    """The provinces and the agency types of the registry, sorted (the filters' choices)."""
    return column_values(db, "province"), column_values(db, "type")


def agencies_of_run(db: sqlite_utils.Database, run_id: int) -> list[dict[str, Any]]:
    """The registry rows of the agencies a run covered, by id."""
    return list(db.query("SELECT a.* FROM agencies a JOIN run_agencies r ON r.agency_id = a.id WHERE r.run_id = ? "
                         "ORDER BY a.id", [run_id]))
