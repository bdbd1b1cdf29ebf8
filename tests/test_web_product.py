"""The web UI where it is deployed and for whom — behind a proxy under a sub-path, in Debian's Chromium — and the
CLI's filters, over a real database of an ITA municipality and an MOIT hospital judged in three runs (the middle
run did not cover the hospital)."""
from __future__ import annotations

import http.client
import http.server
import json
import threading
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner
from werkzeug.serving import make_server

from oit.cli import main
from reports.agency import agency_report
from rules.families import rulebooks_for_year
from rules.rulebook import load_rulebook
from storage import open_db
from web import data
from web.app import create_app
from tests.test_web import browser  # noqa: F401  (one headless Chromium per module, Debian's)

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
needs_chromium = pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
                                    reason="needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
PREFIX = "/oit"
HOSPITAL = {"MOIT1": "missing", "MOIT2": "broken", "MOIT12": "partial"}  # every other MOIT item passes


def _findings(db, run_id, agency_id, year, book, failing):
    db["run_agencies"].insert({"run_id": run_id, "agency_id": agency_id, "state": "crawled", "pages": 5, "errors": 0})
    db["findings"].insert_all({"run_id": run_id, "agency_id": agency_id, "item": i.code, "year": year,
                               "status": failing.get(i.code, "pass"), "reason_th": "ไม่พบข้อมูล" if i.code in failing else "ครบ",
                               "reason_en": "not found" if i.code in failing else "complete",
                               "evidence": json.dumps([f"http://www.{agency_id}.go.th/{i.code.lower()}.html"]),
                               "signals": "[]", "checked_at": "2026-11-20T18:00:00+00:00"} for i in book.items)


