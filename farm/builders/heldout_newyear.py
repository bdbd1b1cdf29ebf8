"""A held-out ITA 2569 site mid-way into fiscal year 2570 (issue 19, round 8, lane "newyear").

Run from the repository root:  python -m farm.builders.heldout_newyear

  www.thungfai-sao.go.th   อบต.ทุ่งฝาย (ลำปาง)   newyear_transition
      December 2026: fiscal year 2570 began on 1 October and its ITA list is not published, so the agency is judged
      on the 2569 list. A vendor CMS (table layout, .html pages) mid-way through its yearly copy:
      * the menu's item was renamed "ITA 2570" but still leads to the 2569 index, /ita/oit-2569.html, titled
        "ITA ปีงบฯ 69 (FY2026)";
      * beside it a new index /ita/oit-2570.html, "การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ ๒๕๗๐" (Thai digits),
        reached from a home banner "ITA ปีงบฯ 70" and from a hub /ita/index.html ("ITA 2569-2570"): the 2569 rows
        copied, most cells "อยู่ระหว่างดำเนินการ", five with new documents of 2570 (O6 the 2570 action plan, O7 the 2569
        annual report, O13 the 2570 HR plan, O20 the 2570 No Gift announcement, O21 the 2570 risk assessment), the
        inline pages' rows (O1–O4, O10, O17) and O5's five-year plan copied as they were;
      * items carrying both years' documents in the 2569 row (O6, O13, O20: the 2569 set and the new 2570 file);
      * years written every way, item by item: "ปีงบประมาณ พ.ศ. 2569", "ปีงบฯ 69", "ปีงบประมาณ 69", "๒๕๖๙",
        "พ.ศ.2569", "FY2026" beside a plain date, a two-year plan "ปีงบประมาณ 2569-2570".
      Wrong (in the 2569 round): O11 covers 3 months (partial), O14 is the 2567 HR report (partial), O16's PDF answers
      404 (broken), O21's row now links only the 2570 risk assessment, the 2569 one replaced (partial: not the
      round's year), O22 "อยู่ระหว่างดำเนินการ" in both indexes (missing), O25 row "-" in 2569 and
      "อยู่ระหว่างดำเนินการ" in 2570 (missing: no round before it on the site holds it).
      Markup source: Thai LAO vendor templates (table layout, ``td.menu`` links, ``.html`` pages) as in
      heldout_sites.lao_page; the renamed-menu and copied-index transition as agencies leave it each October.

  www.banhuai-sao.go.th   อบต.บ้านห้วย (อุทัยธานี)   newyear_item_pages
      The same month, another habit: the menu's "ITA" index, /ita/index.html, was overwritten for 2570 ("ITA
      ประจำปีงบประมาณ พ.ศ. 2570", rows copied, linking the same item pages; O18's and O24's rows now say only
      "อยู่ระหว่างดำเนินการ"); last round's index is kept as an archive, /ita/2569.html ("ITA ปีงบฯ 69 (ย้อนหลัง)",
      from a sidebar "ITA ปีที่ผ่านมา" and the index's foot), its rows linking the item pages at ``#y2569``. One page
      per item (/ita/o5.html …) with a section per year, 2570 first: its heading written "ปีงบประมาณ 2570", "ปีงบฯ
      70", "ปีงบประมาณ ๒๕๗๐" or "FY2027" (and 2569 alike), most 2570 sections "อยู่ระหว่างดำเนินการ", seven with new
      files (O6, O7, O11 October 2569's monthly report, O13, O20, O21, O25); then the 2569 section with the
      round's files. O9's manual now sits only under "ปีงบฯ 70" ("ฉบับปรับปรุง"; a manual has no year rule: pass);
      O16's 2569 link answers 404 while the 2570 section links the same guide, which opens (pass).
      Wrong (in the 2569 round): O14's 2569 link answers 404 and its 2570 section is "อยู่ระหว่างดำเนินการ"
      (broken), O22's 2569 section "-" (missing), O25's 2569 section "อยู่ระหว่างดำเนินการ" with only the 2570
      round's analysis of ITA 2569 above it (partial), O26 is the 2567 report (partial).

  www.sapphaya-sao.go.th   อบต.สรรพยา (ชัยนาท)   newyear_one_page
      A third habit: one OIT page, /oit.html (menu "ITA/OIT"), holding both years' tables, the new one on top:
      "OIT ปีงบฯ 70 (ปีงบประมาณ ๒๕๗๐)" with the rows copied, most "อยู่ระหว่างดำเนินการ", four with new 2570 files
      (O6, O13, O21, O23) and two with the 2569 files copied up (O5, O15); below it "OIT ปีงบประมาณ ๒๕๖๙".
      Wrong (in the 2569 round): O9 "-" (missing), O11 3 months (partial), O12 the 2567 report (partial), O19's PDF
      answers 404 (broken), O23's row deleted from the 2569 table, only the 2570 plan above (partial), O24
      "อยู่ระหว่างดำเนินการ" in both tables (missing).

  www.nongmaeo-sao.go.th   อบต.หนองแม่แตง (ชัยนาท)   newyear_year_columns
      A fourth habit: one table "ITA 2569-2570" (/ita.php, menu "ITA 2569-2570") with a column per fiscal year,
      "ปีงบประมาณ 2569" and "ปีงบประมาณ 2570 (ปีงบฯ 70)", so that each row holds 2569's files beside 2570's cell,
      mostly "อยู่ระหว่างดำเนินการ". O8's 2569 cell is "-" while its 2570 cell has the reissued manual (pass).
      Wrong (in the 2569 round): O6 3 months (partial), O12 "อยู่ระหว่างดำเนินการ" in both columns (missing), O18's
      PDF answers 404 (broken), O24 "-" with only the 2570 round's report of 2569 beside it (partial).

Every verdict was written before any engine run, as a careful assessor judging the 2569 round with a browser, with
heldout_sites.py's rules (wrong year, a 3-month report = partial; "-", "อยู่ระหว่างดำเนินการ" = missing; a link
answering 404 = broken); the 2570 index is not this round's, and what it says or lacks decides nothing of 2569.
"""
from __future__ import annotations

import html
import re
import shutil
import sys
from pathlib import Path

