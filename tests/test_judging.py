"""How the crawler and the engine read the way agencies publish: each test is one class of site that the
first engine misjudged (issue 10), pinned down so that it cannot come back."""
from __future__ import annotations

from crawler.extract import parse_html
from crawler.frontier import Frontier, canonical, crowd_penalties, link_class
from rules.engine import evaluate_agency
from rules.rulebook import load_rulebook
from rules.thai import Term, Text, is_generic_label


def links_of(html: str) -> dict[str, dict]:
    return {link["url"].rsplit("/", 1)[-1]: link for link in parse_html(html, "http://www.x.go.th/").links
            if link["url"]}


# -- which pages the page budget goes to --------------------------------------------------------------
def test_cms_query_strings_are_pages_and_traps_are_told_by_their_parameters():
    assert link_class("http://x.go.th/?page_id=12") == "page"
    assert link_class("http://x.go.th/index.php?option=com_content&view=article&id=5") == "page"
    assert link_class("http://x.go.th/index.php?module=ita&year=2566") == "page"
    assert link_class("http://x.go.th/calendar.php?month=11&year=2566") == "calendar"
    assert link_class("http://x.go.th/index.php?option=com_content&view=category&limitstart=10") == "listing"
    assert canonical("http://x.go.th/index.php?PHPSESSID=ab12&id=5") == "http://x.go.th/index.php?id=5"


def test_the_budget_goes_to_the_best_links_and_a_calendar_gets_few_months():
    frontier = Frontier(max_pages=3)
    for month in range(1, 13):
        frontier.offer(f"http://x.go.th/cal.php?m={month}", 1, "", "", score=0)
    frontier.offer("http://x.go.th/news.php?page=2", 1, "", "", score=0)
    frontier.offer("http://x.go.th/?page_id=7", 1, "ITA", "", score=250)
    assert len(frontier) == 5 + 2  # only five months of the endless calendar wait at all
    taken = [frontier.take().url for _ in range(3)]
    assert taken[0].endswith("page_id=7") and taken[1].endswith("page=2")
    assert frontier.take() is None and frontier.spent


def test_links_of_a_long_list_wait_behind_a_lone_banner():
    posts = [f"http://x.go.th/?p={n}" for n in range(200)]
    penalties = crowd_penalties(posts + ["http://x.go.th/?page_id=9"])
    assert penalties["http://x.go.th/?p=5"] == 30 and "http://x.go.th/?page_id=9" not in penalties


# -- what a link stands for ---------------------------------------------------------------------------
def test_a_generic_button_takes_the_words_of_its_card_heading_or_row():
    links = links_of("""<div class="content">
      <div class="card"><div class="card-header"><h5>O1 โครงสร้างหน่วยงาน</h5></div>
        <div class="collapse"><a class="btn" href="/a.pdf">เปิด</a></div></div>
      <ul><li><a href="#!">O.3 อำนาจหน้าที่</a> <a href="/c.pdf"><i class="fa fa-download"></i></a></li></ul>
      <table><tr><td>O21</td><td>สรุปผลการจัดซื้อจัดจ้างรายเดือน</td><td><a href="/m1.pdf">ต.ค.</a>
        <a href="/m2.pdf">พ.ย.</a> <a href="/m3.pdf">ธ.ค.</a> <a href="/m4.pdf">ม.ค.</a> <a href="/m5.pdf">ก.พ.</a>
        <a href="/m6.pdf">มี.ค.</a></td></tr></table>
      <div class="elementor-widget-heading"><h2>O8 Q&amp;A</h2></div>
      <div class="elementor-widget-button"><a href="/webboard/"><span>ดาวน์โหลด</span></a></div>
    </div>""")
    assert links["a.pdf"]["context"].startswith("O1 โครงสร้างหน่วยงาน")
    assert links["c.pdf"]["context"] == "O.3 อำนาจหน้าที่"
    assert links["m6.pdf"]["context"].startswith("O21 สรุปผลการจัดซื้อจัดจ้างรายเดือน")
    assert links[""]["context"] == "O8 Q&A"  # the webboard button, under its own heading, not the one before


