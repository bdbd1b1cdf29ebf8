"""Classes found on the held-out sites of farm/builders/heldout_tables.py (issue 19, round 7, second probe, lane
"tables"): OIT index pages typed the way agencies type them, each shown on the farm site where it was found, crawled
through the farm and judged as the accuracy benchmark judges it:

* a detail page that lists an item's documents by quarter or month and writes "-" (or "อยู่ระหว่างดำเนินการ") in
  a period's cell names that period to say it is not there: the period is not covered (before: "ไตรมาสที่ 2 (ม.ค. –
  มี.ค. 2569) -" beside quarter 1's file passed a six-month item);
* what the two sites hold and the engine already read (a Word page in windows-874 with codes typed "0 1", "o.2",
  "O-03", "ข้อ ๔" and merged cells; an image map's areas and a bulleted list per sub-indicator) stays read, never
  a false alarm."""
from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from benchmarks.accuracy import load_sites
from farm.server import Farm
from rules.checks import CHECKS, Doc, Evidence
from rules.families import rulebooks_for_year
from rules.periods import denied_periods
from rules.thai import Text
from service.runs import run_crawl
from storage import open_db
from tests.conftest import crawl_settings

WORD, PICTURE = "www.bangrakyai.go.th", "www.thapaya.go.th"
Q1_PDF = Doc("http://x.go.th/q1.pdf", "pdf", Text("สรุปผลการจัดซื้อจัดจ้างรายเดือน ไตรมาสที่ 1 ปีงบประมาณ พ.ศ. 2569 "
                                                  "แบบ สขร.1 เดือนตุลาคม 2568 พฤศจิกายน 2568 ธันวาคม 2568"))


def covers(*pages: str, quarters: list[int] | None = None) -> bool:
    docs = [Doc(f"http://x.go.th/detail{k}.php", "html", Text(p)) for k, p in enumerate(pages)] + [Q1_PDF]
    params = {"quarters": quarters} if quarters else {"period": "first_half"}
    return CHECKS["covers_period"].run(Evidence(docs, 2569), **params).ok


# -- a period's cell that says "not there" -----------------------------------------------------------------------
@pytest.mark.parametrize("page", [
    "O11 สรุปผลการจัดซื้อจัดจ้าง รายการ เอกสาร ไตรมาสที่ 1 (ต.ค. – ธ.ค. 2568) สรุปผล ไตรมาสที่ 1.pdf "
    "ไตรมาสที่ 2 (ม.ค. – มี.ค. 2569) -",
    "ไตรมาสที่ 1 ดาวน์โหลด ไตรมาสที่ 2 อยู่ระหว่างดำเนินการ",
    "เดือนตุลาคม 2568 ดาวน์โหลด เดือนมกราคม 2569 - เดือนกุมภาพันธ์ 2569 - เดือนมีนาคม 2569 -",
])
def test_a_period_whose_cell_says_not_there_is_not_covered(page):
    assert not covers(page, quarters=[1, 2])
    assert not covers(page)


@pytest.mark.parametrize("page", [
    "สรุปผลการจัดซื้อจัดจ้าง ต.ค. 2568 - มี.ค. 2569",                      # a range's dash
    "ไตรมาสที่ 1 ดาวน์โหลด ไตรมาสที่ 2 (ม.ค. – มี.ค. 2569) ดาวน์โหลด",
    "ไตรมาสที่ 2 (ม.ค. – มี.ค. 2569) - ม.ค. สขร.pdf ก.พ. สขร.pdf มี.ค. สขร.pdf",  # the months are there after all
])
def test_a_period_with_its_document_or_a_range_is_covered(page):
    assert covers(page, quarters=[1, 2])


def test_each_page_is_read_on_its_own():
    # the page's last cell "-" is not followed by the next document's first words
    page = "ไตรมาสที่ 1 (ต.ค. – ธ.ค. 2568) q1.pdf ไตรมาสที่ 2 (ม.ค. – มี.ค. 2569) -"
    assert not covers(page, quarters=[1, 2])
    assert sorted(denied_periods(Text(page)).months()) == [10, 11, 12]


# -- the held-out sites ------------------------------------------------------------------------------------------
def crawl(tmp_path: Path, hosts: list[str]) -> SimpleNamespace:
    sites = load_sites(hosts=hosts)
    db_path = tmp_path / "oit.db"
    db = open_db(db_path)
    db["agencies"].upsert_all([dict(s.registry) for s in sites], pk="id", alter=True)
    with Farm(hang_seconds=10) as farm:
        run_id = run_crawl(db_path, [db["agencies"].get(s.agency) for s in sites], rulebooks_for_year(2569),
                           crawl_settings(farm, timeout=10, delay=0, render_seconds=60))
    db = open_db(db_path)
    assert db["runs"].get(run_id)["state"] == "complete"
    findings = {(r["agency_id"], r["item"]): dict(r, evidence=json.loads(r["evidence"]))
                for r in db["findings"].rows_where("run_id = ?", [run_id])}
    return SimpleNamespace(findings=findings, expected={s.agency: s.items for s in sites})


@pytest.mark.slow
def test_typed_indexes_are_read_as_their_assessor_reads_them(tmp_path):
    judged = crawl(tmp_path, [WORD, PICTURE])
    said = {key: f["status"] for key, f in judged.findings.items()}
    find = lambda agency, item: judged.findings[(agency, item)]  # noqa: E731
    # quarter 2's cell "-" on the detail page: partial, never pass
    assert find("bangrakyai", "O11")["status"] == "partial"
    assert any("ita_detail&id=11" in url for url in find("bangrakyai", "O11")["evidence"])
    assert find("bangrakyai", "O14")["status"] == "broken" and find("bangrakyai", "O21")["status"] == "missing"
    assert find("thapaya", "O11")["status"] == "pass"            # six monthly files on the detail page
    assert find("thapaya", "O22")["status"] == "broken"          # an image map's area only
    assert find("thapaya", "O23")["status"] == "pass"
    for agency, expected in judged.expected.items():
        wrong = {item: (said[(agency, item)], want["status"]) for item, want in expected.items()
                 if said[(agency, item)] != want["status"]}
        assert not wrong, (agency, wrong)
