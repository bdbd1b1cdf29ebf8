"""A name that answers with a page that is not the agency's site — a hosting provider's "Account Suspended", a
web server's "It works!", a parked domain, an intruder's gambling page — is a site that could not be read, as a
site that is down is: every item unchecked and the agency told why, never 26 items "missing" (farm/builders/
heldout_notsite.py: 0/78 agreed before, every item said missing). A registry page that only says the site moved and
links the new name is followed as a person clicks it (www.nadindam-sao.go.th: 1/26 and 24 false alarms before), and
one that frames the site whole from another host (a registrar's masked forwarding, www.nonghin-sao.go.th) is where
the site is."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from crawler.documents import Limits, extract_html_safely
from farm.server import SITES_DIR
from crawler.scriptmove import framed_site, notice_link
from rules.causes import cause, not_the_site
from tests.conftest import expected, found, judge_fixture_sites

HOSTS = ["www.huaikhon-sao.go.th", "www.nakhok.go.th", "www.khaokaeo-sao.go.th"]
OLD = "http://www.nadee-sao.go.th/"


@pytest.mark.parametrize("title, text, links, kind", [
    ("Account Suspended", "This Account has been suspended. Contact your hosting provider for more information.", 0,
     "suspended"),
    ("", "เว็บไซต์นี้ถูกระงับการใช้งานชั่วคราว กรุณาติดต่อผู้ให้บริการ", 1, "suspended"),
    ("example.go.th", "This domain may be for sale. Buy this domain. Related searches", 6, "parked"),
    ("Welcome to nginx!", "Welcome to nginx! If you see this page, the nginx web server is successfully installed", 2,
     "default_page"),
    ("IIS Windows Server", "", 1, "default_page"),
    ("Hacked by Sh4d0w", "Hacked by Sh4d0w Team -- your security is low", 0, "defaced"),
    ("สล็อตเว็บตรง", "บาคาร่า คาสิโนสด แทงบอล เครดิตฟรี ฝากถอนไม่มีขั้นต่ำ " * 30, 80, "defaced"),
    # the intruder left the agency's name in the title
    ("องค์การบริหารส่วนตำบลนาดี", "สล็อตเว็บตรง บาคาร่า คาสิโนสด เครดิตฟรี สมัครสมาชิก ฝากถอนไม่มีขั้นต่ำ", 12, "defaced"),
])
def test_what_stands_in_a_sites_place_is_named(title, text, links, kind):
    assert not_the_site(title, text, links) == kind


@pytest.mark.parametrize("title, text, links", [
    # the agency's own notice that its site is suspended for maintenance names the agency: read as its site
    ("องค์การบริหารส่วนตำบลบ้านนา", "เว็บไซต์ถูกระงับชั่วคราวเพื่อปรับปรุงระบบ", 2),
    # an agency's news about gambling, and a long page that mentions a default page in passing
    ("เทศบาลตำบลนาดี", "ประชาสัมพันธ์ รณรงค์ต่อต้านการพนันออนไลน์ สล็อต บาคาร่า คาสิโน ผิดกฎหมาย", 40),
    ("Server notes", "It works! " + "x " * 2000, 3),
])
def test_an_agencys_own_page_is_its_site(title, text, links):
    assert not_the_site(title, text, links) == ""


@pytest.mark.slow  # ~20 s: every page of the farm extracted
def test_no_page_of_the_farm_is_taken_for_a_page_in_a_sites_place():
    """Every page of the corpus (3,000+, every architecture) is read as what it is; only the builder's two
    HTML stand-ins are named (the suspension page is served as .cgi)."""
    named = {}
    for path in SITES_DIR.rglob("*.htm*"):
        got = extract_html_safely(f"http://{path.relative_to(SITES_DIR).parts[0]}/", path.read_bytes(), "text/html",
                                  None, None, Limits())
        if kind := not_the_site(got.title, got.text[:4000], len(got.links)):
            named[str(path.relative_to(SITES_DIR))] = kind
    assert named == {"www.nakhok.go.th/index.html": "default_page", "www.khaokaeo-sao.go.th/index.html": "defaced"}


@pytest.mark.slow
def test_a_site_that_is_not_the_agencys_is_unreachable_not_missing(tmp_path: Path):
    result = judge_fixture_sites(tmp_path / "notsite.db", HOSTS)
    for site in result.sites:
        assert found(result, site.agency) == expected(site.host)  # every item unchecked
        state, home_error = result.db.execute("SELECT state, home_error FROM run_agencies WHERE agency_id = ?",
                                              [site.agency]).fetchone()
        assert state == "unreachable"
        assert cause(home_error)["kind"] == {"huaikhon": "suspended", "nakhok": "default_page",
                                             "khaokaeo": "defaced"}[site.agency]
    reason = result.findings[("huaikhon", "O1")]["reason_th"]
    assert "หน้าระงับการใช้งานของผู้ให้บริการโฮสติ้ง" in reason


@pytest.mark.parametrize("html, target", [
    ('<h3>ย้ายเว็บไซต์ไปที่ <a href="https://www.nadee.go.th">https://www.nadee.go.th</a></h3>', "https://www.nadee.go.th"),
    ('<p>เว็บไซต์ใหม่: <a href="http://nadee.go.th/">คลิกที่นี่</a> <a href="http://nadee.go.th/">nadee.go.th</a></p>'
     '<p>โทร. 0 4281 0000</p>', "http://nadee.go.th/"),
    ('<p>Our website has moved to <a href="https://www.facebook.com/nadee.sao">our page</a></p>',
     "https://www.facebook.com/nadee.sao"),  # followed, then not adopted as the site (moved off: unchecked)
    # a splash page entering its own site, an ordinary home page, a notice naming two places: no move
    ('<p>เข้าสู่เว็บไซต์</p><a href="/index.php">ENTER</a>', ""),
    ('<p>โยกย้ายข้าราชการ</p>' + '<a href="http://www.other.go.th/p{0}">p</a>' * 6, ""),
    ('<p>เว็บไซต์ใหม่ <a href="http://www.nadee.go.th/">ทต.</a> และ <a href="http://www.nadee2.go.th/">ทต.2</a></p>', ""),
    ('<p>ข่าวประชาสัมพันธ์</p><a href="http://www.nadee.go.th/">เทศบาล</a>', ""),  # no word of a move
])
def test_a_notice_that_the_site_moved_leads_to_its_new_name(html, target):
    assert notice_link(f"<html><body>{html}</body></html>".encode(), OLD) == target


@pytest.mark.parametrize("html, target", [
    ('<frameset rows="100%,*"><frame src="https://www.nadee.go.th/"><frame></frameset>', "https://www.nadee.go.th/"),
    ('<body style="margin:0"><iframe src="http://nadee.go.th/index.php" style="width:100%;height:100vh"></iframe></body>',
     "http://nadee.go.th/index.php"),
    # its own frames; a splash page entering its own site beside a video; a small video on a page: no move
    ('<frameset cols="200,*"><frame src="menu.html"><frame src="main.html"></frameset>', ""),
    ('<iframe src="https://www.youtube.com/embed/x" width="100%" height="480"></iframe><a href="/home.php">เข้าสู่เว็บไซต์</a>',
     ""),
    ('<iframe src="https://www.youtube.com/embed/x" width="560" height="315"></iframe>', ""),
])
def test_a_page_framing_the_site_from_another_host_is_where_the_site_is(html, target):
    assert framed_site(f"<html>{html}</html>".encode(), OLD) == target


@pytest.mark.slow
@pytest.mark.parametrize("host, agency, new_host", [("www.nadindam-sao.go.th", "nadindam-sao", "www.nadindam.go.th"),
                                                    ("www.nonghin-sao.go.th", "nonghin-sao", "www.nonghin.go.th")])
def test_the_registry_page_leading_to_the_site_is_followed(tmp_path: Path, host, agency, new_host):
    result = judge_fixture_sites(tmp_path / "moved.db", [host])
    assert found(result, agency) == expected(host)
    moved = result.db.execute("SELECT moved_to, moved_adopted FROM run_agencies WHERE agency_id = ?", [agency]).fetchone()
    assert tuple(moved) == (new_host, 1)


@pytest.mark.slow
def test_a_site_whose_http_is_closed_is_read_over_https(tmp_path: Path):
    """The registry says http://, the site closed port 80 and answers only https:// (its pages still link http://
    here and there): a browser upgrades the address (HTTPS-Upgrades) and reads the site; so does the crawl, for
    every address of that host. Before, the home page's refused connection made the site unreachable."""
    sites = tmp_path / "sites"
    sites.mkdir()
    for site in SITES_DIR.iterdir():  # the farm as it is (outside hosts included), one site changed
        (sites / site.name).symlink_to(site, target_is_directory=True)
    host = "www.nonghin.go.th"
    (sites / host).unlink()
    shutil.copytree(SITES_DIR / host, sites / host)
    manifest = sites / host / "manifest.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8") + "\nhttp_closed: true\n", encoding="utf-8")
    result = judge_fixture_sites(tmp_path / "https.db", [host], sites_dir=sites)
    assert found(result, "nonghin") == expected(host)
    home = result.db.execute("SELECT url, final_url FROM pages WHERE agency_id = 'nonghin' AND depth = 0 "
                             "ORDER BY id LIMIT 1").fetchone()
    assert home[0] == f"http://{host}/" and home[1].startswith(f"https://{host}/")


