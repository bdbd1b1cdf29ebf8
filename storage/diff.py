"""What changed between two complete runs, per agency and item, and each item's history."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from rules.vocabulary import FAILING
from storage.pages import content_hashes_by_url
from storage.rulebook_changes import judged_with
from storage.runs import COMPLETE_RUN_IDS, complete_runs, get_run


@dataclass
class AgencyDiff:
    agency_id: str
    name_th: str
    site_down: bool = False
    newly_failing: list[dict[str, Any]] = field(default_factory=list)
    fixed: list[dict[str, Any]] = field(default_factory=list)
    still_failing: list[dict[str, Any]] = field(default_factory=list)
    changed_evidence: list[dict[str, Any]] = field(default_factory=list)
    rulebook_changed: str = ""  # "ita → moit" when the two runs judged this agency by different families

    def is_empty(self) -> bool:
        return not (self.site_down or self.newly_failing or self.fixed or self.changed_evidence or self.rulebook_changed)


class RulebookMismatch(LookupError):
    """The two runs were judged with different rulebooks: their verdicts are not comparable item by item."""


def rulebooks_differ(db: sqlite_utils.Database, before: int, after: int) -> str:
    """'' when both runs were judged with the same rulebooks, else what differs: 'ITA 2566 → ITA 2565'."""
    a, b = judged_with(get_run(db, before) or {}), judged_with(get_run(db, after) or {})
    changes = []
    for family in sorted(set(a) & set(b)):
        if a[family] != b[family]:
            changes.append(f"{family.upper()} {a[family][0]} ({a[family][1]}) → {family.upper()} {b[family][0]} ({b[family][1]})")
    return "; ".join(changes)


def _findings(db: sqlite_utils.Database, run_id: int) -> dict[tuple[str, str], dict[str, Any]]:
    from storage.reviews import effective
    return {(r["agency_id"], r["item"]): r for r in effective(db, db.table("findings").rows_where("run_id = ?", [run_id]))}


def default_pair(db: sqlite_utils.Database) -> tuple[int, int]:
    runs = complete_runs(db, limit=2)
    if len(runs) < 2:
        raise LookupError("a diff needs two complete runs; there are %d" % len(runs))
    return runs[1]["id"], runs[0]["id"]


def diff_runs(db: sqlite_utils.Database, before: int | None = None, after: int | None = None,
              allow_mixed: bool = False) -> list[AgencyDiff]:
    """Per agency: items newly failing, fixed, still failing, and evidence whose content changed.

    Only complete runs are compared; an agency the later run could not crawl is reported as site down.
    Runs judged with different rulebooks (another year, or another version of one) raise RulebookMismatch
    unless ``allow_mixed``; an agency judged by another rulebook family in each run is only flagged.
    """
    if before is None or after is None:
        before, after = default_pair(db)
    for run_id in (before, after):
        run = get_run(db, run_id)
        if run is None or run["state"] != "complete":
            raise LookupError(f"run {run_id} is {'missing' if run is None else run['state']}: only complete runs are compared")
    mixed = rulebooks_differ(db, before, after)
    if mixed and not allow_mixed:
        raise RulebookMismatch(f"runs {before} and {after} were judged with different rulebooks ({mixed}); "
                               f"re-evaluate one with the other's year (oit evaluate --run ID --year Y) or compare "
                               f"anyway with --allow-mixed")
    from rules.families import family_of_codes, item_number

    old, new = _findings(db, before), _findings(db, after)
    old_hash, new_hash = content_hashes_by_url(db, before), content_hashes_by_url(db, after)
    names = {a["id"]: a["name_th"] for a in db.table("agencies").rows}
    states = {r["agency_id"]: r["state"] for r in db.table("run_agencies").rows_where("run_id = ?", [after])}
    result: dict[str, AgencyDiff] = {}
    codes_before: dict[str, set[Any]] = {}
    for agency_id, item in old:
        codes_before.setdefault(agency_id, set()).add(item)
    for (agency_id, item), finding in sorted(new.items(), key=lambda kv: (kv[0][0], item_number(kv[0][1]))):
        diff = result.setdefault(agency_id, AgencyDiff(agency_id, names.get(agency_id, agency_id)))
        if diff.rulebook_changed:
            continue
        if agency_id in codes_before and family_of_codes(codes_before[agency_id]) != family_of_codes([item]):
            diff.rulebook_changed = f"{family_of_codes(codes_before[agency_id])} → {family_of_codes([item])}"
            continue
        if states.get(agency_id) != "crawled":
            diff.site_down = True
            continue
        previous = old.get((agency_id, item))
        was = previous["status"] if previous else None
        entry = dict(finding, previous_status=was)
        if finding["status"] in FAILING and was not in FAILING:
            diff.newly_failing.append(entry)
        elif finding["status"] == "pass" and was in FAILING:
            diff.fixed.append(entry)
        elif finding["status"] in FAILING:
            diff.still_failing.append(entry)
        for url in json.loads(finding["evidence"] or "[]"):
            a, b = old_hash.get((agency_id, url)), new_hash.get((agency_id, url))
            if a and b and a != b:
                diff.changed_evidence.append({"item": item, "url": url})
    return list(result.values())


def item_history(db: sqlite_utils.Database, agency_id: str, item: str, limit: int = 30) -> dict[str, Any]:
    """Statuses of one item across complete runs (newest first), since when it is in its current state,
    how many runs in a row it has failed, and whether it flaps (changes state often)."""
    from storage.reviews import effective
    rows = effective(db, db.query(
        "SELECT f.run_id, f.agency_id, f.item, f.status, r.started_at FROM findings f JOIN runs r ON r.id = f.run_id "
        f"WHERE f.agency_id = ? AND f.item = ? AND r.id IN ({COMPLETE_RUN_IDS}) ORDER BY f.run_id DESC LIMIT ?",
        [agency_id, item, limit]))
    if not rows:
        return {"history": [], "since": None, "failing_streak": 0, "flapping": False}
    current, since, streak = rows[0]["status"], rows[0]["started_at"], 0
    for row in rows:
        if row["status"] != current:
            break
        since = row["started_at"]
    for row in rows:
        if row["status"] not in FAILING:
            break
        streak += 1
    changes = sum(1 for a, b in zip(rows, rows[1:]) if (a["status"] in FAILING) != (b["status"] in FAILING))
    return {"history": rows, "since": since, "failing_streak": streak, "flapping": changes >= 3}

