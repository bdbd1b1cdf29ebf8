"""Classes found on the held-out sites of farm/builders/heldout_national.py (issue 19, round 10, lane "national"):
evidence an agency links on national and other government systems, and how outside links are checked, crawled
through the farm and judged as the accuracy benchmark judges them. Before any change www.nongwaeng-sao.go.th
scored 24/26 with 1 false alarm and www.bankhokyai.ac.th 24/26 with none:

* an outside page a server sends in full under 404/410/500 (a provincial office's CMS routing its pretty addresses
  through ``ErrorDocument 404``) is the page a browser shows: an outside link's check keeps its first words and is
  no failure; an outside page read (a school's OIT page on its service area office's host) is read as it is sent
  (before: O19 "broken, page not found"); the host's own "not found" page stays a failure;
* a 503 or 429 with ``Retry-After`` on an outside host is asked again after that wait, up to three looks, its slot on
  the host held meanwhile (before: ``busy`` / ``rate_limited`` at once, three items unchecked that a person reads);
* found by probes (variants of the held-out sites):
  - a document a row of the agency's own OIT index links on another government's host (.go.th: the provincial
    office's) is read as the agency's, as a file of its own host is (before: only checked, so last year's report
    there passed as "reachable");
  - the agency's OIT page on its office's host failing (500, a timeout) is the agency's page unread: its items
    unchecked (before: 20 "not found" and one broken); a 404 there stays a gone index, as on its own host;
  - the office's list of its schools linked in the school's page's place: the school's own entry is followed and
    read, in the list's first lines or far down (before: 20 "not found"); other schools' entries stay checks;
  - a server error of the moment (500/502) on an outside check or outside document gets the one late second look
    an own page gets (before: unchecked ``outside_refused`` for what a person's second click shows);
  - a document's address answered under 404 by a page in the host's template is gone, never "shown in full".

Probes of the same mechanics that already held: HEAD refused on e-plan and on the office's uploads (the crawler
only sends GET); e-GP's F5 "Request Rejected" and a Cloudflare challenge (unread ``firewall``: unchecked, never
broken); a plain 403 from a national system (unchecked ``outside_refused``); an outside PDF that is gone (404:
broken); a data.go.th dataset page titled with last year (partial, from its title); a script-built info.go.th beside
a readable document; the school's OIT page itself on the office's host (crawler/unitpage.py, round 8).
"""
from __future__ import annotations

import re
import shutil

import pytest
import yaml
from scrapy.http import HtmlResponse, Request

from crawler.spiders.agency import AgencySpider
from crawler.unitpage import MAX_FILES, UnitPages
from farm.builders import heldout_national as national
from farm.builders.heldout_sites import HeldoutOut, publish_docs
from farm.server import SITES_DIR
from rules.coverage import failed, unread_reason
from rules.vocabulary import ALARMS, render
from tests.conftest import expected, found, judge_fixture_sites

SAO, SCHOOL = national.HOSTS
PAGE_404 = "https://www.localkhonkaen.go.th/index.php/ita-lao/nongwaeng-o19"
BODY = ("<p>สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดขอนแก่นเผยแพร่เอกสารขององค์การบริหารส่วนตำบลหนองแวง ตามแบบ OIT "
        'ประจำปีงบประมาณ พ.ศ. 2569</p><ul><li><a href="/images/ita/nongwaeng/O19.pdf">รายงานผลการเปิดโอกาสให้มีส่วนร่วม'
        "ในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569</a></li></ul>")


def answer(status: int, html: str, url: str = PAGE_404, ctype: bytes = b"text/html; charset=utf-8"):
    response = HtmlResponse(url, status=status, body=html.encode(), headers={"Content-Type": ctype},
                            request=Request(url))
    fields = {"status": status, "content_type": ctype.decode(), "size": len(response.body),
              "error": f"http_{status // 100}xx", "error_detail": f"HTTP {status}"}
    return response, fields


