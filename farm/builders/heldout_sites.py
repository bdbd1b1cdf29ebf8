"""A held-out ITA 2569 accuracy corpus: five agency sites in variants of issue 19's architectures, published
differently from the corpus the engine is tuned on (reading_sites.py, document_sites.py), to measure whether it
generalises.

Run from the repository root:  python -m farm.builders.heldout_sites

Every verdict in expected.yaml was written, item by item, as a careful assessor with a browser would give it,
against rules/rulebooks/ita2569.yaml (its components) and shared/notes/ita-years-research.md §4, before any engine
run. Items whose evidence is only a scan carry ``ocr: true`` (benchmarks/accuracy.py leaves them out on a machine
without OCR). Outside ids start with ``1hO69`` / ``2PACX-1vHo69`` / ``1FAIpQLShO69`` / YouTube ``Ho69`` so that a
rebuild removes only this builder's outside pages.

Sites (year 2569, family ita; ``architecture`` = ``style``):

  www.khuanlang.go.th      เทศบาลเมืองควนลัง      spa_nextjs
      Next.js (pages router, client-only rendering): every path (/, /about/structure, /ita/2569, /ita/2569/o5 …)
      answers an empty ``<div id="__next"></div>`` with the page's content only as JSON in
      ``<script id="__NEXT_DATA__" type="application/json">`` (``page: "/ita/[year]/[code]"``, ``pageProps``, ``buildId``;
      ``<`` escaped as ``\\u003c`` as Next.js does) and /_next/static/chunks/pages/_app-….js, which builds header,
      menus and the page; /_next/data/<buildId>/….json beside them as Next.js serves for client transitions.
      Wrong: O2 executives without any contact (partial), O7 is the 2567 annual report (partial), O11 only quarter 1
      (partial), O16's PDF answers 404 (broken), O23 has no card and no page (missing).
      Markup source: Next.js's own server output (``#__next``, ``__NEXT_DATA__`` keys props/page/query/buildId/
      isFallback/gssp/scriptLoader, ``next-head-count``, ``data-n-g``), as captured in public fixtures of SPA
      detectors (GitHub index ids 22962435862, 59281439062: an empty ``div#__next`` beside ``__NEXT_DATA__`` and
      /_next/static/chunks), and the Pages Router layout of a Thai Next.js project (pages/_app.js, pages/[…].js).

  www.huaikrachao-sao.go.th  อบต.ห้วยกระเจา      google_sites_classic
      The agency's home has only a banner image (no text, empty alt) linking to a Google Site at the Workspace path
      form sites.google.com/huaikrachao-sao.go.th/ita2569, whose home lists sub-indicator pages (/ita2569/9-1 …)
      whose sub-pages are the items (/ita2569/9-1/o1 …): text boxes, Drive file previews with an "เปิดเอกสาร"
      button, and embedded Drive folders (``drive.google.com/embeddedfolderview?id=…#list``: a list of files) for
      O11, O15 and O20; O3, O4, O10 and O17 link back to the agency's pages through google.com/url.
      Wrong: O6 progress covers 3 months (partial), O8's embedded folder is empty (missing), O12's Drive file is
      deleted (Drive 404, broken), O18 is the 2567 statistics (partial), O22 says "อยู่ระหว่างดำเนินการ" (missing).
      Markup source: Google Sites published pages (classes as in reading_sites_content.gsite_page, from public
      scrapers of sites.google.com), Drive's embedded folder view (``div.flip-entry#entry-<id>`` >
      ``div.flip-entry-info`` > ``a[href=…/view?usp=drive_web]`` > ``div.flip-entry-title``, as public parsers of
      it read it: GitHub index ids 70476402269, 69504376214), the Workspace URL form seen in agencies' menus
      (GitHub index id 59680605919).

  kokpho-sao.go.th → www.kokpho.go.th   อบต.โคกโพธิ์ → เทศบาลตำบลโคกโพธิ์   moved_www
      The registry URL http://kokpho-sao.go.th/ (bare, http) answers 301 to https://kokpho.go.th/, which answers
      301 to https://www.kokpho.go.th/ (new name, https, www: two hops, absolute Locations). The new site is a
      Joomla-style CMS (index.php/… paths); its ITA page is a Bootstrap accordion per sub-indicator. Some
      internal links are still absolute to the old name (the home's ITA link, http://kokpho-sao.go.th/images/
      ita2569/… in five index rows); the old host redirects them to the new one, except one file never moved.
      Wrong: O5 is the 2561–2565 plan (partial), O10 E-Service without any statistics (partial: a component absent),
      O14's old-name link answers 404 (broken), O19 is the 2568 participation report (partial), O25 row "-" (missing).
      Markup source: Joomla 4 (Cassiopeia template: ``header.header.container-header``, ``nav.navbar
      ul.mod-menu``, ``div.com-content-article.item-page``, ``div.accordion`` Bootstrap 5 collapse).

  www.wangchan-sao.go.th   อบต.วังจันทร์          sheet_index
      The home page's "ITA 2569" link goes through ``https://www.google.com/url?q=…&sa=D&source=editors&ust=…&usg=…``
      to a published Google Sheet (docs.google.com/spreadsheets/d/e/2PACX-…/pubhtml) whose cells hold hyperlinks
      (themselves google.com/url-wrapped, as published Sheets write them) to the agency's own pages and PDFs and
      to Drive files; two tabs (ITA 2569 and last year's ITA 2568). Years in cells written "ปี 69" / "ปีงบ 2569".
      Wrong: O9 cell "-" (missing), O13 is the 2568 HR plan (partial), O17 links a complaint page on the agency's
      host that answers 404 (broken), O20 announcement without any No Gift report (partial), O21's Drive file is
      deleted (broken).
      Markup source: Google Sheets "Publish to web" HTML (``#sheets-viewport``, ``table.waffle``, ``td.s2``,
      ``th.row-headers-background``; the pubhtml URL form of rmonla/rmLIBs google/sheets/README.md).

  www.chiangklang-sao.go.th  อบต.เชียงกลาง      mixed_legacy
      An old site sent as TIS-620 (``<meta http-equiv=Content-Type content="text/html; charset=windows-874">``):
      a frameset (top.htm, menu.htm, main.htm) and table-layout pages in ``<font face="MS Sans Serif">``. The OIT
      2569 table links a mix: PDFs typeset with a legacy non-Unicode Thai font (TIS-620 bytes as Latin-1 with a
      remapped TLWG Garuda, as document_tools.legacy_font does), scanned image-only PDFs (Thai rendered by Pillow
      in TLWG Loma, tilted, speckled, embedded as a JPEG), ordinary PDFs, and rows with two links (O4: the news
      page and a YouTube clip; O19: the report PDF and a YouTube clip of the meeting). A dead "webboard" menu link.
      Wrong: O3 contact page without a map (partial), O9 has no row (missing), O13's PDF answers 404 (broken), O22
      is a scan of the 2567 report (partial), O25 says "อยู่ระหว่างดำเนินการ" (missing).
      Markup source: Dreamweaver-era LAO templates (yongyot/saiyoidenchai Templates/*.dwt.php: TIS-era table
      layouts of อบต.ไทรย้อย), HTML 4.01 Frameset.

Decisions where the brief was silent: verdicts follow reading_sites.py (wrong year, 3-month report or a missing
component = partial; "-", "อยู่ระหว่างดำเนินการ", an empty folder or no row = missing; a link answering 404 = broken);
a legacy-font PDF and a scan are read by a person and judged on what they say; a Bootstrap accordion's collapsed
panel is seen (a person clicks it open).
"""
from __future__ import annotations

import hashlib
import html
import io
import json
import random
import re
import shutil
import sys
from pathlib import Path
from urllib.parse import quote

import yaml

from farm.builders.document_tools import doc_lines, legacy_font, tis620_as_latin1, write_pdf
from farm.builders.ita2569_moit import (CUR, ITA2569, ITA_SOURCE, NEWS68, NEWS69, exec_block, ita_docs, news_list,
                                        write_manifest)
from farm.builders.reading_sites_content import INLINE, INLINE_WHY, SHEETS, SUB, ReadingOut, complaint_html
from farm.builders.reading_sites_content import docs_for as plain_docs
from farm.builders.reading_sites_content import (enquiry_html, eservice_html, exec_why, gs_text, photos, sheet_rows,
                                                 structure_html)
from farm.builders.reading_sites_content import verdict as plain_verdict
from farm.server import SITES_DIR

PREV = CUR - 1
TITLE = dict(ITA2569)
HID = "1hO69"                  # Drive ids
PUB = "2PACX-1vHo69"           # published Sheets ids
FORM = "1FAIpQLShO69"          # Forms ids
YT = "Ho69"                    # YouTube video ids
USG = "AOvVaw1hO69"            # google.com/url signatures
LOMA = "/usr/share/fonts/truetype/tlwg/Loma.ttf"
LEGACY_FONT = Path("/tmp/oit-heldout-legacy-garuda.ttf")


# ----------------------------------------------------------------------------------------------------------------
# Years as each agency writes them: the same documents in this site's habits (issue 19 §7), in the documents, the
# index labels and the verdicts alike

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
YEAR_STYLES = {
    "plain": lambda t: t,
    "no_be": lambda t: re.sub(r"ปีงบประมาณ พ\.ศ\. (25\d\d)", r"ปีงบประมาณ \1", t),          # "ปีงบประมาณ 2569"
    "nospace": lambda t: re.sub(r"พ\.ศ\. (25\d\d)", r"พ.ศ.\1", t),                          # "พ.ศ.2569"
    "two_digit": lambda t: re.sub(r"ปีงบประมาณ พ\.ศ\. 25(\d\d)", r"ปีงบประมาณ \1", t),      # "ปีงบประมาณ 69"
    "thai_digits": lambda t: t.translate(THAI_DIGITS),                                         # "๒๕๖๙"
}


