"""Two held-out ITA 2569 sites whose OIT indexes link documents in formats other than PDF and Office: files a person
opens in the browser, in Word or in the system viewer and reads without noticing anything odd (round 15, lane
"formats").

Run from the repository root:  python -m farm.builders.heldout_formats

  www.phonangdam.go.th     อบต.โพนางดำ (สรรพยา ชัยนาท)          word_saves
      A LAO site kept by a clerk who saves from Word as whatever the "Save as type" list offers. The OIT page
      (/oit2569.php) is a table of items; each row links the item's file:
      * Rich Text (.rtf): O5, O6, O12, O16, O20, O24 saved from Writer/Word (Thai as ``\\uNNNN\\'3f``, a HYPERLINK
        field in O20's); O8, O15, O22 typed in WordPad (``\\ansicpg874``, ``\\fcharset222``, Thai as ``\\'xx``
        cp874 escapes). The browser downloads them; Word opens them.
      * Single File Web Page (.mht): O7, O14, O19, O25 saved by Word (MIME multipart/related, the HTML part
        quoted-printable in windows-874, an image part beside it); O23 saved by Chrome ("Save page as… MHTML",
        UTF-8). Word or Edge's IE mode opens them.
      * Plain text: O9 and O21 as .txt in windows-874 (Notepad's "ANSI" on Thai Windows), O11 and O18 as .csv in
        UTF-8 with a byte-order mark (Excel's "CSV UTF-8"); the browser shows the text, Excel opens the CSV.
      * O26 as a Word "Web Page, Filtered" (.htm, windows-874), served as text/html: the browser shows it.
      Wrong: O6's progress report (RTF) covers 3 months (partial), O7's annual report (MHT) is the 2567 one
      (partial), O13's row says "-" (missing), O16's RTF answers 404 (broken).

  www.thakhanthong.go.th   อบต.ท่าขันทอง (เชียงแสน เชียงราย)     pictures_and_prints
      A WordPress site whose media library converts uploads to WebP (a converter plugin), with a few files from
      the clerk's phone and printer. The OIT page (/ita-2569/) is a table; rows link:
      * WebP pictures of scanned pages (``/wp-content/uploads/2026/03/….webp``): O5, O7, O12, O18, O22; an AVIF
        (the plugin's other output) for O14. The browser shows them.
      * iPhone photos as HEIC (``IMG_….HEIC``): O15 and O24. The browser downloads them; the system viewer
        (Windows Photos, macOS Preview) shows the page.
      * Documents printed by "Microsoft Print to XPS" (.xps: O6, O8, O20) and the newer OpenXPS (.oxps: O11, O26).
        The XPS Viewer shows them.
      * PDFs for the other items.
      Wrong: O6's progress report (XPS) covers 3 months (partial), O7's WebP scan is the 2567 annual report
      (partial), O9's row says "-" (missing), O18's WebP answers 404 (broken).

Every verdict was written before any engine run, as a careful assessor with a browser gives it: the assessor opens
each file where a person opens it (the browser, Word, the system's picture or XPS viewer), reads it, and judges the
document by heldout_sites.py's rules (wrong year or a 3-month report = partial; "-" = missing; a link to a file that
is not there = broken). Labels in the index carry no year: the year is in the file. Items whose evidence is only a
picture carry ``ocr: true``.

How the files are made: RTF (Writer's) by LibreOffice headless from the document as HTML (``--convert-to rtf``);
WordPad's RTF, Word's and Chrome's MHT (RFC 2557: ``multipart/related``, ``Content-Location``, quoted-printable)
and XPS/OpenXPS (an OPC package: ``FixedDocumentSequence`` → ``FixedDocument`` → ``FixedPage`` with ``Glyphs``
whose ``UnicodeString`` holds the text, the font embedded) are written here as those programs write them; WebP and
AVIF by Pillow, HEIC by pillow-heif, from pages typed as heldout_photos.paper types them.
"""
from __future__ import annotations

import html
import io
import quopri
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from farm.builders.document_tools import paragraphs
from farm.builders.heldout_photos import PhotosOut, bare, hash_of, index_rows, sheets_of, table
from farm.builders.heldout_sites import LOMA, docs, judge, lao_page, own_pages, site_meta
from farm.builders.heldout_unforeseen import INLINE_KIND, KINDS, agency
from farm.builders.ita2569_moit import news_list, write_manifest
from farm.builders.reading_sites_content import NEWS69, SHEETS, photos, sheet_rows
from farm.server import SITES_DIR

