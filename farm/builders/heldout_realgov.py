"""Two held-out ITA 2569 sites rendered from real Thai agency website templates found in public GitHub repositories
(round 13, lane "realgov"): markup the farm had not drawn, reached and laid out as those templates reach and lay
out their ITA section.

Run from the repository root:  python -m farm.builders.heldout_realgov

  www.nonglom.go.th         เทศบาลตำบลหนองหล่ม (ลำปาง)       ci_ita_year_topics
      Drawn from github.com/assystemth/Thongtanee (a CodeIgniter 3 CMS a Thai vendor deploys for many เทศบาล/อบต.;
      its sibling repositories assystemth/Sawang_new, Donmong, Kapchoeng are the same product):
      application/views/frontend/home.php (the "การดำเนินงาน" drop-down: a ``<button class="dropdown-trigger">``
      over a ``<div class="dropdown-content">`` of links, ITA among 20 others, and a picture-only link
      ``t.item-vision-right1.png`` to ``Pages/ita_all``), views/frontend/ita_all.php (two rows: "ITA ประจำปี" and
      "การประเมินคุณธรรมและความโปร่งใส ITA"), ita_year.php (one row a year, "ITA ประจำปี 2569", linking
      ``Pages/ita_year_detail/<row id>`` — the id is the database row, not the year), ita_year_detail.php (topics
      ``font-ita-head``; each item a ``<span class="font-ita-content">`` name, then a Bootstrap row of three
      columns: the word "ลิงค์" once a link, the link's URL written out as text, and a "เปิด" button per link — the
      only anchor text is "เปิด", the item's name is a sibling span above the row), ita.php / ita_detail.php (news-like
      posts "เรื่อง …" whose PDFs are an ``<object data>`` viewer and a picture-only ``<a … download>`` button with
      ``onclick="downloadFile(event, id)"``); uploads renamed to random names under ``docs/file/``.
      Some 2569 items link a PDF in docs/file directly; O5, O16, O20 and O23 link an ITA post (Pages/ita_detail/<id>)
      holding the PDFs; web items link the CMS's own pages.
      Wrong: O3 the contact page has no map (partial: a missing component), O6 progress covers 3 months (partial),
      O7 is last year's report (partial), O13's "เปิด" is a 404 (broken), O21's name stands with no link at all
      (missing as first written; partial by the house rule, the 2568 page holding its documents).

  www.nongyai-sao.go.th     อบต.หนองใหญ่ (ชลบุรี)            php_collapse_tree
      Drawn from github.com/sompawn/nysso (a hand-written PHP site of a district office):
      page/include/navbar.php (a whole ``<!DOCTYPE html><html><head></head><body>`` document included inside the
      page's body; the "ITA" drop-down ``data-toggle="dropdown"`` listing one page a year, "ITA ปีงบฯ 2569" →
      ``ITA69.php``), page/ITA64.php (a "tree": one ``<ul><li>`` box an item, its head an ``<a data-toggle="collapse"
      href="#lN">`` folder with a "V" badge, its documents in a ``<div class="collapse">`` list; a document row is
      a title anchor whose href is ``#!`` beside a second anchor to ``../upload/ITA/ITA2564/EB1/01.pdf`` whose icon was
      commented out — an anchor with no text at all —, some rows a title anchor to the PDF plus an icon anchor;
      file names 01.pdf, 02.pdf saying nothing; one box closed by the template's own typo
      ``</li </li> </li> </div> </li> </ul>`` so that every later box nests inside it). The site's root is a
      ``<meta http-equiv="refresh">`` to page/index.php.
      Wrong: O6 progress covers 3 months (partial), O9 is last year's manual (written partial before the first run;
      corrected to pass after it: the manual names no year, word for word this year's, and O9 has no year rule —
      the fault was never drawn), O11's PDF is gone (404: broken), O19's box holds only "-" (missing as first written; partial by the house rule, ITA68.php holding its
      documents), O25 has no box on the page and is nowhere else on the site (missing).

Every verdict was written before any engine run, as a careful assessor with a browser gives it: the assessor opens
the menu, picks the year 2569 (the "ITA ประจำปี 2569" row; the "ITA ปีงบฯ 2569" entry), opens every topic or folder,
presses each "เปิด" (or the PDF anchor beside a title) and reads what opens, and judges the documents by
heldout_sites.py's rules (wrong year, a 3-month report = partial; "-", nothing = missing; a file that is not there =
broken). Last year's page says nothing of 2569.
"""
from __future__ import annotations

