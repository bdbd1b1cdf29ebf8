"""Two held-out ITA 2569 sites whose documents are shown and named the ways agencies embed and name them (issue 19,
round 8, lane "viewers").

Run from the repository root:  python -m farm.builders.heldout_viewers   (needs reportlab and the TLWG fonts; the
output under farm/sites/ is committed, tests need neither)

  www.nongyaplong-sao.go.th   อบต.หนองหญ้าปล้อง       pdf_viewers
      A vendor CMS (``index.php?op=…``) that ships Mozilla's PDF.js viewer (``/pdfjs/web/viewer.html``). The OIT
      table's rows open a detail page per item (``index.php?op=itaview&id=N``) that shows the item's PDFs in the
      viewer (``<iframe src="/pdfjs/web/viewer.html?file=…">``: the file written raw in Thai with spaces, or
      percent-encoded, or relative to the viewer ``../../uploads/…``, or a download counter without extension
      ``/download.php?id=N``), in ``<object data>`` (with an ``<embed>`` inside) or a bare ``<embed src>``; some rows
      link the viewer directly. File names are the officer's desktop names: Thai with spaces and ``+``. Downloads
      without an extension answer ``application/force-download`` / ``application/octet-stream`` /
      ``text/html`` with ``Content-Disposition: attachment; filename*=UTF-8''…``; an .xlsx is sent as
      ``application/vnd.ms-excel``. O19's PDF has an owner password (opens for everyone, copying forbidden); O23's
      PDF has a user password (nobody opens it without the password).
      Wrong: O7 is the 2567 annual report (partial), O13 the 2568 HR plan (partial), O14's viewer shows a file that
      answers 404 (broken), O20 only the No Gift announcement (partial), O23 unreadable (unchecked: a person sees
      a password prompt, never the plan), O24 row "-" (missing), O25 "อยู่ระหว่างดำเนินการ" (missing).
      Markup source: PDF.js's own web/viewer.html (toolbar, ``#viewerContainer``, ``data-l10n-id``; Apache-2.0, as
      bundled by the PDF.js Viewer Shortcode plugin, GitHub BenjaminLawson/PDF.js-Viewer-Shortcode
      pdfjs/web/viewer.html), ``<object type="application/pdf">`` with an ``<embed>`` fallback as HTML editors write it.

  www.thatakiap.go.th         เทศบาลตำบลท่าตะเกียบ     docs_pub_bookmarks
      An old table-layout site in windows-874 whose menu "ITA 2569" opens a Google Docs document published to the
      web (``docs.google.com/document/d/e/2PACX-…/pub``): one paragraph per item, links wrapped by
      ``www.google.com/url?q=…`` as Docs writes them, to the agency's pages, its PDFs (Thai names percent-encoded by
      Docs, names with ``+``), a Drive file, a download centre page (windows-874: file names written raw in the
      href's path, and in a ``download.php?file=`` query that a browser sends in windows-874), a file whose name
      is percent-encoded in TIS-620 (an IIS server's habit), and an extension-less ``/download/file/N``
      (``application/octet-stream`` + ``Content-Disposition``). Sub-indicators 9.3–9.4 (O15–O26) are one PDF, "ดัชนี
      เอกสาร OIT 2569 หมวด 9.3–9.4", whose pages list the items without links: the links are its bookmarks
      (outline entries with URI actions), as a person clicks them in the viewer's side panel.
      Wrong: O6 progress covers 3 months (partial), O12 is the 2567 summary (partial), O14's link answers 404
      (broken), O18 the 2567 statistics (partial), O21 listed "-" with no bookmark (missing), O24 "อยู่ระหว่าง
      ดำเนินการ" with no bookmark (missing).
      Markup source: Google Docs "Publish to the web" HTML (``#contents .doc-content``, ``p.c1 span.c0``,
      ``a.c3`` google.com/url links; reading_sites_content.docs_pub), PDF outlines with ``/S /URI`` actions (PDF 1.7
      §12.3.3, §12.6.4.7) as Acrobat's "Bookmark > Action: Open a web link" writes them.

Every verdict was written before any engine run, with heldout_sites.py's assessor rules (wrong year, a 3-month
report = partial; "-", "อยู่ระหว่างดำเนินการ" = missing; a link that gives no document = broken), reading each file
as a person with a browser does: the viewer shows the file, a download is opened, an owner-password PDF opens, a
user-password PDF does not (never read: unchecked, not missing), a PDF's bookmarks are clicked.
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

from farm.builders.heldout_sites import TITLE, HeldoutOut, docs, judge, own_pages, site_meta
from farm.builders.heldout_unforeseen import INLINE_KIND, KINDS, agency, cms_page
from farm.builders.ita2569_moit import CUR, NEWS69, news_list, write_manifest
from farm.builders.reading_sites_content import FONT, INLINE, INLINE_WHY, SHEETS, SUB, exec_why, photos, sheet_rows
from farm.server import SITES_DIR

HOSTS = ("www.nongyaplong-sao.go.th", "www.thatakiap.go.th")
PREV = CUR - 1
VW = "vW69"                # this builder's outside ids (forms, Drive, published Docs, google.com/url) start so
OUTSIDE = [f"docs.google.com/forms/d/e/1FAIpQL{VW}*", f"drive.google.com/file/d/1{VW}*",
           f"docs.google.com/document/d/e/2PACX-1v{VW}*", f"www.google.com/url@*AOvVaw{VW}*"]

# PDF.js's viewer page as it is served (web/viewer.html, trimmed of the secondary toolbar's and dialogs' markup):
# everything a reader sees is drawn by viewer.js from the ``file`` parameter
PDFJS_VIEWER = """<!DOCTYPE html>
<!--
Copyright 2012 Mozilla Foundation

