"""Two held-out ITA 2569 sites built on CMS plugins (issue 19, round 7's second probe, lane "platforms").

Run from the repository root:  python -m farm.builders.heldout_platforms

  www.nonghan.go.th        อบต.หนองหาร (สันทราย เชียงใหม่)              elementor_wpdm
      WordPress (Astra) whose OIT page /ita-2569/ is built with Elementor: a Tabs widget, one tab per
      sub-indicator (only the first tab's panel shown, the others ``hidden`` until clicked), each tab an Accordion
      widget, one item per O-code. An item's links go to WP Download Manager landing pages (``/download/<slug>/``:
      the package's title, description and a "ดาวน์โหลด" button ``<a class="wpdm-download-link" href="#"
      data-downloadurl="…/?wpdmdl=N&refresh=…">``, the file sent as an attachment), or, for O11, O12, O18, O19
      and O23, a Google Drive folder embedded in the accordion (``<iframe src="https://drive.google.com/
      embeddedfolderview?id=…#list">``). O1–O4, O10, O17 link the site's own pages.
      Wrong: O6 (WPDM) covers 3 months (partial), O13 (WPDM) is the 2568 HR plan (partial), O16's WPDM button
      answers 404 (broken), O21's accordion says "อยู่ระหว่างดำเนินการ" (missing), O23's embedded folder is empty
      (missing).
      Markup source: Elementor 3.x tabs/accordion widgets (``elementor-widget-tabs``, ``elementor-tab-title``
      ``data-tab``, ``elementor-tab-content`` ``role="tabpanel"`` ``hidden``), WPDM 6's package template
      (``div.w3eden``, ``wpdm-download-link download-on-click`` with ``data-downloadurl``), Drive's embed code.

  www.klongnarai.go.th     อบต.คลองนารายณ์ (เมืองจันทบุรี จันทบุรี)      joomla_phocadownload
      Joomla 4 (Cassiopeia) whose OIT article is a table, one row per item, linking a PhocaDownload category
      (``index.php?option=com_phocadownload&view=category&id=N&Itemid=140``). A category lists its files
      (``div.pd-filebox``): odd categories with a "ดาวน์โหลด" button (``…&view=category&id=N&download=M:alias``),
      even ones with only the file's detail link (``view=file&id=M:alias``) whose page holds the button; the
      download answers the PDF as an attachment. O11 and O18 (Excel too) are Drive folders embedded in the
      article below the table.
      Wrong: O7 is the 2567 annual report (partial), O11's folder covers 3 months (partial), O14's download
      answers 404 (broken), O20's category is empty ("ไม่มีเอกสารในหมวดนี้", missing), O24 row "-" (missing).
      Markup source: PhocaDownload 4's category/file views (``pd-category-view``, ``pd-filebox``,
      ``pd-filenamebox``, ``pd-button-details``, ``pd-button-download``, ``download=ID:alias``).

Every verdict was written before any engine run, as a careful assessor with a browser gives it (clicks a tab, opens
an accordion, clicks "ดาวน์โหลด" on a landing page, opens a file in an embedded Drive folder), with heldout_sites.py's
rules (wrong year, a 3-month report = partial; "-", "อยู่ระหว่างดำเนินการ", an empty folder or category = missing; a
download button that gives no document = broken).
"""
from __future__ import annotations

import hashlib
import html
import shutil
import sys
from pathlib import Path

from farm.builders.heldout_sites import TITLE, HeldoutOut, docs, joomla_page, judge, own_pages, site_meta
from farm.builders.heldout_unforeseen import INLINE_KIND, KINDS, agency, astra_page
from farm.builders.ita2569_moit import NEWS69, news_list, write_manifest
from farm.builders.reading_sites_content import INLINE, INLINE_WHY, SHEETS, SUB, exec_why, photos, sheet_rows
from farm.server import SITES_DIR

HOSTS = ("www.nonghan.go.th", "www.klongnarai.go.th")
PF = "1pF69"                     # every Drive id written here starts so: a rebuild removes only its own pages
OUTSIDE = [f"drive.google.com/file/d/{PF}*", f"drive.google.com/drive/folders/{PF}*",
           f"drive.google.com/embeddedfolderview@id={PF}*"]
PDF, XLSX = "application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def pid(*parts) -> str:
    return PF + hashlib.sha1("/".join(map(str, parts)).encode()).hexdigest()[:28]


