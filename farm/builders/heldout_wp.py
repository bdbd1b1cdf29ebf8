"""A held-out ITA 2569 site in an architecture the farm lacked: WordPress with a TablePress index.

Run from the repository root:  python -m farm.builders.heldout_wp

  www.nongsala-sao.go.th   อบต.หนองศาลา          wp_tablepress
      WordPress (GeneratePress-style theme: ``header.site-header``, ``nav#site-navigation.main-navigation``,
      ``article.page`` > ``div.entry-content``) whose page /ita-2569/ holds the OIT index as a TablePress table
      (``table#tablepress-7.tablepress.tablepress-id-7``, ``thead`` row ``row-1``, ``tbody.row-hover``, cells
      ``column-1`` … ``column-5``), paginated by DataTables in the browser (10 rows a page; every row is in the HTML,
      a person pages through). The sub-indicator column is merged down each group (TablePress ``#rowspan#``: a
      ``rowspan`` cell on the group's first row only). Each row links its evidence in column 4: the document's own
      title for some rows, a bare "ดาวน์โหลด" for others, two links where the item has two documents, uploads under
      /wp-content/uploads/2026/03/ with Thai file names (percent-encoded, as WordPress keeps them). A sidebar widget
      also links last year's page /ita-2568/ (its own TablePress table, 2568 files), and the menu's "ITA" item leads to
      the current page.
      Wrong: O6 progress covers 3 months (partial), O14 is the 2567 HR report (partial), O16's PDF answers 404
      (broken), O21 cell "-" and O25 cell "อยู่ระหว่างดำเนินการ" without a link (written missing; made partial for
      the whole corpus after the first engine run: last round's page holds their documents, see below).
      Markup source: TablePress's render class (TablePress/TablePress classes/class-render.php: ``tablepress
      tablepress-id-N`` table classes, ``row-N`` / ``column-N`` cell classes, ``tbody.row-hover``, ``<div>`` around
      head cells, ``rowspan`` from ``#rowspan#``), and the DataTables call TablePress prints in the footer.

Every verdict was written before any engine run, with the same assessor's rules as heldout_sites.py (wrong year, a
3-month report = partial; "-", "อยู่ระหว่างดำเนินการ" = missing; a link answering 404 = broken).
"""
from __future__ import annotations

import html
import sys
from pathlib import Path
from urllib.parse import quote

from farm.builders.heldout_sites import TITLE, HeldoutOut, judge, own_pages, publish_docs, site_meta
from farm.builders.ita2569_moit import ITA2569, NEWS69, news_list, write_manifest
from farm.builders.reading_sites_content import INLINE, INLINE_WHY, SUB, exec_why, photos
from farm.server import SITES_DIR

HOST = "www.nongsala-sao.go.th"
TABLE_ID = 7


def wp_page(ag: dict, menu: list[tuple[str, str]], title: str, body: str, page_id: int, sidebar: str = "") -> str:
    """A WordPress page in a GeneratePress-style theme."""
    items = "".join(f'<li class="menu-item menu-item-type-post_type"><a href="{h}">{t}</a></li>' for t, h in menu)
    return (f'<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8"><meta name="generator" content="WordPress 6.4.3">'
            f'<title>{title} &#8211; {ag["name"]}</title>'
            "<link rel='stylesheet' id='tablepress-default-css' href='/wp-content/plugins/tablepress/css/build/default.css?ver=2.2.5' media='all' />"
            f'</head><body class="page-template-default page page-id-{page_id} wp-embed-responsive right-sidebar">'
            f'<header class="site-header" id="masthead"><div class="inside-header grid-container"><div class="site-branding">'
            f'<p class="main-title"><a href="/" rel="home">{ag["name"]}</a></p><p class="site-description">อำเภอ{ag["amphoe"]} '
            f'จังหวัด{ag["province"]}</p></div></div></header><nav id="site-navigation" class="main-navigation">'
            f'<div class="inside-navigation grid-container"><ul id="menu-main" class="menu">{items}</ul></div></nav>'
            f'<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">'
            f'<div class="content-area" id="primary"><main class="site-main" id="main"><article id="post-{page_id}" '
            f'class="post-{page_id} page type-page status-publish"><div class="inside-article"><header class="entry-header">'
            f'<h1 class="entry-title" itemprop="headline">{title}</h1></header><div class="entry-content" itemprop="text">'
            f'{body}</div></div></article></main></div><div class="widget-area sidebar is-right-sidebar" id="right-sidebar">'
            f'<div class="inside-right-sidebar">{sidebar}</div></div></div></div><div class="site-footer"><footer class="site-info">'
            f'<div class="inside-site-info grid-container"><div class="copyright-bar">{ag["name"]} {ag["address"]} '
            f'โทรศัพท์ {ag["phone"]} อีเมล {ag["email"]}</div></div></footer></div></body></html>')