import hashlib
import html
import shutil
import sys
from pathlib import Path

from farm.builders.heldout_sites import TITLE, HeldoutOut, docs, judge, own_pages, publish_docs, site_meta
from farm.builders.heldout_unforeseen import agency
from farm.builders.heldout_webforms import house_rule
from farm.builders.ita2569_moit import NEWS69, news_list, write_manifest
from farm.builders.reading_sites_content import INLINE, INLINE_WHY, SUB, exec_why, photos
from farm.server import SITES_DIR

HOSTS = ("www.nonglom.go.th", "www.nongyai-sao.go.th")
KINDS = {"structure": "O1", "executives": "O2", "contact": "O3", "news": "O4", "eservice": "O10", "complaint": "O17"}
NOMAP = "มีที่อยู่ โทร โทรสาร อีเมล และช่องทางสอบถาม (LINE) แต่ไม่มีแผนที่ตั้งหน่วยงาน"


def inline_why(code: str, ag: dict, mode: str) -> str:
    if mode == "nomap":
        return NOMAP
    return exec_why(ag) if code == "O2" else INLINE_WHY[code]


# ----------------------------------------------------------------------------------------------------------------
# 1. ci_ita_year_topics: assystemth's CodeIgniter CMS

def ci_page(ag: dict, crumb: str, body: str) -> str:
    """The vendor's frontend template: header, the drop-down buttons (every link in the markup, shown on hover),
    the breadcrumb path, the page, the footer."""
    def drop(name: str, links: list[tuple[str, str]]) -> str:
        lis = "".join(f'<li><a class="mar-left-9 dropdown-item" href="{h}"><img src="/docs/t.item-img-navmid.png">'
                      f'&nbsp;&nbsp;{t}</a></li>' for t, h in links)
        return (f'<button class="dropdown-trigger" style="border: none; background: none; padding: 0; margin: 0; '
                f'padding-left: 100px; padding-top: 5px;">{name}</button><div class="dropdown-content"><ul '
                f'class="no-bullets mt-4"><div class="dropdown-left">{lis}</div></ul></div>')
    menus = [("หน้าแรก", [("หน้าแรก", "/Home")]),
             ("ข้อมูลพื้นฐาน", [("ประวัติความเป็นมา", "/Pages/history"), ("โครงสร้างส่วนราชการ", "/Pages/structure"),
                                ("คณะผู้บริหาร", "/Pages/executives"), ("ติดต่อเรา", "/Pages/contact")]),
             ("ข่าวสาร", [("ข่าวประชาสัมพันธ์", "/Pages/news"), ("ผังเว็บไซต์", "/Pages/all_web")]),
             ("บริการประชาชน", [("E-Service", "/Pages/eservice"), ("แจ้งเรื่องร้องเรียนการทุจริต", "/Pages/complaint")]),
             ("การดำเนินงาน", [("รายงานติดตามและประเมินผลแผนพัฒนาท้องถิ่น", "/Pages/operation_reauf"),
                               ("รายงานผลการประหยัดพลังงาน", "/Pages/operation_rse"),
                               ("ITA การประเมินคุณธรรมและความโปร่งใส", "/Pages/ita_all"),
                               ("การปฏิบัติการป้องกันการทุจริต", "/Pages/operation_aca"),
                               ("นโยบายไม่รับของขวัญ no gift policy", "/Pages/operation_pgn"),
                               ("LPA การประเมินประสิทธิภาพขององค์กร", "/Pages/lpa")])]
    nav = "".join(drop(n, links) for n, links in menus)
    return ('<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-'
            f'width, initial-scale=1.0"><title>{ag["name"]}</title><link rel="stylesheet" href="/asset/css/'
            'bootstrap.min.css"><link rel="stylesheet" href="/asset/css/style.css"></head><body><div class="bg-head">'
            f'<img src="/docs/logo.png" width="130"><span class="font-head-name">{ag["name"]}</span></div>'
            f'<div class="navbar-mid">{nav}</div><div class="bg-pages"><div class="row pad-path"><div class="path1-1">'
            '<span class="font-path-1 underline"><a href="/Home">หน้าแรก</a></span></div><div class="path2-2">'
            f'<span class="font-path-2 underline"><a href="#">{crumb}</a></span></div></div>{body}</div>'
            f'<footer class="bg-footer"><span class="font-footer">{ag["name"]} {ag["address"]} โทรศัพท์ {ag["phone"]} '
            f'โทรสาร {ag["fax"]} อีเมล {ag["email"]}</span></footer></body></html>')


