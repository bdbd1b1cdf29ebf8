"""Two held-out sites made with a site builder and a script framework (issue 19, round 8's probe, lane "builders").

Run from the repository root:  python -m farm.builders.heldout_builders

  www.bankruat-sao.go.th   อบต.บ้านกรวด (บ้านกรวด บุรีรัมย์)     ITA 2569   spa_wix_warmup
      A Wix site on the agency's own name (Thunderbolt viewer). Every page is served with its header menu, its
      rich-text and button components (``data-testid="richTextElement"`` / ``linkElement``, absolute hrefs), and
      ``<script type="application/json" id="wix-warmup-data">``. The OIT page /ita2569 is a repeater bound to the
      site's CMS collection "ITA2569": the served HTML holds the page's heading and an empty repeater
      (``data-testid="repeater"``), the 25 records only in the warmup JSON, drawn by the viewer's bundle from
      static.parastorage.com. A record shows its code and title, then per file its name and a button
      "ดาวน์โหลด". Files are where Wix puts them: the site's own ``/_files/ugd/<owner>_<hash>.pdf`` (even items)
      and the owner's file host ``<owner>-<hash>.usrfiles.com/ugd/…`` (odd items); the structure chart is on
      static.wixstatic.com/media. O1–O4, O10, O17 link the site's own pages.
      Wrong: O6's progress report covers 3 months (partial), O9's usrfiles file answers 404 (broken), O13 is the
      2568 HR plan on usrfiles (partial), O20's record says "อยู่ระหว่างดำเนินการ" (missing), O24 has no record
      and no page (missing).
      Markup source: Wix Thunderbolt's served page (``#SITE_CONTAINER``, ``#SITE_HEADER``, ``#PAGES_CONTAINER``,
      ``wixui-rich-text``, ``wixui-button``, ``wixui-repeater``, ``wix-warmup-data`` / ``wix-viewer-model``
      scripts, the ``main.<hash>.bundle.min.js`` of static.parastorage.com), Wix's file addresses
      (``/_files/ugd/``, ``usrfiles.com/ugd/``, ``static.wixstatic.com/media/…~mv2.png``).

  www.nongsunghospital.go.th  โรงพยาบาลหนองสูง (หนองสูง มุกดาหาร)   MOIT 2569   spa_angular_api_base
      An Angular application deployed under /web/: the registry's https://www.nongsunghospital.go.th/ answers 301
      to /web/, whose index.html carries ``<base href="/web/">``, an empty ``<app-root>`` and relative bundles
      (``runtime.js``, ``polyfills.js``, ``main.<hash>.js``); every address under /web/ answers the same
      index.html (nginx ``try_files``), so a wrong address is a 200 shell, never a 404. The app fetches its
      pages as JSON from the hospital's API on ``api.nongsunghospital.go.th`` (``/v1/site``, ``/v1/moit/2569``,
      ``/v1/moit/2569/<n>``, CORS) and draws them: /web/moit lists MOIT1–MOIT22 (routerLinks rendered
      ``href="/web/moit/3"``), /web/moit/<n> one panel per quarter linking the evidence. Odd items' files ship
      with the app under ``assets/pdf/moit2569/…`` and are linked relatively (``href="assets/pdf/…"``: resolved
      against the base, /web/assets/pdf/…, never against /web/moit/<n>/); even items' files are on the API's
      ``/storage/moit/2569/…`` (absolute).
      Wrong: MOIT5 quarters 3–4 say "ยังไม่มีข้อมูล" (partial), MOIT9's four files on the API answer 404
      (broken), MOIT13's row says "อยู่ระหว่างดำเนินการ" (missing), MOIT17's quarter 1 file is last year's
      (partial), MOIT21 has no row and no page (missing).
      Markup source: Angular CLI 17's index.html (``<base href>``, ``<app-root>``, ``type="module"`` bundles,
      ``ng-version``, ``_ngcontent-ng-c…`` attributes in the drawn DOM), a deployment under a path.

  www.nonsaat.go.th        เทศบาลตำบลโนนสะอาด (โนนสะอาด อุดรธานี)     ITA 2569   spa_nuxt_load_more
      (a third probe, built after the first two were measured and fixed, its verdicts again written before any
      engine run) A Nuxt 3 site rendered on the server: every page arrives whole (``<div id="__nuxt">`` holding
      the page, ``__NUXT_DATA__`` payload, ``/_nuxt/entry.<hash>.js``). The OIT page /ita/2569 shows the first 10
      items as cards (``<a href="/ita/2569/o5">``) and a button "โหลดเพิ่มเติม" (``<button type="button">``, no
      address): each press fetches the next 10 from the site's own server route
      (``/api/ita/2569/items?page=2``, ``page=3``, JSON) and appends their cards; the button goes after the last
      page. Each card opens the item's server-rendered page listing its PDFs under /uploads/ita2569/. No
      sitemap.xml; the menu links only the OIT page itself.
      Wrong: O8's PDF answers 404 (broken, first page), O11 covers 3 months (partial, second page), O12 is the
      2567 summary (partial, second page), O16's card says "อยู่ระหว่างดำเนินการ" (missing, second page), O23 has
      no card and no page (missing, third page), O25's PDF answers 404 (broken, third page).
      Markup source: Nuxt 3's server output (``#__nuxt``, ``<script type="application/json" id="__NUXT_DATA__"
      data-ssr="true">``, ``window.__NUXT__.config``, ``/_nuxt/`` module entry), a "load more" list as Vue sites
      page an API.

Every verdict was written before any engine run, as a careful assessor with a browser gives it (the repeater and
the Angular pages are seen drawn; a relative link goes where the browser sends it, against ``<base href>``), with
heldout_sites.py's rules (wrong year, a 3-month report, a missing quarter = partial; "อยู่ระหว่างดำเนินการ", no
row = missing; a link that gives no document = broken).
"""
from __future__ import annotations

