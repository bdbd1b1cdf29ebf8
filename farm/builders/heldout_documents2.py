"""Two held-out ITA 2569 sites whose documents are posted the ways the farm lacked (issue 19, round 10, lane
"documents2").

Run from the repository root:  python -m farm.builders.heldout_documents2   (needs reportlab, openpyxl, the TLWG
fonts and libarchive for the 7z files; the output under farm/sites/ is committed, tests need none of these tools)

  www.nongkhaem-sao.go.th   อบต.หนองแขม (สุพรรณบุรี)   locked_packed
      A vendor CMS on IIS/ASP.NET (``ita.aspx?year=2569``) whose officer uploads from Windows: the OIT table's rows
      open files through backslash paths, ``<a href="Upload\\ITA2569\\O8_manual.pdf">``, ``onclick="window.open(
      'Upload\\\\ITA2569\\\\O6.pdf')"`` (the backslash escaped inside the script's string) and ``openDoc('…')``, a
      function of the page's own script; almost every PDF is encrypted with an empty user password ("Restrict
      printing and copying": it opens for everyone, printing and copying forbidden). O11's documents are a RAR, O12's
      and O14's a 7z. O20–O22's rows open one PDF, "ดัชนีเอกสาร 10.1", whose link annotations were typed on Windows:
      ``http://www.nongkhaem-sao.go.th\\Upload\\ITA2569\\O20_nogift.pdf`` (a browser reads a backslash as a slash).
      O23 and O24 share one PDF page: "มาตรการ 10.2", each item under its own heading.
      Wrong: O7 is the 2567 annual report (partial); O13's PDF asks for a password to open (unchecked: nobody
      reads it without the password); O14's 7z holds the 2567 HR report (partial); O16's ``onclick`` writes the path
      with single backslashes in a script string, ``window.open('Upload\\ITA2569\\O16_...pdf')``: the script
      drops them and the browser opens ``UploadITA2569O16_...pdf``, which answers 404 (broken: a person clicking
      gets nothing, though the file exists under the path the officer meant); O18's RAR is password-protected
      (unchecked); O24's heading on the shared page stands over "อยู่ระหว่างดำเนินการ" only (missing); O25 row "-"
      (missing).
      Markup source: ASP.NET WebForms pages (``__VIEWSTATE``, ``form#form1``, ``ctl00_ContentPlaceHolder1_…``
      GridView tables) as Thai vendor CMSs on IIS serve them; Windows paths (``Upload\\...``) as Path.Combine writes
      them; Acrobat's "Restrict editing and printing" security (PDF 1.7 §7.6.3: /Encrypt with an empty user
      password, /P without print and copy bits); RAR 4 block layout (rarlab technote: MARK_HEAD, MAIN_HEAD,
      FILE_HEAD with LHD_PASSWORD 0x04).

  www.huaihin-sao.go.th     อบต.ห้วยหิน (บุรีรัมย์)      flip_sheets
      The menu's "ITA 2569" page frames a Google Sheet published to the web (``pubhtml?widget=true&headers=false``)
      with two tabs: "ตัวชี้วัดที่ 9" (O1–O19) and "ตัวชี้วัดที่ 10" (O20–O26, hidden until its tab is clicked, as
      published Sheets draw every tab and show the first). One row per item, its links in the "ลิงก์" column
      (google.com/url-wrapped, as Sheets write them; some rows two links). O5 is a FlipBuilder flipbook on the
      agency's own host (``/ebook/devplan/index.html``: page pictures, the text of each page in
      ``files/search/searchtext.js``); O7 and O8 are FlipHTML5 / AnyFlip books (``online.fliphtml5.com/…/``: the
      same layout under ``javascript/config.js`` and ``files/search/searchtext.js``). O6, O11 (beside its PDF), O14,
      O18 and O19 link one workbook, "ข้อมูล OIT 2569.xlsx", one sheet per item, each sheet named by its code.
      Wrong: O6's sheet covers 3 months (partial), O7's flipbook is the 2567 annual report (partial), O9 row "-"
      (missing), O15's PDF answers 404 (broken), O18's sheet is the 2567 statistics (partial), O22's row (second
      tab) says "อยู่ระหว่างดำเนินการ" (missing).
      Markup source: Google Sheets "Publish to web" HTML (heldout_sites.sheet_html: ``#sheets-viewport``,
      ``table.waffle``, every tab's grid in the page, the first shown); FlipBuilder/FlipHTML5 output (``index.html``,
      ``javascript/config.js``, ``files/page/N.jpg``, ``files/search/searchtext.js`` holding ``textForPages``, as
      public exports of such books show it).

Every verdict was written before any engine run, with heldout_sites.py's assessor rules (wrong year, a 3-month
report = partial; "-", "อยู่ระหว่างดำเนินการ" = missing; a link that gives no document = broken), reading each file
as a person with a browser and a desktop does: a restricted PDF opens, a password-to-open PDF or RAR does not (never
read: unchecked, not missing), a RAR or 7z is unpacked and its files read, a link is followed where the browser
goes (a backslash in a URL is a slash; a script string's lone backslash is dropped), two items on one page are each
read under their own heading, a flipbook's pages are read, a workbook's sheet named for the item is that item's.
"""
from __future__ import annotations

