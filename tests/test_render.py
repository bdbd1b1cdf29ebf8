"""Script-built pages: found as shells, rendered in Debian's Chromium through the farm, or recorded unread.

The fixture www.spashell.go.th is one HTML shell for every page; js/app.js builds the menu and each page from JSON
(as vendor SPA templates of Thai local governments do), asks another host for a visitor counter and shows a logo;
the "งบประมาณ" page's JSON sits under /private/, closed by robots.txt.
"""
import json
import os
from collections import Counter
from pathlib import Path

import pytest

from crawler.documents import Limits, extract_html_safely
from crawler.extract import clean_url, parse_html
from crawler.render import not_rendered_note
from service.runs import run_crawl
from crawler.shell import shell_reason
from farm.server import SITES_DIR, Farm
from oit.settings import DEFAULTS
from rules.rulebook import load_rulebook
from storage import open_db
from storage.agencies import import_agencies, list_agencies
from tests.conftest import crawl_settings

pytestmark = pytest.mark.slow  # pages rendered in Chromium

HOST = "www.spashell.go.th"
CHROMIUM = "/usr/bin/chromium"
needs_browser = pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK),
                                   reason="Debian's Chromium is not installed (apt-get install chromium)")
SHELL_URLS = {f"http://{HOST}/", f"http://{HOST}/#/news"} | {f"http://{HOST}/?id={i}" for i in ("home", "about", "ita", "budget")}


def reason(html: str, url: str = "http://x.go.th/") -> str:
    return shell_reason(html.encode("utf-8"), parse_html(html, url))


MENU = "".join(f'<li><a href="/p{i}.html">หัวข้อที่ {i}</a></li>' for i in range(8))


@pytest.mark.parametrize("html, why", [
    ('<html><body><app-root></app-root><script src="main.8f3a2b1c.js"></script></body></html>', "framework"),
    ('<body><div id="root"></div><script src="/static/js/main.js"></script></body>', "mount_point"),
    ('<body><noscript>กรุณาเปิดใช้งาน JavaScript</noscript><div class="wrap"></div><script src="/x.js"></script></body>',
     "noscript"),
    (f'<body><nav><ul>{MENU}</ul></nav><table id="oit"></table>'
     '<script>fetch("/api/oit.json").then(r => r.json()).then(fill)</script></body>', "fetches_data"),
    ('<body><p>' + 'ประกาศองค์การบริหารส่วนตำบล เรื่องการรับสมัครพนักงานจ้าง ' * 10 + '</p>'
     '<div id="menu"></div><script>document.getElementById("menu").innerHTML = MENU_HTML;</script></body>',
     "script_links"),
    ('<body><div class="container"></div><script src="/js/site-app.js"></script></body>', "app_script"),
    # the OIT table filled by the site's own script, beside a menu the server wrote
    (f'<body><nav><ul>{MENU}</ul></nav><h1>ITA 2569</h1><table class="table"><tbody></tbody></table>'
     '<script src="/js/jquery.min.js"></script><script src="/js/oit-table.js"></script></body>', "empty_container"),
    ('<body><header><ul>' + MENU + '</ul></header><div class="content">กำลังโหลดข้อมูล...</div>'
     '<script src="/assets/site.js"></script></body>', "empty_container"),
    # a page of text whose menu comes from the site's script (document.write in menu.js)
    ('<body><script src="/js/menu.js"></script><p>' + 'ประวัติความเป็นมาของตำบล ' * 20 + '</p></body>', "app_script"),
    # server-rendered content beside an application's empty mount: rendered once, read with whatever it draws
    ('<body><p>' + 'รายงานผลการดำเนินงานประจำปีงบประมาณ ' * 20 + '</p>' + MENU + '<div id="app"></div>'
     '<script src="/app.js"></script></body>', "fills_mount"),
])
def test_shells_are_found_by_what_scripts_put_on_the_page(html, why):
    assert reason(html) == why


