"""A held-out MOIT 2569 site: a district hospital whose MOIT evidence lives on its provincial health office's portal
(issue 19, round 8, lane "hospitals").

Run from the repository root:  python -m farm.builders.heldout_hospitals

  www.saimunhospital.go.th → ssjyasothon.moph.go.th/moit/unit.php?hcode=10955&fy=2569
      โรงพยาบาลทรายมูล (ยโสธร), MOIT 2569, architecture ``provincial_moit_portal``.
      The hospital's own small site (home, about, news, contact) has no MOIT documents: its menu's "MOIT 2569" links
      the provincial health office's MOIT system, one page per unit addressed by query string
      (``unit.php?hcode=<hospital code>&fy=<year>``), all units' uploads under ``/moit/uploads/<hcode>/``. The
      hospital's page is framed by the portal: a "เลือกหน่วยงาน" list linking the other units' pages (สสจ.ยโสธร,
      รพ.กุดชุม, รพ.คำเขื่อนแก้ว: every item present, one PDF per item for the whole year), the portal's home, and
      the hospital's own 2568 page (every item present, last round's PDFs).
      The hospital's table: one heading row per item, its code written four ways in turn ("MOIT 1", "moit02",
      "ข้อ 3", "ตัวชี้วัดที่ 4", …), then one row per sub-item ("4.1", "4.2", "4.3"; items without sub-items one
      row "n.1–n.3") with a column per quarter (ไตรมาส 1 … ไตรมาส 4) whose cells link "PDF" (a file per sub-item
      per quarter) or, for MOIT5 and MOIT10, "Google Sheet" (one shared Sheet per quarter,
      ``docs.google.com/spreadsheets/d/<id>/edit?usp=sharing``).
      Wrong (the hospital's own; the other units and its own 2568 page have them right):
      MOIT3 quarters 3–4 cells "-" (partial); MOIT5 quarter 4's Sheet is the 2568 round's quarter 4 (partial);
      MOIT7's PDFs answer 404 in every quarter (broken); MOIT13's cells all say "อยู่ระหว่างดำเนินการ" (missing);
      MOIT16 has no row at all (missing); MOIT19's files are the 2568 round's in every quarter (partial); MOIT22's
      quarter 3–4 cells are empty for both sub-items (partial).
      Markup source: provincial health offices' MOIT systems as they list units by hospital code (``hcode``) and
      fiscal year, with a unit picker; MOIT evidence numbered n.m (shared/notes/ita-years-research.md §8).

  www.phanahospital.go.th   โรงพยาบาลพนา (อำนาจเจริญ), MOIT 2569, architecture ``sheet_per_quarter``.
      The hospital's "MOIT 2569" page (``/moit.php``) is four buttons, one per quarter, each linking a Google Sheet
      published to the web (``docs.google.com/spreadsheets/d/e/2PACX-…/pubhtml``): one Sheet per quarter, its rows
      the items ("ตัวชี้วัดที่ 1" … with the item's name) and a cell linking the quarter's evidence file on Google
      Drive (``drive.google.com/file/d/<id>/view``: a person sees its name and its pages) by "คลิก".
      Wrong: MOIT8's quarter-3 cell "-" (partial); the quarter-4 Sheet has no MOIT12 row (partial); MOIT15's Drive
      files were deleted in every quarter (broken: Drive answers 404); MOIT18's files are the 2568 round's in every
      quarter (partial); MOIT21's cells all "อยู่ระหว่างดำเนินการ" (missing).

Every verdict was written before any engine run, as a careful assessor with a browser gives it: the hospital is
judged only on its own page of the portal and the files that page links; a quarter with "-", an empty cell or last
round's file has no evidence; a link answering 404 is broken; "อยู่ระหว่างดำเนินการ" or no row is missing.
"""
from __future__ import annotations

import hashlib
import html
import json
import shutil
import sys
from pathlib import Path

import yaml

from farm.builders.heldout_sites import HeldoutOut
from farm.builders.ita2569_moit import CUR, MOIT, MOIT_EVIDENCE, MOIT_SOURCE, MOIT_TITLE, moit_doc, quarter_text
from farm.builders.ita2569_moit import write_manifest
from farm.server import SITES_DIR

