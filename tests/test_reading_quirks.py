"""Classes found on the held-out sites of farm/builders/heldout_quirks.py (issue 19, round 9, lane "quirks"): servers
and markup that lie, or differ from what a person's browser smooths over, crawled through the farm and judged as
the accuracy benchmark judges them. Before any change www.nonsila-sao.go.th scored 2/26 with 23 false alarms and
www.thungkwao.go.th 9/26 with 16:

* a page sent in full under HTTP 404 or 500 (a CMS routing its pretty addresses through ``ErrorDocument 404``, a
  template failing after its content) is the page a browser shows: read and judged on what it shows; the site's own
  "not found" in its template, and a server's bare error page, stay failures (before: every page but the home
  "page not found", the OIT index never read);
* a 503 or 429 that says when to come back (``Retry-After``) is asked again after that wait, up to three looks; a
  503 still busy is unread (``busy``), never broken (before: broken after the second look);
* a year ``<select>`` bound by a script at the page's end (no ``onchange``) whose options are each year's page is
  a jump list: a person picks 2569 (before: only the 2568 page the site shows first was read);
* a ``<form method="get">`` of hidden fields and a button is a link (download.asp?file=…);
* a backslash in an href's path is a slash, as a browser resolves it (before: ``%5C`` addresses answering 404);
* found by probes (variants of the held-out sites): an HTTP ``Refresh: 0; url=…`` header is followed as a meta
  refresh is (before: a home sending its reader on so read as empty, every item unchecked); a home sent in full
  under a 404 is a site that answered (before: "unreachable"); a single-page application whose server answers every
  route 404 with its shell is rendered and judged (before: the Angular held-out site, 22 items "not found").

Probes of the same mechanics that already held: a Referer-guarded download (the linking page is sent), a download
needing the session cookie a page set (one jar per agency), HEAD refused (the crawler only sends GET), Thai names
in Content-Disposition on an octet-stream download (the body is sniffed), raw Thai hrefs with spaces, TIS-620 under
a utf-8 header and UTF-8 under a windows-874 one, a meta refresh then a script location to the home, a PDF sent as
text/html, an ``onclick="window.location='…'"`` link.
"""
from __future__ import annotations

import os
import shutil
import time

import lxml.html
import pytest
import yaml
from scrapy.http import HtmlResponse, Request

from alerts.compose import _page_cause
from crawler.clicks import choice_links, download_forms, link_forms
from crawler.extract import Extracted, decode_html, join, parse_html
from crawler.scriptmove import header_refresh
from crawler.soft404 import may_be_shown, shown_in_full
from crawler.spiders.agency import AgencySpider, retry_after
from farm.server import SITES_DIR
from rules.coverage import failed, unread_reason
from rules.vocabulary import ALARMS
from tests.conftest import expected, found, judge_fixture_sites

SERVER, MARKUP = "www.nonsila-sao.go.th", "www.thungkwao.go.th"
MENU = "".join(f'<li><a href="/page/{k}">{k}</a></li>' for k in ("structure", "executives", "contact", "news"))


def page(title: str, body: str) -> Extracted:
    html = (f'<html><head><meta charset="utf-8"><title>{title}</title></head><body><nav><ul>{MENU}</ul></nav>'
            f'<div id="content">{body}</div><footer>อบต.ตัวอย่าง 12 หมู่ 3 โทรศัพท์ 043-000-111</footer></body></html>')
    return parse_html(html, "http://www.x-sao.go.th/page/structure")


CONTENT = ("<h2>โครงสร้างองค์กร</h2><p>องค์การบริหารส่วนตำบลตัวอย่าง แบ่งส่วนราชการเป็น สำนักปลัด กองคลัง กองช่าง "
           "กองการศึกษา ศาสนาและวัฒนธรรม อำนาจหน้าที่ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537</p>")


