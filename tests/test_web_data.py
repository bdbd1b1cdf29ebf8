"""The web UI's queries and helpers without a browser: precomputed per-agency stats follow the findings whoever
writes them, the watch list's scores and newly-failing counts, plain causes for crawl errors, highlights, diffs."""
import doctest

import pytest

import storage.stats
import web.causes
import web.evidence
from storage import open_db
from web import data
from web.causes import cause, plain_reason
from web.evidence import highlight, side_by_side, unified


def test_doctests_of_web_helpers():
    for module in (web.causes, web.evidence, data, storage.stats):  # thai_sort_key moved to the store's reads
        assert doctest.testmod(module).failed == 0


@pytest.mark.parametrize("raw, kind, words", [
    ("[<twisted.python.failure.Failure twisted.internet.error.DNSLookupError: DNS lookup failed: no results>]", "dns", "DNS"),
    ("Getting http://www.x.go.th/ took longer than 2.0 seconds.", "timeout", "หมดเวลา"),
    ("User timeout caused connection failure.", "timeout", "หมดเวลา"),
    ("[<twisted.python.failure.Failure twisted.internet.error.ConnectionRefusedError: Connection was refused>]", "refused", "ปฏิเสธ"),
    ("[<twisted.python.failure.Failure OpenSSL.SSL.Error: [('SSL routines', '', 'certificate verify failed')]>]", "tls", "TLS"),
    ("[<twisted.python.failure.Failure twisted.internet.error.ConnectionDone: Connection was closed cleanly.>]", "closed", "ปิดการเชื่อมต่อ"),
    ("HTTP 404", "http", "HTTP 404"),
    ("HTTP 503", "http", "HTTP 503"),
    ("something nobody expected", "other", "เข้าถึงเว็บไซต์ไม่ได้"),
])
def test_crawl_errors_in_plain_words(raw, kind, words):
    found = cause(raw)
    assert found["kind"] == kind and words in found["th"]
    assert "twisted" not in found["th"] + found["en"] and "Failure" not in found["en"]


def test_unchecked_reason_is_rewritten_and_others_kept():
    raw = "เข้าถึงเว็บไซต์ไม่ได้ ([<twisted.python.failure.Failure twisted.internet.error.DNSLookupError)"
    assert plain_reason(raw, "th").startswith("ไม่ได้ตรวจ: ไม่พบชื่อเว็บไซต์ในระบบ DNS")
    assert plain_reason("ไม่พบข้อมูล", "th") == "ไม่พบข้อมูล"


def test_highlight_marks_terms_thai_digit_years_and_abbreviated_months():
    kinds = [(text, kind) for text, kind in highlight("แผนการจัดซื้อ ปี ๒๕๖๖ ต.ค. 65 – มี.ค. 66", ["แผนการจัดซื้อ"]) if kind]
    assert kinds == [("แผนการจัดซื้อ", "term"), ("๒๕๖๖", "year"), ("ต.ค.", "month"), ("มี.ค.", "month")]
    assert "".join(text for text, _ in highlight("a <b> ค.ศ.", [])) == "a <b> ค.ศ."  # nothing lost


def test_text_diff_unified_and_side_by_side():
    before, after = "ประกาศ ณ วันที่ 15 ธันวาคม 2566\nหัวข้อ ก", "ประกาศ ณ วันที่ 20 มกราคม 2567\nหัวข้อ ก"
    lines = unified(before, after, "run 1", "run 2")
    assert ("-ประกาศ ณ วันที่ 15 ธันวาคม 2566", "del") in lines and ("+ประกาศ ณ วันที่ 20 มกราคม 2567", "add") in lines
    rows = side_by_side(before, after)
    assert rows[0] == {"left": "ประกาศ ณ วันที่ 15 ธันวาคม 2566", "right": "ประกาศ ณ วันที่ 20 มกราคม 2567", "kind": "replace"}
    assert rows[1]["kind"] == "equal" and unified("x", "x", "a", "b") == []


def _finding(run_id, agency, item, status):
    return {"run_id": run_id, "agency_id": agency, "item": item, "year": 2566, "status": status, "reason_th": "-",
            "reason_en": "-", "evidence": "[]", "signals": "[]"}


