"""Auditors' queries over findings, the summary by province and type, and JSON for programs (the spreadsheets
people read are in reports/exports.py)."""
from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from rules.vocabulary import FAILING, STATUSES  # noqa: F401  (STATUSES re-exported: the CLI validates --status with it)
from storage.runs import COMPLETE_RUN_IDS, get_run
from storage.safe import web_urls


def status_filter(text: str) -> list[str]:
    """Statuses named in ``pass,broken`` or ``failing`` (= partial, missing, broken), in the order given; unknown
    words are kept for query_findings to refuse by name."""
    chosen: list[str] = []
    for word in filter(None, (w.strip().lower() for w in (text or "").split(","))):
        chosen += [s for s in (FAILING if word == "failing" else (word,)) if s not in chosen]
    return chosen


def query_findings(db: sqlite_utils.Database, run: int | str | None = "latest", agency: str | None = None,
                   province: str | None = None, item: str | None = None, status: list[str] | None = None,
                   agency_type: str | None = None, search: str | None = None) -> list[dict[str, Any]]:
    """Findings of one run, filtered; each with the agency's name, province and type and the item title.

    "latest" is the latest *complete* run: a crawl still running (or one that died) has no findings to show.
    """
    chosen = get_run(db, run, complete_only=run in (None, "latest"))
    if chosen is None:
        return []
    where, params = ["f.run_id = ?"], [chosen["id"]]
    for column, value in (("f.agency_id", agency), ("a.province", province), ("f.item", item and item.upper()),
                          ("a.type", agency_type)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if status:
        unknown = set(status) - set(STATUSES)
        if unknown:
            raise ValueError(f"unknown status {', '.join(sorted(unknown))} (use {', '.join(STATUSES)})")
        # an item a reviewer decided on is read whatever the engine said: its reviewed status is filtered below
        where.append(f"(f.status IN ({', '.join('?' * len(status))}) OR EXISTS (SELECT 1 FROM reviews v "
                     "WHERE v.agency_id = f.agency_id AND v.item = f.item))")
        params.extend(status)
    titles = _titles(chosen["year"])
    if search:
        where.append(_search_clause(db, chosen["id"], search, titles, params))
    found = db.query(
        "SELECT f.run_id, f.agency_id, a.name_th AS agency_name, a.province, a.type, f.item, f.year, f.status, "
        "f.reason_th, f.reason_en, f.evidence, f.checked_at FROM findings f LEFT JOIN agencies a ON a.id = f.agency_id "
        f"WHERE {' AND '.join(where)} ORDER BY f.agency_id, length(f.item), f.item", params)
    from rules.causes import plain_reason
    from rules.families import rulebook_label

    # runs stored before failure kinds had words may hold the crawler's raw text in a reason: shown in words
    from storage.reviews import effective
    rows = [r for r in effective(db, found) if not status or r["status"] in status]  # a reviewer's verdict counts
    return [dict(r, evidence=web_urls(json.loads(r["evidence"] or "[]")), title_th=titles.get(r["item"], ""),
                 reason_th=plain_reason(r["reason_th"], "th"), reason_en=plain_reason(r["reason_en"], "en"),
                 rulebook=rulebook_label(r["year"] or chosen["year"], r["item"])) for r in rows]


def _search_clause(db: sqlite_utils.Database, run_id: int, search: str, titles: dict[str, str], params: list[Any]) -> str:
    """Match a search in reasons (full text; Thai works), agency names and ids, and item codes or titles."""
    from rules.thai import Term, Text

    like = f"%{search}%"
    agencies = [r[0] for r in db.execute("SELECT id FROM agencies WHERE name_th LIKE ? OR name_en LIKE ? OR id = ?",
                                         [like, like, search])]
    term = Term(search)
    items = [code for code, title in titles.items() if code == search.upper() or Text(title).contains(term)]
    if len(search) >= 3:
        # FTS5 skips to a rowid range cheaply: one run's findings lie (nearly) together, so bound the
        # match by the run's range instead of matching every run's reasons (the run filter stays exact)
        lo, hi = db.execute("SELECT min(rowid), max(rowid) FROM findings WHERE run_id = ?", [run_id]).fetchone()
        clauses = ["f.rowid IN (SELECT rowid FROM findings_fts WHERE findings_fts MATCH ? AND rowid BETWEEN ? AND ?)"]
        params.extend(['"' + search.replace('"', '""') + '"', lo or 0, hi or 0])
    else:  # trigrams need three characters
        clauses = ["(f.reason_th LIKE ? OR f.reason_en LIKE ?)"]
        params.extend([like, like])
    if agencies:
        clauses.append("f.agency_id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(agencies))
    if items:
        clauses.append("f.item IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(items))
    return "(" + " OR ".join(clauses) + ")"


def _titles(year: int) -> dict[str, str]:
    from rules.families import rulebooks_for_year
    from rules.rulebook import RulebookError

    try:  # every family's items of that year: O-codes and MOIT-codes do not collide
        return {i.code: i.title_th for book in rulebooks_for_year(year).books.values() for i in book.items}
    except RulebookError:
        return {}


def summary(db: sqlite_utils.Database, run: int | str | None = "latest", by: str = "province") -> dict[str, Any]:
    """Per province (or agency type): agencies, and per item how many agencies pass, worst items first."""
    rows = query_findings(db, run)
    groups: dict[str, dict[str, Any]] = {}
    for row in rows:
        key = row.get(by) or "-"
        group = groups.setdefault(key, {"agencies": set(), "items": {}})
        group["agencies"].add(row["agency_id"])
        passed, total = group["items"].get(row["item"], (0, 0))
        group["items"][row["item"]] = (passed + (row["status"] == "pass"), total + 1)
    return {key: {"agencies": len(g["agencies"]),
                  "items": sorted(((item, p, t) for item, (p, t) in g["items"].items()), key=lambda x: (x[1] / x[2], x[0]))}
            for key, g in sorted(groups.items())}


def to_json(rows: list[dict[str, Any]]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=1)


# --- findings of a run and agency, as the pages, reports, alerts and commands read them --------------------------

def _marks(values: list[Any]) -> str:
    return ",".join("?" * len(values))


def agency_findings(db: sqlite_utils.Database, run_id: int, agency_id: str, item: str | None = None) -> list[dict[str, Any]]:
    """The stored findings (every column) of one agency in one run, in storage order; only ``item`` when given.
    Raw rows: pass them through :func:`storage.reviews.effective` for what readers are shown."""
    where, params = ("AND item = ?", [item]) if item else ("", [])
    return list(db.query(f"SELECT * FROM findings WHERE run_id = ? AND agency_id = ? {where}",
                         [run_id, agency_id, *params]))


def item_statuses(db: sqlite_utils.Database, agency_id: str, run_ids: list[int]) -> list[dict[str, Any]]:
    """(run_id, agency_id, item, status) of the agency's findings in the runs ``run_ids``, by run."""
    if not run_ids:
        return []
    return list(db.query(f"SELECT run_id, agency_id, item, status FROM findings WHERE agency_id = ? AND run_id IN "
                         f"({_marks(run_ids)}) ORDER BY run_id", [agency_id, *run_ids]))


def run_statuses(db: sqlite_utils.Database, run_id: int) -> list[dict[str, Any]]:
    """(run_id, agency_id, item, status) of every finding of a run."""
    return list(db.query("SELECT run_id, agency_id, item, status FROM findings WHERE run_id = ?", [run_id]))


def failing_findings(db: sqlite_utils.Database, run_id: int, items: list[str]) -> list[dict[str, Any]]:
    """Every column of the run's failing findings (partial, missing, broken) of the items ``items``."""
    return list(db.query(f"SELECT * FROM findings WHERE run_id = ? AND status IN ({_marks(list(FAILING))}) AND "
                         f"item IN ({_marks(items) or 'NULL'})", [run_id, *FAILING, *items]))


def item_signals(db: sqlite_utils.Database, run_id: int, agency_id: str) -> dict[str, list[str]]:
    """Item -> what found its evidence (an index page row, a link text, a page title) and each check's outcome."""
    return {r[0]: json.loads(r[1] or "[]") for r in db.execute(
        "SELECT item, signals FROM findings WHERE run_id = ? AND agency_id = ?", [run_id, agency_id])}


def latest_judged_run_id(db: sqlite_utils.Database, agency_id: str) -> int | None:
    """The newest run (in any state) that holds findings of the agency, or None."""
    value = db.execute("SELECT max(run_id) FROM findings WHERE agency_id = ?", [agency_id]).fetchone()[0]
    return None if value is None else int(value)


def latest_judged_year(db: sqlite_utils.Database, agency_id: str) -> int | None:
    """The newest fiscal year the agency's findings were judged by, or None."""
    value = db.execute("SELECT max(year) FROM findings WHERE agency_id = ?", [agency_id]).fetchone()[0]
    return None if value is None else int(value)


def complete_runs_judging(db: sqlite_utils.Database, agency_id: str) -> list[dict[str, Any]]:
    """Complete runs that hold findings of the agency, oldest first."""
    return list(db.query(f"SELECT r.* FROM runs r WHERE r.id IN ({COMPLETE_RUN_IDS}) AND EXISTS (SELECT 1 FROM "
                         "findings f WHERE f.run_id = r.id AND f.agency_id = ?) ORDER BY r.id", [agency_id]))


def latest_complete_findings(db: sqlite_utils.Database, agency_id: str, year: int) -> list[dict[str, Any]]:
    """The agency's findings of ``year`` in the latest complete run that judged it by that year, each with the
    run's start (``started_at``); [] when none did. Raw rows (see :func:`storage.reviews.effective`)."""
    row = db.execute(f"SELECT max(run_id) FROM findings WHERE run_id IN ({COMPLETE_RUN_IDS}) AND agency_id = ? "
                     "AND year = ?", [agency_id, year]).fetchone()
    if not row or row[0] is None:
        return []
    return list(db.query(
        "SELECT f.run_id, f.agency_id, f.item, f.year, f.status, f.reason_th, f.reason_en, f.evidence, r.started_at "
        "FROM findings f JOIN runs r ON r.id = f.run_id WHERE f.run_id = ? AND f.agency_id = ?", [row[0], agency_id]))