import hashlib
import html
import json
import shutil
import sys
from pathlib import Path

from farm.builders.heldout_sites import TITLE, HeldoutOut, docs, judge, own_pages, publish_docs, site_meta
from farm.builders.heldout_unforeseen import INLINE_KIND, KINDS, agency
from farm.builders.ita2569_moit import (CUR, MOIT, MOIT_SOURCE, NEWS68, NEWS69, moit_doc, news_list, write_expected,
                                        write_manifest)
from farm.builders.reading_sites_content import INLINE, INLINE_WHY, SHEETS, SUB, exec_why, photos, sheet_rows
from farm.server import SITES_DIR

WIX, ANGULAR, NUXT = "www.bankruat-sao.go.th", "www.nongsunghospital.go.th", "www.nonsaat.go.th"
API = "api.nongsunghospital.go.th"
OWNER = "7be41c"                                   # the Wix account id every file name of the site starts with
USRFILES = f"{OWNER}-0f9d2a.usrfiles.com"
PARASTORAGE, WIXSTATIC = "static.parastorage.com", "static.wixstatic.com"
BUNDLE = "services/wix-thunderbolt/dist/main.8b2f7c41.bundle.min.js"
PDF, XLSX = "application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def ugd(*parts) -> str:
    return f"{OWNER}_" + hashlib.sha1("/".join(map(str, parts)).encode()).hexdigest()[:32]


# ----------------------------------------------------------------------------------------------------------------
# 1. spa_wix_warmup: a Wix site whose OIT repeater is drawn from the warmup JSON, files on /_files/ugd and usrfiles.com

WIX_MENU = [("หน้าหลัก", "/"), ("เกี่ยวกับเรา", "/about"), ("คณะผู้บริหาร", "/executives"), ("ข่าวสาร", "/news"),
            ("E-Service", "/e-service"), ("ร้องเรียนการทุจริต", "/complaint"), ("ITA 2569", "/ita2569"),
            ("ติดต่อเรา", "/contact")]

# A stand-in for the viewer's bundle: the repeater's items drawn from the warmup data, as Thunderbolt's platform does.
WIX_BUNDLE = r"""/*! wix-thunderbolt main bundle (repeater hydration) */
!function(){"use strict";
var w=document.getElementById("wix-warmup-data");if(!w)return;
var d=JSON.parse(w.textContent),db=((d.appsWarmupData||{}).dataBinding||{}).dataStore||{};
function esc(s){return String(s).replace(/[&<>"]/g,function(c){return{"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;"}[c]})}
document.querySelectorAll('[data-testid="repeater"][data-collection]').forEach(function(rep){
  var c=rep.getAttribute("data-collection"),recs=(db.recordsByCollectionId||{})[c]||{},
      ids=(((db.recordsInfoByCollectionId||{})[c])||{}).itemIds||Object.keys(recs);
  rep.innerHTML=ids.map(function(id,k){var r=recs[id];
    var files=(r.files||[]).map(function(f,j){
      return '<div class="comp-'+id+'-f'+j+' wixui-box"><div class="wixui-rich-text" data-testid="richTextElement">'+
        '<p class="font_8 wixui-rich-text__text">'+esc(f.name)+'</p></div><div class="FubTgk"><a data-testid="linkElement" href="'+
        esc(f.url)+'" target="_blank" rel="noreferrer noopener" class="uDW_Qe wixui-button PlZyDq"><span class="l7_2fn wixui-button__label">'+
        esc(f.label||"ดาวน์โหลด")+'</span></a></div></div>'}).join("");
    var note=r.note?'<p class="font_8 wixui-rich-text__text">'+esc(r.note)+'</p>':"";
    return '<div role="listitem" class="wixui-repeater__item" id="comp-ita__item-'+id+'"><div class="wixui-rich-text" data-testid="richTextElement">'+
      '<p class="font_9 wixui-rich-text__text">'+esc(r.subindicator)+'</p><h5 class="font_5 wixui-rich-text__text">'+esc(r.code)+' '+esc(r.title)+'</h5>'+note+'</div>'+files+'</div>'}).join("")});
}();
"""


