"""Classes found on the held-out sites of farm/builders/heldout_builders.py (issue 19, round 8's probe, lane
"builders"): agency sites made with a site builder and a script framework, each shown on the farm site where it
was found, crawled through the farm and judged as the accuracy benchmark judges it:

* a file the agency uploaded to its site builder (Wix: ``<account>-<hash>.usrfiles.com/ugd/…``,
  ``docs.wixstatic.com/ugd/…``) is the agency's own document, read as a person opens it (before: only its
  reachability was checked, so last year's HR plan passed);
* a link in a record of a list (``role="listitem"``: a Wix repeater item, its heading "O6 …" above a box per
  file with a "ดาวน์โหลด" button) is read under the record's heading (before: the 3-month progress report was
  credited to no item, and O6 passed on the plan alone);
* a list a "โหลดเพิ่มเติม" / "Load more" button grows (a button with no address, the next page fetched by the
  site's script) is script-built in part: rendered, the button pressed as a reader does until it goes (before: a
  Nuxt site's items beyond the first ten were "missing", 12 false alarms);
* a short page an application rendered on the server (its mount point ``#__nuxt`` holds the page and its links)
  is read as served (before: rendered for nothing, left unread, its items unchecked); a list whose button still
  answers after ``MORE_PRESSES`` presses is read in part (unread beyond: unchecked, never missing).

The Angular hospital under ``<base href="/web/">`` (pages drawn from its API's JSON, files linked relative to the
base) agreed on every item before any change: its test holds that reading."""
from __future__ import annotations

import asyncio
import os
from types import SimpleNamespace

import pytest

from crawler.extract import parse_html
from crawler.outside import builder_file
from crawler.render import MORE_PRESSES, UNREAD, _press_more, rendered_fields
from crawler.shell import shell_reason
from tests.conftest import judge_fixture_sites

WIX, ANGULAR, NUXT = "www.bankruat-sao.go.th", "www.nongsunghospital.go.th", "www.nonsaat.go.th"


@pytest.mark.parametrize("url, own", [
    ("https://7be41c-0f9d2a.usrfiles.com/ugd/7be41c_624896596c746ace3f61a24311a9259e.pdf", True),
    ("https://7be41c.filesusr.com/ugd/7be41c_9f1e2d3c4b5a.xlsx", True),
    ("https://docs.wixstatic.com/ugd/7be41c_9f1e2d3c4b5a69788796a5b4c3d2e1f0.pdf?dn=plan.pdf", True),
    ("https://static.wixstatic.com/media/7be41c_1a2b~mv2.png", False),      # a picture of the page, not a file
    ("https://www.wix.com/ugd/x.pdf", False),
    ("https://usrfiles.com.evil.example/ugd/x.pdf", False)])
def test_a_file_uploaded_to_a_site_builder_is_known_by_its_address(url, own):
    assert builder_file(url) is own


def test_a_link_in_a_list_record_is_read_under_the_records_heading():
    page = ('<html><body><div role="list" data-testid="repeater"><div role="listitem" class="wixui-repeater__item">'
            '<div class="wixui-rich-text"><p>ตัวชี้วัดย่อยที่ 9.2</p><h5>O6 แผนและความก้าวหน้าในการดำเนินงาน</h5></div>'
            '<div class="wixui-box"><div><p>แผนการดำเนินงาน ประจำปี 2569</p></div>'
            '<div><a href="/_files/ugd/a.pdf"><span>ดาวน์โหลด</span></a></div></div>'
            '<div class="wixui-box"><div><p>รายงานความก้าวหน้า รอบ 3 เดือน</p></div>'
            '<div><a href="/_files/ugd/b.pdf"><span>ดาวน์โหลด</span></a></div></div></div>'
            '<div role="listitem"><p>ข่าวประชาสัมพันธ์ล่าสุด</p><a href="/news/1">อ่านต่อ</a></div></div>'
            '<ul><li><h5>เมนู</h5><a href="/about">เกี่ยวกับเรา</a></li></ul></body></html>')
    context = {link["url"].rsplit("/", 1)[-1]: link["context"] for link in parse_html(page, "http://x.go.th/ita").links}
    assert context["b.pdf"] == "O6 แผนและความก้าวหน้าในการดำเนินงาน รายงานความก้าวหน้า รอบ 3 เดือน ดาวน์โหลด"
    assert context["1"] == "ข่าวประชาสัมพันธ์ล่าสุด อ่านต่อ"         # a record without a heading: its own words
    assert context["about"] == "เมนู เกี่ยวกับเรา"                     # a list item is one record already


