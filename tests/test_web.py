"""The web interface in a real headless Chromium (Debian's chromium + chromedriver, driven by Selenium)
against a database filled by crawling the farm twice — the second time with bansample's contact page gone and
the text of its structure page (O1) changed — plus a third run still "running" that no page may show.
One browser and one database serve every test; screenshots go to the pytest tmp dir (``screenshots``)."""
import csv
import io
import json
import shutil
import sqlite3
import threading
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest
from werkzeug.serving import make_server

from farm.server import Farm
from storage import open_db
from tests.conftest import crawl_farm
from web.app import create_app

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
pytestmark = [pytest.mark.slow,  # two crawls and Chromium
              pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
                                  reason="needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")]
NEW_DATE = "ประกาศ ณ วันที่ 20 มกราคม พ.ศ. 2567"
FIVE_URLS = ["http://www.huaisai.go.th/items/o09.html", "https://www.facebook.com/huaisai", "https://line.me/R/ti/p/@huaisai",
             "http://www.huaisai.go.th/contact.html", "http://www.huaisai.go.th/webboard/", "https://line.me/R/ti/p/@huaisai"]


@pytest.fixture(scope="module")
def site(crawled, tmp_path_factory):
    """Two complete runs, alerts in the outbox and sent log, and a third run left running."""
    db_path = tmp_path_factory.mktemp("web") / "oit.db"
    with sqlite3.connect(crawled.db_path) as src, sqlite3.connect(db_path) as dst:
        src.backup(dst)
    from farm.server import SITES_DIR
    sites = tmp_path_factory.mktemp("websites") / "sites"
    shutil.copytree(SITES_DIR, sites)
    (sites / "www.bansample.go.th/items/o05.html").unlink()
    structure = sites / "www.bansample.go.th/items/o01.html"
    structure.write_text(structure.read_text(encoding="utf-8").replace("ประกาศ ณ วันที่ 15 ธันวาคม พ.ศ. 2566", NEW_DATE),
                         encoding="utf-8")
    with Farm(sites, hang_seconds=8) as farm:  # a generous timeout: a busy machine must not take a site down
        second = crawl_farm(db_path, farm, timeout=5)
    db = open_db(db_path)
    with db.conn:
        # the engine keeps up to five evidence URLs; give one finding five distinct ones to show them all
        db.execute("UPDATE findings SET evidence = ? WHERE run_id = ? AND agency_id = 'huaisai' AND item = 'O9'",
                   [json.dumps(FIVE_URLS), second])
        db["alerts"].insert_all([
            {"run_id": second, "agency_id": "bansample", "channel": "email", "recipient": "saraban@bansample.go.th",
             "subject": "OIT Watch: รายการที่ไม่ผ่าน", "body": "-", "payload": "{}", "state": "sent", "attempts": 1,
             "created_at": "2026-11-21T18:05:00+00:00", "sent_at": "2026-11-21T18:06:00+00:00"},
            {"run_id": second, "agency_id": "bansample", "channel": "webhook", "recipient": "http://hooks.example/oit",
             "subject": "OIT Watch: รายการที่ไม่ผ่าน", "body": "-", "payload": "{}", "state": "pending", "attempts": 2,
             "last_error": "connection refused", "created_at": "2026-11-21T18:05:00+00:00"}])
        running = db["runs"].insert({"started_at": "2026-11-22T18:00:00+00:00", "state": "running", "year": 2566,
                                     "rulebook_version": "2566.1", "agencies": 9, "pages": 0, "errors": 0}).last_pk
        db["run_agencies"].insert({"run_id": running, "agency_id": "bansample", "state": "crawled", "pages": 1, "errors": 0})
        db["findings"].insert_all({"run_id": running, "agency_id": "bansample", "item": f"O{n}", "year": 2566,
                                   "status": "missing", "reason_th": "ไม่พบข้อมูล", "reason_en": "not found",
                                   "evidence": "[]", "signals": "[]"} for n in range(1, 44))
    server = make_server("127.0.0.1", 0, create_app(db_path), threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}", second, db
    server.shutdown()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1280,1400"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture
def desktop(browser):
    browser.set_window_size(1280, 1400)
    return browser


