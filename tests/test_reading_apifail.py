"""Classes found on the held-out sites of farm/builders/heldout_apifail.py (issue 19, round 12, lane "apifail"): a
script-built page whose own data requests failed is not the whole page. Before any change www.sakaekrang.go.th (an
ITA app drawing each indicator's rows from /api/ita.php, indicator 10's endpoint answering 500) scored 19/26: O20–O26,
never drawn, were reported missing; www.phanna-sao.go.th (WordPress rows from admin-ajax.php, the first request
hanging) scored 26/26 already (the render's second attempt reads it):

* a rendered page's own data requests (``fetch()``/XHR of the agency's hosts; not scripts, pictures, fonts, styles,
  other hosts' data, visitor counters or analytics) that failed — an answer of 500 and up or 429, a timeout, a
  refused connection, a request refused by the crawl's bounds or robots.txt — or were still open when the page was
  read, and were never answered after, leave the page read in part (``data_unread``): an item not found there is
  unchecked, never missing;
* such a page is rendered once more, as a reader reloads it, within the render attempts and budgets: a look whose
  data came wins over one whose data failed.
"""
from __future__ import annotations

import asyncio
import os
import shutil
from types import SimpleNamespace

import pytest
import yaml
from scrapy.settings import Settings

from crawler.documents import Limits, extract_html_safely
from crawler.render import (DATA_UNREAD, RENDER_ATTEMPTS, Renderer, data_key, data_request, data_unread,
                            failed_answer)
from crawler.extract import parse_html
from crawler.shell import shell_reason
from farm.builders import heldout_apifail as apifail
from farm.server import SITES_DIR
from oit.settings import DEFAULTS
from rules.coverage import PAGE_CUTS
from rules.vocabulary import ALARMS, UNREAD
from tests.conftest import assert_read_as_expected, expected, found, judge_fixture_sites

SAKAE, PHANNA = apifail.HOSTS
CHROMIUM = "/usr/bin/chromium"
needs_browser = pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK),
                                   reason="Debian's Chromium is not installed (apt-get install chromium)")
LIMITS = Limits.from_settings(DEFAULTS["crawl"])


# -- which requests are the page's data, which answers are failures -----------------------------------------------

@pytest.mark.parametrize("kind, own, url, data", [
    ("fetch", True, "http://www.x.go.th/api/ita.php?year=2569&indicator=10", True),
    ("xhr", True, "http://www.x.go.th/wp-admin/admin-ajax.php?action=oit_table&year=2569", True),
    ("xhr", True, "http://www.x.go.th/datatables/server_side.php?draw=1&start=0", True),
    ("xhr", False, "https://api.thirdparty.com/v1/widget.json", False),         # another host's data: refused by design
    ("script", True, "http://www.x.go.th/assets/js/app.8c41d2e7.js", False),    # a script: the render fails or not
    ("image", True, "http://www.x.go.th/images/banner.jpg", False),
    ("font", True, "http://www.x.go.th/fonts/sarabun.woff2", False),
    ("stylesheet", True, "http://www.x.go.th/css/style.css", False),
    ("xhr", True, "http://www.x.go.th/counter/visit.php?page=ita", False),      # a visitor counter draws nothing
    ("fetch", True, "http://www.x.go.th/api/analytics/collect", False),
    ("xhr", True, "http://www.x.go.th/session/keepalive", False),
])
def test_the_pages_own_data_requests_are_watched(kind, own, url, data):
    assert data_request(kind, own, url) is data


@pytest.mark.parametrize("status, failed", [(500, True), (502, True), (503, True), (504, True), (429, True),
                                            (200, False), (204, False), (304, False), (404, False), (403, False)])
def test_server_failures_are_failed_answers_a_404_is_an_answer(status, failed):
    assert failed_answer(status) is failed


def test_a_data_request_failed_or_still_open_and_never_answered_is_unread():
    budget = {"data": {"http://x/api?i=9": "ok", "http://x/api?i=10": "failed", "http://x/ajax": "open",
                       "http://x/rows?p=2": "refused"}}
    assert data_unread(budget) == ["http://x/ajax", "http://x/api?i=10", "http://x/rows?p=2"]
    assert data_unread({"data": {"http://x/api?i=9": "ok"}}) == [] and data_unread({}) == []


