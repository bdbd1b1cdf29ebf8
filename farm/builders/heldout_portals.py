"""Two held-out sites whose agency publishes in a place that is not a site of its own (issue 19, round 8, lane
"portals").

Run from the repository root:  python -m farm.builders.heldout_portals

  www.bangkok.go.th/bangkhen → webportal.bangkok.go.th/bangkhen/   สำนักงานเขตบางเขน (กรุงเทพมหานคร)   portal_section
      ITA 2569. The registry URL is a path of another agency's portal, as the national registry lists all fifty
      Bangkok district offices (``http://www.bangkok.go.th/bangkhen``, no slash): it answers 301 to the BMA web
      portal, ``https://webportal.bangkok.go.th/bangkhen/``. The district's section is its pages under /bangkhen/
      (``/bangkhen/page/sub/<id>/<name>``, extensionless CMS addresses), framed by the portal's chrome: a top bar
      linking the BMA home, "ITA กรุงเทพมหานคร" (the BMA's own OIT 2569 index at /ita/2569, every row present, its
      documents under /public/user_files_editor/1/) and a "สำนักงานเขต" dropdown of other districts' sections
      (/bangrak/ has its own complete OIT index, documents under /public/user_files_editor/12/). The district's own
      documents sit in the portal's shared upload tree, outside its path: /public/user_files_editor/47/ita2569/….
      Wrong (the district's, while the BMA and Bang Rak have them right): O7 is the 2567 annual report (partial), O11
      covers the first 3 months (partial), O13 row "-" (missing), O16's PDF answers 404 (broken), O21
      "อยู่ระหว่างดำเนินการ" (missing), O24 has no row and no page in the section (missing).
      Markup source: the registry rows (shared/data/thai-local-government-websites.csv: 50 DistrictOffice rows
      ``http://www.bangkok.go.th/<district>``); the webportal's address form ``/<district>/page/sub/<id>/<name>`` and
      shared ``/public/user_files_editor/<unit>/`` uploads as the BMA portal writes them.

  ssokhongchiam.wordpress.com   สำนักงานสาธารณสุขอำเภอโขงเจียม (อุบลราชธานี)   free_host_linkhub_facebook
      MOIT 2569. The registry URL is a free WordPress.com blog (``https://ssokhongchiam.wordpress.com/``: Twenty
      Twenty-style markup, "Blog at WordPress.com." footer, a Jetpack sitemap.xml). Its menu's "MOIT 2569" goes to a
      Linktree link hub, ``https://linktr.ee/ssokhongchiam`` (server-rendered: one ``a[data-testid=LinkButton]`` per
      item, the same links in ``__NEXT_DATA__``), whose buttons lead to: a blog post per item listing its four
      quarterly PDFs, stored on the blog's media host ``ssokhongchiam.files.wordpress.com``; the office's Facebook
      page (MOIT2, the news of each quarter); Facebook photo albums (MOIT8 and MOIT20 trainings, one album per
      quarter on MOIT8's post, one album for MOIT20); MOIT11's post has its PDFs and the quarter's Facebook album.
      Facebook answers a robot with its login wall: items whose only evidence is there are ``unchecked`` (a person
      must look), never missing.
      Wrong: MOIT5 quarters 3–4 "ยังไม่มีข้อมูล" (partial), MOIT13 has no button and no post (missing), MOIT14's
      four PDFs answer 404 (broken), MOIT17's quarter 1 file is the 2568 round's (partial), MOIT21's post says
      "อยู่ระหว่างดำเนินการ" (missing).
      Markup source: WordPress.com's classic media host form ``<blog>.files.wordpress.com/YYYY/MM/<file>`` and footer
      credit; Linktree's public profile (``data-testid="LinkButton"``, Next.js ``__NEXT_DATA__`` with
      ``props.pageProps.links[]``); Facebook album URLs ``/media/set/?set=a.<id>&type=3``.

Every verdict was written before any engine run, as a careful assessor with a browser gives it, with
heldout_sites.py's rules (wrong year, a 3-month report = partial; "-", "อยู่ระหว่างดำเนินการ", nothing = missing; a
link answering 404 = broken), except that what only Facebook shows is ``unchecked``: a robot meets its login wall.
"""
from __future__ import annotations

import hashlib
import html
import json
import shutil
import sys
from pathlib import Path

import yaml