HOSTS = ("www.phonangdam.go.th", "www.thakhanthong.go.th")
BOUNDARY = "----=_NextPart_01DC6A1B.3F2E9C40"


# ----------------------------------------------------------------------------------------------------------------
# Writers: each format as the program that writes it writes it

def doc_html(title: str, body: str, head: str) -> str:
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs(body))
    return (f'<html><head><meta charset="utf-8"><title>{html.escape(title)}</title></head><body>'
            f"<p>{html.escape(head)}</p><h1>{html.escape(title)}</h1>{paras}</body></html>")


def writer_rtf(pages: dict[str, str]) -> dict[str, bytes]:
    """{name: html} converted to RTF by LibreOffice Writer in one run (Thai as ``\\uNNNN\\'3f``)."""
    with tempfile.TemporaryDirectory() as scratch:
        for name, markup in pages.items():
            (Path(scratch) / f"{name}.html").write_text(markup, encoding="utf-8")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{scratch}/profile", "--headless", "--norestore",
                        "--infilter=HTML (StarWriter)", "--convert-to", "rtf", "--outdir", scratch,
                        *[str(Path(scratch) / f"{name}.html") for name in pages]],
                       check=True, capture_output=True, timeout=600)
        return {name: (Path(scratch) / f"{name}.rtf").read_bytes() for name in pages}


def _rtf_escape_cp874(text: str) -> str:
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                out.extend(f"\\'{b:02x}" for b in ch.encode("cp874"))
            except UnicodeEncodeError:
                out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
    return "".join(out)


def wordpad_rtf(title: str, body: str, head: str) -> bytes:
    """An RTF as WordPad on Thai Windows writes it: code page 874, a Thai font (charset 222), Thai as cp874 bytes."""
    lines = [head, title, *paragraphs(body)]
    text = "\\par\r\n".join(("\\b " if k == 1 else "") + _rtf_escape_cp874(line) + ("\\b0 " if k == 1 else "")
                            for k, line in enumerate(lines))
    return ("{\\rtf1\\ansi\\ansicpg874\\deff0\\nouicompat\\deflang1054{\\fonttbl{\\f0\\fnil\\fcharset222 Angsana New;}"
            "{\\f1\\fnil\\fcharset0 Calibri;}}\r\n{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \r\n"
            "\\pard\\sa200\\sl276\\slmult1\\f0\\fs32\\lang1054 " + text + "\\par\r\n}\r\n\x00").encode("ascii")


def _qp(data: bytes) -> bytes:
    return quopri.encodestring(data).replace(b"\n", b"\r\n")


