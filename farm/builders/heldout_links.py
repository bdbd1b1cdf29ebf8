"""Three held-out ITA 2569 sites whose evidence is reached through other hosts' wrappers and spaces (issue 19,
round 7, lane "links").

Run from the repository root:  python -m farm.builders.heldout_links

  www.khorsai.go.th        อบต.คอทราย (ค่ายบางระจัน สิงห์บุรี)        shortener_index
      A vendor CMS (``index.php?op=…``) whose OIT 2569 table links about half its rows through URL shorteners, as
      web officers paste them from LINE: ``https://bit.ly/<code>`` (301) to Google Drive files' /view pages,
      ``https://shorturl.asia/<code>`` (302) to the agency's own PDFs, ``https://tinyurl.com/<code>`` (301) to the
      Google Docs viewer wrapping an own PDF (``docs.google.com/viewer?url=<pdf>&embedded=true``), ``https://s.id/
      <code>`` (302) to a Drive folder; the E-Service page's form is ``https://forms.gle/<code>`` (302 to the
      Google Form). The other rows are plain links to PDFs under /uploads/.
      Wrong: O6 (shorturl.asia → own PDF) covers 3 months (partial), O13 (shorturl.asia → own PDF) is the 2568 HR
      plan (partial), O14's bit.ly leads to a Drive file that was deleted (Drive 404: broken), O19's shorturl.asia
      code is unknown to the shortener (its 404 page: broken), O21 row "-" (missing), O24 "อยู่ระหว่างดำเนินการ"
      (missing).
      Markup source: bit.ly/tinyurl answer ``301 Moved Permanently`` with ``Location`` (RFC 9110 §15.4.2), s.id and
      shorturl.asia ``302``; the Docs viewer address form ``viewer?url=…&embedded=true`` as its embed code writes it.

  plaengyao.go.th          อบต.แปลงยาว (แปลงยาว ฉะเชิงเทรา)           blogspot_oit
      The agency's own site (a plain LAO template) links "ITA 2569" in its menu and on its home page to a Blogger
      blog, ``https://plaengyao-ita2569.blogspot.com/``: its front post is the OIT index (a table, one row per
      item, linking a post per item ``/2026/03/o5.html``, and the agency's own pages for O1–O4, O10, O17). Each
      post (Blogger's server-rendered ``div.post-body.entry-content``) shows its document in an iframe: a Drive
      ``/file/d/<id>/preview`` with a "ดาวน์โหลด" link to ``/view``, or the Docs viewer
      (``docs.google.com/gview?url=<own PDF>&embedded=true``) of a PDF on the agency's host; O7's annual report is a
      heyzine flipbook; O19's post has a YouTube clip of the meeting beside the report on Drive.
      Wrong: O8's post says "อยู่ระหว่างดำเนินการ" (missing), O11 on Drive covers 3 months (partial), O13 on Drive
      is the 2568 HR plan (partial), O20's viewer wraps an own PDF that answers 404 (broken), O23 row "-" and no
      post (missing).
      Markup source: Blogger's layout widgets (``div.widget.Blog#Blog1``, ``div.post.hentry``,
      ``h3.post-title.entry-title``, ``div.post-body.entry-content``, ``BlogArchive``/``Label`` sidebars), Drive's
      and the Docs viewer's embed codes, heyzine's ``/flip-book/<id>.html`` form.

  www.lohjood.go.th        อบต.โละจูด (แว้ง นราธิวาส)                 flipbook_social
      WordPress (Astra-style): the OIT page /ita2569/ is a ``wp-block-table`` whose rows link mostly PDFs under
      /wp-content/uploads/, and some evidence in other spaces: O5's plan as a FlipHTML5 book
      (``online.fliphtml5.com/<user>/<book>/``, pages drawn by script from config.js), O9's manual as a heyzine
      flipbook, O7's annual report as an AnyFlip book, O12 and O22 as OneDrive share links (``https://1drv.ms/b/s!…``
      301 to ``onedrive.live.com/redir?…``, a script-built viewer), O4 links a Facebook post (a login wall to a
      robot; the site's news page is in its menu too), O19 the report PDF and a Facebook post of the meeting.
      Wrong: O7's AnyFlip book is the 2567 annual report (partial), O13 the 2568 HR plan (partial), O16's PDF
      answers 404 (broken), O21 row "-" (missing), O24 "อยู่ระหว่างดำเนินการ" (missing).
      Markup source: WordPress ``wp-block-table``; FlipHTML5/AnyFlip book layout (``javascript/config.js``), the
      OneDrive ``1drv.ms/b/s!`` share form.

Every verdict was written before any engine run, as a careful assessor with a browser gives it (a person clicks a
short link and reads where it lands; reads a flipbook, a Drive file, a OneDrive file, a public Facebook post), with
heldout_sites.py's rules (wrong year, a 3-month report = partial; "-", "อยู่ระหว่างดำเนินการ", no post = missing; a
link a person clicks and gets no document = broken).
"""
from __future__ import annotations

