"""Three held-out ITA 2569 sites whose OIT lives on a site builder, a board or Google's editors, which the farm lacked (issue 19, round 9, lane
"builders2").

Run from the repository root:  python -m farm.builders.heldout_builders2   (needs reportlab and the TLWG fonts; the
output under farm/sites/ is committed, tests need neither)

  www.khaosamyot-sao.go.th   อบต.เขาสามยอด (เมืองลพบุรี ลพบุรี)   spa_padlet_board
      An ordinary server-rendered vendor CMS (structure, executives, contact, news, E-Service, complaint pages)
      whose menu entry "ITA 2569 (Padlet)" and a home banner link a public Padlet board,
      ``https://padlet.com/khaosamyotsao/ita2569-<id>``, in the Shelf format: one column per item (O1…O26), each
      column's posts holding the item's evidence. Padlet serves the board as an application: the page has the
      board's title and description in its meta tags, an empty ``<div id="app">`` and its bundle; the bundle asks
      ``/api/5/wall_sections?wall_id=N`` and ``/api/5/wishes?wall_id=N`` (JSON ``{"data": [{"id", "attributes":
      {…}}]}``) and draws the columns. A post has a subject, a body and an attachment: a file uploaded to Padlet
      (``padlet-uploads.storage.googleapis.com/<wall>/<hash>/<name>`` — Padlet turns every letter of a Thai file
      name into ``_``: the name says nothing, the post's subject says what it is), or a link to the agency's own
      page (O1–O4, O10, O17).
      Wrong: O6's progress report covers 3 months (partial), O12 is the 2567 procurement summary (partial), O15's
      uploaded file answers 404 (broken), O21's column holds one post "-" (missing), O24's post says
      "อยู่ระหว่างดำเนินการ" (missing).
      Markup source: Padlet's public API as scripts read it (``api.padlet.com/api/5/wishes?wall_id=…`` → ``data[]
      .attributes`` with ``subject``, ``body``, ``attachment``, ``wall_section_id``; public scrapers and feeds of
      Padlet walls, GitHub index ids 39510802186, 6875166347, 31337593631), padlet-uploads addresses with Thai
      letters turned into underscores (GitHub index id 70451258958: ``2015_______________________.pdf``).

  www.thamuang-sao.go.th → thamuangsao.my.canva.site   อบต.ท่าม่วง (ท่าม่วง กาญจนบุรี)   spa_canva_site
      The registry's http://www.thamuang-sao.go.th/ answers 301 to the agency's Canva website
      ``https://thamuangsao.my.canva.site/`` (the office let its web host lapse and forwarded its name). Every page
      of the Canva site (/, /structure, /executives, /contact, /news, /e-service, /complaint, /ita-2569) is drawn
      by the site's own script (``/_assets/js/main.<hash>.js``) from the page's JSON: the served HTML holds only
      the page's title, a ``<noscript>`` notice and an empty root. On /ita-2569 each item is a text box (code and
      title) and a button "เปิดเอกสาร" linking its evidence: a Google Drive file (most), a Canva design shown by
      Canva's viewer (``www.canva.com/design/<id>/<key>/view``: O8's manual and O19's participation report,
      drawn by Canva's application: a person reads it; a robot gets its title), the site's own pages (O1–O4, O10,
      O17), a Google Form (E-Service).
      Wrong: O7 is the 2567 annual report (partial), O11 covers 3 months (partial), O14's Drive file is deleted
      (Drive 404, broken), O22's box says "-" with no button (missing), O25's box says "อยู่ระหว่างดำเนินการ"
      (missing).
      Markup source: Canva websites' addresses (``<name>.my.canva.site/<page>``, media under
      ``/_assets/media/<hash>.png``: GitHub index ids 46193347776, 53757041016), Canva's design view links
      (``www.canva.com/design/DA…/…/view``), Drive's /view pages as the farm writes them (ita2569_moit.Out).

  www.phonngam-sao.go.th   อบต.โพนงาม (กมลาไสย กาฬสินธุ์)   gsites_published_embeds
      (a third site, built after the first two were measured and fixed, its verdicts again written before any
      engine run) A small own site whose menu "ITA 2569" opens a new Google Site (sites.google.com/view/…): a page
      per sub-indicator, a box per item. O1–O3 and O17 are text boxes on the Site (O2 with the executives' photos,
      O3 with a map, O17 with a Google Form); the other items embed what the agency typed in Google's editors and
      published to the web, as the embed code frames it: Docs (``/document/d/e/2PACX-…/pub?embedded=true``),
      Sheets (``/spreadsheets/d/e/…/pubhtml?widget=true&headers=false``: O11, O12, O18) and Slides
      (``/presentation/d/e/…/embed?start=false&loop=false&delayms=3000``: O7, O19, O26; the served page holds the
      deck as data, the viewer's script draws each slide as SVG). O4's news is only on the agency's Facebook page
      (a login wall for a reader without an account: unchecked), O10's E-Service only in its LINE OA
      (``lin.ee/…``: an "add friend" page; the service is inside the LINE app: unchecked).
      Wrong: O6 covers 3 months (partial), O12 is the 2567 summary (partial), O14's Doc was unpublished (Google
      answers 404: broken), O22 says "อยู่ระหว่างดำเนินการ" (missing), O24 "-" (missing).
      Markup source: new Google Sites' published pages (heldout_sites.gs_page: ``section.yaqOZd``, text boxes
      ``div.tyJCtd``, embed boxes ``div.WIdY2d > iframe.YMEQtf``), Google's "Publish to the web" embed codes for
      Docs, Sheets and Slides (the addresses above), the Slides viewer's ``punch-viewer-*`` classes.

Every verdict was written before any engine run, as a careful assessor with a browser gives it (the board's columns
and the Canva pages are seen drawn; a Canva design opens in Canva's viewer and is read), with heldout_sites.py's
rules (wrong year, a 3-month report = partial; "-", "อยู่ระหว่างดำเนินการ" = missing; a link that gives no
document = broken).
"""
from __future__ import annotations