def test_a_page_sent_in_full_under_an_error_status_is_the_page_and_a_not_found_page_is_not():
    assert shown_in_full(page("โครงสร้างองค์กร - อบต.ตัวอย่าง", CONTENT))
    # the template's own "not found", in its title or its words, and a bare server error page
    assert not shown_in_full(page("ไม่พบหน้าที่ต้องการ - อบต.ตัวอย่าง", "<p>ขออภัย หน้านี้อาจถูกย้ายหรือลบไปแล้ว</p>" * 3))
    assert not shown_in_full(page("Page not found – อบต.ตัวอย่าง", CONTENT))
    assert not shown_in_full(page("อบต.ตัวอย่าง", "<h1>Not Found</h1><p>The requested URL was not found on this "
                                               "server. Additionally, a 404 Not Found error was encountered.</p>" * 2))
    assert not shown_in_full(page("อบต.ตัวอย่าง", "<p>ขออภัย ไม่พบหน้าเว็บที่คุณเรียก กรุณาตรวจสอบที่อยู่อีกครั้ง</p>" * 3))
    assert not shown_in_full(page("500 - Internal server error.", CONTENT))
    assert not shown_in_full(parse_html("<html><head><title>x</title></head><body>" + CONTENT + "</body></html>", "http://x/"))
    # only a router's or a failing template's status, with a page's size, is worth reading
    assert may_be_shown(404, "text/html; charset=utf-8", 16_000) and may_be_shown(500, "", 5_000)
    assert may_be_shown(404, "text/html", 597)                     # a single-page application's shell, rendered
    assert not may_be_shown(404, "text/html", 300) and not may_be_shown(503, "text/html", 16_000)
    assert not may_be_shown(403, "text/html", 16_000) and not may_be_shown(404, "application/pdf", 16_000)


def test_the_rules_judge_a_page_read_under_an_error_status_and_fail_one_that_was_not():
    shown = {"url": "http://x.go.th/page/a", "status": 404, "error": "", "kind": "html", "text": "โครงสร้างองค์กร " * 5,
             "links": [{"url": "http://x.go.th/page/b", "kind": "a"}]}
    assert not failed(shown) and unread_reason(shown) is None
    assert failed(dict(shown, error="http_4xx")) and failed(dict(shown, kind="other", text=""))
    assert failed({"url": "http://x.go.th/b", "status": 500, "kind": "other"})
    assert unread_reason({"url": "http://x.go.th/b", "status": 500, "kind": "other"}) == "fetch_failed"
    # an alert names no HTTP 404 as the cause of an item whose evidence page was read under it
    assert _page_cause({"status": 404, "error": "", "kind": "html", "text": "โ"}) is None
    assert _page_cause({"status": 404, "error": "http_4xx", "error_detail": "HTTP 404", "kind": "other"}) is not None


def answer(status: int, retry: str | None) -> HtmlResponse:
    headers = {"Retry-After": retry} if retry is not None else {}
    return HtmlResponse("http://x.go.th/download.php?id=3", status=status, headers=headers, body=b"<html></html>",
                        request=Request("http://x.go.th/download.php?id=3"))


def test_a_busy_answer_says_how_long_to_wait_and_is_looked_at_again_up_to_three_times():
    assert retry_after(answer(503, "3")) == 3.0 and retry_after(answer(429, "0")) == 0.0
    soon = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 10))
    assert 5 <= retry_after(answer(503, soon)) <= 11
    assert retry_after(answer(503, "3600")) is None and retry_after(answer(503, None)) is None   # beyond the bound
    assert retry_after(answer(500, "3")) is None and retry_after(answer(503, "soon")) is None
    first = answer(503, "3")
    assert AgencySpider.worth_a_second_look(first)
    request = first.request
    for _ in range(3):
        request = AgencySpider.second_request(request, busy=True)
    assert request.meta["busy_looks"] == 3
    last = HtmlResponse(first.url, status=503, headers={"Retry-After": "3"}, body=b"", request=request)
    last.request.meta.update(request.meta)
    assert not AgencySpider.worth_a_second_look(last)
    spider = AgencySpider()
    assert spider.answer(answer(503, "3600")).get("unread") == "busy"      # too late to wait for: unread, not broken
    assert spider.answer(answer(503, None)).get("unread") is None          # a plain 503: its second look decides
    plain = AgencySpider.second_request(answer(503, None).request)   # without Retry-After: one second look, as before
    assert not AgencySpider.worth_a_second_look(HtmlResponse(first.url, status=503, body=b"", request=plain))


def test_a_backslash_in_an_hrefs_path_is_a_slash_as_a_browser_reads_it():
    base = "http://www.x.go.th/th/ita.asp?y=2569"
    assert join(base, "\\upload\\ita2569\\O5.pdf") == "http://www.x.go.th/upload/ita2569/O5.pdf"
    assert join(base, "..\\upload\\ita2569\\O6.pdf") == "http://www.x.go.th/upload/ita2569/O6.pdf"
    assert join(base, "files\\O7.pdf?name=a\\b") == "http://www.x.go.th/th/files/O7.pdf?name=a\\b"  # the query is kept
    got = parse_html('<a href="\\upload\\ita2569\\O5.pdf">แผนพัฒนาท้องถิ่น</a><frame src="menu\\left.htm">', base)
    assert [link["url"] for link in got.links] == ["http://www.x.go.th/upload/ita2569/O5.pdf",
                                                   "http://www.x.go.th/th/menu/left.htm"]