from farm.builders.heldout_sites import THAI_DIGITS, TITLE, HeldoutOut, lao_page, own_pages, site_meta
from farm.builders.ita2569_moit import CUR, NEWS68, NEWS69, ita_docs, news_list, write_manifest
from farm.builders.reading_sites_content import INLINE, INLINE_WHY, SHEETS, SUB, exec_why, photos, sheet_rows
from farm.builders.reading_sites_content import docs_for as plain_docs
from farm.builders.reading_sites_content import verdict as plain_verdict
from farm.server import SITES_DIR

HOST = "www.thungfai-sao.go.th"
NEXT = CUR + 1
NEWS70 = [("2 ธ.ค. 2569", "ประชาสัมพันธ์การยื่นแบบแสดงรายการภาษีป้าย ประจำปี 2570"),
          ("14 พ.ย. 2569", "โครงการลอยกระทงสืบสานประเพณี ประจำปีงบประมาณ 2570")]

# How each item's documents write their years (the agency's staff each have a habit)
STYLES = {
    "plain": lambda t: t,
    "bangfy": lambda t: re.sub(r"ประจำปีงบประมาณ พ\.ศ\. 25(\d\d)|ปีงบประมาณ พ\.ศ\. 25(\d\d)",
                               lambda m: f"ปีงบฯ {m.group(1) or m.group(2)}", t),          # "ปีงบฯ 69"
    "two_digit": lambda t: re.sub(r"ปีงบประมาณ พ\.ศ\. 25(\d\d)", r"ปีงบประมาณ \1", t),       # "ปีงบประมาณ 69"
    "thai_digits": lambda t: t.translate(THAI_DIGITS),                                        # "๒๕๖๙"
    "nospace": lambda t: re.sub(r"พ\.ศ\. (25\d\d)", r"พ.ศ.\1", t),                            # "พ.ศ.2569"
    "fy": lambda t: re.sub(r"ประจำปีงบประมาณ พ\.ศ\. (25\d\d)|ปีงบประมาณ พ\.ศ\. (25\d\d)",
                           lambda m: f"FY{int(m.group(1) or m.group(2)) - 543}", t),          # "FY2026"
}
STYLE = {"O5": "plain", "O6": "bangfy", "O7": "thai_digits", "O8": "plain", "O9": "plain", "O11": "two_digit",
         "O12": "fy", "O13": "bangfy", "O14": "thai_digits", "O15": "nospace", "O16": "plain", "O18": "two_digit",
         "O19": "fy", "O20": "bangfy", "O21": "thai_digits", "O22": "plain", "O23": "plain", "O24": "bangfy",
         "O25": "plain", "O26": "thai_digits"}
MODES = {"O11": "half", "O14": "stale", "O16": "dead", "O21": "next_only", "O22": "denial", "O25": "nofile"}
BOTH = {"O6", "O13", "O20"}             # the 2569 row also links the new 2570 file
NEW70 = {"O6": 1, "O7": 1, "O13": 1, "O20": 1, "O21": 1}   # items the 2570 index has documents for (how many)


def styled(code: str, text: str) -> str:
    return STYLES[STYLE.get(code, "plain")](text)


def docs(code: str, ag: dict, mode: str) -> list[tuple[str, str, str]]:
    """(stem, title, body) of a 2569-row item in ``mode``, years as this item's documents write them."""
    if code == "O23":                    # a two-year plan: "2569-2570"
        plain = [("anticorrupt-plan-69-70", "แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ 2569-2570",
                  "<p>ระยะเวลาของแผน 1 ตุลาคม 2568 – 30 กันยายน 2570 (ปีงบประมาณ 2569-2570)</p>"
                  "<p>โครงการ/กิจกรรม 14 รายการ งบประมาณ ระยะเวลาดำเนินการ และผู้รับผิดชอบ</p>")]
    elif mode == "next_only":
        plain = [(f"{stem}-{NEXT}", t, b) for stem, t, b in ita_docs(code, ag, fy=NEXT)[:NEW70.get(code, 1)]]
    else:
        plain = plain_docs(code, ag, mode)
    return [(stem, styled(code, t), styled(code, b)) for stem, t, b in plain]


def docs70(code: str, ag: dict) -> list[tuple[str, str, str]]:
    """The new 2570 documents of an item (the 2570 index's, and the second file of a BOTH row)."""
    return [(f"{stem}-{NEXT}", styled(code, t), styled(code, b))
            for stem, t, b in ita_docs(code, ag, fy=NEXT)[:NEW70.get(code, 0)]]


def judge(code: str, ag: dict, mode: str, where: str, detail: str = "", row: bool = True) -> tuple[str, str]:
    """The assessor's verdict; ``row``: the 2569 row itself also links the 2570 file of a BOTH item (site 1)."""
    if mode == "next_only":
        titles = " + ".join(t for _, t, _ in docs(code, ag, mode))
        return "partial", (f"{where}: มีเพียง {titles} (เอกสารของปี {NEXT} ที่แทนที่ของปี {CUR}; "
                           f"ข้อนี้ในรอบ {CUR} ต้องเป็นปี {CUR})")
    if code == "O23":
        return "pass", f"{where}: {docs(code, ag, mode)[0][1]} (ครอบคลุมปี {CUR})"
    status, why = plain_verdict(code, ag, mode, where, detail)
    for (_, plain, _), (_, shown, _) in zip(plain_docs(code, ag, mode), docs(code, ag, mode)):
        why = why.replace(plain, shown)
    if row and code in BOTH and status == "pass":
        why += " (แถวนี้มีเอกสารปี " + str(NEXT) + " ด้วย: " + " + ".join(t for _, t, _ in docs70(code, ag)) + ")"
    return status, why


def write_docs(out: HeldoutOut, code: str, items: list[tuple[str, str, str]], dead: bool = False,
               stale: bool = False) -> list[tuple[str, str]]:
    """Write PDFs (and the Excel copy O11/O18 ask for) under /upload/ita/; [(title, path)]."""
    links = []
    for stem, title, body in items:
        path = f"/upload/ita/{code}-{stem}.pdf"
        links.append((title, path))
        if dead:
            continue
        out.pdf(HOST, path, title, body)
        if code in SHEETS and not stem.endswith(str(NEXT)):
            xpath = path[:-3] + "xlsx"
            out.xlsx(HOST, xpath, title, [SHEETS[code], *sheet_rows(code, stem, "stale" if stale else "ok")])
            links.append((title + " (Excel)", xpath))
    return links