def wix_rich(cid: str, body: str) -> str:
    return (f'<div id="comp-{cid}" class="KcpHeO tz5f0K comp-{cid} wixui-rich-text" data-testid="richTextElement">'
            f'{body}</div>')


def wix_page(ag: dict, host: str, title: str, body: str, warmup: dict | None = None) -> str:
    """A page as Wix's Thunderbolt viewer serves it: header menu, the page's components, the data scripts."""
    menu = "".join(f'<li class="wixui-dropdown-menu__item" data-testid="menuItem"><a data-testid="linkElement" '
                   f'href="https://{host}{h}" class="UiHgGh"><div class="itemDepth02233374943__itemWrapper">'
                   f'<p class="itemDepth02233374943__label">{t}</p></div></a></li>' for t, h in WIX_MENU)
    model = {"site": {"metaSiteId": hashlib.sha1(host.encode()).hexdigest()[:32], "externalBaseUrl": f"https://{host}",
                      "isWixSite": False, "siteDisplayName": ag["name"]}, "language": {"siteLanguage": "th"},
             "viewMode": "desktop", "requestUrl": f"https://{host}/"}
    data = json.dumps(warmup or {"appsWarmupData": {}}, ensure_ascii=False).replace("</", "<\\/")
    brand = wix_rich("hdr1", f'<p class="font_7">{ag["name"]}</p>')
    heading = wix_rich("pg-title", f'<h1 class="font_0">{title}</h1>')
    foot = wix_rich("ftr1", f'<p class="font_8">{ag["name"]} {ag["address"]} โทร {ag["phone"]}</p>')
    return (f'<!DOCTYPE html><html lang="th" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1" id="wixDesktopViewport"><meta name="generator" '
            f'content="Wix.com Website Builder"><title>{title} | {ag["name"]}</title>'
            f'<link rel="preconnect" href="https://{PARASTORAGE}" crossorigin>'
            f'<script type="application/json" id="wix-viewer-model">{json.dumps(model, ensure_ascii=False)}</script>'
            f'<script src="https://{PARASTORAGE}/{BUNDLE}" defer></script></head><body>'
            f'<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ"></div>'
            f'<div id="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" '
            f'class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="comp-hdr-logo">'
            f'{brand}</div><nav id="comp-kx9menu" '
            f'class="wixui-dropdown-menu" aria-label="เว็บไซต์"><ul class="wixui-dropdown-menu__list" role="menubar">'
            f'{menu}</ul></nav></header><main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true">'
            f'<div id="SITE_PAGES"><div class="page">{heading}{body}'
            f'</div></div></main><footer id="SITE_FOOTER" class="wixui-footer">'
            f'{foot}</footer>'
            f'</div></div></div></div><script type="application/json" id="wix-warmup-data">{data}</script>'
            f'</body></html>')


