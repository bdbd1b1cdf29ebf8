"""Classes found on the held-out sites of farm/builders/heldout_links.py (issue 19, round 7, lane "links"): evidence
reached through other hosts' wrappers and spaces, each shown on the farm site where it was found, crawled through
the farm and judged as the accuracy benchmark judges it:

* an OIT section on a Blogger blog (``<blog>.blogspot.com``) is read as the agency's outside publishing space, all
  blogs through one polite slot (before: one reachability check, and 17 items "missing");
* an outside section only checked (a host not read) and named as the ITA/OIT is a place any item could be:
  unchecked, never missing (the coverage principle, for hosts we do not read);
* a URL shortener is a redirect host: where a person lands is the evidence (before: "reachable, not read", and a
  3-month report or last year's plan behind a short link passed);
* Google's Docs viewer (``viewer?url=``, ``gview?url=``) is its document's frame."""
from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from benchmarks.accuracy import load_sites
from crawler.outside import outside_space, slot_host
from crawler.settings import scrapy_settings
from farm.server import Farm
from oit.settings import DEFAULTS
from rules.engine import evaluate_agency
from rules.families import rulebooks_for_year
from rules.spaces import site_of
from rules.urls import viewer_target
from service.runs import run_crawl
from storage import open_db
from tests.conftest import crawl_settings

SHORT, BLOG_SITE, FLIP = "www.khorsai.go.th", "plaengyao.go.th", "www.lohjood.go.th"
BLOG = "https://plaengyao-ita2569.blogspot.com"


def test_a_blog_is_a_space_and_a_docs_viewer_is_its_documents_frame():
    assert outside_space(f"{BLOG}/2026/03/o5.html") == "plaengyao-ita2569.blogspot.com"
    assert site_of(f"{BLOG}/") == "plaengyao-ita2569.blogspot.com"       # its template learnt from its own pages
    assert slot_host("a-ita.blogspot.com") == slot_host("b-oit.blogspot.com") == "blogspot.com"  # one front end
    assert outside_space("https://www.blogger.com/profile/1234") is None
    assert outside_space("https://x-oit.wordpress.com/o5/") == "x-oit.wordpress.com"        # the same class of host
    assert slot_host("x-oit.wordpress.com") == "wordpress.com" and outside_space("https://www.wordpress.com/") is None
    assert outside_space("https://evil.blogspot.com.example.net/x") is None
    for form in ("viewer", "gview"):
        assert viewer_target(f"https://docs.google.com/{form}?url=http%3A%2F%2Fx.go.th%2Fita%2Fo5.pdf&embedded=true") \
            == "http://x.go.th/ita/o5.pdf"
    assert viewer_target("https://docs.google.com/gview?url=http%3A%2F%2Fx.go.th%2Fita%2F&embedded=true") == ""


def _page(url: str, kind: str = "html", title: str = "", text: str = "", links: list | None = None, **kw) -> dict:
    return {"url": url, "final_url": url, "status": 200, "kind": kind, "title": title, "text": text,
            "links": links or [], "depth": kw.pop("depth", 1), **kw}


def _link(url: str, text: str, zone: str = "nav") -> dict:
    return {"url": url, "kind": "a", "text": text, "title": "", "context": "", "zone": zone}


def _ita_rulebook():
    return rulebooks_for_year(2569).books["ita"]


@pytest.mark.parametrize("section, label, held", [
    ("https://x-ita2569.wixsite.com/oit", "ITA 2569 การเปิดเผยข้อมูลสาธารณะ", True),
    ("https://itas.nacc.go.th/", "ITA 2569 การเปิดเผยข้อมูลสาธารณะ", False),        # another agency's site
    ("https://drive.google.com/file/d/1b/preview", "ดาวน์โหลด: การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", False)])
def test_an_outside_ita_section_that_was_only_checked_holds_every_item(section, label, held):
    home = _page("http://www.x.go.th/", title="หน้าแรก อบต.เอ็กซ์", depth=0,
                 text="องค์การบริหารส่วนตำบลเอ็กซ์ ข่าวประชาสัมพันธ์ " * 3,
                 links=[_link(section, label), _link("http://www.x.go.th/about", "เกี่ยวกับเรา")])
    about = _page("http://www.x.go.th/about", title="เกี่ยวกับเรา", text="ประวัติความเป็นมาของตำบล " * 5)
    checked = _page(section, kind="external", title=label.removeprefix("ดาวน์โหลด: ") + " อบต.เอ็กซ์")  # never read
    findings = {f.item: f for f in evaluate_agency(_ita_rulebook(), [home, about, checked])}
    plan = findings["O5"]
    if held:   # a section on a host not read: not found there is not missing
        assert plan.status == "unchecked" and plan.reason_code == "coverage.outside_not_read"
        assert section in plan.evidence
        assert not [f for f in findings.values() if f.status in ("missing", "broken")]
    else:      # another agency's site (the NACC's ITAS), a file named for one item: what is not found is missing
        assert plan.status == "missing"


