"""Fixture sites whose pages are addressed by query string: WordPress, Joomla and Thai vendor PHP CMSs.

Run ``python -m farm.builders.cms_query`` from the repository root (needs LibreOffice and fonts-thai-tlwg for the
Thai PDFs; PDFs are cached under /tmp so re-runs are quick). It (re)writes the twelve hosts of ``SITES`` under
``farm/sites/`` and the outside-service pages they link to (Facebook, LINE, YouTube, Google Drive/Forms/Maps),
never overwriting an outside page another builder wrote.

Each site's items are described by ``(mode, variation)``:

  mode       pdf | docx | xlsx   a document the ITA index links (directly or through a CMS page, per style)
             page                 an HTML page of the CMS holding the content
             drive                a Google Drive file
             home                 the data is only in the site furniture (footer contacts, header social icons);
                                  the index row links the home page
             dead                 the link exists, the target answers 404
             deadhost             the link points to an outside host that does not answer (or a missing
                                  Google Drive/Forms/Facebook page)
             none                 the index row has no document ("-", "#", "อยู่ระหว่างดำเนินการ")
             absent               the index has no row for it
  variation  see ``farm/builders/cms_query_content.py``; plus no_photo (O2), no_map / no_fax (O5),
             general_only (O28: only a general complaints form), no_qr (O43: no EIT QR code anywhere)

The expected verdicts are written from the same description (``verdict()``), as an assessor would read the
rendered site: see each site's expected.yaml.
"""
from __future__ import annotations

import base64
import hashlib
import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

import yaml

from farm.builders.cms_query_content import (MONTHS, SUBINDICATORS, TITLES, Y, document)

SITES_DIR = Path(__file__).resolve().parent.parent / "sites"
PDF_CACHE = Path(tempfile.gettempdir()) / "cms_query_pdf_cache"
CODES = [f"O{k}" for k in range(1, 44)]
SPECIAL = {"O2", "O5", "O8", "O9", "O18", "O28"}
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
DEAD_HOSTS = {"O8": "http://board.tambonweb-forum.com/", "O18": "https://eservice.localgov-cloud.net/"}

NEWS_TOPICS = ["ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง", "โครงการฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน",
               "กิจกรรมวันเด็กแห่งชาติ", "ประชุมสภาสมัยสามัญ", "โครงการรณรงค์ป้องกันโรคไข้เลือดออก",
               "มอบเบี้ยยังชีพผู้สูงอายุ", "กิจกรรมจิตอาสาพัฒนา", "โครงการส่งเสริมอาชีพกลุ่มสตรี",
               "ประชาสัมพันธ์รับสมัครนักเรียนศูนย์พัฒนาเด็กเล็ก", "ประเพณีลอยกระทง", "ตรวจสุขภาพผู้สูงอายุ",
               "ซ่อมแซมถนนหลังน้ำลด", "ประชาคมหมู่บ้าน", "แข่งขันกีฬาต้านยาเสพติด", "ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า",
               "ประกวดราคาจ้างก่อสร้าง"]
NEWS_MONTHS = [("ม.ค.", 2566), ("ก.พ.", 2566), ("มี.ค.", 2566), ("เม.ย.", 2566), ("พ.ค.", 2566), ("มิ.ย.", 2566),
               ("ก.ค.", 2566), ("ส.ค.", 2566), ("ก.ย.", 2566), ("ต.ค.", 2565), ("พ.ย.", 2565), ("ธ.ค.", 2565)]


# --------------------------------------------------------------------------------------------------- verdicts
def verdict(code: str, mode: str, var: str | None, where: str) -> tuple[str, str]:
    if mode in ("dead",):
        return "broken", f"ลิงก์ใน{where}ชี้ไปยังไฟล์ที่ไม่มีอยู่ (HTTP 404)"
    if mode == "deadhost":
        return "broken", f"ลิงก์ใน{where}ชี้ไปยังบริการภายนอกที่ไม่ตอบสนอง/ไม่มีหน้านั้น"
    if mode == "none":
        return "missing", f"มีหัวข้อใน{where} แต่ไม่มีเอกสาร (ลิงก์ # หรือ '-')"
    if mode == "absent":
        return "missing", f"ไม่มีหัวข้อนี้ใน{where} และไม่พบที่อื่นบนเว็บไซต์"
    if var == "pending":
        return "missing", "หน้าเขียนเพียง 'อยู่ระหว่างดำเนินการ' ไม่มีเนื้อหา"
    partial = {
        "old": "เป็นเอกสารของปีก่อน ไม่ใช่ปีที่กำหนด",
        "months3": "รายงานครอบคลุมเพียง ต.ค.–ธ.ค. 2565 ไม่ครบ 6 เดือน",
        "no_photo": "ผู้บริหารไม่มีรูปถ่าย",
        "no_map": "ไม่มีแผนที่ตั้ง (เขียนว่า ยังไม่มีแผนที่)",
        "no_fax": "ไม่มีหมายเลขโทรสาร",
        "few_rules": "หลักเกณฑ์มีเพียงการสรรหาและการบรรจุแต่งตั้ง ขาดอีก 3 ด้าน",
        "general_only": "มีเพียงแบบฟอร์มร้องเรียนทั่วไป ไม่แยกช่องทางร้องเรียนการทุจริต",
        "no_qr": "รายงานการดำเนินการตามมาตรการครบ แต่ไม่มี QR code แบบวัด EIT บนเว็บไซต์",
    }
    if var in partial:
        if code == "O4" and var == "old":
            return "partial", "แผนพัฒนาท้องถิ่น พ.ศ. 2561–2565 ไม่ครอบคลุมปี 2566"
        if code == "O23" and var == "old":
            return "partial", "แผนพัฒนาบุคลากร พ.ศ. 2561–2563 ไม่ครอบคลุมปี 2566"
        if code == "O31" and var == "old":
            return "partial", "ประกาศ No Gift ปี 2565 ลงนามโดยนายกคนก่อน ไม่ใช่ของปี 2566"
        return "partial", partial[var]
    how = {"pdf": "ไฟล์ PDF", "docx": "ไฟล์ DOCX", "xlsx": "ไฟล์ XLSX", "page": "หน้าเว็บ",
           "drive": "ไฟล์ Google Drive", "home": "ข้อมูลอยู่ในส่วนหัว/ท้ายของทุกหน้า"}[mode]
    return "pass", f"{how} ครบองค์ประกอบ เชื่อมจาก{where}"


# ------------------------------------------------------------------------------------------------ writer base
def url_to_file(url: str) -> str:
    path, _, query = html.unescape(url).partition("?")
    path = quote(path, safe="/@!,:~+=")  # the crawler asks for percent-encoded paths; the farm does not decode them
    rel = path.lstrip("/")
    if query:
        return f"{rel}@{query}"
    return rel + "index.html" if rel.endswith("/") or rel == "" else rel


def esc(url: str) -> str:
    return url.replace("&", "&amp;")


