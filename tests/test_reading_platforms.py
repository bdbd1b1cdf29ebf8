"""Classes found on the held-out sites of farm/builders/heldout_platforms.py (issue 19, round 7's second probe, lane
"platforms"): agency sites built on CMS plugins, each shown on the farm site where it was found, crawled through the
farm and judged as the accuracy benchmark judges it:

* WP Download Manager's button is ``<a href="#" data-downloadurl="…?wpdmdl=N">``: its address is in the attribute
  (before: never followed, and a dead button passed on the landing page's title);
* a file's own page (a download plugin's landing page: WPDM's package page, PhocaDownload's file view) stands for
  the file its one button sends: the file is the evidence, and a button that answers 404 is a broken item
  (before: the landing page's title passed it);
* a link in an accordion section or tab panel is read under the section's title (``aria-labelledby``), as a
  person reads the files listed under "O6 …" (before: a 3-month report listed there was credited elsewhere);
* a document framed in a page (a Drive folder embedded under an accordion's "O11 …") is the item's evidence as a
  link is (before: 4 items "missing", false alarms), and a framed folder that says it holds nothing is the item's
  denial."""
from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from benchmarks.accuracy import load_sites
from crawler.extract import parse_html
from farm.server import Farm
from rules.engine import evaluate_agency
from rules.families import rulebooks_for_year
from rules.urls import document_frame
from service.runs import run_crawl
from storage import open_db
from tests.conftest import crawl_settings

WPDM, PHOCA = "www.nonghan.go.th", "www.klongnarai.go.th"


def test_a_wpdm_button_is_read_from_its_data_attribute():
    page = ("<html><body><div class='w3eden'><h3 class='package-title'>แผนการดำเนินงาน ประจำปี 2569</h3>"
            "<a class='wpdm-download-link download-on-click btn btn-primary ' rel='nofollow' href='#' "
            "data-downloadurl=\"http://www.x.go.th/download/o6/?wpdmdl=1394&refresh=6603a1\">ดาวน์โหลด</a>"
            "</div></body></html>")
    links = parse_html(page, "http://www.x.go.th/download/o6/").links
    assert [(link["url"], link["text"]) for link in links] == [
        ("http://www.x.go.th/download/o6/?wpdmdl=1394&refresh=6603a1", "ดาวน์โหลด")]


def test_a_link_in_an_accordion_section_is_read_under_the_sections_title():
    page = ('<html><body><div class="elementor-accordion"><div class="elementor-accordion-item">'
            '<div id="elementor-tab-title-261" class="elementor-tab-title" data-tab="1" role="button" '
            'aria-controls="elementor-tab-content-261"><a class="elementor-accordion-title" tabindex="0">'
            'O6 แผนและความก้าวหน้าในการดำเนินงาน</a></div><div id="elementor-tab-content-261" '
            'class="elementor-tab-content" data-tab="1" role="region" aria-labelledby="elementor-tab-title-261">'
            '<ul><li><a href="/download/o6-plan/">แผนการดำเนินงาน ประจำปี 2569</a></li>'
            '<li><a href="/download/o6-progress/">รายงานความก้าวหน้า รอบ 6 เดือน</a></li></ul></div></div></div>'
            '<nav role="navigation" aria-labelledby="menu-title"><h2 id="menu-title">เมนู</h2>'
            '<ul><li><a href="/news/">ข่าวสาร</a></li></ul></nav></body></html>')
    context = {link["url"].rsplit("/", 2)[-2]: link["context"] for link in parse_html(page, "http://x.go.th/ita/").links}
    assert context["o6-progress"] == "O6 แผนและความก้าวหน้าในการดำเนินงาน รายงานความก้าวหน้า รอบ 6 เดือน"
    assert context["news"] == "ข่าวสาร"                   # a menu labelled for screen readers is not a section


@pytest.mark.parametrize("url, framed", [
    ("https://drive.google.com/embeddedfolderview?id=1abc#list", True),
    ("https://drive.google.com/file/d/1abc/preview", True),
    ("https://docs.google.com/gview?url=http%3A%2F%2Fx.go.th%2Fo5.pdf&embedded=true", True),
    ("http://www.x.go.th/uploads/o5.pdf", True),
    ("https://www.youtube.com/embed/abc", False),
    ("https://www.google.com/maps/embed?pb=1", False),
    ("https://www.facebook.com/plugins/page.php?href=x", False)])
def test_a_document_frame_is_known_by_its_address(url, framed):
    assert document_frame(url) is framed


def _page(url: str, kind: str = "html", title: str = "", text: str = "", links: list | None = None, **kw) -> dict:
    return {"url": url, "final_url": url, "status": kw.pop("status", 200), "kind": kind, "title": title, "text": text,
            "links": links or [], "depth": kw.pop("depth", 1), **kw}


def _link(url: str, text: str, zone: str = "main", kind: str = "a", context: str = "") -> dict:
    return {"url": url, "kind": kind, "text": text, "title": "", "context": context, "zone": zone}


@pytest.mark.parametrize("words, landing", [(" ขนาดไฟล์ 245 KB วันที่ 25 มีนาคม 2569", True),
                                            (" ระเบียบ ประกาศ คำสั่ง และรายละเอียดของแผนงานโครงการ" * 30, False)])