HOST, PORTAL = "www.saimunhospital.go.th", "ssjyasothon.moph.go.th"
HCODE = "10955"
SHEET = "1sYs69"                 # every Sheet id this builder writes starts so (a rebuild removes only its own)
PHANA = "www.phanahospital.go.th"
PUB, DRIVE = "2PACX-1vPh69", "1Ph69"    # this builder's published Sheets and Drive files
HOSTS = (HOST, PORTAL, PHANA)
OUTSIDE = [f"docs.google.com/spreadsheets/d/{SHEET}*", f"docs.google.com/spreadsheets/d/e/{PUB}*",
           f"drive.google.com/file/d/{DRIVE}*"]
H = dict(name="โรงพยาบาลทรายมูล", short="รพ.ทรายมูล", phone="045-787-044",
         address="199 หมู่ 3 ตำบลทรายมูล อำเภอทรายมูล จังหวัดยโสธร 35170", email="saimunhospital@gmail.com")
UNITS = [("00037", "สำนักงานสาธารณสุขจังหวัดยโสธร"), ("10954", "โรงพยาบาลกุดชุม"),
         ("10953", "โรงพยาบาลคำเขื่อนแก้ว"), (HCODE, H["name"])]
# sub-items of the items the hospital splits (the rest: one row "n.1–n.3")
SUBS = {
    1: ["คำสั่งแต่งตั้งคณะทำงานเผยแพร่ข้อมูลทางเว็บไซต์ที่ผู้บริหารลงนาม",
        "ประกาศแนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์",
        "กรอบแนวทางการเผยแพร่ข้อมูล", "แบบฟอร์มการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน"],
    4: ["แผนการจัดซื้อจัดจ้างและการจัดหาพัสดุ", "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง",
        "รายงานความก้าวหน้าการจัดซื้อจัดจ้างตามแผน"],
    9: ["คู่มือแนวปฏิบัติการจัดการเรื่องร้องเรียน", "ช่องทางการร้องเรียน (โทรศัพท์ เว็บไซต์ ตู้รับเรื่อง)"],
    22: ["แนวปฏิบัติที่เคารพสิทธิมนุษยชนและศักดิ์ศรีของผู้ปฏิบัติงาน",
         "รายงานการป้องกันและแก้ไขปัญหาการล่วงละเมิดหรือคุกคามทางเพศในการทำงาน"],
}
SHEET_ITEMS = {5, 10}
CODE_STYLES = [lambda n: f"MOIT {n}", lambda n: f"moit{n:02d}", lambda n: f"ข้อ {n}", lambda n: f"ตัวชี้วัดที่ {n}"]


def unit_url(hcode: str, fy: int = CUR) -> str:
    return f"/moit/unit.php?hcode={hcode}&fy={fy}"


def portal_page(title: str, body: str, hcode: str = "") -> str:
    """A page of the provincial office's MOIT system: its bar, the unit picker, then the unit's page."""
    picker = "".join(f'<li><a class="dropdown-item" href="{unit_url(c)}">{html.escape(n)}</a></li>' for c, n in UNITS)
    return (f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{title} | ระบบ MOIT สสจ.ยโสธร</title>'
            '<link rel="stylesheet" href="/moit/assets/bootstrap.min.css"></head><body>'
            '<nav class="navbar navbar-dark bg-success"><a class="navbar-brand" href="/moit/index.php">'
            'ระบบติดตามการเปิดเผยข้อมูลสาธารณะ (MOIT) สำนักงานสาธารณสุขจังหวัดยโสธร</a><ul class="navbar-nav">'
            '<li class="nav-item"><a class="nav-link" href="/moit/index.php">หน้าแรก</a></li>'
            f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#">เลือกหน่วยงาน</a>'
            f'<ul class="dropdown-menu">{picker}</ul></li>'
            '<li class="nav-item"><a class="nav-link" href="/moit/login.php">เข้าสู่ระบบ (เจ้าหน้าที่)</a></li></ul></nav>'
            f'<div class="container" data-hcode="{hcode}"><h2>{title}</h2>{body}</div>'
            '<footer class="text-center small">กลุ่มงานกฎหมาย สำนักงานสาธารณสุขจังหวัดยโสธร โทร 045-712-233</footer>'
            '</body></html>')


