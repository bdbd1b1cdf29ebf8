"""Never report missing what was never read (issue 19): pages and documents the crawl could not read make the
items that could sit there ``unchecked`` with the reason, never ``missing``/``broken``."""
from __future__ import annotations

import json

from service.runs import run_crawl
from farm.server import Farm
from rules.coverage import coverage_record, unread_reason
from rules.engine import evaluate_agency
from rules.rulebook import load_rulebook
from rules.vocabulary import ALARMS, FAILURE_KINDS, REASONS, UNREAD, failure_kind, render
from storage import open_db
from storage.agencies import import_agencies, list_agencies
from tests.conftest import crawl_settings
from tests.test_judging import FOOTER, link, page

SHELL = """<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{title}</title>
<link rel="stylesheet" href="/static/css/main.css"><script defer src="/static/js/main.js"></script></head>
<body><noscript>กรุณาเปิดใช้งาน JavaScript เพื่อใช้งานเว็บไซต์นี้</noscript><div id="root"></div></body></html>"""
APP = """window.__DATA__ = {menu: [{href: "/ita", label: "ITA 2566"}, {href: "/about", label: "เกี่ยวกับเรา"}],
  ita: [{code: "O1", title: "โครงสร้าง", file: "/files/o1.pdf"}, {code: "O2", title: "ข้อมูลผู้บริหาร"}]};"""


def test_a_site_of_script_shells_is_never_missing_or_broken(tmp_path):
    """Every page is built by JavaScript and nothing renders it: zero missing/broken, whatever else."""
    site = tmp_path / "sites" / "www.scriptshell.go.th"
    for path, title in {"index.html": "เทศบาลตำบลสคริปต์", "ita/index.html": "ITA 2566",
                        "about/index.html": "เกี่ยวกับเรา"}.items():
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_text(SHELL.format(title=title), encoding="utf-8")
    (site / "static/js").mkdir(parents=True)
    (site / "static/js/main.js").write_text(APP, encoding="utf-8")
    (site / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url><loc>http://www.scriptshell.go.th/ita/</loc>'
                                      '</url><url><loc>http://www.scriptshell.go.th/about/</loc></url></urlset>')
    registry = tmp_path / "agencies.csv"
    registry.write_text("id,name_th,name_en,type,province,url,contact_email\nscriptshell,เทศบาลตำบลสคริปต์,Script SM,"
                        "ทต.,ขอนแก่น,http://www.scriptshell.go.th/,saraban@scriptshell.go.th\n", encoding="utf-8")
    db_path = tmp_path / "oit.db"
    db = open_db(db_path)
    import_agencies(db, registry)
    with Farm(tmp_path / "sites") as farm:
        run_id = run_crawl(db_path, list_agencies(db), load_rulebook(2566), crawl_settings(farm))
    found = list(db["findings"].rows_where("run_id = ?", [run_id]))
    assert len(found) == len(load_rulebook(2566).items)
    assert not [f["item"] for f in found if f["status"] in ALARMS]
    assert {f["status"] for f in found} == {"unchecked"}
    assert all(f["reason_code"].startswith("coverage.") and f["reason_th"].startswith("ต้องตรวจด้วยตนเอง")
               for f in found)
    coverage = json.loads(db["run_agencies"].get((run_id, "scriptshell"))["coverage"])
    assert coverage["pages_fetched"] >= 1 and sum(coverage["unread"].values()) >= 1
    assert coverage["unchecked_by_reason"] and sum(coverage["unchecked_by_reason"].values()) == len(found)


# -- the rule on page records ---------------------------------------------------------------------------------
HOME = "http://x.go.th/"


def judged(pages: list[dict], **kw) -> dict:
    return {f.item: f for f in evaluate_agency(load_rulebook(2566), pages, **kw)}


def home(*links: dict, text: str = "องค์การบริหารส่วนตำบลตัวอย่าง ยินดีต้อนรับสู่เว็บไซต์") -> dict:
    return page(HOME, text, list(links), depth=0, furniture=FOOTER)


def test_a_shell_home_page_leaves_every_item_not_found_unchecked():
    shell = page(HOME, "", [], depth=0)
    got = judged([shell])
    assert {f.status for f in got.values()} == {"unchecked"}
    assert got["O10"].reason_code == "coverage.empty_page"
    marked = dict(shell, unread="script_shell")
    assert judged([marked])["O10"].reason_th == "ต้องตรวจด้วยตนเอง: " + UNREAD["script_shell"][0]