class Site:
    """Common machinery; one subclass per publishing style renders the pages."""

    style = ""
    where = "หน้า ITA"

    def __init__(self, spec: dict, jobs: list):
        self.s = spec
        self.host = spec["host"]
        self.root = SITES_DIR / self.host
        self.jobs = jobs
        self.items = {c: tuple(spec.get("items", {}).get(c, (spec.get("default", "pdf"), None))) for c in CODES}
        for c in SPECIAL:
            mode, var = self.items[c]
            if mode in ("pdf", "docx", "xlsx", "drive"):
                self.items[c] = ("page", var)
        self.items["O7"] = ("page", None) if self.items["O7"][0] in ("pdf", "docx", "xlsx", "drive") else self.items["O7"]
        self.urls = 0
        self.outside: list[tuple[str, str]] = []
        self.doc_no = 0

    # -- files
    def put(self, url: str, text: str) -> None:
        if self.s.get("manifest", {}).get("encoding"):
            text = text.replace("–", "-").replace("…", "...")
        dest = self.root / url_to_file(url)
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(text, encoding="utf-8")
        self.urls += 1

    def put_bytes(self, url: str, data: bytes) -> None:
        dest = self.root / url_to_file(url)
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(data)

    def put_doc(self, url: str, code: str, var: str | None, kind: str) -> None:
        title, body = document(code, self.s, var)
        dest = self.root / url_to_file(url)
        dest.parent.mkdir(parents=True, exist_ok=True)
        self.urls += 1
        if kind == "pdf":
            self.jobs.append((dest, body))
        elif kind == "docx":
            write_docx(dest, title, body)
        else:
            write_xlsx(dest, code, self.s, var)

    def outside_page(self, url: str, title: str, body: str) -> None:
        self.outside.append((url, f'<html><head><meta charset="utf-8"><title>{title}</title></head>'
                                   f"<body>{body}</body></html>"))

    # -- item targets
    def title(self, code: str) -> str:
        return TITLES[code]

    def doc_url(self, code: str, ext: str) -> str:  # overridden per style
        raise NotImplementedError

    def page_url(self, code: str) -> str:
        raise NotImplementedError

    def wrap(self, code: str, doc_url: str, ext: str) -> str:
        """What the index links for a document: the document itself, or a CMS page that links it."""
        return doc_url

    def drive_url(self, code: str, exists: bool = True) -> str:
        fid = "1" + hashlib.sha1(f"{self.host}{code}{exists}".encode()).hexdigest()[:25]
        url = f"https://drive.google.com/file/d/{fid}/view?usp=sharing"
        if exists:
            title, body = document(code, self.s, self.items[code][1])
            self.outside_page(f"https://drive.google.com/file/d/{fid}/view/",
                              f"{title}.pdf - Google ไดรฟ์", f'<div class="ndfHFb-c4YZDc">{body}</div>')
        return url

    def target(self, code: str) -> str | None:
        """Materialise item ``code`` and return the href the ITA index uses ('' = no document, None = no row)."""
        mode, var = self.items[code]
        if mode == "absent":
            return None
        if mode == "none":
            return ""
        if mode == "home":
            return "/"
        if mode == "drive":
            return self.drive_url(code)
        if mode == "deadhost":
            if code in DEAD_HOSTS:
                return DEAD_HOSTS[code] + self.s["id"]
            if code == "O9":
                return f"https://www.facebook.com/{self.s['id']}.old.page"
            return self.drive_url(code, exists=False)
        if mode == "dead":
            if code in SPECIAL or code == "O7":
                return self.dead_page_url(code)
            return self.wrap(code, self.doc_url(code, "pdf"), "pdf")
        if mode == "page" or code in SPECIAL or code == "O7":
            url = self.page_url(code)
            self.put(url, self.chrome(self.title(code), self.item_page(code, var), active=url))
            return url
        url = self.doc_url(code, mode)
        self.put_doc(url, code, var, mode)
        return self.wrap(code, url, mode)

    def dead_page_url(self, code: str) -> str:
        return {"O8": "/webboard/index.php", "O28": "/complain/index.php"}.get(code, f"/{code.lower()}.php")

    # -- page bodies for the special items
    def item_page(self, code: str, var: str | None) -> str:
        s = self.s
        if code == "O2":
            cards = []
            for k, (name, pos, tel) in enumerate(s["executives"], 1):
                img = "" if var == "no_photo" else f'<img src="/images/exec/p{k}.jpg" alt="{name}" width="150">'
                cards.append(f'<div class="exec-card">{img}<h4>{name}</h4><p>{pos}</p><p>โทร. {tel}</p></div>')
            return f'<h1>คณะผู้บริหาร</h1><div class="exec-list">{"".join(cards)}</div>'
        if code == "O5":
            return "<h1>ข้อมูลการติดต่อ</h1>" + self.contact_block(fax=var != "no_fax", gmap=var != "no_map")
        if code == "O7":
            return "<h1>ข่าวประชาสัมพันธ์</h1>" + document("O7", s)[1]
        if code == "O8":
            qa = "".join(f'<div class="topic"><h4>ถาม: {q}</h4><p class="answer">ตอบโดยเจ้าหน้าที่: {a}</p></div>'
                         for q, a in [("ขอทราบกำหนดชำระภาษีที่ดินปี 2566", "ชำระได้ภายในเดือนเมษายน 2566 ที่กองคลัง"),
                                      ("สมัครเบี้ยยังชีพผู้สูงอายุต้องใช้เอกสารอะไร", "บัตรประชาชน ทะเบียนบ้าน และสมุดบัญชีธนาคาร")])
            return ('<h1>กระดานถาม-ตอบ (Q&amp;A)</h1>' + qa +
                    '<form method="post" action="/webboard-post.php"><p>ชื่อ <input name="name"></p>'
                    '<p>คำถาม <textarea name="question"></textarea></p><button type="submit">ส่งคำถาม</button></form>')
        if code == "O9":
            return ('<h1>Social Network</h1><ul>' + "".join(f'<li><a href="{u}" target="_blank">{t}</a></li>'
                                                          for u, t in self.social()) + "</ul>")
        if code == "O18":
            form_id = "1FAIpQLS" + hashlib.sha1(self.host.encode()).hexdigest()[:20]
            self.outside_page(f"https://docs.google.com/forms/d/e/{form_id}/viewform/",
                              "แบบคำร้องขอรับบริการออนไลน์ - Google Forms",
                              '<form action="formResponse" method="post"><input name="entry.1"><textarea name="entry.2">'
                              '</textarea><button>ส่ง</button></form>')
            return ("<h1>E-Service บริการออนไลน์</h1><p>ยื่นคำร้องออนไลน์ได้โดยไม่ต้องเดินทางมาที่สำนักงาน</p><ul>"
                    f'<li><a href="https://docs.google.com/forms/d/e/{form_id}/viewform">ยื่นคำร้องขอรับบริการออนไลน์ (ขอถังขยะ / ซ่อมไฟฟ้าสาธารณะ / ขอน้ำอุปโภค)</a></li>'
                    "</ul><h3>แบบฟอร์มขอข้อมูลข่าวสาร</h3><form method=\"post\" action=\"/eservice-submit.php\">"
                    '<p>ชื่อ-สกุล <input name="fullname"></p><p>เรื่องที่ขอรับบริการ <textarea name="detail"></textarea></p>'
                    "<button>ส่งคำร้อง</button></form>")
        if code == "O28":
            if var == "general_only":
                return ("<h1>ร้องเรียน/ร้องทุกข์</h1><p>แจ้งเรื่องร้องเรียนร้องทุกข์ทั่วไป เช่น ไฟฟ้าดับ ถนนชำรุด ขยะ น้ำประปา</p>"
                        '<form method="post" action="/complain-submit.php"><p>ชื่อ <input name="name"></p>'
                        '<p>เรื่อง <textarea name="detail"></textarea></p><button>ส่ง</button></form>')
            return ("<h1>ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h1>"
                    "<p>สำหรับแจ้งเบาะแสการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ โดยเฉพาะ (แยกจากเรื่องร้องเรียนทั่วไป) "
                    "ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ</p>"
                    '<form method="post" action="/anticorrupt-submit.php"><p>ชื่อผู้แจ้ง (ไม่ระบุได้) <input name="name"></p>'
                    '<p>เจ้าหน้าที่ที่ถูกร้องเรียน <input name="officer"></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
                    "<button>ส่งเรื่อง</button></form>")
        title, body = document(code, s, var)
        if code == "O1":
            body = body.replace("</h1>", '</h1><p><img src="/images/structure-chart.png" alt="แผนผังโครงสร้างองค์กร" width="800"></p>', 1)
        if code == "O43" and var != "no_qr":
            body += ('<p>ร่วมประเมิน ITA ปี 2566 (แบบวัด EIT) สแกน QR Code</p>'
                     '<img src="/images/qr-eit-2566.png" alt="QR Code แบบวัด EIT 2566">')
        return body

    def contact_block(self, fax: bool = True, gmap: bool = True, tel_label: str = "โทรศัพท์", map_html: str = "") -> str:
        s = self.s
        lat = s["latlon"]
        out = (f"<p>{html.escape(s['name_th'])}</p><p>ที่อยู่ {s['address']}</p><p>{tel_label} {s['tel']}</p>"
               + (f"<p>โทรสาร {s['fax']}</p>" if fax else "") + f"<p>อีเมล {s['email']}</p>")
        if map_html:
            out += map_html
        elif gmap:
            pb = f"!1m18!1m12!1m3!1d3000!2d{lat.split(',')[1]}!3d{lat.split(',')[0]}!5e0!3m2!1sth!2sth"
            self.outside_page(f"https://www.google.com/maps/embed?pb={pb}", "Google Maps", "<div>map</div>")
            out += (f'<p>แผนที่ตั้งสำนักงาน</p><iframe src="https://www.google.com/maps/embed?pb={esc(pb)}" width="600" '
                    'height="300" style="border:0;" allowfullscreen="" loading="lazy"></iframe>')
        else:
            out += "<p>แผนที่ตั้ง (ยังไม่มีแผนที่)</p>"
        return out

    def footer_contact_map(self) -> str:
        lat = self.s["latlon"]
        self.outside_page(f"https://www.google.com/maps/place/{lat}/", "Google Maps", "<div>map</div>")
        return f'<a href="https://www.google.com/maps/place/{lat}/" target="_blank">แผนที่ Google Maps</a>'

    def social(self) -> list[tuple[str, str]]:
        s = self.s
        fb = f"https://www.facebook.com/{s['id']}.official"
        self.outside_page(fb + "/", f"{s['name_th']} | Facebook", "<div>Facebook page</div>")
        yt = f"https://www.youtube.com/@{s['id']}"
        self.outside_page(yt + "/", f"{s['name_th']} - YouTube", "<div>YouTube channel</div>")
        line = f"https://line.me/R/ti/p/@{s['id']}"
        self.outside_page(line + "/", "LINE Official Account", "<div>LINE</div>")
        return [(fb, f"Facebook {s['name_th']}"), (line, "LINE Official"), (yt, "YouTube")]

    def header_social(self) -> str:
        """Icon-only social links (used in the header of sites whose O9 is 'home')."""
        icons = {"facebook": "fa fa-facebook", "line.me": "fab fa-line", "youtube": "fa fa-youtube-play"}
        out = []
        for url, _ in self.social():
            icon = next(v for k, v in icons.items() if k in url)
            out.append(f'<a href="{url}" target="_blank"><i class="{icon}"></i></a>')
        return f'<div class="top-social">{"".join(out)}</div>'

    def news_items(self, count: int) -> list[tuple[int, str, str]]:
        """(number, title, date) of filler news posts, newest first."""
        out = []
        for k in range(count):
            mon, yr = NEWS_MONTHS[k % 12]
            out.append((k + 1, f"{NEWS_TOPICS[k % len(NEWS_TOPICS)]} ครั้งที่ {k // len(NEWS_TOPICS) + 1}",
                        f"{(k * 7) % 27 + 1} {mon} {yr}"))
        return out

    def news_body(self, title: str, date: str) -> str:
        return (f"<h1>{title}</h1><p class=\"date\">{date}</p><p>{html.escape(self.s['name_th'])} ขอประชาสัมพันธ์"
                f"{title} ให้ประชาชนทราบโดยทั่วกัน รายละเอียดสอบถามได้ที่สำนักงาน</p>"
                '<div class="gallery"><img src="/images/news.jpg" alt=""></div>')

    def qr_home(self) -> str:
        if self.items["O43"][1] == "no_qr":
            return ""
        return ('<div class="eit-qr"><p>ร่วมประเมิน ITA 2566 แบบวัด EIT</p>'
                '<img src="/images/qr-eit-2566.png" alt="QR Code EIT"></div>')

    def pdpa_banner(self) -> str:
        return (f'<div class="pdpa-consent">เว็บไซต์นี้ใช้คุกกี้ อ่าน <a href="{self.pdpa_url}">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a>'
                ' <button>ยอมรับ</button></div>') if getattr(self, "pdpa_url", "") else ""

    # -- build
    def build(self) -> dict:
        if self.root.exists():
            shutil.rmtree(self.root)
        self.root.mkdir(parents=True)
        self.targets = {}
        for c in CODES:
            self.targets[c] = self.target(c)
        if self.targets["O10"]:
            self.pdpa_url = self.targets["O10"]
        self.render()
        for img in ("images/qr-eit-2566.png", "images/structure-chart.png", "images/news.jpg", "images/banner-ita.jpg", "images/logo.png",
                    *[f"images/exec/p{k}.jpg" for k in range(1, 5)]):
            self.put_bytes("/" + img, PNG)
        manifest = self.manifest()
        (self.root / "manifest.yaml").write_text(
            "# How the farm serves this site (see farm/server.py)\n" + (yaml.safe_dump(manifest, allow_unicode=True)
                                                                       if manifest else "{}\n"), encoding="utf-8")
        self.write_expected()
        return {"host": self.host, "urls": self.urls}

    def manifest(self) -> dict:
        return self.s.get("manifest", {})

    def write_expected(self) -> None:
        s = self.s
        items = {}
        for c in CODES:
            mode, var = self.items[c]
            status, why = verdict(c, mode, var, self.where)
            why = s.get("why", {}).get(c, why)
            items[c] = {"status": status, "why": why}
        data = {"agency": s["id"], "year": Y, "style": self.style,
                "registry": {"name_th": s["name_th"], "name_en": s["name_en"], "type": s["type"],
                             "province": s["province"], "url": f"http://{self.host}/"},
                "items": items}
        text = f"# {s['summary']}\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200)
        (self.root / "expected.yaml").write_text(text, encoding="utf-8")

    def render(self) -> None:
        raise NotImplementedError

    def chrome(self, title: str, body: str, active: str = "") -> str:
        raise NotImplementedError

    def ita_row_link(self, code: str, text: str, cls: str = "") -> str:
        href = self.targets[code]
        if href == "":
            return '<a href="#">' + text + "</a>" if text else "-"
        return f'<a href="{esc(href)}"{cls} target="_blank">{text}</a>'


