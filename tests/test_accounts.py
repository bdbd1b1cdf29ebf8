"""People signed in (issue 23, part 3), through the real web server in real Chromium: an officer disputes their own
agency's item and an auditor decides it from the queue; no cross-agency read or write; CSRF refused; passwords
never stored or logged in clear; brute force slowed."""
from __future__ import annotations

import logging
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from farm.server import Farm
from storage import open_db
from storage.users import add_user
from tests.conftest import crawl_farm
from tests.test_web import CHROMEDRIVER, CHROMIUM, browser, by_css  # noqa: F401  (browser: the fixture)
from web.app import create_app

pytestmark = [pytest.mark.slow,  # the web interface signed into in Chromium
              pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
                                  reason="needs Debian's chromium and chromium-driver")]
PASSWORDS = {"aud": "auditor-all-provinces-1", "kk": "auditor-khon-kaen-22", "hs": "huaisai-officer-333",
             "kc": "khokcharoen-officer-4444", "victim": "never-guessed-55555"}
EXPLANATION = "แผนที่ตั้งและโทรสารอยู่ในภาพส่วนท้ายของหน้า"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("accounts") / "oit.db"
    with Farm(hang_seconds=4) as farm:
        crawl_farm(db_path, farm, ids=["huaisai", "khokcharoen"])
    db = open_db(db_path)
    add_user(db, "aud", PASSWORDS["aud"], "auditor")
    add_user(db, "kk", PASSWORDS["kk"], "auditor", province="ขอนแก่น")
    add_user(db, "hs", PASSWORDS["hs"], "officer", agency_id="huaisai")
    add_user(db, "kc", PASSWORDS["kc"], "officer", agency_id="khokcharoen")
    add_user(db, "victim", PASSWORDS["victim"], "auditor")
    from itas.answers import Answer
    from storage.itas import store_answers
    store_answers(db, [Answer("huaisai", 2566, "O5", "yes", ["http://www.huaisai.go.th/items/o05.html"])], "test")
    app = create_app(db_path)
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}", db, db_path
    httpd.shutdown()


def sign_in(driver, base: str, name: str, password: str | None = None) -> None:
    driver.delete_all_cookies()
    driver.get(f"{base}/login")
    by_css(driver, "input[name=username]").send_keys(name)
    by_css(driver, "input[name=password]").send_keys(password or PASSWORDS[name])
    submit(driver, "#login button")


