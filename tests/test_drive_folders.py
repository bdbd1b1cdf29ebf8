"""A shared Drive folder is opened as a person opens it (crawler/folders.py): its name says what it is meant to hold,
its files what it holds. Before, a folder named "ปี 2569" that held last year's report was judged by its name, and
quarter folders filled with last round's files passed (5 disagreements in the corpus). And an index row whose link
jumps to a section of its own page ("ดูโฟลเดอร์เอกสารด้านล่าง" -> ``#o18``) stands for that section's links."""
from __future__ import annotations

import json

import pytest

from crawler.extract import parse_html
from crawler.folders import folder_entries, folder_id
from crawler.outbound import OutboundChecks
from farm.server import Farm
from rules.engine import evaluate_agency
from rules.families import rulebooks_for_year
from storage import open_db
from tests.conftest import crawl_farm

DRIVE = "https://drive.google.com"


def _ivd(rows: list) -> str:
    """A folder page as Drive's application serves it: the entries only in the script's escaped JSON."""
    blob = json.dumps([rows, None, None, None, [], 1], ensure_ascii=False)
    escaped = blob.replace('"', r"\x22").replace("[", r"\x5b").replace("]", r"\x5d").replace("/", r"\/")
    return (f"<html><head><title>O12 ปี 2569 - Google ไดรฟ์</title></head><body><div id='drive_main_page'></div>"
            f"<script nonce='x'>window['_DRIVE_ivd'] = '{escaped}';if (window['DRIVE_ivdc']) "
            f"{{window['DRIVE_ivdc']();}}</script></body></html>")


def test_a_script_built_folder_lists_its_entries_from_its_data():
    page = _ivd([["1fileaaaaaaaa", ["1folderxxxxx"], "รายงาน ปี 2568.pdf", "application/pdf", 0, 0, 0, 0, 0, 0],
                 ["1subbbbbbbbbb", ["1folderxxxxx"], "ไตรมาส 1", "application/vnd.google-apps.folder"],
                 ["1sheetccccccc", ["1folderxxxxx"], "สขร.", "application/vnd.google-apps.spreadsheet"]])
    entries = folder_entries(f"{DRIVE}/drive/folders/1folderxxxxx?usp=sharing", page)
    assert [(e["url"], e["text"]) for e in entries] == [
        (f"{DRIVE}/file/d/1fileaaaaaaaa/view", "รายงาน ปี 2568.pdf"),
        (f"{DRIVE}/drive/folders/1subbbbbbbbbb", "ไตรมาส 1"),
        ("https://docs.google.com/spreadsheets/d/1sheetccccccc/edit", "สขร.")]


@pytest.mark.parametrize("url, folder", [
    (f"{DRIVE}/drive/folders/1folderxxxxx?usp=sharing", "1folderxxxxx"),
    (f"{DRIVE}/drive/u/0/folders/1folderxxxxx", "1folderxxxxx"),
    (f"{DRIVE}/embeddedfolderview?id=1folderxxxxx#grid", "1folderxxxxx"),
    (f"{DRIVE}/file/d/1folderxxxxx/view", None),
    ("https://www.x.go.th/drive/folders/1folderxxxxx", None)])
def test_a_folder_is_known_by_its_address(url, folder):
    assert folder_id(url) == folder


def test_a_file_page_lists_no_entries():
    """A file's page links Drive's own pages, never another entry: only folders have entries."""
    page = f"<a href='{DRIVE}/file/d/1otherfilexx/view'>x</a><a href='{DRIVE}/drive/folders/1folderyyyyy'>y</a>"
    assert folder_entries(f"{DRIVE}/file/d/1fileaaaaaaaa/view", page) == []


def test_a_link_knows_the_section_of_the_page_it_sits_in():
    page = ("<html><body><table><tr><td>O18 สถิติเรื่องร้องเรียน</td><td><a href='#o18'>ดูด้านล่าง</a></td></tr></table>"
            "<a href='/top.pdf'>คู่มือ</a><h3 id='o18'>O18 สถิติเรื่องร้องเรียน</h3>"
            f"<iframe src='{DRIVE}/embeddedfolderview?id=1folderxxxxx#list'></iframe>"
            "<h3 id='o19'>O19</h3><a href='/o19.pdf'>ผล</a></body></html>")
    sections = {link["href"]: link.get("section") for link in parse_html(page, "http://www.x.go.th/ita").links}
    assert sections == {"#o18": None, "/top.pdf": None, f"{DRIVE}/embeddedfolderview?id=1folderxxxxx#list": "o18",
                        "/o19.pdf": None}


def _page(url: str, kind: str = "html", title: str = "", text: str = "", links: list | None = None, **kw) -> dict:
    return {"url": url, "final_url": url, "status": 200, "kind": kind, "title": title, "text": text,
            "links": links or [], "depth": kw.pop("depth", 1), **kw}


def _link(url: str, text: str, kind: str = "a", href: str = "", **kw) -> dict:
    return {"url": url, "href": href or url, "kind": kind, "text": text, "title": "", "context": "", "zone": "main",
            **kw}


