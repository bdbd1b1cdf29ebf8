"""Classes found on the held-out MOIT site of farm/builders/heldout_hospitals.py (issue 19, round 8, lane
"hospitals"): a district hospital whose MOIT 2569 page is one unit's page of its provincial health office's MOIT
system, each class shown where it was found, and the site crawled through the farm as the accuracy benchmark
crawls it:

* an agency's ITA/MOIT index on another government site (its unit's page, ``unit.php?hcode=…&fy=…``, named by its
  menu's "MOIT 2569") is read as its own, with the files it links; the system's other units' pages are never
  read as its (before: the page only checked, every item "missing": 19 false alarms);
* a table's group heading row (one cell spanning the columns: "moit06 ผู้บริหารแสดงนโยบาย…") names the rows of
  sub-items below it ("6.1–6.3 | PDF | PDF | PDF | PDF", a column per quarter);
* MOIT items written by their number alone, "ข้อ 11", "ตัวชี้วัดที่ 4", are item codes of a list whose items are
  its indicators (never in ITA, whose "ตัวชี้วัดที่ 9" is an indicator);
* "ไตรมาส 2.2" is a line run into a section number, not a quarter; a file only checked (a shared Google Sheet per
  quarter) names its quarter and round by its title ("… ไตรมาสที่ 4 ปีงบประมาณ พ.ศ. 2568 - Google ชีต")."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from crawler.extract import parse_html
from crawler.unitpage import UnitPages
from rules.engine import evaluate_agency
from rules.families import rulebooks_for_year
from rules.quarters import quarters_named
from rules.thai import Text, item_codes
from tests.conftest import judge_fixture_sites

SITE, PORTAL, SHEETS = "www.saimunhospital.go.th", "https://ssjyasothon.moph.go.th", "www.phanahospital.go.th"
UNIT = f"{PORTAL}/moit/unit.php?hcode=10955&fy=2569"


@pytest.mark.parametrize("url, label, claimed", [
    (UNIT, "MOIT 2569", True),                                             # its unit's page, named as its index
    (UNIT, "ITA/MOIT ปีงบประมาณ 2569 (คลิก)", True),
    (UNIT, "MOIT 5 สรุปผลการจัดซื้อจัดจ้าง", False),                        # one item's link: its check decides
    (UNIT, "ข่าวสาธารณสุขจังหวัด", False),                                  # not named as its index
    ("https://itas.nacc.go.th/go/eit/2569", "ITAS", False),                 # the NACC's assessment system
    ("https://www.moph.go.th/", "MOIT กระทรวงสาธารณสุข", False),            # a ministry's home, not a unit's page
    ("https://moit.example.com/unit.php?hcode=10955", "MOIT 2569", False),  # not a government host
    (f"{PORTAL}/moit/uploads/10955/2569/q1/moit1_1.pdf", "MOIT 2569", False)])  # a file, not a page
def test_an_index_on_another_government_site_is_claimed_only_when_named_so(url, label, claimed):
    units = UnitPages("โรงพยาบาลทรายมูล")
    assert units.claims(url, label, None) is claimed
    if claimed:   # its files are read with it; the other units' pages its picker links are not
        assert units.claims(f"{PORTAL}/moit/uploads/10955/2569/q1/moit1_1.pdf", "PDF", 0)
        assert not units.claims(f"{PORTAL}/moit/unit.php?hcode=10954&fy=2569", "โรงพยาบาลกุดชุม", 0)
    assert not UnitPages("").claims(UNIT, "MOIT 2569", None)               # no name to find on it: never claimed


def test_a_unit_page_must_name_its_agency():
    units = UnitPages("โรงพยาบาลทรายมูล")
    assert units.names_owner("ระบบ MOIT สสจ.ยโสธร โรงพยาบาล ทรายมูล ปีงบประมาณ พ.ศ. 2569")
    assert units.names_owner("รพ.ทรายมูล MOIT 1–22")
    assert not units.names_owner("โรงพยาบาลกุดชุม ปีงบประมาณ พ.ศ. 2569")
    assert not units.names_owner("สำนักงานสาธารณสุขอำเภอทรายมูล")          # the district's other unit
    rows = " ".join(f"โรงพยาบาลที่ {k} 22/22" for k in range(30))
    assert not units.names_owner("รายชื่อหน่วยบริการ จังหวัดยโสธร", f"{rows} โรงพยาบาลทรายมูล 22/22")   # one of many


GROUPED = """<html><body><table>
<tr><th>ประเด็น</th><th>ไตรมาส 1</th><th>ไตรมาส 2</th></tr>
<tr class="group"><th colspan="3">moit06 ผู้บริหารแสดงนโยบายการบริหารและพัฒนาทรัพยากรบุคคล</th></tr>
<tr><td>6.1–6.3 หลักฐานเชิงประจักษ์</td><td><a href="/q1/m6.pdf">PDF</a></td><td><a href="/q2/m6.pdf">PDF</a></td></tr>
<tr><th colspan="3">ข้อ 7 การประเมินผลการปฏิบัติราชการ</th></tr>
<tr><td>7.1 รายงานการประเมิน</td><td><a href="/q1/m7.pdf">PDF</a></td><td>-</td></tr>
<tr><td>7.2 ประกาศผล</td><td><a href="/q1/m72.pdf">PDF</a></td><td>-</td></tr>
<tr><th colspan="3">ตัวชี้วัดที่ ๘ การอบรม</th></tr>
<tr><td>๘.๑–๘.๓ หลักฐาน</td><td><a href="/q1/m8.pdf">PDF</a></td><td></td></tr>
<tr><td>รายงานสรุป</td><td><a href="/q1/m8r.pdf">PDF</a></td><td></td></tr>
</table><table><tr><td colspan="3"><b>ตัวชี้วัดย่อยที่ 10.2 มาตรการส่งเสริมคุณธรรมและความโปร่งใส</b></td></tr>
<tr><td>O40</td><td>การขับเคลื่อนจริยธรรม</td><td><a href="/o40.pdf"><img src="pdf.gif"></a></td></tr>
<tr><td>9.1 ข้อมูลพื้นฐาน</td><td>โครงสร้าง</td><td><a href="/o1.pdf">เปิด</a></td></tr></table></body></html>"""


def test_a_sub_items_row_is_read_under_its_groups_heading_row():
    links = {link["url"].rsplit("/", 2)[-2] + "/" + link["url"].rsplit("/", 1)[-1]: link["context"]
             for link in parse_html(GROUPED, "https://x.moph.go.th/moit/").links}
    assert links["q1/m6.pdf"].startswith("moit06 ผู้บริหารแสดงนโยบาย") and "6.1–6.3" in links["q2/m6.pdf"]
    assert links["q1/m72.pdf"].startswith("ข้อ 7 การประเมินผล") and "7.2 ประกาศผล" in links["q1/m72.pdf"]
    assert links["q1/m8.pdf"].startswith("ตัวชี้วัดที่ ๘ การอบรม")             # Thai digits alike
    assert links["q1/m8r.pdf"] == "รายงานสรุป PDF"                          # a row numbered no sub-item: its own
    # an ITA row under a sub-indicator's heading keeps its own words (the heading's are another item's, O42's)
    assert links["x.moph.go.th/o40.pdf"] == "O40 การขับเคลื่อนจริยธรรม"
    assert links["x.moph.go.th/o1.pdf"] == "9.1 ข้อมูลพื้นฐาน โครงสร้าง เปิด"   # a heading naming no item 9


@pytest.mark.parametrize("text, prefix, codes", [
    ("ข้อ 11 หน่วยงานของท่านเปิดโอกาส", "MOIT", {11}), ("ตัวชี้วัดที่ ๔ การวางระบบ", "MOIT", {4}),
    ("moit02", "MOIT", {2}), ("MOIT 1", "MOIT", {1}),
    ("4.1 แผนการจัดซื้อจัดจ้าง ข้อ 4.1", "MOIT", set()),                  # a sub-item's number is no item
    ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", "O", set())])                      # ITA: an indicator, not an item
def test_moit_items_written_by_their_number_alone(text, prefix, codes):
    assert item_codes(text, prefix) == codes


def test_a_section_number_after_the_word_quarter_is_no_quarter():
    assert quarters_named(Text("MOIT2 ไตรมาสที่ 1 ปีงบประมาณ พ.ศ. 2569 … ของหน่วยงานในไตรมาส 2.2 บันทึกข้อความ")) == {1}
    assert quarters_named(Text("ไตรมาส 2/2569")) == {2} and quarters_named(Text("ไตรมาสที่ ๓")) == {3}


def _sheet_site(q4_round: int) -> list[dict]:
    """An MOIT page whose MOIT5 row links a shared Google Sheet per quarter (columns: the quarters), only checked."""
    home = {"url": "https://x.moph.go.th/", "final_url": "https://x.moph.go.th/", "status": 200, "kind": "html",
            "depth": 0, "title": "หน้าแรก", "text": "โรงพยาบาลเอ็กซ์ ข่าวสาร " * 4, "links": []}
    title = "MOIT 5 หน่วยงานมีการสรุปผลการจัดซื้อจัดจ้างและการจัดหาพัสดุรายเดือน ประจำปีงบประมาณ"
    links, pages = [], []
    for q in range(1, 5):
        url = f"https://docs.google.com/spreadsheets/d/1sheet{q}/edit?usp=sharing"
        links.append({"url": url, "kind": "a", "text": "Google Sheet", "title": "", "zone": "main",
                      "context": f"{title} 5.1–5.3 หลักฐานเชิงประจักษ์ Google Sheet Google Sheet Google Sheet Google Sheet"})
        fy = q4_round if q == 4 else 2569
        pages.append({"url": url, "final_url": url, "status": 200, "kind": "external", "depth": 2, "links": [],
                      "title": f"MOIT5 สรุปผลการจัดซื้อจัดจ้างรายเดือน ไตรมาสที่ {q} ปีงบประมาณ พ.ศ. {fy} - Google ชีต"})
    index = {"url": "https://x.moph.go.th/moit.php", "final_url": "https://x.moph.go.th/moit.php", "status": 200,
             "kind": "html", "depth": 1, "title": "MOIT 2569", "text": f"MOIT 2569 {title}", "links": links}
    home["links"] = [{"url": index["url"], "kind": "a", "text": "MOIT 2569", "title": "", "zone": "nav", "context": ""}]
    return [home, index, *pages]


@pytest.mark.parametrize("q4_round, status", [(2569, "pass"), (2568, "partial")])
def test_a_google_sheet_per_quarter_names_its_quarter_and_round_by_its_title(q4_round, status):
    moit = rulebooks_for_year(2569).books["moit"]
    item = next(f for f in evaluate_agency(moit, _sheet_site(q4_round)) if f.item == "MOIT5")
    assert item.status == status
    if status == "partial":
        assert "quarter 4" in item.reason_en and "2568" in item.reason_en


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    """The two sites crawled once and judged as the accuracy benchmark judges them."""
    run = judge_fixture_sites(tmp_path_factory.mktemp("hospitals") / "oit.db", [SITE, SHEETS])
    pages = {r["url"]: r for r in run.db.query("SELECT * FROM pages WHERE run_id = ? AND agency_id = ?",
                                               [run.run_id, "saimunhosp"])}
    return SimpleNamespace(findings=run.findings, pages=pages, expected={s.agency: s.items for s in run.sites})


@pytest.mark.slow
def test_a_hospitals_unit_page_on_its_provincial_system_is_read_as_its_own(judged):
    unit = judged.pages[UNIT]
    assert unit["outside"] == 1 and unit["kind"] == "html"                 # read, its rows followed
    files = [url for url, p in judged.pages.items() if url.startswith(f"{PORTAL}/moit/uploads/10955/2569/")
             and p["kind"] == "pdf"]
    assert len(files) >= 80                                                 # its files, beyond the outside bound
    for other in ("10954", "10953", "00037"):                              # the other units: a check at most
        page = judged.pages.get(f"{PORTAL}/moit/unit.php?hcode={other}&fy=2569")
        assert page is None or page["kind"] == "external"
        assert not any(f"/uploads/{other}/" in url for url in judged.pages)
    assert not any("/uploads/10955/2568/" in url for url in judged.pages)   # nor its own last round's page
    got = {item: f["status"] for (agency, item), f in judged.findings.items() if agency == "saimunhosp"}
    assert got == {item: v["status"] for item, v in judged.expected["saimunhosp"].items()}   # 22/22, as written
    assert got["MOIT16"] == "missing" and got["MOIT13"] == "missing"       # the other units have them; it has not
    assert got["MOIT5"] == "partial" and got["MOIT7"] == "broken"


@pytest.mark.slow
def test_a_google_sheet_published_per_quarter_whose_rows_say_tuachiwat_thi_n(judged):
    got = {item: f["status"] for (agency, item), f in judged.findings.items() if agency == "phanahosp"}
    assert got == {item: v["status"] for item, v in judged.expected["phanahosp"].items()}    # 22/22, as written
    assert got["MOIT11"] == "pass"          # before: "ตัวชี้วัดที่ 11" read as no code, MOIT11 missing (a false alarm)
    assert got["MOIT12"] == "partial" and got["MOIT15"] == "broken" and got["MOIT21"] == "missing"