import hashlib
import html
import json
import re
import shutil
import sys
from pathlib import Path
from urllib.parse import quote

from farm.builders.heldout_sites import TITLE, HeldoutOut, docs, judge, lao_page, own_pages, publish_docs, site_meta
from farm.builders.heldout_unforeseen import INLINE_KIND, KINDS, agency, astra_page, cms_page
from farm.builders.ita2569_moit import NEWS69, news_list, write_manifest
from farm.builders.reading_sites_content import INLINE, INLINE_WHY, SHEETS, SUB, exec_why, photos, sheet_rows
from farm.server import SITES_DIR

HOSTS = ("www.khorsai.go.th", "plaengyao.go.th", "www.lohjood.go.th")
BLOG = "plaengyao-ita2569.blogspot.com"
SHORTENERS = ("bit.ly", "shorturl.asia", "tinyurl.com", "s.id", "forms.gle", "1drv.ms")
LK = "1lK69"                     # every outside id written here starts so: a rebuild removes only its own pages
OUTSIDE = [f"drive.google.com/file/d/{LK}*", f"drive.google.com/drive/folders/{LK}*", f"docs.google.com/viewer@*{LK}*",
           "docs.google.com/viewer@*khorsai*", "docs.google.com/gview@*plaengyao*", f"docs.google.com/forms/d/e/*{LK}*",
           "online.fliphtml5.com", "heyzine.com", "online.anyflip.com/lk69", "onedrive.live.com/redir@*",
           f"www.youtube.com/watch@v={LK}*", f"www.youtube.com/embed/{LK}*", "www.facebook.com/lohjood.sao", BLOG,
           *SHORTENERS]


def lid(*parts) -> str:
    return LK + hashlib.sha1("/".join(map(str, parts)).encode()).hexdigest()[:28]


def code62(*parts, size: int = 7) -> str:
    """A shortener's code, stable across rebuilds."""
    n, abc = int(hashlib.sha1("/".join(map(str, parts)).encode()).hexdigest(), 16), \
        "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(abc[(n >> (6 * k)) % len(abc)] for k in range(size))


def drive_docs(out: "LinksOut", host: str, code: str, ag: dict, mode: str, write: bool = True) -> list[tuple[str, str, str]]:
    """heldout_sites.drive_docs under this builder's Drive ids: [(file name, title, view url)]; ``write=False``:
    the files were deleted (Drive answers 404)."""
    files = []
    for stem, title, body in docs(code, ag, mode):
        fid = lid(host, code, stem)
        if write:
            out.drive(fid, f"{code}_{stem}.pdf", f"<h2>{title}</h2>{body}")
        files.append((f"{code}_{stem}.pdf", title, f"https://drive.google.com/file/d/{fid}/view?usp=sharing"))
        if code in SHEETS:
            xid = lid(host, code, stem, "xlsx")
            grid = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>"
                           for row in [SHEETS[code], *sheet_rows(code, stem, mode)])
            if write:
                out.drive(xid, f"{code}_{stem}.xlsx", f'<h2>{title}</h2><table class="waffle">{grid}</table>')
            files.append((f"{code}_{stem}.xlsx", title + " (Excel)", f"https://drive.google.com/file/d/{xid}/view?usp=sharing"))
    return files