def site_bankruat(out: HeldoutOut) -> None:
    host = WIX
    ag = agency("บ้านกรวด", "บ้านกรวด", "บุรีรัมย์", "bankruat", "31180",
                ["นายประสิทธิ์ ศรีบุญเรือง", "นายวีระ แก้วมณี", "นางสาวกาญจนา พรมมา"],
                ["081-760-3301", "081-760-3302", "081-760-3303"])
    ag["email"], ag["map"] = "saraban@bankruat-sao.go.th", "14.42,103.09"
    plan = {"O6": "half", "O9": "dead", "O13": "stale", "O20": "denial", "O24": "absent"}
    photos(out, host, ag)
    chart = f"{ugd(host, 'structure')}~mv2.png"
    out.png(WIXSTATIC, f"media/{chart}", 90)

    def page(title, body):
        return wix_page(ag, host, title, wix_rich("pg-body", body))
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.บ้านกรวด")
    paths = {k: ("e-service" if k == "eservice" else "about" if k == "structure" else k) + "/index.html" for k in KINDS}
    own_pages(out, host, ag, page, paths, form, f"https://{host}/_api/wix-forms/v1/submit-form")
    # the structure page shows the chart from Wix's media host, as every Wix image is
    about = (out.dest / host / paths["structure"])
    about.write_text(about.read_text(encoding="utf-8").replace(
        'src="/images/structure.png"', f'src="https://{WIXSTATIC}/media/{chart}/v1/fill/w_600,h_400/{chart}"'),
        encoding="utf-8")
    inline = {c: f"https://{host}/" + ("e-service" if k == "eservice" else "about" if k == "structure" else k)
              for c, k in INLINE_KIND.items()}
    where = f"หน้า https://{host}/ita2569 (Wix: รายการ ITA สร้างด้วยสคริปต์จาก wix-warmup-data)"
    types, records, order, verdicts = {}, {}, [], {}
    for sub, name, numbers in SUB:
        for n in numbers:
            code = f"O{n}"
            mode = plan.get(code, "ok")
            item_where, detail = f"{where} รายการ {code}", ""
            if mode == "absent":
                verdicts[code] = judge(code, ag, mode, where)
                continue
            rid = hashlib.sha1(f"{host}/{code}".encode()).hexdigest()[:8]
            rec = {"_id": rid, "code": code, "title": TITLE[code], "subindicator": f"ตัวชี้วัดย่อยที่ {sub} {name}",
                   "files": [], "note": ""}
            if code in INLINE:
                rec["files"] = [{"name": TITLE[code], "url": inline[code], "label": "เปิดหน้า"}]
                detail = f"หน้า {inline[code]}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code])
            elif mode == "denial":
                rec["note"] = "อยู่ระหว่างดำเนินการ"
            else:
                on_usrfiles = n % 2 == 1
                for stem, title, text in docs(code, ag, mode):
                    for ext in ("pdf", "xlsx") if code in SHEETS else ("pdf",):
                        name = ugd(host, code, stem, ext) + f".{ext}"
                        if on_usrfiles:
                            fhost, path = USRFILES, f"ugd/{name}"
                        else:
                            fhost, path = host, f"_files/ugd/{name}"
                        url = f"https://{fhost}/{path}"
                        if mode == "dead":
                            detail = url            # the file was deleted from the site's media: its host says 404
                        elif ext == "pdf":
                            out.pdf(fhost, path, title, text)
                        else:
                            out.xlsx(fhost, path, title, [SHEETS[code], *sheet_rows(code, stem, mode)])
                            types[f"/{path}"] = XLSX
                        rec["files"].append({"name": title + (" (Excel)" if ext == "xlsx" else ""), "url": url})
                if on_usrfiles:
                    item_where += " (ไฟล์บน usrfiles.com ของ Wix)"
            records[rid] = rec
            order.append(rid)
            verdicts[code] = judge(code, ag, mode, item_where, detail)
    warmup = {"appsWarmupData": {"dataBinding": {"dataStore": {
        "recordsByCollectionId": {"ITA2569": records},
        "recordsInfoByCollectionId": {"ITA2569": {"itemIds": order, "totalCount": len(order)}}}}}}
    intro = wix_rich("ita-intro", f'<p class="font_8">{ag["name"]} เผยแพร่ข้อมูลสาธารณะตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ '
                                  "(OIT) การประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569</p>")
    repeater = ('<div id="comp-ita" class="wixui-repeater" data-testid="repeater" data-collection="ITA2569" '
                'role="list"></div>')
    out.text(host, "ita2569/index.html", wix_page(ag, host, "ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)", intro + repeater,
                                                  warmup))
    home = (wix_rich("home-news", f"<h2 class=font_2>ข่าวประชาสัมพันธ์</h2>{news_list(NEWS69[:4])}") +
            '<div class="FubTgk" id="comp-home-ita"><a data-testid="linkElement" href="https://' + host +
            '/ita2569" class="uDW_Qe wixui-button PlZyDq"><span class="l7_2fn wixui-button__label">'
            'ITA 2569 การเปิดเผยข้อมูลสาธารณะ</span></a></div>')
    out.text(host, "index.html", wix_page(ag, host, "หน้าหลัก", home))
    out.text(PARASTORAGE, BUNDLE, WIX_BUNDLE)
    write_manifest(out, host, {"types": types} if types else {})
    out.write_expected(host, "spa_wix_warmup: a Wix site whose OIT page is a repeater drawn by the viewer's bundle from the "
                       "wix-warmup-data JSON; files on the site's /_files/ugd/ and the owner's usrfiles.com host.",
                       site_meta("bankruat", "spa_wix_warmup", ag, "Ban Kruat SAO", "อบต.", "บุรีรัมย์", f"https://{host}/"),
                       verdicts)


# ----------------------------------------------------------------------------------------------------------------
# 2. spa_angular_api_base: an Angular app under /web/ (<base href>), its pages JSON from the hospital's API

NG_INDEX = ('<!doctype html><html lang="th" data-critters-container><head><meta charset="utf-8"><title>{name}</title>'
            '<base href="/web/"><meta name="viewport" content="width=device-width, initial-scale=1">'
            '<link rel="icon" type="image/x-icon" href="favicon.ico"><link rel="stylesheet" href="styles.3f1a9c0e.css" '
            'media="print" onload="this.media=\'all\'"></head><body><app-root></app-root>'
            '<script src="runtime.9a2c7d1e.js" type="module"></script><script src="polyfills.5c0e1b7a.js" '
            'type="module"></script><script src="main.e41b8f2d.js" type="module"></script></body></html>')

