"""Whose site is it: pages the agency publishes on outside hosts are read as its own, and a site that moved to
another name is crawled there. One real crawl of the farm's fixture sites for these architectures."""
import json
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from service.runs import run_crawl
from farm.server import Farm
from oit.cli import main
from rules.rulebook import load_rulebook
from storage import open_db
from storage.agencies import import_agencies, list_agencies
from tests.conftest import crawl_settings

SITE = "https://sites.google.com/view/khoksung-ita"
REGISTRY = """id,name_th,type,province,url
khoksung,องค์การบริหารส่วนตำบลโคกสูง,อบต.,ขอนแก่น,http://www.khoksung-sao.go.th/
nongbon,องค์การบริหารส่วนตำบลหนองบอน,อบต.,ขอนแก่น,http://www.nongbon-sao.go.th/
nongtoom,องค์การบริหารส่วนตำบลหนองตูม,อบต.,ขอนแก่น,http://www.nongtoom-sao.go.th/
khokyai,องค์การบริหารส่วนตำบลโคกใหญ่,อบต.,ขอนแก่น,http://www.khokyai-sao.go.th/
nongkhao,องค์การบริหารส่วนตำบลหนองขาว,อบต.,อุบลราชธานี,http://sites.google.com/site/nongkhaolocal/
banpho,องค์การบริหารส่วนตำบลบ้านโพธิ์,อบต.,อุบลราชธานี,http://www.banpho-sao.go.th/
"""


@pytest.fixture(scope="module")
def outside(tmp_path_factory):
    """The fixture agencies crawled once, outside hosts read one request at a time (and a timeout that a loaded
    machine cannot trip)."""
    tmp = tmp_path_factory.mktemp("outside")
    (tmp / "agencies.csv").write_text(REGISTRY, encoding="utf-8")
    db_path = tmp / "oit.db"
    db = open_db(db_path)
    import_agencies(db, tmp / "agencies.csv")
    with Farm(hang_seconds=4) as farm:
        run_id = run_crawl(db_path, list_agencies(db), load_rulebook(2566),
                           crawl_settings(farm, outside_concurrency=1, outside_delay=0.05, timeout=8))
        stats = farm.stats
    return SimpleNamespace(db=open_db(db_path), db_path=db_path, run_id=run_id, stats=stats)


def pages(outside, agency: str) -> dict[str, dict]:
    return {row["url"]: row for row in outside.db.query("SELECT * FROM pages WHERE run_id = ? AND agency_id = ?",
                                                        [outside.run_id, agency])}


def test_a_google_site_the_agency_links_is_read_as_its_own(outside):
    got = pages(outside, "khoksung")
    home = got[f"{SITE}/home"]  # linked through google.com/url?q=…: unwrapped, then read
    assert home["kind"] == "html" and home["outside"] == 1 and not home["unread"]
    assert "O8" in home["text"] or "O8" in home["links"]
    o4 = got[f"{SITE}/o4"]  # a page of the same site one hop in: read, its links followed
    assert o4["kind"] == "html" and o4["outside"] == 1 and "2566-2570" in o4["text"]
    drive = got["https://drive.google.com/file/d/1khoksungplan2566abcdef/view?usp=sharing"]
    assert drive["kind"] == "external" and drive["status"] == 200  # other outside hosts keep their one check
    assert got[f"{SITE}/o4/more"]["kind"] == "html"  # two hops in: still inside the bounds
    deeper = got[f"{SITE}/o4/more/deeper"]  # three hops: beyond them, recorded, never silently absent
    assert deeper["unread"] == "outside_not_read" and deeper["kind"] == "external" and not deeper["outside"]


def test_outside_pages_serve_the_engine_like_own_pages(outside):
    findings = {row["item"]: row for row in outside.db.query(
        "SELECT * FROM findings WHERE run_id = ? AND agency_id = 'khoksung'", [outside.run_id])}
    for item in ("O1", "O2", "O3", "O6"):
        assert findings[item]["status"] == "pass", (item, findings[item]["reason_en"])
        assert any(url.startswith(SITE) for url in json.loads(findings[item]["evidence"]))
        assert any("published outside the agency's site" in s for s in json.loads(findings[item]["signals"]))


def test_wrappers_are_unwrapped_before_anything_else(outside):
    asked = {(host, path) for host, path, _ in outside.stats.log}
    assert not any(host in {"www.google.com", "l.facebook.com"} for host, _ in asked)
    got = pages(outside, "khoksung")
    assert "https://www.facebook.com/khoksung.sao/posts/1001" in got  # from l.facebook.com/l.php?u=…
    home = json.loads(got["http://www.khoksung-sao.go.th/"]["links"])  # stored as where they lead, for the engine
    assert f"{SITE}/home" in [link["url"] for link in home]
    assert any(link["href"].startswith("https://www.google.com/url?q=") for link in home)  # what the page said