def oit_table(rows: list[tuple[str, str, str]]) -> str:
    """rows: (sub-indicator, code, cell html): the vendor's bordered table."""
    trs = "".join(f'<tr><td class="sub">{sub}</td><td align="center">{code}</td><td>{TITLE[code]}</td>'
                  f'<td>{cell}</td></tr>' for sub, code, cell in rows)
    return ('<table class="table-oit" border="1" cellpadding="4" width="100%"><tr bgcolor="#DDEEFF">'
            '<th>ตัวชี้วัดย่อย</th><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์/เอกสาร</th></tr>' + trs + "</table>")


def cell_of(links: list[tuple[str, str]]) -> str:
    return "<br>".join(f'<a href="{html.escape(h)}" target="_blank">{html.escape(t)}</a>' for t, h in links)


def site_thungfai(out: HeldoutOut) -> None:
    own = f"http://{HOST}"
    ag = dict(years="plain", name="องค์การบริหารส่วนตำบลทุ่งฝาย", short="องค์การบริหารส่วนตำบลทุ่งฝาย", kind="lao",
              amphoe="เมืองลำปาง", province="ลำปาง", line="@thungfaisao",
              address="199 หมู่ 3 ตำบลทุ่งฝาย อำเภอเมืองลำปาง จังหวัดลำปาง 52000", phone="054-829-310",
              fax="054-829-311", email="saraban@thungfai-sao.go.th", map="18.3205,99.5541",
              execs=[("นายบุญเรือน คำแสน", "นายกองค์การบริหารส่วนตำบลทุ่งฝาย"),
                     ("นายอนุชา ปัญญาดี", "รองนายกองค์การบริหารส่วนตำบลทุ่งฝาย"),
                     ("นางสาวพรทิพย์ ใจมา", "ปลัดองค์การบริหารส่วนตำบลทุ่งฝาย")],
              exec_phone=["081-960-2214", "089-433-7105", "086-172-5530"])
    p69, p70 = "/ita/oit-2569.html", "/ita/oit-2570.html"
    menu = [("หน้าแรก", "/index.html"), ("โครงสร้าง", "/structure.html"), ("ผู้บริหาร", "/executives.html"),
            ("ข่าวประชาสัมพันธ์", "/news.html"), ("E-Service", "/eservice.html"),
            ("ร้องเรียนการทุจริต", "/complaint.html"), ("ITA 2570", p69), ("ติดต่อเรา", "/contact.html")]

    def page(title: str, body: str) -> str:
        return lao_page(ag, menu, title, body)
    photos(out, HOST, ag)
    form = out.form(f"{HOST}/eservice", "ยื่นคำร้องออนไลน์ อบต.ทุ่งฝาย")
    own_pages(out, HOST, ag, page, {"structure": "structure.html", "executives": "executives.html",
                                    "contact": "contact.html", "news": "news.html", "eservice": "eservice.html",
                                    "complaint": "complaint.html"}, form, "/complaint/send.html")
    out.text(HOST, "news.html", page("ข่าวประชาสัมพันธ์", news_list(NEWS70 + NEWS69 + NEWS68)))
    inline = {"O1": "/structure.html", "O2": "/executives.html", "O3": "/contact.html", "O4": "/news.html",
              "O10": "/eservice.html", "O17": "/complaint.html"}

    where = f"หน้า {own}{p69} (ITA ปีงบฯ 69; เมนู 'ITA 2570' พามาที่หน้านี้)"
    verdicts, rows69, rows70 = {}, [], []
    for sub, name, numbers in SUB:
        for n in numbers:
            code = f"O{n}"
            mode, detail = MODES.get(code, "ok"), ""
            label = f"{sub} {name}"
            if code in INLINE:
                links = [(TITLE[code], inline[code])]
                detail = f"หน้า {inline[code]}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code])
                rows69.append((label, code, cell_of(links)))
                rows70.append((label, code, cell_of(links)))
                verdicts[code] = judge(code, ag, mode, f"{where} แถว {code}", detail)
                continue
            new = write_docs(out, code, docs70(code, ag)) if code in NEW70 else []
            if mode == "denial":
                cell69 = "อยู่ระหว่างดำเนินการ"
            elif mode == "nofile":
                cell69 = "-"
            else:
                links = write_docs(out, code, docs(code, ag, mode), dead=mode == "dead", stale=mode == "stale")
                if mode == "dead":
                    detail = own + links[0][1]
                if mode == "next_only":
                    links = new
                elif code in BOTH:
                    links = links + new
                cell69 = cell_of(links)
            rows69.append((label, code, cell69))
            if code in NEW70:
                cell70 = cell_of(new)
            elif code == "O5":
                cell70 = cell_of([(t, f"/upload/ita/O5-{stem}.pdf") for stem, t, _ in docs("O5", ag, "ok")])
            else:
                cell70 = '<font color="#999999">อยู่ระหว่างดำเนินการ</font>'
            rows70.append((label, code, cell70))
            spot = where if mode == "nofile" else f"{where} แถว {code}"
            verdicts[code] = judge(code, ag, mode, spot, detail)
    for code in ("O22", "O25"):
        status, why = verdicts[code]
        verdicts[code] = (status, why + f"; หน้า ITA ปีงบประมาณ ๒๕๗๐ ({p70}) ก็เขียนว่า 'อยู่ระหว่างดำเนินการ'")
    intro69 = (f"<p>การเปิดเผยข้อมูลสาธารณะ (OIT) {ag['name']} ประจำปีงบประมาณ พ.ศ. {CUR} "
               "(ปีงบฯ 69 / FY2026)</p>")
    out.text(HOST, p69.lstrip("/"), page("ITA ปีงบฯ 69 (FY2026)", intro69 + oit_table(rows69)))
    intro70 = ("<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ ๒๕๗๐ (FY2027) — อยู่ระหว่างปรับปรุงข้อมูล "
               "รอประกาศหลักเกณฑ์การประเมินของ ป.ป.ช.</p>")
    out.text(HOST, p70.lstrip("/"), page("การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ ๒๕๗๐", intro70 + oit_table(rows70)))
    out.text(HOST, "ita/index.html", page("ITA 2569-2570", (
        f'<ul class="ita-years"><li><a href="{p70}">ITA ปีงบฯ 70 (FY2027)</a> อยู่ระหว่างดำเนินการ</li>'
        f'<li><a href="{p69}">ITA ๒๕๖๙ (FY2026)</a></li></ul>')))
    out.text(HOST, "index.html", page("หน้าแรก", (
        f'<div class="banner"><a href="{p70}"><img src="/images/logo.png" alt="ITA ปีงบฯ 70"></a></div>'
        f'<div class="box"><a href="/ita/index.html">ข้อมูล ITA ปีงบประมาณ 2569-2570</a></div>'
        f'<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS70 + NEWS69[:2])}')))
    write_manifest(out, HOST, {})
    out.write_expected(HOST, "newyear_transition: a vendor CMS in December 2026 judged on the 2569 list: a menu renamed "
                       "'ITA 2570' still leading to the 2569 index, a new 2570 index of copied rows mostly "
                       "'อยู่ระหว่างดำเนินการ' with five new 2570 documents, 2569 rows carrying both years' files, "
                       "years written every way.",
                       site_meta("thungfai", "newyear_transition", ag, "Thung Fai SAO", "อบต.", "ลำปาง", f"{own}/"),
                       verdicts)


