"""What each page of the web interface shows, shaped for its template from the store's reads (storage/stats.py,
storage/pages.py, storage/runs.py…): no SQL here. The store's queries are indexed only, so pages stay fast at
10,000 agencies × 43 items × 30 runs (see benchmarks/web_pages.py)."""
from __future__ import annotations

import sqlite_utils

from rules.vocabulary import FAILING
from storage import alerts as outbox
from storage import pages as stored_pages
from storage import stats

# the store's reads the views use as they are, named here so the views read one module
from storage.agencies import provinces_and_types  # noqa: F401
from storage.findings import item_signals, item_statuses, query_findings  # noqa: F401
from storage.pages import agency_pages, page_record, previous_page  # noqa: F401
from storage.pages import pages_at as evidence_titles
from storage.runs import (
    agency_complete_run,
    complete_runs,
    latest_complete_run,
    recent_runs,
    run_coverage_counts,
    site_errors,
)
from storage.stats import (  # noqa: F401
    PER_PAGE,
    SORTS,
    agency_trend,
    bit_count,
    prepare,
    thai_sort_key,
    watch_list,
)


def dashboard(db: sqlite_utils.Database) -> dict:
    """The latest complete run, the one before, how many agencies it covered and could not reach, and the
    pass rate of each recent run with unreachable sites left out."""
    runs = complete_runs(db, 30)
    if not runs:
        return {"run": None}
    run, previous = runs[0], (runs[1] if len(runs) > 1 else None)
    rates = stats.pass_counts(db, [r["id"] for r in runs])
    trend = [{"run_id": r["id"], "started_at": r["started_at"], "passed": rates.get(r["id"], {}).get("passed", 0),
              "total": rates.get(r["id"], {}).get("total", 0)} for r in reversed(runs)]
    agencies, down = run_coverage_counts(db, run["id"])
    return {"run": run, "previous": previous, "agencies": agencies, "down": down, "trend": trend}


def agency_history(db: sqlite_utils.Database, agency_id: str, runs: int = 30) -> dict[str, list[dict]]:
    """Item -> statuses over the last complete runs, oldest first (the small timeline on the agency page)."""
    history: dict[str, list[dict]] = {}
    for row in item_statuses(db, agency_id, [r["id"] for r in complete_runs(db, runs)]):
        history.setdefault(row["item"], []).append({k: row[k] for k in ("run_id", "item", "status")})
    return history


def item_failures(db: sqlite_utils.Database, item: str, province: str | None = None, agency_type: str | None = None,
                  status: list[str] | None = None, limit: int = 500) -> list[dict]:
    return query_findings(db, "latest", item=item, province=province, agency_type=agency_type,
                          status=status or list(FAILING))[:limit]


def latest_complete(db: sqlite_utils.Database) -> dict | None:
    """The run pages show: the latest *complete* one, never a crawl still running or one that died."""
    return latest_complete_run(db)


def agency_run(db: sqlite_utils.Database, agency_id: str) -> dict | None:
    """The latest complete run that checked this agency (a run may cover only some agencies)."""
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


def status_mix(db: sqlite_utils.Database, runs: int = 30) -> list[dict]:
    """Per complete run (oldest first): how many findings have each status."""
    run_rows = complete_runs(db, runs)[::-1]
    if not run_rows:
        return []
    counts = stats.status_counts(db, [r["id"] for r in run_rows])
    return [{"run_id": r["id"], "started_at": r["started_at"], "counts": counts[r["id"]],
             "total": sum(counts[r["id"]].values())} for r in run_rows]


def item_rates(db: sqlite_utils.Database, run_id: int) -> list[dict]:
    """Per item of a run: passed, failing and checked (unchecked sites left out), worst first."""
    rows = stats.item_counts(db, run_id)
    for row in rows:
        row["rate"] = round(100 * row["passed"] / row["total"], 1) if row["total"] else None
    return sorted(rows, key=lambda r: (r["rate"] if r["rate"] is not None else 101, int(r["item"][1:] or 0)
                                       if r["item"][1:].isdigit() else 0))


def province_heat(db: sqlite_utils.Database, run: dict) -> dict:
    """Province × sub-indicator pass rates for a run, sites that could not be crawled left out."""
    titles = item_titles(run["year"])
    down = stats.down_by_province(db, run["id"])
    cells: dict[str, dict[str, list[int]]] = {}
    for row in stats.province_item_counts(db, run["id"]):
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


def newly_failing(db: sqlite_utils.Database, run_id: int, previous_id: int, year: int | None = None,
                  limit: int = 200) -> tuple[list[dict], int]:
    """Items failing in ``run_id`` that passed in ``previous_id``, grouped by agency (most items first), and
    their count. With item codes O1–O62 the per-agency bit masks find them in 10,000 small rows; other codes
    fall back to joining the two runs' findings."""
    codes = item_titles(year) if year else {}
    rows, count = stats.newly_failing_rows(db, run_id, previous_id, codes, limit)
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

    rows = recent_runs(db, limit)
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
    rows = outbox.agency_alerts(db, agency_id, limit)
    return {"outbox": [r for r in rows if r["state"] != "sent"], "sent": [r for r in rows if r["state"] == "sent"]}


def evidence_pages(db: sqlite_utils.Database, run_id: int, agency_id: str, urls: list[str]) -> dict[str, dict]:
    """Evidence URL -> the page fetched in this run, and the same URL's page in the agency's previous
    complete run with ``changed`` when their contents differ (a text diff is then worth opening)."""
    pages = evidence_titles(db, run_id, agency_id, urls)
    if not pages:
        return pages
    hashes = stored_pages.content_hashes(db, [p["id"] for p in pages.values()])
    for url, page in pages.items():
        page["content_hash"] = hashes[page["id"]]
        before = previous_page(db, page["id"], agency_id, url, run_id)
        page["previous"] = before
        page["changed"] = bool(before and page["content_hash"] and before["content_hash"] != page["content_hash"])
    return pages


def unchecked_causes(db: sqlite_utils.Database, rows: list[dict]) -> None:
    """Give unchecked findings of unreachable sites the site's own error, for plain words in the UI."""
    ids = sorted({(r["run_id"], r["agency_id"]) for r in rows if r.get("status") == "unchecked"})
    if not ids:
        return
    errors = {}
    for run_id in {i[0] for i in ids}:
        for agency_id, error in site_errors(db, run_id, [a for r, a in ids if r == run_id]).items():
            errors[(run_id, agency_id)] = error
    for row in rows:
        if (row.get("run_id"), row.get("agency_id")) in errors:
            row["site_error"] = errors[(row["run_id"], row["agency_id"])]
