"""Two held-out ITA 2569 sites whose OIT content a browser shows but a page's serialised HTML does not hold (issue 19,
round 12, lane "shadow").

Run from the repository root:  python -m farm.builders.heldout_shadow

  www.banmo.go.th           เทศบาลตำบลบ้านหมอ (บ้านหมอ สระบุรี)      web_components_shadow
      A municipality site built of custom elements (a vendor's design system in vanilla web components, as Lit
      and Stencil output look once compiled: ``customElements.define`` in one module ``/assets/js/bm-components-
      4c1e9a.js``). Every page's chrome is components: ``<bm-header>`` draws the name and district from its
      attributes in an open shadow root, ``<bm-nav>`` slots the menu's ``<a>`` (light DOM) into its shadow
      ``<nav>``, ``<bm-footer>`` draws address, phone and e-mail. Ordinary pages (structure, executives, contact,
      news, E-Service, complaint) hold their content in light DOM. The ITA page (/ita/2569.html) holds an intro
      and ``<ita-oit-table year="2569" src="/api/ita/2569.json">``: the component fetches the JSON and draws the
      whole 26-row table (sub-indicator rows, code, item, documents) inside its **open** shadow root; each
      document is an ``<ita-file href type>`` whose **closed** shadow root (``attachShadow({mode:'closed'})``)
      draws the ``<a href>`` around a ``<slot>`` holding the file's name. A person sees a table of links;
      ``page.content()`` sees ``<ita-oit-table …></ita-oit-table>``.
      Wrong: O6 progress covers 3 months (partial), O12 is the 2567 procurement summary (partial), O15's PDF
      answers 404 (broken), O20 row "-" (missing), O24 "อยู่ระหว่างดำเนินการ" (missing).
      Markup source: Custom Elements v1 / Shadow DOM v1 as design systems compile them (``attachShadow``,
      ``<slot>``, ``<slot name="logo">``, ``part=``, ``:host`` styles, a component fetching its ``src``), the
      closed mode some vendors choose for their link components.

  www.khlongkhuean-sao.go.th   อบต.คลองเขื่อน (คลองเขื่อน ฉะเชิงเทรา)   infinite_scroll_json
      A LAO PHP CMS whose ITA index (/ita2569.php) sends the first 8 items' rows in its HTML (server-rendered, each
      row tall: code, item, sub-indicator, its documents) and a sentinel "กำลังโหลดข้อมูล…" below them; an inline
      script watches the sentinel with an ``IntersectionObserver`` and, as the reader scrolls to it, fetches the
      next 8 rows from ``/api/oit_items.php?year=2569&page=N`` (JSON: ``items``, ``next_page``) and appends them
      (pages 2, 3, 4: 8, 8 and 2 rows); no button, no page links, no "next". A person scrolls and sees 26 rows; a
      reader of the HTML sees 8.
      Wrong: O5's PDF answers 404 (broken, rows 1–8), O11 covers 3 months (partial, rows 9–16), O14 is the 2567 HR
      report (partial, rows 9–16), O19 row "-" (missing, rows 17–24), O23's PDF answers 404 (broken, rows 17–24),
      O26 "อยู่ระหว่างดำเนินการ" (missing, rows 25–26).
      Markup source: infinite-scroll lists of Thai LAO vendor CMSs and WordPress themes (a sentinel watched by an
      ``IntersectionObserver`` with a ``rootMargin``, ``fetch`` of a JSON page with ``X-Requested-With``,
      ``insertAdjacentHTML('beforeend', …)``, "แสดงครบทุกรายการแล้ว" at the end).

Every verdict was written before any engine run, as a careful assessor with a browser gives it: the assessor sees
the components drawn (the table in the shadow root, the links of the closed ``<ita-file>``s), scrolls the index to
its end and reads every row, opens each document, and judges it by heldout_sites.py's rules (wrong year, a 3-month
report = partial; "-", "อยู่ระหว่างดำเนินการ" = missing; a link to a file that is not there = broken). Neither site
has last year's list (the house rule of round 7 does not apply: "-" and "อยู่ระหว่างดำเนินการ" stay missing).
"""
from __future__ import annotations