def years(ag: dict, text: str) -> str:
    return YEAR_STYLES[ag.get("years", "plain")](text)


def docs(code: str, ag: dict, mode: str) -> list[tuple[str, str, str]]:
    """(stem, title, body) of an item's documents in ``mode`` (reading_sites_content.docs_for), years as the site writes them."""
    return [(stem, years(ag, title), years(ag, body)) for stem, title, body in plain_docs(code, ag, mode)]


def judge(code: str, ag: dict, mode: str, where: str, detail: str = "") -> tuple[str, str]:
    """The assessor's verdict (reading_sites_content.verdict), naming the documents as this site titles them."""
    status, why = plain_verdict(code, ag, mode, where, detail)
    return status, _retitle(ag, code, mode, why)


def _retitle(ag: dict, code: str, mode: str, why: str) -> str:
    for (_, plain, _), (_, shown, _) in zip(plain_docs(code, ag, mode), docs(code, ag, mode)):
        why = why.replace(plain, shown)
    return why


def publish_docs(out: "HeldoutOut", host: str, code: str, ag: dict, mode: str, path_of) -> tuple[list[tuple[str, str]], str]:
    """Write an item's documents on ``host`` (PDF, and XLSX where the item asks for both); [(title, path)] and, for
    a dead link, the dead path (reading_sites_content.publish, with this site's years)."""
    if mode in ("absent", "denial", "nofile", "emptyfolder"):
        return [], ""
    links = []
    for stem, title, body in docs(code, ag, mode):
        links.append((title, path_of(stem, "pdf")))
        if mode == "dead":
            continue
        out.pdf(host, path_of(stem, "pdf"), title, body)
        if code in SHEETS:
            out.xlsx(host, path_of(stem, "xlsx"), title, [SHEETS[code], *sheet_rows(code, stem, mode)])
            links.append((title + " (Excel)", path_of(stem, "xlsx")))
    return links, links[0][1] if mode == "dead" else ""


def hid(*parts) -> str:
    """A Drive-looking id, stable across rebuilds, under this builder's prefix."""
    return HID + hashlib.sha1("/".join(map(str, parts)).encode()).hexdigest()[:28]


class HeldoutOut(ReadingOut):
    """ReadingOut with this builder's own outside ids, so that neither builder's rebuild removes the other's pages."""

    def __init__(self, dest: Path):
        super().__init__(dest)
        self.expected: dict[str, dict] = {}

    def form(self, fid: str, title: str) -> str:
        fid = FORM + hashlib.sha1(fid.encode()).hexdigest()[:40]
        questions = ["ชื่อ-สกุลผู้ยื่นคำร้อง", "ที่อยู่", "เรื่องที่ขอรับบริการ", "เบอร์โทรศัพท์"]
        items = "".join(f'<div class="Qr7Oae" role="listitem"><div class="M7eMe">{q}</div>'
                        f'<input type="text" class="whsOnd zHQkBf" name="entry.{300 + k}"></div>' for k, q in enumerate(questions))
        self.text("docs.google.com", f"forms/d/e/{fid}/viewform/index.html",
                  f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{title}</title></head><body>'
                  f'<form action="https://docs.google.com/forms/d/e/{fid}/formResponse" method="POST">'
                  f'<div class="F9yp7e ikZYwf LgNcQe" role="heading">{title}</div>{items}'
                  f'<div role="button" class="uArJ5e UQuaGc Y5sE8d"><span class="NPEfkd RveJvd snByac">ส่ง</span></div>'
                  f'</form></body></html>')
        return f"https://docs.google.com/forms/d/e/{fid}/viewform"

    def gurl(self, target: str) -> str:
        """``www.google.com/url?q=…&sa=D&source=editors&ust=…&usg=…`` as Docs and Sheets wrap a link: a page that
        forwards the browser at once (meta refresh and script) with the target as a link."""
        usg = USG + hashlib.sha1(target.encode()).hexdigest()[:17]
        query = f"q={quote(target, safe='')}&sa=D&source=editors&ust=1775012400000000&usg={usg}"
        t = html.escape(target)
        self.text("www.google.com", f"url@{query}",
                  f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta content="0;url={t}" http-equiv="refresh">'
                  f'<title>Redirecting</title></head><body><a href="{t}">{t}</a><script nonce="hO69">'
                  f'window.location.replace({json.dumps(target)});</script></body></html>')
        return f"https://www.google.com/url?{query}"

    def folder_embed(self, fid: str, name: str, files: list[tuple[str, str]]) -> str:
        """A Drive folder as Google Sites embed it (``embeddedfolderview?id=…#list``): one entry per file, linked
        to the file's /view page; an empty folder says so. Also its /drive/folders page."""
        entries = "".join(
            f'<div class="flip-entry" id="entry-{url.split("/d/")[1].split("/")[0]}" tabindex="0" role="link">'
            f'<div class="flip-entry-info"><a href="{url.replace("usp=sharing", "usp=drive_web")}" target="_blank">'
            f'<div class="flip-entry-list-icon">'
            f'<img src="https://drive-thirdparty.googleusercontent.com/16/type/application/pdf"></div>'
            f'<div class="flip-entry-title">{n}</div><div class="flip-entry-last-modified"><div>'
            f'31 มี.ค. {CUR}</div></div></a></div></div>' for n, url in files)
        body = (f'<div class="flip-entries">{entries}</div>' if files else
                '<div class="flip-empty-message">ไม่มีไฟล์ในโฟลเดอร์นี้</div>')
        self.text("drive.google.com", f"embeddedfolderview@id={fid}",
                  f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{name}</title></head><body>'
                  f'<div id="folder-view" class="flip-list-view"><div class="folder-title">{name}</div>{body}</div>'
                  f'</body></html>')
        self.drive_folder(fid, name, files)
        return f"https://drive.google.com/embeddedfolderview?id={fid}#list"

    def scan_pdf(self, host: str, path: str, title: str, body: str, seed: int) -> None:
        """An image-only PDF: the document typed in Thai (Pillow, TLWG Loma), tilted, paper-toned and speckled as a
        scanner leaves it, embedded as a JPEG page with no text layer."""
        from PIL import Image, ImageDraw, ImageFilter, ImageFont
        from reportlab.lib.utils import ImageReader
        from reportlab.pdfgen import canvas

        from farm.builders.document_tools import paragraphs
        rng = random.Random(seed)
        w, h = 1000, 1414                                        # A4 at about 120 dpi
        page = Image.new("L", (w, h), 250)
        draw = ImageDraw.Draw(page)
        head, text = ImageFont.truetype(LOMA, 34), ImageFont.truetype(LOMA, 27)
        y = 110
        for k, para in enumerate([title] + paragraphs(body)):
            font = head if k == 0 else text
            line = ""
            for ch in para:                                      # Thai has no spaces between words: break anywhere
                combining = "\u0e31" <= ch <= "\u0e3a" or "\u0e47" <= ch <= "\u0e4e" or ch in "\u0e33"
                if line and not combining and draw.textlength(line + ch, font=font) > w - 200:
                    draw.text((100, y), line, font=font, fill=25)
                    y, line = y + 52, ch.strip()
                else:
                    line += ch
            draw.text((100, y), line, font=font, fill=25)
            y += 70 if k == 0 else 52
        draw.text((560, y + 60), "(ลงชื่อ) ...............................", font=text, fill=40)
        page = page.rotate(rng.uniform(-1.2, 1.2), fillcolor=235, resample=Image.BICUBIC)
        pixels = page.load()
        for _ in range(2500):
            pixels[rng.randrange(w), rng.randrange(h)] = rng.randrange(60, 200)
        page = page.filter(ImageFilter.GaussianBlur(0.6))
        jpeg = io.BytesIO()
        page.save(jpeg, "JPEG", quality=55)
        dest = self.dest / host / path.lstrip("/")
        dest.parent.mkdir(parents=True, exist_ok=True)
        c = canvas.Canvas(str(dest), pagesize=(595.27, 841.89), invariant=1)
        c.setCreator("Canon iR-ADV C3525 PDF")
        c.drawImage(ImageReader(io.BytesIO(jpeg.getvalue())), 0, 0, 595.27, 841.89)
        c.save()

    def legacy_pdf(self, host: str, path: str, title: str, body: str, header: str) -> None:
        """A PDF typeset in a legacy non-Unicode Thai font: a person reads Thai, the text layer is TIS-620 as Latin-1."""
        font = legacy_font(LEGACY_FONT)
        write_pdf(self.dest / host / path.lstrip("/"), doc_lines(title, body, header), font_path=font,
                  font_name="PSLLegacyGaruda", title="", encode=tis620_as_latin1)

    def write_expected(self, host: str, head: str, meta: dict, verdicts: dict, flags: dict | None = None) -> None:
        """expected.yaml: the head comment, the site's facts, then one line per item (status, why, flags)."""
        meta = {**meta, "heldout": True}          # lets the accuracy benchmark keep these sites apart from the tuned corpus
        lines = [f"# {head}", f"items_source: {json.dumps(ITA_SOURCE, ensure_ascii=False)}",
                 yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=200).rstrip(), "items:"]
        for code, (status, why) in verdicts.items():
            extra = "".join(f", {k}: {str(v).lower()}" for k, v in (flags or {}).get(code, {}).items())
            lines.append(f"  {code}: {{status: {status}, why: {json.dumps(why, ensure_ascii=False)}{extra}}}")
        self.text(host, "expected.yaml", "\n".join(lines) + "\n")