def test_posts_to_one_address_are_told_apart_by_what_they_ask():
    ajax = "http://www.x.go.th/wp-admin/admin-ajax.php"
    menu, rows = data_key("POST", ajax, b"action=menu"), data_key("POST", ajax, b"action=oit_table&year=2569")
    assert menu != rows and rows == data_key("POST", ajax, b"action=oit_table&year=2569")
    assert data_key("GET", ajax + "?action=oit_table", None) == ajax + "?action=oit_table"


def test_data_unread_is_a_page_read_in_part_with_words():
    assert DATA_UNREAD in PAGE_CUTS and DATA_UNREAD in UNREAD
    thai, english = UNREAD[DATA_UNREAD]
    assert thai and "data" in english


# -- the second look -----------------------------------------------------------------------------------------------

SHELL = '<html><body><div id="app"></div><script src="/js/app.8c41d2e7.js"></script></body></html>'
DRAWN = ('<html><body><nav>' + "".join(f'<a href="/p{i}.html">หัวข้อ {i}</a>' for i in range(6)) + '</nav><h1>ITA 2569'
         '</h1><p>' + "การเปิดเผยข้อมูลสาธารณะ ประจำปีงบประมาณ พ.ศ. 2569 " * 8 + '</p>%s</body></html>')


def renderer(looks: list[tuple[str, str]], agency_pages: int = 40) -> Renderer:
    """A renderer whose renders give ``looks`` in turn (html, cut), without a browser."""
    crawler = SimpleNamespace(settings=Settings({"USER_AGENT": "oit-watch-test", "OIT_LIMITS": {}}))
    made = Renderer(crawler, {"render_agency_pages": agency_pages})
    given = iter(looks)

    async def ready():
        return object()

    async def html(*args, **kwargs):
        return next(given)
    made._browser_ready = ready  # type: ignore[method-assign]
    made._html = html  # type: ignore[method-assign]
    return made


def reread(made: Renderer):
    served = extract_html_safely("http://www.x.go.th/ita/2569.html", SHELL.encode(), "text/html; charset=utf-8", "utf-8",
                                 SHELL, LIMITS)
    assert served.shell
    response = SimpleNamespace(url="http://www.x.go.th/ita/2569.html",
                               request=SimpleNamespace(url="http://www.x.go.th/ita/2569.html"))
    return asyncio.run(made.reread(response, served, "x", lambda host: True))


def test_a_page_whose_data_failed_is_looked_at_again_and_the_whole_look_wins():
    assert RENDER_ATTEMPTS >= 2
    made = renderer([(DRAWN % "<p>เกิดข้อผิดพลาดในการโหลดข้อมูล</p>", DATA_UNREAD),
                     (DRAWN % '<a href="/f/O20.pdf">O20 ช่องทางแจ้งเรื่องร้องเรียน</a>', "")])
    got, fields = reread(made)
    assert fields == {"rendered": 1} and got.cut == "" and "O20" in got.text
    assert made.per_agency["x"] == 2 and made.data_unread == 0


def test_a_page_whose_data_fails_on_every_look_is_read_in_part():
    made = renderer([(DRAWN % "<p>เกิดข้อผิดพลาด</p>", DATA_UNREAD), (DRAWN % "<p>เกิดข้อผิดพลาด</p>", DATA_UNREAD)])
    got, fields = reread(made)
    assert fields == {"rendered": 1} and got.cut == DATA_UNREAD and made.data_unread == 1


def test_a_second_look_that_fails_keeps_the_first_part_read():
    made = renderer([(DRAWN % "<p>แถว O5 แผนพัฒนาท้องถิ่น</p>", DATA_UNREAD), ("", "")])
    got, fields = reread(made)
    assert fields == {"rendered": 1} and got.cut == DATA_UNREAD and "O5" in got.text


def test_the_second_look_keeps_the_agencys_render_budget():
    made = renderer([(DRAWN % "<p>เกิดข้อผิดพลาด</p>", DATA_UNREAD)], agency_pages=1)
    got, fields = reread(made)
    assert got.cut == DATA_UNREAD and made.per_agency["x"] == 1


def test_a_whole_page_is_rendered_once():
    made = renderer([(DRAWN % "", ""), (DRAWN % "", DATA_UNREAD)])
    got, _ = reread(made)
    assert got.cut == "" and made.per_agency["x"] == 1


# -- the held-out sites through the farm, in Chromium -----------------------------------------------------------