MENU = "".join(f'<li><a href="/p{k}">หน้า {k}</a></li>' for k in range(6))
NUXT_HEAD = ('<!DOCTYPE html><html lang="th"><head><script type="module" src="/_nuxt/entry.9e3a7c1d.js" crossorigin>'
             '</script></head><body>')
CARDS = "".join(f'<div class="card"><a href="/ita/2569/o{n}">O{n} รายการข้อมูลที่ {n} ประจำปีงบประมาณ พ.ศ. 2569</a></div>'
                for n in range(1, 11))


@pytest.mark.parametrize("html, why", [
    (f'{NUXT_HEAD}<div id="__nuxt"><ul>{MENU}</ul><main>{CARDS}<button type="button" class="more">โหลดเพิ่มเติม'
     '</button></main></div></body></html>', "loads_more"),
    (f'<html><body><ul>{MENU}</ul>{CARDS}<a href="#" class="alm-load-more-btn"><span>Load more</span></a>'
     '<script src="/wp-content/plugins/ajax-load-more/core/dist/js/ajax-load-more.min.js"></script></body></html>',
     "loads_more"),
    (f'{NUXT_HEAD}<div id="__nuxt"><ul>{MENU}</ul><main>{CARDS}<a href="/ita/2569?page=2">โหลดเพิ่มเติม</a>'
     '</main></div></body></html>', ""),                         # a link with an address is followed, not pressed
    (f'<html><body><ul>{MENU}</ul>{CARDS}<button type="button">Load more</button></body></html>', "")])  # no script
def test_a_list_a_load_more_button_grows_is_script_built_in_part(html, why):
    assert shell_reason(html.encode(), parse_html(html, "http://x.go.th/ita/2569")) == why


@pytest.mark.parametrize("html, why", [
    (f'{NUXT_HEAD}<div id="__nuxt"><header><ul>{MENU}</ul></header><main><h1>O2 ข้อมูลผู้บริหาร</h1>'
     '<ul><li><a href="/executives">คณะผู้บริหาร</a></li></ul></main></div>'
     '<script type="application/json" id="__NUXT_DATA__" data-ssr="true">[{"state":1}]</script></body></html>', ""),
    (f'{NUXT_HEAD}<div id="__nuxt"></div><footer><ul>{MENU}</ul></footer></body></html>', "mount_point"),
    (f'{NUXT_HEAD}<div id="app"><div class="spinner"></div></div><footer><ul>{MENU}</ul></footer></body></html>',
     "mount_point")])
def test_a_short_page_rendered_on_the_server_is_read_as_served(html, why):
    assert shell_reason(html.encode(), parse_html(html, "http://x.go.th/ita/2569/o2")) == why


ENDLESS = ('<html><body><ul>' + MENU + '</ul><div class="list">' + CARDS + '</div><button type="button" '
           'class="more">โหลดเพิ่มเติม</button><script>let n = 10, pages = {pages};'
           'document.querySelector(".more").addEventListener("click", (e) => {{ const list = '
           'document.querySelector(".list"); for (let k = 0; k < 5; k++) {{ n += 1; list.insertAdjacentHTML("beforeend", '
           '`<div class="card"><a href="/ita/2569/o${{n}}">O${{n}} รายการข้อมูลที่ ${{n}}</a></div>`); }} '
           'if (--pages === 0) e.target.remove(); }});</script></body></html>')


async def _pressed(html: str) -> str:
    from playwright.async_api import async_playwright
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = await browser.new_page()
        await page.set_content(html)
        await _press_more(page, {"open": 0, "last": 0.0}, asyncio.get_running_loop().time() + 1e9)
        content = await page.content()
        await browser.close()
        return content


