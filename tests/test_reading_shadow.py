"""Classes found on the held-out sites of farm/builders/heldout_shadow.py (issue 19, round 12, lane "shadow"): content
a browser shows that a page's serialised HTML does not hold. Before any change www.banmo.go.th (web components, the
OIT table in shadow roots) scored 8/26 with 17 false alarms and www.khlongkhuean-sao.go.th (an ITA list growing on
scroll) 12/26 with 13:

* an ordinary page whose content a web component draws (an empty custom element beside the site's own script, or
  an inline ``customElements.define``) is rendered (``components``); so is one whose list grows as the reader
  scrolls (an inline script watching the scroll and fetching, an infinite-scroll plugin: ``loads_on_scroll``);
* a rendered page is read from its composed tree (the browser's DOM with every shadow root, open or closed,
  written inside its host and its slots filled), not from ``page.content()``'s light DOM;
* a rendered page is scrolled to its end until it stops growing (``MAX_SCROLLS``, within the
  render's time): a list still growing when a bound stops it leaves the page read in part (``scroll_cut``);
* a custom element left empty and undefined (its script refused or failed), a composed tree past its bound, or
  components whose shadow roots could not be read leave the page read in part (``shadow_unread``): an item not
  found there is unchecked, never missing.
"""
from __future__ import annotations

import asyncio
import json
import os
import shutil

import pytest

from crawler.documents import Limits, extract_html_safely
from crawler.extract import parse_html
from crawler.render import SHADOW_UNREAD, built_something, capture, composed_html
from crawler.shell import shell_reason
from farm.builders import heldout_shadow as shadow
from farm.server import SITES_DIR
from oit.settings import DEFAULTS
from rules.coverage import PAGE_CUTS
from rules.vocabulary import ALARMS, UNREAD
from tests.conftest import assert_read_as_expected, expected, found, judge_fixture_sites

BANMO, KHLONG = shadow.HOSTS
CHROMIUM = "/usr/bin/chromium"
needs_browser = pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK),
                                   reason="Debian's Chromium is not installed (apt-get install chromium)")
MENU = "".join(f'<li><a href="/p{i}.html">หัวข้อที่ {i}</a></li>' for i in range(8))
TEXT = "<p>" + "องค์การบริหารส่วนตำบลเผยแพร่ข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ " * 6 + "</p>"
LIMITS = Limits.from_settings(DEFAULTS["crawl"])


def reason(html: str) -> str:
    return shell_reason(html.encode("utf-8"), parse_html(html, "http://www.x.go.th/ita.html"))


def extracted(html: str):
    return extract_html_safely("http://www.x.go.th/ita.html", html.encode(), "text/html; charset=utf-8", "utf-8", html,
                               LIMITS)


# -- which ordinary pages a browser must draw ----------------------------------------------------------------

@pytest.mark.parametrize("html, why", [
    (f'<body><nav><ul>{MENU}</ul></nav>{TEXT}<ita-oit-table year="2569" src="/api/ita.json"></ita-oit-table>'
     '<script type="module" src="/assets/js/components-4c1e9a.js"></script></body>', "components"),
    # the items are light children of a component whose shadow root draws their links from attributes
    (f'<body><nav><ul>{MENU}</ul></nav>{TEXT}<oit-list><oit-item code="O5" href="/f/o5.pdf">แผนพัฒนา</oit-item>'
     '</oit-list><script>customElements.define("oit-item", class extends HTMLElement {connectedCallback() {'
     'this.attachShadow({mode: "open"}).innerHTML = `<a href="${this.getAttribute("href")}"><slot></slot></a>`;}});'
     '</script></body>', "components"),
    (f'<body><nav><ul>{MENU}</ul></nav>{TEXT}<div id="list"></div><div id="more">กำลังโหลด</div><script>'
     'new IntersectionObserver(function (e) { if (e[0].isIntersecting) fetch("/api/items?page=" + n).then(add); })'
     '.observe(document.getElementById("more"));</script></body>', "loads_on_scroll"),
    (f'<body><nav><ul>{MENU}</ul></nav>{TEXT}<div class="list"></div><script src="/js/jquery.min.js"></script>'
     '<script>$(window).scroll(function () { if ($(window).scrollTop() + $(window).height() > $(document).height() - 100)'
     ' { $.ajax({url: "/news_more.php", data: {page: page++}}).done(append); } });</script></body>', "loads_on_scroll"),
    (f'<body><nav><ul>{MENU}</ul></nav>{TEXT}<div class="grid" data-infinite-scroll=\'{{"path": ".next"}}\'></div>'
     '<script src="/js/infinite-scroll.pkgd.min.js"></script></body>', "loads_on_scroll"),
])
def test_pages_drawn_by_components_or_grown_by_scrolling_are_rendered(html, why):
    assert reason(html) == why


