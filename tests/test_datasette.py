"""The Datasette metadata shipped in examples/: its canned queries run on a real crawled database."""
import sqlite3
from pathlib import Path

import yaml

METADATA = Path(__file__).resolve().parent.parent / "examples" / "datasette-metadata.yml"
PARAMS = {"agency": "huaisai", "province": "นครราชสีมา"}


def test_every_canned_query_runs_and_finds_what_it_names(crawled):
    meta = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    database = meta["databases"]["oit"]
    assert set(database["tables"]) <= {r[0] for r in crawled.db.execute("SELECT name FROM sqlite_master")}
    conn = sqlite3.connect(f"file:{crawled.db_path}?mode=ro", uri=True)
    results = {}
    for name, query in database["queries"].items():
        assert " / " in query["title"] and query["description"]  # Thai / English
        cursor = conn.execute(query["sql"], PARAMS)
        results[name] = [dict(zip([c[0] for c in cursor.description], row)) for row in cursor]
    failing = {r["id"]: r for r in results["failing_items_per_agency"]}
    assert failing["bansample"]["failing"] == 0 and "O12" in failing["huaisai"]["items"].split()
    assert [r["item"] for r in results["agency_findings"]][:3] == ["O1", "O2", "O3"]
    assert results["newly_failing"] == []  # one complete run: nothing to compare with
    assert {r["item"] for r in results["items_by_province"]} >= {"O1", "O43"}
    assert [r["id"] for r in results["unreachable_sites"]] == ["maetha"]
    assert results["runs_overview"][0]["state"] == "complete"


def test_newly_failing_names_an_item_that_passed_the_run_before(crawled, tmp_path):
    from storage import open_db
    db = open_db(tmp_path / "copy.db")
    crawled.db.conn.backup(db.conn)
    with db.conn:  # the next night: the same findings, but bansample's O5 now missing
        again = db["runs"].insert(dict(db["runs"].get(crawled.run_id), id=None)).last_pk
        columns = "agency_id, item, year, status, reason_th, reason_en, evidence, signals, checked_at"
        db.execute(f"INSERT INTO findings (run_id, {columns}) SELECT ?, {columns} FROM findings WHERE run_id = ?",
                   [again, crawled.run_id])
        db.execute("UPDATE findings SET status = 'missing' WHERE run_id = ? AND agency_id = 'bansample' AND item = 'O5'",
                   [again])
    query = yaml.safe_load(METADATA.read_text(encoding="utf-8"))["databases"]["oit"]["queries"]["newly_failing"]
    rows = db.execute(query["sql"]).fetchall()
    assert [(r[0], r[3], r[4]) for r in rows] == [("bansample", "O5", "missing")]
