"""Three held-out ITA 2569 sites whose evidence sits in document forms a person opens without noticing (issue 19,
round 7, lane "documents").

Run from the repository root:  python -m farm.builders.heldout_documents   (needs LibreOffice Writer, Calc and
Impress, pypdfium2 and Pillow; the output under farm/sites/ is committed, tests need none of these tools)

  www.borphong.go.th     อบต.บ่อโพง            legacy_office
      A vendor CMS (``ita.php?year=2569``) whose OIT table links mostly Word 97-2003 files (.doc), some Excel 97-2003
      workbooks (.xls) and PowerPoint 97-2003 slides (.ppt), as LibreOffice and old MS Office save them on Thai
      agencies' desktops; a few items as PDF.
      Wrong: O6's progress report (.xls) covers 3 months (partial), O7 is the 2567 annual report (.doc, partial),
      O13 is the 2568 HR plan (.doc, partial), O14's .doc answers 404 (broken), O21 row "-" (missing), O24
      "อยู่ระหว่างดำเนินการ" (missing).

  www.ngiwngam.go.th     อบต.งิ้วงาม            archives_opendocument
      A CMS whose pages declare UTF-8 (``<meta charset="utf-8">`` and ``Content-Type: text/html; charset=utf-8``)
      while the bytes are windows-874, as a site moved to a new host with an old database does. The OIT table links
      ZIP archives holding an item's PDFs (file names in the archive in cp874 without the UTF-8 flag, as Windows'
      "Send to compressed folder" writes them), OpenDocument files (.odt, .ods: LibreOffice's own format), PDFs.
      Wrong: O12's ZIP holds the 2567 summary (partial), O14's ZIP answers 404 (broken), O20's ZIP holds only the
      announcement, no report (partial), O23 "อยู่ระหว่างดำเนินการ" (missing), O25 row "-" (missing).

  www.maejaroa.go.th     เทศบาลตำบลแม่จะเรา      image_scans_split
      An old table-layout site in windows-874 with no charset anywhere (no meta, a bare ``text/html``). Several
      documents are published as photographs or scans linked directly (.jpg, .png); the 6-month progress report
      (O6) is split over two files, quarter 1 and quarter 2; one item is a .doc, one an .xls.
      Wrong: O11 links only the first quarter's procurement summary (partial: 3 of 6 months), O13 is a photo of the
      2568 HR plan (partial), O16's scan answers 404 (broken), O21 row "-" (missing), O24 is the 2567 report
      (partial), O25 "อยู่ระหว่างดำเนินการ" (missing).

Every verdict was written before any engine run, with heldout_sites.py's assessor rules (wrong year, a 3-month
report = partial; "-", "อยู่ระหว่างดำเนินการ" = missing; a link that gives no document = broken), reading each file
as a person does: Word, Excel, PowerPoint and LibreOffice files open in the office suite, a ZIP is opened and its
PDFs read, a photographed page is read from the picture, two quarterly files are one six-month report. O11 and
O18 keep their PDF + .xlsx everywhere (the rulebook names those formats).
"""
from __future__ import annotations

import html
import io
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path

from farm.builders.heldout_sites import TITLE, HeldoutOut, docs, judge, own_pages, site_meta
from farm.builders.heldout_unforeseen import INLINE_KIND, KINDS, agency, cms_page
from farm.builders.ita2569_moit import CUR, NEWS69, news_list, write_manifest
from farm.builders.reading_sites_content import INLINE, SHEETS, SUB, exec_why, photos, sheet_rows
from farm.builders.reading_sites_content import INLINE_WHY, ReadingOut
from farm.server import SITES_DIR

HOSTS = ("www.borphong.go.th", "www.ngiwngam.go.th", "www.maejaroa.go.th")
PREV = CUR - 1
FORM_WORDS = {"pdf": "PDF", "doc": "ไฟล์ Word 97-2003 (.doc)", "xls": "ไฟล์ Excel 97-2003 (.xls)",
              "ppt": "ไฟล์ PowerPoint 97-2003 (.ppt)", "odt": "ไฟล์ OpenDocument (.odt)", "ods": "ไฟล์ OpenDocument (.ods)",
              "zip": "ไฟล์ ZIP ที่บรรจุ PDF", "jpg": "ภาพถ่ายเอกสาร (.jpg) อ่านจากภาพ", "png": "ภาพสแกนเอกสาร (.png) อ่านจากภาพ",
              "split": "แยกเป็น 2 ไฟล์ (ไตรมาส 1 และ 2)"}