def sub_doc(site: str, n: int, k: int, q: int, fy: int) -> tuple[str, str]:
    """(title, body) of sub-item n.k's evidence for quarter q of fiscal year fy."""
    months, memo = quarter_text(q, fy)
    what = SUBS[n][k - 1]
    title = f"{n}.{k} {what} ไตรมาสที่ {q} ปีงบประมาณ พ.ศ. {fy}"
    body = (f"<p>{site}</p><p>MOIT {n} {MOIT_TITLE[f'MOIT{n}']}</p><p>{n}.{k} {what}</p>"
            f"<p>ไตรมาสที่ {q} ปีงบประมาณ พ.ศ. {fy} (ข้อมูล {months})</p>"
            f"<p>บันทึกข้อความ ขออนุมัติเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน ลงวันที่ {memo} ผู้อำนวยการลงนามอนุญาต</p>")
    return title, body


def sheet_page(out: HeldoutOut, n: int, q: int, fy: int) -> str:
    """A Google Sheet shared by link (its edit view as served: the title and the grid)."""
    sid = SHEET + hashlib.sha1(f"{HCODE}/{n}/{q}/{fy}".encode()).hexdigest()[:38]
    months, _ = quarter_text(q, fy)
    name = (f"MOIT{n} {'สรุปผลการจัดซื้อจัดจ้างและการจัดหาพัสดุรายเดือน' if n == 5 else 'สรุปผลการดำเนินงานเรื่องร้องเรียน'}"
            f" ไตรมาสที่ {q} ปีงบประมาณ พ.ศ. {fy} {H['short']}")
    first = {1: ("ตุลาคม", "พฤศจิกายน", "ธันวาคม"), 2: ("มกราคม", "กุมภาพันธ์", "มีนาคม"),
             3: ("เมษายน", "พฤษภาคม", "มิถุนายน"), 4: ("กรกฎาคม", "สิงหาคม", "กันยายน")}[q]
    year = fy - 1 if q == 1 else fy
    head = (["เดือน", "จำนวนโครงการ", "วงเงิน (บาท)", "วิธีการจัดซื้อจัดจ้าง"] if n == 5 else
            ["เดือน", "เรื่องร้องเรียนการให้บริการ", "เรื่องร้องเรียนการทุจริต", "ผลการดำเนินการ"])
    rows = [[f"{m} {year}", str(3 + k), f"{(k + 2) * 41_500:,}", "เฉพาะเจาะจง"] if n == 5 else
            [f"{m} {year}", str(k + 1), "0", "ดำเนินการแล้วเสร็จ"] for k, m in enumerate(first)]
    grid = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in [head, *rows])
    out.text("docs.google.com", f"spreadsheets/d/{sid}/edit/index.html",
             f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{name} - Google ชีต</title></head>'
             f'<body><div id="docs-title-widget"><span class="docs-title-input-label-inner">{name}</span></div>'
             f'<div class="grid-container"><p>{MOIT_TITLE[f"MOIT{n}"]} (ข้อมูล {months})</p>'
             f'<table class="waffle">{grid}</table></div></body></html>')
    return f"https://docs.google.com/spreadsheets/d/{sid}/edit?usp=sharing"


def cell(links: list[tuple[str, str]], text: str = "") -> str:
    return "<td>" + (" ".join(f'<a href="{html.escape(u)}" target="_blank">{t}</a>' for t, u in links) or text) + "</td>"


