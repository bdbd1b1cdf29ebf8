"""Classes found on the held-out sites of farm/builders/heldout_realgov.py (round 13, lane "realgov"): two ITA 2569
sites rendered from real Thai agency templates in public repositories. Before any change www.nonglom.go.th
(assystemth's CodeIgniter CMS) scored 10/26 with 15 false alarms and www.nongyai-sao.go.th (sompawn/nysso's PHP
collapse tree) 17/26 with none:

* a link's block whose only words are the link's address written out and "ลิงค์" ("ลิงค์ | http://…/docs/file/
  3f9a….pdf | เปิด") names nothing: the item is the caption box above it ("O6 แผนและความก้าวหน้า…"); a block
  naming several items ("O1 … O2 … O3 … O4 …", a topic of four boxes of one link each) is the list around the
  link, not its record; "ลิงค์" is as generic as "ลิงก์";
* a carousel's arrow class ("nav-arrow-b" on the ``<section>`` holding the page) is no menu: the page's text is read;
* the files of a Bootstrap collapse folder (``<div class="collapse" id="l6">``) are read under its toggle's title
  ("O6 …", by href="#l6", data-target or aria-controls), and a file named by a number alone ("01.pdf") names no item;
* an anchor that leads nowhere and says "-" (``<a href="#!">-</a>``), and the toggle of a folder holding only such
  rows, are the row's "-", not links: the row is this round's "-", as an index row with no link at all.
"""
from __future__ import annotations

import pytest

from crawler.extract import parse_html
from farm.builders import heldout_realgov as realgov
from rules.index import denied_rows, index_rows, link_code
from rules.thai import is_generic_label
from rules.vocabulary import ALARMS
from tests.conftest import expected, found, judge_fixture_sites

CI, TREE = realgov.HOSTS

CI_TOPIC = """<html><body><div class="ita-detail-content">
<span class="font-ita-content">O1 โครงสร้าง หน้าที่และอำนาจ</span><div class="row mt-2"><div class="col-2">
<span>ลิงค์</span></div><div class="col-8"><span>http://www.x.go.th/Pages/structure</span></div><div class="col-2">
<a class="btn" href="http://www.x.go.th/Pages/structure">เปิด</a></div></div>
<span class="font-ita-content">O2 ข้อมูลผู้บริหาร</span><div class="row mt-2"><div class="col-2"><span>ลิงค์</span>
</div><div class="col-8"><span>http://www.x.go.th/Pages/executives</span></div><div class="col-2">
<a class="btn" href="http://www.x.go.th/Pages/executives">เปิด</a></div></div>
<span class="font-ita-content">O6 แผนและความก้าวหน้าในการดำเนินงาน</span><div class="row mt-2"><div class="col-2">
<span>ลิงค์</span><br><span>ลิงค์</span></div><div class="col-8"><span>http://www.x.go.th/docs/file/d7f19226b8.pdf</span>
<span>http://www.x.go.th/docs/file/b8cc8c602b.pdf</span></div><div class="col-2">
<a class="btn" href="http://www.x.go.th/docs/file/d7f19226b8.pdf">เปิด</a><br>
<a class="btn" href="http://www.x.go.th/docs/file/b8cc8c602b.pdf">เปิด</a></div></div>
</div></body></html>"""

TREE_PAGE = """<html><body><section class="news-single nav-arrow-b"><div class="tree">
<ul><li><span><a data-toggle="collapse" href="#l6">O6 แผนและความก้าวหน้าในการดำเนินงาน <span>V</span></a></span>
<div class="collapse" id="l6"><ul>
<li><span><a href="#!">6.1 แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569</a><a href="../upload/ITA/ITA2569/O6/01.pdf">
<!-- <i class="fas fa-file-pdf"></i> --></a></span></li>
<li><span><a href="#!">6.2 รายงานความก้าวหน้า ประจำปีงบประมาณ พ.ศ. 2569</a><a href="../upload/ITA/ITA2569/O6/02.pdf">
</a></span></li></ul></div></li></ul>
<ul><li><span><a data-toggle="collapse" href="#l19">O19 ผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน</a></span>
<div class="collapse" id="l19"><ul><li><span><a href="#!"> - </a></span></li></ul></div></li></ul>
</div></section></body></html>"""


def test_a_row_of_addresses_and_open_buttons_is_read_under_the_caption_above_it():
    links = [link for link in parse_html(CI_TOPIC, "http://www.x.go.th/Pages/ita_year_detail/9").links
             if link["text"] == "เปิด"]
    assert [link_code(link) for link in links] == [1, 2, 6, 6]   # before: None for every one
    assert links[2]["context"].startswith("O6 แผนและความก้าวหน้า")
    assert is_generic_label("ลิงค์") and is_generic_label("ลิงค์ เปิด")


def test_a_carousel_arrow_class_is_no_menu_and_a_collapse_folder_is_read_under_its_toggle():
    page = parse_html(TREE_PAGE, "http://www.y.go.th/page/ITA69.php")
    assert "6.1 แผนการดำเนินงาน" in page.text        # before: the whole section was furniture
    files = [link for link in page.links if link["url"].endswith(".pdf")]
    assert [link_code(link) for link in files] == [6, 6]  # before: 1 and 2, from "01.pdf" and "02.pdf"
    assert link_code({"text": "", "context": "O6 แผน 6.1 แผน", "url": "http://y/O5/01.pdf"}) == 6
    assert link_code({"text": "", "context": "O6 แผน", "url": "http://y/files/o7.pdf"}) == 7  # a file named by its code


def test_a_dash_in_an_anchor_and_the_toggle_of_a_folder_holding_only_it_are_the_rows_dash():
    page = parse_html(TREE_PAGE, "http://www.y.go.th/page/ITA69.php")
    assert not [link for link in page.links if "O19" in link["text"] or link["text"].strip() == "-"]
    rows = index_rows(page.links, least=1)
    assert 19 not in rows and 6 in rows
    assert denied_rows(page.text, set(rows)) == {19: "o19 ผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน -"}
    # a folder that holds a file keeps its toggle; a plain jump to a section is untouched
    kept = parse_html('<a data-toggle="collapse" href="#a">O5 แผน</a><div class="collapse" id="a">'
                      '<a href="/x.pdf">แผนพัฒนา</a></div><a href="#b">O7 รายงาน</a><div id="b"><a href="#!">-</a></div>',
                      "http://z.go.th/ita.php").links
    assert [link["text"] for link in kept] == ["O5 แผน", "แผนพัฒนา", "O7 รายงาน"]


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    return judge_fixture_sites(tmp_path_factory.mktemp("realgov") / "oit.db", [CI, TREE])


@pytest.mark.slow
def test_held_out_realgov_sites_agree_with_no_false_alarm(judged):
    ci, tree = found(judged, "nonglom"), found(judged, "nongyai")
    assert ci == expected(CI)
    want = expected(TREE)
    assert {code: status for code, status in tree.items() if status != want[code]} == {"O25": "partial"}
    alarms = [(code, status) for got, host in ((ci, CI), (tree, TREE)) for code, status in got.items()
              if status in ALARMS and expected(host)[code] not in ALARMS]
    assert not alarms
