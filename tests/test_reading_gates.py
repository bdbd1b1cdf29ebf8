"""What a person clicks through before the content, on the held-out sites of farm/builders/heldout_gates.py (round 15,
lane "gates"): a royal splash page and a server-side PDPA consent wall in front of a whole site, the site's own
``redirect.php?url=`` and ``/go/?u=<base64>`` interstitials, download countdown pages, terms pages whose form has a
required "ยอมรับเงื่อนไข" box (GET and POST). Before any change the two sites scored 22/52 with 18 false alarms: every
PHP page of the walled site was read as the consent form it answers without the cookie, so its ITA table was never
seen and its documents were reported missing; the terms pages were judged as the document (their heading repeats its
title: a file that is not there read as pass), and the base64 wrapper pages as empty documents.

* a consent wall in a page's place is accepted once per agency, its cookie kept in the agency's jar, the page asked
  again (crawler/gates.py: ``consent_wall``; crawler/spiders/agency.py: ``past_the_consent``); a wall that stays
  leaves the page unread (``consent_wall``) and its items unchecked, never missing or broken;
* the site's own interstitial is known by where it leads (its query's URL, plain or base64: ``own_wrapper_target``);
* a download form's terms box is ticked (``crawler.clicks.agreement_boxes``); a form asking for anything else (a
  word to type, a newsletter box, "remember me") is never sent.
"""
from __future__ import annotations

import doctest
import shutil

import lxml.html
import pytest
import yaml

import crawler.gates
from crawler.clicks import agreement_boxes, download_forms, link_forms
from crawler.gates import consent_wall, own_wrapper_target
from farm.server import SITES_DIR
from rules.vocabulary import ALARMS, UNREAD
from tests.conftest import assert_read_as_expected, expected, found, judge_fixture_sites

WALL, DOWNLOADS = "www.huaiyai-sao.go.th", "www.bankhai.go.th"
MENU = "".join(f'<li><a href="/p{k}.php">หน้า {k}</a></li>' for k in range(8))
NOTICE = "<p>เว็บไซต์นี้ใช้คุกกี้ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>"


def test_a_consent_wall_is_told_by_what_it_asks_and_only_its_accept_is_pressed():
    assert doctest.testmod(crawler.gates).failed == 0
    page = (SITES_DIR / WALL / "pdpa_wall.html").read_text(encoding="utf-8").replace("{return}", "/ita.php")
    wall = consent_wall(page.encode(), f"http://{WALL}/ita.php")
    assert wall is not None and wall.method == "POST" and wall.action == f"http://{WALL}/pdpa_consent.php"
    assert ("consent", "accept") in wall.fields and ("return", "/ita.php") in wall.fields
    assert ("consent", "reject") not in wall.fields
    link = f'<html><body>{NOTICE}<a href="/privacy.php">นโยบาย</a> <a href="/pdpa.php?ok=1">ยอมรับ</a></body></html>'
    assert consent_wall(link.encode(), "http://x.go.th/a.php").action == "http://x.go.th/pdpa.php?ok=1"


def test_an_accept_button_whose_script_sets_the_cookie_is_pressed_by_sending_that_cookie():
    script = (f'<html><body>{NOTICE}<a href="/privacy.php">นโยบาย</a><button class="btn" onclick="acceptAll()">ยอมรับ'
              '</button><script>function acceptAll() { document.cookie = "site_pdpa=accepted; path=/; max-age=31536000";'
              ' location.reload(); }</script></body></html>')
    wall = consent_wall(script.encode(), "http://x.go.th/ita.php")
    assert wall is not None and (wall.method, wall.action, wall.fields) == (
        "COOKIE", "http://x.go.th/ita.php", [("site_pdpa", "accepted")])
    closing = script.replace(">ยอมรับ<", ">ปิด<")
    assert consent_wall(closing.encode(), "http://x.go.th/ita.php") is None  # no accept: nothing to press
    two = script.replace("location.reload();", 'document.cookie = "lang=en"; location.reload();')
    assert consent_wall(two.encode(), "http://x.go.th/ita.php") is None  # which cookie is the consent: unknown


