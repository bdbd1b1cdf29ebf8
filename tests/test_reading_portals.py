"""Classes found on the held-out sites of farm/builders/heldout_portals.py (issue 19, round 8, lane "portals"):
agencies whose publishing is not a site of their own, each shown on the farm site where it was found, crawled
through the farm and judged as the accuracy benchmark judges it:

* a registry URL naming a folder of another agency's portal (``www.bangkok.go.th/bangkhen``, as the national
  registry lists fifty district offices) owns that folder and the documents its pages link, never the host's other
  agencies' pages (before: the BMA's and another district's OIT indexes passed six of the district's items);
* a link hub (``linktr.ee/<account>``) named as the MOIT index, and a WordPress.com blog's media host
  (``<blog>.files.wordpress.com``), are publishing spaces read as the agency's (before: the hub only checked, 19
  items unchecked);
* a quarter whose only link is behind a login wall (a Facebook album) is unknown, never evidence: unchecked
  (before: a post listing four albums passed four quarters on its own words);
* an item page that retypes the item's name with its own spacing beside "อยู่ระหว่างดำเนินการ" says only that
  (before: partial, as if it had content)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from crawler.outside import outside_space
from crawler.portal import in_section, section_of
from rules.engine import evaluate_agency
from rules.families import rulebooks_for_year
from tests.conftest import judge_fixture_sites

PORTAL_SITE, FREE_HOST = "www.bangkok.go.th", "ssokhongchiam.wordpress.com"
PORTAL = "https://webportal.bangkok.go.th"


@pytest.mark.parametrize("url, section", [
    ("http://www.bangkok.go.th/bangkhen", "/bangkhen/"), ("http://bangkok.go.th/bangna/", "/bangna/"),
    ("http://www.chainat.go.th/sub1/local_cnt/Link.local/tachai/index.htm", "/sub1/local_cnt/link.local/tachai/"),
    ("http://61.19.250.201/~borpunckun/", "/~borpunckun/"),
    ("http://www.x.go.th/", ""), ("http://www.phosamton.go.th/index.php", ""), ("https://www.srasiliam.go.th/th", ""),
    ("http://www.thatnoi.go.th/main/", ""), ("http://kpp.go.th/public/", ""), ('http://www.salakru.go.th/"', "")])
def test_a_registry_folder_of_a_shared_host_is_the_agencys_section(url, section):
    assert section_of(url) == section        # the registry's own rows: a portal's folder, or the agency's whole host
    assert in_section(url, section)
    if section:
        assert not in_section("http://www.bangkok.go.th/ita/2569", section)
        assert not in_section(f"http://www.bangkok.go.th{section.rstrip('/')}x/", section)   # /bangkhenx/ is another


def test_link_hubs_and_a_blogs_media_host_are_publishing_spaces():
    assert outside_space("https://linktr.ee/ssokhongchiam") == "linktr.ee/ssokhongchiam"
    assert outside_space("https://linktr.ee/s/about/") is None and outside_space("https://linktr.ee/") is None
    assert outside_space("https://x-sso.files.wordpress.com/2026/03/moit5-q1.pdf") == "x-sso.wordpress.com"
    assert outside_space("https://files.wordpress.com/x.pdf") is None


def _page(url: str, kind: str = "html", title: str = "", text: str = "", links: list | None = None, **kw) -> dict:
    return {"url": url, "final_url": url, "status": 200, "kind": kind, "title": title, "text": text,
            "links": links or [], "depth": kw.pop("depth", 1), **kw}


def _link(url: str, text: str, zone: str = "main", context: str = "") -> dict:
    return {"url": url, "kind": "a", "text": text, "title": "", "context": context, "zone": zone}


BLOG = "https://x-sso.wordpress.com"
MOIT8 = "หน่วยงานมีการอบรมให้ความรู้แก่เจ้าหน้าที่ภายในหน่วยงานเกี่ยวกับการเสริมสร้างและพัฒนาทางด้านจริยธรรม"


def _moit8(quarters: dict[int, str]) -> list[dict]:
    """A blog post for MOIT8 whose quarters link a PDF ("pdf"), a Facebook album ("album") or both ("both")."""
    links, pages = [], []
    for q, how in quarters.items():
        line = f"ไตรมาสที่ {q}"
        if how in ("pdf", "both"):
            pdf = f"{BLOG}/files/moit8-q{q}.pdf"
            links.append(_link(pdf, f"MOIT8 ไตรมาสที่ {q} ปีงบประมาณ พ.ศ. 2569", context=line))
            pages.append(_page(pdf, kind="pdf", title="", text=f"MOIT8 ไตรมาสที่ {q} ปีงบประมาณ พ.ศ. 2569 "
                               "รายงานการอบรมจริยธรรมและการรักษาวินัย ปีงบประมาณ พ.ศ. 2569 " * 2))
        if how in ("album", "both"):
            album = f"https://www.facebook.com/media/set/?set=a.1022{q}&type=3"
            links.append(_link(album, "ภาพกิจกรรม (อัลบั้ม Facebook)", context=f"{line}: ภาพกิจกรรม (อัลบั้ม Facebook)"))
            pages.append(_page(album, kind="external", title="Facebook", unread="login_required"))
    post = _page(f"{BLOG}/2026/09/moit8-2569/", title="MOIT8 ปีงบประมาณ 2569",
                 text=f"MOIT8 {MOIT8} หลักฐานเชิงประจักษ์ 8.1 – 8.3 ปีงบประมาณ พ.ศ. 2569 แยกตามไตรมาส "
                      + " ".join(f"ไตรมาสที่ {q}" for q in quarters), links=links)
    home = _page(f"{BLOG}/", title="หน้าแรก", depth=0, text="สำนักงานสาธารณสุขอำเภอเอ็กซ์ ข่าวสาร " * 4,
                 links=[_link(post["url"], f"MOIT 8 {MOIT8}", zone="nav")])
    return [home, post, *pages]


@pytest.mark.parametrize("quarters, status", [
    ({1: "album", 2: "album", 3: "album", 4: "album"}, "unchecked"),   # all behind the login wall
    ({1: "pdf", 2: "pdf", 3: "album", 4: "album"}, "unchecked"),       # half of it: not known to lack
    ({1: "album", 2: "pdf", 3: "pdf"}, "partial"),                     # quarter 4 has nothing at all: known to lack
    ({1: "both", 2: "both", 3: "both", 4: "both"}, "pass"),            # an album beside each quarter's report
    ({1: "pdf", 2: "pdf", 3: "pdf", 4: "pdf"}, "pass")])
def test_a_quarter_only_behind_a_login_wall_is_unknown(quarters, status):
    moit = rulebooks_for_year(2569).books["moit"]
    item = next(f for f in evaluate_agency(moit, _moit8(quarters)) if f.item == "MOIT8")
    assert item.status == status
    if status == "unchecked":
        assert item.reason_code == "coverage.login_required"
        assert any("facebook.com/media/set" in url for url in item.evidence)


def test_an_item_page_retyping_the_items_name_beside_a_denial_is_that_denial():
    moit = rulebooks_for_year(2569).books["moit"]
    # the rulebook writes "เคารพ สิทธิมนุษยชน" with a space; the agency retypes it without
    name = "หน่วยงานมีการเผยแพร่เจตจำนงสุจริตของการปฏิบัติหน้าที่ราชการ และนโยบายที่เคารพสิทธิมนุษยชนและศักดิ์ศรีของผู้ปฏิบัติงาน" \
           "และของผู้บริหาร ต่อสาธารณชน"
    post = _page(f"{BLOG}/2026/09/moit21-2569/", title="MOIT21 ปีงบประมาณ 2569",
                 text=f"MOIT21 {name} อยู่ระหว่างดำเนินการ")
    home = _page(f"{BLOG}/", title="หน้าแรก", depth=0, text="สำนักงานสาธารณสุขอำเภอเอ็กซ์ ข่าวสาร " * 4,
                 links=[_link(post["url"], f"MOIT 21 {name}", zone="nav")])
    item = next(f for f in evaluate_agency(moit, [home, post]) if f.item == "MOIT21")
    assert (item.status, item.reason_code) == ("missing", "denial")


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    """The two sites crawled once and judged as the accuracy benchmark judges them, with the farm's request log."""
    run = judge_fixture_sites(tmp_path_factory.mktemp("portals") / "oit.db", [PORTAL_SITE, FREE_HOST])
    pages = {(r["agency_id"], r["url"]): r for r in run.db.query("SELECT * FROM pages WHERE run_id = ?", [run.run_id])}
    return SimpleNamespace(findings=run.findings, pages=pages, stats=run.stats)


