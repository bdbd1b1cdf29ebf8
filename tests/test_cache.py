"""Documents read once: a second night asks each server whether a document changed (ETag / Last-Modified),
and an unchanged one costs a 304 and no parsing, yet still counts as fetched tonight; a changed one is read
again, and one that is gone or failing is recorded as such, never replaced by yesterday's copy."""
from __future__ import annotations

import shutil
from types import SimpleNamespace

import pytest
import yaml

from crawler.cache import cache_path
from crawler.ocr import missing
from farm.server import SITES_DIR, Farm
from storage import open_db
from tests.conftest import crawl_farm

pytestmark = pytest.mark.slow  # the farm crawled night after night, scans read by OCR

HOST = "www.bansample.go.th"


def pages(db, run_id: int) -> dict[str, dict]:
    return {p["url"]: p for p in db.query("SELECT * FROM pages WHERE run_id = ?", [run_id])}


def findings(db, run_id: int) -> dict[str, dict]:
    return {(f["agency_id"], f["item"]): f for f in db.query("SELECT * FROM findings WHERE run_id = ?", [run_id])}


def two_nights(sites, db_path, ids, between=lambda: None) -> SimpleNamespace:
    with Farm(sites_dir=sites, hang_seconds=3) as farm:
        first = crawl_farm(db_path, farm, ids=ids)
        sent_first, not_modified_first = sum(farm.stats.bytes_sent.values()), sum(farm.stats.not_modified.values())
        between()
        second = crawl_farm(db_path, farm, ids=ids)
        sent_second = sum(farm.stats.bytes_sent.values()) - sent_first
        not_modified = sum(farm.stats.not_modified.values()) - not_modified_first
    db = open_db(db_path)
    return SimpleNamespace(db=db, db_path=db_path, first=first, second=second, sent=(sent_first, sent_second), not_modified=not_modified,
                           pages=(pages(db, first), pages(db, second)))


@pytest.fixture(scope="module")
def unchanged(tmp_path_factory):
    """The model site crawled twice, nothing changed in between."""
    sites = tmp_path_factory.mktemp("unchanged") / "sites"
    shutil.copytree(SITES_DIR, sites)
    return two_nights(sites, sites.parent / "oit.db", ["bansample"])


def test_an_unchanged_night_downloads_a_fraction_of_the_bytes(unchanged):
    first, second = unchanged.sent
    assert unchanged.not_modified > 40 and second < 0.2 * first


def test_an_unchanged_document_is_tonights_evidence_with_the_same_text(unchanged):
    url = f"http://{HOST}/docs/o12.pdf"
    before, after = unchanged.pages[0][url], unchanged.pages[1][url]
    assert after["unchanged"] == 1 and after["status"] == 200 and after["run_id"] == unchanged.second
    assert after["text"] == before["text"] and "มีนาคม 2566" in after["text"]
    assert after["content_hash"] == before["content_hash"] and after["size"] == before["size"]
    assert after["extract_ms"] <= 5 and before["unchanged"] is None


def test_findings_of_an_unchanged_night_are_identical(unchanged):
    first, second = findings(unchanged.db, unchanged.first), findings(unchanged.db, unchanged.second)
    assert {k: (f["status"], f["reason_th"], f["evidence"]) for k, f in first.items()} == \
        {k: (f["status"], f["reason_th"], f["evidence"]) for k, f in second.items()}
    assert cache_path(unchanged.db_path).exists()


def test_changed_gone_and_failing_documents_are_read_as_they_are_tonight(sites_copy, tmp_path):
    site = sites_copy / HOST

    def overnight():
        shutil.copy(sites_copy / "www.thungyai.go.th/docs/o36.pdf", site / "docs/o36.pdf")  # last year's plan now
        (site / "docs/o21.pdf").unlink()
        manifest = yaml.safe_load((site / "manifest.yaml").read_text(encoding="utf-8")) or {}
        manifest["status"] = {"/docs/o27.pdf": 500}
        (site / "manifest.yaml").write_text(yaml.safe_dump(manifest), encoding="utf-8")

    nights = two_nights(sites_copy, tmp_path / "oit.db", ["bansample"], overnight)
    tonight, found = nights.pages[1], findings(nights.db, nights.second)
    changed = tonight[f"http://{HOST}/docs/o36.pdf"]
    assert not changed["unchanged"] and "2565" in changed["text"] and found[("bansample", "O36")]["status"] == "partial"
    assert tonight[f"http://{HOST}/docs/o21.pdf"]["status"] == 404 and found[("bansample", "O21")]["status"] == "broken"
    assert tonight[f"http://{HOST}/docs/o27.pdf"]["status"] == 500 and found[("bansample", "O27")]["status"] == "broken"
    assert tonight[f"http://{HOST}/docs/o12.pdf"]["unchanged"] == 1


