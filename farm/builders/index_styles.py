"""Fixture sites whose ITA/OIT index is hard to read: PHP tables, Bootstrap cards/accordions, Thai digits, TIS-620.

Run from the repository root: ``python -m farm.builders.index_styles [HOST ...]`` (needs LibreOffice and fonts-thai-tlwg for
the Thai PDFs; PDFs are cached under /tmp so re-runs are quick). It rewrites only the hosts listed in ``SITES``
(and adds the outside pages they link to); it never touches other sites.

The sites themselves are listed in ``index_styles_sites.py`` and the Thai text of their documents is written by
``index_styles_content.py``. Every site is described by its style and a table ``v`` of how each OIT item is published when it is not
simply published well (``VARIANTS`` below says what each variant is and the status an assessor gives it).
``expected.yaml`` is written from the same table: the verdicts are the ones these designs call for when read
by a person, not what the engine says.
"""
from __future__ import annotations

import hashlib
import html
import json
import re
import shutil
import struct
import sys
import zlib
from pathlib import Path

import yaml

from farm.builders.index_styles_content import doc
from rules.rulebook import load_rulebook

ROOT = Path(__file__).resolve().parents[1]
SITES_DIR = ROOT / "sites"
CACHE = Path("/tmp/index_styles_pdfcache")
YEAR = 2566
RULEBOOK = load_rulebook(YEAR)
ITEMS = [(it.code, it.title_th, it.subindicator) for it in RULEBOOK.items]
SUBS = {k: (v["th"] if isinstance(v, dict) else getattr(v, "th", v)) for k, v in (RULEBOOK.subindicators or {}).items()}
if not all(isinstance(v, str) for v in SUBS.values()):
    SUBS = {"9.1": "ข้อมูลพื้นฐาน", "9.2": "การบริหารงาน", "9.3": "การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ",
            "9.4": "การบริหารและพัฒนาทรัพยากรบุคคล", "9.5": "การส่งเสริมความโปร่งใส",
            "10.1": "การดำเนินการเพื่อป้องกันการทุจริต", "10.2": "มาตรการส่งเสริมคุณธรรมและความโปร่งใส"}
PREVIOUS_YEAR_ITEMS = {"O13", "O17", "O22", "O26", "O38", "O42"}
SIX_MONTH_ITEMS = {"O12", "O16", "O21", "O24", "O29", "O33", "O37"}
UNDATED = {"O1", "O3", "O6", "O14", "O15", "O27", "O39"}  # the manual asks for no year on these
PAGE_ITEMS = {"O2", "O5", "O7", "O8", "O9", "O18", "O28"}  # published as pages of the site, not documents

# variant -> (status, why). "{y}" is the year of the document shown.
VARIANTS = {
    "ok": ("pass", None),
    "two_parts": ("pass", "สองเอกสาร (ไตรมาส 1 และรอบ 6 เดือน) ครบ ต.ค.-มี.ค."),
    "monthly": ("pass", "เอกสาร สขร.1 แยกรายเดือน ต.ค.-มี.ค. ครบ 6 เดือน"),
    "old_and_new": ("pass", "มีเอกสารปีก่อนวางคู่กับเอกสารปีที่ประเมิน; ฉบับปีที่ประเมินครบ"),
    "denial": ("pass", "รายงานสถิติรายเดือน ต.ค.-มี.ค. ระบุว่าไม่มีเรื่องร้องเรียน (0 เรื่อง) ถือว่าเปิดเผยครบ"),
    "gdrive": ("pass", "ลิงก์ไป Google Drive ที่เปิดได้"),
    "footer": ("pass", "แถว O5 ลิงก์ไปหน้าแรก ข้อมูลติดต่อ (ที่อยู่ โทร โทรสาร อีเมล) และแผนที่อยู่ที่ส่วนท้ายเว็บ"),
    "header_social": ("pass", "แถว O9 ลิงก์ไปหน้าแรก ไอคอน Facebook/YouTube/LINE อยู่ที่ส่วนหัวเว็บ"),
    "prev": ("partial", "เอกสารเป็นของปี {y} ไม่ใช่ปีที่เกณฑ์กำหนด"),
    "months3": ("partial", "รายงานครอบคลุมเพียง ต.ค.-ธ.ค. ไม่ครบ 6 เดือน (ต.ค.-มี.ค.)"),
    "pendingtop": ("partial", "หน้ารายการขึ้นต้นว่า \"อยู่ระหว่างดำเนินการ\" เหนือเอกสารที่มีอยู่จริง"),
    "nophoto": ("partial", "ข้อมูลผู้บริหารไม่มีรูปถ่าย"),
    "nophone": ("partial", "ข้อมูลผู้บริหารไม่มีช่องทางการติดต่อ (โทรศัพท์/อีเมล)"),
    "nomap": ("partial", "หน้าติดต่อเขียน \"(ยังไม่มีแผนที่)\" ไม่มีแผนที่ตั้ง"),
    "nofax": ("partial", "หน้าติดต่อไม่มีหมายเลขโทรสาร"),
    "lastyear_news": ("partial", "ข่าวประชาสัมพันธ์มีแต่ข่าวปี 2565 ไม่มีข่าวปี 2566"),
    "dash": ("missing", "ช่องเอกสารในตาราง ITA เป็น \"-\""),
    "pending": ("missing", "ช่องเอกสารเขียนว่า \"อยู่ระหว่างดำเนินการ\" ไม่มีเอกสาร"),
    "hash": ("missing", "ลิงก์เป็น # ไม่มีเอกสาร"),
    "void": ("missing", "มีแต่หัวข้อ javascript:void(0) ไม่มีปุ่มเอกสาร"),
    "nodata": ("missing", "หน้ารายการเขียนว่า \"ยังไม่มีข้อมูล\""),
    "absent": ("missing", "ไม่มีหัวข้อนี้ในหน้า ITA และไม่พบในเว็บไซต์"),
    "e404": ("broken", "ลิงก์เอกสารตอบ 404"),
    "e500": ("broken", "หน้าปลายทางตอบ HTTP 500"),
    "hang": ("broken", "ลิงก์ปลายทางไม่ตอบสนอง (ค้างจนหมดเวลา)"),
    "deadext": ("broken", "ลิงก์ Google Drive ตอบ 404 (ไฟล์ถูกลบ)"),
}
PASS_WHY = {"O2": "รายชื่อ ตำแหน่ง รูปถ่าย และโทรศัพท์ผู้บริหาร", "O5": "หน้าติดต่อ: ที่อยู่ โทร โทรสาร อีเมล แผนที่",
            "O7": "ข่าวประชาสัมพันธ์ปี 2566", "O8": "กระดานถาม-ตอบมีแบบฟอร์มตั้งคำถามและคำตอบ",
            "O9": "ลิงก์ Facebook/LINE ของหน่วยงาน", "O18": "แบบคำร้องออนไลน์ (E-Service)",
            "O28": "แบบฟอร์มแจ้งเรื่องร้องเรียนการทุจริตออนไลน์ แยกจากร้องเรียนทั่วไป"}

