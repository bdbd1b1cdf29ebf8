"""Retention: findings are small and kept forever; page texts of old runs are pruned by a setting."""
from __future__ import annotations

import sqlite_utils


def prune_page_texts(db: sqlite_utils.Database, keep_runs: int) -> int:
    """Blank the extracted text and links of pages from all but the newest ``keep_runs`` runs.

    URLs, statuses and content hashes stay, so diffs of evidence still work. Returns pages pruned.
    """
    cutoff = db.execute("SELECT id FROM runs ORDER BY id DESC LIMIT 1 OFFSET ?", [max(keep_runs, 1) - 1]).fetchone()
    if cutoff is None:
        return 0
    with db.conn:
        cursor = db.execute("UPDATE pages SET text = NULL, links = NULL WHERE run_id < ? AND (text IS NOT NULL "
                            "OR links IS NOT NULL)", [cutoff[0]])
    db.execute("INSERT INTO pages_fts(pages_fts) VALUES('optimize')")
    return cursor.rowcount
