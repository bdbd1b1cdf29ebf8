"""A web application firewall's challenge or rejection in a page's place is no evidence: the page is unread
(``firewall``) and what it holds is ``unchecked``, never missing or broken -- F5's "Request Rejected" comes as a
200 with text, Cloudflare's challenge as a 403, Wordfence's as a 503. The crawl is real (farm over loopback)."""
import doctest

import pytest
import yaml

import crawler.firewall
from crawler.firewall import firewall_of
from farm.server import FIREWALLS, Farm
from storage import open_db
from tests.conftest import crawl_farm

HOST = "www.bansample.go.th"


def test_each_firewall_is_told_and_a_plain_403_or_a_page_naming_one_is_not():
    assert doctest.testmod(crawler.firewall).failed == 0
    for name, (status, headers, body) in FIREWALLS.items():
        assert firewall_of(status, {k.lower(): v for k, v in headers.items()}, body.encode()) == name
    assert firewall_of(403, {}, b"<title>403 Forbidden</title><p>You don't have permission</p>") == ""
    assert firewall_of(200, {}, b"<p>\xe0\xb8\x9b\xe0\xb9\x89\xe0\xb8\xad\xe0\xb8\x87\xe0\xb8\x81\xe0\xb8\xb1\xe0\xb8\x99 "
                                b"Cloudflare Ray ID</p>" * 2) == ""  # names it, rejects nothing
    assert firewall_of(404, {}, FIREWALLS["f5"][2].encode()) == ""


def crawl(sites, tmp_path, walls: dict) -> tuple:
    (sites / HOST / "manifest.yaml").write_text(yaml.safe_dump({"firewall": walls}), encoding="utf-8")
    db_path = tmp_path / "oit.db"
    with Farm(sites, hang_seconds=4) as farm:
        run_id = crawl_farm(db_path, farm, ids=["bansample"], timeout=3)
    db = open_db(db_path)
    findings = {r["item"]: r for r in db["findings"].rows_where("run_id = ? and agency_id = 'bansample'", [run_id])}
    pages = {r["url"]: r for r in db["pages"].rows_where("run_id = ? and agency_id = 'bansample'", [run_id])}
    return findings, pages


@pytest.mark.slow
def test_documents_behind_a_firewall_are_unchecked_with_the_reason_never_missing(sites_copy, tmp_path):
    findings, pages = crawl(sites_copy, tmp_path, {"/items/": "f5", "/docs/": "wordfence"})
    assert pages[f"http://{HOST}/items/o01.html"]["unread"] == "firewall"
    assert pages[f"http://{HOST}/docs/o03.pdf"]["unread"] == "firewall"
    alarms = {item: f["status"] for item, f in findings.items() if f["status"] in {"missing", "broken"}}
    assert not alarms
    walled = [item for item, f in findings.items() if f["reason_code"] == "coverage.firewall"]
    assert len(walled) >= 40 and all(findings[item]["status"] == "unchecked" for item in walled)


@pytest.mark.slow
def test_a_site_whose_every_page_is_a_challenge_has_nothing_missing(sites_copy, tmp_path):
    findings, pages = crawl(sites_copy, tmp_path, {"/": "cloudflare"})
    assert pages[f"http://{HOST}/"]["unread"] == "firewall"
    assert findings and {f["status"] for f in findings.values()} == {"unchecked"}
