"""Fixture sites in four publishing styles: ``menu_only``, ``iframe_docs``, ``google_drive`` and ``stale_year``.

Run ``python -m farm.builders.menus_and_outside`` from the repository root (needs LibreOffice and fonts-thai-tlwg
for the Thai PDFs). It writes twelve sites under ``farm/sites/<host>/`` with their ``manifest.yaml`` and
``expected.yaml``, and the outside pages they link to (Facebook, LINE, Google Drive/Docs/Forms/Sites, Maps).

Every site is described by a ``Site`` record: who the agency is, how it publishes, which fiscal year its material
is for (``data_year``) and, per OIT item, a *mode* that says what is wrong with that item on the site
(``ok``, ``stale``, ``months3``, ``denial``, ``absent``, ``dead``, ...). The pages are rendered from the modes, and
the expected verdicts are derived from the same modes by the rules an assessor applies (``status_of``), so page
and verdict cannot drift apart. The menu structures, link texts and file names follow real Thai local-government
sites (dropdown menus of nested ``<ul>``, ``/fileupload/data_XXXX.pdf``, ``download.php?id=``, WordPress
``?page_id=``, vendor ``index.php?module=``).
"""
from __future__ import annotations

import hashlib
import html
import re
import shutil
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import yaml


SITES_DIR = Path(__file__).resolve().parents[1] / "sites"
RULEBOOKS = Path(__file__).resolve().parents[2] / "rules" / "rulebooks"
CACHE = Path("/tmp/menus_and_outside_pdf_cache")
ITEMS = {it["code"]: it for it in yaml.safe_load((RULEBOOKS / "ita2566.yaml").read_text(encoding="utf-8"))["items"]}
CODES = [f"O{n}" for n in range(1, 44)]

# How the components of each item tie it to a fiscal year.
NO_YEAR = {"O1", "O2", "O3", "O5", "O6", "O8", "O9", "O14", "O15", "O18", "O27", "O28", "O39"}
PREVIOUS = {"O13", "O17", "O22", "O26", "O38", "O42"}          # last fiscal year's report
EITHER = {"O30"}                                               # this or last year
RANGED = {"O4", "O23", "O36"}                                  # multi-year plans: must cover the year
SIX_MONTHS = {"O12", "O16", "O21", "O24", "O29", "O37"}        # must cover ต.ค.-มี.ค.
INLINE = {"O1", "O2", "O3", "O5", "O6", "O7", "O8", "O9", "O18", "O28"}  # web pages rather than documents

