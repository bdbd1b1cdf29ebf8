"""Classes found on the held-out sites of farm/builders/heldout_unforeseen.py (issue 19, round 6), each shown on
the farm site where it was found, crawled through the farm and judged as the accuracy benchmark judges it:

* a link whose ``href`` is ``#`` or ``javascript:;`` and whose ``onclick`` opens the document (``window.open``,
  Dreamweaver's ``MM_openBrWindow``) leads where the click leads, here a download counter answering 302 to the file;
* an ordinary page whose OIT table is empty until a script fills it from a data source (``$.getJSON``, DataTables'
  ``ajax:``) is script-built in part: rendered, or, without a browser, unread, so that its items are unchecked and
  never missing."""
from __future__ import annotations

import json
import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from benchmarks.accuracy import load_sites
from crawler.extract import parse_html
from crawler.shell import shell_reason
from farm.server import Farm
from rules.families import rulebooks_for_year
from service.runs import run_crawl
from storage import open_db
from tests.conftest import crawl_settings

ONCLICK, FILLED = "www.bangkaew-sao.go.th", "www.phraek-sao.go.th"
CHROMIUM = Path("/usr/bin/chromium")
needs_browser = pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK), reason="Debian's chromium is not installed")
MENU = "".join(f'<li><a href="/p{i}.html">หน้า {i}</a></li>' for i in range(8))
PAGE = ('<html><body><ul>' + MENU + '</ul><p>' + 'การเปิดเผยข้อมูลสาธารณะ ประจำปีงบประมาณ ' * 10 + '</p>'
        '<table id="t"><thead><tr><th>ข้อ</th><th>เอกสาร</th></tr></thead><tbody></tbody></table>{script}</body></html>')


def crawl(tmp_path: Path, hosts: list[str], **overrides) -> SimpleNamespace:
    sites = load_sites(hosts=hosts)
    db_path = tmp_path / "oit.db"
    db = open_db(db_path)
    db["agencies"].upsert_all([dict(s.registry) for s in sites], pk="id", alter=True)
    overrides.setdefault("render_seconds", 60)  # a busy test machine: a render is never cut short here
    with Farm(hang_seconds=10) as farm:
        run_id = run_crawl(db_path, [db["agencies"].get(s.agency) for s in sites], rulebooks_for_year(2569),
                           crawl_settings(farm, timeout=10, delay=0, **overrides))
    db = open_db(db_path)
    assert db["runs"].get(run_id)["state"] == "complete"
    findings = {(r["agency_id"], r["item"]): dict(r, evidence=json.loads(r["evidence"]))
                for r in db["findings"].rows_where("run_id = ?", [run_id])}
    pages = {r["url"]: r for r in db.query("SELECT * FROM pages WHERE run_id = ?", [run_id])}
    return SimpleNamespace(findings=findings, pages=pages)


# -- onclick links -------------------------------------------------------------------------------------------
def test_an_onclick_that_opens_a_document_is_the_links_target():
    page = ('<a href="#" onclick="window.open(\'download.php?id=105\',\'_blank\');return false;">O5 แผน</a>'
            '<a href="javascript:;" onclick="MM_openBrWindow(\'files/o6.pdf\',\'\',\'width=800\')">O6</a>'
            '<a href="#" onclick="location.href=\'/ita/o7.html\'">O7</a>'
            '<a href="#" onclick="toggle(\'menu-3\')">เมนู</a><a href="javascript:void(0)">O8</a>'
            '<a href="mailto:x@y.go.th" onclick="track(\'mail.php\')">อีเมล</a>')
    urls = [link["url"] for link in parse_html(page, "http://www.x.go.th/ita/index.php").links]
    assert urls == ["http://www.x.go.th/ita/download.php?id=105", "http://www.x.go.th/ita/files/o6.pdf",
                    "http://www.x.go.th/ita/o7.html", "", "", ""]  # a toggle, a bare void, a mail link lead nowhere