import hashlib
import html
import json
import re
import shutil
import sys
from pathlib import Path

from farm.builders.heldout_sites import TITLE, HeldoutOut, docs, judge, own_pages, site_meta
from farm.builders.heldout_unforeseen import INLINE_KIND, KINDS, agency, cms_page
from farm.builders.ita2569_moit import NEWS69, news_list, write_manifest
from farm.builders.reading_sites_content import INLINE, INLINE_WHY, SHEETS, SUB, exec_why, photos, sheet_rows
from farm.server import SITES_DIR

PADLET_SITE, CANVA_SITE, GSITE_SITE = "www.khaosamyot-sao.go.th", "www.thamuang-sao.go.th", "www.phonngam-sao.go.th"
HOSTS = (PADLET_SITE, CANVA_SITE, GSITE_SITE)
GSITE = "phonngam-ita2569"
CANVA = "thamuangsao.my.canva.site"
WALL = 2954417301                                   # the board's wall id
BOARD = "khaosamyotsao/ita2569-q8w3e5r7t9y2u4i6"
UPLOADS = "padlet-uploads.storage.googleapis.com"
BL = "bL69"                                          # this builder's outside ids (Drive, Forms, Canva designs)
OUTSIDE = [f"drive.google.com/file/d/1{BL}*", f"docs.google.com/forms/d/e/1FAIpQL{BL}*", f"www.canva.com/design/DA{BL}*",
           f"padlet.com/{BOARD.split('/')[0]}", f"padlet.com/api/5/*wall_id={WALL}", f"{UPLOADS}/{WALL}",
           f"docs.google.com/*/d/e/2PACX-1v{BL}*", f"sites.google.com/view/{GSITE}", "www.facebook.com/phonngamsao",
           "lin.ee/pNgm69Q"]


def bid(*parts: str) -> str:
    return hashlib.sha1("/".join(parts).encode()).hexdigest()