def word_mht(title: str, body: str, head: str, name: str) -> bytes:
    """A Word "Single File Web Page": multipart/related (RFC 2557), the HTML in windows-874, quoted-printable, with
    Word's markup, and the header picture as a second part."""
    paras = "".join(f'<p class=MsoNormal><span lang=TH style=\'font-family:"TH SarabunPSK"\'>{html.escape(p)}'
                    "<o:p></o:p></span></p>\n" for p in paragraphs(body))
    markup = (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
              f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
              f'<meta http-equiv=Content-Type content="text/html; charset=windows-874">\n'
              f'<meta name=ProgId content=Word.Document>\n<meta name=Generator content="Microsoft Word 15">\n'
              f'<link rel=File-List href="{name}.files/filelist.xml">\n<title>{html.escape(title)}</title>\n'
              f'<style>p.MsoNormal {{margin:0cm; font-size:16.0pt; font-family:"TH SarabunPSK"}}</style>\n</head>\n'
              f'<body lang=EN-US style=\'tab-interval:36.0pt\'>\n<div class=WordSection1>\n'
              f'<p class=MsoNormal align=center style=\'text-align:center\'><img width=80 height=80 '
              f'src="{name}.files/image001.png" v:shapes="Picture_x0020_1"></p>\n'
              f'<p class=MsoNormal align=center style=\'text-align:center\'><span lang=TH>{html.escape(head)}</span></p>\n'
              f'<p class=MsoNormal align=center style=\'text-align:center\'><b><span lang=TH style=\'font-size:18.0pt\'>'
              f'{html.escape(title)}<o:p></o:p></span></b></p>\n{paras}</div>\n</body>\n</html>\n')
    png = _logo_png()
    import base64
    parts = [
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related; boundary="{BOUNDARY}"\r\n\r\n'
        "This document is a Single File Web Page, also known as a Web Archive file.  If you are seeing this message, "
        "your browser or editor doesn't support Web Archive files.  Please download a browser that supports Web "
        "Archive.\r\n\r\n",
        f"--{BOUNDARY}\r\nContent-Location: file:///C:/AB6F1C2D/{name}.htm\r\nContent-Transfer-Encoding: "
        'quoted-printable\r\nContent-Type: text/html; charset="windows-874"\r\n\r\n']
    out = "".join(parts).encode("ascii") + _qp(markup.encode("cp874")) + (
        f"\r\n\r\n--{BOUNDARY}\r\nContent-Location: file:///C:/AB6F1C2D/{name}.files/image001.png\r\n"
        "Content-Transfer-Encoding: base64\r\nContent-Type: image/png\r\n\r\n").encode("ascii")
    b64 = base64.encodebytes(png).replace(b"\n", b"\r\n")
    return out + b64 + f"\r\n--{BOUNDARY}--\r\n".encode("ascii")