@pytest.mark.parametrize("opened, status", [(True, "pass"), (False, "partial")])
def test_a_row_jumping_to_its_section_is_judged_by_the_folder_there_and_its_files(opened, status):
    """O18 (last year's complaint statistics) in a folder named for this round: judged by the file inside when it
    was opened, by the folder's name (2569 only: partial) when not."""
    index_url, folder = "http://www.x.go.th/ita69", f"{DRIVE}/embeddedfolderview?id=1folderxxxxx"
    file = f"{DRIVE}/file/d/1fileaaaaaaaa/view"
    rows = [_link(f"http://www.x.go.th/o{n}", f"O{n} {t}") for n, t in
            [(5, "แผนพัฒนาท้องถิ่น"), (6, "แผนการดำเนินงาน"), (7, "รายงานผลการดำเนินงาน"), (8, "คู่มือการปฏิบัติงาน")]]
    rows.append(_link(index_url, "ดูโฟลเดอร์ด้านล่าง", href="#o18", context="O18 ข้อมูลสถิติเรื่องร้องเรียนการทุจริต"))
    rows.append(_link(folder, "", kind="iframe", section="o18", context="O18 ข้อมูลสถิติเรื่องร้องเรียนการทุจริต"))
    home = _page("http://www.x.go.th/", title="หน้าแรก", depth=0, links=[_link(index_url, "ITA 2569", zone="nav")])
    index = _page(index_url, title="ITA 2569", text="การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ 2569 " * 3, links=rows)
    listing = _page(folder, kind="external", title="O18 สถิติเรื่องร้องเรียน ปี 2569",
                    text="O18 สถิติเรื่องร้องเรียน ปี 2569\nO18_complaint-stat.pdf",
                    links=[_link(file, "O18_complaint-stat.pdf")])
    shown = _page(file, kind="external", title="O18_complaint-stat.pdf - Google ไดรฟ์",
                  text="ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2568")
    pages = [home, index, listing] + ([shown] if opened else [])
    item = next(f for f in evaluate_agency(rulebooks_for_year(2569).books["ita"], pages) if f.item == "O18")
    assert item.status == status and folder in item.evidence
    assert (file in item.evidence) is opened


def _folder(name: str, entries: list[tuple[str, str]]) -> str:
    rows = "".join(f"<div class='flip-entry' id='entry-{url.rsplit('/', 2)[-2]}'><div class='flip-entry-info'>"
                   f"<a href='{url}?usp=drive_web'><div class='flip-entry-title'>{title}</div></a></div></div>"
                   for url, title in entries)
    return (f"<html><head><title>{name}</title></head><body><div class='folder-title'>{name}</div>"
            f"<div class='flip-entries'>{rows}</div></body></html>")


def _drive_site(sites_copy) -> tuple[list, list]:
    """bansample's news page frames a folder of 20 files and links a script-built folder of four quarter folders
    (four files each): the files and the quarter folders."""
    drive = sites_copy / "drive.google.com"
    files = [(f"{DRIVE}/file/d/1bigfile{n:05d}/view", f"เอกสาร {n}.pdf") for n in range(36)]
    subfolders = [(f"{DRIVE}/drive/folders/1quarter{q:05d}", f"ไตรมาส {q}") for q in range(1, 5)]
    for url, title in files:
        page = drive / "file" / "d" / url.rsplit("/", 2)[-2] / "view" / "index.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(f"<html><head><title>{title} - Google ไดรฟ์</title></head><body>{title}</body></html>",
                        encoding="utf-8")
    for n, (url, title) in enumerate(subfolders):  # four files each, none of the big folder's
        page = drive / "drive" / "folders" / url.rsplit("/", 1)[-1] / "index.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(_folder(title, files[20 + 4 * n: 24 + 4 * n]), encoding="utf-8")
    (drive / "embeddedfolderview@id=1bigfolder00000").write_text(_folder("เอกสารทั้งหมด", files[:20]),
                                                                  encoding="utf-8")
    quarters = drive / "drive" / "folders" / "1quarters000000" / "index.html"
    quarters.parent.mkdir(parents=True, exist_ok=True)
    quarters.write_text(_ivd([[url.rsplit("/", 1)[-1], ["1quarters000000"], title,
                               "application/vnd.google-apps.folder"] for url, title in subfolders]), encoding="utf-8")
    news = sites_copy / "www.bansample.go.th" / "news.html"
    news.write_text(news.read_text(encoding="utf-8").replace(
        "</body>", f"<iframe src='{DRIVE}/embeddedfolderview?id=1bigfolder00000#list'></iframe>"
                   f"<a href='{DRIVE}/drive/folders/1quarters000000?usp=sharing'>รายงานรายไตรมาส</a></body>"),
        encoding="utf-8")
    return files, subfolders