def ci_rows(rows: list[tuple[str, str]], back: str) -> str:
    """The list template of ita_all.php / ita_year.php / ita.php: a logo, the title in an ellipsis span."""
    trs = "".join('<div class="pages-select-pdf underline"><div class="row"><div class="col-1 style-col-img">'
                  '<img class="border-radius24" src="/docs/k.logo.png" width="94px" height="63px"></div><div class="col-9 '
                  f'font-pages-content"><a href="{h}"><span class="one-line-ellipsis">{t}</span></a></div><div '
                  'class="col-2 span-time-pages-news"><span></span></div></div></div>' for t, h in rows)
    pager = ('<nav aria-label="Page navigation example"><ul class="pagination"><li class="page-item active">'
             '<a class="page-link" href="?page=1">1</a></li></ul></nav>')
    return (f'{trs}{pager}<div class="margin-top-delete-topic d-flex justify-content-end"><a href="{back}">'
            '<img src="/docs/k.btn-back.png"></a></div>')


def ci_head(title: str) -> str:
    return (f'<div class="container-pages-news"><div class="page-center"><div class="head-pages-two"><span '
            f'class="font-pages-head">{title}</span></div></div><div style="padding-top: 80px;"></div>')


def site_nonglom(out: HeldoutOut) -> dict:
    host = HOSTS[0]
    base = f"http://{host}"
    ag = agency("หนองหล่ม", "ห้างฉัตร", "ลำปาง", "nonglom", "52190",
                ["นายสุรชัย คำแสน", "นายอุดม ปัญญาดี", "นางพิมพ์ใจ ศรีวงศ์"], ["081-660-7101", "081-660-7102", "081-660-7103"])
    ag.update(name="เทศบาลตำบลหนองหล่ม", short="เทศบาลตำบลหนองหล่ม", email="saraban@nonglom.go.th", map="18.32,99.36",
              line="@nonglomcity", address="88 หมู่ 2 ตำบลหนองหล่ม อำเภอห้างฉัตร จังหวัดลำปาง 52190",
              execs=[("นายสุรชัย คำแสน", "นายกเทศมนตรีตำบลหนองหล่ม"), ("นายอุดม ปัญญาดี", "รองนายกเทศมนตรีตำบลหนองหล่ม"),
                     ("นางพิมพ์ใจ ศรีวงศ์", "ปลัดเทศบาลตำบลหนองหล่ม")])
    ag["map_on"] = False                      # O3: the contact page shows no map
    modes = {"O3": "nomap", "O6": "half", "O7": "stale", "O13": "dead", "O21": "nofile"}
    posts_for = {"O5": 41, "O16": 44, "O20": 47, "O23": 52}        # items whose link is an ITA post
    photos(out, host, ag)
    html_paths: list[str] = []

    def put(path: str, text: str) -> None:
        out.text(host, path, text)
        if "." not in path.rsplit("/", 1)[-1]:
            html_paths.append("/" + path)

    def page(title: str, body: str) -> str:
        return ci_page(ag, title, ci_head(title) + body + "</div>")
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ เทศบาลตำบลหนองหล่ม")
    own = {k: f"Pages/{k}" for k in KINDS}
    own_pages(out, host, ag, page, own, form, "/Pages/complaint_save")
    html_paths.extend("/" + p for p in own.values())

    def upload(code: str, stem: str, ext: str, year: int) -> str:
        return f"/docs/file/{hashlib.sha1(f'{host}/{year}/{code}/{stem}'.encode()).hexdigest()[:20]}.{ext}"

    posts: dict[int, tuple[str, list[tuple[str, str]], str]] = {}

    def detail(year: int, row_id: int) -> dict:
        where = f"หน้า {base}/Pages/ita_year_detail/{row_id} (ITA ประจำปี {year})"
        blocks, verdicts = [], {}
        for sub, name, numbers in SUB:
            items = []
            for n in numbers:
                code = f"O{n}"
                mode = modes.get(code, "ok") if year == 2569 else "stale"
                at = f"{where} หัวข้อ '{sub} {name}' รายการ {code}"
                if code in INLINE:
                    kind = next(k for k, c in KINDS.items() if c == code)
                    hrefs = [f"{base}/Pages/{kind}"]
                    m = modes.get(code, "ok") if year == 2569 else "ok"
                    verdicts[code] = judge(code, ag, m, at, f"ปุ่ม 'เปิด' → หน้า /Pages/{kind}: " + inline_why(code, ag, m))
                else:
                    links, dead = publish_docs(out, host, code, ag, mode,
                                               lambda stem, ext, c=code, y=year: upload(c, stem, ext, y))
                    if code in posts_for and year == 2569:
                        pid = posts_for[code]
                        posts[pid] = (TITLE[code], links, f"{code} {TITLE[code]}")
                        hrefs = [f"{base}/Pages/ita_detail/{pid}"]
                        verdicts[code] = judge(code, ag, mode, f"{at}: ปุ่ม 'เปิด' → โพสต์ /Pages/ita_detail/{pid}")
                    else:
                        hrefs = [base + h for _, h in links]
                        verdicts[code] = house_rule(judge(code, ag, mode, at, f"{base}{dead}" if dead else ""), mode)
                        if mode == "nofile":
                            verdicts[code] = house_rule(("missing", f"{at}: มีแต่ชื่อรายการ ไม่มีลิงก์และไม่มีปุ่ม 'เปิด'"),
                                                        mode)
                labels = "".join('<span class="font-ita-content-detail">ลิงค์</span><br><br>' for _ in hrefs)
                texts = "".join(f'<span class="font-ita-content-detail one-line-ellipsis">{html.escape(h)}</span><br><br>'
                                for h in hrefs)
                buttons = "".join(f'<a class="btn btn-ita-open" target="_blank" href="{html.escape(h)}">เปิด</a><br>'
                                  for h in hrefs)
                items.append(f'<span class="font-ita-content">{code} {TITLE[code]}</span><div class="row mt-2">'
                             f'<div class="col-2">{labels}</div><div class="col-8">{texts}</div>'
                             f'<div class="col-2">{buttons}</div></div>')
            blocks.append('<div class="bg-ita-empty"><div class="d-flex justify-content-start mt-3"><span '
                          f'class="font-ita-head">{sub} {name}</span></div><div class="ita-detail-content">'
                          f'{"".join(items)}</div></div>')
        body = ('<div class="container-pages-detail"><div class="page-center"><div class="head-pages-two"><span '
                'class="font-pages-head">ITA การประเมินคุณธรรมและความโปร่งใส</span></div></div><div class="bg-pages-ita">'
                f'<div class="scrollable-container-550">{"".join(blocks)}</div><div class="margin-top-delete d-flex '
                'justify-content-end"><a href="/Pages/ita_year"><img src="/docs/k.btn-back.png"></a></div></div></div>')
        put(f"Pages/ita_year_detail/{row_id}", ci_page(ag, f"ปี {year}", body))
        return verdicts

    verdicts = detail(2569, 9)
    detail(2568, 6)
    put("Pages/ita_year_detail/3", ci_page(ag, "ปี 2567", '<div class="container-pages-detail"><div class="bg-pages-ita">'
                                                         '<div class="scrollable-container-550"></div></div></div>'))
    put("Pages/ita_all", page("การประเมินคุณธรรมและความโปร่งใส ITA",
                              ci_rows([("ITA ประจำปี", "/Pages/ita_year"),
                                       ("การประเมินคุณธรรมและความโปร่งใส ITA", "/Pages/ita")], "/Home")))
    years = ci_rows([(f"ITA ประจำปี {y}", f"/Pages/ita_year_detail/{i}") for y, i in ((2569, 9), (2568, 6), (2567, 3))],
                    "/Pages/ita_all")
    put("Pages/ita_year", page("การประเมินคุณธรรมและความโปร่งใส ITA", years))
    put("Pages/ita_year@page=1", page("การประเมินคุณธรรมและความโปร่งใส ITA", years))
    # the ITA posts: news-like pages "เรื่อง …", each PDF an <object> viewer and a picture-only download button
    stamp = {41: "14 ต.ค. 68", 44: "3 พ.ย. 68", 47: "20 ม.ค. 69", 52: "2 เม.ย. 69"}
    rows = []
    for pid, (title, links, head) in sorted(posts.items(), reverse=True):
        pdfs = "".join(
            '<div class="row"><div class="col-6 mt-2"><div class="d-flex justify-content-start"><span class="font-page-'
            f'detail-view-news">ดาวโหลดแล้ว {7 + k} ครั้ง</span></div></div><div class="col-6"><div class="d-flex '
            f'justify-content-end"><a onclick="downloadFile(event, {pid * 10 + k})" href="{h}" download><img src="/docs/'
            'k.btn-download.png"></a></div></div></div><div class="blog-text mt-3 mb-5"><object data="'
            f'{h}" type="application/pdf" width="100%" height="1500px"></object></div>'
            for k, (_, h) in enumerate(links) if not h.endswith(".xlsx"))
        body = ('<div class="bg-pages-in"><div class="scrollable-container"><div class="font-pages-content-head">เรื่อง '
                f'{html.escape(head)}</div><div class="pages-content break-word mt-2"><span class="font-pages-content-'
                f'detail">{ag["name"]} เผยแพร่ {html.escape(title)} ประจำปีงบประมาณ พ.ศ. 2569</span>{pdfs}</div></div>'
                '<div class="row"><div class="col-6"><span class="font-page-detail-view-news">จำนวนผู้เข้าชม 64 ครั้ง'
                '</span></div><div class="col-6"><a href="/Pages/ita"><img src="/docs/k.btn-back.png"></a></div></div></div>')
        put(f"Pages/ita_detail/{pid}", ci_page(ag, "การดำเนินงาน", body))
        rows.append((f"{head} ({stamp[pid]})", f"/Pages/ita_detail/{pid}"))
    put("Pages/ita", page("ITA การประเมินคุณธรรมและความโปร่งใส", ci_rows(rows, "/Pages/ita_all")))
    put("Pages/history", page("ประวัติความเป็นมา", f"<p>{ag['name']} ยกฐานะจากสภาตำบลเมื่อ พ.ศ. 2540 และเป็นเทศบาลตำบล"
                                                   "เมื่อ พ.ศ. 2551</p>"))
    for slug, name in (("operation_reauf", "รายงานติดตามและประเมินผลแผนพัฒนาท้องถิ่น"), ("operation_rse", "รายงานผลการ"
                       "ประหยัดพลังงาน"), ("operation_aca", "การปฏิบัติการป้องกันการทุจริต"), ("operation_pgn", "นโยบาย"
                       "ไม่รับของขวัญ no gift policy"), ("lpa", "LPA การประเมินประสิทธิภาพขององค์กร"), ("all_web", "ผังเว็บไซต์")):
        put(f"Pages/{slug}", page(name, '<p class="text-muted">ไม่พบข้อมูล</p>'))
    home = ('<div class="container-pages-news"><h3>ข่าวประชาสัมพันธ์</h3>' + news_list(NEWS69[:4]) +
            '<div class="d-flex justify-content-center"><a href="/Pages/ita_all" class="zoom-otop"><img class="mark-logo" '
            'src="/docs/t.item-vision-right1.png"></a><a href="#oss" class="zoom-otop"><img class="mark-logo" '
            'src="/docs/t.item-vision-right2.png"></a></div></div>')
    out.text(host, "index.html", ci_page(ag, "หน้าแรก", home))
    put("Home", ci_page(ag, "หน้าแรก", home))
    for name in ("docs/t.item-vision-right1.png", "docs/t.item-vision-right2.png", "docs/k.logo.png",
                 "docs/k.btn-back.png", "docs/k.btn-download.png", "docs/logo.png", "docs/t.item-img-navmid.png"):
        out.png(host, name, 40)
    write_manifest(out, host, {"types": {p: "text/html" for p in sorted(set(html_paths))}})
    out.write_expected(host, "ci_ita_year_topics: assystemth's CodeIgniter CMS; ITA under the 'การดำเนินงาน' drop-down "
                       "→ Pages/ita_all → 'ITA ประจำปี' → Pages/ita_year → 'ITA ประจำปี 2569' → Pages/ita_year_detail/9 "
                       "(a row id): item names as spans, each link a 'เปิด' button beside its URL written as text; "
                       "some items link ITA posts whose PDFs are <object> viewers and picture-only download buttons.",
                       site_meta("nonglom", "ci_ita_year_topics", ag, "Nong Lom Subdistrict Municipality", "เทศบาล",
                                 "ลำปาง", f"{base}/"),
                       verdicts)
    return verdicts


