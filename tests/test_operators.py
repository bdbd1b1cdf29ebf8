"""What an operator meets: crawl progress by agencies finished, registry files that cannot be read as they are,
URLs typed by hand, a misspelled OIT_* variable, a paused agency, and a mistyped --db for the nightly cycle."""
from __future__ import annotations

import io
import subprocess
import sys

import pytest
from click.testing import CliRunner

from oit import settings as settings_mod
from oit.cli import main
from oit.progress import CrawlProgress
from storage import open_db
from storage.agencies import import_agencies
from tests.conftest import ROOT


def test_progress_counts_agencies_finished_not_started(tmp_path):
    db = open_db(tmp_path / "oit.db")
    out = io.StringIO()
    with CrawlProgress(tmp_path / "oit.db", total=3, stream=out, tty=False, every=3600, poll=0.05):
        with db.conn:
            run_id = db["runs"].insert({"state": "running", "year": 2566}).last_pk
            db["pages"].insert_all([{"run_id": run_id, "agency_id": a, "url": f"http://www.{a}.go.th/"} for a in "abc"])
            db["run_agencies"].insert({"run_id": run_id, "agency_id": "a", "state": "crawled"})  # only a is done
    assert "หน่วยงาน/agencies 1/3" in out.getvalue()


def _write(path, text: str):
    path.write_text(text, encoding="utf-8")
    return path


def test_a_registry_with_a_wrong_header_or_semicolons_names_the_missing_columns_and_fails(tmp_path):
    db = open_db(tmp_path / "oit.db")
    semi = _write(tmp_path / "semi.csv", "id;name_th;url\nx;อบต.เอ็กซ์;http://www.x.go.th/\n")
    with pytest.raises(ValueError, match=r"lacks the column\(s\) id, name_th, url.*separated by ';'"):
        import_agencies(db, semi)
    wrong = _write(tmp_path / "wrong.csv", "code,name,url\nx,อบต.เอ็กซ์,http://www.x.go.th/\n")
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "oit.db"), "agencies", "import", str(wrong)])
    assert result.exit_code == 1 and "lacks the column(s) id, name_th" in result.output and "Traceback" not in result.output
    assert db["agencies"].count == 0


def test_a_url_without_a_scheme_is_taken_as_http_and_an_unparseable_one_is_refused(tmp_path):
    db = open_db(tmp_path / "oit.db")
    registry = _write(tmp_path / "r.csv", "id,name_th,url\n"
                      "bare,อบต.หนึ่ง,www.bare.go.th/\n"
                      "spaced,อบต.สอง,http://www.spa ced.go.th/\n"
                      "bracket,อบต.สาม,http://[www.x.go.th/\n")
    report = import_agencies(db, registry)
    assert report.ids == ["bare"] and db["agencies"].get("bare")["url"] == "http://www.bare.go.th/"
    assert len(report.problems) == 2 and all("line" in p for p in report.problems)


def test_a_misspelled_oit_variable_is_reported(capsys):
    settings_mod.load(None, env={"OIT_CRAWL_MAXPAGES": "30", "OIT_CRAWL_MAX_PAGES": "40"})
    err = capsys.readouterr().err
    assert "unknown environment variable OIT_CRAWL_MAXPAGES" in err and "did you mean OIT_CRAWL_MAX_PAGES" in err
    assert "OIT_CRAWL_MAX_PAGES (" not in err


def test_alerts_of_an_agency_can_be_paused_and_resumed_from_the_cli(tmp_path):
    db = open_db(tmp_path / "oit.db")
    import_agencies(db, _write(tmp_path / "r.csv", "id,name_th,url\nx,อบต.เอ็กซ์,http://www.x.go.th/\n"))
    cli = CliRunner()
    result = cli.invoke(main, ["--db", str(tmp_path / "oit.db"), "agencies", "pause", "x", "--until", "2027-03-31"])
    assert result.exit_code == 0, result.output
    assert db["agencies"].get("x")["alerts_paused_until"] == "2027-03-31"
    assert cli.invoke(main, ["--db", str(tmp_path / "oit.db"), "agencies", "resume", "x"]).exit_code == 0
    assert db["agencies"].get("x")["alerts_paused_until"] is None
    wrong = cli.invoke(main, ["--db", str(tmp_path / "oit.db"), "agencies", "pause", "y", "--until", "2027-03-31"])
    assert wrong.exit_code == 1 and "no agency with id 'y'" in wrong.output


def test_a_mistyped_db_for_the_nightly_cycle_creates_nothing_and_prints_no_traceback(tmp_path):
    typo = tmp_path / "typo.db"
    result = subprocess.run([sys.executable, "-m", "oit", "--db", str(typo), "schedule", "--once"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and "does not exist" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr and not typo.exists()
