"""Classes found on the held-out MOIT 2569 hospitals of farm/builders/heldout_hospitals2.py (round 15, lane
"hospitals"), each shown where it was found, and the two sites crawled through the farm as the accuracy benchmark
crawls them:

* an index paginated as a list (a WordPress category of one post per item per quarter, ten a page) is one index:
  its numbered pages cost the crawl no depth (before: pages 5 and 6 of 9 were never reached), and its last page
  is part of it however few rows it holds (before: page 9's seven posts were no index rows): 17 of 22 items
  "partial" for quarters that were there;
* a shared folder named for this round ("MOIT7 ไตรมาส 1/2569") that holds last round's file ("ไตรมาสที่ 1
  ปีงบประมาณ พ.ศ. 2568") is filled with last round's evidence: the folder's name says what it is meant to hold,
  its files what it holds (before: pass);
* an item whose rulebook asks for the head's signature (MOIT1's memo or order, MOIT6's policy) is not complete with
  a draft that says it is unsigned ("ผู้อำนวยการยังไม่ได้ลงนาม"); a request for approval ("ขออนุมัติ") is no
  approval; evidence silent about the signature (a text layer without its signature block, a scan, an outside
  file) is not judged, as text does not show ink (before: no such check)."""
from __future__ import annotations

import pytest

from rules.checks import CHECKS, Doc, Evidence
from rules.engine import evaluate_agency
from rules.families import rulebooks_for_year
from rules.thai import Text
from rules.urls import same_listing
from tests.conftest import assert_read_as_expected, expected, found, judge_fixture_sites

GSITE, WP = "www.nangronghospital.go.th", "www.thawatburihospital.go.th"
MOIT = rulebooks_for_year(2569).books["moit"]
TITLES = {item.number: item.title_th for item in MOIT.items}


@pytest.mark.parametrize("url, listing, same", [
    ("http://h.go.th/category/moit2569/page/2/", "http://h.go.th/category/moit2569/", True),
    ("http://h.go.th/category/moit2569/page/9/", "http://h.go.th/category/moit2569/page/4/", True),
    ("http://h.go.th/category/moit2569/page/3", "http://h.go.th/category/moit2569/page/2/", True),
    ("http://h.go.th/news.php?cat=2&page=3", "http://h.go.th/news.php?cat=2", True),
    ("http://h.go.th/?cat=7&paged=2", "http://h.go.th/?cat=7", True),
    ("http://h.go.th/category/moit2569/", "http://h.go.th/category/moit2569/", False),      # itself
    ("http://h.go.th/category/moit2568/page/2/", "http://h.go.th/category/moit2569/", False),  # another list
    ("http://h.go.th/news.php?cat=3&page=2", "http://h.go.th/news.php?cat=2", False),
    ("http://other.go.th/category/moit2569/page/2/", "http://h.go.th/category/moit2569/", False),
    ("http://h.go.th/index.php?page=news", "http://h.go.th/index.php?page=ita", False),      # a route named page
    ("http://h.go.th/moit3-q2-2569/", "http://h.go.th/category/moit2569/", False)])          # a post of it
def test_another_page_of_a_paginated_list(url, listing, same):
    assert same_listing(url, listing) is same


def _page(url: str, title: str, text: str, links: list[dict], kind: str = "html", depth: int = 1) -> dict:
    return {"url": url, "final_url": url, "status": 200, "kind": kind, "depth": depth, "title": title, "text": text,
            "links": links}


def _link(url: str, text: str, context: str = "", zone: str = "main") -> dict:
    return {"url": url, "kind": "a", "text": text, "title": "", "zone": zone, "context": context or text}


def _evidence(n: int, q: int, fy: int = 2569, signed: bool = True) -> str:
    sign = "ผู้อำนวยการลงนามอนุญาตให้เผยแพร่" if signed else "(ร่าง — ผู้อำนวยการยังไม่ได้ลงนาม)"
    return (f"MOIT{n} ไตรมาสที่ {q} ปีงบประมาณ พ.ศ. {fy} โรงพยาบาลเอ็กซ์ MOIT {n} {TITLES[n]} "
            f"ไตรมาสที่ {q} ปีงบประมาณ พ.ศ. {fy} {n}.1 หลักฐานเชิงประจักษ์ของข้อนี้ในไตรมาส "
            f"{n}.2 บันทึกข้อความ ขออนุมัติเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน {sign} "
            f"{n}.3 แบบฟอร์มการขออนุญาตเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน")