def test_a_login_wall_is_not_read(outside):
    got = pages(outside, "khoksung")
    assert got["https://www.facebook.com/khoksung.sao/posts/1001"]["unread"] == "login_required"  # sent to /login
    assert got["https://www.facebook.com/khoksung.sao/videos/2002"]["unread"] == "login_required"  # wall in place
    drive = got["https://drive.google.com/drive/folders/1khoksungprivatefolder"]  # Google's ServiceLogin
    assert drive["unread"] == "login_required"
    assert not got["https://drive.google.com/file/d/1khoksungplan2566abcdef/view?usp=sharing"]["unread"]


def test_outside_hosts_are_asked_once_per_page_for_all_agencies_politely(outside):
    both = pages(outside, "nongbon")
    assert both[f"{SITE}/home"]["outside"] == 1 and both[f"{SITE}/o1"]["kind"] == "html"
    assert f"{SITE}/o2" in both  # the shared site's pages are the second agency's evidence too
    fetched = [path for host, path, _ in outside.stats.log
               if host == "sites.google.com" and path.startswith(("/view/khoksung-ita/", "/view/bangkrathum-ita/"))]
    assert fetched and len(fetched) == len(set(fetched))  # one fetch per page, whoever links it
    # the one slot's concurrency held: robots.txt aside, and the registry URL that forwards to a Google Site
    # (its first requests were asked of the agency's own slot, before the crawler knew where they would land)
    assert outside.stats.overlap("sites.google.com", skip=("/robots.txt", "/view/banpho-sao/")) == 1


def test_a_moved_site_is_crawled_on_its_new_host_and_flagged(outside):
    got = pages(outside, "nongtoom")
    assert got["http://www.nongtoom-sao.go.th/"]["final_url"] == "https://www.nongtoom.go.th/"
    own = [p for url, p in got.items() if url.startswith("https://www.nongtoom.go.th/ita/")]
    assert len(own) == 8 and all(p["kind"] == "html" for p in own)  # own pages, not outbound links
    run_row = outside.db["run_agencies"].get((outside.run_id, "nongtoom"))
    assert run_row["moved_to"] == "www.nongtoom.go.th" and run_row["moved_adopted"] == 1
    agency = outside.db["agencies"].get("nongtoom")
    assert agency["moved_to"] == "www.nongtoom.go.th" and agency["moved_run"] == outside.run_id
    statuses = {r["status"] for r in outside.db["findings"].rows_where("run_id = ? AND agency_id = 'nongtoom' "
                                                                         "AND item IN ('O1', 'O2', 'O3')", [outside.run_id])}
    assert statuses == {"pass"}


def test_a_redirect_off_to_a_parking_page_is_not_adopted(outside):
    got = pages(outside, "khokyai")
    home = got["http://www.khokyai-sao.go.th/"]
    assert home["error"] == "moved_offsite" and "www.parkeddomains-th.com" in home["error_detail"]
    assert not any("parkeddomains" in url for url in got if url != home["url"])  # its links are not followed
    run_row = outside.db["run_agencies"].get((outside.run_id, "khokyai"))
    assert run_row["moved_to"] == "www.parkeddomains-th.com" and run_row["moved_adopted"] == 0
    statuses = {r["status"] for r in outside.db["findings"].rows_where("run_id = ? AND agency_id = 'khokyai'",
                                                                         [outside.run_id])}
    assert statuses == {"unchecked"}  # judged with care: nothing there is the agency's, nothing is "missing"


def test_agencies_list_shows_moved_sites(outside):
    result = CliRunner().invoke(main, ["--db", str(outside.db_path), "agencies", "list", "--moved"])
    assert result.exit_code == 0, result.output
    assert "ย้ายไป / moved to www.nongtoom.go.th" in result.output
    assert "www.parkeddomains-th.com" in result.output and "khoksung" not in result.output
    everyone = CliRunner().invoke(main, ["--db", str(outside.db_path), "agencies", "list"])
    assert "khoksung" in everyone.output and "moved to www.nongtoom.go.th" in everyone.output