def test_a_card_header_is_content_but_a_menu_of_any_name_is_furniture():
    links = links_of("""<div class="sf-menu"><a href="/menu.html">หน้าแรก</a></div>
      <div class="card-header"><a href="/o1.pdf">O1 โครงสร้าง</a></div>""")
    assert links["menu.html"]["zone"] == "nav" and links["o1.pdf"]["zone"] == "main"


def test_an_icon_only_banner_is_named_by_its_picture():
    links = links_of('<main><a href="/ita.html"><img src="/images/banner-ita-2566.png"></a></main>')
    assert "ita" in links["ita.html"]["text"]


def test_a_pdf_viewer_shows_its_document_but_a_download_script_is_the_document():
    urls = {link["url"] for link in parse_html(
        '<main><iframe src="/pdfjs/web/viewer.html?file=/docs/o39.pdf"></iframe>'
        '<a href="/download.php?file=o1.pdf">O1</a></main>', "http://www.x.go.th/").links}
    assert "http://www.x.go.th/docs/o39.pdf" in urls
    assert "http://www.x.go.th/o1.pdf" not in urls


def test_generic_words_are_told_from_titles():
    assert is_generic_label("คลิกที่นี่เพื่อดาวน์โหลด") and is_generic_label("PDF (125 KB)") and is_generic_label("")
    assert not is_generic_label("แผนพัฒนาท้องถิ่น") and not is_generic_label("O8 Q&A")


# -- what the words say -------------------------------------------------------------------------------
def test_words_that_deny_what_they_name_do_not_count():
    assert not Text("แผนที่ (ยังไม่มีแผนที่)").contains(Term("แผนที่"), affirmed=True)
    assert not Text("โทรสาร: -").contains(Term("โทรสาร"), affirmed=True)
    assert Text("โทรสาร 0 4424 1234").contains(Term("โทรสาร"), affirmed=True)


def test_a_plan_covers_every_year_of_its_span():
    assert 2566 in Text("แผนพัฒนาบุคลากร พ.ศ. ๒๕๖๕ - ๒๕๖๗").years()
    assert 2569 in Text("แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)").years()


# -- judging one site ---------------------------------------------------------------------------------
def page(url: str, text: str, links: list[dict] = (), depth: int = 1, **extra) -> dict:
    return {"url": url, "final_url": url, "status": 200, "kind": "html", "title": "", "text": text,
            "links": list(links), "forms": 0, "image_only": 0, "error": None, "depth": depth, **extra}


def link(url: str, text: str, zone: str = "main", kind: str = "a", context: str = "") -> dict:
    return {"url": url, "href": url, "kind": kind, "zone": zone, "text": text, "title": "", "context": context}


FOOTER = "อบต.ตัวอย่าง ที่อยู่ 99 หมู่ 1 ตำบลหนองบัว 30000 โทรศัพท์ 044-123456 โทรสาร 044-123457 saraban@x.go.th"


def statuses(pages: list[dict], **kw) -> dict[str, str]:
    return {f.item: f.status for f in evaluate_agency(load_rulebook(2566), pages, **kw)}


def test_contact_data_only_in_the_footer_is_the_contact_item():
    home = page("http://x.go.th/", "ยินดีต้อนรับ", [link("https://www.google.com/maps/embed?pb=1", "", "nav", "iframe")],
                depth=0, furniture=FOOTER)
    assert statuses([home])["O5"] == "pass"
    no_map = page("http://x.go.th/", "ยินดีต้อนรับ", depth=0, furniture=FOOTER + " (ยังไม่มีแผนที่)")
    assert statuses([no_map])["O5"] == "partial"