# A stand-in for the compiled application: the router's views drawn from the API's JSON, with Angular's markers.
NG_MAIN = r"""/* main.e41b8f2d.js: AppComponent, routes '', 'moit', 'moit/:n', 'about', 'contact', '**' */
const API = "https://api.nongsunghospital.go.th/v1";
const base = new URL(document.baseURI).pathname;                 // "/web/"
const route = location.pathname.startsWith(base) ? location.pathname.slice(base.length).replace(/\/$/, "") : "";
const C = ' _ngcontent-ng-c2417730952=""';
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[c]));
const link = (path, text) => `<a${C} href="${base}${path}">${esc(text)}</a>`;     // routerLink
const get = (path) => fetch(API + path, {headers: {Accept: "application/json"}}).then((r) => r.json());

function layout(site, main) {
  const menu = site.menu.map((m) => `<li${C}>${link(m.path, m.label)}</li>`).join("");
  return `<header${C} class="app-header"><span${C} class="brand">${esc(site.name)}</span><nav${C}><ul${C}>${menu}</ul></nav></header>` +
    `<main${C} class="container">${main}</main><footer${C}>${esc(site.name)} ${esc(site.address)} โทร ${esc(site.phone)}</footer>`;
}
const views = {
  "": async (site) => {
    const news = await get("/news");
    return `<h2${C}>ข่าวประชาสัมพันธ์</h2><ul${C}>${news.map((n) => `<li${C}>${esc(n.date)} ${esc(n.title)}</li>`).join("")}</ul>` +
      `<p${C}>${link("moit", "ITA/MOIT 2569 การเปิดเผยข้อมูลสาธารณะ")}</p>`;
  },
  "moit": async () => {
    const list = await get("/moit/2569");
    return `<h2${C}>${esc(list.title)}</h2><table${C} class="table"><tr${C}><th${C}>ข้อ</th><th${C}>ประเด็น</th><th${C}></th></tr>` +
      list.items.map((it) => `<tr${C}><td${C}>${it.code}</td><td${C}>${esc(it.title)}</td><td${C}>` +
        (it.status ? esc(it.status) : link("moit/" + it.n, "หลักฐาน")) + `</td></tr>`).join("") + `</table>`;
  },
  "moit/:n": async (site, n) => {
    const it = await get("/moit/2569/" + n);
    return `<nav${C}>${link("moit", "MOIT 2569")} › ${it.code}</nav><h2${C}>${it.code} ${esc(it.title)}</h2>` +
      it.quarters.map((q) => `<section${C} class="quarter"><h3${C}>ไตรมาส ${q.q}</h3>` + (q.files.length ?
        `<ul${C}>${q.files.map((f) => `<li${C}><a${C} href="${esc(f.href)}" target="_blank">${esc(f.name)}</a></li>`).join("")}</ul>` :
        `<p${C}>ยังไม่มีข้อมูล</p>`) + `</section>`).join("");
  },
  "about": async () => { const p = await get("/pages/about"); return `<h2${C}>${esc(p.title)}</h2>${p.html}`; },
  "contact": async () => { const p = await get("/pages/contact"); return `<h2${C}>${esc(p.title)}</h2>${p.html}`; },
};
(async () => {
  const root = document.querySelector("app-root");
  root.setAttribute("ng-version", "17.3.12");
  const site = await get("/site");
  const m = route.match(/^moit\/(\d+)$/);
  const view = m ? views["moit/:n"] : views[route];
  const main = view ? await view(site, m && m[1]) : `<h2${C}>ไม่พบหน้าที่ต้องการ (404)</h2>`;
  root.innerHTML = layout(site, main);
  document.title = site.name;
})();
"""


