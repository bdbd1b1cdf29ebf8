"""Two held-out ITA 2569 sites whose OIT page is an ordinary page of the site (header, menu, footer served as HTML)
whose item list is pulled in on load by a small client-side include (round 14, lane "includes").

Run from the repository root:  python -m farm.builders.heldout_includes

  www.thatong.go.th         อบต.ท่าทอง (เมืองพิษณุโลก พิษณุโลก)          client_includes
      A static Bootstrap 3 template of the kind Thai school and SAO webmasters copy: every page carries its header,
      menu and footer; the OIT page /ita2569.html carries its heading and intro, then two W3Schools includes,
      ``<div w3-include-html="oit/oit2569-9.html"></div>`` and ``<div w3-include-html="oit/oit2569-10.html"></div>``,
      and ``<script src="js/w3.js"></script><script>w3.includeHTML();</script>`` (W3.JS's include: an XHR per
      element, the answer written into it with ``innerHTML`` when the status is 200, nothing otherwise). The
      indicator-9 file is there (a table of O1–O19 with links to the PDFs and to the site's own pages); the
      indicator-10 file is **not** (the webmaster renamed it oit2569_10.html on the server and never fixed the
      page, which links nothing else to it): it answers 404, and W3.JS leaves the area empty. A person sees the
      heading "ตัวชี้วัดที่ 10 การป้องกันการทุจริต" over an empty space.
      Verdicts: O20–O26 ``unchecked`` — the area that should list them is empty because its include failed; nobody
      can say from this page whether the documents are published (they are never linked from anywhere a reader
      reaches). Wrong in indicator 9: O8's PDF answers 404 (broken), O12 is the 2567 procurement summary
      (partial), O16 row "-" (missing).
      Markup source: W3Schools' "How TO - Include HTML" (``w3-include-html`` and ``w3.includeHTML()``) and W3.JS
      1.04's ``includeHTML``, as copied into Thai school/SAO templates (``oit2569.html`` fragments in a folder).

  www.nongsuang.go.th       อบต.หนองสรวง (โนนสูง นครราชสีมา)            lazy_fragments
      A jQuery template: the OIT page /ita/index.html carries the header, menu, footer, an intro and one empty
      ``<div class="oit-panel" id="oit-9-1"></div>`` per sub-indicator (9.1 … 10.2), each under its heading; an
      inline ``$(function(){ … })`` loads each panel from its own file with ``$("#oit-9-1").load("2569/9-1.html
      #oit-list")`` (jQuery's ``.load(url selector)``: the fragment file is a whole page of the site, of which only
      ``#oit-list`` is taken). The 9.4 file (O13–O15) answers **500** every time (a PHP include behind it
      fails); jQuery's ``.load`` writes nothing on an error and the panel stays empty under its heading "9.4
      การบริหารและพัฒนาทรัพยากรบุคคล".
      Verdicts: O13–O15 ``unchecked`` (their panel is empty: its file did not load). Wrong elsewhere: O5's PDF
      answers 404 (broken), O22 row "-" (missing), O25 "อยู่ระหว่างดำเนินการ" (missing); the rest pass.
      Markup source: jQuery's ``.load()`` documentation ("Loading Page Fragments": ``$("#result").load("ajax/test.html
      #container")``) and Thai LAO templates that fill tab panels of the ITA page from per-section files.

Every verdict was written before any engine run, as a careful assessor with a browser gives it, by heldout_sites.py's
rules (wrong year = partial; "-", "อยู่ระหว่างดำเนินการ" = missing; a link to a file that is not there = broken).
Neither site has last year's list.
"""
from __future__ import annotations

import html
import shutil
import sys
from pathlib import Path

from farm.builders.heldout_apifail import items
from farm.builders.heldout_sites import HeldoutOut, lao_page, own_pages, site_meta
from farm.builders.heldout_unforeseen import agency
from farm.builders.ita2569_moit import NEWS69, news_list, write_manifest
from farm.builders.reading_sites_content import SUB, photos
from farm.server import SITES_DIR