def test_a_page_that_only_says_not_yet_is_missing_but_a_page_with_content_and_a_gap_is_partial():
    home = page("http://x.go.th/", "หน้าแรก", [link("http://x.go.th/pdpa.html", "นโยบายคุ้มครองข้อมูลส่วนบุคคล"),
                                                link("http://x.go.th/contact.html", "ติดต่อเรา")], depth=0)
    pdpa = page("http://x.go.th/pdpa.html", "นโยบายคุ้มครองข้อมูลส่วนบุคคล อยู่ระหว่างดำเนินการ")
    contact = page("http://x.go.th/contact.html", "ติดต่อเรา " + FOOTER + " แผนที่ (ยังไม่มีแผนที่)")
    got = statuses([home, pdpa, contact])
    assert got["O10"] == "missing" and got["O5"] == "partial"


def test_not_found_in_a_crawl_cut_short_by_its_page_budget_is_unchecked_not_missing():
    home = page("http://x.go.th/", "หน้าแรก องค์การบริหารส่วนตำบลตัวอย่าง ยินดีต้อนรับ",
                [link("http://x.go.th/news.html", "ข่าวประชาสัมพันธ์")], depth=0)
    assert statuses([home])["O10"] == "missing"
    assert statuses([home], unvisited=120)["O10"] == "unchecked"


def test_an_outside_service_that_refuses_the_crawler_is_unchecked_but_one_that_is_gone_is_broken():
    def site(status: int) -> list[dict]:
        home = page("http://x.go.th/", "หน้าแรก", [link("https://board.example.com/x", "กระดานถาม-ตอบ")], depth=0)
        board = page("https://board.example.com/x", "", status=status, kind="external",
                     error=f"http_{status // 100}xx")
        return [home, board]
    assert statuses(site(502))["O8"] == "unchecked"
    assert statuses(site(404))["O8"] == "broken"


# -- evidence published quarter by quarter (MOIT), and what a document is about ---------------------------------
def moit(pages: list[dict], year: int = 2569) -> dict[str, object]:
    return {f.item: f for f in evaluate_agency(load_rulebook(year, family="moit"), pages)}


def hospital(quarter_links: dict[int, str | None], extra: list[dict] = ()) -> list[dict]:
    """A hospital's MOIT6 page with one link a quarter ("-" where the quarter has none)."""
    rows = [link(url, f"หลักฐานไตรมาส {q}", context=f"ไตรมาส {q} 6.1–6.3 หลักฐานไตรมาส {q}")
            for q, url in quarter_links.items() if url]
    home = page("http://h.go.th/", "หน้าแรก", [link("http://h.go.th/moit6.html", "MOIT6 นโยบายการบริหารและพัฒนาทรัพยากรบุคคล")],
                depth=0)
    item = page("http://h.go.th/moit6.html", "MOIT6 ผู้บริหารแสดงนโยบายการบริหารและพัฒนาทรัพยากรบุคคล ปีงบประมาณ พ.ศ. 2569 "
                + " ".join(f"ไตรมาส {q} {'หลักฐาน' if url else '-'}" for q, url in quarter_links.items()), rows)
    return [home, item, *extra]


def folder(url: str, title: str, listing: str, status: int = 200) -> dict:
    return page(url, listing, kind="external", title=title, status=status,
                error=None if status < 400 else f"http_{status // 100}xx")


def test_each_quarter_of_a_closed_round_needs_evidence_and_an_empty_folder_is_none():
    drive = "https://drive.google.com/drive/folders/"
    full = {q: f"{drive}q{q}" for q in (1, 2, 3, 4)}
    folders = [folder(f"{drive}q{q}", f"MOIT6 ไตรมาส {q} - Google ไดรฟ์", f"MOIT6 ไตรมาส {q}\nMOIT6_Q{q}.pdf") for q in (1, 2, 3, 4)]
    assert moit(hospital(full, folders))["MOIT6"].status == "pass"
    assert moit(hospital({**full, 2: None}, folders))["MOIT6"].reason_th == "ไม่พบหลักฐานไตรมาสที่ ๒"
    emptied = folders[:3] + [folder(f"{drive}q4", "MOIT6 ไตรมาส 4 - Google ไดรฟ์", "MOIT6 ไตรมาส 4\nโฟลเดอร์นี้ว่างเปล่า")]
    assert moit(hospital(full, emptied))["MOIT6"].status == "partial"
    # a folder not fetched (beyond the crawl's bounds) is not taken for a missing quarter
    assert moit(hospital(full, folders[:3]))["MOIT6"].status == "pass"
    # the 2570 round has closed no quarter yet: nothing is due
    assert any(s.startswith("each_quarter: ok") for s in moit(hospital({1: full[1]}, folders), 2570)["MOIT6"].signals)