# Agencies' own wording of the item titles on their index pages.
SHORT = {"O1": "โครงสร้างหน่วยงาน", "O2": "ข้อมูลผู้บริหาร", "O3": "อำนาจหน้าที่", "O4": "แผนพัฒนาท้องถิ่น",
         "O5": "ข้อมูลการติดต่อ", "O6": "กฎหมายที่เกี่ยวข้อง", "O7": "ข่าวประชาสัมพันธ์", "O8": "Q&amp;A",
         "O9": "Social Network", "O10": "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
         "O11": "แผนดำเนินงานและการใช้จ่ายงบประมาณประจำปี",
         "O12": "รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณ ประจำปี รอบ 6 เดือน",
         "O13": "รายงานผลการดำเนินงานประจำปี", "O14": "คู่มือหรือมาตรฐานการปฏิบัติงาน",
         "O15": "คู่มือหรือมาตรฐานการให้บริการ", "O16": "ข้อมูลเชิงสถิติการให้บริการ",
         "O17": "รายงานผลการสำรวจความพึงพอใจการให้บริการ", "O18": "E-Service",
         "O19": "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ", "O20": "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ",
         "O21": "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน",
         "O22": "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี", "O23": "นโยบายการบริหารทรัพยากรบุคคล",
         "O24": "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล", "O25": "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
         "O26": "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี",
         "O27": "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
         "O28": "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
         "O29": "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบประจำปี",
         "O30": "การเปิดโอกาสให้เกิดการมีส่วนร่วม", "O31": "ประกาศเจตนารมณ์นโยบาย No Gift Policy จากการปฏิบัติหน้าที่",
         "O32": "การสร้างวัฒนธรรม No Gift Policy", "O33": "รายงานผลตามนโยบาย No Gift Policy",
         "O34": "การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี",
         "O35": "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ",
         "O36": "แผนปฏิบัติการป้องกันการทุจริต",
         "O37": "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ 6 เดือน",
         "O38": "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี", "O39": "ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ",
         "O40": "การขับเคลื่อนจริยธรรม", "O41": "การประเมินจริยธรรมของเจ้าหน้าที่ของรัฐ",
         "O42": "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
         "O43": "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"}
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def thai_text(markup: str) -> str:
    """Thai digits in the text of markup, never inside tags (links keep ASCII digits)."""
    return re.sub(r">([^<]+)<", lambda m: ">" + m.group(1).translate(THAI) + "<", f">{markup}<")[1:-1]


def token(*parts) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def tiny_png(rgb=(200, 30, 30), w=8, h=8) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


GIF = bytes.fromhex("47494638396101000100800000ff0000ffffff21f90401000000002c00000000010001000002024401003b")


class Entry:
    """One row of an ITA index: code label, title, links, or a placeholder instead of links."""

    def __init__(self, code: str, label: str, title: str, links=None, cell=None, note=""):
        self.code, self.label, self.title, self.links, self.cell, self.note = code, label, title, links or [], cell, note