# ----------------------------------------------------------------------------------------------------------------
# 2. newyear_item_pages: the index overwritten for 2570, one page per item with a section per year

HOST2 = "www.banhuai-sao.go.th"
LABEL70 = ["ปีงบประมาณ 2570", "ปีงบฯ 70", "ปีงบประมาณ ๒๕๗๐", "FY2027"]
LABEL69 = ["ปีงบประมาณ 2569", "ปีงบฯ 69", "ปีงบประมาณ ๒๕๖๙", "FY2026"]
# (2570 section, 2569 section) of each document item's page: "new" the new 2570 files, "denial" อยู่ระหว่างดำเนินการ,
# "ok"/"stale"/"dead" the 2569 files in that mode, "nofile" "-", "none" no section
SECTIONS = {"O5": ("denial", "ok"), "O6": ("new", "ok"), "O7": ("new", "ok"), "O8": ("denial", "ok"),
            "O9": ("manual", "none"), "O11": ("new", "ok"), "O12": ("denial", "ok"), "O13": ("new", "ok"),
            "O14": ("denial", "dead"), "O15": ("denial", "ok"), "O16": ("guide", "dead"), "O18": ("denial", "ok"),
            "O19": ("denial", "ok"), "O20": ("new", "ok"), "O21": ("new", "ok"), "O22": ("denial", "nofile"),
            "O23": ("denial", "ok"), "O24": ("denial", "ok"), "O25": ("new", "denial"), "O26": ("denial", "stale")}
ROW70_DENIED = {"O18", "O24"}           # the 2570 index's row says อยู่ระหว่างดำเนินการ and links nothing
NEW70_2 = {"O6": 1, "O7": 1, "O11": 1, "O13": 1, "O20": 1, "O21": 1, "O25": 1}


def new70(code: str, ag: dict) -> list[tuple[str, str, str]]:
    """The 2570 documents an item page's 2570 section links (October 2569 for the monthly procurement report)."""
    if code == "O11":
        return [(f"procure-oct-{NEXT}", f"สรุปผลการจัดซื้อจัดจ้างรายเดือน เดือนตุลาคม {CUR} ปีงบประมาณ พ.ศ. {NEXT}",
                 f"<p>แบบ สขร.1 เดือนตุลาคม {CUR} (ปีงบประมาณ พ.ศ. {NEXT})</p><p>งานที่จัดซื้อหรือจัดจ้าง วงเงิน "
                 "วิธีซื้อหรือจ้าง ผู้ได้รับการคัดเลือก เลขที่สัญญา</p>")]
    return [(f"{stem}-{NEXT}", styled(code, t), styled(code, b))
            for stem, t, b in ita_docs(code, ag, fy=NEXT)[:NEW70_2.get(code, 0)]]