# ----------------------------------------------------------------------------------------------------------------
# 2. php_collapse_tree: sompawn/nysso's hand-written PHP pages, a navbar document inside the body, a collapse tree

def navbar(ag: dict) -> str:
    """page/include/navbar.php: a whole HTML document, included inside the page's <body>."""
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n</head>\n<body>\n <!--/ Nav Star /-->\n  <nav class="navbar '
            'navbar-default navbar-trans navbar-expand-lg fixed-top">\n    <div class="container">\n      <button '
            'class="navbar-toggler collapsed" type="button" data-toggle="collapse" data-target="#navbarDefault">\n'
            '        <span></span><span></span><span></span>\n      </button>\n      <a class="navbar-brand text-brand" '
            'href="../page/index.php">NongYai<span class="color-b">SAO.</span></a>\n      <div class="navbar-collapse '
            'collapse justify-content-center" id="navbarDefault">\n        <ul class="navbar-nav">\n          <li '
            'class="nav-item"><a class="nav-link active" href="../page/index.php">หน้าแรก</a></li>\n          <li '
            'class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" id="navbarDropdown" role="button" '
            'data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">เกี่ยวกับเรา</a>\n            <div '
            'class="dropdown-menu" aria-labelledby="navbarDropdown">\n              <a class="dropdown-item nav-link" '
            'href="history.php">ประวัติความเป็นมา</a>\n              <a class="dropdown-item nav-link" href="tree.php">'
            'ผังองค์กร</a>\n              <a class="dropdown-item nav-link" href="executive.php">คณะผู้บริหาร</a>\n'
            '              <a class="dropdown-item nav-link" href="contact.php">ข้อมูลติดต่อ</a>\n            </div>\n'
            '          </li>\n<!--          <li class="nav-item">\n            <a class="nav-link" href="..#no">ศูนย์'
            'ข้อมูลข่าวสาร</a>\n          </li>   -->\n          <li class="nav-item"><a class="nav-link" href="news.php">'
            'ข่าวสาร</a></li>\n          <li class="nav-item"><a class="nav-link" href="eservice.php">E-Service</a></li>\n'
            '          <li class="nav-item"><a class="nav-link" href="complaint.php">ร้องเรียน</a></li>\n'
            '            <li class="nav-item dropdown">\n                <a class="nav-link dropdown-toggle" href="#" '
            'id="navbarDropdown" role="button" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">\n'
            '                    ITA\n                </a>\n                <div class="dropdown-menu" aria-labelledby='
            '"navbarDropdown">\n                    <a class="dropdown-item nav-link" href="ITA69.php">ITA ปีงบฯ 2569</a>\n'
            '                    <a class="dropdown-item nav-link" href="ITA68.php">ITA ปีงบฯ 2568</a>\n'
            '                </div>\n            </li>\n<!--            <li class="nav-item">-->\n<!--                     '
            '<a class="nav-link" href="ITA.php">ITA</a>-->\n<!--          </li>-->\n        </ul>\n      </div>\n'
            '    </div>\n  </nav>\n  <!--/ Nav End /-->\n</body>\n</html>\n')


