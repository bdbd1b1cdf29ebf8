"""What each page of the web interface shows, read from the store with indexed queries only, so pages
stay fast at 10,000 agencies × 43 items × 30 runs (see benchmarks/web_pages.py)."""
from __future__ import annotations

import json
import re

import sqlite_utils

from rules.vocabulary import FAILING
from storage.findings import query_findings
from storage.runs import complete_runs

_IN_FAILING = "(" + ", ".join(f"'{s}'" for s in FAILING) + ")"


def dashboard(db: sqlite_utils.Database) -> dict:
    """The latest complete run, the one before, how many agencies it covered and could not reach, and the
    pass rate of each recent run with unreachable sites left out."""
    runs = complete_runs(db, 30)
    if not runs:
        return {"run": None}
    run, previous = runs[0], (runs[1] if len(runs) > 1 else None)
    ids = [r["id"] for r in runs]
    rates = {row["run_id"]: row for row in db.query(
        f"SELECT run_id, sum(CASE WHEN status = 'pass' THEN n ELSE 0 END) AS passed, "
        f"sum(CASE WHEN status != 'unchecked' THEN n ELSE 0 END) AS total FROM run_status_counts "
        f"WHERE run_id IN ({','.join('?' * len(ids))}) GROUP BY run_id", ids)}
    trend = [{"run_id": r["id"], "started_at": r["started_at"], "passed": rates.get(r["id"], {}).get("passed", 0),
              "total": rates.get(r["id"], {}).get("total", 0)} for r in reversed(runs)]
    agencies = db.execute("SELECT count(*) FROM run_agencies WHERE run_id = ?", [run["id"]]).fetchone()[0]
    down = db.execute("SELECT count(*) FROM run_agencies WHERE run_id = ? AND state != 'crawled'", [run["id"]]).fetchone()[0]
    return {"run": run, "previous": previous, "agencies": agencies, "down": down, "trend": trend}


def agency_history(db: sqlite_utils.Database, agency_id: str, runs: int = 30) -> dict[str, list[dict]]:
    """Item -> statuses over the last complete runs, oldest first (the small timeline on the agency page)."""
    run_ids = [r["id"] for r in complete_runs(db, runs)]
    history: dict[str, list[dict]] = {}
    if not run_ids:
        return history
    rows = db.query(f"SELECT run_id, item, status FROM findings WHERE agency_id = ? AND run_id IN "
                    f"({','.join('?' * len(run_ids))}) ORDER BY run_id", [agency_id, *run_ids])
    for row in rows:
        history.setdefault(row["item"], []).append(row)
    return history


def agency_pages(db: sqlite_utils.Database, run_id: int, agency_id: str, limit: int = 200) -> list[dict]:
    return list(db.query("SELECT id, url, status, kind, title, error, tls_problem FROM pages WHERE run_id = ? "
                         "AND agency_id = ? ORDER BY (error IS NULL), id LIMIT ?", [run_id, agency_id, limit]))


def evidence_titles(db: sqlite_utils.Database, run_id: int, agency_id: str, urls: list[str]) -> dict[str, dict]:
    if not urls:
        return {}
    rows = db.query(f"SELECT id, url, title, kind FROM pages WHERE run_id = ? AND agency_id = ? AND url IN "
                    f"({','.join('?' * len(urls))})", [run_id, agency_id, *urls])
    return {r["url"]: r for r in rows}


def item_failures(db: sqlite_utils.Database, item: str, province: str | None = None, agency_type: str | None = None,
                  status: list[str] | None = None, limit: int = 500) -> list[dict]:
    return query_findings(db, "latest", item=item, province=province, agency_type=agency_type,
                          status=status or list(FAILING))[:limit]


def provinces_and_types(db: sqlite_utils.Database) -> tuple[list[str], list[str]]:
    provinces = [r[0] for r in db.execute("SELECT DISTINCT province FROM agencies WHERE province != '' ORDER BY 1")]
    types = [r[0] for r in db.execute("SELECT DISTINCT type FROM agencies WHERE type != '' ORDER BY 1")]
    return provinces, types


def page_record(db: sqlite_utils.Database, page_id: int) -> dict | None:
    rows = list(db.query("SELECT * FROM pages WHERE id = ?", [page_id]))
    if not rows:
        return None
    row = rows[0]
    row["links"] = json.loads(row["links"] or "[]")
    return row


# --- the watch list, trends, runs, alerts and evidence (issue 12) ---------------------------------------------

def bit_count(value: int | None) -> int:
    return bin(value or 0).count("1")


_LEADING_VOWEL = re.compile("([\u0e40-\u0e44])([\u0e01-\u0e2e])")


