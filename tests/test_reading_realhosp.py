"""Real hospital and district-health-office MOIT templates (round 13, lane "realhosp"; farm/builders/heldout_realhosp.py).

Before (the engine at round 13's start): 27/44 verdicts agreed, 0 false alarms, on the two held-out sites.

* www.maesuaihospital.go.th (Laravel, lamsri1992/watchanFront): each item page is an accordion of quarter cards whose
  file lists a jQuery click handler loads from ``/api/get_ita_data/{id}``. The pages with a short item name were
  shells the browser rendered without clicking (nothing built: unchecked); those with a long one read as ordinary
  pages, and the cards' headings ("ไตรมาสที่ 1 (ตุลาคม – ธันวาคม 2568)" …) were taken for the evidence: MOIT19's
  2568 quarter and MOIT22's deleted Drive files passed.
  Now a Bootstrap ``collapse`` pane holding only empty wrappers beside a fetching script is ``loads_pane``
  (crawler/shell.py) and the render opens each closed, empty pane as a reader clicks it (crawler/render.py), giving
  each time to fill; panes left unopened when the time runs out leave the page read in part (``panes_unread``):
  what an item lacks there is unchecked, never partial.
* banraiso.moph.go.th (PHP, ratchanon-noknoy2318/ita2024-mock): every item page repeats the MOIT01–MOIT22 button
  menu, so each read as an index page, and an index page's documents are no one item's: every item was judged on
  its page alone (MOIT6's two empty quarters, MOIT12's 404 PDFs, MOIT17's 2568 file all passed).
  Now an index page whose row for the item links to itself, while most rows link elsewhere, is the item's own page
  (rules/engine.py ``_own_item_page``); and a link on an item page that names no quarter (a sub-item's row "6.1.1
  บันทึกข้อความ …" under the quarter's panel heading) takes the quarter its document's heading names
  (rules/quarters.py).
"""
from __future__ import annotations

import pytest

from crawler.extract import parse_html
from crawler.shell import shell_reason
from farm.builders import heldout_realhosp
from farm.server import SITES_DIR
from rules.engine import evaluate_agency
from rules.families import rulebooks_for_year
from rules.vocabulary import ALARMS
from tests.conftest import expected, found, judge_fixture_sites

MAESUAI, BANRAI = heldout_realhosp.HOSTS
DOCS = heldout_realhosp.DOC_HOST


def _served(host: str, path: str) -> str:
    return (SITES_DIR / host / path.lstrip("/")).read_text(encoding="utf-8")


def test_accordion_cards_a_click_handler_fills_make_the_page_a_shell():
    """The watchanFront item page: ``<div class="collapse"><div class="card-body"><div id="container713"></div>``
    beside ``$.ajax({url: "/api/get_ita_data/" + id …})`` (before: with a long item name, an ordinary page)."""
    html = _served(MAESUAI, "/ita/186_2569")
    assert shell_reason(html.encode(), parse_html(html, f"http://{MAESUAI}/ita/186_2569")) == "loads_pane"


def test_a_navbar_collapse_or_a_pane_with_content_is_no_pane_a_click_fills():
    words = "ข้อมูลข่าวสารของโรงพยาบาล " * 20
    menu = "".join(f'<a href="/p{n}">หน้า {n}</a>' for n in range(6))
    html = (f'<html><body><div class="collapse navbar-collapse" id="nav"></div><p>{words}</p>{menu}'
            '<div id="c1" class="collapse show"><div class="card-body"><p>MOIT1 ไตรมาสที่ 1</p></div></div>'
            '<script>$.ajax({url: "/api/visitors"});</script></body></html>')
    assert shell_reason(html.encode(), parse_html(html, "http://www.x.go.th/")) == ""


def _page(url: str, html: str, depth: int) -> dict:
    got = parse_html(html, url)
    return {"url": url, "final_url": url, "status": 200, "kind": "html", "depth": depth, "title": got.title,
            "text": got.text, "links": got.links}