def submit(driver, selector: str) -> None:
    """Click a form's button and wait for the answer page (an argon2 check takes a while on a busy machine).

    The old document carries a mark; the wait ends when a complete document without it is loaded. Chromedriver may
    answer any command sent mid-navigation with an error about a node or a document that is going away: those
    polls are retried, not failures."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait
    driver.execute_script("window.__oitBeforeSubmit = true")
    by_css(driver, selector).click()
    WebDriverWait(driver, 30, ignored_exceptions=(WebDriverException,)).until(lambda d: d.execute_script(
        "return !window.__oitBeforeSubmit && document.readyState === 'complete'"))


def session_of(driver) -> str:
    return "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())


def post(url: str, fields: dict, cookie: str) -> int:
    request = urllib.request.Request(url, data=urllib.parse.urlencode(fields).encode(), method="POST",
                                     headers={"Cookie": cookie, "Referer": url})
    try:
        with urllib.request.urlopen(request) as answer:
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code


def test_officer_disputes_and_auditor_decides_from_the_queue(server, browser):  # noqa: F811
    base, db, _ = server
    sign_in(browser, base, "hs")
    browser.get(f"{base}/agency/huaisai")  # the agency page leads to the item's forms
    by_css(browser, "tr#O5 a.decide").click()
    assert browser.current_url == f"{base}/agency/huaisai/item/O5/decide"
    assert not browser.find_elements("css selector", "#review-form")  # officers do not review
    assert "items/o05.html" in by_css(browser, "#itas").text  # the agency's ITAS answer beside the finding
    by_css(browser, "textarea[name=explanation]").send_keys(EXPLANATION)
    by_css(browser, "input[name=url]").send_keys("http://www.huaisai.go.th/items/o05.html")
    submit(browser, "#dispute-form button")
    assert "ส่งคำชี้แจงแล้ว" in by_css(browser, "#message").text and EXPLANATION in by_css(browser, "#disputes").text

    sign_in(browser, base, "aud")
    assert browser.current_url.endswith("/queue") and EXPLANATION in by_css(browser, "#queue-disputes").text
    assert by_css(browser, "#queue-unsure")  # low-confidence verdicts (none in ITA 2566: its items carry no confidence)
    browser.get(f"{base}/agency/huaisai/item/O5/decide")
    by_css(browser, "select[name=status] option[value=pass]").click()
    by_css(browser, "input[name=note]").send_keys("ตรวจภาพส่วนท้ายแล้ว")
    submit(browser, "#review-form button")
    assert by_css(browser, "#status").text == "ผ่าน" and "aud" in by_css(browser, "#reviewed").text
    log = [(r["username"], r["action"], r["target"]) for r in db["audit_log"].rows]
    assert ("hs", "dispute", "huaisai/O5") in log and ("aud", "review", "huaisai/O5") in log


def test_no_cross_agency_read_or_write(server, browser):  # noqa: F811
    base, db, _ = server
    before = db.execute("SELECT count(*) FROM disputes").fetchone()[0]
    sign_in(browser, base, "kc")  # khokcharoen's officer
    browser.get(f"{base}/agency/huaisai")
    assert not browser.find_elements("css selector", "a.decide")  # no forms offered for another agency
    for path in ("/agency/huaisai/disputes", "/agency/huaisai/item/O5/decide"):
        browser.get(base + path)
        assert "Forbidden" in browser.page_source and EXPLANATION not in browser.page_source
    browser.get(f"{base}/queue")
    assert "Forbidden" in browser.page_source  # the auditors' queue is not an officer's
    browser.get(f"{base}/agency/khokcharoen/item/O10/decide")  # their own: a valid session and CSRF token
    token = by_css(browser, "input[name=csrf_token]").get_attribute("value")
    forged = {"csrf_token": token, "form": "dispute", "explanation": "ของหน่วยงานอื่น", "url": ""}
    assert post(f"{base}/agency/huaisai/item/O5/decide", forged, session_of(browser)) == 403
    review = {"csrf_token": token, "form": "review", "status": "pass", "note": "x"}
    assert post(f"{base}/agency/khokcharoen/item/O10/decide", review, session_of(browser)) == 403  # not an auditor
    assert db.execute("SELECT count(*) FROM disputes").fetchone()[0] == before

    sign_in(browser, base, "kk")  # an auditor of Khon Kaen only
    browser.get(f"{base}/agency/huaisai/disputes")
    assert "Forbidden" in browser.page_source
    browser.get(f"{base}/queue")
    assert EXPLANATION not in browser.page_source


def test_csrf_refused(server, browser):  # noqa: F811
    base, db, _ = server
    sign_in(browser, base, "kc")
    own = f"{base}/agency/khokcharoen/item/O10/decide"
    fields = {"form": "dispute", "explanation": "ไม่มีโทเค็น", "url": ""}
    assert post(own, fields, session_of(browser)) == 400
    assert post(own, dict(fields, csrf_token="forged"), session_of(browser)) == 400
    assert not db.execute("SELECT 1 FROM disputes WHERE explanation = 'ไม่มีโทเค็น'").fetchone()
    assert post(f"{base}/login", {"username": "kc", "password": PASSWORDS["kc"]}, "") == 400  # sign-in forms too


def test_passwords_never_stored_or_logged_in_clear(server, caplog):
    base, db, db_path = server
    with caplog.at_level(logging.DEBUG):
        post(f"{base}/login", {"username": "aud", "password": PASSWORDS["aud"]}, "")
    stored = b"".join(Path(p).read_bytes() for p in Path(db_path).parent.glob("oit.db*") if Path(p).is_file())
    for password in PASSWORDS.values():
        assert password.encode() not in stored and password not in caplog.text
    assert all(u["password_hash"].startswith("$argon2id$") for u in db["users"].rows)
    assert "password" not in db["login_attempts"].columns_dict


def test_brute_force_slowed(server, browser):  # noqa: F811
    base, db, _ = server
    for guess in range(5):
        sign_in(browser, base, "victim", f"wrong-guess-{guess}")
        assert "ไม่ถูกต้อง" in by_css(browser, "#login-error").text
    sign_in(browser, base, "victim")  # the right password, too late
    assert "รอ 15 นาที" in by_css(browser, "#login-error").text
    browser.get(f"{base}/queue")
    assert "/login" in browser.current_url  # not signed in


def test_users_command_adds_lists_and_disables(tmp_path):
    from click.testing import CliRunner

    from oit.cli import main
    from storage.agencies import import_agencies
    from storage.users import authenticate
    from tests.conftest import FARM_REGISTRY

    db_path = tmp_path / "oit.db"
    import_agencies(open_db(db_path), FARM_REGISTRY)
    cli = ["--db", str(db_path), "users"]
    added = CliRunner().invoke(main, cli + ["add", "Officer1", "--role", "officer", "--agency", "huaisai",
                                            "--password-stdin"], input="a long password 1\n")
    assert added.exit_code == 0 and "officer1 of huaisai" in added.output
    short = CliRunner().invoke(main, cli + ["add", "x", "--role", "auditor", "--password-stdin"], input="short\n")
    assert short.exit_code == 1 and "at least" in short.output
    homeless = CliRunner().invoke(main, cli + ["add", "y", "--role", "officer", "--password-stdin"], input="a long password 2\n")
    assert homeless.exit_code == 1 and "one agency" in homeless.output
    listed = CliRunner().invoke(main, cli + ["list"])
    assert "officer1" in listed.output and "huaisai" in listed.output and "argon2" not in listed.output
    db = open_db(db_path)
    assert authenticate(db, "officer1", "a long password 1")["agency_id"] == "huaisai"
    assert CliRunner().invoke(main, cli + ["disable", "officer1"]).exit_code == 0
    assert authenticate(db, "officer1", "a long password 1") is None  # a disabled account cannot sign in
    assert [r["action"] for r in db["audit_log"].rows] == ["user_add", "user_disable"]  # operators' writes too