class Builders2Out(HeldoutOut):
    """HeldoutOut whose Forms live under this builder's own ids (another builder's rebuild removes only its own)."""

    def form(self, fid: str, title: str) -> str:
        url = super().form(fid, title)
        old = url.split("/e/")[1].split("/")[0]
        new = "1FAIpQL" + BL + bid(fid)[:36]
        src = self.dest / "docs.google.com" / "forms" / "d" / "e" / old
        dst = src.with_name(new)
        shutil.rmtree(dst, ignore_errors=True)
        src.rename(dst)
        page = dst / "viewform" / "index.html"
        page.write_text(page.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
        return url.replace(old, new)


def padlet_name(code: str, title: str) -> str:
    """The name Padlet stores an upload under: the officer's file name with every letter outside ASCII turned
    into ``_``."""
    return re.sub(r"[^A-Za-z0-9.]", "_", f"{code} {html.unescape(title)}")[:80] + ".pdf"


# ----------------------------------------------------------------------------------------------------------------
# 1. spa_padlet_board: the OIT as a Padlet board, one column per item, drawn by Padlet's app from its API

PADLET_SHELL = """<!DOCTYPE html>
<html lang="th" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>{title}</title>
<meta name="description" content="{description}">
<meta property="og:site_name" content="Padlet">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{description}">
<meta property="og:type" content="website">
<meta property="og:url" content="https://padlet.com/{board}">
<meta property="og:image" content="https://padlet.net/embeds/preview_image/{wall}.png">
<link rel="canonical" href="https://padlet.com/{board}">
<link rel="stylesheet" href="/packs/css/surface-6b1f0d2c.css">
<script>window.$startingState = {{"wallId": {wall}, "wallHashid": "{hashid}", "format": "shelf", "locale": "th"}};</script>
</head>
<body class="surface-page">
<div id="app"></div>
<noscript><div class="noscript">Padlet ต้องใช้ JavaScript โปรดเปิดใช้งาน JavaScript ในเบราว์เซอร์ของคุณ</div></noscript>
<script src="/packs/js/surface-4e2a91f7.js" defer></script>
</body>
</html>
"""

PADLET_JS = r"""/* surface: draws a Shelf board, one column per section, its posts in order */
(function () {
  'use strict';
  var s = window.$startingState;
  function get(u) { return fetch(u, { headers: { Accept: 'application/json' } }).then(function (r) { return r.json(); }); }
  function esc(t) { var d = document.createElement('div'); d.textContent = t || ''; return d.innerHTML; }
  Promise.all([get('/api/5/wall_sections?wall_id=' + s.wallId), get('/api/5/wishes?wall_id=' + s.wallId)]).then(function (r) {
    var sections = r[0].data, posts = r[1].data, html = '<div class="surface-shelf">';
    sections.sort(function (a, b) { return a.attributes.sort_index - b.attributes.sort_index; });
    sections.forEach(function (sec) {
      html += '<section class="shelf-column" data-section-id="' + sec.id + '"><h2 class="section-title">' +
              esc(sec.attributes.title) + '</h2>';
      posts.filter(function (p) { return p.attributes.wall_section_id === sec.id; }).forEach(function (p) {
        var a = p.attributes;
        html += '<article class="post" data-post-id="' + p.id + '"><h3 class="post-subject">' + esc(a.subject) + '</h3>' +
                '<div class="post-body">' + (a.body || '') + '</div>';
        if (a.attachment) {
          html += '<a class="post-attachment" href="' + a.attachment + '" target="_blank" rel="noopener">' +
                  esc(a.attachment_caption || a.attachment) + '</a>';
        }
        html += '</article>';
      });
      html += '</section>';
    });
    document.getElementById('app').innerHTML = html + '</div>';
  });
})();
"""


def site_khaosamyot(out: Builders2Out) -> None:
    host = PADLET_SITE
    ag = agency("เขาสามยอด", "เมืองลพบุรี", "ลพบุรี", "khaosamyot", "15000",
                ["นายสมชาย ใจดี", "นายบุญมา ทองคำ", "นางสาวพรทิพย์ แสงจันทร์"], ["081-444-5501", "081-444-5502", "081-444-5503"])
    ag["map"] = "14.83,100.64"
    modes = {"O6": "half", "O12": "stale", "O15": "dead", "O21": "nofile", "O24": "denial"}
    photos(out, host, ag)
    board = f"https://padlet.com/{BOARD}"
    menu = [("หน้าแรก", "/index.php"), ("โครงสร้าง", "/index.php?op=structure"),
            ("คณะผู้บริหาร", "/index.php?op=executives"), ("ข่าวประชาสัมพันธ์", "/index.php?op=news"),
            ("E-Service", "/index.php?op=eservice"), ("ร้องเรียนการทุจริต", "/index.php?op=complaint"),
            ("ติดต่อเรา", "/index.php?op=contact"), ("ITA 2569 (Padlet)", board)]

    def page(title: str, body: str) -> str:
        return cms_page(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.เขาสามยอด")
    own_pages(out, host, ag, page, {k: f"index.php@op={k}" for k in KINDS}, form, "/index.php?op=complaint_send")
    inline = {c: f"https://{host}/index.php?op={k}" for c, k in INLINE_KIND.items()}
    where = f"Padlet {board}"
    sections, wishes, verdicts = [], [], {}
    post_id = 3301170000
    for sub, _name, numbers in SUB:
        for n in numbers:
            code = f"O{n}"
            sec_id = 88410000 + n
            sections.append({"id": sec_id, "type": "wall_section",
                             "attributes": {"id": sec_id, "title": f"{code} {html.unescape(TITLE[code])}", "sort_index": n}})
            mode, detail = modes.get(code, "ok"), ""
            posts: list[dict] = []
            if code in INLINE:
                posts.append({"subject": html.unescape(TITLE[code]), "body": f"<p>ตัวชี้วัดย่อยที่ {sub}</p>",
                              "attachment": inline[code], "attachment_caption": inline[code]})
                detail = f"โพสต์ลิงก์ {inline[code]}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code])
            elif mode == "nofile":
                posts.append({"subject": "-", "body": "", "attachment": ""})
            elif mode == "denial":
                posts.append({"subject": html.unescape(TITLE[code]), "body": "<p>อยู่ระหว่างดำเนินการ</p>", "attachment": ""})
            else:
                for stem, title, body in docs(code, ag, mode):
                    url = f"https://{UPLOADS}/{WALL}/{bid(host, code, stem)[:32]}/{padlet_name(code, title)}"
                    if mode == "dead":
                        detail = url
                    else:
                        out.pdf(UPLOADS, url.split(UPLOADS, 1)[1], title, body)
                    posts.append({"subject": html.unescape(title), "body": f"<p>ตัวชี้วัดย่อยที่ {sub}</p>",
                                  "attachment": url, "attachment_caption": padlet_name(code, title)})
                    if code in SHEETS and mode != "dead":
                        xurl = url[:-4] + ".xlsx"
                        out.xlsx(UPLOADS, xurl.split(UPLOADS, 1)[1], title, [SHEETS[code], *sheet_rows(code, stem, mode)])
                        posts.append({"subject": html.unescape(title) + " (Excel)", "body": "",
                                      "attachment": xurl, "attachment_caption": padlet_name(code, title)[:-4] + ".xlsx"})
            for k, post in enumerate(posts):
                post_id += 1
                wishes.append({"id": post_id, "type": "wish", "attributes": {
                    "id": post_id, "wall_id": WALL, "wall_section_id": sec_id, "sort_index": k, "published": True,
                    "author_id": 61620033, "created_at": "2026-04-03T02:15:00.000Z", **post}})
            verdicts[code] = judge(code, ag, mode, f"{where} คอลัมน์ {code}", detail)
    out.text("padlet.com", f"{BOARD}/index.html", PADLET_SHELL.format(
        title="ITA 2569 อบต.เขาสามยอด", description="การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569 "
        "องค์การบริหารส่วนตำบลเขาสามยอด", board=BOARD, wall=WALL, hashid=BOARD.rsplit("-", 1)[1]))
    out.text("padlet.com", "packs/js/surface-4e2a91f7.js", PADLET_JS)
    out.text("padlet.com", "packs/css/surface-6b1f0d2c.css", ".surface-shelf{display:flex;overflow-x:auto}"
             ".shelf-column{min-width:280px;margin:8px}.post{background:#fff;border-radius:8px;padding:8px}\n")
    out.text("padlet.com", f"api/5/wall_sections@wall_id={WALL}", json.dumps({"data": sections}, ensure_ascii=False))
    out.text("padlet.com", f"api/5/wishes@wall_id={WALL}", json.dumps({"data": wishes}, ensure_ascii=False))
    home = (f'<div class="banner"><a href="{board}"><img src="/images/logo.png" alt="ITA 2569"></a>'
            f'<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569: <a href="{board}">ดูบน Padlet</a></p></div>'
            f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69)}")
    out.text(host, "index.php", page("หน้าแรก", home))
    out.text(host, "index.html", page("หน้าแรก", home))
    write_manifest(out, host, {"types": {"/index.php": "text/html"}})
    write_manifest(out, "padlet.com", {"types": {"/api/5/wishes": "application/json",
                                                 "/api/5/wall_sections": "application/json"}})
    out.write_expected(host, "spa_padlet_board: a vendor CMS whose menu and home banner link a public Padlet board "
                       "(Shelf: one column per item) drawn by Padlet's app from /api/5/wall_sections and /api/5/wishes; "
                       "posts attach files on padlet-uploads (Thai names turned to underscores) or the agency's pages.",
                       site_meta("khaosamyot", "spa_padlet_board", ag, "Khao Sam Yot SAO", "อบต.", "ลพบุรี",
                                 f"https://{host}/"), verdicts)


# ----------------------------------------------------------------------------------------------------------------
# 2. spa_canva_site: the agency's name forwards to its Canva website, every page drawn from its JSON

CANVA_SHELL = """<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta property="og:title" content="{title}">
<meta property="og:type" content="website">
<meta name="generator" content="Canva">
<link rel="icon" href="/_assets/media/0b5c1e7a9f3d4a2b.png">
<link rel="stylesheet" href="/_assets/css/site.7c3d2a.css">
</head>
<body>
<noscript>You need to enable JavaScript to view this website.</noscript>
<div id="root"></div>
<script type="application/json" id="page-data">{data}</script>
<script src="/_assets/js/main.4f8a1c2e.js"></script>
</body>
</html>
"""

CANVA_JS = r"""/* main: draws the page's blocks (text boxes, buttons, images) and the site's navigation from #page-data */
(function () {
  'use strict';
  var d = JSON.parse(document.getElementById('page-data').textContent);
  var html = '<header class="site-nav"><span class="brand">' + d.site + '</span><nav>';
  d.nav.forEach(function (n) { html += '<a href="' + n.href + '">' + n.label + '</a>'; });
  html += '</nav></header><main>';
  d.blocks.forEach(function (b) {
    if (b.type === 'heading') { html += '<h2 class="heading">' + b.text + '</h2>'; }
    else if (b.type === 'text') { html += '<div class="text-box">' + b.html + '</div>'; }
    else if (b.type === 'button') { html += '<a class="button" href="' + b.href + '" target="_blank">' + b.label + '</a>'; }
    else if (b.type === 'image') { html += '<img src="' + b.src + '" alt="' + (b.alt || '') + '">'; }
  });
  document.getElementById('root').innerHTML = html + '</main><footer>' + d.footer + '</footer>';
})();
"""

CANVA_NAV = [("หน้าแรก", "/"), ("โครงสร้าง", "/structure"), ("ผู้บริหาร", "/executives"), ("ข่าวสาร", "/news"),
             ("E-Service", "/e-service"), ("ร้องเรียน", "/complaint"), ("ติดต่อเรา", "/contact"), ("ITA 2569", "/ita-2569")]


def canva_page(out: Builders2Out, ag: dict, slug: str, title: str, blocks: list[dict]) -> None:
    data = {"site": ag["name"], "nav": [{"label": t, "href": h} for t, h in CANVA_NAV], "blocks": blocks,
            "footer": f"{ag['name']} {ag['address']} โทรศัพท์ {ag['phone']}"}
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    out.text(CANVA, f"{slug}/index.html" if slug else "index.html",
             CANVA_SHELL.format(title=f"{title} | {ag['name']}", data=text))


def canva_design(out: Builders2Out, key: str, title: str, body: str) -> str:
    """A design shared by Canva's "view" link: Canva's application draws it; the page served has its title only."""
    did = "DA" + BL + bid(key)[:7].upper()
    path = f"design/{did}/{bid(key, 'k')[:22]}/view"
    out.text("www.canva.com", f"{path}/index.html",
             f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
             f'<meta property="og:title" content="{html.escape(title)}"><meta property="og:type" content="website">'
             f'<meta property="og:description" content="สร้างด้วย Canva"></head><body><div id="root"></div>'
             f'<script nonce="bL69">window.__canva_design__ = {{"id": "{did}", "pages": 2}};</script>'
             f'<script src="https://static.canva.com/web/viewer.4b1e2f.js" crossorigin="anonymous"></script>'
             f'</body></html>')
    return f"https://www.canva.com/{path}"


def site_thamuang(out: Builders2Out) -> None:
    ag = agency("ท่าม่วง", "ท่าม่วง", "กาญจนบุรี", "thamuang", "71110",
                ["นายประยูร ศรีสุข", "นายเกรียงไกร วงศ์ทอง", "นางวิไลวรรณ มีสุข"], ["081-555-6601", "081-555-6602", "081-555-6603"])
    ag["map"] = "13.95,99.63"
    modes = {"O7": "stale", "O11": "half", "O14": "deleted", "O22": "nofile", "O25": "denial"}
    designs = {"O8", "O19"}
    photos(out, CANVA, ag)
    form = out.form(f"{CANVA}/eservice", "ยื่นคำร้องออนไลน์ อบต.ท่าม่วง")
    complaint_form = out.form(f"{CANVA}/complaint", "แจ้งเรื่องร้องเรียนการทุจริต อบต.ท่าม่วง")
    slugs = {"structure": "structure", "executives": "executives", "contact": "contact", "news": "news",
             "eservice": "e-service", "complaint": "complaint"}
    pages: dict[str, str] = {}

    def page(title: str, body: str) -> str:   # own_pages writes each page through this: kept for the Canva JSON
        return json.dumps({"title": title, "body": body}, ensure_ascii=False)
    own_pages(out, CANVA, ag, page, {k: f"_own/{k}" for k in KINDS}, form, complaint_form)
    for kind, slug in slugs.items():
        src = out.dest / CANVA / "_own" / kind
        got = json.loads(src.read_text(encoding="utf-8"))
        pages[kind] = got["title"]
        canva_page(out, ag, slug, got["title"], [{"type": "heading", "text": got["title"]}, {"type": "text", "html": got["body"]}])
    shutil.rmtree(out.dest / CANVA / "_own")
    base = f"https://{CANVA}"
    where = f"หน้า {base}/ita-2569"
    blocks: list[dict] = [{"type": "heading", "text": "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569"},
                          {"type": "text", "html": f"<p>{ag['name']} อำเภอท่าม่วง จังหวัดกาญจนบุรี</p>"}]
    verdicts = {}
    for sub, name, numbers in SUB:
        blocks.append({"type": "heading", "text": f"ตัวชี้วัดย่อยที่ {sub} {name}"})
        for n in numbers:
            code = f"O{n}"
            mode, detail = modes.get(code, "ok"), ""
            blocks.append({"type": "text", "html": f"<p><strong>{code}</strong> {TITLE[code]}</p>"})
            if code in INLINE:
                href = f"{base}/{slugs[INLINE_KIND[code]]}"
                blocks.append({"type": "button", "label": "เปิดหน้า", "href": href})
                detail = f"หน้า {href}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code])
            elif mode == "nofile":
                blocks.append({"type": "text", "html": "<p>-</p>"})
            elif mode == "denial":
                blocks.append({"type": "text", "html": "<p>อยู่ระหว่างดำเนินการ</p>"})
            elif code in designs:
                titles = []
                for stem, title, body in docs(code, ag, mode):
                    url = canva_design(out, f"{code}/{stem}", html.unescape(title), body)
                    blocks.append({"type": "button", "label": "เปิดเอกสาร", "href": url})
                    titles.append(html.unescape(title))
                detail = "เอกสารบน Canva (ผู้อ่านเปิดดูในตัวแสดงของ Canva): " + " + ".join(titles)
            else:
                for stem, title, body in docs(code, ag, mode):
                    fid = "1" + BL + bid(CANVA, code, stem)[:28]
                    url = f"https://drive.google.com/file/d/{fid}/view?usp=sharing"
                    if mode == "deleted":
                        detail = url
                    else:
                        out.drive(fid, f"{code}_{stem}.pdf", f"<h2>{title}</h2>{body}")
                    blocks.append({"type": "button", "label": "เปิดเอกสาร", "href": url})
                    if code in SHEETS and mode != "deleted":
                        xid = "1" + BL + bid(CANVA, code, stem, "xlsx")[:28]
                        grid = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>"
                                       for row in [SHEETS[code], *sheet_rows(code, stem, mode)])
                        out.drive(xid, f"{code}_{stem}.xlsx", f'<h2>{title}</h2><table class="waffle">{grid}</table>')
                        blocks.append({"type": "button", "label": "เปิดไฟล์ Excel",
                                       "href": f"https://drive.google.com/file/d/{xid}/view?usp=sharing"})
            verdicts[code] = judge(code, ag, mode, f"{where} กล่อง {code}", detail)
    canva_page(out, ag, "ita-2569", "ITA 2569", blocks)
    canva_page(out, ag, "", "หน้าแรก", [
        {"type": "image", "src": "/_assets/media/3e9a7c1b5d2f8e40.png", "alt": ""},
        {"type": "heading", "text": ag["name"]},
        {"type": "text", "html": f"<p>ยินดีต้อนรับสู่เว็บไซต์{ag['name']} อำเภอท่าม่วง จังหวัดกาญจนบุรี</p>"},
        {"type": "button", "label": "การเปิดเผยข้อมูลสาธารณะ ITA 2569", "href": "/ita-2569"},
        {"type": "heading", "text": "ข่าวประชาสัมพันธ์"}, {"type": "text", "html": news_list(NEWS69)}])
    out.text(CANVA, "_assets/js/main.4f8a1c2e.js", CANVA_JS)
    out.text(CANVA, "_assets/css/site.7c3d2a.css", "body{font-family:sans-serif}.button{display:inline-block;padding:8px}\n")
    for media in ("0b5c1e7a9f3d4a2b", "3e9a7c1b5d2f8e40"):
        out.png(CANVA, f"_assets/media/{media}.png", 90)
    write_manifest(out, CANVA, {})
    write_manifest(out, CANVA_SITE, {"moved_to": f"https://{CANVA}"})
    out.write_expected(CANVA_SITE, "spa_canva_site: the registry name forwards (301) to the agency's Canva website, "
                       "every page drawn by the site's script from the page's JSON; the OIT page's buttons open Drive "
                       "files, Canva designs in Canva's viewer (O8, O19), the site's own pages and a Google Form.",
                       site_meta("thamuang", "spa_canva_site", ag, "Tha Muang SAO", "อบต.", "กาญจนบุรี",
                                 f"http://{CANVA_SITE}/"), verdicts)