def test_a_jump_list_bound_by_a_script_elsewhere_is_known_by_its_options_addresses():
    options = "".join(f'<option value="ita.asp?y={y}">ปีงบประมาณ {y}</option>' for y in (2569, 2568))
    bound = lxml.html.fromstring(f'<div><select id="ddlYear">{options}</select></div>')
    assert [h for _, h, _, _ in choice_links(bound)] == ["ita.asp?y=2569", "ita.asp?y=2568"]
    called = lxml.html.fromstring(f'<div><select onchange="goYear(this)">{options}</select></div>')
    assert [h for _, h, _, _ in choice_links(called)] == ["ita.asp?y=2569", "ita.asp?y=2568"]
    urls = "".join(f'<option value="https://www.x.go.th/ita{y}/">{y}</option>' for y in (2569, 2568))
    assert len(choice_links(lxml.html.fromstring(f"<div><select id='y'>{urls}</select></div>"))) == 2
    files = ('<option value="#">-- เลือกปีงบประมาณ --</option><option value="ita2569.php">2569</option>'
             '<option value="ita2568.html">2568</option>')
    assert [h for _, h, _, _ in choice_links(lxml.html.fromstring(f"<div><select>{files}</select></div>"))] == \
        ["ita2569.php", "ita2568.html"]                               # file names, and a prompt option left aside
    # bare values, a one-option list, a named list of a GET form (its own branch): no jump list of addresses
    years = "".join(f'<option value="{y}">{y}</option>' for y in (2569, 2568))
    assert choice_links(lxml.html.fromstring(f'<div><select id="y">{years}</select></div>')) == []
    one = lxml.html.fromstring('<div><select id="y"><option value="ita.asp?y=2569">2569</option></select></div>')
    assert choice_links(one) == []
    form = lxml.html.fromstring(f'<form action="/ita.php"><select name="go">{options}</select><button>ไป</button></form>')
    assert [h for _, h, _, _ in choice_links(form)] == ["/ita.php?go=ita.asp%3Fy%3D2569", "/ita.php?go=ita.asp%3Fy%3D2568"]


def test_a_get_form_of_hidden_fields_and_a_button_is_a_link():
    root = lxml.html.fromstring(
        '<div><form action="download.asp" method="get"><input type="hidden" name="file" value="O19-report.pdf">'
        'รายงานผลการเปิดโอกาสให้มีส่วนร่วม <input type="submit" value="ดาวน์โหลด"></form>'
        '<form action="ita.php"><input type="hidden" name="y" value="2569"><button>ITA 2569</button></form>'
        '<form action="search.php" method="get"><input type="hidden" name="m" value="1"><input name="q">'
        '<button>ค้นหา</button></form>'
        '<form action="dl.php" method="post"><input type="hidden" name="id" value="7"><button>ดาวน์โหลด</button></form>'
        '<form action="x.php"><input type="hidden" name="a" value="1"></form></div>')
    found = [(h, w) for _, h, w, _ in link_forms(root)]
    assert found == [("download.asp?file=O19-report.pdf", "รายงานผลการเปิดโอกาสให้มีส่วนร่วม ดาวน์โหลด"),
                     ("ita.php?y=2569", "ITA 2569")]
    assert [a for _, a, _, _ in download_forms(root)] == ["dl.php"]          # a POST stays a pressed button
    wrapper = lxml.html.fromstring('<form action="default.aspx"><input type="hidden" name="__VIEWSTATE" value="x">'
                                   + "<p>ข่าวประชาสัมพันธ์ของเทศบาล ประจำเดือน</p>" * 20 + "<button>TH</button></form>")
    assert link_forms(wrapper) == []                                          # a form around the page is no link
    got = parse_html(lxml.html.tostring(root, encoding="unicode"), "http://www.x.go.th/th/ita.asp")
    assert "http://www.x.go.th/th/download.asp?file=O19-report.pdf" in {link["url"] for link in got.links}