@pytest.fixture
def small(tmp_path):
    """Two complete runs of three agencies; 'down' could not be reached in run 2."""
    db = open_db(tmp_path / "oit.db")
    db["agencies"].insert_all([{"id": a, "name_th": a, "province": p, "type": "อบต.", "url": f"http://{a}.go.th/"}
                               for a, p in (("a", "ขอนแก่น"), ("b", "ขอนแก่น"), ("down", "สงขลา"))])
    statuses = {1: {"a": ["pass", "pass", "pass"], "b": ["pass", "missing", "pass"], "down": ["pass", "pass", "pass"]},
                2: {"a": ["missing", "partial", "pass"], "b": ["pass", "missing", "pass"],
                    "down": ["unchecked", "unchecked", "unchecked"]}}
    for run_id, by_agency in statuses.items():
        db["runs"].insert({"id": run_id, "started_at": f"2026-11-2{run_id}T18:00:00+00:00", "state": "complete",
                           "year": 2566, "rulebook_version": "2566.1", "agencies": 3, "pages": 0, "errors": 0})
        for agency, items in by_agency.items():
            db["run_agencies"].insert({"run_id": run_id, "agency_id": agency, "pages": 1, "errors": 0,
                                       "state": "unreachable" if "unchecked" in items else "crawled",
                                       "home_error": "DNSLookupError" if "unchecked" in items else "",
                                       "finished_at": f"2026-11-2{run_id}T18:30:00+00:00"})
            db["findings"].insert_all(_finding(run_id, agency, f"O{n + 1}", s) for n, s in enumerate(items))
    db["runs"].insert({"id": 3, "started_at": "2026-11-23T18:00:00+00:00", "state": "running", "year": 2566})
    db["run_agencies"].insert({"run_id": 3, "agency_id": "a", "state": "crawled"})
    data.prepare(db)
    return db


def recomputed(db):
    return {(r["run_id"], r["agency_id"]): (r["p"], r["f"], r["u"], r["t"]) for r in db.query(
        "SELECT run_id, agency_id, sum(status = 'pass') p, sum(status IN ('partial', 'missing', 'broken')) f, "
        "sum(status = 'unchecked') u, count(*) t FROM findings GROUP BY 1, 2")}


def stored(db):
    return {(r["run_id"], r["agency_id"]): (r["passed"], r["failing"], r["unchecked"], r["total"])
            for r in db.query("SELECT * FROM run_agency_stats WHERE total > 0")}


def test_precomputed_stats_follow_inserts_deletes_and_updates(small):
    assert stored(small) == recomputed(small)
    with small.conn:  # what `oit evaluate` does: delete an agency's findings and write them again, changed
        small.execute("DELETE FROM findings WHERE run_id = 2 AND agency_id = 'a'")
        small["findings"].insert_all(_finding(2, "a", f"O{n}", "pass") for n in (1, 2, 3))
        small.execute("UPDATE findings SET status = 'broken' WHERE run_id = 2 AND agency_id = 'b' AND item = 'O3'")
    assert stored(small) == recomputed(small)
    mask = small.execute("SELECT failing_mask, passing_mask FROM run_agency_stats WHERE run_id = 2 AND agency_id = 'b'").fetchone()
    assert mask == ((1 << 2) | (1 << 3), 1 << 1)
    counts = {(r["item"], r["status"]): r["n"] for r in small.query("SELECT * FROM run_status_counts WHERE run_id = 2 AND n > 0")}
    assert counts == {**counts, ("O3", "broken"): 1, ("O3", "pass"): 1, ("O3", "unchecked"): 1}


def test_watch_list_scores_newly_failing_and_unreachable(small):
    rows, total = data.watch_list(small, sort="name")
    by_id = {r["id"]: r for r in rows}
    assert total == 3
    assert by_id["a"]["run_id"] == 2  # the running run 3 is never read
    assert (by_id["a"]["score"], by_id["a"]["failing"], by_id["a"]["newly"]) == (33.3, 2, 2)
    assert (by_id["b"]["score"], by_id["b"]["failing"], by_id["b"]["newly"]) == (66.7, 1, 0)  # O2 failed before too
    assert (by_id["down"]["score"], by_id["down"]["failing"], by_id["down"]["newly"]) == (None, None, None)
    assert [r["id"] for r in data.watch_list(small, newly_only=True)[0]] == ["a"]
    assert [r["id"] for r in data.watch_list(small, reachable="no")[0]] == ["down"]
    assert [r["id"] for r in data.watch_list(small, sort="score", descending=True)[0]] == ["b", "a", "down"]
    assert [r["id"] for r in data.watch_list(small, sort="score")[0]] == ["a", "b", "down"]  # no score: last
    page, total = data.watch_list(small, sort="name", page=2, per_page=2)
    assert [r["id"] for r in page] == ["down"] and total == 3
    assert data.watch_list(small, page=9, per_page=2) == ([], 3)