import html
import json
import shutil
import sys
from pathlib import Path

from farm.builders.heldout_sites import TITLE, HeldoutOut, judge, lao_page, own_pages, publish_docs, site_meta
from farm.builders.heldout_unforeseen import INLINE_KIND, agency
from farm.builders.ita2569_moit import NEWS69, news_list, write_manifest
from farm.builders.reading_sites_content import INLINE, INLINE_WHY, SUB, exec_why, photos
from farm.server import SITES_DIR

HOSTS = ("www.banmo.go.th", "www.khlongkhuean-sao.go.th")
ROWS_PER_FETCH = 8


def codes() -> list[tuple[str, str, str]]:
    """(code, sub-indicator number, its name) for the 26 items."""
    return [(f"O{n}", sub, name) for sub, name, numbers in SUB for n in numbers]


# ----------------------------------------------------------------------------------------------------------------
# 1. web_components_shadow: a design system of custom elements; the OIT table in shadow roots

COMPONENTS_JS = r"""/* bm-components-4c1e9a.js: the municipality's design system (compiled web components) */
const esc = (s) => String(s ?? "").replace(/[&<>"]/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[c]));

class BmHeader extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({mode: "open"});
    root.innerHTML = `<style>:host{display:block;background:#0b5394;color:#fff;padding:12px 24px}</style>` +
      `<header part="header"><slot name="logo"></slot><div class="name"><b>${esc(this.getAttribute("agency"))}</b>` +
      `<small> ${esc(this.getAttribute("district"))}</small></div></header>`;
  }
}

class BmNav extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({mode: "open"});
    root.innerHTML = `<style>:host{display:block}nav{display:flex;gap:16px;padding:8px 24px}</style>` +
      `<nav part="nav" aria-label="เมนูหลัก"><slot></slot></nav>`;
  }
}

class BmFooter extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({mode: "open"});
    root.innerHTML = `<style>:host{display:block;background:#eee;padding:16px 24px}</style>` +
      `<footer part="footer"><b>${esc(this.getAttribute("agency"))}</b> ${esc(this.getAttribute("address"))}` +
      `<br>โทรศัพท์ ${esc(this.getAttribute("phone"))} อีเมล ${esc(this.getAttribute("email"))}</footer>`;
  }
}

/* a document link: the vendor keeps its markup to itself (closed shadow root) */
class ItaFile extends HTMLElement {
  connectedCallback() {
    if (this._root) return;
    this._root = this.attachShadow({mode: "closed"});
    const type = (this.getAttribute("type") || "").toUpperCase();
    this._root.innerHTML = `<style>a{display:inline-block;margin:2px 0}.t{font-size:11px;background:#c00;color:#fff;` +
      `padding:0 4px;border-radius:3px}</style><a part="link" href="${esc(this.getAttribute("href"))}" target="_blank">` +
      (type && type !== "PAGE" ? `<span class="t">${esc(type)}</span> ` : "") + `<slot></slot></a>`;
  }
}

class ItaOitTable extends HTMLElement {
  async connectedCallback() {
    const root = this.attachShadow({mode: "open"});
    root.innerHTML = `<p class="loading">กำลังโหลดข้อมูล…</p>`;
    const res = await fetch(this.getAttribute("src"), {headers: {Accept: "application/json"}});
    const data = await res.json();
    const rows = data.groups.map((g) =>
      `<tr class="group"><th colspan="3">ตัวชี้วัดย่อยที่ ${esc(g.sub)} ${esc(g.name)}</th></tr>` +
      g.items.map((it) => `<tr><td class="code">${esc(it.code)}</td><td>${esc(it.title)}</td><td>` +
        (it.files.length ? it.files.map((f) => `<div><ita-file href="${esc(f.url)}" type="${esc(f.type)}">` +
          `${esc(f.name)}</ita-file></div>`).join("") : esc(it.note || "-")) + `</td></tr>`).join("")).join("");
    root.innerHTML = `<style>table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:6px}` +
      `.group th{background:#dde8f5;text-align:left}</style><h2 part="heading">${esc(data.title)}</h2>` +
      `<table part="table"><thead><tr><th>ข้อ</th><th>ข้อมูล</th><th>เอกสาร / ลิงก์</th></tr></thead>` +
      `<tbody>${rows}</tbody></table><p class="updated">ปรับปรุงข้อมูลล่าสุด ${esc(data.updated)}</p>`;
  }
}

customElements.define("bm-header", BmHeader);
customElements.define("bm-nav", BmNav);
customElements.define("bm-footer", BmFooter);
customElements.define("ita-file", ItaFile);
customElements.define("ita-oit-table", ItaOitTable);
"""