def test_an_unread_page_holds_what_its_link_names_and_a_hub_anything_but_not_the_rest():
    pages = [home(link("http://x.go.th/ita", "ITA"), link("http://x.go.th/sport", "ข่าวกีฬาประจำตำบล"),
                  link("http://x.go.th/basic", "ข้อมูลพื้นฐาน", zone="nav"),
                  link("http://x.go.th/admin/", "ผู้ดูแลระบบ", zone="nav"),
                  link("http://x.go.th/pdpa", "นโยบายคุ้มครองข้อมูลส่วนบุคคล"))]
    shell = dict(page("http://x.go.th/pdpa", ""), unread="script_shell")
    sport = dict(page("http://x.go.th/sport", ""), unread="script_shell")
    robots = page("http://x.go.th/admin/", "", status=None, kind="error", error="robots")
    read = [page("http://x.go.th/ita", "หน้ารวมข้อมูลการประเมินคุณธรรมและความโปร่งใส ITA ปีงบประมาณ 2566 ของตำบล"),
            page("http://x.go.th/basic", "ข้อมูลพื้นฐาน ประวัติความเป็นมาของตำบล สภาพภูมิศาสตร์ และประชากร")]
    got = judged(pages + [shell, sport, robots] + read)
    assert got["O10"].status == "unchecked" and got["O10"].reason_code == "coverage.script_shell"
    assert got["O11"].status == "missing"  # a sports news page and the admin login hold no OIT item
    left = judged(pages + [shell, sport, robots])["O11"]  # the crawl's bounds left ITA and a menu page unopened
    assert left.status == "unchecked" and left.reason_code == "coverage.not_visited"
    hub = dict(page("http://x.go.th/basic", ""), unread="script_shell")
    assert judged(pages + [sport, robots, hub])["O11"].status == "unchecked"  # a menu section could
    ita = dict(page("http://x.go.th/ita", "ITA"), unread="outside_not_read")
    assert judged(pages + [sport, robots, ita])["O11"].reason_code == "coverage.outside_not_read"


def test_unread_evidence_of_an_item_is_unchecked_not_partial_or_broken():
    item_page = page("http://x.go.th/plan.html", "แผนพัฒนาท้องถิ่น ดาวน์โหลดเอกสาร",
                     [link("http://x.go.th/plan.pdf", "แผนพัฒนาท้องถิ่น พ.ศ. 2566-2570")])
    base = [home(link("http://x.go.th/plan.html", "แผนพัฒนาท้องถิ่น")), item_page]
    garbled = page("http://x.go.th/plan.pdf", "á¼¹¾Ñ²¹Ò·éÍ§¶Ôè¹", kind="pdf", unread="unreadable_text")
    got = judged(base + [garbled])["O4"]
    assert got.status == "unchecked" and got.reason_code == "coverage.unreadable_text"
    assert "ฟอนต์ไม่ใช่ Unicode" in got.reason_th and "http://x.go.th/plan.pdf" in got.evidence
    robots = page("http://x.go.th/plan.pdf", "", kind="error", status=None, error="robots")
    assert judged(base + [robots])["O4"].status == "unchecked"
    gone = page("http://x.go.th/plan.pdf", "", kind="error", status=404, error="http_4xx")
    assert judged(base + [gone])["O4"].status == "broken"  # a dead link is positive evidence


def test_an_empty_answer_is_no_evidence_of_absence_but_a_page_saying_not_yet_is():
    base = home(link("http://x.go.th/pdpa", "นโยบายคุ้มครองข้อมูลส่วนบุคคล"))
    empty = page("http://x.go.th/pdpa", "")
    assert judged([base, empty])["O10"].status == "unchecked"
    odd = dict(empty, unread="some_cause_nobody_named")  # whatever the crawler cannot read, it cannot judge
    assert judged([base, odd])["O10"].reason_code == "coverage.other"
    said = page("http://x.go.th/pdpa", "ยังไม่มีข้อมูล")
    assert judged([base, said])["O10"].status == "missing"