@pytest.mark.skipif(bool(missing()), reason=f"needs Tesseract's Thai model: {missing()}")
def test_a_scan_served_without_validators_is_not_read_by_ocr_twice(sites_copy, tmp_path):
    site = sites_copy / "www.phonsawan.go.th"
    manifest = yaml.safe_load((site / "manifest.yaml").read_text(encoding="utf-8")) or {}
    (site / "manifest.yaml").write_text(yaml.safe_dump({**manifest, "validators": False}), encoding="utf-8")
    nights = two_nights(sites_copy, tmp_path / "oit.db", ["phonsawan"])
    url = "https://www.phonsawan.go.th/docs/o36.pdf"
    first, second = nights.pages[0][url], nights.pages[1][url]
    assert nights.not_modified == 0 and not second["unchanged"]  # no validators: the whole file again ...
    assert first["ocr_pages"] == second["ocr_pages"] == 1 and second["text"] == first["text"]
    assert first["extract_ms"] > 50 and second["extract_ms"] <= 5  # ... but no OCR: the same bytes, the same text


def test_the_farm_answers_conditional_requests(tmp_path):
    import urllib.request

    with Farm() as farm:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": farm.proxy_url}))
        first = opener.open(f"http://{HOST}/docs/o12.pdf")
        etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
        assert first.status == 200 and etag and modified
        for header, value in (("If-None-Match", etag), ("If-Modified-Since", modified)):
            with pytest.raises(urllib.error.HTTPError) as answer:
                opener.open(urllib.request.Request(f"http://{HOST}/docs/o12.pdf", headers={header: value}))
            assert answer.value.code == 304
        stale = opener.open(urllib.request.Request(f"http://{HOST}/docs/o12.pdf", headers={"If-None-Match": '"old"'}))
        assert stale.status == 200 and stale.read()[:4] == b"%PDF"


def test_a_night_of_304s_lets_autothrottle_speed_up_again():
    """Scrapy lets only a 200 lower the delay; a 304 is as normal an answer (else one slow page would set the
    pace of a whole night of unchanged documents)."""
    from scrapy.core.downloader import Slot
    from scrapy.http import Response
    from scrapy.utils.test import get_crawler

    from crawler.cache import AutoThrottle

    throttle = AutoThrottle(get_crawler(settings_dict={"AUTOTHROTTLE_ENABLED": True, "AUTOTHROTTLE_TARGET_CONCURRENCY": 2}))
    throttle.mindelay, throttle.maxdelay = 0.01, 10.0  # as when the spider opens
    slot = Slot(concurrency=2, delay=1.0, jitter=0)
    throttle._adjust_delay(slot, 0.01, Response("http://x.go.th/a.pdf", status=304))
    assert slot.delay < 1.0
    slow = Slot(concurrency=2, delay=1.0, jitter=0)
    throttle._adjust_delay(slow, 0.01, Response("http://x.go.th/a.pdf", status=500))
    assert slow.delay == 1.0  # errors still never speed it up


def test_a_folder_files_answer_serves_while_listed_under_its_name_for_a_week(tmp_path):
    """crawler/cache.py: a shared folder's file keeps its check's answer for the nights its folder lists it under the
    same name, up to FOLDER_FILE_DAYS; a new name, an older answer or a damaged row is asked again."""
    import time

    from crawler.cache import FOLDER_FILE_DAYS, ExtractionCache

    url = "https://drive.google.com/file/d/1abcdefghij/view"
    answer = {"status": 200, "title": "O12 รายงาน.pdf - Google ไดรฟ์", "final_url": url}
    cache = ExtractionCache(tmp_path / "oit.cache.sqlite")
    cache.keep_folder_file(url, "O12 รายงาน.pdf", answer)
    cache.close()
    cache = ExtractionCache(tmp_path / "oit.cache.sqlite")
    assert cache.folder_file(url, "O12 รายงาน.pdf") == answer
    assert cache.folder_file(url, "O12 รายงาน (แก้ไข).pdf") is None
    assert cache.folder_file(url, "O12 รายงาน.pdf", now=time.time() + FOLDER_FILE_DAYS * 86400 + 60) is None
    assert cache.folder_file("https://drive.google.com/file/d/1other00000/view", "O12 รายงาน.pdf") is None
    cache.conn.execute("UPDATE folder_files SET answer = ?", [b"not zlib"])
    assert cache.folder_file(url, "O12 รายงาน.pdf") is None
