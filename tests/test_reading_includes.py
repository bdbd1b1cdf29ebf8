"""Classes found on the held-out sites of farm/builders/heldout_includes.py (round 14, lane "includes"): an ordinary
page whose OIT list is pulled in on load by a client-side include. Before any change www.thatong.go.th (W3.JS
``w3-include-html``, the indicator-10 file answering 404) scored 7/26 with 11 false alarms — the page was read as
served (header, menu, footer and headings), never as a shell, so O1–O19 were missing and the 404'd list's items
too; www.nongsuang.go.th (jQuery's ``.load("2569/9-1.html #oit-list")`` per panel, the 9.4 file answering 500)
scored 24/26 already (its empty panels named by an inline load: ``fills_mount``, rendered).

* a page carrying a client-side include (W3.JS's ``w3-include-html``, ``data-include``, ``<include src>``,
  Hotwire's ``<turbo-frame src>``, htmx fired on ``load``/``revealed``, jQuery's ``$("#id").load("file")``,
  Alpine's ``x-init="fetch(…)"``, a client template ``<script type="text/x-template">``) is script-built in part
  (crawler/shell.py: ``includes``);
* where the include names a file of the agency's own host plainly, the spider fetches it and reads the page as
  composed, the file where the browser writes it (crawler/includes.py): no browser needed;
* a file that does not come (404, 500, refused) leaves its area empty and the page read in part
  (``include_unread``): an item not found there is unchecked, never missing;
* a frame whose document the page itself writes (``<iframe srcdoc>``) is read as part of the page
  (crawler/extract.py: neither the parse nor a render's ``page.content()`` held it).
"""
from __future__ import annotations

import pytest

from crawler.documents import Limits, extract_html_safely
from crawler.extract import parse_html
from crawler.includes import INCLUDE_UNREAD, compose, find, marked
from crawler.shell import shell_reason
from farm.builders import heldout_includes as inc
from oit.settings import DEFAULTS
from rules.coverage import PAGE_CUTS
from rules.vocabulary import UNREAD
from tests.conftest import assert_read_as_expected, expected, found, judge_fixture_sites

THATONG, NONGSUANG = inc.HOSTS
BASE = "http://www.x.go.th/ita2569.html"
LIMITS = Limits.from_settings(DEFAULTS["crawl"])
MENU = "".join(f'<li><a href="/page{i}.html">เมนูที่ {i}</a></li>' for i in range(10))


def page(middle: str) -> str:
    """An ordinary page of a static template: header, menu, intro, the include, footer."""
    return ('<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>ITA 2569</title>'
            '<script src="/js/jquery.min.js"></script></head><body><h1>องค์การบริหารส่วนตำบลทดสอบ อำเภอเมือง</h1>'
            f'<ul class="nav">{MENU}</ul><h2>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569</h2><p>'
            + 'องค์การบริหารส่วนตำบลเผยแพร่ข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ ' * 4 + f'</p>{middle}'
            '<footer>ที่อยู่ 99 หมู่ 1 โทรศัพท์ 044-000-000</footer></body></html>')


def shell_of(html: str) -> str:
    return shell_reason(html.encode(), parse_html(html, BASE))


