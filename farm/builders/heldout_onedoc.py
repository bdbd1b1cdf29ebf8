"""Held-out ITA 2569 sites whose whole OIT is one document (issue 19, round 9, lane "onedoc").

Run from the repository root:  python -m farm.builders.heldout_onedoc

  www.bangpla-sao.go.th   อบต.บางปลา (สมุทรสาคร)   one_report_pdf
      An ordinary LAO site (structure, executives, contact, news, E-Service and complaint pages in its menu) whose
      menu "ITA 2569" page links one PDF: "รายงานการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569" (about 40
      pages). A cover; a table of contents (สารบัญ) whose lines jump to each item's page (PDF GoTo links, no URL);
      then each item on its own pages under a heading "O12 รายงานสรุปผล…", its evidence typed out (titles, periods,
      figures), a bookmark per item under one per sub-indicator. The web items' sections (O1–O4, O10, O17) describe
      the item and give the address of the site's page, written out and linked.
      Wrong: O7's section is the 2567 annual report (partial), O11's covers 3 months (partial), O13's is the 2568 HR
      plan (partial), O16's heading stands over "อยู่ระหว่างดำเนินการ" only (missing), O24 is not in the report nor
      anywhere on the site (missing).

  www.nongphue-sao.go.th   อบต.หนองผือ (อุดรธานี)   pdf_index_merged
      The menu's "ITA 2569" page links "OIT 2569 (ไฟล์ PDF รวมเล่ม)": a merged PDF whose first pages are an index
      table, one row per item (ข้อ | ข้อมูล | หลักฐาน): O1–O4, O10, O17 link the site's pages (URI); O5, O8, O9, O15
      link separate PDFs on the site (URI); every other row says "หน้า N" linked to that page of the merged file itself
      (a GoTo link: the documents scanned or exported into the same file, with their own titles and no item code).
      After O24's part, the file carries a procurement annex of 290 pages (one page per purchase order of the year)
      and then the parts of O25 and O26, appended later in the year: past page 300.
      Wrong: O6's progress report covers 3 months (partial), O9's PDF answers 404 (broken), O14's part is the 2567
      HR report (partial), O19's row says "-" and links nothing (missing), O22's row jumps to a page that says only
      "อยู่ระหว่างดำเนินการ" (missing).

Every verdict was written before any engine run, as a careful assessor with a PDF reader gives it (an assessor opens
the report, uses its contents or bookmarks, reads each item's own pages, and follows a page number written in the
index), with heldout_sites.py's rules (wrong year, a 3-month report = partial; "-", "อยู่ระหว่างดำเนินการ", no item =
missing; a link answering 404 = broken). An item is credited only with its own part of the document, never with
what the rest of the report says. Markup source: the layout of Thai LAO "รายงานการเปิดเผยข้อมูลสาธารณะ (OIT)"
reports as agencies publish them (cover, สารบัญ with dotted leaders and page numbers, one heading per item, "ลิงก์:"
lines), and the merged-file index ("หน้า 14") agencies make by combining each item's PDF into one.
"""
from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from farm.builders.document_tools import MARGIN, PAGE_H, PAGE_W, TLWG, _register, _wrap, paragraphs
from farm.builders.heldout_sites import TITLE, HeldoutOut, docs, judge, lao_page, site_meta
from farm.builders.heldout_unforeseen import agency
from farm.builders.ita2569_moit import CUR, NEWS69, news_list, write_manifest
from farm.builders.reading_sites_content import INLINE_WHY, SHEETS, SUB, complaint_html, enquiry_html, eservice_html, \
    exec_why, photos, sheet_rows, structure_html
from farm.builders.ita2569_moit import exec_block
from farm.builders.ita2569_moit import NEWS68
from farm.server import SITES_DIR

HOSTS = ("www.bangpla-sao.go.th", "www.nongphue-sao.go.th")
WEB = {"O1": "structure", "O2": "executives", "O3": "contact", "O4": "news", "O10": "eservice", "O17": "complaint"}
WEB_TITLE = {"structure": "โครงสร้าง หน้าที่และอำนาจ", "executives": "คณะผู้บริหาร", "contact": "ติดต่อเรา",
             "news": "ข่าวประชาสัมพันธ์", "eservice": "E-Service", "complaint": "แจ้งเรื่องร้องเรียนการทุจริต"}


# ----------------------------------------------------------------------------------------------------------------
# A report PDF typeset line by line: page breaks, bookmarks, links to a URL or to a page of the file itself