def test_an_outside_page_sent_in_full_under_an_error_status_is_shown_and_a_gone_one_is_not():
    response, fields = answer(404, national.province_page("ผลการเปิดโอกาสให้มีส่วนร่วม อบต.หนองแวง", BODY))
    got = AgencySpider.shown_outside(response, fields)
    assert got is not None and "2569" in got.text and fields["error"] == ""              # shown: no failure
    for status in (410, 500):
        assert AgencySpider.shown_outside(*answer(status, national.province_page("รายงาน", BODY))) is not None
    # the host's own "not found" in its template, a bare server page, a refusal, a busy answer: the failure stands
    gone = national.province_page("ไม่พบหน้าที่ต้องการ", "<p>ขออภัย ไม่พบหน้าที่คุณต้องการ หน้านี้อาจถูกย้ายหรือลบไปแล้ว</p>")
    bare = "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>"
    for status, html in ((404, gone), (404, bare), (403, national.province_page("รายงาน", BODY)),
                         (503, national.province_page("รายงาน", BODY))):
        response, fields = answer(status, html)
        assert AgencySpider.shown_outside(response, fields) is None and fields["error"], (status, html[:60])
    # a document's address answered under 404 by a page in the host's template (its home as its "not found")
    response, fields = answer(404, national.province_page("หน้าหลัก", BODY), url=PAGE_404.replace("nongwaeng-o19", "O16.pdf"))
    assert AgencySpider.shown_outside(response, fields) is None and fields["error"]
    # a platform's 404 in its full template (a deleted blog post): the platform's word that it is gone
    response, fields = answer(404, national.province_page("บล็อก ITA อบต.หนองแวง", BODY),
                              url="https://nongwaeng-ita.blogspot.com/2026/03/o19.html")
    assert AgencySpider.shown_outside(response, fields) is None and fields["error"]
    fine, fields = answer(200, national.province_page("รายงาน", BODY))
    assert AgencySpider.shown_outside(fine, fields) is None                            # nothing to undo


def test_a_check_that_found_the_page_sent_in_full_is_no_failure_and_a_404_check_still_is():
    shown = {"kind": "external", "status": 404, "error": "", "text": "รายงานผลการเปิดโอกาสให้มีส่วนร่วม 2569"}
    assert not failed(shown)
    assert failed({**shown, "error": "http_4xx"}) and failed({**shown, "text": ""})
    assert failed({"kind": "external", "status": 404, "error": "http_4xx", "text": "ไฟล์ในโฟลเดอร์"})  # a listing's 404


def test_a_document_an_index_row_links_on_another_government_host_is_read_as_the_agencys():
    units = UnitPages("องค์การบริหารส่วนตำบลหนองแวง")
    assert units.claims_document("https://www.localkhonkaen.go.th/images/ita/nongwaeng/O22.pdf", None)
    assert units.claims_document("https://www.kkn1.obec.go.th/ita2569/upload/1/O5.xlsx", None)
    assert not units.claims_document("https://www.localkhonkaen.go.th/index.php/ita-lao", None)    # a page: checked
    assert not units.claims_document("https://cdn.example.com/O22.pdf", None)                      # not a government's
    assert not units.claims_document("https://www.localkhonkaen.go.th/x/O22.pdf", 0)               # not from the index
    units.files = MAX_FILES
    assert not units.claims_document("https://www.localkhonkaen.go.th/images/ita/nongwaeng/O22.pdf", None)


# -- the held-out sites, crawled ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    return judge_fixture_sites(tmp_path_factory.mktemp("national") / "oit.db", [SAO, SCHOOL])




def looks(run, host: str, path: str) -> list[float]:
    return sorted(s[2] for s in run.stats.spans if s[0] == host and s[1] == path)