@pytest.mark.parametrize("html", [
    # a "back to top" button watches the scroll and fetches nothing; lazy pictures watched by an observer
    f'<body><nav><ul>{MENU}</ul></nav>{TEXT}<a id="top" href="#">บนสุด</a><script>window.addEventListener("scroll", '
    'function () { document.getElementById("top").style.display = scrollY > 200 ? "block" : "none"; });</script></body>',
    f'<body><nav><ul>{MENU}</ul></nav>{TEXT}<img data-src="/a.jpg" class="lazy"><script>new IntersectionObserver('
    'function (es) { es.forEach(function (e) { e.target.src = e.target.dataset.src; }); });</script></body>',
    # icons and players draw no content a reader looks for
    f'<body><nav><ul>{MENU}</ul></nav>{TEXT}<ion-icon name="home-outline"></ion-icon><lottie-player src="/a.json">'
    '</lottie-player><script type="module" src="/js/site.js"></script></body>',
    # a custom element holding its content, and nothing defining components
    f'<body><nav><ul>{MENU}</ul></nav>{TEXT}<x-card><a href="/f/o5.pdf">แผนพัฒนา</a></x-card></body>',
])
def test_ordinary_pages_with_scroll_scripts_or_icons_are_not_rendered(html):
    assert reason(html) == ""


def test_an_ordinary_page_drawn_by_components_is_built_however_short_once_drawn():
    served = extracted(f'<body><nav><ul>{MENU}</ul></nav>{TEXT}<x-header name="อบต."></x-header>'
                       '<script type="module" src="/js/app-4c1e9a.js"></script></body>')
    # drawn, its menu in a <nav> of a shadow root: a short page, its module script still there
    drawn = extracted('<body><x-header><header><b>อบต.</b></header></x-header><nav><ul>' + MENU + '</ul></nav>'
                      '<p>ติดต่อ</p><script type="module" src="/js/app-4c1e9a.js"></script></body>')
    assert served.shell == "components" and drawn.shell and built_something(served, drawn)


# -- the composed tree -----------------------------------------------------------------------------------------

def node(name: str, nid: int, children=(), attrs=(), **extra) -> dict:
    return {"nodeType": 1, "localName": name, "nodeName": name.upper(), "backendNodeId": nid,
            "attributes": list(attrs), "children": list(children), **extra}


def text(value: str, nid: int) -> dict:
    return {"nodeType": 3, "nodeName": "#text", "nodeValue": value, "backendNodeId": nid}


