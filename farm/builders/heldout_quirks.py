"""Two held-out ITA 2569 sites whose servers and markup lie, or differ from what a person's browser smooths over
(issue 19, round 9, lane "quirks").

Run from the repository root:  python -m farm.builders.heldout_quirks

  www.nonsila-sao.go.th    อบต.โนนศิลา (ขอนแก่น)     server_quirks
      A PHP vendor CMS whose pretty addresses (/page/structure, /ita/2569 …) are served through Apache's
      ``ErrorDocument 404 /index.php``: every page but the home answers **HTTP 404 with the page in full**, and the
      news page **HTTP 500** with its content (its visitor counter fails after the page was written). A person's
      browser shows the pages; only an address the router does not know shows the template's "ไม่พบหน้าที่ต้องการ".
      The OIT index's documents are ``/download.php?id=N``: ``application/octet-stream`` named only by
      ``Content-Disposition`` (Thai names, RFC 5987 ``filename*=UTF-8''…`` or raw UTF-8 bytes), refused 403 without a
      Referer from the site (an anti-hotlink rule) or without the PHPSESSID cookie the index page sets, refusing
      HEAD (405). Three documents meet a server at its limit: 503 / 429 with ``Retry-After`` twice, then served.
      Wrong: O7 is the 2567 annual report (partial), O11 covers the first 3 months (partial), O16's row links an
      address the router does not know (its themed 404 page: broken), O21 row "-" (missing), O24
      "อยู่ระหว่างดำเนินการ" (missing).
      Markup source: a Thai LAO vendor template (heldout_sites.lao_page), Apache's ErrorDocument-as-router (the
      status stays 404), PHP's ``header('Content-Disposition: attachment; filename="…"')`` with a UTF-8 name.

  www.thungkwao.go.th      เทศบาลตำบลทุ่งกวาว (แพร่)   markup_quirks
      Classic ASP on IIS, sent as TIS-620 bytes under a header that says ``charset=utf-8`` (the page's meta says
      windows-874). The registry address answers a meta refresh to /th/, a thin page whose script sends the reader
      to /th/default.asp. The menu's "ITA" opens /th/ita.asp, which shows 2568; a ``<select id="ddlYear">`` with no
      ``onchange`` (jQuery binds it at the page's end) lists each year's page as its option values: a person picks
      2569 (/th/ita.asp?y=2569). That index links its documents in IIS's ways: backslash paths (``\\upload\\ita2569\\…``,
      ``..\\upload\\…``), raw Thai file names with spaces (``/upload/ita 2569/O11 รายงาน….pdf``), download buttons that
      are ``<form method="get">`` with one hidden field (download.asp?file=…, a PDF sent as text/html), a meta
      refresh page (redirect.asp?id=N) and an ``onclick="window.location='…'"`` link.
      Wrong: O6 progress covers 3 months (partial), O13 is the 2568 HR plan (partial), O18's backslash link names a
      file that is not there (404: broken), O23 row "-" (missing), O26 "อยู่ระหว่างดำเนินการ" (missing).
      Markup source: Dreamweaver/IIS-era table layouts of Thai municipalities (FrontPage ``<font face="MS Sans
      Serif">``), ASP.NET's ``ddlYear`` DropDownList naming, jQuery ``.change()`` binding.

Every verdict was written before any engine run, as a careful assessor with a browser gives it (the browser shows
a page whatever its status, turns backslashes into slashes, sends the Referer and the site's cookies, and the
assessor tries a busy server again a little later), with heldout_sites.py's rules (wrong year, a 3-month report =
partial; "-", "อยู่ระหว่างดำเนินการ" = missing; a link to a page or file that is not there = broken).
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path
from urllib.parse import quote

from farm.builders.heldout_sites import TITLE, HeldoutOut, lao_page, own_pages, site_meta
from farm.builders.heldout_unforeseen import INLINE_KIND, KINDS, agency, item_rows
from farm.builders.ita2569_moit import NEWS69, news_list, write_manifest
from farm.builders.reading_sites_content import photos
from farm.server import SITES_DIR

HOSTS = ("www.nonsila-sao.go.th", "www.thungkwao.go.th")


def table(rows: list[tuple[str, str, str, str]]) -> str:
    """The OIT index: sub-indicator, code, title, evidence cell."""
    trs = "".join(f"<tr><td>{sub}</td><td>{code}</td><td>{TITLE[code]}</td><td>{cell}</td></tr>"
                  for code, sub, cell, _ in rows)
    return ('<table class="table table-bordered"><thead><tr><th>ตัวชี้วัดย่อย</th><th>ข้อ</th><th>ข้อมูล</th>'
            f'<th>หลักฐาน</th></tr></thead><tbody>{trs}</tbody></table>')


# ----------------------------------------------------------------------------------------------------------------
# 1. server_quirks: pages answering 404/500 in full, guarded downloads named by Content-Disposition, a busy server

def site_nonsila(out: HeldoutOut) -> None:
    host = HOSTS[0]
    ag = agency("โนนศิลา", "โนนศิลา", "ขอนแก่น", "nonsila", "40110",
                ["นายสุริยา พลศักดิ์", "นายบุญมี ศรีสุข", "นางสาวอรุณี แสนคำ"], ["081-555-6601", "081-555-6602", "081-555-6603"])
    ag["map"] = "15.96,102.64"
    modes = {"O7": "stale", "O11": "half", "O16": "dead", "O21": "nofile", "O24": "denial"}
    photos(out, host, ag)
    url = {"structure": "/page/structure", "executives": "/page/executives", "contact": "/page/contact",
           "news": "/news", "eservice": "/page/eservice", "complaint": "/page/complaint"}
    menu = [("หน้าแรก", "/"), ("โครงสร้าง", url["structure"]), ("คณะผู้บริหาร", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("E-Service", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("ITA 2569", "/ita/2569"), ("ติดต่อเรา", url["contact"])]

    def page(title: str, body: str) -> str:
        return lao_page(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.โนนศิลา")
    own_pages(out, host, ag, page, {k: url[k].lstrip("/") for k in KINDS}, form, url["complaint"])
    inline = {c: url[k] for c, k in INLINE_KIND.items()}
    where = f"หน้า http://{host}/ita/2569 (ตอบ HTTP 404 แต่แสดงหน้าครบ)"
    ids: dict[str, int] = {}

    def via_download(c: str, stem: str, ext: str) -> str:
        if c == "O16":                       # a page address the router does not know: its themed 404 page
            return "/page/ita2569-o16"
        ids.setdefault(f"{c}-{stem}.{ext}", 300 + len(ids))
        return f"/download.php@id={ids[f'{c}-{stem}.{ext}']}"
    rows, verdicts = item_rows(out, host, ag, modes, via_download, inline, where)
    headers, busy, names = {}, {}, {}
    for code, _, links, _ in rows:
        for title, href in links:
            if not href.startswith("/download.php@"):
                continue
            address = href.replace("@", "?")
            name = f"{code} {title}".replace("/", "-")[:60] + (".xlsx" if "(Excel)" in title else ".pdf")
            names[address] = name
            raw = int(address.rsplit("=", 1)[1]) % 2  # half the script's answers name the file in raw UTF-8 bytes
            headers[address] = {"Content-Disposition": (
                f'attachment; filename="{name}"'.encode().decode("latin-1") if raw else
                f"attachment; filename=\"{code}.pdf\"; filename*=UTF-8''{quote(name)}")}
            if code in ("O8", "O12", "O20"):
                busy[address] = {"status": 429 if code == "O12" else 503, "times": 2, "retry_after": 3}
    headers["/ita/2569"] = {"Set-Cookie": "PHPSESSID=9c1e5b2f0a7d43e8b6f1c2d3e4a5b6c7; path=/"}
    cells = [(code, sub, "<br>".join(f'<a href="{h.replace("@", "?")}" target="_blank">{t}</a>' for t, h in links)
              or note, note) for code, sub, links, note in rows]
    intro = ("<p>องค์การบริหารส่วนตำบลโนนศิลาเผยแพร่ข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ "
             "พ.ศ. 2569 คลิกที่ชื่อเอกสารเพื่อดาวน์โหลด</p>")
    out.text(host, "ita/2569", page("การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569", intro + table(cells)))
    out.text(host, "page/ita2569-o16", page("ไม่พบหน้าที่ต้องการ", "<p>ขออภัย ไม่พบหน้าที่คุณต้องการ หน้านี้อาจถูกย้ายหรือลบไปแล้ว "
                                            '<a href="/">กลับหน้าแรก</a></p>'))
    out.text(host, "index.html", page("หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     '<p><a href="/ita/2569"><img src="/images/ita2569.png" alt="ITA 2569"></a></p>'))
    out.png(host, "images/ita2569.png", 60)
    pretty = [*url.values(), "/ita/2569", "/page/ita2569-o16"]
    write_manifest(out, host, {
        "types": {**dict.fromkeys(pretty, "text/html"), "/download.php": "application/octet-stream"},
        "page_status": {**dict.fromkeys(pretty, 404), "/news": 500},
        "headers": headers, "busy": busy, "referer_guard": ["/download.php"],
        "cookie_guard": {"/download.php": "PHPSESSID"}, "head_status": {"/download.php": 405}})
    out.write_expected(host, "server_quirks: every page but the home answers HTTP 404 (the news page 500) with the page in "
                       "full (ErrorDocument as the CMS's router); documents are download.php?id=N, octet-stream named "
                       "by Content-Disposition in Thai, refused without the site's Referer or its session cookie, HEAD "
                       "refused; three answer 503/429 with Retry-After twice before they are served.",
                       site_meta("nonsila", "server_quirks", ag, "Non Sila SAO", "อบต.", "ขอนแก่น", f"http://{host}/"),
                       verdicts)


# ----------------------------------------------------------------------------------------------------------------
# 2. markup_quirks: classic ASP on IIS, TIS-620 under a utf-8 header, a year selector, backslash and Thai hrefs

def asp_page(ag: dict, title: str, body: str, script: str = "") -> str:
    menu = [("หน้าแรก", "default.asp"), ("โครงสร้างองค์กร", "structure.asp"), ("คณะผู้บริหาร", "executives.asp"),
            ("ข่าวประชาสัมพันธ์", "news.asp"), ("E-Service", "eservice.asp"), ("ร้องเรียนการทุจริต", "complaint.asp"),
            ("ITA", "ita.asp"), ("ติดต่อเรา", "contact.asp")]
    items = "".join(f'<tr><td class="menu"><a href="{h}">{t}</a></td></tr>' for t, h in menu)
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-874">'
            f'<title>{ag["name"]} :: {title}</title><script src="/js/jquery-1.8.3.min.js"></script></head>'
            '<body bgcolor="#FFFFFF"><table width="900" border="0" align="center" cellpadding="0" cellspacing="0">'
            f'<tr><td colspan="2"><img src="/images/banner.jpg" width="900" height="160" alt="{ag["name"]}"></td></tr>'
            f'<tr><td width="180" valign="top"><table width="100%">{items}</table></td>'
            f'<td valign="top"><font face="MS Sans Serif" size="2"><b>{title}</b><br>{body}</font></td></tr>'
            f'<tr><td colspan="2" align="center"><font size="1">{ag["name"]} {ag["address"]} โทร {ag["phone"]} '
            f'โทรสาร {ag["fax"]} อีเมล {ag["email"]}</font></td></tr></table>{script}</body></html>')


YEAR_SCRIPT = ("<script type=\"text/javascript\">$(document).ready(function () {\n"
               "  $('#ddlYear').change(function () { window.location.href = $(this).val(); });\n});</script>")


def year_selector(chosen: int) -> str:
    options = "".join(f'<option value="ita.asp?y={y}"{" selected" if y == chosen else ""}>ปีงบประมาณ {y}</option>'
                      for y in (2569, 2568, 2567, 2566))
    return f'<p>เลือกปีงบประมาณ: <select id="ddlYear" class="ddl">{options}</select></p>'


def site_thungkwao(out: HeldoutOut) -> None:
    host = HOSTS[1]
    ag = agency("ทุ่งกวาว", "เมืองแพร่", "แพร่", "thungkwao", "54000",
                ["นายสมศักดิ์ ใจดี", "นายอนันต์ วงศ์ใหญ่", "นางสาวเพ็ญศรี คำปัน"], ["081-666-7701", "081-666-7702", "081-666-7703"])
    ag.update(name="เทศบาลตำบลทุ่งกวาว", short="เทศบาลตำบลทุ่งกวาว", email="saraban@thungkwao.go.th", map="18.13,100.16",
              address="99 หมู่ 2 ตำบลทุ่งกวาว อำเภอเมืองแพร่ จังหวัดแพร่ 54000",
              execs=[("นายสมศักดิ์ ใจดี", "นายกเทศมนตรีตำบลทุ่งกวาว"), ("นายอนันต์ วงศ์ใหญ่", "รองนายกเทศมนตรีตำบลทุ่งกวาว"),
                     ("นางสาวเพ็ญศรี คำปัน", "ปลัดเทศบาลตำบลทุ่งกวาว")])
    modes = {"O6": "half", "O13": "stale", "O18": "dead", "O23": "nofile", "O26": "denial"}
    photos(out, host, ag)
    out.text(host, "images/banner.jpg", "")

    def page(title: str, body: str) -> str:
        return asp_page(ag, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ เทศบาลตำบลทุ่งกวาว")
    own_pages(out, host, ag, page, {k: f"th/{k}.asp" for k in KINDS}, form, "complaint.asp")
    inline = {c: f"{k}.asp" for c, k in INLINE_KIND.items()}
    where = f"หน้า http://{host}/th/ita.asp?y=2569 (เลือกปี 2569 จากรายการปีงบประมาณในหน้า ITA)"
    style: dict[str, str] = {}   # the file's path -> how the index links it

    def path_of(c: str, stem: str, ext: str) -> str:
        n = int(c[1:])
        if n <= 10 or n == 18:        # backslash paths, from the root or from /th/
            path, style[path] = f"/upload/ita2569/{c}-{stem}.{ext}", "root" if n % 2 else "up"
        elif n <= 15:                 # raw Thai names with spaces
            path = f"/upload/ita 2569/{c} {TITLE[c][:30].replace('/', '-')} {stem}.{ext}"
            style[path] = "thai"
        elif n == 16:
            path, style[path] = f"/upload/ita2569/{c}-{stem}.{ext}", "onclick"
        elif n <= 22:                 # GET-form download buttons: download.asp?file=…
            path, style[path] = f"/th/download.asp@file={c}-{stem}.{ext}", "form"
        else:                         # a meta refresh page in front of the file
            path, style[path] = f"/upload/ita2569/{c}-{stem}.{ext}", "refresh"
        return path
    rows, verdicts = item_rows(out, host, ag, modes, path_of, inline, where)
    cells, refresh = [], 0
    for code, sub, links, note in rows:
        parts = []
        for title, href in links:
            how = style.get(href, "plain")
            if how in ("root", "up"):
                back = href.replace("/", "\\")
                parts.append(f'<a href="{back if how == "root" else ".." + back}" target="_blank">{title}</a>')
            elif how == "form":
                name = href.split("@file=")[1]
                parts.append(f'<form action="download.asp" method="get" target="_blank" style="display:inline">'
                             f'<input type="hidden" name="file" value="{name}">{title} '
                             f'<input type="submit" value="ดาวน์โหลด" class="btn"></form>')
            elif how == "onclick":
                parts.append(f'<a href="javascript:void(0);" onclick="window.location=\'..{href}\'">{title}</a>')
            elif how == "refresh":
                refresh += 1
                out.text(host, f"th/redirect.asp@id={refresh}",
                         '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-874">'
                         f'<meta http-equiv="refresh" content="0;URL=..{href}"><title>กำลังเปิดเอกสาร</title></head>'
                         '<body>กำลังเปิดเอกสาร...</body></html>')
                parts.append(f'<a href="redirect.asp?id={refresh}" target="_blank">{title}</a>')
            else:                    # an inline page, or a raw Thai name with its spaces
                parts.append(f'<a href="{href}" target="_blank">{title}</a>')
        cells.append((code, sub, "<br>".join(parts) or note, note))
    body = year_selector(2569) + table(cells)
    out.text(host, "th/ita.asp@y=2569", asp_page(ag, "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569", body,
                                                YEAR_SCRIPT))
    for year, score in ((2568, "88.50"), (2567, "85.12"), (2566, "79.30")):
        shown = asp_page(ag, f"ผลการประเมิน ITA ปีงบประมาณ พ.ศ. {year}", year_selector(year) +
                         f"<p>ผลการประเมินคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. {year}: {score} คะแนน</p>", YEAR_SCRIPT)
        out.text(host, f"th/ita.asp@y={year}", shown)
        if year == 2568:
            out.text(host, "th/ita.asp", shown)
    out.text(host, "th/default.asp", page("หน้าแรก", f"<b>ข่าวประชาสัมพันธ์</b>{news_list(NEWS69[:4])}"))
    out.text(host, "th/index.html", '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-874">'
             f'<title>{ag["name"]}</title></head><body><p>กำลังเข้าสู่เว็บไซต์{ag["name"]}...</p><script '
             'type="text/javascript">window.location.href = "/th/default.asp";</script></body></html>')
    out.text(host, "index.html", '<html><head><meta http-equiv="refresh" content="0;URL=/th/"><title>'
             f'{ag["name"]}</title></head><body></body></html>')
    out.text(host, "js/jquery-1.8.3.min.js", "/*! jQuery v1.8.3 jquery.com | jquery.org/license */")
    asp = ["/th/ita.asp", "/th/default.asp", *(f"/th/{k}.asp" for k in KINDS)]
    write_manifest(out, host, {
        "encoding": "tis-620", "charset_header": "utf-8",
        # a PDF the download script sends as an HTML page (the script's default Content-Type)
        "types": {**dict.fromkeys(asp, "text/html"), "/th/download.asp": "text/html; charset=windows-874"}})
    out.write_expected(host, "markup_quirks: classic ASP on IIS, TIS-620 bytes under a utf-8 header; a meta refresh then a "
                       "script to the home; the ITA page shows 2568 with a jQuery-bound year <select> whose options are "
                       "each year's page; the 2569 index links backslash paths, raw Thai names with spaces, GET-form "
                       "download buttons (a PDF sent as text/html), meta-refresh pages and onclick locations.",
                       site_meta("thungkwao", "markup_quirks", ag, "Thung Kwao Subdistrict Municipality", "เทศบาลตำบล",
                                 "แพร่", f"http://{host}/"),
                       verdicts)


def build(dest: Path = SITES_DIR) -> None:
    for host in HOSTS:
        shutil.rmtree(dest / host, ignore_errors=True)   # only these sites' folders; forms live under hashed ids
    out = HeldoutOut(dest)
    site_nonsila(out)
    site_thungkwao(out)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
