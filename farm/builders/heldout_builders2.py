"""Two held-out ITA 2569 sites whose OIT lives on a site builder or a board the farm lacked (issue 19, round 9, lane
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

PADLET_SITE, CANVA_SITE = "www.khaosamyot-sao.go.th", "www.thamuang-sao.go.th"
HOSTS = (PADLET_SITE, CANVA_SITE)
CANVA = "thamuangsao.my.canva.site"
WALL = 2954417301                                   # the board's wall id
BOARD = "khaosamyotsao/ita2569-q8w3e5r7t9y2u4i6"
UPLOADS = "padlet-uploads.storage.googleapis.com"
BL = "bL69"                                          # this builder's outside ids (Drive, Forms, Canva designs)
OUTSIDE = [f"drive.google.com/file/d/1{BL}*", f"docs.google.com/forms/d/e/1FAIpQL{BL}*", f"www.canva.com/design/DA{BL}*",
           f"padlet.com/{BOARD.split('/')[0]}", f"padlet.com/api/5/*wall_id={WALL}", f"{UPLOADS}/{WALL}"]


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


def build(dest: Path = SITES_DIR) -> None:
    for host in (*HOSTS, CANVA):
        shutil.rmtree(dest / host, ignore_errors=True)
    for pattern in OUTSIDE:
        for old in dest.glob(pattern):
            shutil.rmtree(old) if old.is_dir() else old.unlink()
    out = Builders2Out(dest)
    site_khaosamyot(out)
    site_thamuang(out)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