def _find(judged, agency: str, item: str) -> dict:
    return judged.findings[(agency, item)]


@pytest.mark.slow
def test_a_portal_folder_is_read_whole_and_the_portals_other_agencies_never_credited(judged):
    own = {url: p for (agency, url), p in judged.pages.items() if agency == "bangkhen"}
    section = [url for url, p in own.items() if url.startswith(f"{PORTAL}/bangkhen/") and p["kind"] == "html"]
    assert len(section) >= 8                                              # home, its pages, its OIT index
    files = [url for url, p in own.items() if url.startswith(f"{PORTAL}/public/user_files_editor/47/")
             and p["kind"] == "pdf"]
    assert len(files) >= 15                                               # its uploads, outside its folder, read
    for other in (f"{PORTAL}/ita/2569", f"{PORTAL}/bangrak/"):            # other agencies' pages: a check at most
        assert own.get(other) is None or own[other]["kind"] == "external"
    assert not any("/user_files_editor/1/" in url or "/user_files_editor/12/" in url for url in own)
    for item in ("O13", "O21", "O24"):                                    # the BMA and Bang Rak have them; it has not
        assert _find(judged, "bangkhen", item)["status"] == "missing"
    assert _find(judged, "bangkhen", "O7")["status"] == "partial"         # its 2567 report, not the BMA's 2568 one
    dead = _find(judged, "bangkhen", "O16")
    assert dead["status"] == "broken" and any("/user_files_editor/47/" in u for u in dead["evidence"])
    assert _find(judged, "bangkhen", "O5")["status"] == "pass"