def drive_docs(out: HeldoutOut, host: str, code: str, ag: dict, mode: str, write: bool = True) -> list[tuple[str, str, str]]:
    """An item's documents as Drive files: [(file name, title, view url)], with the Excel copy O11 and O18 ask for
    (its Drive viewer shows the grid). ``write=False``: the files were deleted (Drive answers 404)."""
    files = []
    for stem, title, body in docs(code, ag, mode):
        fid = hid(host, code, stem)
        url = f"https://drive.google.com/file/d/{fid}/view?usp=sharing"
        if write:
            out.drive(fid, f"{code}_{stem}.pdf", f"<h2>{title}</h2>{body}")
        files.append((f"{code}_{stem}.pdf", title, url))
        if code in SHEETS:
            xid = hid(host, code, stem, "xlsx")
            grid = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>"
                           for row in [SHEETS[code], *sheet_rows(code, stem, mode)])
            if write:
                out.drive(xid, f"{code}_{stem}.xlsx", f'<h2>{title}</h2><table class="waffle">{grid}</table>')
            files.append((f"{code}_{stem}.xlsx", title + " (Excel)", f"https://drive.google.com/file/d/{xid}/view?usp=sharing"))
    return files


def site_meta(agency: str, arch: str, ag: dict, name_en: str, kind: str, province: str, url: str) -> dict:
    return dict(agency=agency, year=CUR, family="ita", style=arch, architecture=arch,
                registry=dict(name_th=ag["name"], name_en=name_en, type=kind, province=province, url=url))


# ----------------------------------------------------------------------------------------------------------------
# 1. spa_nextjs: Next.js pages router, content only in __NEXT_DATA__, rendered by the _app chunk

BUILD_ID = "hO69kQ2vXr8mTz"
NEXT_HTML = ('<!DOCTYPE html><html lang="th"><head><meta charSet="utf-8"/><meta name="viewport" '
             'content="width=device-width, initial-scale=1"/><title>{name}</title><meta name="next-head-count" content="3"/>'
             '<link rel="preload" href="/_next/static/css/2b1e0c4a9d3f.css" as="style"/><link rel="stylesheet" '
             'href="/_next/static/css/2b1e0c4a9d3f.css" data-n-g=""/><noscript data-n-css=""></noscript>'
             '<script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script>'
             '<script src="/_next/static/chunks/pages/_app-hO69a81c2e.js" defer=""></script>'
             '<script src="/_next/static/' + BUILD_ID + '/_buildManifest.js" defer=""></script></head><body>'
             '<div id="__next"></div><script id="__NEXT_DATA__" type="application/json">{data}</script></body></html>')

NEXT_APP_JS = r"""(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[888],{}]);
/* _app: the whole page is rendered here from __NEXT_DATA__ (client-only rendering) */
(function () {
  'use strict';
  var d = JSON.parse(document.getElementById('__NEXT_DATA__').textContent);
  var p = d.props.pageProps, L = p.layout;
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  function a(href, text, cls) { return '<a href="' + esc(href) + '"' + (cls ? ' class="' + cls + '"' : '') + '>' + esc(text) + '</a>'; }
  function menu(items) {
    return '<ul class="menu_menu__x1">' + items.map(function (m) {
      var sub = m.children ? '<ul class="menu_sub__x2">' + m.children.map(function (c) { return '<li>' + a(c.href, c.label) + '</li>'; }).join('') + '</ul>' : '';
      return '<li class="menu_item__x3">' + a(m.href, m.label) + sub + '</li>';
    }).join('') + '</ul>';
  }
  function news(list) { return '<ul class="news_list__n1">' + list.map(function (n) { return '<li><time>' + esc(n.date) + '</time> ' + esc(n.title) + '</li>'; }).join('') + '</ul>'; }
  var views = {
    '/': function () {
      return '<section class="home_hero__h1">' + a('/ita/2569', 'ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)', 'home_ita__h2') + '</section>' +
        '<section><h2>ข่าวประชาสัมพันธ์</h2>' + news(p.news) + a('/news', 'ข่าวทั้งหมด') + '</section>';
    },
    '/news': function () { return '<h1>ข่าวประชาสัมพันธ์</h1>' + news(p.news); },
    '/[...slug]': function () { return '<h1>' + esc(p.page.title) + '</h1><div class="prose">' + p.page.html + '</div>'; },
    '/ita/[year]': function () {
      return '<h1>' + esc(p.ita.title) + '</h1><p>' + esc(p.ita.intro) + '</p>' + p.ita.groups.map(function (g) {
        return '<section class="ita_group__g1"><h2>' + esc(g.heading) + '</h2><div class="ita_grid__g2">' + g.items.map(function (it) {
          return '<div class="ita_card__c1"><b>' + it.code + '</b> ' + a('/ita/2569/' + it.code.toLowerCase(), it.title) + '</div>';
        }).join('') + '</div></section>';
      }).join('');
    },
    '/ita/[year]/[code]': function () {
      var it = p.item;
      return '<nav class="crumbs">' + a('/ita/2569', 'ITA 2569') + ' › ' + it.code + '</nav><h1>' + it.code + ' ' + esc(it.title) +
        '</h1><p>' + esc(it.description) + '</p><ul class="ita_docs__d1">' + it.documents.map(function (doc) {
          return '<li>' + a(doc.url, doc.name) + (doc.kind ? ' <span class="badge">' + doc.kind + '</span>' : '') + '</li>';
        }).join('') + '</ul>';
    }
  };
  var view = views[d.page] || function () { return '<h1>404 - ไม่พบหน้า</h1>'; };
  document.getElementById('__next').innerHTML =
    '<header class="layout_header__l1"><img src="/images/logo.png" alt=""><div><b>' + esc(L.name) + '</b><small>' + esc(L.address) +
    '</small></div></header><nav class="layout_nav__l2">' + menu(L.menu) + '</nav><main class="layout_main__l3">' + view() +
    '</main><footer class="layout_footer__l4">' + esc(L.name) + ' ' + esc(L.address) + ' โทร. ' + esc(L.phone) + '</footer>';
  document.title = (p.title ? p.title + ' | ' : '') + L.name;
})();
"""


def next_page(out: HeldoutOut, host: str, route: str, page: str, query: dict, props: dict, ag: dict) -> None:
    """One server answer: the empty #__next and the page's data as Next.js serialises it; and its /_next/data JSON."""
    data = {"props": {"pageProps": props, "__N_SSP": True}, "page": page, "query": query, "buildId": BUILD_ID,
            "isFallback": False, "gssp": True, "scriptLoader": []}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    out.text(host, route.rstrip("/") + "/index.html", NEXT_HTML.format(name=ag["name"], data=text))
    out.text(host, f"_next/data/{BUILD_ID}{route.rstrip('/') or '/index'}.json",
             json.dumps({"pageProps": props, "__N_SSP": True}, ensure_ascii=False))


