"""Two held-out ITA 2569 sites whose OIT page draws its rows from the agency's own data API, and that API fails
(issue 19, round 12, lane "apifail").

Run from the repository root:  python -m farm.builders.heldout_apifail

  www.sakaekrang.go.th      เทศบาลตำบลสะแกกรัง (เมืองอุทัยธานี อุทัยธานี)   spa_api_partial_fail
      A municipality site of a vendor's "ITA app": ordinary pages (structure, executives, contact, news, E-Service,
      complaint) are server HTML; the ITA page /ita/2569.html is the module's shell: a ``<noscript>`` notice, an
      empty ``<div id="app" data-year="2569">``, the site's settings (``window.SITE``: name, menu, address) and
      ``/assets/js/ita-app.8c41d2e7.js``, which draws the header, the menu, the footer, the intro, the page's
      title and one section per indicator ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", "ตัวชี้วัดที่ 10 การป้องกันการทุจริต"),
      each with a "กำลังโหลดข้อมูล…" row, then fetches each section's rows from the vendor's PHP API
      (``/api/ita.php?year=2569&indicator=9`` and ``…&indicator=10``, JSON with ``X-Requested-With``). The
      indicator-10 endpoint always answers **500** (a PHP error in JSON: the database connection refused), and the
      script writes "เกิดข้อผิดพลาดในการโหลดข้อมูล (HTTP 500) กรุณาลองใหม่อีกครั้งภายหลัง" in that section: items
      O20–O26 are never drawn. A person sees the shell, the 19 rows of indicator 9 and the error; reloading later
      shows the same error.
      Verdicts: O20–O26 ``unchecked`` — the page that should show them failed to load its data; nobody can say from
      this page whether the documents are published (an assessor would note "the agency's page did not load" and
      come back, never write "not published").
      Wrong elsewhere: O8's PDF answers 404 (broken), O12 is the 2567 procurement summary (partial), O16 row "-"
      (missing).
      Markup source: vendor "ITA" modules of Thai LAO CMSs whose index is drawn by a script from a PHP endpoint per
      indicator (``api/ita.php?year=&indicator=``), the error banner of a failed ``fetch`` (``res.ok`` checked, the
      status shown), PHP's PDO error turned into JSON by the vendor's handler.

  www.phanna-sao.go.th      อบต.พรรณา (พรรณานิคม สกลนคร)              wp_admin_ajax_slow
      WordPress (GeneratePress-style theme, as heldout_wp.py) whose page /ita-2569/ holds an empty OIT table
      (``table#oit-table``, its ``thead`` only, a "กำลังโหลดข้อมูล…" row) and the theme's inline script: the
      plugin's settings printed by ``wp_localize_script`` (``var oitAjax = {"ajaxurl": "/wp-admin/admin-ajax.php",
      …}``) and a loader that asks ``admin-ajax.php?action=oit_table&year=2569`` for the 26 rows (JSON
      ``{"success": true, "data": [...]}``, as ``wp_send_json_success`` answers) and writes them into the table.
      robots.txt is WordPress's own (``Disallow: /wp-admin/``, ``Allow: /wp-admin/admin-ajax.php``). The server is
      busy at night: the **first** request for the rows never answers (the PHP worker hangs); a later request
      answers at once. A person whose page spins reloads it and sees the 26 rows.
      Verdicts as that reader sees them after the reload: O5's PDF answers 404 (broken), O13 is the 2567 HR plan
      (partial), O22 row "-" (missing), O25 "อยู่ระหว่างดำเนินการ" (missing); the rest pass.
      Markup source: WordPress's ``wp_localize_script`` output and ``admin-ajax.php?action=`` handlers answered by
      ``wp_send_json_success``; GeneratePress's page markup; the default virtual robots.txt of WordPress.

Every verdict was written before any engine run, as a careful assessor with a browser gives it, by heldout_sites.py's
rules (wrong year = partial; "-", "อยู่ระหว่างดำเนินการ" = missing; a link to a file that is not there = broken).
Neither site has last year's list.

After the first engine run (verdicts unchanged): the ITA page of www.sakaekrang.go.th first held the header and
menu in its served HTML beside an empty ``<div id="ita-app">``, which the crawler does not take for a script shell
(a page with text and links is read as served: crawler/shell.py), so it was never rendered and the site measured
nothing of this lane; it is now the SPA shell the brief asks for. The complaint page the O17 verdict of
www.phanna-sao.go.th names (/complaint/) had not been written; it is.
"""
from __future__ import annotations