def test_a_folder_listing_its_quarters_and_last_rounds_documents_are_read():
    drive = "https://drive.google.com/drive/folders/"
    home = page("http://h.go.th/", "หน้าแรก", [link(f"{drive}m6", "MOIT6 นโยบายการบริหารและพัฒนาทรัพยากรบุคคล")], depth=0)
    listing = folder(f"{drive}m6", "MOIT6 ปีงบประมาณ 2569 - Google ไดรฟ์", "MOIT6 ปีงบประมาณ 2569\nไตรมาส 1\nไตรมาส 2\nไตรมาส 4")
    assert moit([home, listing])["MOIT6"].reason_th == "ไม่พบหลักฐานไตรมาสที่ ๓"
    docs = [page(f"http://h.go.th/m6q{q}.pdf", f"MOIT6 ไตรมาสที่ {q} ปีงบประมาณ พ.ศ. 2568 นโยบายการบริหารและพัฒนาทรัพยากรบุคคล "
                 "ที่ผู้บริหารลงนาม " * 4, kind="pdf") for q in (1, 2, 3, 4)]
    last_round = hospital({q: f"http://h.go.th/m6q{q}.pdf" for q in (1, 2, 3, 4)}, docs)
    assert "เป็นของปีงบประมาณ ๒๕๖๘" in moit(last_round)["MOIT6"].reason_th


def test_a_progress_report_is_judged_by_its_own_months_not_the_plans_year():
    home = page("http://x.go.th/", "หน้าแรก", [link("http://x.go.th/o6.html", "O6 แผนและความก้าวหน้าในการดำเนินงาน")], depth=0)
    item = page("http://x.go.th/o6.html", "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569", [
        link("http://x.go.th/plan.pdf", "แผนการดำเนินงาน 2569"), link("http://x.go.th/progress.pdf", "รายงานความก้าวหน้า 2569")])
    plan = page("http://x.go.th/plan.pdf", "แผนการดำเนินงานประจำปีงบประมาณ พ.ศ. 2569 ระยะเวลา ตุลาคม 2568 – กันยายน 2569", kind="pdf")

    def progress(until: str) -> dict:
        return page("http://x.go.th/progress.pdf", f"รายงานความก้าวหน้าการดำเนินงาน พ.ศ. 2569 (1 ตุลาคม 2568 – {until})",
                    kind="pdf")
    got = {f.item: f for f in evaluate_agency(load_rulebook(2569), [home, item, plan, progress("31 ธันวาคม 2568")])}
    assert got["O6"].status == "partial" and "๖ เดือน" in got["O6"].reason_th
    got = {f.item: f for f in evaluate_agency(load_rulebook(2569), [home, item, plan, progress("31 มีนาคม 2569")])}
    assert got["O6"].status == "pass"


def test_a_channel_is_what_its_form_says_not_what_its_page_is_titled():
    home = page("http://x.go.th/", "หน้าแรก", [link("http://x.go.th/complaint.html", "O17 ช่องทางแจ้งเรื่องร้องเรียนการทุจริต")],
                depth=0)
    channel = page("http://x.go.th/complaint.html", "แบบฟอร์มร้องเรียน โทร 1111",
                   [link("https://docs.google.com/forms/d/e/1/viewform", "คลิก")],
                   title="ช่องทางแจ้งเรื่องร้องเรียนการทุจริต - อบต.ตัวอย่าง")  # the CMS titles it by the ITA heading

    def o17(form_title: str) -> str:
        form = page("https://docs.google.com/forms/d/e/1/viewform", "", kind="external", title=form_title)
        return {f.item: f for f in evaluate_agency(load_rulebook(2569), [home, channel, form])}["O17"].status
    assert o17("แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ") == "pass"
    assert o17("แบบฟอร์มร้องเรียนทั่วไป") == "partial"