import html
import json
import shutil
import struct
import sys
import zlib
from pathlib import Path

from farm.builders.document_tools import Line, write_pdf
from farm.builders.heldout_sites import (TITLE, HeldoutOut, docs, hid, judge, lao_page, own_pages, sheet_html,
                                         site_meta)
from farm.builders.heldout_unforeseen import agency
from farm.builders.ita2569_moit import CUR, ITA2569, NEWS69, news_list, write_manifest
from farm.builders.reading_sites_content import INLINE, INLINE_WHY, SHEETS, SUB, exec_why, photos, sheet_rows
from farm.server import SITES_DIR

HOSTS = ("www.nongkhaem-sao.go.th", "www.huaihin-sao.go.th")
PUB = "2PACX-1vDc2"           # this builder's published Sheets ids
FLIP_USER = "dcxq2"           # its FlipHTML5 / AnyFlip accounts
MTIME = 1774947600            # 2026-03-31 09:00 UTC: archive members' dates, fixed so a rebuild writes the same bytes


class Docs2Out(HeldoutOut):
    """HeldoutOut with restricted and locked PDFs, RAR and 7z archives, and flipbooks."""

    def locked_pdf(self, host: str, path: str, title: str, body: str, user: str = "") -> None:
        """A PDF encrypted as Acrobat's security does: an empty ``user`` password opens it for everyone with printing
        and copying forbidden; a ``user`` password is asked before anything is shown."""
        self.pdf_bytes(host, path, pdf_bytes(title, body, user=user, owner="nk-admin-2569"))

    def pdf_bytes(self, host: str, path: str, body: bytes) -> None:
        f = self.dest / host / path.lstrip("/")
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(body)

    def flipbook(self, host: str, base: str, title: str, pages: list[str]) -> None:
        """A FlipBuilder/FlipHTML5 book at ``base`` on ``host``: index.html, javascript/config.js (the book's
        settings, its page pictures), files/page/N.jpg and files/search/searchtext.js (each page's text)."""
        base = base.strip("/")
        config = {"bookTitle": title, "totalPageCount": len(pages), "largePageWidth": 1240, "largePageHeight": 1754,
                  "normalPath": "files/page/", "largePath": "files/page/", "thumbPath": "files/thumb/",
                  "SearchButtonVisible": "Show", "DownloadButtonVisible": "Hide"}
        pages_js = [{"n": [f"files/page/{k + 1}.jpg"], "t": f"files/thumb/{k + 1}.jpg"} for k in range(len(pages))]
        self.text(host, f"{base}/javascript/config.js",
                  "var bookConfig = " + json.dumps(config, ensure_ascii=False) + ";\nvar fliphtml5_pages = "
                  + json.dumps(pages_js) + ";\n")
        self.text(host, f"{base}/files/search/searchtext.js",
                  "var textForPages = " + json.dumps(pages, ensure_ascii=False) + ";\nvar positionForPages = "
                  + json.dumps([[] for _ in pages]) + ";\n")
        for k in range(len(pages)):
            self.png(host, f"{base}/files/page/{k + 1}.jpg", 235)
            self.png(host, f"{base}/files/thumb/{k + 1}.jpg", 235)
        self.text(host, f"{base}/javascript/LoadingJS.js",
                  "(function(){var s=document.createElement('script');s.src='javascript/main.js';"
                  "document.head.appendChild(s);})();\n")
        self.text(host, f"{base}/index.html",
                  f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                  f'<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0">'
                  f'<title>{html.escape(title)}</title><link rel="stylesheet" href="style/style.css">'
                  '<script src="javascript/jquery-3.5.1.min.js"></script><script src="javascript/config.js"></script>'
                  '<script src="files/search/searchtext.js"></script></head><body><div id="tmpContainer" '
                  'style="display:none"></div><div id="loadingBar"></div><script src="javascript/LoadingJS.js">'
                  '</script><noscript>โปรดเปิดใช้งาน JavaScript เพื่ออ่านหนังสือเล่มนี้</noscript></body></html>')