def site_nongsung(out: HeldoutOut) -> None:
    host = ANGULAR
    h = dict(id="nongsunghosp", name="โรงพยาบาลหนองสูง", name_en="Nong Sung Hospital", type="โรงพยาบาลชุมชน",
             province="มุกดาหาร", address="199 หมู่ 2 ตำบลหนองสูงใต้ อำเภอหนองสูง จังหวัดมุกดาหาร 49160",
             phone="042-679-045")
    base, storage = f"https://{host}/web/", f"https://{API}/storage/moit/2569"
    headers: dict[str, dict] = {}
    types: dict[str, str] = {}

    def api(path: str, data) -> None:                     # a JSON answer of the API, CORS for the app's origin
        out.text(API, f"{path.lstrip('/')}/index.html", json.dumps(data, ensure_ascii=False))
        types[path], headers[path] = "application/json; charset=utf-8", {"Access-Control-Allow-Origin": f"https://{host}"}
    site = {"name": h["name"], "address": h["address"], "phone": h["phone"],
            "menu": [{"label": "หน้าหลัก", "path": ""}, {"label": "เกี่ยวกับเรา", "path": "about"},
                     {"label": "ITA/MOIT 2569", "path": "moit"}, {"label": "ติดต่อเรา", "path": "contact"}]}
    api("/v1/site", site)                                   # /v1/site is served from v1/site/index.html
    api("/v1/news", [{"date": d, "title": t} for d, t in [("12 มี.ค. 2569", "รณรงค์ฉีดวัคซีนไข้หวัดใหญ่ ประจำปี 2569"),
                                                           ("4 ก.พ. 2569", "กิจกรรมวันมะเร็งโลก 2569"), *NEWS68[:1]]])
    api("/v1/pages/about", {"title": "เกี่ยวกับเรา", "html": f"<p>{h['name']} โรงพยาบาลชุมชนขนาด 30 เตียง</p>"})
    api("/v1/pages/contact", {"title": "ติดต่อเรา", "html": f"<p>{h['address']} โทร {h['phone']}</p>"})
    defects = {"MOIT5": "half_year", "MOIT9": "dead", "MOIT13": "denial", "MOIT17": "stale_q1", "MOIT21": "absent"}
    rows, verdicts, status = [], {}, {}
    for code, title in MOIT:
        n = int(code[4:])
        mode = defects.get(code, "ok")
        if mode == "absent":
            verdicts[code] = ("missing", f"หน้า {base}moit (Angular): ไม่มีแถว {code} และไม่มีหน้า {base}moit/{n} "
                                         "ไม่พบหลักฐานในเมนูหรือหน้าอื่น")
            continue
        if mode == "denial":
            rows.append({"n": n, "code": code, "title": title, "status": "อยู่ระหว่างดำเนินการ"})
            verdicts[code] = ("missing", f"หน้า {base}moit (Angular): แถว {code} เขียนว่า 'อยู่ระหว่างดำเนินการ' "
                                         "ไม่มีลิงก์หลักฐาน")
            continue
        rows.append({"n": n, "code": code, "title": title})
        quarters = []
        for q in range(1, 5):
            if mode == "half_year" and q >= 3:
                quarters.append({"q": q, "files": []})
                continue
            t, b = moit_doc(h["name"], n, q, CUR - 1 if (mode == "stale_q1" and q == 1) else CUR)
            name = f"MOIT{n}_Q{q}_2569.pdf"
            if mode == "dead":                      # moved to the API's storage, then deleted there
                href = f"{storage}/{n}/{name}"
                status[f"/storage/moit/2569/{n}/{name}"] = 404
            elif n % 2:                             # shipped with the app: a link relative to <base href="/web/">
                href = f"assets/pdf/moit2569/{name}"
                out.pdf(host, f"web/{href}", t, b)
            else:
                href = f"{storage}/{n}/{name}"
                out.pdf(API, f"storage/moit/2569/{n}/{name}", t, b)
            quarters.append({"q": q, "files": [{"name": f"{n}.1–{n}.3 หลักฐาน {code} ไตรมาส {q}", "href": href}]})
        api(f"/v1/moit/2569/{n}", {"n": n, "code": code, "title": title, "quarters": quarters})
        where = f"หน้า {base}moit/{n} (Angular สร้างจาก API)"
        verdicts[code] = {
            "ok": ("pass", f"{where}: PDF ไตรมาส 1–4 ปี 2569 ครบ (n.1–n.3)" +
                   (" ลิงก์ assets/pdf/… ตาม <base href=\"/web/\">" if n % 2 else " บน api…/storage")),
            "half_year": ("partial", f"{where}: ไตรมาส 3 และ 4 เขียนว่า 'ยังไม่มีข้อมูล' มีเพียงไตรมาส 1–2"),
            "dead": ("broken", f"{where}: PDF ทั้ง 4 ไตรมาสบน {storage}/{n}/ ตอบ 404"),
            "stale_q1": ("partial", f"{where}: ไตรมาส 1 เป็นไฟล์ของปีงบประมาณ 2568 (ต.ค.–ธ.ค. 2567); ไตรมาส 2–4 ถูกปี"),
        }[mode]
    api("/v1/moit/2569", {"title": "ITA/MOIT ปีงบประมาณ พ.ศ. 2569 หลักฐานเชิงประจักษ์", "items": rows})
    out.text(host, "web/index.html", NG_INDEX.format(name=h["name"]))
    out.text(host, "web/main.e41b8f2d.js", NG_MAIN)
    out.text(host, "web/runtime.9a2c7d1e.js", "(()=>{\"use strict\";var e={};})();\n")
    out.text(host, "web/polyfills.5c0e1b7a.js", "(()=>{\"use strict\";globalThis.Zone=globalThis.Zone||{};})();\n")
    out.text(host, "web/styles.3f1a9c0e.css", "body{font-family:Sarabun,sans-serif}.quarter{margin:1rem 0}\n")
    write_manifest(out, host, {"redirect": {"/": "/web/"}, "fallback": {"/web/": "/web/index.html"},
                               "types": {"/web/main.e41b8f2d.js": "text/javascript",
                                         "/web/runtime.9a2c7d1e.js": "text/javascript",
                                         "/web/polyfills.5c0e1b7a.js": "text/javascript"}})
    write_manifest(out, API, {"types": types, "headers": headers, "status": status,
                              "robots": "User-agent: *\nDisallow:\n"})
    meta = dict(items_source=MOIT_SOURCE, agency=h["id"], year=CUR, family="moit", style="spa_angular_api_base",
                architecture="spa_angular_api_base", heldout=True,
                registry=dict(name_th=h["name"], name_en=h["name_en"], type=h["type"], province=h["province"],
                              url=f"https://{host}/"))
    write_expected(out, host, "spa_angular_api_base: an Angular app under /web/ (<base href=\"/web/\">, every address "
                   "answering its index.html) drawing MOIT pages from JSON of api.nongsunghospital.go.th; odd items' PDFs "
                   "linked relative to the base, even items' on the API's storage.", meta, verdicts)