def num(*parts, lo: int = 100, span: int = 900) -> int:
    return lo + int(hashlib.sha1("/".join(map(str, parts)).encode()).hexdigest()[:8], 16) % span


def drive_files(out: HeldoutOut, host: str, code: str, ag: dict, mode: str) -> list[tuple[str, str]]:
    """An item's documents as Drive files (with the Excel copy O11/O18 ask for): [(file name, /view url)]."""
    files = []
    for stem, title, body in docs(code, ag, mode):
        fid = pid(host, code, stem)
        out.drive(fid, f"{code}_{stem}.pdf", f"<h2>{title}</h2>{body}")
        files.append((f"{code}_{stem}.pdf", f"https://drive.google.com/file/d/{fid}/view?usp=sharing"))
        if code in SHEETS:
            xid = pid(host, code, stem, "xlsx")
            grid = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>"
                           for row in [SHEETS[code], *sheet_rows(code, stem, mode)])
            out.drive(xid, f"{code}_{stem}.xlsx", f'<h2>{title}</h2><table class="waffle">{grid}</table>')
            files.append((f"{code}_{stem}.xlsx", f"https://drive.google.com/file/d/{xid}/view?usp=sharing"))
    return files


def folder_iframe(out: HeldoutOut, host: str, code: str, ag: dict, mode: str) -> tuple[str, str]:
    """A Drive folder embedded as its embed code writes it: (iframe markup, embed url)."""
    files = [] if mode == "emptyfolder" else drive_files(out, host, code, ag, mode)
    url = out.folder_embed(pid(host, code, "folder"), f"{code} {TITLE[code][:40]} ปี 2569", files)
    return (f'<iframe src="{url}" style="width:100%; height:400px; border:0;"></iframe>', url)


# ----------------------------------------------------------------------------------------------------------------
# 1. elementor_wpdm: Elementor tabs and accordions, WP Download Manager landing pages, embedded Drive folders

def elementor_tabs(wid: int, tabs: list[tuple[str, str]]) -> str:
    titles, panes = [], []
    for k, (title, body) in enumerate(tabs, 1):
        tid, active = f"{wid}{k}", k == 1
        cls = " elementor-active" if active else ""
        titles.append(f'<div id="elementor-tab-title-{tid}" class="elementor-tab-title elementor-tab-desktop-title{cls}" '
                      f'aria-selected="{str(active).lower()}" data-tab="{k}" role="tab" tabindex="{0 if active else -1}" '
                      f'aria-controls="elementor-tab-content-{tid}" aria-expanded="false">{title}</div>')
        panes.append(f'<div class="elementor-tab-title elementor-tab-mobile-title{cls}" aria-selected="{str(active).lower()}" '
                     f'data-tab="{k}" role="tab" tabindex="{0 if active else -1}" aria-controls="elementor-tab-content-{tid}" '
                     f'aria-expanded="false">{title}</div>'
                     f'<div id="elementor-tab-content-{tid}" class="elementor-tab-content elementor-clearfix{cls}" '
                     f'data-tab="{k}" role="tabpanel" aria-labelledby="elementor-tab-title-{tid}" tabindex="0" '
                     f'hidden="{"false" if active else "hidden"}">{body}</div>')
    return (f'<div class="elementor-element elementor-element-{wid:x} elementor-tabs-view-horizontal elementor-widget '
            f'elementor-widget-tabs" data-id="{wid:x}" data-element_type="widget" data-widget_type="tabs.default">'
            f'<div class="elementor-widget-container"><div class="elementor-tabs"><div class="elementor-tabs-wrapper" '
            f'role="tablist">{"".join(titles)}</div><div class="elementor-tabs-content-wrapper" role="tablist" '
            f'aria-orientation="vertical">{"".join(panes)}</div></div></div></div>')