@pytest.fixture(scope="module")
def judged(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("webdb") / "oit.db"
    db = open_db(path)
    db["agencies"].insert_all([
        {"id": "tambon", "name_th": "เทศบาลตำบลทดสอบ", "name_en": "Test Municipality", "type": "เทศบาล",
         "province": "น่าน", "url": "http://www.tambon.go.th/"},
        {"id": "hospital", "name_th": "โรงพยาบาลทดสอบ", "name_en": "Test Hospital", "type": "โรงพยาบาลชุมชน",
         "province": "น่าน", "url": "http://www.hospital.go.th/", "alerts_paused_until": "2999-01-31"}])
    books = rulebooks_for_year(2569)
    for run_id, covers in ((1, ("tambon", "hospital")), (2, ("tambon",)), (3, ("tambon", "hospital"))):
        db["runs"].insert({"id": run_id, "started_at": f"2026-11-{18 + run_id}T18:00:00+00:00", "state": "complete",
                           "year": 2569, "rulebooks": books.record(), "agencies": len(covers), "pages": 10, "errors": 0})
        _findings(db, run_id, "tambon", 2569, books.books["ita"], {"O5": "missing"} if run_id == 3 else {})
        if "hospital" in covers:
            _findings(db, run_id, "hospital", 2569, books.books["moit"], HOSPITAL if run_id == 3 else {"MOIT1": "missing"})
    return path


def test_the_assessors_report_and_the_web_agree_on_the_previous_run(judged):
    db = open_db(judged)
    report = agency_report(db, "hospital", 3)
    assert report["previous_run"] == 1  # run 2 did not cover the hospital: its previous result is run 1's
    rows = {r["item"].code: r for g in report["groups"] for r in g["rows"]}
    assert rows["MOIT1"]["previous"] == "missing" and rows["MOIT2"]["previous"] == "pass" and rows["MOIT2"]["changed"]
    assert data.agency_run(db, "hospital")["id"] == 3


class PrefixProxy(http.server.BaseHTTPRequestHandler):
    """A reverse proxy that serves the app under /oit/ and says so in X-Forwarded-Prefix (nginx, Apache do)."""
    upstream = ""

    def do_GET(self):
        if not self.path.startswith(PREFIX + "/") and self.path != PREFIX:
            self.send_error(404, "outside the proxied prefix")
            return
        host, port = urlsplit(self.upstream).hostname, urlsplit(self.upstream).port
        conn = http.client.HTTPConnection(host, port, timeout=30)
        conn.request("GET", self.path[len(PREFIX):] or "/", headers={"X-Forwarded-Prefix": PREFIX,
                                                                     "X-Forwarded-Host": self.headers["Host"]})
        answer = conn.getresponse()
        body = answer.read()
        self.send_response(answer.status)
        for name, value in answer.getheaders():
            if name.lower() not in ("transfer-encoding", "connection", "content-length"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def proxied(judged):
    app = make_server("127.0.0.1", 0, create_app(judged), threaded=True)
    threading.Thread(target=app.serve_forever, daemon=True).start()
    handler = type("Handler", (PrefixProxy,), {"upstream": f"http://127.0.0.1:{app.server_port}"})
    proxy = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{proxy.server_address[1]}{PREFIX}"
    proxy.shutdown()
    app.shutdown()


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, ""


def _css(driver, selector):
    from selenium.webdriver.common.by import By
    return driver.find_elements(By.CSS_SELECTOR, selector)


PAGES = ["/", "/agencies", "/agency/hospital", "/agency/tambon", "/findings?status=failing", "/item/MOIT1", "/runs"]


@needs_chromium
def test_every_link_works_under_a_proxys_sub_path(proxied, browser):
    origin = proxied[:-len(PREFIX)]
    links = set()
    for path in PAGES:
        browser.get(proxied + path)
        assert "OIT Watch" in browser.title or browser.find_element("tag name", "h1").text, path
        links |= {a.get_attribute("href") for a in _css(browser, "a[href]")}
    own = sorted(u for u in links if u.startswith(origin))
    assert own and all(urlsplit(u).path.startswith(PREFIX + "/") or urlsplit(u).path == PREFIX for u in own), \
        [u for u in own if not urlsplit(u).path.startswith(PREFIX)]
    broken = [u for u in own if _get(u.split("#")[0])[0] != 200]
    assert broken == []


@needs_chromium
def test_moit_items_have_their_page_and_titles(proxied, browser):
    browser.get(proxied + "/item/MOIT1")
    assert "มาตรการการเผยแพร่ข้อมูล" in browser.find_element("tag name", "body").text
    browser.get(proxied + "/findings?item=MOIT2")
    titles = [td.text for td in _css(browser, "#results td.title")]
    assert titles and all(titles)  # MOIT titles shown, not blanks


@needs_chromium
def test_the_agency_page_starts_with_what_fails_and_why(proxied, browser):
    browser.get(proxied + "/agency/hospital")
    first = _css(browser, "h2")[0]
    assert first.get_attribute("id") == "failing-head"
    rows = _css(browser, "#failing tr[data-status]")
    assert [r.find_element("css selector", "td.code").text for r in rows] == ["MOIT1", "MOIT2", "MOIT12"]  # item order
    text = browser.find_element("tag name", "body").text
    assert "None" not in text and "0/0" not in text
    assert "2999-01-31" in browser.find_element("id", "paused").text


@needs_chromium
def test_codes_and_statuses_never_wrap_mid_word_on_a_phone(proxied, browser):
    browser.set_window_size(390, 844)
    try:
        browser.get(proxied + "/agency/hospital")
        for cell in _css(browser, "#failing td.code") + _css(browser, "#failing td.broken, #failing td.partial"):
            assert browser.execute_script("return getComputedStyle(arguments[0]).whiteSpace", cell) == "nowrap"
            lines = browser.execute_script(
                "const w = document.createTreeWalker(arguments[0], NodeFilter.SHOW_TEXT); let n, most = 0;"
                "while ((n = w.nextNode())) { if (!n.textContent.trim()) continue; const r = document.createRange();"
                " r.selectNodeContents(n); most = Math.max(most, r.getClientRects().length); } return most", cell)
            assert lines == 1, cell.text
    finally:
        browser.set_window_size(1280, 1400)


def test_every_page_is_also_json(proxied):
    status, body = _get(proxied + "/agency/hospital.json")
    page = json.loads(body)
    assert status == 200 and page["agency"]["id"] == "hospital"
    assert [row["item"]["code"] for row in page["failing"]] == ["MOIT1", "MOIT2", "MOIT12"]
    found = json.loads(_get(proxied + "/findings.json?status=failing")[1])
    assert {r["status"] for r in found["rows"]} == {"missing", "broken", "partial"} and found["total"] == 4
    assert json.loads(_get(proxied + "/item/MOIT1.json")[1])["item"]["code"] == "MOIT1"
    assert json.loads(_get(proxied + "/.json")[1])["run"]["id"] == 3
    assert _get(proxied + "/agency/nobody.json")[0] == 404


def test_item_criteria_are_shown_as_written():
    for year in (2566, 2567):
        book = load_rulebook(year)
        assert any("ชื่อ-นามสกุล" in c for c in book.item("O2").components_th)
        assert any("ถาม-ตอบ" in c for c in book.item("O8").components_th)
        fragments = [c for i in book.items for c in i.components_th if c.split()[0] in ("นามสกุล", "ตอบ")]
        assert fragments == []


def _cli(db_path, *args):
    return CliRunner().invoke(main, ["--db", str(db_path), *args])


def test_cli_failing_filter_item_titles_and_names(judged):
    result = _cli(judged, "findings", "--status", "failing", "--format", "json")
    assert result.exit_code == 0 and {r["status"] for r in json.loads(result.stdout)} == {"missing", "broken", "partial"}
    by_title = _cli(judged, "findings", "--item", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", "--format", "json")
    assert by_title.exit_code == 0, by_title.output
    assert {r["item"] for r in json.loads(by_title.stdout)} == {"O5"}
    table = _cli(judged, "findings", "--status", "failing").stdout
    assert "โรงพยาบาลทดสอบ" in table and "hospital " not in table  # names, not ids


def test_runs_say_which_rulebooks_judged_them_and_which_is_a_baseline(judged):
    db = open_db(judged)
    with db.conn:
        db["runs"].update(3, {"baseline": 1})
    try:
        page = json.loads(create_app(judged).test_client().get("/runs.json").get_data(as_text=True))
        newest = page["runs"][0]
        assert newest["baseline"] == 1 and "MOIT 2569" in newest["label"]
        html = create_app(judged).test_client().get("/runs").get_data(as_text=True)
        assert "รอบฐานของเกณฑ์ใหม่" in html
        assert "baseline: rulebooks changed" in _cli(judged, "runs").stdout
    finally:
        with db.conn:
            db["runs"].update(3, {"baseline": None})