# ----------------------------------------------------------------------------------------------------------------
# 3. spa_nuxt_load_more: a Nuxt 3 server-rendered site whose OIT list grows by a "load more" button (its own API)

NUXT_ENTRY = r"""/* entry.9e3a7c1d.js: hydration; the OIT list's "โหลดเพิ่มเติม" fetches the next page of cards */
const more = document.querySelector("button.ita-more");
if (more) {
  let page = Number(more.dataset.next || 2);
  const grid = document.querySelector(".ita-grid");
  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[c]));
  more.addEventListener("click", async () => {
    more.disabled = true;
    const res = await fetch(`/api/ita/2569/items?page=${page}`, {headers: {Accept: "application/json"}});
    const data = await res.json();
    grid.insertAdjacentHTML("beforeend", data.items.map((it) => `<div data-v-4b2e1c7a class="ita-card">` +
      `<span data-v-4b2e1c7a class="code">${it.code}</span> ` + (it.note ? `<b data-v-4b2e1c7a>${esc(it.title)}</b>` +
      `<p data-v-4b2e1c7a>${esc(it.note)}</p>` : `<a data-v-4b2e1c7a href="/ita/2569/${it.code.toLowerCase()}">${esc(it.title)}</a>`) +
      `</div>`).join(""));
    page += 1;
    if (data.hasMore) { more.disabled = false; } else { more.remove(); }
  });
}
"""


def nuxt_page(ag: dict, title: str, body: str, payload: list) -> str:
    menu = [("หน้าหลัก", "/"), ("เกี่ยวกับเทศบาล", "/about"), ("คณะผู้บริหาร", "/executives"), ("ข่าวประชาสัมพันธ์", "/news"),
            ("E-Service", "/e-service"), ("ร้องเรียนการทุจริต", "/complaint"), ("ITA 2569", "/ita/2569"), ("ติดต่อเรา", "/contact")]
    nav = "".join(f'<li data-v-7f0e2a1b><a href="{h}" class="" data-v-7f0e2a1b>{t}</a></li>' for t, h in menu)
    data = json.dumps(payload, ensure_ascii=False).replace("</", "<\\/")
    return (f'<!DOCTYPE html><html lang="th" data-capo=""><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{title} - {ag["name"]}</title>'
            '<link rel="stylesheet" href="/_nuxt/entry.4b1c2e9f.css"><link rel="modulepreload" as="script" crossorigin '
            'href="/_nuxt/entry.9e3a7c1d.js"><script type="module" src="/_nuxt/entry.9e3a7c1d.js" crossorigin></script>'
            f'</head><body><div id="__nuxt"><div class="layout"><header data-v-7f0e2a1b class="site-header">'
            f'<a href="/" class="brand" data-v-7f0e2a1b>{ag["name"]}</a><nav data-v-7f0e2a1b><ul data-v-7f0e2a1b>{nav}'
            f'</ul></nav></header><main class="container"><h1>{title}</h1>{body}</main><footer class="site-footer">'
            f'{ag["name"]} {ag["address"]} โทร {ag["phone"]}</footer></div></div>'
            f'<script type="application/json" id="__NUXT_DATA__" data-ssr="true">{data}</script>'
            '<script>window.__NUXT__={};window.__NUXT__.config={public:{apiBase:"/api"},app:{baseURL:"/",'
            'buildAssetsDir:"/_nuxt/",cdnURL:""}}</script></body></html>')


