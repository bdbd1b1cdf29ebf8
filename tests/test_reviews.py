"""Reviewers' decisions (issue 23, part 2) over the real farm, the nightly cycle and a real SMTP server: an override
survives the next night's crawl, stops the alert, changes the score, and re-opens when the evidence changes."""
from __future__ import annotations

import pytest
import yaml
from click.testing import CliRunner

from oit import scheduler
from farm.server import Farm
from oit.cli import main
from reports.agency import agency_report
from reports.exports import matrix
from service.scores import run_scores
from storage import open_db
from storage.agencies import import_agencies
from storage.diff import diff_runs
from storage.findings import query_findings
from storage.reviews import review_list, set_review
from tests.test_alerts import overrides, registry, smtp  # noqa: F401  (smtp: the fixture, aiosmtpd on loopback)


def _o5(db, run_id):
    return next(f for f in query_findings(db, run_id, agency="huaisai") if f["item"] == "O5")


def _score(db, run_id):
    return next(s["estimated_score"] for s in run_scores(db, run_id) if s["agency_id"] == "huaisai")


def _mail_to_huaisai(inbox):
    return [m for rcpt, m in inbox.messages if rcpt == ["saraban@huaisai.go.th"]]


@pytest.mark.slow
def test_override_holds_stops_the_alert_changes_the_score_and_reopens(tmp_path, sites_copy, smtp):  # noqa: F811
    controller, inbox = smtp
    db_path = tmp_path / "oit.db"
    db = open_db(db_path)
    import_agencies(db, registry(tmp_path, ids=("huaisai",)))
    contact = sites_copy / "www.huaisai.go.th/items/o05.html"
    with Farm(sites_copy, hang_seconds=4) as farm:
        settings = overrides(farm, controller.port)
        first = scheduler.run_cycle(None, str(db_path), settings)["run_id"]
        assert _o5(db, first)["status"] == "partial" and inbox.messages == []  # the engine: no fax, no map
        engine_score = _score(db, first)

        # the auditor saw the fax number and the map in the footer's image: a false alarm
        cli = ["--db", str(db_path), "review", "set", "--agency", "huaisai", "--item", "O5", "--status", "pass",
               "--note", "โทรสารและแผนที่อยู่ในภาพส่วนท้าย", "--by", "auditor.korat"]
        assert CliRunner().invoke(main, cli).exit_code == 0
        assert _score(db, first) > engine_score  # the score counts the reviewed verdict

        second = scheduler.run_cycle(None, str(db_path), settings)["run_id"]
        engine = db.execute("SELECT status FROM findings WHERE run_id = ? AND item = 'O5'", [second]).fetchone()[0]
        reviewed = _o5(db, second)
        assert engine == "partial" and reviewed["status"] == "pass"  # the decision carries to the next night
        assert reviewed["reviewed"]["by"] == "auditor.korat" and "auditor.korat" in reviewed["reason_th"]
        mails = _mail_to_huaisai(inbox)  # the other items failing two nights are alerted; O5 is not
        assert len(mails) == 1 and "O12" in mails[0].get_content() and "O5 " not in mails[0].get_content()
        changes = {d.agency_id: d for d in diff_runs(db, first, second)}["huaisai"]
        assert "O5" not in {f["item"] for f in changes.newly_failing + changes.still_failing}
        assert _score(db, second) > engine_score
        report = agency_report(db, "huaisai", second)  # the assessors' report (and the agency page built from it)
        row = next(r for group in report["groups"] for r in group["rows"] if r["item"].code == "O5")
        assert row["finding"]["status"] == "pass" and "ผู้ตรวจทาน auditor.korat" in row["finding"]["reason_th"]
        assert matrix(db, second)["agencies"][0]["statuses"]["O5"] == "pass"  # the export matrix
        assert [r["state"] for r in review_list(db)] == ["holds"]

        # the contact page changes (still without fax or map): the decision no longer holds; look again
        contact.write_text(contact.read_text(encoding="utf-8").replace(
            "<p>โทรศัพท์", "<p>เวลาทำการ จันทร์–ศุกร์ 08.30–16.30 น.</p><p>โทรศัพท์"), encoding="utf-8")
        inbox.messages.clear()
        third = scheduler.run_cycle(None, str(db_path), settings)["run_id"]
        reopened = _o5(db, third)
        assert reopened["status"] == "partial" and reopened["review_state"] == "evidence_changed"
        assert [r["state"] for r in review_list(db)] == ["evidence_changed"]
        stale = CliRunner().invoke(main, ["--db", str(db_path), "review", "list", "--stale"])
        assert "O5" in stale.output and "หลักฐานเปลี่ยน" in stale.output
        assert not any("O5 " in m.get_content() for m in _mail_to_huaisai(inbox))  # one night is not yet an alert
        scheduler.run_cycle(None, str(db_path), settings)
        assert any("O5 ข้อมูลการติดต่อ" in m.get_content() for m in _mail_to_huaisai(inbox))  # alerted again

    stats = CliRunner().invoke(main, ["--db", str(db_path), "review", "stats"])
    assert "O5" in stats.output and "in 0 of 1 decisions" in stats.output

    exported = CliRunner().invoke(main, ["--db", str(db_path), "review", "export"])
    verdicts = list(yaml.safe_load_all(exported.output))
    assert verdicts == [{"agency": "huaisai", "year": 2566, "items": {"O5": {
        "status": "pass", "why": "reviewed: โทรสารและแผนที่อยู่ในภาพส่วนท้าย", "engine": "partial",
        "reviewer": "auditor.korat", "reviewed_at": verdicts[0]["items"]["O5"]["reviewed_at"], "run": first}}}]


def test_a_decision_needs_a_finding_a_status_and_a_reviewer(tmp_path):
    db = open_db(tmp_path / "oit.db")
    with pytest.raises(LookupError):
        set_review(db, 1, "huaisai", "O5", "pass", "note", "someone")
    with pytest.raises(ValueError):
        set_review(db, 1, "huaisai", "O5", "fine", "note", "someone")
    with pytest.raises(ValueError):
        set_review(db, 1, "huaisai", "O5", "pass", "note", " ")
