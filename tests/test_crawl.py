"""The crawler against the farm over real sockets: what it records, and how politely."""
import json
import os

import pytest

from crawler.middlewares import PrivateAddressGuard, host_is_private
from service.runs import CrawlError, run_crawl
from farm.server import Farm
from rules.rulebook import load_rulebook
from storage import open_db
from storage.agencies import import_agencies, list_agencies
from tests.conftest import FARM_REGISTRY, crawl_farm, crawl_settings


def cmdline(pid: int) -> bytes:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return fh.read()
    except OSError:
        return b""


def children_of(pid: int) -> list[int]:
    """Processes whose parent is ``pid`` (only ours: other crawls may be running on this machine)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8", errors="replace") as fh:
                    if int(fh.read().rsplit(")", 1)[1].split()[1]) == pid:
                        found.append(int(entry))
            except (OSError, ValueError, IndexError):
                pass
    return found


def page(crawled, url):
    rows = list(crawled.db.query("SELECT * FROM pages WHERE run_id = ? AND url = ?", [crawled.run_id, url]))
    assert rows, f"{url} was not recorded"
    return rows[0]


def test_run_is_complete_and_every_agency_is_summarised(crawled):
    run = crawled.db["runs"].get(crawled.run_id)
    assert run["state"] == "complete" and run["pages"] > 300
    states = {r["agency_id"]: r["state"] for r in crawled.db["run_agencies"].rows_where("run_id = ?", [crawled.run_id])}
    assert states["maetha"] == "unreachable"
    assert all(state == "crawled" for agency, state in states.items() if agency != "maetha")


def test_pages_record_status_title_links_and_hash(crawled):
    home = page(crawled, "http://www.bansample.go.th/")
    assert home["status"] == 200 and home["title"] == "องค์การบริหารส่วนตำบลบ้านตัวอย่าง"
    assert len(home["content_hash"]) == 64 and home["depth"] == 0
    index = page(crawled, "http://www.bansample.go.th/ita/2566.html")
    links = json.loads(index["links"])
    assert any(l["context"].startswith("O8 Q&A") for l in links)
    assert index["link_text"].startswith("ITA 2566")


def test_legacy_tis620_page_sent_as_utf8_is_decoded(crawled):
    home = page(crawled, "http://www.wangnam.go.th/")
    assert home["title"] == "องค์การบริหารส่วนตำบลวังน้ำ"
    assert "\ufffd" not in home["text"] and home["encoding"] == "cp874"


def test_document_texts_come_out_readable_thai(crawled):
    pdf = page(crawled, "http://www.bansample.go.th/docs/o12.pdf")
    assert pdf["kind"] == "pdf" and "การใช้จ่ายงบประมาณ" in pdf["text"] and "ดำาเนิน" not in pdf["text"]
    assert "มีนาคม 2566" in pdf["text"]
    docx = page(crawled, "http://www.bansample.go.th/docs/o14.docx")
    assert docx["kind"] == "docx" and "คู่มือ" in docx["text"]
    xlsx = page(crawled, "http://www.bansample.go.th/docs/o16.xlsx")
    assert xlsx["kind"] == "xlsx" and "ตุลาคม 2565" in xlsx["text"]
    scan = page(crawled, "https://www.phonsawan.go.th/docs/o36.pdf")
    assert scan["image_only"] == 1  # no text layer: its text, if any, was read by OCR (tests/test_ocr.py)


def test_errors_are_recorded_by_kind(crawled):
    assert page(crawled, "http://www.huaisai.go.th/docs/o12.pdf")["status"] == 404
    assert page(crawled, "http://www.huaisai.go.th/items/o26.html")["error"] == "http_5xx"
    assert page(crawled, "http://www.nongyang.go.th/webboard/")["error"] == "timeout"
    assert page(crawled, "http://www.maetha.go.th/")["error"] == "connection"
    assert page(crawled, "http://www.khokcharoen.go.th/loop.php")["error"] == "redirect_loop"


def test_expired_self_signed_tls_is_fetched_and_flagged(crawled):
    home = page(crawled, "https://www.phonsawan.go.th/")
    assert home["status"] == 200
    assert "expired certificate" in home["tls_problem"] and "self-signed" in home["tls_problem"]


def test_robots_txt_is_honoured(crawled):
    paths = [path for host, path, _ in crawled.stats.log if host == "www.khokcharoen.go.th"]
    assert "/robots.txt" in paths
    assert not any(p.startswith("/admin") for p in paths)
    assert page(crawled, "http://www.khokcharoen.go.th/admin/")["error"] == "robots"


def test_politeness_limits_hold_at_the_server(crawled):
    for host, most in crawled.stats.max_in_flight.items():
        assert most <= 2, f"{host} saw {most} requests at once"
    agents = {agent for _, _, agent in crawled.stats.log}
    assert agents and all(a.startswith("OITWatch/") and "+http" in a for a in agents)


def test_traps_and_placeholders_do_not_derail_the_crawl(crawled):
    calendar = [p for h, p, _ in crawled.stats.log if h == "www.khokcharoen.go.th" and p.startswith("/calendar.php")]
    assert 1 <= len(calendar) <= 6
    urls = {r["url"] for r in crawled.db.query("SELECT url FROM pages WHERE run_id = ?", [crawled.run_id])}
    assert not any(u.startswith("javascript") or u.endswith("#!") for u in urls)


def test_outbound_links_get_one_request_and_are_never_crawled(crawled):
    facebook = [p for h, p, _ in crawled.stats.log if h == "www.facebook.com"]
    assert facebook and len(facebook) == len(set(facebook)) or all(facebook.count(p) <= 2 for p in facebook)
    rows = list(crawled.db.query("SELECT kind, links FROM pages WHERE run_id = ? AND url LIKE 'https://www.facebook.com/%'",
                                 [crawled.run_id]))
    assert rows and all(r["kind"] == "external" and r["links"] in (None, "[]") for r in rows)


def test_page_budget_per_site_is_bounded(tmp_path):
    with Farm() as farm:
        run_id = crawl_farm(tmp_path / "oit.db", farm, ids=["bansample"], max_pages=10)
    db = open_db(tmp_path / "oit.db")
    own = db.execute("SELECT count(*) FROM pages WHERE run_id = ? AND kind != 'external'", [run_id]).fetchone()[0]
    assert own <= 10


def test_private_addresses_are_refused_unless_allowed(tmp_path):
    assert host_is_private("127.0.0.1") and host_is_private("localhost") and host_is_private("169.254.1.1")
    assert not host_is_private("8.8.8.8")
    db = open_db(tmp_path / "oit.db")
    import_agencies(db, FARM_REGISTRY)
    with Farm() as farm:
        with pytest.raises(CrawlError, match="--allow-private"):
            run_crawl(tmp_path / "oit.db", list_agencies(db, ["bansample"]), load_rulebook(2566),
                      crawl_settings(farm, allow_private=False))
    from scrapy import Request
    from scrapy.exceptions import IgnoreRequest
    with pytest.raises(IgnoreRequest, match="private address refused"):
        PrivateAddressGuard(allow=False).process_request(Request("http://127.0.0.1:8000/admin"))


def test_sitemap_pages_are_crawled(crawled):
    archive = page(crawled, "http://www.khokcharoen.go.th/archive/old-news.html")
    assert archive["status"] == 200 and archive["referer"] == "sitemap.xml"
    assert not list(crawled.db.query("SELECT 1 FROM pages WHERE url LIKE '%sitemap.xml'"))  # not a page of its own


def test_documents_over_the_size_cap_are_recorded_as_too_large(tmp_path):
    with Farm() as farm:
        run_id = crawl_farm(tmp_path / "oit.db", farm, ids=["bansample"], max_doc_bytes=20_000)
    db = open_db(tmp_path / "oit.db")
    big = list(db.query("SELECT error FROM pages WHERE run_id = ? AND url LIKE '%.pdf'", [run_id]))
    assert big and {r["error"] for r in big} == {"too_large"}


def test_a_crawler_killed_mid_run_leaves_an_incomplete_run_with_its_pages(tmp_path):
    import os
    import signal
    import sqlite3
    import subprocess
    import sys
    import time
    from contextlib import closing
    db_path = tmp_path / "oit.db"
    with Farm() as farm, (tmp_path / "out").open("w+") as output, (tmp_path / "err").open("w") as errors:
        # Its output goes to files, not to pipes nobody reads while waiting (a full pipe would stall the crawl).
        parent = subprocess.Popen([sys.executable, "-m", "oit", "--db", str(db_path), "crawl", "--agencies",
                                   str(FARM_REGISTRY), "--proxy", farm.proxy_url, "--allow-private", "--timeout", "2"],
                                  stdout=output, stderr=errors, text=True)
        deadline = time.time() + 180  # the kill comes as soon as 40 pages are stored; a busy machine gets longer
        pages = 0
        while time.time() < deadline and pages < 40:
            time.sleep(0.3)
            if db_path.exists():
                try:  # read-only: opening it with open_db would create the schema the crawl is creating
                    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1)) as reader:
                        pages = reader.execute("SELECT count(*) FROM pages").fetchone()[0]
                except sqlite3.Error:  # the schema may still be being created
                    pages = 0
        children = [pid for pid in children_of(parent.pid) if b"crawler.process" in cmdline(pid)]
        assert children, "the crawler child process was not found"
        for pid in children:
            os.kill(pid, signal.SIGKILL)
        parent.wait(timeout=60)
        output.seek(0)
        out = output.read()
    db = open_db(db_path)
    run = db["runs"].get(1)
    assert run["state"] == "incomplete" and "exited with code" in run["note"]
    assert run["pages"] >= 40
    assert "run 1 incomplete" in out