# ----------------------------------------------------------------------------------------------------- WordPress
class WordPress(Site):
    style = "wordpress"
    where = "หน้า ITA 2566"

    def __init__(self, spec, jobs):
        super().__init__(spec, jobs)
        self.next_id = spec.get("first_id", 100)
        self.ids: dict[str, int] = {}

    def new_id(self, key: str) -> int:
        if key not in self.ids:
            self.next_id += 1
            self.ids[key] = self.next_id
        return self.ids[key]

    def page_url(self, code):
        if code == "O7":
            return "/?cat=3"
        return f"/?page_id={self.new_id(code)}"

    def doc_url(self, code, ext):
        names = self.s["file_names"]
        month = (int(code[1:]) % 6) + 3
        name = names(code) if callable(names) else f"{code.lower()}"
        return f"/wp-content/uploads/2023/{month:02d}/{name}.{ext if ext in ('pdf', 'docx', 'xlsx') else 'pdf'}"

    def wrap(self, code, doc_url, ext):
        if not self.s.get("attachment_pages"):
            return doc_url
        aid = self.new_id("att" + code)
        url = f"/?attachment_id={aid}"
        name = doc_url.rsplit("/", 1)[1]
        self.put(url, self.chrome(name, f'<h1 class="entry-title">{name.rsplit(".", 1)[0]}</h1>'
                                        f'<div class="entry-content"><p class="attachment"><a href="{doc_url}">{name}</a></p>'
                                        "</div>", active=url))
        return url

    def menu(self) -> list[tuple[str, str]]:
        return [("/", "หน้าแรก"), (f"/?page_id={self.new_id('about')}", "ข้อมูลพื้นฐาน"),
                ("/?cat=3", "ข่าวประชาสัมพันธ์"), (f"/?page_id={self.new_id('ita')}", self.s.get("ita_menu", "ITA")),
                (f"/?page_id={self.new_id('contactmenu')}", "ติดต่อเรา")] if self.s.get("ita_in_menu", True) else \
            [("/", "หน้าแรก"), (f"/?page_id={self.new_id('about')}", "ข้อมูลพื้นฐาน"), ("/?cat=3", "ข่าวประชาสัมพันธ์"),
             (f"/?page_id={self.new_id('contactmenu')}", "ติดต่อเรา")]

    def chrome(self, title, body, active=""):
        s = self.s
        items = "".join(f'<li class="menu-item menu-item-type-post_type menu-item-object-page'
                        f'{" current-menu-item" if u == active else ""}"><a href="{esc(u)}" class="menu-link">{t}</a></li>'
                        for u, t in self.menu())
        if s["theme"] == "astra":
            nav = (f'<div class="ast-builder-menu-1 ast-builder-menu"><nav class="site-navigation ast-flex-grow-1">'
                   f'<div class="main-header-bar-navigation"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow '
                   f'ast-nav-menu ast-flex submenu-with-border">{items}</ul></div></nav></div>')
        else:
            nav = (f'<nav id="site-navigation" class="main-navigation"><div class="menu-primary-container">'
                   f'<ul id="menu-main" class="menu">{items}</ul></div></nav>')
        social = self.header_social() if self.items["O9"][0] == "home" else ""
        if self.items["O5"][0] == "home":
            foot = self.contact_block(tel_label="โทร.", map_html=self.footer_contact_map())
        else:
            foot = f"<p>{s['address']} โทร. {s['tel']}</p>"
        return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; {html.escape(s['name_th'])}</title>