def site_banhuai(out: HeldoutOut) -> None:
    own = f"http://{HOST2}"
    ag = dict(years="plain", name="องค์การบริหารส่วนตำบลบ้านห้วย", short="องค์การบริหารส่วนตำบลบ้านห้วย", kind="lao",
              amphoe="ลานสัก", province="อุทัยธานี", line="@banhuaisao",
              address="55 หมู่ 7 ตำบลบ้านห้วย อำเภอลานสัก จังหวัดอุทัยธานี 61160", phone="056-537-120",
              fax="056-537-121", email="saraban@banhuai-sao.go.th", map="15.4521,99.5713",
              execs=[("นายสมพร แก้วประเสริฐ", "นายกองค์การบริหารส่วนตำบลบ้านห้วย"),
                     ("นายวีระ ทองคำ", "รองนายกองค์การบริหารส่วนตำบลบ้านห้วย"),
                     ("นางกาญจนา ศรีสุข", "ปลัดองค์การบริหารส่วนตำบลบ้านห้วย")],
              exec_phone=["081-533-9012", "089-870-4421", "086-318-2290"])
    menu = [("หน้าแรก", "/index.html"), ("โครงสร้าง", "/structure.html"), ("ผู้บริหาร", "/executives.html"),
            ("ข่าวประชาสัมพันธ์", "/news.html"), ("E-Service", "/eservice.html"),
            ("ร้องเรียนการทุจริต", "/complaint.html"), ("ITA", "/ita/index.html"), ("ติดต่อเรา", "/contact.html")]

    def page(title: str, body: str) -> str:
        side = ('<div class="sidebar"><h4>ITA ปีที่ผ่านมา</h4><ul><li><a href="/ita/2569.html">ITA ปีงบฯ 69</a></li>'
                '</ul></div>')
        return lao_page(ag, menu, title, body + side)
    photos(out, HOST2, ag)
    form = out.form(f"{HOST2}/eservice", "ยื่นคำร้องออนไลน์ อบต.บ้านห้วย")
    own_pages(out, HOST2, ag, page, {"structure": "structure.html", "executives": "executives.html",
                                     "contact": "contact.html", "news": "news.html", "eservice": "eservice.html",
                                     "complaint": "complaint.html"}, form, "/complaint/send.html")
    out.text(HOST2, "news.html", page("ข่าวประชาสัมพันธ์", news_list(NEWS70 + NEWS69 + NEWS68)))
    inline = {"O1": "/structure.html", "O2": "/executives.html", "O3": "/contact.html", "O4": "/news.html",
              "O10": "/eservice.html", "O17": "/complaint.html"}

    def files(code: str, items: list[tuple[str, str, str]], dead: bool = False) -> list[tuple[str, str]]:
        links = []
        for stem, title, body in items:
            path = f"/files/ita/{code.lower()}_{stem}.pdf"
            links.append((title, path))
            if not dead:
                out.pdf(HOST2, path, title, body)
                if code in SHEETS and not stem.endswith(str(NEXT)):
                    out.xlsx(HOST2, path[:-3] + "xlsx", title, [SHEETS[code], *sheet_rows(code, stem)])
                    links.append((title + " (Excel)", path[:-3] + "xlsx"))
        return links

    def section(how: str, code: str) -> tuple[str, list]:
        if how == "denial":
            return "<p>อยู่ระหว่างดำเนินการ</p>", []
        if how == "nofile":
            return "<p>-</p>", []
        if how == "new":
            links = files(code, new70(code, ag))
        elif how == "manual":                # the same manual, reissued under the new year's heading
            links = files(code, [(f"{stem}-{NEXT}", f"{t} ฉบับปรับปรุง ปีงบฯ 70", b) for stem, t, b in ita_docs(code, ag)])
        elif how == "guide":
            links = files(code, [(f"{stem}-{NEXT}", t, b) for stem, t, b in ita_docs(code, ag)])
        else:
            links = files(code, docs(code, ag, how), dead=how == "dead")
        return "<ul>" + "".join(f'<li><a href="{html.escape(h)}">{html.escape(t)}</a></li>' for t, h in links) + "</ul>", links

    verdicts, rows70, rows69 = {}, [], []
    for sub, name, numbers in SUB:
        for n in numbers:
            code, label = f"O{n}", f"{sub} {name}"
            if code in INLINE:
                cell = cell_of([(TITLE[code], inline[code])])
                rows70.append((label, code, cell))
                rows69.append((label, code, cell))
                detail = f"หน้า {inline[code]}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code])
                verdicts[code] = judge(code, ag, "ok", f"หน้า {own}/ita/2569.html แถว {code}", detail)
                continue
            item = f"/ita/{code.lower()}.html"
            how70, how69 = SECTIONS[code]
            k = n % 4
            html70, links70 = section(how70, code)
            body = f'<h3 id="y2570">{LABEL70[k]}</h3>{html70}'
            links69: list = []
            if how69 != "none":
                html69, links69 = section(how69, code)
                body += f'<h3 id="y2569">{LABEL69[k]}</h3>{html69}'
            out.text(HOST2, item.lstrip("/"), page(f"{code} {TITLE[code]}", body))
            rows70.append((label, code, "อยู่ระหว่างดำเนินการ" if code in ROW70_DENIED else
                           f'<a href="{item}">{TITLE[code]}</a>'))
            rows69.append((label, code, f'<a href="{item}#y2569">{TITLE[code]}</a>'))
            where = f"หน้า {own}{item}"
            sec69 = f"{where} หัวข้อ '{LABEL69[k]}'"
            if how69 == "ok" and code != "O16":
                verdicts[code] = judge(code, ag, "ok", sec69, row=False)
                if how70 != "denial":
                    status, why = verdicts[code]
                    verdicts[code] = (status, why + f" (หัวข้อ '{LABEL70[k]}' มีเอกสารปี {NEXT}: "
                                      + " + ".join(t for t, _ in links70) + ")")
                else:
                    status, why = verdicts[code]
                    verdicts[code] = (status, why + f" (หัวข้อ '{LABEL70[k]}' เขียนว่า 'อยู่ระหว่างดำเนินการ': "
                                      f"เป็นของรอบ {NEXT} ไม่ใช่รอบนี้)")
            elif code == "O9":
                verdicts[code] = ("pass", f"{where} หัวข้อ '{LABEL70[k]}': {links70[0][0]} (คู่มือไม่มีเงื่อนไขปี "
                                  "ฉบับที่ใช้อยู่คือฉบับนี้)")
            elif code == "O16":
                verdicts[code] = ("pass", f"{where} หัวข้อ '{LABEL70[k]}': {links70[0][0]} เปิดได้ (แนวปฏิบัติไม่มีเงื่อนไขปี); "
                                  f"ลิงก์ของหัวข้อ '{LABEL69[k]}' {own}{links69[0][1]} ตอบ 404 แต่เอกสารเดียวกันมีอยู่")
            elif how69 == "dead":
                verdicts[code] = judge(code, ag, "dead", sec69, own + links69[0][1])
            elif how69 == "nofile":
                verdicts[code] = ("missing", f"{sec69}: มีแต่ '-' ไม่มีเอกสาร; หัวข้อ '{LABEL70[k]}' เขียนว่า "
                                  "'อยู่ระหว่างดำเนินการ'")
            elif how69 == "denial":
                verdicts[code] = ("partial", f"{sec69}: เขียนว่า 'อยู่ระหว่างดำเนินการ'; มีเพียง {links70[0][0]} ในหัวข้อ "
                                  f"'{LABEL70[k]}' (เอกสารของรอบ {NEXT}: วิเคราะห์ผล ITA {CUR} ไม่ใช่ผล ITA {CUR - 1} "
                                  f"ที่รอบ {CUR} ต้องการ)")
            else:                            # stale
                verdicts[code] = judge(code, ag, how69, sec69)
    out.text(HOST2, "ita/index.html", page(f"ITA ประจำปีงบประมาณ พ.ศ. {NEXT}", (
        f"<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. {NEXT} "
        "(คัดลอกรายการจากปีที่แล้ว อยู่ระหว่างปรับปรุง)</p>" + oit_table(rows70)
        + '<p>ย้อนหลัง: <a href="/ita/2569.html">ITA ปีงบประมาณ ๒๕๖๙</a></p>')))
    out.text(HOST2, "ita/2569.html", page("ITA ปีงบฯ 69 (ย้อนหลัง)", (
        f"<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. {CUR}</p>" + oit_table(rows69))))
    out.text(HOST2, "index.html", page("หน้าแรก", (
        '<div class="banner"><a href="/ita/index.html"><img src="/images/logo.png" alt="ITA 2570"></a></div>'
        f'<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS70 + NEWS69[:2])}')))
    write_manifest(out, HOST2, {})
    out.write_expected(HOST2, "newyear_item_pages: a vendor CMS whose ITA index was overwritten for 2570 (copied rows to "
                       "the same item pages, two rows 'อยู่ระหว่างดำเนินการ'), last round's index kept as an archive page, "
                       "one page per item with a section per year (2570 first, often 'อยู่ระหว่างดำเนินการ', then 2569), "
                       "year headings written every way.",
                       site_meta("banhuai", "newyear_item_pages", ag, "Ban Huai SAO", "อบต.", "อุทัยธานี", f"{own}/"),
                       verdicts)