from farm.builders.heldout_sites import TITLE, HeldoutOut, judge, publish_docs
from farm.builders.ita2569_moit import (CUR, ITA_SOURCE, MOIT, MOIT_SOURCE, NEWS68, NEWS69, exec_block, moit_doc,
                                        news_list, write_manifest)
from farm.builders.reading_sites_content import INLINE, INLINE_WHY, SUB, complaint_html, eservice_html, exec_why
from farm.builders.reading_sites_content import enquiry_html, structure_html
from farm.server import SITES_DIR

REGISTRY_HOST, PORTAL = "www.bangkok.go.th", "webportal.bangkok.go.th"
BLOG, MEDIA, HUB = "ssokhongchiam.wordpress.com", "ssokhongchiam.files.wordpress.com", "linktr.ee"
HOSTS = (REGISTRY_HOST, PORTAL, BLOG, MEDIA)
FB_PAGE = "ssokhongchiam"
OUTSIDE = [f"{HUB}/{FB_PAGE}", f"www.facebook.com/{FB_PAGE}", "www.facebook.com/media/set/@set=a.10229*",
           "docs.google.com/forms/d/e/1FAIpQLSpT69*"]
DISTRICTS = [("pranakorn", "พระนคร"), ("dusit", "ดุสิต"), ("bangrak", "บางรัก"), ("bangkhen", "บางเขน"),
             ("bangkapi", "บางกะปิ"), ("laksi", "หลักสี่"), ("donmueang", "ดอนเมือง")]