<link rel="alternate" type="application/rss+xml" title="{html.escape(s['name_th'])} &raquo; ฟีด" href="/?feed=rss2">
<link rel="stylesheet" id="theme-css" href="/wp-content/themes/{s['theme']}/style.css" media="all">
<meta name="generator" content="WordPress 6.1.1"></head>
<body class="page-template-default page wp-custom-logo">
<div id="page" class="hfeed site"><header id="masthead" class="site-header">{social}
<div class="site-branding"><a href="/" class="custom-logo-link" rel="home"><img src="/images/logo.png" class="custom-logo" alt="{html.escape(s['name_th'])}"></a>
<p class="site-title"><a href="/" rel="home">{html.escape(s['name_th'])}</a></p></div>
{nav}</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article class="page type-page status-publish hentry"><div class="entry-content">
{body}
</div></article></main></div></div>
<footer id="colophon" class="site-footer"><div class="site-info">{foot}
<p>&copy; 2566 {html.escape(s['name_th'])} | Powered by WordPress</p></div></footer>
{self.pdpa_banner()}
</div></body></html>
"""

    def render(self):
        s = self.s
        posts = self.news_items(s.get("news", 24))
        per_page = 8
        pages = (len(posts) + per_page - 1) // per_page
        first_post = 1000
        # posts and the news category with pagination
        for k, (n, t, d) in enumerate(posts):
            prev_ = f'<a href="/?p={first_post + n + 1}" rel="prev">&laquo; เรื่องก่อนหน้า</a>' if k + 1 < len(posts) else ""
            next_ = f'<a href="/?p={first_post + n - 1}" rel="next">เรื่องถัดไป &raquo;</a>' if k else ""
            self.put(f"/?p={first_post + n}", self.chrome(t, self.news_body(t, d) +
                                                          f'<nav class="post-navigation">{prev_} {next_}</nav>'))
        for pg in range(1, pages + 1):
            chunk = posts[(pg - 1) * per_page: pg * per_page]
            lis = "".join(f'<article class="post"><h2 class="entry-title"><a href="/?p={first_post + n}">{t}</a></h2>'
                          f'<span class="posted-on">{d}</span><a class="more-link" href="/?p={first_post + n}">อ่านต่อ</a></article>'
                          for n, t, d in chunk)
            nav = " ".join(f'<a class="page-numbers" href="{esc("/?cat=3" + (f"&paged={q}" if q > 1 else ""))}">{q}</a>'
                           for q in range(1, pages + 1))
            url = "/?cat=3" + (f"&paged={pg}" if pg > 1 else "")
            head = "<h1 class=\"page-title\">หมวดหมู่: ข่าวประชาสัมพันธ์</h1>"
            if pg == 1 and self.items["O7"][0] == "page":
                head += document("O7", s)[1].replace("<h1>", "<h2>").replace("</h1>", "</h2>")
            self.put(url, self.chrome("ข่าวประชาสัมพันธ์", head + lis + f'<nav class="pagination">{nav}</nav>'))
        # date archives, tags, feed
        months = [f"2023{m:02d}" for m in range(1, 10)] + ["202210", "202211", "202212"]
        for m in months:
            sel = [p for p in posts if p[0] % 12 == int(m[-2:]) % 12][:12]
            lis = "".join(f'<h2><a href="/?p={first_post + n}">{t}</a></h2>' for n, t, _ in sel)
            self.put(f"/?m={m}", self.chrome(f"คลังเก็บ {m}", f"<h1>คลังเก็บรายเดือน: {m}</h1>{lis}"))
        tags = ["ข่าวกิจกรรม", "ภาษี", "ผู้สูงอายุ", "การศึกษา", "สาธารณสุข", "ป้องกันภัย", "กีฬา", "ประเพณี"]
        for k, tg in enumerate(tags):
            sel = posts[k::len(tags)][:10]
            lis = "".join(f'<h2><a href="/?p={first_post + n}">{t}</a></h2>' for n, t, _ in sel)
            self.put(f"/?tag=tag{k + 1}", self.chrome(tg, f"<h1>ป้ายกำกับ: {tg}</h1>{lis}"))
        feed = "".join(f"<item><title>{t}</title><link>http://{self.host}/?p={first_post + n}</link></item>" for n, t, _ in posts[:10])
        self.put("/?feed=rss2", f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{s["name_th"]}</title>{feed}</channel></rss>')
        # about + contact menu pages
        about = document("O3", s)[1]
        self.put(f"/?page_id={self.new_id('about')}", self.chrome("ข้อมูลพื้นฐาน", "<h1>ข้อมูลพื้นฐาน</h1><p>ประวัติความเป็นมา สภาพทั่วไป</p>" + about))
        if self.items["O5"][0] == "page":
            contact_body = self.item_page("O5", self.items["O5"][1])
        else:
            contact_body = f"<h1>ติดต่อเรา</h1><p>{s['address']}</p><p>โทร. {s['tel']}</p>"
        self.put(f"/?page_id={self.new_id('contactmenu')}", self.chrome("ติดต่อเรา", contact_body))
        # the ITA pages
        ita_url = self.ita_pages()
        # home
        latest = "".join(f'<li><a href="/?p={first_post + n}">{t}</a> <span>{d}</span></li>' for n, t, d in posts[:s.get("home_posts", 8)])
        pagination = ""
        if s.get("budget"):
            pagination = ('<div class="news-pages">' + " ".join(
                f'<a href="{esc("/?cat=3" + (f"&paged={q}" if q > 1 else ""))}">{q}</a>' for q in range(1, pages + 1)) + "</div>")
            latest = "".join(f'<li><a href="/?p={first_post + n}">{t}</a> <span>{d}</span></li>' for n, t, d in posts[:40])
        archive = "".join(f'<li><a href="/?m={m}">{m[:4]}/{m[4:]}</a></li>' for m in months)
        tagcloud = " ".join(f'<a href="/?tag=tag{k + 1}" class="tag-cloud-link">{tg}</a>' for k, tg in enumerate(tags))
        banner_alt = s.get("banner_alt", "")
        banner = f'<div class="widget widget_media_image"><a href="{esc(ita_url)}"><img src="/images/banner-ita.jpg" alt="{banner_alt}" width="300"></a></div>'
        body = (f'<div class="elementor-section"><h2>ข่าวประชาสัมพันธ์ล่าสุด</h2><ul class="recent-posts">{latest}</ul>'
                f'<a href="/?cat=3">ดูทั้งหมด</a>{pagination}</div>'
                f'<aside id="secondary" class="widget-area"><section class="widget widget_archive"><h2 class="widget-title">คลังเก็บ</h2><ul>{archive}</ul></section>'
                f'<section class="widget widget_tag_cloud"><h2 class="widget-title">ป้ายกำกับ</h2>{tagcloud}</section>'
                f'<section class="widget"><a href="/?feed=rss2">RSS</a></section>{banner}{self.qr_home()}</aside>')
        self.put("/", self.chrome("หน้าแรก", body))

    def ita_pages(self) -> str:
        s = self.s
        kind = s["ita_layout"]
        page_2566 = f"/?page_id={self.new_id('ita2566')}"
        rows = []
        for sub, sub_title, a, z in SUBINDICATORS:
            rows.append(("sub", f"ตัวชี้วัดย่อยที่ {sub} {sub_title}"))
            for k in range(a, z + 1):
                c = f"O{k}"
                if self.targets[c] is not None:
                    rows.append(("item", c))
        out = []
        if kind == "elementor":
            for typ, v in rows:
                if typ == "sub":
                    out.append(f'<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p><strong>{v}</strong></p></div></div>')
                    continue
                href = self.targets[v]
                out.append(f'<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">'
                           f'<h2 class="elementor-heading-title elementor-size-default">{v} {self.title(v)}</h2></div></div>'
                           f'<div class="elementor-element elementor-align-right elementor-widget elementor-widget-button"><div class="elementor-widget-container">'
                           f'<div class="elementor-button-wrapper"><a class="elementor-button-link elementor-button elementor-size-sm" href="{esc(href) or "#"}">'
                           f'<span class="elementor-button-content-wrapper"><span class="elementor-button-text">ดาวน์โหลด</span></span></a></div></div></div>')
            body = f'<div data-elementor-type="wp-page" class="elementor"><h1>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2566</h1>{"".join(out)}</div>'
        elif kind == "gutenberg":
            for typ, v in rows:
                if typ == "sub":
                    out.append(f'<h3 class="wp-block-heading">{v}</h3>')
                    continue
                href = self.targets[v]
                if not href:
                    out.append(f"<p>{v} {self.title(v)}</p><p>-</p>")
                    continue
                if "/wp-content/uploads/" in href:
                    fname = href.rsplit("/", 1)[1].rsplit(".", 1)[0]
                    out.append(f'<p>{v} {self.title(v)}</p><div class="wp-block-file"><a id="wp-block-file--media-{v}" href="{esc(href)}">{fname}</a>'
                               f'<a href="{esc(href)}" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-{v}">ดาวน์โหลด</a></div>')
                else:
                    out.append(f'<p>{v} {self.title(v)} <a href="{esc(href)}">คลิกที่นี่</a></p>')
            body = f'<h1 class="entry-title">การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2566</h1>{"".join(out)}'
        elif kind == "thai_table":
            trs, num = [], 0
            for typ, v in rows:
                if typ == "sub":
                    trs.append(f'<tr><td colspan="3" style="background:#dff0d8"><strong>{v}</strong></td></tr>')
                    continue
                num = int(v[1:])
                href = self.targets[v]
                cell = "-" if not href else f'<a href="{esc(href)}">คลิก</a>'
                trs.append(f"<tr><td>{str(num).translate(THAI_DIGITS)}</td><td>{self.title(v)}</td><td>{cell}</td></tr>")
            body = ('<h1>การเปิดเผยข้อมูลสาธารณะ ITA ประจำปี ๒๕๖๖</h1><figure class="wp-block-table"><table><thead><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr></thead>'
                    f'<tbody>{"".join(trs)}</tbody></table></figure>')
        else:  # plain list with Google Drive links
            lis = []
            for typ, v in rows:
                if typ == "sub":
                    lis.append(f"</ul><h4>{v}</h4><ul>")
                    continue
                href = self.targets[v]
                link = f'<a href="{esc(href)}" target="_blank" rel="noopener">คลิกที่นี่</a>' if href else "(อยู่ระหว่างดำเนินการ)"
                lis.append(f"<li>{v} {self.title(v)} {link}</li>")
            body = f'<h1>ITA 2566</h1><ul>{"".join(lis)}</ul>'
        self.put(page_2566, self.chrome("ITA 2566", body, active=page_2566))
        # the year-list page, with last year's page beside it
        page_2565 = f"/?page_id={self.new_id('ita2565')}"
        old = []
        for c in s.get("old_docs", []):
            url = self.doc_url(c, "pdf").replace("/2023/", "/2022/")
            self.put_doc(url, c, "old", "pdf")
            old.append(f'<li>{c} {self.title(c)} <a href="{esc(url)}">ดาวน์โหลด</a></li>')
        self.put(page_2565, self.chrome("ITA 2565", f"<h1>ITA 2565 (ปีงบประมาณ 2565)</h1><ul>{''.join(old)}</ul>"))
        ita = f"/?page_id={self.new_id('ita')}"
        self.put(ita, self.chrome("ITA", '<h1>การประเมินคุณธรรมและความโปร่งใส (ITA)</h1><ul class="wp-block-list">'
                                         f'<li><a href="{esc(page_2566)}">ITA 2566</a></li><li><a href="{esc(page_2565)}">ITA 2565</a></li></ul>'))
        return ita


# ------------------------------------------------------------------------------------------------------- Joomla
class Joomla(Site):
    style = "joomla"
    where = "บทความ ITA"

    def __init__(self, spec, jobs):
        super().__init__(spec, jobs)
        self.art = spec.get("first_article", 200)
        self.ids: dict[str, int] = {}

    def aid(self, key):
        if key not in self.ids:
            self.art += 1
            self.ids[key] = self.art
        return self.ids[key]

    def article_url(self, key, itemid=None, catid=None):
        itemid = itemid or self.s["ita_itemid"]
        if catid:
            return f"/index.php?option=com_content&view=article&id={self.aid(key)}&catid={catid}&Itemid={itemid}"
        return f"/index.php?option=com_content&view=article&id={self.aid(key)}&Itemid={itemid}"

    def page_url(self, code):
        if code == "O7":
            return f"/index.php?option=com_content&view=category&layout=blog&id=8&Itemid={self.s['news_itemid']}"
        if code == "O8" and self.s.get("kunena"):
            return "/index.php?option=com_kunena&view=category&catid=2&Itemid=150"
        return self.article_url(code, catid=self.s.get("ita_catid"))

    def dead_page_url(self, code):
        if code == "O8":
            return "/index.php?option=com_kunena&view=category&catid=9&Itemid=151"
        return super().dead_page_url(code)

    def doc_url(self, code, ext):
        folder = self.s.get("doc_folder", "/images/ita2566")
        if code in self.s.get("phoca", ()):
            folder = "/phocadownload/ita2566"
        return f"{folder}/{self.s['file_names'](code)}.{ext}"

    def wrap(self, code, doc_url, ext):
        layout = self.s["ita_layout"]
        if code in self.s.get("phoca", ()):
            return "/index.php?option=com_phocadownload&view=category&id=7&Itemid=131"
        if layout == "docman":
            url = f"/index.php?option=com_docman&view=document&alias={self.aid('doc' + code)}-{code.lower()}&category_slug=ita-2566&Itemid=155"
            name = doc_url.rsplit("/", 1)[1]
            self.put(url, self.chrome(self.title(code), f'<div class="docman_document"><h1 class="koowa_header">o{code[1:].zfill(2)} {self.title(code)}</h1>'
                                      f'<p class="docman_document_details">ไฟล์: {name} | ประเภท: {ext.upper()}</p>'
                                      f'<a class="btn btn-primary docman_download__button" href="{doc_url}">ดาวน์โหลด</a></div>'))
            return url
        if layout in ("category_blog", "category_list"):
            url = self.article_url(code, catid=self.s.get("ita_catid"))
            name = doc_url.rsplit("/", 1)[1]
            self.put(url, self.chrome(self.title(code), f'<div class="item-page"><h2 itemprop="headline">{self.label(code)}</h2>'
                                      f'<div itemprop="articleBody"><p>{self.s["name_th"]} เผยแพร่{self.title(code)}</p>'
                                      f'<p><a href="{doc_url}" target="_blank">ดาวน์โหลดเอกสาร</a> ({name})</p></div></div>'))
            return url
        return doc_url

    def label(self, code):
        return self.s.get("label", lambda c: f"{c} {TITLES[c]}")(code)

    def menu(self):
        s = self.s
        return [("/", "หน้าแรก"), (self.article_url("about", itemid=102), "ข้อมูลพื้นฐาน"),
                (f"/index.php?option=com_content&view=category&layout=blog&id=8&Itemid={s['news_itemid']}", "ข่าวประชาสัมพันธ์"),
                (self.ita_url(), "ITA 2566"), (self.article_url("contact", itemid=110), "ติดต่อเรา")]

    def ita_url(self):
        layout = self.s["ita_layout"]
        if layout == "category_blog":
            return f"/index.php?option=com_content&view=category&layout=blog&id={self.s['ita_catid']}&Itemid={self.s['ita_itemid']}"
        if layout == "category_list":
            return f"/index.php?option=com_content&view=category&id={self.s['ita_catid']}&Itemid={self.s['ita_itemid']}"
        return self.article_url("ita")

    def chrome(self, title, body, active=""):
        s = self.s
        j4 = s.get("joomla4")
        lis = "".join(f'<li class="{"nav-item " if j4 else ""}item-{101 + k}{" current active" if u == active else ""}"><a href="{esc(u)}">{t}</a></li>'
                      for k, (u, t) in enumerate(self.menu()))
        menu = f'<ul class="mod-menu mod-list nav ">{lis}</ul>' if j4 else f'<ul class="nav menu mod-list">{lis}</ul>'
        foot = f"<p>{s['address']} โทร. {s['tel']}</p>"
        return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr"><head><meta charset="utf-8"><meta name="generator" content="Joomla! - Open Source Content Management">
<title>{title} - {html.escape(s['name_th'])}</title>
<link href="/templates/{s['template']}/css/template.css" rel="stylesheet"></head>
<body class="site com_content view-article">
<div class="body"><div class="container"><header class="header" role="banner"><div class="header-inner clearfix">
<a class="brand pull-left" href="/"><img src="/images/logo.png" alt="{html.escape(s['name_th'])}"></a>
<div class="header-search pull-right"></div></div></header>
<div class="navigation"><div class="moduletable_menu">{menu}</div></div>
<div class="row-fluid"><main id="content" role="main" class="span9">
{body}
</main><div id="aside" class="span3">{s.get('aside', '')}</div></div></div></div>
<footer class="footer" role="contentinfo"><div class="container">{foot}<p>&copy; 2566 {html.escape(s['name_th'])}</p></div></footer>
{self.pdpa_banner()}
</body></html>
"""

    def render(self):
        s = self.s
        posts = self.news_items(s.get("news", 30))
        per = 10
        pages = (len(posts) + per - 1) // per
        news_item = s["news_itemid"]
        base = f"/index.php?option=com_content&view=category&layout=blog&id=8&Itemid={news_item}"
        for n, t, d in posts:
            self.put(f"/index.php?option=com_content&view=article&id={500 + n}&catid=8&Itemid={news_item}",
                     self.chrome(t, f'<div class="item-page">{self.news_body(t, d)}</div>'))
        for pg in range(pages):
            chunk = posts[pg * per:(pg + 1) * per]
            items = "".join(f'<div class="items-row"><div class="item"><h2 class="item-title"><a href="{esc(f"/index.php?option=com_content&view=article&id={500 + n}&catid=8&Itemid={news_item}")}">{t}</a></h2>'
                            f'<dd class="published">เผยแพร่: {d}</dd><p class="readmore"><a class="btn" href="{esc(f"/index.php?option=com_content&view=article&id={500 + n}&catid=8&Itemid={news_item}")}">อ่านเพิ่มเติม...</a></p></div></div>'
                            for n, t, d in chunk)
            nav = "".join(f'<li><a class="pagenav" href="{esc(base + (f"&limitstart={q * per}" if q else ""))}">{q + 1}</a></li>' for q in range(pages))
            head = '<div class="blog"><h1>ข่าวประชาสัมพันธ์</h1>'
            if pg == 0 and self.items["O7"][0] == "page":
                head += document("O7", s)[1].replace("<h1>", "<h2>").replace("</h1>", "</h2>")
            self.put(base + (f"&limitstart={pg * per}" if pg else ""),
                     self.chrome("ข่าวประชาสัมพันธ์", f'{head}{items}<div class="pagination"><ul>{nav}</ul></div></div>'))
        self.put(self.article_url("about", itemid=102), self.chrome("ข้อมูลพื้นฐาน", '<div class="item-page"><h2>ข้อมูลพื้นฐาน</h2><p>ประวัติความเป็นมา สภาพทั่วไป จำนวนประชากร</p></div>'))
        contact = self.item_page("O5", self.items["O5"][1]) if self.items["O5"][0] == "page" else f"<h2>ติดต่อเรา</h2><p>{s['address']} โทร. {s['tel']}</p>"
        self.put(self.article_url("contact", itemid=110), self.chrome("ติดต่อเรา", f'<div class="item-page">{contact}</div>'))
        if s.get("phoca"):
            rows = []
            for c in s["phoca"]:
                mode, _ = self.items[c]
                if mode in ("pdf", "docx", "xlsx", "dead"):
                    href = self.doc_url(c, mode if mode != "dead" else "pdf")
                    rows.append(f'<div class="pd-filebox"><div class="pd-filenamebox"><div class="pd-title">{TITLES[c]}</div></div>'
                                f'<div class="pd-button-download"><a class="btn btn-success" href="{href}">ดาวน์โหลด</a></div></div>')
            self.put("/index.php?option=com_phocadownload&view=category&id=7&Itemid=131",
                     self.chrome("เอกสารจัดซื้อจัดจ้าง ITA 2566", f'<div id="phoca-dl-category-box" class="pd-category-view"><h1>จัดซื้อจัดจ้าง (ITA 2566)</h1>{"".join(rows)}</div>'))
        self.ita_pages()
        latest = "".join(f'<li><a href="{esc(f"/index.php?option=com_content&view=article&id={500 + n}&catid=8&Itemid={news_item}")}">{t}</a></li>'
                         for n, t, _ in posts[:s.get("home_posts", 6)])
        pagelinks = ""
        if s.get("budget"):
            pagelinks = '<div class="pagination"><ul>' + "".join(
                f'<li><a href="{esc(base + (f"&limitstart={q * per}" if q else ""))}">{q + 1}</a></li>' for q in range(pages)) + "</ul></div>"
        ita_banner = f'<div class="moduletable banner"><a href="{esc(self.ita_url())}"><img src="/images/banner-ita.jpg" alt="{s.get("banner_alt", "ITA")}"></a></div>'
        self.put("/", self.chrome("หน้าแรก", f'<div class="moduletable latestnews"><h3>ข่าวล่าสุด</h3><ul class="latestnews mod-list">{latest}</ul>{pagelinks}</div>'
                                              f'{ita_banner}{self.qr_home()}'))

    def ita_pages(self):
        s = self.s
        layout = s["ita_layout"]
        codes = [c for c in CODES if self.targets[c] is not None]
        if layout == "icon_table":
            trs = []
            for sub, sub_title, a, z in SUBINDICATORS:
                trs.append(f'<tr><td colspan="2" style="background-color:#fce4d6;"><strong>{sub} {sub_title}</strong></td></tr>')
                for k in range(a, z + 1):
                    c = f"O{k}"
                    if self.targets[c] is None:
                        continue
                    href = self.targets[c]
                    link = (f'<a href="{esc(href)}" target="_blank"><img src="/images/icon/pdf-icon.png" alt="" width="24" height="24"></a>'
                            if href else "-")
                    trs.append(f'<tr><td>{self.label(c)}</td><td style="text-align:center;">{link}</td></tr>')
            self.put(self.article_url("ita"), self.chrome("ITA 2566", '<div class="item-page"><div class="page-header"><h2 itemprop="headline">การเปิดเผยข้อมูลสาธารณะ (OIT) 2566</h2></div>'
                                                          f'<div itemprop="articleBody"><table class="table table-bordered"><tbody>{"".join(trs)}</tbody></table></div></div>'))
        elif layout == "docman":
            lis = []
            for c in codes:
                href = self.targets[c]
                code = "o" + c[1:].zfill(2)
                lis.append(f"<li><strong>{code}</strong> {TITLES[c]} " + (f'<a href="{esc(href)}">เปิด</a>' if href else "(อยู่ระหว่างดำเนินการ)") + "</li>")
            self.put(self.article_url("ita"), self.chrome("ITA 2566", '<div class="item-page"><h2>ข้อมูลสาธารณะ OIT ประจำปี 2566</h2>'
                                                          f'<ul class="oit-list">{"".join(lis)}</ul></div>'))
        elif layout in ("category_blog", "category_list"):
            catid = s["ita_catid"]
            # rows whose item is a page or an article with a document: link the article; others: a placeholder article
            entries = []
            for c in codes:
                href = self.targets[c]
                if href is None:
                    continue
                if href == "" or not href.startswith("/index.php?option=com_content&view=article"):
                    # the article exists, its body holds the (missing / dead / outside / home) link
                    url = self.article_url(c, catid=catid)
                    if href == "":
                        inner = "<p>ยังไม่มีข้อมูล</p>"
                    else:
                        inner = f'<p><a href="{esc(href)}" target="_blank">คลิกที่นี่</a></p>'
                    self.put(url, self.chrome(self.title(c), f'<div class="item-page"><h2 itemprop="headline">{self.label(c)}</h2><div itemprop="articleBody">{inner}</div></div>'))
                    href = url
                entries.append((c, href))
            if layout == "category_blog":
                per = 10
                pages = (len(entries) + per - 1) // per
                base = self.ita_url()
                for pg in range(pages):
                    items = "".join(f'<div class="blog-item"><div class="item-content"><h2 class="item-title"><a href="{esc(h)}">{self.label(c)}</a></h2>'
                                    f'<p class="readmore"><a class="btn btn-secondary" href="{esc(h)}" aria-label="อ่านเพิ่มเติม: {TITLES[c]}">อ่านเพิ่มเติม &hellip;</a></p></div></div>'
                                    for c, h in entries[pg * per:(pg + 1) * per])
                    nav = "".join(f'<li class="page-item"><a class="page-link" href="{esc(base + (f"&limitstart={q * per}" if q else ""))}">{q + 1}</a></li>' for q in range(pages))
                    self.put(base + (f"&limitstart={pg * per}" if pg else ""),
                             self.chrome("ITA 2566", f'<div class="com-content-category-blog blog"><h1>ITA 2566 การเปิดเผยข้อมูลสาธารณะ</h1>'
                                                     f'<div class="com-content-category-blog__items blog-items">{items}</div><nav class="pagination__wrapper"><ul class="pagination">{nav}</ul></nav></div>'))
            else:
                trs = "".join(f'<tr class="cat-list-row{k % 2}"><td headers="categorylist_header_title" class="list-title"><a href="{esc(h)}">{self.label(c)}</a></td><td class="list-hits"><span class="badge badge-info">เปิดอ่าน: {40 + k}</span></td></tr>'
                              for k, (c, h) in enumerate(entries))
                self.put(self.ita_url(), self.chrome("ITA 2566", f'<div class="category-list"><h2>ITA 2566</h2><table class="category table table-striped"><tbody>{trs}</tbody></table></div>'))