def test_the_coverage_record_counts_what_was_read_and_why_the_rest_was_not():
    pages = [home(link("http://x.go.th/a", "ก")), dict(page("http://x.go.th/a", ""), unread="script_shell"),
             page("http://x.go.th/b.pdf", "", kind="pdf", image_only=1),
             page("http://x.go.th/c", "", kind="error", status=None, error="robots"),
             page("https://fb.com/x", "", kind="external", status=200)]
    record = coverage_record(pages, unvisited=7, timed_out=True, moved_to="www.new.go.th")
    assert record["pages_read"] == 1 and record["pages_fetched"] == 4
    assert record["unread"] == {"script_shell": 1, "images_only": 1, "robots": 1}
    assert record["unvisited"] == 7 and record["timed_out"] and record["moved_to"] == "www.new.go.th"
    assert unread_reason(pages[-1]) is None  # an outside link's reachability check is no page of the agency's


def test_reasons_are_codes_rendered_from_one_catalogue_and_never_raw_errors():
    raw = "[<twisted.python.failure.Failure twisted.internet.error.ConnectionDone: Connection was closed cleanly.>]"
    down = evaluate_agency(load_rulebook(2566), [], "unreachable", raw)
    assert {f.reason_code for f in down} == {"site_unreachable"} and down[0].reason_params == {"cause": "closed"}
    assert "twisted" not in down[0].reason_th + down[0].reason_en and "Failure" not in down[0].reason_en
    assert failure_kind("SomethingNewError: boom") == "other" and failure_kind(None, 503) == "http_503"
    for code in REASONS:
        th, en = render(code, {"cause": "timeout", "n": 3, "quote": "q", "lacking_th": "x", "lacking_en": "x",
                               "what_th": "w", "what_en": "w", "family": "ITA", "year": 2569, "available": "2568"})
        assert th and en and "{" not in th + en
    assert set(FAILURE_KINDS) >= {"dns", "timeout", "tls", "connection", "robots", "too_large", "http_4xx", "http_5xx"}


# -- judgment faults of issue 19: evidence belongs to the item it is credited to -----------------------------
def index_page(url: str, year_docs: str, title: str = "", top: str = "") -> dict:
    rows = [link(f"http://x.go.th/{year_docs}/o{n}.pdf", "ดาวน์โหลด", context=f"O{n} หัวข้อที่ {n} ดาวน์โหลด")
            for n in range(1, 11)]
    return page(url, f"{top} การเปิดเผยข้อมูลสาธารณะ " + " ".join(r["context"] for r in rows), rows, title=title)


def index_source(pages: list[dict], year: int = 2569) -> str:
    signals = {f.item: f.signals for f in evaluate_agency(load_rulebook(year), pages)}["O1"]
    return next(s for s in signals if s.startswith("index page")).split()[2].rstrip(":")


def test_the_index_of_the_rulebooks_year_wins_however_its_year_is_written():
    stale = index_page("http://x.go.th/ita.php?id=1", "2568", title="ITA 2568")
    for current, label in [(index_page("http://x.go.th/ita69.html", "2569"), "ITA"),
                           (index_page("http://x.go.th/ita.php?id=2", "2569"), "ITA ปี ๖๙"),
                           (index_page("http://x.go.th/ita.php?id=2", "2569", title="OIT ๒๕๖๙"), "OIT"),
                           (index_page("http://x.go.th/ita.php?id=2", "2569", top="ปีงบประมาณ 69"), "ITA")]:
        start = home(link(stale["url"], "ITA 2568"), link(current["url"], label))
        assert index_source([start, stale, current]) == current["url"], (current["url"], label)
    undated = index_page("http://x.go.th/oit.html", "now")
    assert index_source([home(link(stale["url"], "ITA"), link(undated["url"], "OIT")), stale, undated]) == undated["url"]


def test_a_row_without_a_link_never_borrows_the_next_rows():
    from rules.index import index_rows, link_code
    two_rows = "O18 การขับเคลื่อนจริยธรรม อยู่ระหว่างดำเนินการ O19 การประเมินจริยธรรม ดาวน์โหลด"
    assert link_code(link("http://x.go.th/f/doc-7731.pdf", "ดาวน์โหลด", context=two_rows)) == 19
    heading_above = link("http://x.go.th/files/moit_7.pdf", "", context="MOIT6 นโยบายการบริหารทรัพยากรบุคคล")
    assert link_code(heading_above, "MOIT") == 7  # its file says MOIT7: the row's words were a neighbour's
    rows = index_rows([link(f"http://x.go.th/o{n}.pdf", "ดาวน์โหลด", context=f"O{n} หัวข้อ ดาวน์โหลด")
                       for n in range(1, 18)] + [link("http://x.go.th/o19.pdf", "ดาวน์โหลด", context=two_rows)])
    assert 18 not in rows and [l["url"] for l in rows[19]] == ["http://x.go.th/o19.pdf"]