def site_khuanlang(out: HeldoutOut) -> None:
    host = "www.khuanlang.go.th"
    ag = dict(years="no_be", name="เทศบาลเมืองควนลัง", short="เมืองควนลัง", kind="lao", line="@khuanlangcity",
              address="99 หมู่ 4 ตำบลควนลัง อำเภอหาดใหญ่ จังหวัดสงขลา 90110", phone="074-291-160", fax="074-291-161",
              email="saraban@khuanlang.go.th", map="6.9772,100.4291",
              execs=[("นายอนุชา ทองสุวรรณ", "นายกเทศมนตรีเมืองควนลัง"), ("นายสมเกียรติ ชูแก้ว", "รองนายกเทศมนตรีเมืองควนลัง"),
                     ("นางสาวจิราพร หนูเอียด", "ปลัดเทศบาลเมืองควนลัง")],
              exec_phone=["081-898-4410", "086-291-7731", "089-465-0912"])
    modes = {"O2": "nocontact", "O7": "stale", "O11": "half", "O16": "dead", "O23": "absent"}
    photos(out, host, ag)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ เทศบาลเมืองควนลัง")
    layout = {"name": ag["name"], "address": ag["address"], "phone": ag["phone"], "menu": [
        {"label": "หน้าหลัก", "href": "/"},
        {"label": "เกี่ยวกับเทศบาล", "href": "/about/structure", "children": [
            {"label": "โครงสร้าง หน้าที่และอำนาจ", "href": "/about/structure"},
            {"label": "คณะผู้บริหาร", "href": "/about/executives"}]},
        {"label": "ข่าวประชาสัมพันธ์", "href": "/news"}, {"label": "ITA 2569", "href": "/ita/2569"},
        {"label": "E-Service", "href": "/e-service"}, {"label": "แจ้งเรื่องทุจริต", "href": "/complaint"},
        {"label": "ติดต่อเรา", "href": "/contact"}]}
    execs = exec_block(ag, with_phone=False)
    pages = {"/about/structure": ("โครงสร้าง หน้าที่และอำนาจ", structure_html(ag, "/images/structure.png")),
             "/about/executives": ("คณะผู้บริหาร", execs),
             "/contact": ("ติดต่อเรา", enquiry_html(ag, out, ag["line"])),
             "/e-service": ("E-Service", eservice_html(ag, form)),
             "/complaint": ("แจ้งเรื่องร้องเรียนการทุจริต", complaint_html(ag, "/api/complaint"))}
    news = [{"date": d, "title": t} for d, t in NEWS69 + NEWS68]
    next_page(out, host, "/", "/", {}, {"layout": layout, "news": news[:4], "title": ""}, ag)
    next_page(out, host, "/news", "/news", {}, {"layout": layout, "news": news, "title": "ข่าวประชาสัมพันธ์"}, ag)
    for route, (title, body) in pages.items():
        next_page(out, host, route, "/[...slug]", {"slug": route.strip("/").split("/")},
                  {"layout": layout, "title": title, "page": {"title": title, "html": body}}, ag)
    inline = {"O1": "/about/structure", "O2": "/about/executives", "O3": "/contact", "O4": "/news",
              "O10": "/e-service", "O17": "/complaint"}
    verdicts, groups = {}, []
    for sub, name, numbers in SUB:
        cards = []
        for n in numbers:
            code = f"O{n}"
            mode, where = modes.get(code, "ok"), f"หน้า /ita/2569/{code.lower()} (Next.js สร้างด้วยสคริปต์)"
            if mode == "absent":
                verdicts[code] = ("missing", f"หน้า /ita/2569 (Next.js): ไม่มีการ์ด {code} และไม่มีหน้า /ita/2569/{code.lower()} "
                                             "ไม่พบแผนปฏิบัติการป้องกันการทุจริตในเมนูหรือหน้าอื่น")
                continue
            if code in INLINE:
                docs = [{"name": TITLE[code], "url": inline[code], "kind": ""}]
                detail = f"หน้า {inline[code]}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code])
                if mode == "nocontact":
                    detail = (f"หน้า {inline[code]}: ผู้บริหาร 3 คนมีชื่อ ตำแหน่ง และรูปถ่าย "
                              "แต่ไม่มีช่องทางการติดต่อ (เบอร์โทร/อีเมล) ของผู้บริหาร")
            else:
                links, dead = publish_docs(out, host, code, ag, mode, lambda stem, ext, c=code: f"/uploads/ita2569/{c}_{stem}.{ext}")
                docs = [{"name": t, "url": h, "kind": h.rsplit(".", 1)[-1].upper()} for t, h in links]
                detail = dead and f"http://{host}{dead}"
            verdicts[code] = judge(code, ag, mode, where, detail)
            item = {"code": code, "title": TITLE[code], "description": f"ตัวชี้วัดย่อยที่ {sub} {name}", "documents": docs}
            next_page(out, host, f"/ita/2569/{code.lower()}", "/ita/[year]/[code]", {"year": "2569", "code": code.lower()},
                      {"layout": layout, "title": f"{code} {TITLE[code]}", "item": item}, ag)
            cards.append({"code": code, "title": TITLE[code]})
        groups.append({"heading": f"ตัวชี้วัดย่อยที่ {sub} {name}", "items": cards})
    ita = {"title": "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569",
           "intro": f"{ag['name']} เผยแพร่ข้อมูลตามแบบวัด OIT ของการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569", "groups": groups}
    next_page(out, host, "/ita/2569", "/ita/[year]", {"year": "2569"}, {"layout": layout, "title": "ITA 2569", "ita": ita}, ag)
    out.text(host, "_next/static/chunks/pages/_app-hO69a81c2e.js", NEXT_APP_JS)
    out.text(host, "_next/static/chunks/webpack-59c5c889f52620d6.js", "(self.webpackChunk_N_E=self.webpackChunk_N_E||[]);\n")
    out.text(host, f"_next/static/{BUILD_ID}/_buildManifest.js",
             'self.__BUILD_MANIFEST={"/":[],"/news":[],"/[...slug]":[],"/ita/[year]":[],"/ita/[year]/[code]":[]};'
             "self.__BUILD_MANIFEST_CB&&self.__BUILD_MANIFEST_CB();\n")
    out.text(host, "_next/static/css/2b1e0c4a9d3f.css",
             "body{font-family:Sarabun,sans-serif;margin:0}.menu_menu__x1{display:flex;gap:1rem;list-style:none}"
             ".ita_grid__g2{display:grid;grid-template-columns:repeat(3,1fr);gap:.5rem}"
             ".ita_card__c1{border:1px solid #ccc;padding:.5rem}\n")
    write_manifest(out, host, {})
    out.write_expected(host, "spa_nextjs: every path answers an empty #__next with the page only as JSON in __NEXT_DATA__; "
                       "header, menus, the ITA 2569 cards and item pages are rendered by /_next/static/chunks/pages/_app-….js.",
                       site_meta("khuanlang", "spa_nextjs", ag, "Khuan Lang Town Municipality", "เทศบาลเมือง", "สงขลา",
                                 f"https://{host}/"), verdicts)


# ----------------------------------------------------------------------------------------------------------------
# Shared classic page (sites 2 and 4): a Thai LAO vendor template ("smart local" layout)

def lao_page(ag: dict, menu: list[tuple[str, str]], title: str, body: str) -> str:
    items = "".join(f'<li class="nav-item"><a class="nav-link" href="{h}">{t}</a></li>' for t, h in menu)
    return (f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{title} - {ag["name"]}</title>'
            f'<link rel="stylesheet" href="/assets/css/style.css"></head><body><div id="top-bar">{ag["name"]} '
            f'อำเภอ{ag["amphoe"]} จังหวัด{ag["province"]}</div><div class="header"><img src="/images/logo.png" alt="">'
            f'<h1 class="site-title">{ag["name"]}</h1></div><nav class="navbar navbar-expand-lg"><ul class="navbar-nav">'
            f'{items}</ul></nav><div class="container" id="content"><div class="page-title"><h2>{title}</h2></div>{body}'
            f'</div><div id="footer"><p>{ag["name"]} {ag["address"]}</p><p>โทรศัพท์ {ag["phone"]} อีเมล {ag["email"]}</p>'
            f'</div></body></html>')


def own_pages(out: HeldoutOut, host: str, ag: dict, page, paths: dict, form: str, complaint: str | None,
              with_stats: bool = True) -> None:
    """Structure, executives, contact, news, E-Service, complaint pages at ``paths`` (kind -> file path)."""
    out.text(host, paths["structure"], page("โครงสร้าง หน้าที่และอำนาจ", structure_html(ag, "/images/structure.png")))
    out.text(host, paths["executives"], page("คณะผู้บริหาร", exec_block(ag)))
    out.text(host, paths["contact"], page("ติดต่อเรา", enquiry_html(ag, out, ag["line"], with_map=ag.get("map_on", True))))
    out.text(host, paths["news"], page("ข่าวประชาสัมพันธ์", news_list(NEWS69 + NEWS68)))
    eservice = eservice_html(ag, form) if with_stats else (
        '<h3>ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)</h3><p>ยื่นคำร้องขอรับบริการออนไลน์ '
        f'(ขอรับน้ำอุปโภคบริโภค ขอซ่อมไฟฟ้าสาธารณะ ขอใช้สถานที่): <a href="{form}">กรอกแบบคำร้องออนไลน์</a></p>')
    out.text(host, paths["eservice"], page("E-Service", eservice))
    if complaint is not None:
        out.text(host, paths["complaint"], page("แจ้งเรื่องร้องเรียนการทุจริต", complaint_html(ag, complaint)))


# ----------------------------------------------------------------------------------------------------------------
# 2. google_sites_classic: the OIT section is a Google Site at the Workspace path form

def gs_page(base: str, site_title: str, title: str, nav: list[tuple[str, str, list]], sections: list[str]) -> str:
    """A page of a published Google Site with side navigation (parent pages with their sub-pages)."""
    def entry(t, h, kids):
        sub = "".join(f'<li class="zDUgLc"><a class="aJHbb hDrhEe" href="{kh}">{kt}</a></li>' for kt, kh in kids)
        return (f'<li class="VsJjtf"><div class="PsKE7e"><a class="aJHbb dk90Ob hDrhEe HlqNPb" href="{h}">{t}</a></div>'
                + (f'<ul class="oGuwee">{sub}</ul>' if sub else "") + "</li>")
    body = "".join(f'<section class="yaqOZd"><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc">'
                   f'<div class="JNdkSc-SmKAyb LkDMRd">{s}</div></div></div></section>' for s in sections)
    return (f'<!DOCTYPE html><html lang="th" itemscope itemtype="http://schema.org/WebPage"><head><meta charset="utf-8">'
            f'<meta property="og:title" content="{title}"><meta itemprop="name" content="{site_title}">'
            f'<title>{site_title} - {title}</title><style nonce="hO69">.Xpil1b{{display:grid;grid-template-columns:16rem 1fr;'
            f'font-family:Sarabun,sans-serif}}#atIdViewHeader{{grid-column:1/3;background:#1a73e8;padding:1rem}}'
            f'#atIdViewHeader a{{color:#fff;font-size:1.4rem}}.plFg0c ul{{list-style:none}}.dZA9kd{{grid-column:1/3}}</style>'
            f'</head><body><div class="Xpil1b xgQ6eb"><header id="atIdViewHeader">'
            f'<a class="GAuSPc" href="{base}"><span class="QTKDff">{site_title}</span></a></header>'
            f'<nav class="plFg0c" aria-label="การนำทางในเว็บไซต์"><ul class="u5Puhf">{"".join(entry(*n) for n in nav)}</ul></nav>'
            f'<div role="main" tabindex="-1" class="UtePc RCETm">{body}</div><div class="dZA9kd" role="contentinfo">'
            f'<span>Google Sites</span> <span class="UQhZDf">รายงานการละเมิด</span></div></div></body></html>')


