"""Two more held-out ITA 2569 sites rendered from real Thai agency website templates found in public GitHub
repositories (round 15, lane "realgov2"): a vendor's Smarty CMS and a React single-page site, neither drawn before
(heldout_realgov.py drew assystemth's CodeIgniter CMS and sompawn/nysso; heldout_realhosp.py two hospital fronts).

Run from the repository root:  python -m farm.builders.heldout_realgov2

  www.phanthong-city.go.th   เทศบาลเมืองพานทอง (ชลบุรี)   architecture ``smarty_oit_year_tables``
      Drawn from github.com/wewebplusdev/dev22-git (the Smarty CMS the Bangkok vendor WeWeb+ builds for public
      bodies; this repository is its site for the Gem and Jewelry Institute, GIT): ``_html/ita.php`` (the static
      mock-up: "ITA ประจำปีงบประมาณ พ.ศ. 2565", the sentence "แบบวัดการเปิดเผยข้อมูลสาธารณะ (… OIT) …", the
      ``oit-list`` / ``collapse-block`` / ``#accordion-oit`` list) and its Smarty view (``{foreach $callGroup}``
      → the ``group-list year-list`` of years, each ``{$ul}/{$menuActive}/{$menuDetailID}/{$value.id}`` — the
      year's database id, not the year —; ``{foreach $callSubGroup}`` → a ``<li class="item"><div
      class="title">`` indicator heading, then one Bootstrap card per sub-indicator, its ``button.collapsed``
      ``data-target="#oit-{id}"`` over a closed ``div.collapse`` holding a table: a header row "ตัวชี้วัดย่อย/ข้อ |
      ข้อมูล | รายละเอียด", a ``colspan=3`` row per group, then one row per item — the code ("O5") in the first
      cell, the item's name in the second, and in the third a ``ul.pro_list1`` whose ``<a><b>`` is the document's
      title, linking either the item's URL (``file eq 'url'``: the CMS's own pages) or the CMS's download script
      ``{$ul}/download/<encoded file>&n=<name>&t=<encoded table>`` — an address with no file name and no ``?``:
      its ``&n=`` and ``&t=`` are part of the path, and the PDF comes back with a Content-Disposition name).
      The header's menu "ITA" leads to ``/th/ita`` (this year's table); the year list reaches 2568.
      Wrong: O6 progress covers 3 months (partial), O7 is last year's report (partial), O12's download answers
      404 (broken), O19's row links "-" to ``#`` (missing as a reader sees it; partial by the house rule, the 2568
      table holding its documents).

  www.khaokhat-sao.go.th     อบต.เขาขาด (ราชบุรี)   architecture ``react_router_ita_cards``
      Drawn from github.com/yiwssx/new-www.rcat.ac.th (the React + TanStack Router site of a Thai agricultural
      college): ``src/pages/PublicIta2569Page.tsx`` (the year's ITA page at ``/ita2569``: a hero "ITA 2569 · OPEN
      DATA INTEGRITY AND TRANSPARENCY ASSESSMENT", summary cards of the two indicators, then one ``<section
      id="indicator-9-1">`` per sub-indicator, each item an ``<article data-ita-code="O5">`` of a code badge
      ``<span>``, the item's name in an ``<h3>``, and link buttons whose only text is "เปิดข้อมูล ↗" — Google Drive
      files in a new tab —, internal links caught by an ``onClick`` that calls the router's ``navigate`` instead of
      loading the page; a link with an empty ``href`` renders the dashed span "รอใส่ลิงก์" and no anchor) and the
      Vite shell (``index.html``: ``<div id="root">`` and one hashed module bundle; every path answers the shell, as
      nginx's ``try_files`` does; the CMS pages' HTML comes from ``/api/pages/<slug>``). Nothing of the menu, the
      ITA page or the pages is in the HTML the server sends: all is built by ``/assets/index-<hash>.js``.
      Wrong: O14 is last year's (partial), O16's Drive files were deleted (broken), O20 shows "รอใส่ลิงก์" (missing:
      no link, and the site has no other year's page). O8 was meant to be a 3-month report and written partial
      before the first run; corrected to pass after it: the builder's 3-month set of O8 is the staff manual word for
      word (a manual names no period), so a reader has nothing to fault — the fault was never drawn.

Every verdict was written before any engine run, as a careful assessor with a browser gives it: the assessor
opens the menu's ITA entry, picks the year 2569 (the table the menu opens; the "ITA 2569" page), opens every card,
presses each document title or "เปิดข้อมูล" and reads what opens, and judges the documents by heldout_sites.py's
rules (wrong year, a 3-month report = partial; "-", nothing = missing; a file that is not there = broken).
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import shutil
import sys
from pathlib import Path

from farm.builders.heldout_sites import TITLE, HeldoutOut, drive_docs, judge, own_pages, publish_docs, site_meta
from farm.builders.heldout_unforeseen import agency
from farm.builders.heldout_webforms import house_rule
from farm.builders.ita2569_moit import NEWS69, news_list, write_manifest
from farm.builders.reading_sites_content import INLINE, INLINE_WHY, SUB, exec_why, photos
from farm.server import SITES_DIR

HOSTS = ("www.phanthong-city.go.th", "www.khaokhat-sao.go.th")
KINDS = {"structure": "O1", "executives": "O2", "contact": "O3", "news": "O4", "eservice": "O10", "complaint": "O17"}


def inline_why(code: str, ag: dict) -> str:
    return exec_why(ag) if code == "O2" else INLINE_WHY[code]


# ----------------------------------------------------------------------------------------------------------------
# 1. smarty_oit_year_tables: WeWeb+'s Smarty CMS

def ww_page(ag: dict, title: str, body: str) -> str:
    """inc/header.php + the default-header (top graphic, title, breadcrumb) + the page + the footer."""
    menu = [("หน้าหลัก", "/th/home"), ("เกี่ยวกับเรา", "/th/about/structure"), ("ข่าวสาร", "/th/news"),
            ("บริการประชาชน", "/th/eservice"), ("ร้องเรียน", "/th/complaint"), ("ติดต่อเรา", "/th/contact"),
            ("ITA", "/th/ita")]
    nav = "".join(f'<li class="nav-item"><a class="nav-link" href="{h}">{t}</a></li>' for t, h in menu)
    return ('<!DOCTYPE html>\n<html lang="th">\n<head>\n<meta charset="utf-8"><title>' + html.escape(title) + " | " +
            ag["name"] + '</title>\n<link rel="stylesheet" href="/template/frontend/assets/css/main.css">\n</head>\n'
            '<body>\n<div class="global-container">\n<header class="header"><div class="container"><a class="brand" '
            f'href="/th/home"><img src="/template/frontend/assets/img/static/brand.png" alt="{ag["name"]}"></a>'
            f'<nav class="main-menu"><ul class="nav">{nav}</ul></nav></div></header>\n<section class="site-container">'
            '<div class="default-header"><div class="top-graphic"><figure class="cover"><img class="figure-img img-fluid" '
            'src="/template/frontend/assets/img/background/top-graphic.png" alt=""></figure><div class="container">'
            f'<div class="wrapper"><div class="title typo-lg">{html.escape(title)}</div><ol class="breadcrumb"><li '
            f'class="breadcrumb-item"><a href="/th/home">หน้าหลัก</a></li><li class="breadcrumb-item active" '
            f'aria-current="page">{html.escape(title)}</li></ol></div></div></div></div>\n{body}\n</section>\n'
            f'<footer class="footer"><div class="container"><p>{ag["name"]} {ag["address"]}</p><p>โทรศัพท์ {ag["phone"]} '
            f'โทรสาร {ag["fax"]} อีเมล {ag["email"]}</p></div></footer>\n</div>\n</body>\n</html>\n')


def token(*parts) -> str:
    """The download script's encoded file name (base64 of the upload's path, as the CMS's fileinclude modifier)."""
    raw = "upload/ab_ita/file/" + hashlib.sha1("/".join(map(str, parts)).encode()).hexdigest()[:16] + ".pdf"
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def site_phanthong(out: HeldoutOut) -> dict:
    host = HOSTS[0]
    base = f"http://{host}"
    ag = agency("พานทอง", "พานทอง", "ชลบุรี", "phanthong", "20160",
                ["นายประเสริฐ บุญมา", "นายวีระ ทองคำ", "นางสาวจิราพร แสงทอง"], ["081-440-2201", "081-440-2202", "081-440-2203"])
    ag.update(name="เทศบาลเมืองพานทอง", short="เทศบาลเมืองพานทอง", email="saraban@phanthong-city.go.th",
              line="@phanthongcity", map="13.46,101.09",
              address="99 หมู่ 4 ตำบลพานทอง อำเภอพานทอง จังหวัดชลบุรี 20160",
              execs=[("นายประเสริฐ บุญมา", "นายกเทศมนตรีเมืองพานทอง"), ("นายวีระ ทองคำ", "รองนายกเทศมนตรีเมืองพานทอง"),
                     ("นางสาวจิราพร แสงทอง", "ปลัดเทศบาลเมืองพานทอง")])
    modes = {"O6": "half", "O7": "stale", "O12": "dead", "O19": "nofile"}
    photos(out, host, ag)
    types: dict[str, str] = {}
    headers: dict[str, dict] = {}

    def page(title: str, body: str) -> str:
        return ww_page(ag, title, f'<div class="default-page"><div class="container"><div class="h-title">{title}'
                                  f'</div>{body}</div></div>')
    own = {"structure": "th/about/structure", "executives": "th/about/executives", "contact": "th/contact",
           "news": "th/news", "eservice": "th/eservice", "complaint": "th/complaint"}
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ เทศบาลเมืองพานทอง")
    own_pages(out, host, ag, page, own, form, "/th/complaint/save")
    types.update({"/" + p: "text/html" for p in own.values()})
    uploads: dict[str, str] = {}          # the upload's real path -> the download script's address

    def download(code: str, year: int):
        def path_of(stem: str, ext: str) -> str:
            t = token(host, year, code, stem, ext)
            addr = f"/th/download/{t}&n={code}_{stem}.{ext}&t=bWRfY21m"
            uploads[addr] = f"{code}_{stem}.{ext}"
            return addr
        return path_of

    def year_page(year: int, gid: int) -> dict:
        where = f"หน้า {base}/th/ita/42/{gid} (ITA ประจำปีงบประมาณ พ.ศ. {year})"
        items, verdicts = [], {}
        heads = {"9.1": "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", "10.1": "ตัวชี้วัดที่ 10 การป้องกันการทุจริต"}
        for sub, name, numbers in SUB:
            if sub in heads:
                items.append(f'<li class="item">\n<div class="title">{heads[sub]}</div>\n</li>')
            rows = []
            for n in numbers:
                code = f"O{n}"
                mode = modes.get(code, "ok") if year == 2569 else "stale"
                at = f"{where} การ์ด 'ตัวชี้วัดย่อยที่ {sub} {name}' แถว {code}"
                if code in INLINE:
                    kind = next(k for k, c in KINDS.items() if c == code)
                    links = [(TITLE[code], f"/{own[kind]}")]
                    verdicts[code] = judge(code, ag, "ok", at, f"ลิงก์ → หน้า /{own[kind]}: " + inline_why(code, ag))
                else:
                    links, dead = publish_docs(out, host, code, ag, mode, download(code, year))
                    verdicts[code] = house_rule(judge(code, ag, mode, at, f"{base}{dead}" if dead else ""), mode)
                    if mode == "nofile":
                        links = [("-", "#")]
                        verdicts[code] = house_rule(("missing", f"{at}: ช่องรายละเอียดมีแต่ '-' ลิงก์ไป # ไม่มีเอกสาร"),
                                                    mode)
                lis = "".join(f'<li><a\n href="{html.escape(h)}"><b>{html.escape(t)}</b></a>\n</li>' for t, h in links)
                rows.append(f'<tr>\n<td style="text-align: center;">\n{code}\n</td>\n<td>\n{TITLE[code]}\n</td>\n<td>\n'
                            f'<ul class="pro_list1" style="margin-top:20px;">\n{lis}\n</ul>\n</td>\n</tr>')
            card = (f'<li class="item">\n<div class="card">\n<div class="card-header">\n<h3 class="mb-0">\n<button class='
                    f'"btn btn-lg fluid collapsed" data-toggle="collapse" data-target="#oit-{gid}{sub.replace(".", "")}" '
                    'aria-expanded="false" aria-controls="collapse">\n<span class="text-limit">\nตัวชี้วัดย่อยที่ '
                    f'{sub} {name}\n</span>\n<span class="feather icon-plus-circle"></span>\n</button>\n</h3>\n</div>\n'
                    f'<div id="oit-{gid}{sub.replace(".", "")}" class="collapse" data-parent="#accordion-oit">\n'
                    '<div class="card-body">\n<table class="table" cellpadding="0">\n<tbody>\n<tr>\n<td style="width:15%;">'
                    '\n<strong>ตัวชี้วัดย่อย/ข้อ</strong>\n</td>\n<td style="width:35%;">\n<strong>ข้อมูล</strong>\n</td>\n'
                    '<td>\n<strong>รายละเอียด</strong>\n</td>\n</tr>\n<tr>\n<td colspan="3">\n<strong>ตัวชี้วัดย่อยที่ '
                    f'{sub} {name}</strong>\n</td>\n</tr>\n<tr>\n<td colspan="3">\n<strong>{name}</strong>\n</td>\n</tr>\n'
                    f'{"".join(rows)}\n</tbody>\n</table>\n</div>\n</div>\n</div>\n</li>')
            items.append(card)
        yrs = "".join(f'<li>\n<a href="/th/ita/42/{g}"\n class="link  {"active " if g == gid else ""}" title="ITA {y}" '
                      f'data-toggle="tooltip" data-placement="top" title="ITA {y}">ITA {y}</a>\n</li>'
                      for y, g in ((2569, 7), (2568, 6)))
        body = ('<div class="default-page about">\n<div class="container">\n<div class="default-nav-slider" '
                'data-slick=\'{"initialSlide": 0}\'>\n<div class="item">\n<a href="/th/ita/42" class="active">'
                'การประเมินคุณธรรมและความโปร่งใส</a>\n</div>\n</div>\n</div>\n<div class="border-nav-slider"></div>\n'
                f'<div class="container">\n<div class="group-list year-list">\n<ul class="nav-list">\n{yrs}\n</ul>\n</div>\n'
                f'<div class="h-title">ITA ประจำปีงบประมาณ พ.ศ. {year}</div>\n<p class="desc mb-3">แบบวัดการเปิดเผย'
                'ข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT) สำหรับการประเมินคุณธรรมและความ'
                f'โปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. {year}</p>\n<div class="oit-list">\n'
                '<div class="collapse-block">\n<div id="accordion-oit">\n<ul class="item-list fluid">\n'
                f'{"".join(items)}\n</ul>\n</div>\n</div>\n</div>\n</div>\n</div>')
        text = ww_page(ag, "การประเมินคุณธรรมและความโปร่งใส", body)
        out.text(host, f"th/ita/42/{gid}", text)
        types[f"/th/ita/42/{gid}"] = "text/html"
        if year == 2569:
            for p in ("th/ita", "th/ita/42"):       # folders of the year pages: their index.html answers
                out.text(host, f"{p}/index.html", text)
        return verdicts

    verdicts = year_page(2569, 7)
    year_page(2568, 6)
    # the download script answers the PDF with its name: move each upload from its address-named file
    for addr, name in uploads.items():
        if (out.dest / host / addr.lstrip("/")).is_file():
            types[addr] = "application/pdf"
            headers[addr] = {"Content-Disposition": f'attachment; filename="{name}"'}
    home = (f'<div class="default-page"><div class="container"><h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}'
            '<a class="banner" href="/th/ita"><img src="/template/frontend/assets/img/banner/ita.png" alt="ITA"></a>'
            '</div></div>')
    out.text(host, "index.html", ww_page(ag, "หน้าหลัก", home))
    out.text(host, "th/home", ww_page(ag, "หน้าหลัก", home))
    types["/th/home"] = "text/html"
    for name in ("template/frontend/assets/img/static/brand.png", "template/frontend/assets/img/background/top-graphic.png",
                 "template/frontend/assets/img/banner/ita.png"):
        out.png(host, name, 60)
    write_manifest(out, host, {"types": dict(sorted(types.items())), "headers": headers})
    out.write_expected(host, "smarty_oit_year_tables: WeWeb+'s Smarty CMS; menu 'ITA' → /th/ita (this year's table; a "
                       "year list of database ids /th/ita/42/7); one closed Bootstrap card per sub-indicator, a table "
                       "row per item (code | name | document titles), documents through the download script "
                       "/th/download/<encoded>&n=…&t=… (no '?', no file name in the path; Content-Disposition).",
                       site_meta("phanthong", "smarty_oit_year_tables", ag, "Phan Thong Town Municipality", "เทศบาล",
                                 "ชลบุรี", f"{base}/"),
                       verdicts)
    return verdicts