def hospital_table(out: HeldoutOut) -> tuple[str, dict]:
    """Sai Mun's MOIT 2569 table on the portal, its files, and the assessor's verdicts."""
    up = f"/moit/uploads/{HCODE}/{CUR}"
    where = f"หน้า https://{PORTAL}{unit_url(HCODE)}"
    heads = "".join(f"<th>ไตรมาส {q}</th>" for q in range(1, 5))
    rows, verdicts = [], {}
    for code, title in MOIT:
        n = int(code[4:])
        shown = CODE_STYLES[(n - 1) % 4](n)
        if n == 16:                                            # no row at all
            verdicts[code] = ("missing", f"{where}: ตารางไม่มีแถว MOIT 16 (ข้ามจากข้อ 15 ไปข้อ 17); "
                                         "หน่วยงานอื่นในระบบมี แต่ไม่ใช่ของโรงพยาบาลทรายมูล")
            continue
        rows.append(f'<tr class="table-success"><th colspan="5">{shown} {html.escape(title)}</th></tr>')
        subs = [(f"{n}.{k}", what) for k, what in enumerate(SUBS.get(n, []), 1)] or [(f"{n}.1–{n}.3", "หลักฐานเชิงประจักษ์")]
        for k, (num, what) in enumerate(subs, 1):
            cells = []
            for q in range(1, 5):
                if n == 13:
                    cells.append(cell([], "อยู่ระหว่างดำเนินการ"))
                    continue
                if (n == 3 and q >= 3):
                    cells.append(cell([], "-"))
                    continue
                if n == 22 and q >= 3:
                    cells.append(cell([], ""))
                    continue
                fy = CUR - 1 if (n == 19 or (n == 5 and q == 4)) else CUR
                if n in SHEET_ITEMS:
                    cells.append(cell([("Google Sheet", sheet_page(out, n, q, fy))]))
                    continue
                path = f"{up}/q{q}/moit{n}_{k}.pdf"
                if n != 7:                                     # MOIT7's files were never uploaded: 404
                    t, b = sub_doc(H["name"], n, k, q, fy) if n in SUBS else moit_doc(H["name"], n, q, fy)
                    out.pdf(PORTAL, path, t, b)
                cells.append(cell([("PDF", path)]))
            rows.append(f"<tr><td>{num} {html.escape(what)}</td>{''.join(cells)}</tr>")
        detail = {
            3: ("partial", "ไตรมาส 1–2 มี PDF ปี 2569; ช่องไตรมาส 3 และ 4 เป็น '-'"),
            5: ("partial", "Google Sheet ไตรมาส 1–3 ปี 2569; ช่องไตรมาส 4 ลิงก์ Google Sheet ไตรมาสที่ 4 ปีงบประมาณ 2568"),
            7: ("broken", "ลิงก์ PDF ทั้ง 4 ไตรมาสตอบ 404"),
            13: ("missing", "ทุกช่องไตรมาสเขียนว่า 'อยู่ระหว่างดำเนินการ' ไม่มีเอกสาร"),
            19: ("partial", "PDF ทั้ง 4 ไตรมาสเป็นของปีงบประมาณ พ.ศ. 2568"),
            22: ("partial", "22.1 และ 22.2 มี PDF ไตรมาส 1–2 ปี 2569; ช่องไตรมาส 3 และ 4 ว่าง"),
        }.get(n)
        if detail:
            verdicts[code] = (detail[0], f"{where} {shown}: {detail[1]}")
        elif n in SHEET_ITEMS:
            verdicts[code] = ("pass", f"{where} {shown}: Google Sheet ไตรมาส 1–4 ปีงบประมาณ 2569 ครบ (รายเดือน)")
        else:
            parts = ", ".join(num for num, _ in subs)
            verdicts[code] = ("pass", f"{where} {shown}: {parts} มี PDF ไตรมาส 1–4 ปีงบประมาณ 2569 ครบ")
    table = (f'<table class="table table-bordered moit-table"><thead><tr><th>ประเด็น / หลักฐานเชิงประจักษ์</th>{heads}'
             f'</tr></thead><tbody>{"".join(rows)}</tbody></table>')
    return table, verdicts


def year_table(out: HeldoutOut, hcode: str, name: str, fy: int) -> str:
    """Another unit's (or last round's) complete table: one PDF per item for the whole year, across the quarters."""
    rows = []
    for code, title in MOIT:
        n = int(code[4:])
        path = f"/moit/uploads/{hcode}/{fy}/moit{n}.pdf"
        t = f"MOIT{n} ไตรมาสที่ 1–4 ปีงบประมาณ พ.ศ. {fy}"
        b = (f"<p>{name}</p><p>MOIT {n} {title}</p><p>ไตรมาสที่ 1–4 ปีงบประมาณ พ.ศ. {fy} (ข้อมูล 1 ตุลาคม {fy - 1} – "
             f"30 กันยายน {fy})</p><p>{n}.1 {MOIT_EVIDENCE[n]}</p><p>{n}.2 บันทึกข้อความขออนุมัติเผยแพร่ข้อมูล</p>"
             f"<p>{n}.3 แบบฟอร์มการขออนุญาตเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน</p>")
        out.pdf(PORTAL, path, t, b)
        rows.append(f'<tr><td>MOIT {n}</td><td>{html.escape(title)}</td><td colspan="4">'
                    f'<a href="{path}" target="_blank">PDF ไตรมาส 1–4</a></td></tr>')
    heads = "".join(f"<th>ไตรมาส {q}</th>" for q in range(1, 5))
    return (f'<table class="table table-bordered moit-table"><thead><tr><th>ข้อ</th><th>ประเด็น</th>{heads}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>')