def _pdf(url: str, title: str, body: str) -> dict:
    return {"url": url, "final_url": url, "status": 200, "kind": "pdf", "depth": 3, "title": "", "links": [],
            "text": f"{title}\n{body}"}


def _banrai(items: list[int], menu_anchors: bool = False) -> list[dict]:
    """banraiso's home, its ITA index and the item pages ``items`` with their quarter PDFs (their text as built)."""
    from farm.builders.ita2569_moit import moit_doc

    pages = [_page(f"http://{BANRAI}/", _served(BANRAI, "index.html"), 0),
             _page(f"http://{BANRAI}/ita2569/index.php", _served(BANRAI, "ita2569/index.php"), 1)]
    for n in items:
        html = _served(BANRAI, f"ita2569/pages/ksp-ita-{n:02d}.php")
        if menu_anchors:  # the same menu as in-page anchors of one long page: an index, no item's own page
            html = html.replace('href="ksp-ita-', 'href="#ksp-ita-')
        pages.append(_page(f"http://{BANRAI}/ita2569/pages/ksp-ita-{n:02d}.php", html, 2))
        for q in range(1, 5):
            fy = 2568 if (n == 17 and q == 1) else 2569
            if (n == 6 and q >= 3) or n == 3:
                continue
            title, body = moit_doc(heldout_realhosp.BANRAI["name"], n, q, fy)
            url = f"http://{DOCS}/ita2569/banrai/MOIT{n:02d}/MOIT{n:02d}_Q{q}.pdf"
            pages.append(_pdf(url, title, parse_html(body, url).text))
    return pages


def test_an_item_page_repeating_the_whole_item_menu_is_judged_on_its_own_documents():
    moit = rulebooks_for_year(2569).books["moit"]
    found_ = {f.item: f for f in evaluate_agency(moit, _banrai([1, 6, 17]))}
    assert found_["MOIT1"].status == "pass"
    assert any(DOCS in url for url in found_["MOIT1"].evidence)           # its quarters' PDFs, not the page alone
    assert found_["MOIT6"].status == "partial" and "quarter 3, 4" in found_["MOIT6"].reason_en
    assert found_["MOIT17"].status == "partial" and "2568" in found_["MOIT17"].reason_en


def test_a_menu_of_in_page_anchors_is_still_an_index_whose_documents_are_no_ones():
    moit = rulebooks_for_year(2569).books["moit"]
    pages = _banrai([6], menu_anchors=True)
    site = {f.item: f for f in evaluate_agency(moit, pages)}
    assert not any(DOCS in url for url in site["MOIT6"].evidence)


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    return judge_fixture_sites(tmp_path_factory.mktemp("realhosp") / "oit.db", [MAESUAI, BANRAI])


@pytest.mark.slow
def test_both_sites_are_judged_as_an_assessor_with_a_browser_judges_them(judged):
    for site in judged.sites:
        got, want = found(judged, site.agency), expected(site.host)
        assert not [c for c in want if got[c] in ALARMS and want[c] != got[c]], site.host   # no false alarm
        assert sum(want[c] == got[c] for c in want) >= 21, (site.host, got)
    rendered = next(judged.db["pages"].rows_where("run_id = ? AND url = ?",
                                                   [judged.run_id, f"http://{MAESUAI}/ita/186_2569"]))
    assert rendered["rendered"] == 1 and "moit19_q2_2569.pdf" in rendered["links"]


def test_an_item_page_whose_evidence_rows_link_hash_only_is_missing():
    """banraiso's MOIT3: the template's ``<a href="#">มีบันทึกข้อความ …</a>`` rows in every quarter (before: the page's
    own words, the item's name and its quarters' headings, passed as its evidence)."""
    moit = rulebooks_for_year(2569).books["moit"]
    got = {f.item: f for f in evaluate_agency(moit, _banrai([3, 6]))}
    assert got["MOIT3"].status == "missing" and got["MOIT3"].reason_code == "placeholder_link"
    assert got["MOIT6"].status == "partial"                                  # documents beside its empty quarters