@pytest.mark.parametrize("html", [
    # a short page with real content and its menu; the clock widget writes markup but builds nothing
    f'<body><nav><ul>{MENU}</ul></nav><h1>ติดต่อเรา</h1><p>โทร 044-123456</p><span id="clock"></span>'
    '<script src="/js/jquery.min.js"></script><script>setInterval(function(){'
    'document.getElementById("clock").innerHTML = new Date();}, 1000)</script></body>',
    '<body><h1>ไม่พบหน้าที่ต้องการ</h1><a href="/">หน้าหลัก</a></body>',  # short, and no script to fill it
    # a short notice with its menu and the template's own script: nothing on it waits for a script
    f'<body><nav><ul>{MENU}</ul></nav><h1>ประกาศ</h1><p>ปิดทำการวันที่ 5 ธันวาคม</p><div class="preloader"></div>'
    '<script src="/js/custom.js"></script></body>',
])
def test_pages_that_hold_their_content_are_not_shells(html):
    assert reason(html) == ""


# Outside hosts that are applications for real readers too (their pages are drawn by scripts)
APP_HOSTS = {"online.anyflip.com", "www.facebook.com", "www.youtube.com",
             "online.fliphtml5.com", "heyzine.com", "onedrive.live.com",  # flipbooks, OneDrive (heldout_links.py)
             "padlet.com", "www.canva.com", "thamuangsao.my.canva.site",  # a board, designs, a site (heldout_builders2.py)
             "www.info.go.th",  # the government information centre's application, only checked (heldout_national.py)
             "www.dropbox.com", "phosaisao-my.sharepoint.com", "app.box.com", "mega.nz", "www.terabox.com",
             "issuu.com", "www.tiktok.com", "forms.office.com", "forms.cloud.microsoft",  # shares' viewers (heldout_shares.py)
             "lookerstudio.google.com", "app.powerbi.com", "public.tableau.com",  # dashboards' applications, only
             "banphaeng.maps.arcgis.com"}  # framed or checked, never read (heldout_dashboards.py)
APP_PATHS = {("docs.google.com", "presentation"),  # published Slides: the viewer draws the deck (heldout_builders2.py)
             ("www.huaihin-sao.go.th", "ebook"),  # a FlipBuilder book on the agency's host (heldout_documents2.py)
             ("docs.google.com", "spreadsheets")}  # a published Sheets chart, drawn by its script (heldout_dashboards.py)


SCRIPT_BUILT = ("spa", "react_router", "web_components", "infinite_scroll", "wp_admin_ajax", "canvas_charts",
                "client_includes", "lazy_fragments")  # drawn by scripts, in whole or in part


def script_built_sites() -> set[str]:
    """Fixture sites whose expected.yaml says they are built by scripts (architecture spa_…, web components, a list
    growing on scroll)."""
    import yaml
    return {path.parent.name for path in SITES_DIR.glob("*/expected.yaml")
            if str(yaml.safe_load(path.read_text(encoding="utf-8")).get("architecture", "")).startswith(SCRIPT_BUILT)}


def test_no_page_of_the_ordinary_farm_is_a_shell():
    """Rendering costs nothing where no page needs it: the farm's sites (every architecture but the script-built)."""
    limits = Limits.from_settings(DEFAULTS["crawl"])
    skip = script_built_sites() | APP_HOSTS | {HOST}
    assert len(skip) > len(APP_HOSTS) + 1  # the corpus has script-built sites, and they are left out here
    shells = []
    for path in SITES_DIR.glob("*/**/*"):
        if not path.is_file() or path.relative_to(SITES_DIR).parts[0] in skip \
                or path.relative_to(SITES_DIR).parts[:2] in APP_PATHS \
                or not (path.suffix in {".html", ".php"} or "@" in path.name):
            continue
        body = path.read_bytes()
        if b"<script" in body.lower():  # without a script nothing can be a shell (shell_reason's first test)
            got = extract_html_safely(f"http://{path.relative_to(SITES_DIR)}", body, "text/html", "utf-8", None, limits)
            if got.shell:
                shells.append((str(path), got.shell))
    assert shells == []


def test_a_client_side_route_is_a_page_of_its_own():
    assert clean_url("http://X.go.th/#/ita2569/o1") == "http://x.go.th/#/ita2569/o1"
    assert clean_url("http://x.go.th/#!/news") == "http://x.go.th/#!/news"
    assert clean_url("http://x.go.th/about.html#top") == "http://x.go.th/about.html"  # a place on the page
    assert clean_url("http://x.go.th/#/") == "http://x.go.th/"  # the placeholder "#/" leads nowhere new