Licensed under the Apache License, Version 2.0 (the "License");
-->
<html dir="ltr" mozdisallowselectionprint>
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
    <meta name="google" content="notranslate">
    <title>PDF.js viewer</title>
    <link rel="stylesheet" href="viewer.css">
    <link rel="resource" type="application/l10n" href="locale/locale.properties">
    <script src="../build/pdf.js"></script>
    <script src="viewer.js"></script>
  </head>
  <body tabindex="1" class="loadingInProgress">
    <div id="outerContainer">
      <div id="sidebarContainer">
        <div id="toolbarSidebar">
          <div class="splitToolbarButton toggled">
            <button id="viewThumbnail" class="toolbarButton toggled" title="Show Thumbnails" tabindex="2" data-l10n-id="thumbs">
               <span data-l10n-id="thumbs_label">Thumbnails</span>
            </button>
            <button id="viewOutline" class="toolbarButton" title="Show Document Outline (double-click to expand/collapse all items)" tabindex="3" data-l10n-id="document_outline">
               <span data-l10n-id="document_outline_label">Document Outline</span>
            </button>
            <button id="viewAttachments" class="toolbarButton" title="Show Attachments" tabindex="4" data-l10n-id="attachments">
               <span data-l10n-id="attachments_label">Attachments</span>
            </button>
          </div>
        </div>
        <div id="sidebarContent">
          <div id="thumbnailView"></div>
          <div id="outlineView" class="hidden"></div>
          <div id="attachmentsView" class="hidden"></div>
        </div>
      </div>  <!-- sidebarContainer -->
      <div id="mainContainer">
        <div class="findbar hidden doorHanger" id="findbar">
          <input id="findInput" class="toolbarField" title="Find" placeholder="Find in document…" tabindex="91" data-l10n-id="find_input">
          <button id="findPrevious" class="toolbarButton findPrevious" title="Find the previous occurrence of the phrase" tabindex="92" data-l10n-id="find_previous"><span data-l10n-id="find_previous_label">Previous</span></button>
          <button id="findNext" class="toolbarButton findNext" title="Find the next occurrence of the phrase" tabindex="93" data-l10n-id="find_next"><span data-l10n-id="find_next_label">Next</span></button>
        </div>  <!-- findbar -->
        <div class="toolbar">
          <div id="toolbarContainer">
            <div id="toolbarViewer">
              <div id="toolbarViewerLeft">
                <button id="sidebarToggle" class="toolbarButton" title="Toggle Sidebar" tabindex="11" data-l10n-id="toggle_sidebar"><span data-l10n-id="toggle_sidebar_label">Toggle Sidebar</span></button>
                <button id="viewFind" class="toolbarButton" title="Find in Document" tabindex="12" data-l10n-id="findbar"><span data-l10n-id="findbar_label">Find</span></button>
                <button class="toolbarButton pageUp" title="Previous Page" id="previous" tabindex="13" data-l10n-id="previous"><span data-l10n-id="previous_label">Previous</span></button>
                <button class="toolbarButton pageDown" title="Next Page" id="next" tabindex="14" data-l10n-id="next"><span data-l10n-id="next_label">Next</span></button>
                <input type="number" id="pageNumber" class="toolbarField pageNumber" title="Page" value="1" size="4" min="1" tabindex="15" data-l10n-id="page">
                <span id="numPages" class="toolbarLabel"></span>
              </div>
              <div id="toolbarViewerRight">
                <button id="print" class="toolbarButton print hiddenMediumView" title="Print" tabindex="33" data-l10n-id="print"><span data-l10n-id="print_label">Print</span></button>
                <button id="download" class="toolbarButton download hiddenMediumView" title="Download" tabindex="34" data-l10n-id="download"><span data-l10n-id="download_label">Download</span></button>
                <a href="#" id="viewBookmark" class="toolbarButton bookmark hiddenSmallView" title="Current view (copy or open in new window)" tabindex="35" data-l10n-id="bookmark"><span data-l10n-id="bookmark_label">Current View</span></a>
              </div>
              <div id="toolbarViewerMiddle">
                <button id="zoomOut" class="toolbarButton zoomOut" title="Zoom Out" tabindex="21" data-l10n-id="zoom_out"><span data-l10n-id="zoom_out_label">Zoom Out</span></button>
                <button id="zoomIn" class="toolbarButton zoomIn" title="Zoom In" tabindex="22" data-l10n-id="zoom_in"><span data-l10n-id="zoom_in_label">Zoom In</span></button>
                <select id="scaleSelect" title="Zoom" tabindex="23" data-l10n-id="zoom">
                  <option id="pageAutoOption" title="" value="auto" selected="selected" data-l10n-id="page_scale_auto">Automatic Zoom</option>
                  <option id="pageActualOption" title="" value="page-actual" data-l10n-id="page_scale_actual">Actual Size</option>
                  <option id="pageFitOption" title="" value="page-fit" data-l10n-id="page_scale_fit">Page Fit</option>
                  <option id="pageWidthOption" title="" value="page-width" data-l10n-id="page_scale_width">Page Width</option>
                </select>
              </div>
            </div>
            <div id="loadingBar"><div class="progress"><div class="glimmer"></div></div></div>
          </div>
        </div>
        <div id="viewerContainer" tabindex="0">
          <div id="viewer" class="pdfViewer"></div>
        </div>
        <div id="errorWrapper" hidden='true'>
          <div id="errorMessageLeft"><span id="errorMessage"></span>
            <button id="errorShowMore" data-l10n-id="error_more_info">More Information</button>
          </div>
        </div>
      </div> <!-- mainContainer -->
      <div id="overlayContainer" class="hidden">
        <div id="passwordOverlay" class="container hidden">
          <div class="dialog">
            <div class="row"><p id="passwordText" data-l10n-id="password_label">Enter the password to open this PDF file:</p></div>
            <div class="row"><input type="password" id="password" class="toolbarField"></div>
            <div class="buttonRow">
              <button id="passwordCancel" class="overlayButton"><span data-l10n-id="password_cancel">Cancel</span></button>
              <button id="passwordSubmit" class="overlayButton"><span data-l10n-id="password_ok">OK</span></button>
            </div>
          </div>
        </div>
      </div>  <!-- overlayContainer -->
    </div> <!-- outerContainer -->
    <div id="printContainer"></div>
  </body>