class LinksOut(HeldoutOut):
    """HeldoutOut with the shorteners' redirect tables (each shortener host's manifest) kept until the end."""

    def __init__(self, dest: Path):
        super().__init__(dest)
        self.short: dict[str, dict[str, dict[str, str]]] = {h: {"redirect": {}, "found": {}} for h in SHORTENERS}

    def form(self, fid: str, title: str) -> str:
        """heldout_sites' Google Form under this builder's own form id."""
        url = super().form(fid, title)
        old = url.split("/e/")[1].split("/")[0]
        new = "1FAIpQL" + lid("form", fid)
        src = self.dest / "docs.google.com" / "forms" / "d" / "e" / old
        dst = src.with_name(new)
        shutil.rmtree(dst, ignore_errors=True)
        src.rename(dst)
        page = dst / "viewform" / "index.html"
        page.write_text(page.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
        return url.replace(old, new)

    def shorten(self, service: str, target: str, key: str) -> str:
        """A short link on ``service`` to ``target``: bit.ly, tinyurl and 1drv.ms answer 301, the others 302.
        ``target`` empty: a code the shortener does not know (its 404 page)."""
        path = ("/b/s!" + code62(key, target, size=18)) if service == "1drv.ms" else "/" + code62(service, key, target)
        if target:
            self.short[service]["redirect" if service in ("bit.ly", "tinyurl.com", "1drv.ms") else "found"][path] = target
        return f"https://{service}{path}"

    def write_shorteners(self) -> None:
        for service, table in self.short.items():
            write_manifest(self, service, {k: v for k, v in table.items() if v})
            self.text(service, "index.html", f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{service}</title>'
                      '</head><body><h1>Shorten your links</h1></body></html>')

    def viewer(self, form: str, target: str) -> str:
        """The Google Docs viewer wrapping ``target`` (``viewer?url=…&embedded=true`` or ``gview?url=…``): a page
        whose document the viewer's script draws."""
        query = f"url={quote(target, safe='')}&embedded=true"
        self.text("docs.google.com", f"{form}@{query}",
                  f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(target.rsplit("/", 1)[-1])}'
                  '</title></head><body><div id="docs-viewer" class="ndfHFb-c4YZDc"></div><script nonce="lk69">'
                  f'_initProjector({json.dumps({"url": target, "embedded": True})});</script></body></html>')
        return f"https://docs.google.com/{form}?{query}"

    def flipbook(self, host: str, base: str, title: str, pages: list[str], page_url: str | None = None) -> str:
        """A flipbook (FlipHTML5, AnyFlip, heyzine): a title and the pages a script draws from javascript/config.js."""
        self.text(host, f"{base}/javascript/config.js", "var htmlConfig = " + json.dumps(
            {"meta": {"title": title, "pageCount": len(pages)}}, ensure_ascii=False) + ";\nvar fliphtml5_pages = "
            + json.dumps([{"n": p} for p in pages], ensure_ascii=False) + ";\n")
        self.text(host, f"{base}/javascript/LoadingJS.js",
                  "(function(){var b=document.getElementById('flipbook');fliphtml5_pages.forEach(function(p,i){"
                  "var d=document.createElement('div');d.className='page';d.innerHTML=p.n;b.appendChild(d);});})();\n")
        index = page_url or f"{base}/index.html"
        prefix = "../" * index.count("/") if page_url else ""
        self.text(host, index,
                  f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>'
                  f'<meta name="viewport" content="width=device-width"><meta property="og:title" content="{title}">'
                  f'</head><body><div id="flipbook" class="flipbook-container"></div>'
                  f'<script src="{prefix}{base}/javascript/config.js"></script>'
                  f'<script src="{prefix}{base}/javascript/LoadingJS.js"></script></body></html>')
        return f"https://{host}/{index.removesuffix('index.html')}"

    def onedrive(self, key: str, name: str, pages: list[str]) -> str:
        """A OneDrive share: 1drv.ms/b/s!… answers 301 to onedrive.live.com/redir?…, an application shell whose
        viewer a script draws (the file's text is in no HTML the server sends)."""
        rid = lid("od", key)[5:21].upper()
        query = f"resid={rid}%21107&authkey=%21{code62('ak', key, size=14)}&ithint=file%2cpdf"
        self.text("onedrive.live.com", f"redir@{query}",
                  '<!DOCTYPE html><html dir="ltr" lang="th-TH"><head><meta charset="utf-8"><title>Microsoft OneDrive'
                  '</title></head><body><div id="appRoot"></div><script>var $Config=' +
                  json.dumps({"file": name, "resid": rid}) + ';</script><script src="https://res-1.cdn.office.net/files/'
                  'odsp-web-prod_2026-03-20.004/odsp.js"></script></body></html>')
        return self.shorten("1drv.ms", f"https://onedrive.live.com/redir?{query}", key)


def paras(body: str) -> list[str]:
    return re.findall(r"<p>(.*?)</p>", body, re.S)


def own_docs(out: LinksOut, host: str, code: str, ag: dict, mode: str, path_of) -> tuple[list[tuple[str, str]], str]:
    return publish_docs(out, host, code, ag, mode, lambda stem, ext: path_of(code, stem, ext))


def rows_table(rows: list) -> str:
    trs = "".join(f"<tr><td>{sub}</td><td>{code}</td><td>{TITLE[code]}</td><td>{cell}</td></tr>"
                  for code, sub, cell in rows)
    return ('<table class="table table-bordered"><thead><tr><th>ตัวชี้วัดย่อย</th><th>ข้อ</th><th>ข้อมูล</th>'
            '<th>เอกสาร/ลิงก์</th></tr></thead><tbody>' + trs + "</tbody></table>")


def sub_of(code: str) -> str:
    n = int(code[1:])
    return next(f"{s} {name}" for s, name, numbers in SUB if n in numbers)


def anchors(links: list[tuple[str, str]]) -> str:
    return "<br>".join(f'<a href="{html.escape(h)}" target="_blank">{html.escape(t)}</a>' for t, h in links)


# ----------------------------------------------------------------------------------------------------------------
# 1. shortener_index: a vendor CMS whose OIT table links through URL shorteners