@pytest.mark.slow
@needs_browser
def test_the_held_out_sites_are_read_as_a_person_reads_them(tmp_path):
    result = judge_fixture_sites(tmp_path / "apifail.db", list(apifail.HOSTS))
    assert_read_as_expected(result, least=25)
    pages = {row["url"]: row for row in result.db["pages"].rows_where("run_id = ?", [result.run_id])}
    ita = pages[f"http://{SAKAE}/ita/2569.html"]
    assert ita["rendered"] == 1 and ita["part_unread"] == DATA_UNREAD and "O19" in ita["text"]
    sakae = found(result, next(s.agency for s in result.sites if s.host == SAKAE))
    assert {sakae[f"O{n}"] for n in range(20, 27)} == {"unchecked"}
    assert sakae["O8"] == "broken" and sakae["O12"] == "partial" and sakae["O5"] == "pass"
    asked = [path for host, path, _ in result.stats.log if host == SAKAE and "indicator=10" in path]
    assert len(asked) == 2  # looked at once more, as a reader reloads; not more
    wp = pages[f"http://{PHANNA}/ita-2569/"]
    assert wp["rendered"] == 1 and not wp["part_unread"] and "O26" in wp["text"]


def copy_sites(tmp_path, change) -> "os.PathLike[str]":
    """The two sites in a copy whose manifest ``change(host, manifest)`` changes."""
    dest = tmp_path / "sites"
    for host in (*apifail.HOSTS, "docs.google.com", "www.google.com", "www.nacc.go.th", "www.pacc.go.th", "line.me"):
        if (SITES_DIR / host).is_dir():
            shutil.copytree(SITES_DIR / host, dest / host)
    for host in apifail.HOSTS:
        path = dest / host / "manifest.yaml"
        manifest = yaml.safe_load(path.read_text(encoding="utf-8"))
        change(host, manifest)
        path.write_text(yaml.safe_dump(manifest, allow_unicode=True), encoding="utf-8")
    return dest


@pytest.mark.slow
@needs_browser
@pytest.mark.parametrize("how", ["hangs", "robots"])
def test_rows_whose_request_never_answers_or_is_refused_are_unchecked(tmp_path, how):
    """The ITA app's data API hangs on every request (a PHP worker stuck all night: the shell draws, no row comes),
    or robots.txt refuses indicator 10's address: what those requests would draw is never read; no item is missing
    for it (before: the drawn shell was taken for the whole page, every item not in it missing)."""
    def change(host, manifest):
        if host == SAKAE and how == "hangs":
            manifest["hang"] = ["/api/"]
        elif host == SAKAE:
            manifest.pop("page_status")
            manifest["robots"] = "User-agent: *\nDisallow: /api/ita.php?year=2569&indicator=10\n"
    sites = copy_sites(tmp_path, change)
    result = judge_fixture_sites(tmp_path / f"{how}.db", [SAKAE], sites_dir=sites)
    page = next(result.db["pages"].rows_where("run_id = ? AND url = ?", [result.run_id, f"http://{SAKAE}/ita/2569.html"]))
    assert (page["rendered"], page["part_unread"], page["unread"]) == (1, DATA_UNREAD, None)
    got, want = found(result, result.sites[0].agency), expected(SAKAE)
    assert not [c for c in want if got[c] in ALARMS and want[c] != got[c]]
    assert {got[c] for c in ("O20", "O23", "O26")} == {"unchecked"}
    if how == "hangs":  # no row drawn: the documents of indicator 9 are unread too
        assert {got[c] for c in ("O5", "O8", "O12", "O16")} == {"unchecked"}
    else:
        assert got["O5"] == "pass" and got["O8"] == "broken"


@pytest.mark.slow
@needs_browser
def test_a_table_whose_rows_never_come_raises_no_alarm(tmp_path):
    """admin-ajax.php hangs on every request: the WordPress page's table stays "กำลังโหลดข้อมูล…" (the page built
    nothing: unread whole) and no item is missing for it."""
    def change(host, manifest):
        if host == PHANNA:
            manifest["hang"] = manifest.pop("hang_once")
    sites = copy_sites(tmp_path, change)
    result = judge_fixture_sites(tmp_path / "stuck.db", [PHANNA], sites_dir=sites)
    page = next(result.db["pages"].rows_where("run_id = ? AND url = ?", [result.run_id, f"http://{PHANNA}/ita-2569/"]))
    assert page["part_unread"] == DATA_UNREAD or page["unread"] == "script_shell"
    got, want = found(result, result.sites[0].agency), expected(PHANNA)
    assert not [c for c in want if got[c] in ALARMS]
    assert {got[c] for c in ("O5", "O6", "O13", "O20", "O22", "O25")} == {"unchecked"}