class WindowsName(zipfile.ZipInfo):
    """A member name written in cp874 without the UTF-8 flag, as Windows' own zip writes Thai names."""

    def _encodeFilenameFlags(self):  # noqa: N802 (zipfile's name)
        return self.filename.encode("cp874"), self.flag_bits


class DocumentsOut(HeldoutOut):
    """HeldoutOut that also writes legacy Office, OpenDocument, ZIP and image forms of an item's documents."""

    def __init__(self, dest: Path):
        super().__init__(dest)
        self.scratch = Path(tempfile.mkdtemp(prefix="oit-heldout-docs-"))
        self.convert: list[tuple[Path, str, Path]] = []   # (source, LibreOffice target, final path)
        self.made: list[str] = []

    def final(self, host: str, path: str) -> Path:
        f = self.dest / host / path.lstrip("/")
        f.parent.mkdir(parents=True, exist_ok=True)
        return f

    def scratch_pdf(self, title: str, body: str) -> Path:
        """The typed PDF of a document, in the scratch folder (the source of its other forms)."""
        name = f"p{len(self.made)}.pdf"
        self.made.append(name)
        ReadingOut(self.scratch).pdf("typed", name, title, body)
        return self.scratch / "typed" / name

    def office(self, host: str, path: str, title: str, body: str, ext: str, rows: list[list] | None = None) -> None:
        """A Word/Writer (doc, odt), Excel/Calc (xls, ods) or PowerPoint (ppt) file, saved by LibreOffice."""
        stem = self.scratch / f"s{len(self.convert)}"
        if ext in ("doc", "odt"):
            import docx
            document = docx.Document()
            document.add_heading(html.unescape(title), 1)
            for para in re.findall(r"<p>(.*?)</p>", body, re.S):
                document.add_paragraph(html.unescape(re.sub("<[^>]+>", "", para)))
            source = stem.with_suffix(".docx")
            document.save(source)
        elif ext in ("xls", "ods"):
            import openpyxl
            book = openpyxl.Workbook()
            sheet = book.active
            sheet.append([html.unescape(title)])
            for row in rows or [[html.unescape(re.sub("<[^>]+>", "", p))] for p in re.findall(r"<p>(.*?)</p>", body, re.S)]:
                sheet.append(row)
            source = stem.with_suffix(".xlsx")
            book.save(source)
        else:  # ppt: the slides of a PDF, as Impress imports it
            source = self.scratch_pdf(title, body)
        self.convert.append((source, ext, self.final(host, path)))

    def image(self, host: str, path: str, title: str, body: str, seed: int) -> None:
        """A photographed (JPEG) or scanned (PNG) page of the typed document."""
        import pypdfium2

        from farm.builders.scans import photographed, scanned
        pdf = pypdfium2.PdfDocument(str(self.scratch_pdf(title, body)))
        page = pdf[0].render(scale=200 / 72).to_pil().convert("RGB")
        rng = random.Random(seed)
        f = self.final(host, path)
        if path.endswith(".png"):
            scanned(page, rng).save(f, "PNG", optimize=True)
        else:
            photographed(page, rng).save(f, "JPEG", quality=82)

    def archive(self, host: str, path: str, files: list[tuple[str, str, str]], windows_names: bool) -> None:
        """A ZIP of the item's PDFs; ``windows_names``: names in cp874 without the UTF-8 flag (Windows' zip)."""
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for name, title, body in files:
                data = self.scratch_pdf(title, body).read_bytes()
                info = (WindowsName if windows_names else zipfile.ZipInfo)(name, (2026, 3, 31, 9, 0, 0))
                z.writestr(info, data, zipfile.ZIP_DEFLATED)
        self.final(host, path).write_bytes(out.getvalue())

    def run_conversions(self) -> None:
        for ext in sorted({e for _, e, _ in self.convert}):
            batch = [(s, f) for s, e, f in self.convert if e == ext]
            outdir = self.scratch / f"out-{ext}"
            args = ["soffice", "--headless", "--norestore"]
            if ext == "ppt":
                args.append("--infilter=impress_pdf_import")
            subprocess.run(args + ["--convert-to", ext, "--outdir", str(outdir), *[str(s) for s, _ in batch]],
                           check=True, capture_output=True, timeout=600)
            for source, final in batch:
                shutil.move(str(outdir / f"{source.stem}.{ext}"), final)
        shutil.rmtree(self.scratch, ignore_errors=True)