def _farm_with(tmp_path: Path, host: str, manifest_extra: str = "", registry_url: str = "") -> Path:
    """The farm as it is (outside hosts included), ``host`` copied and changed: its manifest, its registry URL."""
    sites = tmp_path / "sites"
    sites.mkdir()
    for site in SITES_DIR.iterdir():
        (sites / site.name).symlink_to(site, target_is_directory=True)
    (sites / host).unlink()
    shutil.copytree(SITES_DIR / host, sites / host)
    if manifest_extra:
        manifest = sites / host / "manifest.yaml"
        manifest.write_text(manifest.read_text(encoding="utf-8") + f"\n{manifest_extra}\n", encoding="utf-8")
    if registry_url:
        verdicts = sites / host / "expected.yaml"
        text = verdicts.read_text(encoding="utf-8")
        assert f"url: http://{host}/\n" in text
        verdicts.write_text(text.replace(f"url: http://{host}/\n", f"url: {registry_url}\n"), encoding="utf-8")
    return sites


@pytest.mark.slow
@pytest.mark.parametrize("registry_url, manifest_extra", [
    ("http://www.nonghin.go.th/th/home.php", ""),  # an old CMS's home address, gone (404) since the site was rebuilt
    ("http://nonghin.go.th/", "one_name: true"),   # the bare name the registry holds does not resolve; www does
])
def test_a_registry_address_that_is_gone_leads_where_a_person_goes_next(tmp_path: Path, registry_url, manifest_extra):
    """The registry's address of a live site is gone: a person tries the site's root, or the name with (or without)
    its www. So does the crawl, once, at the registry page only. Before, the whole site was `unchecked` (unreachable)."""
    host = "www.nonghin.go.th"
    sites = _farm_with(tmp_path, host, manifest_extra, registry_url)
    result = judge_fixture_sites(tmp_path / "gone.db", [host], sites_dir=sites)
    assert found(result, "nonghin") == expected(host)
    home = result.db.execute("SELECT url, final_url, error FROM pages WHERE agency_id = 'nonghin' AND depth = 0 "
                             "ORDER BY id LIMIT 1").fetchone()
    assert home[0] == registry_url and home[1].startswith(f"http://{host}/") and not home[2]


@pytest.mark.slow
def test_an_https_answer_for_another_name_is_not_the_site(tmp_path: Path):
    """Port 80 closed and port 443 answering with a shared host's default certificate (another name): a browser's
    upgrade fails on the name and the site cannot be opened, so it is unreachable, not read as the agency's."""
    host = "www.nonghin.go.th"
    sites = _farm_with(tmp_path, host, "http_closed: true\ntls_name: cp1.hostco.net")
    result = judge_fixture_sites(tmp_path / "othername.db", [host], sites_dir=sites)
    assert set(found(result, "nonghin").values()) == {"unchecked"}
    home = result.db.execute("SELECT url, error, error_detail FROM pages WHERE agency_id = 'nonghin' AND depth = 0 "
                             "ORDER BY id LIMIT 1").fetchone()
    assert home[0] == f"http://{host}/" and home[1] in ("refused", "closed", "connection")
    assert "certificate for another name (cp1.hostco.net)" in home[2]