TH_MONTHS = ["", "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
             "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
PARTIAL_MODES = {"months3": "ครอบคลุมเพียง ต.ค.-ธ.ค. (3 เดือน) ไม่ครบ 6 เดือน ต.ค.-มี.ค.",
                 "nophoto": "ผู้บริหารไม่มีรูปถ่าย", "nomap": "ข้อมูลติดต่อไม่มีแผนที่ตั้ง เขียนว่า (ยังไม่มีแผนที่)",
                 "nocontact": "ผู้บริหารไม่มีช่องทางการติดต่อ (ไม่มีเบอร์โทร/อีเมล)",
                 "noqr": "ไม่มี QR code แบบวัด EIT", "fewcomp": "หลักเกณฑ์มีเพียงการสรรหาและการบรรจุแต่งตั้ง ขาดการพัฒนา การประเมินผล การให้คุณให้โทษ",
                 "inprogress": "หน้าขึ้นว่า อยู่ระหว่างดำเนินการ เหนือลิงก์เอกสาร; เอกสารมีทีมขับเคลื่อนและ Do & Don't แต่การฝึกอบรม (3) ยังอยู่ระหว่างดำเนินการ"}


def range_of(code: str, y: int) -> tuple[int, int]:
    """The years a multi-year plan published in fiscal year ``y`` is in force."""
    if code == "O4":
        return (2566, 2570) if y >= 2566 else (2561, 2565)
    if code == "O23":
        return (2564, 2566) if y <= 2566 else (2567, 2569)
    return (2566, 2570) if y >= 2566 else (y, y)  # O36: 5-year plan from 2566, annual plans before


@dataclass
class Site:
    host: str
    agency: str
    name_th: str
    name_en: str
    type: str
    province: str
    style: str
    year: int                     # rulebook year of the verdicts
    data_year: int                # fiscal year the site's material is for
    summary: str
    modes: dict = field(default_factory=dict)   # code -> mode (default ok)
    notes: dict = field(default_factory=dict)   # code -> extra words for `why`
    opt: dict = field(default_factory=dict)

    @property
    def short(self) -> str:
        return self.type + self.name_th.split("ตำบล", 1)[-1]

    @property
    def url(self) -> str:
        return f"http://{self.host}/"

    def mode(self, code: str) -> str:
        return self.modes.get(code, "ok")

    def doc_year(self, code: str) -> int:
        y = self.data_year - (1 if code in PREVIOUS else 0)
        return y - (1 if self.mode(code) == "stale" else 0)


# ----------------------------------------------------------------------------------------------- verdicts

def status_of(site: Site, code: str) -> tuple[str, str]:
    """The status an assessor gives an item rendered in ``mode``, and why."""
    mode = site.mode(code)
    if mode in {"absent", "denial"}:
        return "missing", {"absent": "ไม่พบบนเว็บไซต์ (ไม่มีในเมนู/หน้า ITA)",
                           "denial": "มีแต่หัวข้อ เขียนว่า อยู่ระหว่างดำเนินการ/ไม่มีข้อมูล ไม่มีเอกสาร"}[mode]
    if mode == "dead":
        return "broken", "ลิงก์เอกสารตอบ 404"
    if mode == "dead500":
        return "broken", "webboard ตอบ HTTP 500"
    if mode in PARTIAL_MODES:
        return "partial", PARTIAL_MODES[mode]
    y, book = site.doc_year(code), site.year
    if code in NO_YEAR:
        return "pass", "ครบองค์ประกอบ"
    if code in RANGED:
        a, b = range_of(code, y)
        span = f"พ.ศ. {a}-{b}" if a != b else f"ประจำปี {a}"
        return ("pass", f"แผน {span} ครอบคลุมปี {book}") if a <= book <= b else \
               ("partial", f"แผน {span} ไม่ครอบคลุมปี {book}")
    if code in EITHER:
        return ("pass", f"กิจกรรมปี {y}") if y in (book, book - 1) else ("partial", f"กิจกรรมปี {y} เก่าเกินไป")
    need = book - 1 if code in PREVIOUS else book
    if y == need:
        return "pass", f"ครบองค์ประกอบ ปี {y}"
    return "partial", f"เอกสารของปี {y} (ต้องเป็นปี {need})"


# ----------------------------------------------------------------------------------------------- content

PEOPLE = ["นายสมศักดิ์ แก้วมณี", "นายประเสริฐ ทองดี", "นางสาววิไลวรรณ ศรีสุข", "นายบุญมี ใจงาม", "นางพรทิพย์ บุญมา",
          "นายธีระ พันธ์ดี", "นางสาวกัญญา สายทอง", "นายวีระพงษ์ มั่นคง", "นายชาตรี คำแสน", "นางอรุณี ปัญญาดี",
          "นายสุรชัย อินทร์แก้ว", "นางสาวจิราพร ทองสุข"]


def people(site: Site) -> list[str]:
    k = int(hashlib.md5(site.agency.encode()).hexdigest(), 16) % len(PEOPLE)
    return PEOPLE[k:] + PEOPLE[:k]


def months(y: int, n: int = 6) -> list[tuple[str, int]]:
    return [(TH_MONTHS[m], y - 1 if m >= 10 else y) for m in (10, 11, 12, 1, 2, 3)][:n]


def month_table(y: int, n: int, cols: list[str], row) -> str:
    head = "".join(f"<th>{c}</th>" for c in ["เดือน", *cols])
    body = "".join(f"<tr><td>{m} {yy}</td>{''.join(f'<td>{v}</td>' for v in row(i))}</tr>"
                   for i, (m, yy) in enumerate(months(y, n)))
    return f"<table border=\"1\"><tr>{head}</tr>{body}</table>"


def period(y: int, n: int) -> str:
    last = months(y, n)[-1]
    return f"1 ตุลาคม {y - 1} ถึง {'31' if n == 6 else '31'} {last[0]} {last[1]}"


def content(site: Site, code: str) -> tuple[str, str]:
    """Title and HTML body of item ``code`` as this site publishes it (the page text or the document text)."""
    y = site.doc_year(code)
    n = 3 if site.mode(code) == "months3" else 6
    name, p = site.name_th, people(site)
    chief = "นายกเทศมนตรีตำบล" + name.split("ตำบล", 1)[-1] if site.type == "ทต." else "นายกองค์การบริหารส่วนตำบล" + \
        name.split("ตำบล", 1)[-1]
    clerk = "ปลัด" + site.type.rstrip(".") + "."
    sign = f"<p>ประกาศ ณ วันที่ 15 ธันวาคม พ.ศ. {y - 1 if code in SIX_MONTHS else y}</p><p>({p[0]})</p><p>{chief}</p>"
    projects = [("โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3", "450,000"), ("โครงการอาหารเสริม (นม) โรงเรียน", "612,480"),
                ("โครงการป้องกันและควบคุมโรคไข้เลือดออก", "30,000"), ("โครงการจัดงานประเพณีลอยกระทง", "80,000"),
                ("โครงการฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน", "50,000")]
    ptable = "<table border=\"1\"><tr><th>ที่</th><th>โครงการ/กิจกรรม</th><th>งบประมาณ (บาท)</th><th>ระยะเวลาดำเนินการ</th></tr>" + \
        "".join(f"<tr><td>{i}</td><td>{t}</td><td>{b}</td><td>{TH_MONTHS[(i * 2) % 12 + 1]} {y}</td></tr>"
                for i, (t, b) in enumerate(projects, 1)) + "</table>"
    T = {
        "O1": ("โครงสร้างองค์กร", f"<h1>โครงสร้างส่วนราชการ {name}</h1><p><img src=\"/images/structure.png\" alt=\"แผนผังโครงสร้าง\"></p>"
               f"<p>แผนผังโครงสร้างการแบ่งส่วนราชการ</p><ul><li>{chief}</li><li>{clerk} (นักบริหารงานท้องถิ่น ระดับกลาง)"
               "<ul><li>สำนักปลัด (หัวหน้าสำนักปลัด)</li><li>กองคลัง (ผู้อำนวยการกองคลัง)</li><li>กองช่าง (ผู้อำนวยการกองช่าง)</li>"
               "<li>กองการศึกษา ศาสนาและวัฒนธรรม (ผู้อำนวยการกองการศึกษา)</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>"),
        "O3": ("อำนาจหน้าที่", f"<h1>อำนาจหน้าที่</h1><p>{name} มีอำนาจหน้าที่ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล "
               "พ.ศ. 2537 มาตรา 66 มาตรา 67 และมาตรา 68 และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น "
               "พ.ศ. 2542 มาตรา 16 ดังนี้</p><ol><li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก</li><li>รักษาความสะอาดของถนน ทางน้ำ ทางเดิน "
               "และที่สาธารณะ รวมทั้งกำจัดมูลฝอยและสิ่งปฏิกูล</li><li>ป้องกันโรคและระงับโรคติดต่อ</li><li>ป้องกันและบรรเทาสาธารณภัย</li>"
               "<li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li></ol>"),
        "O4": ("แผนพัฒนาท้องถิ่น", "<h1>แผนพัฒนาท้องถิ่น (พ.ศ. {0}-{1})</h1><p>{2}</p><h2>ยุทธศาสตร์การพัฒนา</h2><ol>"
               "<li>ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน</li><li>ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิต</li><li>ยุทธศาสตร์การพัฒนาด้านเศรษฐกิจ</li>"
               "<li>ยุทธศาสตร์การบริหารจัดการบ้านเมืองที่ดี</li></ol><p>วิสัยทัศน์ เป้าประสงค์ ตัวชี้วัด ค่าเป้าหมาย และแนวทางการพัฒนา "
               "รายละเอียดโครงการพัฒนา (แบบ ผ.02) ตลอดระยะเวลาของแผน</p>".format(*range_of("O4", y), name)),
        "O6": ("กฎหมายที่เกี่ยวข้อง", "<h1>กฎหมายที่เกี่ยวข้อง</h1><ul><li>พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537</li>"
               "<li>พระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542</li><li>พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540</li>"
               "<li>พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560</li><li>ระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนา"
               "ขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2548 และที่แก้ไขเพิ่มเติม</li></ul>"),
        "O10": ("นโยบายคุ้มครองข้อมูลส่วนบุคคล", f"<h1>ประกาศ{name} เรื่อง นโยบายคุ้มครองข้อมูลส่วนบุคคล (Privacy Policy)</h1>"
                f"<p>{name} ตระหนักถึงความสำคัญของการคุ้มครองข้อมูลส่วนบุคคลตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 (PDPA) "
                "จึงประกาศนโยบาย ดังนี้ 1. การเก็บรวบรวมข้อมูลส่วนบุคคล 2. วัตถุประสงค์ 3. การเปิดเผย 4. สิทธิของเจ้าของข้อมูล "
                "5. การรักษาความมั่นคงปลอดภัย 6. ช่องทางติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล</p>"
                f"<p>ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป</p><p>ประกาศ ณ วันที่ 3 พฤศจิกายน พ.ศ. {y - 1}</p><p>({p[0]})</p><p>{chief}</p>"
                f"<p>(ใช้สำหรับปีงบประมาณ พ.ศ. {y})</p>"),
        "O11": ("แผนการดำเนินงาน", f"<h1>แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. {y}</h1><p>{name}</p>{ptable}"
                "<p>แผนการดำเนินงานนี้เป็นแผนระยะ 1 ปี แสดงโครงการ/กิจกรรม งบประมาณ และระยะเวลาดำเนินการ</p>"),
        "O12": ("รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณ รอบ 6 เดือน",
                f"<h1>รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณประจำปี รอบ 6 เดือน ปีงบประมาณ พ.ศ. {y}</h1>"
                f"<p>ระหว่างวันที่ {period(y, n)}</p>"
                + month_table(y, n, ["โครงการที่ดำเนินการ", "ความก้าวหน้า", "งบประมาณที่เบิกจ่าย (บาท)"],
                              lambda i: [f"{4 + i} โครงการ", f"ร้อยละ {15 + 12 * i}", f"{(i + 2) * 213_450:,}"])
                + "<p>ผลความก้าวหน้าในการดำเนินโครงการ/กิจกรรม และรายละเอียดงบประมาณแต่ละโครงการตามเอกสารแนบ</p>"),
        "O13": ("รายงานผลการดำเนินงานประจำปี", f"<h1>รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. {y}</h1><p>{name}</p>"
                "<p>ผลการดำเนินงานตามแผนการดำเนินงาน: ดำเนินการแล้วเสร็จ 47 โครงการ จาก 58 โครงการ คิดเป็นร้อยละ 81.03</p>"
                f"{ptable}<p>ปัญหาอุปสรรค: งบประมาณไม่เพียงพอ การเบิกจ่ายล่าช้า</p><p>ข้อเสนอแนะ: ควรจัดลำดับความสำคัญของโครงการ</p>"),
        "O14": ("คู่มือการปฏิบัติงาน", f"<h1>คู่มือการปฏิบัติงาน งานจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง</h1><p>กองคลัง {name}</p>"
                "<p>สำหรับเจ้าพนักงานจัดเก็บรายได้ และนักวิชาการจัดเก็บรายได้</p><h2>ขั้นตอนการปฏิบัติงาน</h2><ol><li>สำรวจและจัดทำบัญชีรายการที่ดินและสิ่งปลูกสร้าง</li>"
                "<li>ประกาศราคาประเมินและแจ้งการประเมินภาษี</li><li>รับชำระภาษีและออกใบเสร็จ</li><li>ติดตามเร่งรัดภาษีค้างชำระ</li></ol>"),
        "O15": ("คู่มือสำหรับประชาชน", f"<h1>คู่มือสำหรับประชาชน การขอรับเงินเบี้ยยังชีพผู้สูงอายุ</h1><p>หน่วยงานที่ให้บริการ: {name}</p>"
                "<p>ขั้นตอนการให้บริการ: 1. ยื่นคำขอพร้อมเอกสาร 2. เจ้าหน้าที่ตรวจสอบคุณสมบัติ 3. ประกาศรายชื่อผู้มีสิทธิ 4. จ่ายเงินทุกวันที่ 10 ของเดือน</p>"
                "<p>ระยะเวลาให้บริการ 15 นาที เอกสารประกอบ: บัตรประจำตัวประชาชน ทะเบียนบ้าน สมุดบัญชีเงินฝาก</p>"),
        "O16": ("สถิติการให้บริการ", f"<h1>ข้อมูลเชิงสถิติการให้บริการ ประจำปีงบประมาณ พ.ศ. {y}</h1><p>{name} ระหว่าง {period(y, n)}</p>"
                + month_table(y, n, ["งานทะเบียน", "งานจัดเก็บภาษี", "งานป้องกันฯ", "รวม (ราย)"],
                              lambda i: [31 + i, 54 + 3 * i, 7 + i, 92 + 5 * i])),
        "O17": ("รายงานผลการสำรวจความพึงพอใจ", f"<h1>รายงานผลการสำรวจความพึงพอใจการให้บริการ ประจำปีงบประมาณ พ.ศ. {y}</h1>"
                f"<p>{name} ได้มอบหมายให้มหาวิทยาลัยราชภัฏดำเนินการสำรวจความพึงพอใจของผู้รับบริการ จำนวน 400 ตัวอย่าง</p>"
                "<p>ผลการสำรวจ: ความพึงพอใจภาพรวม ร้อยละ 92.40 ด้านขั้นตอน ร้อยละ 91.2 ด้านเจ้าหน้าที่ ร้อยละ 94.1 ด้านสิ่งอำนวยความสะดวก ร้อยละ 90.8</p>"),
        "O19": ("แผนการจัดซื้อจัดจ้าง", f"<h1>ประกาศ{name} เรื่อง เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. {y}</h1>"
                f"<p>ตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560 มาตรา 11</p>{ptable}{sign}"),
        "O20": ("ประกาศจัดซื้อจัดจ้าง", f"<h1>ประกาศต่างๆ เกี่ยวกับการจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. {y}</h1><ul>"
                f"<li>ประกาศ{name} เรื่อง ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) ลงวันที่ 12 มกราคม {y}</li>"
                f"<li>ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุสำนักงาน โดยวิธีเฉพาะเจาะจง ลงวันที่ 8 กุมภาพันธ์ {y}</li>"
                f"<li>ประกาศเชิญชวน จ้างเหมาซ่อมแซมถนนลูกรัง หมู่ที่ 7 ลงวันที่ 20 มีนาคม {y}</li></ul>"),
        "O21": ("สรุปผลการจัดซื้อจัดจ้างรายเดือน", f"<h1>สรุปผลการดำเนินการจัดซื้อจัดจ้าง (แบบ สขร.1) ประจำปีงบประมาณ พ.ศ. {y}</h1>"
                f"<p>{name} ระหว่าง {period(y, n)}</p>"
                + month_table(y, n, ["งานที่จัดซื้อจัดจ้าง", "วงเงิน/ราคากลาง", "วิธีซื้อ/จ้าง", "ผู้ได้รับคัดเลือกและราคาที่ตกลง", "เลขที่และวันที่สัญญา"],
                              lambda i: [["ซื้อวัสดุสำนักงาน", "จ้างซ่อมรถบรรทุกน้ำ", "ซื้ออาหารเสริม (นม)", "จ้างเหมาถ่ายเอกสาร", "ซื้อวัสดุไฟฟ้า", "จ้างก่อสร้างรางระบายน้ำ"][i],
                                         f"{(i + 1) * 12_500:,}", "เฉพาะเจาะจง", f"ร้านรุ่งเรืองพาณิชย์ {(i + 1) * 12_400:,} บาท", f"{i + 1}/{y}"])
                + "<p>เหตุผลที่คัดเลือกโดยสรุป: เสนอราคาต่ำสุดและคุณสมบัติถูกต้อง</p>"),
        "O22": ("รายงานผลการจัดซื้อจัดจ้างประจำปี", f"<h1>รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ ประจำปีงบประมาณ พ.ศ. {y}</h1><p>{name}</p>"
                "<p>(1) งบประมาณที่ใช้ในการจัดซื้อจัดจ้างรวม 8,425,600 บาท</p><p>(2) สรุปรายการจัดซื้อจัดจ้าง: วิธีเฉพาะเจาะจง 112 รายการ วิธี e-bidding 6 รายการ</p>"
                "<p>(3) ปัญหา/อุปสรรค: ผู้เสนอราคาน้อยราย ราคาวัสดุผันผวน</p><p>(4) ข้อเสนอแนะ: ควรจัดทำแผนการจัดซื้อให้เร็วขึ้น</p>"),
        "O23": ("แผนพัฒนาบุคลากร", "<h1>แผนพัฒนาบุคลากร ประจำปีงบประมาณ พ.ศ. {0}-{1}</h1><p>{2}</p>".format(*range_of("O23", y), name)
                + "<p>นโยบายการบริหารทรัพยากรบุคคลของผู้บริหาร: พัฒนาบุคลากรให้มีความรู้ ทักษะ และจริยธรรม</p><p>แผนการบริหารและพัฒนาทรัพยากรบุคคล: "
                "หลักสูตรการฝึกอบรม เป้าหมาย วิธีการพัฒนา และงบประมาณ ในแต่ละปีของแผน</p>"),
        "O24": ("ผลการดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล", f"<h1>รายงานผลการดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล รอบ 6 เดือน ปีงบประมาณ พ.ศ. {y}</h1>"
                f"<p>{period(y, n)}</p>" + month_table(y, n, ["โครงการ/กิจกรรม", "ความก้าวหน้า", "งบประมาณที่ใช้ (บาท)"],
                                                       lambda i: [["อบรมจริยธรรม", "อบรมระเบียบพัสดุ", "ศึกษาดูงาน", "อบรมการเงินการคลัง", "อบรมคอมพิวเตอร์", "ประเมินผลการปฏิบัติงาน"][i],
                                                                  "ดำเนินการแล้ว", f"{(i + 1) * 4_500:,}"])),
        "O25": ("หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", f"<h1>หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. {y}</h1><p>{name}</p>"
                + ("<p>(1) การสรรหาและคัดเลือกบุคลากร ตามประกาศ ก.อบต. (2) การบรรจุและแต่งตั้งบุคลากร</p>" if site.mode("O25") == "fewcomp" else
                   "<p>(1) การสรรหาและคัดเลือกบุคลากร (2) การบรรจุและแต่งตั้งบุคลากร (3) การพัฒนาบุคลากร "
                   "(4) การประเมินผลการปฏิบัติราชการ (5) การให้คุณให้โทษและการสร้างขวัญกำลังใจ</p>")),
        "O26": ("รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", f"<h1>รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. {y}</h1>"
                "<p>(1) ผลการดำเนินการตามแผนพัฒนาบุคลากร: ดำเนินการ 9 หลักสูตร จาก 10 หลักสูตร</p><p>(2) สถิติ: อัตรากำลัง 42 อัตรา "
                "บรรจุแต่งตั้ง 3 ราย โอนย้าย 2 ราย ฝึกอบรม 38 ราย</p><p>(3) ปัญหา/อุปสรรค: บุคลากรไม่เพียงพอ</p><p>(4) ข้อเสนอแนะ: จัดอบรมออนไลน์</p>"),
        "O27": ("คู่มือการจัดการเรื่องร้องเรียนการทุจริต", f"<h1>คู่มือการปฏิบัติงานเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h1><p>{name}</p>"
                "<p>ช่องทางการร้องเรียน: ด้วยตนเอง ทางไปรษณีย์ ทางโทรศัพท์ ทางเว็บไซต์ และ Facebook</p><p>ขั้นตอน: รับเรื่อง ลงทะเบียน "
                "ตรวจสอบข้อเท็จจริง แจ้งผลผู้ร้องภายใน 15 วัน</p><p>ผู้รับผิดชอบ: ศูนย์ปฏิบัติการต่อต้านการทุจริต สำนักปลัด</p>"
                "<p>ระยะเวลาดำเนินการ: ภายใน 30 วันทำการ</p>"),
        "O29": ("สถิติเรื่องร้องเรียนการทุจริต", f"<h1>ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. {y}</h1>"
                f"<p>{period(y, n)}</p>" + month_table(y, n, ["จำนวนเรื่องร้องเรียนทั้งหมด", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ"],
                                                       lambda i: [1 if i == 2 else 0, 1 if i == 2 else 0, 0])),
        "O30": ("การเปิดโอกาสให้เกิดการมีส่วนร่วม", f"<h1>ประชุมประชาคมหมู่บ้านเพื่อทบทวนแผนพัฒนาท้องถิ่น ปี {y}</h1>"
                f"<p>เมื่อวันที่ 14 กุมภาพันธ์ {y} {name} จัดประชุมประชาคมหมู่บ้าน ครบทั้ง 12 หมู่บ้าน เปิดโอกาสให้ประชาชนมีส่วนร่วม"
                "เสนอปัญหาและความต้องการ เพื่อบรรจุในแผนพัฒนาท้องถิ่น มีผู้เข้าร่วม 684 คน</p><p><img src=\"/images/pracha.png\" alt=\"\"></p>"),
        "O31": ("ประกาศเจตนารมณ์ No Gift Policy", f"<h1>ประกาศ{name} เรื่อง เจตนารมณ์นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) ประจำปีงบประมาณ พ.ศ. {y}</h1>"
                "<p>ข้าพเจ้าพร้อมด้วยคณะผู้บริหาร พนักงานส่วนตำบล และพนักงานจ้างทุกคน จะไม่รับของขวัญและของกำนัลทุกชนิด "
                "ก่อน ขณะ และหลังการปฏิบัติหน้าที่</p>" + sign),
        "O32": ("การสร้างวัฒนธรรม No Gift Policy", f"<h1>กิจกรรมประชุมชี้แจงสร้างวัฒนธรรม No Gift Policy ปี {y}</h1>"
                f"<p>เมื่อวันที่ 9 มกราคม {y} {name} จัดประชุมพนักงาน ถ่ายทอดนโยบายไม่รับของขวัญ (No Gift Policy) "
                "ให้ความรู้ความเข้าใจเรื่องผลประโยชน์ทับซ้อนและการปฏิเสธการรับของขวัญ มีผู้เข้าร่วม 41 คน</p><p><img src=\"/images/nogift.png\" alt=\"\"></p>"),
        "O33": ("รายงานผลตามนโยบาย No Gift Policy", f"<h1>รายงานผลการดำเนินการตามนโยบาย No Gift Policy รอบ 6 เดือน ปีงบประมาณ พ.ศ. {y}</h1>"
                f"<p>{period(y, 6)}</p><p>การประเมินผล: ไม่พบการรับของขวัญหรือของกำนัล จำนวน 0 ครั้ง เจ้าหน้าที่รับทราบนโยบายครบร้อยละ 100</p>"),
        "O34": ("การประเมินความเสี่ยงการทุจริต", f"<h1>รายงานการประเมินความเสี่ยงการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. {y}</h1>"
                "<table border=\"1\"><tr><th>เหตุการณ์ความเสี่ยง</th><th>ระดับความเสี่ยง</th><th>มาตรการควบคุม</th></tr>"
                "<tr><td>การใช้รถยนต์ส่วนกลางไปใช้ประโยชน์ส่วนตน</td><td>ปานกลาง</td><td>จัดทำสมุดบันทึกการใช้รถ</td></tr>"
                "<tr><td>การเอื้อประโยชน์ผู้เสนอราคาในการจัดซื้อจัดจ้าง</td><td>สูง</td><td>เผยแพร่ประกาศทุกขั้นตอน</td></tr></table>"),
        "O35": ("การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต", f"<h1>การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต ปีงบประมาณ พ.ศ. {y}</h1>"
                f"<p>เมื่อวันที่ 20 มีนาคม {y} คณะทำงานบริหารความเสี่ยงติดตามมาตรการควบคุมตามผลการประเมินความเสี่ยงการทุจริต "
                "ได้แก่ ตรวจสมุดบันทึกการใช้รถยนต์ส่วนกลาง และตรวจสอบการเผยแพร่ประกาศจัดซื้อจัดจ้าง</p>"),
        "O36": ("แผนปฏิบัติการป้องกันการทุจริต", ("<h1>แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. {0}-{1})</h1>" if range_of("O36", y)[0] != range_of("O36", y)[1]
                else "<h1>แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. {0}</h1>").format(*range_of("O36", y))
                + f"<p>{name}</p><table border=\"1\"><tr><th>โครงการ/กิจกรรม</th><th>งบประมาณ</th><th>ช่วงเวลาดำเนินการ</th></tr>"
                "<tr><td>โครงการอบรมคุณธรรมจริยธรรม</td><td>20,000</td><td>ม.ค.-มี.ค.</td></tr><tr><td>กิจกรรมเผยแพร่ข้อมูลข่าวสาร</td><td>ไม่ใช้งบประมาณ</td><td>ต.ค.-ก.ย.</td></tr></table>"),
        "O37": ("รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ 6 เดือน", f"<h1>รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ 6 เดือน ปีงบประมาณ พ.ศ. {y}</h1>"
                f"<p>{period(y, n)}</p>" + month_table(y, n, ["โครงการ/กิจกรรม", "ความก้าวหน้า", "งบประมาณที่ใช้"],
                                                       lambda i: [["อบรมคุณธรรม", "เผยแพร่ข้อมูล", "ประกาศเจตนารมณ์", "ตรวจสอบภายใน", "ประชุมคณะทำงาน", "รับเรื่องร้องเรียน"][i],
                                                                  "ดำเนินการแล้ว", f"{i * 2_000:,}"])),
        "O38": ("รายงานผลการดำเนินการป้องกันการทุจริตประจำปี", f"<h1>รายงานผลการดำเนินการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. {y}</h1>"
                "<p>(1) ผลการดำเนินโครงการ: ดำเนินการ 14 โครงการ/กิจกรรม</p><p>(2) ผลการใช้จ่ายงบประมาณ 86,500 บาท</p>"
                "<p>(3) ปัญหา/อุปสรรค: กิจกรรมบางส่วนเลื่อนเพราะสถานการณ์โรคระบาด</p><p>(4) ข้อเสนอแนะ: บูรณาการกับภาคประชาชน</p>"),
        "O39": ("ประมวลจริยธรรม", f"<h1>ประมวลจริยธรรมของพนักงานส่วนท้องถิ่น</h1><p>{name}</p><p>หมวด 1 มาตรฐานจริยธรรม: ยึดมั่นในสถาบันหลักของประเทศ "
                "ซื่อสัตย์สุจริต มีจิตสำนึกที่ดี รับผิดชอบ ยึดถือประโยชน์ของประเทศชาติ</p><p>ข้อกำหนดจริยธรรม: เจ้าหน้าที่ต้องไม่ใช้ตำแหน่งหน้าที่แสวงหาประโยชน์</p>"),
        "O40": ("การขับเคลื่อนจริยธรรม", f"<h1>การขับเคลื่อนจริยธรรม ปีงบประมาณ พ.ศ. {y}</h1><p>(1) คำสั่งแต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม ลงวันที่ 5 ตุลาคม {y - 1}</p>"
                "<p>(2) แนวปฏิบัติ Do &amp; Don't ตามประมวลจริยธรรม</p>" + ("<p>(3) การฝึกอบรมส่งเสริมจริยธรรม: อยู่ระหว่างดำเนินการ</p>"
                if site.mode("O40") == "inprogress" else f"<p>(3) โครงการอบรมส่งเสริมคุณธรรมจริยธรรม จัดเมื่อ 17 กุมภาพันธ์ {y}</p>")),
        "O41": ("การประเมินจริยธรรมของเจ้าหน้าที่ของรัฐ", f"<h1>รายงานการประเมินจริยธรรมของเจ้าหน้าที่ ปีงบประมาณ พ.ศ. {y}</h1>"
                "<p>นำผลการประเมินพฤติกรรมทางจริยธรรมไปใช้ประกอบการพิจารณาเลื่อนขั้นเงินเดือนและการประเมินผลการปฏิบัติงาน รอบที่ 1</p>"),
        "O42": ("มาตรการส่งเสริมคุณธรรมและความโปร่งใส", f"<h1>การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี พ.ศ. {y}</h1>"
                f"<p>{name} ได้คะแนน 84.62 ระดับ A</p><p>(1) ประเด็นที่เป็นจุดอ่อนต้องแก้ไขเร่งด่วน: การเปิดเผยข้อมูลด้านการบริหารทรัพยากรบุคคล</p>"
                "<p>(2) ประเด็นที่ต้องพัฒนา: การป้องกันการทุจริต</p><p>มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน: ผู้รับผิดชอบ ขั้นตอน และการติดตามผล</p>"),
        "O43": ("การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส", f"<h1>รายงานการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ พ.ศ. {y}</h1>"
                "<p>ได้นำมาตรการไปปฏิบัติ: ปรับปรุงหน้าเว็บไซต์ข้อมูลบุคลากร จัดอบรมการป้องกันการทุจริต ติดตามผลทุกไตรมาส</p>"
                + ("" if site.mode("O43") == "noqr" else "<p>QR code แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) "
                   "<img src=\"/images/eit-qr.png\" alt=\"QR code EIT\"></p>")),
    }
    if code in T:
        title, body = T[code]
        if site.mode(code) == "inprogress":
            body = "<p style=\"color:red\">อยู่ระหว่างดำเนินการ</p>" + body
        return title, body
    raise KeyError(code)


# ----------------------------------------------------------------------------------------------- pages

def png(w: int = 40, h: int = 30, rgb=(120, 160, 200)) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


class Writer:
    """Collects a site's files (pages, PDFs, images) and writes them."""

    def __init__(self, site: Site):
        self.site = site
        self.root = SITES_DIR / site.host
        self.files: dict[str, bytes | str] = {}
        self.pdfs: list[tuple[str, str]] = []
        self.office: list[tuple[str, str]] = []
        self.manifest: dict = {}

    def page(self, path: str, title: str, body: str, bare: bool = False) -> None:
        self.files[path] = body if bare else (title, body)   # laid out at flush, when the menu is known

    def pdf(self, path: str, body: str) -> None:
        """A document: PDF by default, DOCX/XLSX when the path says so (the body is then written as paragraphs)."""
        if self.site.opt.get("thai_digits_docs"):
            body = re.sub(r">([^<]+)<", lambda m: ">" + m.group(1).translate(TH_DIGITS) + "<", f">{body}<")[1:-1]
        if path.endswith((".docx", ".xlsx")):
            self.office.append((path, body))
        else:
            self.pdfs.append((path, body))

    def image(self, path: str) -> None:
        self.files[path] = png(rgb=tuple(hashlib.md5(path.encode()).digest()[:3]))


def file_path(root: Path, rel: str) -> Path:
    rel = rel.lstrip("/")
    return root / (rel + "index.html" if rel.endswith("/") or rel == "" else rel)


def flush(writers: list[Writer]) -> None:
    jobs = []
    CACHE.mkdir(exist_ok=True)
    for w in writers:
        if w.root.exists():
            mine = w.root / "expected.yaml"
            if not mine.exists() or f"agency: {w.site.agency}\n" not in mine.read_text(encoding="utf-8"):
                raise SystemExit(f"{w.root} exists and is not ours: pick another host")
            shutil.rmtree(w.root)
        w.root.mkdir(parents=True)
        for rel, data in w.files.items():
            dest = file_path(w.root, rel)
            dest.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(data, tuple):
                data = w.site.opt["layout"](w.site, *data)
            dest.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        for _rel, body in w.pdfs:
            key = CACHE / (hashlib.sha1(body.encode()).hexdigest() + ".pdf")
            if not key.exists():
                jobs.append((key, body, False))
        write_expected(w.site, w)
        (w.root / "manifest.yaml").write_text(yaml.safe_dump(w.manifest, allow_unicode=True) if w.manifest else "{}\n",
                                              encoding="utf-8")
    make_pdfs(jobs)
    from farm.make_sites import write_docx
    for w in writers:
        for rel, body in w.office:
            dest = file_path(w.root, rel)
            if rel.endswith(".docx"):
                write_docx(dest, re.sub(r"<[^>]+>", "", body.split("</h1>")[0]), body.split("</h1>", 1)[-1])
            else:
                write_sheet(dest, body)
        for rel, body in w.pdfs:
            dest = file_path(w.root, rel)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(CACHE / (hashlib.sha1(body.encode()).hexdigest() + ".pdf"), dest)


def make_pdfs(jobs: list) -> None:
    """HTML bodies -> text-layer Thai PDFs with LibreOffice (HTML -> ODT -> PDF, as farm.make_sites does), using a
    LibreOffice profile of our own so that other builders running soffice at the same time do not collide."""
    import subprocess
    import tempfile
    profile = "-env:UserInstallation=file:///tmp/menus_and_outside_lo_profile"
    with tempfile.TemporaryDirectory() as tmp:
        sources = []
        for k, (_, body, _) in enumerate(jobs):
            src = Path(tmp) / f"doc{k}.html"
            src.write_text(f'<html><head><meta charset="utf-8"><style>body{{font-family:"Garuda","Loma"}}</style>'
                           f"</head><body>{body}</body></html>", encoding="utf-8")
            sources.append(str(src))
        for start in range(0, len(sources), 40):
            batch = sources[start:start + 40]
            for target, files in (("odt", batch), ("pdf", [b.replace(".html", ".odt") for b in batch])):
                subprocess.run(["soffice", profile, "--headless", "--convert-to", target, "--outdir", tmp, *files],
                               check=True, capture_output=True)
        for k, (dest, _, _) in enumerate(jobs):
            shutil.copy(Path(tmp) / f"doc{k}.pdf", dest)


OUTSIDE: dict[str, str] = {}   # outside URL (without scheme) -> page


def outside(url: str, title: str, body: str = "") -> str:
    """Register an outside page the farm must serve; return the URL."""
    OUTSIDE[url.split("://", 1)[1]] = (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
                                       f"</head><body><h1>{html.escape(title)}</h1>{body}</body></html>")
    return url


def write_outside() -> None:
    for rest, page_html in OUTSIDE.items():
        host, _, path = rest.partition("/")
        path, _, query = path.partition("?")
        base = SITES_DIR / host / path
        # Maps embeds differ only by query: one file each (<path>@<query>); Drive's ?usp=sharing is served by the folder
        dest = base.parent / f"{base.name}@{query}" if query and base.name == "embed" else base / "index.html"
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(page_html, encoding="utf-8")


def social(site: Site) -> list[tuple[str, str]]:
    """Facebook and LINE links of the site; a dead Facebook page (mode dead on O9) is not registered."""
    fb = f"https://www.facebook.com/{site.agency}.official"
    if site.mode("O9") != "dead":
        outside(fb, f"{site.name_th} | Facebook", f"<p>เพจทางการของ{site.name_th}</p>")
    line = outside(f"https://line.me/R/ti/p/@{site.agency}", f"LINE Official {site.short}")
    return [(fb, "facebook"), (line, "line")]


def contact_block(site: Site, map_kind: str = "iframe") -> str:
    lat = 14 + int(hashlib.md5(site.host.encode()).hexdigest()[:4], 16) % 400 / 100
    addr = (f"<p>{site.name_th} {site.opt['address']} จังหวัด{site.province} {site.opt['zip']}</p>"
            f"<p>โทรศัพท์ {site.opt['tel']} โทรสาร {site.opt['fax']}</p><p>อีเมล : saraban@{site.host.removeprefix('www.')}</p>")
    if site.mode("O5") == "nomap":
        return addr + "<p>แผนที่ตั้ง (ยังไม่มีแผนที่)</p>"
    if map_kind == "iframe":
        src = outside(f"https://www.google.com/maps/embed?pb=!1m14!1m12!1m3!1d3800!2d100.{site.agency}!3d{lat:.2f}",
                      "Google Maps")
        return addr + f"<p>แผนที่ตั้ง</p><iframe src=\"{html.escape(src)}\" width=\"400\" height=\"250\" style=\"border:0\"></iframe>"
    url = outside(f"https://www.google.com/maps/place/{lat:.4f},100.{len(site.agency)}123/", f"{site.name_th} - Google Maps")
    return addr + f"<p><a href=\"{url}\">แผนที่ตั้งหน่วยงาน (Google Maps)</a></p>"


def executives(site: Site) -> str:
    p = people(site)
    mode = site.mode("O2")
    rows = [(p[0], f"นายก{site.type}"), (p[1], f"รองนายก{site.type}"), (p[2], f"รองนายก{site.type}"),
            (p[3], f"เลขานุการนายก{site.type}"), (p[4], f"ปลัด{site.type}"), (p[5], "ผู้อำนวยการกองคลัง")]
    cards = []
    for i, (who, pos) in enumerate(rows):
        img = "" if mode == "nophoto" else f"<img src=\"/images/exec{i}.png\" class=\"img-responsive\">"
        tel = "" if mode == "nocontact" else f"<p><i class=\"fa fa-phone\"></i> โทร. 08{i + 1}-{314 + i}-{2270 + 7 * i}</p>"
        cards.append(f"<div class=\"col-md-4\"><div class=\"card\">{img}<div class=\"card-body\"><h5>{who}</h5>"
                     f"<p>{pos}</p>{tel}</div></div></div>")
    return f"<h1>คณะผู้บริหาร</h1><div class=\"row\">{''.join(cards)}</div>"


def webboard(w: Writer, base: str, broken: bool) -> None:
    """A Q&A board with a question form and answered threads (``base`` is /webboard/ or board.php)."""
    site = w.site
    if broken:
        w.manifest.setdefault("status", {})["/" + base.strip("/")] = 500
        return
    threads = [("สอบถามเรื่องการชำระภาษีที่ดินและสิ่งปลูกสร้าง", "ชำระได้ที่กองคลังภายในเดือนเมษายน หรือโอนผ่านธนาคาร"),
               ("ขอทราบกำหนดการจ่ายเบี้ยยังชีพผู้สูงอายุ", "จ่ายทุกวันที่ 10 ของเดือน ผ่านบัญชีธนาคาร"),
               ("ไฟส่องสว่างหมู่ 5 ดับ แจ้งได้ที่ไหนครับ", "กองช่างรับเรื่องแล้ว จะดำเนินการภายใน 3 วัน")]
    lst = "".join(f"<tr><td><a href=\"{base}topic-{i}.html\">{q}</a></td><td>ตอบ 1</td></tr>" for i, (q, _) in enumerate(threads, 1))
    w.page(base, "กระดานถาม-ตอบ (Webboard)",
           f"<h1>กระดานถาม-ตอบ</h1><table>{lst}</table><h3>ตั้งกระทู้ถามใหม่</h3><form method=\"post\" action=\"{base}post.php\">"
           "<input name=\"subject\" placeholder=\"หัวข้อ\"><input name=\"name\" placeholder=\"ชื่อผู้ถาม\">"
           "<textarea name=\"detail\"></textarea><button type=\"submit\">ส่งคำถาม</button></form>")
    for i, (q, a) in enumerate(threads, 1):
        w.page(f"{base}topic-{i}.html", q, f"<h1>{q}</h1><p>ถามโดย ประชาชน</p><div class=\"reply\"><b>ตอบโดย admin {site.short}</b>"
                                            f"<p>{a}</p></div>")


def form_page(title: str, intro: str) -> str:
    return (f"<h1>{title}</h1><p>{intro}</p><form method=\"post\" action=\"/form_submit.php\"><label>ชื่อ-นามสกุล</label>"
            "<input name=\"name\"><label>เบอร์โทรศัพท์</label><input name=\"tel\"><label>รายละเอียด</label><textarea name=\"detail\"></textarea>"
            "<button type=\"submit\">ส่งข้อมูล</button></form>")


EXTRA_PAGES = {"O8", "O9", "O18", "O28"}


def news_and_gallery(w: Writer, prefix: str, n_pages: int, y: int) -> list[tuple[str, str]]:
    """A paginated news archive and a gallery that compete for the crawl budget; returns (url, title) of posts."""
    topics = ["ประชุมสภาสมัยสามัญ", "กิจกรรมวันเด็กแห่งชาติ", "รณรงค์ป้องกันไข้เลือดออก", "ซ่อมแซมถนนลูกรัง", "มอบถุงยังชีพผู้ประสบอุทกภัย",
              "ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า", "ประกาศรับสมัครพนักงานจ้าง", "กิจกรรม Big Cleaning Day", "ประชาสัมพันธ์ชำระภาษี",
              "โครงการผู้สูงอายุสุขภาพดี", "ตรวจเยี่ยมศูนย์พัฒนาเด็กเล็ก", "แข่งขันกีฬาต้านยาเสพติด"]
    posts = []
    for k in range(n_pages * 3):
        t = topics[k % len(topics)]
        m = [10, 11, 12, 1, 2, 3, 4, 5, 6][k % 9]
        yy = y - 1 if m >= 10 else y
        url = f"{prefix}news-{k + 1}.html"
        w.page(url, t, f"<h1>{t}</h1><p>วันที่ {3 + k % 25} {TH_MONTHS[m]} {yy}</p><p>{w.site.name_th} {t} "
                       "โดยมีคณะผู้บริหาร สมาชิกสภา และประชาชนเข้าร่วม</p><img src=\"/images/news.png\">")
        posts.append((url, f"{t} ({3 + k % 25} {TH_MONTHS[m]} {yy})"))
    for pg in range(1, n_pages + 1):
        items = posts[(pg - 1) * 3: pg * 3]
        nav = " ".join(f"<a href=\"{prefix}page-{q}.html\">{q}</a>" for q in range(1, n_pages + 1) if q != pg)
        w.page(f"{prefix}page-{pg}.html", f"ข่าวประชาสัมพันธ์ หน้า {pg}",
               "<h1>ข่าวประชาสัมพันธ์</h1><ul>" + "".join(f"<li><a href=\"{u}\">{t}</a></li>" for u, t in items)
               + f"</ul><div class=\"pagination\">{nav}</div>")
    w.image("/images/news.png")
    pics = "".join(f"<a href=\"/gallery/photo-{k}.html\"><img src=\"/images/g{k}.png\"></a>" for k in range(1, 5))
    w.page("/gallery/", "ภาพกิจกรรม", f"<h1>ภาพกิจกรรม</h1>{pics}")
    for k in range(1, 5):
        w.image(f"/images/g{k}.png")
        w.page(f"/gallery/photo-{k}.html", f"ภาพกิจกรรม {k}", f"<img src=\"/images/g{k}.png\"><p>ภาพกิจกรรมที่ {k}</p>")
    return posts


def common_images(w: Writer) -> None:
    for name in ["structure", "pracha", "nogift", "eit-qr", "logo", "ita", "banner1", "banner2"] + [f"exec{i}" for i in range(6)]:
        w.image(f"/images/{name}.png")


# ----------------------------------------------------------------------------------------------- layout

def render_menu(tree: list, ul_class: str = "") -> str:
    """Nested <ul> menu: entries are (label, url) or (label, [children])."""
    out = []
    for label, target in tree:
        if isinstance(target, list):
            out.append(f"<li><a href=\"#\">{label}</a>{render_menu(target)}</li>")
        else:
            out.append(f"<li><a href=\"{html.escape(target)}\">{label}</a></li>")
    cls = f" class=\"{ul_class}\"" if ul_class else ""
    return f"<ul{cls}>{''.join(out)}</ul>"


def layout(site: Site, title: str, body: str) -> str:
    o = site.opt
    icons = "".join(f"<a href=\"{u}\" target=\"_blank\"><i class=\"fa fa-{k}\"></i></a>" for u, k in o["social"])
    foot = contact_block(site, o.get("map_kind", "iframe")) if o.get("footer_contact") else \
        f"<p>{site.name_th} {o['address']} จังหวัด{site.province} {o['zip']} โทร. {o['tel']}</p>"
    extra_foot = o.get("footer_links", "")
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta http-equiv="Content-Type" content="text/html; charset={o.get('encoding', 'utf-8')}"><title>{html.escape(title)} - {html.escape(site.name_th)}</title>
<link rel="stylesheet" href="/css/style.css"></head>
<body>
<div id="top-head"><div class="container"><div class="logo"><img src="/images/logo.png" alt="logo"><span>{html.escape(site.name_th)}</span>
<small>{html.escape(site.name_en)}</small></div><div class="social-top">{icons}</div></div></div>
<div id="{o['menu_id']}" class="{o['menu_class']}">{o['menu_html']}</div>
<div id="main-content" class="container">
{body}
</div>
<div id="bottom"><div class="container">{foot}{extra_foot}<p>Copyright &copy; {site.data_year - 543} {html.escape(site.host)} All rights reserved.</p></div></div>
</body></html>
"""


def write_sheet(path: Path, body: str) -> None:
    """An XLSX whose rows are the heading, paragraphs and table rows of ``body``."""
    import openpyxl
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    for block in re.findall(r"<h1>.*?</h1>|<p>.*?</p>|<tr>.*?</tr>", body):
        cells = re.findall(r"<t[dh]>(.*?)</t[dh]>", block) or [re.sub(r"<[^>]+>", "", block)]
        ws.append(cells)
    wb.save(path)


def strip_img(body: str) -> str:
    import re
    return re.sub(r"<img[^>]*>", "", body)


def page_with_doc(label: str, doc_url: str, style: int, intro: str = "") -> str:
    link = [f"<a href=\"{doc_url}\">ดาวน์โหลด</a>", f"<a href=\"{doc_url}\" target=\"_blank\">คลิกที่นี่</a>",
            f"<a href=\"{doc_url}\"><img src=\"/images/pdf.png\"></a>", f"<a href=\"{doc_url}\">รายละเอียด</a>"][style % 4]
    return f"<h1>{label}</h1>{intro}<p>เอกสารประกอบ {link}</p>"


DENIAL = ["อยู่ระหว่างดำเนินการ", "ไม่มีข้อมูล", "-", "ยังไม่มีข้อมูล"]


# ----------------------------------------------------------------------------------------------- menu_only

MENU_GROUPS = [
    ("ข้อมูลพื้นฐาน", [("history", "ประวัติความเป็นมา"), ("O1", "โครงสร้างองค์กร"), ("O2", "คณะผู้บริหาร"), ("O3", "อำนาจหน้าที่"),
                       ("O6", "กฎหมายที่เกี่ยวข้อง")]),
    ("แผนพัฒนา", [("O4", "แผนพัฒนาท้องถิ่น"), ("O11", "แผนการดำเนินงาน"), ("O12", "รายงานติดตามผลรอบ 6 เดือน"),
                  ("O13", "รายงานผลการดำเนินงานประจำปี")]),
    ("งานการเงินการคลัง", [("O19", "แผนการจัดซื้อจัดจ้าง"), ("O20", "ประกาศจัดซื้อจัดจ้าง"), ("O21", "สรุปผลการจัดซื้อจัดจ้าง (สขร.1)"),
                           ("O22", "รายงานผลการจัดซื้อจัดจ้างประจำปี")]),
    ("บุคลากร", [("O23", "แผนพัฒนาบุคลากร"), ("O24", "ผลการดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล"),
                 ("O25", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล"), ("O26", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล"),
                 ("O14", "คู่มือการปฏิบัติงาน")]),
    ("บริการประชาชน", [("O15", "คู่มือสำหรับประชาชน"), ("O16", "สถิติการให้บริการ"), ("O17", "ผลสำรวจความพึงพอใจ"),
                       ("O18", "E-Service ยื่นคำร้องออนไลน์")]),
    ("ร้องเรียน", [("O27", "คู่มือการจัดการเรื่องร้องเรียนการทุจริต"), ("O28", "แจ้งเรื่องร้องเรียนการทุจริต"),
                   ("O29", "สถิติเรื่องร้องเรียนการทุจริต")]),
    ("ป้องกันทุจริต", [("O31", "ประกาศเจตนารมณ์ No Gift Policy"), ("O33", "รายงานผล No Gift Policy"),
                       ("O34", "การประเมินความเสี่ยงการทุจริต"), ("O36", "แผนปฏิบัติการป้องกันการทุจริต"),
                       ("O37", "รายงานติดตามการป้องกันการทุจริต รอบ 6 เดือน"), ("O38", "รายงานผลการป้องกันการทุจริตประจำปี"),
                       ("O39", "ประมวลจริยธรรม"), ("O40", "การขับเคลื่อนจริยธรรม"), ("O41", "การประเมินจริยธรรม"),
                       ("O42", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส"), ("O43", "การดำเนินการตามมาตรการส่งเสริมคุณธรรม")]),
]
NEWS_ONLY = ["O30", "O32", "O35"]   # published only as news posts


def build_menu_only(site: Site) -> Writer:
    w = Writer(site)
    o = site.opt
    where: dict[str, str] = {}
    scheme = o["scheme"]
    counter = iter(range(11, 400))
    docs_seen: dict[str, str] = {}

    def page_url(key: str) -> str:
        n = next(counter)
        return {"static": f"/content/page_{n}.html", "vendor": f"/index.php?module=content&id={n}", "wp": f"/?page_id={n * 7}"}[scheme]

    def doc_url(code: str) -> str:
        ext = o.get("office", {}).get(code)
        url = doc_url_pdf(code)
        return url if not ext else url.rsplit(".", 1)[0] + "." + ext if scheme != "vendor" else url + "&type=" + ext

    def doc_url_pdf(code: str) -> str:
        n = 1000 + int(code[1:]) * 37
        y = site.doc_year(code)
        if scheme == "static":
            return f"/fileupload/data_{n}.pdf"
        if scheme == "vendor":
            return f"/download.php?id={n}"
        thai = quote(ITEMS[code]["title_th"].split()[0][:18] + str(y % 100))   # WordPress writes upload URLs encoded
        return f"/wp-content/uploads/{y - 543}/0{1 + int(code[1:]) % 9}/{thai}.pdf"

    def store(rel: str) -> str:
        """File name under the site root for a URL (query pages become <path>@<query>)."""
        path, _, q = rel.partition("?")
        return f"{path.rstrip('/') if q else path}@{q}" if q else path

    o["social"] = social(site)
    posts = news_and_gallery(w, "/news/", o.get("news_pages", 6), site.data_year)
    menu = [("หน้าแรก", "/")]
    pages: dict[str, tuple[str, str]] = {}
    for group, entries in MENU_GROUPS:
        sub = []
        for code, label in entries:
            if code == "history":
                url = page_url(code)
                pages[url] = (label, f"<h1>ประวัติความเป็นมา</h1><p>{site.name_th} ยกฐานะจากสภาตำบลเมื่อ พ.ศ. 2540 มี 12 หมู่บ้าน</p>")
                sub.append((label, url))
                continue
            mode = site.mode(code)
            if mode == "absent":
                where[code] = "ไม่มีในเมนูใด"
                continue
            url = page_url(code)
            sub.append((label, url))
            where[code] = f"เมนู {group} ▸ {label} ({url})"
            if mode == "denial":
                pages[url] = (label, f"<h1>{label}</h1><p>{DENIAL[int(code[1:]) % 2]}</p>")
                continue
            if code == "O2":
                pages[url] = (label, executives(site))
            elif code == "O18":
                pages[url] = (label, form_page("E-Service ยื่นคำร้องออนไลน์", "ยื่นคำร้องขอรับบริการ เช่น ขอน้ำประปา ขอใช้สถานที่ "
                                                "ขอรับเบี้ยยังชีพ ผ่านระบบออนไลน์ ไม่ต้องเดินทางมาที่สำนักงาน"))
            elif code == "O28":
                pages[url] = (label, form_page("แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "ช่องทางนี้แยกจากการร้องเรียนทั่วไป "
                                               "ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ"))
            elif code in {"O1", "O3", "O6"}:
                pages[url] = (label, content(site, code)[1])
            else:
                d = doc_url(code)
                title, body = content(site, code)
                intro = "<p style=\"color:red\">อยู่ระหว่างดำเนินการ</p>" if mode == "inprogress" else ""
                pages[url] = (label, page_with_doc(label, d, int(code[1:]), intro))
                if code in o.get("with_old", ()):
                    from dataclasses import replace
                    old = replace(site, data_year=site.data_year - 1, modes={})
                    od = f"/fileupload/data_{3000 + int(code[1:]) * 41}.pdf"
                    w.pdf(od, strip_img(content(old, code)[1]))
                    pages[url] = (label, pages[url][1] + f"<p>{label} ปี {old.doc_year(code)} <a href=\"{od}\">ดาวน์โหลด</a></p>")
                    where[code] += f" (เอกสารปี {old.doc_year(code)} อยู่ด้านล่างด้วย)"
                where[code] += f" → {d}"
                if mode != "dead":
                    w.pdf(store(d), strip_img(body))
                    docs_seen[d] = code
        menu.append((group, sub))
    # news: the news list is also O7; three items are only news posts
    news_items = []
    for code in NEWS_ONLY:
        if site.mode(code) == "absent":
            where[code] = "ไม่มีทั้งในเมนูและในข่าว"
            continue
        url = f"/news/post-{code.lower()}.html"
        title, body = content(site, code)
        w.page(url, title, body)
        news_items.append((url, title))
        where[code] = f"เฉพาะในข่าว {url}"
    listing = "".join(f"<li><a href=\"{u}\">{t}</a></li>" for u, t in news_items + posts[:6])
    w.page("/news/", "ข่าวประชาสัมพันธ์", f"<h1>ข่าวประชาสัมพันธ์</h1><ul>{listing}</ul><a href=\"/news/page-2.html\">หน้าถัดไป</a>")
    where["O7"] = "เมนู ข่าวสาร ▸ ข่าวประชาสัมพันธ์ (/news/) ข่าวมีวันที่"
    menu.append(("ข่าวสาร", [("ข่าวประชาสัมพันธ์", "/news/"), ("ภาพกิจกรรม", "/gallery/")]))
    board = o["board"]
    menu.append(("กระดานถาม-ตอบ", "/" + board.lstrip("/")))
    webboard(w, board if board.endswith("/") else board, site.mode("O8") == "dead500")
    if board.endswith(".php") and site.mode("O8") != "dead500":
        raise ValueError("php boards are used only for the dead one")
    where["O8"] = f"เมนู กระดานถาม-ตอบ ({board})"
    where["O9"] = "ไอคอน Facebook/LINE ที่ส่วนหัวเท่านั้น"
    where["O5"] = "ที่อยู่ โทร โทรสาร อีเมล อยู่ที่ footer ทุกหน้าเท่านั้น"
    if site.mode("O10") != "absent":
        url = page_url("O10")
        pages[url] = ("นโยบายคุ้มครองข้อมูลส่วนบุคคล", content(site, "O10")[1])
        o["footer_links"] = f"<p><a href=\"{url}\">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> | <a href=\"/sitemap.html\">ผังเว็บไซต์</a></p>"
        where["O10"] = f"ลิงก์ที่ footer ({url})"
    else:
        o["footer_links"] = "<p><a href=\"/sitemap.html\">ผังเว็บไซต์</a></p>"
        where["O10"] = "ไม่มีนโยบาย PDPA บนเว็บไซต์"
    o["menu_html"] = render_menu(menu, o.get("ul_class", ""))
    for url, (label, body) in pages.items():
        w.page(store(url), label, body)
    w.page("/sitemap.html", "ผังเว็บไซต์", "<h1>ผังเว็บไซต์</h1>" + render_menu(menu))
    teaser = "".join(f"<li><a href=\"{u}\">{t}</a></li>" for u, t in posts[:5])
    if o.get("calendar"):
        w.manifest["calendar"] = o["calendar"]
        teaser += f"<li><a href=\"{o['calendar']}?m=0\">ปฏิทินกิจกรรม</a></li>"
    w.page("/", site.name_th, f"<div class=\"slide\"><img src=\"/images/banner1.png\"></div><h2>ข่าวประชาสัมพันธ์</h2><ul>{teaser}</ul>"
                              "<a href=\"/news/\">อ่านต่อ</a><h2>ภาพกิจกรรม</h2><a href=\"/gallery/\"><img src=\"/images/g1.png\"></a>")
    common_images(w)
    w.image("/images/pdf.png")
    if scheme == "vendor":
        w.manifest["types"] = {"/download.php": "application/pdf"}
    if o.get("encoding"):
        w.manifest["encoding"] = o["encoding"]
    w.where = where
    return w


# ----------------------------------------------------------------------------------------------- index-based styles

THAI_NUM = lambda n: str(n).translate(TH_DIGITS)  # noqa: E731
CODE_FORMATS = {"O1": lambda n: f"O{n}", "o01": lambda n: f"o{n:02d}", "O.1": lambda n: f"O.{n}", "001": lambda n: f"{n:03d}",
                "thai": THAI_NUM, "kho": lambda n: f"ข้อ {THAI_NUM(n)}"}
SHORT_TITLES = {code: ITEMS[code]["title_th"] for code in CODES}


def year_label(site: Site, code: str) -> str:
    """How a document's title states its year or period (also the Drive file name)."""
    y = site.doc_year(code)
    if code in NO_YEAR:
        return ""
    if code in RANGED:
        a, b = range_of(code, y)
        return f"พ.ศ. {a}-{b}" if a != b else f"ปีงบประมาณ {a}"
    if code in SIX_MONTHS or code == "O33":
        last = "ธ.ค." if site.mode(code) == "months3" else "มี.ค."
        return f"(ต.ค. {y - 1 - 2500} - {last} {y - 2500 if last == 'มี.ค.' else y - 1 - 2500})"
    return f"ปีงบประมาณ {y}"


def drive_file(fid: str, name: str, kind: str = "view") -> str:
    url = f"https://drive.google.com/file/d/{fid}/{kind}" + ("?usp=sharing" if kind == "view" else "")
    outside(url, f"{name} - Google ไดรฟ์", f"<meta property=\"og:title\" content=\"{html.escape(name)}\"><div class=\"drive-viewer\">"
                                          f"<span>{html.escape(name)}</span><a href=\"#\">ดาวน์โหลด</a></div>")
    return url


def index_row(fmt: str, codefmt: str, code: str, title: str, target: str | None, denial: str, k: int) -> str:
    n = int(code[1:])
    label = CODE_FORMATS[codefmt](n)
    texts = ["คลิก", "เปิด", "ดาวน์โหลด", "รายละเอียด"]
    if fmt == "cards":
        link = f"<a href=\"{target}\"><i class=\"fa fa-file-pdf-o\"></i></a>" if target else f"<span class=\"text-muted\">{denial}</span>"
        return f"<div class=\"col-md-3\"><div class=\"card\"><h4>{label} {title}</h4>{link}</div></div>"
    if fmt == "list":
        link = f"<a href=\"{target}\"><i class=\"fa fa-download\"></i></a>" if target else f"<span>({denial})</span>"
        return f"<li><a href=\"#!\">{label} {title}</a> {link}</li>"
    link = f"<a href=\"{target}\" target=\"_blank\">{texts[k % 4]}</a>" if target else denial
    return f"<tr><td>{label}</td><td>{title}</td><td>{link}</td></tr>"


def index_page(site: Site, rows: list[str], fmt: str, heading: str) -> str:
    if fmt == "cards":
        body = f"<div class=\"row\">{''.join(rows)}</div>"
    elif fmt == "list":
        body = f"<ul class=\"oit-list\">{''.join(rows)}</ul>"
    else:
        body = f"<table class=\"table table-bordered\"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{''.join(rows)}</table>"
    return f"<h1>{heading}</h1><p>{site.name_th}</p>{body}"


def inline_item(w: Writer, code: str, prefix: str) -> str | None:
    """On-site pages for items that are web pages rather than documents; returns their URL."""
    site = w.site
    if code == "O2":
        w.page(f"{prefix}executives.html", "คณะผู้บริหาร", executives(site))
        return f"{prefix}executives.html"
    if code == "O5":
        w.page(f"{prefix}contact.html", "ข้อมูลการติดต่อ", "<h1>ข้อมูลการติดต่อ</h1>" + contact_block(site, site.opt.get("map_kind", "iframe")))
        return f"{prefix}contact.html"
    if code == "O7":
        return "/news/"
    if code == "O8":
        return "/webboard/"
    if code == "O9":
        links = "".join(f"<li><a href=\"{u}\">{k.title()} {site.short}</a></li>" for u, k in site.opt["social"])
        w.page(f"{prefix}social.html", "Social Network", f"<h1>Social Network</h1><ul>{links}</ul>")
        return f"{prefix}social.html"
    if code == "O18":
        w.page(f"{prefix}eservice.html", "E-Service", form_page("E-Service ยื่นคำร้องออนไลน์", "ยื่นคำร้องขอรับบริการออนไลน์ "
                                                                   "โดยไม่ต้องเดินทางมายังสำนักงาน"))
        return f"{prefix}eservice.html"
    if code == "O28":
        w.page(f"{prefix}complaint.html", "แจ้งเรื่องร้องเรียนการทุจริต", form_page("ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
                                                                                   "แยกจากการร้องเรียนทั่วไป ผู้แจ้งได้รับการคุ้มครองข้อมูล"))
        return f"{prefix}complaint.html"
    return None


def site_frame(w: Writer, ita_links: list[tuple[str, str]], banner_to: str | None, banner_alt: str | None) -> list:
    """Home page, menu, news, webboard, gallery shared by the index-based styles."""
    site, o = w.site, w.site.opt
    o["social"] = social(site)
    posts = news_and_gallery(w, "/news/", o.get("news_pages", 4), site.data_year)
    w.page("/news/", "ข่าวประชาสัมพันธ์", "<h1>ข่าวประชาสัมพันธ์</h1><ul>" + "".join(f"<li><a href=\"{u}\">{t}</a></li>" for u, t in posts[:6])
           + "</ul><a href=\"/news/page-2.html\">หน้าถัดไป</a>")
    if site.mode("O8") not in {"absent"}:
        webboard(w, "/webboard/", site.mode("O8") == "dead500")
    menu = [("หน้าแรก", "/"), ("ข้อมูลทั่วไป", [("ประวัติ", "/history.html"), ("ติดต่อเรา", "/contact-us.html")]),
            ("ข่าวสาร", [("ข่าวประชาสัมพันธ์", "/news/"), ("ภาพกิจกรรม", "/gallery/")])]
    menu += ita_links
    if site.mode("O8") != "absent":
        menu.append(("กระดานถาม-ตอบ", "/webboard/"))
    o["menu_html"] = render_menu(menu, o.get("ul_class", ""))
    w.page("/history.html", "ประวัติ", f"<h1>ประวัติความเป็นมา</h1><p>{site.name_th} จัดตั้งเมื่อ พ.ศ. 2540</p>")
    w.page("/contact-us.html", "ติดต่อเรา", "<h1>ติดต่อเรา</h1>" + contact_block(site, o.get("map_kind", "iframe")))
    alt = "" if banner_alt is None else f" alt=\"{banner_alt}\""
    banner = f"<a href=\"{banner_to}\"><img src=\"/images/ita.png\"{alt}></a>" if banner_to else ""
    teaser = "".join(f"<li><a href=\"{u}\">{t}</a></li>" for u, t in posts[:5])
    w.page("/", site.name_th, f"<div class=\"slide\"><img src=\"/images/banner1.png\"></div><div class=\"banners\">{banner}"
                              f"<img src=\"/images/banner2.png\"></div><h2>ข่าวประชาสัมพันธ์</h2><ul>{teaser}</ul><a href=\"/news/\">อ่านต่อ</a>")
    common_images(w)
    w.image("/images/pdf.png")
    return posts


def build_indexed(site: Site) -> Writer:
    """iframe_docs, google_drive and stale_year sites: an ITA/OIT index page whose rows lead to the items."""
    w = Writer(site)
    o = site.opt
    where: dict[str, str] = {}
    index_url = o["index_url"]
    site_frame(w, o["menu_ita"], o.get("banner_to", index_url), o.get("banner_alt"))
    rows = []
    for k, code in enumerate(CODES):
        mode = site.mode(code)
        title = SHORT_TITLES[code]
        if mode == "absent":
            where[code] = f"ไม่มีแถวในหน้า {index_url} และไม่มีที่อื่นบนเว็บไซต์"
            continue
        if mode == "denial":
            rows.append(index_row(o["fmt"], o["codefmt"], code, title, None, DENIAL[k % 4], k))
            where[code] = f"แถวในหน้า {index_url} ไม่มีลิงก์"
            continue
        target = o["target"](w, code, k)
        rows.append(index_row(o["fmt"], o["codefmt"], code, title, target, "อยู่ระหว่างดำเนินการ", k))
        where.setdefault(code, f"หน้า {index_url} → {target}")
        if code in w.__dict__.get("extra_where", {}):
            where[code] += " " + w.extra_where[code]
    w.page(store_name(index_url), o["index_title"], index_page(site, rows, o["fmt"], o["index_title"]))
    if o.get("after"):
        o["after"](w, where)
    w.where = where
    return w


def store_name(url: str) -> str:
    path, _, q = url.partition("?")
    return f"{path}@{q}" if q else path


# --- iframe_docs targets

def iframe_target(w: Writer, code: str, k: int) -> str:
    site, o = w.site, w.site.opt
    page = f"/oit/{code.lower()}.html" if o["embed"] != "pdfjs" else None
    inline = inline_item(w, code, "/oit/") if code in INLINE and code not in {"O1", "O3", "O6"} else None
    if inline:
        return inline
    title, body = content(site, code)
    doc = f"/files/ita{site.data_year % 100}/{code.lower()}_{k + 101}.pdf"
    dead = site.mode(code) == "dead"
    if not dead:
        w.pdf(doc, strip_img(body))
    heading = f"<h2>{SHORT_TITLES[code]}</h2>"
    kind = o["embed"]
    if kind == "pdfjs":
        return f"/pdfjs/web/viewer.html?file={doc}"
    if kind == "mixed":
        kind = ["embed", "object", "drive"][k % 3]
    if kind == "iframe":
        w.page(page, title, f"{heading}<iframe src=\"{doc}\" width=\"100%\" height=\"800\"></iframe>")
    elif kind == "embed":
        w.page(page, title, f"{heading}<embed src=\"{doc}\" type=\"application/pdf\" width=\"100%\" height=\"800\">")
    elif kind == "object":
        w.page(page, title, f"{heading}<object data=\"{doc}\" type=\"application/pdf\" width=\"100%\" height=\"800\">"
                            f"<p>เบราว์เซอร์ไม่รองรับ <a href=\"{doc}\">ดาวน์โหลด PDF</a></p></object>")
    else:
        fid = f"1{site.agency}{code}x{hashlib.md5((site.host + code).encode()).hexdigest()[:16]}"
        src = f"https://drive.google.com/file/d/{fid}/preview"
        if not dead:
            drive_file(fid, f"{title} {year_label(site, code)}".strip() + ".pdf", "preview")
        w.pdfs = [(p, b) for p, b in w.pdfs if p != doc]
        w.page(page, title, f"{heading}<iframe src=\"{src}\" width=\"640\" height=\"800\" allow=\"autoplay\"></iframe>")
    return page


def pdfjs_viewer(w: Writer, where: dict) -> None:
    w.page("/pdfjs/web/viewer.html", "PDF.js viewer", "<!DOCTYPE html><html dir=\"ltr\"><head><meta charset=\"utf-8\"><title>PDF.js viewer</title>"
           "<script src=\"viewer.js\"></script></head><body><div id=\"outerContainer\"><div id=\"viewerContainer\"><div id=\"viewer\" "
           "class=\"pdfViewer\"></div></div></div></body></html>", bare=True)
    w.files["/pdfjs/web/viewer.js"] = "/* PDF.js viewer: reads ?file= and renders it */\n"


# --- google_drive targets

def fid_for(site: Site, code: str, extra: str = "") -> str:
    return "1" + hashlib.sha1(f"{site.host}{code}{extra}".encode()).hexdigest()[:26] + site.agency[:5]


def drive_target(w: Writer, code: str, k: int) -> str:
    site, o = w.site, w.site.opt
    title = SHORT_TITLES[code]
    name = f"{title} {year_label(site, code)}".strip() + ".pdf"
    dead = site.mode(code) == "dead"
    if code in o.get("forms", {}):
        fid = fid_for(site, code, "form")
        url = f"https://docs.google.com/forms/d/e/{fid}/viewform"
        label = o["forms"][code]
        outside(url, label, "<form><label>ชื่อ-นามสกุล (ไม่บังคับ)</label><input name=\"entry.1\"><label>รายละเอียด</label>"
                            "<textarea name=\"entry.2\"></textarea><button>ส่ง</button></form>")
        w.extra_where = {**w.__dict__.get("extra_where", {}), code: f"(Google Form: {label})"}
        return url
    if code in INLINE and code not in {"O1", "O3", "O6"}:
        return inline_item(w, code, "/ita/")
    if code in o.get("gsites", set()):
        slug = f"o{int(code[1:])}"
        url = f"https://sites.google.com/view/{site.agency}-ita/{slug}"
        file_url = f"https://drive.google.com/file/d/{fid_for(site, code)}/view?usp=sharing"
        if not dead:
            drive_file(fid_for(site, code), name)
        outside(url, f"{title} - ITA {site.short}", f"<div class=\"tyJCtd\"><p>{title}</p><a href=\"{file_url}\">{name}</a></div>")
        w.extra_where = {**w.__dict__.get("extra_where", {}), code: f"(Google Sites → Drive {name})"}
        return url
    kind = o.get("kinds", {}).get(code, "file")
    fid = fid_for(site, code)
    if kind == "folder":
        url = f"https://drive.google.com/drive/folders/{fid}"
        if not dead:
            n = 3 if site.mode(code) == "months3" else 6
            y = site.doc_year(code)
            files = []
            for m, yy in months(y, n):
                f = fid_for(site, code, m)
                files.append(f"<div class=\"file\"><a href=\"{drive_file(f, f'{title} {m} {yy}.pdf')}\">{title} {m} {yy}.pdf</a></div>")
            outside(url, f"{title} ปี {y} - Google ไดรฟ์", "".join(files))
        w.extra_where = {**w.__dict__.get("extra_where", {}), code: "(โฟลเดอร์ Google Drive รายเดือน)"}
        return url
    if kind in {"document", "spreadsheets"}:
        url = f"https://docs.google.com/{kind}/d/{fid}/edit?usp=sharing"
        app = "Google เอกสาร" if kind == "document" else "Google ชีต"
        if not dead:
            outside(url, f"{name.removesuffix('.pdf')} - {app}", f"<div class=\"kix-appview\">{html.escape(name.removesuffix('.pdf'))}</div>")
        w.extra_where = {**w.__dict__.get("extra_where", {}), code: f"({app}: {name.removesuffix('.pdf')})"}
        return url
    url = f"https://drive.google.com/file/d/{fid}/view?usp=sharing"
    if not dead:
        drive_file(fid, name)
    w.extra_where = {**w.__dict__.get("extra_where", {}), code: f"(ไฟล์ Drive: {name})"}
    return url


# --- stale_year targets (plain PDF links)

def pdf_target(w: Writer, code: str, k: int) -> str:
    site, o = w.site, w.site.opt
    inline = inline_item(w, code, o.get("inline_prefix", "/ita/")) if code in INLINE and code not in {"O1", "O3", "O6"} else None
    if inline:
        return inline
    doc = o["doc_pattern"].format(yy=site.data_year, n=int(code[1:]) * 13 + 2000, code=code.lower())
    if site.mode(code) != "dead":
        w.pdf(store_name(doc), strip_img(content(site, code)[1]))
    return doc


def old_year_page(w: Writer, where: dict) -> None:
    """khlongyai: last year's ITA page (the menu's) with last year's documents, beside this year's (the banner's)."""
    from dataclasses import replace
    site = w.site
    old = replace(site, data_year=site.data_year - 1, modes={c: "ok" for c in CODES}, opt=site.opt)
    rows = []
    for k, code in enumerate(CODES):
        if code in INLINE and code not in {"O1", "O3", "O6"}:
            target = {"O2": "/ita/executives.html", "O5": "/ita/contact.html", "O7": "/news/", "O8": "/webboard/",
                      "O9": "/ita/social.html", "O18": "/ita/eservice.html", "O28": "/ita/complaint.html"}[code]
        else:
            target = f"/fileupload/ita{old.data_year}/{code.lower()}.pdf"
            w.pdf(target, strip_img(content(old, code)[1]))
        rows.append(index_row(site.opt["fmt"], site.opt["codefmt"], code, SHORT_TITLES[code], target, "", k))
        if site.mode(code) == "stale":
            where[code] = (f"หน้า ITA {site.data_year} (แบนเนอร์) แถวนี้เขียนว่า อยู่ระหว่างดำเนินการ; "
                           f"หน้า ITA {old.data_year} (เมนู) มีเอกสาร {target} ของปี {old.doc_year(code)}")
    w.page(f"/ita/{old.data_year}/", f"ITA {old.data_year}", index_page(old, rows, site.opt["fmt"],
                                                                     f"การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี {old.data_year}"))


def stale_target_two_pages(w: Writer, code: str, k: int) -> str | None:
    if w.site.mode(code) == "stale":
        return None
    return pdf_target(w, code, k)


# ----------------------------------------------------------------------------------------------- the sites

def contact(address: str, zip_: str, tel: str, fax: str) -> dict:
    return {"address": address, "zip": zip_, "tel": tel, "fax": fax}


SITES = [
    # ---------------- menu_only
    Site("www.bansa-lampang.go.th", "bansa", "องค์การบริหารส่วนตำบลบ้านสา", "Ban Sa SAO", "อบต.", "ลำปาง", "menu_only", 2566, 2566,
         "No ITA page: items sit in ddsmoothmenu dropdowns (static pages, /fileupload/data_XXXX.pdf), contact only in the footer, "
         "social icons only in the header, O30/O32/O35 only as news posts; a 3-month report, a dead PDF, a placeholder page.",
         modes={"O12": "months3", "O16": "absent", "O26": "dead", "O33": "denial", "O41": "absent"},
         opt={**contact("เลขที่ 99 หมู่ที่ 4 ตำบลบ้านสา อำเภอแจ้ห่ม", "52120", "054-829-301", "054-829-302"),
              "scheme": "static", "menu_id": "smoothmenu1", "menu_class": "ddsmoothmenu", "board": "/webboard/",
              "footer_contact": True, "map_kind": "iframe", "news_pages": 5,
              "with_old": {"O11", "O19"}}),
    Site("www.phoyai-sao.go.th", "phoyai", "องค์การบริหารส่วนตำบลโพธิ์ใหญ่", "Pho Yai SAO", "อบต.", "อุบลราชธานี", "menu_only", 2566, 2566,
         "No ITA page: vendor PHP CMS (index.php?module=content&id=N, download.php?id=N) with sf-menu dropdowns in div.topbar; "
         "the webboard board.php answers 500; executives without photos; footer says (ยังไม่มีแผนที่).",
         modes={"O8": "dead500", "O2": "nophoto", "O5": "nomap", "O17": "stale", "O21": "denial", "O24": "absent", "O38": "dead",
                "O43": "noqr"},
         opt={**contact("เลขที่ 1 หมู่ที่ 2 ตำบลโพธิ์ใหญ่ อำเภอวารินชำราบ", "34190", "045-210-455", "045-210-456"),
              "scheme": "vendor", "menu_id": "topbar", "menu_class": "topbar clearfix", "ul_class": "sf-menu", "board": "/board.php",
              "footer_contact": True, "news_pages": 5, "encoding": "tis-620"}),
    Site("www.phraiwan.go.th", "phraiwan", "เทศบาลตำบลไพรวัลย์", "Phraiwan Subdistrict Municipality", "ทต.", "นราธิวาส", "menu_only", 2566, 2566,
         "No ITA page: WordPress (?page_id=N, percent-encoded Thai upload names) with a cssmenu dropdown; old 2561-2565 local plan only; "
         "no PDPA policy; a page marked อยู่ระหว่างดำเนินการ above its content; a dead upload.",
         modes={"O4": "stale", "O19": "denial", "O37": "months3", "O42": "dead", "O10": "absent", "O40": "inprogress"},
         opt={**contact("เลขที่ 45 หมู่ที่ 1 ตำบลไพรวัลย์ อำเภอตากใบ", "96110", "073-581-220", "073-581-221"),
              "scheme": "wp", "menu_id": "cssmenu", "menu_class": "align-center", "board": "/webboard/",
              "footer_contact": True, "map_kind": "link", "news_pages": 6,
              "calendar": "/events/calendar.php", "office": {"O16": "xlsx", "O14": "docx"}}),
    # ---------------- iframe_docs
    Site("www.donchedi.go.th", "donchedi", "เทศบาลตำบลดอนเจดีย์", "Don Chedi Subdistrict Municipality", "ทต.", "สุพรรณบุรี", "iframe_docs", 2566, 2566,
         "OIT index reached only from a home banner image with no alt text; cards with an icon-only link to item pages that show the "
         "PDF in an <iframe>; one iframe PDF is 404; contact page says (ยังไม่มีแผนที่).",
         modes={"O12": "months3", "O20": "dead", "O29": "denial", "O5": "nomap", "O26": "stale"},
         opt={**contact("เลขที่ 123 หมู่ที่ 1 ตำบลดอนเจดีย์ อำเภอดอนเจดีย์", "72170", "035-591-120", "035-591-121"),
              "menu_id": "mainlinks", "menu_class": "mainlinks", "index_url": "/oit2566/", "menu_ita": [], "banner_alt": None,
              "fmt": "cards", "codefmt": "O1", "index_title": "OIT 2566", "target": iframe_target, "embed": "iframe"}),
    Site("www.nongsarai-sao.go.th", "nongsarai", "องค์การบริหารส่วนตำบลหนองสาหร่าย", "Nong Sarai SAO", "อบต.", "กาญจนบุรี", "iframe_docs", 2566, 2566,
         "ITA table (codes o01..o43, links 'คลิก/เปิด/ดาวน์โหลด') to item pages that show the document with <embed>, <object data> or a "
         "Google Drive preview iframe; one Drive preview is 404; HR rules lack components.",
         modes={"O16": "months3", "O21": "dead", "O25": "fewcomp", "O33": "denial"},
         opt={**contact("เลขที่ 9 หมู่ที่ 6 ตำบลหนองสาหร่าย อำเภอพนมทวน", "71140", "034-552-014", "034-552-015"),
              "menu_id": "topnav-wrap", "menu_class": "topbar", "index_url": "/ita/index.html",
              "menu_ita": [("ITA", [("ITA 2566", "/ita/index.html")])], "banner_alt": "ITA",
              "fmt": "table", "codefmt": "o01", "index_title": "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2566",
              "target": iframe_target, "embed": "mixed"}),
    Site("www.muangkao.go.th", "muangkao", "เทศบาลตำบลเมืองเก่า", "Mueang Kao Subdistrict Municipality", "ทต.", "สุโขทัย", "iframe_docs", 2566, 2566,
         "OIT list (O.1 … with '#!' title anchors and icon-only links) into a PDF.js viewer (viewer.html?file=/files/…pdf); one "
         "viewer points at a missing PDF; complaint statistics for ต.ค.-ธ.ค. only; last year's annual report.",
         modes={"O13": "stale", "O24": "absent", "O39": "dead", "O29": "months3"},
         opt={**contact("เลขที่ 210 หมู่ที่ 3 ตำบลเมืองเก่า อำเภอเมืองสุโขทัย", "64210", "055-697-112", "055-697-113"),
              "menu_id": "hmenu", "menu_class": "hbar", "index_url": "/oit.html",
              "menu_ita": [("ศูนย์ข้อมูลข่าวสาร", [("OIT 2566", "/oit.html")])], "banner_alt": "ITA",
              "fmt": "list", "codefmt": "O.1", "index_title": "การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2566",
              "target": iframe_target, "embed": "pdfjs", "after": pdfjs_viewer}),
    # ---------------- google_drive
    Site("www.thaphon.go.th", "thaphon", "องค์การบริหารส่วนตำบลท่าพล", "Tha Phon SAO", "อบต.", "เพชรบูรณ์", "google_drive", 2566, 2566,
         "OIT table with Thai-digit codes whose documents are Google Drive files (file/d/<id>/view?usp=sharing); one Drive file is 404.",
         modes={"O22": "dead", "O12": "months3", "O31": "denial", "O40": "absent"},
         opt={**contact("เลขที่ 77 หมู่ที่ 5 ตำบลท่าพล อำเภอเมืองเพชรบูรณ์", "67250", "056-781-301", "056-781-302"),
              "menu_id": "navwrap", "menu_class": "topbar", "index_url": "/ita/2566.html",
              "menu_ita": [("ITA", [("OIT ปี 2566", "/ita/2566.html")])], "banner_alt": "ITA",
              "fmt": "table", "codefmt": "thai", "index_title": "ข้อมูลการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ 2566",
              "target": drive_target}),
    Site("www.kutbak.go.th", "kutbak", "เทศบาลตำบลกุดบาก", "Kut Bak Subdistrict Municipality", "ทต.", "สกลนคร", "google_drive", 2566, 2566,
         "OIT table (001…043) linking Google Drive folders of monthly files, Google Docs and Sheets, and Google Forms for E-Service and "
         "corruption complaints; one Drive folder is 404.",
         modes={"O17": "stale", "O40": "denial", "O29": "dead", "O37": "months3"},
         opt={**contact("เลขที่ 1 หมู่ที่ 1 ตำบลกุดบาก อำเภอกุดบาก", "47180", "042-784-111", "042-784-112"),
              "menu_id": "topbar", "menu_class": "topbar", "index_url": "/index.php?page=oit",
              "menu_ita": [("ITA", "/index.php?page=oit")], "banner_alt": None, "fmt": "table", "codefmt": "001",
              "index_title": "OIT 2566 การเปิดเผยข้อมูลสาธารณะ", "target": drive_target,
              "kinds": {"O12": "folder", "O21": "folder", "O24": "folder", "O29": "folder", "O37": "folder", "O14": "document",
                        "O15": "document", "O16": "spreadsheets", "O27": "document"},
              "forms": {"O18": "แบบคำร้องออนไลน์ (E-Service) เทศบาลตำบลกุดบาก", "O28": "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ทต.กุดบาก"}}),
    Site("www.bangkrathum-sao.go.th", "bangkrathum", "องค์การบริหารส่วนตำบลบางกระทุ่ม", "Bang Krathum SAO", "อบต.", "พิษณุโลก", "google_drive", 2566, 2566,
         "OIT list whose anti-corruption items (O31-O43) open Google Sites pages that link Drive files, the rest Drive files; "
         "no webboard at all; a Google Sites page's Drive file is 404.",
         modes={"O34": "dead", "O11": "stale", "O26": "denial", "O8": "absent"},
         opt={**contact("เลขที่ 5 หมู่ที่ 3 ตำบลบางกระทุ่ม อำเภอบางกระทุ่ม", "65110", "055-391-040", "055-391-041"),
              "menu_id": "menubar-x", "menu_class": "bar-top", "index_url": "/ita.html",
              "menu_ita": [("ITA 2566", "/ita.html")], "banner_alt": "", "fmt": "list", "codefmt": "O1",
              "index_title": "ITA 2566 องค์การบริหารส่วนตำบลบางกระทุ่ม", "target": drive_target,
              "gsites": {f"O{n}" for n in range(31, 44)}}),
    # ---------------- stale_year
    Site("www.tharongchang.go.th", "tharongchang", "องค์การบริหารส่วนตำบลท่าโรงช้าง", "Tha Rong Chang SAO", "อบต.", "สุราษฎร์ธานี", "stale_year", 2566, 2565,
         "Not updated: the only ITA page is for 2565 (rows 'ข้อ ๑' …, link 'คลิก') with 2565 documents; judged for 2566.",
         modes={"O27": "denial", "O39": "dead"},
         opt={**contact("เลขที่ 8 หมู่ที่ 2 ตำบลท่าโรงช้าง อำเภอพุนพิน", "84130", "077-311-560", "077-311-561"),
              "menu_id": "topbar", "menu_class": "topbar", "index_url": "/ita/2565.html",
              "menu_ita": [("ITA 2565", "/ita/2565.html")], "banner_alt": "ITA", "fmt": "table", "codefmt": "kho",
              "index_title": "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2565", "target": pdf_target,
              "doc_pattern": "/uploads/ita{yy}/{code}.pdf"}),
    Site("www.wangsai.go.th", "wangsai", "เทศบาลตำบลวังทราย", "Wang Sai Subdistrict Municipality", "ทต.", "กำแพงเพชร", "stale_year", 2567, 2566,
         "Not updated: vendor CMS ITA page index.php?module=ita&year=2566 with 2566 documents (fileupload/data_N.pdf), judged with "
         "the 2567 rulebook; 5-year plans 2566-2570 still cover 2567.",
         modes={"O16": "absent", "O20": "dead"},
         opt={**contact("เลขที่ 199 หมู่ที่ 7 ตำบลวังทราย อำเภอคลองขลุง", "62120", "055-786-220", "055-786-221"),
              "menu_id": "sf-wrap", "menu_class": "topbar", "ul_class": "sf-menu", "index_url": "/index.php?module=ita&year=2566",
              "menu_ita": [("ITA", [("ITA 2566", "/index.php?module=ita&year=2566")])], "banner_alt": None, "fmt": "cards",
              "codefmt": "O1", "index_title": "ITA 2566", "target": pdf_target, "inline_prefix": "/ita/",
              "doc_pattern": "/fileupload/data_{n}.pdf"}),
    Site("www.khlongyai-sao.go.th", "khlongyai", "องค์การบริหารส่วนตำบลคลองใหญ่", "Khlong Yai SAO", "อบต.", "ตราด", "stale_year", 2566, 2566,
         "Two ITA pages: the menu still points at ITA 2565 (all 2565 documents), a home banner (alt=ITA) at ITA 2566 where a few rows "
         "still say อยู่ระหว่างดำเนินการ (only last year's document exists).",
         modes={"O13": "stale", "O22": "stale", "O33": "stale", "O26": "stale", "O21": "months3", "O41": "dead"},
         opt={**contact("เลขที่ 3 หมู่ที่ 1 ตำบลคลองใหญ่ อำเภอคลองใหญ่", "23110", "039-581-300", "039-581-301"),
              "menu_id": "topbar", "menu_class": "topbar", "index_url": "/ita/2566/",
              "menu_ita": [("ITA", "/ita/2565/")], "banner_alt": "ITA", "fmt": "table", "codefmt": "O1",
              "index_title": "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2566", "target": stale_target_two_pages,
              "doc_pattern": "/fileupload/ita{yy}/{code}.pdf", "after": old_year_page, "thai_digits_docs": True}),
]


def write_expected(site: Site, w: Writer) -> None:
    items = {}
    for code in CODES:
        status, why = status_of(site, code)
        items[code] = {"status": status, "why": f"{why}; {w.where.get(code, '')}".strip("; ")}
    doc = {"agency": site.agency, "year": site.year, "style": site.style,
           "registry": {"name_th": site.name_th, "name_en": site.name_en, "type": site.type, "province": site.province,
                        "url": site.url},
           "items": items}
    text = f"# {site.summary}\n" + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=200)
    (w.root / "expected.yaml").write_text(text, encoding="utf-8")


def build() -> list[Site]:
    writers = []
    for site in SITES:
        site.opt["layout"] = layout
        w = build_menu_only(site) if site.style == "menu_only" else build_indexed(site)
        writers.append(w)
    flush(writers)
    write_outside()
    return SITES


if __name__ == "__main__":
    for s in build():
        print(s.host, s.style)