@pytest.mark.slow
def test_evidence_on_national_systems_is_judged_as_a_person_sees_it(judged):
    assert found(judged, "nongwaeng") == expected(SAO)
    pages = {r["url"]: r for r in judged.db.query("SELECT url, status, error, unread, kind FROM pages WHERE run_id = ? "
                                                  "AND agency_id = 'nongwaeng'", [judged.run_id])}
    assert pages[PAGE_404]["status"] == 404 and not pages[PAGE_404]["error"]          # a check, the page shown
    egp = next(r for url, r in pages.items() if url.startswith(f"https://{national.EGP}/"))
    assert egp["unread"] == "firewall"                                                 # F5's rejection: not read
    busy = yaml.safe_load((SITES_DIR / national.PROVINCE / "manifest.yaml").read_text(encoding="utf-8"))["busy"]
    (path,) = busy
    asked = looks(judged, national.PROVINCE, path)
    assert len(asked) == 3 and asked[1] - asked[0] >= 1.9 and asked[2] - asked[1] >= 1.9   # Retry-After: 2 waited


@pytest.mark.slow
def test_a_schools_oit_page_on_its_service_area_offices_host_is_read_with_its_documents(judged):
    assert found(judged, "bankhokyai") == expected(SCHOOL)
    busy = yaml.safe_load((SITES_DIR / national.ESA / "manifest.yaml").read_text(encoding="utf-8"))["busy"]
    for path in busy:                                   # 429 with Retry-After twice, then served: one pace per host
        asked = looks(judged, national.ESA, path)
        assert len(asked) == 3 and asked[2] - asked[0] >= 3.8, (path, asked)


def copy_sites(tmp_path):
    sites = tmp_path / "sites"
    for name in (*national.HOSTS, *national.OUTSIDE, "docs.google.com", "www.google.com", "line.me", "www.nacc.go.th",
                 "www.pacc.go.th"):
        if (SITES_DIR / name).is_dir():
            shutil.copytree(SITES_DIR / name, sites / name)
    return sites


def change_manifest(sites, host: str, **changes) -> None:
    path = sites / host / "manifest.yaml"
    manifest = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    manifest.update(changes)
    path.write_text(yaml.safe_dump(manifest, allow_unicode=True), encoding="utf-8")


@pytest.mark.slow
def test_variants_last_years_document_on_the_province_host_and_a_unit_page_sent_under_404_after_a_busy_answer(tmp_path):
    sites = copy_sites(tmp_path)
    # O22's PDF on the provincial office's host is last year's report: read, it is partial (before: "reachable", pass)
    folder = sites / national.PROVINCE / "images/ita/nongwaeng"
    target = "/" + str(next(folder.glob("O22-*.pdf")).relative_to(sites / national.PROVINCE))
    publish_docs(HeldoutOut(sites), national.PROVINCE, "O22", national.nongwaeng_agency(), "stale",
                 lambda stem, ext: target if ext == "pdf" else target[:-3] + ext)
    # the school's OIT page on the office's host: busy once (Retry-After: 1), then sent in full under 404
    manifest = yaml.safe_load((sites / national.ESA / "manifest.yaml").read_text(encoding="utf-8"))
    unit = "/ita2569/school.php?code=1040050123"
    change_manifest(sites, national.ESA, page_status={unit: 404},
                    busy={**manifest["busy"], unit: {"status": 503, "times": 1, "retry_after": 1}})
    run = judge_fixture_sites(tmp_path / "oit.db", [SAO, SCHOOL], sites_dir=sites)
    assert run.findings[("nongwaeng", "O22")]["status"] == "partial", run.findings[("nongwaeng", "O22")]
    assert found(run, "nongwaeng") == {**expected(SAO), "O22": "partial"}
    assert found(run, "bankhokyai") == expected(SCHOOL)
    assert len(looks(run, national.ESA, unit)) == 2