def split_progress(ag: dict) -> list[tuple[str, str, str]]:
    """O6 as the agency filed it: the annual plan, then the 6-month progress report in two quarterly files."""
    plan = docs("O6", ag, "ok")[0]
    body = ("<p>ความก้าวหน้า: ดำเนินการแล้ว {done} โครงการ อยู่ระหว่างดำเนินการ {doing} โครงการ</p>"
            "<p>การใช้จ่ายงบประมาณ: เบิกจ่ายแล้ว {spent} บาท</p>")
    return [plan,
            ("progress-q1", f"รายงานความก้าวหน้าการดำเนินงานและการใช้จ่ายงบประมาณ ไตรมาสที่ 1 ปีงบประมาณ พ.ศ. {CUR}",
             f"<p>รอบ 3 เดือน (1 ตุลาคม {PREV} – 31 ธันวาคม {PREV})</p>" + body.format(done=12, doing=18, spent="3,904,200")),
            ("progress-q2", f"รายงานความก้าวหน้าการดำเนินงานและการใช้จ่ายงบประมาณ ไตรมาสที่ 2 ปีงบประมาณ พ.ศ. {CUR}",
             f"<p>รอบ 3 เดือน (1 มกราคม {CUR} – 31 มีนาคม {CUR}) รวมสองไตรมาสเป็นรอบ 6 เดือนแรกของปีงบประมาณ</p>"
             + body.format(done=31, doing=22, spent="9,812,400"))]


def publish(out: DocumentsOut, host: str, code: str, ag: dict, mode: str, form: str, base: str,
            windows_zip: bool = False) -> tuple[list[tuple[str, str]], str]:
    """Write an item's documents in ``form`` under ``base``; [(link title, path)] and the dead path, if any.
    O11 and O18 always keep their PDF + .xlsx (the rulebook names those formats)."""
    if mode in ("absent", "denial", "nofile"):
        return [], ""
    files = split_progress(ag) if form == "split" else docs(code, ag, mode)
    links: list[tuple[str, str]] = []
    if form == "zip":
        path = f"{base}/{code}-{files[0][0]}.zip"
        links.append((f"{TITLE[code]} (ZIP)", path))
        if mode != "dead":
            out.archive(host, path, [(f"{code} {html.unescape(t)[:50]}.pdf", t, b) for _, t, b in files], windows_zip)
        return links, path if mode == "dead" else ""
    for k, (stem, title, body) in enumerate(files):
        ext = {"split": "pdf"}.get(form, form)
        if code in SHEETS:
            ext = "pdf"
        path = f"{base}/{code}-{stem}.{ext}"
        links.append((title, path))
        if mode == "dead":
            continue
        if ext == "pdf":
            out.pdf(host, path, title, body)
        elif ext in ("jpg", "png"):
            out.image(host, path, title, body, seed=zlib.crc32(f"{host}/{code}/{k}".encode()))
        else:
            out.office(host, path, title, body, ext)
        if code in SHEETS:
            out.xlsx(host, f"{base}/{code}-{stem}.xlsx", title, [SHEETS[code], *sheet_rows(code, stem, mode)])
            links.append((title + " (Excel)", f"{base}/{code}-{stem}.xlsx"))
    return links, links[0][1] if mode == "dead" else ""


