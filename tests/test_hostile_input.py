"""Hostile input: registry files, settings, command-line values, and what reports and exports let through."""
import csv
import io
import json
import subprocess
import sys

import openpyxl
import pytest
from click.testing import CliRunner

from oit.cli import main
from reports.agency import agency_report, render_md, render_xlsx
from oit.settings import load
from rules.rulebook import load_rulebook
from storage import open_db
from storage.agencies import import_agencies
from reports.exports import findings_csv, findings_xlsx
from storage.findings import query_findings
from storage.runs import now
from tests.hostile import ROOT

HEADER = "id,name_th,name_en,type,province,url,contact_email\n"


# -- registry ---------------------------------------------------------------------------------------------
def test_a_broken_url_is_reported_with_file_and_line_and_the_rest_imports(tmp_path):
    path = tmp_path / "reg.csv"
    path.write_text(HEADER + "a,อบต.เอ,,,,http://[::1/,\n"
                             "b,อบต.บี,,,,http://www.b.go.th:99999/,\n"
                             "c,อบต.ซี,,,,https://www.c.go.th/,\n", encoding="utf-8")
    report = import_agencies(open_db(tmp_path / "oit.db"), path)
    assert report.ids == ["c"]
    assert report.problems[0].startswith("reg.csv line 2: URL is not valid")
    assert report.problems[1].startswith("reg.csv line 3: URL is not valid")


def test_line_breaks_in_names_and_emails_are_rejected(tmp_path):
    path = tmp_path / "reg.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "name_th", "url", "contact_email"])
        writer.writerow(["a", "อบต.เอ\nBcc: x@evil.example", "https://www.a.go.th/", ""])
        writer.writerow(["b", "อบต.บี", "https://www.b.go.th/", "saraban@b.go.th\r\nBcc: x@evil.example"])
        writer.writerow(["c", "อบต.ซี", "https://www.c.go.th/", "saraban@c.go.th, other@c.go.th"])
        writer.writerow(["d", "อบต.ดี", "https://www.d.go.th/", "saraban@d.go.th"])
    report = import_agencies(open_db(tmp_path / "oit.db"), path)
    assert report.ids == ["d"]
    assert [p.split(":")[0] for p in report.problems] == ["reg.csv line 2", "reg.csv line 4", "reg.csv line 6"]
    assert "name_th" in report.problems[0] and "contact_email" in report.problems[1]


def test_sites_outside_go_th_are_warned_or_skipped_as_set(tmp_path):
    path = tmp_path / "reg.csv"
    path.write_text(HEADER + "a,อบต.เอ,,,,https://www.a.go.th/,\nb,อบต.บี,,,,https://www.b-tambon.com/,\n",
                    encoding="utf-8")
    warned = import_agencies(open_db(tmp_path / "1.db"), path)
    assert warned.ids == ["a", "b"] and len(warned.warnings) == 1
    assert "line 3" in warned.warnings[0] and "www.b-tambon.com" in warned.warnings[0] and "warning" in str(warned)
    assert not import_agencies(open_db(tmp_path / "2.db"), path, "allow").warnings
    assert import_agencies(open_db(tmp_path / "3.db"), path, "skip").ids == ["a"]


def test_a_corrupt_xlsx_and_an_overlong_csv_field_are_clear_errors(tmp_path):
    corrupt = tmp_path / "reg.xlsx"
    corrupt.write_bytes(b"PK\x03\x04 this is not really a workbook")
    with pytest.raises(ValueError, match="reg.xlsx: not a readable XLSX workbook"):
        import_agencies(open_db(tmp_path / "oit.db"), corrupt)
    long = tmp_path / "long.csv"
    long.write_text(HEADER + "a,อบต.เอ,,,,https://www.a.go.th/,\nb," + "ก" * 200_000 + ",,,,https://b.go.th/,\n",
                    encoding="utf-8")
    with pytest.raises(ValueError, match=r"long.csv line 3: field larger than field limit"):
        import_agencies(open_db(tmp_path / "oit.db"), long)
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "oit.db"), "agencies", "import", str(corrupt)])
    assert result.exit_code == 1 and "not a readable XLSX workbook" in result.output and "Traceback" not in result.output