# ----------------------------------------------------------------------------------------------------------------
# 3. gsites_published_embeds: a new Google Site whose item pages embed Docs, Sheets and Slides published to the web

SLIDES_JS = r"""/* punch viewer: draws every slide of viewerData as an SVG page; the first one shown, the others behind "next" */
(function () {
  'use strict';
  var c = document.querySelector('.punch-viewer-content'), html = '';
  viewerData.slides.forEach(function (lines, i) {
    html += '<svg class="punch-viewer-svgpage" viewBox="0 0 960 540" style="display:' + (i ? 'none' : 'block') + '">' +
            '<g class="punch-viewer-svgpage-svgcontainer">';
    lines.forEach(function (t, k) { html += '<text x="40" y="' + (60 + 40 * k) + '"><tspan>' + t + '</tspan></text>'; });
    html += '</g></svg>';
  });
  c.innerHTML = html;
})();
"""


# What every page of Google's editors carries before its content: timing marks and the client's feature flags
# (trimmed: the served page holds some hundred kilobytes of them)
DOCS_PREAMBLE = ("var DOCS_timing={}; DOCS_timing['pls']=new Date().getTime(); var _docs_flag_initialData = "
                 + json.dumps({f"docs-{name}-{k}": (k % 3 == 0) or f"v{k}" for k, name in enumerate(
                     ["punch-viewer", "sup", "ccdu", "ecdh", "eaotx", "ebrfdo", "ecscm", "edmitm", "eemt", "efpsf",
                      "egf", "eiof", "elicm", "emcp", "epq", "erd", "esf", "etdimo", "etiff", "etsonc", "fwds", "hbs",
                      "hca", "hpsu", "lsa", "mdlsp", "nrcn", "plsm", "pmbrt", "ppcr", "rlmp", "sdbs", "smheo", "snrs",
                      "sprs", "tdpcl", "tiff", "uptc", "vcdr", "wcat"] * 3)}) + ";")