def tablepress(rows: list[list[str]], spans: dict[tuple[int, int], int]) -> str:
    """A TablePress table: ``rows[0]`` the head; ``spans`` (row, column) -> rowspan of a merged cell, whose cells
    below are left out (``#rowspan#``). DataTables paginates it in the browser."""
    def cell(tag: str, r: int, c: int, content: str) -> str:
        span = f' rowspan="{spans[(r, c)]}"' if (r, c) in spans else ""
        inner = f"<div>{content}</div>" if r == 0 else content
        return f'<{tag}{span} class="column-{c + 1}">{inner}</{tag}>'

    covered = {(r + k, c) for (r, c), n in spans.items() for k in range(1, n)}
    head = "".join(cell("th", 0, c, v) for c, v in enumerate(rows[0]))
    body = "".join(f'<tr class="row-{r + 1} {"even" if (r + 1) % 2 == 0 else "odd"}">'
                   + "".join(cell("td", r, c, v) for c, v in enumerate(row) if (r, c) not in covered) + "</tr>\n"
                   for r, row in enumerate(rows) if r)
    return (f'<table id="tablepress-{TABLE_ID}" class="tablepress tablepress-id-{TABLE_ID}">\n<thead>\n'
            f'<tr class="row-1 odd">{head}</tr>\n</thead>\n<tbody class="row-hover">\n{body}</tbody>\n</table>\n'
            f'<!-- #tablepress-{TABLE_ID} from cache -->'
            "<script src='/wp-content/plugins/tablepress/js/jquery.datatables.min.js?ver=2.2.5'></script>"
            '<script>jQuery(function($){var DT_language={"th_TH":{}};'
            f'$(\'#tablepress-{TABLE_ID}\').DataTable({{"language":DT_language["th_TH"],"pageLength":10,'
            '"order":[],"orderClasses":false,"stripeClasses":["even","odd"],"pagingType":"simple"});});</script>')


def upload(name: str) -> str:
    """A WordPress upload's address: the file's Thai name percent-encoded, under the month it was uploaded."""
    return "/wp-content/uploads/2026/03/" + quote(name)