def pdf_bytes(title: str, body: str, user: str = "", owner: str = "") -> bytes:
    """A typed Thai PDF (heldout_viewers' layout); with ``owner``, encrypted (RC4 128) with ``user`` to open it."""
    import io
    import re

    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from farm.builders.reading_sites_content import FONT
    rl_config.invariant = 1
    if "Garuda" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Garuda", FONT))
    head = ParagraphStyle("h", fontName="Garuda", fontSize=16, leading=26)
    text = ParagraphStyle("p", fontName="Garuda", fontSize=13, leading=21)
    flow = [Paragraph(title, head), Spacer(1, 8)] + [Paragraph(p, text) for p in re.findall(r"<p>(.*?)</p>", body, re.S)]
    encrypt = StandardEncryption(user, ownerPassword=owner, canPrint=0, canModify=0, canCopy=0, canAnnotate=0,
                                 strength=128) if owner else None
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, title=html.unescape(re.sub("<[^>]+>", "", title)), author="",
                      encrypt=encrypt).build(flow)
    return buf.getvalue()


def rar4(files: dict[str, bytes], locked: bool = False) -> bytes:
    """A RAR 4 archive storing ``files`` (method "store"), block by block as rarlab's technote lays it out; ``locked``:
    every file header carries LHD_PASSWORD (0x04) and its data is ciphertext, as WinRAR's "Set password" writes."""
    def block(kind: int, flags: int, body: bytes) -> bytes:
        head = struct.pack("<BHH", kind, flags, 7 + len(body)) + body
        return struct.pack("<H", zlib.crc32(head) & 0xFFFF) + head
    out = b"Rar!\x1a\x07\x00" + block(0x73, 0, b"\0" * 6)
    for name, data in files.items():
        if locked:   # stand-in ciphertext of the same length, padded to AES blocks, plus the 8-byte salt
            data = bytes((b * 73 + k * 31 + 17) & 0xFF for k, b in enumerate(data + b"\0" * (-len(data) % 16)))
        fixed = struct.pack("<IIBIIBBHI", len(data), len(data), 2, zlib.crc32(data), 0x5C7F4800, 29 if locked else 20,
                            0x30, len(name), 0x20)
        salt = b"nk2569sl" if locked else b""
        out += block(0x74, 0x8000 | (0x04 | 0x400 if locked else 0), fixed + name.encode("ascii") + salt) + data
    return out + block(0x7B, 0x4000, b"")


def seven_zip(files: dict[str, bytes]) -> bytes:
    """A 7z archive of ``files`` (libarchive's writer, LZMA), dates fixed."""
    import tempfile

    import libarchive
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "a.7z"
        with libarchive.file_writer(str(path), "7zip") as archive:
            for name, data in files.items():
                archive.add_file_from_memory(name, len(data), data, mtime=MTIME)
        return path.read_bytes()


# ----------------------------------------------------------------------------------------------------------------
# 1. locked_packed: an IIS CMS with backslash paths, restricted PDFs, RAR/7z, a PDF index typed on Windows

def aspx_page(ag: dict, menu: list[tuple[str, str]], title: str, body: str, script: str = "") -> str:
    items = "".join(f'<li><a id="ctl00_menu_{k}" href="{h}">{t}</a></li>' for k, (t, h) in enumerate(menu))
    return (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            f'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml">'
            f'<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{title} :: '
            f'{ag["name"]}</title><link href="App_Themes/Default/style.css" rel="stylesheet" type="text/css" />'
            f'{script}</head><body><form name="aspnetForm" method="post" action="./{title and "ita.aspx"}" id="aspnetForm">'
            '<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" /></div>'
            f'<div id="ctl00_header"><img src="images/banner.jpg" alt="{ag["name"]}" /><h1>{ag["name"]}</h1>'
            f'<span>อำเภอ{ag["amphoe"]} จังหวัด{ag["province"]}</span></div><ul id="ctl00_nav">{items}</ul>'
            f'<div id="ctl00_ContentPlaceHolder1_content"><h2 class="head-title">{title}</h2>{body}</div>'
            f'<div id="ctl00_footer">{ag["name"]} {ag["address"]} โทร {ag["phone"]} อีเมล {ag["email"]}</div>'
            '</form></body></html>')


