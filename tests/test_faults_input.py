"""Hostile input, round two: registry workbooks that are bombs, host names with spaces, raw HTML in the Markdown
report, a page number SQLite cannot hold, and command-line values that must be refused with a clear message."""
import json
import resource
import time

import pytest
from click.testing import CliRunner

from oit.cli import main
from reports.agency import agency_report, render_md
from rules.rulebook import load_rulebook
from storage import open_db
from storage.agencies import import_agencies
from storage.runs import now
from tests.hostile import xlsx_empty_rows, xlsx_shared_string_bomb
from tests.test_hostile_input import HEADER
from web.app import create_app

SCRIPT = "<script>alert('x')</script>"


@pytest.mark.parametrize("workbook, message", [(lambda: xlsx_shared_string_bomb(80), "unpacks to"),
                                               (lambda: xlsx_empty_rows((b"id", b"name_th", b"url")), "rows")])
def test_registry_workbook_bombs_are_refused_quickly(tmp_path, workbook, message):
    path = tmp_path / "reg.xlsx"
    path.write_bytes(workbook())
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()
    with pytest.raises(ValueError, match=message):
        import_agencies(open_db(tmp_path / "oit.db"), path)
    assert time.monotonic() - started < 10
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 300 * 1024  # KB


def test_a_url_with_a_space_in_its_host_is_refused(tmp_path):
    path = tmp_path / "reg.csv"
    path.write_text(HEADER + "a,อบต.เอ,,,,http://www.a .go.th/,\nb,อบต.บี,,,,https://www.b.go.th/,\n"
                             "c,อบต.ซี,,,,https://www.อบต.go.th/,\n", encoding="utf-8")
    report = import_agencies(open_db(tmp_path / "oit.db"), path)
    assert report.ids == ["b", "c"]
    assert report.problems[0].startswith("reg.csv line 2: URL has no valid host name")


@pytest.fixture
def scripted_db(tmp_path):
    """A complete run whose agency name, evidence page title and finding reason carry raw HTML."""
    db_path = tmp_path / "oit.db"
    db = open_db(db_path)
    db["agencies"].insert({"id": "evil", "name_th": f"อบต.{SCRIPT}", "name_en": "", "type": "", "province": "",
                           "url": "https://www.evil.go.th/", "contact_email": "", "notify_url": ""})
    run = db["runs"].insert({"started_at": now(), "finished_at": now(), "state": "complete", "year": 2566,
                             "rulebook_version": "t", "agencies": 1, "pages": 1, "errors": 0}).last_pk
    db["run_agencies"].insert({"run_id": run, "agency_id": "evil", "state": "crawled"})
    db["findings"].insert_all([{"run_id": run, "agency_id": "evil", "item": item.code, "year": 2566, "status": "partial",
                                "reason_th": f"พบ {SCRIPT} <img src=x onerror=alert(1)>", "reason_en": SCRIPT,
                                "checked_at": now(), "signals": "[]", "evidence": json.dumps(["https://www.evil.go.th/ok"])}
                               for item in load_rulebook(2566).items])
    return db_path


def test_the_markdown_report_carries_no_raw_html(scripted_db):
    markdown = render_md(agency_report(open_db(scripted_db), "evil"))
    assert "<script" not in markdown.lower() and "<img" not in markdown.lower()
    assert "&lt;script&gt;" in markdown and "https://www.evil.go.th/ok" in markdown
    out = scripted_db.parent / "report.md"
    result = CliRunner().invoke(main, ["--db", str(scripted_db), "report", "--agency", "evil", "--format", "md",
                                       "--out", str(out)])
    assert result.exit_code == 0 and "<script" not in out.read_text(encoding="utf-8").lower()


def test_a_huge_page_number_is_a_400_not_a_500(scripted_db):
    client = create_app(scripted_db).test_client()
    for page in (str(10 ** 30), str(2 ** 62)):
        answer = client.get(f"/agencies?page={page}")
        assert answer.status_code in (200, 400), (page, answer.status_code)
        assert answer.status_code == 400 or "evil" not in answer.get_data(as_text=True)
    assert client.get("/agencies?page=1").status_code == 200
    assert client.get("/agencies?min_failing=" + "9" * 40).status_code == 200


def test_prune_refuses_a_negative_count(scripted_db):
    result = CliRunner().invoke(main, ["--db", str(scripted_db), "prune", "--keep-runs", "-3"])
    assert result.exit_code == 2 and "-3" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("content", [b"id,name_th,url\na,b,c\n" * 100, b"SQLite format 3\x00" + b"\xff" * 5000])
def test_db_pointing_at_a_file_that_is_not_a_database_is_a_clear_error(tmp_path, content):
    path = tmp_path / "agencies.csv"
    path.write_bytes(content)
    result = CliRunner().invoke(main, ["--db", str(path), "runs"])
    assert result.exit_code == 1 and "not an OIT Watch database" in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert path.read_bytes() == content  # nothing written into someone's file