def tree_page(ag: dict, title: str, body: str) -> str:
    return ('<!DOCTYPE html>\n<html lang="en">\n\n<head>\n    <link href="https://use.fontawesome.com/releases/v5.0.13/'
            f'css/all.css" rel="stylesheet">\n    <title>\n        {title}\n    </title>\n    <meta charset="utf-8">\n'
            '    <link href="lib/bootstrap/css/bootstrap.min.css" rel="stylesheet">\n    <link href="css/style.css" '
            f'rel="stylesheet">\n    </link>\n</head>\n\n<body>\n    {navbar(ag)}    <!--/ Intro Single star /-->\n'
            '    <section class="intro-single">\n        <div class="container">\n            <div class="row">\n'
            '                <div class="col-md-12 col-lg-8">\n                    <div class="title-single-box">\n'
            f'                        <h2 class="title-single">\n                            {title}\n'
            '                        </h2>\n                    </div>\n                </div>\n                <div '
            'class="col-md-12 col-lg-4">\n                    <nav aria-label="breadcrumb" class="breadcrumb-box d-flex '
            'justify-content-lg-end">\n                        <ol class="breadcrumb">\n                            '
            '<li class="breadcrumb-item"><a href="index.php">หน้าหลัก</a></li>\n                            <li aria-'
            f'current="page" class="breadcrumb-item active">{title}</li>\n                        </ol>\n'
            '                    </nav>\n                </div>\n            </div>\n        </div>\n    </section>\n'
            f'    <section class="news-single nav-arrow-b">\n        <div class="container">\n{body}\n        </div>\n'
            f'    </section>\n    <footer><p>{ag["name"]} {ag["address"]} โทรศัพท์ {ag["phone"]} โทรสาร {ag["fax"]} '
            f'อีเมล {ag["email"]}</p></footer>\n</body>\n\n</html>\n')