def elementor_accordion(wid: int, items: list[tuple[str, str]]) -> str:
    out = []
    for k, (title, body) in enumerate(items, 1):
        tid = f"{wid}{k}"
        out.append(f'<div class="elementor-accordion-item"><div id="elementor-tab-title-{tid}" class="elementor-tab-title" '
                   f'data-tab="{k}" role="button" aria-controls="elementor-tab-content-{tid}" aria-expanded="false">'
                   '<span class="elementor-accordion-icon elementor-accordion-icon-left" aria-hidden="true">'
                   '<span class="elementor-accordion-icon-closed"><i class="fas fa-plus"></i></span>'
                   '<span class="elementor-accordion-icon-opened"><i class="fas fa-minus"></i></span></span>'
                   f'<a class="elementor-accordion-title" tabindex="0">{title}</a></div>'
                   f'<div id="elementor-tab-content-{tid}" class="elementor-tab-content elementor-clearfix" data-tab="{k}" '
                   f'role="region" aria-labelledby="elementor-tab-title-{tid}">{body}</div></div>')
    return (f'<div class="elementor-element elementor-element-{wid:x} elementor-widget elementor-widget-accordion" '
            f'data-id="{wid:x}" data-element_type="widget" data-widget_type="accordion.default">'
            f'<div class="elementor-widget-container"><div class="elementor-accordion">{"".join(out)}</div></div></div>')


def wpdm_package(ag: dict, title: str, body: str, button: str, size: str) -> str:
    """WPDM 6's default package page (page template "page-template-default", link template inside .w3eden)."""
    return ('<div class="w3eden"><div class="wpdm-package-template"><div class="row"><div class="col-md-12">'
            f'<div class="card mb-3"><div class="card-body"><h3 class="package-title">{title}</h3>'
            f'<div class="wpdm-package-desc">{body}</div></div></div></div><div class="col-md-5"><ul class="list-group ml-0 mb-2">'
            f'<li class="list-group-item d-flex justify-content-between align-items-center">ขนาดไฟล์<span class="badge">{size}</span></li>'
            '<li class="list-group-item d-flex justify-content-between align-items-center">จำนวนไฟล์<span class="badge">1</span></li>'
            '<li class="list-group-item d-flex justify-content-between align-items-center">วันที่สร้าง'
            '<span class="badge">25 มีนาคม 2026</span></li></ul>'
            f'<div class="wpdm-download-link-wrap">{button}</div></div></div></div></div>')