# ----------------------------------------------------------------------------------------------------------------
# 2. react_router_ita_cards: a Vite + React + TanStack Router single-page site

SHELL = ('<!doctype html>\n<html lang="th">\n  <head>\n    <meta charset="UTF-8" />\n    <link rel="icon" '
         'type="image/png" href="/favicon.png" />\n    <meta name="viewport" content="width=device-width, '
         'initial-scale=1.0" />\n    <title>{name}</title>\n    <script type="module" crossorigin '
         'src="/assets/index-B7hO69kq.js"></script>\n    <link rel="stylesheet" crossorigin '
         'href="/assets/index-Dk2v69aa.css">\n  </head>\n  <body>\n    <div id="root"></div>\n  </body>\n</html>\n')

BUNDLE = r"""const SITE=__SITE__;const ITA_SECTIONS=__SECTIONS__;const MENU=__MENU__;
const h=(t,a,...c)=>{const e=document.createElement(t);for(const k in a||{}){if(k==="className")e.className=a[k];else if(k.startsWith("on"))e.addEventListener(k.slice(2).toLowerCase(),a[k]);else e.setAttribute(k,a[k]);}for(const x of c.flat()){if(x!=null)e.append(x);}return e;};
function navigate(to){history.pushState({},"",to);render();}
function isPlainLeftClick(ev){return ev.button===0&&!ev.metaKey&&!ev.ctrlKey&&!ev.shiftKey&&!ev.altKey;}
function internal(href){try{const u=new URL(href,location.origin);return u.origin===location.origin?u.pathname:null;}catch(e){return null;}}
function Link(to,label,cls){return h("a",{href:to,className:cls||"",onClick:(ev)=>{if(!isPlainLeftClick(ev))return;ev.preventDefault();navigate(to);}},label);}
function ItaLinkButton(link){const cls="inline-flex items-center gap-1.5 rounded-lg bg-rcat-green px-3 py-2 text-xs font-bold text-white";
 if(!link.href.trim())return h("span",{className:"inline-flex items-center rounded-lg border border-dashed border-slate-300 bg-slate-50 px-3 py-2 text-xs font-semibold text-slate-500"},"รอใส่ลิงก์");
 const to=internal(link.href);if(to){const a=Link(to,link.label||"เปิดข้อมูล",cls);a.append(h("span",{"aria-hidden":"true"},"→"));return a;}
 return h("a",{href:link.href,target:"_blank",rel:"noreferrer",className:cls},link.label||"เปิดข้อมูล",h("span",{"aria-hidden":"true"},"↗"));}
function Section(s){const ten=s.group==="10";return h("section",{id:s.id,className:"scroll-mt-28 overflow-hidden rounded-2xl border bg-white"},
 h("div",{className:ten?"border-b border-amber-200 bg-amber-50 px-5 py-5":"border-b border-emerald-200 bg-emerald-50 px-5 py-5"},
  h("div",{className:"flex flex-col gap-3"},h("div",{},h("p",{className:"text-sm font-bold"},s.indicator),h("h2",{className:"mt-1 text-xl font-extrabold"},s.title)),h("span",{className:"w-fit rounded-full px-3 py-1 text-xs"},s.range))),
 h("div",{className:"divide-y divide-slate-100"},s.items.map(it=>h("article",{"data-ita-code":it.code,className:"grid gap-4 px-5 py-5 md:grid-cols-[5rem_minmax(0,1fr)_auto]"},
  h("div",{className:"flex items-center gap-3 md:block"},h("span",{className:"inline-flex min-w-14 justify-center rounded-xl px-3 py-2 text-sm font-black"},it.code)),
  h("h3",{className:"text-sm font-bold leading-6 text-slate-800"},it.title),
  h("div",{className:"flex flex-wrap gap-2 md:justify-end"},it.links.map(ItaLinkButton))))));}
function Shell(main){return h("div",{className:"min-h-screen"},
 h("header",{className:"bg-rcat-deep-green text-white"},h("div",{className:"container mx-auto flex items-center gap-4 px-4 py-3"},Link("/",SITE.name,"font-extrabold"),
  h("nav",{className:"hidden md:flex gap-3"},MENU.map(m=>Link(m[1],m[0],"px-3 py-2 text-sm font-semibold"))))),
 h("main",{className:"container mx-auto px-4 py-8"},main),
 h("footer",{className:"bg-slate-900 text-slate-200 px-4 py-6 text-sm"},SITE.footer));}
async function Page(slug){const box=h("div",{className:"prose max-w-none"},"กำลังโหลด…");
 fetch("/api/pages/"+slug).then(r=>r.ok?r.text():Promise.reject(r.status)).then(t=>{box.innerHTML=t;for(const a of box.querySelectorAll("a[href^='/']")){a.addEventListener("click",ev=>{if(!isPlainLeftClick(ev))return;ev.preventDefault();navigate(a.getAttribute("href"));});}}).catch(()=>{box.textContent="ไม่พบหน้าที่ต้องการ";});return box;}
async function render(){const root=document.getElementById("root");const p=location.pathname.replace(/\/+$/,"")||"/";let main;
 if(p==="/ita2569"){document.title="ITA ประจำปีงบประมาณ พ.ศ. 2569 | "+SITE.name;
  main=h("div",{className:"w-full"},h("section",{className:"relative isolate overflow-hidden rounded-3xl bg-rcat-deep-green px-5 py-10 text-white"},
   h("div",{"aria-label":"ITA 2569",className:"mx-auto mb-5 flex h-20 w-20 flex-col items-center justify-center rounded-2xl"},h("span",{className:"text-xl font-black"},"ITA"),h("span",{className:"mt-1 text-xs"},"2569")),
   h("span",{className:"inline-flex rounded-full px-4 py-1.5 text-xs"},"ITA 2569 · OPEN DATA INTEGRITY AND TRANSPARENCY ASSESSMENT"),
   h("h1",{className:"mx-auto mt-5 text-2xl font-black"},"การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน"),
   h("p",{className:"mt-3 text-lg font-bold"},"ประจำปีงบประมาณ พ.ศ. 2569"),
   h("p",{className:"mx-auto mt-5 text-sm"},SITE.name+" เผยแพร่ข้อมูลสาธารณะตามแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) เพื่อส่งเสริมคุณธรรม ความโปร่งใส และการตรวจสอบได้ของหน่วยงาน")),
   h("div",{className:"mx-auto mt-10 grid max-w-5xl gap-6"},ITA_SECTIONS.map(Section)));}
 else if(p==="/"){main=h("div",{},h("h2",{className:"text-2xl font-bold"},"ข่าวประชาสัมพันธ์"),await Page("home"),
   h("a",{href:"/ita2569",className:"mt-6 inline-block rounded-xl bg-amber-100 px-4 py-3 font-bold",onClick:(ev)=>{if(!isPlainLeftClick(ev))return;ev.preventDefault();navigate("/ita2569");}},"ITA 2569 การประเมินคุณธรรมและความโปร่งใส"));}
 else{main=await Page(p.slice(1));}
 root.replaceChildren(Shell(main));window.scrollTo(0,0);}
addEventListener("popstate",render);render();
"""


