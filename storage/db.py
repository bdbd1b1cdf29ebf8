"""Opening the database: WAL mode, schema migrations applied on open.

>>> db = open_db(":memory:")
>>> sorted(t for t in db.table_names() if not t.endswith(("_fts", "_data", "_idx", "_docsize", "_config")))[:3]
['agencies', 'alerts', 'findings']
"""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

import sqlite_utils

from rules.vocabulary import FAILING


def _v1(db: sqlite_utils.Database) -> None:
    db.table("agencies").create(
        {"id": str, "name_th": str, "name_en": str, "type": str, "province": str, "url": str,
         "contact_email": str, "notify_url": str, "updated_at": str},
        pk="id",
    )
    db.table("runs").create(
        {"id": int, "started_at": str, "finished_at": str, "state": str, "year": int,
         "rulebook_version": str, "agencies": int, "pages": int, "errors": int, "note": str},
        pk="id",
    )
    # One row per agency per run: whether its site could be crawled at all.
    db.table("run_agencies").create(
        {"run_id": int, "agency_id": str, "state": str, "pages": int, "errors": int, "home_error": str,
         "finished_at": str},
        pk=("run_id", "agency_id"),
    )
    db.table("pages").create(
        {"id": int, "run_id": int, "agency_id": str, "url": str, "final_url": str, "status": int,
         "content_type": str, "kind": str, "size": int, "elapsed_ms": int, "title": str, "link_text": str,
         "referer": str, "depth": int, "text": str, "content_hash": str, "error": str, "error_detail": str,
         "encoding": str, "tls_problem": str, "image_only": int, "forms": int, "links": str,
         "fetched_at": str},
        pk="id",
    )
    db.table("pages").create_index(["run_id", "agency_id"])
    db.table("pages").create_index(["agency_id", "url"])
    db.table("findings").create(
        {"run_id": int, "agency_id": str, "item": str, "year": int, "status": str, "reason_th": str,
         "reason_en": str, "evidence": str, "signals": str, "checked_at": str},
        pk=("run_id", "agency_id", "item"),
    )
    db.table("findings").create_index(["agency_id", "item"])
    db.table("findings").create_index(["run_id", "status"])
    db.table("alerts").create(
        {"id": int, "run_id": int, "agency_id": str, "channel": str, "recipient": str, "subject": str,
         "body": str, "payload": str, "state": str, "attempts": int, "last_error": str,
         "created_at": str, "sent_at": str},
        pk="id",
    )
    db.table("alerts").create_index(["run_id", "agency_id", "channel", "recipient"], unique=True)
    # Thai has no spaces: trigram is the FTS5 tokenizer that finds words inside Thai text.
    db.table("findings").enable_fts(["item", "reason_th", "reason_en"], tokenize="trigram", create_triggers=True)
    db.table("pages").enable_fts(["title", "text"], tokenize="trigram", create_triggers=True)


def _v2(db: sqlite_utils.Database) -> None:
    # Pass counts per run, item, province and agency type, written by the engine: the dashboard reads
    # this small table instead of scanning millions of findings.
    db.table("run_item_stats").create(
        {"run_id": int, "item": str, "province": str, "type": str, "passed": int, "total": int},
        pk=("run_id", "item", "province", "type"),
    )
    db.table("findings").create_index(["run_id", "item", "status"])


def _v3(db: sqlite_utils.Database) -> None:
    # Rulebook families: an agency may name the family that judges it (ita, moit); a run records, per
    # family, the rulebook year, version and status it was judged with (JSON), so runs judged by
    # different rulebooks are not compared silently.
    db.table("agencies").add_column("family", str)
    db.table("runs").add_column("rulebooks", str)


def _v4(db: sqlite_utils.Database) -> None:
    # Links an agency's crawl left unvisited when its page budget ran out: "not found" then means
    # "not reached", and the engine says unchecked instead of missing.
    db.table("run_agencies").add_column("unvisited", int)
    # The home page's header, menus and footer: contact data and social links often live only there.
    db.table("pages").add_column("furniture", str)