import html
import json
import shutil
import sys
from pathlib import Path

from farm.builders.heldout_sites import TITLE, HeldoutOut, judge, lao_page, own_pages, publish_docs, site_meta
from farm.builders.heldout_unforeseen import INLINE_KIND, agency
from farm.builders.heldout_wp import wp_page
from farm.builders.ita2569_moit import NEWS69, news_list, write_manifest
from farm.builders.reading_sites_content import INLINE, INLINE_WHY, SUB, exec_why, photos
from farm.server import SITES_DIR

HOSTS = ("www.sakaekrang.go.th", "www.phanna-sao.go.th")
API = "/api/ita.php"
AJAX = "/wp-admin/admin-ajax.php"


def items(out: HeldoutOut, host: str, ag: dict, modes: dict, url: dict, path_of, where) -> tuple[list[dict], dict]:
    """Per item: {code, indicator, sub, title, files, note} and the assessor's verdicts (``where(code)``)."""
    rows, verdicts = [], {}
    for sub, name, numbers in SUB:
        for n in numbers:
            code = f"O{n}"
            mode = modes.get(code, "ok")
            files, note = [], ""
            if code in INLINE:
                page_url = url[INLINE_KIND[code]]
                files = [{"name": TITLE[code], "url": page_url}]
                verdicts[code] = ("pass", f"{where(code)}: หน้า {page_url}: " +
                                  (exec_why(ag) if code == "O2" else INLINE_WHY[code]))
            else:
                links, dead = publish_docs(out, host, code, ag, mode, lambda stem, ext, c=code: path_of(c, stem, ext))
                files = [{"name": t, "url": h} for t, h in links]
                note = "อยู่ระหว่างดำเนินการ" if mode == "denial" else "-"
                verdicts[code] = judge(code, ag, mode, where(code), f"http://{host}{dead}" if dead else "")
            rows.append({"code": code, "indicator": sub.split(".")[0], "sub": f"{sub} {name}", "title": TITLE[code],
                         "files": files, "note": note})
    return rows, verdicts


# ----------------------------------------------------------------------------------------------------------------
# 1. spa_api_partial_fail: the ITA page's two sections drawn from two JSON endpoints; indicator 10's answers 500

ITA_APP_JS = r"""/* ita-app.8c41d2e7.js: ITA module (c) vendor */
(function () {
  var app = document.getElementById('app'), year = app.getAttribute('data-year'), site = window.SITE;
  function esc(s) { return String(s == null ? '' : s).replace(/[&<>"]/g, function (c) { return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c]; }); }
  document.title = 'ITA ' + year + ' - ' + site.name;
  app.innerHTML = '<header class="site-header"><div id="top-bar"><b>' + esc(site.name) + '</b> ' + esc(site.district) +
    '</div><nav class="navbar"><ul class="nav">' + site.menu.map(function (m) {
      return '<li class="nav-item"><a class="nav-link" href="' + esc(m[1]) + '">' + esc(m[0]) + '</a></li>';
    }).join('') + '</ul></nav></header><main class="container"><h1>ITA ' + esc(year) + '</h1><p>' + esc(site.intro) +
    '</p><div id="ita-app"></div></main><footer class="site-footer">' + esc(site.name) + ' ' + esc(site.address) +
    ' โทรศัพท์ ' + esc(site.phone) + '</footer>';
  app = document.getElementById('ita-app');
  var sections = [['9', 'ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล'], ['10', 'ตัวชี้วัดที่ 10 การป้องกันการทุจริต']];
  app.innerHTML = '<h2 class="ita-title">การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ' + esc(year) + '</h2>' +
    sections.map(function (s) {
      return '<section class="ita-indicator" id="ind-' + s[0] + '"><h3>' + esc(s[1]) + '</h3><table class="table ita-table">' +
        '<thead><tr><th>ข้อ</th><th>ข้อมูล</th><th>เอกสาร</th></tr></thead><tbody><tr><td colspan="3" class="loading">' +
        'กำลังโหลดข้อมูล…</td></tr></tbody></table></section>';
    }).join('');
  function row(it) {
    var docs = it.files.length ? it.files.map(function (f) {
      return '<div><a href="' + esc(f.url) + '" target="_blank"><i class="fa fa-file"></i> ' + esc(f.name) + '</a></div>';
    }).join('') : esc(it.note || '-');
    return '<tr><td class="code">' + esc(it.code) + '</td><td>' + esc(it.title) + '<br><small>ตัวชี้วัดย่อยที่ ' +
      esc(it.sub) + '</small></td><td>' + docs + '</td></tr>';
  }
  sections.forEach(function (s) {
    var body = document.querySelector('#ind-' + s[0] + ' tbody');
    fetch('/api/ita.php?year=' + year + '&indicator=' + s[0], {headers: {'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json'}})
      .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
      .then(function (d) { body.innerHTML = d.items.map(row).join(''); })
      .catch(function (e) {
        body.innerHTML = '<tr><td colspan="3" class="text-danger">เกิดข้อผิดพลาดในการโหลดข้อมูล (' + esc(e.message) +
          ') กรุณาลองใหม่อีกครั้งภายหลัง</td></tr>';
      });
  });
})();"""