def site_nongsala(out: HeldoutOut) -> None:
    host = HOST
    own = f"http://{host}"
    ag = dict(years="no_be", name="องค์การบริหารส่วนตำบลหนองศาลา", short="องค์การบริหารส่วนตำบลหนองศาลา", kind="lao",
              amphoe="ชะอำ", province="เพชรบุรี", line="@nongsalasao",
              address="88 หมู่ 4 ตำบลหนองศาลา อำเภอชะอำ จังหวัดเพชรบุรี 76120", phone="032-470-211", fax="032-470-212",
              email="saraban@nongsala-sao.go.th", map="12.7905,99.9402",
              execs=[("นายสมศักดิ์ ใจดี", "นายกองค์การบริหารส่วนตำบลหนองศาลา"),
                     ("นายประเสริฐ บุญมา", "รองนายกองค์การบริหารส่วนตำบลหนองศาลา"),
                     ("นางวันเพ็ญ แสงทอง", "ปลัดองค์การบริหารส่วนตำบลหนองศาลา")],
              exec_phone=["081-702-5514", "089-211-4038", "086-355-9027"])
    modes = {"O6": "half", "O14": "stale", "O16": "dead", "O21": "nofile", "O25": "denial"}
    bare = {"O5", "O8", "O9", "O12", "O13", "O15", "O19", "O22", "O23", "O26"}  # a bare "ดาวน์โหลด" names the file
    photos(out, host, ag)
    menu = [("หน้าแรก", "/"), ("โครงสร้าง", "/structure/"), ("ผู้บริหาร", "/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"),
            ("E-Service", "/e-service/"), ("ร้องเรียนการทุจริต", "/complaint/"), ("ITA", "/ita-2569/"), ("ติดต่อเรา", "/contact/")]
    sidebar = ('<aside id="nav_menu-3" class="widget inner-padding widget_nav_menu"><h2 class="widget-title">ITA</h2>'
               '<ul class="menu"><li><a href="/ita-2569/">ITA ปีงบประมาณ 2569</a></li>'
               '<li><a href="/ita-2568/">ITA ปีงบประมาณ 2568</a></li></ul></aside>')

    def page(title, body, page_id=2):
        return wp_page(ag, menu, title, body, page_id, sidebar)

    def lao(title, body):  # own_pages writes through this: WordPress pages of the same theme
        return page(title, body, 20)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.หนองศาลา")
    own_pages(out, host, ag, lao, {"structure": "structure/index.html", "executives": "executives/index.html",
                                   "contact": "contact/index.html", "news": "news/index.html",
                                   "eservice": "e-service/index.html", "complaint": "complaint/index.html"},
              form, "/complaint/")
    inline = {"O1": "/structure/", "O2": "/executives/", "O3": "/contact/", "O4": "/news/", "O10": "/e-service/",
              "O17": "/complaint/"}
    where = f"หน้า {own}/ita-2569/ (ตาราง TablePress)"
    verdicts, rows, spans = {}, [["ตัวชี้วัดย่อย", "ข้อ", "รายการ", "เอกสาร/ลิงก์", "หมายเหตุ"]], {}
    for sub, name, numbers in SUB:
        spans[(len(rows), 0)] = len(numbers)
        for k, n in enumerate(numbers):
            code = f"O{n}"
            mode, detail, note = modes.get(code, "ok"), "", ""
            if code in INLINE:
                links = [(TITLE[code], inline[code])]
                detail = f"หน้า {inline[code]}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code])
            else:
                links, dead = publish_docs(out, host, code, ag, mode,
                                           lambda stem, ext, c=code: upload(f"{c}-{TITLE[c][:24].strip()}-{stem}.{ext}"))
                if mode == "dead":
                    detail = own + dead
            if mode == "denial":
                cell, note = "อยู่ระหว่างดำเนินการ", ""
            elif not links:
                cell = "-"
            else:
                cell = "<br>".join(f'<a href="{html.escape(h)}" target="_blank" rel="noopener">'
                                   f'{"ดาวน์โหลด" if code in bare else t}</a>' for t, h in links)
                note = "ปีงบประมาณ 2569"
            verdicts[code] = judge(code, ag, mode, where if mode == "nofile" else f"{where} แถว {code}", detail)
            rows.append([f"{sub} {name}" if k == 0 else "#rowspan#", code, TITLE[code], cell, note])
    intro = ('<p>การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT) ประจำปีงบประมาณ 2569 '
             f'{ag["name"]}</p>')
    out.text(host, "ita-2569/index.html", page("ITA ปีงบประมาณ 2569", intro + tablepress(rows, spans), 412))
    old = [["ข้อ", "รายการ", "เอกสาร"]] + [[c, t, f'<a href="{upload(f"ITA68-{c}.pdf")}">ดาวน์โหลด</a>'] for c, t in ITA2569]
    for c, t in ITA2569:
        out.pdf(host, upload(f"ITA68-{c}.pdf"), f"{t} ประจำปีงบประมาณ 2568", f"<p>{ag['name']} ข้อมูล {c} ปีงบประมาณ 2568</p>")
    out.text(host, "ita-2568/index.html", page("ITA ปีงบประมาณ 2568", tablepress(old, {}).replace(
        f"tablepress-{TABLE_ID}", "tablepress-3").replace(f"tablepress-id-{TABLE_ID}", "tablepress-id-3"), 288))
    # Decided after the first engine run, for the whole corpus (www.khlongyai-sao.go.th, written earlier, reads the
    # same case so): a row of this round that is empty while last round's page holds the item's document is
    # partial -- last round's document is there, this round's is not -- never missing.
    for code in ("O21", "O25"):
        status, why = verdicts[code]
        verdicts[code] = ("partial", f"{why}; มีเพียงเอกสารของรอบก่อน ITA68-{code}.pdf (ปี 2568) ในหน้า /ita-2568/")
    out.text(host, "index.html", page("หน้าแรก", f'<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}', 1))
    write_manifest(out, host, {})
    out.write_expected(host, "wp_tablepress: a WordPress page /ita-2569/ whose OIT index is a TablePress table (DataTables "
                       "pagination in the browser, the sub-indicator column merged by rowspan, per-row links to Thai-named "
                       "uploads, bare 'ดาวน์โหลด' links in some rows); a sidebar also links last year's /ita-2568/ table.",
                       site_meta("nongsala", "wp_tablepress", ag, "Nong Sala SAO", "อบต.", "เพชรบุรี", f"http://{host}/"),
                       verdicts)


def build(dest: Path = SITES_DIR) -> None:
    import shutil
    shutil.rmtree(dest / HOST, ignore_errors=True)  # only this site's folder; its form lives under a hashed id
    site_nongsala(HeldoutOut(dest))


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