def site_nongyai(out: HeldoutOut) -> dict:
    host = HOSTS[1]
    ag = agency("หนองใหญ่", "หนองใหญ่", "ชลบุรี", "nongyai", "20190",
                ["นายวิรัช แก้วประเสริฐ", "นายสมพงษ์ รักษาศรี", "นางสาวอรุณี ทองมา"], ["081-770-8201", "081-770-8202", "081-770-8203"])
    ag["map"] = "13.15,101.36"
    modes = {"O6": "half", "O9": "stale", "O11": "dead", "O19": "nofile", "O25": "absent"}
    photos(out, host, ag)
    own = {"structure": "page/tree.php", "executives": "page/executive.php", "contact": "page/contact.php",
           "news": "page/news.php", "eservice": "page/eservice.php", "complaint": "page/complaint.php"}

    def page(title: str, body: str) -> str:
        return tree_page(ag, title, f'<div class="row"><div class="col-md-12">{body}</div></div>')
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.หนองใหญ่")
    own_pages(out, host, ag, page, own, form, "complaint_save.php")

    def tree(year: int) -> dict:
        short = str(year)[2:]
        where = f"หน้า http://{host}/page/ITA{short}.php (เมนู ITA → 'ITA ปีงบฯ {year}')"
        boxes, verdicts = [], {}
        for n in range(1, 27):
            code = f"O{n}"
            mode = modes.get(code, "ok") if year == 2569 else "stale"
            at = f"{where} กล่อง {code}"
            if mode == "absent":
                verdicts[code] = judge(code, ag, mode, where)
                continue
            if code in INLINE:
                kind = next(k for k, c in KINDS.items() if c == code)
                href = own[kind].removeprefix("page/")
                rows = [(f"{n}.1 {TITLE[code]}", href, True)]
                verdicts[code] = judge(code, ag, "ok", at, f"ลิงก์ → หน้า /{own[kind]}: " + inline_why(code, ag, "ok"))
            else:
                order = {stem: j for j, (stem, _, _) in enumerate(docs(code, ag, mode), 1)}
                links, dead = publish_docs(out, host, code, ag, mode,
                                           lambda stem, ext, c=code, y=year, o=order: f"/upload/ITA/ITA{y}/{c}/"
                                           f"{o[stem]:02d}.{ext}")
                # the first boxes' rows link their title to the file; later ones (as the template's) link "#!"
                rows = [(f"{n}.{j} {t}", "../" + h.lstrip("/"), n <= 3) for j, (t, h) in enumerate(links, 1)]
                verdicts[code] = house_rule(judge(code, ag, mode, at, f"http://{host}{dead}" if dead else ""), mode)
                if mode == "nofile":
                    verdicts[code] = house_rule(("missing", f"{at}: เปิดโฟลเดอร์แล้วมีแต่ '-' ไม่มีเอกสาร"), mode)
                if code == "O9" and mode == "stale":   # corrected after the first run, see the docstring
                    verdicts[code] = ("pass", f"{at}: คู่มือสำหรับประชาชน (การขอรับบริการ) — ไฟล์ชุดของปีก่อน แต่เนื้อหา"
                                      "เหมือนฉบับปีนี้ทุกคำและไม่ระบุปี ข้อนี้ไม่มีเงื่อนไขปี: ผู้ประเมินอ่านแล้วผ่าน")
            lis = []
            for label, href, titled in rows:
                first = f'<a href="{href}" style=" font-size: 14px; text-align: left;">' if titled else \
                    '<a href="#!" style=" font-size: 14px;">'
                icon = ('<i class="fas fa-file-pdf"> </i>' if titled else
                        '<!-- <i class="fas fa-file-pdf">  </i>                                 </i>  -->')
                lis.append(f'                                    <li>\n                                        <span>\n'
                           f'                                            {first}\n                                      '
                           f'          {html.escape(label)}\n                                            </a>\n'
                           f'                                            <a href="{href}">\n'
                           f'                                                {icon}\n'
                           '                                            </a>\n                                        '
                           '</span>\n                                    </li>\n')
            if not rows:
                lis.append('                                    <li>\n                                        <span>\n'
                           '                                            <a href="#!" style=" font-size: 14px;">\n'
                           '                                                -\n                                       '
                           '     </a>\n                                        </span>\n                                    '
                           '</li>\n')
            badge = "V" if rows else "&nbsp;"
            close = ("                                </li </li> </li> </div> </li> </ul> <!--/End box/-->"
                     if n == 2 else "                                </ul>\n                            </div>\n"
                     "                        </li>\n                    </ul>\n                    <!--/End box/-->")
            boxes.append(f'                    <!--/Start box {code}/-->\n                    <ul>\n                        '
                         '<li>\n                            <span>\n                                <a aria-controls='
                         f'"l{n}" aria-expanded="false" data-toggle="collapse" href="#l{n}" style="color:#0000FF; '
                         'text-decoration:none; font-size: 16px;">\n                                    <i class="expanded">'
                         '<i class="far fa-folder-open"> </i></i>\n                                    '
                         f'{code} {TITLE[code]}\n                                    <span class="badge badge-primary '
                         f'badge-pill"> {badge} </span>\n                                </a>\n                            '
                         f'</span>\n                            <div class="collapse" id="l{n}">\n                        '
                         f'        <ul>\n{"".join(lis)}{close}\n')
        body = f'            <div class="row">\n                <div class="tree ">\n{"".join(boxes)}                </div>\n' \
               '            </div>'
        out.text(host, f"page/ITA{short}.php", tree_page(ag, f"ITA {year}", body))
        return verdicts

    verdicts = tree(2569)
    tree(2568)
    out.text(host, "page/history.php", page("ประวัติความเป็นมา", f"<p>{ag['name']} ตั้งขึ้นเมื่อ พ.ศ. 2539</p>"))
    out.text(host, "page/index.php", page("หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"))
    out.text(host, "index.html", '<html><head><meta http-equiv="refresh" content="0; url=page/index.php"></head>'
                                 '<body></body></html>')
    write_manifest(out, host, {"types": {f"/page/{p}": "text/html" for p in (
        "index.php", "history.php", "ITA69.php", "ITA68.php", *(v.removeprefix("page/") for v in own.values()))}})
    out.write_expected(host, "php_collapse_tree: hand-written PHP; a navbar that is a whole HTML document inside the body, "
                       "its 'ITA' drop-down one page a year (ITA69.php); each item a collapse folder whose document "
                       "rows are a '#!' title beside an anchor with no text (its icon commented out) to 01.pdf, 02.pdf; "
                       "a template typo nests every later folder in the second; the root a meta refresh.",
                       site_meta("nongyai", "php_collapse_tree", ag, "Nong Yai SAO", "อบต.", "ชลบุรี", f"http://{host}/"),
                       verdicts)
    return verdicts


def build(dest: Path = SITES_DIR) -> None:
    for host in HOSTS:
        shutil.rmtree(dest / host, ignore_errors=True)
    out = HeldoutOut(dest)
    site_nonglom(out)
    site_nongyai(out)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