def hospital_site(out: HeldoutOut) -> None:
    moit = f"https://{PORTAL}{unit_url(HCODE)}"
    menu = [("หน้าหลัก", "/"), ("เกี่ยวกับเรา", "/about.html"), ("ข่าวประชาสัมพันธ์", "/news.html"),
            ("MOIT 2569", moit), ("ติดต่อเรา", "/contact.html")]
    nav = "".join(f'<li class="nav-item"><a class="nav-link" href="{html.escape(u)}">{t}</a></li>' for t, u in menu)

    def page(title: str, body: str) -> str:
        return (f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{title} - {H["name"]}</title></head>'
                f'<body><header><div class="brand">{H["name"]} อำเภอทรายมูล จังหวัดยโสธร</div>'
                f'<ul class="navbar-nav">{nav}</ul></header><main class="container">{body}</main>'
                f'<footer><p>{H["name"]} {H["address"]} โทร {H["phone"]} อีเมล {H["email"]}</p></footer></body></html>')
    news = [("14 ส.ค. 2569", "รณรงค์ป้องกันไข้เลือดออก ตำบลทรายมูล"), ("2 มิ.ย. 2569", "เปิดคลินิกผู้สูงอายุวันพุธ"),
            ("9 ม.ค. 2569", "วันเด็กแห่งชาติ 2569 ที่โรงพยาบาลทรายมูล")]
    items = "".join(f"<li><span class=\"date\">{d}</span> {t}</li>" for d, t in news)
    out.text(HOST, "index.html", page("หน้าหลัก", f"<h3>ข่าวประชาสัมพันธ์</h3><ul>{items}</ul>"
             f'<div class="card"><p>โรงพยาบาลทรายมูลเผยแพร่ข้อมูลสาธารณะ (MOIT) ผ่านระบบของสำนักงานสาธารณสุขจังหวัดยโสธร</p>'
             f'<a href="{html.escape(moit)}">MOIT 2569 โรงพยาบาลทรายมูล</a></div>'))
    out.text(HOST, "about.html", page("เกี่ยวกับเรา", "<p>โรงพยาบาลชุมชนขนาด 30 เตียง ให้บริการประชาชนอำเภอทรายมูล</p>"))
    out.text(HOST, "news.html", page("ข่าวประชาสัมพันธ์", f"<ul>{items}</ul>"))
    out.text(HOST, "contact.html", page("ติดต่อเรา", f"<p>{H['address']} โทร {H['phone']} อีเมล {H['email']}</p>"))
    write_manifest(out, HOST, {})


def portal(out: HeldoutOut) -> dict:
    table, verdicts = hospital_table(out)
    old = f'<p><a href="{unit_url(HCODE, CUR - 1)}">ดูข้อมูลปีงบประมาณ {CUR - 1}</a></p>'
    out.text(PORTAL, f"moit/unit.php@hcode={HCODE}&fy={CUR}", portal_page(
        f"{H['name']} ปีงบประมาณ พ.ศ. {CUR}", f"<p>หลักฐานเชิงประจักษ์ MOIT 1–22 แยกตามไตรมาส ของ{H['name']}</p>{old}{table}",
        HCODE))
    out.text(PORTAL, f"moit/unit.php@hcode={HCODE}&fy={CUR - 1}", portal_page(
        f"{H['name']} ปีงบประมาณ พ.ศ. {CUR - 1}", year_table(out, HCODE, H["name"], CUR - 1), HCODE))
    for hcode, name in UNITS[:-1]:
        out.text(PORTAL, f"moit/unit.php@hcode={hcode}&fy={CUR}", portal_page(
            f"{name} ปีงบประมาณ พ.ศ. {CUR}", f"<p>หลักฐานเชิงประจักษ์ MOIT 1–22 ของ{name}</p>"
            + year_table(out, hcode, name, CUR), hcode))
    units = "".join(f'<tr><td>{c}</td><td><a href="{unit_url(c)}">{html.escape(n)}</a></td><td>22/22</td></tr>'
                    for c, n in UNITS)
    out.text(PORTAL, "moit/index.php", portal_page("หน่วยงานในจังหวัดยโสธร ปีงบประมาณ พ.ศ. 2569",
             f'<table class="table"><tr><th>รหัสหน่วยบริการ</th><th>หน่วยงาน</th><th>ความครบถ้วน</th></tr>{units}</table>'))
    out.text(PORTAL, "moit/login.php", portal_page("เข้าสู่ระบบ", '<form method="post"><input name="user"><input '
                                                   'type="password" name="pass"><button>เข้าสู่ระบบ</button></form>'))
    out.text(PORTAL, "index.html", portal_page("สำนักงานสาธารณสุขจังหวัดยโสธร", '<a href="/moit/index.php">ระบบ MOIT</a>'))
    write_manifest(out, PORTAL, {"types": {"/moit/index.php": "text/html", "/moit/login.php": "text/html"}})
    return verdicts