@pytest.fixture
def phone(browser):
    browser.set_window_size(390, 844)
    yield browser
    browser.set_window_size(1280, 1400)


def by_css(driver, selector):
    from selenium.webdriver.common.by import By
    return driver.find_element(By.CSS_SELECTOR, selector)


def all_css(driver, selector):
    from selenium.webdriver.common.by import By
    return driver.find_elements(By.CSS_SELECTOR, selector)


def fetch(url: str) -> tuple[int, dict, str]:
    try:
        with urllib.request.urlopen(url) as response:
            return response.status, dict(response.headers), response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode("utf-8")


def test_dashboard_reads_the_latest_complete_run_with_titles_trends_and_heat(site, desktop, shots):
    url, second, db = site
    desktop.get(url + "/")
    assert by_css(desktop, "#run").text == str(second)  # not the run still crawling
    down = {r[0] for r in db.execute("SELECT agency_id FROM run_agencies WHERE run_id = ? AND state != 'crawled'", [second])}
    assert "maetha" in down  # the farm's site that closes every connection
    assert by_css(desktop, "#agencies").text == "9"
    assert by_css(desktop, "#down").text == str(len(down))
    assert by_css(desktop, "#newly-count").text == "1"
    groups = all_css(desktop, "#newly .agency-group")
    assert [g.get_attribute("data-agency") for g in groups] == ["bansample"]
    assert "องค์การบริหารส่วนตำบลบ้านตัวอย่าง" in groups[0].text and "O5" in groups[0].text
    assert "ข้อมูลการติดต่อ" in groups[0].text  # the item's Thai title beside its code
    assert len(all_css(desktop, "#trend rect")) == 2
    rows = all_css(desktop, "#items tr[data-item]")
    rates = [float(r.get_attribute("data-rate")) for r in rows]
    assert len(rates) == 43 and rates == sorted(rates)  # worst first
    titles = {r.get_attribute("data-item"): by_css(r, ".title").text for r in rows}
    assert titles["O1"] == "โครงสร้าง" and titles["O8"] == "Q&A"
    # unreachable sites are left out: 9 - len(down) agencies checked per item
    assert all(r.find_elements("css selector", "td")[2].text.split("/")[1].startswith(f"{9 - len(down)} ") for r in rows)
    checked = db.execute("SELECT sum(status = 'pass'), sum(status != 'unchecked') FROM findings WHERE run_id = ?",
                         [second]).fetchone()
    assert by_css(desktop, "#pass-rate").text == f"{round(100 * checked[0] / checked[1], 1)}%"
    assert {r.get_attribute("data-run") for r in all_css(desktop, "#status-mix rect[data-run]")} == {"1", str(second)}
    assert "๒๕๖๙" in by_css(desktop, "#status-mix").get_attribute("innerHTML")  # B.E. dates on the axis
    heat = {r.get_attribute("data-province"): r for r in all_css(desktop, "#heat tr[data-province]")}
    assert set(heat) == {"นครราชสีมา", "ขอนแก่น", "อุดรธานี", "อุตรดิตถ์"}
    maetha_province = sum(db["agencies"].get(a)["province"] == "อุตรดิตถ์" for a in down)
    assert heat["อุตรดิตถ์"].find_elements("css selector", "td")[-1].text == str(maetha_province)  # down, not in the rate
    desktop.save_screenshot(str(shots / "dashboard.png"))