def test_the_run_note_says_it_once_in_thai_and_english():
    assert not_rendered_note(Counter()) == ""
    assert not_rendered_note(Counter(no_browser=6)) == ("หน้าเว็บสร้างด้วย JavaScript 6 หน้า ไม่ได้แสดงผล: "
                                                        "ไม่พบเบราว์เซอร์ / 6 script-built pages not rendered: no browser")
    both = not_rendered_note(Counter(agency_budget=3, failed=1))
    assert "4 หน้า" in both and "per-agency render budget spent 3, render failed or built nothing 1" in both


# -- crawling the fixture through the farm -------------------------------------------------------------
def crawl_spashell(tmp_path: Path, farm: Farm, **overrides):
    registry = tmp_path / "agencies.csv"
    registry.write_text(f"id,name_th,url\nspashell,องค์การบริหารส่วนตำบลสปาเชลล์,http://{HOST}/\n", encoding="utf-8")
    db_path = tmp_path / "oit.db"
    db = open_db(db_path)
    import_agencies(db, registry)
    overrides.setdefault("render_seconds", 60)  # a busy test machine: a render is never cut short here
    run_id = run_crawl(db_path, list_agencies(db), load_rulebook(2569), crawl_settings(farm, **overrides))
    pages = {row["url"]: row for row in db.query("SELECT * FROM pages WHERE run_id = ?", [run_id])}
    return db["runs"].get(run_id), pages


@needs_browser
def test_script_built_pages_are_rendered_and_their_links_followed(tmp_path):
    with Farm() as farm:
        run, pages = crawl_spashell(tmp_path, farm)
        log, max_in_flight = list(farm.stats.log), farm.stats.max_in_flight[HOST]
    rendered = {url for url, row in pages.items() if row["rendered"] == 1}
    assert rendered == SHELL_URLS - {f"http://{HOST}/?id=budget"}
    ita = pages[f"http://{HOST}/?id=ita"]
    assert "แผนการดำเนินงานและการใช้งบประมาณประจำปี" in ita["text"] and not ita["unread"]
    assert any(link["url"] == f"http://{HOST}/docs/o12.pdf" for link in json.loads(ita["links"]))
    # the documents exist only in the rendered DOM: the spider followed them
    assert pages[f"http://{HOST}/docs/o12.pdf"]["status"] == 200 and pages[f"http://{HOST}/docs/o03.pdf"]["kind"] == "pdf"
    # the page whose data robots.txt closes could not be built: unread, never "empty"
    assert "ประชาสัมพันธ์การชำระภาษี" in pages[f"http://{HOST}/#/news"]["text"]  # a hash route, drawn by its script
    assert pages[f"http://{HOST}/?id=budget"]["unread"] == "script_shell"
    assert "1 script-built page not rendered: render failed" in run["note"]
    # the browser reached nothing by itself: every request came through Scrapy, the proxy and robots.txt
    agent = crawl_settings(farm)["user_agent"].split("/")[0]
    assert {host for host, _, _ in log} == {HOST} and all(ua.startswith(agent) for _, _, ua in log)
    assert max_in_flight <= 2  # the render's requests wait in the agency's download slot like its pages
    paths = [path for _, path, _ in log]
    assert not any(p.startswith(("/img/", "/css/", "/private/")) for p in paths)  # refused, or closed to robots
    # the pages themselves ("/" and its route "/#/news", the same HTML) were fetched by the crawler only, and given to
    # the browser
    assert paths.count("/") == 2
    # every page's scripts ask for the same app.js and menu: asked once a run (twice: two renders at once)
    assert 1 <= paths.count("/js/app.js") <= 2 and 1 <= paths.count("/api/menu.json") <= 2


@needs_browser
@pytest.mark.parametrize("budget, why", [({"render_agency_pages": 2}, "per-agency render budget spent"),
                                         ({"render_run_pages": 2}, "per-crawl render budget spent")])
def test_the_render_budget_holds(tmp_path, budget, why):
    with Farm() as farm:
        run, pages = crawl_spashell(tmp_path, farm, **budget)
    assert sum(row["rendered"] == 1 for row in pages.values()) == 2
    unread = [url for url, row in pages.items() if row["unread"] == "script_shell"]
    assert unread and set(unread) <= SHELL_URLS
    assert why in run["note"] and run["note"].count("JavaScript") == 1