def write_expected(out: HeldoutOut, verdicts: dict) -> None:
    meta = dict(agency="saimunhosp", year=CUR, family="moit", style="provincial_moit_portal",
                architecture="provincial_moit_portal", heldout=True,
                registry=dict(name_th=H["name"], name_en="Sai Mun Hospital", type="โรงพยาบาลชุมชน", province="ยโสธร",
                              url=f"http://{HOST}/"))
    lines = ["# provincial_moit_portal: a district hospital whose MOIT 2569 page is one unit's page of its provincial "
             "health office's MOIT system (unit.php?hcode=…&fy=…), beside the other units' and its own 2568 page; "
             "sub-items in rows, a column per quarter, codes written four ways, a Google Sheet per quarter.",
             f"items_source: {json.dumps(MOIT_SOURCE, ensure_ascii=False)}",
             yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=200).rstrip(), "items:"]
    lines += [f"  {code}: {{status: {status}, why: {json.dumps(why, ensure_ascii=False)}}}"
              for code, (status, why) in sorted(verdicts.items(), key=lambda kv: int(kv[0][4:]))]
    out.text(HOST, "expected.yaml", "\n".join(lines) + "\n")


def _hid(*parts) -> str:
    return hashlib.sha1("/".join(map(str, parts)).encode()).hexdigest()[:30]