def site_nonghan(out: HeldoutOut) -> list[dict]:
    host = HOSTS[0]
    ag = agency("หนองหาร", "สันทราย", "เชียงใหม่", "nonghan", "50290",
                ["นายสุริยา ใจดี", "นายบุญเรือง คำแสน", "นางสาวจันทร์เพ็ญ อินต๊ะ"], ["081-960-2201", "081-960-2202", "081-960-2203"])
    ag["map"] = "18.86,99.04"
    plan = {"O6": ("wpdm", "half"), "O11": ("embed", "ok"), "O12": ("embed", "ok"), "O13": ("wpdm", "stale"),
            "O16": ("wpdm", "dead"), "O18": ("embed", "ok"), "O19": ("embed", "ok"), "O21": ("wpdm", "denial"),
            "O23": ("embed", "emptyfolder")}
    photos(out, host, ag)

    def page(title, body, cls="page-template-elementor_header_footer page elementor-page"):
        html_ = astra_page(ag, title, f'<article class="page"><h1 class="entry-title">{title}</h1>'
                           f'<div class="entry-content">{body}</div></article>', cls)
        return html_.replace('href="/category/ita2569/"', 'href="/ita-2569/"')
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.หนองหาร")
    own_pages(out, host, ag, page, {k: ("e-service" if k == "eservice" else k) + "/index.html" for k in KINDS},
              form, "/complaint/")
    inline = {c: ("/e-service/" if k == "eservice" else f"/{k}/") for c, k in INLINE_KIND.items()}
    where = f"หน้า http://{host}/ita-2569/ (Elementor แท็บ + แอคคอร์เดียน)"
    types, headers, verdicts, tabs, gone = {}, {}, {}, [], {}
    for sub, name, numbers in SUB:
        acc = []
        for n in numbers:
            code = f"O{n}"
            mech, mode = plan.get(code, ("wpdm", "ok"))
            item_where, detail = f"{where} แท็บ {sub} หัวข้อ {code}", ""
            if code in INLINE:
                body = f'<p><a href="{inline[code]}">{TITLE[code]}</a></p>'
                detail = f"หน้า {inline[code]}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code])
            elif mode == "denial":
                body = "<p>อยู่ระหว่างดำเนินการ</p>"
            elif mech == "embed":
                frame, url = folder_iframe(out, host, code, ag, mode)
                body = f"<p>{TITLE[code]} ปีงบประมาณ พ.ศ. 2569</p>{frame}"
                item_where += f" (โฟลเดอร์ Google Drive ฝัง {url})"
            else:                                       # WPDM: a landing page per file, the button downloads
                links = []
                for k, (stem, title, text) in enumerate(docs(code, ag, mode)):
                    slug = f"{code.lower()}-{stem}"
                    wid = num(host, code, stem, lo=1200, span=800)
                    dl = f"/download/{slug}/?wpdmdl={wid}&refresh=6603a1{wid:x}b9e1711"
                    button = (f"<a class='wpdm-download-link download-on-click btn btn-primary ' rel='nofollow' href='#' "
                              f"data-downloadurl=\"http://{host}{html.escape(dl)}\">ดาวน์โหลด</a>")
                    out.text(host, f"download/{slug}/index.html",
                             page(title, wpdm_package(ag, title, f"<p>{title} {ag['name']}</p>", button, "245.18 KB"),
                                  "wpdmpro-template-default single single-wpdmpro"))
                    if mode != "dead":
                        out.pdf(host, f"download/{slug}/@{dl.split('?', 1)[1]}", title, text)
                        types[dl], headers[dl] = PDF, {"Content-Disposition": f'attachment; filename="{slug}.pdf"'}
                    else:                       # WPDM's "File not found" answer, a 404
                        detail, gone[dl] = f"http://{host}{dl} (ปุ่มดาวน์โหลดในหน้า /download/{slug}/)", 404
                    links.append(f'<li><a href="/download/{slug}/">{html.escape(title)}</a></li>')
                    if code in SHEETS and mode != "dead":
                        xdl = f"/download/{slug}-xlsx/?wpdmdl={wid + 1}&refresh=6603a1{wid:x}c0f1711"
                        xbutton = button.replace(html.escape(dl), html.escape(xdl))
                        out.text(host, f"download/{slug}-xlsx/index.html", page(
                            title + " (Excel)", wpdm_package(ag, title + " (Excel)", "", xbutton, "18.40 KB"),
                            "wpdmpro-template-default single single-wpdmpro"))
                        out.xlsx(host, f"download/{slug}-xlsx/@{xdl.split('?', 1)[1]}", title,
                                 [SHEETS[code], *sheet_rows(code, stem, mode)])
                        types[xdl] = XLSX
                        links.append(f'<li><a href="/download/{slug}-xlsx/">{html.escape(title)} (Excel)</a></li>')
                    _ = k
                body = f'<ul class="elementor-icon-list-items">{"".join(links)}</ul>'
                item_where += " (หน้าดาวน์โหลด WP Download Manager)"
            acc.append((f"{code} {TITLE[code]}", body))
            verdicts[code] = judge(code, ag, mode, item_where, detail)
        tabs.append((f"{sub} {name}", elementor_accordion(num(host, sub, lo=3000, span=6000), acc)))
    intro = (f'<div class="elementor-widget-text-editor"><p>{ag["name"]} เผยแพร่ข้อมูลตามแบบตรวจการเปิดเผยข้อมูล'
             'สาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569 เลือกตัวชี้วัดย่อยจากแท็บด้านล่าง</p></div>')
    out.text(host, "ita-2569/index.html", page("ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)",
                                               f'<div data-elementor-type="wp-page" data-elementor-id="812" '
                                               f'class="elementor elementor-812">{intro}{elementor_tabs(2601, tabs)}</div>'))
    out.text(host, "index.html", page("หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     '<p><a href="/ita-2569/"><img src="/images/ita2569.png" alt="ITA 2569"></a></p>',
                                     "home page"))
    write_manifest(out, host, {"types": types, "headers": headers, "status": gone})
    out.write_expected(host, "elementor_wpdm: WordPress + Elementor tabs (one per sub-indicator, the others hidden) "
                       "of accordions (one per item) linking WP Download Manager landing pages whose button "
                       "(data-downloadurl ?wpdmdl=) sends the file, and Drive folders embedded in iframes.",
                       site_meta("nonghan", "elementor_wpdm", ag, "Nong Han SAO", "อบต.", "เชียงใหม่", f"http://{host}/"),
                       verdicts)
    return []