def _category_site(per_page: int = 10, signed_1: bool = True) -> list[dict]:
    """A hospital's WordPress category of one post per item per quarter, newest first, ``per_page`` a page."""
    base = "https://h.moph.go.th"
    posts, pages = [], []
    for q in range(1, 5):
        for n in range(1, 23):
            url = f"{base}/moit{n}-q{q}-2569/"
            pdf = f"{base}/wp-content/uploads/moit{n}-q{q}-2569.pdf"
            title = f"MOIT {n} ไตรมาสที่ {q}/2569 {TITLES[n]}"
            pages.append(_page(url, title, title, [_link(pdf, f"MOIT{n} ไตรมาส {q} ปีงบประมาณ 2569")], depth=3))
            pages.append(_page(pdf, "", _evidence(n, q, signed=signed_1 or n != 1), [], kind="pdf", depth=4))
            posts.append((url, title))
    posts.reverse()
    chunks = [posts[i:i + per_page] for i in range(0, len(posts), per_page)]
    for p, chunk in enumerate(chunks, 1):
        url = f"{base}/category/moit2569/" + ("" if p == 1 else f"page/{p}/")
        numbers = [_link(f"{base}/category/moit2569/" + ("" if k == 1 else f"page/{k}/"), str(k))
                   for k in range(1, len(chunks) + 1) if k != p]
        pages.append(_page(url, "MOIT 2569", "หมวดหมู่: MOIT 2569 " + " ".join(t for _, t in chunk),
                           [_link(u, t) for u, t in chunk] + numbers, depth=2))
    home = _page(f"{base}/", "หน้าแรก", "โรงพยาบาลเอ็กซ์ ข่าวประชาสัมพันธ์ " * 4,
                 [_link(f"{base}/category/moit2569/", "MOIT 2569", zone="nav")], depth=0)
    return [home, *pages]


def test_the_last_page_of_a_paginated_index_is_part_of_it():
    site = _category_site()         # 88 posts: the ninth page lists 8 (MOIT1–MOIT8 of quarter 1)
    site = [p for p in site if p["url"] != "https://h.moph.go.th/moit8-q1-2569/"]   # ... 7 once one post is gone
    for page in site:
        page["links"] = [link for link in page["links"] if link["url"] != "https://h.moph.go.th/moit8-q1-2569/"]
    got = {f.item: f for f in evaluate_agency(MOIT, site)}
    for n in range(1, 8):           # their quarter-1 posts are rows of the last page only
        assert got[f"MOIT{n}"].status == "pass", (n, got[f"MOIT{n}"].reason_en, got[f"MOIT{n}"].signals)
    assert any("category/moit2569/page/9/" in s for s in got["MOIT3"].signals)
    assert got["MOIT8"].status == "partial" and "quarter 1" in got["MOIT8"].reason_en


def test_a_memo_asking_approval_the_head_has_not_signed():
    got = {f.item: f for f in evaluate_agency(MOIT, _category_site(signed_1=False))}
    assert got["MOIT1"].status == "partial" and "not signed" in got["MOIT1"].reason_en
    assert got["MOIT2"].status == "pass"                                  # no signature asked
    assert {f.item: f.status for f in evaluate_agency(MOIT, _category_site())}["MOIT1"] == "pass"


def test_items_asking_the_heads_signature_check_it():
    asks = {item.code for item in MOIT.items if any(c["check"] == "signed" for c in item.checks)}
    assert asks == {"MOIT1", "MOIT6"}
    assert all("ลงนาม" in " ".join(item.components_th) for item in MOIT.items if item.code in asks)


@pytest.mark.parametrize("docs, ok", [
    ([Doc("u", "pdf", Text("บันทึกข้อความ ขออนุมัติเผยแพร่ (ร่าง — ผู้อำนวยการยังไม่ได้ลงนาม)"))], False),
    ([Doc("u", "pdf", Text("บันทึกข้อความ ขออนุมัติเผยแพร่ (ยังไม่มีผู้อนุมัติ)"))], False),       # a request only
    ([Doc("u", "pdf", Text("บันทึกข้อความ ขออนุมัติเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน"))], True),    # silent: ink
    ([Doc("u", "pdf", Text("ขออนุมัติเผยแพร่ ผู้อำนวยการลงนามอนุญาตให้เผยแพร่"))], True),
    ([Doc("u", "pdf", Text("นโยบาย (ลงชื่อ) นายสมชาย ใจดี ผู้อำนวยการโรงพยาบาล"))], True),
    ([Doc("u", "html", Text("นโยบายการบริหารทรัพยากรบุคคล")),                                    # a scan beside it:
      Doc("s", "pdf", None, image_only=True)], True),                                              # not judged
    ([Doc("u", "external", None, external=True, title=Text("นโยบาย HR 2569.pdf - Google ไดรฟ์"))], True),
    ([Doc("u", "external", None, external=True,                                                    # but an outside
          title=Text("นโยบาย HR 2569 (ร่าง) ผู้อำนวยการยังไม่ได้ลงนาม - Google ไดรฟ์"))], False)])      # file saying so