def test_a_signpost_page_is_read_with_the_page_its_button_leads_to_even_one_the_menu_links():
    news = "http://x.go.th/index.php?option=com_content&view=category&id=8"
    menu = [link(news, "ข่าวประชาสัมพันธ์", "nav")]
    home = page("http://x.go.th/", "หน้าแรก", menu + [link("http://x.go.th/o7.html", "O7 ข่าวประชาสัมพันธ์")], depth=0)
    others = [page(f"http://x.go.th/p{n}.html", f"หน้า {n} เนื้อหาทั่วไป", menu) for n in range(4)]
    signpost = page("http://x.go.th/o7.html", "O07 ข่าวประชาสัมพันธ์ คลิกที่นี่", menu + [link(news, "คลิกที่นี่")])
    listing = page(news, "ข่าวประชาสัมพันธ์ 9 มกราคม 2566 กิจกรรมวันเด็กแห่งชาติ ประจำปี 2566 " * 3, menu)
    assert statuses([home, *others, signpost, listing])["O7"] == "pass"


def test_a_cookie_consent_bar_is_page_furniture():
    got = parse_html('<main><p>O07 ข่าวประชาสัมพันธ์</p></main><div class="pdpa-consent">เว็บไซต์นี้ใช้คุกกี้ '
                     '<a href="/pdpa">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></div>', "http://x.go.th/")
    assert "คุกกี้" not in got.text and got.links[0]["zone"] == "nav"


def test_a_dead_download_behind_an_item_page_is_broken_and_a_viewer_is_its_files_frame():
    home = page("http://x.go.th/", "หน้าแรก", [link("http://x.go.th/o26.html", "O26 รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล")],
                depth=0)
    item = page("http://x.go.th/o26.html", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ 2566 เอกสารประกอบ",
                [link("http://x.go.th/download.php?id=2406", "เอกสารประกอบ")])
    gone = page("http://x.go.th/download.php?id=2406", "", kind="other", status=404, error="http_4xx")
    assert statuses([home, item, gone])["O26"] == "broken"
    viewer = "http://x.go.th/pdfjs/web/viewer.html?file=/files/o39.pdf"
    index = page("http://x.go.th/", "หน้าแรก", [link(viewer, "O39 ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ"),
                                               link("http://x.go.th/files/o39.pdf", "O39 ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ")],
                 depth=0)
    frame = page(viewer, "")
    pdf = page("http://x.go.th/files/o39.pdf", "", kind="other", status=404, error="http_4xx")
    assert statuses([index, frame, pdf])["O39"] == "broken"


def test_a_shared_folder_is_read_by_the_files_it_lists():
    folder_url = "https://drive.google.com/drive/folders/abc"
    home = page("http://x.go.th/", "หน้าแรก", [link(folder_url, "O37 รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต")], depth=0)

    def o37(listing: str) -> str:
        folder = page(folder_url, listing, kind="external", title="รายงานการกำกับติดตาม 2566 - Google ไดรฟ์")
        return {f.item: f for f in evaluate_agency(load_rulebook(2566), [home, folder])}["O37"].status
    first_half = ["ต.ค. 65", "พ.ย. 65", "ธ.ค. 65", "ม.ค. 66", "ก.พ. 66", "มี.ค. 66"]
    assert o37("\n".join(f"รายงาน {m}.pdf" for m in first_half)) == "pass"
    assert o37("\n".join(f"รายงาน {m}.pdf" for m in first_half[:3])) == "partial"