def rows_and_verdicts(out: DocumentsOut, host: str, ag: dict, plan: dict, inline: dict, where: str, base: str,
                      windows_zip: bool = False):
    """Per item: (code, sub label, links, cell note); verdicts; flags (``ocr: true`` where only OCR reads it)."""
    rows, verdicts, flags = [], {}, {}
    for sub, name, numbers in SUB:
        for n in numbers:
            code = f"O{n}"
            mode, form = plan.get(code, ("ok", "pdf"))
            detail = ""
            if code in INLINE:
                links = [(TITLE[code], inline[code])]
                detail = f"หน้า {inline[code]}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code])
            else:
                links, dead = publish(out, host, code, ag, mode, form, base, windows_zip)
                if mode == "dead":
                    detail = f"http://{host}{dead}"
            note = "อยู่ระหว่างดำเนินการ" if mode == "denial" else ("-" if not links else "")
            rows.append((code, f"{sub} {name}", links, note))
            status, why = judge(code, ag, mode, where if mode == "nofile" else f"{where} แถว {code}", detail)
            if code == "O6" and form == "split":
                titles = " + ".join(t for _, t, _ in split_progress(ag))
                status, why = "pass", (f"{where} แถว O6: {titles} — สองไฟล์รวมกันครอบคลุม 1 ต.ค. {PREV} – "
                                       f"31 มี.ค. {CUR} (รอบ 6 เดือน)")
            if mode == "dead":
                why = why.replace("ตอบ 404", "ตอบ 404 (ไม่มีไฟล์ให้เปิด)")
            elif code not in INLINE and mode not in ("nofile", "denial") and form != "pdf":
                why += f" [{FORM_WORDS[form]}]"
            if form in ("jpg", "png") and mode != "dead":
                flags[code] = {"ocr": True}
            verdicts[code] = (status, why)
    return rows, verdicts, flags


def oit_table(rows: list, strip: str = "") -> str:
    trs = []
    for code, sub, links, note in rows:
        cells = "<br>".join(f'<a href="{h.removeprefix(strip)}" target="_blank">{html.escape(t)}</a>'
                            for t, h in links) or note
        trs.append(f"<tr><td>{sub}</td><td>{code}</td><td>{TITLE[code]}</td><td>{cells}</td></tr>")
    return ('<table class="table table-bordered"><thead><tr><th>ตัวชี้วัดย่อย</th><th>ข้อ</th><th>ข้อมูล</th>'
            '<th>เอกสาร</th></tr></thead><tbody>' + "".join(trs) + "</tbody></table>")