HOSTS = ("www.thatong.go.th", "www.nongsuang.go.th")
JQUERY = Path("/usr/share/javascript/jquery/jquery.min.js")   # Debian's libjs-jquery, as the template ships its copy

# W3.JS 1.04's include, as the library ships it (the rest of w3.js left out)
W3_JS = r"""/* W3.JS 1.04 April 2019 by w3schools.com */
"use strict";
var w3 = {};
w3.includeHTML = function(cb) {
  var z, i, elmnt, file, xhttp;
  z = document.getElementsByTagName("*");
  for (i = 0; i < z.length; i++) {
    elmnt = z[i];
    file = elmnt.getAttribute("w3-include-html");
    if (file) {
      xhttp = new XMLHttpRequest();
      xhttp.onreadystatechange = function() {
        if (this.readyState == 4) {
          if (this.status == 200) {elmnt.innerHTML = this.responseText;}
          elmnt.removeAttribute("w3-include-html");
          w3.includeHTML(cb);
        }
      }
      xhttp.open("GET", file, true);
      xhttp.send();
      return;
    }
  }
  if (cb) cb();
};"""


def table(rows: list[dict]) -> str:
    """The rows of an OIT list as a Bootstrap table: code, item, its documents (or the note)."""
    out = []
    for r in rows:
        docs = "<br>".join(f'<a href="{html.escape(f["url"])}" target="_blank">{html.escape(f["name"])}</a>'
                           for f in r["files"]) or html.escape(r["note"] or "-")
        out.append(f'<tr><td class="text-center">{r["code"]}</td><td>{html.escape(r["title"])}</td><td>{docs}</td></tr>')
    return ('<table class="table table-bordered table-striped"><thead><tr><th>ข้อ</th><th>ข้อมูล</th><th>เอกสาร / ลิงก์'
            '</th></tr></thead><tbody>' + "".join(out) + "</tbody></table>")


def bs3_page(ag: dict, menu: list[tuple[str, str]], title: str, body: str, scripts: str = "") -> str:
    """A static Bootstrap 3 page of the template: header, navbar, body, footer (relative links, as copied)."""
    nav = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in menu)
    return (f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,'
            f' initial-scale=1"><title>{title} | {ag["name"]}</title><link rel="stylesheet" href="/css/bootstrap.min.css">'
            f'<link rel="stylesheet" href="/css/style.css"></head><body><div class="header"><div class="container">'
            f'<img src="/images/logo.png" alt="ตราสัญลักษณ์" class="logo"><h1>{ag["name"]}</h1><p>อำเภอ{ag["amphoe"]} '
            f'จังหวัด{ag["province"]}</p></div></div><nav class="navbar navbar-default"><div class="container">'
            f'<ul class="nav navbar-nav">{nav}</ul></div></nav><div class="container"><div class="row"><div '
            f'class="col-md-12"><h2 class="page-header">{title}</h2>{body}</div></div></div><footer class="footer">'
            f'<div class="container"><p>{ag["name"]} {ag["address"]}</p><p>โทรศัพท์ {ag["phone"]} โทรสาร {ag["fax"]} '
            f'อีเมล {ag["email"]}</p></div></footer><script src="/js/jquery-1.12.4.min.js"></script>'
            f'<script src="/js/bootstrap.min.js"></script>{scripts}</body></html>')


# ----------------------------------------------------------------------------------------------------------------
# 1. client_includes: W3.JS includes, the indicator-10 file gone