def test_signed(docs, ok):
    assert CHECKS["signed"].run(Evidence(docs, 2569)).ok is ok


def _folder_site(files_year: int) -> list[dict]:
    """A Google Site page for MOIT7 embedding a Drive folder per quarter named for 2569, its files of ``files_year``."""
    gs = "https://sites.google.com/view/moit2569-x"
    frames, pages = [], []
    for q in range(1, 5):
        folder = f"https://drive.google.com/embeddedfolderview?id=1folder{q}xxxxxxxx"
        file = f"https://drive.google.com/file/d/1file{q}xxxxxxxxxx/view"
        frames.append({"url": folder, "kind": "iframe", "text": "", "title": "", "zone": "main",
                       "context": f"ไตรมาสที่ {q}"})
        pages.append(_page(folder, f"MOIT7 ไตรมาส {q}/2569", f"MOIT7 ไตรมาส {q}/2569\nMOIT7_Q{q}_{files_year}.pdf",
                           [_link(file, f"MOIT7_Q{q}_{files_year}.pdf")], kind="external", depth=3))
        pages.append(_page(file, f"MOIT7_Q{q}_{files_year}.pdf - Google ไดรฟ์", _evidence(7, q, files_year), [],
                           kind="external", depth=4))
    item = _page(f"{gs}/moit-7", "MOIT 2569 - MOIT 7", f"MOIT 7 {TITLES[7]} ปีงบประมาณ พ.ศ. 2569", frames, depth=2)
    index = _page(gs, "MOIT 2569 - หน้าแรก", "MOIT 2569", [_link(f"{gs}/moit-{n}", f"MOIT {n} {TITLES[n]}")
                                                          for n in range(1, 23)], depth=1)
    home = _page("https://h.moph.go.th/", "หน้าแรก", "โรงพยาบาลเอ็กซ์ ข่าวประชาสัมพันธ์ " * 4,
                 [_link(gs, "MOIT 2569", zone="nav")], depth=0)
    for page in (index, item, *pages):
        page["outside"] = 1
    return [home, index, item, *pages]


@pytest.mark.parametrize("files_year, status", [(2569, "pass"), (2568, "partial")])
def test_a_folder_named_for_this_round_holding_last_rounds_files(files_year, status):
    got = next(f for f in evaluate_agency(MOIT, _folder_site(files_year)) if f.item == "MOIT7")
    assert got.status == status, (got.reason_en, got.signals)
    if status == "partial":
        assert "2568" in got.reason_en


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    return judge_fixture_sites(tmp_path_factory.mktemp("hospitals2") / "oit.db", [GSITE, WP])


@pytest.mark.slow
def test_the_two_hospitals_read_as_an_assessor_reads_them(judged):
    assert_read_as_expected(judged, 22)                                    # 22/22 each, no false alarm
    pages = {r["url"] for r in judged.db.query("SELECT url FROM pages WHERE run_id = ?", [judged.run_id])}
    assert {f"http://{WP}/category/moit2569/page/{p}/" for p in range(2, 10)} <= pages   # every archive page
    for host, agency in ((GSITE, "nangronghosp"), (WP, "thawatburihosp")):
        assert found(judged, agency) == expected(host)


def test_an_index_page_of_the_list_never_opened_leaves_what_it_may_hold_unchecked():
    gone = {f"https://h.moph.go.th/category/moit2569/page/{p}/" for p in (5, 6)}   # past the crawl's bounds
    site = [p for p in _category_site() if p["url"] not in gone]
    got = {f.item: f for f in evaluate_agency(MOIT, site)}
    lacking = [code for code, f in got.items() if f.status != "pass"]
    assert lacking and all(got[c].status == "unchecked" and got[c].reason_code == "coverage.not_visited" for c in lacking)
    assert not any(f.status in {"missing", "broken", "partial"} for f in got.values())