def test_the_composed_tree_writes_shadow_roots_inside_their_hosts_and_fills_their_slots():
    name = text("แผนพัฒนาท้องถิ่น", 10)
    closed = {"nodeType": 11, "shadowRootType": "closed", "children": [
        node("a", 20, [node("slot", 21, distributedNodes=[{"backendNodeId": 10}])], ["href", "/f/o5.pdf"])]}
    link = node("ita-file", 11, [name], ["type", "pdf"], shadowRoots=[closed])
    table = {"nodeType": 11, "shadowRootType": "open", "children": [
        node("table", 30, [node("tr", 31, [node("td", 32, [text("O5", 33)]), node("td", 34, [link])])]),
        node("style", 35, [text("td > a{color:red}", 36)])]}
    widget = {"nodeType": 11, "shadowRootType": "user-agent", "children": [node("div", 40, [text("ไม่ใช่เนื้อหา", 41)])]}
    hidden = node("span", 50, [text("ไม่ได้อยู่ในช่อง", 51)])
    doc = {"nodeType": 9, "children": [node("html", 1, [node("body", 2, [
        node("ita-oit-table", 3, [hidden], ["src", "/api/ita.json"], shadowRoots=[table]),
        node("input", 4, [], ["type", "text"], shadowRoots=[widget])])])]}
    html, whole = composed_html(doc)
    assert whole
    assert ('<ita-oit-table src="/api/ita.json"><table><tr><td>O5</td><td><ita-file type="pdf">'
            '<a href="/f/o5.pdf">แผนพัฒนาท้องถิ่น</a></ita-file></td></tr></table><style>td > a{color:red}</style>'
            '<span>ไม่ได้อยู่ในช่อง</span></ita-oit-table>') in html   # a child in no slot is kept, never lost
    assert '<input type="text">' in html and "ไม่ใช่เนื้อหา" not in html     # the browser's own shadow root
    assert composed_html(doc, max_nodes=5)[1] is False                         # past the bound: read in part
    got = extracted(html)
    assert any(link["url"] == "http://www.x.go.th/f/o5.pdf" and "แผนพัฒนา" in link["text"] for link in got.links)


def test_scrolled_and_shadow_parts_unread_are_pages_read_in_part():
    assert {"scroll_cut", "shadow_unread"} <= set(PAGE_CUTS) and {"scroll_cut", "shadow_unread"} <= set(UNREAD)


# -- in Chromium ------------------------------------------------------------------------------------------------

COMPONENTS = """<!DOCTYPE html><html><body><h1>ITA</h1><oit-table></oit-table>
<div><template shadowrootmode="closed"><p><a href="/d/o9.pdf">คู่มือสำหรับประชาชน</a></p></template></div>
<script>
customElements.define('oit-file', class extends HTMLElement { connectedCallback() {
  this.attachShadow({mode: 'closed'}).innerHTML = `<a href="${this.getAttribute('href')}"><slot></slot></a>`; } });
customElements.define('oit-table', class extends HTMLElement { connectedCallback() {
  this.attachShadow({mode: 'open'}).innerHTML = '<table><tr><td>O5</td><td><oit-file href="/d/o5.pdf">แผนพัฒนา' +
    'ท้องถิ่น</oit-file></td></tr></table>'; } });
</script>%s</body></html>"""


async def captured(content: str) -> tuple[str, str]:
    from playwright.async_api import async_playwright

    async with async_playwright() as play:
        browser = await play.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        try:
            page = await browser.new_page()
            await page.set_content(content)
            return await capture(page)
        finally:
            await browser.close()


@needs_browser
def test_open_and_closed_shadow_roots_are_read_from_the_browsers_composed_tree():
    html, cut = asyncio.run(captured(COMPONENTS % ""))
    assert cut == ""
    links = {link["url"]: link["text"] for link in extracted(html).links}
    assert links["http://www.x.go.th/d/o5.pdf"] == "แผนพัฒนาท้องถิ่น"          # a closed root in an open one, slotted
    assert links["http://www.x.go.th/d/o9.pdf"] == "คู่มือสำหรับประชาชน"       # a declarative closed root


@needs_browser
def test_a_component_whose_script_never_ran_leaves_its_page_read_in_part():
    html, cut = asyncio.run(captured(COMPONENTS % '<ita-doc-list src="/api/docs.json"></ita-doc-list>'))
    assert cut == SHADOW_UNREAD and "/d/o5.pdf" in html


# -- the held-out sites through the farm ------------------------------------------------------------------------

@pytest.mark.slow
@needs_browser
def test_the_held_out_sites_are_read_as_a_person_reads_them(tmp_path):
    result = judge_fixture_sites(tmp_path / "shadow.db", list(shadow.HOSTS))
    assert_read_as_expected(result, least=25)
    pages = {row["url"]: row for row in result.db["pages"].rows_where("run_id = ?", [result.run_id])}
    ita = pages[f"http://{BANMO}/ita/2569.html"]
    assert ita["rendered"] == 1 and not ita["part_unread"] and not ita["unread"]
    assert any(link["url"] == f"http://{BANMO}/files/ita2569/O23-anticorrupt-plan.pdf" for link in json.loads(ita["links"]))
    scrolled = pages[f"http://{KHLONG}/ita2569.php"]
    assert scrolled["rendered"] == 1 and not scrolled["part_unread"] and "O26" in scrolled["text"]
    asked = [path for host, path, _ in result.stats.log if host == KHLONG and path.startswith("/api/")]
    assert sorted(set(asked)) == [f"/api/oit_items.php?year=2569&page={n}" for n in (2, 3, 4)]