def site_khorsai(out: LinksOut) -> None:
    host = HOSTS[0]
    ag = agency("คอทราย", "ค่ายบางระจัน", "สิงห์บุรี", "khorsai", "16150",
                ["นายสมศักดิ์ พึ่งทอง", "นายประเสริฐ อินทร์แก้ว", "นางสาวพัชรี เรืองศรี"],
                ["089-811-2401", "089-811-2402", "089-811-2403"])
    ag["map"] = "14.80,100.29"
    plan = {"O5": ("bitly_drive", "ok"), "O6": ("short_own", "half"), "O7": ("tiny_viewer", "ok"),
            "O9": ("sid_folder", "ok"), "O12": ("bitly_drive", "ok"), "O13": ("short_own", "stale"),
            "O14": ("bitly_drive", "deleted"), "O16": ("tiny_viewer", "ok"), "O19": ("short_unknown", "ok"),
            "O20": ("short_own", "ok"), "O21": ("own", "nofile"), "O22": ("bitly_drive", "ok"),
            "O24": ("own", "denial"), "O25": ("sid_folder", "ok")}
    photos(out, host, ag)
    url = {k: f"/index.php?op={k}" for k in KINDS}
    ita = "/index.php?op=ita2569"
    menu = [("หน้าแรก", "/"), ("โครงสร้าง", url["structure"]), ("ผู้บริหาร", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("E-Service", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("ITA 2569", ita), ("ติดต่อเรา", url["contact"])]

    def page(title, body):
        return cms_page(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.คอทราย")
    own_pages(out, host, ag, page, {k: f"index.php@op={k}" for k in KINDS}, out.shorten("forms.gle", form, "eservice"),
              url["complaint"])
    where = f"หน้า http://{host}{ita}"

    def path_of(c, stem, ext):
        return f"/uploads/ita2569/{c}-{stem}.{ext}"
    rows, verdicts = [], {}
    for _sub, _name, numbers in SUB:
        for n in numbers:
            code = f"O{n}"
            mech, mode = plan.get(code, ("own", "ok"))
            row_where, detail = f"{where} แถว {code}", ""
            if code in INLINE:
                links = [(TITLE[code], url[INLINE_KIND[code]])]
                detail = f"หน้า {links[0][1]}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code])
                if code == "O10":
                    detail += " (แบบคำร้องออนไลน์ผ่านลิงก์ย่อ forms.gle ไปยัง Google Forms)"
            elif mech == "own":
                links, dead = own_docs(out, host, code, ag, mode, path_of)
                detail = f"http://{host}{dead}" if mode == "dead" else ""
            elif mech == "bitly_drive":
                files = drive_docs(out, host, code, ag, mode, write=mode != "deleted")
                links = [(t, out.shorten("bit.ly", u, code)) for _, t, u in files]
                row_where += f" (ลิงก์ย่อ {links[0][1]} → ไฟล์ Google Drive)"
                detail = files[0][2] if mode == "deleted" else ""
            elif mech == "short_own":
                own, _ = own_docs(out, host, code, ag, mode, path_of)
                links = [(t, out.shorten("shorturl.asia", f"http://{host}{h}", code)) for t, h in own]
                row_where += f" (ลิงก์ย่อ {links[0][1]} → PDF บนเว็บไซต์ของ อบต.)"
            elif mech == "tiny_viewer":
                own, _ = own_docs(out, host, code, ag, mode, path_of)
                links = [(t, out.shorten("tinyurl.com", out.viewer("viewer", f"http://{host}{h}"), code)) for t, h in own]
                row_where += f" (ลิงก์ย่อ {links[0][1]} → Google Docs viewer ของ PDF บนเว็บไซต์ของ อบต.)"
            elif mech == "sid_folder":
                files = drive_docs(out, host, code, ag, mode)
                folder = out.drive_folder(lid(host, code, "folder"), f"{code} {TITLE[code][:40]} ปี 2569",
                                          [(name, u) for name, _, u in files])
                links = [(f"{TITLE[code]} (โฟลเดอร์เอกสาร)", out.shorten("s.id", folder, code))]
                row_where += f" (ลิงก์ย่อ {links[0][1]} → โฟลเดอร์ Google Drive)"
            else:                                   # short_unknown: a code the shortener does not know
                links = [(TITLE[code], out.shorten("shorturl.asia", "", code))]
            rows.append((code, sub_of(code), anchors(links) or ("อยู่ระหว่างดำเนินการ" if mode == "denial" else "-")))
            if mech == "short_unknown":
                verdicts[code] = ("broken", f"{row_where}: ลิงก์ย่อ {links[0][1]} ตอบ 404 (ผู้ให้บริการลิงก์ย่อไม่รู้จักรหัสนี้) "
                                            "คลิกแล้วไม่ได้เอกสาร")
            else:
                verdicts[code] = judge(code, ag, mode, where if mode in ("nofile", "absent") else row_where, detail)
    intro = ("<p>องค์การบริหารส่วนตำบลคอทรายเผยแพร่ข้อมูลสาธารณะตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) "
             "ประจำปีงบประมาณ พ.ศ. 2569 คลิกที่ลิงก์เพื่อเปิดเอกสาร</p>")
    out.text(host, "index.php@op=ita2569", page("การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ 2569", intro + rows_table(rows)))
    out.text(host, "index.html", page("หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     f'<p><a href="{ita}"><img src="/images/ita2569.png" alt="ITA 2569"></a></p>'))
    write_manifest(out, host, {"types": {"/index.php": "text/html"}})
    out.write_expected(host, "shortener_index: a vendor CMS whose OIT table links many rows through URL shorteners "
                       "(bit.ly → Drive, shorturl.asia → own PDF, tinyurl → Docs viewer of an own PDF, s.id → Drive "
                       "folder, forms.gle → Google Form); one shortener code unknown (404), one Drive file deleted.",
                       site_meta("khorsai", "shortener_index", ag, "Kho Sai SAO", "อบต.", "สิงห์บุรี", f"http://{host}/"),
                       verdicts)


# ----------------------------------------------------------------------------------------------------------------
# 2. blogspot_oit: the OIT section is a Blogger blog linked from the agency's own site

def blogger_page(blog_title: str, title: str, posts: list[tuple[str, str, str, str]], labels: list[str]) -> str:
    """A Blogger page (layout widgets): posts as (date, title, permalink, body)."""
    def pid(p: str) -> int:
        return int(hashlib.sha1(p.encode()).hexdigest()[:15], 16)
    items = "".join(
        f"<div class='date-outer'><h2 class='date-header'><span>{d}</span></h2><div class='date-posts'>"
        f"<div class='post-outer'><div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope>"
        f"<a name='{pid(p)}'></a><h3 class='post-title entry-title' itemprop='name'><a href='{p}'>{t}</a>"
        f"</h3><div class='post-header'><div class='post-header-line-1'></div></div>"
        f"<div class='post-body entry-content' id='post-body-{pid(p)}' itemprop='description articleBody'>"
        f"{b}<div style='clear: both;'></div></div><div class='post-footer'><div class='post-footer-line post-footer-line-1'>"
        f"<span class='post-author vcard'>โพสต์โดย <span class='fn'>งานประชาสัมพันธ์ อบต.แปลงยาว</span></span> "
        f"<span class='post-labels'>ป้ายกำกับ: <a href='https://{BLOG}/search/label/ITA2569' rel='tag'>ITA2569</a>"
        f"</span></div></div></div></div></div></div>" for d, t, p, b in posts)
    side = "".join(f"<li><a dir='ltr' href='https://{BLOG}/search/label/{quote(x)}'>{x}</a></li>" for x in labels)
    return (f"<!DOCTYPE html><html class='v2' dir='ltr' lang='th' xmlns='http://www.w3.org/1999/xhtml'><head>"
            f"<meta content='width=1100' name='viewport'/><meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>"
            f"<meta content='blogger' name='generator'/><link href='https://{BLOG}/favicon.ico' rel='icon' type='image/x-icon'/>"
            f"<title>{blog_title}: {title}</title><link href='https://www.blogger.com/static/v1/widgets/2975350028-css_bundle_v2.css'"
            f" rel='stylesheet' type='text/css'/></head><body class='loading variant-simplysimple'><div class='content'>"
            f"<div class='content-outer'><header><div class='header-outer'><div class='header section' id='header'>"
            f"<div class='widget Header' data-version='1' id='Header1'><div id='header-inner'><div class='titlewrapper'>"
            f"<h1 class='title'><a href='https://{BLOG}/'>{blog_title}</a></h1></div><div class='descriptionwrapper'>"
            f"<p class='description'><span>การเปิดเผยข้อมูลสาธารณะ (OIT) องค์การบริหารส่วนตำบลแปลงยาว อำเภอแปลงยาว "
            f"จังหวัดฉะเชิงเทรา</span></p></div></div></div></div></div></header><div class='main-outer'><div class='columns'>"
            f"<div class='main section' id='main'><div class='widget Blog' data-version='1' id='Blog1'>"
            f"<div class='blog-posts hfeed'>{items}</div><div class='blog-pager' id='blog-pager'>"
            f"<a class='home-link' href='https://{BLOG}/'>หน้าแรก</a></div></div></div>"
            f"<div class='sidebar section' id='sidebar-right-1'><div class='widget Label' data-version='1' id='Label1'>"
            f"<h2>ป้ายกำกับ</h2><div class='widget-content list-label-widget-content'><ul>{side}</ul></div></div>"
            f"<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>คลังบทความของบล็อก</h2>"
            f"<ul class='hierarchy'><li class='archivedate expanded'><a class='post-count-link' href='https://{BLOG}/2026/'>"
            f"2026</a></li></ul></div></div></div></div><footer><div class='footer-outer'>ขับเคลื่อนโดย "
            f"<a href='https://www.blogger.com' target='_blank'>Blogger</a></div></footer></div></div>"
            f"<script src='https://www.blogger.com/static/v1/widgets/3845888474-widgets.js' type='text/javascript'></script>"
            f"</body></html>")


def site_plaengyao(out: LinksOut) -> None:
    host = HOSTS[1]
    ag = agency("แปลงยาว", "แปลงยาว", "ฉะเชิงเทรา", "plaengyao", "24190",
                ["นายวิชัย สุขประเสริฐ", "นายธนพล แก้วมณี", "นางกนกวรรณ ชื่นบาน"], ["086-123-7701", "086-123-7702", "086-123-7703"])
    ag["map"] = "13.58,101.30"
    plan = {"O6": ("gview", "ok"), "O7": ("heyzine", "ok"), "O8": ("drive", "denial"), "O11": ("drive", "half"),
            "O12": ("gview", "ok"), "O13": ("drive", "stale"), "O15": ("gview", "ok"), "O19": ("drive_youtube", "ok"),
            "O20": ("gview", "dead"), "O22": ("gview", "ok"), "O23": ("drive", "nofile")}
    photos(out, host, ag)
    blog = f"https://{BLOG}/"
    menu = [("หน้าแรก", "/"), ("โครงสร้าง", "/structure.php"), ("ผู้บริหาร", "/executives.php"),
            ("ข่าวประชาสัมพันธ์", "/news.php"), ("E-Service", "/eservice.php"), ("ร้องเรียนการทุจริต", "/complaint.php"),
            ("ITA 2569", blog), ("ติดต่อเรา", "/contact.php")]

    def page(title, body):
        return lao_page(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.แปลงยาว")
    own_pages(out, host, ag, page, {k: f"{k}.php" for k in KINDS}, form, "/complaint.php")
    out.text(host, "index.html", page("หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     f'<p><a href="{blog}" target="_blank"><img src="/images/ita2569.png" '
                                     'alt="ITA 2569 การเปิดเผยข้อมูลสาธารณะ"></a></p>'))
    write_manifest(out, host, {"types": {"/structure.php": "text/html", "/executives.php": "text/html",
                                         "/contact.php": "text/html", "/news.php": "text/html",
                                         "/eservice.php": "text/html", "/complaint.php": "text/html"}})
    where = f"บล็อก {blog} (Blogger)"
    title = "ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)"
    rows, verdicts, posts = [], {}, []
    for _sub, _name, numbers in SUB:
        for n in numbers:
            code = f"O{n}"
            mech, mode = plan.get(code, ("drive", "ok"))
            permalink = f"https://{BLOG}/2026/03/{code.lower()}.html"
            post_where, detail = f"{where} โพสต์ {permalink}", ""
            if code in INLINE:
                target = f"http://{host}/{INLINE_KIND[code]}.php"
                rows.append((code, sub_of(code), f'<a href="{target}">{TITLE[code]}</a>'))
                detail = f"หน้า {target}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code])
                verdicts[code] = judge(code, ag, mode, f"{where} แถว {code}", detail)
                continue
            if mode == "nofile":
                rows.append((code, sub_of(code), "-"))
                verdicts[code] = judge(code, ag, mode, where, "")
                continue
            rows.append((code, sub_of(code), f'<a href="{permalink}">{TITLE[code]}</a>'))
            body = f"<p>{ag['name']} เผยแพร่{TITLE[code]} ประจำปีงบประมาณ พ.ศ. 2569</p>"
            if mode == "denial":
                body = "<p>อยู่ระหว่างดำเนินการ</p>"
            elif mech in ("drive", "drive_youtube"):
                for _, t, u in drive_docs(out, host, code, ag, mode):
                    fid = u.split("/d/")[1].split("/")[0]
                    body += (f'<div class="separator"><iframe src="https://drive.google.com/file/d/{fid}/preview" '
                             f'width="640" height="480" allow="autoplay"></iframe></div>'
                             f'<p><a href="{u}" target="_blank">ดาวน์โหลด: {html.escape(t)}</a></p>')
                if mech == "drive_youtube":
                    vid = lid("yt", code)[:11]
                    out.youtube(vid, "ประชุมประชาคมตำบลแปลงยาว ปี 2569 (ถ่ายทอดสด)",
                                "บันทึกการประชุมประชาคมตำบลเพื่อรับฟังความคิดเห็น ประจำปีงบประมาณ พ.ศ. 2569", "อบต.แปลงยาว")
                    out.text("www.youtube.com", f"embed/{vid}/index.html",
                             f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>YouTube</title></head><body>'
                             f'<div id="player"></div><script>var ytcfg={{"VIDEO_ID":"{vid}"}};</script></body></html>')
                    body += (f'<p>คลิปการประชุม</p><iframe width="560" height="315" src="https://www.youtube.com/embed/{vid}" '
                             'frameborder="0" allowfullscreen></iframe>')
                    post_where += " (ไฟล์ Google Drive + คลิป YouTube)"
                else:
                    post_where += " (ไฟล์ Google Drive ฝังในโพสต์)"
            elif mech == "gview":
                own, dead = own_docs(out, host, code, ag, mode, lambda c, stem, ext: f"/ita/2569/{c}-{stem}.{ext}")
                for t, h in own:
                    v = out.viewer("gview", f"http://{host}{h}")
                    body += (f'<iframe src="{html.escape(v)}" style="width:100%; height:700px;" frameborder="0"></iframe>'
                             f'<p><a href="http://{host}{h}">ดาวน์โหลด: {html.escape(t)}</a></p>')
                post_where += " (Google Docs viewer ของ PDF บนเว็บไซต์ของ อบต.)"
                detail = f"http://{host}{dead}" if mode == "dead" else ""
            elif mech == "heyzine":
                (stem, t, b), = docs(code, ag, mode)
                book = out.flipbook("heyzine.com", f"flip-book/{lid('hz', code)[5:15]}", t, paras(b),
                                    page_url=f"flip-book/{lid('hz', code)[5:15]}.html")
                book = book.rstrip("/")
                body += f'<p><a href="{book}" target="_blank">เปิดอ่าน {html.escape(t)} (E-Book)</a></p>'
                post_where += " (หนังสือพลิก heyzine)"
            posts.append(("วันพุธที่ 25 มีนาคม 2569", f"{code} {TITLE[code]}", permalink, body))
            verdicts[code] = judge(code, ag, mode, post_where, detail)
    index = (f"<p>{ag['name']} เผยแพร่ข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ พ.ศ. 2569</p>"
             + rows_table(rows))
    home = f"https://{BLOG}/2026/03/ita-2569.html"
    labels = ["ITA2569", "ข่าวประชาสัมพันธ์"]
    out.text(BLOG, "index.html", blogger_page("ITA อบต.แปลงยาว", "หน้าแรก",
                                              [("วันศุกร์ที่ 27 มีนาคม 2569", title, home, index)], labels))
    out.text(BLOG, "2026/03/ita-2569.html", blogger_page("ITA อบต.แปลงยาว", title,
                                                         [("วันศุกร์ที่ 27 มีนาคม 2569", title, home, index)], labels))
    for post in posts:
        out.text(BLOG, post[2].split(BLOG, 1)[1].lstrip("/"), blogger_page("ITA อบต.แปลงยาว", post[1], [post], labels))
    out.write_expected(host, "blogspot_oit: the OIT index and one post per item on a Blogger blog linked from the "
                       "agency's own menu; documents embedded as Drive previews, Docs viewer (gview) of own PDFs, a "
                       "heyzine flipbook, a YouTube clip; one viewer wraps an own PDF that answers 404.",
                       site_meta("plaengyao", "blogspot_oit", ag, "Plaeng Yao SAO", "อบต.", "ฉะเชิงเทรา", f"http://{host}/"),
                       verdicts)


# ----------------------------------------------------------------------------------------------------------------
# 3. flipbook_social: WordPress, a few items as flipbooks, OneDrive shares and Facebook posts

def site_lohjood(out: LinksOut) -> None:
    host = HOSTS[2]
    ag = agency("โละจูด", "แว้ง", "นราธิวาส", "lohjood", "96160",
                ["นายมะยูโซ๊ะ สาและ", "นายอับดุลเลาะ ดอเลาะ", "นางสาวนูรีซัน มะแซ"], ["087-290-1101", "087-290-1102", "087-290-1103"])
    ag["map"] = "5.94,101.83"
    plan = {"O4": ("facebook", "ok"), "O5": ("fliphtml5", "ok"), "O7": ("anyflip", "stale"), "O9": ("heyzine", "ok"),
            "O12": ("onedrive", "ok"), "O13": ("own", "stale"), "O16": ("own", "dead"), "O19": ("own_facebook", "ok"),
            "O21": ("own", "nofile"), "O22": ("onedrive", "ok"), "O24": ("own", "denial")}
    photos(out, host, ag)

    def page(title, body):
        return astra_page(ag, title, f'<article class="page"><h1 class="entry-title">{title}</h1>'
                          f'<div class="entry-content">{body}</div></article>', "page")
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.โละจูด")
    own_pages(out, host, ag, page, {k: ("e-service" if k == "eservice" else k) + "/index.html" for k in KINDS},
              form, "/complaint/")
    inline = {c: ("/e-service/" if k == "eservice" else f"/{k}/") for c, k in INLINE_KIND.items()}
    where = f"หน้า http://{host}/ita2569/"
    fb = "lohjood.sao"

    def path_of(c, stem, ext):
        return "/wp-content/uploads/2026/03/" + quote(f"{c}-{stem}.{ext}")
    rows, verdicts = [], {}
    for _sub, _name, numbers in SUB:
        for n in numbers:
            code = f"O{n}"
            mech, mode = plan.get(code, ("own", "ok"))
            row_where, detail = f"{where} แถว {code}", ""
            if mech == "facebook":          # O4: the agency's Facebook post of its news (its news page is in the menu)
                post = out.fb_post(fb, f"pfbid0{lid('fb', code)[5:30]}", "องค์การบริหารส่วนตำบลโละจูด",
                                   "2 เมษายน 2569", "ประมวลข่าวประชาสัมพันธ์ อบต.โละจูด เดือนมีนาคม 2569: โครงการอบรมป้องกัน"
                                   "ไฟป่า ประจำปีงบประมาณ 2569 การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569")
                links = [("ข่าวประชาสัมพันธ์ (เพจ Facebook อบต.โละจูด)", post)]
                detail = (f"โพสต์ Facebook {post}: ข่าวประชาสัมพันธ์ เดือนมีนาคม 2569; หน้า {inline['O4']} ในเมนู: "
                          + INLINE_WHY["O4"])
            elif code in INLINE:
                links = [(TITLE[code], inline[code])]
                detail = f"หน้า {inline[code]}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code])
            elif mech in ("own", "own_facebook"):
                links, dead = own_docs(out, host, code, ag, mode, path_of)
                detail = f"http://{host}{dead}" if mode == "dead" else ""
                if mech == "own_facebook":
                    post = out.fb_post(fb, f"pfbid0{lid('fb', code)[5:30]}", "องค์การบริหารส่วนตำบลโละจูด",
                                       "18 มีนาคม 2569", "ภาพกิจกรรมประชุมประชาคมตำบลโละจูด ประจำปีงบประมาณ 2569")
                    links.append(("ภาพกิจกรรม (Facebook)", post))
                    row_where += " (PDF + โพสต์ Facebook)"
            elif mech in ("fliphtml5", "anyflip", "heyzine"):
                (stem, t, b), = docs(code, ag, mode)[:1]
                key = lid(mech, code)[5:13].lower()
                if mech == "fliphtml5":
                    book = out.flipbook("online.fliphtml5.com", f"lkjx/{key}", t, paras(b))
                elif mech == "anyflip":
                    book = out.flipbook("online.anyflip.com", f"lk69/{key}", t, paras(b))
                else:
                    book = out.flipbook("heyzine.com", f"flip-book/{key}", t, paras(b),
                                        page_url=f"flip-book/{key}.html").rstrip("/")
                links = [(f"{t} (E-Book)", book)]
                row_where += f" (หนังสือพลิก {mech} {book})"
            else:                           # onedrive
                (stem, t, b), = docs(code, ag, mode)[:1]
                links = [(t, out.onedrive(f"{host}/{code}", f"{code}-{stem}.pdf", paras(b)))]
                row_where += f" (ลิงก์แชร์ OneDrive {links[0][1]})"
            cell = anchors(links) or ("อยู่ระหว่างดำเนินการ" if mode == "denial" else "-")
            rows.append((code, sub_of(code), cell))
            verdicts[code] = judge(code, ag, mode, where if mode in ("nofile", "absent") else row_where, detail)
    table = rows_table(rows).replace('class="table table-bordered"', 'class="has-fixed-layout"')
    out.text(host, "ita2569/index.html", page("ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)",
                                              f'<figure class="wp-block-table">{table}</figure>'))
    home = astra_page(ag, "หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                      '<p><a href="/ita2569/">ITA 2569</a></p>', "home page")
    out.text(host, "index.html", home.replace('href="/category/ita2569/"', 'href="/ita2569/"'))
    for f in (out.dest / host).rglob("*.html"):      # the theme's menu points at this site's OIT page
        f.write_text(f.read_text(encoding="utf-8").replace('href="/category/ita2569/"', 'href="/ita2569/"'),
                     encoding="utf-8")
    write_manifest(out, host, {})
    out.write_expected(host, "flipbook_social: WordPress OIT table with most rows PDFs and some evidence in other "
                       "spaces: FlipHTML5, AnyFlip and heyzine flipbooks (script-built), OneDrive 1drv.ms share "
                       "links, Facebook posts (a login wall to a robot).",
                       site_meta("lohjood", "flipbook_social", ag, "Lo Chut SAO", "อบต.", "นราธิวาส", f"http://{host}/"),
                       verdicts)


def build(dest: Path = SITES_DIR) -> None:
    for host in HOSTS:
        shutil.rmtree(dest / host, ignore_errors=True)
    for pattern in OUTSIDE:
        for old in dest.glob(pattern):
            shutil.rmtree(old) if old.is_dir() else old.unlink()
    out = LinksOut(dest)
    site_khorsai(out)
    site_plaengyao(out)
    site_lohjood(out)
    out.write_shorteners()


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