def thai_sort_key(text: str | None) -> str:
    """Thai dictionary order puts เ แ โ ใ ไ after the consonant they are written before: เทศบาล sorts under ท.

    >>> sorted(["เทศบาล", "องค์การ", "กรม"], key=thai_sort_key)
    ['กรม', 'เทศบาล', 'องค์การ']
    """
    return _LEADING_VOWEL.sub(r"\2\1", text or "")


def prepare(db: sqlite_utils.Database) -> None:
    """Functions the page queries use, registered on each request's connection."""
    db.conn.create_function("bit_count", 1, bit_count, deterministic=True)
    db.conn.create_function("thai_key", 1, thai_sort_key, deterministic=True)


def latest_complete(db: sqlite_utils.Database) -> dict | None:
    """The run pages show: the latest *complete* one, never a crawl still running or one that died."""
    runs = complete_runs(db, 1)
    return runs[0] if runs else None


def agency_run(db: sqlite_utils.Database, agency_id: str) -> dict | None:
    """The latest complete run that checked this agency (a run may cover only some agencies)."""
    from storage.runs import agency_complete_run
    return agency_complete_run(db, agency_id)


def rulebook_for(year: int | None, code: str = ""):
    """The rulebook of a run's year that holds item ``code`` (its family: ``MOIT1`` -> MOIT), or None when that
    year has none (an old run, a removed file)."""
    from rules.families import family_of_codes
    from rules.rulebook import RulebookError, load_rulebook

    try:
        return load_rulebook(year, family_of_codes([code]) if code else "ita") if year else None
    except (RulebookError, TypeError, ValueError):
        return None


def item_titles(year: int | None) -> dict[str, dict]:
    """Item code -> {title_th, title_en, subindicator} from every family's rulebook of the run's year (O1…, MOIT1…);
    {} when there is none."""
    from rules.rulebook import RulebookError, available_years, families, load_rulebook

    titles = {}
    for family in families():
        try:
            if year in available_years(family):
                titles |= {i.code: {"title_th": i.title_th, "title_en": i.title_en, "subindicator": i.subindicator}
                           for i in load_rulebook(year, family).items}
        except (RulebookError, TypeError, ValueError):
            continue
    return titles


# Columns the watch list sorts by: URL word -> SQL expression over the rows built in watch_list().
SORTS = {"name": "thai_key(name_th)", "province": "thai_key(province)", "type": "thai_key(type)", "score": "score", "failing": "failing",
         "newly": "newly", "checked": "checked_at", "reachable": "reachable", "id": "id"}
PER_PAGE = 50