def pub_id(kind: str, key: str) -> str:
    return "2PACX-1v" + BL + bid(kind, key)[:40]


def docs_published(out: Builders2Out, key: str, title: str, body: str) -> str:
    """A Google Doc published to the web (``/pub``), as its embed code frames it (``?embedded=true``)."""
    did = pub_id("doc", key)
    paras = "".join(f'<p class="c1"><span class="c0">{p}</span></p>' for p in re.findall(r"<p>(.*?)</p>", body, re.S))
    out.text("docs.google.com", f"document/d/e/{did}/pub@embedded=true",
             f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:title" content="{title}">'
             f'<title>{title}</title></head><body class="c4 doc-content"><p class="c2 title"><span class="c5">{title}'
             f'</span></p>{paras}</body></html>')
    return f"https://docs.google.com/document/d/e/{did}/pub?embedded=true"


def sheets_published(out: Builders2Out, key: str, title: str, rows: list[list]) -> str:
    """A Google Sheet published to the web as its embed code frames it (``pubhtml?widget=true&headers=false``)."""
    sid = pub_id("sheet", key)
    body = "".join("<tr>" + "".join(f'<td class="s{1 if r == 0 else 2}" dir="ltr">{c}</td>' for c in row) + "</tr>"
                   for r, row in enumerate(rows))
    out.text("docs.google.com", f"spreadsheets/d/e/{sid}/pubhtml@widget=true&headers=false",
             f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body><div id="sheets-viewport">'
             f'<div id="0" style="display:block"><div class="ritz grid-container" dir="ltr"><table class="waffle" '
             f'cellspacing="0" cellpadding="0"><tbody>{body}</tbody></table></div></div></div></body></html>')
    return f"https://docs.google.com/spreadsheets/d/e/{sid}/pubhtml?widget=true&headers=false"