# ----------------------------------------------------------------------------------------------------------------
# 3. newyear_one_page: both years' tables on one OIT page, the new year's on top

HOST3 = "www.sapphaya-sao.go.th"
# (2570 table cell, 2569 table cell): "new" 2570 files, "copy" the 2569 files copied up, "denial", "nofile" "-",
# "norow" the row deleted; a 2569 mode otherwise ("ok", "half", "stale", "dead")
TABLES = {"O5": ("copy", "ok"), "O6": ("new", "ok"), "O7": ("denial", "ok"), "O8": ("denial", "ok"),
          "O9": ("denial", "nofile"), "O11": ("denial", "half"), "O12": ("denial", "stale"), "O13": ("new", "ok"),
          "O14": ("denial", "ok"), "O15": ("copy", "ok"), "O16": ("denial", "ok"), "O18": ("denial", "ok"),
          "O19": ("denial", "dead"), "O20": ("denial", "ok"), "O21": ("new", "ok"), "O22": ("denial", "ok"),
          "O23": ("new", "norow"), "O24": ("denial", "denial"), "O25": ("denial", "ok"), "O26": ("denial", "ok")}
NEW70_3 = {"O6": 1, "O13": 1, "O21": 1, "O23": 1}


def site_sapphaya(out: HeldoutOut) -> None:
    own = f"http://{HOST3}"
    ag = dict(years="plain", name="องค์การบริหารส่วนตำบลสรรพยา", short="องค์การบริหารส่วนตำบลสรรพยา", kind="lao",
              amphoe="สรรพยา", province="ชัยนาท", line="@sapphayasao",
              address="12 หมู่ 2 ตำบลสรรพยา อำเภอสรรพยา จังหวัดชัยนาท 17150", phone="056-499-210",
              fax="056-499-211", email="saraban@sapphaya-sao.go.th", map="15.1402,100.2455",
              execs=[("นายประยูร มีสุข", "นายกองค์การบริหารส่วนตำบลสรรพยา"),
                     ("นายชาญ บุญเกิด", "รองนายกองค์การบริหารส่วนตำบลสรรพยา"),
                     ("นางสุภาพร รักดี", "ปลัดองค์การบริหารส่วนตำบลสรรพยา")],
              exec_phone=["081-221-0934", "089-664-1205", "086-907-3318"])
    oit = "/oit.html"
    menu = [("หน้าแรก", "/index.html"), ("โครงสร้าง", "/structure.html"), ("ผู้บริหาร", "/executives.html"),
            ("ข่าวประชาสัมพันธ์", "/news.html"), ("E-Service", "/eservice.html"),
            ("ร้องเรียนการทุจริต", "/complaint.html"), ("ITA/OIT", oit), ("ติดต่อเรา", "/contact.html")]

    def page(title: str, body: str) -> str:
        return lao_page(ag, menu, title, body)
    photos(out, HOST3, ag)
    form = out.form(f"{HOST3}/eservice", "ยื่นคำร้องออนไลน์ อบต.สรรพยา")
    own_pages(out, HOST3, ag, page, {"structure": "structure.html", "executives": "executives.html",
                                     "contact": "contact.html", "news": "news.html", "eservice": "eservice.html",
                                     "complaint": "complaint.html"}, form, "/complaint/send.html")
    out.text(HOST3, "news.html", page("ข่าวประชาสัมพันธ์", news_list(NEWS70 + NEWS69 + NEWS68)))
    inline = {"O1": "/structure.html", "O2": "/executives.html", "O3": "/contact.html", "O4": "/news.html",
              "O10": "/eservice.html", "O17": "/complaint.html"}

    def files(code: str, items: list[tuple[str, str, str]], dead: bool = False) -> list[tuple[str, str]]:
        links = []
        for stem, title, body in items:
            path = f"/oit/{code}/{stem}.pdf"
            links.append((title, path))
            if not dead:
                out.pdf(HOST3, path, title, body)
                if code in SHEETS and not stem.endswith(str(NEXT)):
                    out.xlsx(HOST3, path[:-3] + "xlsx", title, [SHEETS[code], *sheet_rows(code, stem)])
                    links.append((title + " (Excel)", path[:-3] + "xlsx"))
        return links

    where69 = f"หน้า {own}{oit} ตาราง 'OIT ปีงบประมาณ ๒๕๖๙'"
    verdicts, rows70, rows69 = {}, [], []
    for sub, name, numbers in SUB:
        for n in numbers:
            code, label = f"O{n}", f"{sub} {name}"
            if code in INLINE:
                cell = cell_of([(TITLE[code], inline[code])])
                rows70.append((label, code, cell))
                rows69.append((label, code, cell))
                detail = f"หน้า {inline[code]}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code])
                verdicts[code] = judge(code, ag, "ok", f"{where69} แถว {code}", detail, row=False)
                continue
            how70, how69 = TABLES[code]
            new = [(f"{stem}-{NEXT}", styled(code, t), styled(code, b))
                   for stem, t, b in ita_docs(code, ag, fy=NEXT)[:NEW70_3.get(code, 0)]]
            links69 = [] if how69 in ("denial", "nofile", "norow") else files(
                code, docs(code, ag, how69), dead=how69 == "dead")
            if how69 != "norow":
                rows69.append((label, code, {"denial": "อยู่ระหว่างดำเนินการ", "nofile": "-"}.get(how69)
                               or cell_of(links69)))
            if how70 == "new":
                cell70 = cell_of(files(code, new))
            elif how70 == "copy":
                cell70 = cell_of(links69)
            else:
                cell70 = "อยู่ระหว่างดำเนินการ"
            rows70.append((label, code, cell70))
            if how69 == "norow":
                verdicts[code] = ("partial", f"หน้า {own}{oit}: ตาราง 'OIT ปีงบประมาณ ๒๕๖๙' ไม่มีแถว {code}; มีเพียง "
                                  f"{new[0][1]} ในตาราง 'OIT ปีงบฯ 70' (เอกสารของปี {NEXT} ไม่ใช่ปี {CUR})")
                continue
            mode = {"ok": "ok"}.get(how69, how69)
            detail = own + links69[0][1] if how69 == "dead" else ""
            spot = where69 if how69 == "nofile" else f"{where69} แถว {code}"
            status, why = judge(code, ag, mode, spot, detail, row=False)
            if how70 == "denial" and status in ("missing",):
                why += "; ตาราง 'OIT ปีงบฯ 70' ก็เขียนว่า 'อยู่ระหว่างดำเนินการ'"
            elif how70 == "denial":
                why += " (ตาราง 'OIT ปีงบฯ 70' ด้านบนเขียนว่า 'อยู่ระหว่างดำเนินการ': ของรอบ 2570 ไม่ใช่รอบนี้)"
            elif how70 == "new":
                why += f" (ตาราง 'OIT ปีงบฯ 70' มีเอกสารปี {NEXT}: {new[0][1]})"
            verdicts[code] = (status, why)
    body = ("<p>การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT) "
            f"{ag['name']}</p>"
            f"<h2>OIT ปีงบฯ 70 (ปีงบประมาณ ๒๕๗๐)</h2><p>ปรับปรุงข้อมูล ณ วันที่ 1 ธันวาคม 2569</p>{oit_table(rows70)}"
            f"<h2>OIT ปีงบประมาณ ๒๕๖๙</h2>{oit_table(rows69)}")
    out.text(HOST3, oit.lstrip("/"), page("การเปิดเผยข้อมูลสาธารณะ (OIT)", body))
    out.text(HOST3, "index.html", page("หน้าแรก", (
        f'<div class="banner"><a href="{oit}"><img src="/images/logo.png" alt="OIT 2569-2570"></a></div>'
        f'<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS70 + NEWS69[:2])}')))
    write_manifest(out, HOST3, {})
    out.write_expected(HOST3, "newyear_one_page: one OIT page holding both years' tables, the 2570 table on top (copied "
                       "rows mostly 'อยู่ระหว่างดำเนินการ', four with new 2570 files, two with the 2569 files copied up), "
                       "the 2569 table below it.",
                       site_meta("sapphaya", "newyear_one_page", ag, "Sapphaya SAO", "อบต.", "ชัยนาท", f"{own}/"),
                       verdicts)