def site_khaokhat(out: HeldoutOut) -> dict:
    host = HOSTS[1]
    base = f"http://{host}"
    ag = agency("เขาขาด", "โพธาราม", "ราชบุรี", "khaokhat", "70120",
                ["นายสมบัติ เรืองศรี", "นายชาตรี มั่นคง", "นางวันเพ็ญ ใจดี"], ["081-550-3301", "081-550-3302", "081-550-3303"])
    ag["map"] = "13.69,99.85"
    modes = {"O8": "half", "O14": "stale", "O16": "dead", "O20": "nofile"}
    photos(out, host, ag)
    slugs = {"structure": "organization", "executives": "executives", "contact": "contact", "news": "news",
             "eservice": "e-service", "complaint": "complaint"}

    def fragment(title: str, body: str) -> str:
        return f'<h1 class="text-2xl font-bold">{title}</h1>{body}'
    own = {k: f"api/pages/{v}" for k, v in slugs.items()}
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.เขาขาด")
    own_pages(out, host, ag, fragment, own, form, "/api/complaint")
    where = f"หน้า {base}/ita2569 (เมนู 'ITA 2569')"
    sections, verdicts = [], {}
    for sub, name, numbers in SUB:
        items = []
        for n in numbers:
            code = f"O{n}"
            mode = modes.get(code, "ok")
            at = f"{where} หัวข้อ 'ตัวชี้วัดย่อยที่ {sub} {name}' การ์ด {code}"
            if code in INLINE:
                kind = next(k for k, c in KINDS.items() if c == code)
                links = [{"label": "เปิดข้อมูล", "href": f"https://{host}/{slugs[kind]}".replace("https://", "http://")}]
                verdicts[code] = judge(code, ag, "ok", at, f"ปุ่ม 'เปิดข้อมูล' → หน้า /{slugs[kind]}: " + inline_why(code, ag))
            elif mode == "nofile":
                links = [{"label": "เปิดข้อมูล", "href": ""}]
                verdicts[code] = ("missing", f"{at}: แสดง 'รอใส่ลิงก์' ไม่มีลิงก์และไม่มีเอกสาร (เว็บไม่มีหน้า ITA ปีอื่น)")
            else:
                files = drive_docs(out, host, code, ag, mode, write=mode != "dead")
                links = [{"label": "เปิดข้อมูล", "href": url} for _, _, url in files]
                detail = files[0][2] if mode == "dead" else ""
                verdicts[code] = judge(code, ag, mode, at, detail)
                if code == "O8" and mode == "half":   # corrected after the first run, see the docstring
                    verdicts[code] = ("pass", f"{at}: คู่มือการปฏิบัติงาน อบต.เขาขาด — คู่มือไม่มีช่วงเวลา ไฟล์ชุด "
                                      "'half' ของข้อนี้เหมือนฉบับปกติทุกคำ: ผู้ประเมินอ่านแล้วผ่าน")
            items.append({"code": code, "title": TITLE[code], "links": links})
        group = "10" if sub.startswith("10") else "9"
        sections.append({"id": f"indicator-{sub.replace('.', '-')}", "indicator": f"ตัวชี้วัดย่อยที่ {sub}",
                         "title": name, "range": f"O{numbers[0]}–O{numbers[-1]}", "group": group, "items": items})
    menu = [["หน้าหลัก", "/"], ["โครงสร้าง", "/organization"], ["ผู้บริหาร", "/executives"], ["ข่าวสาร", "/news"],
            ["E-Service", "/e-service"], ["ร้องเรียน", "/complaint"], ["ติดต่อเรา", "/contact"], ["ITA 2569", "/ita2569"]]
    site = {"name": ag["name"], "footer": f"{ag['name']} {ag['address']} โทรศัพท์ {ag['phone']} อีเมล {ag['email']}"}
    dump = lambda v: json.dumps(v, ensure_ascii=False)  # noqa: E731
    out.text(host, "assets/index-B7hO69kq.js", BUNDLE.replace("__SITE__", dump(site)).replace(
        "__SECTIONS__", dump(sections)).replace("__MENU__", dump(menu)))
    out.text(host, "assets/index-Dk2v69aa.css", "body{font-family:Sarabun,sans-serif;margin:0}.hidden{display:none}"
                                                "@media(min-width:768px){.md\\:flex{display:flex}}\n")
    out.text(host, "api/pages/home", news_list(NEWS69[:4]))
    out.text(host, "index.html", SHELL.replace("{name}", ag["name"]))
    out.png(host, "favicon.png", 90)
    types = {f"/{p}": "text/html" for p in [*own.values(), "api/pages/home"]}
    write_manifest(out, host, {"types": types, "fallback": {"/": "/index.html"}})
    out.write_expected(host, "react_router_ita_cards: Vite + React + TanStack Router; the server sends one shell for "
                       "every path, the bundle builds the menu, /ita2569 (an article per item: code badge, name <h3>, "
                       "'เปิดข้อมูล ↗' buttons to Drive files; an empty link shows 'รอใส่ลิงก์') and the pages from "
                       "/api/pages/<slug>.",
                       site_meta("khaokhat", "react_router_ita_cards", ag, "Khao Khat SAO", "อบต.", "ราชบุรี",
                                 f"{base}/"),
                       verdicts)
    return verdicts


def build(dest: Path = SITES_DIR) -> None:
    for host in HOSTS:
        shutil.rmtree(dest / host, ignore_errors=True)
    out = HeldoutOut(dest)
    site_phanthong(out)
    site_khaokhat(out)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