def slides_published(out: Builders2Out, key: str, title: str, slides: list[list[str]]) -> str:
    """A Google Slides deck published to the web, as its embed code frames it (``/embed?start=false…``): the served
    page holds the deck's title and its slides as data; the viewer's script draws them."""
    pid = pub_id("slides", key)
    data = json.dumps({"title": title, "slides": slides}, ensure_ascii=False).replace("</", "<\\/")
    out.text("docs.google.com", f"presentation/d/e/{pid}/embed@start=false&loop=false&delayms=3000",
             f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)} - Google สไลด์</title>'
             f'<meta property="og:title" content="{html.escape(title)}"><meta name="viewport" content="width=device-width">'
             f'</head><body class="punch-viewer-body"><div class="punch-viewer-container"><div class="punch-viewer-content" '
             f'role="presentation"></div></div><div class="punch-viewer-nav-v2"><div class="punch-viewer-navbar-prev" '
             f'role="button" aria-label="ก่อนหน้า"></div><div class="punch-viewer-navbar-next" role="button" '
             f'aria-label="ถัดไป"></div></div><script nonce="bL69">{DOCS_PREAMBLE}</script>'
             f'<script nonce="bL69">var viewerData = {data};</script>'
             f'<script src="/static/presentation/client/js/punch_viewer_core__th.js"></script></body></html>')
    out.text("docs.google.com", "static/presentation/client/js/punch_viewer_core__th.js", SLIDES_JS)
    return f"https://docs.google.com/presentation/d/e/{pid}/embed?start=false&loop=false&delayms=3000"


def gs_frame(src: str, height: int = 600) -> str:
    """An embed box of new Google Sites ("ฝัง" > "ตามURL" or embed code): the outside page in an iframe."""
    return (f'<div class="WIdY2d M1aSXe"><div class="YMEQtf"><iframe class="YMEQtf" frameborder="0" allowfullscreen '
            f'src="{html.escape(src)}" width="100%" height="{height}"></iframe></div></div>')