def site_nonsaat(out: HeldoutOut) -> None:
    host = NUXT
    ag = dict(years="plain", name="เทศบาลตำบลโนนสะอาด", short="เทศบาลตำบลโนนสะอาด", kind="lao", line="@nonsaatcity",
              address="88 หมู่ 1 ตำบลโนนสะอาด อำเภอโนนสะอาด จังหวัดอุดรธานี 41240", phone="042-392-118", fax="042-392-119",
              email="saraban@nonsaat.go.th", map="16.98,102.93",
              execs=[("นายสมพงษ์ ศรีสุข", "นายกเทศมนตรีตำบลโนนสะอาด"), ("นายทองใบ มาลัย", "รองนายกเทศมนตรีตำบลโนนสะอาด"),
                     ("นางวิไลวรรณ จันทร์ดี", "ปลัดเทศบาลตำบลโนนสะอาด")],
              exec_phone=["081-543-2201", "081-543-2202", "081-543-2203"])
    plan = {"O8": "dead", "O11": "half", "O12": "stale", "O16": "denial", "O23": "absent", "O25": "dead"}
    photos(out, host, ag)

    def page(title, body):
        return nuxt_page(ag, title, body, [{"state": 1}, title])
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ เทศบาลตำบลโนนสะอาด")
    paths = {k: ("e-service" if k == "eservice" else "about" if k == "structure" else k) + "/index.html" for k in KINDS}
    own_pages(out, host, ag, page, paths, form, "/api/complaint")
    inline = {c: "/" + ("e-service" if k == "eservice" else "about" if k == "structure" else k)
              for c, k in INLINE_KIND.items()}
    cards, verdicts, gone, n_card = [], {}, {}, 0
    for sub, name, numbers in SUB:
        for n in numbers:
            code = f"O{n}"
            mode = plan.get(code, "ok")
            if mode == "absent":
                verdicts[code] = judge(code, ag, mode, "")
                continue
            n_card += 1
            shown = "หน้าแรกของรายการ" if n_card <= 10 else f"หลังกด 'โหลดเพิ่มเติม' {(n_card - 1) // 10} ครั้ง"
            where = f"หน้า /ita/2569 ({shown}) การ์ด {code} → หน้า /ita/2569/{code.lower()}"
            detail = ""
            if mode == "denial":
                cards.append({"code": code, "title": TITLE[code], "note": "อยู่ระหว่างดำเนินการ"})
                verdicts[code] = judge(code, ag, mode, f"หน้า /ita/2569 ({shown}) การ์ด {code}")
                continue
            if code in INLINE:
                links = [(TITLE[code], inline[code])]
                detail = f"หน้า {inline[code]}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code])
            else:
                links, dead = publish_docs(out, host, code, ag, mode,
                                           lambda stem, ext, c=code: f"/uploads/ita2569/{c}_{stem}.{ext}")
                if dead:
                    detail, gone[dead] = f"http://{host}{dead}", 404
            items = "".join(f'<li><a href="{h}" target="_blank">{html.escape(t)}</a></li>' for t, h in links)
            out.text(host, f"ita/2569/{code.lower()}/index.html", nuxt_page(
                ag, f"{code} {TITLE[code]}", f'<p class="sub">ตัวชี้วัดย่อยที่ {sub} {name}</p><ul class="docs">{items}</ul>'
                f'<p><a href="/ita/2569">กลับไปหน้า ITA 2569</a></p>', [{"state": 1}, code]))
            cards.append({"code": code, "title": TITLE[code]})
            verdicts[code] = judge(code, ag, mode, where, detail)

    def card(it: dict) -> str:
        inner = (f'<b data-v-4b2e1c7a>{html.escape(it["title"])}</b><p data-v-4b2e1c7a>{it["note"]}</p>' if it.get("note")
                 else f'<a data-v-4b2e1c7a href="/ita/2569/{it["code"].lower()}">{html.escape(it["title"])}</a>')
        return f'<div data-v-4b2e1c7a class="ita-card"><span data-v-4b2e1c7a class="code">{it["code"]}</span> {inner}</div>'
    pages = [cards[k:k + 10] for k in range(0, len(cards), 10)]
    for k, chunk in enumerate(pages[1:], 2):
        out.text(host, f"api/ita/2569/items@page={k}", json.dumps({"page": k, "items": chunk, "hasMore": k < len(pages)},
                                                                 ensure_ascii=False))
    body = (f"<p>{ag['name']} เผยแพร่ข้อมูลสาธารณะตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569 "
            f"ทั้งหมด {len(cards)} รายการ</p>"
            f'<div data-v-4b2e1c7a class="ita-grid">{"".join(card(it) for it in pages[0])}</div>'
            '<div class="text-center"><button data-v-4b2e1c7a type="button" class="btn btn-primary ita-more" '
            'data-next="2">โหลดเพิ่มเติม</button></div>')
    out.text(host, "ita/2569/index.html", nuxt_page(ag, "ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)", body,
                                                    [{"data": 1}, {"items": 2, "total": 3}, pages[0], len(cards)]))
    out.text(host, "index.html", nuxt_page(ag, "หน้าหลัก", f"<h2>ข่าวประชาสัมพันธ์</h2>{news_list(NEWS69[:4])}"
                                           '<p><a href="/ita/2569">ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)</a></p>', [{}]))
    out.text(host, "_nuxt/entry.9e3a7c1d.js", NUXT_ENTRY)
    out.text(host, "_nuxt/entry.4b1c2e9f.css", ".ita-grid{display:grid;grid-template-columns:repeat(2,1fr)}\n")
    write_manifest(out, host, {"types": {"/api/ita/2569/items": "application/json; charset=utf-8"}, "status": gone})
    out.write_expected(host, "spa_nuxt_load_more: a Nuxt 3 server-rendered site whose OIT page shows 10 item cards and a "
                       "'โหลดเพิ่มเติม' button fetching the next 10 from /api/ita/2569/items?page=N; item pages list PDFs.",
                       site_meta("nonsaat", "spa_nuxt_load_more", ag, "Non Sa-at Subdistrict Municipality", "เทศบาลตำบล",
                                 "อุดรธานี", f"https://{host}/"), verdicts)


def build(dest: Path = SITES_DIR) -> None:
    for host in (WIX, ANGULAR, API, USRFILES, NUXT):
        shutil.rmtree(dest / host, ignore_errors=True)
    for old in (dest / WIXSTATIC / "media").glob(f"{OWNER}_*"):
        old.unlink()
    (dest / PARASTORAGE / BUNDLE).unlink(missing_ok=True)
    out = HeldoutOut(dest)
    site_bankruat(out)
    site_nongsung(out)
    site_nonsaat(out)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