def test_a_page_with_its_content_or_a_form_that_asks_more_is_no_consent_wall():
    banner = (f'<html><body><ul>{MENU}</ul><h2>ข่าวประชาสัมพันธ์</h2><div id="pdpa">{NOTICE}<form method="post" '
              'action="/pdpa.php"><button name="ok" value="1">ยอมรับ</button></form></div></body></html>')
    assert consent_wall(banner.encode(), "http://x.go.th/") is None  # a banner over a page holding its menu
    login = (f'<html><body>{NOTICE}<form method="post" action="/login.php"><input name="user"><input type="password" '
             'name="pw"><button>ยอมรับและเข้าสู่ระบบ</button></form></body></html>')
    assert consent_wall(login.encode(), "http://x.go.th/") is None  # anything to type is never a consent
    refuse = f'<html><body>{NOTICE}<form action="/pdpa.php"><button name="c" value="no">ปฏิเสธ</button></form></body></html>'
    assert consent_wall(refuse.encode(), "http://x.go.th/") is None
    assert consent_wall(b"<html><body><p>Hello</p><form><button>OK</button></form></body></html>", "http://x.go.th/") is None
    assert UNREAD["consent_wall"][0] and UNREAD["consent_wall"][1]


def test_an_own_interstitial_is_known_by_where_it_leads():
    page = "http://www.x.go.th/ita.php"
    assert own_wrapper_target("http://www.x.go.th/out.php?link=https://drive.google.com/file/d/1a/view", page) == \
        "https://drive.google.com/file/d/1a/view"
    assert own_wrapper_target("http://x.go.th/go/aHR0cHM6Ly93d3cueC5nby50aC9hLnBkZg", page) == "https://www.x.go.th/a.pdf"
    assert own_wrapper_target("http://www.x.go.th/go/?u=aHR0cHM6Ly93d3cueC5nby50aC9hLnBkZg==", page) == \
        "https://www.x.go.th/a.pdf"
    assert own_wrapper_target("http://www.other.go.th/redirect.php?url=http://a.go.th/", page) == ""  # not its own
    assert own_wrapper_target("http://www.x.go.th/viewer.php?file=http://www.x.go.th/a.pdf", page) == ""  # a viewer
    assert own_wrapper_target("http://www.x.go.th/redirect.php?a=http://a.go.th/&b=http://b.go.th/", page) == ""
    assert own_wrapper_target("http://www.x.go.th/redirect.php?id=12", page) == ""
    assert own_wrapper_target("http://www.x.go.th/go/about", page) == ""


def _sites_with_wall_copied(tmp_path):
    """The farm's sites with the walled one copied (to change), every other host linked as it is (its outside pages:
    the Google Form, the map)."""
    sites = tmp_path / "sites"
    sites.mkdir()
    for host in SITES_DIR.iterdir():
        if host.name != WALL:
            (sites / host.name).symlink_to(host, target_is_directory=True)
    shutil.copytree(SITES_DIR / WALL, sites / WALL)
    return sites


def _form(markup: str):
    return lxml.html.fromstring(f"<html><body>{markup}</body></html>")


def test_a_download_terms_box_is_ticked_and_nothing_else_is_ever_filled_in():
    terms = ('<form method="get" action="/getfile.php"><input type="hidden" name="doc" value="a.pdf"><label><input '
             'type="checkbox" name="agree" value="1" required> ข้าพเจ้ายอมรับเงื่อนไขการใช้ข้อมูล</label><button>ดาวน์โหลด'
             '</button></form>')
    assert [href for _, href, _, _ in link_forms(_form(terms))] == ["/getfile.php?doc=a.pdf&agree=1"]
    posted = terms.replace('method="get"', 'method="post"').replace('value="1" ', '')
    [(_, action, _, extra)] = download_forms(_form(posted))
    assert action == "/getfile.php" and extra["post"] == "doc=a.pdf&agree=on" and extra["terms"] == 1
    by_id = ('<form method="get" action="/dl.php"><input type="hidden" name="id" value="7"><input type="checkbox" '
             'id="c1" name="accept"><label for="c1">I agree to the terms of use</label><input type="submit"></form>')
    assert [href for _, href, _, _ in link_forms(_form(by_id))] == ["/dl.php?id=7&accept=on"]
    for other in ('<input type="text" name="email">', '<select name="why"><option>1</option><option>2</option></select>'):
        assert link_forms(_form(terms.replace("<button>", other + "<button>"))) == []  # anything typed or picked
    for box in ("รับข่าวสารทางอีเมล", "จดจำฉันไว้", "ไม่ยอมรับเงื่อนไข"):
        assert link_forms(_form(terms.replace("ข้าพเจ้ายอมรับเงื่อนไขการใช้ข้อมูล", box))) == []
    assert agreement_boxes(_form('<form><input type="hidden" name="a" value="1"></form>').find(".//form")) == [("a", "1")]


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    return judge_fixture_sites(tmp_path_factory.mktemp("gates") / "oit.db", [WALL, DOWNLOADS])