def site_phonngam(out: Builders2Out) -> None:
    from farm.builders.heldout_sites import gs_page
    from farm.builders.reading_sites_content import gs_text

    host = GSITE_SITE
    ag = agency("โพนงาม", "กมลาไสย", "กาฬสินธุ์", "phonngam", "46130",
                ["นายทองใบ ศรีภูมิ", "นายสมบัติ นาคำ", "นางสาวกัลยา พลทอง"], ["081-666-7701", "081-666-7702", "081-666-7703"])
    ag["map"] = "16.33,103.58"
    modes = {"O6": "half", "O12": "stale", "O14": "unpublished", "O22": "denial", "O24": "nofile",
             "O4": "facebook", "O10": "lineoa"}
    slides = {"O7", "O19", "O26"}
    sheets = {"O11", "O12", "O18"}
    base = f"https://sites.google.com/view/{GSITE}"
    fb = "https://www.facebook.com/phonngamsao/"
    line = "https://lin.ee/pNgm69Q"
    out.text("www.facebook.com", "phonngamsao/index.html",
             '<!DOCTYPE html><html lang="th" id="facebook"><head><meta charset="utf-8"><title>Facebook</title>'
             '<meta property="og:title" content="องค์การบริหารส่วนตำบลโพนงาม"></head><body><div class="_585n"><h2>'
             'คุณต้องเข้าสู่ระบบเพื่อดำเนินการต่อ</h2><form id="login_form" action="/login/device-based/regular/login/" '
             'method="post"><input name="email"><input type="password" name="pass"><button name="login">เข้าสู่ระบบ'
             '</button></form></div></body></html>')
    out.text("lin.ee", "pNgm69Q/index.html", '<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>LINE Add Friend</title>'
             '<meta property="og:title" content="อบต.โพนงาม"></head><body><div class="MdBox"><h1>อบต.โพนงาม</h1>'
             '<p>เพิ่มเพื่อนเพื่อรับข่าวสารและใช้บริการออนไลน์ สแกนคิวอาร์โค้ดด้วยแอป LINE</p><img src="/qr.png" alt="QR">'
             '</div></body></html>')
    pages: dict[str, list[str]] = {}
    verdicts = {}
    subs = []
    for sub, name, numbers in SUB:
        slug = "ita-" + sub.replace(".", "-")
        subs.append((f"{sub} {name}", f"{base}/{slug}", slug))
        sections = [gs_text(f"ตัวชี้วัดย่อยที่ {sub} {name}", heading=f"ตัวชี้วัดย่อยที่ {sub}")]
        for n in numbers:
            code = f"O{n}"
            mode, detail = modes.get(code, "ok"), ""
            where = f"Google Sites {base}/{slug} กล่อง {code}"
            sections.append(gs_text(heading=f"{code} {TITLE[code]}"))
            if code == "O4":
                sections.append(gs_text(f'ข่าวประชาสัมพันธ์ของ อบต. ติดตามได้ที่ <a href="{fb}">Facebook อบต.โพนงาม</a>'))
                verdicts[code] = ("unchecked", f"{where}: ข่าวอยู่เฉพาะบนเพจ Facebook {fb} ซึ่งต้องเข้าสู่ระบบก่อนจึงจะอ่านได้")
                continue
            if code == "O10":
                sections.append(gs_text(f'ขอรับบริการออนไลน์ผ่าน LINE Official Account <a href="{line}">@phonngamsao</a>'))
                verdicts[code] = ("unchecked", f"{where}: E-Service มีเฉพาะใน LINE OA {line} (ต้องเพิ่มเพื่อนในแอป LINE จึงจะเห็นบริการ)")
                continue
            if code in INLINE:
                text = {"O1": "โครงสร้างองค์กร: ฝ่ายการเมือง นายก รองนายก เลขานุการนายก สมาชิกสภา ฝ่ายประจำ ปลัด รองปลัด "
                              "สำนักปลัด กองคลัง กองช่าง กองการศึกษา; หน้าที่และอำนาจ: จัดให้มีและบำรุงรักษาทางน้ำและทางบก "
                              "รักษาความสะอาดของถนน ทางน้ำ ทางเดิน ป้องกันโรคและระงับโรคติดต่อ",
                        "O2": "ผู้บริหาร: " + " ".join(f"{nm} {pos} โทร {ph}" for (nm, pos), ph in zip(ag["execs"], ag["exec_phone"])),
                        "O3": f"ที่อยู่ {ag['address']} โทรศัพท์ {ag['phone']} โทรสาร {ag['fax']} อีเมล {ag['email']} "
                              f"ช่องทางสอบถาม LINE OA @phonngamsao",
                        "O17": f"แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ: โทรศัพท์ {ag['phone']} อีเมล {ag['email']} "
                               f"หรือแบบฟอร์มออนไลน์"}[code]
                sections.append(gs_text(text))
                if code == "O2":   # the photos, uploaded to the Site (Google keeps them on googleusercontent.com)
                    sections.append("".join(f'<div class="t3iYD"><img src="https://lh3.googleusercontent.com/sitesv/'
                                            f'{BL}{bid(host, nm)[:24]}=w400" class="CENy8b" alt="{nm}"></div>'
                                            for nm, _ in ag["execs"]))
                if code == "O3":
                    sections.append(gs_frame(out.gmap(ag["map"], ag["name"]), 300))
                if code == "O17":
                    form = out.form(f"{host}/complaint", "แจ้งเรื่องร้องเรียนการทุจริต อบต.โพนงาม")
                    sections.append(gs_frame(form, 800))
                verdicts[code] = ("pass", f"{where}: " + {"O1": "โครงสร้างและหน้าที่และอำนาจในกล่องข้อความ",
                                                         "O2": exec_why(ag), "O3": "ที่อยู่ โทร โทรสาร อีเมล แผนที่ และช่องทางสอบถาม (LINE)",
                                                         "O17": "ช่องทางร้องเรียน (โทรศัพท์ อีเมล แบบฟอร์ม Google Form)"}[code])
                continue
            if mode == "denial":
                sections.append(gs_text("อยู่ระหว่างดำเนินการ"))
            elif mode == "nofile":
                sections.append(gs_text("-"))
            else:
                titles = []
                for stem, title, body in docs(code, ag, "ok" if mode == "unpublished" else mode):
                    plain = html.unescape(title)
                    titles.append(plain)
                    key = f"{host}/{code}/{stem}"
                    if code in slides:
                        lines = [plain] + [re.sub("<[^>]+>", "", p) for p in re.findall(r"<p>(.*?)</p>", body, re.S)]
                        url = slides_published(out, key, plain, [lines[:1], lines[1:]])
                    elif code in sheets and code in SHEETS:
                        url = sheets_published(out, key, plain, [[plain], SHEETS[code], *sheet_rows(code, stem, mode)])
                    elif code in sheets:   # O12: the summary typed in a sheet
                        rows = [[plain]] + [[re.sub("<[^>]+>", "", p)] for p in re.findall(r"<p>(.*?)</p>", body, re.S)]
                        url = sheets_published(out, key, plain, rows)
                    elif mode == "unpublished":
                        url = f"https://docs.google.com/document/d/e/{pub_id('doc', key)}/pub?embedded=true"
                        detail = url
                    else:
                        url = docs_published(out, key, plain, body)
                    sections.append(gs_frame(url))
                if mode == "ok" and not detail:
                    detail = " + ".join(titles)
            if mode == "unpublished":
                verdicts[code] = ("broken", f"{where}: เอกสาร Google Docs ที่ฝังไว้ {detail} ถูกยกเลิกการเผยแพร่ "
                                            "(Google ตอบ 404 ไม่มีเอกสาร)")
            else:
                verdicts[code] = judge(code, ag, mode, where, detail)
        pages[slug] = sections
    nav = [("หน้าแรก", f"{base}/home", []), ("ITA 2569", f"{base}/ita-2569", [(t, h) for t, h, _ in subs])]
    site_title = "ITA 2569 อบต.โพนงาม"
    for slug, sections in pages.items():
        title = next(t for t, _, s in subs if s == slug)
        out.text("sites.google.com", f"view/{GSITE}/{slug}/index.html", gs_page(f"{base}/home", site_title, title, nav, sections))
    out.text("sites.google.com", f"view/{GSITE}/home/index.html", gs_page(f"{base}/home", site_title, "หน้าแรก", nav, [
        gs_text(f"การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569 {ag['name']}", heading="ITA 2569")]))
    out.text("sites.google.com", f"view/{GSITE}/ita-2569/index.html", gs_page(f"{base}/home", site_title, "ITA 2569", nav, [
        gs_text(*[f'<a href="{h}">ตัวชี้วัดย่อยที่ {t}</a>' for t, h, _ in subs], heading="การเปิดเผยข้อมูลสาธารณะ (OIT)")]))
    photos(out, host, ag)
    home = (f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{ag["name"]}</title></head><body>'
            f'<div id="header"><img src="/images/logo.png" alt="ตราสัญลักษณ์"><h1>{ag["name"]}</h1><p>อำเภอกมลาไสย '
            f'จังหวัดกาฬสินธุ์</p></div><ul id="menu"><li><a href="/">หน้าแรก</a></li><li><a href="{base}/home">'
            f'ITA 2569</a></li><li><a href="{fb}">Facebook</a></li></ul><div id="content"><h2>ยินดีต้อนรับ</h2>'
            f'<p>เว็บไซต์{ag["name"]} ข้อมูลการเปิดเผยข้อมูลสาธารณะอยู่ในเมนู ITA 2569</p>{news_list(NEWS69[:2])}</div>'
            f'<div id="footer">{ag["name"]} {ag["address"]} โทรศัพท์ {ag["phone"]}</div></body></html>')
    out.text(host, "index.html", home)
    write_manifest(out, host, {})
    out.write_expected(host, "gsites_published_embeds: a small own site whose menu opens a new Google Site; each item's "
                       "box embeds a Google Doc / Sheet / Slides deck published to the web (pub?embedded=true, "
                       "pubhtml?widget=true, presentation …/embed, drawn by the viewer's script); O4's news only on a "
                       "Facebook page behind its login wall, O10's E-Service only in a LINE OA.",
                       site_meta("phonngam", "gsites_published_embeds", ag, "Phon Ngam SAO", "อบต.", "กาฬสินธุ์",
                                 f"https://{host}/"), verdicts)


def build(dest: Path = SITES_DIR) -> None:
    for host in (*HOSTS, CANVA):
        shutil.rmtree(dest / host, ignore_errors=True)
    for pattern in OUTSIDE:
        for old in dest.glob(pattern):
            shutil.rmtree(old) if old.is_dir() else old.unlink()
    out = Builders2Out(dest)
    site_khaosamyot(out)
    site_thamuang(out)
    site_phonngam(out)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