def test_wrappers_of_every_kind_are_unwrapped():
    from crawler.outside import unwrap
    inner = "https://sites.google.com/view/x-ita/home"
    for wrapped in (f"https://www.google.com/url?q={inner}&sa=D", f"https://google.com/url?sa=t&url={inner}",
                    "https://lm.facebook.com/l.php?u=https%3A%2F%2Fsites.google.com%2Fview%2Fx-ita%2Fhome&h=AT",
                    "https://l.facebook.com/l.php?u=" + "https%3A%2F%2Fwww.google.com%2Furl%3Fq%3D" +
                    "https%253A%252F%252Fsites.google.com%252Fview%252Fx-ita%252Fhome"):
        assert unwrap(wrapped) == inner, wrapped
    assert unwrap("https://www.google.com/url?q=javascript:alert(1)") == "https://www.google.com/url?q=javascript:alert(1)"
    assert unwrap("https://www.google.com/maps/place/x") == "https://www.google.com/maps/place/x"


def test_outside_bounds_per_agency():
    from crawler.outside import OutsideBounds
    bounds = OutsideBounds(max_pages=2, max_hops=1)
    assert bounds.admit("https://drive.google.com/file/d/1/view", None) == ("check", 0)
    assert bounds.admit("https://sites.google.com/view/a/home", None) == ("read", 0)
    assert bounds.admit("https://sites.google.com/view/b/home", 1) == ("beyond", 2)
    assert bounds.admit("https://sites.google.com/view/a/o1", 1) == ("beyond", 2)
    assert bounds.admit("https://docs.google.com/spreadsheets/d/e/2PACX-x/pubhtml", None) == ("read", 0)
    assert bounds.admit("https://sites.google.com/view/c/home", None) == ("beyond", 0)  # the cap


def test_which_moves_are_adopted():
    from crawler.outside import site_move
    assert site_move("http://www.x-sao.go.th/", "http://www.x-sao.go.th/index.php") is None
    assert site_move("http://x.go.th/", "https://www.x.go.th/") == ("www.x.go.th", True)  # bare -> www
    assert site_move("http://www.x-sao.go.th/", "https://www.x.go.th/") == ("www.x.go.th", True)  # upgrade
    assert site_move("http://www.xschool.ac.th/", "https://xschool.com/") == ("xschool.com", True)  # same name
    assert site_move("http://www.x.go.th/", "https://slot-x888.com/") == ("slot-x888.com", False)  # hijacked
    assert site_move("http://www.x.go.th/", "http://x.thaiwebhosting.net/") == ("x.thaiwebhosting.net", False)


def test_an_outside_page_that_refuses_the_crawler_is_not_an_alarm(outside):
    got = pages(outside, "khoksung")
    assert got[f"{SITE}/o7"]["status"] == 503 and got[f"{SITE}/o7"]["outside"] == 1
    o7 = outside.db["findings"].get((outside.run_id, "khoksung", "O7"))
    assert o7["status"] == "unchecked", o7["reason_en"]  # Google throttling us is not the agency's page gone


def test_a_site_that_is_itself_a_google_site_owns_only_its_own_space(outside):
    got = pages(outside, "nongkhao")
    own = {url: p for url, p in got.items() if url.startswith("http://sites.google.com/view/nongkhaolocal/")}
    assert {"http://sites.google.com/view/nongkhaolocal/ita", "http://sites.google.com/view/nongkhaolocal/contact"} <= set(own)
    assert all(p["kind"] == "html" and not p["outside"] for p in own.values())  # the agency's own pages
    other = got["https://sites.google.com/view/bangkrathum-ita/o32"]  # another agency's Google Site it links
    assert other["outside"] == 1  # read as an outside page, within the outside bounds, not as its own site


def test_the_agency_page_says_where_the_site_moved(outside):
    from web.app import create_app
    client = create_app(str(outside.db_path)).test_client()
    page = client.get("/agency/nongtoom").get_data(as_text=True)
    assert 'id="moved"' in page and "moved to www.nongtoom.go.th" in page
    assert 'id="moved"' not in client.get("/agency/khoksung").get_data(as_text=True)


def test_a_published_sheet_the_google_site_links_is_read(outside):
    sheet = pages(outside, "khoksung")["https://docs.google.com/spreadsheets/d/e/2PACX-1vKhoksungSummary2566/pubhtml"]
    assert sheet["kind"] == "html" and sheet["outside"] == 1 and "จ้างซ่อมแซมถนน" in sheet["text"]


def test_a_name_that_forwards_to_a_google_site_is_adopted_there(outside):
    got = pages(outside, "banpho")
    assert got["http://www.banpho-sao.go.th/"]["final_url"] == "https://sites.google.com/view/banpho-sao/"
    ita = got["https://sites.google.com/view/banpho-sao/ita"]
    assert ita["kind"] == "html" and not ita["outside"]  # its own site now
    assert got["https://sites.google.com/view/khoksung-ita/o3"]["outside"] == 1  # another's: outside, within bounds
    run_row = outside.db["run_agencies"].get((outside.run_id, "banpho"))
    assert run_row["moved_to"] == "sites.google.com" and run_row["moved_adopted"] == 1