def watch_list(db: sqlite_utils.Database, province: str | None = None, agency_type: str | None = None,
               q: str | None = None, reachable: str | None = None, family: str | None = None,
               min_score: float | None = None,
               max_score: float | None = None, min_failing: int | None = None, newly_only: bool = False,
               sort: str = "score", descending: bool = False, page: int = 1,
               per_page: int | None = PER_PAGE) -> tuple[list[dict], int]:
    """Every agency with its latest complete run: score, failing items, newly failing, reachability. Returns
    (one page of rows, total rows matching). ``per_page=None`` returns every row (the CSV download)."""
    where, params = [], []
    for column, value in (("a.province", province), ("a.type", agency_type)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if q:
        where.append("(a.name_th LIKE ? OR a.name_en LIKE ? OR a.id LIKE ? OR a.url LIKE ?)")
        params += [f"%{q}%"] * 4
    outer, outer_params = [], []
    if reachable == "yes":
        outer.append("state = 'crawled'")
    elif reachable == "no":
        outer.append("state IS NOT NULL AND state != 'crawled'")
    elif reachable == "never":
        outer.append("state IS NULL")
    if family:
        outer.append("family = ?")
        outer_params.append(family)
    if min_score is not None:
        outer.append("score >= ?")
        outer_params.append(min_score)
    if max_score is not None:
        outer.append("score <= ?")
        outer_params.append(max_score)
    if min_failing:
        outer.append("failing >= ?")
        outer_params.append(min_failing)
    if newly_only:
        outer.append("newly > 0")
    order = SORTS.get(sort, "score")
    direction = "DESC" if descending else "ASC"
    # Agencies never checked (no score) sort last whichever the direction.
    sql = f"""
    WITH done AS (SELECT id FROM runs WHERE state = 'complete'),
    latest AS (
        SELECT a.id, a.name_th, a.name_en, a.type, a.province, a.url,
            -- nearly every agency is in the latest complete run: one primary-key probe, the search only for others
            coalesce((SELECT ra.run_id FROM run_agencies ra WHERE ra.run_id = ? AND ra.agency_id = a.id),
                     (SELECT max(ra.run_id) FROM run_agencies ra WHERE ra.agency_id = a.id AND ra.run_id IN done)) AS run_id
        FROM agencies a {'WHERE ' + ' AND '.join(where) if where else ''}),
    rows AS (
        SELECT l.*, ra.state, ra.home_error, ra.finished_at AS checked_at, ra.pages,
            (ra.state = 'crawled') AS reachable,
            -- the official estimate (rules/scoring.py); runs evaluated before it was stored: the share passed
            CASE WHEN ra.state = 'crawled' AND s.total > 0
                THEN coalesce(s.score, round(100.0 * s.passed / s.total, 1)) END AS score, s.family,
            CASE WHEN ra.state = 'crawled' THEN s.failing END AS failing,
            CASE WHEN ra.state = 'crawled' THEN coalesce(bit_count(s.failing_mask & (
                SELECT p.passing_mask FROM run_agency_stats p WHERE p.agency_id = l.id AND p.run_id IN done
                AND p.run_id < l.run_id ORDER BY p.run_id DESC LIMIT 1)), 0) END AS newly
        FROM latest l LEFT JOIN run_agencies ra ON ra.run_id = l.run_id AND ra.agency_id = l.id
        LEFT JOIN run_agency_stats s ON s.run_id = l.run_id AND s.agency_id = l.id)
    SELECT *, count(*) OVER () AS matching FROM rows {'WHERE ' + ' AND '.join(outer) if outer else ''}
    ORDER BY {order} IS NULL, {order} {direction}, id"""
    if per_page:
        sql += " LIMIT ? OFFSET ?"
        outer_params += [per_page, per_page * (max(page, 1) - 1)]
    latest = latest_complete(db)
    params = [latest["id"] if latest else 0, *params]
    rows = list(db.query(sql, params + outer_params))
    total = rows[0]["matching"] if rows else 0
    if not rows and per_page and page > 1:  # past the end: count without the page
        total = db.execute(f"SELECT count(*) FROM ({sql.rsplit(' LIMIT ', 1)[0]})", params + outer_params[:-2]).fetchone()[0]
    return rows, total


def agency_trend(db: sqlite_utils.Database, agency_id: str, runs: int = 30) -> list[dict]:
    """The agency's score in each of its last complete runs, oldest first (None where its site was down)."""
    rows = list(db.query(
        "SELECT r.id AS run_id, r.started_at, ra.state, s.passed, s.total, s.failing, s.score FROM run_agencies ra "
        "JOIN runs r ON r.id = ra.run_id AND r.state = 'complete' LEFT JOIN run_agency_stats s ON "
        "s.run_id = ra.run_id AND s.agency_id = ra.agency_id WHERE ra.agency_id = ? ORDER BY ra.run_id DESC LIMIT ?",
        [agency_id, runs]))
    for row in rows:
        row["score"] = (row["score"] if row["score"] is not None else round(100 * row["passed"] / row["total"], 1)) \
            if row["state"] == "crawled" and row["total"] else None
    return rows[::-1]


def status_mix(db: sqlite_utils.Database, runs: int = 30) -> list[dict]:
    """Per complete run (oldest first): how many findings have each status."""
    run_rows = complete_runs(db, runs)[::-1]
    if not run_rows:
        return []
    ids = [r["id"] for r in run_rows]
    counts: dict[int, dict[str, int]] = {i: {} for i in ids}
    for row in db.query(f"SELECT run_id, status, sum(n) AS n FROM run_status_counts WHERE run_id IN "
                        f"({','.join('?' * len(ids))}) GROUP BY 1, 2", ids):
        counts[row["run_id"]][row["status"]] = row["n"]
    return [{"run_id": r["id"], "started_at": r["started_at"], "counts": counts[r["id"]],
             "total": sum(counts[r["id"]].values())} for r in run_rows]


def item_rates(db: sqlite_utils.Database, run_id: int) -> list[dict]:
    """Per item of a run: passed, failing and checked (unchecked sites left out), worst first."""
    rows = list(db.query(
        "SELECT item, sum(CASE WHEN status = 'pass' THEN n ELSE 0 END) AS passed, "
        f"sum(CASE WHEN status IN {_IN_FAILING} THEN n ELSE 0 END) AS failing, "
        "sum(CASE WHEN status != 'unchecked' THEN n ELSE 0 END) AS total FROM run_status_counts "
        "WHERE run_id = ? GROUP BY item", [run_id]))
    for row in rows:
        row["rate"] = round(100 * row["passed"] / row["total"], 1) if row["total"] else None
    return sorted(rows, key=lambda r: (r["rate"] if r["rate"] is not None else 101, int(r["item"][1:] or 0)
                                       if r["item"][1:].isdigit() else 0))


def province_heat(db: sqlite_utils.Database, run: dict) -> dict:
    """Province × sub-indicator pass rates for a run, sites that could not be crawled left out."""
    titles = item_titles(run["year"])
    down = {r[0]: r[1] for r in db.execute(
        "SELECT coalesce(a.province, ''), count(*) FROM run_agencies ra JOIN agencies a ON a.id = ra.agency_id "
        "WHERE ra.run_id = ? AND ra.state != 'crawled' GROUP BY 1", [run["id"]])}
    cells: dict[str, dict[str, list[int]]] = {}
    for row in db.query("SELECT province, item, sum(passed) AS passed, sum(total) AS total FROM run_item_stats "
                        "WHERE run_id = ? GROUP BY 1, 2", [run["id"]]):
        group = titles.get(row["item"], {}).get("subindicator", "?")
        cell = cells.setdefault(row["province"], {}).setdefault(group, [0, 0])
        cell[0] += row["passed"]
        cell[1] += row["total"] - down.get(row["province"], 0)
    groups = sorted({g for p in cells.values() for g in p}, key=lambda g: [int(x) if x.isdigit() else 0 for x in g.split(".")])
    table = []
    for province, by_group in sorted(cells.items()):
        rates = {g: (round(100 * p / t, 1) if t > 0 else None) for g, (p, t) in by_group.items()}
        passed = sum(p for p, _ in by_group.values())
        total = sum(t for _, t in by_group.values())
        table.append({"province": province, "rates": rates, "down": down.get(province, 0),
                      "rate": round(100 * passed / total, 1) if total > 0 else None})
    return {"groups": groups, "rows": table}


def heat_colour(rate: float | None) -> str:
    """Red (0 %) through yellow to green (100 %); grey when nothing was checked."""
    if rate is None:
        return "#dddddd"
    hue = int(1.2 * rate)  # 0 red … 120 green
    return f"hsl({hue}, 70%, 75%)"


_BIT_CODE = re.compile(r"^O([1-9]|[1-5][0-9]|6[0-2])$")


def newly_failing(db: sqlite_utils.Database, run_id: int, previous_id: int, year: int | None = None,
                  limit: int = 200) -> tuple[list[dict], int]:
    """Items failing in ``run_id`` that passed in ``previous_id``, grouped by agency (most items first), and
    their count. With item codes O1–O62 the per-agency bit masks find them in 10,000 small rows; other codes
    fall back to joining the two runs' findings."""
    codes = item_titles(year) if year else {}
    if codes and all(_BIT_CODE.match(code) for code in codes):
        masks = list(db.execute(
            "SELECT c.agency_id, c.failing_mask & p.passing_mask FROM run_agency_stats c JOIN run_agency_stats p "
            "ON p.run_id = ? AND p.agency_id = c.agency_id WHERE c.run_id = ? AND (c.failing_mask & p.passing_mask) != 0",
            [previous_id, run_id]))
        count = sum(bit_count(m) for _, m in masks)
        masks.sort(key=lambda pair: (-bit_count(pair[1]), pair[0]))
        pairs = []
        for agency_id, mask in masks:
            pairs += [[agency_id, f"O{n}"] for n in range(1, 63) if mask >> n & 1]
            if len(pairs) >= limit:
                break
        rows = db.query("SELECT f.agency_id, a.name_th, a.name_en, a.province, f.item, f.status, f.reason_th, f.reason_en "
                        "FROM json_each(?) j CROSS JOIN findings f ON f.run_id = ? AND f.agency_id = j.value ->> 0 "
                        "AND f.item = j.value ->> 1 LEFT JOIN agencies a ON a.id = f.agency_id",
                        [json.dumps(pairs[:limit]), run_id])
    else:
        where = ("FROM findings f JOIN findings p ON p.run_id = ? AND p.agency_id = f.agency_id AND p.item = f.item "
                 f"WHERE f.run_id = ? AND f.status IN {_IN_FAILING} AND p.status = 'pass'")
        count = db.execute(f"SELECT count(*) {where}", [previous_id, run_id]).fetchone()[0]
        rows = db.query(f"SELECT f.agency_id, a.name_th, a.name_en, a.province, f.item, f.status, f.reason_th, f.reason_en "
                        f"{where.replace('WHERE', 'LEFT JOIN agencies a ON a.id = f.agency_id WHERE')} "
                        "ORDER BY f.agency_id LIMIT ?", [previous_id, run_id, limit])
    groups: dict[str, dict] = {}
    for row in rows:
        group = groups.setdefault(row["agency_id"], {"agency_id": row["agency_id"], "name_th": row["name_th"],
                                                     "name_en": row["name_en"], "province": row["province"], "items": []})
        group["items"].append(row)
    for group in groups.values():
        group["items"].sort(key=lambda r: int(r["item"][1:]) if r["item"][1:].isdigit() else 0)
    return sorted(groups.values(), key=lambda g: (-len(g["items"]), g["agency_id"])), count


def run_list(db: sqlite_utils.Database, limit: int = 100) -> list[dict]:
    """Recent runs, newest first, with how long each took."""
    from datetime import datetime

    from rules.families import run_label

    rows = list(db.query("SELECT * FROM runs ORDER BY id DESC LIMIT ?", [limit]))
    for row in rows:
        row["seconds"], row["label"] = None, run_label(row)
        if row["started_at"] and row["finished_at"]:
            try:
                row["seconds"] = int((datetime.fromisoformat(row["finished_at"])
                                      - datetime.fromisoformat(row["started_at"])).total_seconds())
            except ValueError:
                pass
    return rows


def agency_alerts(db: sqlite_utils.Database, agency_id: str, limit: int = 50) -> dict[str, list[dict]]:
    """The agency's outbox (waiting or failed) and its sent log, newest first."""
    rows = list(db.query("SELECT id, run_id, channel, recipient, subject, state, attempts, last_error, created_at, "
                         "sent_at FROM alerts WHERE agency_id = ? ORDER BY id DESC LIMIT ?", [agency_id, limit]))
    return {"outbox": [r for r in rows if r["state"] != "sent"], "sent": [r for r in rows if r["state"] == "sent"]}


def evidence_pages(db: sqlite_utils.Database, run_id: int, agency_id: str, urls: list[str]) -> dict[str, dict]:
    """Evidence URL -> the page fetched in this run, and the same URL's page in the agency's previous
    complete run with ``changed`` when their contents differ (a text diff is then worth opening)."""
    pages = evidence_titles(db, run_id, agency_id, urls)
    if not pages:
        return pages
    hashes = {r["id"]: r for r in db.query(f"SELECT id, content_hash FROM pages WHERE id IN "
                                           f"({','.join('?' * len(pages))})", [p["id"] for p in pages.values()])}
    for url, page in pages.items():
        page["content_hash"] = hashes[page["id"]]["content_hash"]
        before = previous_page(db, page["id"], agency_id, url, run_id)
        page["previous"] = before
        page["changed"] = bool(before and page["content_hash"] and before["content_hash"] != page["content_hash"])
    return pages


def previous_page(db: sqlite_utils.Database, page_id: int, agency_id: str, url: str, run_id: int) -> dict | None:
    rows = list(db.query("SELECT p.id, p.run_id, p.content_hash FROM pages p JOIN runs r ON r.id = p.run_id AND "
                         "r.state = 'complete' WHERE p.agency_id = ? AND p.url = ? AND p.run_id < ? AND p.id != ? "
                         "ORDER BY p.run_id DESC LIMIT 1", [agency_id, url, run_id, page_id]))
    return rows[0] if rows else None


def item_signals(db: sqlite_utils.Database, run_id: int, agency_id: str) -> dict[str, list[str]]:
    """Item -> what found its evidence (an index page row, a link text, a page title) and each check's outcome."""
    return {r["item"]: json.loads(r["signals"] or "[]") for r in db.query(
        "SELECT item, signals FROM findings WHERE run_id = ? AND agency_id = ?", [run_id, agency_id])}


def unchecked_causes(db: sqlite_utils.Database, rows: list[dict]) -> None:
    """Give unchecked findings of unreachable sites the site's own error, for plain words in the UI."""
    ids = sorted({(r["run_id"], r["agency_id"]) for r in rows if r.get("status") == "unchecked"})
    if not ids:
        return
    errors = {}
    for run_id in {i[0] for i in ids}:
        agencies = [a for r, a in ids if r == run_id]
        for row in db.query("SELECT agency_id, state, home_error FROM run_agencies WHERE run_id = ? AND agency_id IN "
                            "(SELECT value FROM json_each(?))", [run_id, json.dumps(agencies)]):
            if row["state"] != "crawled":
                errors[(run_id, row["agency_id"])] = row["home_error"] or row["state"]
    for row in rows:
        if (row.get("run_id"), row.get("agency_id")) in errors:
            row["site_error"] = errors[(row["run_id"], row["agency_id"])]
