"""ITAS answers, checks and results (tables of migration 12; what fills them is in itas/)."""
from __future__ import annotations

import json
from typing import Any, Iterable

import sqlite_utils

from storage.db import inserted_id, writing
from storage.runs import now


def store_answers(db: sqlite_utils.Database, answers: Iterable[Any], source: str) -> int:
    """Store imported answers (itas.answers.Answer), each replacing the agency's earlier answer to that item and
    dropping its result (judged on the earlier answer: check again)."""
    stamp = now()
    records = [{"agency_id": a.agency_id, "year": a.year, "item": a.item, "answer": a.answer,
                "urls": json.dumps(a.urls, ensure_ascii=False), "explanation": a.explanation, "source": source,
                "row": a.row, "problem": a.problem, "imported_at": stamp} for a in answers]
    with writing(db):
        for r in records:
            db.execute("DELETE FROM itas_results WHERE agency_id = ? AND year = ? AND item = ?",
                       [r["agency_id"], r["year"], r["item"]])
        db.table("itas_answers").upsert_all(records, pk=("agency_id", "year", "item"))
    return len(records)


def answers(db: sqlite_utils.Database, year: int, agencies: list[str] | None = None) -> list[dict[str, Any]]:
    """Stored answers of ``year`` (of ``agencies`` when given), URLs decoded, by agency then item number."""
    where, params = "year = ?", [year]  # type: str, list[Any]
    if agencies:
        where += f" AND agency_id IN ({', '.join('?' * len(agencies))})"
        params += agencies
    rows = [dict(r, urls=json.loads(r["urls"] or "[]")) for r in db.table("itas_answers").rows_where(where, params)]
    return sorted(rows, key=lambda r: (r["agency_id"], len(r["item"]), r["item"]))


def answer_years(db: sqlite_utils.Database) -> list[int]:
    return [r[0] for r in db.execute("SELECT DISTINCT year FROM itas_answers ORDER BY year DESC")]


def start_check(db: sqlite_utils.Database, year: int, agencies: list[str], urls: int, crawl_db: str) -> int:
    with writing(db):
        return inserted_id(db.table("itas_checks").insert({"started_at": now(), "year": year, "agencies": json.dumps(agencies),
                                         "urls": urls, "crawl_db": crawl_db}))


def finish_check(db: sqlite_utils.Database, check_id: int, crawl_run: int | None, note: str = "") -> None:
    with writing(db):
        db.table("itas_checks").update(check_id, {"finished_at": now(), "crawl_run": crawl_run, "note": note})


def store_results(db: sqlite_utils.Database, check_id: int, results: list[dict[str, Any]]) -> None:
    """Store one check's results (itas.judge.Result as dicts), replacing the items' earlier results."""
    stamp = now()
    records = [dict(r, check_id=check_id, checked_at=stamp,
                    **{k: json.dumps(r[k], ensure_ascii=False) for k in ("evidence", "signals", "nightly_evidence")})
               for r in results]
    with writing(db):
        db.table("itas_results").upsert_all(records, pk=("agency_id", "year", "item"))


def results(db: sqlite_utils.Database, year: int, agencies: list[str] | None = None) -> list[dict[str, Any]]:
    """Each answer of ``year`` with its latest result (None fields when not checked yet), the agency's name and the
    item's title; by agency then item number."""
    where, params = "a.year = ?", [year]  # type: str, list[Any]
    if agencies:
        where += f" AND a.agency_id IN ({', '.join('?' * len(agencies))})"
        params += agencies
    rows = db.query(
        "SELECT a.agency_id, g.name_th AS agency_name, g.province, a.year, a.item, a.answer, a.urls, a.explanation, "
        "a.problem, a.row, r.status, r.score, r.reason_th, r.reason_en, r.fix_th, r.fix_en, r.evidence, "
        "r.nightly_run, r.nightly_status, r.nightly_evidence, r.elsewhere_th, r.elsewhere_en, r.checked_at, "
        "r.check_id FROM itas_answers a LEFT JOIN agencies g ON g.id = a.agency_id "
        "LEFT JOIN itas_results r ON r.agency_id = a.agency_id AND r.year = a.year AND r.item = a.item "
        f"WHERE {where}", params)
    out = []
    for row in rows:
        row = dict(row)
        for key in ("urls", "evidence", "nightly_evidence"):
            row[key] = json.loads(row[key] or "[]")
        out.append(row)
    return sorted(out, key=lambda r: (r["agency_id"], len(r["item"]), r["item"]))


def answers_table_exists(db: sqlite_utils.Database) -> bool:
    """Whether the database holds the assessment's tables (a database opened read-only may predate them)."""
    return bool(db.table("itas_answers").exists())