def test_the_previous_run_of_an_agency_is_one_answer_for_the_watch_list_and_the_report(small):
    """Issue 20: the web and the assessors' report disagreed on "the previous run". A complete run that did not
    cover the agency (run 4 checked only 'b') is not its previous run, for the watch list's newly failing and for
    the report's previous column alike: run 5's previous run for 'a' is run 2."""
    from reports.agency import agency_report
    from storage.runs import agency_complete_run

    for run_id, by_agency in ((4, {"b": ["pass"] * 3}), (5, {"a": ["pass", "pass", "missing"], "b": ["pass"] * 3})):
        small["runs"].insert({"id": run_id, "started_at": f"2026-11-2{run_id}T18:00:00+00:00", "state": "complete",
                              "year": 2566, "rulebook_version": "2566.1", "agencies": 2, "pages": 0, "errors": 0})
        for agency, items in by_agency.items():
            small["run_agencies"].insert({"run_id": run_id, "agency_id": agency, "pages": 1, "errors": 0,
                                          "state": "crawled", "home_error": "",
                                          "finished_at": f"2026-11-2{run_id}T18:30:00+00:00"})
            small["findings"].insert_all(_finding(run_id, agency, f"O{n + 1}", s) for n, s in enumerate(items))
    assert agency_complete_run(small, "a")["id"] == 5
    assert agency_complete_run(small, "a", before=5)["id"] == 2
    assert agency_complete_run(small, "b", before=5)["id"] == 4
    by_id = {r["id"]: r for r in data.watch_list(small, per_page=None)[0]}
    assert (by_id["a"]["run_id"], by_id["a"]["newly"]) == (5, 1)  # O3 passed in run 2, not "no run 4 for a"
    report = agency_report(small, "a", 5)
    assert report["previous_run"] == 2
    assert {row["item"].code: row["previous"] for g in report["groups"] for row in g["rows"]} == \
        {"O1": "missing", "O2": "partial", "O3": "pass"}


def test_item_rates_and_trend_leave_unreachable_sites_out(small):
    rates = {r["item"]: (r["passed"], r["total"]) for r in data.item_rates(small, 2)}
    assert rates == {"O1": (1, 2), "O2": (0, 2), "O3": (2, 2)}
    trend = data.agency_trend(small, "down")
    assert [t["score"] for t in trend] == [100.0, None]
    assert data.latest_complete(small)["id"] == 2


def test_newly_failing_by_masks_equals_joining_the_runs(small):
    by_masks = data.newly_failing(small, 2, 1, 2566)
    by_join = data.newly_failing(small, 2, 1, None)
    assert by_masks == by_join
    groups, count = by_masks
    assert count == 2 and [g["agency_id"] for g in groups] == ["a"]
    assert [i["item"] for i in groups[0]["items"]] == ["O1", "O2"]


def test_thai_names_sort_in_dictionary_order(small):
    assert data.thai_sort_key("เทศบาล") < data.thai_sort_key("องค์การ")
    with small.conn:
        small["agencies"].insert_all([{"id": "t1", "name_th": "เทศบาลตำบลทุ่งใหญ่"}, {"id": "t2", "name_th": "กรมทดสอบ"},
                                      {"id": "t3", "name_th": "องค์การบริหารส่วนตำบลโคกเจริญ"}])
    names = [r["name_th"] for r in data.watch_list(small, sort="name", reachable="never")[0]]
    assert names == ["กรมทดสอบ", "เทศบาลตำบลทุ่งใหญ่", "องค์การบริหารส่วนตำบลโคกเจริญ"]


def test_never_checked_agency_and_a_database_with_only_a_running_crawl(small, tmp_path):
    from web.app import create_app
    with small.conn:
        small["agencies"].insert({"id": "fresh", "name_th": "อบต.ใหม่", "url": "javascript:alert(1)"})
    client = create_app(tmp_path / "oit.db").test_client()
    page = client.get("/agency/fresh").get_data(as_text=True)
    assert "ยังไม่เคยตรวจ" in page and 'href="javascript' not in page
    assert "fresh" in client.get("/agencies?reachable=never").get_data(as_text=True)
    empty = open_db(tmp_path / "empty.db")
    empty["runs"].insert({"id": 1, "started_at": "2026-11-22T18:00:00+00:00", "state": "running", "year": 2566})
    client = create_app(tmp_path / "empty.db").test_client()
    assert "ยังไม่มีผลการตรวจ" in client.get("/").get_data(as_text=True)
    assert client.get("/findings").status_code == 200 and client.get("/agencies").status_code == 200
    assert client.get("/item/O1").status_code == 404 and client.get("/runs").status_code == 200