def _v5(db: sqlite_utils.Database) -> None:
    # An agency whose time budget ran out: its items not reached are unchecked, not missing.
    db.table("run_agencies").add_column("timed_out", int)
    # When a sender claimed an alert (state 'sending'): two senders never deliver one alert twice.
    db.table("alerts").add_column("claimed_at", str)


_FAILING = "(" + ", ".join(f"'{s}'" for s in FAILING) + ")"


def _bit(row: str, condition: str) -> str:
    """The item's bit (O12, MOIT12 -> 1 << 12) when ``condition`` holds, else 0; numbers outside 1–62 take no bit."""
    number = f"CAST(ltrim({row}.item, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') AS INTEGER)"
    return f"(CASE WHEN ({condition}) AND {number} BETWEEN 1 AND 62 THEN 1 << {number} ELSE 0 END)"


def _counts(row: str) -> dict[str, str]:
    return {"passed": f"({row}.status = 'pass')", "failing": f"({row}.status IN {_FAILING})",
            "unchecked": f"({row}.status = 'unchecked')", "total": "1",
            "failing_mask": _bit(row, f"{row}.status IN {_FAILING}"), "passing_mask": _bit(row, f"{row}.status = 'pass'")}


def _v6(db: sqlite_utils.Database) -> None:
    # Per agency per run: counts by status and which items pass or fail (bit n = item On), kept by triggers
    # on findings whoever writes them, so the web UI's watch list of 10,000 agencies reads 10,000 small rows
    # (newly failing = failing now & passing in the agency's previous run) instead of 430,000 findings.
    db.table("run_agency_stats").create(
        {"run_id": int, "agency_id": str, "passed": int, "failing": int, "unchecked": int, "total": int,
         "failing_mask": int, "passing_mask": int},
        pk=("run_id", "agency_id"),
    )
    db.table("run_agency_stats").create_index(["agency_id", "run_id"])
    # Per run, item and status: the status mix per run and item rates that leave unchecked sites out.
    db.table("run_status_counts").create({"run_id": int, "item": str, "status": str, "n": int}, pk=("run_id", "item", "status"))
    db.table("run_agencies").create_index(["agency_id", "run_id"])
    db.table("alerts").create_index(["agency_id", "id"])
    _stats_triggers(db)


def _stats_triggers(db: sqlite_utils.Database) -> None:
    """Fill the stats tables from the findings, and keep them so with triggers."""
    counts = _counts("new")
    columns = ", ".join(counts)
    db.executescript(f"""
    INSERT INTO run_agency_stats (run_id, agency_id, {columns}) SELECT run_id, agency_id, sum(status = 'pass'),
        sum(status IN {_FAILING}), sum(status = 'unchecked'), count(*),
        sum({_bit('findings', f"findings.status IN {_FAILING}")}), sum({_bit('findings', "findings.status = 'pass'")})
        FROM findings GROUP BY run_id, agency_id;
    INSERT INTO run_status_counts SELECT run_id, item, status, count(*) FROM findings GROUP BY 1, 2, 3;
    CREATE TRIGGER findings_stats_insert AFTER INSERT ON findings BEGIN
        INSERT INTO run_agency_stats (run_id, agency_id, {columns}) VALUES (new.run_id, new.agency_id,
            {", ".join(counts.values())})
        ON CONFLICT (run_id, agency_id) DO UPDATE SET {", ".join(
            f"{c} = {c} {'|' if c.endswith('mask') else '+'} excluded.{c}" for c in counts)};
        INSERT INTO run_status_counts VALUES (new.run_id, new.item, new.status, 1)
        ON CONFLICT (run_id, item, status) DO UPDATE SET n = n + 1;
    END;
    CREATE TRIGGER findings_stats_delete AFTER DELETE ON findings BEGIN
        UPDATE run_agency_stats SET {", ".join(
            f"{c} = {c} & ~{v}" if c.endswith('mask') else f"{c} = {c} - {v}" for c, v in _counts('old').items())}
        WHERE run_id = old.run_id AND agency_id = old.agency_id;
        UPDATE run_status_counts SET n = n - 1 WHERE run_id = old.run_id AND item = old.item AND status = old.status;
    END;
    CREATE TRIGGER findings_stats_update AFTER UPDATE OF status ON findings BEGIN
        UPDATE run_agency_stats SET {", ".join(
            f"{c} = ({c} & ~{v}) | {counts[c]}" if c.endswith('mask') else f"{c} = {c} - {v} + {counts[c]}"
            for c, v in _counts('old').items())}
        WHERE run_id = old.run_id AND agency_id = old.agency_id;
        UPDATE run_status_counts SET n = n - 1 WHERE run_id = old.run_id AND item = old.item AND status = old.status;
        INSERT INTO run_status_counts VALUES (new.run_id, new.item, new.status, 1)
        ON CONFLICT (run_id, item, status) DO UPDATE SET n = n + 1;
    END;
    """)