# ---------------------------------------------------------------------------------------------------- vendor CMS
class Vendor(Site):
    style = "vendor_cms"
    where = "หน้า ITA 2566"

    def page_url(self, code):
        v = self.s["variant"]
        if code == "O7":
            return {"b64": "/index.php?_mod=bmV3cw", "ita": "/index.php?module=news", "detail": "/index.php?module=news",
                    "page": "/index.php?page=news"}[v]
        if code == "O8":
            return {"b64": "/index.php?_mod=d2ViYm9hcmQ", "page": "/index.php?page=webboard"}.get(v, "/index.php?module=webboard")
        if code == "O5" and v != "b64":
            return {"page": "/index.php?page=contact"}.get(v, "/index.php?module=contact")
        return self.item_page_url(code)

    def dead_page_url(self, code):
        if code == "O8":
            return {"b64": "/index.php?_mod=d2ViYm9hcmQ&type=bGlzdA", "page": "/webboard/"}.get(self.s["variant"], "/index.php?module=webboard&action=list")
        return super().dead_page_url(code)

    def item_page_url(self, code):
        v = self.s["variant"]
        k = int(code[1:])
        if v == "b64":
            return f"/index.php?_mod=b2l0&no={base64.b64encode(str(k).encode()).decode()}"
        if v == "detail":
            return f"/index.php?module=ita&action=detail&id={66000 + k}"
        if v == "page":
            return f"/index.php?page=ita&year=2566&item={k}"
        return f"/index.php?module=oit&id={code}"

    def doc_url(self, code, ext):
        v = self.s["variant"]
        k = int(code[1:])
        if v == "ita":
            return f"/download.php?file=ita2566_{code.lower()}.{ext}"
        if v == "page":
            return f"/download.php?id={1200 + k}"
        if v == "b64":
            return f"/fileupload/data_{4100 + k * 7}.{ext}"
        return f"/fileupload/data_{66000 + k}.{ext}"

    def wrap(self, code, doc_url, ext):
        if self.s["variant"] == "page":
            return doc_url
        url = self.item_page_url(code)
        t = self.item_label(code)
        self.put(url, self.chrome(self.title(code),
                                  f'<div class="content-detail"><h3 class="title-detail">{t}</h3><p>{html.escape(self.s["name_th"])} ประจำปีงบประมาณ 2566</p>'
                                  f'<div class="file-attach"><img src="/images/icon_pdf.gif" alt=""> <a href="{esc(doc_url)}" target="_blank">ดาวน์โหลดเอกสาร</a></div></div>'))
        return url

    def item_label(self, code):
        k = int(code[1:])
        if self.s["variant"] == "detail":
            return f"ข้อ {str(k).translate(THAI_DIGITS)} {TITLES[code]}"
        return f"{code} {TITLES[code]}"

    def manifest(self):
        m = dict(self.s.get("manifest", {}))
        if self.s["variant"] in ("ita", "page"):
            m["types"] = {"/download.php": "application/pdf"}
        return m

    def menu(self) -> list[tuple[str, list[tuple[str, str]]]]:
        v = self.s["variant"]
        news = self.page_url("O7")
        ita = {"b64": "/index.php?_mod=aXRh", "ita": "/index.php?module=ita", "detail": "/index.php?module=ita",
               "page": "/index.php?page=ita&year=2566"}[v]
        about = {"b64": "/index.php?_mod=YWJvdXQ", "page": "/index.php?page=about"}.get(v, "/index.php?module=about")
        contact = {"b64": "/index.php?_mod=Y29udGFjdA", "page": "/index.php?page=contact"}.get(v, "/index.php?module=contact")
        self.ita_url = ita
        return [("หน้าแรก", [("/", "หน้าแรก")]),
                ("ข้อมูลพื้นฐาน", [(about, "ประวัติความเป็นมา")]),
                ("ข่าวสาร", [(news, "ข่าวประชาสัมพันธ์"), (self.calendar_url(10), "ปฏิทินกิจกรรม")]),
                ("ITA", [(ita, "ITA / OIT")]), ("ติดต่อ", [(contact, "ติดต่อเรา")])]

    def calendar_url(self, month):
        v = self.s["variant"]
        yr = 2565 if month >= 10 else 2566
        if v == "b64":
            return f"/index.php?_mod=Y2FsZW5kYXI&month={yr}-{month:02d}"
        if v == "page":
            return f"/index.php?page=calendar&month={yr}-{month:02d}"
        return f"/index.php?module=calendar&month={yr}-{month:02d}"

    def news_url(self, page):
        v = self.s["variant"]
        if v == "b64":
            return f"/index.php?_mod=bmV3cw&start={(page - 1) * 10}" if page > 1 else "/index.php?_mod=bmV3cw"
        if v == "page":
            return f"/index.php?page=news&p={page}" if page > 1 else "/index.php?page=news"
        return f"/index.php?module=news&page={page}" if page > 1 else "/index.php?module=news"

    def news_detail_url(self, n):
        v = self.s["variant"]
        if v == "b64":
            return f"/index.php?_mod=bmV3cw&no={base64.b64encode(str(n).encode()).decode()}"
        if v == "page":
            return f"/index.php?page=news&id={n}"
        return f"/index.php?module=news&action=detail&id={n}"

    def chrome(self, title, body, active=""):
        s = self.s
        v = s["variant"]
        groups = self.menu()
        if v == "b64":
            nav = '<div class="mainNav"><div class="afterHeader">' + "".join(
                f'<div class="dropdown"><button class="dropbtn">{g}</button><div class="dropdown-content">'
                + "".join(f'<a href="{esc(u)}">{t}</a>' for u, t in links) + "</div></div>" for g, links in groups) + "</div></div>"
        elif v == "ita":
            nav = '<div id="cssmenu"><ul>' + "".join(
                f'<li class="has-sub"><a href="{esc(links[0][0])}"><span>{g}</span></a><ul>'
                + "".join(f'<li><a href="{esc(u)}"><span>{t}</span></a></li>' for u, t in links) + "</ul></li>" for g, links in groups) + "</ul></div>"
        elif v == "detail":
            nav = '<ul class="sf-menu">' + "".join(
                f'<li><a href="{esc(links[0][0])}">{g}</a><ul>' + "".join(f'<li><a href="{esc(u)}">{t}</a></li>' for u, t in links)
                + "</ul></li>" for g, links in groups) + "</ul>"
        else:
            nav = '<div class="topnav">' + "".join(
                f'<div class="dropdown"><a class="dropdown-toggle" data-toggle="dropdown" href="#">{g}</a><ul class="dropdown-menu">'
                + "".join(f'<li><a href="{esc(u)}">{t}</a></li>' for u, t in links) + "</ul></div>" for g, links in groups) + "</div>"
        social = self.header_social() if self.items["O9"][0] == "home" else ""
        if self.items["O5"][0] == "home":
            foot = self.contact_block(tel_label="โทร.", map_html=self.footer_contact_map())
        else:
            foot = f"<p>{s['address']}</p><p>โทร. {s['tel']}</p>"
        charset = "windows-874" if s.get("manifest", {}).get("encoding") else "utf-8"
        return f"""<!DOCTYPE html>
<html lang="th"><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{html.escape(s['name_th'])} :: {title}</title>
<link rel="stylesheet" href="theme/css/main.css"></head>
<body class="open-gray"><header id="header"><div class="headerWrap"><div class="headerBrand"><a href="/"><img src="/images/logo.png" alt="{html.escape(s['name_th'])}">
<span class="headerBrandTextInner">{html.escape(s['name_th'])}</span></a></div>{social}</div>
{nav}</header>
<div class="containner"><div class="content-main">
{body}
</div></div>
<div class="footerWrap"><div class="container">{foot}<p>ลิขสิทธิ์ &copy; 2566 {html.escape(s['name_th'])} พัฒนาโดย {s.get('vendor', 'ห้างหุ้นส่วนจำกัด เว็บท้องถิ่นดีไซน์')}</p></div></div>
{self.pdpa_banner()}
</body></html>
"""

    def render(self):
        s = self.s
        v = s["variant"]
        posts = self.news_items(s.get("news", 30))
        per = 10 if v == "b64" else 6
        pages = (len(posts) + per - 1) // per
        for n, t, d in posts:
            self.put(self.news_detail_url(n), self.chrome(t, self.news_body(t, d) + f'<a href="{esc(self.news_url(1))}">ย้อนกลับ</a>'))
        for pg in range(1, pages + 1):
            chunk = posts[(pg - 1) * per: pg * per]
            rows = "".join(f'<tr><td><a href="{esc(self.news_detail_url(n))}">{t}</a></td><td>{d}</td></tr>' for n, t, d in chunk)
            nav = " ".join(f'<a href="{esc(self.news_url(q))}">[{q}]</a>' for q in range(1, pages + 1))
            head = "<h2>ข่าวประชาสัมพันธ์</h2>"
            if pg == 1 and self.items["O7"][0] == "page":
                head += document("O7", s)[1].replace("<h1>", "<h3>").replace("</h1>", "</h3>")
            self.put(self.news_url(pg), self.chrome("ข่าวประชาสัมพันธ์", f'{head}<table class="news-list">{rows}</table><div class="page-nav">หน้า {nav}</div>'))
        cal_months = s.get("calendar_months", [10, 11, 12, 1, 2, 3])
        for k, m in enumerate(cal_months):
            prev_ = f'<a href="{esc(self.calendar_url(cal_months[k - 1]))}">&laquo; เดือนก่อน</a>' if k else ""
            next_ = f'<a href="{esc(self.calendar_url(cal_months[k + 1]))}">เดือนถัดไป &raquo;</a>' if k + 1 < len(cal_months) else ""
            self.put(self.calendar_url(m), self.chrome("ปฏิทินกิจกรรม", f"<h2>ปฏิทินกิจกรรม เดือน {m}</h2><table class='calendar'><tr><td>1</td><td>2</td><td>3</td></tr></table>{prev_} {next_}"))
        about = self.menu()[1][1][0][0]
        self.put(about, self.chrome("ประวัติความเป็นมา", "<h2>ประวัติความเป็นมา</h2><p>สภาพทั่วไปและข้อมูลพื้นฐาน</p>"))
        contact = self.menu()[4][1][0][0]
        if self.items["O5"][0] != "page":
            self.put(contact, self.chrome("ติดต่อเรา", f"<h2>ติดต่อเรา</h2><p>{s['address']}</p><p>โทร. {s['tel']}</p>"))
        elif contact != self.page_url("O5"):
            self.put(contact, self.chrome("ติดต่อเรา", self.item_page("O5", self.items["O5"][1])))
        galleries = ""
        if s.get("gallery"):
            for g in range(1, s["gallery"] + 1):
                gurl = {"b64": f"/index.php?_mod=Z2FsbGVyeQ&no={g}", "page": f"/index.php?page=gallery&id={g}"}.get(v, f"/index.php?module=gallery&id={g}")
                self.put(gurl, self.chrome("ภาพกิจกรรม", f"<h2>ภาพกิจกรรม ชุดที่ {g}</h2>" + "".join('<img src="/images/news.jpg" alt="">' for _ in range(6))))
                galleries += f'<a href="{esc(gurl)}"><img src="/images/news.jpg" alt="ภาพกิจกรรม {g}"></a>'
        self.ita_pages()
        latest = "".join(f'<li><a href="{esc(self.news_detail_url(n))}">{t}</a> ({d})</li>' for n, t, d in posts[:s.get("home_posts", 8)])
        page_nav = ""
        cal = ""
        if s.get("budget"):
            page_nav = '<div class="page-nav">' + " ".join(f'<a href="{esc(self.news_url(q))}">{q}</a>' for q in range(1, pages + 1)) + "</div>"
            cal = '<div class="calendar-box">' + " ".join(f'<a href="{esc(self.calendar_url(m))}">{m}</a>' for m in cal_months) + "</div>"
        banner = f'<div class="banner-ita"><a href="{esc(self.ita_url)}"><img src="/images/banner-ita.jpg" alt="{s.get("banner_alt", "")}"></a></div>'
        self.put("/", self.chrome("หน้าแรก", f'<div class="news-box"><h3>ข่าวประชาสัมพันธ์</h3><ul>{latest}</ul>{page_nav}</div>'
                                              f'<div class="gallery-box">{galleries}</div>{cal}{banner}{self.qr_home()}'))

    def ita_pages(self):
        s = self.s
        v = s["variant"]
        if v == "ita":
            cards = []
            for sub, sub_title, a, z in SUBINDICATORS:
                cards.append(f'<div class="col-12"><h3 class="sub-title">{sub} {sub_title}</h3></div>')
                for k in range(a, z + 1):
                    c = f"O{k}"
                    href = self.targets[c]
                    if href is None:
                        continue
                    link = f'<a href="{esc(href)}" class="btn-file"><i class="fa fa-file-pdf-o"></i></a>' if href else '<span class="no-file">-</span>'
                    cards.append(f'<div class="col-md-3"><div class="card"><h4>{c} {TITLES[c]}</h4>{link}</div></div>')
            self.put("/index.php?module=ita&year=2566", self.chrome("ITA 2566", f'<h2>การประเมินคุณธรรมและความโปร่งใส ITA 2566</h2><div class="row">{"".join(cards)}</div>'))
            old = "".join(f'<li>{c} {TITLES[c]}</li>' for c in CODES[:10])
            self.put("/index.php?module=ita&year=2565", self.chrome("ITA 2565", f"<h2>ITA 2565</h2><p>ย้ายไปเก็บถาวร</p><ul>{old}</ul>"))
            self.put("/index.php?module=ita", self.chrome("ITA", '<h2>ITA / OIT</h2><ul class="ita-years">'
                                                              '<li><a href="index.php?module=ita&amp;year=2566">ITA 2566</a></li>'
                                                              '<li><a href="index.php?module=ita&amp;year=2565">ITA 2565</a></li></ul>'))
        elif v == "b64":
            rows = []
            for c in CODES:
                href = self.targets[c]
                if href is None:
                    continue
                link = f'<a href="{esc(href)}"><span class="typename">รายละเอียด</span></a>' if href else '<span class="typename">ยังไม่มีข้อมูล</span>'
                rows.append(f"<div class='content-table'><span class='head'>{c} {TITLES[c]}</span>{link}</div>")
            self.put("/index.php?_mod=aXRh", self.chrome("ข้อมูลสาธารณะ OIT", f'<fieldset><legend>ข้อมูลสาธารณะ OIT ประจำปี 2566</legend>{"".join(rows)}</fieldset>'))
        elif v == "detail":
            lis = []
            for sub, sub_title, a, z in SUBINDICATORS:
                lis.append(f"<tr><th colspan='2'>{sub} {sub_title}</th></tr>")
                for k in range(a, z + 1):
                    c = f"O{k}"
                    href = self.targets[c]
                    if href is None:
                        continue
                    label = self.item_label(c)
                    cell = f'<a href="{esc(href)}">{label}</a>' if href else f"{label} (อยู่ระหว่างดำเนินการ)"
                    lis.append(f"<tr><td>{cell}</td><td>{'อ่าน ' + str(30 + k) + ' ครั้ง' if href else ''}</td></tr>")
            self.put("/index.php?module=ita&action=list&year=2566", self.chrome("ITA 2566", f'<h2>การเปิดเผยข้อมูลสาธารณะ ITA ประจำปี ๒๕๖๖</h2><table class="table">{"".join(lis)}</table>'))
            self.put("/index.php?module=ita", self.chrome("ITA", '<h2>ITA</h2><ul><li><a href="index.php?module=ita&amp;action=list&amp;year=2566">ปีงบประมาณ ๒๕๖๖</a></li>'
                                                              '<li><a href="index.php?module=ita&amp;action=list&amp;year=2565">ปีงบประมาณ ๒๕๖๕</a></li></ul>'))
            self.put("/index.php?module=ita&action=list&year=2565", self.chrome("ITA 2565", "<h2>ITA ๒๕๖๕</h2><p>ข้อมูลปีงบประมาณ ๒๕๖๕ (เก็บถาวร)</p>"))
        else:  # page=ita: accordion with '#!' title anchors beside text-less download links
            panels = []
            for sub, sub_title, a, z in SUBINDICATORS:
                inner = []
                for k in range(a, z + 1):
                    c = f"O{k}"
                    href = self.targets[c]
                    if href is None:
                        continue
                    dl = f'<a href="{esc(href)}" class="btn btn-sm btn-info"><i class="fa fa-download"></i></a>' if href else ""
                    inner.append(f'<li class="list-group-item"><a href="#!">{c.replace("O", "O.")} {TITLES[c]}</a> {dl}</li>')
                panels.append(f'<div class="card"><div class="card-header"><h5><button class="btn btn-link" data-toggle="collapse">'
                              f'ตัวชี้วัดย่อยที่ {sub} {sub_title}</button></h5></div><div class="collapse show"><ul class="list-group">{"".join(inner)}</ul></div></div>')
            self.put("/index.php?page=ita&year=2566", self.chrome("ITA 2566", f'<h2>ITA 2566 การเปิดเผยข้อมูลสาธารณะ (OIT)</h2><div id="accordion">{"".join(panels)}</div>'
                                                                  '<p><a href="index.php?page=ita&amp;year=2565">ITA 2565</a></p>'))
            self.put("/index.php?page=ita&year=2565", self.chrome("ITA 2565", "<h2>ITA 2565</h2><p>ข้อมูลปีที่แล้ว</p>"))