def test_a_charset_the_header_gets_wrong_either_way_is_read_right():
    page_th = ('<html><head><meta charset="{}"><title>โครงสร้างองค์กร</title></head>'
               '<body>หน้าที่และอำนาจของเทศบาล</body></html>')
    tis = page_th.format("windows-874").encode("tis-620")
    assert "หน้าที่และอำนาจ" in decode_html(tis, "utf-8", tis.decode("utf-8", "replace"))[0]
    utf = page_th.format("utf-8").encode("utf-8")
    assert "หน้าที่และอำนาจ" in decode_html(utf, "windows-874", utf.decode("cp874", "replace"))[0]


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    return judge_fixture_sites(tmp_path_factory.mktemp("quirks") / "oit.db", [SERVER, MARKUP])




@pytest.mark.slow
def test_a_server_that_lies_about_its_pages_is_judged_as_a_person_sees_it(judged):
    assert found(judged, "nonsila") == expected(SERVER)
    pages = {r["url"]: r for r in judged.db.query("SELECT url, status, error, kind FROM pages WHERE run_id = ? AND "
                                                  "agency_id = 'nonsila'", [judged.run_id])}
    index = pages[f"http://{SERVER}/ita/2569"]
    assert index["status"] == 404 and not index["error"] and index["kind"] == "html"     # read, status kept
    assert pages[f"http://{SERVER}/news"]["status"] == 500 and not pages[f"http://{SERVER}/news"]["error"]
    assert pages[f"http://{SERVER}/page/ita2569-o16"]["error"] == "http_4xx"              # the template's "not found"
    asked = [path for host, path, _ in judged.stats.log if host == SERVER]
    busy = yaml.safe_load((SITES_DIR / SERVER / "manifest.yaml").read_text(encoding="utf-8"))["busy"]
    assert all(asked.count(address) == 3 for address in busy)      # twice busy, then served on the third look
    spans = sorted(s[2] for s in judged.stats.spans if s[0] == SERVER and s[1] == next(iter(busy)))
    assert spans[1] - spans[0] >= 2.9 and spans[2] - spans[1] >= 2.9                     # Retry-After: 3 waited out


@pytest.mark.slow
def test_markup_a_browser_smooths_over_is_read_as_a_person_reads_it(judged):
    assert found(judged, "thungkwao") == expected(MARKUP)
    asked = [path for host, path, _ in judged.stats.log if host == MARKUP]
    assert "/th/ita.asp?y=2569" in asked and not any("%5C" in path or "\\" in path for path in asked)
    assert sum(path.startswith("/th/download.asp?file=") for path in asked) == 6


def copy_site(tmp_path, host: str, also: tuple[str, ...] = ()):
    """A copy of one held-out site, with the outside pages its contact and e-service pages link, to change."""
    sites = tmp_path / "sites"
    for name in (host, *also, "docs.google.com", "www.google.com", "line.me", "www.nacc.go.th", "www.pacc.go.th"):
        if (SITES_DIR / name).is_dir():
            shutil.copytree(SITES_DIR / name, sites / name)
    return sites