def cms_site(out: DocumentsOut, host: str, ag: dict, plan: dict, windows_zip: bool, ita: str, base: str) -> tuple:
    url = {k: f"/index.php?op={k}" for k in KINDS}
    menu = [("หน้าแรก", "/"), ("โครงสร้าง", url["structure"]), ("ผู้บริหาร", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("E-Service", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("ITA 2569", ita), ("ติดต่อเรา", url["contact"])]

    def page(title, body):
        return cms_page(ag, menu, title, body)
    photos(out, host, ag)
    form = out.form(f"{host}/eservice", f"ยื่นคำร้องออนไลน์ {ag['name']}")
    own_pages(out, host, ag, page, {k: f"index.php@op={k}" for k in KINDS}, form, url["complaint"])
    inline = {c: url[k] for c, k in INLINE_KIND.items()}
    where = f"หน้า http://{host}{ita}"
    rows, verdicts, flags = rows_and_verdicts(out, host, ag, plan, inline, where, base, windows_zip)
    out.text(host, ita.lstrip("/").replace("?", "@"),
             page("การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569", oit_table(rows)))
    out.text(host, "index.html", page("หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     f'<p><a href="{ita}"><img src="/images/ita2569.png" alt="ITA 2569"></a></p>'))
    return verdicts, flags


# ----------------------------------------------------------------------------------------------------------------
# 1. legacy_office: .doc / .xls / .ppt

def site_borphong(out: DocumentsOut) -> None:
    host = HOSTS[0]
    ag = agency("บ่อโพง", "นครหลวง", "พระนครศรีอยุธยา", "borphong", "13260",
                ["นายสมศักดิ์ บุญประเสริฐ", "นายวีระ ทองอยู่", "นางสาวสุภาพร แก้วมณี"], ["081-601-7701", "081-601-7702", "081-601-7703"])
    ag["map"] = "14.47,100.62"
    plan = {"O5": ("ok", "doc"), "O6": ("half", "xls"), "O7": ("stale", "doc"), "O8": ("ok", "doc"),
            "O9": ("ok", "ppt"), "O12": ("ok", "xls"), "O13": ("stale", "doc"), "O14": ("dead", "doc"),
            "O16": ("ok", "doc"), "O20": ("ok", "doc"), "O21": ("nofile", "pdf"), "O22": ("ok", "xls"),
            "O24": ("denial", "pdf"), "O25": ("ok", "ppt"), "O26": ("ok", "doc")}
    ita = "/ita.php?year=2569"
    verdicts, flags = cms_site(out, host, ag, plan, False, ita, "/fileupload/ita2569")
    write_manifest(out, host, {"types": {"/ita.php": "text/html"}})
    out.write_expected(host, "legacy_office: a vendor CMS whose OIT table links Word 97-2003 (.doc), Excel 97-2003 (.xls) "
                       "and PowerPoint 97-2003 (.ppt) files saved by an office suite, a few PDFs.",
                       site_meta("borphong", "legacy_office", ag, "Bo Phong SAO", "อบต.", "พระนครศรีอยุธยา",
                                 f"http://{host}/"), verdicts, flags)


# ----------------------------------------------------------------------------------------------------------------
# 2. archives_opendocument: ZIPs of PDFs, .odt/.ods, pages declaring UTF-8 over windows-874 bytes

def site_ngiwngam(out: DocumentsOut) -> None:
    host = HOSTS[1]
    ag = agency("งิ้วงาม", "เมืองพิษณุโลก", "พิษณุโลก", "ngiwngam", "65230",
                ["นายประเสริฐ จันทร์หอม", "นายอำนาจ ศรีสุข", "นางวาสนา พึ่งบุญ"], ["081-602-8801", "081-602-8802", "081-602-8803"])
    ag["map"] = "16.76,100.19"
    plan = {"O5": ("ok", "zip"), "O6": ("ok", "zip"), "O7": ("ok", "odt"), "O8": ("ok", "zip"),
            "O12": ("stale", "zip"), "O13": ("ok", "odt"), "O14": ("dead", "zip"), "O15": ("ok", "zip"),
            "O19": ("ok", "odt"), "O20": ("announce_only", "zip"), "O22": ("ok", "ods"), "O23": ("denial", "pdf"),
            "O24": ("ok", "odt"), "O25": ("nofile", "pdf"), "O26": ("ok", "zip")}
    ita = "/index.php?op=ita&year=2569"
    verdicts, flags = cms_site(out, host, ag, plan, True, ita, "/uploads/ita2569")
    write_manifest(out, host, {"encoding": "cp874", "charset_header": "utf-8", "types": {"/index.php": "text/html"}})
    out.write_expected(host, "archives_opendocument: an OIT table linking ZIP archives of an item's PDFs (cp874 names, no "
                       "UTF-8 flag), OpenDocument files (.odt, .ods) and PDFs; every page declares UTF-8 (meta and "
                       "header) over windows-874 bytes.",
                       site_meta("ngiwngam", "archives_opendocument", ag, "Ngio Ngam SAO", "อบต.", "พิษณุโลก",
                                 f"http://{host}/"), verdicts, flags)


# ----------------------------------------------------------------------------------------------------------------
# 3. image_scans_split: photos and scans linked directly, a report in two files, no charset anywhere

def old_page(ag: dict, title: str, body: str) -> str:
    menu = [("หน้าแรก", "/index.html"), ("โครงสร้าง", "/structure.html"), ("คณะผู้บริหาร", "/executives.html"),
            ("ข่าวประชาสัมพันธ์", "/news.html"), ("E-Service", "/eservice.html"),
            ("ร้องเรียนการทุจริต", "/complaint.html"), ("ITA 2569", "/ita2569.html"), ("ติดต่อเรา", "/contact.html")]
    links = "".join(f'<tr><td><a href="{h}">» {t}</a></td></tr>' for t, h in menu)
    return ('<html><head>' f'<title>{ag["name"]}</title></head><body bgcolor="#FFFFF0">'
            f'<table width="900" align="center" border="0"><tr><td colspan="2"><h2>{ag["name"]}</h2></td></tr>'
            f'<tr><td width="180" valign="top"><table>{links}</table></td><td valign="top">'
            f'<font face="MS Sans Serif"><b>{title}</b><br>{body}</font></td></tr>'
            f'<tr><td colspan="2" align="center"><font size="1">{ag["name"]} {ag["address"]} โทร {ag["phone"]}'
            '</font></td></tr></table></body></html>')


def site_maejaroa(out: DocumentsOut) -> None:
    host = HOSTS[2]
    ag = agency("แม่จะเรา", "แม่ระมาด", "ตาก", "maejaroa", "63140",
                ["นายสุรชัย อินทร์แก้ว", "นายบุญมี ปัญญาดี", "นางสาวพิมพ์ใจ คำแสน"], ["081-603-9901", "081-603-9902", "081-603-9903"])
    ag.update(name="เทศบาลตำบลแม่จะเรา", short="เทศบาลตำบลแม่จะเรา", map="16.98,98.52",
              execs=[(ag["execs"][0][0], "นายกเทศมนตรีตำบลแม่จะเรา"), (ag["execs"][1][0], "รองนายกเทศมนตรีตำบลแม่จะเรา"),
                     (ag["execs"][2][0], "ปลัดเทศบาลตำบลแม่จะเรา")],
              address="45 หมู่ 2 ตำบลแม่จะเรา อำเภอแม่ระมาด จังหวัดตาก 63140", email="saraban@maejaroa.go.th")
    plan = {"O6": ("ok", "split"), "O7": ("ok", "jpg"), "O8": ("ok", "doc"), "O9": ("ok", "png"),
            "O11": ("half", "pdf"), "O12": ("ok", "xls"), "O13": ("stale", "jpg"), "O15": ("ok", "jpg"),
            "O16": ("dead", "png"), "O20": ("ok", "jpg"), "O21": ("nofile", "pdf"), "O22": ("ok", "doc"),
            "O23": ("ok", "png"), "O24": ("stale", "pdf"), "O25": ("denial", "pdf")}

    def page(title, body):
        return old_page(ag, title, body)
    photos(out, host, ag)
    form = out.form(f"{host}/eservice", f"ยื่นคำร้องออนไลน์ {ag['name']}")
    own_pages(out, host, ag, page, {k: f"{k}.html" for k in KINDS}, form, "/complaint.html")
    inline = {c: f"/{k}.html" for c, k in INLINE_KIND.items()}
    where = f"หน้า http://{host}/ita2569.html"
    rows, verdicts, flags = rows_and_verdicts(out, host, ag, plan, inline, where, "/files/ita69")
    out.text(host, "ita2569.html", page("การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569",
                                        oit_table(rows).replace('class="table table-bordered"', 'border="1" cellpadding="3"')))
    out.text(host, "index.html", page(f"ยินดีต้อนรับสู่{ag['name']}", news_list(NEWS69[:4])))
    write_manifest(out, host, {"encoding": "cp874", "charset_header": ""})
    out.write_expected(host, "image_scans_split: an old table site in windows-874 with no charset anywhere; documents "
                       "published as photographs (.jpg) and scans (.png) linked directly; the 6-month progress report "
                       "in two quarterly files; a .doc and an .xls.",
                       site_meta("maejaroa", "image_scans_split", ag, "Mae Charao Subdistrict Municipality", "เทศบาล",
                                 "ตาก", f"http://{host}/"), verdicts, flags)


def build(dest: Path = SITES_DIR) -> None:
    for host in HOSTS:
        shutil.rmtree(dest / host, ignore_errors=True)   # only these sites' folders; forms live under hashed ids
    out = DocumentsOut(dest)
    site_borphong(out)
    site_ngiwngam(out)
    site_maejaroa(out)
    out.run_conversions()


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