def _v7(db: sqlite_utils.Database) -> None:
    # The registry's word on the site (offline, expired, hacked…; "" when it says nothing): such agencies are
    # listed but skipped by the crawl unless asked. Indexes for the agency list's filters.
    db.table("agencies").add_column("status", str)
    for column in ("province", "type", "status"):
        db.table("agencies").create_index([column])


def _v8(db: sqlite_utils.Database) -> None:
    # MOIT items (MOIT12) take their bit as O-items do, so "newly failing" works for hospitals; and each
    # agency's estimated score by the official method (rules/scoring.py, stored when a run is evaluated),
    # so the watch list and the agency page show one number. Runs evaluated before keep no score until
    # re-evaluated (oit evaluate --run ID); the watch list shows their share of items passed.
    for trigger in ("findings_stats_insert", "findings_stats_delete", "findings_stats_update"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    db.execute("DELETE FROM run_agency_stats")
    db.execute("DELETE FROM run_status_counts")
    db.table("run_agency_stats").add_column("score", float)
    db.table("run_agency_stats").add_column("family", str)
    _stats_triggers(db)


def _v9(db: sqlite_utils.Database) -> None:
    # Where a page's text came from: pages read by OCR (a scan; the auditor is told), CPU ms spent extracting
    # it (0 when reused), and 1 when the server answered 304 Not Modified (the stored extraction is tonight's).
    for column in ("ocr_pages", "extract_ms", "unchanged"):
        if column not in db.table("pages").columns_dict:  # a database made by this branch before it was renumbered
            db.table("pages").add_column(column, int)


def _add_columns(db: sqlite_utils.Database, table: str, columns: dict[str, type]) -> None:
    """Add the columns a table lacks (a migration may meet a database made by a branch before renumbering)."""
    have = db.table(table).columns_dict
    for name, kind in columns.items():
        if name not in have:
            db.table(table).add_column(name, kind)


def _v10(db: sqlite_utils.Database) -> None:
    # Coverage: what a crawl could not read, so that nothing unread is judged missing. Per page: why its content
    # was not read (a script shell, a text layer in a legacy font, a login wall, ...), 1 when a browser rendered it,
    # 1 when it sits on an outside publishing host (Google Sites, Drive) read as the agency's own. Per agency and
    # run: the host the registry URL moved to, and the coverage record (JSON). Per finding: the reason as a code
    # with parameters (rules/vocabulary.py renders the Thai and English prose).
    _add_columns(db, "pages", {"unread": str, "rendered": int, "outside": int})
    _add_columns(db, "run_agencies", {"moved_to": str, "coverage": str})
    _add_columns(db, "agencies", {"moved_to": str})
    _add_columns(db, "findings", {"reason_code": str, "reason_params": str})


def _v11(db: sqlite_utils.Database) -> None:
    # Evidence that lasts: a CDX-style index of the WARC records the crawl wrote (crawler/archive.py). A revisit
    # (unchanged payload) refers to the capture that holds the payload.
    db.table("captures").create(
        {"id": int, "run_id": int, "agency_id": str, "url": str, "fetched_at": str, "status": int, "mime": str,
         "digest": str, "record_type": str, "refers_to": int, "warc_file": str, "offset": int, "length": int},
        pk="id", if_not_exists=True)
    db.table("captures").create_index(["run_id", "agency_id", "url"], if_not_exists=True)
    db.table("captures").create_index(["digest"], if_not_exists=True)
    db.table("captures").create_index(["warc_file"], if_not_exists=True)


def _v12(db: sqlite_utils.Database) -> None:
    # A rulebook change is not a site change. The year the nightly schedule judges by is recorded when it is
    # pinned or adopted on purpose (`oit rules adopt 2570`); a run judged by other rulebooks than the run before
    # is a baseline (1): nothing in it is "newly failing" and no agency is alerted because the list changed.
    # An agency's alerts can be paused until a date (a site under rebuild).
    db.table("rulebook_adoptions").create({"id": int, "year": int, "adopted_at": str, "reason": str, "rulebooks": str,
                                     "note": str}, pk="id", if_not_exists=True)
    _add_columns(db, "runs", {"baseline": int})
    _add_columns(db, "agencies", {"alerts_paused_until": str})


def _v13(db: sqlite_utils.Database) -> None:
    # Moved sites: whether the move was adopted (a .go.th/.ac.th/.or.th/.mi.th host or the same registered name;
    # crawler/outside.py: site_move), and on the registry row the run and date it was seen.
    _add_columns(db, "run_agencies", {"moved_adopted": int})
    _add_columns(db, "agencies", {"moved_adopted": int, "moved_run": int, "moved_at": str})


def _v14(db: sqlite_utils.Database) -> None:
    # Exactly-once alerts (alerts/outbox.py): when the message was handed to its channel (a sender that died
    # after that may have delivered it: never resent on its own), and the Message-ID / idempotency key it
    # carried. Which worker crawled each agency of a distributed run, with which version and settings.
    _add_columns(db, "alerts", {"handed_at": str, "message_key": str})
    _add_columns(db, "run_agencies", {"crawled_by": str})


def _v15(db: sqlite_utils.Database) -> None:
    # The assessment (storage/itas.py): agencies' ITAS answers per year and item (answer, URLs, explanation, the
    # file row they came from), each check of the submitted URLs (a run of its own crawl database, kept as
    # evidence) and the result per item: score 100/0 (NULL: a person must look), reason, what to fix, evidence,
    # and what the nightly crawl found elsewhere on the site.
    db.table("itas_answers").create(
        {"agency_id": str, "year": int, "item": str, "answer": str, "urls": str, "explanation": str,
         "source": str, "row": int, "problem": str, "imported_at": str},
        pk=("agency_id", "year", "item"), if_not_exists=True)
    db.table("itas_checks").create(
        {"id": int, "started_at": str, "finished_at": str, "year": int, "agencies": str, "urls": int,
         "crawl_db": str, "crawl_run": int, "note": str},
        pk="id", if_not_exists=True)
    db.table("itas_results").create(
        {"agency_id": str, "year": int, "item": str, "check_id": int, "status": str, "score": int,
         "reason_th": str, "reason_en": str, "fix_th": str, "fix_en": str, "evidence": str, "signals": str,
         "nightly_run": int, "nightly_status": str, "nightly_evidence": str, "elsewhere_th": str,
         "elsewhere_en": str, "checked_at": str},
        pk=("agency_id", "year", "item"), if_not_exists=True)


def _v16(db: sqlite_utils.Database) -> None:
    # Reviewers' decisions (storage/reviews.py): who confirmed or overrode which finding, when, on which run and
    # on what evidence (content hash); the latest per agency, item and year holds while the evidence is unchanged.
    db.table("reviews").create(
        {"id": int, "agency_id": str, "item": str, "year": int, "run_id": int, "engine_status": str, "status": str,
         "action": str, "note": str, "reviewer": str, "created_at": str, "evidence": str, "evidence_hash": str},
        pk="id", if_not_exists=True)
    db.table("reviews").create_index(["agency_id", "item", "year"], if_not_exists=True)


def _v17(db: sqlite_utils.Database) -> None:
    # People signed in (storage/users.py): accounts (argon2 hashes only), sign-in attempts (for the rate limit),
    # agencies' disputes of single items, and the audit log of every write made through the web.
    db.table("users").create({"id": int, "username": str, "password_hash": str, "role": str, "agency_id": str,
                        "province": str, "disabled": int, "created_at": str}, pk="id", if_not_exists=True)
    db.table("users").create_index(["username"], unique=True, if_not_exists=True)
    db.table("login_attempts").create({"id": int, "username": str, "address": str, "at": str, "ok": int}, pk="id",
                                if_not_exists=True)
    db.table("login_attempts").create_index(["username", "at"], if_not_exists=True)
    db.table("disputes").create({"id": int, "agency_id": str, "item": str, "explanation": str, "url": str, "username": str,
                           "created_at": str, "state": str, "year": int, "result_status": str, "result_score": int,
                           "result_reason_th": str, "result_fix_th": str, "checked_at": str}, pk="id",
                          if_not_exists=True)
    db.table("disputes").create_index(["agency_id", "state"], if_not_exists=True)
    db.table("audit_log").create({"id": int, "at": str, "username": str, "role": str, "action": str, "target": str,
                            "detail": str}, pk="id", if_not_exists=True)


def _v18(db: sqlite_utils.Database) -> None:
    # A 304 is archived as a revisit of the URL's newest capture (crawler/archive.py): without an index on url that
    # lookup scanned every capture made since, on the crawler's reactor thread (measured: 28 ms per 304 at 100,000
    # captures; 0.01 ms with the index) — a cached national night would have slowed with every page it archived.
    db.table("captures").create_index(["url"], if_not_exists=True)


def _v19(db: sqlite_utils.Database) -> None:
    # A page whose links reached the crawl's bound (crawl.max_links) was read in part: what its other links lead to
    # is not known (rules/coverage.py: an item not found may be there)
    _add_columns(db, "pages", {"links_cut": int})


def _v20(db: sqlite_utils.Database) -> None:
    # ... and a page whose text reached crawl.max_text_chars: its rows past the cut (this year's table under
    # next year's) were not read either
    _add_columns(db, "pages", {"text_cut": int})


def _v21(db: sqlite_utils.Database) -> None:
    # A document read up to a bound (a workbook's rows past crawl.max_rows, scanned pages past the OCR budget, a PDF's
    # pages past 300): what was read is judged, and an item not found in it may be in the rest (rules/coverage.py)
    _add_columns(db, "pages", {"part_unread": str})


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8, _v9, _v10, _v11, _v12,
                                                              _v13, _v14, _v15, _v16, _v17, _v18, _v19, _v20, _v21]