# -- settings and flags -------------------------------------------------------------------------------------
@pytest.mark.parametrize("toml, message", [
    ('[crawl]\nmax_pages = "lots"\n', "crawl.max_pages: Input should be a valid integer"),
    ("[crawl]\nmax_pages = 0\n", "crawl.max_pages: Input should be greater than 0"),
    ("[crawl]\ntimeout = -5\n", "crawl.timeout: Input should be greater than 0"),
    ('[alerts]\nsmtp_security = "maybe"\n', "alerts.smtp_security: Input should be 'none', 'starttls' or 'ssl'"),
    ("[alerts]\nsmtp_port = 99999\n", "alerts.smtp_port: Input should be less than or equal to 65535"),
    ('[schedule]\ncron = "every night"\n', "schedule.cron: Value error, not a cron expression"),
    ('[crawl]\nrobots = "yes please"\n', "crawl.robots: Input should be a valid boolean"),
])
def test_bad_settings_are_a_clear_message(tmp_path, toml, message):
    path = tmp_path / "oit.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(SystemExit, match="invalid settings") as exc:
        load(path, env={})
    assert message in str(exc.value) and f"settings file {path}" in str(exc.value)


def test_a_bad_environment_variable_is_named_and_the_command_exits_non_zero(tmp_path):
    with pytest.raises(SystemExit, match="OIT_CRAWL_MAX_PAGES"):
        load(None, env={"OIT_CRAWL_MAX_PAGES": "abc"})
    env = {"OIT_CRAWL_MAX_PAGES": "abc", "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "oit", "--db", str(tmp_path / "oit.db"), "agencies", "list"],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode != 0 and "crawl.max_pages" in done.stderr and "Traceback" not in done.stderr


def test_serve_on_an_impossible_port_fails_fast(tmp_path):
    open_db(tmp_path / "oit.db")
    done = subprocess.run([sys.executable, "-m", "oit", "--db", str(tmp_path / "oit.db"), "serve", "--port", "99999"],
                          capture_output=True, text=True, timeout=20, cwd=tmp_path,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 2 and "99999" in done.stderr


# -- reports and exports ----------------------------------------------------------------------------------
HOSTILE_URLS = ["javascript:alert(1)", "java\tscript:alert(2)", "\x01javascript:alert(3)", "data:text/html,<script>",
                "JAVASCRIPT:alert(4)", "vbscript:msgbox(5)"]


@pytest.fixture
def hostile_db(tmp_path):
    db = open_db(tmp_path / "oit.db")
    db["agencies"].insert({"id": "evil", "name_th": '=HYPERLINK("http://evil.example","คลิก")', "name_en": "+1+1",
                           "type": "@SUM(A1)", "province": "-2+3", "url": "https://www.evil.go.th/",
                           "contact_email": "", "notify_url": ""})
    run = db["runs"].insert({"started_at": now(), "finished_at": now(), "state": "complete", "year": 2566,
                             "rulebook_version": "t", "agencies": 1, "pages": 1, "errors": 0}).last_pk
    db["run_agencies"].insert({"run_id": run, "agency_id": "evil", "state": "crawled"})
    db["findings"].insert_all([{"run_id": run, "agency_id": "evil", "item": item.code, "year": 2566, "status": "pass",
                                "reason_th": "=1+1", "reason_en": "@cmd", "checked_at": now(), "signals": "[]",
                                "evidence": json.dumps(HOSTILE_URLS + ["https://www.evil.go.th/ok"])}
                               for item in load_rulebook(2566).items])
    return db


def test_only_http_evidence_reaches_reports(hostile_db):
    rows = query_findings(hostile_db, agency="evil")
    assert rows and all(r["evidence"] == ["https://www.evil.go.th/ok"] for r in rows)
    markdown = render_md(agency_report(hostile_db, "evil"))
    assert "script" not in markdown.lower() and "https://www.evil.go.th/ok" in markdown


def test_exports_carry_no_live_formula(hostile_db, tmp_path):
    rows = query_findings(hostile_db, agency="evil")
    for record in csv.DictReader(io.StringIO(findings_csv(rows).lstrip("\ufeff"))):
        for column in ("หน่วยงาน", "จังหวัด", "ประเภท", "ผลการตรวจ", "Finding (English)"):
            assert record[column].startswith("'"), (column, record[column])
    out = tmp_path / "f.xlsx"
    findings_xlsx(rows, out)
    render_xlsx(agency_report(hostile_db, "evil"), tmp_path / "r.xlsx")
    for path in (out, tmp_path / "r.xlsx"):
        for row in openpyxl.load_workbook(path).active.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (path.name, cell.coordinate, cell.value)