def copy_sites(tmp_path) -> "os.PathLike[str]":
    """The two sites (and the outside pages they link) in a copy a test may change."""
    dest = tmp_path / "sites"
    for host in (*shadow.HOSTS, "docs.google.com", "www.google.com"):
        shutil.copytree(SITES_DIR / host, dest / host)
    return dest


@pytest.mark.slow
@needs_browser
def test_a_list_still_growing_when_scrolling_stops_is_read_in_part(tmp_path):
    """The list never ends (each page of the API names the next): its 2569 rows past the first 8 are never seen;
    the items are unchecked, never missing."""
    sites = copy_sites(tmp_path)
    api = sites / KHLONG / "api"
    for n in range(2, 80):
        rows = [{"code": "", "title": f"ข่าวประชาสัมพันธ์ ลำดับที่ {n}-{k}", "sub": "", "files": [], "note": "-"}
                for k in range(8)]
        (api / f"oit_items.php@year=2569&page={n}").write_text(json.dumps(
            {"year": 2569, "page": n, "total": 999, "items": rows, "next_page": n + 1}, ensure_ascii=False))
    result = judge_fixture_sites(tmp_path / "endless.db", [KHLONG], sites_dir=sites)
    page = next(result.db["pages"].rows_where("run_id = ? AND url = ?", [result.run_id, f"http://{KHLONG}/ita2569.php"]))
    assert page["rendered"] == 1 and page["part_unread"] == "scroll_cut"
    got = found(result, result.sites[0].agency)
    want = expected(KHLONG)
    assert not [c for c in want if got[c] in ALARMS and want[c] == "pass"]
    assert {got[c] for c in ("O6", "O7", "O8")} == {"pass"}         # the first 8 rows are read and judged; O5's
    assert got["O5"] in ("broken", "unchecked")                     # dead link may have a twin past the cut
    assert {got[c] for c in ("O9", "O12", "O15", "O20", "O21", "O25")} == {"unchecked"}


@pytest.mark.slow
@needs_browser
def test_components_whose_script_is_gone_leave_the_page_read_in_part(tmp_path):
    sites = copy_sites(tmp_path)
    (sites / BANMO / "assets" / "js" / "bm-components-4c1e9a.js").unlink()
    result = judge_fixture_sites(tmp_path / "no-components.db", [BANMO], sites_dir=sites)
    page = next(result.db["pages"].rows_where("run_id = ? AND url = ?", [result.run_id, f"http://{BANMO}/ita/2569.html"]))
    assert page["part_unread"] == "shadow_unread"
    got = found(result, result.sites[0].agency)
    want = expected(BANMO)
    assert not [c for c in want if got[c] in ALARMS and want[c] == "pass"]
    assert {got[c] for c in ("O5", "O9", "O13", "O21", "O26")} == {"unchecked"}


@pytest.mark.slow
@needs_browser
def test_a_render_too_short_to_scroll_the_list_to_its_end_raises_no_alarm(tmp_path):
    """Four seconds a render: the list watched on scroll is scrolled as far as the time allows, and the rest of it is
    unread (``scroll_cut``; or the whole page, when even its drawing did not fit), never missing."""
    result = judge_fixture_sites(tmp_path / "squeezed.db", [KHLONG], render_seconds=4)
    page = next(result.db["pages"].rows_where("run_id = ? AND url = ?", [result.run_id, f"http://{KHLONG}/ita2569.php"]))
    assert page["part_unread"] == "scroll_cut" or page["unread"] == "script_shell" or "O26" in page["text"]
    got, want = found(result, result.sites[0].agency), expected(KHLONG)
    assert not [c for c in want if got[c] in ALARMS and want[c] != got[c]]
