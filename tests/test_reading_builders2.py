"""Classes found on the held-out sites of farm/builders/heldout_builders2.py (issue 19, round 9, lane "builders2"),
each shown on the farm site where it was found, crawled through the farm and judged as the accuracy benchmark
judges it:

* an agency's name forwarded to its website on a site builder's host of its own (``<name>.my.canva.site``,
  ``<name>.weebly.com``, ``<name>.square.site``, ``<name>.notion.site``) is where it publishes, as a Google Site
  is (before: "moved off to a host not adopted", the whole site unchecked: 0/26);
* a site builder's button "เปิดเอกสาร" is read under the caption box just before it ("O5 แผนพัฒนาท้องถิ่น" in a
  text box of its own, the buttons after it, siblings in one column), never under a paragraph of prose (before:
  the Canva site's buttons were credited to no item or to the sub-indicator's heading, 20 items unchecked);
* a public Padlet board (``padlet.com/<owner>/<board>``) is read as the agency's page: rendered, since Padlet's
  app draws its columns from the board's JSON on padlet.com, within the budgets of the agency that asked for it;
  a post's upload (``padlet-uploads.storage.googleapis.com/<wall>/<hash>/<name>``) is the agency's document
  (before: the board was only checked for reachability, 20 items unchecked)."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from crawler.extract import parse_html
from crawler.outside import builder_file, outside_space, site_move
from rules.vocabulary import ALARMS
from tests.test_reading_unforeseen import crawl

PADLET, CANVA = "www.khaosamyot-sao.go.th", "www.thamuang-sao.go.th"
BOARD = "https://padlet.com/khaosamyotsao/ita2569-q8w3e5r7t9y2u4i6"


# -- a name forwarded to a site builder ------------------------------------------------------------------------
@pytest.mark.parametrize("final, adopted", [
    ("https://thamuangsao.my.canva.site/", True),
    ("https://banxschool.weebly.com/", True),
    ("https://xsao.square.site/ita", True),
    ("https://xsao.notion.site/ITA-2569-4f1c", True),
    ("https://www.canva.com/", False),                 # the builder's own pages are no one's site
    ("https://www.weebly.com/th", False),
    ("https://www.cheap-hosting.com/parked", False),
])
def test_a_name_forwarded_to_a_site_builders_own_host_is_adopted(final, adopted):
    assert site_move("http://www.thamuang-sao.go.th/", final)[1] is adopted


# -- a caption box above its buttons ------------------------------------------------------------------------------
def test_a_builders_button_is_read_under_the_caption_box_before_it():
    page = ('<main><h2>ตัวชี้วัดย่อยที่ 9.2</h2><div class="text-box"><p><strong>O5</strong> แผนพัฒนาท้องถิ่น</p></div>'
            '<a class="button" href="https://drive.google.com/file/d/1a/view">เปิดเอกสาร</a>'
            '<div class="text-box"><p><strong>O6</strong> แผนการดำเนินงาน</p></div>'
            '<a class="button" href="/a.pdf">เปิดเอกสาร</a><a class="button" href="/b.pdf">เปิดเอกสาร</a>'
            '<div class="text-box"><p>ดาวน์โหลดแบบฟอร์มได้ที่นี่</p></div><a class="button" href="/c.pdf">เปิดเอกสาร</a>'
            '<div class="text-box"><p>ข้อ ๗ รายงานผลการดำเนินงาน</p></div><a class="button" href="/d.pdf">เปิด</a></main>')
    context = {link["url"].rsplit("/", 1)[-1]: link["context"] for link in parse_html(page, "http://x.go.th/").links}
    assert context["view"] == "O5 แผนพัฒนาท้องถิ่น"
    assert context["a.pdf"] == context["b.pdf"] == "O6 แผนการดำเนินงาน"    # every button after the caption
    assert context["c.pdf"] == ""                                         # prose above a button is not its caption
    assert context["d.pdf"] == "ข้อ ๗ รายงานผลการดำเนินงาน"                 # Thai digits name the item too


# -- a Padlet board --------------------------------------------------------------------------------------------------
def test_a_padlet_board_is_a_space_and_its_uploads_are_the_agencys_documents():
    assert outside_space(BOARD) == "padlet.com/khaosamyotsao/ita2569-q8w3e5r7t9y2u4i6"
    assert outside_space("https://padlet.com/dashboard/recent") is None          # Padlet's own pages
    assert outside_space("https://padlet.com/khaosamyotsao") is None             # a profile, not a board
    assert builder_file("https://padlet-uploads.storage.googleapis.com/2954417301/171c94cbf09d4a7ab468cf103d1674fc/"
                        "O5________________2566___2570.pdf")
    assert not builder_file("https://padlet-uploads.storage.googleapis.com/2954417301/")
    assert not builder_file("https://storage.googleapis.com/other-bucket/1/ab/x.pdf")


# -- the held-out sites, crawled ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def heldout(tmp_path_factory) -> SimpleNamespace:
    return crawl(Path(tmp_path_factory.mktemp("builders2")), [PADLET, CANVA])


@pytest.mark.slow
def test_a_padlet_board_is_rendered_and_its_columns_judged(heldout):
    find = lambda item: heldout.findings[("khaosamyot", item)]  # noqa: E731
    assert heldout.pages[BOARD]["rendered"] == 1 and not heldout.pages[BOARD]["unread"]
    for item in ("O5", "O9", "O13", "O20", "O23"):
        assert find(item)["status"] == "pass", item
    assert find("O6")["status"] == "partial" and find("O12")["status"] == "partial"   # 3 months; the 2567 summary
    assert find("O15")["status"] == "broken"                                          # its upload answers 404
    assert find("O21")["status"] == "missing" and find("O24")["status"] == "missing"  # "-"; a denial
    assert any("padlet-uploads" in url for url in find("O5")["evidence"])


@pytest.mark.slow
def test_a_canva_site_the_name_forwards_to_is_read_button_by_button(heldout):
    find = lambda item: heldout.findings[("thamuang", item)]  # noqa: E731
    assert heldout.pages["https://thamuangsao.my.canva.site/ita-2569"]["rendered"] == 1
    for item in ("O1", "O5", "O9", "O13", "O23"):
        assert find(item)["status"] == "pass", item
    assert find("O7")["status"] == "partial" and find("O11")["status"] == "partial"
    assert find("O14")["status"] == "broken"                                          # the deleted Drive file
    assert find("O22")["status"] == "missing" and find("O25")["status"] == "missing"
    assert not any(f["status"] in ALARMS for (agency, item), f in heldout.findings.items()
                   if agency == "thamuang" and item not in {"O14", "O22", "O25"})