@pytest.mark.slow
def test_both_sites_are_read_past_their_gates_as_a_person_reads_them(judged):
    assert_read_as_expected(judged, 25)
    evidence = {(agency, item): f["evidence"] for (agency, item), f in judged.findings.items()}
    # the documents behind the gates are what was judged, not the gates' pages
    assert any("getfile.php?doc=O19" in url for url in evidence[("bankhai", "O19")])
    assert evidence[("bankhai", "O14")] and found(judged, "bankhai")["O14"] == "broken"
    assert all("/go/" not in url for url in evidence[("bankhai", "O23")])
    assert found(judged, "huaiyai")["O12"] == "broken" and evidence[("huaiyai", "O5")]


@pytest.mark.slow
def test_the_consent_is_given_once_per_site(judged):
    pressed = [address for host, address in judged.stats.posts if host == WALL and address.startswith("/pdpa_consent.php")]
    assert len(pressed) == 1 and "consent=accept" in pressed[0]
    assert not [host for host, address in judged.stats.posts if "consent=reject" in address]


@pytest.mark.slow
def test_a_wall_that_is_not_passed_leaves_its_items_unchecked_never_missing_or_broken(tmp_path):
    sites = _sites_with_wall_copied(tmp_path)
    manifest = yaml.safe_load((sites / WALL / "manifest.yaml").read_text(encoding="utf-8"))
    manifest["consent_wall"]["accept"] = "/never.php"  # the form's action is walled too: accepting changes nothing
    (sites / WALL / "manifest.yaml").write_text(yaml.safe_dump(manifest), encoding="utf-8")
    run = judge_fixture_sites(tmp_path / "oit.db", [WALL], sites_dir=sites)
    got = found(run, "huaiyai")
    assert not [code for code, status in got.items() if status in ALARMS], got
    behind = [code for code, status in expected(WALL).items() if code not in {"O1", "O2", "O3", "O4", "O10", "O17"}]
    assert all(run.findings[("huaiyai", code)]["reason_code"].startswith("coverage") for code in behind
               if got[code] == "unchecked")
    assert sum(status == "unchecked" for status in got.values()) >= 20
    unread = {p["url"]: p["unread"] for p in run.db["pages"].rows_where("run_id = ?", [run.run_id])}
    assert unread[f"http://{WALL}/main.php"] == "consent_wall"


@pytest.mark.slow
def test_a_wall_whose_accept_is_a_script_setting_its_cookie_is_passed_too(tmp_path):
    sites = _sites_with_wall_copied(tmp_path)
    page = (sites / WALL / "pdpa_wall.html").read_text(encoding="utf-8")
    form = page[page.index("<form"):page.index("</form>") + len("</form>")]
    (sites / WALL / "pdpa_wall.html").write_text(page.replace(form, (
        '<button type="button" class="btn btn-success" onclick="pdpaAccept()">ยอมรับทั้งหมด</button>'
        '<script>function pdpaAccept() { document.cookie = "huaiyai_pdpa=1; path=/; max-age=31536000"; '
        'location.reload(); }</script>')), encoding="utf-8")
    run = judge_fixture_sites(tmp_path / "oit.db", [WALL], sites_dir=sites)
    assert_read_as_expected(run, 25)