# ----------------------------------------------------------------------------------------------------------------
# 2. joomla_phocadownload: a Joomla article linking PhocaDownload categories; Drive folders embedded below

def phoca_category(title: str, files: list[str]) -> str:
    body = "".join(files) or '<div class="pd-no-files">ไม่มีเอกสารในหมวดนี้</div>'
    return (f'<div id="phoca-dl-category-box" class="pd-category-view"><div class="pd-category"><h3 class="pd-ctitle">'
            f'{title}</h3>{body}</div></div><div class="pd-cb">&nbsp;</div>')


def site_klongnarai(out: HeldoutOut) -> None:
    host = HOSTS[1]
    ag = agency("คลองนารายณ์", "เมืองจันทบุรี", "จันทบุรี", "klongnarai", "22000",
                ["นายประยุทธ ทองคำ", "นายสมชาย แสงอรุณ", "นางวันเพ็ญ ศรีสวัสดิ์"], ["089-833-4101", "089-833-4102", "089-833-4103"])
    ag["map"] = "12.62,102.10"
    plan = {"O7": ("phoca", "stale"), "O11": ("embed", "half"), "O14": ("phoca", "dead"), "O18": ("embed", "ok"),
            "O20": ("phoca", "emptycat"), "O24": ("phoca", "nofile")}
    photos(out, host, ag)
    art = "/index.php?option=com_content&view=article&id=88&Itemid=135"
    url = {k: f"/index.php?option=com_content&view=article&id={60 + i}&Itemid={120 + i}" for i, k in enumerate(sorted(KINDS))}
    menu = [("หน้าหลัก", "/index.php"), ("โครงสร้าง", url["structure"]), ("ผู้บริหาร", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("E-Service", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("ITA 2569", art), ("ติดต่อเรา", url["contact"])]

    def page(title, body):
        return joomla_page(ag, "/index.php", menu, title, body)

    def file_of(address: str) -> str:
        return address.lstrip("/").replace("?", "@", 1)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.คลองนารายณ์")
    own_pages(out, host, ag, page, {k: file_of(v) for k, v in url.items()}, form, url["complaint"])
    where = f"หน้า http://{host}{art}"
    types, headers, rows, verdicts, embeds, gone = {}, {}, [], {}, [], {}
    for n in (n for _sub, _name, numbers in SUB for n in numbers):
        code = f"O{n}"
        mech, mode = plan.get(code, ("phoca", "ok"))
        row_where, detail = f"{where} แถว {code}", ""
        cat = 10 + n
        catlink = f"/index.php?option=com_phocadownload&view=category&id={cat}:{code.lower()}&Itemid=140"
        if code in INLINE:
            cell = f'<a href="{url[INLINE_KIND[code]]}">{TITLE[code]}</a>'
            detail = f"หน้า {url[INLINE_KIND[code]]}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code])
        elif mode == "nofile":
            cell = "-"
        elif mech == "embed":
            frame, furl = folder_iframe(out, host, code, ag, mode)
            embeds.append(f'<h3>{code} {TITLE[code]}</h3>{frame}')
            cell = f'<a href="#{code.lower()}">ดูโฟลเดอร์เอกสารด้านล่าง</a>'
            row_where += f" (โฟลเดอร์ Google Drive ฝังท้ายบทความ {furl})"
        else:
            files = []
            for k, (stem, title, text) in (enumerate([]) if mode == "emptycat" else enumerate(docs(code, ag, mode))):
                fileid = num(host, code, stem)
                alias = f"{code.lower()}-{stem}"
                for ext, kind in (("pdf", PDF), ("xlsx", XLSX)) if code in SHEETS else (("pdf", PDF),):
                    fid = fileid + (1 if ext == "xlsx" else 0)
                    name = title + (" (Excel)" if ext == "xlsx" else "")
                    dl = (f"/index.php?option=com_phocadownload&view=category&id={cat}:{code.lower()}"
                          f"&download={fid}:{alias}&Itemid=140")
                    detail_url = f"/index.php?option=com_phocadownload&view=file&id={fid}:{alias}&Itemid=140"
                    if mode == "dead":          # PhocaDownload's "file not found": Joomla's 404 error page
                        detail, gone[dl] = f"http://{host}{dl}", 404
                    elif ext == "pdf":
                        out.pdf(host, file_of(dl), title, text)
                    else:
                        out.xlsx(host, file_of(dl), title, [SHEETS[code], *sheet_rows(code, stem, mode)])
                    if mode != "dead":
                        types[dl], headers[dl] = kind, {"Content-Disposition": f'attachment; filename="{alias}.{ext}"'}
                    button = (f'<div class="pd-button-download"><a class="btn btn-success" href="{html.escape(dl)}">'
                              'ดาวน์โหลด</a></div>')
                    out.text(host, file_of(detail_url), page(
                        name, f'<div id="phoca-dl-file-box" class="pd-file-view"><h3 class="pd-ftitle">{name}</h3>'
                        f'<div class="pd-filebox"><div class="pd-filesize-txt">ขนาดไฟล์:</div><div class="pd-fl-m">'
                        f'212.6 kB</div><div class="pd-date-txt">วันที่:</div><div class="pd-fl-m">25 มีนาคม 2569</div>'
                        f'</div><div class="pd-buttons">{button}</div></div>'))
                    shown = button if n % 2 else ""          # even categories: the button only on the file's page
                    files.append(f'<div class="pd-filebox"><div class="pd-filenamebox"><div class="pd-filename">'
                                 f'<div class="pd-document16" style="background: url(\'/media/com_phocadownload/images/'
                                 f'mime/16/icon-{ext}.png\') 0 center no-repeat;"><div class="pd-float">'
                                 f'<a href="{html.escape(detail_url)}">{html.escape(name)}</a></div></div></div></div>'
                                 f'<div class="pd-buttons"><div class="pd-button-details"><a class="btn btn-info" '
                                 f'href="{html.escape(detail_url)}">รายละเอียด</a></div>{shown}</div></div>')
                _ = k
            out.text(host, file_of(catlink), page(f"{code} {TITLE[code]}", phoca_category(f"{code} {TITLE[code]}", files)))
            cell = f'<a href="{html.escape(catlink)}">{TITLE[code]}</a>'
            row_where += " (หมวดเอกสาร PhocaDownload)"
        rows.append(f"<tr><td>{code}</td><td>{TITLE[code]}</td><td>{cell}</td></tr>")
        if mode == "emptycat":
            verdicts[code] = ("missing", f"{row_where}: หมวดเอกสาร {catlink} ไม่มีไฟล์ เขียนว่า 'ไม่มีเอกสารในหมวดนี้'")
        else:
            verdicts[code] = judge(code, ag, mode, where if mode == "nofile" else row_where, detail)
    table = ('<table class="table table-striped table-bordered"><thead><tr><th>ข้อ</th><th>ข้อมูล</th><th>เอกสาร</th></tr>'
             f'</thead><tbody>{"".join(rows)}</tbody></table>')
    intro = (f"<p>{ag['name']} เผยแพร่ข้อมูลสาธารณะตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) "
             "ประจำปีงบประมาณ พ.ศ. 2569</p>")
    anchors = "".join(f'<div id="{e.split("</h3>")[0][4:].split()[0].lower()}">{e}</div>' for e in embeds)
    out.text(host, file_of(art), page("การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569", intro + table + anchors))
    out.text(host, "index.php", page("หน้าหลัก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                    f'<p><a href="{html.escape(art)}"><img src="/images/ita2569.png" alt="ITA 2569"></a></p>'))
    out.text(host, "index.html", '<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0;url=/index.php">'
             '</head><body><a href="/index.php">หน้าหลัก</a></body></html>')
    write_manifest(out, host, {"types": {"/index.php": "text/html", **types}, "headers": headers, "status": gone})
    out.write_expected(host, "joomla_phocadownload: a Joomla article's OIT table linking PhocaDownload categories "
                       "(file list → file page → download=ID:alias, sent as an attachment), two items as Drive "
                       "folders embedded below the table.",
                       site_meta("klongnarai", "joomla_phocadownload", ag, "Khlong Narai SAO", "อบต.", "จันทบุรี",
                                 f"http://{host}/"), verdicts)


def build(dest: Path = SITES_DIR) -> None:
    for host in HOSTS:
        shutil.rmtree(dest / host, ignore_errors=True)
    for pattern in OUTSIDE:
        for old in dest.glob(pattern):
            shutil.rmtree(old) if old.is_dir() else old.unlink()
    out = HeldoutOut(dest)
    site_nonghan(out)
    site_klongnarai(out)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