</html>
"""


def desk_name(code: str, title: str, joiner: str = " ") -> str:
    """The file name an officer gives a document on the desktop: the item's code, its Thai title shortened, the
    year; words joined by ``joiner`` (" " or "+")."""
    short = re.sub(r"ประจำปีงบประมาณ พ\.ศ\. |ปีงบประมาณ พ\.ศ\. ", "ปี ", html.unescape(title))
    short = re.sub(r"[()&;/:]", "", short)
    words = short.split()
    year = next((w for w in reversed(words) if re.fullmatch(r"25\d\d", w)), "")
    kept: list[str] = []
    for word in words[:7]:   # a file name fits in 255 bytes (Thai letters are 3 bytes in UTF-8)
        if len(joiner.join([*kept, word]).encode()) <= 130:
            kept.append(word)
    kept = kept or [words[0][:30]]
    if year and year not in kept:
        kept.append(year)
    return f"{code}{joiner}" + joiner.join(kept) + ".pdf"


def vid(*parts: str) -> str:
    return hashlib.sha1("/".join(parts).encode()).hexdigest()


class ViewersOut(HeldoutOut):
    """HeldoutOut that also writes password-protected PDFs and PDFs whose outline holds the links; its outside
    pages live under this builder's own ids (another builder's rebuild removes only its own)."""

    def form(self, fid: str, title: str) -> str:
        url = super().form(fid, title)
        old = url.split("/e/")[1].split("/")[0]
        new = "1FAIpQL" + VW + vid(fid)[:36]
        src = self.dest / "docs.google.com" / "forms" / "d" / "e" / old
        dst = src.with_name(new)
        shutil.rmtree(dst, ignore_errors=True)
        src.rename(dst)
        page = dst / "viewform" / "index.html"
        page.write_text(page.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
        return url.replace(old, new)

    def docs_pub(self, key: str, title: str, paras: list[str]) -> str:
        url = super().docs_pub(key, title, paras)
        old = url.split("/e/")[1].split("/")[0]
        new = "2PACX-1v" + VW + vid(key)[:40]
        src = self.dest / "docs.google.com" / "document" / "d" / "e" / old
        dst = src.with_name(new)
        shutil.rmtree(dst, ignore_errors=True)
        src.rename(dst)
        return url.replace(old, new)

    def gurl(self, target: str) -> str:
        """``www.google.com/url?q=…&sa=D&source=editors&ust=…&usg=…`` as Docs wraps a link; its redirect page is
        written when its name fits a file name (a Thai file name quoted twice does not: the crawl unwraps the
        link without asking Google, rules/urls and crawler/outside.unwrap)."""
        usg = "AOvVaw" + VW + vid(target)[:17]
        query = f"q={quote(target, safe='')}&sa=D&source=editors&ust=1775012400000000&usg={usg}"
        if len(f"url@{query}".encode()) < 250:
            t = html.escape(target)
            self.text("www.google.com", f"url@{query}",
                      f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta content="0;url={t}" http-equiv="refresh">'
                      f'<title>Redirecting</title></head><body><a href="{t}">{t}</a><script nonce="vW69">'
                      f'window.location.replace({json.dumps(target)});</script></body></html>')
        return f"https://www.google.com/url?{query}"

    def pdf(self, host: str, path: str, title: str, body: str, user: str = "", owner: str = "") -> None:
        """A typed Thai PDF (reportlab, TLWG Garuda); with ``owner`` (and ``user``) passwords, encrypted as
        Acrobat's "Restrict editing and printing" (owner only) or "Require a password to open" (user) does."""
        from reportlab import rl_config
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.pdfencrypt import StandardEncryption
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

        rl_config.invariant = 1
        if "Garuda" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("Garuda", FONT))
        f = self.dest / host / path.lstrip("/")
        f.parent.mkdir(parents=True, exist_ok=True)
        head = ParagraphStyle("h", fontName="Garuda", fontSize=16, leading=26)
        text = ParagraphStyle("p", fontName="Garuda", fontSize=13, leading=21)
        flow = [Paragraph(title, head), Spacer(1, 8)]
        flow += [Paragraph(p, text) for p in re.findall(r"<p>(.*?)</p>", body, re.S)]
        encrypt = StandardEncryption(user, ownerPassword=owner, canPrint=1, canModify=0, canCopy=0, canAnnotate=0,
                                     strength=128) if owner else None
        doc = SimpleDocTemplate(str(f), pagesize=A4, title=html.unescape(re.sub("<[^>]+>", "", title)), author="",
                                encrypt=encrypt)
        doc.build(flow)

    def outline_pdf(self, host: str, path: str, title: str, lines: list[str], marks: list[tuple[str, str]]) -> None:
        """A PDF listing ``lines`` with no link on its pages, whose outline (bookmarks) holds ``marks``: (title,
        URL) entries with URI actions, appended as an incremental update (PDF 1.7 §7.5.6)."""
        self.pdf(host, path, title, "".join(f"<p>{html.escape(line)}</p>" for line in lines))
        f = self.dest / host / path.lstrip("/")
        add_uri_outline(f, marks)