class PortalsOut(HeldoutOut):
    """HeldoutOut whose Google Forms carry this builder's own ids (a rebuild of another builder leaves them)."""

    def form(self, fid: str, title: str) -> str:
        url = super().form(fid, title)
        old = url.split("/e/")[1].split("/")[0]
        new = "1FAIpQLSpT69" + hashlib.sha1(fid.encode()).hexdigest()[:40]
        src = self.dest / "docs.google.com" / "forms" / "d" / "e" / old
        dst = src.with_name(new)
        shutil.rmtree(dst, ignore_errors=True)
        src.rename(dst)
        page = dst / "viewform" / "index.html"
        page.write_text(page.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
        return url.replace(old, new)


def write_expected(out: HeldoutOut, host: str, head: str, source: str, meta: dict, verdicts: dict) -> None:
    lines = [f"# {head}", f"items_source: {json.dumps(source, ensure_ascii=False)}",
             yaml.safe_dump({**meta, "heldout": True}, allow_unicode=True, sort_keys=False, width=200).rstrip(), "items:"]
    lines += [f"  {code}: {{status: {status}, why: {json.dumps(why, ensure_ascii=False)}}}"
              for code, (status, why) in verdicts.items()]
    out.text(host, "expected.yaml", "\n".join(lines) + "\n")


# ----------------------------------------------------------------------------------------------------------------
# 1. portal_section: a Bangkok district office's section of the BMA web portal

def bma_page(title: str, body: str, section: tuple[str, str] | None = None, menu: list | None = None,
             footer: str = "") -> str:
    """A webportal.bangkok.go.th page: the portal's bar (BMA home, BMA ITA, news, districts) above a section."""
    districts = "".join(f'<li><a class="dropdown-item" href="/{slug}/">สำนักงานเขต{name}</a></li>' for slug, name in DISTRICTS)
    bar = ('<nav class="navbar navbar-expand-lg bma-topbar"><a class="navbar-brand" href="/">'
           '<img src="/assets/img/bma-logo.png" alt="กรุงเทพมหานคร"> กรุงเทพมหานคร</a><ul class="navbar-nav">'
           '<li class="nav-item"><a class="nav-link" href="/">หน้าหลัก กทม.</a></li>'
           '<li class="nav-item"><a class="nav-link" href="/news">ข่าวกรุงเทพมหานคร</a></li>'
           '<li class="nav-item"><a class="nav-link" href="/ita/2569">ITA กรุงเทพมหานคร</a></li>'
           f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#">สำนักงานเขต</a>'
           f'<ul class="dropdown-menu">{districts}</ul></li></ul></nav>')
    head = ""
    if section:
        items = "".join(f'<li class="nav-item"><a class="nav-link" href="{h}">{t}</a></li>' for t, h in menu or [])
        head = (f'<div class="unit-header"><h1 class="unit-name">{section[1]}</h1></div>'
                f'<nav class="navbar unit-menu"><ul class="navbar-nav">{items}</ul></nav>')
    foot = footer or "ศาลาว่าการกรุงเทพมหานคร 173 ถนนดินสอ แขวงเสาชิงช้า เขตพระนคร กรุงเทพฯ 10200 สายด่วน กทม. 1555"
    return (f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{title} | '
            f'{section[1] if section else "กรุงเทพมหานคร"}</title><link rel="stylesheet" href="/assets/css/portal.css">'
            f'</head><body>{bar}{head}<div class="container page-content"><h2 class="page-title">{title}</h2>{body}'
            f'</div><footer class="footer"><p>{foot}</p></footer></body></html>')


def index_table(rows: list) -> str:
    """rows: (code, sub, [(title, href)], note)."""
    trs = "".join(f'<tr><td>{sub}</td><td>{code}</td><td>{TITLE[code]}</td><td>'
                  + ("<br>".join(f'<a href="{html.escape(h)}" target="_blank">{html.escape(t)}</a>' for t, h in links)
                     or note) + "</td></tr>" for code, sub, links, note in rows)
    return ('<table class="table table-bordered"><thead><tr><th>ตัวชี้วัดย่อย</th><th>ข้อ</th><th>ข้อมูล</th>'
            f'<th>ลิงก์/เอกสาร</th></tr></thead><tbody>{trs}</tbody></table>')


def unit_rows(out: HeldoutOut, ag: dict, modes: dict, docs_dir: str, inline: dict, where: str):
    """(code, sub, links, note) rows of one unit's OIT index on the portal, and the assessor's verdicts."""
    rows, verdicts = [], {}
    for sub, name, numbers in SUB:
        for n in numbers:
            code = f"O{n}"
            mode, detail = modes.get(code, "ok"), ""
            if code in INLINE:
                links = [(TITLE[code], inline[code])]
                detail = f"หน้า {inline[code]}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code])
            else:
                links, dead = publish_docs(out, PORTAL, code, ag, mode,
                                           lambda stem, ext, c=code: f"{docs_dir}/{c}-{stem}.{ext}")
                detail = f"https://{PORTAL}{dead}" if mode == "dead" else ""
            note = "อยู่ระหว่างดำเนินการ" if mode == "denial" else ("-" if not links else "")
            if mode != "absent":
                rows.append((code, f"{sub} {name}", links, note))
            verdicts[code] = judge(code, ag, mode, where if mode in ("nofile", "absent") else f"{where} แถว {code}", detail)
    return rows, verdicts


def unit(name: str, slug: str, execs: list[str], phone: str) -> dict:
    return dict(years="plain", name=f"สำนักงานเขต{name}", short=f"สำนักงานเขต{name}", kind="office", amphoe=name,
                province="กรุงเทพมหานคร", line=f"@{slug}district", phone=phone, fax=phone[:-1] + "9",
                address=f"99 ถนนพหลโยธิน แขวง{name} เขต{name} กรุงเทพมหานคร 10220", email=f"{slug}@bangkok.go.th",
                map="13.87,100.60", execs=[(execs[0], f"ผู้อำนวยการเขต{name}"), (execs[1], f"ผู้ช่วยผู้อำนวยการเขต{name}"),
                                           (execs[2], f"หัวหน้าฝ่ายปกครอง สำนักงานเขต{name}")],
                exec_phone=[phone[:-1] + str(k) for k in range(1, 4)])


def unit_section(out: HeldoutOut, ag: dict, slug: str, uid: int, modes: dict) -> tuple[dict, list[str]]:
    """One unit's section of the portal under /<slug>/: its pages, OIT index and documents (uploads of unit
    ``uid``). Returns the assessor's verdicts and the section's extensionless addresses."""
    base, files = f"/{slug}", f"/public/user_files_editor/{uid}"
    paths = {k: f"{base}/page/sub/{2040 + i}/{k}" for i, k in
             enumerate(["structure", "executives", "contact", "news", "e-service", "complaint"])}
    ita = f"{base}/page/sub/{25800 + uid}/ITA-2569"
    menu = [("หน้าแรก", f"{base}/"), ("โครงสร้าง", paths["structure"]), ("ผู้บริหาร", paths["executives"]),
            ("ข่าวประชาสัมพันธ์", paths["news"]), ("E-Service", paths["e-service"]),
            ("ร้องเรียนการทุจริต", paths["complaint"]), ("ITA 2569", ita), ("ติดต่อเรา", paths["contact"])]
    foot = f'{ag["name"]} {ag["address"]} โทรศัพท์ {ag["phone"]} โทรสาร {ag["fax"]} อีเมล {ag["email"]}'

    def page(title: str, body: str) -> str:
        return bma_page(title, body.replace('src="/images/', f'src="{files}/images/'), (slug, ag["name"]), menu, foot)
    for k in range(3):
        out.png(PORTAL, f"{files}/images/exec{k + 1}.png", 120 + 30 * k)
    out.png(PORTAL, f"{files}/images/structure.png", 90)
    form = out.form(f"{PORTAL}/{slug}/eservice", f"ยื่นคำร้องออนไลน์ {ag['name']}")
    out.text(PORTAL, paths["structure"], page("โครงสร้าง หน้าที่และอำนาจ", structure_html(ag, "/images/structure.png")))
    out.text(PORTAL, paths["executives"], page("คณะผู้บริหาร", exec_block(ag)))
    out.text(PORTAL, paths["contact"], page("ติดต่อเรา", enquiry_html(ag, out, ag["line"])))
    out.text(PORTAL, paths["news"], page("ข่าวประชาสัมพันธ์", news_list(NEWS69 + NEWS68)))
    out.text(PORTAL, paths["e-service"], page("E-Service", eservice_html(ag, form)))
    out.text(PORTAL, paths["complaint"], page("แจ้งเรื่องร้องเรียนการทุจริต", complaint_html(ag, f"{base}/complaint/send")))
    inline = {"O1": paths["structure"], "O2": paths["executives"], "O3": paths["contact"], "O4": paths["news"],
              "O10": paths["e-service"], "O17": paths["complaint"]}
    where = f"หน้า https://{PORTAL}{ita}"
    rows, verdicts = unit_rows(out, ag, modes, f"{files}/ita2569", inline, where)
    out.text(PORTAL, ita, page("ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)",
                               f"<p>{ag['name']} เปิดเผยข้อมูลตามแบบตรวจ OIT ปีงบประมาณ พ.ศ. {CUR}</p>" + index_table(rows)))
    out.text(PORTAL, f"{base}/index.html", page(ag["name"],
             f'<div class="banner"><a href="{ita}"><img src="{files}/images/structure.png" alt="ITA 2569"></a></div>'
             f'<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}'))
    return verdicts, [*paths.values(), ita]


def site_bangkhen(out: HeldoutOut) -> None:
    bangkhen = unit("บางเขน", "bangkhen", ["นายธีรพงษ์ วงศ์ศรีสุข", "นางสาวรัชนี พรหมมาลา", "นายสุรเชษฐ์ ทองดีงาม"],
                    "02-521-0521")
    bangrak = unit("บางรัก", "bangrak", ["นายสมชาย ใจดีมาก", "นางวิไล แสงทอง", "นายประสิทธิ์ มั่นคง"], "02-236-1391")
    bma = dict(unit("พระนคร", "bma", ["นายชัชชาติ สิทธิพันธุ์", "นายจักกพันธุ์ ผิวงาม", "นายขจิต ชัชวานิชย์"],
                    "02-221-2141"), name="กรุงเทพมหานคร", short="กรุงเทพมหานคร",
               address="173 ถนนดินสอ แขวงเสาชิงช้า เขตพระนคร กรุงเทพฯ 10200",
               execs=[("นายชัชชาติ สิทธิพันธุ์", "ผู้ว่าราชการกรุงเทพมหานคร"),
                      ("นายจักกพันธุ์ ผิวงาม", "รองผู้ว่าราชการกรุงเทพมหานคร"),
                      ("นายขจิต ชัชวานิชย์", "ปลัดกรุงเทพมหานคร")])
    modes = {"O7": "stale", "O11": "half", "O13": "nofile", "O16": "dead", "O21": "denial", "O24": "absent"}
    verdicts, own = unit_section(out, bangkhen, "bangkhen", 47, modes)
    _, rak = unit_section(out, bangrak, "bangrak", 12, {})
    for slug, name in DISTRICTS:
        if slug not in ("bangkhen", "bangrak"):
            out.text(PORTAL, f"{slug}/index.html", bma_page(f"สำนักงานเขต{name}", f"<p>ยินดีต้อนรับสู่สำนักงานเขต{name}</p>"
                                                            + news_list(NEWS69[:2]), (slug, f"สำนักงานเขต{name}"), []))
    # the BMA's own pages and OIT index: every row present, documents of the BMA under /public/user_files_editor/1/
    pages = {k: f"/page/{k}" for k in ("structure", "executives", "contact", "news-bma", "e-service", "complaint")}

    def page(title: str, body: str) -> str:
        return bma_page(title, body.replace('src="/images/', 'src="/public/user_files_editor/1/images/'))
    out.text(PORTAL, pages["structure"], page("โครงสร้างกรุงเทพมหานคร", structure_html(bma, "/images/structure.png")))
    out.text(PORTAL, pages["executives"], page("ผู้บริหารกรุงเทพมหานคร", exec_block(bma)))
    out.text(PORTAL, pages["contact"], page("ติดต่อกรุงเทพมหานคร", enquiry_html(bma, out, "@bangkokbma")))
    out.text(PORTAL, pages["news-bma"], page("ข่าวกรุงเทพมหานคร", news_list(NEWS69 + NEWS68)))
    out.text(PORTAL, "news", page("ข่าวกรุงเทพมหานคร", news_list(NEWS69 + NEWS68)))
    out.text(PORTAL, pages["e-service"], page("E-Service กรุงเทพมหานคร",
                                              eservice_html(bma, out.form(f"{PORTAL}/bma/eservice", "บริการออนไลน์ กทม."))))
    out.text(PORTAL, pages["complaint"], page("ร้องเรียนการทุจริต กรุงเทพมหานคร", complaint_html(bma, "/page/complaint/send")))
    inline = {"O1": pages["structure"], "O2": pages["executives"], "O3": pages["contact"], "O4": pages["news-bma"],
              "O10": pages["e-service"], "O17": pages["complaint"]}
    rows, _ = unit_rows(out, bma, {}, "/public/user_files_editor/1/ita2569", inline, "")
    out.text(PORTAL, "ita/2569", page("ITA กรุงเทพมหานคร 2569",
                                      "<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ของกรุงเทพมหานคร ปีงบประมาณ พ.ศ. 2569</p>" + index_table(rows)))
    links = "".join(f'<li><a href="/{s}/">สำนักงานเขต{n}</a></li>' for s, n in DISTRICTS)
    out.text(PORTAL, "index.html", page("กรุงเทพมหานคร", f"<h3>ข่าวกรุงเทพมหานคร</h3>{news_list(NEWS69[:4])}"
                                                          f'<h3>สำนักงานเขต</h3><ul>{links}</ul>'
                                                          '<p><a href="/ita/2569">ITA กรุงเทพมหานคร 2569</a></p>'))
    out.png(PORTAL, "assets/img/bma-logo.png", 60)
    write_manifest(out, PORTAL, {"types": {p: "text/html" for p in [*own, *rak, *pages.values(), "/news", "/ita/2569"]}})
    write_manifest(out, REGISTRY_HOST, {"redirect": {"/bangkhen": f"https://{PORTAL}/bangkhen/",
                                                     "/bangkhen/": f"https://{PORTAL}/bangkhen/"}})
    write_expected(out, REGISTRY_HOST, "portal_section: a Bangkok district office whose registry URL is a path of the "
                   "BMA portal (www.bangkok.go.th/bangkhen -> webportal.bangkok.go.th/bangkhen/); its documents in the "
                   "portal's shared upload tree; the BMA's own and another district's OIT indexes one click away.",
                   ITA_SOURCE, dict(agency="bangkhen", year=CUR, family="ita", style="portal_section",
                                    architecture="portal_section",
                                    registry=dict(name_th=bangkhen["name"], name_en="Bang Khen District Office",
                                                  type="สำนักงานเขต", province="กรุงเทพมหานคร",
                                                  url=f"http://{REGISTRY_HOST}/bangkhen")), verdicts)


# ----------------------------------------------------------------------------------------------------------------
# 2. free_host_linkhub_facebook: a district health office on WordPress.com, its MOIT index a Linktree hub

SSO = dict(name="สำนักงานสาธารณสุขอำเภอโขงเจียม", short="สสอ.โขงเจียม", phone="045-351-082",
           address="88 หมู่ 1 ตำบลโขงเจียม อำเภอโขงเจียม จังหวัดอุบลราชธานี 34220", email="ssokhongchiam@gmail.com")
MOIT_FB_ONLY = {"MOIT2": "page", "MOIT8": "albums", "MOIT20": "album"}


def wp_page(title: str, body: str, cls: str = "page") -> str:
    """A WordPress.com blog page (Twenty Twenty-style): header menu, entry, the platform's footer credit."""
    menu = [("หน้าแรก", f"https://{BLOG}/"), ("เกี่ยวกับเรา", f"https://{BLOG}/about/"),
            ("ข่าวสาร", f"https://{BLOG}/category/news/"), ("MOIT 2569", f"https://{HUB}/{FB_PAGE}"),
            ("ติดต่อเรา", f"https://{BLOG}/contact/")]
    items = "".join(f'<li class="menu-item"><a href="{h}">{t}</a></li>' for t, h in menu)
    return (f'<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8"><title>{title} &#8211; {SSO["name"]}</title>'
            f'<link rel="stylesheet" href="https://s0.wp.com/wp-content/themes/pub/twentytwenty/style.css">'
            f'</head><body class="{cls} wp-theme-twentytwenty"><header id="site-header" class="header-footer-group">'
            f'<div class="header-titles"><div class="site-title"><a href="https://{BLOG}/">{SSO["name"]}</a></div>'
            f'<div class="site-description">{SSO["short"]} จังหวัดอุบลราชธานี</div></div>'
            f'<nav class="primary-menu-wrapper"><ul class="primary-menu reset-list-style">{items}</ul></nav></header>'
            f'<main id="site-content"><article class="post hentry"><header class="entry-header">'
            f'<h1 class="entry-title">{title}</h1></header><div class="post-inner"><div class="entry-content">{body}'
            f'</div></div></article></main><footer id="site-footer" class="header-footer-group"><div class="footer-credits">'
            f'<p>{SSO["name"]} {SSO["address"]} โทร {SSO["phone"]}</p>'
            f'<p class="powered-by-wordpress"><a href="https://wordpress.com/?ref=footer_blog" rel="nofollow">'
            f'Blog at WordPress.com.</a></p></div></footer></body></html>')


def fb_wall(out: HeldoutOut, path: str, title: str) -> None:
    """A Facebook page or album as a robot gets it: the login wall in the page's place."""
    out.text("www.facebook.com", path,
             f'<!DOCTYPE html><html lang="th" id="facebook"><head><meta charset="utf-8"><title>Facebook</title>'
             f'<meta property="og:title" content="{html.escape(title)}"></head><body class="_6s5d _71pn">'
             f'<div class="_585n"><h2>คุณต้องเข้าสู่ระบบเพื่อดำเนินการต่อ</h2>'
             f'<form id="login_form" action="/login/device-based/regular/login/" method="post">'
             f'<input name="email" placeholder="อีเมลหรือหมายเลขโทรศัพท์"><input type="password" name="pass">'
             f'<button name="login" type="submit">เข้าสู่ระบบ</button></form><a href="/r.php">สร้างบัญชีใหม่</a></div>'
             f'</body></html>')


def fb_album(out: HeldoutOut, key: str, title: str) -> str:
    aid = "10229" + "".join(str((ord(c) * 7 + k) % 10) for k, c in enumerate(key * 3))[:12]
    fb_wall(out, f"media/set/@set=a.{aid}&type=3", title)
    return f"https://www.facebook.com/media/set/?set=a.{aid}&type=3"


def linktree(links: list[tuple[str, str]]) -> str:
    """A Linktree profile as its server sends it: the buttons in the HTML, the same data in __NEXT_DATA__."""
    buttons = "".join(
        f'<div class="w-full" data-testid="StyledContainer"><a href="{html.escape(u)}" data-testid="LinkButton" '
        f'target="_blank" rel="noopener" class="sc-pFZIQ bgDPXM"><div class="sc-bdfBwQ"><p class="sc-gsDKAQ">'
        f'{html.escape(t)}</p></div></a></div>' for t, u in links)
    data = {"props": {"pageProps": {"account": {"username": FB_PAGE, "pageTitle": SSO["short"]},
                                    "links": [{"id": 4100 + k, "title": t, "url": u, "type": "CLASSIC"}
                                              for k, (t, u) in enumerate(links)]}},
            "page": "/[profile]", "query": {"profile": FB_PAGE}, "buildId": "pT69lnk", "isFallback": False}
    return (f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>@{FB_PAGE} | Linktree</title>'
            f'<meta property="og:title" content="{SSO["short"]} | Linktree"><meta name="description" '
            f'content="MOIT 2569 {SSO["name"]}"></head><body><div id="__next"><div data-testid="ProfileContainer">'
            f'<h1 data-testid="ProfileTitle">{SSO["short"]}</h1><h2>{SSO["name"]} หลักฐานการประเมิน MOIT 2569</h2>'
            f'{buttons}<footer><a href="https://linktr.ee/s/about/">Join {FB_PAGE} on Linktree</a> '
            f'<a href="https://linktr.ee/s/cookie-notice/">Cookie Preferences</a></footer></div></div>'
            f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'
            f'</body></html>')


def site_khongchiam(out: HeldoutOut) -> None:
    where_hub = f"Linktree https://{HUB}/{FB_PAGE}"
    buttons, verdicts, sitemap = [], {}, [f"https://{BLOG}/", f"https://{BLOG}/about/", f"https://{BLOG}/contact/"]
    month = {1: "2025/12", 2: "2026/03", 3: "2026/06", 4: "2026/09"}
    out.text(MEDIA, "index.html", "<html><head><title>files.wordpress.com</title></head><body></body></html>")
    for code, title in MOIT:
        n = int(code[4:])
        label = f"MOIT {n} {title[:60]}"
        if n == 13:                                           # no button, no post
            verdicts[code] = ("missing", f"{where_hub}: ไม่มีปุ่ม MOIT 13 และไม่มีโพสต์ของข้อนี้ในบล็อก")
            continue
        if code == "MOIT2":                                   # the page's own posts, quarter by quarter
            fb = f"https://www.facebook.com/{FB_PAGE}"
            fb_wall(out, f"{FB_PAGE}/index.html", f"{SSO['name']} | Facebook")
            buttons.append((label + " (เพจ Facebook)", fb))
            verdicts[code] = ("unchecked", f"{where_hub} ปุ่ม MOIT 2 -> เพจ Facebook {fb}: ข่าวสารรายไตรมาสอยู่บน Facebook "
                                           "ซึ่งต้องเข้าสู่ระบบ ระบบอ่านไม่ได้ ต้องตรวจด้วยตนเอง")
            continue
        if code == "MOIT20":                                  # one album of the year's ACE trainings
            album = fb_album(out, "moit20", "อบรมหลักสูตรต้านทุจริตศึกษา (ACE) ปี 2569")
            buttons.append((label + " (อัลบั้มภาพ Facebook)", album))
            verdicts[code] = ("unchecked", f"{where_hub} ปุ่ม MOIT 20 -> อัลบั้ม Facebook {album}: ต้องเข้าสู่ระบบ "
                                           "ระบบอ่านไม่ได้ ต้องตรวจด้วยตนเอง")
            continue
        permalink = f"https://{BLOG}/2026/09/moit{n}-2569/"
        rows = []
        for q in range(1, 5):
            t, b = moit_doc(SSO["name"], n, q, CUR - 1 if (n == 17 and q == 1) else CUR)
            file = f"{month[q]}/moit{n}-q{q}-2569.pdf"
            if code == "MOIT8":
                album = fb_album(out, f"moit8-{q}", f"อบรมจริยธรรมและการรักษาวินัย ไตรมาส {q}/2569")
                rows.append(f'<li>ไตรมาสที่ {q}: <a href="{album}">ภาพกิจกรรม (อัลบั้ม Facebook)</a></li>')
                continue
            if code == "MOIT5" and q >= 3:
                rows.append(f"<li>ไตรมาสที่ {q}: ยังไม่มีข้อมูล</li>")
                continue
            if code != "MOIT14":                              # MOIT14's files were never uploaded (404)
                out.pdf(MEDIA, file, t, b)
            extra = ""
            if code == "MOIT11":
                album = fb_album(out, f"moit11-{q}", f"เวทีประชาคมสุขภาพ ไตรมาส {q}/2569")
                extra = f' · <a href="{album}">ภาพกิจกรรม (Facebook)</a>'
            rows.append(f'<li>ไตรมาสที่ {q}: <a href="https://{MEDIA}/{file}">{html.escape(t)}</a>{extra}</li>')
        body = (f"<p>{code} {title}</p><p>หลักฐานเชิงประจักษ์ {n}.1 – {n}.3 ปีงบประมาณ พ.ศ. {CUR} แยกตามไตรมาส</p>"
                f'<ul class="wp-block-list">{"".join(rows)}</ul>')
        if code == "MOIT21":
            body = f"<p>{code} {title}</p><p>อยู่ระหว่างดำเนินการ</p>"
        out.text(BLOG, f"2026/09/moit{n}-2569/index.html", wp_page(f"{code} ปีงบประมาณ {CUR}", body, "single post"))
        sitemap.append(permalink)
        buttons.append((label, permalink))
        where = f"{where_hub} ปุ่ม MOIT {n} -> โพสต์ {permalink}"
        verdicts[code] = {
            "MOIT5": ("partial", f"{where}: ไตรมาส 1–2 มีไฟล์ ไตรมาส 3–4 เขียนว่า 'ยังไม่มีข้อมูล'"),
            "MOIT8": ("unchecked", f"{where}: ทุกไตรมาสเป็นอัลบั้มภาพ Facebook ซึ่งต้องเข้าสู่ระบบ ระบบอ่านไม่ได้ "
                                   "ต้องตรวจด้วยตนเอง"),
            "MOIT14": ("broken", f"{where}: ไฟล์ PDF ทั้ง 4 ไตรมาสบน {MEDIA} ตอบ 404"),
            "MOIT17": ("partial", f"{where}: ไตรมาส 1 เป็นไฟล์ของปีงบประมาณ 2568; ไตรมาส 2–4 ถูกปี"),
            "MOIT21": ("missing", f"{where}: โพสต์เขียนว่า 'อยู่ระหว่างดำเนินการ' ไม่มีเอกสาร"),
            "MOIT11": ("pass", f"{where}: PDF ไตรมาส 1–4 ปี 2569 (n.1–n.3) + อัลบั้ม Facebook ของแต่ละไตรมาส"),
        }.get(code, ("pass", f"{where}: PDF ไตรมาส 1–4 ปี 2569 บน {MEDIA} มีหลักฐาน n.1–n.3 ครบ"))
    buttons.append(("LINE Official Account สสอ.โขงเจียม", "https://line.me/R/ti/p/@ssokhongchiam"))
    out.text(HUB, f"{FB_PAGE}/index.html", linktree(buttons))
    news = "".join(f'<li><a href="https://{BLOG}/category/news/">{t}</a> <span>{d}</span></li>' for d, t in NEWS69[:3])
    out.text(BLOG, "index.html", wp_page("หน้าแรก", f"<p>ยินดีต้อนรับสู่เว็บไซต์{SSO['name']}</p><h3>ข่าวสาร</h3>"
                                         f'<ul>{news}</ul><p><a href="https://{HUB}/{FB_PAGE}">MOIT 2569 '
                                         f"การประเมินคุณธรรมและความโปร่งใส (คลิก)</a></p>", "home blog"))
    out.text(BLOG, "about/index.html", wp_page("เกี่ยวกับเรา", f"<p>{SSO['name']} ดูแลงานสาธารณสุขระดับอำเภอ "
                                                              "และโรงพยาบาลส่งเสริมสุขภาพตำบล 9 แห่ง</p>"))
    out.text(BLOG, "contact/index.html", wp_page("ติดต่อเรา", f"<p>{SSO['address']} โทร {SSO['phone']} อีเมล {SSO['email']}</p>"
                                                             f'<p><a href="https://www.facebook.com/{FB_PAGE}">เพจ Facebook</a></p>'))
    out.text(BLOG, "category/news/index.html", wp_page("ข่าวสาร", news_list(NEWS69), "archive category"))
    urls = "".join(f"<url><loc>{u}</loc><lastmod>2026-09-20</lastmod></url>" for u in sitemap)
    out.text(BLOG, "sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset '
             f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>')
    write_manifest(out, BLOG, {})
    write_manifest(out, MEDIA, {})
    write_expected(out, BLOG, "free_host_linkhub_facebook: a district health office whose site is a free WordPress.com "
                   "blog; its MOIT 2569 index a Linktree hub; evidence as blog posts with PDFs on the blog's media host, "
                   "and on Facebook (a page, albums: a login wall to a robot).",
                   MOIT_SOURCE, dict(agency="ssokhongchiam", year=CUR, family="moit", style="free_host_linkhub_facebook",
                                     architecture="free_host_linkhub_facebook",
                                     registry=dict(name_th=SSO["name"], name_en="Khong Chiam District Health Office",
                                                   type="สำนักงานสาธารณสุขอำเภอ", province="อุบลราชธานี",
                                                   url=f"https://{BLOG}/")), verdicts)


def build(dest: Path = SITES_DIR) -> None:
    for host in HOSTS:
        shutil.rmtree(dest / host, ignore_errors=True)
    for pattern in OUTSIDE:
        for old in dest.glob(pattern):
            shutil.rmtree(old) if old.is_dir() else old.unlink()
    out = PortalsOut(dest)
    site_bangkhen(out)
    site_khongchiam(out)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