@dataclass
class Ln:
    """A line of the report: its text and size; ``uri`` links drawn after it (label, url); ``goto``: the whole line
    jumps to a named page of the file; ``mark``: a bookmark (title, level) at this line; ``page``: start a page."""
    text: str
    size: float = 13
    uri: list[tuple[str, str]] = field(default_factory=list)
    goto: str = ""
    mark: tuple[str, int] | None = None
    key: str = ""           # a named destination at this line's page
    page: bool = False


def layout(lines: list[Ln], font: str, first_page: int = 1) -> list[tuple[int, float, Ln, str, int, bool]]:
    """(page number, y, line, text of one wrapped row, its number in the line, last row of the line) for every row."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    rows, page, y = [], first_page, PAGE_H - MARGIN
    for line in lines:
        lead = line.size * 1.5
        if line.page and y < PAGE_H - MARGIN:
            page, y = page + 1, PAGE_H - MARGIN
        label_w = sum(stringWidth(lab, font, line.size) + 10 for lab, _ in line.uri)
        wrapped = _wrap(line.text, font, line.size, PAGE_W - 2 * MARGIN - label_w)
        for k, text in enumerate(wrapped):
            if y < MARGIN + lead:
                page, y = page + 1, PAGE_H - MARGIN
            rows.append((page, y, line, text, k, k == len(wrapped) - 1))
            y -= lead
        y -= 2
    return rows


def write_report(dest: Path, lines: list[Ln], title: str) -> None:
    """Typeset ``lines`` (layout) into ``dest``: named destinations, bookmarks, GoTo and URI link annotations."""
    from reportlab.lib.colors import black, blue
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    font = _register("Garuda", TLWG / "Garuda.ttf")
    dest.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(dest), pagesize=(PAGE_W, PAGE_H), invariant=1)
    c.setTitle(title)
    c.setCreator("Microsoft® Word 2016")
    current = 1
    for page, y, line, text, k, last in layout(lines, font):
        while current < page:
            c.showPage()
            current += 1
        if line.key and k == 0:
            c.bookmarkPage(line.key, fit="XYZ", top=y + line.size * 1.5)
        if line.mark and line.key and k == 0:
            c.addOutlineEntry(line.mark[0], line.key, level=line.mark[1], closed=False)
        c.setFont(font, line.size)
        c.setFillColor(black)
        c.drawString(MARGIN, y, text)
        if line.goto:
            c.linkAbsolute("", line.goto, Rect=(MARGIN, y - 3, PAGE_W - MARGIN, y + line.size), thickness=0)
        if last:
            x = MARGIN + stringWidth(text, font, line.size) + 10
            for label, url in line.uri:
                w = stringWidth(label, font, line.size)
                c.setFillColor(blue)
                c.drawString(x, y, label)
                c.line(x, y - 2, x + w, y - 2)
                c.linkURL(url, (x, y - 3, x + w, y + line.size), relative=0, thickness=0)
                x += w + 10
    c.showPage()
    c.save()


def page_of(lines: list[Ln], key: str) -> int:
    font = _register("Garuda", TLWG / "Garuda.ttf")
    return next(page for page, _, line, _, k, _ in layout(lines, font) if line.key == key and k == 0)


def evidence_lines(code: str, ag: dict, mode: str) -> list[Ln]:
    """An item's documents typed out: each title, then its paragraphs (and O11/O18's sheet rows as lines)."""
    out = []
    for stem, title, body in docs(code, ag, mode):
        out.append(Ln(title, 14))
        out += [Ln(p) for p in paragraphs(body)]
        if code in SHEETS:
            out.append(Ln(" | ".join(SHEETS[code]), 11))
            out += [Ln(" | ".join(str(c) for c in row), 11) for row in sheet_rows(code, stem, mode)]
    return out


def web_pages(out: HeldoutOut, host: str, ag: dict, page) -> dict[str, str]:
    """The site's own pages for O1–O4, O10 and O17, with an E-Service request form of its own; kind -> path."""
    paths = {k: f"/{k}.html" for k in WEB_TITLE}
    out.text(host, "structure.html", page(WEB_TITLE["structure"], structure_html(ag, "/images/structure.png")))
    out.text(host, "executives.html", page(WEB_TITLE["executives"], exec_block(ag)))
    out.text(host, "contact.html", page(WEB_TITLE["contact"], enquiry_html(ag, out, ag["line"])))
    out.text(host, "news.html", page(WEB_TITLE["news"], news_list(NEWS69 + NEWS68)))
    out.text(host, "eservice.html", page(WEB_TITLE["eservice"], eservice_html(ag, "/eservice/request.html")))
    out.text(host, "eservice/request.html", page("ยื่นคำร้องออนไลน์", (
        '<form method="post" action="/eservice/send.php"><label>ชื่อ-สกุลผู้ยื่นคำร้อง</label><input type="text" '
        'name="name"><label>เรื่องที่ขอรับบริการ</label><select name="service"><option>ขอรับน้ำอุปโภคบริโภค</option>'
        '<option>ขอซ่อมไฟฟ้าสาธารณะ</option></select><label>รายละเอียด</label><textarea name="detail"></textarea>'
        '<label>เบอร์โทรศัพท์</label><input type="text" name="phone"><button type="submit">ส่งคำร้อง</button></form>')))
    out.text(host, "complaint.html", page(WEB_TITLE["complaint"], complaint_html(ag, "/complaint/send.php")))
    return paths