def test_a_row_or_button_that_a_click_opens_is_a_link():
    page = ('<table><tr onclick="window.location=\'ita_detail.php?id=5\'"><td>O5</td><td>แผนพัฒนาท้องถิ่น</td></tr>'
            '<tr><td>O6</td><td><input type="button" value="ดาวน์โหลด" onclick="window.open(\'files/o6.pdf\')"></td></tr>'
            '<tr onclick="highlight(this)"><td>O7</td></tr></table><a onclick="window.open(\'o8.pdf\')">O8 คู่มือ</a>')
    links = {link["url"]: link["text"] for link in parse_html(page, "http://www.x.go.th/ita/").links}
    assert links == {"http://www.x.go.th/ita/ita_detail.php?id=5": "O5 แผนพัฒนาท้องถิ่น",
                     "http://www.x.go.th/ita/files/o6.pdf": "ดาวน์โหลด", "http://www.x.go.th/ita/o8.pdf": "O8 คู่มือ"}


@pytest.mark.slow
def test_documents_opened_by_onclick_through_a_download_counter_are_read(tmp_path):
    judged = crawl(tmp_path, [ONCLICK])
    find = lambda item: judged.findings[("bangkaew", item)]  # noqa: E731
    assert find("O5")["status"] == "pass"  # window.open('download.php?id=…') → 302 → the plan's PDF
    assert find("O6")["status"] == "pass"  # MM_openBrWindow(…) behind href="javascript:;"
    assert any("download.php?id=" in url or "/fileupload/ita2569/" in url for url in find("O5")["evidence"])
    assert find("O7")["status"] == "partial"  # the 2567 annual report, read through the counter
    assert find("O14")["status"] == "broken"  # the counter sends to a file that is gone
    assert find("O21")["status"] == "missing" and find("O24")["status"] == "missing"


# -- tables a script fills ---------------------------------------------------------------------------------
@pytest.mark.parametrize("script, why", [
    ("<script>$.getJSON('api/ita.php?year=2569', function (r) { $('#t tbody').append(r.rows); });</script>", "fills_table"),
    ("<script>$('#t').DataTable({ajax: {url: 'api/ita.php', dataSrc: 'data'}});</script>", "fills_table"),
    ("<script>fetch('/api/ita?year=2569').then(r => r.json()).then(fill);</script>", "fills_table"),
    ("<script>$('#t').DataTable({pageLength: 25});</script>", ""),  # rows in the HTML: DataTables only pages them
])
def test_an_ordinary_page_whose_empty_table_a_script_fetches_is_a_shell_in_part(script, why):
    html = PAGE.format(script=script)
    assert shell_reason(html.encode(), parse_html(html, "http://www.x.go.th/ita.php")) == why


def test_an_ordinary_page_with_a_filled_table_is_no_shell():
    html = PAGE.format(script="<script>$.getJSON('/visits.php', show);</script>").replace(
        "<tbody></tbody>", "<tbody><tr><td>O1</td><td><a href='/o1.pdf'>โครงสร้าง</a></td></tr></tbody>")
    assert shell_reason(html.encode(), parse_html(html, "http://www.x.go.th/ita.php")) == ""


@pytest.mark.slow
@needs_browser
def test_a_table_filled_from_json_is_rendered_and_its_rows_judged(tmp_path):
    judged = crawl(tmp_path, [FILLED])
    ita = judged.pages[f"http://{FILLED}/index.php?op=ita&year=2569"]
    assert ita["rendered"] == 1
    find = lambda item: judged.findings[("phraek", item)]  # noqa: E731
    assert find("O5")["status"] == "pass" and find("O13")["status"] == "partial"
    assert find("O19")["status"] == "broken"  # a row of the JSON whose PDF answers 404
    assert find("O23")["status"] == "missing" and find("O25")["status"] == "missing"


@pytest.mark.slow
def test_without_a_browser_a_script_filled_tables_items_are_never_missing(tmp_path):
    judged = crawl(tmp_path, [FILLED], render=False)
    assert judged.pages[f"http://{FILLED}/index.php?op=ita&year=2569"]["unread"] == "script_shell"
    table_only = [f"O{n}" for n in (5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 18, 19, 20, 21, 22, 23, 24, 25, 26)]
    said = {item: judged.findings[("phraek", item)]["status"] for item in table_only}
    assert not {item for item, status in said.items() if status in {"missing", "broken"}}, said
    assert said["O5"] == "unchecked"
