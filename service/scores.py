"""The estimated score of every agency of a run, by the official method (rules/scoring.py), from the verdicts
that count — reviewers' decisions included — and the rulebook that judged each agency."""
from __future__ import annotations

import sqlite_utils

from rules.families import status_note
from rules.scoring import score_findings
from storage.judging import judged_by, run_agencies_named
from storage.reviews import effective_statuses
from storage.runs import get_run


def run_scores(db: sqlite_utils.Database, run: int | str | None = "latest") -> list[dict]:
    """Per agency of a run: its rulebook, the estimated score, the verdict and the indicator means."""
    chosen = get_run(db, run)
    if chosen is None:
        return []
    rows = []
    for agency in run_agencies_named(db, chosen["id"]):
        statuses = effective_statuses(db, chosen["id"], agency["agency_id"])  # reviewers' decisions count
        if not statuses:
            continue
        book = judged_by(db, chosen["id"], agency["agency_id"])
        card = score_findings(book, statuses)
        rows.append({"run_id": chosen["id"], "agency_id": agency["agency_id"], "agency_name": agency["name_th"],
                     "province": agency["province"], "type": agency["type"], "rulebook": book.label,
                     "rulebook_status": book.status, "rulebook_note": status_note(book)[1],
                     "estimated_score": card.score, "verdict": card.verdict_th, "pass_mark": card.pass_mark,
                     "judged_items": card.judged, "unchecked_items": card.unchecked,
                     "indicators": card.indicators, "subindicators": card.subindicators, "method": card.label_en})
    return rows