@pytest.mark.slow
def test_an_item_whose_only_evidence_is_a_national_system_refusing_crawlers_is_unchecked_never_broken(tmp_path):
    sites = copy_sites(tmp_path)
    index = sites / SAO / "ita/2569"
    html = index.read_text(encoding="utf-8")
    egp = f"https://{national.EGP}/egp2procmainWeb/jsp/procsearch.sch?pid=6400105&amp;servlet=gojsp"
    feed = f"https://{national.EGP}/EPROCRssFeedWeb/egpannouncerss.xml?deptId=6400105&amp;anounceType=W0"
    for code, href in (("O11", egp), ("O12", feed)):   # the row links e-GP only: F5 for one, a bare 403 for the other
        html = re.sub(rf"(<td>{code}</td><td>[^<]*</td><td>).*?(</td></tr>)",
                      rf'\g<1><a href="{href}">ประกาศจัดซื้อจัดจ้าง (e-GP)</a>\g<2>', html, count=1)
    index.write_text(html, encoding="utf-8")
    change_manifest(sites, national.EGP, firewall={"/egp2procmainWeb/": "f5"},
                    status={"/EPROCRssFeedWeb/egpannouncerss.xml?deptId=6400105&anounceType=W0": 403})
    run = judge_fixture_sites(tmp_path / "oit.db", [SAO], sites_dir=sites)
    o11, o12 = run.findings[("nongwaeng", "O11")], run.findings[("nongwaeng", "O12")]
    assert o11["status"] == "unchecked" and o11["reason_code"] == "coverage.firewall", o11
    assert o12["status"] == "unchecked" and o12["reason_code"] == "outside_refused", o12
    alarms = {item for (_, item), f in run.findings.items() if f["status"] in ALARMS}
    assert alarms == {"O16", "O21", "O24"}                       # the site's own wrongs (O18 is partial), no more


@pytest.mark.slow
def test_a_schools_oit_page_that_fails_on_the_offices_host_leaves_its_items_unchecked_never_missing(tmp_path):
    sites = copy_sites(tmp_path)
    unit = "/ita2569/school.php?code=1040050123"
    change_manifest(sites, national.ESA, status={unit: 500})          # the office's server fails on every look
    run = judge_fixture_sites(tmp_path / "oit.db", [SCHOOL], sites_dir=sites)
    on_index = {code for code in expected(SCHOOL) if code not in {"O1", "O2", "O3", "O4", "O10", "O17"}}
    for code in on_index:                                  # before: 20 "not found" and one broken
        finding = run.findings[("bankhokyai", code)]
        assert finding["status"] == "unchecked" and finding["reason_code"] == "coverage.fetch_failed", finding
    page = next(run.db.query("SELECT status, error, outside FROM pages WHERE run_id = ? AND url = ?",
                             [run.run_id, f"https://{national.ESA}{unit}"]))
    assert page == {"status": 500, "error": "http_5xx", "outside": 1}   # recorded as the agency's page, unread


@pytest.mark.slow
@pytest.mark.parametrize("before", [2, 40])   # the school named in the list's first lines, or far down
def test_an_offices_list_of_its_schools_is_followed_to_the_schools_own_entry_only(tmp_path, before):
    sites = copy_sites(tmp_path)
    listing = f"https://{national.ESA}/ita2569/"
    schools = [(f"10400502{k:02d}", f"โรงเรียนบ้านหนองแสง{k}") for k in range(before)] + [
        ("1040050123", "โรงเรียนบ้านโคกใหญ่"), ("1040050124", "โรงเรียนชุมชนบ้านฝาง")]
    rows = "".join(f'<tr><td>{n}</td><td><a href="school.php?code={code}">{name}</a></td><td>อำเภอบ้านฝาง</td></tr>'
                   for n, (code, name) in enumerate(schools, 1))
    (sites / national.ESA / "ita2569/index.html").write_text(
        '<html lang="th"><head><meta charset="utf-8"><title>ITA สถานศึกษา ปีงบประมาณ 2569 :: สพป.ขอนแก่น เขต 1</title>'
        '</head><body><h2>การเปิดเผยข้อมูลสาธารณะ (OIT) ของสถานศึกษา ปีงบประมาณ พ.ศ. 2569</h2><p>เลือกสถานศึกษา</p>'
        f'<table><tr><th>ที่</th><th>สถานศึกษา</th><th>อำเภอ</th></tr>{rows}</table><p>สพป.ขอนแก่น เขต 1 ถนนมิตรภาพ '
        'ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000</p></body></html>', encoding="utf-8")
    for page in (sites / SCHOOL).glob("*.*"):          # the school's menu links the office's list, not its own entry
        if page.suffix in (".php", ".html"):
            page.write_text(page.read_text(encoding="utf-8").replace(
                f"https://{national.ESA}/ita2569/school.php?code=1040050123", listing), encoding="utf-8")
    run = judge_fixture_sites(tmp_path / "oit.db", [SCHOOL], sites_dir=sites)
    assert found(run, "bankhokyai") == expected(SCHOOL)                # before: 20 items "not found"
    kinds = {r["url"]: r["outside"] for r in run.db.query("SELECT url, outside FROM pages WHERE run_id = ? AND url LIKE ?",
                                                         [run.run_id, f"https://{national.ESA}/ita2569/school.php%"])}
    assert kinds.pop(f"https://{national.ESA}/ita2569/school.php?code=1040050123") == 1
    assert not any(kinds.values())                                    # the other schools' entries: checks at most