@pytest.mark.slow
@pytest.mark.skipif(not os.access("/usr/bin/chromium", os.X_OK), reason="Debian's Chromium is not installed")
@pytest.mark.parametrize("pages, whole", [(3, True), (MORE_PRESSES + 5, False)])
def test_a_load_more_button_is_pressed_until_the_list_is_whole_or_the_bound(pages, whole):
    content = asyncio.run(_pressed(ENDLESS.format(pages=pages)))
    got = parse_html(content, "http://x.go.th/ita/2569")
    cards = [link for link in got.links if "/ita/2569/o" in link["url"]]
    assert len(cards) == 10 + 5 * min(pages, MORE_PRESSES)
    got.shell = shell_reason(content.encode(), got)
    assert rendered_fields(got) == ({"rendered": 1} if whole else {"rendered": 1, "unread": UNREAD})


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    """The three sites crawled once (their scripts drawn in Chromium) and judged as the accuracy benchmark does."""
    run = judge_fixture_sites(tmp_path_factory.mktemp("builders") / "oit.db", [WIX, ANGULAR, NUXT])
    pages = {r["url"]: r for r in run.db["pages"].rows_where("run_id = ?", [run.run_id])}
    return SimpleNamespace(findings=run.findings, pages=pages)


def _find(judged, agency: str, item: str) -> dict:
    return judged.findings[(agency, item)]


@pytest.mark.slow
def test_files_on_the_builders_file_host_are_read_as_the_agencys_own(judged):
    stale = _find(judged, "bankruat", "O13")                  # last year's HR plan, uploaded to usrfiles.com
    assert stale["status"] == "partial"
    usrfiles = [u for u in stale["evidence"] if ".usrfiles.com/ugd/" in u]
    assert usrfiles and judged.pages[usrfiles[0]]["kind"] == "pdf" and "2568" in judged.pages[usrfiles[0]]["text"]
    dead = _find(judged, "bankruat", "O9")                    # the uploaded file was deleted: the host says 404
    assert dead["status"] == "broken" and any(".usrfiles.com/ugd/" in u for u in dead["evidence"])
    assert _find(judged, "bankruat", "O15")["status"] == "pass"


@pytest.mark.slow
def test_a_repeaters_files_are_read_under_the_items_heading(judged):
    half = _find(judged, "bankruat", "O6")                    # plan + a 3-month report, boxed under "O6 …"
    assert half["status"] == "partial" and len(half["evidence"]) == 2
    assert _find(judged, "bankruat", "O20")["status"] == "missing"     # the record says อยู่ระหว่างดำเนินการ
    assert _find(judged, "bankruat", "O5")["status"] == "pass"


@pytest.mark.slow
def test_an_angular_apps_relative_links_resolve_against_its_base(judged):
    shipped = _find(judged, "nongsunghosp", "MOIT3")          # odd items: href="assets/pdf/…" under <base href="/web/">
    assert shipped["status"] == "pass"
    assert any(u.startswith(f"https://{ANGULAR}/web/assets/pdf/moit2569/") for u in shipped["evidence"])
    assert not [u for u in judged.pages if "/web/moit/assets/" in u]  # never against the route's own address
    assert _find(judged, "nongsunghosp", "MOIT4")["status"] == "pass"  # even items: the API's storage
    assert _find(judged, "nongsunghosp", "MOIT9")["status"] == "broken"
    assert _find(judged, "nongsunghosp", "MOIT17")["status"] == "partial"
    assert _find(judged, "nongsunghosp", "MOIT13")["status"] == "missing"


@pytest.mark.slow
def test_a_load_more_list_is_read_whole_and_a_server_rendered_page_as_served(judged):
    index = judged.pages[f"https://{NUXT}/ita/2569"]
    assert index["rendered"] == 1 and "O26" in index["text"]        # the button pressed until the list was whole
    for item in ("O13", "O21", "O26"):                                  # cards of the second and third pages
        assert _find(judged, "nonsaat", item)["status"] == "pass"
    assert _find(judged, "nonsaat", "O12")["status"] == "partial"
    assert _find(judged, "nonsaat", "O16")["status"] == "missing"      # its card says อยู่ระหว่างดำเนินการ
    assert _find(judged, "nonsaat", "O23")["status"] == "missing"      # no card on any page
    assert _find(judged, "nonsaat", "O25")["status"] == "broken"
    short = judged.pages[f"https://{NUXT}/ita/2569/o2"]               # a short page of the app, whole from the server
    assert not short["unread"] and not short["rendered"]
    assert _find(judged, "nonsaat", "O2")["status"] == "pass"
    assert _find(judged, "nonsaat", "O8")["status"] == "broken"