def chrome_mht(title: str, body: str, head: str, url: str) -> bytes:
    """A page saved by Chrome as MHTML: multipart/related with ``Snapshot-Content-Location``, the HTML in UTF-8,
    quoted-printable."""
    markup = doc_html(title, body, head).replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" '
                                                 'content="text/html; charset=UTF-8">')
    boundary = "----MultipartBoundary--Qh0Oj2c9mXb3vKz8WnRt1YpL5sE7uDfA4gH6iJ----"
    return ("From: <Saved by Blink>\r\n"
            f"Snapshot-Content-Location: {url}\r\nSubject: {title}\r\nDate: Tue, 31 Mar 2026 10:12:44 +0700\r\n"
            f'MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"'
            f"\r\n\r\n\r\n--{boundary}\r\nContent-Type: text/html\r\nContent-ID: <frame-7E2B@mhtml.blink>\r\n"
            f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {url}\r\n\r\n").encode("utf-8") + \
        _qp(markup.encode("utf-8")) + f"\r\n\r\n--{boundary}--\r\n".encode("ascii")


def _logo_png() -> bytes:
    from PIL import Image, ImageDraw
    picture = Image.new("RGB", (80, 80), (255, 255, 255))
    ImageDraw.Draw(picture).ellipse((4, 4, 76, 76), outline=(0, 80, 160), width=4)
    buf = io.BytesIO()
    picture.save(buf, "PNG")
    return buf.getvalue()


def notepad_txt(title: str, body: str, head: str) -> bytes:
    """A Notepad file saved as "ANSI" on Thai Windows: windows-874, CRLF."""
    return "\r\n".join([head, title, "", *paragraphs(body), ""]).encode("cp874")


def excel_csv(title: str, rows: list[list]) -> bytes:
    """Excel's "CSV UTF-8 (Comma delimited)": a byte-order mark, CRLF, the title in the first row."""
    import csv
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([title])
    for row in rows:
        writer.writerow(row)
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")


def filtered_htm(title: str, body: str, head: str) -> bytes:
    """Word's "Web Page, Filtered" (.htm) in windows-874."""
    paras = "".join(f"<p class=MsoNormal><span lang=TH>{html.escape(p)}</span></p>\n" for p in paragraphs(body))
    return (f'<html>\n<head>\n<meta http-equiv=Content-Type content="text/html; charset=windows-874">\n'
            f'<meta name=Generator content="Microsoft Word 15 (filtered)">\n<title>{html.escape(title)}</title>\n'
            f"</head>\n<body lang=EN-US>\n<div class=WordSection1>\n<p class=MsoNormal align=center>{html.escape(head)}</p>\n"
            f"<p class=MsoNormal align=center><b>{html.escape(title)}</b></p>\n{paras}</div>\n</body>\n</html>\n"
            ).encode("cp874")


def xps(title: str, body: str, head: str, open_xps: bool = False) -> bytes:
    """A document printed to XPS ("Microsoft Print to XPS"; ``open_xps``: the OpenXPS form Windows 8+ writes): an
    OPC package whose one FixedPage draws each line with a ``Glyphs`` element carrying its ``UnicodeString``."""
    ns = "http://schemas.openxps.org/oxps/v1.0" if open_xps else "http://schemas.microsoft.com/xps/2005/06"
    rel_seq = ("http://schemas.openxps.org/oxps/v1.0/fixedrepresentation" if open_xps else
               "http://schemas.microsoft.com/xps/2005/06/fixedrepresentation")
    lines = [head, title, *paragraphs(body)]
    glyphs = "".join(
        f'<Glyphs Fill="#ff000000" FontUri="/Documents/1/Resources/Fonts/5E3A2C1B-0F4D-4E6A-9B7C-1D2E3F405162.odttf" '
        f'FontRenderingEmSize="{18.6667 if k == 1 else 16}" StyleSimulations="None" OriginX="96" '
        f'OriginY="{120 + 34 * k}" UnicodeString="{html.escape(line, quote=True)}" />'
        for k, line in enumerate(lines))
    page = (f'<FixedPage Width="793.76" Height="1122.56" xmlns="{ns}" xml:lang="th-TH">'
            f'<Canvas>{glyphs}</Canvas></FixedPage>')
    doc = (f'<FixedDocument xmlns="{ns}"><PageContent Source="/Documents/1/Pages/1.fpage" /></FixedDocument>')
    seq = (f'<FixedDocumentSequence xmlns="{ns}"><DocumentReference Source="/Documents/1/FixedDocument.fdoc" />'
           "</FixedDocumentSequence>")
    types = ('<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
             'content-types"><Default Extension="fdseq" ContentType="application/vnd.ms-package.xps-fixeddocumentsequence'
             '+xml" /><Default Extension="fdoc" ContentType="application/vnd.ms-package.xps-fixeddocument+xml" />'
             '<Default Extension="fpage" ContentType="application/vnd.ms-package.xps-fixedpage+xml" />'
             '<Default Extension="odttf" ContentType="application/vnd.ms-package.obfuscated-opentype" />'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml" />'
             "</Types>")
    rels = ('<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            f'2006/relationships"><Relationship Type="{rel_seq}" Target="/FixedDocumentSequence.fdseq" Id="R0" />'
            "</Relationships>")
    font = _obfuscated(Path(LOMA).read_bytes(), "5E3A2C1B-0F4D-4E6A-9B7C-1D2E3F405162")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in [("[Content_Types].xml", types), ("_rels/.rels", rels),
                           ("FixedDocumentSequence.fdseq", seq), ("Documents/1/FixedDocument.fdoc", doc),
                           ("Documents/1/Pages/1.fpage", page)]:
            package.writestr(zipfile.ZipInfo(name, (2026, 3, 31, 10, 0, 0)), data.encode("utf-8"),
                             zipfile.ZIP_DEFLATED)
        package.writestr(zipfile.ZipInfo("Documents/1/Resources/Fonts/5E3A2C1B-0F4D-4E6A-9B7C-1D2E3F405162.odttf",
                                         (2026, 3, 31, 10, 0, 0)), font, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _obfuscated(font: bytes, guid: str) -> bytes:
    """An embedded font as XPS obfuscates it (ECMA-388 §9.1.7.3: the first 32 bytes XORed with the GUID's bytes)."""
    key = bytes.fromhex(guid.replace("-", ""))[::-1]
    head = bytes(b ^ key[k % 16] for k, b in enumerate(font[:32]))
    return head + font[32:]


def picture_bytes(sheet, fmt: str) -> bytes:
    """A typed page as a picture in ``fmt`` (WEBP, AVIF; HEIF through pillow-heif, as an iPhone's photo)."""
    buf = io.BytesIO()
    picture = sheet.convert("RGB")
    if fmt == "HEIF":
        import pillow_heif
        pillow_heif.register_heif_opener()
        picture.save(buf, "HEIF", quality=70)
    else:
        picture.save(buf, fmt, quality=75)
    return buf.getvalue()


# ----------------------------------------------------------------------------------------------------------------
# 1. word_saves

def site_phonangdam(out: PhotosOut) -> None:
    host = HOSTS[0]
    ag = agency("โพนางดำ", "สรรพยา", "ชัยนาท", "phonangdam", "17150",
                ["นายประสิทธิ์ บุญมา", "นายสมศักดิ์ ทองดี", "นางสาวรัตนา ใจดี"], ["081-555-1701", "081-555-1702", "081-555-1703"])
    ag.update(email="saraban@phonangdam.go.th", line="@phonangdam", map="15.13,100.21")
    modes = {"O6": "half", "O7": "stale", "O13": "nofile", "O16": "dead"}
    head = f"{ag['name']} อำเภอสรรพยา จังหวัดชัยนาท"
    photos(out, host, ag)
    url = {k: f"/{k}.php" for k in sorted(KINDS)}
    menu = [("หน้าแรก", "/"), ("โครงสร้าง", url["structure"]), ("คณะผู้บริหาร", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("E-Service", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("OIT 2569", "/oit2569.php"), ("ติดต่อเรา", url["contact"])]

    def page(title: str, body: str) -> str:
        return lao_page(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.โพนางดำ")
    own_pages(out, host, ag, page, {k: url[k].lstrip("/") for k in sorted(KINDS)}, form, url["complaint"])

    writer_items, wordpad_items = ["O5", "O6", "O12", "O16", "O20", "O24"], ["O8", "O15", "O22"]
    word_mht_items, chrome_mht_items = ["O7", "O14", "O19", "O25"], ["O23"]
    txt_items, csv_items, htm_items = ["O9", "O21"], ["O11", "O18"], ["O26"]
    # Writer's RTF for every item at once (one LibreOffice run)
    rtf_pages = {}
    for code in writer_items:
        for stem, title, body in docs(code, ag, modes.get(code, "ok")):
            if code == "O20" and stem.startswith("nogift-report"):  # a hyperlink field to the policy's page
                body += f'<p>ประกาศนโยบาย No Gift Policy: <a href="http://{host}/news.php">http://{host}/news.php</a></p>'
            rtf_pages[f"{code.lower()}_{stem}"] = doc_html(title, body, head)
    rtf = writer_rtf(rtf_pages)

    def files(code: str, mode: str):
        links = []
        for stem, title, body in docs(code, ag, mode):
            name = f"{code.lower()}_{stem}"
            if code in writer_items:
                href, data, how = f"/files/oit2569/{name}.rtf", rtf.get(name), "ไฟล์ RTF เปิดด้วย Word อ่านได้"
            elif code in wordpad_items:
                href, data, how = f"/files/oit2569/{name}.rtf", wordpad_rtf(title, body, head), \
                    "ไฟล์ RTF จาก WordPad (ภาษาไทย cp874) เปิดด้วย Word อ่านได้"
            elif code in word_mht_items:
                href, data, how = f"/files/oit2569/{name}.mht", word_mht(title, body, head, name), \
                    "ไฟล์ MHT (Word บันทึกเป็นหน้าเว็บไฟล์เดียว) เปิดด้วย Word อ่านได้"
            elif code in chrome_mht_items:
                href = f"/files/oit2569/{name}.mhtml"
                data, how = chrome_mht(title, body, head, f"http://{host}/news.php?doc={stem}"), \
                    "ไฟล์ MHTML ที่บันทึกจาก Chrome เปิดด้วยเบราว์เซอร์อ่านได้"
            elif code in txt_items:
                href, data, how = f"/files/oit2569/{name}.txt", notepad_txt(title, body, head), \
                    "ไฟล์ข้อความ .txt (windows-874) เบราว์เซอร์แสดงข้อความ อ่านได้"
            elif code in csv_items:
                rows = [SHEETS[code], *sheet_rows(code, stem, mode)] + [[p] for p in paragraphs(body)]
                href, data, how = f"/files/oit2569/{name}.csv", excel_csv(title, rows), \
                    "ไฟล์ CSV (UTF-8 มี BOM) เปิดด้วย Excel อ่านได้"
            else:
                href, data, how = f"/files/oit2569/{name}.htm", filtered_htm(title, body, head), \
                    "ไฟล์ .htm (Word หน้าเว็บแบบกรอง windows-874) เบราว์เซอร์แสดง อ่านได้"
            if mode != "dead":
                out.binary(host, href, data)
            links.append((bare(title), href))
        return links, how
    all_items = writer_items + wordpad_items + word_mht_items + chrome_mht_items + txt_items + csv_items + htm_items
    pictures = {code: files for code in all_items}
    inline = {c: url[k] for c, k in INLINE_KIND.items()}
    where = f"หน้า http://{host}/oit2569.php"
    rows, verdicts, flags = index_rows(out, host, ag, modes, pictures, where, inline,
                                       lambda c, stem, ext: f"/files/oit2569/{c.lower()}_{stem}.{ext}")
    for code in list(flags):  # index_rows flags picture items for OCR: these are typed files, read as text
        flags.pop(code)
    dead = f"http://{host}/files/oit2569/o16_" + docs("O16", ag, "dead")[0][0] + ".rtf"
    verdicts["O16"] = judge("O16", ag, "dead", f"{where} แถว O16", dead)
    out.text(host, "oit2569.php", page("การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569",
                                       "<p>ข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ พ.ศ. 2569 "
                                       "(คลิกชื่อเอกสารเพื่อดาวน์โหลด)</p>" + table(rows)))
    out.text(host, "index.html", page("หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     '<p><a href="/oit2569.php">OIT 2569 การเปิดเผยข้อมูลสาธารณะ</a></p>'))
    write_manifest(out, host, {"types": dict.fromkeys([*url.values(), "/oit2569.php"], "text/html")})
    out.write_expected(host, "word_saves: OIT rows link files saved from Word/WordPad/Notepad/Excel/Chrome as RTF "
                       "(Writer's \\u escapes and WordPad's cp874 escapes), MHT/MHTML (windows-874 and UTF-8, "
                       "quoted-printable), .txt (windows-874), .csv (UTF-8 with BOM) and a filtered .htm.",
                       site_meta("phonangdam", "word_saves", ag, "Pho Nang Dam SAO", "อบต.", "ชัยนาท", f"http://{host}/"),
                       verdicts, flags)


# ----------------------------------------------------------------------------------------------------------------
# 2. pictures_and_prints

def wp_page(ag: dict, menu: list[tuple[str, str]], title: str, body: str) -> str:
    nav = "".join(f'<li class="menu-item menu-item-type-custom"><a href="{h}">{t}</a></li>' for t, h in menu)
    return (f'<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8"><title>{title} – {ag["name"]}</title>'
            '<meta name="generator" content="WordPress 6.8.1"></head><body class="page-template-default page">'
            f'<header id="masthead" class="site-header"><p class="site-title"><a href="/">{ag["name"]}</a></p>'
            f'<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{nav}</ul></nav>'
            f'</header><main id="primary" class="site-main"><article class="page type-page status-publish">'
            f'<header class="entry-header"><h1 class="entry-title">{title}</h1></header>'
            f'<div class="entry-content">{body}</div></article></main>'
            f'<footer id="colophon" class="site-footer"><p>{ag["address"]} โทร {ag["phone"]}</p></footer>'
            "</body></html>")


def site_thakhanthong(out: PhotosOut) -> None:
    host = HOSTS[1]
    ag = agency("ท่าขันทอง", "เชียงแสน", "เชียงราย", "thakhanthong", "57150",
                ["นายบุญเรือง คำแสน", "นายอินทร ปัญญาดี", "นางศรีนวล ใจคำ"], ["081-666-5701", "081-666-5702", "081-666-5703"])
    ag.update(email="saraban@thakhanthong.go.th", line="@thakhanthong", map="20.27,100.08")
    modes = {"O6": "half", "O7": "stale", "O9": "nofile", "O18": "dead"}
    head = f"{ag['name']} อำเภอเชียงแสน จังหวัดเชียงราย"
    photos(out, host, ag)
    url = {k: f"/{k}/" for k in sorted(KINDS)}
    menu = [("หน้าหลัก", "/"), ("โครงสร้าง", url["structure"]), ("ผู้บริหาร", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("E-Service", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("ITA 2569", "/ita-2569/"), ("ติดต่อ", url["contact"])]

    def page(title: str, body: str) -> str:
        return wp_page(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "คำร้องออนไลน์ อบต.ท่าขันทอง")
    own_pages(out, host, ag, page, {k: f"{k}/index.html" for k in sorted(KINDS)}, form, url["complaint"])
    webp, avif, heic = ["O5", "O7", "O12", "O18", "O22"], ["O14"], ["O15", "O24"]
    xps_items, oxps_items = ["O6", "O8", "O20"], ["O11", "O26"]

    def picture(code: str, mode: str):
        fmt, ext, how = (("WEBP", "webp", "ภาพสแกน WebP เบราว์เซอร์แสดงภาพ อ่านได้") if code in webp else
                         ("AVIF", "avif", "ภาพสแกน AVIF เบราว์เซอร์แสดงภาพ อ่านได้") if code in avif else
                         ("HEIF", "HEIC", "ภาพถ่าย HEIC จาก iPhone เบราว์เซอร์ดาวน์โหลด เปิดด้วยโปรแกรมดูภาพของระบบ อ่านได้"))
        links = []
        for k, ((stem, title, _), sheet) in enumerate(zip(docs(code, ag, mode),
                                                           sheets_of(code, ag, mode, seed=hash_of(host, code)))):
            href = (f"/wp-content/uploads/2026/03/IMG_{4100 + int(code[1:]) * 3 + k}.{ext}" if ext == "HEIC" else
                    f"/wp-content/uploads/2026/03/{code.lower()}-{stem}-scan.{ext}")
            if mode != "dead":
                out.binary(host, href, picture_bytes(sheet, fmt))
            links.append((bare(title), href))
        return links, how

    def printed(code: str, mode: str):
        ext = "oxps" if code in oxps_items else "xps"
        links = []
        for stem, title, body in docs(code, ag, mode):
            if code in SHEETS:
                body += "".join(f"<p>{' '.join(map(str, row))}</p>" for row in [SHEETS[code], *sheet_rows(code, stem, mode)])
            href = f"/wp-content/uploads/2026/03/{code.lower()}-{stem}.{ext}"
            out.binary(host, href, xps(title, body, head, open_xps=ext == "oxps"))
            links.append((bare(title), href))
        return links, ("ไฟล์ OpenXPS (.oxps) เปิดด้วย XPS Viewer อ่านได้" if ext == "oxps" else
                       "ไฟล์ XPS (Microsoft Print to XPS) เปิดด้วย XPS Viewer อ่านได้")
    pictures = {code: picture for code in webp + avif + heic} | {code: printed for code in xps_items + oxps_items}
    inline = {c: url[k] for c, k in INLINE_KIND.items()}
    where = f"หน้า http://{host}/ita-2569/"
    rows, verdicts, flags = index_rows(out, host, ag, modes, pictures, where, inline,
                                       lambda c, stem, ext: f"/wp-content/uploads/2026/03/{c.lower()}-{stem}.{ext}")
    for code in xps_items + oxps_items:  # typed documents, not pictures
        flags.pop(code, None)
    dead = f"http://{host}/wp-content/uploads/2026/03/o18-" + docs("O18", ag, "dead")[0][0] + "-scan.webp"
    verdicts["O18"] = judge("O18", ag, "dead", f"{where} แถว O18", dead)
    flags.pop("O18", None)
    out.text(host, "ita-2569/index.html", page("ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)",
                                              "<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ พ.ศ. 2569</p>" + table(rows)))
    out.text(host, "index.html", page("หน้าหลัก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     '<p><a href="/ita-2569/">ITA 2569</a></p>'))
    write_manifest(out, host, {})
    out.write_expected(host, "pictures_and_prints: OIT rows link WebP and AVIF pictures of scans (a WordPress image "
                       "converter), iPhone HEIC photos, and XPS/OpenXPS prints.",
                       site_meta("thakhanthong", "pictures_and_prints", ag, "Tha Khan Thong SAO", "อบต.", "เชียงราย",
                                 f"http://{host}/"),
                       verdicts, flags)


def build(dest: Path = SITES_DIR) -> None:
    for host in HOSTS:
        shutil.rmtree(dest / host, ignore_errors=True)
    out = PhotosOut(dest)
    site_phonangdam(out)
    site_thakhanthong(out)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