def test_an_index_row_checked_on_an_outside_host_keeps_its_check():
    index = _page("http://www.x.go.th/ita", title="ITA 2569", text="การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2569 " * 3,
                  links=[_link("https://drive.google.com/file/d/1a/view", "O25 การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร",
                               zone="main")])
    home = _page("http://www.x.go.th/", title="หน้าแรก", depth=0, text="อบต.เอ็กซ์ " * 10,
                 links=[_link("http://www.x.go.th/ita", "ITA 2569")])
    drive = _page("https://drive.google.com/file/d/1a/view", kind="external",
                  title="มาตรการส่งเสริมคุณธรรม ITA ปี 2569.pdf - Google ไดรฟ์")
    item = next(f for f in evaluate_agency(_ita_rulebook(), [home, index, drive]) if f.item == "O25")
    assert item.status != "unchecked" and "https://drive.google.com/file/d/1a/view" in item.evidence


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    """The three sites crawled once and judged as the accuracy benchmark judges them, with the farm's request log."""
    sites = load_sites(hosts=[SHORT, BLOG_SITE, FLIP])
    db_path = tmp_path_factory.mktemp("links") / "oit.db"
    db = open_db(db_path)
    db["agencies"].upsert_all([dict(s.registry) for s in sites], pk="id", alter=True)
    with Farm(hang_seconds=10) as farm:
        run_id = run_crawl(db_path, [db["agencies"].get(s.agency) for s in sites], rulebooks_for_year(2569),
                           crawl_settings(farm, timeout=10, delay=0))
    db = open_db(db_path)
    assert db["runs"].get(run_id)["state"] == "complete"
    findings = {(r["agency_id"], r["item"]): dict(r, evidence=json.loads(r["evidence"]))
                for r in db["findings"].rows_where("run_id = ?", [run_id])}
    pages = {r["url"]: r for r in db.query("SELECT * FROM pages WHERE run_id = ?", [run_id])}
    return SimpleNamespace(findings=findings, pages=pages, stats=farm.stats)


def _find(judged, agency: str, item: str) -> dict:
    return judged.findings[(agency, item)]


@pytest.mark.slow
def test_the_oit_section_on_a_blogger_blog_is_read(judged):
    posts = [p for url, p in judged.pages.items() if url.startswith(f"{BLOG}/2026/03/") and p["agency_id"] == "plaengyao"]
    assert len(posts) >= 20 and all(p["outside"] == 1 and p["kind"] == "html" for p in posts)
    assert _find(judged, "plaengyao", "O5")["status"] == "pass"          # a Drive preview in the item's post
    assert _find(judged, "plaengyao", "O13")["status"] == "partial"      # the 2568 HR plan on Drive, read
    assert _find(judged, "plaengyao", "O8")["status"] == "missing"       # the post says อยู่ระหว่างดำเนินการ
    dead = _find(judged, "plaengyao", "O20")                             # gview of an own PDF that answers 404
    assert dead["status"] == "broken" and any(u.startswith("http://plaengyao.go.th/ita/") for u in dead["evidence"])
    assert _find(judged, "plaengyao", "O12")["status"] == "pass"         # gview of an own PDF that is there


@pytest.mark.slow
def test_a_short_link_is_judged_by_where_it_lands(judged):
    half = _find(judged, "khorsai", "O6")     # shorturl.asia -> the agency's own PDF, 3 months only
    assert half["status"] == "partial"
    assert "http://www.khorsai.go.th/uploads/ita2569/O6-progress6m.pdf" in half["evidence"]   # where a person lands
    assert _find(judged, "khorsai", "O13")["status"] == "partial"    # last year's HR plan behind a short link
    own = judged.pages["http://www.khorsai.go.th/uploads/ita2569/O6-progress6m.pdf"]
    assert own["kind"] == "pdf" and own["agency_id"] == "khorsai"   # fetched from the agency's own host, read
    assert _find(judged, "khorsai", "O7")["status"] == "pass"       # tinyurl -> Docs viewer -> own PDF
    assert judged.pages["http://www.khorsai.go.th/uploads/ita2569/O7-annualreport.pdf"]["kind"] == "pdf"
    assert _find(judged, "khorsai", "O14")["status"] == "broken"    # bit.ly -> a deleted Drive file
    unknown = _find(judged, "khorsai", "O19")                      # a code the shortener does not know
    assert unknown["status"] == "broken" and json.loads(unknown["reason_params"] or "{}").get("cause") == "http_404"