@pytest.mark.slow
def test_a_server_that_stays_busy_leaves_the_document_unread_never_broken(tmp_path):
    sites = copy_site(tmp_path, SERVER)
    manifest = yaml.safe_load((sites / SERVER / "manifest.yaml").read_text(encoding="utf-8"))
    address = next(iter(manifest["busy"]))                           # O8's manual
    manifest["busy"] = {address: {"status": 503, "times": 99, "retry_after": 1}}
    (sites / SERVER / "manifest.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True), encoding="utf-8")
    run = judge_fixture_sites(tmp_path / "oit.db", [SERVER], sites_dir=sites)
    o8 = run.findings[("nonsila", "O8")]
    assert o8["status"] == "unchecked" and o8["reason_code"] == "coverage.busy", o8
    alarms = {item for (_, item), f in run.findings.items() if f["status"] in ALARMS}
    assert alarms == {"O16", "O21", "O24"}                           # the site's own wrongs, nothing of the busy one
    assert [path for host, path, _ in run.stats.log if host == SERVER].count(address) == 4   # the first and three looks


def test_an_http_refresh_header_is_followed_as_a_browser_follows_it():
    assert header_refresh(b"0; url=/th/default.asp") == "/th/default.asp"
    assert header_refresh(b"3;URL='http://www.x.go.th/th/'") == "http://www.x.go.th/th/"
    assert header_refresh(b"300") == header_refresh(b"600; url=/x") == header_refresh(b"") == ""   # a reload; too late


@pytest.mark.slow
def test_a_home_that_sends_its_reader_on_by_a_refresh_header_is_followed(tmp_path):
    """The registry address answers an empty page with ``Refresh: 0; url=/th/default.asp`` (PHP's
    ``header("Refresh: …")``); before: the home read as empty, every item unchecked."""
    sites = copy_site(tmp_path, MARKUP)
    (sites / MARKUP / "index.html").write_text("<html><head><title>เทศบาลตำบลทุ่งกวาว</title></head><body></body></html>",
                                               encoding="utf-8")
    manifest = yaml.safe_load((sites / MARKUP / "manifest.yaml").read_text(encoding="utf-8"))
    manifest["headers"] = {"/": {"Refresh": "0; url=/th/default.asp"}}
    (sites / MARKUP / "manifest.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True), encoding="utf-8")
    run = judge_fixture_sites(tmp_path / "oit.db", [MARKUP], sites_dir=sites)
    assert found(run, "thungkwao") == expected(MARKUP)


@pytest.mark.slow
def test_a_home_sent_in_full_under_a_404_is_a_site_that_answered(tmp_path):
    """The registry address itself answers 404 with the home page (the router's status on its own front page):
    before, the agency was "unreachable" and nothing of it judged."""
    sites = copy_site(tmp_path, SERVER)
    manifest = yaml.safe_load((sites / SERVER / "manifest.yaml").read_text(encoding="utf-8"))
    manifest["page_status"]["/"] = 404
    (sites / SERVER / "manifest.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True), encoding="utf-8")
    run = judge_fixture_sites(tmp_path / "oit.db", [SERVER], sites_dir=sites)
    assert run.db["run_agencies"].get((run.run_id, "nonsila"))["state"] == "crawled"
    assert found(run, "nonsila") == expected(SERVER)


SPA = "www.nongsunghospital.go.th"   # heldout_builders.py: an Angular application under /web/ (MOIT 2569)


@pytest.mark.slow
@pytest.mark.skipif(not os.access("/usr/bin/chromium", os.X_OK), reason="Debian's Chromium is not installed")
def test_a_single_page_application_whose_server_answers_every_route_404_is_rendered_and_judged(tmp_path):
    """Apache's ``ErrorDocument 404 /web/index.html`` in place of a fallback: every route of the application
    answers 404 with its 597-byte shell, which a browser renders like any page (probe of the Angular held-out
    site; before, a shell that small stayed a failure: every item's page "not found")."""
    sites = copy_site(tmp_path, SPA, also=("api.nongsunghospital.go.th",))
    manifest = yaml.safe_load((sites / SPA / "manifest.yaml").read_text(encoding="utf-8"))
    manifest["page_status"] = {f"/web/moit/{n}": 404 for n in range(1, 23)} | {"/web/moit": 404}
    (sites / SPA / "manifest.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True), encoding="utf-8")
    run = judge_fixture_sites(tmp_path / "oit.db", [SPA], sites_dir=sites)
    assert found(run, "nongsunghosp") == expected(SPA)
    page = next(run.db.query("SELECT status, error, rendered FROM pages WHERE url = ?", [f"https://{SPA}/web/moit/17"]))
    assert page == {"status": 404, "error": "", "rendered": 1}


def test_a_refresh_or_a_script_location_with_backslashes_goes_where_a_browser_goes():
    from scrapy.utils.test import get_crawler

    from crawler.middlewares import ScriptRefresh
    refresh = ScriptRefresh.from_crawler(get_crawler(settings_dict={}))
    asked = Request("http://www.x.go.th/th/redirect.asp?id=1")

    def where(body: bytes, headers: dict | None = None) -> str:
        response = HtmlResponse(asked.url, body=body, request=asked, headers={"Content-Type": "text/html", **(headers or {})})
        return refresh.process_response(asked, response).url
    assert where(b'<meta http-equiv="refresh" content="0;URL=..\\upload\\O24.pdf">') == "http://www.x.go.th/upload/O24.pdf"
    assert where(b'<script>window.location = "..\\\\upload\\\\O25.pdf";</script>') == "http://www.x.go.th/upload/O25.pdf"
    assert where(b"", {"Refresh": "0; url=/th/default.asp"}) == "http://www.x.go.th/th/default.asp"
    assert where(b"<p>ok</p>") == asked.url