def test_a_files_own_page_stands_for_its_file(words, landing):
    """An item's category page that lists a file's own page, whose one button answers 404, is a broken item (a
    person clicks the file, then its button); a content page that links a document among its own words is read
    as itself."""
    pdf = "http://www.x.go.th/download/o16/?wpdmdl=9"
    home = _page("http://www.x.go.th/", title="หน้าแรก", depth=0, text="อบต.เอ็กซ์ " * 10,
                 links=[_link("http://www.x.go.th/ita", "ITA 2569", zone="nav")])
    index = _page("http://www.x.go.th/ita", title="ITA 2569", text="การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2569 " * 3,
                  links=[_link(f"http://www.x.go.th/doc/o{n}/", f"O{n} {t}") for n, t in
                         enumerate(["แผนพัฒนาท้องถิ่น", "แผนการดำเนินงาน", "รายงานผลการดำเนินงาน", "คู่มือการปฏิบัติงาน",
                                    "คู่มือสำหรับประชาชน"], 5)] +
                  [_link("http://www.x.go.th/cat/16", "O16 แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต")])
    title = "คู่มือแนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"
    category = _page("http://www.x.go.th/cat/16", title="O16 แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต",
                     text="O16 แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต " + title,
                     links=[_link("http://www.x.go.th/download/o16/", title)])
    page = _page("http://www.x.go.th/download/o16/", title=title, text=title + words, depth=2,
                 links=[_link(pdf, "ดาวน์โหลด")])
    dead = _page(pdf, status=404, error="http_404", depth=3)
    item = next(f for f in evaluate_agency(rulebooks_for_year(2569).books["ita"], [home, index, category, page, dead])
                if f.item == "O16")
    if landing:
        assert item.status == "broken" and pdf in item.evidence
    else:
        assert item.status != "broken" and "http://www.x.go.th/download/o16/" in item.evidence


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    """The two sites crawled once and judged as the accuracy benchmark judges them."""
    sites = load_sites(hosts=[WPDM, PHOCA])
    db_path = tmp_path_factory.mktemp("platforms") / "oit.db"
    db = open_db(db_path)
    db["agencies"].upsert_all([dict(s.registry) for s in sites], pk="id", alter=True)
    with Farm(hang_seconds=10) as farm:
        run_id = run_crawl(db_path, [db["agencies"].get(s.agency) for s in sites], rulebooks_for_year(2569),
                           crawl_settings(farm, timeout=10, delay=0))
    db = open_db(db_path)
    assert db["runs"].get(run_id)["state"] == "complete"
    findings = {(r["agency_id"], r["item"]): dict(r, evidence=json.loads(r["evidence"]))
                for r in db["findings"].rows_where("run_id = ?", [run_id])}
    return SimpleNamespace(findings=findings)


def _find(judged, agency: str, item: str) -> dict:
    return judged.findings[(agency, item)]


@pytest.mark.slow
def test_wpdm_landing_pages_are_judged_by_the_file_their_button_sends(judged):
    plan = _find(judged, "nonghan", "O5")
    assert plan["status"] == "pass" and any("?wpdmdl=" in u for u in plan["evidence"])
    dead = _find(judged, "nonghan", "O16")                 # the landing page is there, its button answers 404
    assert dead["status"] == "broken" and any("?wpdmdl=" in u for u in dead["evidence"])
    assert _find(judged, "nonghan", "O13")["status"] == "partial"     # last year's HR plan behind the button
    half = _find(judged, "nonghan", "O6")             # the 3-month report: a file listed under the accordion's "O6 …"
    assert half["status"] == "partial" and any("o6-progress6m/?wpdmdl=" in u for u in half["evidence"])


@pytest.mark.slow
def test_phocadownload_files_are_read_through_the_file_page(judged):
    for item in ("O6", "O8"):                                # even categories: the button only on the file's page
        found = _find(judged, "klongnarai", item)
        assert found["status"] == "pass" and any("&download=" in u for u in found["evidence"])
    dead = _find(judged, "klongnarai", "O14")
    assert dead["status"] == "broken" and json.loads(dead["reason_params"] or "{}").get("cause") == "http_404"
    assert _find(judged, "klongnarai", "O20")["status"] == "missing"  # an empty category
    assert _find(judged, "klongnarai", "O7")["status"] == "partial"   # the 2567 annual report


@pytest.mark.slow
def test_drive_folders_framed_in_accordions_are_the_items_evidence(judged):
    for item in ("O11", "O19"):
        found = _find(judged, "nonghan", item)
        assert found["status"] == "pass"
        # the folder framed in the item's box, or (since round 15: rows of a list framed in the index are the
        # index's rows) the files it lists, each named for the item, found through that folder
        assert any(u.startswith("https://drive.google.com/embeddedfolderview") for u in found["evidence"]) or (
            "index page https://drive.google.com/embeddedfolderview" in str(found["signals"])
            and all(u.startswith("https://drive.google.com/file/d/") for u in found["evidence"]))
    empty = _find(judged, "nonghan", "O23")                  # the framed folder says it holds nothing
    assert empty["status"] == "missing" and empty["reason_code"] == "denial"
    assert _find(judged, "nonghan", "O21")["status"] == "missing"     # the accordion says อยู่ระหว่างดำเนินการ