OPEN_DOC = ("<script type=\"text/javascript\">\n//<![CDATA[\nfunction openDoc(f) {\n  window.open('/' + f, '_blank');\n"
            "  return false;\n}\n//]]>\n</script>")


def site_nongkhaem(out: Docs2Out) -> None:
    host = HOSTS[0]
    ag = agency("หนองแขม", "สองพี่น้อง", "สุพรรณบุรี", "nongkhaem", "72110",
                ["นายวิเชียร พุ่มพวง", "นายสมศักดิ์ เกิดผล", "นางสาวกาญจนา อินทร์แก้ว"], ["081-730-2201", "081-730-2202", "081-730-2203"])
    ag["map"] = "14.23,100.05"
    modes = {"O7": "stale", "O13": "locked", "O14": "stale", "O16": "eaten", "O18": "locked", "O24": "denial",
             "O25": "nofile"}
    photos(out, host, ag)
    menu = [("หน้าแรก", "default.aspx"), ("โครงสร้าง", "structure.aspx"), ("คณะผู้บริหาร", "executive.aspx"),
            ("ข่าวประชาสัมพันธ์", "news.aspx"), ("E-Service", "eservice.aspx"), ("ร้องเรียนการทุจริต", "complaint.aspx"),
            ("ITA 2569", "ita.aspx?year=2569"), ("ติดต่อเรา", "contact.aspx")]

    def page(title: str, body: str) -> str:
        return aspx_page(ag, menu, title, body)
    own_pages(out, host, ag, page, {"structure": "structure.aspx", "executives": "executive.aspx",
                                    "contact": "contact.aspx", "news": "news.aspx", "eservice": "eservice.aspx",
                                    "complaint": "complaint.aspx"},
              out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.หนองแขม"), "/complaint_send.aspx")
    inline = {"O1": "structure.aspx", "O2": "executive.aspx", "O3": "contact.aspx", "O4": "news.aspx",
              "O10": "eservice.aspx", "O17": "complaint.aspx"}
    own = f"http://{host}"
    ita = f"{own}/ita.aspx?year=2569"
    where = f"หน้า ITA 2569 ({ita})"
    win = lambda stem: f"Upload\\ITA2569\\{stem}"     # noqa: E731 - the officer's Windows path, as the CMS stores it
    web = lambda stem: f"/Upload/ITA2569/{stem}"      # noqa: E731 - where a browser finds it
    verdicts: dict[str, tuple[str, str]] = {}
    cells: dict[str, str] = {}
    styles = ["href", "escaped", "opendoc"]

    def anchor(k: int, stem: str, label: str) -> str:
        style = styles[k % 3]
        if style == "href":
            return f'<a href="{win(stem)}" target="_blank">{label}</a>'
        if style == "escaped":
            path = win(stem).replace("\\", "\\\\")
            return f'<a href="javascript:void(0);" onclick="window.open(\'{path}\',\'_blank\');">{label}</a>'
        path = win(stem).replace("\\", "\\\\")
        return f'<a href="#" onclick="return openDoc(\'{path}\');">{label}</a>'

    k = 0
    for code, _ in ITA2569:
        mode = modes.get(code, "ok")
        k += 1
        if code in INLINE:
            cells[code] = f'<a href="{inline[code]}">{TITLE[code]}</a>'
            why = exec_why(ag) if code == "O2" else INLINE_WHY[code].replace("(Google Form)", "(Google Form)")
            verdicts[code] = ("pass", f"{where} แถว {code}: หน้า /{inline[code]} — {why}")
            continue
        if code in ("O20", "O21", "O22", "O23", "O24"):
            continue     # the index PDF and the shared page, below
        if mode == "nofile":
            cells[code] = "-"
            verdicts[code] = judge(code, ag, mode, f"{where} แถว {code}")
            continue
        files = docs(code, ag, "stale" if mode == "stale" else "ok")
        links = []
        if code == "O11":                     # a RAR of the PDF and the workbook
            members = {}
            for stem, title, body in files:
                members[f"O11/{stem}.pdf"] = pdf_bytes(title, body)
                out.xlsx(host, f"/tmp-o11/{stem}.xlsx", title, [SHEETS[code], *sheet_rows(code, stem)])
                xf = out.dest / host / "tmp-o11" / f"{stem}.xlsx"
                members[f"O11/{stem}.xlsx"] = xf.read_bytes()
            shutil.rmtree(out.dest / host / "tmp-o11")
            out.pdf_bytes(host, web("O11_procurement.rar"), rar4(members))
            links.append(anchor(k, "O11_procurement.rar", "สรุปผลการจัดซื้อจัดจ้างรายเดือน ต.ค. 68 – มี.ค. 69 (RAR)"))
            verdicts[code] = judge(code, ag, "ok", f"{where} แถว {code}: ไฟล์ RAR ({own}{web('O11_procurement.rar')}) "
                                   "แตกไฟล์ได้ PDF + Excel")
        elif code in ("O12", "O14"):          # 7z of the PDFs
            name = f"{code}_{files[0][0]}.7z"
            out.pdf_bytes(host, web(name), seven_zip({f"{stem}.pdf": pdf_bytes(t, b) for stem, t, b in files}))
            links.append(anchor(k, name, f"{files[0][1]} (7z)"))
            verdicts[code] = judge(code, ag, mode, f"{where} แถว {code}: ไฟล์ 7z ({own}{web(name)}) แตกไฟล์ได้")
        elif code == "O18":                   # a RAR with a password
            members = {}
            for stem, title, body in files:
                members[f"{stem}.pdf"] = pdf_bytes(title, body)
            out.pdf_bytes(host, web("O18_complaint_stat.rar"), rar4(members, locked=True))
            links.append(anchor(k, "O18_complaint_stat.rar", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริต (RAR)"))
            verdicts[code] = ("unchecked", f"{where} แถว {code}: ไฟล์ RAR ({own}{web('O18_complaint_stat.rar')}) ตั้งรหัสผ่าน "
                              "เปิดไม่ได้โดยไม่มีรหัสผ่าน — ไม่มีใครอ่านเนื้อหาได้ (ไม่ใช่ 'ไม่พบ')")
        else:
            for j, (stem, title, body) in enumerate(files):
                name = f"{code}_{stem}.pdf"
                if mode == "locked":
                    out.locked_pdf(host, web(name), title, body, user="nk2569")
                else:
                    out.locked_pdf(host, web(name), title, body)
                if mode == "eaten":
                    links.append(f'<a href="javascript:void(0);" onclick="window.open(\'{win(name)}\',\'_blank\');">'
                                 f'{title}</a>')
                else:
                    links.append(anchor(k + j, name, title))
            first = f"{own}{web(f'{code}_{files[0][0]}.pdf')}"
            if mode == "locked":
                verdicts[code] = ("unchecked", f"{where} แถว {code}: PDF ({first}) ตั้งรหัสผ่านสำหรับเปิดไฟล์ — เปิดอ่านไม่ได้ "
                                  "(ไม่ใช่ 'ไม่พบ')")
            elif mode == "eaten":
                eaten = f"{own}/{win(files[0][0] and f'{code}_{files[0][0]}.pdf').replace(chr(92), '')}"
                verdicts[code] = ("broken", f"{where} แถว {code}: onclick เขียน window.open('{win(f'{code}_{files[0][0]}.pdf')}') "
                                  f"สคริปต์ตัดเครื่องหมาย \\ ทิ้ง เบราว์เซอร์เปิด {eaten} ซึ่งตอบ 404")
            else:
                verdicts[code] = judge(code, ag, mode, f"{where} แถว {code}: PDF ({first}, จำกัดสิทธิ์พิมพ์/คัดลอก เปิดอ่านได้)")
        cells[code] = "<br />".join(links)

    # O20–O22: an index PDF typed on Windows, its link annotations with backslashes
    index = web("Index_10-1.pdf")
    lines = [Line(f"ดัชนีเอกสาร ตัวชี้วัดย่อยที่ 10.1 การดำเนินการเพื่อป้องกันการทุจริตในประเด็นสินบน {ag['name']}", 16),
             Line(f"ประจำปีงบประมาณ พ.ศ. {CUR}", 14)]
    for code in ("O20", "O21", "O22"):
        links = []
        for stem, title, body in docs(code, ag, "ok"):
            name = f"{code}_{stem}.pdf"
            out.locked_pdf(host, web(name), title, body)
            links.append(("เปิดเอกสาร", f"http://{host}\\{win(name)}" if code != "O21" else f"{own}/{win(name)}"))
        lines.append(Line(f"{code} {TITLE[code]}", 13, links=links))
        cells[code] = f'<a href="{win("Index_10-1.pdf")}" target="_blank">ดัชนีเอกสาร 10.1 (PDF)</a>'
        verdicts[code] = judge(code, ag, "ok", f"{where} แถว {code} → ดัชนีเอกสาร 10.1 ({own}{index}) ลิงก์ในไฟล์ "
                               "(เขียนด้วย \\ แบบ Windows ซึ่งเบราว์เซอร์อ่านเป็น /)")
    write_pdf(out.dest / host / index.lstrip("/"), lines, title="ดัชนีเอกสาร 10.1")

    # O23 and O24 on one page of one PDF, each under its own heading
    shared = web("Measures_10-2.pdf")
    (_, t23, b23), = docs("O23", ag, "ok")
    from farm.builders.document_tools import paragraphs
    lines = [Line(f"มาตรการส่งเสริมคุณธรรมและความโปร่งใส ตัวชี้วัดย่อยที่ 10.2 ปีงบประมาณ พ.ศ. {CUR}", 15),
             Line(f"O23 {TITLE['O23']}", 14), Line(t23, 13), *(Line(p, 12) for p in paragraphs(b23)),
             Line(f"O24 {TITLE['O24']}", 14), Line("อยู่ระหว่างดำเนินการ", 12)]
    write_pdf(out.dest / host / shared.lstrip("/"), lines, title="มาตรการ 10.2")
    import pypdfium2
    assert len(pypdfium2.PdfDocument((out.dest / host / shared.lstrip("/")).read_bytes())) == 1
    for code in ("O23", "O24"):
        cells[code] = f'<a href="{win("Measures_10-2.pdf")}" target="_blank">มาตรการ 10.2 (PDF)</a>'
    verdicts["O23"] = judge("O23", ag, "ok", f"{where} แถว O23 → PDF มาตรการ 10.2 ({own}{shared}) หัวข้อ O23 (หน้า 1)")
    verdicts["O24"] = ("missing", f"{where} แถว O24 → PDF มาตรการ 10.2 ({own}{shared}) หัวข้อ O24 (หน้าเดียวกับ O23) "
                                  "มีแต่ 'อยู่ระหว่างดำเนินการ' ไม่มีรายงาน")

    rows = []
    for sub, _name, numbers in SUB:
        for n in numbers:
            code = f"O{n}"
            rows.append(f'<tr class="{"row" if n % 2 else "alt"}"><td>{sub}</td><td align="center">{code}</td>'
                        f'<td>{TITLE[code]}</td><td>{cells[code]}</td></tr>')
    table = ('<table class="gridview" cellspacing="0" rules="all" border="1" id="ctl00_ContentPlaceHolder1_gvIta" '
             'style="border-collapse:collapse;"><tr><th scope="col">ตัวชี้วัดย่อย</th><th scope="col">ข้อ</th>'
             f'<th scope="col">ข้อมูล</th><th scope="col">เอกสาร/ลิงก์</th></tr>{"".join(rows)}</table>')
    out.text(host, "ita.aspx@year=2569", aspx_page(ag, menu, "ITA 2569", (
        f"<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. {CUR} {ag['name']}</p>{table}"), OPEN_DOC))
    out.text(host, "default.aspx", page("หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                       '<p><a href="ita.aspx?year=2569">ITA 2569 การเปิดเผยข้อมูลสาธารณะ</a></p>'))
    out.text(host, "index.html", '<html><head><meta http-equiv="refresh" content="0;url=default.aspx"></head>'
                                 '<body><a href="default.aspx">default.aspx</a></body></html>')
    write_manifest(out, host, {"types": {f"/{name}": "text/html; charset=utf-8" for name in (
        "default.aspx", "structure.aspx", "executive.aspx", "contact.aspx", "news.aspx", "eservice.aspx",
        "complaint.aspx")}})
    out.write_expected(host, "locked_packed: an IIS CMS whose OIT table opens files through Windows backslash paths "
                       "(href, onclick, a page function), PDFs restricted with an empty user password, RAR and 7z "
                       "archives, a PDF index whose links are typed with backslashes, two items on one PDF page.",
                       site_meta("nongkhaem", "locked_packed", ag, "Nong Khaem SAO", "อบต.", "สุพรรณบุรี", f"http://{host}/"),
                       dict(sorted(verdicts.items(), key=lambda kv: int(kv[0][1:]))))


# ----------------------------------------------------------------------------------------------------------------
# 2. flip_sheets: a published Google Sheet framed on the ITA page; flipbooks; one workbook, a sheet per item

WORKBOOK_ITEMS = ("O6", "O11", "O14", "O18", "O19")


def workbook(dest: Path, ag: dict, modes: dict) -> None:
    """ข้อมูล OIT 2569.xlsx: one sheet per item, named by its code; each sheet the item's documents typed in."""
    import openpyxl

    from farm.builders.document_tools import _fix_dates, paragraphs
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for code in WORKBOOK_ITEMS:
        mode = modes.get(code, "ok")
        ws = wb.create_sheet(f"{code} {TITLE[code]}"[:31])
        ws.append([f"{code} {TITLE[code]}"])
        for stem, title, body in docs(code, ag, mode):
            ws.append([title])
            for p in paragraphs(body):
                ws.append([p])
            if code in SHEETS:
                ws.append(SHEETS[code])
                for r in sheet_rows(code, stem, mode):
                    ws.append(r)
            ws.append([])
    dest.parent.mkdir(parents=True, exist_ok=True)
    wb.save(dest)
    _fix_dates(dest)


def site_huaihin(out: Docs2Out) -> None:
    host = HOSTS[1]
    ag = agency("ห้วยหิน", "หนองหงส์", "บุรีรัมย์", "huaihin", "31240",
                ["นายบุญเลิศ ชาญณรงค์", "นายประสิทธิ์ แสงทอง", "นางรัชนี ศรีบุญเรือง"], ["089-845-3301", "089-845-3302", "089-845-3303"])
    ag["map"] = "14.85,102.7"
    modes = {"O6": "half", "O7": "stale", "O9": "nofile", "O15": "dead", "O18": "stale", "O22": "denial"}
    photos(out, host, ag)
    menu = [("หน้าแรก", "/"), ("โครงสร้าง", "/structure.html"), ("คณะผู้บริหาร", "/executives.html"),
            ("ข่าวประชาสัมพันธ์", "/news.html"), ("E-Service", "/eservice.html"),
            ("ร้องเรียนการทุจริต", "/complaint.html"), ("ITA 2569", "/ita2569.html"), ("ติดต่อเรา", "/contact.html")]

    def page(title: str, body: str) -> str:
        return lao_page(ag, menu, title, body)
    own_pages(out, host, ag, page, {"structure": "structure.html", "executives": "executives.html",
                                    "contact": "contact.html", "news": "news.html", "eservice": "eservice.html",
                                    "complaint": "complaint.html"},
              out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.ห้วยหิน"), "/complaint/send.php")
    own = f"http://{host}"
    sheet_url = f"https://docs.google.com/spreadsheets/d/e/{PUB}{hid(host, 'sheet')[5:40]}/pubhtml"
    where = f"Google Sheet ดัชนี OIT 2569 ({sheet_url}) ที่ฝังในหน้า {own}/ita2569.html"
    book = "/files/ita2569/ข้อมูล OIT 2569.xlsx"
    workbook(out.dest / host / book.lstrip("/"), ag, modes)
    from urllib.parse import quote
    book_url = own + quote(book)
    verdicts: dict[str, tuple[str, str]] = {}
    tab9 = [["ข้อ", "ข้อมูล", "ลิงก์", "หมายเหตุ"]]
    tab10 = [["ข้อ", "ข้อมูล", "ลิงก์", "หมายเหตุ"]]
    for code, _ in ITA2569:
        mode = modes.get(code, "ok")
        tab = tab10 if int(code[1:]) >= 20 else tab9
        w = f"{where} แท็บ {'ตัวชี้วัดที่ 10' if tab is tab10 else 'ตัวชี้วัดที่ 9'} แถว {code}"
        links: list[tuple[str, str]] = []
        note = ""
        if code in INLINE:
            path = {"O1": "/structure.html", "O2": "/executives.html", "O3": "/contact.html", "O4": "/news.html",
                    "O10": "/eservice.html", "O17": "/complaint.html"}[code]
            links = [(own + path, own + path)]
            verdicts[code] = ("pass", f"{w}: หน้า {path} — " + (exec_why(ag) if code == "O2" else INLINE_WHY[code]))
        elif mode in ("nofile", "denial"):
            note = "-" if mode == "nofile" else "อยู่ระหว่างดำเนินการ"
            verdicts[code] = judge(code, ag, mode, w)
        elif code == "O5":
            (_, title, body), = docs(code, ag, mode)
            from farm.builders.document_tools import paragraphs
            out.flipbook(host, "ebook/devplan", title, [f"{title} {paragraphs(body)[0]}", *paragraphs(body)[1:],
                                                        "บัญชีโครงการพัฒนา ยุทธศาสตร์ที่ 1 – 5"])
            links = [(f"{own}/ebook/devplan/index.html", f"{own}/ebook/devplan/index.html")]
            verdicts[code] = judge(code, ag, mode, f"{w}: หนังสือพลิก (FlipBuilder) บนเว็บไซต์ {own}/ebook/devplan/")
        elif code in ("O7", "O8"):
            (stem, title, body), = docs(code, ag, mode)
            from farm.builders.document_tools import paragraphs
            flip_host, path = ("online.fliphtml5.com", f"{FLIP_USER}/{hid(host, code)[5:10]}") if code == "O7" else \
                ("online.anyflip.com", f"{FLIP_USER}/{hid(host, code)[5:10]}")
            out.flipbook(flip_host, path, title, [title, *paragraphs(body)])
            url = f"https://{flip_host}/{path}/"
            links = [(url, url)]
            verdicts[code] = judge(code, ag, mode, f"{w}: หนังสือพลิก {flip_host} ({url})")
        elif code in WORKBOOK_ITEMS:
            if code == "O11":   # its PDF beside the workbook's sheet
                for stem, title, body in docs(code, ag, mode):
                    out.pdf(host, f"/files/ita2569/{code}_{stem}.pdf", title, body)
                    links.append((title, f"{own}/files/ita2569/{code}_{stem}.pdf"))
            links.append((f"ข้อมูล OIT 2569.xlsx (ชีต {code})", book_url))
            verdicts[code] = judge(code, ag, mode, f"{w}: ไฟล์ Excel ข้อมูล OIT 2569.xlsx ({book_url}) ชีต "
                                   f"'{f'{code} {TITLE[code]}'[:31]}'")
        else:
            for stem, title, body in docs(code, ag, mode):
                path = f"/files/ita2569/{code}_{stem}.pdf"
                if mode != "dead":
                    out.pdf(host, path, title, body)
                links.append((title, own + path))
            verdicts[code] = judge(code, ag, mode, w, links[0][1] if mode == "dead" else "")
        cell = "<br>".join(f'<a target="_blank" href="{html.escape(out.gurl(u))}">{html.escape(t)}</a>' for t, u in links)
        tab.append([code, TITLE[code], cell or note, note if cell else ""])
    sheet_path = sheet_url.removeprefix("https://docs.google.com/")
    out.text("docs.google.com", f"{sheet_path}/index.html",
             sheet_html("OIT 2569 อบต.ห้วยหิน", [("ตัวชี้วัดที่ 9", tab9), ("ตัวชี้วัดที่ 10", tab10)]))
    out.text(host, "ita2569.html", page("ITA 2569", (
        f"<h3>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. {CUR}</h3>"
        "<p>คลิกแท็บด้านล่างของตารางเพื่อดูตัวชี้วัดที่ 9 และ 10</p>"
        f'<iframe src="{sheet_url}?widget=true&amp;headers=false" width="100%" height="900" frameborder="0"></iframe>')))
    out.text(host, "index.html", page("หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     '<p><a href="/ita2569.html">ITA 2569</a></p>'))
    write_manifest(out, host, {})
    out.write_expected(host, "flip_sheets: the ITA page frames a published Google Sheet (two tabs, the second hidden "
                       "until clicked); rows link flipbooks (the agency's own FlipBuilder book, FlipHTML5, AnyFlip: "
                       "text in files/search/searchtext.js) and one workbook with a sheet per item.",
                       site_meta("huaihin", "flip_sheets", ag, "Huai Hin SAO", "อบต.", "บุรีรัมย์", f"http://{host}/"),
                       verdicts)


def build(dest: Path = SITES_DIR) -> None:
    for host in HOSTS:
        shutil.rmtree(dest / host, ignore_errors=True)
    for flip_host in ("online.fliphtml5.com", "online.anyflip.com"):
        shutil.rmtree(dest / flip_host / FLIP_USER, ignore_errors=True)
    for sheet in (dest / "docs.google.com" / "spreadsheets" / "d" / "e").glob(f"{PUB}*"):
        shutil.rmtree(sheet)
    out = Docs2Out(dest)
    site_nongkhaem(out)
    site_huaihin(out)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