# ----------------------------------------------------------------------------------------------------------------
# 4. newyear_year_columns: one OIT table with a column per fiscal year

HOST4 = "www.nongmaeo-sao.go.th"
# (2569 column, 2570 column): a 2569 mode ("ok", "half", "dead"), "denial", "nofile" "-"; "new" 2570 files,
# "manual" the item's year-free document reissued, "denial"
COLUMNS = {"O5": ("ok", "denial"), "O6": ("half", "new"), "O7": ("ok", "new"), "O8": ("nofile", "manual"),
           "O9": ("ok", "denial"), "O11": ("ok", "new"), "O12": ("denial", "denial"), "O13": ("ok", "new"),
           "O14": ("ok", "denial"), "O15": ("ok", "denial"), "O16": ("ok", "denial"), "O18": ("dead", "denial"),
           "O19": ("ok", "denial"), "O20": ("ok", "new"), "O21": ("ok", "new"), "O22": ("ok", "denial"),
           "O23": ("ok", "new"), "O24": ("nofile", "new"), "O25": ("ok", "denial"), "O26": ("ok", "denial")}
NEW70_4 = {"O6": 1, "O7": 1, "O11": 0, "O13": 1, "O20": 1, "O21": 1, "O23": 1, "O24": 1}


def site_nongmaeo(out: HeldoutOut) -> None:
    own = f"http://{HOST4}"
    ag = dict(years="plain", name="องค์การบริหารส่วนตำบลหนองแม่แตง", short="องค์การบริหารส่วนตำบลหนองแม่แตง",
              kind="lao", amphoe="หันคา", province="ชัยนาท", line="@nongmaeosao",
              address="8 หมู่ 1 ตำบลหนองแม่แตง อำเภอหันคา จังหวัดชัยนาท 17130", phone="056-450-118",
              fax="056-450-119", email="saraban@nongmaeo-sao.go.th", map="15.0011,99.9932",
              execs=[("นายเสถียร พูลผล", "นายกองค์การบริหารส่วนตำบลหนองแม่แตง"),
                     ("นายสมคิด ทองมี", "รองนายกองค์การบริหารส่วนตำบลหนองแม่แตง"),
                     ("นางอรุณี สายสุข", "ปลัดองค์การบริหารส่วนตำบลหนองแม่แตง")],
              exec_phone=["081-774-2093", "089-552-1180", "086-440-7719"])
    oit = "/ita.php"
    menu = [("หน้าแรก", "/index.php"), ("โครงสร้าง", "/structure.php"), ("ผู้บริหาร", "/executives.php"),
            ("ข่าวประชาสัมพันธ์", "/news.php"), ("E-Service", "/eservice.php"),
            ("ร้องเรียนการทุจริต", "/complaint.php"), ("ITA 2569-2570", oit), ("ติดต่อเรา", "/contact.php")]

    def page(title: str, body: str) -> str:
        return lao_page(ag, menu, title, body)
    photos(out, HOST4, ag)
    form = out.form(f"{HOST4}/eservice", "ยื่นคำร้องออนไลน์ อบต.หนองแม่แตง")
    own_pages(out, HOST4, ag, page, {"structure": "structure.php", "executives": "executives.php",
                                     "contact": "contact.php", "news": "news.php", "eservice": "eservice.php",
                                     "complaint": "complaint.php"}, form, "/complaint/send.php")
    out.text(HOST4, "news.php", page("ข่าวประชาสัมพันธ์", news_list(NEWS70 + NEWS69 + NEWS68)))
    inline = {"O1": "/structure.php", "O2": "/executives.php", "O3": "/contact.php", "O4": "/news.php",
              "O10": "/eservice.php", "O17": "/complaint.php"}

    def files(code: str, items: list[tuple[str, str, str]], dead: bool = False) -> list[tuple[str, str]]:
        links = []
        for stem, title, body in items:
            path = f"/uploads/oit/{code.lower()}-{stem}.pdf"
            links.append((title, path))
            if not dead:
                out.pdf(HOST4, path, title, body)
                if code in SHEETS and not stem.endswith(str(NEXT)):
                    out.xlsx(HOST4, path[:-3] + "xlsx", title, [SHEETS[code], *sheet_rows(code, stem)])
                    links.append((title + " (Excel)", path[:-3] + "xlsx"))
        return links

    where = f"หน้า {own}{oit} คอลัมน์ 'ปีงบประมาณ 2569'"
    verdicts, trs = {}, []
    for sub, name, numbers in SUB:
        for n in numbers:
            code = f"O{n}"
            if code in INLINE:
                cell = cell_of([(TITLE[code], inline[code])])
                trs.append(f"<tr><td>{sub} {name}</td><td>{code}</td><td>{TITLE[code]}</td><td>{cell}</td><td>{cell}</td></tr>")
                detail = f"หน้า {inline[code]}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code])
                verdicts[code] = judge(code, ag, "ok", f"{where} แถว {code}", detail, row=False)
                continue
            c69, c70 = COLUMNS[code]
            new = new70(code, ag) if code == "O11" else [
                (f"{stem}-{NEXT}", styled(code, t), styled(code, b))
                for stem, t, b in ita_docs(code, ag, fy=NEXT)[:NEW70_4.get(code, 0)]]
            links69 = [] if c69 in ("denial", "nofile") else files(code, docs(code, ag, c69), dead=c69 == "dead")
            cell69 = {"denial": "อยู่ระหว่างดำเนินการ", "nofile": "-"}.get(c69) or cell_of(links69)
            if c70 == "new":
                links70 = files(code, new)
            elif c70 == "manual":
                links70 = files(code, [(f"{stem}-{NEXT}", f"{t} (ฉบับปรับปรุง ปีงบฯ 70)", b)
                                       for stem, t, b in ita_docs(code, ag)])
            else:
                links70 = []
            cell70 = cell_of(links70) if links70 else "อยู่ระหว่างดำเนินการ"
            trs.append(f"<tr><td>{sub} {name}</td><td>{code}</td><td>{TITLE[code]}</td><td>{cell69}</td><td>{cell70}</td></tr>")
            spot = f"{where} แถว {code}"
            if c70 == "manual":
                verdicts[code] = ("pass", f"หน้า {own}{oit} แถว {code}: คอลัมน์ 2569 '-' แต่คอลัมน์ 2570 มี {links70[0][0]} "
                                  "(คู่มือไม่มีเงื่อนไขปี ฉบับที่ใช้อยู่คือฉบับนี้)")
            elif code == "O24":
                verdicts[code] = ("partial", f"{spot}: '-'; มีเพียง {links70[0][0]} ในคอลัมน์ 'ปีงบประมาณ 2570' "
                                  f"(รายงานปี {CUR} ของรอบ {NEXT}; รอบ {CUR} ต้องเป็นรายงานปี {CUR - 1})")
            else:
                status, why = judge(code, ag, c69, spot, own + links69[0][1] if c69 == "dead" else "", row=False)
                if c70 == "new" and status == "pass":
                    why += f" (คอลัมน์ 2570 มี {links70[0][0]})"
                elif c70 == "denial":
                    why += " (คอลัมน์ 'ปีงบประมาณ 2570' เขียนว่า 'อยู่ระหว่างดำเนินการ': ของรอบ 2570)"
                verdicts[code] = (status, why)
    table = ('<table class="table table-bordered" border="1"><thead><tr><th>ตัวชี้วัดย่อย</th><th>ข้อ</th><th>ข้อมูล</th>'
             '<th>ปีงบประมาณ 2569</th><th>ปีงบประมาณ 2570 (ปีงบฯ 70)</th></tr></thead><tbody>' + "".join(trs)
             + "</tbody></table>")
    out.text(HOST4, oit.lstrip("/"), page("ITA 2569-2570", (
        f"<p>การเปิดเผยข้อมูลสาธารณะ (OIT) {ag['name']} ปีงบประมาณ 2569-2570</p>{table}")))
    for home in ("index.php", "index.html"):       # the server answers / with its index.php
        out.text(HOST4, home, page("หน้าแรก", (
            f'<div class="banner"><a href="{oit}"><img src="/images/logo.png" alt="ITA"></a></div>'
            f'<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS70 + NEWS69[:2])}')))
    pages = ["/index.php", oit, *(h for _, h in menu[1:] if h.endswith(".php")), "/complaint/send.php"]
    write_manifest(out, HOST4, {"types": {p: "text/html" for p in dict.fromkeys(pages)}})   # PHP answers HTML
    out.write_expected(HOST4, "newyear_year_columns: one OIT table 'ITA 2569-2570' with a column per fiscal year, the "
                       "2570 column mostly 'อยู่ระหว่างดำเนินการ' beside the 2569 column's files in the same row.",
                       site_meta("nongmaeo", "newyear_year_columns", ag, "Nong Mae Taeng SAO", "อบต.", "ชัยนาท",
                                 f"{own}/"), verdicts)


def build(dest: Path = SITES_DIR) -> None:
    for host in (HOST, HOST2, HOST3, HOST4):       # only these sites' folders; their forms live under hashed ids
        shutil.rmtree(dest / host, ignore_errors=True)
    out = HeldoutOut(dest)
    site_thungfai(out)
    site_banhuai(out)
    site_sapphaya(out)
    site_nongmaeo(out)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