def test_every_link_of_a_row_is_evidence_for_its_item():
    row = "ข่าวประชาสัมพันธ์ ประจำปี 2566 ไฟล์ PDF Facebook"
    item_links = [link("http://x.go.th/news.pdf", "ไฟล์ PDF", context=row),
                  link("https://www.facebook.com/x.go.th/posts/1", "Facebook", context=row)]
    pdf = page("http://x.go.th/news.pdf", "", kind="error", status=404, error="http_4xx")
    post = page("https://www.facebook.com/x.go.th/posts/1", "", kind="external", title="ข่าวประชาสัมพันธ์ อบต.ตัวอย่าง")
    got = judged([home(*item_links), pdf, post])["O7"]
    assert got.status != "broken" and "https://www.facebook.com/x.go.th/posts/1" in got.evidence


def test_the_report_says_what_the_crawl_could_not_read(tmp_path):
    from reports.agency import agency_report, render_md
    from service.judge import evaluate_run
    from storage.runs import agency_coverage, finish_run, start_run

    db = open_db(tmp_path / "oit.db")
    db["agencies"].insert({"id": "x", "name_th": "อบต.ตัวอย่าง", "url": HOME})
    run_id = start_run(db, 2566, "test", 1)
    pages = [home(link("http://x.go.th/pdpa", "นโยบายคุ้มครองข้อมูลส่วนบุคคล")),
             dict(page("http://x.go.th/pdpa", ""), unread="script_shell")]
    db["pages"].insert_all([dict(p, run_id=run_id, agency_id="x", links=json.dumps(p["links"])) for p in pages],
                           alter=True)
    db["run_agencies"].insert({"run_id": run_id, "agency_id": "x", "state": "crawled", "moved_to": "www.x2.go.th"},
                              alter=True)
    evaluate_run(db, run_id, 2566)
    finish_run(db, run_id, "complete")
    record = agency_coverage(db, run_id, "x")
    assert record["unread"] == {"script_shell": 1} and record["moved_to"] == "www.x2.go.th"
    text = render_md(agency_report(db, "x", run_id))
    assert "ไม่ได้อ่าน: " + UNREAD["script_shell"][0] + " 1" in text and "www.x2.go.th" in text
    assert "ต้องตรวจด้วยตนเอง: " + UNREAD["script_shell"][0] in text and "ต้องตรวจด้วยตนเอง: ต้องตรวจ" not in text


def test_an_item_read_on_an_outside_publishing_host_says_so():
    gsite = page("https://sites.google.com/view/x-oit/o10", "นโยบายคุ้มครองข้อมูลส่วนบุคคล ประจำปี พ.ศ. 2566 " + "ข้อความนโยบาย " * 20,
                 outside=1)
    got = judged([home(link(gsite["url"], "นโยบายคุ้มครองข้อมูลส่วนบุคคล")), gsite])["O10"]
    assert got.status == "pass" and got.reason_params.get("outside")
    assert got.reason_th.endswith("(เผยแพร่นอกเว็บไซต์ของหน่วยงาน)")


def test_a_failed_check_of_a_link_leaving_the_site_is_not_the_agencys_page():
    drive = "https://drive.google.com/file/d/abc/view"
    pages = [home(link(drive, "นโยบายคุ้มครองข้อมูลส่วนบุคคล")),
             page(drive, "", kind="error", status=None, error="timeout")]  # how the spider records a failed check
    got = judged(pages)["O10"]
    assert got.status == "unchecked" and got.reason_code == "outside_refused"
    assert coverage_record(pages)["unread"] == {}  # nor is it a page of the agency left unread
    dead = page(drive, "", kind="error", status=404, error="http_4xx")
    assert judged([pages[0], dead])["O10"].status == "broken"  # "not found" is gone for everyone