FORMS = {
    "w3": '<div w3-include-html="oit/oit2569.html"></div><script src="js/w3.js"></script><script>w3.includeHTML();</script>',
    "data_include": '<div data-include="oit/oit2569.html"></div>'
                    '<script>$(function(){$("[data-include]").each(function(){$(this).load($(this).data("include"))})})</script>',
    "include_element": '<include src="oit/oit2569.html"></include><script src="/js/include.js"></script>',
    "turbo_frame": '<turbo-frame id="oit" src="/ita/frame" loading="lazy"><p>กำลังโหลด...</p></turbo-frame>'
                   '<script src="/js/turbo.min.js"></script>',
    "htmx_load": '<div hx-get="/ita/list" hx-trigger="load"></div><script src="/js/htmx.min.js"></script>',
    "htmx_revealed": '<div hx-get="/ita/list" hx-trigger="revealed" hx-swap="outerHTML"></div>'
                     '<script src="/js/htmx.min.js"></script>',
    "alpine": '<div x-data="{html: \'\'}" x-init="fetch(\'/ita/list.html\').then(r => r.text()).then(t => html = t)" '
              'x-html="html"></div><script defer src="/js/alpine.min.js"></script>',
    "template": '<ul id="list"></ul><script id="oit-tpl" type="text/x-handlebars-template">{{#each items}}<li><a '
                'href="{{url}}">{{title}}</a></li>{{/each}}</script><script src="/js/handlebars.min.js"></script>'
                '<script>fetch("data/oit.json").then(function(r){return r.json()}).then(function(d){document.'
                'getElementById("list").innerHTML=Handlebars.compile(document.getElementById("oit-tpl").innerHTML)(d)})'
                '</script>',
}


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_page_pulling_its_list_in_on_load_is_script_built_in_part(form):
    """Each include form on an otherwise ordinary page (text, menu) is not the page a person sees: before, six of
    these were read as served (W3.JS, data-include, <include>, a turbo-frame holding a "loading" line, htmx on load
    or revealed, Alpine, a Handlebars template) and their lists' items missing."""
    assert shell_of(page(FORMS[form])) != ""
    assert marked(page(FORMS[form]).encode())


def test_an_ordinary_page_is_not_an_include():
    """A page with its list in it, a jQuery plugin or an htmx tab on click, is no include."""
    plain = page('<table><tr><td>O1</td><td><a href="o1.pdf">โครงสร้าง</a></td></tr></table>'
                 '<a href="#t2" hx-get="/tab/2" hx-target="#t2">แท็บ 2</a><div id="t2">เนื้อหา</div>'
                 '<script>$(function(){$(".slider").slick();});</script>')
    assert not marked(plain.encode()) and shell_of(plain) == ""
    assert find('<div data-include="true"></div>', BASE) == []  # a flag, not a file


def test_plainly_named_includes_are_found_and_script_built_addresses_are_not():
    html = page('<div w3-include-html="oit/o9.html"></div><div data-include="/menu.html"></div>'
                '<include src="oit/o10.html"></include><turbo-frame id="f" src="/ita/frame"></turbo-frame>'
                '<div hx-get="/ita/list" hx-trigger="load"></div><div hx-get="/tab/3" hx-trigger="click"></div>'
                '<div w3-include-html="{{ file }}"></div><div id="a"></div><div id="b"></div>'
                '<script>$(function(){ $("#a").load("ita/list.html #main"); $("#b").load("ita/" + year + ".html"); });'
                '</script>')
    got = [(i.url, i.selector, i.kind) for i in find(html, BASE)]
    assert got == [("http://www.x.go.th/oit/o9.html", "", "attribute"), ("http://www.x.go.th/menu.html", "", "attribute"),
                   ("http://www.x.go.th/oit/o10.html", "", "element"), ("http://www.x.go.th/ita/frame", "", "element"),
                   ("http://www.x.go.th/ita/list", "", "element"), ("http://www.x.go.th/ita/list.html", "#main", "jquery")]


ROWS = ('<!DOCTYPE html><html><head><title>list</title></head><body><nav><a href="/">หน้าแรก</a></nav>'
        '<div id="main"><table><tr><td>O1</td><td><a href="/files/o1.pdf">โครงสร้างองค์กร</a></td></tr>'
        '<tr><td>O5</td><td><a href="/files/o5.pdf">แผนพัฒนาท้องถิ่น</a></td></tr></table></div>'
        '<script>alert(1)</script></body></html>')