def menu_of(paths: dict[str, str]) -> list[tuple[str, str]]:
    return [("หน้าแรก", "/"), *((WEB_TITLE[k], paths[k]) for k in ("structure", "executives", "news", "eservice",
                                                                     "complaint")), ("ITA 2569", "/ita2569.html"),
            ("ติดต่อเรา", paths["contact"])]


def web_verdict(code: str, ag: dict, where: str, path: str) -> tuple[str, str]:
    why = exec_why(ag) if code == "O2" else INLINE_WHY[code].replace("(Google Form)", "(แบบฟอร์มบนเว็บไซต์)")
    return "pass", f"{where}: ลิงก์ไปหน้า {path} ของเว็บไซต์ — {why}"


# ----------------------------------------------------------------------------------------------------------------
# 1. one_report_pdf: the whole OIT in one report, a heading and a bookmark per item

def site_bangpla(out: HeldoutOut) -> None:
    host = HOSTS[0]
    ag = agency("บางปลา", "บ้านแพ้ว", "สมุทรสาคร", "bangpla", "74120",
                ["นายสุรพล แก้วประเสริฐ", "นายอำนาจ ทองดี", "นางวิไลวรรณ สุขเจริญ"], ["081-456-7701", "081-456-7702", "081-456-7703"])
    ag["map"] = "13.59,100.1"
    modes = {"O7": "stale", "O11": "half", "O13": "stale", "O16": "denial", "O24": "absent"}
    photos(out, host, ag)

    def page(title: str, body: str) -> str:
        return lao_page(ag, menu_of(paths), title, body)
    paths = {k: f"/{k}.html" for k in WEB_TITLE}
    paths = web_pages(out, host, ag, page)
    report = "/uploads/ita2569/oit2569-report.pdf"
    title = f"รายงานการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. {CUR}"
    body, verdicts = [], {}
    for sub, name, numbers in SUB:
        first = True
        for n in numbers:
            code = f"O{n}"
            mode = modes.get(code, "ok")
            if mode == "absent":
                verdicts[code] = ("missing", f"ไม่มีข้อ {code} ในรายงาน OIT 2569 (ทั้งสารบัญ บุ๊กมาร์ก และเนื้อหา) "
                                  "และไม่พบในเมนู/หน้าอื่นของเว็บไซต์")
                continue
            if first:   # the sub-indicator's bookmark, at its first item's page
                body.append(Ln(f"ตัวชี้วัดย่อยที่ {sub} {name}", 15, page=True, key=f"sub{sub}", mark=(f"{sub} {name}", 0)))
            heading = f"{code} {TITLE[code]}"
            body.append(Ln(heading, 17, page=not first, key=code, mark=(heading, 1)))
            first = False
            where = f"รายงาน OIT 2569 (http://{host}{report}) หัวข้อ {code}"
            if code in WEB:
                path = paths[WEB[code]]
                body.append(Ln(f"คำอธิบาย: {ag['name']} เผยแพร่ข้อมูล{TITLE[code]} ไว้บนเว็บไซต์ของหน่วยงาน"))
                if code == "O1":
                    body += evidence_lines(code, ag, mode)
                elif code == "O2":
                    body += [Ln(f"{name} ตำแหน่ง {pos}") for name, pos in ag["execs"]]
                elif code == "O3":
                    body.append(Ln(f"ที่อยู่ {ag['address']} โทรศัพท์ {ag['phone']} โทรสาร {ag['fax']} อีเมล {ag['email']}"))
                body.append(Ln("ลิงก์:", uri=[(f"http://{host}{path}", f"http://{host}{path}")]))
                verdicts[code] = web_verdict(code, ag, where, path)
                continue
            if mode == "denial":
                body.append(Ln("อยู่ระหว่างดำเนินการ"))
                verdicts[code] = ("missing", f"{where}: มีแต่หัวข้อ เขียนว่า 'อยู่ระหว่างดำเนินการ' ไม่มีเอกสาร")
                continue
            body.append(Ln(f"คำอธิบาย: {ag['name']} ได้จัดทำ{TITLE[code]} รายละเอียดดังนี้"))
            body += evidence_lines(code, ag, mode)
            verdicts[code] = judge(code, ag, mode, where)
    cover = [Ln(title, 20), Ln(ag["name"], 18), Ln(f"อำเภอ{ag['amphoe']} จังหวัด{ag['province']}", 16),
             Ln(f"ข้อมูล ณ วันที่ 30 เมษายน {CUR}", 14)]
    headings = [ln for ln in body if ln.key.startswith("O")]

    def contents(numbers: dict[str, int]) -> list[Ln]:
        return [Ln("สารบัญ", 18, page=True)] + [Ln(f"{ln.text} {'.' * 12} {numbers.get(ln.key, 0)}", 12, goto=ln.key)
                                                for ln in headings]
    draft = cover + contents({}) + body
    toc_pages = {ln.key: page_of(draft, ln.key) for ln in headings}
    lines = cover + contents(toc_pages) + body
    write_report(out.dest / host / report.lstrip("/"), lines, title)
    assert all(page_of(lines, k) == p for k, p in toc_pages.items())   # the contents say where each item is
    ita = page("ITA 2569", (
        f"<h3>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. {CUR}</h3>"
        f"<p>{ag['name']} ได้รวบรวมข้อมูลการเปิดเผยข้อมูลสาธารณะ (OIT) ทุกข้อไว้ในรายงานฉบับเดียว "
        "ท่านสามารถเปิดสารบัญหรือบุ๊กมาร์กในไฟล์เพื่อไปยังแต่ละข้อ</p>"
        f'<p><a href="{report}"><img src="/images/pdf.png" alt=""> {title} (PDF)</a></p>'))
    out.png(host, "images/pdf.png", 40)
    out.text(host, "ita2569.html", ita)
    out.text(host, "index.html", page("หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     '<p><a href="/ita2569.html">ITA 2569 การเปิดเผยข้อมูลสาธารณะ</a></p>'))
    write_manifest(out, host, {})
    out.write_expected(host, "one_report_pdf: the whole OIT 2569 in one report PDF linked from the ITA page, a heading, "
                       "a contents line (GoTo link) and a bookmark per item; web items' sections link the site's pages.",
                       site_meta("bangpla", "one_report_pdf", ag, "Bang Pla SAO", "อบต.", "สมุทรสาคร", f"http://{host}/"),
                       verdicts)


# ----------------------------------------------------------------------------------------------------------------
# 2. pdf_index_merged: an index table whose rows jump to pages of the same merged file, or link other files

ANNEX_PAGES = 290


def site_nongphue(out: HeldoutOut) -> None:
    host = HOSTS[1]
    ag = agency("หนองผือ", "เพ็ญ", "อุดรธานี", "nongphue", "41150",
                ["นายประยูร ศรีสุข", "นายบุญมี พลเยี่ยม", "นางสาวอรุณี คำภู"], ["089-321-5501", "089-321-5502", "089-321-5503"])
    ag["map"] = "17.2,102.9"
    modes = {"O6": "half", "O9": "dead", "O14": "stale", "O19": "nofile", "O22": "denial"}
    files = {"O5", "O8", "O9", "O15"}
    photos(out, host, ag)

    def page(title: str, body: str) -> str:
        return lao_page(ag, menu_of(paths), title, body)
    paths = {k: f"/{k}.html" for k in WEB_TITLE}
    paths = web_pages(out, host, ag, page)
    merged = "/files/ita/OIT2569-merged.pdf"
    title = f"แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. {CUR} {ag['name']}"
    parts, annex, late, rows, verdicts = [], [], [], [], {}
    where = f"ไฟล์รวมเล่ม OIT 2569 (http://{host}{merged})"
    for _sub, _name, numbers in SUB:
        for n in numbers:
            code = f"O{n}"
            mode = modes.get(code, "ok")
            row = f"{code} {TITLE[code]}"
            if code in WEB:
                rows.append(Ln(row, 11, uri=[("ลิงก์", f"http://{host}{paths[WEB[code]]}")]))
                verdicts[code] = web_verdict(code, ag, f"{where} ดัชนีแถว {code}", paths[WEB[code]])
            elif mode == "nofile":
                rows.append(Ln(f"{row} -", 11))
                verdicts[code] = ("missing", f"{where} ดัชนีแถว {code} มีแต่ '-' ไม่มีลิงก์หรือหน้าเอกสาร")
            elif code in files:
                links = []
                for stem, doc_title, doc_body in docs(code, ag, mode):
                    path = f"/files/ita/{code}-{stem}.pdf"
                    links.append(("ดาวน์โหลด", f"http://{host}{path}"))
                    if mode != "dead":
                        out.pdf(host, path, doc_title, doc_body)
                rows.append(Ln(row, 11, uri=links))
                detail = links[0][1] if mode == "dead" else ""
                verdicts[code] = judge(code, ag, mode, f"{where} ดัชนีแถว {code} ลิงก์ไปไฟล์แยก", detail)
            else:
                target = late if code in ("O25", "O26") else parts
                first = True
                if mode == "denial":
                    target.append(Ln("อยู่ระหว่างดำเนินการ", 16, page=True, key=code))
                    verdicts[code] = ("missing", f"{where} ดัชนีแถว {code} ไปหน้าในไฟล์ที่มีแต่ 'อยู่ระหว่างดำเนินการ'")
                else:
                    for stem, doc_title, doc_body in docs(code, ag, mode):   # each document from its own page
                        target.append(Ln(doc_title, 16, page=True, key=code if first else ""))
                        target += [Ln(p) for p in paragraphs(doc_body)]
                        if code in SHEETS:
                            target.append(Ln(" | ".join(SHEETS[code]), 11))
                            target += [Ln(" | ".join(str(c) for c in r), 11) for r in sheet_rows(code, stem, mode)]
                        first = False
                    verdicts[code] = judge(code, ag, mode, f"{where} ดัชนีแถว {code} ไปหน้าของไฟล์เดียวกัน")
                rows.append(Ln(row, 11, goto=code))
    for k in range(ANNEX_PAGES):   # the year's purchase orders, one a page, before the parts appended later
        annex.append(Ln(f"ภาคผนวก ใบสั่งซื้อ/สั่งจ้าง เลขที่ {k + 1}/{CUR}", 13, page=True, key="annex" if not k else ""))
        annex.append(Ln(f"รายการ: จัดซื้อวัสดุ ลำดับที่ {k + 1} จำนวนเงิน {1200 + 37 * k:,} บาท วิธีเฉพาะเจาะจง", 12))
    head = [Ln(title, 16), Ln("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล และตัวชี้วัดที่ 10 การป้องกันการทุจริต", 13),
            Ln("ข้อ / ข้อมูล / หลักฐาน (คลิกลิงก์หรือหมายเลขหน้า)", 12)]
    draft = head + rows + parts + annex + late
    numbered = [Ln(f"{ln.text} หน้า {page_of(draft, ln.goto)}", 11, goto=ln.goto) if ln.goto else ln for ln in rows]
    lines = head + numbered + parts + annex + late
    write_report(out.dest / host / merged.lstrip("/"), lines, title)
    assert page_of(lines, "O25") > 300 and page_of(lines, "O24") < 300
    out.text(host, "ita2569.html", page("ITA 2569", (
        f"<h3>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. {CUR}</h3>"
        f'<p><a href="{merged}">OIT 2569 (ไฟล์ PDF รวมเล่ม)</a> — ดัชนีอยู่หน้าแรก คลิกหมายเลขหน้าเพื่อไปยังเอกสารของแต่ละข้อ</p>')))
    out.text(host, "index.html", page("หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     '<p><a href="/ita2569.html">ITA 2569</a></p>'))
    write_manifest(out, host, {})
    out.write_expected(host, "pdf_index_merged: a merged OIT 2569 PDF whose first pages are an index table; rows link "
                       "the site's pages, separate PDFs, or jump to pages of the same file (\"หน้า N\", GoTo); a "
                       "290-page annex puts the parts of O25 and O26 past page 300.",
                       site_meta("nongphue", "pdf_index_merged", ag, "Nong Phue SAO", "อบต.", "อุดรธานี", f"http://{host}/"),
                       verdicts)


def build(dest: Path = SITES_DIR) -> None:
    for host in HOSTS:
        shutil.rmtree(dest / host, ignore_errors=True)
    out = HeldoutOut(dest)
    site_bangpla(out)
    site_nongphue(out)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