def site_thatong(out: HeldoutOut) -> dict:
    host = HOSTS[0]
    ag = agency("ท่าทอง", "เมืองพิษณุโลก", "พิษณุโลก", "thatong", "65000",
                ["นายประสิทธิ์ แก้วมณี", "นายสุเทพ อินทร์จันทร์", "นางรัชนี พรหมมา"], ["081-470-2201", "081-470-2202", "081-470-2203"])
    ag.update(email="saraban@thatong.go.th", map="16.78,100.27", phone="055-214-330", fax="055-214-331")
    modes = {"O8": "dead", "O12": "stale", "O16": "nofile"}
    photos(out, host, ag)
    url = {k: f"/{k}.html" for k in ("structure", "executives", "contact", "news", "eservice", "complaint")}
    menu = [("หน้าหลัก", "/index.html"), ("โครงสร้าง", url["structure"]), ("คณะผู้บริหาร", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("E-Service", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("ITA 2569", "/ita2569.html"), ("ติดต่อเรา", url["contact"])]

    def page(title: str, body: str) -> str:
        return bs3_page(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.ท่าทอง")
    own_pages(out, host, ag, page, {k: v.lstrip("/") for k, v in url.items()}, form, "/complaint-send.php")

    def where(code: str) -> str:
        return f"หน้า http://{host}/ita2569.html ส่วนตัวชี้วัดที่ 9 (ดึงมาจาก oit/oit2569-9.html) แถว {code}"
    rows, verdicts = items(out, host, ag, modes, url, lambda c, stem, ext: f"/oit/2569/files/{c}-{stem}.{ext}", where)
    nine = [r for r in rows if r["indicator"] == "9"]
    out.text(host, "oit/oit2569-9.html", table(nine))
    # the indicator-10 file was renamed on the server (oit2569_10.html) and the page never fixed; nothing links it
    ten = [r for r in rows if r["indicator"] == "10"]
    out.text(host, "oit/oit2569_10.html", table(ten))
    for r in ten:
        verdicts[r["code"]] = ("unchecked", f"หน้า http://{host}/ita2569.html ส่วนตัวชี้วัดที่ 10: พื้นที่ดึงเนื้อหาจาก "
                               f"http://{host}/oit/oit2569-10.html ซึ่งตอบ HTTP 404 (W3.JS ไม่เขียนอะไรลงไป) หน้าแสดง"
                               f"หัวข้อเหนือพื้นที่ว่าง — ไม่เห็นแถว {r['code']} จึงตัดสินจากหน้านี้ไม่ได้ว่าเผยแพร่หรือไม่")
    body = (f"<p>{ag['name']} เผยแพร่ข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) การประเมินคุณธรรมและความโปร่งใสใน"
            "การดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2569 คลิกชื่อเอกสารเพื่อเปิดอ่าน</p>"
            '<h3>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล</h3><div w3-include-html="oit/oit2569-9.html"></div>'
            '<h3>ตัวชี้วัดที่ 10 การป้องกันการทุจริต</h3><div w3-include-html="oit/oit2569-10.html"></div>')
    out.text(host, "ita2569.html", bs3_page(ag, menu, "ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)", body,
                                            '<script src="js/w3.js"></script><script>w3.includeHTML();</script>'))
    out.text(host, "js/w3.js", W3_JS)
    out.text(host, "js/jquery-1.12.4.min.js", JQUERY.read_text(encoding="utf-8"))
    out.text(host, "index.html", page("หน้าหลัก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     '<p><a href="ita2569.html">ITA 2569 การประเมินคุณธรรมและความโปร่งใส</a></p>'))
    write_manifest(out, host, {"types": {"/js/w3.js": "application/javascript"}})
    out.write_expected(host, "client_includes: the OIT page /ita2569.html is served with its header, menu and footer; "
                       "its two lists are W3.JS includes (w3-include-html); oit/oit2569-9.html holds O1–O19, "
                       "oit/oit2569-10.html answers 404 and its area stays empty.",
                       site_meta("thatong", "client_includes", ag, "Tha Thong SAO", "อบต.", "พิษณุโลก",
                                 f"http://{host}/"), verdicts)
    return verdicts


# ----------------------------------------------------------------------------------------------------------------
# 2. lazy_fragments: jQuery .load("file #oit-list") per sub-indicator panel, the 9.4 file failing

def site_nongsuang(out: HeldoutOut) -> dict:
    host = HOSTS[1]
    ag = agency("หนองสรวง", "โนนสูง", "นครราชสีมา", "nongsuang", "30160",
                ["นายเฉลิม ศรีวงศ์", "นายบุญมี ทองสุข", "นางสาวกาญจนา ใจดี"], ["081-720-3301", "081-720-3302", "081-720-3303"])
    ag.update(email="saraban@nongsuang.go.th", map="15.12,102.26", phone="044-339-410", fax="044-339-411")
    modes = {"O5": "dead", "O22": "nofile", "O25": "denial"}
    photos(out, host, ag)
    url = {k: f"/{k}.html" for k in ("structure", "executives", "contact", "news", "eservice", "complaint")}
    menu = [("หน้าแรก", "/"), ("โครงสร้าง", url["structure"]), ("คณะผู้บริหาร", url["executives"]),
            ("ข่าวสาร", url["news"]), ("E-Service", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("ITA 2569", "/ita/"), ("ติดต่อเรา", url["contact"])]

    def page(title: str, body: str) -> str:
        return lao_page(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.หนองสรวง")
    own_pages(out, host, ag, page, {k: v.lstrip("/") for k, v in url.items()}, form, "/complaint-send.php")

    def sub_of(code: str) -> str:
        n = int(code[1:])
        return next(s for s, _, numbers in SUB if n in numbers)

    def where(code: str) -> str:
        return f"หน้า http://{host}/ita/ แผง {sub_of(code)} (ดึงมาจาก /ita/2569/{sub_of(code).replace('.', '-')}.html) แถว {code}"
    rows, verdicts = items(out, host, ag, modes, url, lambda c, stem, ext: f"/files/ita2569/{c}-{stem}.{ext}", where)
    panels, loads = [], []
    for sub, name, numbers in SUB:
        slug = sub.replace(".", "-")
        part = [r for r in rows if int(r["code"][1:]) in numbers]
        out.text(host, f"ita/2569/{slug}.html", page(f"ITA 2569 {sub} {name}",
                                                     f'<div id="oit-list">{table(part)}</div>'))
        panels.append(f'<div class="panel panel-default"><div class="panel-heading"><h4>{sub} {name}</h4></div>'
                      f'<div class="oit-panel" id="oit-{slug}"></div></div>')
        loads.append(f'  $("#oit-{slug}").load("2569/{slug}.html #oit-list");')
    for r in rows:
        if sub_of(r["code"]) == "9.4":
            verdicts[r["code"]] = ("unchecked", f"หน้า http://{host}/ita/ แผง 9.4: ดึงเนื้อหาจาก http://{host}/ita/2569/"
                                   f"9-4.html ซึ่งตอบ HTTP 500 ทุกครั้ง แผงจึงว่างใต้หัวข้อ — ไม่เห็นแถว {r['code']} "
                                   "จึงตัดสินจากหน้านี้ไม่ได้ว่าเผยแพร่หรือไม่")
    body = (f"<p>{ag['name']} เผยแพร่ข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569 "
            "แยกตามตัวชี้วัดย่อย คลิกชื่อเอกสารเพื่อเปิดดู</p>" + "".join(panels) +
            '<script src="/assets/js/jquery-3.6.0.min.js"></script>'
            "<script>\n$(function () {\n" + "\n".join(loads) + "\n});\n</script>")
    out.text(host, "ita/index.html", page("ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)", body))
    out.text(host, "index.html", page("หน้าแรก", f"<h3>ข่าวสาร</h3>{news_list(NEWS69[:4])}"
                                     '<p><a href="/ita/">ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)</a></p>'))
    out.text(host, "assets/js/jquery-3.6.0.min.js", JQUERY.read_text(encoding="utf-8"))
    write_manifest(out, host, {"status": {"/ita/2569/9-4.html": 500}})
    out.write_expected(host, "lazy_fragments: the OIT page /ita/ holds one empty panel per sub-indicator, each filled "
                       "by jQuery's .load(\"2569/N-M.html #oit-list\"); the 9.4 file answers 500 and its panel stays empty.",
                       site_meta("nongsuang", "lazy_fragments", ag, "Nong Suang SAO", "อบต.", "นครราชสีมา",
                                 f"http://{host}/"), verdicts)
    return verdicts


def build(dest: Path = SITES_DIR) -> None:
    for host in HOSTS:
        shutil.rmtree(dest / host, ignore_errors=True)
    out = HeldoutOut(dest)
    site_thatong(out)
    site_nongsuang(out)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