def test_watch_list_sorts_filters_pages_and_exports(site, desktop, shots):
    url, second, db = site
    desktop.get(url + "/agencies")
    assert by_css(desktop, "#total").text == "9"
    rows = all_css(desktop, "#agencies tr[data-agency]")
    down = {r[0] for r in db.execute("SELECT agency_id FROM run_agencies WHERE run_id = ? AND state != 'crawled'", [second])}
    scores = [r.get_attribute("data-score") for r in rows]
    assert {r.get_attribute("data-agency") for r in rows[len(rows) - len(down):]} == down  # no score sorts last
    assert set(scores[len(rows) - len(down):]) == {""}
    numbers = [float(s) for s in scores[:len(rows) - len(down)]]
    assert numbers == sorted(numbers)
    follow(desktop, by_css(desktop, "a.sort[data-sort=score]"))  # the same column again: descending
    numbers = [float(r.get_attribute("data-score")) for r in all_css(desktop, "#agencies tr[data-agency]")[:len(rows) - len(down)]]
    assert numbers == sorted(numbers, reverse=True)
    from service.scores import run_scores  # the official estimate, as on the agency page and in `oit scores`
    expected = next(r["estimated_score"] for r in run_scores(db, second) if r["agency_id"] == "bansample")
    assert by_css(desktop, "tr[data-agency=bansample] td.score").text == f"{expected:g}%"

    from selenium.webdriver.support.ui import Select
    desktop.get(url + "/agencies")
    Select(by_css(desktop, "select[name=province]")).select_by_visible_text("นครราชสีมา")
    submit_and_wait(desktop, "province=")
    assert {r.get_attribute("data-agency") for r in all_css(desktop, "#agencies tr[data-agency]")} == \
        {"bansample", "huaisai", "sawangdaen"}
    by_css(desktop, "input[name=newly]").click()
    submit_and_wait(desktop, "newly=1")
    rows = all_css(desktop, "#agencies tr[data-agency]")
    assert [(r.get_attribute("data-agency"), r.get_attribute("data-newly")) for r in rows] == [("bansample", "1")]

    desktop.get(url + "/agencies?reachable=no")
    assert {r.get_attribute("data-agency") for r in all_css(desktop, "#agencies tr[data-agency]")} == down
    row = by_css(desktop, "#agencies tr[data-agency=maetha]")
    assert "ไม่ได้ตรวจ" in by_css(row, "td.score").text
    assert "เซิร์ฟเวอร์ปิดการเชื่อมต่อ" in by_css(row, "td.reach").text
    desktop.get(url + "/agencies?min_failing=4&sort=failing&desc=1")
    failing = [int(r.get_attribute("data-failing")) for r in all_css(desktop, "#agencies tr[data-agency]")]
    assert failing and failing == sorted(failing, reverse=True) and min(failing) >= 4
    desktop.get(url + "/agencies?min_score=90&max_score=99")
    assert all(90 <= float(r.get_attribute("data-score")) <= 99 for r in all_css(desktop, "#agencies tr[data-agency]"))

    desktop.get(url + "/agencies?per=4&sort=name")
    first = [r.get_attribute("data-agency") for r in all_css(desktop, "#agencies tr[data-agency]")]
    follow(desktop, by_css(desktop, "#next"))
    second_page = [r.get_attribute("data-agency") for r in all_css(desktop, "#agencies tr[data-agency]")]
    assert len(first) == 4 and len(second_page) == 4 and not set(first) & set(second_page)
    assert by_css(desktop, "#page").text == "2"
    desktop.save_screenshot(str(shots / "agencies.png"))

    desktop.get(url + "/agencies?province=" + quote("นครราชสีมา"))
    status, headers, body = fetch(by_css(desktop, "#csv").get_attribute("href"))
    table = list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))
    assert status == 200 and "attachment" in headers["Content-Disposition"]
    assert table[0][:3] == ["id", "ชื่อ", "จังหวัด"] and sorted(r[0] for r in table[1:]) == ["bansample", "huaisai", "sawangdaen"]