def _pdf_text(s: str) -> bytes:
    return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"


def add_uri_outline(f: Path, marks: list[tuple[str, str]]) -> None:
    """Append an outline whose entries open ``marks``' URLs to the PDF at ``f`` (a new catalog pointing at it)."""
    data = f.read_bytes()
    trailer = data[data.rindex(b"trailer"):]
    root = int(re.search(rb"/Root (\d+) 0 R", trailer).group(1))
    size = int(re.search(rb"/Size (\d+)", trailer).group(1))
    info = re.search(rb"/Info (\d+ 0 R)", trailer)
    prev = int(re.search(rb"startxref\s+(\d+)", trailer).group(1))
    catalog = re.search(rb"\n%d 0 obj\s*<<(.*?)>>\s*endobj" % root, data, re.S).group(1)
    first = size
    objects: dict[int, bytes] = {}
    n = len(marks)
    objects[first] = b"<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>" % (first + 1, first + n, n)
    for k, (label, url) in enumerate(marks):
        me = first + 1 + k
        links = (b" /Prev %d 0 R" % (me - 1) if k else b"") + (b" /Next %d 0 R" % (me + 1) if k < n - 1 else b"")
        uri = quote(url, safe=":/?&=%#+.-_~").encode("ascii")
        objects[me] = (b"<< /Title " + _pdf_text(label) + b" /Parent %d 0 R" % first + links +
                       b" /A << /S /URI /URI (" + uri + b") >> >>")
    objects[root] = b"<<" + catalog + b" /Outlines %d 0 R /PageMode /UseOutlines >>" % first
    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    offsets = {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objects[num] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \n" % (root, offsets[root])
    out += b"%d %d\n" % (first, n + 1) + b"".join(b"%010d 00000 n \n" % offsets[first + k] for k in range(n + 1))
    out += (b"trailer\n<< /Size %d /Root %d 0 R" % (first + n + 1, root) + (b" /Info " + info.group(1) if info else b"")
            + b" /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (prev, xref))
    f.write_bytes(bytes(out))


def item_docs(out: ViewersOut, host: str, code: str, ag: dict, mode: str, base: str, joiner: str = " ",
              write: bool = True, user: str = "", owner: str = "") -> list[tuple[str, str, str]]:
    """Write an item's documents under ``base`` with desktop names; [(title, file name, path)] (the Excel copy
    O11 and O18 ask for as its own entry)."""
    got = []
    for stem, title, body in docs(code, ag, mode):
        name = desk_name(code, title, joiner)
        path = f"{base}/{name}"
        if write:
            out.pdf(host, path, title, body, user=user, owner=owner)
        got.append((title, name, path))
        if code in SHEETS:
            xname = name.removesuffix(".pdf") + ".xlsx"
            if write:
                out.xlsx(host, f"{base}/{xname}", title, [SHEETS[code], *sheet_rows(code, stem, mode)])
            got.append((title + " (Excel)", xname, f"{base}/{xname}"))
    return got


def disk(path: str) -> str:
    """The on-disk file for a query address (``/index.php?op=x`` -> ``index.php@op=x``)."""
    return path.lstrip("/").replace("?", "@", 1)


# ----------------------------------------------------------------------------------------------------------------
# 1. pdf_viewers: PDF.js viewer pages, <object>/<embed>, Thai desktop names, downloads without extension, passwords

VIEWER = "/pdfjs/web/viewer.html"
# how each item's documents are shown: the detail page's frame, or the row's own link (see the module docstring)
SHOWN = {"O5": "viewer_raw", "O6": "viewer_encoded", "O7": "object", "O8": "embed_plus", "O9": "viewer_download",
         "O11": "viewer_and_attachment", "O12": "row_download_html", "O13": "row_plus", "O14": "viewer_raw",
         "O15": "object", "O16": "row_noext", "O18": "viewer_xls_as_ms_excel", "O19": "owner_password",
         "O20": "embed", "O21": "row_viewer", "O22": "row_viewer_relative", "O23": "user_password", "O26": "object"}
MODES = {"O7": "stale", "O13": "stale", "O14": "dead", "O20": "announce_only", "O24": "nofile", "O25": "denial"}


def viewer_src(path: str, style: str = "raw") -> str:
    if style == "encoded":
        return f"{VIEWER}?file={quote(path, safe='')}#zoom=auto"
    if style == "relative":
        return f"{VIEWER}?file=../..{path}"
    return f"{VIEWER}?file={path}#page=1&zoom=page-width"


def frame(src: str) -> str:
    return (f'<iframe src="{html.escape(src)}" width="100%" height="900" style="border:1px solid #ccc" '
            'allowfullscreen webkitallowfullscreen></iframe>')


def site_nongyaplong(out: ViewersOut) -> None:
    host = HOSTS[0]
    ag = agency("หนองหญ้าปล้อง", "หนองหญ้าปล้อง", "เพชรบุรี", "nongyaplong", "76160",
                ["นายชาตรี พุ่มพวง", "นายสมชาย แก้วประเสริฐ", "นางสาวอรุณี ทองดี"], ["081-604-1101", "081-604-1102", "081-604-1103"])
    ag["map"] = "13.16,99.73"
    url = {k: f"/index.php?op={k}" for k in KINDS}
    ita = "/index.php?op=ita&year=2569"
    menu = [("หน้าแรก", "/"), ("โครงสร้าง", url["structure"]), ("ผู้บริหาร", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("E-Service", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("ITA 2569", ita), ("ติดต่อเรา", url["contact"])]

    def page(title, body):
        return cms_page(ag, menu, title, body)
    photos(out, host, ag)
    form = out.form(f"{host}/eservice", f"ยื่นคำร้องออนไลน์ {ag['name']}")
    own_pages(out, host, ag, page, {k: disk(v) for k, v in url.items()}, form, url["complaint"])
    out.text(host, VIEWER.lstrip("/"), PDFJS_VIEWER)
    base = "/uploads/ita2569"
    where = f"หน้า http://{host}{ita}"
    manifest: dict = {"types": {"/index.php": "text/html"}, "headers": {}}
    downloads = iter(range(41, 99))

    def download(path: str, name: str, ctype: str) -> str:
        """The file at ``path`` served again by the download counter, ``download.php?id=N``, as an attachment."""
        address = f"/download.php?id={next(downloads)}"
        src = out.dest / host / path.lstrip("/")
        dst = out.dest / host / disk(address)
        dst.write_bytes(src.read_bytes())
        src.unlink()
        manifest["types"][address] = ctype
        manifest["headers"][address] = {"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"}
        return address

    rows, verdicts = [], {}
    for sub, name, numbers in SUB:
        for n in numbers:
            code = f"O{n}"
            mode, shown = MODES.get(code, "ok"), SHOWN.get(code, "")
            if code in INLINE:
                href = {c: url[k] for c, k in INLINE_KIND.items()}[code]
                rows.append((code, sub, name, f'<a href="{href}">{TITLE[code]}</a>'))
                detail = f"หน้า {href}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code])
                verdicts[code] = judge(code, ag, "ok", f"{where} แถว {code}", detail)
                continue
            if mode in ("nofile", "denial"):
                rows.append((code, sub, name, "อยู่ระหว่างดำเนินการ" if mode == "denial" else "-"))
                verdicts[code] = judge(code, ag, mode, where if mode == "nofile" else f"{where} แถว {code}")
                continue
            joiner = "+" if shown in ("embed_plus", "row_plus") else " "
            files = item_docs(out, host, code, ag, mode, base, joiner, write=mode != "dead",
                              user="nyp2569" if shown == "user_password" else "",
                              owner="admin-nyp" if shown in ("owner_password", "user_password") else "")
            detail_page = f"/index.php?op=itaview&id={n}"
            shows, cell = [], f'<a href="{detail_page}">เปิดดู</a>'
            for title, fname, path in files:
                excel = path.endswith(".xlsx")
                if shown == "viewer_download" or (shown == "viewer_and_attachment" and excel):
                    kind = "application/octet-stream" if excel else "application/force-download"
                    address = download(path, fname, kind)
                    shows.append(f'<p><a href="{address}">ดาวน์โหลด {html.escape(title)}</a></p>' if excel else
                                 frame(viewer_src(address, "encoded")))
                elif shown == "row_download_html":
                    address = download(path, fname, "text/html; charset=utf-8")
                    cell = f'<a href="{address}" target="_blank">{html.escape(title)}</a>'
                elif shown == "row_noext":
                    plain = f"{base}/{code}-{len(shows) + 1}"
                    (out.dest / host / plain.lstrip("/")).write_bytes((out.dest / host / path.lstrip("/")).read_bytes())
                    (out.dest / host / path.lstrip("/")).unlink()
                    manifest["types"][plain] = "application/octet-stream"
                    manifest["headers"][plain] = {"Content-Disposition": f"attachment; filename*=UTF-8''{quote(fname)}"}
                    cell = f'<a href="{plain}">ดาวน์โหลด</a>'
                    shows.append(plain)
                elif shown == "row_plus":
                    cell = f'<a href="{path}" target="_blank">{html.escape(title)}</a>'
                elif shown in ("row_viewer", "row_viewer_relative"):
                    src = viewer_src(path, "relative" if shown == "row_viewer_relative" else "raw")
                    cell = f'<a href="{html.escape(src)}" target="_blank">{html.escape(title)}</a>'
                elif excel and shown == "viewer_xls_as_ms_excel":
                    manifest["types"][quote(path)] = "application/vnd.ms-excel"
                    shows.append(f'<p>ไฟล์ Excel: <a href="{path}">{html.escape(fname)}</a></p>')
                elif excel:
                    shows.append(f'<p>ไฟล์ Excel: <a href="{path}">{html.escape(fname)}</a></p>')
                elif shown in ("object", "owner_password"):
                    shows.append(f'<object data="{path}" type="application/pdf" width="100%" height="900">'
                                 f'<embed src="{path}" type="application/pdf" width="100%" height="900"></object>')
                elif shown in ("embed", "embed_plus", "user_password"):
                    shows.append(f'<embed src="{path}" type="application/pdf" width="100%" height="900">')
                else:
                    shows.append(frame(viewer_src(path, "encoded" if shown == "viewer_encoded" else "raw")))
            if shown not in ("row_download_html", "row_noext", "row_plus", "row_viewer", "row_viewer_relative"):
                body = (f"<p>{TITLE[code]} ประจำปีงบประมาณ พ.ศ. {CUR} ({ag['name']})</p>" + "".join(shows))
                out.text(host, disk(detail_page), page(f"{code} {TITLE[code]}", body))
            rows.append((code, sub, name, cell))
            titles = " + ".join(t for t, _, p in files if not p.endswith(".xlsx"))
            how = {"object": "แสดงใน &lt;object&gt;", "embed": "แสดงใน &lt;embed&gt;", "embed_plus": "แสดงใน &lt;embed&gt;",
                   "owner_password": "PDF มีรหัสผ่านเจ้าของ (เปิดอ่านได้ ห้ามคัดลอก)"}.get(shown, "")
            if shown == "user_password":
                verdicts[code] = ("unchecked", f"{where} แถว {code} หน้า {detail_page}: PDF '{files[0][1]}' "
                                  "ตั้งรหัสผ่านเปิดเอกสาร (user password) ผู้ตรวจเปิดไม่ได้ ไม่เห็นเนื้อหา — ต้องขอรหัสผ่าน/ตรวจด้วยตนเอง "
                                  "ไม่ใช่ 'ไม่พบข้อมูล'")
                continue
            place = f"{where} แถว {code}" + (f" หน้า {detail_page}" if detail_page and cell.startswith(
                f'<a href="{detail_page}"') else "")
            dead = f"http://{host}{quote(files[0][2])}"
            status, why = judge(code, ag, mode, place, dead if mode == "dead" else "")
            if mode == "dead":
                why = f"{place}: PDF.js viewer แสดงไฟล์ {dead} ที่ตอบ 404 (ไม่มีไฟล์ให้เปิด)"
            elif how or shown.startswith(("viewer", "row_")):
                why += f" [{how or shown}]"
            del titles
            verdicts[code] = (status, why)
    trs = "".join(f"<tr><td>{sub}</td><td>{code}</td><td>{TITLE[code]}</td><td>{cell}</td></tr>"
                  for code, sub, _name, cell in rows)
    table = ('<table class="table table-bordered"><thead><tr><th>ตัวชี้วัดย่อย</th><th>ข้อ</th><th>ข้อมูล</th>'
             '<th>เอกสาร</th></tr></thead><tbody>' + trs + "</tbody></table>")
    out.text(host, disk(ita), page("การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569", table))
    out.text(host, "index.html", page("หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     f'<p><a href="{ita}"><img src="/images/ita2569.png" alt="ITA 2569"></a></p>'))
    if not manifest["headers"]:
        del manifest["headers"]
    write_manifest(out, host, manifest)
    out.write_expected(host, "pdf_viewers: a vendor CMS whose OIT rows open detail pages showing the PDFs in PDF.js's "
                       "viewer (file= raw Thai, encoded, relative, a download counter), <object>/<embed>; Thai desktop "
                       "names with spaces and '+'; downloads without extension sent as attachments with wrong types; "
                       "an owner-password PDF (readable) and a user-password PDF (unreadable).",
                       site_meta("nongyaplong", "pdf_viewers", ag, "Nong Ya Plong SAO", "อบต.", "เพชรบุรี",
                                 f"http://{host}/"), verdicts)


# ----------------------------------------------------------------------------------------------------------------
# 2. docs_pub_bookmarks: a published Google Doc as the OIT index, Thai names every way, a PDF whose bookmarks link

def old_page(ag: dict, title: str, body: str) -> str:
    menu = [("หน้าแรก", "/index.html"), ("โครงสร้าง", "/structure.html"), ("คณะผู้บริหาร", "/executives.html"),
            ("ข่าวประชาสัมพันธ์", "/news.html"), ("E-Service", "/eservice.html"), ("ร้องเรียนการทุจริต", "/complaint.html"),
            ("ศูนย์ดาวน์โหลด", "/download.html"), ("ITA 2569", ag["ita"]), ("ติดต่อเรา", "/contact.html")]
    links = "".join(f'<tr><td><a href="{h}">» {t}</a></td></tr>' for t, h in menu)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-874">'
            f'<title>{ag["name"]}</title></head><body bgcolor="#FFFFF0">'
            f'<table width="900" align="center" border="0"><tr><td colspan="2"><h2>{ag["name"]}</h2></td></tr>'
            f'<tr><td width="180" valign="top"><table>{links}</table></td><td valign="top">'
            f'<font face="MS Sans Serif"><b>{title}</b><br>{body}</font></td></tr>'
            f'<tr><td colspan="2" align="center"><font size="1">{ag["name"]} {ag["address"]} โทร {ag["phone"]}'
            '</font></td></tr></table></body></html>')


MODES2 = {"O6": "half", "O12": "stale", "O14": "dead", "O18": "stale", "O21": "nofile", "O24": "denial"}
BOOKMARKED = range(15, 27)
CENTRE = {"O8": "path", "O9": "query"}   # the download centre's link per item: raw Thai in the path / query


def site_thatakiap(out: ViewersOut) -> None:
    host = HOSTS[1]
    ag = agency("ท่าตะเกียบ", "ท่าตะเกียบ", "ฉะเชิงเทรา", "thatakiap", "24160",
                ["นายประยูร ศรีสมบูรณ์", "นายวิชัย เพชรงาม", "นางจันทร์เพ็ญ บุญมา"], ["081-605-2201", "081-605-2202", "081-605-2203"])
    ag.update(name="เทศบาลตำบลท่าตะเกียบ", short="เทศบาลตำบลท่าตะเกียบ", map="13.43,101.72",
              execs=[(ag["execs"][0][0], "นายกเทศมนตรีตำบลท่าตะเกียบ"), (ag["execs"][1][0], "รองนายกเทศมนตรีตำบลท่าตะเกียบ"),
                     (ag["execs"][2][0], "ปลัดเทศบาลตำบลท่าตะเกียบ")],
              address="88 หมู่ 1 ตำบลท่าตะเกียบ อำเภอท่าตะเกียบ จังหวัดฉะเชิงเทรา 24160", email="saraban@thatakiap.go.th")
    site = f"http://{host}"
    photos(out, host, ag)
    form = out.form(f"{host}/eservice", f"ยื่นคำร้องออนไลน์ {ag['name']}")
    manifest: dict = {"encoding": "cp874", "charset_header": "windows-874", "types": {}, "headers": {}}
    base = "/files/ita2569"
    paras, marks, listing, centre_rows, verdicts = [], [], [], [], {}
    doc_where = "Google Docs ที่เผยแพร่ (ดัชนี ITA 2569)"
    index_pdf = f"{base}/ดัชนีเอกสาร OIT 2569 หมวด 9.3-9.4.pdf"
    pdf_where = f"PDF ดัชนี {site}{quote(index_pdf)} (บุ๊กมาร์ก)"
    for sub, name, numbers in SUB:
        paras.append(f"<b>ตัวชี้วัดย่อยที่ {sub} {name}</b>")
        for n in numbers:
            code = f"O{n}"
            mode = MODES2.get(code, "ok")
            if code in INLINE:
                href = f"{site}/{INLINE_KIND[code]}.html"
                paras.append(f'{code} {TITLE[code]} : <a class="c3" href="{out.gurl(href)}">{href}</a>')
                detail = f"หน้า {href}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code])
                verdicts[code] = judge(code, ag, "ok", f"{doc_where} ย่อหน้า {code}", detail)
                continue
            if n in BOOKMARKED:
                listing.append(f"{code} {TITLE[code]}" + (" : อยู่ระหว่างดำเนินการ" if mode == "denial" else
                                                          " : -" if mode == "nofile" else ""))
                if mode in ("nofile", "denial"):
                    verdicts[code] = judge(code, ag, mode, pdf_where if mode == "nofile" else f"{pdf_where} {code}")
                    continue
                owner = "admin-ttk" if code == "O25" else ""
                files = item_docs(out, host, code, ag, mode, base, " ", owner=owner)
                for k, (_title, _fname, path) in enumerate(files):
                    label = f"{code} {TITLE[code]}" + (" (Excel)" if path.endswith(".xlsx") else f" ({k + 1})" if len(files) > 1 else "")
                    marks.append((label, f"{site}{path}"))
                status, why = judge(code, ag, mode, f"{pdf_where} {code}")
                verdicts[code] = (status, why + (" [PDF มีรหัสผ่านเจ้าของ เปิดอ่านได้]" if owner else ""))
                continue
            files = item_docs(out, host, code, ag, mode, base, "+" if code == "O7" else " ", write=mode != "dead")
            place = f"{doc_where} ย่อหน้า {code}"
            links = []
            if code == "O6" and mode == "half":
                for title, fname, path in files:   # kept on Drive
                    fid = "1" + VW + vid(host, fname)[:28]
                    out.drive(fid, fname, f"<h2>{title}</h2>" + dict((t, b) for _, t, b in docs(code, ag, mode))[title])
                    (out.dest / host / path.lstrip("/")).unlink()
                    links.append((title, f"https://drive.google.com/file/d/{fid}/view?usp=sharing"))
            elif code in CENTRE:
                links.append(("ศูนย์ดาวน์โหลดเอกสาร", f"{site}/download.html"))
                for title, fname, path in files:
                    if CENTRE[code] == "query":   # download.php?file=<name>: a browser sends the query in windows-874
                        address = f"/download.php?file={quote(fname.encode('cp874'), safe='')}"
                        src = out.dest / host / path.lstrip("/")
                        (out.dest / host / disk(address)).write_bytes(src.read_bytes())
                        src.unlink()
                        manifest["types"][address] = "application/pdf"
                        centre_rows.append((code, title, f"/download.php?file={fname}"))
                    else:
                        centre_rows.append((code, title, path))
            elif code == "O11":
                for k, (title, fname, path) in enumerate(files):
                    if path.endswith(".xlsx"):
                        address = f"/download/file/{1187 + k}"
                        src = out.dest / host / path.lstrip("/")
                        dst = out.dest / host / address.lstrip("/")
                        dst.parent.mkdir(parents=True, exist_ok=True)
                        dst.write_bytes(src.read_bytes())
                        src.unlink()
                        manifest["types"][address] = "application/octet-stream"
                        manifest["headers"][address] = {"Content-Disposition": f"attachment; filename*=UTF-8''{quote(fname)}"}
                        links.append((title, f"{site}{address}"))
                    else:
                        links.append((title, f"{site}{quote(path)}"))
            elif code == "O14":
                links = [(t, f"{site}{quote(p)}") for t, _, p in files]
            elif code == "O13":   # IIS on Windows: a name percent-encoded in TIS-620, as the old upload script wrote it
                for title, fname, path in files:
                    tis = f"{base}/{quote(fname.encode('cp874'), safe='')}"
                    src = out.dest / host / path.lstrip("/")
                    (out.dest / host / tis.lstrip("/")).write_bytes(src.read_bytes())
                    src.unlink()
                    links.append((title, f"{site}{tis}"))
            else:
                links = [(t, f"{site}{quote(p)}") for t, _, p in files]
            cells = " ".join(f'<a class="c3" href="{out.gurl(h)}">{html.escape(t)}</a>' for t, h in links)
            paras.append(f"{code} {TITLE[code]} : {cells}")
            detail = f"{site}{quote(files[0][2])}" if mode == "dead" else ""
            status, why = judge(code, ag, mode, place, detail)
            if code in CENTRE:
                why += (f" [ผ่านหน้าศูนย์ดาวน์โหลด {site}/download.html: ชื่อไฟล์ภาษาไทยในลิงก์ไม่เข้ารหัส"
                        + (" ใน query ของ download.php (เบราว์เซอร์ส่งเป็น windows-874)]" if CENTRE[code] == "query" else "]"))
            verdicts[code] = (status, why)
    paras.append("<b>ตัวชี้วัดย่อยที่ 9.3–9.4 (O15–O26)</b>")
    paras.append(f'เอกสารข้อ O15–O26 อยู่ในไฟล์ <a class="c3" href="{out.gurl(site + quote(index_pdf))}">ดัชนีเอกสาร OIT 2569 '
                 'หมวด 9.3-9.4 (PDF)</a> คลิกที่บุ๊กมาร์ก (Bookmarks) ของแต่ละข้อทางด้านซ้ายเพื่อเปิดเอกสาร')
    # the Doc lists 9.3–9.4 only through the PDF: keep its paragraphs in reading order (9.1, 9.2 above; the PDF last)
    paras = [p for p in paras if not re.match(r"<b>ตัวชี้วัดย่อยที่ 9\.[34] ", p)]
    out.outline_pdf(host, index_pdf, "ดัชนีเอกสารการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569 หมวด 9.3–9.4",
                    [f"{ag['name']} — เปิดเอกสารแต่ละข้อจากบุ๊กมาร์กด้านซ้าย", *listing], marks)
    doc = out.docs_pub(f"{host}/ita2569", f"ITA 2569 {ag['name']} การเปิดเผยข้อมูลสาธารณะ (OIT)", paras)
    for code in verdicts:
        verdicts[code] = (verdicts[code][0], verdicts[code][1].replace(doc_where, f"{doc_where} {doc}"))
    ag["ita"] = doc

    def page(title, body):
        return old_page(ag, title, body)
    own_pages(out, host, ag, page, {k: f"{k}.html" for k in KINDS}, form, "/complaint.html")
    trs = "".join(f'<tr><td>{code}</td><td><a href="{href}">{html.escape(title)}</a></td></tr>'
                  for code, title, href in centre_rows)
    out.text(host, "download.html", page("ศูนย์ดาวน์โหลดเอกสาร", f'<table border="1" cellpadding="3">{trs}</table>'))
    out.text(host, "index.html", page(f"ยินดีต้อนรับสู่{ag['name']}", news_list(NEWS69[:4]) +
                                      f'<p><a href="{doc}">ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)</a></p>'))
    if not manifest["headers"]:
        del manifest["headers"]
    write_manifest(out, host, manifest)
    out.write_expected(host, "docs_pub_bookmarks: an old windows-874 site whose OIT index is a published Google Doc "
                       "(google.com/url-wrapped links) to Thai-named PDFs (UTF-8 percent-encoded, '+', TIS-620 "
                       "percent-encoded), a download centre with raw Thai names in path and query, an extension-less "
                       "attachment, and a PDF whose bookmarks (outline URI actions) link O15–O26.",
                       site_meta("thatakiap", "docs_pub_bookmarks", ag, "Tha Takiap Subdistrict Municipality", "เทศบาล",
                                 "ฉะเชิงเทรา", f"http://{host}/"), verdicts)


def build(dest: Path = SITES_DIR) -> None:
    for host in HOSTS:
        shutil.rmtree(dest / host, ignore_errors=True)
    for pattern in OUTSIDE:
        for old in dest.glob(pattern):
            shutil.rmtree(old) if old.is_dir() else old.unlink()
    out = ViewersOut(dest)
    site_nongyaplong(out)
    site_thatakiap(out)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