# --------------------------------------------------------------------------------------------------------------
class Site:
    style = ""

    def __init__(self, spec: dict, pdf_jobs: list):
        self.s = spec
        self.host = spec["host"]
        self.dest = SITES_DIR / self.host
        self.v = spec.get("v", {})
        self.pdf_jobs = pdf_jobs
        self.files: dict[str, bytes | str] = {}
        self.manifest: dict = dict(spec.get("manifest", {}))
        self.types: dict[str, str] = {}
        self.verdicts: dict[str, dict] = {}
        self.outside: dict[str, str] = {}  # outside URL path (host/path) -> html
        self.thai = spec.get("thai", False)
        spec.setdefault("paths", {})
        if self.dest.exists():
            mine = yaml.safe_load((self.dest / "expected.yaml").read_text(encoding="utf-8")) \
                if (self.dest / "expected.yaml").exists() else None
            if not mine or mine.get("agency") != spec["agency"] or mine.get("style") not in STYLES:
                raise SystemExit(f"{self.dest} belongs to another builder; choose another host")
            shutil.rmtree(self.dest)
        self.dest.mkdir(parents=True)
        self.fb = f"https://www.facebook.com/{spec['agency']}.official"
        self.outside[f"www.facebook.com/{spec['agency']}.official/index.html"] = \
            f"<html><head><title>{spec['name_th']} | Facebook</title></head><body>Facebook เพจทางการ</body></html>"

    # -- helpers ------------------------------------------------------------------------------------------------
    def text(self, markup: str) -> str:
        return thai_text(markup) if self.thai else markup

    def put(self, path: str, content, html_page=True):
        """Write a file served at ``path`` (``a.php?id=1`` becomes the file ``a.php@id=1``)."""
        if "?" in path:
            base, query = path.split("?", 1)
            name = f"{base}@{query}"
        else:
            name = path
            if html_page and path.endswith(".php"):
                self.types["/" + path] = "text/html"
        self.files[name] = content

    def page(self, path: str, title: str, body: str):
        self.put(path, self.text(self.layout(title, body)))

    def doc_path(self, code: str, k: int, ext: str = "pdf") -> str:
        return f"fileupload/{token(self.host, code, k)[:12]}.{ext}"

    def add_doc(self, code: str, year: int, months=6, k: int = 0, ext: str | None = None) -> tuple[str, str]:
        """Make the document for ``code`` and return (href, its title)."""
        ext = ext or self.s.get("formats", {}).get(code, "pdf")
        title, body = doc(self.s, code, year, months)
        path = self.doc_path(code, k, ext)
        body = self.text(body)
        if ext == "pdf":
            self.pdf_jobs.append((self.dest / path.replace("?", "@", 1), body))
        elif ext == "docx":
            from farm.make_sites import write_docx
            write_docx(self.dest / path, self.text(title), body)
            self.files[path] = (self.dest / path).read_bytes()
        elif ext == "xlsx":
            import openpyxl
            (self.dest / path).parent.mkdir(parents=True, exist_ok=True)
            wb = openpyxl.Workbook()
            ws = wb.active
            for row in re.findall(r"<tr>(.*?)</tr>", body):
                ws.append([re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<t[dh]>(.*?)</t[dh]>", row)])
            ws.insert_rows(1)
            ws["A1"] = self.text(title)
            wb.save(self.dest / path)
            self.files[path] = (self.dest / path).read_bytes()
        return path, title

    def year_of(self, code: str) -> int:
        return YEAR - 1 if code in PREVIOUS_YEAR_ITEMS else YEAR

    def label(self, code: str) -> str:
        n = int(code[1:])
        style = self.s.get("codes", "O")
        lab = {"O": f"O{n}", "o0": f"o{n:02d}", "O.": f"O.{n}", "00": f"0{n:02d}", "ข้อ": f"ข้อ {n}",
               "Oth": f"O{n}"}[style]
        return self.text(lab) if self.thai or style == "Oth" else lab

    # -- publishing one item -------------------------------------------------------------------------------------
    def publish(self, code: str) -> Entry:
        variant = self.v.get(code, "ok")
        status, why = VARIANTS[variant]
        title = SHORT[code]
        entry = Entry(code, self.label(code), title)
        y = self.year_of(code)
        shown_year = y
        if variant in ("dash", "pending", "hash", "void", "absent"):
            entry.cell = variant
        elif variant == "nodata":
            path = self.item_page_path(code)
            self.page(path, title, f"<h3>{entry.label} {title}</h3><p>ยังไม่มีข้อมูล</p>")
            entry.links = [(path, "รายละเอียด")]
        elif variant == "e404":
            entry.links = [(self.doc_path(code, 9).replace(".pdf", "_old.pdf"), title)]
        elif variant == "deadext":
            entry.links = [(f"https://drive.google.com/file/d/1{token(self.host, code)[:25]}/view?usp=sharing", title)]
        elif code in PAGE_ITEMS:
            entry.links = [(self.special(code, variant), title)]
            if variant == "e500":
                self.manifest.setdefault("status", {})["/" + entry.links[0][0].split("?")[0]] = 500
            if variant == "hang":
                self.manifest.setdefault("hang", []).append("/" + entry.links[0][0])
        else:
            if variant == "prev":
                shown_year = y - 1
                entry.links = [self.add_doc(code, y - 1)]
            elif variant == "months3":
                entry.links = [self.add_doc(code, y, months=3)]
            elif variant == "two_parts":
                entry.links = [self.add_doc(code, y, months=3, k=1), self.add_doc(code, y, months=6, k=2)]
            elif variant == "monthly":
                entry.links = [self.add_doc(code, y, months=[i], k=i + 1) for i in range(6)]
            elif variant == "old_and_new":
                entry.links = [self.add_doc(code, y - 1, k=1), self.add_doc(code, y, k=2)]
            elif variant == "gdrive":
                gid = "1" + token(self.host, code, "drive")[:25]
                href, t = self.add_doc(code, y)
                self.outside[f"drive.google.com/file/d/{gid}/view/index.html"] = (
                    f"<html><head><title>{html.escape(t)} - Google Drive</title></head><body>"
                    f"<p>{self.text(html.escape(t))}</p><p>{self.text(doc(self.s, code, y)[1])}</p></body></html>")
                entry.links = [(f"https://drive.google.com/file/d/{gid}/view?usp=sharing", t)]
            elif variant in ("e500", "hang"):
                entry.links = [("", doc(self.s, code, y)[0])]
            else:  # ok, pendingtop, denial
                entry.links = [self.add_doc(code, y)]
            if variant in ("e500", "hang"):
                path = self.doc_path(code, 7)
                entry.links = [(path, entry.links[0][1])]
                if variant == "e500":
                    self.manifest.setdefault("status", {})["/" + path] = 500
                else:
                    self.manifest.setdefault("hang", []).append("/" + path)
            elif code in self.s.get("item_pages", ()) or variant == "pendingtop":
                path = self.item_page_path(code)
                top = "<p><b>อยู่ระหว่างดำเนินการ</b></p>" if variant == "pendingtop" else ""
                rows = "".join(f'<li><a href="{self.rel(h)}">{html.escape(t)}</a></li>' for h, t in entry.links)
                self.page(path, title, f"<h3>{entry.label} {title}</h3>{top}<ul>{rows}</ul>")
                entry.links = [(path, "รายละเอียด")]
        if status == "pass" and why is None:
            why = PASS_WHY.get(code) or (f"เอกสารปี {y} ครบองค์ประกอบ" if code not in UNDATED else "เอกสารครบองค์ประกอบ")
        where = "; ".join(h for h, _ in entry.links)
        if where and variant not in ("footer", "header_social"):
            why = f"{why} [{where}]"
        self.verdicts[code] = {"status": status, "why": (why or "").format(y=shown_year)}
        return entry

    def rel(self, href: str) -> str:
        return href

    def item_page_path(self, code: str) -> str:
        return f"ita_detail.php?id={int(code[1:])}"

    # -- pages for O2 O5 O7 O8 O9 O18 O28 -------------------------------------------------------------------------
    def special(self, code: str, variant: str) -> str:
        s = self.s
        p = self.s.get("paths", {})
        if code == "O2":
            path = p.get("O2", "executive.php")
            people = [(s["mayor"], s["mayor_title"], "081-234-5671"), ("นายประเสริฐ ทองดี", "รองนายก", "089-456-1122"),
                      ("นางวันเพ็ญ ศรีสุข", "ปลัด" + s["name_th"], "086-777-2301"),
                      ("นางสาวกนกวรรณ มีสุข", "ผู้อำนวยการกองคลัง", "042-111-245")]
            cards = ""
            for i, (name, pos, tel) in enumerate(people, 1):
                img = "" if variant == "nophoto" else f'<img src="images/person{i}.png" width="120">'
                contact = "" if variant == "nophone" else f"<br>โทร. {tel}"
                cards += f'<div class="person">{img}<p><b>{name}</b><br>ตำแหน่ง {pos}{contact}</p></div>'
                self.files[f"images/person{i}.png"] = tiny_png((90, 90, 160))
            self.page(path, "คณะผู้บริหาร", f"<h3>คณะผู้บริหาร</h3>{cards}")
            return path
        if code == "O5":
            if variant == "footer":
                return p.get("home", "index.php")
            path = p.get("O5", "contact.php")
            fax = "" if variant == "nofax" else f"<p>โทรสาร {s['fax']}</p>"
            gmap = ("<p>(ยังไม่มีแผนที่)</p>" if variant == "nomap" else self.map_iframe())
            self.page(path, "ติดต่อเรา", f"<h3>ข้อมูลการติดต่อ</h3><p>{s['name_th']}</p><p>ที่อยู่ {s['address']}</p>"
                                         f"<p>โทรศัพท์ {s['phone']}</p>{fax}<p>อีเมล {s['email']}</p>{gmap}")
            return path
        if code == "O7":
            path = p.get("O7", "news.php")
            year = YEAR - 1 if variant == "lastyear_news" else YEAR
            items = ""
            for i, (day, month) in enumerate([(12, "มกราคม"), (3, "กุมภาพันธ์"), (21, "กุมภาพันธ์"), (8, "มีนาคม"),
                                              (2, "พฤษภาคม"), (19, "มิถุนายน")], 1):
                topic = ["ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง", "โครงการประชาคมหมู่บ้าน",
                         "รับสมัครนักเรียนศูนย์พัฒนาเด็กเล็ก", "กิจกรรมวันท้องถิ่นไทย", "ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า",
                         "ประกาศรับสมัครพนักงานจ้าง"][i - 1]
                npath = f"{path}?id={100 + i}"
                self.page(npath, topic, f"<h3>{topic}</h3><p>วันที่ {day} {month} {year}</p><p>{s['name_th']} ขอประชาสัมพันธ์"
                                        f"{topic} ให้ประชาชนทราบโดยทั่วกัน</p>")
                items += f'<li><a href="{npath}">{topic}</a> <span class="date">({day} {month} {year})</span></li>'
            self.page(path, "ข่าวประชาสัมพันธ์", f"<h3>ข่าวประชาสัมพันธ์</h3><ul>{items}</ul>")
            return path
        if code == "O8":
            path = p.get("O8", "webboard.php")
            self.page(path, "กระดานถาม-ตอบ", "<h3>กระดานถาม-ตอบ (Q&amp;A)</h3><table>"
                      f"<tr><td>สอบถามขั้นตอนการขอรับเบี้ยยังชีพผู้สูงอายุ</td><td>ตอบโดย admin 12 ม.ค. {YEAR}</td></tr>"
                      f"<tr><td>ถนนหมู่ 5 ชำรุด จะซ่อมเมื่อไร</td><td>ตอบโดย กองช่าง 2 ก.พ. {YEAR}</td></tr></table>"
                      '<form method="post" action="webboard.php"><p>หัวข้อคำถาม <input name="topic"></p>'
                      '<p>รายละเอียด <textarea name="detail"></textarea></p><p>ชื่อผู้ถาม <input name="name"></p>'
                      '<input type="submit" value="ตั้งกระทู้"></form>')
            return path
        if code == "O9":
            if variant == "header_social":
                return p.get("home", "index.php")
            path = p.get("O9", "social.php")
            self.page(path, "Social Network", f'<h3>Social Network</h3><p><a href="{self.fb}">Facebook {s["name_th"]}</a></p>'
                                              f'<p><a href="https://line.me/R/ti/p/@{s["agency"]}">LINE Official Account</a></p>')
            self.outside[f"line.me/R/ti/p/@{s['agency']}/index.html"] = \
                "<html><head><title>LINE Official Account</title></head><body>LINE</body></html>"
            return path
        if code == "O18":
            path = p.get("O18", "eservice.php")
            self.page(path, "E-Service", "<h3>E-Service บริการออนไลน์</h3><p>ยื่นคำร้องขอรับบริการออนไลน์ "
                      "โดยไม่ต้องเดินทางมาที่สำนักงาน: ขอรับน้ำอุปโภคบริโภค ขอความช่วยเหลือ ขอใช้สถานที่</p>"
                      '<form method="post" action="eservice.php"><p>ชื่อ-สกุล <input name="name"></p>'
                      '<p>เรื่องที่ขอรับบริการ <select name="type"><option>ขอรับน้ำอุปโภคบริโภค</option>'
                      '<option>ขอใช้สถานที่</option></select></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
                      '<p>เบอร์โทร <input name="tel"></p><input type="submit" value="ส่งคำร้อง"></form>')
            return path
        if code == "O28":
            path = p.get("O28", "complain_corrupt.php")
            self.page(path, "แจ้งเรื่องร้องเรียนการทุจริต", "<h3>ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h3>"
                      "<p>ข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ (แยกจากช่องทางร้องเรียนทั่วไป)</p>"
                      '<form method="post" action="complain_corrupt.php"><p>ชื่อผู้ร้องเรียน (ไม่ระบุก็ได้) <input name="name"></p>'
                      '<p>เจ้าหน้าที่ที่ถูกร้องเรียน <input name="officer"></p><p>รายละเอียดการทุจริต <textarea name="detail"></textarea></p>'
                      '<p>ช่องทางติดต่อกลับ <input name="contact"></p><input type="submit" value="ส่งเรื่องร้องเรียน"></form>')
            return path
        raise KeyError(code)

    def map_iframe(self) -> str:
        q = self.s["map"]
        self.outside[f"maps.google.com/maps@q={q}&output=embed"] = \
            "<html><head><title>Google Maps</title></head><body>map</body></html>"
        return f'<iframe src="https://maps.google.com/maps?q={q}&amp;output=embed" width="600" height="300" frameborder="0"></iframe>'

    def footer_contact(self) -> str:
        s = self.s
        fax = "" if self.v.get("O5") == "nofax" else f" โทรสาร {s['fax']}"
        gmap = self.map_iframe() if self.v.get("O5") == "footer" else ""
        return f"<p>{s['name_th']} {s['address']}</p><p>โทรศัพท์ {s['phone']}{fax} อีเมล: {s['email']}</p>{gmap}"

    # -- filler pages that compete for the crawl ----------------------------------------------------------------
    def filler(self, base: str, n: int = 8) -> str:
        links = ""
        for i in range(1, n + 1):
            path = f"{base}?id={i}"
            self.page(path, f"ภาพกิจกรรม {i}", f"<h3>ภาพกิจกรรม ครั้งที่ {i}</h3><p>กิจกรรมจิตอาสาพัฒนาหมู่บ้าน</p>"
                                              f'<img src="images/g{i % 3}.png">')
            links += f'<li><a href="{path}">ภาพกิจกรรม {i}</a></li>'
        for i in range(3):
            self.files[f"images/g{i}.png"] = tiny_png((40 * i, 120, 80))
        return links

    # -- writing ---------------------------------------------------------------------------------------------------
    def build(self):
        entries = [self.publish(code) for code, _, _ in ITEMS]
        pdpa = entries[9]
        self.pdpa = (f'<p class="pdpa"><a href="{pdpa.links[0][0]}">นโยบายคุ้มครองข้อมูลส่วนบุคคล (PDPA)</a></p>'
                     if pdpa.links and self.v.get("O10") not in ("e404", "e500", "hang", "deadext", "nodata") else "")
        self.render(entries)
        self.write()

    def write(self):
        for name, content in self.files.items():
            f = self.dest / name
            f.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                f.write_bytes(content)
            else:
                f.write_text(content, encoding="utf-8")
        if self.types:
            self.manifest.setdefault("types", {}).update(self.types)
        (self.dest / "manifest.yaml").write_text(yaml.safe_dump(self.manifest, allow_unicode=True, sort_keys=False) or "{}\n",
                                                 encoding="utf-8")
        s = self.s
        exp = {"agency": s["agency"], "year": YEAR, "style": self.style,
               "registry": {"name_th": s["name_th"], "name_en": s["name_en"], "type": s["kind"],
                            "province": s["province"], "url": f"http://{self.host}/"},
               "items": {code: self.verdicts[code] for code, _, _ in ITEMS}}
        items = exp.pop("items")
        text = (f"# {s['summary']}\n" + yaml.safe_dump(exp, allow_unicode=True, sort_keys=False, width=200) + "items:\n"
                + "".join(f"  {code}: {{status: {v['status']}, why: {json.dumps(v['why'], ensure_ascii=False)}}}\n"
                          for code, v in items.items()))
        (self.dest / "expected.yaml").write_text(text, encoding="utf-8")
        for rel, content in self.outside.items():  # outside pages are shared: never overwrite another builder's
            f = SITES_DIR / rel
            if f.exists():
                continue
            f.parent.mkdir(parents=True, exist_ok=True)
            f.write_text(content, encoding="utf-8")

    def grouped(self, entries):
        """Entries grouped by sub-indicator, in rulebook order."""
        groups: dict[str, list] = {}
        for (_code, _, sub), e in zip(ITEMS, entries):
            groups.setdefault(sub, []).append(e)
        return groups


# --------------------------------------------------------------------------------------------------------------
class PhpTable(Site):
    """A vendor PHP site: sf-menu, banners, the OIT index as a bordered table with pdf.gif icons."""
    style = "php_table"
    o1_href = "index.php"

    def layout(self, title, body):
        s = self.s
        menu = s.get("menu_class", "sf-menu")
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title} :: {s['name_th']}</title><link href="css/style.css" rel="stylesheet" type="text/css" /></head>
<body><div id="wrapper">
<div id="header"><img src="images/logo.png" /> <span class="webname">{s['name_th']}</span><br/><span class="slogan">อำเภอ{s['amphoe']} จังหวัด{s['province']}</span>
{self.header_extra()}</div>
<div id="menubar"><ul class="{menu}">
<li><a href="index.php">หน้าหลัก</a></li>
<li><a href="#">ข้อมูลพื้นฐาน</a><ul><li><a href="history.php">ประวัติความเป็นมา</a></li><li><a href="executive.php">คณะผู้บริหาร</a></li><li><a href="{self.o1_href}">โครงสร้างส่วนราชการ</a></li></ul></li>
<li><a href="news.php">ข่าวประชาสัมพันธ์</a></li><li><a href="gallery.php">ภาพกิจกรรม</a></li>
<li><a href="webboard.php">กระดานสนทนา</a></li><li><a href="{s['paths'].get('O5', 'contact.php') if 'O5' not in s['v'] or s['v']['O5'] != 'footer' else 'index.php'}">ติดต่อเรา</a></li>
</ul></div>
<div id="content"><div id="left">
<a href="{s.get('ita_href', 'ita.php')}"><img src="images/banner_ita.png" width="200" /></a><br/>
<a href="complain.php"><img src="images/banner_complain.png" width="200" /></a><br/>
<img src="images/qr_eit.png" width="150" alt="QR code แบบวัด EIT" /><br/><small>สแกน QR code ตอบแบบวัด EIT</small>
</div><div id="main">
{body}
</div></div>
<div id="footer">{self.footer_contact()}<p>Copyright &copy; {s['name_th']} All rights reserved.</p></div>
</div></body></html>"""

    def header_extra(self):
        return (f'<div class="social"><a href="{self.fb}" target="_blank"><img src="images/fb.png" /></a></div>'
                if self.v.get("O9") == "header_social" else "")

    def cell(self, e: Entry) -> str:
        if e.cell == "dash":
            return "-"
        if e.cell == "pending":
            return "อยู่ระหว่างดำเนินการ"
        if e.cell == "hash":
            return '<a href="#"><img src="images/pdf.gif" border="0" /></a>'
        links = []
        for href, _t in e.links:
            icon = "pdf.gif" if href.endswith(".pdf") else ("word.gif" if href.endswith(".docx") else
                                                             "excel.gif" if href.endswith(".xlsx") else "link.gif")
            links.append(f'<a href="{href}" target="_blank"><img src="images/{icon}" border="0" /></a>')
        return " ".join(links)

    def render(self, entries):
        s = self.s
        self.o1_href = entries[0].links[0][0] if entries[0].links else "index.php"
        rows = ""
        for _n, (sub, group) in enumerate(self.grouped(entries).items()):
            head = "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล" if sub.startswith("9") else "ตัวชี้วัดที่ 10 การป้องกันการทุจริต"
            if sub in ("9.1", "10.1"):
                rows += f'<tr bgcolor="#1f4e79"><td colspan="3"><font color="#ffffff"><b>{head}</b></font></td></tr>'
            rows += f'<tr bgcolor="#dbe9f7"><td colspan="3"><b>ตัวชี้วัดย่อยที่ {sub} {SUBS[sub]}</b></td></tr>'
            for e in group:
                if e.cell == "absent":
                    continue
                rows += (f'<tr><td align="center" width="60">{e.label}</td><td>{e.title}</td>'
                         f'<td align="center" width="140">{self.cell(e)}</td></tr>\n')
        head = "<th>ข้อ</th><th>ข้อมูล</th><th>ไฟล์/ลิงก์</th>"
        body = (f'<h2 class="title">การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT)</h2>'
                f"<p>ประจำปีงบประมาณ พ.ศ. {YEAR} {s['name_th']}</p>"
                + ('<p>เลือกปี : <a href="ita.php?year=2566">2566</a> | <a href="ita.php?year=2565">2565</a></p>'
                   if s.get("year_links") else "")
                + f'<table width="100%" border="1" cellspacing="0" cellpadding="4" class="tb-ita"><tr>{head}</tr>{rows}</table>')
        self.ita_body = body
        self.page(s.get("ita_path", "ita.php"), "ITA", body)
        if s.get("year_links"):
            self.last_year_index()
        self.home()
        self.page("history.php", "ประวัติความเป็นมา", f"<h3>ประวัติความเป็นมา</h3><p>{s['name_th']} ยกฐานะตามพระราชบัญญัติ "
                  "มีพื้นที่ 48 ตารางกิโลเมตร 11 หมู่บ้าน</p>")
        self.page("gallery.php", "ภาพกิจกรรม", f"<h3>ภาพกิจกรรม</h3><ul>{self.filler('gallery.php', 10)}</ul>")
        self.page("complain.php", "ร้องเรียนร้องทุกข์", "<h3>ร้องเรียน/ร้องทุกข์ทั่วไป</h3><form method=\"post\" action=\"complain.php\">"
                  "<p>เรื่อง <input name=\"topic\"></p><p>รายละเอียด <textarea name=\"d\"></textarea></p><input type=\"submit\" value=\"ส่ง\"></form>")
        for name, rgb in [("logo.png", (0, 90, 40)), ("banner_ita.png", (10, 60, 160)), ("banner_complain.png", (160, 40, 40)),
                          ("qr_eit.png", (0, 0, 0)), ("fb.png", (59, 89, 152))]:
            self.files[f"images/{name}"] = tiny_png(rgb)
        for name in ("pdf.gif", "word.gif", "excel.gif", "link.gif"):
            self.files[f"images/{name}"] = GIF
        self.files["css/style.css"] = "body{font-family:Tahoma} .sf-menu li{display:inline}"

    def last_year_index(self):
        rows = ""
        for code in ("O1", "O4", "O11", "O13", "O16", "O19", "O21", "O31", "O36", "O42"):
            href, _ = self.add_doc(code, self.year_of(code) - 1, k=65)
            rows += (f'<tr><td align="center">{self.label(code)}</td><td>{SHORT[code]}</td>'
                     f'<td align="center"><a href="{href}"><img src="images/pdf.gif" border="0" /></a></td></tr>')
        self.page("ita.php?year=2565", "ITA 2565", f"<h2>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2565</h2>"
                  f'<table width="100%" border="1" cellspacing="0" cellpadding="4">{rows}</table>')
        self.page("ita.php?year=2566", "ITA 2566", self.ita_body)

    def home(self):
        s = self.s
        news = "".join(f'<li><a href="news.php?id={100 + i}">ข่าวประชาสัมพันธ์ {i}</a></li>' for i in range(1, 5))
        self.page("index.php", "หน้าหลัก", f"<h3>ยินดีต้อนรับสู่เว็บไซต์{s['name_th']}</h3>"
                  f"<p>ข่าวประชาสัมพันธ์ล่าสุด</p><ul>{news}</ul>"
                  f'<p><a href="news.php">ดูข่าวทั้งหมด</a></p>{self.pdpa}')
        self.files["index.html"] = self.files["index.php"]


# --------------------------------------------------------------------------------------------------------------
class Cards(Site):
    """Bootstrap 4 site: the OIT index in tabs, accordions and cards; icon-only buttons."""
    style = "cards_accordion"

    def doc_path(self, code, k, ext="pdf"):
        n = int(code[1:])
        return f"uploads/ita/{YEAR}/{token(self.host, code, k)[:8]}_o{n:02d}.{ext}"

    def item_page_path(self, code):
        return f"ita_item.php?code={code.lower()}"

    def layout(self, title, body):
        s = self.s
        social = (f'<div class="top-social"><a href="{self.fb}"><i class="fab fa-facebook-f"></i></a>'
                  f'<a href="https://www.youtube.com/@{s["agency"]}"><i class="fab fa-youtube"></i></a></div>')
        self.outside[f"www.youtube.com/@{s['agency']}/index.html"] = "<html><head><title>YouTube</title></head><body>YouTube channel</body></html>"
        return f"""<!doctype html>
<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="assets/css/bootstrap.min.css"><link rel="stylesheet" href="assets/fontawesome/css/all.min.css">
<title>{title} | {s['name_th']}</title></head>
<body>
<div class="topbar bg-success text-white"><div class="container d-flex"><span><i class="fas fa-phone"></i> {s['phone']}</span>{social}</div></div>
<div class="brand-area container"><a href="index.html"><img src="assets/img/logo.png" height="80"></a> <span class="h3">{s['name_th']}</span></div>
<div class="main-bar bg-dark"><div class="container"><ul class="bar-list d-flex list-unstyled">
<li class="bar-item"><a class="bar-link" href="index.html">หน้าแรก</a></li>
<li class="bar-item dropdown"><a class="bar-link dropdown-toggle" href="#" data-toggle="dropdown">เกี่ยวกับเรา</a>
<div class="dropdown-menu"><a class="dropdown-item" href="{s['paths'].get('O2', 'executive.php')}">คณะผู้บริหาร</a><a class="dropdown-item" href="about.html">ประวัติ</a></div></li>
<li class="bar-item"><a class="bar-link" href="{s['paths'].get('O7', 'news.php')}">ข่าวสาร</a></li>
<li class="bar-item"><a class="bar-link" href="gallery.php">ภาพกิจกรรม</a></li>
<li class="bar-item"><a class="bar-link" href="{s['paths'].get('O5', 'contact.php')}">ติดต่อ</a></li></ul></div></div>
<div class="container py-4">
{body}
</div>
<footer class="site-foot bg-dark text-light"><div class="container">{self.footer_contact()}<p>&copy; {YEAR} {s['name_th']}</p></div></footer>
<script src="assets/js/jquery.min.js"></script><script src="assets/js/bootstrap.bundle.min.js"></script>
</body></html>"""

    def buttons(self, e: Entry) -> str:
        if e.cell in ("dash", "pending"):
            return '<span class="text-muted">' + ("-" if e.cell == "dash" else "อยู่ระหว่างดำเนินการ") + "</span>"
        if e.cell == "hash":
            return '<a class="btn btn-sm btn-primary" href="#">เปิด</a>'
        if e.cell == "void":
            return ""
        return " ".join(f'<a class="btn btn-sm btn-outline-primary" href="{h}" target="_blank">เปิด</a>' for h, _ in e.links)

    def icons(self, e: Entry) -> str:
        if e.cell in ("dash", "pending"):
            return '<span class="badge badge-secondary">' + ("-" if e.cell == "dash" else "อยู่ระหว่างดำเนินการ") + "</span>"
        if e.cell == "hash":
            return '<a href="#"><i class="fas fa-download"></i></a>'
        if e.cell == "void":
            return ""
        return " ".join(f'<a href="{h}" target="_blank" class="ml-2"><i class="fas fa-{"download" if "." in h.split("/")[-1] and not h.startswith("http") else "external-link-alt"}"></i></a>'
                        for h, _ in e.links)

    def sub_accordion(self, groups) -> str:
        """One accordion card per sub-indicator; its body a table 'code | title | <ul><li><a><b>document</b>'."""
        cards = ""
        for n, (sub, group) in enumerate(groups.items(), 1):
            rows = ""
            for e in group:
                if e.cell == "absent":
                    continue
                if e.cell in ("dash", "pending"):
                    cell = "-" if e.cell == "dash" else "อยู่ระหว่างดำเนินการ"
                elif e.cell == "hash":
                    cell = '<ul class="pro_list1"><li><a href="#"><b>' + e.title + "</b></a></li></ul>"
                else:
                    cell = ('<ul class="pro_list1">' + "".join(
                        f'<li><a href="{h}" target="_blank"><b>{html.escape(t if t != "รายละเอียด" else e.title)}</b></a></li>'
                        for h, t in e.links) + "</ul>")
                rows += f'<tr><td style="text-align: center;">{e.label}</td><td>{e.title}</td><td>{cell}</td></tr>'
            cards += (f'<div class="card"><div class="card-header"><h3 class="mb-0"><button class="btn btn-lg fluid collapsed" '
                      f'data-toggle="collapse" data-target="#oit-{n:02d}"><span class="text-limit">ตัวชี้วัดย่อยที่ {sub} {SUBS[sub]}</span>'
                      f'<span class="feather icon-plus-circle"></span></button></h3></div>'
                      f'<div id="oit-{n:02d}" class="collapse" data-parent="#accordion-oit"><div class="card-body">'
                      f'<table class="table"><tbody><tr><td style="width:15%;"><strong>ตัวชี้วัดย่อย/ข้อ</strong></td>'
                      f'<td style="width:35%;"><strong>ข้อมูล</strong></td><td><strong>รายละเอียด</strong></td></tr>{rows}'
                      f"</tbody></table></div></div></div>")
        return f'<div id="accordion-oit">{cards}</div>'

    def render(self, entries):
        s = self.s
        groups = self.grouped(entries)
        mode = s.get("cards_mode", "accordion")
        tabs, panes = "", ""
        for n, (sub, group) in enumerate(groups.items()):
            active = " active" if n == 0 else ""
            tid = "t" + sub.replace(".", "")
            tabs += f'<li class="nav-item"><a class="nav-link{active}" data-toggle="tab" href="#{tid}">{sub} {SUBS[sub]}</a></li>'
            inner = ""
            for e in group:
                if e.cell == "absent":
                    continue
                cid = "c" + e.code.lower()
                if mode == "list":
                    inner += (f'<div class="list-group-item d-flex align-items-center"><a href="{"#!" if e.code != "O23" else "javascript:void(0)"}" class="ita-title">'
                              f'{e.label} {e.title}</a><span class="ml-auto">{self.icons(e)}</span></div>')
                else:
                    inner += (f'<div class="card"><div class="card-header" id="h{cid}"><h5 class="mb-0">'
                              f'<button class="btn btn-link collapsed" data-toggle="collapse" data-target="#{cid}">{e.label} {e.title}</button></h5></div>'
                              f'<div id="{cid}" class="collapse" data-parent="#acc{tid}"><div class="card-body">'
                              f'{"".join("<p>" + html.escape(t) + "</p>" for _, t in e.links if t != "รายละเอียด" and s.get("card_titles"))}'
                              f'{self.buttons(e)}</div></div></div>')
            wrap = (f'<div class="list-group">{inner}</div>' if mode == "list" else f'<div class="accordion" id="acc{tid}">{inner}</div>')
            panes += f'<div class="tab-pane fade{" show active" if n == 0 else ""}" id="{tid}">{wrap}</div>'
        body = (f'<h2 class="text-center">ITA {YEAR}</h2><p class="text-center">การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ'
                f' ประจำปีงบประมาณ พ.ศ. {YEAR}</p>'
                + (self.sub_accordion(groups) if mode == "subacc" else
                   f'<ul class="nav nav-tabs" role="tablist">{tabs}</ul><div class="tab-content">{panes}</div>'))
        if s.get("year_list"):
            self.page(f"oit_year.php?y={YEAR}", f"OIT {YEAR}", body)
            cards = ""
            for y in (2567, 2566, 2565):
                href = f"oit_year.php?y={y}"
                if y != YEAR:
                    self.page(href, f"OIT {y}", f"<h2>ITA {y}</h2><p>{'อยู่ระหว่างจัดเตรียมข้อมูล' if y > YEAR else 'ข้อมูลปีงบประมาณ ' + str(y)}</p>"
                              + ("" if y > YEAR else f'<a href="{self.add_doc("O4", 2565, k=65)[0]}"><i class="fas fa-file-pdf"></i></a>'))
                cards += (f'<div class="col-md-4"><div class="card"><img class="card-img-top" src="assets/img/ita{y}.png">'
                          f'<div class="card-body"><h5 class="card-title">ปีงบประมาณ {y}</h5><a href="{href}" class="stretched-link"></a></div></div></div>')
            self.page("oit.php", "ITA", f'<h2>การเปิดเผยข้อมูลสาธารณะ (OIT)</h2><div class="row">{cards}</div>')
            for y in (2567, 2566, 2565):
                self.files[f"assets/img/ita{y}.png"] = tiny_png((20, 100, 200))
            ita_href = "oit.php"
        else:
            self.page("ita.php", "ITA", body)
            ita_href = "ita.php"
        banner = f'<a href="{ita_href}"><img src="assets/img/banner-ita.png" class="img-fluid" alt="ITA"></a>'
        news = "".join(f'<div class="col-md-4"><div class="card"><div class="card-body"><a href="{s["paths"].get("O7", "news.php")}?id={100 + i}">อ่านต่อ</a></div></div></div>'
                       for i in range(1, 4))
        self.page("index.html", "หน้าแรก", f'<div class="row"><div class="col-md-8"><h4>ข่าวล่าสุด</h4><div class="row">{news}</div></div>'
                  f'<div class="col-md-4">{banner}<img src="assets/img/qr-eit.png" class="img-fluid" alt="QR code EIT">'
                  f'<p class="small">สแกน QR code เพื่อตอบแบบวัดการรับรู้ผู้มีส่วนได้ส่วนเสียภายนอก (EIT)</p>'
                  f'<a href="{s["paths"].get("O8", "webboard.php")}"><img src="assets/img/btn-qa.png" alt=""></a>{self.pdpa}</div></div>')
        self.page("about.html", "ประวัติ", f"<h3>ประวัติความเป็นมา</h3><p>{s['name_th']} ตั้งอยู่ อำเภอ{s['amphoe']}</p>")
        self.page("gallery.php", "ภาพกิจกรรม", f"<h3>ภาพกิจกรรม</h3><ul>{self.filler('gallery.php', 12)}</ul>")
        for name in ("logo.png", "banner-ita.png", "qr-eit.png", "btn-qa.png"):
            self.files[f"assets/img/{name}"] = tiny_png((30, 140, 60))
        self.files["assets/css/bootstrap.min.css"] = "/* bootstrap 4.6 */"
        self.files["assets/fontawesome/css/all.min.css"] = "/* font awesome 5 */"
        self.files["assets/js/jquery.min.js"] = "/* jquery 3.5 */"
        self.files["assets/js/bootstrap.bundle.min.js"] = "/* bootstrap 4.6 */"


# --------------------------------------------------------------------------------------------------------------
class ThaiDigits(Site):
    """Sites written in Thai digits: codes O๑ / ข้อ ๑, years ๒๕๖๖, dates ๑ ตุลาคม ๒๕๖๕, documents likewise."""
    style = "thai_digits"

    def doc_path(self, code, k, ext="pdf"):
        if self.s.get("download_php") and ext == "pdf" and k != 7:
            return f"download.php?id={int(token(self.host, code, k)[:6], 16) % 9000 + 1000}"
        return f"data/oit{YEAR}/{code.lower()}_{k}.{ext}"

    def item_page_path(self, code):
        return f"oit_detail.php?no={int(code[1:])}"

    def layout(self, title, body):
        s = self.s
        return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{title} - {s['name_th']}</title><link rel="stylesheet" href="css/main.css"></head>
<body><div class="hd"><div class="logo"><img src="images/logo.png"></div><div class="agency">{s['name_th']}<br><small>อำเภอ{s['amphoe']} จังหวัด{s['province']}</small></div>
<div class="hd-social"><a href="{self.fb}"><img src="images/icon-fb.png"></a></div></div>
<div class="bar"><a href="index.php">หน้าหลัก</a> <a href="{s['paths'].get('O2', 'executive.php')}">ผู้บริหาร</a> <a href="{s['paths'].get('O7', 'news.php')}">ข่าวสาร</a>
<a href="gallery.php">ภาพกิจกรรม</a> <a href="{s['paths'].get('O8', 'webboard.php')}">ถาม-ตอบ</a> <a href="{s['paths'].get('O5', 'contact.php')}">ติดต่อ</a></div>
<div class="wrap"><div class="side"><a href="oit.php"><img src="images/oit-banner.png"></a><br>
<img src="images/qr-eit.png"><p>QR code แบบวัด EIT ปี 2566</p></div>
<div class="body">{body}</div></div>
<div class="ft">{self.footer_contact()}<p>ปรับปรุงล่าสุด 15 มีนาคม 2566</p></div></body></html>"""

    def link_text(self, e: Entry) -> str:
        if e.cell == "dash":
            return "-"
        if e.cell == "pending":
            return "อยู่ระหว่างดำเนินการ"
        if e.cell == "hash":
            return '<a href="#">คลิก</a>'
        word = self.s.get("link_word", "คลิก")
        return " ".join(f'<a href="{h}" target="_blank">{word}</a>' for h, _ in e.links)

    def render(self, entries):
        s = self.s
        layout = s.get("thai_layout", "table")
        out = ""
        for sub, group in self.grouped(entries).items():
            group = [e for e in group if e.cell != "absent"]
            if layout == "table":
                out += f'<tr class="sub"><td colspan="3">ตัวชี้วัดย่อยที่ {sub} {SUBS[sub]}</td></tr>'
                out += "".join(f"<tr><td>{e.label}</td><td>{e.title}</td><td>{self.link_text(e)}</td></tr>" for e in group)
            elif layout == "list":
                out += f"<h4>{sub} {SUBS[sub]}</h4><ul class=\"oit-list\">"
                out += "".join(f"<li><span class=\"no\">{e.label}</span> {e.title} {self.link_text(e)}</li>" for e in group)
                out += "</ul>"
            else:
                out += f'<div class="oit-sub">{sub} {SUBS[sub]}</div><div class="oit-grid">'
                out += "".join(f'<div class="oit-box"><div class="oit-code">{e.label}</div><div class="oit-name">{e.title}</div>'
                               f'<div class="oit-link">{self.link_text(e)}</div></div>' for e in group)
                out += "</div>"
        if layout == "table":
            out = f'<table class="oit" border="1" cellpadding="4"><tr><th>ข้อ</th><th>หัวข้อ</th><th>เอกสาร</th></tr>{out}</table>'
        self.page("oit.php", "OIT", f"<h2>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. {YEAR}</h2>"
                  f"<p>ข้อมูล ณ วันที่ 1 ตุลาคม 2565 - 31 มีนาคม 2566</p>{out}")
        news = "".join(f'<li><a href="{s["paths"].get("O7", "news.php")}?id={100 + i}">ข่าวประชาสัมพันธ์ ฉบับที่ {i}</a></li>' for i in range(1, 5))
        self.page("index.php", "หน้าหลัก", f"<h3>ข่าวประชาสัมพันธ์</h3><ul>{news}</ul>{self.pdpa}")
        self.files["index.html"] = self.files["index.php"]
        self.page("gallery.php", "ภาพกิจกรรม", f"<h3>ภาพกิจกรรม</h3><ul>{self.filler('gallery.php', 10)}</ul>")
        for name in ("logo.png", "icon-fb.png", "oit-banner.png", "qr-eit.png"):
            self.files[f"images/{name}"] = tiny_png((120, 20, 120))
        self.files["css/main.css"] = "body{font-family:'TH Sarabun New',Tahoma}"
        if s.get("download_php"):
            self.types["/download.php"] = "application/pdf"


# --------------------------------------------------------------------------------------------------------------
class Tis620(Site):
    """An older site saved in TIS-620: table layout, <font> tags, image-map menus, frames, an <img> ITA banner."""
    style = "tis620"

    def doc_path(self, code, k, ext="pdf"):
        return f"file/ita66/{code.lower()}{'_' + str(k) if k else ''}.{ext}"

    def item_page_path(self, code):
        return f"ita_show.php?id={int(code[1:])}"

    def layout(self, title, body):
        s = self.s
        charset = s.get("meta_charset", "tis-620")
        menu = "" if s.get("frames") else self.imagemap()
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title} - {s['name_th']}</title></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/top.jpg" width="780" height="120"></td></tr>
<tr><td>{menu}</td></tr>
<tr><td bgcolor="#FFFFEE" valign="top"><font face="MS Sans Serif" size="2">
{body}
</font></td></tr>
<tr><td bgcolor="#336600" align="center"><font color="#FFFFFF" size="1">{self.footer_contact()}</font></td></tr>
</table></body></html>"""

    def imagemap(self):
        p = self.s["paths"]
        areas = [("main.htm" if self.s.get("frames") else "index.htm", "0,0,90,30"), (p.get("O2", "executive.php"), "90,0,180,30"), (p.get("O7", "news.php"), "180,0,270,30"),
                 (p.get("O8", "webboard.php"), "270,0,360,30")]
        if self.v.get("O5") != "footer":
            areas.append((p.get("O5", "contact.php"), "360,0,450,30"))
        return ('<img src="images/menu.gif" width="780" height="30" border="0" usemap="#Map">'
                '<map name="Map">' + "".join(f'<area shape="rect" coords="{c}" href="{h}">' for h, c in areas) + "</map>")

    def render(self, entries):
        s = self.s
        rows = ""
        for sub, group in self.grouped(entries).items():
            rows += f'<tr bgcolor="#CCFF99"><td colspan="3"><font size="2"><b>{sub} {SUBS[sub]}</b></font></td></tr>'
            for e in group:
                if e.cell == "absent":
                    continue
                if e.cell in ("dash", "pending", "hash"):
                    cell = {"dash": "-", "pending": "อยู่ระหว่างดำเนินการ", "hash": '<a href="#">ดาวน์โหลด</a>'}[e.cell]
                else:
                    cell = " ".join(f'<a href="{h}" target="_blank"><font color="#0000FF">ดาวน์โหลด</font></a>' for h, _ in e.links)
                rows += (f'<tr bgcolor="#FFFFFF"><td align="center"><font size="2">{e.label}</font></td>'
                         f'<td><font size="2">{e.title}</font></td><td align="center"><font size="2">{cell}</font></td></tr>')
        self.page(s.get("ita_path", "ita.htm"), "ITA", f'<p align="center"><font size="4" color="#990000"><b>การประเมินคุณธรรมและความโปร่งใส'
                  f'ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ปี {YEAR}</b></font></p>'
                  f'<table width="100%" border="0" cellpadding="3" cellspacing="1" bgcolor="#999999">{rows}</table>')
        banner = f'<a href="{s.get("ita_path", "ita.htm")}"><img src="images/ita_banner.gif" width="180" border="0"></a>'
        news = "".join(f'<tr><td><img src="images/bullet.gif"> <a href="{s["paths"].get("O7", "news.php")}?id={100 + i}">'
                       f'<font size="2">ข่าวประชาสัมพันธ์ {i}</font></a></td></tr>' for i in range(1, 5))
        main = (f'<table width="100%"><tr><td valign="top" width="190">{banner}<br><img src="images/qr_eit.gif" width="150">'
                f'<br><font size="1">QR code แบบวัด EIT</font></td><td valign="top"><table>{news}</table>'
                f'<a href="gallery.php"><font size="2">ภาพกิจกรรม</font></a><font size="2">{self.pdpa}</font></td></tr></table>')
        if s.get("frames"):
            self.put("main.htm", self.layout("หน้าหลัก", self.text(main)))
            self.put("top.htm", f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=tis-620"></head>'
                     f'<body><img src="images/top.jpg"><font size="5">{s["name_th"]}</font></body></html>')
            self.put("menu.htm", '<html><head><meta http-equiv="Content-Type" content="text/html; charset=tis-620"></head><body>'
                     + self.imagemap().replace("<area ", '<area target="main" ') + "</body></html>")
            self.put("index.htm", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=tis-620"><title>{s['name_th']}</title></head>
<frameset rows="130,32,*" frameborder="NO" border="0"><frame src="top.htm" name="topFrame" scrolling="NO">
<frame src="menu.htm" name="menu" scrolling="NO" noresize>
<frame src="main.htm" name="main"></frameset>
<noframes><body>เบราว์เซอร์ของท่านไม่สนับสนุนเฟรม</body></noframes></html>""")
        else:
            self.page("index.htm", "หน้าหลัก", main)
        self.files["index.html"] = self.files["index.htm"]
        self.page("gallery.php", "ภาพกิจกรรม", f"<ul>{self.filler('gallery.php', 8)}</ul>")
        for name in ("top.jpg",):
            self.files[f"images/{name}"] = tiny_png((50, 100, 0))
        for name in ("menu.gif", "ita_banner.gif", "qr_eit.gif", "bullet.gif"):
            self.files[f"images/{name}"] = GIF


STYLES = {"php_table": PhpTable, "cards_accordion": Cards, "thai_digits": ThaiDigits, "tis620": Tis620}


def make_pdfs(jobs: list) -> None:
    """PDFs through LibreOffice (farm.make_sites.make_pdfs), cached by content under /tmp."""
    from farm.make_sites import make_pdfs as lo_make
    CACHE.mkdir(parents=True, exist_ok=True)
    todo = []
    for _dest, body in jobs:
        cached = CACHE / f"{token(body)}.pdf"
        if not cached.exists():
            todo.append((cached, body, False))
    seen = set()
    todo = [t for t in todo if not (t[0] in seen or seen.add(t[0]))]
    if todo:
        lo_make(todo)
    for dest, body in jobs:
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CACHE / f"{token(body)}.pdf", dest)


def build(hosts: list[str] | None = None) -> None:
    from farm.builders.index_styles_sites import SITES
    jobs: list = []
    for spec in SITES:
        if hosts and spec["host"] not in hosts:
            continue
        site = STYLES[spec["style"]](spec, jobs)
        site.build()
        print(spec["host"], spec["style"], len(site.files), "files")
    make_pdfs(jobs)


if __name__ == "__main__":
    build(sys.argv[1:] or None)