# -------------------------------------------------------------------------------------------------- documents
def write_docx(path: Path, title: str, body: str) -> None:
    import re

    import docx

    doc = docx.Document()
    doc.add_heading(title, 1)
    for line in re.sub(r"</(p|li|tr|h1|h2|h3)>", "\n", body).split("\n"):
        text = re.sub(r"<[^>]+>", " ", line).strip()
        if text:
            doc.add_paragraph(re.sub(r"\s+", " ", text))
    doc.save(path)


def write_xlsx(path: Path, code: str, site: dict, var: str | None) -> None:
    import openpyxl

    from farm.builders.cms_query_content import doc_year

    year = doc_year(code, var)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([f"{TITLES[code]} {site['name_th']} ประจำปีงบประมาณ พ.ศ. {year}"])
    ws.append(["เดือน", "รับชำระภาษี (ราย)", "ขออนุญาตก่อสร้าง (ราย)", "ขึ้นทะเบียนเบี้ยยังชีพ (ราย)"])
    for k, (full, _) in enumerate(MONTHS[:3 if var == "months3" else 6]):
        ws.append([f"{full} {year - 1 if k < 3 else year}", 40 + 9 * k, 2 + k % 3, 6 + k])
    wb.save(path)


def make_pdfs(jobs: list) -> None:
    """HTML bodies -> Thai text-layer PDFs with LibreOffice (HTML -> ODT -> PDF), cached by content."""
    PDF_CACHE.mkdir(exist_ok=True)
    todo = {}
    for _dest, body in jobs:
        key = hashlib.sha1(body.encode()).hexdigest()
        if not (PDF_CACHE / f"{key}.pdf").exists():
            todo[key] = body
    if todo:
        with tempfile.TemporaryDirectory() as tmp:
            sources = []
            for key, body in todo.items():
                src = Path(tmp) / f"{key}.html"
                src.write_text(f'<html><head><meta charset="utf-8"><style>body{{font-family:"Garuda","Loma"}}</style>'
                               f"</head><body>{body}</body></html>", encoding="utf-8")
                sources.append(str(src))
            for start in range(0, len(sources), 80):
                batch = sources[start:start + 80]
                subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/cmsq_lo_profile", "--headless", "--convert-to", "odt", "--outdir", tmp, *batch],
                               check=True, capture_output=True)
                subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/cmsq_lo_profile", "--headless", "--convert-to", "pdf", "--outdir", tmp,
                                *[b.replace(".html", ".odt") for b in batch]], check=True, capture_output=True)
            for key in todo:
                shutil.copy(Path(tmp) / f"{key}.pdf", PDF_CACHE / f"{key}.pdf")
    for dest, body in jobs:
        key = hashlib.sha1(body.encode()).hexdigest()
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(PDF_CACHE / f"{key}.pdf", dest)


def write_outside(pages: list[tuple[str, str]]) -> None:
    for url, text in pages:
        host_and_path = url.split("://", 1)[1]
        host, _, rest = host_and_path.partition("/")
        dest = SITES_DIR / host / url_to_file("/" + rest)
        if dest.exists():
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(text, encoding="utf-8")


# --------------------------------------------------------------------------------------------------- the sites
from farm.builders.cms_query_sites import SITES  # noqa: E402

STYLES = {"wordpress": WordPress, "joomla": Joomla, "vendor_cms": Vendor}


def build_all(only: list[str] | None = None) -> None:
    jobs: list = []
    outside: list = []
    for spec in SITES:
        if only and spec["host"] not in only:
            continue
        site = STYLES[spec["style"]](spec, jobs)
        info = site.build()
        outside += site.outside
        print(f"{info['host']}: {info['urls']} URLs")
    make_pdfs(jobs)
    write_outside(outside)


if __name__ == "__main__":
    build_all(sys.argv[1:] or None)