def test_this_rounds_empty_index_row_is_not_answered_by_last_rounds_page():
    """The 2569 ITA page's row says "-" or "อยู่ระหว่างดำเนินการ"; the 2568 page beside it links last round's
    document. That document is last round's answer: at best partial (it is there, this round's is not), and a row
    with no other document anywhere is missing on the agency's own word -- never a pass from last year's page."""
    rulebook = load_rulebook(2569)
    titles = {int(i.code[1:]): i.title_th for i in rulebook.items}

    def index(url: str, year: int, cells: dict[int, str]) -> dict:
        rows = "".join(f"<tr><td>O{n}</td><td>{titles[n]}</td><td>{cell}</td></tr>" for n, cell in cells.items())
        got = parse_html(f"<html><head><title>ITA ปีงบประมาณ {year}</title></head><body><h1>ITA ปีงบประมาณ {year}</h1>"
                         f"<table>{rows}</table></body></html>", url)
        return page(url, got.text, got.links, title=got.title)

    def doc(url: str, n: int, year: int) -> dict:
        return page(url, f"{titles[n]} ประจำปีงบประมาณ พ.ศ. {year} ผลการประเมิน ITA ปี {year} " * 6, kind="pdf")

    current = {n: f'<a href="http://x.go.th/69/o{n}.pdf">ดาวน์โหลด</a>' for n in range(1, 21)}
    current.update({21: "-", 23: '<a href="http://x.go.th/69/o23.pdf">ดาวน์โหลด</a>', 24: "อยู่ระหว่างดำเนินการ",
                    25: "อยู่ระหว่างดำเนินการ"})
    last = {n: f'<a href="http://x.go.th/68/o{n}.pdf">ดาวน์โหลด</a>' for n in (*range(1, 24), 25)}
    this_page = index("http://x.go.th/ita-2569/", 2569, current)
    last_page = index("http://x.go.th/ita-2568/", 2568, last)
    home = page("http://x.go.th/", "หน้าแรก", [link("http://x.go.th/ita-2569/", "ITA ปีงบประมาณ 2569"),
                                                link("http://x.go.th/ita-2568/", "ITA ปีงบประมาณ 2568")], depth=0)
    docs = [doc(f"http://x.go.th/69/o{n}.pdf", n, 2569) for n in (*range(1, 21), 23)]
    docs += [doc(f"http://x.go.th/68/o{n}.pdf", n, 2568) for n in (*range(1, 24), 25)]
    got = {f.item: f for f in evaluate_agency(rulebook, [home, this_page, last_page, *docs])}
    # O25 asks for the previous year's ITA results: last round's document names 2568 and would pass on its own
    assert got["O25"].status == "partial" and got["O25"].reason_code == "other_round_only", got["O25"]
    assert "อยู่ระหว่างดำเนินการ" in got["O25"].reason_th
    assert got["O21"].status == "partial"  # last round's risk assessment, of 2568: not this round's
    assert got["O24"].status == "missing" and got["O24"].reason_code == "denial", got["O24"]
    assert got["O23"].status == "pass"  # a row of this round with its link is untouched
    alone = dict(home, links=home["links"][:1])  # no 2568 page at all (a link to it never opened holds anything)
    without_last_round = {f.item: f for f in evaluate_agency(rulebook, [alone, this_page, *docs[:21]])}
    assert without_last_round["O25"].status == "missing"