@pytest.mark.slow
def test_outside_hosts_keep_one_polite_rate(judged):
    slots = scrapy_settings(dict(DEFAULTS["crawl"], allow_private=False), "")["DOWNLOAD_SLOTS"]
    assert slots["outside:blogspot.com"]["concurrency"] == DEFAULTS["crawl"]["outside_concurrency"]
    blog = "plaengyao-ita2569.blogspot.com"
    asked = [path for host, path, _ in judged.stats.log if host == blog and path != "/robots.txt"]
    assert len(asked) == len(set(asked)) >= 20                       # each blog page fetched once
    assert judged.stats.overlap(blog) <= DEFAULTS["crawl"]["outside_concurrency"]
    for shortener in ("bit.ly", "shorturl.asia", "tinyurl.com", "s.id"):   # one request per short link, no crawl
        paths = [path for host, path, _ in judged.stats.log if host == shortener and path != "/robots.txt"]
        assert paths and len(paths) == len(set(paths)) and "/" not in paths


@pytest.mark.parametrize("news, status", [("8 เม.ย. 2569 ประชาสัมพันธ์การชำระภาษี ประจำปี 2569", "pass"),
                                          ("30 ส.ค. 2568 ประชาสัมพันธ์การฉีดวัคซีน ปี 2568", "unchecked")])
def test_an_index_row_behind_a_login_wall_is_judged_on_the_sites_own_page(news, status):
    post = "https://www.facebook.com/x.sao/posts/pfbid0abc"
    home = _page("http://www.x.go.th/", title="หน้าแรก", depth=0, text="อบต.เอ็กซ์ " * 10,
                 links=[_link("http://www.x.go.th/ita", "ITA 2569"), _link("http://www.x.go.th/news", "ข่าวประชาสัมพันธ์")])
    index = _page("http://www.x.go.th/ita", title="ITA 2569", text="การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2569 " * 3,
                  links=[_link(post, "O4 ข่าวประชาสัมพันธ์ (เพจ Facebook)", zone="main")] +
                  [_link(f"http://www.x.go.th/doc/o{n}.pdf", f"O{n} {t}", zone="main") for n, t in
                   enumerate(["แผนพัฒนาท้องถิ่น", "แผนการดำเนินงาน", "รายงานผลการดำเนินงาน", "คู่มือการปฏิบัติงาน",
                              "คู่มือสำหรับประชาชน", "E-Service", "สรุปผลการจัดซื้อจัดจ้าง"], 5)])
    page = _page("http://www.x.go.th/news", title="ข่าวประชาสัมพันธ์", text=f"ข่าวประชาสัมพันธ์ {news} " * 2)
    wall = _page(post, kind="external", title="Facebook", unread="login_required")
    item = next(f for f in evaluate_agency(_ita_rulebook(), [home, index, page, wall]) if f.item == "O4")
    assert item.status == status                      # never missing or partial on a page the index did not name
    if status == "pass":
        assert "http://www.x.go.th/news" in item.evidence
        assert any("index row could not be read" in s for s in item.signals)
    else:
        assert item.reason_code == "coverage.login_required"


@pytest.mark.slow
def test_flipbooks_onedrive_and_facebook_are_never_alarms(judged):
    news = _find(judged, "lohjood", "O4")       # the index's Facebook post is a login wall; the menu's news page is read
    assert news["status"] == "pass" and "http://www.lohjood.go.th/news/" in news["evidence"]
    for item in ("O5", "O9", "O12", "O22"):     # FlipHTML5, heyzine, OneDrive: script-built, judged on their titles
        assert _find(judged, "lohjood", item)["status"] not in ("missing", "broken")
    assert _find(judged, "lohjood", "O7")["status"] == "partial"   # the AnyFlip book's title: the 2567 report