@needs_browser
def test_a_shell_unchanged_since_last_night_is_rendered_again(tmp_path):
    """Night two: the server answers 304 for the shell (the stored extraction is kept); its scripts' data may have
    changed, so it is rendered again, its HTML fetched for the browser without the validators."""
    with Farm() as farm:
        crawl_spashell(tmp_path, farm)
        first = len(farm.stats.log)
        run, pages = crawl_spashell(tmp_path, farm)
        night_two = [path for _, path, _ in farm.stats.log[first:]]
        assert farm.stats.not_modified[HOST] > 0
    assert {url for url, row in pages.items() if row["rendered"] == 1} == SHELL_URLS - {f"http://{HOST}/?id=budget"}
    assert "แผนการดำเนินงาน" in pages[f"http://{HOST}/?id=ita"]["text"]
    assert night_two.count("/?id=ita") == 2  # answered 304 to the crawler, then in full for the browser


@pytest.mark.parametrize("overrides, why", [({"render": False}, "rendering disabled in the settings"),
                                            ({"render_browser": "/nonexistent/chromium"}, "no browser")])
def test_without_a_browser_shells_are_unread_and_the_run_says_so_once(tmp_path, overrides, why):
    with Farm() as farm:
        run, pages = crawl_spashell(tmp_path, farm, **overrides)
    home = pages[f"http://{HOST}/"]
    assert home["unread"] == "script_shell" and not home["rendered"]
    assert not any(row["rendered"] for row in pages.values())
    assert run["state"] == "complete" and run["note"] == (
        f"หน้าเว็บสร้างด้วย JavaScript 1 หน้า ไม่ได้แสดงผล: {'ไม่พบเบราว์เซอร์' if why == 'no browser' else 'ปิดการแสดงผลไว้ในการตั้งค่า'}"
        f" / 1 script-built page not rendered: {why}")


@needs_browser
def test_a_render_that_timed_out_is_tried_again_with_more_time(tmp_path):
    """On a busy night a page's scripts may need more than ``render_seconds``: the second look waits longer, as a
    reader waits for a slow page, instead of leaving it unread. Here the script works 3 s before drawing (CPU, so
    nothing fetched by the first look makes the second one quicker) and a render has 4 s (2 s of them to load): the
    first look fails, the second (8 s) reads the page."""
    host = "www.slowscript.go.th"
    site = tmp_path / "sites" / host
    (site / "js").mkdir(parents=True)
    (site / "manifest.yaml").write_text("{}\n", encoding="utf-8")
    (site / "index.html").write_text(
        '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>อบต.สโลว์สคริปต์</title>'
        '<script src="/js/app.js" defer></script></head><body><div id="app"></div></body></html>', encoding="utf-8")
    (site / "js" / "app.js").write_text(
        "var t = Date.now(); while (Date.now() - t < 3000) {}\n"
        "document.getElementById('app').innerHTML = '<h1>การเปิดเผยข้อมูลสาธารณะ ITA 2569</h1>' +\n"
        "  '<p>องค์การบริหารส่วนตำบลสโลว์สคริปต์ เผยแพร่ข้อมูลตามเกณฑ์การประเมินคุณธรรมและความโปร่งใส</p>' +\n"
        "  '<a href=\"/docs/o1.pdf\">O1 โครงสร้างหน่วยงาน</a>';\n", encoding="utf-8")
    registry = tmp_path / "agencies.csv"
    registry.write_text(f"id,name_th,url\nslowscript,อบต.สโลว์สคริปต์,http://{host}/\n", encoding="utf-8")
    db_path = tmp_path / "oit.db"
    db = open_db(db_path)
    import_agencies(db, registry)
    with Farm(sites_dir=tmp_path / "sites") as farm:
        run_id = run_crawl(db_path, list_agencies(db), load_rulebook(2569),
                           crawl_settings(farm, render_seconds=4, max_pages=5))
    home = db.execute("SELECT rendered, unread, text FROM pages WHERE run_id = ? AND url = ?",
                      [run_id, f"http://{host}/"]).fetchone()
    assert home[0] == 1 and not home[1] and "การเปิดเผยข้อมูลสาธารณะ" in home[2]
