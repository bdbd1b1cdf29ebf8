"""A rulebook change is not a site change: the schedule's year is pinned, a new year is adopted on purpose and its
first night is a baseline; nothing is alerted because the list of items changed, nor by an unverified rulebook."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

import rules.families
from oit import scheduler
from alerts.compose import compose_for_run
from farm.server import Farm
from rules.families import rulebooks_for_year
from storage import open_db
from storage.agencies import import_agencies
from storage.rulebook_changes import current_adoption, scheduled_year
from tests.conftest import ROOT
from tests.test_alerts import overrides, registry, smtp  # noqa: F401  (the SMTP fixture)


def test_the_schedule_year_is_pinned_and_the_calendar_alone_never_moves_it(tmp_path, monkeypatch):
    db = open_db(tmp_path / "oit.db")
    monkeypatch.setattr(rules.families, "default_year", lambda today=None: 2566)
    assert scheduled_year(db) == 2566 and current_adoption(db)["reason"] == "pinned"
    monkeypatch.setattr(rules.families, "default_year", lambda today=None: 2570)  # 1 October came
    assert scheduled_year(db) == 2566
    assert scheduled_year(db, configured=2569) == 2569  # general.year in the settings decides when set


def _db_with_runs(tmp_path, years: list[int], statuses: list[dict[str, str]], agency: dict | None = None):
    """A real database whose complete runs judged one agency by ``years[k]`` with ``statuses[k]`` per item."""
    db = open_db(tmp_path / "oit.db")
    db["agencies"].insert({"id": "tambon", "name_th": "อบต.ทดสอบ", "name_en": "", "province": "น่าน",
                           "url": "http://www.tambon.go.th", "contact_email": "it@tambon.go.th", **(agency or {})})
    for run_id, (year, items) in enumerate(zip(years, statuses), start=1):
        db["runs"].insert({"id": run_id, "state": "complete", "year": year, "rulebooks": rulebooks_for_year(year).record(["ita"])})
        db["run_agencies"].insert({"run_id": run_id, "agency_id": "tambon", "state": "crawled"})
        db["findings"].insert_all([{"run_id": run_id, "agency_id": "tambon", "item": code, "year": year, "status": s,
                                    "reason_th": "ไม่พบข้อมูล", "reason_en": "not found", "evidence": "[]"}
                                   for code, s in items.items()])
    return db


def test_items_failing_since_the_rulebook_changed_are_never_alerted(tmp_path):
    passing, failing = {"O5": "pass", "O12": "pass"}, {"O5": "missing", "O12": "pass"}
    db = _db_with_runs(tmp_path, [2566, 2566, 2565, 2565, 2565, 2565],
                       [passing, passing, failing, failing, {"O5": "missing", "O12": "missing"},
                        {"O5": "missing", "O12": "missing"}])
    for run_id in (3, 4):  # the baseline night, and the night after: O5 fails since the change
        assert compose_for_run(db, run_id, consecutive=2) == []
    [message] = compose_for_run(db, 6, consecutive=2)  # O12 broke after the baseline: the site changed
    assert [b["item"] for b in message.payload["broken"]] == ["O12"]


def test_an_unverified_rulebook_alerts_no_agency_unless_the_operator_says_so(tmp_path):
    failing = {"O5": "missing"}
    db = _db_with_runs(tmp_path, [2570, 2570], [failing, failing])
    assert compose_for_run(db, 2, consecutive=2) == []
    assert len(compose_for_run(db, 2, consecutive=2, unverified_rulebooks=True)) == 1


def test_a_paused_agency_is_told_nothing_until_the_date(tmp_path):
    failing = {"O5": "missing"}
    db = _db_with_runs(tmp_path, [2566, 2566], [failing, failing], {"alerts_paused_until": "2999-01-01"})
    assert compose_for_run(db, 2, consecutive=2) == []
    db["agencies"].update("tambon", {"alerts_paused_until": "2000-01-01"})
    assert len(compose_for_run(db, 2, consecutive=2)) == 1


@pytest.mark.slow
def test_switching_the_schedule_to_another_rulebook_alerts_no_agency_and_adopting_starts_a_baseline(tmp_path, smtp):  # noqa: F811
    controller, inbox = smtp
    db_path = tmp_path / "oit.db"
    import_agencies(open_db(db_path), registry(tmp_path))
    with open_db(db_path).conn as conn:  # the sites that answer: a site down is a site fact, alerted whatever the rulebook
        conn.execute("DELETE FROM agencies WHERE id = 'maetha'")
    with Farm(hang_seconds=4) as farm:
        settings = overrides(farm, controller.port, auditors={"นครราชสีมา": "auditor.korat@nacc.example"})
        settings["crawl"]["max_pages"] = 40
        assert scheduler.run_cycle(None, str(db_path), settings)["state"] == "complete"  # ITA 2566
        assert inbox.messages == []
        settings["general"]["year"] = 2565                       # the schedule switched to another rulebook
        second = scheduler.run_cycle(None, str(db_path), settings)
        db = open_db(db_path)
        assert second["state"] == "complete" and db["runs"].get(second["run_id"])["baseline"] == 1
        [(to, notice)] = inbox.messages                          # huaisai fails in both: no agency alerted,
        assert to == ["auditor.korat@nacc.example"] and "baseline" in notice["Subject"]  # the auditors are told
        inbox.messages.clear()

        settings["general"]["year"] = 0                          # the recorded year decides from now on
        config = tmp_path / "oit.toml"
        config.write_text('[alerts]\nauditor_emails = { "นครราชสีมา" = "auditor.korat@nacc.example" }\n', encoding="utf-8")
        adopt = subprocess.run([sys.executable, "-m", "oit", "--config", str(config), "--db", str(db_path), "rules",
                                "adopt", "2569"], capture_output=True, text=True, cwd=ROOT)
        assert adopt.returncode == 0, adopt.stderr
        assert "baseline" in adopt.stdout and current_adoption(db)["year"] == 2569
        third = scheduler.run_cycle(None, str(db_path), settings)
        run = db["runs"].get(third["run_id"])
        assert run["year"] == 2569 and run["baseline"] == 1 and third["newly_failing"] == 0
        notices = {m["Subject"]: to for to, m in inbox.messages}  # the auditors are told; no agency is
        assert set(map(tuple, notices.values())) == {("auditor.korat@nacc.example",)} and len(notices) == 2
        assert any("2569" in subject for subject in notices) and any("baseline" in subject for subject in notices)
    recorded = json.loads(run["rulebooks"])
    assert recorded["ita"]["year"] == 2569


@pytest.mark.slow
def test_an_alert_says_what_is_asked_what_was_found_where_and_why_in_item_order(tmp_path, sites_copy, smtp):  # noqa: F811
    controller, inbox = smtp
    db_path = tmp_path / "oit.db"
    import_agencies(open_db(db_path), registry(tmp_path))
    (sites_copy / "www.bansample.go.th/items/o05.html").unlink()    # the contact page's link now answers 404
    with Farm(sites_copy, hang_seconds=4) as farm:
        settings = overrides(farm, controller.port, consecutive=1, auditors={"นครราชสีมา": "auditor.korat@nacc.example",
                                                                              "อุตรดิตถ์": "auditor.uttaradit@nacc.example"})
        scheduler.run_cycle(None, str(db_path), settings)
    by_rcpt = {tuple(r): m for r, m in inbox.messages}
    for message in by_rcpt.values():                                  # RFC 5322
        assert message["Date"] and message["Message-ID"].startswith("<") and message["Message-ID"].endswith(">")
    body = by_rcpt[("saraban@bansample.go.th",)].get_content()
    print(body)
    o5 = body[body.index("- O5 "):]
    o5 = o5[:o5.index("\n- ")] if "\n- " in o5 else o5
    assert "เกณฑ์: " in o5 and "ที่พบ: " in o5                                         # what is asked, what was found
    assert "หน้าที่มีลิงก์: http://www.bansample.go.th/" in o5                          # the page holding the link
    assert "ลิงก์ที่เสีย: http://www.bansample.go.th/items/o05.html" in o5
    assert "สาเหตุ: ไม่พบหน้าเว็บ (HTTP 404)" in o5 and "cause: page not found (HTTP 404)" in body
    huaisai = by_rcpt[("saraban@huaisai.go.th",)].get_content()
    codes = [line.split()[1] for line in huaisai.split("\n—\n")[0].splitlines() if line.startswith("- O")]
    assert codes == sorted(codes, key=lambda c: int(c[1:])) and len(codes) > 1    # O5 before O12
    assert "ไม่ได้ตรวจ" not in huaisai and "unchecked" not in huaisai              # unchecked items are never alerted
    digests = "".join(m.get_content() for r, m in by_rcpt.items() if "auditor" in r[0])
    for agency in ("bansample", "huaisai", "maetha"):
        assert f"http://oit.example/agency/{agency}" in digests                   # the digest links every agency