def follow(driver, link) -> None:
    """Click a link and wait for the page it leads to: reading right after a click may read the page being left.
    The old document carries a mark; the wait ends when a complete document without it is loaded (commands sent
    mid-navigation may fail with a node or a document going away: those polls are retried)."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait
    driver.execute_script("window.__oitBeforeClick = true")
    link.click()
    WebDriverWait(driver, 30, ignored_exceptions=(WebDriverException,)).until(lambda d: d.execute_script(
        "return !window.__oitBeforeClick && document.readyState === 'complete'"))


def submit_and_wait(browser, expect_in_url: str) -> None:
    from selenium.webdriver.support.ui import WebDriverWait
    by_css(browser, "#search").click()
    WebDriverWait(browser, 30).until(lambda d: expect_in_url in d.current_url and d.execute_script(
        "return document.readyState") == "complete")


def test_agency_page_items_history_changes_and_score_trend(site, desktop, shots):
    url, second, _ = site
    desktop.get(url + "/agency/bansample")
    assert by_css(desktop, "#agency-name").text == "องค์การบริหารส่วนตำบลบ้านตัวอย่าง"
    assert by_css(desktop, "tr#O5").get_attribute("data-status") == "broken"  # run 2, not the running run 3
    assert by_css(desktop, "tr#O1").get_attribute("data-status") == "pass"
    timeline = [s.get_attribute("class") for s in all_css(desktop, "tr#O5 .timeline span")]
    assert timeline == ["pass", "broken"]
    assert "O5 ข้อมูลการติดต่อ: ผ่าน → เข้าถึงไม่ได้" in by_css(desktop, "#changes").text
    # the official method (rules/scoring.py): O5 scores 0; OIT = mean of indicator 9 (29 of 30) and 10 (13 of 13)
    assert by_css(desktop, "#score").text == f"{round((round(100 * 29 / 30, 2) + 100) / 2, 2):g}%"
    points = all_css(desktop, "#score-trend circle.point")
    assert len(points) == 2
    assert "๒๕๖๙" in by_css(desktop, "#score-trend").get_attribute("innerHTML")
    desktop.save_screenshot(str(shots / "agency.png"))


def test_unreachable_site_has_a_plain_cause_and_no_score(site, desktop, shots):
    url, _, _ = site
    desktop.get(url + "/agency/maetha")
    assert by_css(desktop, "#score").text == "ไม่ได้ตรวจ"
    assert by_css(desktop, "#cause").text == "เซิร์ฟเวอร์ปิดการเชื่อมต่อโดยไม่ส่งหน้าเว็บ"
    assert "twisted" not in desktop.page_source.lower() and "Failure" not in desktop.page_source
    assert {r.get_attribute("data-status") for r in all_css(desktop, "table.items tr[id]")} == {"unchecked"}
    assert len(all_css(desktop, "#score-trend text.down-point")) == 2 and not all_css(desktop, "#score-trend circle")
    desktop.save_screenshot(str(shots / "unreachable.png"))
    desktop.get(url + "/agency/maetha?lang=en")
    assert by_css(desktop, "#cause").text == "the server closed the connection without sending the page"
    desktop.get(url + "/findings?status=unchecked&lang=th")
    reasons = {r.find_elements("css selector", "td")[5].text for r in all_css(desktop, "#results tr")[1:]
               if r.find_elements("css selector", "td")[0].text == "องค์การบริหารส่วนตำบลแม่ทา"}
    assert reasons == {"ไม่ได้ตรวจ: เซิร์ฟเวอร์ปิดการเชื่อมต่อโดยไม่ส่งหน้าเว็บ"}


def test_evidence_signals_every_link_highlights_and_text_diff(site, desktop, shots):
    url, second, db = site
    desktop.get(url + "/agency/huaisai")
    links = [a.get_attribute("href") for a in all_css(desktop, "tr#O9 td.evidence a.original")]
    assert links == list(dict.fromkeys(FIVE_URLS))  # every link, not the first three; each once
    for row in db.query("SELECT item, evidence FROM findings WHERE run_id = ? AND agency_id = 'huaisai'", [second]):
        shown = [a.get_attribute("href") for a in all_css(desktop, f"tr#{row['item']} td.evidence a.original")]
        assert shown == list(dict.fromkeys(json.loads(row["evidence"]))), row["item"]

    desktop.get(url + "/agency/bansample")
    details = by_css(desktop, "tr#O2 details.signals")
    by_css(details, "summary").click()
    assert "แถวในหน้าดัชนี ITA ของหน่วยงาน http://www.bansample.go.th/ita/2566.html O2" in details.text
    index_page = by_css(details, "a.source").get_attribute("href")
    follow(desktop, by_css(desktop, "tr#O2 td.evidence a.seen"))
    assert "นายสมชาย ใจดี" in desktop.page_source  # the text the crawler read, shown back
    desktop.get(index_page)  # the agency's own ITA index page, as stored, with the item's row text marked
    assert "ita/2566.html" in by_css(desktop, "p.small").text and all_css(desktop, "#text mark.term")
    desktop.get(url + "/agency/bansample")
    follow(desktop, by_css(desktop, "tr#O39 td.evidence a.seen"))
    marks = {(m.get_attribute("class"), m.text) for m in all_css(desktop, "#text mark")}
    assert ("year", "2566") in marks and ("month", "ธันวาคม") in marks
    assert any(kind == "term" for kind, _ in marks)
    desktop.save_screenshot(str(shots / "page-highlight.png"))

    desktop.get(url + "/agency/bansample")
    assert len(all_css(desktop, "tr#O1 a.diff-link")) == 1 and not all_css(desktop, "tr#O2 a.diff-link")
    follow(desktop, by_css(desktop, "tr#O1 a.diff-link"))
    added = [td.text for td in all_css(desktop, "#unified td.add")]
    removed = [td.text for td in all_css(desktop, "#unified td.del")]
    assert any("20 มกราคม พ.ศ. 2567" in line for line in added)
    assert any("15 ธันวาคม พ.ศ. 2566" in line for line in removed)
    desktop.save_screenshot(str(shots / "diff-unified.png"))
    follow(desktop, by_css(desktop, "#view-side"))
    assert any("2567" in td.text for td in all_css(desktop, "#side td.insert"))
    assert any("2566" in td.text for td in all_css(desktop, "#side td.delete"))
    desktop.save_screenshot(str(shots / "diff-side.png"))


def test_item_page_titles_criteria_and_failing_agencies(site, desktop):
    url, _, _ = site
    desktop.get(url + "/item/O5")
    assert by_css(desktop, "#item-title").text == "O5 ข้อมูลการติดต่อ"
    assert all_css(desktop, "#components li") and all_css(desktop, "#checks li")
    assert "องค์การบริหารส่วนตำบลบ้านตัวอย่าง" in by_css(desktop, "#failing").text
    desktop.get(url + "/findings?item=O5")
    assert {td.text for td in all_css(desktop, "#results td.title")} == {"ข้อมูลการติดต่อ"}


def test_phone_width_fits_with_status_visible(site, phone, shots):
    url, _, _ = site
    for name, path, status in (("phone-dashboard", "/", "#items tr[data-item] td:nth-child(3)"),
                               ("phone-agencies", "/agencies", "#agencies tr[data-agency] td.score"),
                               ("phone-agency", "/agency/bansample", "tr#O5 td.broken"),
                               ("phone-findings", "/findings?status=broken", "#results td.broken"),
                               ("phone-diff", "/runs", "#runs td[data-label]")):
        phone.get(url + path)
        inner, scroll = phone.execute_script("return [window.innerWidth, document.documentElement.scrollWidth]")
        assert inner <= 390 and scroll <= inner, (path, inner, scroll)
        cell = by_css(phone, status)
        phone.execute_script("arguments[0].scrollIntoView()", cell)
        box = phone.execute_script("const r = arguments[0].getBoundingClientRect(); return [r.left, r.right]", cell)
        assert cell.is_displayed() and 0 <= box[0] and box[1] <= inner, (path, box)
        phone.save_screenshot(str(shots / f"{name}.png"))
    phone.get(url + "/agency/bansample")
    links = by_css(phone, "header").find_elements("css selector", "a")
    assert all(a.rect["x"] + a.rect["width"] <= 390 for a in links)


def test_runs_alerts_and_report_download(site, desktop):
    url, second, _ = site
    desktop.get(url + "/runs")
    states = {r.get_attribute("data-run"): r.get_attribute("data-state") for r in all_css(desktop, "#runs tr[data-run]")}
    assert states["1"] == states[str(second)] == "complete" and "running" in states.values()
    row = by_css(desktop, f"#runs tr[data-run='{second}']").text
    assert "ITA 2566" in row and "๒๕๖๙" in row
    desktop.get(url + "/agency/bansample")
    assert "http://hooks.example/oit" in by_css(desktop, "#outbox").text and "connection refused" in by_css(desktop, "#outbox").text
    assert "saraban@bansample.go.th" in by_css(desktop, "#sent").text
    assert "๒๒/๑๑/๒๕๖๙ ๐๑:๐๖ น." in by_css(desktop, "#sent").text  # 18:06 UTC is 01:06 the next day in Bangkok
    href = by_css(desktop, "#downloads a[href$='report.xlsx']").get_attribute("href")
    import openpyxl
    with urllib.request.urlopen(href) as response:
        sheet = openpyxl.load_workbook(io.BytesIO(response.read())).active
    assert "องค์การบริหารส่วนตำบลบ้านตัวอย่าง" in sheet["A1"].value
    status, _, html = fetch(url + "/agency/bansample/report.html")
    assert status == 200 and "รายงานผลการตรวจเว็บไซต์ตามเกณฑ์ OIT" in html


def test_not_found_pages_bad_input_and_security_headers(site, desktop):
    url, _, _ = site
    for path in ("/item/O99", "/agency/no-such-agency", "/page/99999999999999999999999999", "/page/1/diff?against=99999999999999999999999"):
        status, headers, body = fetch(url + path)
        if path.endswith("99999999999999999999999"):
            assert status in (200, 404)
            continue
        assert status == 404 and "ไม่พบหน้าที่ต้องการ" in body, path
    desktop.get(url + "/item/O99")
    assert by_css(desktop, "#not-found").text == "ไม่พบหน้าที่ต้องการ"
    status, headers, body = fetch(url + "/findings?q=" + quote("ก" * 6_600))  # 60 KB in the URL
    assert status == 200 and "ข้อความค้นหายาวเกินไป" in body and len(body) < 200_000
    status, _, _ = fetch(url + "/agencies?q=" + quote("x" * 60_000) + "&page=abc&min_score=lots")
    assert status == 200
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"] and "script-src 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "DENY" and headers["Referrer-Policy"] == "no-referrer"


def test_thai_search_filter_and_download(site, desktop):
    url, _, _ = site
    from selenium.webdriver.support.ui import Select
    desktop.get(url + "/findings")
    box = by_css(desktop, "input[name=q]")
    box.send_keys("เดือนไม่ครบ")
    submit_and_wait(desktop, "q=")
    rows = all_css(desktop, "#results tr")[1:]
    assert by_css(desktop, "#total").text == "3"
    assert {r.find_elements("css selector", "td")[0].text for r in rows} == {"องค์การบริหารส่วนตำบลวังน้ำ"}

    desktop.get(url + "/findings")
    Select(by_css(desktop, "select[name=province]")).select_by_visible_text("นครราชสีมา")
    Select(by_css(desktop, "select[name=status]")).select_by_value("broken")
    submit_and_wait(desktop, "status=broken")
    rows = all_css(desktop, "#results tr")[1:]
    assert rows and all(r.find_elements("css selector", "td")[1].text == "นครราชสีมา" for r in rows)
    assert {r.find_elements("css selector", "td")[2].text for r in rows} >= {"O5", "O12"}
    csv_text = urllib.request.urlopen(by_css(desktop, "#csv").get_attribute("href")).read().decode("utf-8")
    table = list(csv.DictReader(io.StringIO(csv_text.lstrip("\ufeff"))))  # a cell may hold several evidence lines
    assert csv_text.startswith("\ufeffรอบ (run)") and len(table) == len(rows)
    assert all(r["status"] == "broken" and r["สถานะ"] == "เข้าถึงไม่ได้" for r in table)


def test_script_in_a_crawled_title_is_shown_as_text(site, desktop):
    url, _, _ = site
    from selenium.common.exceptions import NoAlertPresentException
    desktop.get(url + "/agency/sawangdaen")
    assert "ข่าว <script>alert('xss')</script>" in by_css(desktop, "#pages").text
    with pytest.raises(NoAlertPresentException):
        _ = desktop.switch_to.alert.text
    assert desktop.execute_script("return document.scripts.length") == 0


def test_english_switch_and_read_only(site, desktop):
    url, _, _ = site
    desktop.get(url + "/")
    follow(desktop, desktop.find_element("link text", "English"))
    assert desktop.find_element("tag name", "h1").text == "Dashboard"
    desktop.get(url + "/agencies")
    assert desktop.find_element("tag name", "h1").text == "Agencies"
    desktop.get(url + "/?lang=th")
    request = urllib.request.Request(url + "/", method="POST", data=b"x=1")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request)
    assert refused.value.code == 405