def site_phana(out: HeldoutOut) -> None:
    """A Google Sheet published per quarter, each listing the items with a Drive file per item."""
    from farm.builders.heldout_sites import sheet_html
    name, short = "โรงพยาบาลพนา", "รพ.พนา"
    where = f"หน้า https://{PHANA}/moit.php"
    sheets, verdicts = [], {}
    for q in range(1, 5):
        rows = [["ตัวชี้วัด", "ประเด็นการประเมิน", "หลักฐาน (ไฟล์)", "หมายเหตุ"]]
        for code, title in MOIT:
            n = int(code[4:])
            if n == 12 and q == 4:
                continue                                      # no row in quarter 4's Sheet
            if n == 21 or (n == 8 and q == 3):
                rows.append([f"ตัวชี้วัดที่ {n}", html.escape(title), "อยู่ระหว่างดำเนินการ" if n == 21 else "-", ""])
                continue
            fid = DRIVE + _hid(PHANA, n, q)
            fy = CUR - 1 if n == 18 else CUR
            file = f"MOIT{n}_ไตรมาส{q}_{fy}.pdf"
            if n == 15:                                       # deleted from Drive: 404
                url = f"https://drive.google.com/file/d/{fid}/view?usp=sharing"
            else:
                t, b = moit_doc(name, n, q, fy)
                url = out.drive(fid, file, f"<h2>{t}</h2>{b}")
            rows.append([f"ตัวชี้วัดที่ {n}", html.escape(title), f'<a href="{html.escape(url)}" target="_blank">คลิก</a>',
                         f"ไตรมาส {q}/{fy % 100}"])
        sid = PUB + _hid(PHANA, "sheet", q)[:40]
        out.text("docs.google.com", f"spreadsheets/d/e/{sid}/pubhtml/index.html",
                 sheet_html(f"MOIT 2569 {short} ไตรมาสที่ {q}", [(f"ไตรมาส {q}", rows)]))
        sheets.append((q, f"https://docs.google.com/spreadsheets/d/e/{sid}/pubhtml"))
    buttons = "".join(f'<a class="btn btn-primary m-1" href="{u}" target="_blank">ไตรมาส {q}/2569</a>' for q, u in sheets)
    nav = ('<ul class="nav"><li><a href="/">หน้าหลัก</a></li><li><a href="/about.php">เกี่ยวกับเรา</a></li>'
           '<li><a href="/moit.php">MOIT 2569</a></li><li><a href="/contact.php">ติดต่อเรา</a></li></ul>')

    def page(title: str, body: str) -> str:
        return (f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{title} | {name}</title></head>'
                f'<body><header><h1>{name} จังหวัดอำนาจเจริญ</h1>{nav}</header><main>{body}</main>'
                f'<footer>{name} 99 หมู่ 1 ตำบลพนา อำเภอพนา จังหวัดอำนาจเจริญ 37180 โทร 045-465-099</footer></body></html>')
    out.text(PHANA, "index.html", page("หน้าหลัก", "<h3>ข่าวประชาสัมพันธ์</h3><ul><li>รณรงค์ฉีดวัคซีนไข้หวัดใหญ่ 2569</li></ul>"
                                                   '<p><a href="/moit.php">MOIT 2569 การเปิดเผยข้อมูลสาธารณะ</a></p>'))
    out.text(PHANA, "about.php", page("เกี่ยวกับเรา", f"<p>{name} โรงพยาบาลชุมชนขนาด 30 เตียง</p>"))
    out.text(PHANA, "contact.php", page("ติดต่อเรา", "<p>โทร 045-465-099</p>"))
    out.text(PHANA, "moit.php", page("MOIT 2569", "<h2>การเปิดเผยข้อมูลสาธารณะ (MOIT) ปีงบประมาณ พ.ศ. 2569</h2>"
                                     f"<p>หลักฐานเชิงประจักษ์ MOIT 1–22 แยกตามไตรมาส (Google Sheet)</p>{buttons}"))
    write_manifest(out, PHANA, {"types": {"/moit.php": "text/html", "/about.php": "text/html", "/contact.php": "text/html"}})
    for code, _ in MOIT:
        n = int(code[4:])
        verdicts[code] = {
            8: ("partial", "Google Sheet ไตรมาส 3 แถวตัวชี้วัดที่ 8 เป็น '-'; ไตรมาส 1, 2, 4 มีไฟล์ Drive ปี 2569"),
            12: ("partial", "Google Sheet ไตรมาส 4 ไม่มีแถวตัวชี้วัดที่ 12; ไตรมาส 1–3 มีไฟล์ Drive ปี 2569"),
            15: ("broken", "ไฟล์ Drive ทั้ง 4 ไตรมาสถูกลบ (ไดรฟ์ตอบ 404)"),
            18: ("partial", "ไฟล์ Drive ทั้ง 4 ไตรมาสเป็นของปีงบประมาณ 2568"),
            21: ("missing", "ทุกไตรมาสเขียนว่า 'อยู่ระหว่างดำเนินการ' ไม่มีไฟล์"),
        }.get(n, ("pass", "Google Sheet ไตรมาส 1–4: ไฟล์ Drive ของข้อนี้ ปีงบประมาณ 2569 ครบทุกไตรมาส"))
        verdicts[code] = (verdicts[code][0], f"{where} -> Google Sheet ต่อไตรมาส, ตัวชี้วัดที่ {n}: {verdicts[code][1]}")
    meta = dict(agency="phanahosp", year=CUR, family="moit", style="sheet_per_quarter", architecture="sheet_per_quarter",
                heldout=True, registry=dict(name_th=name, name_en="Phana Hospital", type="โรงพยาบาลชุมชน",
                                            province="อำนาจเจริญ", url=f"http://{PHANA}/"))
    lines = ["# sheet_per_quarter: a hospital's MOIT 2569 page links one published Google Sheet per quarter, its rows "
             "the items ('ตัวชี้วัดที่ N') each linking the quarter's Drive file.",
             f"items_source: {json.dumps(MOIT_SOURCE, ensure_ascii=False)}",
             yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=200).rstrip(), "items:"]
    lines += [f"  {c}: {{status: {st}, why: {json.dumps(w, ensure_ascii=False)}}}" for c, (st, w) in verdicts.items()]
    out.text(PHANA, "expected.yaml", "\n".join(lines) + "\n")


def build(dest: Path = SITES_DIR) -> None:
    for host in HOSTS:
        shutil.rmtree(dest / host, ignore_errors=True)
    for pattern in OUTSIDE:
        for old in dest.glob(pattern):
            shutil.rmtree(old) if old.is_dir() else old.unlink()
    out = HeldoutOut(dest)
    hospital_site(out)
    write_expected(out, portal(out))
    site_phana(out)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