@pytest.mark.slow
def test_a_link_hub_on_a_free_host_is_the_moit_index(judged):
    hub = judged.pages[("ssokhongchiam", "https://linktr.ee/ssokhongchiam")]
    assert hub["outside"] == 1 and hub["kind"] == "html"                  # read, its buttons followed
    pdf = judged.pages[("ssokhongchiam", "https://ssokhongchiam.files.wordpress.com/2025/12/moit1-q1-2569.pdf")]
    assert pdf["kind"] == "pdf"                                           # the blog's upload, read as its own
    assert _find(judged, "ssokhongchiam", "MOIT1")["status"] == "pass"
    assert _find(judged, "ssokhongchiam", "MOIT13")["status"] == "missing"   # no button, no post
    assert _find(judged, "ssokhongchiam", "MOIT14")["status"] == "broken"    # its four PDFs answer 404
    assert _find(judged, "ssokhongchiam", "MOIT17")["status"] == "partial"   # quarter 1 of the 2568 round
    for item in ("MOIT2", "MOIT8", "MOIT20"):                             # Facebook only: never missing
        facebook = _find(judged, "ssokhongchiam", item)
        assert facebook["status"] == "unchecked" and facebook["reason_code"] == "coverage.login_required"
    assert _find(judged, "ssokhongchiam", "MOIT11")["status"] == "pass"   # albums beside each quarter's PDF
    read = [url for (agency, url), p in judged.pages.items() if url.startswith("https://linktr.ee/") and p["outside"]]
    assert read == ["https://linktr.ee/ssokhongchiam"]                    # the platform's own pages: checked, not read


@pytest.mark.parametrize("registry, final, section", [
    ("http://www.bangkok.go.th/bangkhen", "https://webportal.bangkok.go.th/bangkhen/", "/bangkhen/"),  # the portal moved
    ("http://www.bangkok.go.th/bangkhen", "https://webportal.bangkok.go.th/", "/bangkhen/"),  # to the portal's home: not its
    ("http://www.bangkok.go.th/bangkhen", "https://www.bangkhen.go.th/", ""),       # its own name at last: the whole host
    ("http://www.x.go.th/", "https://www.x.go.th/th/index.php", "")])                # an own site is never a folder
def test_a_portal_folder_follows_the_registry_urls_move(registry, final, section):
    from crawler.frontier import Frontier
    from crawler.spiders.agency import AgencyCrawl, AgencySpider

    crawl = AgencyCrawl("x", 1, registry, Frontier(10), [], 3, 1000)
    AgencySpider.home_moved(crawl, final, {})
    assert crawl.section == section
    spider = AgencySpider.__new__(AgencySpider)
    host = final.split("/")[2]
    assert spider.own_site(crawl, f"https://{host}{section or '/'}page/1", host)
    if section:   # another agency's page on the same host, and a document its pages link there
        assert not spider.own_site(crawl, f"https://{host}/ita/2569", host)
        assert spider.own_site(crawl, f"https://{host}/public/user_files_editor/47/o5.pdf", host)