def test_a_dead_document_in_a_box_that_names_its_item_is_broken_whatever_hub_was_not_read():
    """An ITA area split into one page per subindicator (a Google Site's boxes "O13 …", "O14 …", each over an embedded
    Doc) is too short to be an index, yet each box is the agency's own answer for its item: a Doc gone there is
    broken, even while the agency's Facebook page (a login wall: unread) could hold anything. A dead link whose words
    name no item (a menu's "ติดต่อเรา") stays unchecked beside that unread hub."""
    gone = "https://docs.google.com/document/d/e/2PACX-gone/pub?embedded=true"
    kept = "https://docs.google.com/document/d/e/2PACX-kept/pub?embedded=true"
    facebook = "https://www.facebook.com/x.go.th/"
    home = page("http://x.go.th/", "หน้าแรก องค์การบริหารส่วนตำบลตัวอย่าง", [
        link("http://x.go.th/ita-9-4.html", "9.4 การบริหารและพัฒนาทรัพยากรบุคคล"),
        link("http://x.go.th/contact.html", "ติดต่อเรา", "nav"), link(facebook, "Facebook", "nav")], depth=0)
    area = page("http://x.go.th/ita-9-4.html", "ตัวชี้วัดย่อยที่ 9.4 การบริหารและพัฒนาทรัพยากรบุคคล "
                "O13 หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล O14 รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", [
                    link(kept, "", kind="iframe", context="O13 หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล"),
                    link(gone, "", kind="iframe", context="O14 รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล")])
    plan = page(kept, "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล แผนพัฒนาบุคลากร ประจำปีงบประมาณ พ.ศ. 2569 " * 3,
                outside=1, depth=2)
    dead = dict(page(gone, "", outside=1, depth=2), status=404, kind="other", error="http_4xx")
    contact = dict(page("http://x.go.th/contact.html", ""), status=404, kind="error", error="http_4xx")
    wall = page(facebook, "Facebook เข้าสู่ระบบ", kind="external", unread="login_required")
    found = {f.item: f for f in evaluate_agency(load_rulebook(2569), [home, area, plan, dead, contact, wall])}
    assert found["O14"].status == "broken" and gone in found["O14"].evidence
    assert found["O3"].status not in {"broken", "missing"}   # the contact item: only a dead menu link beside the hub


def test_an_e_service_only_behind_a_chat_apps_door_needs_a_person_but_a_complaint_channel_there_passes():
    """A LINE OA's add-friend page is all the crawl (and a person without the app) sees: what it serves opens in
    the app. An E-Service only there is `unchecked` (coverage.in_app), never passed on the door alone; a complaint
    channel in the same LINE OA is a channel and passes; an E-Service with an online form beside the OA passes."""
    oa = "https://lin.ee/x69Q"
    door = page(oa, "อบต.ตัวอย่าง เพิ่มเพื่อนเพื่อรับข่าวสารและใช้บริการออนไลน์ สแกนคิวอาร์โค้ดด้วยแอป LINE",
                kind="external")
    home = page("http://x.go.th/", "หน้าแรก องค์การบริหารส่วนตำบลตัวอย่าง", [
        link("http://x.go.th/eservice.html", "ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)"),
        link("http://x.go.th/complain.html", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")], depth=0)
    complain = page("http://x.go.th/complain.html", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ "
                    "แจ้งเรื่องร้องเรียนการทุจริตผ่าน LINE Official Account ของ อบต.", [link(oa, "@xsao")])
    only_oa = page("http://x.go.th/eservice.html", "ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service) "
                   "ใช้บริการออนไลน์ผ่าน LINE Official Account ของ อบต.", [link(oa, "@xsao")])
    found = {f.item: f for f in evaluate_agency(load_rulebook(2569), [home, only_oa, complain, door])}
    assert (found["O10"].status, found["O10"].reason_code) == ("unchecked", "coverage.in_app")
    assert found["O17"].status == "pass"
    form = "https://docs.google.com/forms/d/e/1FAIpQLSx/viewform"
    with_form = dict(only_oa, links=[link(oa, "@xsao"), link(form, "แบบคำร้องออนไลน์")])
    asked = page(form, "แบบคำร้องออนไลน์ อบต.ตัวอย่าง ชื่อ-นามสกุล เรื่องที่ขอรับบริการ", kind="external", forms=1)
    found = {f.item: f for f in evaluate_agency(load_rulebook(2569), [home, with_form, complain, door, asked])}
    assert found["O10"].status == "pass"   # a form a person fills in on the web, beside the LINE OA