@pytest.mark.slow
def test_a_server_error_of_the_moment_on_an_outside_host_gets_the_second_look_an_own_page_gets(tmp_path):
    sites = copy_sites(tmp_path)
    manual = "/" + str(next((sites / national.ESA / "ita2569/upload/1040050123").glob("O9-*.pdf"))
                       .relative_to(sites / national.ESA))
    plan = "/PlanView.aspx?orgId=6400105&planYear=2566"
    change_manifest(sites, national.ESA, **{**yaml.safe_load((sites / national.ESA / "manifest.yaml").read_text(
        encoding="utf-8")), "fail_once": {manual: 500}})             # a document read on the office's host
    change_manifest(sites, national.EPLAN, types={"/PlanView.aspx": "text/html"}, fail_once={plan: 502})  # a check
    run = judge_fixture_sites(tmp_path / "oit.db", [SAO, SCHOOL], sites_dir=sites)
    assert run.findings[("bankhokyai", "O9")]["status"] == "pass", run.findings[("bankhokyai", "O9")]
    assert run.findings[("nongwaeng", "O5")]["status"] == "pass", run.findings[("nongwaeng", "O5")]  # before: both
    assert len(looks(run, national.ESA, manual)) == 2 and len(looks(run, national.EPLAN, plan)) == 2  # unchecked


def test_an_outside_page_refused_to_the_crawler_is_unread_and_an_own_page_refused_is_not():
    refused = {"url": "https://www.kkn1.obec.go.th/ita2569/school.php?code=1", "status": 403, "error": "http_4xx",
               "kind": "other", "outside": 1}
    assert unread_reason(refused) == "refused"
    assert unread_reason({**refused, "status": 404}) is None                  # gone, for everyone
    own = {**refused, "url": "http://www.bankhokyai.ac.th/ita.php", "outside": None}
    assert unread_reason(own, {"bankhokyai.ac.th"}) is None                   # the agency's own server's answer
    th, en = render("coverage.refused", {})
    assert "ปฏิเสธ" in th and "refused the crawler" in en


@pytest.mark.slow
def test_a_schools_oit_page_the_offices_host_refuses_to_crawlers_leaves_its_items_unchecked(tmp_path):
    sites = copy_sites(tmp_path)
    change_manifest(sites, national.ESA, status={"/ita2569/school.php?code=1040050123": 403})
    run = judge_fixture_sites(tmp_path / "oit.db", [SCHOOL], sites_dir=sites)
    assert not any(f["status"] in ALARMS for f in run.findings.values())
    own = {"O1", "O2", "O3", "O4", "O10", "O17"}       # the school's own pages (O3 also has a LINE link the farm lacks)
    for code in set(expected(SCHOOL)) - own:            # before: 20 "not found" and one broken
        assert run.findings[("bankhokyai", code)]["reason_code"] == "coverage.refused", run.findings[("bankhokyai", code)]
