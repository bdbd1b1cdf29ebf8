"""The web interface in a real headless Chromium (Debian's chromium + chromedriver, driven by Selenium)
against a database filled by crawling the farm twice, the second time with a contact page removed."""
import shutil
import sqlite3
import threading
import urllib.request
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from farm.server import Farm
from web.app import create_app
from tests.conftest import crawl_farm

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
SCREENSHOTS = Path(__file__).parent / "screenshots"
pytestmark = pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
                                reason="needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")


@pytest.fixture(scope="module")
def site(crawled, tmp_path_factory):
    """Two complete runs: the session's crawl, then one with bansample's contact page gone."""
    db_path = tmp_path_factory.mktemp("web") / "oit.db"
    with sqlite3.connect(crawled.db_path) as src, sqlite3.connect(db_path) as dst:
        src.backup(dst)
    from farm.server import SITES_DIR
    sites = tmp_path_factory.mktemp("websites") / "sites"
    shutil.copytree(SITES_DIR, sites)
    (sites / "www.bansample.go.th/items/o05.html").unlink()
    with Farm(sites, hang_seconds=4) as farm:
        second = crawl_farm(db_path, farm)
    server = make_server("127.0.0.1", 0, create_app(db_path), threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}", second
    server.shutdown()


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
    SCREENSHOTS.mkdir(exist_ok=True)
    yield driver
    driver.quit()


def by_css(driver, selector):
    from selenium.webdriver.common.by import By
    return driver.find_element(By.CSS_SELECTOR, selector)


def all_css(driver, selector):
    from selenium.webdriver.common.by import By
    return driver.find_elements(By.CSS_SELECTOR, selector)


def test_dashboard_numbers(site, browser):
    url, second = site
    browser.get(url + "/")
    assert by_css(browser, "#run").text == str(second)
    assert by_css(browser, "#agencies").text == "9"
    assert by_css(browser, "#down").text == "1"
    assert by_css(browser, "#newly-count").text == "1"
    newly = by_css(browser, "#newly").text
    assert "องค์การบริหารส่วนตำบลบ้านตัวอย่าง" in newly and "O5" in newly
    assert len(all_css(browser, "#trend rect")) == 2
    rates = [float(row.text.split("(")[1].split("%")[0]) for row in all_css(browser, "#items tr[data-item]")]
    assert len(rates) == 43 and rates[0] == min(rates) and rates == sorted(rates)  # worst first
    browser.save_screenshot(str(SCREENSHOTS / "dashboard.png"))


def test_agency_item_table_history_and_changes(site, browser):
    url, _ = site
    browser.get(url + "/agency/bansample")
    assert by_css(browser, "#agency-name").text == "องค์การบริหารส่วนตำบลบ้านตัวอย่าง"
    assert by_css(browser, "tr#O5").get_attribute("data-status") == "broken"
    assert by_css(browser, "tr#O1").get_attribute("data-status") == "pass"
    timeline = [s.get_attribute("class") for s in all_css(browser, "tr#O5 .timeline span")]
    assert timeline == ["pass", "broken"]
    assert "O5 ข้อมูลการติดต่อ: ผ่าน → เข้าถึงไม่ได้" in by_css(browser, "#changes").text
    # the official method (rules/scoring.py): O5 scores 0; OIT = mean of indicator 9 (29 of 30) and 10 (13 of 13)
    assert by_css(browser, "#score").text == f"{round((round(100 * 29 / 30, 2) + 100) / 2, 2):g}%"
    browser.save_screenshot(str(SCREENSHOTS / "agency.png"))
    evidence = by_css(browser, "tr#O2 td:nth-child(5) a")
    evidence.click()
    assert "นายสมชาย ใจดี" in browser.page_source  # the text the crawler read, shown back


def submit_and_wait(browser, expect_in_url: str) -> None:
    from selenium.webdriver.support.ui import WebDriverWait
    by_css(browser, "#search").click()
    WebDriverWait(browser, 15).until(lambda d: expect_in_url in d.current_url and d.execute_script(
        "return document.readyState") == "complete")


def test_thai_search_filter_and_download(site, browser):
    url, _ = site
    from selenium.webdriver.support.ui import Select
    browser.get(url + "/findings")
    box = by_css(browser, "input[name=q]")
    box.send_keys("เดือนไม่ครบ")
    submit_and_wait(browser, "q=")
    rows = all_css(browser, "#results tr")[1:]
    assert by_css(browser, "#total").text == "3"
    assert {r.find_elements("css selector", "td")[0].text for r in rows} == {"องค์การบริหารส่วนตำบลวังน้ำ"}

    browser.get(url + "/findings")
    Select(by_css(browser, "select[name=province]")).select_by_visible_text("นครราชสีมา")
    Select(by_css(browser, "select[name=status]")).select_by_value("broken")
    submit_and_wait(browser, "status=broken")
    rows = all_css(browser, "#results tr")[1:]
    assert rows and all(r.find_elements("css selector", "td")[1].text == "นครราชสีมา" for r in rows)
    assert {r.find_elements("css selector", "td")[2].text for r in rows} >= {"O5", "O12"}
    csv_text = urllib.request.urlopen(by_css(browser, "#csv").get_attribute("href")).read().decode("utf-8")
    assert csv_text.startswith("\ufeffrun_id") and len(csv_text.strip().splitlines()) == len(rows) + 1
    assert all(",broken," in line for line in csv_text.strip().splitlines()[1:])


def test_script_in_a_crawled_title_is_shown_as_text(site, browser):
    url, _ = site
    from selenium.common.exceptions import NoAlertPresentException
    browser.get(url + "/agency/sawangdaen")
    assert "ข่าว <script>alert('xss')</script>" in by_css(browser, "#pages").text
    with pytest.raises(NoAlertPresentException):
        _ = browser.switch_to.alert.text
    assert browser.execute_script("return document.scripts.length") == 0


def test_english_switch_and_read_only(site, browser):
    url, _ = site
    browser.get(url + "/")
    browser.find_element("link text", "English").click()
    assert browser.find_element("tag name", "h1").text == "Dashboard"
    request = urllib.request.Request(url + "/", method="POST", data=b"x=1")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request)
    assert refused.value.code == 405