def wc_page(ag: dict, menu: list[tuple[str, str]], title: str, body: str) -> str:
    """A page of the design system: header, menu and footer are components; the page's own content is light DOM."""
    items = "".join(f'<a href="{h}">{t}</a>' for t, h in menu)
    return (f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
            f'width, initial-scale=1"><title>{title} | {ag["name"]}</title><script type="module" '
            'src="/assets/js/bm-components-4c1e9a.js"></script><style>body{margin:0;font-family:Sarabun,sans-serif}'
            'main{padding:16px 24px}bm-nav a{color:#0b5394;text-decoration:none}</style></head><body>'
            f'<bm-header agency="{ag["name"]}" district="อำเภอ{ag["amphoe"]} จังหวัด{ag["province"]}">'
            f'<img slot="logo" src="/images/logo.png" alt="" width="64"></bm-header><bm-nav>{items}</bm-nav>'
            f'<main><h1>{title}</h1>{body}</main><bm-footer agency="{ag["name"]}" address="{ag["address"]}" '
            f'phone="{ag["phone"]}" email="{ag["email"]}"></bm-footer></body></html>')


def site_banmo(out: HeldoutOut) -> dict:
    host = HOSTS[0]
    ag = agency("บ้านหมอ", "บ้านหมอ", "สระบุรี", "banmo", "18130",
                ["นายวิชัย ทองประเสริฐ", "นายประเสริฐ ใจดี", "นางสาวพรทิพย์ แก้วมณี"], ["081-610-2201", "081-610-2202", "081-610-2203"])
    ag.update(name="เทศบาลตำบลบ้านหมอ", short="เทศบาลตำบลบ้านหมอ", email="saraban@banmo.go.th", map="14.62,100.72",
              line="@banmocity", address="9 ถนนเทศบาล 1 ตำบลบ้านหมอ อำเภอบ้านหมอ จังหวัดสระบุรี 18130",
              phone="036-201-045", fax="036-201-046",
              execs=[("นายวิชัย ทองประเสริฐ", "นายกเทศมนตรีตำบลบ้านหมอ"), ("นายประเสริฐ ใจดี", "รองนายกเทศมนตรีตำบลบ้านหมอ"),
                     ("นางสาวพรทิพย์ แก้วมณี", "ปลัดเทศบาลตำบลบ้านหมอ")])
    modes = {"O6": "half", "O12": "stale", "O15": "dead", "O20": "nofile", "O24": "denial"}
    photos(out, host, ag)
    url = {"structure": "/about/structure.html", "executives": "/about/executives.html", "contact": "/contact.html",
           "news": "/news.html", "eservice": "/e-service.html", "complaint": "/complaint.html"}
    menu = [("หน้าแรก", "/"), ("โครงสร้าง", url["structure"]), ("คณะผู้บริหาร", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("E-Service", url["eservice"]), ("แจ้งเรื่องร้องเรียนการทุจริต", url["complaint"]),
            ("ITA 2569", "/ita/2569.html"), ("ติดต่อเรา", url["contact"])]

    def page(title: str, body: str) -> str:
        return wc_page(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ เทศบาลตำบลบ้านหมอ")
    own_pages(out, host, ag, page, {k: v.lstrip("/") for k, v in url.items()}, form, "/complaint-send.php")
    where = f"หน้า http://{host}/ita/2569.html ตาราง OIT (คอมโพเนนต์ ita-oit-table) แถว"
    groups, verdicts = [], {}
    for code, sub, name in codes():
        mode = modes.get(code, "ok")
        if not groups or groups[-1]["sub"] != sub:
            groups.append({"sub": sub, "name": name, "items": []})
        files, note = [], ""
        if code in INLINE:
            page_url = url[INLINE_KIND[code]]
            files = [{"name": TITLE[code], "url": page_url, "type": "page"}]
            verdicts[code] = ("pass", f"{where} {code}: หน้า {page_url}: " +
                              (exec_why(ag) if code == "O2" else INLINE_WHY[code]))
        else:
            links, dead = publish_docs(out, host, code, ag, mode, lambda stem, ext, c=code: f"/files/ita2569/{c}-{stem}.{ext}")
            files = [{"name": t, "url": h, "type": h.rsplit(".", 1)[-1]} for t, h in links]
            note = "อยู่ระหว่างดำเนินการ" if mode == "denial" else "-"
            verdicts[code] = judge(code, ag, mode, f"{where} {code}", f"http://{host}{dead}" if dead else "")
        groups[-1]["items"].append({"code": code, "title": TITLE[code], "files": files, "note": note})
    out.text(host, "api/ita/2569.json", json.dumps({"year": 2569, "title": "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ "
                                                   "พ.ศ. 2569", "updated": "31 มีนาคม 2569", "groups": groups},
                                                  ensure_ascii=False, indent=1))
    intro = (f"<p>{ag['name']} เผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงานตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ "
             "(Open Data Integrity and Transparency Assessment: OIT) ของการประเมินคุณธรรมและความโปร่งใสในการ"
             "ดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2569 ประกอบด้วยตัวชี้วัดที่ 9 การเปิดเผยข้อมูล "
             "และตัวชี้วัดที่ 10 การป้องกันการทุจริต รวม 26 ข้อ คลิกชื่อเอกสารในตารางเพื่อเปิดดู</p>")
    out.text(host, "ita/2569.html", page("ITA 2569 การประเมินคุณธรรมและความโปร่งใส", intro +
                                         '<ita-oit-table year="2569" src="/api/ita/2569.json"></ita-oit-table>'))
    out.text(host, "index.html", page("หน้าแรก", f"<h2>ข่าวประชาสัมพันธ์</h2>{news_list(NEWS69[:4])}"
                                     '<p><a href="/ita/2569.html">ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)</a></p>'))
    out.text(host, "assets/js/bm-components-4c1e9a.js", COMPONENTS_JS)
    write_manifest(out, host, {"types": {"/assets/js/bm-components-4c1e9a.js": "text/javascript; charset=utf-8",
                                         "/api/ita/2569.json": "application/json; charset=utf-8"}})
    out.write_expected(host, "web_components_shadow: every page's header, menu and footer are custom elements (open shadow "
                       "roots, the menu's links slotted); the ITA page's 26-row table is drawn by <ita-oit-table> from "
                       "/api/ita/2569.json inside its open shadow root, each document an <ita-file> with a closed "
                       "shadow root drawing the <a href> around a slot.",
                       site_meta("banmo", "web_components_shadow", ag, "Ban Mo Subdistrict Municipality", "เทศบาลตำบล",
                                 "สระบุรี", f"http://{host}/"), verdicts)
    return verdicts


# ----------------------------------------------------------------------------------------------------------------
# 2. infinite_scroll_json: the first 8 rows in the HTML, the next 8 at a time fetched as the reader scrolls

SCROLL_JS = r"""(function () {
  var list = document.getElementById('oit-list'), sentinel = document.getElementById('oit-more');
  var next = Number(list.getAttribute('data-next') || 2), loading = false;
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c]; }); }
  function row(it) {
    var docs = it.files.length ? '<ul>' + it.files.map(function (f) {
      return '<li><a href="' + esc(f.url) + '" target="_blank"><i class="fa fa-file-pdf-o"></i> ' + esc(f.name) + '</a></li>';
    }).join('') + '</ul>' : '<p class="oit-note">' + esc(it.note || '-') + '</p>';
    return '<div class="oit-row"><span class="oit-code">' + esc(it.code) + '</span><div class="oit-body"><h4>' + esc(it.title) +
      '</h4><p class="oit-sub">ตัวชี้วัดย่อยที่ ' + esc(it.sub) + '</p>' + docs + '</div></div>';
  }
  function load() {
    if (loading || !next) return;
    loading = true;
    fetch('/api/oit_items.php?year=2569&page=' + next, {headers: {'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json'}})
      .then(function (r) { return r.json(); })
      .then(function (d) {
        list.insertAdjacentHTML('beforeend', d.items.map(row).join(''));
        next = d.next_page; loading = false;
        if (!next) { observer.disconnect(); sentinel.innerHTML = 'แสดงครบทุกรายการแล้ว (' + d.total + ' รายการ)'; }
      })
      .catch(function () { loading = false; });
  }
  var observer = new IntersectionObserver(function (entries) {
    if (entries[0].isIntersecting) load();
  }, {rootMargin: '0px 0px 100px 0px'});
  observer.observe(sentinel);
})();"""

SCROLL_CSS = ('<style>.oit-row{display:flex;gap:16px;min-height:150px;border-bottom:1px solid #ddd;padding:12px 0}'
              '.oit-code{font-size:28px;font-weight:bold;color:#1a5e20;min-width:70px}.oit-body h4{margin:0 0 6px}'
              '#oit-more{padding:24px;text-align:center;color:#777}</style>')


def site_khlongkhuean(out: HeldoutOut) -> dict:
    host = HOSTS[1]
    ag = agency("คลองเขื่อน", "คลองเขื่อน", "ฉะเชิงเทรา", "khlongkhuean", "24000",
                ["นายสมชาย เพชรรัตน์", "นายอำนาจ บุญมา", "นางสุดารัตน์ ศรีวงษ์"], ["081-720-3301", "081-720-3302", "081-720-3303"])
    ag.update(map="13.76,101.17", phone="038-595-100", fax="038-595-101")
    modes = {"O5": "dead", "O11": "half", "O14": "stale", "O19": "nofile", "O23": "dead", "O26": "denial"}
    photos(out, host, ag)
    url = {k: f"/{k}.php" for k in ("structure", "executives", "contact", "news", "eservice", "complaint")}
    menu = [("หน้าหลัก", "/"), ("โครงสร้างส่วนราชการ", url["structure"]), ("คณะผู้บริหาร", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("E-Service", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("ITA 2569", "/ita2569.php"), ("ติดต่อเรา", url["contact"])]

    def page(title: str, body: str) -> str:
        return lao_page(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.คลองเขื่อน")
    own_pages(out, host, ag, page, {k: v.lstrip("/") for k, v in url.items()}, form, "complaint_save.php")
    items, verdicts = [], {}
    for k, (code, sub, name) in enumerate(codes()):
        mode = modes.get(code, "ok")
        shown = ("แถวที่ 1–8 (ส่งมากับหน้า)" if k < ROWS_PER_FETCH else
                 f"แถวที่ {k // ROWS_PER_FETCH * ROWS_PER_FETCH + 1}–{min(26, (k // ROWS_PER_FETCH + 1) * ROWS_PER_FETCH)} "
                 "(โหลดเพิ่มเมื่อเลื่อนหน้าลง)")
        where = f"หน้า http://{host}/ita2569.php {shown} รายการ {code}"
        files, note = [], ""
        if code in INLINE:
            page_url = url[INLINE_KIND[code]]
            files = [{"name": TITLE[code], "url": page_url}]
            verdicts[code] = ("pass", f"{where}: หน้า {page_url}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code]))
        else:
            links, dead = publish_docs(out, host, code, ag, mode, lambda stem, ext, c=code: f"/upload/ita2569/{c}_{stem}.{ext}")
            files = [{"name": t, "url": h} for t, h in links]
            note = "อยู่ระหว่างดำเนินการ" if mode == "denial" else "-"
            verdicts[code] = judge(code, ag, mode, where, f"http://{host}{dead}" if dead else "")
        items.append({"code": code, "title": TITLE[code], "sub": f"{sub} {name}", "files": files, "note": note})
    pages = [items[k:k + ROWS_PER_FETCH] for k in range(0, len(items), ROWS_PER_FETCH)]
    for n, chunk in enumerate(pages[1:], 2):
        out.text(host, f"api/oit_items.php@year=2569&page={n}", json.dumps(
            {"year": 2569, "page": n, "total": len(items), "items": chunk, "next_page": n + 1 if n < len(pages) else None},
            ensure_ascii=False))

    def row(it: dict) -> str:
        docs = ("<ul>" + "".join(f'<li><a href="{f["url"]}" target="_blank"><i class="fa fa-file-pdf-o"></i> '
                                 f'{html.escape(f["name"])}</a></li>' for f in it["files"]) + "</ul>"
                if it["files"] else f'<p class="oit-note">{it["note"]}</p>')
        return (f'<div class="oit-row"><span class="oit-code">{it["code"]}</span><div class="oit-body"><h4>'
                f'{html.escape(it["title"])}</h4><p class="oit-sub">ตัวชี้วัดย่อยที่ {it["sub"]}</p>{docs}</div></div>')
    body = (f"{SCROLL_CSS}<p>{ag['name']} เผยแพร่ข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569 "
            f"ทั้งหมด {len(items)} รายการ (เลื่อนลงเพื่อดูรายการเพิ่มเติม)</p>"
            f'<div id="oit-list" class="oit-list" data-next="2">{"".join(row(it) for it in pages[0])}</div>'
            f'<div id="oit-more"><span class="spinner-border spinner-border-sm"></span> กำลังโหลดข้อมูล…</div>'
            f'<script>{SCROLL_JS}</script>')
    out.text(host, "ita2569.php", page("การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569", body))
    out.text(host, "index.html", page("หน้าหลัก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     '<p><a href="/ita2569.php">ITA 2569 การประเมินคุณธรรมและความโปร่งใส</a></p>'))
    write_manifest(out, host, {"types": {"/api/oit_items.php": "application/json; charset=utf-8",
                                         **{p: "text/html" for p in ("/ita2569.php", *url.values())}}})
    out.write_expected(host, "infinite_scroll_json: the ITA index sends 8 rows in its HTML; an IntersectionObserver on a "
                       "sentinel fetches the next 8 from /api/oit_items.php?year=2569&page=N (JSON) as the reader "
                       "scrolls (no button, no page links).",
                       site_meta("khlongkhuean", "infinite_scroll_json", ag, "Khlong Khuean SAO", "อบต.", "ฉะเชิงเทรา",
                                 f"http://{host}/"), verdicts)
    return verdicts


def build(dest: Path = SITES_DIR) -> None:
    for host in HOSTS:
        shutil.rmtree(dest / host, ignore_errors=True)
    out = HeldoutOut(dest)
    site_banmo(out)
    site_khlongkhuean(out)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