SCHEMA_VERSION = len(MIGRATIONS)


def inserted_id(table: sqlite_utils.db.Table) -> int:
    """The primary key of the row ``table.insert(...)`` just wrote (an integer id: every table here that is
    inserted into by id has one)."""
    if table.last_pk is None:
        raise RuntimeError(f"no row was inserted into {table.name}")
    return int(table.last_pk)


@contextmanager
def writing(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """A write transaction that takes the write lock first (``BEGIN IMMEDIATE``), waiting up to the busy timeout.

    During a crawl two processes write: the crawler its pages, the ``oit`` process the findings of each agency
    done. A transaction that reads before it writes (sqlite-utils checks the table first) would otherwise fail at
    once with "database is locked" when the other committed in between, instead of waiting its turn."""
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.commit()


def open_db(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) the OIT Watch database at ``path`` and bring its schema up to date."""
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
    db = sqlite_utils.Database(conn)
    if str(path) != ":memory:":
        db.enable_wal()
    db.execute("PRAGMA busy_timeout = 30000")
    db.execute("PRAGMA foreign_keys = ON")
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise RuntimeError(f"{path}: schema version {version} is newer than this OIT Watch ({SCHEMA_VERSION})")
    for number in range(version, SCHEMA_VERSION):
        with db.conn:
            MIGRATIONS[number](db)
            db.execute(f"PRAGMA user_version = {number + 1}")
    return db


def open_readonly(path: str | Path) -> sqlite_utils.Database:
    """Open an existing database read-only (``mode=ro``: no write, no migration), as the web interface reads it."""
    conn = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True, timeout=30, check_same_thread=False)
    return sqlite_utils.Database(conn)


def open_unmigrated(path: str | Path) -> sqlite_utils.Database:
    """Open an existing database as it is, without bringing its schema up to date: for a reader beside the process
    that owns it (the crawl's progress), which must not take the write lock to migrate."""
    return sqlite_utils.Database(sqlite3.connect(str(path), timeout=30, check_same_thread=False))