@pytest.mark.slow
def test_folders_are_opened_within_bounds_and_a_script_built_one_is_read(sites_copy, tmp_path):
    """A folder of twenty files opens its first six; a quarter folder its first two; a folder served as Drive's
    script application lists its entries from its data; nothing of them is left unchecked for the verdict."""
    files, subfolders = _drive_site(sites_copy)
    db_path = tmp_path / "oit.db"
    with Farm(sites_copy, hang_seconds=4) as farm:
        run_id = crawl_farm(db_path, farm, ids=["bansample"])
    db = open_db(db_path)
    checked = {r["url"]: r for r in db["pages"].rows_where("run_id = ? and url like ?", [run_id, f"{DRIVE}/%"])}
    assert [url for url, _ in files[:20] if url in checked] == [url for url, _ in files[:6]]  # the first six
    assert all(url in checked for url, _ in subfolders)           # the script-built folder's entries, from its data
    for n, (url, _) in enumerate(subfolders):                     # each quarter's folder: its first two files
        assert [f for f, _ in files[20 + 4 * n: 24 + 4 * n] if f in checked] == \
            [f for f, _ in files[20 + 4 * n: 22 + 4 * n]]
        assert checked[url]["referer"].startswith(f"{DRIVE}/drive/folders/1quarters000000")
        assert len(json.loads(checked[url]["links"] or "[]")) == 4


@pytest.mark.slow
def test_folder_opens_zero_judges_folders_by_their_listing(sites_copy, tmp_path):
    files, subfolders = _drive_site(sites_copy)
    db_path = tmp_path / "oit.db"
    with Farm(sites_copy, hang_seconds=4) as farm:
        run_id = crawl_farm(db_path, farm, ids=["bansample"], folder_opens=0)
    checked = {r["url"] for r in open_db(db_path)["pages"].rows_where("run_id = ? and url like ?", [run_id, f"{DRIVE}/%"])}
    assert f"{DRIVE}/drive/folders/1quarters000000" in {u.split("?")[0] for u in checked}
    assert not checked & {url for url, _ in files + subfolders}


def test_a_folders_entries_go_ahead_of_their_hosts_queue():
    """One agency's folder is finished before the next folder is begun: its entries are asked before the links
    already waiting for the host (a hospital's 22 item folders would otherwise spend its opens on subfolders)."""
    checks = OutboundChecks(per_host=1)
    assert checks.want(f"{DRIVE}/drive/folders/1item01", "a") == "start"
    for n in (2, 3):
        assert checks.want(f"{DRIVE}/drive/folders/1item0{n}", "a") == "queue"
    checks.want(f"{DRIVE}/drive/folders/1quarter1", "a", first=True)
    _, following = checks.answered(f"{DRIVE}/drive/folders/1item01", ("url", {}))
    assert following == [f"{DRIVE}/drive/folders/1quarter1"]


@pytest.mark.slow
def test_a_file_its_folder_still_lists_is_not_asked_again_the_next_night(sites_copy, tmp_path):
    """drive.google.com serves every agency at one rate: a file tonight's listing still shows under the same name
    gets last night's answer (crawler/cache.py), with the same record; a renamed one is asked again, and so is one
    whose check failed (a failure is always tonight's)."""
    files, subfolders = _drive_site(sites_copy)
    drive = sites_copy / "drive.google.com"
    gone = drive / "file" / "d" / "1bigfile00001" / "view" / "index.html"
    gone.unlink()  # night one: the second file of the big folder answers 404
    db_path = tmp_path / "oit.db"
    asked = []
    for night in range(3):
        with Farm(sites_copy, hang_seconds=4) as farm:
            run_id = crawl_farm(db_path, farm, ids=["bansample"])
            asked.append({path.split("?")[0] for host, path, _ in farm.stats.log
                          if host == "drive.google.com" and path.startswith("/file/")})
        db = open_db(db_path)
        records = {r["url"]: r for r in db["pages"].rows_where("run_id = ? and url like ?", [run_id, f"{DRIVE}/file/%"])}
        if night == 0:
            first = records
            gone.write_text("<html><head><title>เอกสาร 1.pdf - Google ไดรฟ์</title></head><body>เอกสาร 1.pdf</body></html>",
                            encoding="utf-8")
            quarter = drive / "drive" / "folders" / "1quarter00001" / "index.html"
            quarter.write_text(quarter.read_text(encoding="utf-8").replace(files[20][1], "เอกสาร 20 (แก้ไข).pdf"),
                               encoding="utf-8")
        elif night == 1:
            second = records
    opened = {url.removeprefix(DRIVE) for url in first}
    assert len(asked[0]) == len(opened) >= 10
    assert asked[1] == {files[1][0].removeprefix(DRIVE), files[20][0].removeprefix(DRIVE)}  # the failed, the renamed
    assert asked[2] == set()
    assert set(second) == set(first)
    for url, record in second.items():
        if url not in (files[1][0], files[20][0]):
            assert (record["status"], record["title"], record["text"]) == \
                (first[url]["status"], first[url]["title"], first[url]["text"])
    assert first[files[1][0]]["status"] == 404 and second[files[1][0]]["status"] == 200