def site_huaikrachao(out: HeldoutOut) -> None:
    host = "www.huaikrachao-sao.go.th"
    ag = dict(years="nospace", name="องค์การบริหารส่วนตำบลห้วยกระเจา", short="องค์การบริหารส่วนตำบลห้วยกระเจา", kind="lao",
              amphoe="ห้วยกระเจา", province="กาญจนบุรี", line="@huaikrachao",
              address="150 หมู่ 1 ตำบลห้วยกระเจา อำเภอห้วยกระเจา จังหวัดกาญจนบุรี 71170", phone="034-696-120",
              fax="034-696-121", email="saraban@huaikrachao-sao.go.th", map="14.3402,99.6517",
              execs=[("นายชาตรี พึ่งบุญ", "นายกองค์การบริหารส่วนตำบลห้วยกระเจา"),
                     ("นายสมหมาย แก้วประเสริฐ", "รองนายกองค์การบริหารส่วนตำบลห้วยกระเจา"),
                     ("นางอำไพ ศรีสวัสดิ์", "ปลัดองค์การบริหารส่วนตำบลห้วยกระเจา")],
              exec_phone=["081-763-2290", "087-016-4432", "089-548-1107"])
    modes = {"O6": "half", "O8": "emptyfolder", "O12": "deleted", "O18": "stale", "O22": "denial"}
    folders = {"O8", "O11", "O15", "O20"}                       # published as an embedded Drive folder
    photos(out, host, ag, ("images/banner-oit.jpg",))
    dom = host.removeprefix("www.")
    base = f"https://sites.google.com/{dom}/ita2569"
    own = f"http://{host}"
    menu = [("หน้าหลัก", "/"), ("โครงสร้าง", "/structure.php"), ("ผู้บริหาร", "/executive.php"), ("ข่าวสาร", "/news.php"),
            ("E-Service", "/eservice.php"), ("ร้องเรียนการทุจริต", "/complaint.php"), ("ติดต่อเรา", "/contact.php")]

    def page(title, body):
        return lao_page(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.ห้วยกระเจา")
    own_pages(out, host, ag, page, {"structure": "structure.php", "executives": "executive.php", "contact": "contact.php",
                                    "news": "news.php", "eservice": "eservice.php", "complaint": "complaint.php"},
              form, "/complaint_save.php")
    out.text(host, "index.html", page("หน้าหลัก", (
        f'<div class="row"><div class="col-8"><h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}</div>'
        f'<div class="col-4 banners"><a href="{base}" target="_blank"><img src="/images/banner-oit.jpg" alt=""></a>'
        '<a href="https://www.nacc.go.th/"><img src="/images/logo.png" alt="ป.ป.ช."></a></div></div>')))
    site_title = "ITA 2569 อบต.ห้วยกระเจา"
    groups = [(sub, name, [f"O{n}" for n in numbers]) for sub, name, numbers in SUB]
    nav = [("หน้าแรก", base, [])] + [(f"ตัวชี้วัดย่อยที่ {sub}", f"{base}/{sub.replace('.', '-')}",
                                      [(c, f"{base}/{sub.replace('.', '-')}/{c.lower()}") for c in codes])
                                     for sub, _, codes in groups]
    inline = {"O3": "/contact.php", "O4": "/news.php", "O10": "/eservice.php", "O17": "/complaint.php"}
    verdicts = {}
    for sub, name, codes in groups:
        slug = sub.replace(".", "-")
        for code in codes:
            mode = modes.get(code, "ok")
            where = f"Google Site หน้า {base}/{slug}/{code.lower()}"
            secs, detail = [gs_text(f"ตัวชี้วัดย่อยที่ {sub} {name}", heading=f"{code} {TITLE[code]}")], ""
            if code == "O1":
                (_, t1, b1), (_, t2, b2) = ita_docs("O1", ag)
                secs += [f'<div class="t3iYD"><img src="{own}/images/structure.png" alt="" class="CENy8b"></div>',
                         gs_text(*[p for p in b1.replace("</p>", "").split("<p>") if p], heading=t1),
                         gs_text(*[p for p in b2.replace("</p>", "").split("<p>") if p], heading=t2)]
                detail = "แผนผังโครงสร้าง + หน้าที่และอำนาจ (สรุป) บนหน้า Google Site"
            elif code == "O2":
                secs += [f'<div class="t3iYD"><img src="{own}/images/exec{k + 1}.png" alt="" class="CENy8b"></div>'
                         + gs_text(nm, pos, f"โทร. {ag['exec_phone'][k]}") for k, (nm, pos) in enumerate(ag["execs"])]
                detail = exec_why(ag) + " บนหน้า Google Site"
            elif code in inline:
                secs.append(gs_text(f'<a class="XqQF9c rXJpyf" href="{out.gurl(own + inline[code])}">'
                                   f'{TITLE[code]} (เว็บไซต์ อบต.)</a>'))
                detail = f"ลิงก์ (google.com/url) ไปหน้า {inline[code]} ของ อบต.: {INLINE_WHY[code]}"
            elif mode == "denial":
                secs.append(gs_text("อยู่ระหว่างดำเนินการ"))
            elif code in folders:
                files = []
                if mode != "emptyfolder":
                    files = [(name, url) for name, _, url in drive_docs(out, host, code, ag, mode)]
                fid = hid(host, code, "folder")
                secs += [gs_text("เอกสารประกอบ (โฟลเดอร์ Google Drive)"),
                         f'<div class="WIdY2d M1aSXe"><iframe class="YMEQtf" frameborder="0" width="100%" height="480" '
                         f'src="{out.folder_embed(fid, f"{code} ITA 2569", files)}"></iframe></div>']
                where += " (โฟลเดอร์ Google Drive ฝังในหน้า)"
                if mode == "ok":
                    detail = " + ".join(t for _, t, _ in docs(code, ag, mode))
            else:
                for _, doc_title, url in drive_docs(out, host, code, ag, mode, write=mode != "deleted"):
                    fid = url.split("/d/")[1].split("/")[0]
                    if mode == "deleted" and not detail:
                        detail = url                                 # deleted: the first file's link answers 404
                    secs += [gs_text(doc_title), f'<div class="WIdY2d M1aSXe"><iframe class="YMEQtf" frameborder="0" '
                             f'src="https://drive.google.com/file/d/{fid}/preview" width="100%" height="640"></iframe></div>',
                             f'<div class="U26fgb L7IXhc"><a class="XqQF9c" href="{url}" target="_blank">'
                             f'<div class="NsaAfc"><p>เปิดเอกสาร</p></div></a></div>']
                where += " (ไฟล์ Google Drive ฝังในหน้า)"
            if mode == "deleted":
                verdicts[code] = ("broken", f"{where}: ไฟล์ Google Drive {detail} ถูกลบ (ไดรฟ์ตอบ 404 ตัวอย่างไฟล์ว่าง)")
            elif mode == "ok" and not detail:
                verdicts[code] = judge(code, ag, mode, where, " + ".join(t for _, t, _ in docs(code, ag, mode)))
            else:
                verdicts[code] = judge(code, ag, mode, where, detail)
            out.text("sites.google.com", f"{dom}/ita2569/{slug}/{code.lower()}/index.html",
                     gs_page(base, site_title, f"{code} {TITLE[code]}", nav, secs))
        rows = "".join(f'<li><a class="XqQF9c" href="{base}/{slug}/{c.lower()}">{c} {TITLE[c]}</a></li>' for c in codes)
        out.text("sites.google.com", f"{dom}/ita2569/{slug}/index.html",
                 gs_page(base, site_title, f"ตัวชี้วัดย่อยที่ {sub}", nav, [gs_text(heading=f"ตัวชี้วัดย่อยที่ {sub} {name}"),
                                                                         f'<ul class="n8H08c">{rows}</ul>']))
    out.text("sites.google.com", f"{dom}/ita2569/index.html", gs_page(base, site_title, "หน้าแรก", nav, [
        gs_text(f"การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569 {ag['name']}",
               "เลือกตัวชี้วัดย่อยจากเมนูด้านซ้าย แต่ละหน้าย่อยคือข้อ O1–O26", heading="ITA 2569"),
        "<ul>" + "".join(f'<li><a href="{base}/{sub.replace(".", "-")}">ตัวชี้วัดย่อยที่ {sub} {name}</a></li>'
                         for sub, name, _ in groups) + "</ul>"]))
    write_manifest(out, host, {})
    out.write_expected(host, f"google_sites_classic: the agency's home has only an image banner (empty alt) to a Google Site at "
                       f"{base} (Workspace path form): sub-indicator pages with item sub-pages, Drive previews and embedded "
                       "Drive folders; O3/O4/O10/O17 link back to the agency's pages.",
                       site_meta("huaikrachao", "google_sites_classic", ag, "Huai Krachao SAO", "อบต.", "กาญจนบุรี",
                                 f"http://{host}/"), verdicts)


# ----------------------------------------------------------------------------------------------------------------
# 3. moved_www: http://kokpho-sao.go.th/ -> https://kokpho.go.th/ -> https://www.kokpho.go.th/

def joomla_page(ag: dict, home: str, menu: list[tuple[str, str]], title: str, body: str) -> str:
    items = "".join(f'<li class="nav-item"><a href="{h}">{t}</a></li>' for t, h in menu)
    return (f'<!DOCTYPE html><html lang="th-th" dir="ltr"><head><meta charset="utf-8"><meta name="generator" '
            f'content="Joomla! - Open Source Content Management"><title>{title} - {ag["name"]}</title>'
            f'<link href="/media/templates/site/cassiopeia/css/template.min.css" rel="stylesheet"></head>'
            f'<body class="site com_content wrapper-static view-article"><header class="header container-header full-width">'
            f'<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="{home}">'
            f'<img src="/images/logo.png" alt="{ag["name"]}"></a><div class="site-description">{ag["name"]}</div></div></div>'
            f'<div class="grid-child container-nav"><nav class="navbar navbar-expand-md"><ul class="mod-menu mod-list nav">'
            f'{items}</ul></nav></div></header><div class="site-grid"><div class="grid-child container-component">'
            f'<main><div class="com-content-article item-page"><div class="page-header"><h1>{title}</h1></div>'
            f'<div class="com-content-article__body">{body}</div></div></main></div></div>'
            f'<footer class="container-footer footer full-width"><div class="grid-child">{ag["name"]} {ag["address"]} '
            f'โทร. {ag["phone"]} อีเมล {ag["email"]}</div></footer></body></html>')


def site_kokpho(out: HeldoutOut) -> None:
    old, mid, host = "kokpho-sao.go.th", "kokpho.go.th", "www.kokpho.go.th"
    home = f"https://{host}/"
    ag = dict(name="เทศบาลตำบลโคกโพธิ์", short="ตำบลโคกโพธิ์", old_name="องค์การบริหารส่วนตำบลโคกโพธิ์", kind="lao",
              address="8 หมู่ 1 ตำบลโคกโพธิ์ อำเภอโคกโพธิ์ จังหวัดปัตตานี 94120", phone="073-431-208", fax="073-431-209",
              email="saraban@kokpho.go.th", map="6.7188,101.0875", line="@kokphocity",
              execs=[("นายอับดุลเลาะ เจ๊ะแว", "นายกเทศมนตรีตำบลโคกโพธิ์"), ("นายสุริยา แก้วทอง", "รองนายกเทศมนตรีตำบลโคกโพธิ์"),
                     ("นางรอฮานี สาและ", "ปลัดเทศบาลตำบลโคกโพธิ์")],
              exec_phone=["081-609-2281", "086-288-1403", "089-737-6520"])
    modes = {"O5": "oldplan", "O10": "nostats", "O14": "dead", "O19": "stale", "O25": "nofile"}
    old_name_links = {"O8", "O9", "O12", "O14", "O21"}          # copied from the old site: absolute to the old name
    photos(out, host, ag)
    url = {"structure": "/index.php/about/structure", "executives": "/index.php/about/executives",
           "contact": "/index.php/contact", "news": "/index.php/news", "eservice": "/index.php/e-service",
           "complaint": "/index.php/complaint", "ita": "/index.php/ita-2569"}
    menu = [("หน้าหลัก", "/"), ("โครงสร้าง หน้าที่และอำนาจ", url["structure"]), ("คณะผู้บริหาร", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("ITA 2569", url["ita"]), ("E-Service", url["eservice"]),
            ("ร้องเรียนการทุจริต", url["complaint"]), ("ติดต่อเรา", url["contact"])]

    def page(title, body):
        return joomla_page(ag, home, menu, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ เทศบาลตำบลโคกโพธิ์")
    own_pages(out, host, ag, page, {k: v.lstrip("/") + "/index.html" for k, v in url.items()}, form, "/index.php/complaint/send",
              with_stats=False)
    out.text(host, "index.html", page("หน้าหลัก", (
        f'<p>{ag["name"]} (ยกฐานะจาก{ag["old_name"]}) ยินดีต้อนรับ</p><p><a href="http://{old}{url["ita"]}">'
        f'<img src="/images/logo.png" alt="ITA 2569"> ITA 2569</a></p><h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}')))
    inline = {"O1": url["structure"], "O2": url["executives"], "O3": url["contact"], "O4": url["news"],
              "O10": url["eservice"], "O17": url["complaint"]}
    where = f"หน้า ITA 2569 {home.rstrip('/')}{url['ita']} (โฮสต์ใหม่ www.kokpho.go.th)"
    redirects = {"/": f"https://{mid}/", "/index.php": f"https://{mid}/",      # the home's ITA banner: old name
                 url["ita"]: home.rstrip("/") + url["ita"]}
    verdicts, panels = {}, []
    for sub, name, numbers in SUB:
        rows = []
        for n in numbers:
            code = f"O{n}"
            mode, detail = modes.get(code, "ok"), ""
            if code in INLINE:
                links = [(TITLE[code], inline[code])]
                detail = f"หน้า {inline[code]}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code])
                if mode == "nostats":
                    verdicts[code] = ("partial", f"{where}: หน้า {inline[code]} มีแบบคำร้องออนไลน์ (Google Form) ใช้ได้ "
                                                 "แต่ไม่มีข้อมูลสถิติการขอรับบริการผ่านช่องทางออนไลน์")
            else:
                links, dead = publish_docs(out, host, code, ag, mode, lambda stem, ext, c=code: f"/images/ita2569/{c}-{stem}.{ext}")
                if code in old_name_links:
                    links = [(t, f"http://{old}{h}") for t, h in links]
                    if mode != "dead":
                        redirects.update({h.removeprefix(f"http://{old}"): home.rstrip("/") + h.removeprefix(f"http://{old}")
                                          for _, h in links})
                    detail = f"http://{old}{dead}" if dead else ""
                if mode == "dead":
                    verdicts[code] = ("broken", f"{where}: ลิงก์ยังเป็นชื่อโฮสต์เดิม {detail} ซึ่งตอบ 404 "
                                                "(ไฟล์ไม่ได้ย้ายมาโฮสต์ใหม่)")
                elif mode == "oldplan":
                    detail = links[0][0]
                elif code in old_name_links:
                    detail = ("ลิงก์ด้วยชื่อโฮสต์เดิม kokpho-sao.go.th ซึ่ง redirect มาโฮสต์ใหม่: "
                              + " + ".join(t for _, t, _ in docs(code, ag, mode)))
            if code not in verdicts:
                verdicts[code] = judge(code, ag, mode, where, detail)
            cell = "<br>".join(f'<a href="{h}" target="_blank">{t}</a>' for t, h in links) or "-"
            rows.append(f"<tr><td>{code}</td><td>{TITLE[code]}</td><td>{cell}</td></tr>")
        pid = "c" + sub.replace(".", "")
        panels.append(f'<div class="accordion-item"><h2 class="accordion-header" id="h{pid}"><button class="accordion-button '
                      f'collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#{pid}">ตัวชี้วัดย่อยที่ {sub} {name}'
                      f'</button></h2><div id="{pid}" class="accordion-collapse collapse" data-bs-parent="#ita2569">'
                      f'<div class="accordion-body"><table class="table table-striped"><thead><tr><th>ข้อ</th><th>ข้อมูล</th>'
                      f'<th>เอกสาร</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div></div></div>')
    out.text(host, url["ita"].lstrip("/") + "/index.html", page("ITA 2569", (
        '<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569 เทศบาลตำบลโคกโพธิ์ (คลิกหัวข้อเพื่อแสดงรายการ)</p>'
        f'<div class="accordion" id="ita2569">{"".join(panels)}</div>'
        '<script src="/media/vendor/bootstrap/js/collapse.min.js" defer></script>')))
    out.text(host, "media/vendor/bootstrap/js/collapse.min.js",
             "document.addEventListener('click',function(e){var b=e.target.closest('[data-bs-toggle=collapse]');if(!b)return;"
             "document.querySelector(b.getAttribute('data-bs-target')).classList.toggle('show');b.classList.toggle('collapsed');});\n")
    out.text(host, "media/templates/site/cassiopeia/css/template.min.css", ".collapse:not(.show){display:none}\n")
    write_manifest(out, host, {})
    write_manifest(out, mid, {"redirect": {"/": home}})
    write_manifest(out, old, {"redirect": redirects})
    out.write_expected(old, f"moved_www: the registry URL http://{old}/ answers 301 to https://{mid}/, which answers 301 to {home} "
                       "(new name, https, www); Joomla-style site with the ITA 2569 accordion; some links still absolute to the "
                       "old name, redirected by it except one file.",
                       dict(agency="kokpho", year=CUR, family="ita", style="moved_www", architecture="moved_www",
                            registry=dict(name_th=ag["old_name"], name_en="Khok Pho SAO", type="อบต.", province="ปัตตานี",
                                          url=f"http://{old}/")), verdicts)


# ----------------------------------------------------------------------------------------------------------------
# 4. sheet_index: the ITA index is a published Google Sheet, reached through a google.com/url wrapper

def sheet_html(title: str, tabs: list[tuple[str, list[list[str]]]]) -> str:
    """A Google Sheet published to the web (``/pubhtml``): tabs, and each tab's grid as ``table.waffle``."""
    menu, grids = [], []
    for k, (name, rows) in enumerate(tabs):
        gid = 0 if k == 0 else 1784302 + k
        menu.append(f'<li id="sheet-button-{gid}"><a href="#" onclick="switchToSheet(\'{gid}\')">{name}</a></li>')
        cols = "".join(f'<th id="{gid}C{c}" style="width:{w}px;" class="column-headers-background">{chr(65 + c)}</th>'
                       for c, w in enumerate((60, 420, 360, 160)))
        body = "".join(f'<tr style="height: 21px"><th id="{gid}R{r}" style="height: 21px;" class="row-headers-background">'
                       f'<div class="row-header-wrapper" style="line-height: 21px">{r + 1}</div></th>'
                       + "".join(f'<td class="s{1 if r == 0 else 2}" dir="ltr">{cell}</td>' for cell in row) + "</tr>"
                       for r, row in enumerate(rows))
        grids.append(f'<div id="{gid}" style="display:{"block" if k == 0 else "none"};position:relative;" dir="ltr">'
                     f'<div class="ritz grid-container" dir="ltr"><table class="waffle" cellspacing="0" cellpadding="0">'
                     f'<thead><tr><th class="row-header freezebar-origin-ltr"></th>{cols}</tr></thead><tbody>{body}</tbody>'
                     f'</table></div></div>')
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            f'<title>{title}</title><style>.waffle td.s2 a{{color:#1155cc}}</style></head><body><div id="top-bar">'
            f'<div id="doc-title"><span class="name">{title}</span></div></div><div id="sheet-menu"><ul>{"".join(menu)}'
            f'</ul></div><div id="sheets-viewport">{"".join(grids)}</div><script>function switchToSheet(id){{'
            f'document.querySelectorAll("#sheets-viewport > div").forEach(function(d){{d.style.display=d.id===id?"block":"none";}});}}'
            f'</script><div id="footer"><div id="publish-notice">เผยแพร่โดยใช้ <a href="https://www.google.com/sheets/about/">'
            f'Google ชีต</a></div><div>อัปเดตอัตโนมัติทุก 5 นาที</div></div></body></html>')


def site_wangchan(out: HeldoutOut) -> None:
    host = "www.wangchan-sao.go.th"
    own = f"http://{host}"
    ag = dict(years="two_digit", name="องค์การบริหารส่วนตำบลวังจันทร์", short="องค์การบริหารส่วนตำบลวังจันทร์", kind="lao",
              amphoe="วังจันทร์", province="ระยอง", line="@wangchansao",
              address="77 หมู่ 2 ตำบลวังจันทร์ อำเภอวังจันทร์ จังหวัดระยอง 21210", phone="038-666-140", fax="038-666-141",
              email="saraban@wangchan-sao.go.th", map="12.9501,101.4996",
              execs=[("นายไพฑูรย์ วงศ์สวัสดิ์", "นายกองค์การบริหารส่วนตำบลวังจันทร์"),
                     ("นายจำลอง ศรีวิเศษ", "รองนายกองค์การบริหารส่วนตำบลวังจันทร์"),
                     ("นางสาวปิยะนุช ทองมา", "ปลัดองค์การบริหารส่วนตำบลวังจันทร์")],
              exec_phone=["081-455-6120", "086-117-2293", "089-904-3371"])
    modes = {"O9": "nofile", "O13": "stale", "O17": "dead", "O20": "announce_only", "O21": "deleted"}
    drive_items = {"O6", "O12", "O15", "O19", "O21", "O24"}     # the rest are PDFs on the agency's own host
    photos(out, host, ag)
    menu = [("หน้าแรก", "/"), ("โครงสร้าง", "/index.php?op=structure"), ("ผู้บริหาร", "/index.php?op=executive"),
            ("ข่าวประชาสัมพันธ์", "/index.php?op=news"), ("E-Service", "/index.php?op=eservice"),
            ("ติดต่อเรา", "/index.php?op=contact")]

    def page(title, body):
        return lao_page(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.วังจันทร์")
    own_pages(out, host, ag, page, {"structure": "index.php@op=structure", "executives": "index.php@op=executive",
                                    "contact": "index.php@op=contact", "news": "index.php@op=news",
                                    "eservice": "index.php@op=eservice", "complaint": "unused"}, form, None)
    inline = {"O1": "/index.php?op=structure", "O2": "/index.php?op=executive", "O3": "/index.php?op=contact",
              "O4": "/index.php?op=news", "O10": "/index.php?op=eservice", "O17": "/complaint.php"}
    verdicts, rows = {}, [["ข้อ", "ข้อมูล (ITA ปี 69)", "ลิงก์หลักฐาน", "หมายเหตุ"]]
    sheet_url = f"https://docs.google.com/spreadsheets/d/e/{PUB}{hid(host, 'sheet')[5:40]}/pubhtml"
    where = f"Google Sheet ดัชนี ITA 2569 ({sheet_url})"
    for code, _title in ITA2569:
        mode, detail, note = modes.get(code, "ok"), "", ""
        if code in INLINE:
            links = [(TITLE[code] if code != "O17" else "แจ้งเรื่องร้องเรียนการทุจริต (ออนไลน์)", own + inline[code])]
            detail = f"หน้า {inline[code]}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code])
            if mode == "dead":
                verdicts[code] = ("broken", f"{where} แถว {code}: ลิงก์ไปหน้าแจ้งเรื่องร้องเรียนการทุจริต {own}{inline[code]} "
                                            "ของ อบต. ซึ่งตอบ 404 (ไม่มีช่องทางอื่นสำหรับเรื่องทุจริตในดัชนี)")
        elif code in drive_items:
            links = [(t, url) for _, t, url in drive_docs(out, host, code, ag, mode, write=mode != "deleted")]
            if mode == "deleted":
                verdicts[code] = ("broken", f"{where} แถว {code}: ไฟล์ Google Drive {links[0][1]} ถูกลบ (ไดรฟ์ตอบ 404)")
            note = "Google Drive"
        else:
            links, dead = publish_docs(out, host, code, ag, mode, lambda stem, ext, c=code: f"/files/ita69/{c}_{stem}.{ext}")
            links = [(t, own + h) for t, h in links]
        if code not in verdicts:
            verdicts[code] = judge(code, ag, mode, where if mode == "nofile" else f"{where} แถว {code}", detail)
        cell = "<br>".join(f'<a target="_blank" href="{html.escape(out.gurl(h))}">{t}</a>' for t, h in links) or "-"
        rows.append([code, TITLE[code], cell, note or ("ปีงบ 2569" if links else "")])
    old_rows = [["ข้อ", "ข้อมูล (ITA ปี 68)", "ลิงก์หลักฐาน", "หมายเหตุ"]] + [
        [c, t, f'<a target="_blank" href="{html.escape(out.gurl(own + "/files/ita68/" + c + ".pdf"))}">เปิด</a>', "ปีงบ 2568"]
        for c, t in ITA2569[:4]]
    for c, _ in ITA2569[:4]:
        out.pdf(host, f"/files/ita68/{c}.pdf", f"{TITLE[c]} (ITA 2568)", f"<p>{ag['name']} ข้อมูล {c} ปีงบประมาณ พ.ศ. 2568</p>")
    sheet_path = sheet_url.removeprefix("https://docs.google.com/")
    out.text("docs.google.com", f"{sheet_path}/index.html",
             sheet_html("ITA 2569 อบต.วังจันทร์", [("ITA 2569", rows), ("ITA 2568", old_rows)]))
    ita_link = out.gurl(sheet_url)
    out.text(host, "index.html", page("หน้าแรก", (
        f'<div class="row"><div class="col-8"><h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}</div>'
        f'<div class="col-4"><div class="card"><h4>ITA</h4><ul><li><a href="{html.escape(ita_link)}" target="_blank">'
        'การประเมินคุณธรรมและความโปร่งใส ITA 2569 (OIT)</a></li><li><a href="/index.php?op=news">ข่าว ITA</a></li></ul>'
        '</div></div></div>')))
    write_manifest(out, host, {})
    out.write_expected(host, "sheet_index: the home page's ITA 2569 link goes through www.google.com/url?q= to a published "
                       "Google Sheet (pubhtml) whose cells link (google.com/url-wrapped) to the agency's pages and PDFs "
                       "and to Drive files.",
                       site_meta("wangchan", "sheet_index", ag, "Wang Chan SAO", "อบต.", "ระยอง", f"http://{host}/"), verdicts)


# ----------------------------------------------------------------------------------------------------------------
# 5. mixed_legacy: TIS-620 frameset; legacy-font PDFs, scans, rows with two links

def legacy_html(title: str, body: str, bg: str = "#FFFFFF") -> str:
    """A table-layout page of the 2000s. Dashes and quotes TIS-620 lacks are typed in ASCII, as such sites have them."""
    body = body.replace("–", "-").replace("—", "-").replace("“", '"').replace("”", '"')
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-874">'
            f'<title>{title}</title></head><body bgcolor="{bg}" leftmargin="0" topmargin="0">'
            f'<table width="100%" border="0" cellpadding="6" cellspacing="0"><tr><td valign="top">'
            f'<font face="MS Sans Serif" size="2">{body}</font></td></tr></table></body></html>')


def site_chiangklang(out: HeldoutOut) -> None:
    host = "www.chiangklang-sao.go.th"
    ag = dict(years="thai_digits", name="องค์การบริหารส่วนตำบลเชียงกลาง", short="องค์การบริหารส่วนตำบลเชียงกลาง", kind="lao",
              line="@chiangklang",
              address="123 หมู่ 5 ตำบลเชียงกลาง อำเภอเชียงกลาง จังหวัดน่าน 55160", phone="054-797-105", fax="054-797-106",
              email="chiangklang_sao@hotmail.com", map="19.2924,100.8626",
              execs=[("นายบุญมา ปัญญาดี", "นายกองค์การบริหารส่วนตำบลเชียงกลาง"),
                     ("นายสุวิทย์ อินต๊ะ", "รองนายกองค์การบริหารส่วนตำบลเชียงกลาง"),
                     ("นางศรีนวล คำมูล", "ปลัดองค์การบริหารส่วนตำบลเชียงกลาง")],
              exec_phone=["081-035-7742", "089-853-2210", "086-190-4458"])
    modes = {"O3": "nomap", "O9": "absent", "O13": "dead", "O22": "stale", "O25": "denial"}
    legacy = {"O5", "O6", "O7", "O12", "O14", "O16", "O21", "O24"}
    scans = {"O8", "O15", "O22", "O23", "O26"}
    photos(out, host, ag)
    header = f"{ag['name']} อำเภอเชียงกลาง จังหวัดน่าน"
    out.text(host, "index.html", (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN" "http://www.w3.org/TR/html4/frameset.dtd"><html><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-874">'
        f'<title>{ag["name"]}</title></head><frameset rows="120,*" frameborder="0" border="0">'
        '<frame src="top.htm" name="topFrame" scrolling="no" noresize><frameset cols="190,*" frameborder="0" border="0">'
        '<frame src="menu.htm" name="leftFrame"><frame src="main.htm" name="mainFrame"></frameset></frameset>'
        f'<noframes><body>เว็บไซต์นี้ใช้เฟรม <a href="main.htm">เข้าสู่หน้าหลัก</a></body></noframes></html>'))
    out.text(host, "top.htm", legacy_html(ag["name"], f'<img src="images/logo.png" align="left"><b><font size="5">{ag["name"]}'
                                                      f'</font></b><br>{ag["address"]}', "#CCE5FF"))
    menu = [("หน้าหลัก", "main.htm"), ("โครงสร้างและอำนาจหน้าที่", "structure.htm"), ("คณะผู้บริหาร", "executive.htm"),
            ("ข่าวประชาสัมพันธ์", "news.htm"), ("OIT 2569", "oit2569.htm"), ("บริการออนไลน์ E-Service", "eservice.htm"),
            ("ร้องเรียนการทุจริต", "complaint.htm"), ("กระดานสนทนา", "webboard/"), ("ติดต่อ อบต.", "contact.htm")]
    out.text(host, "menu.htm", legacy_html("เมนู", "".join(
        f'<table width="100%"><tr><td bgcolor="#336699"><a href="{h}" target="mainFrame"><font color="#FFFFFF">'
        f'&raquo; {t}</font></a></td></tr></table>' for t, h in menu), "#E6F0FA"))
    form = out.form(f"{host}/eservice", "คำร้องออนไลน์ อบต.เชียงกลาง")
    ag["map_on"] = False
    own_pages(out, host, ag, legacy_html, {"structure": "structure.htm", "executives": "executive.htm",
                                           "contact": "contact.htm", "news": "news.htm", "eservice": "eservice.htm",
                                           "complaint": "complaint.htm"}, form, "complaint_save.php")
    out.text(host, "main.htm", legacy_html("หน้าหลัก", f'<b>ยินดีต้อนรับสู่เว็บไซต์{ag["name"]}</b><br><br>'
                                                        f'<a href="oit2569.htm">OIT 2569</a><br>{news_list(NEWS69[:4])}'))
    clip = {"O4": out.youtube(f"{YT}news0", "อบต.เชียงกลาง ข่าวประจำเดือนมีนาคม 2569",
                              "สรุปข่าวกิจกรรมของ อบต.เชียงกลาง เดือนมีนาคม 2569 โครงการป้องกันไฟป่าและหมอกควัน", "อบต.เชียงกลาง"),
            "O19": out.youtube(f"{YT}meet1", "ประชาคมตำบลเชียงกลาง ปี 2569 (12 ก.พ. 2569)",
                               "บันทึกการประชุมประชาคมตำบล การจัดทำแผนพัฒนาและโครงการซ่อมแซมถนน ผู้เข้าร่วม 64 คน", "อบต.เชียงกลาง")}
    inline = {"O1": "structure.htm", "O2": "executive.htm", "O3": "contact.htm", "O4": "news.htm", "O10": "eservice.htm",
              "O17": "complaint.htm"}
    where = f"ตาราง OIT 2569 (http://{host}/oit2569.htm, หน้าในเฟรม TIS-620)"
    verdicts, flags, rows = {}, {}, []
    for code, title in ITA2569:
        mode, detail = modes.get(code, "ok"), ""
        if mode == "absent":
            verdicts[code] = judge(code, ag, mode, where)
            continue
        links: list[tuple[str, str]] = []
        if code in INLINE:
            links = [(TITLE[code], inline[code])]
            detail = f"หน้า {inline[code]}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code])
            if mode == "nomap":
                detail = f"หน้า {inline[code]}: มีที่อยู่ โทร โทรสาร อีเมล และช่องทางสอบถาม (LINE) แต่ไม่มีแผนที่ตั้งหน่วยงาน"
        elif mode not in ("denial",):
            for stem, doc_title, body in docs(code, ag, mode):
                path = f"doc/2569/{code.lower()}_{stem}.pdf"
                links.append((doc_title, path))
                if mode == "dead":
                    detail = f"http://{host}/{path}"
                elif code in scans:
                    out.scan_pdf(host, path, doc_title, body, seed=int(code[1:]))
                    flags[code] = {"ocr": True}
                elif code in legacy:
                    out.legacy_pdf(host, path, doc_title, body, header)
                else:
                    out.pdf(host, path, doc_title, body)
                if code in SHEETS and mode != "dead":
                    out.xlsx(host, path.replace(".pdf", ".xlsx"), doc_title, [SHEETS[code], *sheet_rows(code, stem, mode)])
                    links.append((doc_title + " (Excel)", path.replace(".pdf", ".xlsx")))
            kind = " (สแกน ไม่มีชั้นข้อความ)" if code in scans else " (PDF ฟอนต์ไทยแบบเก่า ไม่ใช่ Unicode)" if code in legacy else ""
            if mode == "ok":
                detail = " + ".join(t for _, t, _ in docs(code, ag, mode)) + kind
        if code in clip:
            links.append(("คลิปวิดีโอ (YouTube)", clip[code]))
            if code == "O19":
                detail += " และคลิปการประชุมประชาคมบน YouTube ในแถวเดียวกัน"
        verdicts[code] = judge(code, ag, mode, where, detail)
        if mode == "stale" and code in scans:
            verdicts[code] = ("partial", verdicts[code][1] + " — เอกสารสแกน ไม่มีชั้นข้อความ")
        cell = ("อยู่ระหว่างดำเนินการ" if mode == "denial" else
                " | ".join(f'<a href="{h}" target="_blank">{t}</a>' for t, h in links))
        rows.append(f'<tr bgcolor="#FFFFFF"><td align="center">{code}</td><td>{title}</td><td>{cell}</td></tr>')
    out.text(host, "oit2569.htm", legacy_html("OIT 2569", (
        '<p align="center"><b><font size="3">การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ ๒๕๖๙</font></b></p>'
        '<table width="100%" border="0" cellpadding="4" cellspacing="1" bgcolor="#999999"><tr bgcolor="#FFCC66">'
        f'<td width="8%"><b>ข้อ</b></td><td width="52%"><b>ข้อมูล</b></td><td><b>ไฟล์/ลิงก์</b></td></tr>{"".join(rows)}</table>')))
    write_manifest(out, host, {"encoding": "tis-620"})
    out.write_expected(host, "mixed_legacy: TIS-620 frameset site; the OIT 2569 table links legacy-font PDFs, scanned "
                       "image-only PDFs, ordinary PDFs, and rows with a PDF or page plus a YouTube clip.",
                       site_meta("chiangklang", "mixed_legacy", ag, "Chiang Klang SAO", "อบต.", "น่าน", f"http://{host}/"),
                       verdicts, flags)


# ----------------------------------------------------------------------------------------------------------------
# The builder

SITES = {"www.khuanlang.go.th": "site_khuanlang", "www.huaikrachao-sao.go.th": "site_huaikrachao",
         "kokpho-sao.go.th": "site_kokpho", "kokpho.go.th": None, "www.kokpho.go.th": None,
         "www.wangchan-sao.go.th": "site_wangchan", "www.chiangklang-sao.go.th": "site_chiangklang"}
OUTSIDE = [f"drive.google.com/file/d/{HID}*", f"drive.google.com/drive/folders/{HID}*",
           f"drive.google.com/embeddedfolderview@id={HID}*", f"docs.google.com/forms/d/e/{FORM}*",
           f"docs.google.com/spreadsheets/d/e/{PUB}*", f"www.google.com/url@*{USG}*", f"www.youtube.com/watch@v={YT}*",
           "sites.google.com/huaikrachao-sao.go.th"]


def build(dest: Path = SITES_DIR) -> None:
    for host in SITES:                                           # only our own folders are replaced
        shutil.rmtree(dest / host, ignore_errors=True)
    for pattern in OUTSIDE:
        for old in dest.glob(pattern):
            shutil.rmtree(old) if old.is_dir() else old.unlink()
    out = HeldoutOut(dest)
    for fn in filter(None, SITES.values()):
        globals()[fn](out)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