PDO_ERROR = {"status": "error", "code": 500,
             "message": "SQLSTATE[HY000] [2002] Connection refused", "file": "/var/www/html/api/ita.php", "line": 41}


def site_sakaekrang(out: HeldoutOut) -> dict:
    host = HOSTS[0]
    ag = agency("สะแกกรัง", "เมืองอุทัยธานี", "อุทัยธานี", "sakaekrang", "61000",
                ["นายสมพงษ์ รุ่งเรือง", "นายอดิศร ชูศรี", "นางวิไลวรรณ คงดี"], ["081-530-4401", "081-530-4402", "081-530-4403"])
    ag.update(name="เทศบาลตำบลสะแกกรัง", short="เทศบาลตำบลสะแกกรัง", email="saraban@sakaekrang.go.th", map="15.38,100.02",
              line="@sakaekrang", address="55 ถนนท่าช้าง ตำบลสะแกกรัง อำเภอเมืองอุทัยธานี จังหวัดอุทัยธานี 61000",
              phone="056-511-220", fax="056-511-221",
              execs=[("นายสมพงษ์ รุ่งเรือง", "นายกเทศมนตรีตำบลสะแกกรัง"), ("นายอดิศร ชูศรี", "รองนายกเทศมนตรีตำบลสะแกกรัง"),
                     ("นางวิไลวรรณ คงดี", "ปลัดเทศบาลตำบลสะแกกรัง")])
    modes = {"O8": "dead", "O12": "stale", "O16": "nofile"}
    photos(out, host, ag)
    url = {k: f"/{k}.html" for k in ("structure", "executives", "contact", "news", "eservice", "complaint")}
    menu = [("หน้าหลัก", "/"), ("โครงสร้าง", url["structure"]), ("คณะผู้บริหาร", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("E-Service", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("ITA 2569", "/ita/2569.html"), ("ติดต่อเรา", url["contact"])]

    def page(title: str, body: str) -> str:
        return lao_page(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ เทศบาลตำบลสะแกกรัง")
    own_pages(out, host, ag, page, {k: v.lstrip("/") for k, v in url.items()}, form, "/complaint-send.php")

    def where(code: str) -> str:
        return f"หน้า http://{host}/ita/2569.html ส่วนตัวชี้วัดที่ {9 if int(code[1:]) < 20 else 10} แถว {code}"
    rows, verdicts = items(out, host, ag, modes, url, lambda c, stem, ext: f"/uploads/ita/2569/{c}-{stem}.{ext}", where)
    for code in [r["code"] for r in rows if r["indicator"] == "10"]:
        verdicts[code] = ("unchecked", f"หน้า http://{host}/ita/2569.html ส่วนตัวชี้วัดที่ 10: สคริปต์ของหน้าโหลดรายการจาก "
                          f"http://{host}{API}?year=2569&indicator=10 ซึ่งตอบ HTTP 500 ทุกครั้ง (หน้าแสดง "
                          "'เกิดข้อผิดพลาดในการโหลดข้อมูล') — ไม่เห็นแถว O20–O26 จึงตัดสินจากหน้านี้ไม่ได้ว่าเผยแพร่หรือไม่")
    out.text(host, "api/ita.php@year=2569&indicator=9", json.dumps(
        {"year": 2569, "indicator": 9, "items": [r for r in rows if r["indicator"] == "9"]}, ensure_ascii=False))
    # what the indicator-10 rows would be is not on the server: the endpoint fails before it reads them
    out.text(host, "api/ita.php@year=2569&indicator=10", json.dumps(PDO_ERROR))
    site = {"name": ag["name"], "district": f"อำเภอ{ag['amphoe']} จังหวัด{ag['province']}", "menu": menu,
            "address": ag["address"], "phone": ag["phone"],
            "intro": f"{ag['name']} เผยแพร่ข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ของการประเมินคุณธรรมและ"
                     "ความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2569 คลิกชื่อเอกสารเพื่อเปิดดู"}
    out.text(host, "ita/2569.html", '<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>ITA 2569</title>'
             '<link rel="stylesheet" href="/assets/css/style.css"></head><body><noscript>กรุณาเปิดใช้งาน JavaScript '
             'เพื่อดูข้อมูล</noscript><div id="app" data-year="2569"></div><script>window.SITE = ' +
             json.dumps(site, ensure_ascii=False) + ';</script><script src="/assets/js/ita-app.8c41d2e7.js"></script>'
             '</body></html>')
    out.text(host, "assets/js/ita-app.8c41d2e7.js", ITA_APP_JS)
    out.text(host, "index.html", page("หน้าหลัก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     '<p><a href="/ita/2569.html">ITA 2569 การประเมินคุณธรรมและความโปร่งใส</a></p>'))
    write_manifest(out, host, {"types": {"/assets/js/ita-app.8c41d2e7.js": "text/javascript; charset=utf-8",
                                         API: "application/json; charset=utf-8"},
                               "page_status": {f"{API}?year=2569&indicator=10": 500}})
    out.write_expected(host, "spa_api_partial_fail: the ITA page's script draws two indicator sections and fetches each "
                       "one's rows from /api/ita.php?year=2569&indicator=N (JSON); indicator 10's endpoint always "
                       "answers 500 and the section shows an error, so O20–O26 are never drawn.",
                       site_meta("sakaekrang", "spa_api_partial_fail", ag, "Sakae Krang Subdistrict Municipality",
                                 "เทศบาลตำบล", "อุทัยธานี", f"http://{host}/"), verdicts)
    return verdicts


# ----------------------------------------------------------------------------------------------------------------
# 2. wp_admin_ajax_slow: the OIT table's rows from admin-ajax.php, whose first request hangs

OIT_AJAX_JS = r"""(function () {
  var body = document.querySelector('#oit-table tbody');
  function esc(s) { return String(s == null ? '' : s).replace(/[&<>"]/g, function (c) { return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c]; }); }
  var xhr = new XMLHttpRequest();
  xhr.open('GET', oitAjax.ajaxurl + '?action=oit_table&year=' + oitAjax.year);
  xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
  xhr.onload = function () {
    if (xhr.status !== 200) { body.innerHTML = '<tr><td colspan="4">โหลดข้อมูลไม่สำเร็จ กรุณาโหลดหน้านี้ใหม่</td></tr>'; return; }
    var res = JSON.parse(xhr.responseText);
    body.innerHTML = res.data.map(function (it) {
      var docs = it.files.length ? it.files.map(function (f) {
        return '<a href="' + esc(f.url) + '" target="_blank" rel="noopener">' + esc(f.name) + '</a>';
      }).join('<br>') : esc(it.note || '-');
      return '<tr><td class="column-1">' + esc(it.code) + '</td><td class="column-2">' + esc(it.sub) +
        '</td><td class="column-3">' + esc(it.title) + '</td><td class="column-4">' + docs + '</td></tr>';
    }).join('');
  };
  xhr.onerror = function () { body.innerHTML = '<tr><td colspan="4">โหลดข้อมูลไม่สำเร็จ กรุณาโหลดหน้านี้ใหม่</td></tr>'; };
  xhr.send();
})();"""


def site_phanna(out: HeldoutOut) -> dict:
    host = HOSTS[1]
    ag = agency("พรรณา", "พรรณานิคม", "สกลนคร", "phanna", "47130",
                ["นายบุญเลิศ ศรีสุข", "นายวีระ พันธ์ดี", "นางสาวอรอุมา ทองคำ"], ["081-640-5501", "081-640-5502", "081-640-5503"])
    ag.update(map="17.35,103.85", phone="042-779-300", fax="042-779-301")
    modes = {"O5": "dead", "O13": "stale", "O22": "nofile", "O25": "denial"}
    photos(out, host, ag)
    url = {"structure": "/structure/", "executives": "/executives/", "contact": "/contact/", "news": "/news/",
           "eservice": "/e-service/", "complaint": "/complaint/"}
    menu = [("หน้าแรก", "/"), ("โครงสร้าง", url["structure"]), ("คณะผู้บริหาร", url["executives"]),
            ("ข่าวสาร", url["news"]), ("E-Service", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("ITA 2569", "/ita-2569/"), ("ติดต่อเรา", url["contact"])]
    ids = iter(range(12, 40))

    def page(title: str, body: str) -> str:
        return wp_page(ag, menu, title, body, next(ids))
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.พรรณา")
    own_pages(out, host, ag, page, {k: v.lstrip("/") + "index.html" for k, v in url.items()}, form,
              "/wp-admin/admin-post.php")

    def where(code: str) -> str:
        return f"หน้า http://{host}/ita-2569/ ตาราง OIT (โหลดจาก admin-ajax.php หลังโหลดหน้าใหม่) แถว {code}"
    rows, verdicts = items(out, host, ag, modes, url,
                           lambda c, stem, ext: f"/wp-content/uploads/2026/03/{c}-{stem}.{ext}", where)
    out.text(host, "wp-admin/admin-ajax.php@action=oit_table&year=2569", json.dumps({"success": True, "data": rows},
                                                                                     ensure_ascii=False))
    settings = json.dumps({"ajaxurl": AJAX, "year": "2569", "nonce": "5c2e9a71f0"})
    body = (f"<p>{html.escape(ag['name'])} เผยแพร่ข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. "
            "2569 ตามตารางด้านล่าง</p>"
            '<table id="oit-table" class="oit-table"><thead><tr><th class="column-1">ข้อ</th><th class="column-2">'
            'ตัวชี้วัดย่อย</th><th class="column-3">ข้อมูล</th><th class="column-4">เอกสาร / ลิงก์</th></tr></thead>'
            '<tbody><tr><td colspan="4" class="oit-loading">กำลังโหลดข้อมูล…</td></tr></tbody></table>'
            f"<script id='oit-table-js-extra'>\n/* <![CDATA[ */\nvar oitAjax = {settings};\n/* ]]> */\n</script>"
            f"<script id='oit-table-js-after'>{OIT_AJAX_JS}</script>")
    out.text(host, "ita-2569/index.html", page("ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)", body))
    out.text(host, "index.html", page("หน้าแรก", f"<h2>ข่าวสาร</h2>{news_list(NEWS69[:4])}"
                                     '<p><a href="/ita-2569/">ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)</a></p>'))
    write_manifest(out, host, {"types": {AJAX: "application/json; charset=UTF-8"}, "hang_once": [AJAX],
                               "robots": "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"})
    out.write_expected(host, "wp_admin_ajax_slow: a WordPress page whose OIT table's 26 rows come from "
                       "admin-ajax.php?action=oit_table&year=2569 (wp_localize_script settings, an XHR); the first "
                       "request for them hangs, a later one answers.",
                       site_meta("phanna", "wp_admin_ajax_slow", ag, "Phanna SAO", "อบต.", "สกลนคร", f"http://{host}/"),
                       verdicts)
    return verdicts


def build(dest: Path = SITES_DIR) -> None:
    for host in HOSTS:
        shutil.rmtree(dest / host, ignore_errors=True)
    out = HeldoutOut(dest)
    site_sakaekrang(out)
    site_phanna(out)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