def test_a_page_composed_with_its_includes_is_read_as_a_person_sees_it():
    """The file written where the browser writes it: its links with their row's words, jQuery's selector taking
    only its part; the include unmarked, so the composed page is no shell; a file that did not come, empty."""
    html = page('<h3>ตัวชี้วัดที่ 9</h3><div w3-include-html="oit/o9.html"></div><h3>ตัวชี้วัดที่ 10</h3>'
                '<div w3-include-html="oit/o10.html"></div><div id="c"></div>'
                '<script src="js/w3.js"></script><script>w3.includeHTML();</script>'
                '<script>$(function(){ $("#c").load("list.html #main"); });</script>')
    answers = {"http://www.x.go.th/oit/o9.html": '<ul><li>O2 <a href="/exec.html">ผู้บริหาร</a></li></ul>',
               "http://www.x.go.th/oit/o10.html": None, "http://www.x.go.th/list.html": ROWS}
    composed = compose(html, BASE, answers)
    got = extract_html_safely(BASE, composed.encode(), "text/html; charset=utf-8", "utf-8", None, LIMITS)
    urls = {link["url"]: link for link in got.links}
    assert "http://www.x.go.th/files/o5.pdf" in urls and "http://www.x.go.th/exec.html" in urls
    assert "O5" in urls["http://www.x.go.th/files/o5.pdf"]["context"] or "O5" in got.text
    assert "หน้าแรก" not in composed.split("ตัวชี้วัดที่ 10")[1]  # the selector took #main, not the file's menu
    assert "alert(1)" not in composed and "w3-include-html" not in composed
    assert got.shell == "" and shell_of(html) != ""


def test_a_frame_whose_document_the_page_writes_is_read_as_part_of_it():
    """``<iframe srcdoc>`` (a CMS's "embed HTML" box holding the OIT table): neither our parse nor the browser's
    ``page.content()`` held its rows before; its links are the page's, with their row's words, its scripts dropped."""
    doc = ('<table><tr><td>O1</td><td><a href="files/o1.pdf">โครงสร้างองค์กร</a></td></tr></table>'
           '<script>document.write("x")</script>')
    html = page(f'<iframe srcdoc="{doc.replace("&", "&amp;").replace(chr(34), "&quot;").replace("<", "&lt;")}" '
                'width="100%" height="600"></iframe>')
    got = parse_html(html, "http://www.x.go.th/ita/")
    link = next(link for link in got.links if link["url"] == "http://www.x.go.th/ita/files/o1.pdf")
    assert link["kind"] == "a" and link["text"] == "โครงสร้างองค์กร" and "O1" in link["context"]
    assert "document.write" not in got.text


def test_an_include_that_did_not_come_is_a_cut_the_engine_knows():
    assert INCLUDE_UNREAD in PAGE_CUTS and INCLUDE_UNREAD in UNREAD


# -- the held-out sites through the farm -------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("render", [True, False])
def test_the_held_out_sites_are_read_as_a_person_reads_them(tmp_path, render):
    """With or without a browser: the includes named plainly are read directly. Before: thatong 7/26 with 11 false
    alarms (O5–O19 and O20–O26 missing)."""
    result = judge_fixture_sites(tmp_path / "includes.db", list(inc.HOSTS), render=render)
    assert_read_as_expected(result, least=23)
    pages = {row["url"]: row for row in result.db["pages"].rows_where("run_id = ?", [result.run_id])}
    ita = pages[f"http://{THATONG}/ita2569.html"]
    assert ita["part_unread"] == INCLUDE_UNREAD and "O19" in ita["text"] and not ita["unread"]
    thatong = found(result, next(s.agency for s in result.sites if s.host == THATONG))
    want = expected(THATONG)
    assert {c: thatong[c] for c in want if want[c] == "unchecked"} == {f"O{n}": "unchecked" for n in range(20, 27)}
    assert [c for c in want if want[c] == "pass" and thatong[c] != "pass"] == []
    # a row "-" in a panel whose file came is the agency's answer, though another panel's file failed
    nongsuang = found(result, next(s.agency for s in result.sites if s.host == "www.nongsuang.go.th"))
    assert (thatong["O16"], nongsuang["O22"], nongsuang["O25"]) == ("missing", "missing", "missing")