# -- an application mounted into part of an ordinary page ---------------------------------------------------------

MENU = "".join(f'<a href="/p{i}.html">เมนู {i}</a>' for i in range(8))
TEMPLATE = ("<html><body><nav>" + MENU + "</nav><p>" + "เทศบาลตำบลสะแกกรัง เผยแพร่ข้อมูลสาธารณะ " * 12 + "</p>{block}"
            "<footer>55 ถนนท่าช้าง โทรศัพท์ 056-511-220</footer></body></html>")


@pytest.mark.parametrize("block, why", [
    ('<div id="ita-app"></div><script src="/assets/js/ita-app.8c41d2e7.js"></script>', "fills_mount"),
    ('<section id="oit-list"></section><script>fetch("/api/oit?year=2569").then(r => r.json())'
     '.then(d => { document.getElementById("oit-list").innerHTML = d.html; });</script>', "fills_mount"),
    ('<div id="fb-root"></div><script src="/js/main.js"></script>', ""),  # Facebook's SDK root holds no content
    ('<div id="pdpa-app"></div><script src="/js/main.js"></script>', ""),  # a cookie banner's
    ('<div id="clock"></div><script>document.getElementById("clock").innerHTML = new Date();</script>', ""),
])
def test_an_ordinary_page_whose_content_area_is_an_empty_mount_is_a_shell_in_part(block, why):
    """The template's header, menu and footer served, the content area an empty element an application fills: a
    person sees the OIT table, the served HTML holds none of it (before: read as served, every item missing)."""
    html = TEMPLATE.format(block=block)
    assert shell_reason(html.encode(), parse_html(html, f"http://{SAKAE}/ita/2569.html")) == why


@pytest.mark.slow
@needs_browser
def test_the_app_mounted_beside_a_served_menu_is_rendered_and_read(tmp_path):
    """www.sakaekrang.go.th as first built: the ITA page's header, menu and intro served around an empty
    ``<div id="ita-app">`` the site's script fills. The page is rendered and read as the held-out site is (before:
    read as served, 12 false alarms)."""
    sites = copy_sites(tmp_path, lambda host, manifest: None)
    page = sites / SAKAE / "ita" / "2569.html"
    menu = "".join(f'<li><a href="{href}">{name}</a></li>' for name, href in [
        ("หน้าหลัก", "/"), ("โครงสร้าง", "/structure.html"), ("คณะผู้บริหาร", "/executives.html"),
        ("ข่าวประชาสัมพันธ์", "/news.html"), ("E-Service", "/eservice.html"), ("ร้องเรียนการทุจริต", "/complaint.html"),
        ("ITA 2569", "/ita/2569.html"), ("ติดต่อเรา", "/contact.html")])
    served = (f'<div id="app" data-year="2569"><header><b>เทศบาลตำบลสะแกกรัง</b> อำเภอเมืองอุทัยธานี จังหวัดอุทัยธานี'
              f'<nav><ul>{menu}</ul></nav></header><main><h1>ITA 2569</h1><p>{"เทศบาลตำบลสะแกกรัง เผยแพร่ข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) " * 3}'
              '</p><div id="ita-app"></div></main><footer>55 ถนนท่าช้าง ตำบลสะแกกรัง โทรศัพท์ 056-511-220</footer></div>')
    html = page.read_text(encoding="utf-8")
    assert '<div id="app" data-year="2569"></div>' in html
    page.write_text(html.replace('<div id="app" data-year="2569"></div>', served).replace(
        "<noscript>กรุณาเปิดใช้งาน JavaScript เพื่อดูข้อมูล</noscript>", ""), encoding="utf-8")
    result = judge_fixture_sites(tmp_path / "mounted.db", [SAKAE], sites_dir=sites)
    ita = next(result.db["pages"].rows_where("run_id = ? AND url = ?", [result.run_id, f"http://{SAKAE}/ita/2569.html"]))
    assert ita["rendered"] == 1 and "O19" in ita["text"]
    got, want = found(result, result.sites[0].agency), expected(SAKAE)
    assert not [c for c in want if got[c] in ALARMS and want[c] != got[c]]
    assert sum(want[c] == got[c] for c in want) >= 25
