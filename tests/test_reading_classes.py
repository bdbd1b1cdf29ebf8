"""Classes of sites a person reads one way and the engine read another (issue 19), each shown on the farm site
where it was found, crawled through the farm and judged as the accuracy benchmark judges it: an empty embedded
Drive folder is nothing, a Google Site's own template and an ITA section heading are not content, quarter files
in a folder listing and a year in a file name are read, one published Sheet's tab of last year does not answer
this year's row, a hospital's quarter documents say which quarter and round they are, and a round whose only
evidence is last round's, listed on last round's page, has published nothing."""
from __future__ import annotations

import doctest
import json
from types import SimpleNamespace

import pytest

from benchmarks.accuracy import load_sites
from service.runs import run_crawl
from farm.server import Farm
from rules.families import rulebooks_for_year
from rules.thai import SECTION_LABEL, Text
from storage import open_db
from tests.conftest import crawl_settings

pytestmark = pytest.mark.slow  # crawls nine corpus sites

HOSTS = ["www.huaikrachao-sao.go.th", "www.wangchan-sao.go.th", "www.phonsaihospital.go.th", "www.sisawathospital.go.th"]


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    """The sites crawled once (one 2569 run: ITA and MOIT agencies each judged by their family's rulebook)."""
    sites = load_sites(hosts=HOSTS)
    assert {s.year for s in sites} == {2569} and len(sites) == len(HOSTS)
    db_path = tmp_path_factory.mktemp("reading") / "oit.db"
    db = open_db(db_path)
    db["agencies"].upsert_all([dict(s.registry) for s in sites], pk="id", alter=True)
    with Farm(hang_seconds=10) as farm:
        run_id = run_crawl(db_path, [db["agencies"].get(s.agency) for s in sites], rulebooks_for_year(2569),
                           crawl_settings(farm, timeout=10, delay=0))
    db = open_db(db_path)
    assert db["runs"].get(run_id)["state"] == "complete"
    rows = db["findings"].rows_where("run_id = ?", [run_id])
    return SimpleNamespace(findings={(r["agency_id"], r["item"]): r for r in rows})


def finding(judged, agency: str, item: str) -> dict:
    row = dict(judged.findings[(agency, item)])
    row["signals"], row["evidence"] = json.loads(row["signals"]), json.loads(row["evidence"])
    return row


def test_an_embedded_drive_folder_that_says_it_is_empty_is_nothing(judged):
    empty = finding(judged, "huaikrachao", "O8")  # a Google Site page: its heading, a caption, an empty folder
    assert empty["status"] == "missing" and empty["reason_code"] == "denial"
    assert "ไม่มีไฟล์ในโฟลเดอร์นี้" in empty["reason_th"]
    assert finding(judged, "huaikrachao", "O15")["status"] == "pass"  # the same layout with files in the folder


def test_a_google_sites_template_and_the_sections_heading_are_not_content():
    # "ตัวชี้วัดย่อยที่ 10.1 <the sub-indicator's name>" stands above every item page of a section
    assert SECTION_LABEL.findall(Text("ตัวชี้วัดย่อยที่ ๑๐.๑ การดำเนินการ | ตัวชี้วัดที่ 9").norm) == \
        ["ตัวชี้วัดย่อยที่ 10.1", "ตัวชี้วัดที่ 9"]


def test_a_denial_under_a_google_sites_headings_and_footer_is_missing(judged):
    denial = finding(judged, "huaikrachao", "O22")
    assert denial["status"] == "missing" and denial["reason_code"] == "denial"
    assert "อยู่ระหว่างดำเนินการ" in denial["reason_th"]
    assert finding(judged, "huaikrachao", "O19")["status"] == "pass"  # a page of the same section with a document


def test_quarter_files_in_a_folder_listing_and_a_year_in_a_file_name_are_read(judged):
    quarters = finding(judged, "huaikrachao", "O11")  # "O11_procure-q1.pdf", "O11_procure-q2.pdf"
    assert quarters["status"] == "pass" and "covers_period: ok (quarters 1,2 covered)" in quarters["signals"]
    named = finding(judged, "huaikrachao", "O20")  # "O20_nogift-report68.pdf"
    assert named["status"] == "pass" and "mentions_year: ok (year 2568)" in named["signals"]
    assert Text("O20_nogift-report68.pdf plan_69.xlsx").years() == {2568, 2569}
    assert not Text("scan 68.pdf o20.pdf รูป 1.jpg").years()  # a number alone, an item code: no year


def test_a_stale_drive_preview_is_last_years_evidence(judged):
    stale = finding(judged, "huaikrachao", "O18")  # a 2567 statistics PDF and sheet where 2568 is asked
    assert stale["status"] == "partial" and "2568" in stale["reason_en"]


def test_a_published_sheets_tab_of_last_year_does_not_answer_this_years_row(judged):
    news = finding(judged, "wangchan", "O4")  # tabs "ITA 2569" and "ITA 2568" on one pubhtml page
    assert news["status"] == "pass"
    assert not any("/ita68/" in url for url in news["evidence"])


def test_a_hospitals_quarter_documents_name_their_quarter_and_round(judged):
    # a table whose columns are the quarters and whose cells all read "4.1–4.3": each PDF's heading says which
    plan = finding(judged, "phonsaihosp", "MOIT4")  # quarter 1's file is the 2568 plan
    assert plan["status"] == "partial" and "quarter 1 is of fiscal year 2568" in plan["reason_en"]
    dash = finding(judged, "phonsaihosp", "MOIT10")  # quarter 3's cell is "-"
    assert dash["status"] == "partial" and "no evidence for quarter 3" in dash["reason_en"]
    assert finding(judged, "phonsaihosp", "MOIT1")["status"] == "pass"


def test_a_round_with_only_last_rounds_evidence_has_published_nothing(judged):
    # this round's index says "อยู่ระหว่างดำเนินการ" with no link; last round's page (/ita68) holds 2568's quarters
    for item in ("MOIT6", "MOIT18"):
        old = finding(judged, "phonsaihosp", item)
        assert old["status"] == "missing" and old["reason_code"] == "other_round", item
        assert "2568" in old["reason_en"]
    # last round's files filed on this round's own page are this round's evidence, stale: partial, never missing
    filed = finding(judged, "sisawathosp", "MOIT3")
    assert filed["status"] == "partial" and "2568" in filed["reason_en"]


def test_outside_pages_are_grouped_by_their_google_site():
    import rules.spaces
    assert doctest.testmod(rules.spaces).failed == 0


def test_a_no_gift_announcement_alone_lacks_the_report_the_item_asks_for(judged):
    gift = finding(judged, "wangchan", "O20")  # only "ประกาศเจตนารมณ์ ... ประกาศ ณ วันที่ 3 ตุลาคม 2568"
    assert gift["status"] == "partial" and "no report on the No Gift Policy" in gift["reason_en"]
    assert finding(judged, "huaikrachao", "O20")["status"] == "pass"  # its folder lists "nogift-report.pdf"
