"""Fixture sites for ITA 2569 (O1–O26) and for the Ministry of Public Health's MOIT list (MOIT1–MOIT22).

Run from the repository root:  python -m farm.builders.ita2569_moit

Writes eight sites under farm/sites/ (and the outside pages they link to: Google Drive, Google Forms, Facebook,
Google Maps). Every site gets an ``expected.yaml`` with the verdicts an assessor would give, judged against the
item lists in /work/shared/notes/ita-years-research.md (§4 for ITA 2569, §8 for MOIT) and oit-years.md.

ITA sites (year 2569, family ita):
  www.banklang-sao.go.th   อบต.บ้านกลาง        ita2569_table      vendor CMS, index.php?module=... pages, OIT 2569 table
  www.maekha.go.th         ทต.แม่คะ            ita2569_wordpress  WordPress, one ?page_id=N page per item
  www.dcep.go.th           กรมส่งเสริมวิสาหกิจชุมชน  ita2569_table  department, card grid "O01"…"O26", Google Drive evidence
  www.khokmuang.go.th      อบต.โคกม่วง         ita2568_list       Joomla; page says 2569 but still uses the 2568 list
MOIT sites (year 2569, family moit):
  www.khamtaklahospital.go.th  รพ.คำตากล้า     moit_hospital  MOIT buttons -> item page -> Drive folder per quarter
  nongwuasohosp.go.th          รพ.หนองวัวซอ    moit_hospital  one page per quarter (ไตรมาส 1…4), Drive file per item
  www.sisawathospital.go.th    รพ.ศรีสวัสดิ์     moit_hospital  item page with quarter panels, PDFs on its own host
  nakaesso.go.th               สสอ.นาแก        moit_hospital  one Drive folder per item, quarter sub-folders
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import sys
from pathlib import Path

import yaml

from farm.make_sites import make_pdfs

SITES_DIR = Path(__file__).resolve().parent.parent / "sites"

CUR, PREV = 2569, 2568

# ITA 2569: research note §4 (ita-years-research.md), checked against oit-years.md "2569".
ITA2569 = [
    ("O1", "โครงสร้าง หน้าที่และอำนาจ"),
    ("O2", "ข้อมูลผู้บริหาร"),
    ("O3", "ข้อมูลการติดต่อและช่องทางการสอบถาม"),
    ("O4", "ข่าวประชาสัมพันธ์"),
    ("O5", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน"),
    ("O6", "แผนและความก้าวหน้าในการดำเนินงานและการใช้จ่ายงบประมาณประจำปี"),
    ("O7", "รายงานผลการดำเนินงานประจำปี"),
    ("O8", "คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่"),
    ("O9", "คู่มือหรือแนวทางการขอรับบริการสำหรับผู้รับบริการหรือผู้มาติดต่อ"),
    ("O10", "ระบบการให้บริการผ่านช่องทางออนไลน์ (E-SERVICE)"),
    ("O11", "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน"),
    ("O12", "รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุของหน่วยงาน (ประจำปี)"),
    ("O13", "หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล"),
    ("O14", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล"),
    ("O15", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม"),
    ("O16", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"),
    ("O17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"),
    ("O18", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"),
    ("O19", "ผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน"),
    ("O20", "การขับเคลื่อนนโยบาย NO GIFT POLICY จากการปฏิบัติหน้าที่และการเสริมสร้างความรู้เกี่ยวกับหลักเกณฑ์"
            "การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าพนักงานของรัฐ"),
    ("O21", "การประเมินความเสี่ยงการทุจริตในหน่วยงานภาครัฐ"),
    ("O22", "รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริตของหน่วยงาน"),
    ("O23", "แผนปฏิบัติการป้องกันการทุจริต"),
    ("O24", "รายงานผลการดำเนินการป้องกันการทุจริต"),
    ("O25", "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร"),
    ("O26", "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"),
]
TITLE = dict(ITA2569)

# ITA 2568 as an agency that did not update its list shows it: research note §3 / oit-years.md "2568".
ITA2568 = [
    ("O1", "โครงสร้างและอำนาจหน้าที่"), ("O2", "ข้อมูลผู้บริหาร"), ("O3", "ข้อมูลการติดต่อ"),
    ("O4", "ข่าวประชาสัมพันธ์"), ("O5", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน"),
    ("O6", "แผนและความก้าวหน้าในการดำเนินงานและการใช้จ่ายงบประมาณประจำปี"), ("O7", "รายงานผลการดำเนินงานประจำปี"),
    ("O8", "คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่"),
    ("O9", "คู่มือหรือแนวทางการขอรับบริการสำหรับผู้รับบริการหรือผู้มาติดต่อ"), ("O10", "E–Service"),
    ("O11", "ข้อมูลสถิติการให้บริการ"),
    ("O12", "รายการการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ และความก้าวหน้าการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ"),
    ("O13", "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี"), ("O14", "แผนการบริหารและพัฒนาทรัพยากรบุคคล"),
    ("O15", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี"), ("O16", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม"),
    ("O17", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"),
    ("O18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"),
    ("O19", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบประจำปี"), ("O20", "การเปิดโอกาสให้เกิดการมีส่วนร่วม"),
    ("O21", "ประกาศเจตนารมณ์และการสร้างวัฒนธรรม ตามนโยบาย No Gift Policy จากการปฏิบัติหน้าที่"),
    ("O22", "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา"),
    ("O23", "การประเมินความเสี่ยงที่อาจเกิดการให้หรือรับสินบนจากการดำเนินงานตามภารกิจของหน่วยงาน"),
    ("O24", "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ"),
    ("O25", "แผนปฏิบัติการป้องกันการทุจริต"), ("O26", "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี"),
]

# MOIT: research note §8 gives MOIT1 (2569 wording, spbo3.moph.go.th), MOIT11 and MOIT22 only. The other titles are
# taken from a public hospital ITA admin template (GitHub index id 10871965517, "moitTemplates"), which agrees with
# the note on MOIT1/MOIT11/MOIT22 and with sakulsak-dev/web-phukamyao-hospital ita/ita.php on MOIT16/17/19/22.
MOIT = [
    ("MOIT1", "หน่วยงานมีการกำหนดมาตรการ และวางระบบการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน"),
    ("MOIT2", "หน่วยงานมีการเปิดเผยข้อมูลข่าวสารที่เป็นปัจจุบัน"),
    ("MOIT3", "หน่วยงานมีรายงานการวิเคราะห์ผลการจัดซื้อจัดจ้างและการจัดหาพัสดุประจำปีงบประมาณ"),
    ("MOIT4", "หน่วยงานมีการวางระบบการจัดซื้อจัดจ้างและการจัดหาพัสดุ ประจำปีงบประมาณ"),
    ("MOIT5", "หน่วยงานมีการสรุปผลการจัดซื้อจัดจ้างและการจัดหาพัสดุรายเดือน ประจำปีงบประมาณ"),
    ("MOIT6", "ผู้บริหารแสดงนโยบายการบริหารและพัฒนาทรัพยากรบุคคล"),
    ("MOIT7", "หน่วยงานมีการรายงานการประเมินและเกี่ยวกับการประเมินผลการปฏิบัติราชการของบุคลากรในหน่วยงาน "
              "และเปิดเผยผลการปฏิบัติราชการ ระดับดีเด่น และระดับดีมาก ในที่เปิดเผยให้ทราบ"),
    ("MOIT8", "หน่วยงานมีการอบรมให้ความรู้แก่เจ้าหน้าที่ภายในหน่วยงานเกี่ยวกับการเสริมสร้างและพัฒนาทางด้านจริยธรรม "
              "และการรักษาวินัยรวมทั้งการป้องกันมิให้กระทำผิดวินัย"),
    ("MOIT9", "หน่วยงานมีแนวปฏิบัติการจัดการเรื่องร้องเรียน และช่องทางการร้องเรียน"),
    ("MOIT10", "หน่วยงานมีสรุปผลการดำเนินงานเรื่องร้องเรียนการปฏิบัติงานหรือการให้บริการของเจ้าหน้าที่ภายในหน่วยงาน "
               "และเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"),
    ("MOIT11", "หน่วยงานของท่านเปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียมีโอกาสเข้ามามีส่วนร่วมในการดำเนินงานตามภารกิจของหน่วยงาน"),
    ("MOIT12", "หน่วยงานมีมาตรการ \"การป้องกันการรับสินบน\" ที่เป็นระบบ"),
    ("MOIT13", "หน่วยงานประเมินการดำเนินการตามแนวทางปฏิบัติของหน่วยงาน ในปีงบประมาณตามเกณฑ์จริยธรรมการจัดซื้อจัดหา"
               "และการส่งเสริมการขายยาและเวชภัณฑ์ที่มิใช่ยาของกระทรวงสาธารณสุข พ.ศ. 2564"),
    ("MOIT14", "หน่วยงานมีแนวทางปฏิบัติเกี่ยวกับการใช้ทรัพย์สินของราชการ และมีขั้นตอนการขออนุญาตเพื่อยืมทรัพย์สินของราชการ"
               "ไปใช้ปฏิบัติในหน่วยงานที่ถูกต้อง"),
    ("MOIT15", "หน่วยงานมีแผนปฏิบัติการป้องกัน ปราบปรามการทุจริตและประพฤติมิชอบ และแผนปฏิบัติการส่งเสริมคุณธรรม"
               "ของชมรมจริยธรรม ประจำปีงบประมาณ"),
    ("MOIT16", "หน่วยงานมีรายงานการกำกับติดตามการดำเนินงานตามแผนปฏิบัติการป้องกัน ปราบปรามการทุจริตและประพฤติมิชอบ"),
    ("MOIT17", "หน่วยงานมีการประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณอย่างเป็นระบบ"),
    ("MOIT18", "หน่วยงานมีการปฏิบัติตามมาตรการป้องกันการทุจริต (การควบคุมความเสี่ยงการทุจริต)"),
    ("MOIT19", "หน่วยงานมีการรายงานผลการส่งเสริมการปฏิบัติตามประมวลจริยธรรมข้าราชการพลเรือน : กรณีการเรี่ยไร"
               "และกรณีการให้หรือรับของขวัญหรือประโยชน์อื่นใด ประจำปีงบประมาณ"),
    ("MOIT20", "หน่วยงานมีการอบรมให้ความรู้ภายในหน่วยงาน เรื่อง ผลประโยชน์ทับซ้อนในหลักสูตรต้านทุจริตศึกษา "
               "(Anti-Corruption Education) กระทรวงสาธารณสุข"),
    ("MOIT21", "หน่วยงานมีการเผยแพร่เจตจำนงสุจริตของการปฏิบัติหน้าที่ราชการ และนโยบายที่เคารพสิทธิมนุษยชน"
               "และศักดิ์ศรีของผู้ปฏิบัติงานและของผู้บริหาร ต่อสาธารณชน"),
    ("MOIT22", "หน่วยงานมีแนวปฏิบัติที่เคารพสิทธิมนุษยชนและศักดิ์ศรีของผู้ปฏิบัติงาน และรายงานการป้องกันและแก้ไขปัญหา"
               "การล่วงละเมิดหรือคุกคามทางเพศในการทำงาน"),
]
MOIT_TITLE = dict(MOIT)

# What the evidence file of each MOIT item holds (short, for the document body).
MOIT_EVIDENCE = {
    1: "ประกาศมาตรการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ และคำสั่งแต่งตั้งผู้รับผิดชอบการเผยแพร่ข้อมูล",
    2: "ข้อมูลข่าวสารที่เป็นปัจจุบัน: ข้อมูลพื้นฐาน โครงสร้าง ผู้บริหาร และข่าวประชาสัมพันธ์ของหน่วยงานในไตรมาส",
    3: "รายงานการวิเคราะห์ผลการจัดซื้อจัดจ้างและการจัดหาพัสดุ (ข้อมูลสะสมตั้งแต่ต้นปีงบประมาณ)",
    4: "แผนการจัดซื้อจัดจ้างและการจัดหาพัสดุ และรายงานความก้าวหน้าการจัดซื้อจัดจ้างตามแผน",
    5: "แบบสรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1) ครบทุกเดือนในไตรมาส",
    6: "นโยบายการบริหารทรัพยากรบุคคลของผู้บริหาร และผลการดำเนินการตามนโยบายในไตรมาส",
    7: "รายงานผลการประเมินผลการปฏิบัติราชการของบุคลากร และประกาศรายชื่อผู้มีผลการปฏิบัติราชการระดับดีเด่นและดีมาก",
    8: "รายงานการอบรมให้ความรู้ด้านจริยธรรมและการรักษาวินัย (กำหนดการ รายชื่อผู้เข้าร่วม ภาพกิจกรรม)",
    9: "คู่มือแนวปฏิบัติการจัดการเรื่องร้องเรียน และช่องทางการร้องเรียน (โทรศัพท์ เว็บไซต์ ตู้รับเรื่อง)",
    10: "สรุปผลการดำเนินงานเรื่องร้องเรียนการให้บริการ และเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำไตรมาส",
    11: "รายงานการเปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม (ประเด็น ผู้เข้าร่วม ผลที่ได้ และการนำไปปรับปรุง)",
    12: "มาตรการป้องกันการรับสินบน และรายงานผลการดำเนินการตามมาตรการในไตรมาส",
    13: "รายงานการประเมินการดำเนินการตามเกณฑ์จริยธรรมการจัดซื้อจัดหาและการส่งเสริมการขายยาและเวชภัณฑ์ที่มิใช่ยา",
    14: "แนวทางปฏิบัติการใช้ทรัพย์สินของราชการ แบบฟอร์มการขออนุญาตยืมทรัพย์สิน และทะเบียนการยืมในไตรมาส",
    15: "แผนปฏิบัติการป้องกัน ปราบปรามการทุจริตและประพฤติมิชอบ และแผนปฏิบัติการส่งเสริมคุณธรรมของชมรมจริยธรรม",
    16: "รายงานการกำกับติดตามการดำเนินงานตามแผนปฏิบัติการป้องกัน ปราบปรามการทุจริตและประพฤติมิชอบ",
    17: "รายงานการประเมินความเสี่ยงการทุจริต (ระบุเหตุการณ์ความเสี่ยง ระดับความเสี่ยง และมาตรการควบคุม)",
    18: "รายงานผลการปฏิบัติตามมาตรการควบคุมความเสี่ยงการทุจริตในไตรมาส",
    19: "รายงานผลการส่งเสริมการปฏิบัติตามประมวลจริยธรรม กรณีการเรี่ยไรและกรณีการให้หรือรับของขวัญ",
    20: "รายงานการอบรมเรื่องผลประโยชน์ทับซ้อน หลักสูตรต้านทุจริตศึกษา (Anti-Corruption Education)",
    21: "ประกาศเจตจำนงสุจริตของผู้บริหาร และนโยบายที่เคารพสิทธิมนุษยชนและศักดิ์ศรีของผู้ปฏิบัติงาน",
    22: "แนวปฏิบัติที่เคารพสิทธิมนุษยชนและศักดิ์ศรี และรายงานการป้องกันและแก้ไขปัญหาการล่วงละเมิดหรือคุกคามทางเพศ",
}


def quarter_text(q: int, fy: int) -> tuple[str, str]:
    """(months covered, memo date) of quarter q of fiscal year fy."""
    a, b = fy - 1, fy
    return {1: (f"1 ตุลาคม {a} – 31 ธันวาคม {a}", f"18 ธันวาคม {a}"),
            2: (f"1 มกราคม {b} – 31 มีนาคม {b}", f"20 มีนาคม {b}"),
            3: (f"1 เมษายน {b} – 30 มิถุนายน {b}", f"19 มิถุนายน {b}"),
            4: (f"1 กรกฎาคม {b} – 30 กันยายน {b}", f"11 กันยายน {b}")}[q]


def uid(*parts) -> str:
    """A Google-Drive-looking id, stable across runs."""
    return DRIVE_PREFIX + hashlib.sha1("/".join(map(str, parts)).encode()).hexdigest()[:28]


DRIVE_PREFIX = "1oW69"          # every outside id this builder writes starts so (lets a rebuild remove its old pages)
FORM_PREFIX = "1FAIpQLSoW69"


# ----------------------------------------------------------------------------------------------------------------
# Writing helpers

class Out:
    """Files of one run: HTML pages, PDFs (converted together at the end), outside-host pages."""

    def __init__(self, dest: Path):
        self.dest = dest
        self.jobs: list = []

    def text(self, host: str, path: str, content: str) -> None:
        f = self.dest / host / path.lstrip("/")
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(content, encoding="utf-8")

    def pdf(self, host: str, path: str, title: str, body: str) -> None:
        self.jobs.append((self.dest / host / path.lstrip("/"), f"<h2>{title}</h2>{body}", False))

    def xlsx(self, host: str, path: str, title: str, rows: list[list]) -> None:
        import openpyxl
        f = self.dest / host / path.lstrip("/")
        f.parent.mkdir(parents=True, exist_ok=True)
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append([title])
        for r in rows:
            ws.append(r)
        wb.save(f)

    def png(self, host: str, path: str, shade: int = 150) -> None:
        """A plain 120x150 PNG (a stand-in photo), written without an imaging library."""
        import struct
        import zlib

        def chunk(kind: bytes, data: bytes) -> bytes:
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        raw = b"".join(b"\x00" + bytes((shade, shade - 20, shade - 40)) * 120 for _ in range(150))
        f = self.dest / host / path.lstrip("/")
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 120, 150, 8, 2, 0, 0, 0))
                      + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))

    # Outside services -----------------------------------------------------------------------------------------
    def drive_file(self, fid: str, name: str, body: str) -> str:
        self.text("drive.google.com", f"file/d/{fid}/view/index.html",
                  f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{name} - Google ไดรฟ์</title>'
                  f'</head><body><div class="ndfHFb-c4YZDc-Wrql6b" role="toolbar"><div class="ndfHFb-c4YZDc-Wrql6b-V1ur5d">'
                  f'{name}</div></div><div class="ndfHFb-c4YZDc-cYSp0e-DARUcf" role="document">{body}</div></body></html>')
        return f"https://drive.google.com/file/d/{fid}/view?usp=sharing"

    def drive_folder(self, fid: str, name: str, entries: list[tuple[str, str]]) -> str:
        rows = "".join(f'<div class="WYuW0e" role="row"><div class="KL4NAf" data-tooltip="{n}">'
                       f'<a href="{u}">{n}</a></div></div>' for n, u in entries)
        if not entries:
            rows = '<div class="W5iTzf">โฟลเดอร์นี้ว่างเปล่า</div>'
        self.text("drive.google.com", f"drive/folders/{fid}/index.html",
                  f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{name} - Google ไดรฟ์</title>'
                  f'</head><body><div class="a-s-tb-sc-Ja-Q"><h1 class="o-Yc-o-T">{name}</h1></div>'
                  f'<div class="a-u-xb-j" role="grid">{rows}</div></body></html>')
        return f"https://drive.google.com/drive/folders/{fid}?usp=sharing"

    def form(self, fid: str, title: str) -> str:
        fid = FORM_PREFIX + fid.removeprefix(DRIVE_PREFIX)
        self.text("docs.google.com", f"forms/d/e/{fid}/viewform/index.html",
                  f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{title}</title></head><body>'
                  f'<div class="freebirdFormviewerViewHeaderTitle">{title}</div><form><label>ชื่อ-สกุล (ไม่บังคับ)</label>'
                  f'<input name="entry.1"><label>รายละเอียด</label><textarea name="entry.2"></textarea>'
                  f'<label>เบอร์โทรศัพท์ติดต่อกลับ</label><input name="entry.3"><button>ส่ง</button></form></body></html>')
        return f"https://docs.google.com/forms/d/e/{fid}/viewform"

    def facebook(self, page: str, name: str) -> str:
        self.text("www.facebook.com", f"{page}/index.html",
                  f'<html><head><meta charset="utf-8"><title>{name} | Facebook</title></head><body>{name}</body></html>')
        return f"https://www.facebook.com/{page}"

    def gmap(self, place: str, name: str) -> str:
        self.text("www.google.com", f"maps/place/{place}/index.html",
                  f'<html><head><meta charset="utf-8"><title>{name} - Google Maps</title></head><body>map</body></html>')
        return f"https://www.google.com/maps/place/{place}/"


def write_expected(out: Out, host: str, head: str, meta: dict, items: dict) -> None:
    lines = [f"# {head}", f"items_source: {json.dumps(meta.pop('items_source'), ensure_ascii=False)}"]
    lines.append(yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=200).rstrip())
    lines.append("items:")
    for code, (status, why) in items.items():
        lines.append(f"  {code}: {{status: {status}, why: {json.dumps(why, ensure_ascii=False)}}}")
    out.text(host, "expected.yaml", "\n".join(lines) + "\n")


def write_manifest(out: Out, host: str, manifest: dict) -> None:
    out.text(host, "manifest.yaml", "# How the farm serves this site (see farm/server.py)\n" +
             (yaml.safe_dump(manifest, allow_unicode=True, sort_keys=False) if manifest else "{}\n"))


ITA_SOURCE = ("ita-years-research.md §4 'ITA 2569 (26 items)' (titles + year rules), components of O1–O3 and O19 "
              "from §3 (2568) as §4 says 'as 2568'; cross-checked with oit-years.md '## 2569'")
MOIT_SOURCE = ("ita-years-research.md §8 (MOIT1–MOIT22, quarterly, evidence n.m, memo + publication form) and §6.5; "
               "titles other than MOIT1/11/22 are not in the notes (taken from a public hospital template, see builder)")


# ----------------------------------------------------------------------------------------------------------------
# ITA 2569 evidence: the documents a diligent agency publishes for each item. ``fy`` is the fiscal year the
# documents belong to (CUR for this year's set; an agency that left last year's file has fy = CUR - 1).

def ita_docs(code: str, ag: dict, fy: int = CUR, months: int = 6) -> list[tuple[str, str, str]]:
    """(file stem, document title, body html) for one ITA 2569 item."""
    n, cur, prev = ag["name"], fy, fy - 1
    h1 = f"1 ตุลาคม {cur - 1} – 31 มีนาคม {cur}" if months == 6 else f"1 ตุลาคม {cur - 1} – 31 ธันวาคม {cur - 1}"
    lao = ag["kind"] == "lao"
    P = lambda *xs: "".join(f"<p>{x}</p>" for x in xs)  # noqa: E731
    d = {
        "O1": [("structure", f"แผนผังโครงสร้างองค์กร {n}",
                P("ฝ่ายการเมือง: " + ("นายก รองนายก เลขานุการนายก สมาชิกสภา" if lao else "รัฐมนตรีว่าการกระทรวง (กำกับดูแล)"),
                  "ฝ่ายประจำ: " + ("ปลัด รองปลัด สำนักปลัด กองคลัง กองช่าง กองการศึกษา" if lao else
                                   "อธิบดี รองอธิบดี สำนักงานเลขานุการกรม กองแผนงาน กองส่งเสริมวิสาหกิจ ศูนย์เทคโนโลยีสารสนเทศ"),
                  "แสดงตำแหน่งที่สำคัญและการแบ่งส่วนงานภายใน")),
               ("duties", f"หน้าที่และอำนาจของ{n}",
                P("สรุปหน้าที่และอำนาจตามที่กฎหมายกำหนด (สรุปเฉพาะส่วนที่เกี่ยวข้อง ไม่ใช่กฎหมายทั้งฉบับ)",
                  "1. จัดให้มีและบำรุงรักษาทางน้ำและทางบก 2. รักษาความสะอาดของถนน ทางน้ำ ทางเดิน 3. ป้องกันโรคและระงับโรคติดต่อ"
                  if lao else "1. ส่งเสริมและพัฒนาวิสาหกิจชุมชน 2. จัดทำฐานข้อมูลวิสาหกิจชุมชน 3. ประสานเครือข่าย"))],
        "O5": [("devplan", f"แผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570) {n}" if lao else f"แผนยุทธศาสตร์{n} (พ.ศ. 2566 – 2570)",
                P(f"ระยะเวลาของแผน พ.ศ. 2566 – 2570 (ครอบคลุมปีงบประมาณ พ.ศ. {cur})",
                  "วิสัยทัศน์ ยุทธศาสตร์การพัฒนา 5 ด้าน เป้าประสงค์ ตัวชี้วัด และค่าเป้าหมายรายปี"))],
        "O6": [("actionplan", f"แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. {cur}",
                P(f"แผนการดำเนินงานประจำปีงบประมาณ พ.ศ. {cur} จำนวน 86 โครงการ งบประมาณรวม 24,350,000 บาท",
                  f"ระยะเวลาดำเนินการ ตุลาคม {cur - 1} – กันยายน {cur}")),
               ("progress6m", f"รายงานความก้าวหน้าการดำเนินงานและการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. {cur}",
                P(f"รอบ {'6 เดือน' if months == 6 else '3 เดือน'} ({h1})",
                  "ความก้าวหน้า: ดำเนินการแล้ว 31 โครงการ อยู่ระหว่างดำเนินการ 22 โครงการ",
                  "การใช้จ่ายงบประมาณ: เบิกจ่ายแล้ว 9,812,400 บาท คิดเป็นร้อยละ 40.30"))],
        "O7": [("annualreport", f"รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. {prev}",
                P(f"ผลการดำเนินงานตามแผนประจำปีงบประมาณ พ.ศ. {prev} (1 ตุลาคม {prev - 1} – 30 กันยายน {prev})",
                  "ผลการใช้จ่ายงบประมาณ ปัญหาอุปสรรค และข้อเสนอแนะ"))],
        "O8": [("manual-staff", f"คู่มือการปฏิบัติงาน {n}",
                P("คู่มือการปฏิบัติงานด้านการจัดเก็บรายได้ คู่มือการปฏิบัติงานด้านพัสดุ คู่มือการปฏิบัติงานสารบรรณ",
                  "ขั้นตอนการปฏิบัติงาน ระยะเวลา และผู้รับผิดชอบ"))],
        "O9": [("manual-service", "คู่มือสำหรับประชาชน (การขอรับบริการ)",
                P("คู่มือสำหรับประชาชน: การขออนุญาตก่อสร้างอาคาร การจดทะเบียนพาณิชย์ การลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ"
                  if lao else "คู่มือการขอรับบริการ: การจดทะเบียนวิสาหกิจชุมชน การขอรับการสนับสนุน",
                  "ขั้นตอน ระยะเวลา เอกสารที่ต้องใช้ ค่าธรรมเนียม และช่องทางติดต่อ"))],
        "O11": [("procure-q1", f"สรุปผลการจัดซื้อจัดจ้างรายเดือน ไตรมาสที่ 1 ปีงบประมาณ พ.ศ. {cur}",
                 P(f"แบบ สขร.1 เดือนตุลาคม {cur - 1} พฤศจิกายน {cur - 1} ธันวาคม {cur - 1}",
                   "งานที่จัดซื้อหรือจัดจ้าง วงเงิน ราคากลาง วิธีซื้อหรือจ้าง ผู้เสนอราคาและราคาที่เสนอ "
                   "ผู้ได้รับการคัดเลือก เหตุผลที่คัดเลือก เลขที่และวันที่ของสัญญา"))]
               + ([("procure-q2", f"สรุปผลการจัดซื้อจัดจ้างรายเดือน ไตรมาสที่ 2 ปีงบประมาณ พ.ศ. {cur}",
                    P(f"แบบ สขร.1 เดือนมกราคม {cur} กุมภาพันธ์ {cur} มีนาคม {cur} (เดือนกุมภาพันธ์: ไม่มีการจัดซื้อจัดจ้าง)",
                      "งานที่จัดซื้อหรือจัดจ้าง วงเงิน ราคากลาง วิธีซื้อหรือจ้าง ผู้ได้รับการคัดเลือก เลขที่สัญญา"))]
                  if months == 6 else []),
        "O12": [("procure-annual", f"รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. {prev}",
                 P(f"สรุปผลการจัดซื้อจัดจ้างปีงบประมาณ พ.ศ. {prev}: จำนวน 142 โครงการ งบประมาณ 18,920,000 บาท",
                   "การวิเคราะห์ผล ปัญหาอุปสรรค และแนวทางการปรับปรุง"))],
        "O13": [("hr-plan", f"หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. {cur}",
                 P("หลักเกณฑ์การสรรหา การแต่งตั้ง การเลื่อนตำแหน่ง การประเมินผลการปฏิบัติงาน และการพัฒนาบุคลากร",
                   f"แผนการบริหารทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. {cur}",
                   f"แผนพัฒนาบุคลากร ประจำปีงบประมาณ พ.ศ. {cur}"))],
        "O14": [("hr-report", f"รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. {prev}",
                 P(f"ผลการดำเนินการตามแผนการบริหารและพัฒนาทรัพยากรบุคคล ปีงบประมาณ พ.ศ. {prev}",
                   "การสรรหา การพัฒนา การประเมินผล ปัญหาอุปสรรค และข้อเสนอแนะ"))],
        "O15": [("ethics-code", f"ประมวลจริยธรรมของพนักงาน{n}" if lao else "ประมวลจริยธรรมข้าราชการพลเรือน",
                 P("ประมวลจริยธรรมและข้อกำหนดจริยธรรมของเจ้าหน้าที่")),
                ("ethics-drive", f"การขับเคลื่อนจริยธรรม ประจำปีงบประมาณ พ.ศ. {cur}",
                 P(f"คำสั่งแต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม ลงวันที่ 6 พฤศจิกายน {cur - 1}",
                   f"กิจกรรมอบรมส่งเสริมจริยธรรม วันที่ 14 มกราคม {cur} และการประกาศ Do &amp; Don't"))],
        "O16": [("complaint-guide", "คู่มือแนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
                 P("ขั้นตอนการรับเรื่อง การตรวจสอบ การแจ้งผล และระยะเวลาดำเนินการ ผู้รับผิดชอบ"))],
        "O18": [("complaint-stat", f"ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. {prev}",
                 P(f"ปีงบประมาณ พ.ศ. {prev}: เรื่องร้องเรียนทั้งหมด 2 เรื่อง ดำเนินการแล้วเสร็จ 2 เรื่อง อยู่ระหว่างดำเนินการ 0 เรื่อง"))],
        "O19": [("participation", f"รายงานผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. {cur}",
                 P(f"(1) ประเด็น: การจัดทำแผนพัฒนาและโครงการซ่อมแซมถนน (ประชาคม วันที่ 12 กุมภาพันธ์ {cur})",
                   "(2) ผู้มีส่วนร่วม: ผู้แทนหมู่บ้านและประชาชน 64 คน",
                   "(3) ผลจากการมีส่วนร่วม: ได้ลำดับความสำคัญของโครงการ 12 โครงการ",
                   "(4) การนำผลไปปรับปรุง: บรรจุโครงการในแผนการดำเนินงาน"))],
        "O20": [("nogift", f"ประกาศเจตนารมณ์นโยบายไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ พ.ศ. {cur}",
                 P(f"ประกาศ ณ วันที่ 3 ตุลาคม {cur - 1} ลงนามโดยหัวหน้าหน่วยงาน")),
                ("nogift-report", f"รายงานผลการขับเคลื่อนนโยบาย No Gift Policy ปีงบประมาณ พ.ศ. {cur}",
                 P("กิจกรรมเสริมสร้างความรู้เกี่ยวกับหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา "
                   f"ของเจ้าพนักงานของรัฐ (มาตรา 128) วันที่ 20 มกราคม {cur}",
                   "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด: ไม่มีการรับ"))],
        "O21": [("risk", f"การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. {cur}",
                 P("ความเสี่ยงการทุจริต 3 ด้าน: การอนุมัติอนุญาต การใช้อำนาจและตำแหน่งหน้าที่ การเบิกจ่ายงบประมาณ",
                   "ระดับความเสี่ยง และมาตรการควบคุม (5 ขั้นตอน)"))],
        "O22": [("risk-report", f"รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. {prev}",
                 P(f"ผลการดำเนินการตามมาตรการควบคุมความเสี่ยงปีงบประมาณ พ.ศ. {prev}",
                   "ผลการใช้ทรัพย์สินของราชการ และการใช้อำนาจและตำแหน่งหน้าที่"))],
        "O23": [("anticorrupt-plan", f"แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. {cur}",
                 P("โครงการ/กิจกรรม 14 รายการ งบประมาณ ระยะเวลาดำเนินการ และผู้รับผิดชอบ"))],
        "O24": [("anticorrupt-report", f"รายงานผลการดำเนินการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. {prev}",
                 P(f"ผลการดำเนินโครงการ/กิจกรรมตามแผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ พ.ศ. {prev}",
                   "ปัญหาอุปสรรค และข้อเสนอแนะ"))],
        "O25": [("ita-dev", f"การนำผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. {prev} ไปสู่การพัฒนาองค์กร",
                 P(f"ผลคะแนน ITA ปี {prev} = 88.41 คะแนน วิเคราะห์ประเด็นที่ต้องพัฒนา (OIT ข้อที่ไม่ผ่าน)",
                   f"มาตรการและแนวทางพัฒนาในปีงบประมาณ พ.ศ. {cur} ผู้รับผิดชอบ และระยะเวลา"))],
        "O26": [("integrity-report", f"รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {prev}",
                 P(f"ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. {prev}"))],
    }
    return d.get(code, [])


def doc_why(code: str, ag: dict, where: str) -> str:
    """The reason of a pass verdict: where the evidence is and which documents it is."""
    titles = [t for _, t, _ in ita_docs(code, ag)]
    return f"{where}: " + " + ".join(titles) if titles else where


# ----------------------------------------------------------------------------------------------------------------
# Shared page pieces for ITA sites

def exec_block(ag: dict, with_phone: bool = True, with_photo: bool = True) -> str:
    rows = []
    for k, (name, pos) in enumerate(ag["execs"]):
        img = f'<img src="/images/exec{k + 1}.png" width="120">' if with_photo else ""
        phone = f'<br>โทร. {ag["exec_phone"][k]}' if with_phone else ""
        rows.append(f'<div class="col-md-4 text-center person">{img}<h5>{name}</h5><p>{pos}{phone}</p></div>')
    return '<div class="row">' + "".join(rows) + "</div>"


def contact_block(ag: dict, out: Out, with_map: bool = True) -> str:
    m = out.gmap(ag["map"], ag["name"]) if with_map else ""
    mp = f'<iframe src="{m}" width="600" height="300" style="border:0"></iframe>' if with_map else "<p>(ยังไม่มีแผนที่)</p>"
    return (f'<p>{ag["name"]}<br>ที่อยู่ {ag["address"]}<br>โทรศัพท์ {ag["phone"]} โทรสาร {ag["fax"]}<br>'
            f'E-mail: {ag["email"]}</p>{mp}')


def news_list(items: list[tuple[str, str]]) -> str:
    return "<ul class=\"news-list\">" + "".join(f"<li><span class=\"date\">{d}</span> {t}</li>" for d, t in items) + "</ul>"


NEWS69 = [("8 เม.ย. 2569", "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569"),
          ("21 มี.ค. 2569", "โครงการอบรมป้องกันไฟป่าและหมอกควัน ประจำปีงบประมาณ 2569"),
          ("2 ก.พ. 2569", "ประกาศรับสมัครพนักงานจ้างทั่วไป"),
          ("15 ธ.ค. 2568", "กิจกรรมวันต่อต้านคอร์รัปชันสากล 2568")]
NEWS68 = [("30 ส.ค. 2568", "ประชาสัมพันธ์การฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า"),
          ("12 มิ.ย. 2568", "ประกาศรับฟังความคิดเห็นโครงการก่อสร้างถนน คสล."),
          ("3 เม.ย. 2568", "ขอเชิญร่วมงานประเพณีสงกรานต์ 2568")]


# ----------------------------------------------------------------------------------------------------------------
# Site A: อบต.บ้านกลาง, vendor CMS with an OIT 2569 table (ita2569_table)

def site_banklang(out: Out) -> None:
    host = "www.banklang-sao.go.th"
    ag = dict(name="องค์การบริหารส่วนตำบลบ้านกลาง", kind="lao", address="99 หมู่ 4 ตำบลบ้านกลาง อำเภอเมืองลำพูน จังหวัดลำพูน 51000",
              phone="053-510-214", fax="053-510-215", email="saraban@banklang-sao.go.th", map="18.5402,99.0210",
              execs=[("นายสมบัติ ใจกว้าง", "นายกองค์การบริหารส่วนตำบลบ้านกลาง"),
                     ("นายประสิทธิ์ คำมูล", "รองนายกองค์การบริหารส่วนตำบลบ้านกลาง"),
                     ("นางสาวจันทร์เพ็ญ ศรีวงศ์", "ปลัดองค์การบริหารส่วนตำบลบ้านกลาง")],
              exec_phone=["081-882-4410", "089-551-0293", "086-117-3348"])
    fb = out.facebook("banklangsao", "อบต.บ้านกลาง")
    form_c = out.form(uid(host, "complaint")[:40], "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ อบต.บ้านกลาง")
    form_e = out.form(uid(host, "eservice")[:40], "E-Service ขอรับบริการออนไลน์ อบต.บ้านกลาง")
    for k in range(3):
        out.png(host, f"images/exec{k + 1}.png", 120 + 30 * k)
    out.png(host, "images/banner/b_oit.png", 90)

    menu = ('<div id="cssmenu"><ul><li><a href="/">หน้าหลัก</a></li>'
            '<li class="has-sub"><a href="#">ข้อมูลพื้นฐาน</a><ul>'
            '<li><a href="/index.php?module=structure">โครงสร้างส่วนราชการ</a></li>'
            '<li><a href="/index.php?module=personnel&amp;group=1">คณะผู้บริหาร</a></li>'
            '<li><a href="/index.php?module=authority">อำนาจหน้าที่</a></li></ul></li>'
            '<li><a href="/index.php?module=news&amp;cat=1">ข่าวประชาสัมพันธ์</a></li>'
            '<li><a href="/index.php?module=webboard">กระดานถาม-ตอบ</a></li>'
            '<li><a href="/index.php?module=contact">ติดต่อเรา</a></li></ul></div>')

    def page(title, body):
        return (f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{title} | {ag["name"]}</title>'
                f'<link rel="stylesheet" href="/css/style.css"></head><body><div class="wrapper">'
                f'<div class="head-top"><img src="/images/logo.png"> <span class="site-name">{ag["name"]}</span>'
                f'<a href="{fb}" class="fb"><i class="fa fa-facebook"></i></a></div>{menu}'
                f'<div class="content">{body}</div><div class="footer">{ag["name"]} {ag["address"]} โทร. {ag["phone"]}'
                f' โทรสาร {ag["fax"]} อีเมล {ag["email"]}</div></div></body></html>')

    files: dict[str, list[tuple[str, str]]] = {}
    counter = [4100]

    def put(code, docs):
        links = []
        for _stem, title, body in docs:
            counter[0] += 7
            path = f"/fileupload/data_{counter[0]}.pdf"
            out.pdf(host, path, title, body)
            links.append((path, title))
        files[code] = links

    for code, _ in ITA2569:
        if code == "O14":
            put(code, ita_docs(code, ag, fy=CUR - 1))          # left last year's HR report
        elif code == "O11":
            put(code, ita_docs(code, ag, months=3))            # only the first quarter posted
        elif code not in ("O2", "O3", "O4", "O10", "O17", "O22", "O25"):
            put(code, ita_docs(code, ag))

    out.text(host, "index.php@module=personnel&group=1",
             page("คณะผู้บริหาร", "<h3>คณะผู้บริหาร</h3>" + exec_block(ag)))
    out.text(host, "index.php@module=contact",
             page("ติดต่อเรา", "<h3>ติดต่อเรา</h3>" + contact_block(ag, out) +
                  '<p>สอบถามข้อมูล: <a href="/index.php?module=webboard">กระดานถาม-ตอบ</a></p>'))
    out.text(host, "index.php@module=webboard",
             page("กระดานถาม-ตอบ", '<h3>กระดานถาม-ตอบ</h3><table class="board"><tr><th>หัวข้อ</th><th>ตอบ</th></tr>'
                  '<tr><td>สอบถามการชำระภาษีป้าย ปี 2569</td><td>1</td></tr>'
                  '<tr><td>ขอทราบขั้นตอนขออนุญาตก่อสร้าง</td><td>2</td></tr></table><a href="#">ตั้งกระทู้ใหม่</a>'))
    out.text(host, "index.php@module=structure",
             page("โครงสร้างส่วนราชการ", "<h3>โครงสร้างส่วนราชการ</h3><p>ฝ่ายการเมือง: นายก อบต. รองนายก อบต. "
                  "สมาชิกสภา อบต.</p><p>ฝ่ายประจำ: ปลัด อบต. สำนักปลัด กองคลัง กองช่าง กองการศึกษา</p>"))
    out.text(host, "index.php@module=authority",
             page("อำนาจหน้าที่", "<h3>อำนาจหน้าที่</h3><p>ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 "
                  "มาตรา 66, 67 และ 68 (สรุป): พัฒนาตำบลทั้งด้านเศรษฐกิจ สังคม และวัฒนธรรม</p>"))
    out.text(host, "index.php@module=news&cat=1", page("ข่าวประชาสัมพันธ์", "<h3>ข่าวประชาสัมพันธ์</h3>" + news_list(NEWS69 + NEWS68)))
    out.text(host, "index.php@module=eservice",
             page("E-Service", f'<h3>ระบบบริการออนไลน์ (E-Service)</h3><p>ยื่นคำร้องขอรับบริการออนไลน์: '
                  f'<a href="{form_e}">คลิกที่นี่</a></p><p>สถิติการขอรับบริการออนไลน์ ต.ค. 2568 – มี.ค. 2569: 57 คำร้อง</p>'))
    out.text(host, "index.php@module=complaint",
             page("แจ้งเรื่องร้องเรียนการทุจริต", f'<h3>ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h3>'
                  f'<p>1. แบบฟอร์มออนไลน์ <a href="{form_c}">คลิก</a></p><p>2. โทรศัพท์ {ag["phone"]}</p>'
                  f'<p>3. ตู้รับเรื่องร้องเรียน ณ ที่ทำการ อบต.</p><p>4. ทางไปรษณีย์ถึงนายก อบต.บ้านกลาง</p>'))
    files["O2"] = [("/index.php?module=personnel&group=1", "คณะผู้บริหาร")]
    files["O3"] = [("/index.php?module=contact", "ติดต่อเรา")]
    files["O4"] = [("/index.php?module=news&cat=1", "ข่าวประชาสัมพันธ์")]
    files["O10"] = [("/index.php?module=eservice", "E-Service")]
    files["O17"] = [("/index.php?module=complaint", "ช่องทางร้องเรียน")]
    files["O22"] = [("/fileupload/data_4290.pdf", "รายงานผล")]      # file was never uploaded: 404
    files["O25"] = []                                               # row shows "-"

    rows = []
    for code, title in ITA2569:
        links = files.get(code, [])
        cell = " ".join(f'<a href="{p.replace("&", "&amp;")}" target="_blank">คลิก</a>' for p, _ in links) or "-"
        rows.append(f'<tr><td class="text-center">{code}</td><td>{title}</td><td class="text-center">{cell}</td></tr>')
    out.text(host, "index.php@module=oit&year=2569",
             page("OIT 2569", '<h3>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569</h3>'
                  '<table class="table table-bordered"><tr><th>ข้อ</th><th>ข้อมูล</th><th>รายละเอียด</th></tr>'
                  + "".join(rows) + "</table>"))
    out.text(host, "index.php@module=oit&year=2568",
             page("OIT 2568", "<h3>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2568</h3><p>ย้ายไปเก็บในระบบเดิม</p>"))
    out.text(host, "index.html",
             page("หน้าหลัก", '<div class="banner"><a href="/index.php?module=oit&amp;year=2569"><img src="/images/banner/b_oit.png"></a>'
                  '<a href="/index.php?module=oit&amp;year=2568"><img src="/images/banner/b_oit.png"></a></div>'
                  '<div class="row"><div class="col-md-8"><h4>ข่าวประชาสัมพันธ์</h4>' + news_list(NEWS69[:3]) +
                  '<a href="/index.php?module=news&amp;cat=1">อ่านทั้งหมด</a></div><div class="col-md-4">'
                  '<a href="/index.php?module=eservice">E-Service</a><br><a href="/index.php?module=complaint">'
                  'แจ้งเรื่องร้องเรียนการทุจริต</a></div></div>'))
    write_manifest(out, host, {})

    T = "ตาราง OIT 2569 (index.php?module=oit&year=2569)"
    items = {c: ("pass", doc_why(c, ag, T)) for c, _ in ITA2569}
    items.update({
        "O1": ("pass", f"{T}: แผนผังโครงสร้าง (ฝ่ายการเมือง+ฝ่ายประจำ) และสรุปหน้าที่และอำนาจ"),
        "O2": ("pass", "คณะผู้บริหาร: นายก รองนายก ปลัด มีชื่อ ตำแหน่ง รูป และเบอร์โทร"),
        "O3": ("pass", "หน้าติดต่อเรา: ที่อยู่ โทร โทรสาร อีเมล แผนที่ และลิงก์กระดานถาม-ตอบ"),
        "O4": ("pass", "ข่าวประชาสัมพันธ์ปี 2569 (ม.ค.–เม.ย. 2569)"),
        "O6": ("pass", "แผนการดำเนินงานปี 2569 + รายงานความก้าวหน้ารอบ 6 เดือน (1 ต.ค. 2568 – 31 มี.ค. 2569)"),
        "O7": ("pass", "รายงานผลการดำเนินงานปีงบประมาณ 2568"),
        "O10": ("pass", "หน้า E-Service ลิงก์ Google Form และสถิติการขอรับบริการออนไลน์ ต.ค. 68 – มี.ค. 69"),
        "O11": ("partial", "มีเฉพาะสรุปผลจัดซื้อจัดจ้างไตรมาสที่ 1 (ต.ค.–ธ.ค. 2568); ไม่มี ม.ค.–มี.ค. 2569"),
        "O12": ("pass", "รายงานสรุปผลการจัดซื้อจัดจ้างประจำปีงบประมาณ 2568"),
        "O14": ("partial", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลเป็นของปี 2567 (ต้องเป็นปี 2568)"),
        "O17": ("pass", "หน้าช่องทางร้องเรียน: Google Form โทรศัพท์ ตู้รับเรื่อง ไปรษณีย์"),
        "O19": ("pass", "รายงานการมีส่วนร่วมปี 2569 มีประเด็น ผู้เข้าร่วม ผล และการนำไปปรับปรุง"),
        "O22": ("broken", "ลิงก์ 'คลิก' ไป /fileupload/data_4290.pdf ตอบ 404"),
        "O25": ("missing", "แถว O25 ในตารางมีแต่ '-' ไม่มีเอกสาร"),
    })
    write_expected(out, host, "อบต. vendor CMS (index.php?module=...), OIT 2569 table with 'คลิก' links to /fileupload/data_N.pdf; "
                   "one 404, one '-', last year's HR report, procurement summary for Q1 only.",
                   dict(items_source=ITA_SOURCE, agency="banklang", year=CUR, family="ita", style="ita2569_table",
                        registry=dict(name_th=ag["name"], name_en="Ban Klang SAO", type="อบต.", province="ลำพูน",
                                      url=f"http://{host}/")), items)


# ----------------------------------------------------------------------------------------------------------------
# Site B: เทศบาลตำบลแม่คะ, WordPress page per item (ita2569_wordpress)

def site_maekha(out: Out) -> None:
    host = "www.maekha.go.th"
    ag = dict(name="เทศบาลตำบลแม่คะ", kind="lao", address="199 หมู่ 6 ตำบลแม่คะ อำเภอฝาง จังหวัดเชียงใหม่ 50110",
              phone="053-382-119", fax="053-382-120", email="maekha.city@gmail.com", map="19.9011,99.1703",
              execs=[("นายบุญเลิศ ปัญญาดี", "นายกเทศมนตรีตำบลแม่คะ"), ("นายอุดม แก้วมา", "รองนายกเทศมนตรีตำบลแม่คะ"),
                     ("นายวิชัย ทองคำ", "รองนายกเทศมนตรีตำบลแม่คะ")],
              exec_phone=["089-700-1122", "081-993-4571", "062-448-1930"])
    fb = out.facebook("maekhacity", "เทศบาลตำบลแม่คะ")
    form_e = out.form(uid(host, "eservice")[:40], "ยื่นคำร้องออนไลน์ เทศบาลตำบลแม่คะ")
    for k in range(3):
        out.png(host, f"wp-content/uploads/2025/06/exec{k + 1}.png", 110 + 30 * k)

    menu = ('<ul id="menu-main-menu" class="sf-menu"><li class="menu-item"><a href="/">หน้าแรก</a></li>'
            '<li class="menu-item menu-item-has-children"><a href="#">เกี่ยวกับเทศบาล</a><ul class="sub-menu">'
            '<li class="menu-item"><a href="/?page_id=41">โครงสร้าง</a></li><li class="menu-item"><a href="/?page_id=43">'
            'คณะผู้บริหาร</a></li></ul></li><li class="menu-item"><a href="/?cat=3">ข่าวประชาสัมพันธ์</a></li>'
            '<li class="menu-item"><a href="/?page_id=1250">ITA 2569</a></li><li class="menu-item"><a href="/?page_id=48">'
            'ติดต่อเรา</a></li></ul>')

    def page(title, body):
        return (f'<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8"><title>{title} &#8211; {ag["name"]}</title>'
                f'<link rel="stylesheet" href="/wp-content/themes/astra/style.css"></head><body class="page-template-default">'
                f'<header class="site-header"><div class="site-branding">{ag["name"]}</div>'
                f'<a href="{fb}"><span class="ast-icon icon-facebook"></span></a><nav>{menu}</nav></header>'
                f'<div id="content"><article class="page"><h1 class="entry-title">{title}</h1>'
                f'<div class="entry-content">{body}</div></article></div>'
                f'<footer class="site-footer"><p>{ag["name"]} {ag["address"]}</p><p>โทรศัพท์ {ag["phone"]} '
                f'โทรสาร {ag["fax"]} E-mail {ag["email"]}</p></footer></body></html>')

    month_dir = {"O5": "2025/10", "O6": "2026/04", "O7": "2025/11", "O8": "2024/03", "O11": "2026/04", "O12": "2025/11",
                 "O13": "2025/10", "O14": "2025/11", "O15": "2026/01", "O16": "2024/03", "O18": "2025/10",
                 "O19": "2025/09", "O20": "2025/10", "O21": "2025/12", "O22": "2025/11", "O23": "2025/10",
                 "O24": "2025/11", "O25": "2025/12", "O26": "2025/11", "O1": "2024/08"}
    item_body: dict[str, str] = {}
    for code, _ in ITA2569:
        if code == "O6":
            docs = ita_docs(code, ag, months=3)                  # progress report for Oct–Dec only
        elif code == "O19":
            docs = ita_docs(code, ag, fy=CUR - 1)                 # participation of 2568 only
        elif code == "O11":
            docs = ita_docs(code, ag)
            for stem, title, _b in docs:                         # spreadsheets beside the PDFs, as RTRDA did
                out.xlsx(host, f"/wp-content/uploads/{month_dir[code]}/{stem}.xlsx", title,
                         [["เดือน", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงิน", "วิธีซื้อหรือจ้าง", "ผู้ได้รับการคัดเลือก"],
                          ["ตุลาคม 2568", "จัดซื้อวัสดุสำนักงาน", 18500, "เฉพาะเจาะจง", "ร้านฝางพาณิชย์"]])
        else:
            docs = ita_docs(code, ag)
        parts = []
        for stem, title, body in docs:
            path = f"/wp-content/uploads/{month_dir.get(code, '2025/10')}/{stem}-{code.lower()}.pdf"
            out.pdf(host, path, title, body)
            parts.append(f'<p>{title} <a href="{path}">ดาวน์โหลด</a></p>')
            if code == "O11":
                parts.append(f'<p><a href="/wp-content/uploads/{month_dir[code]}/{stem}.xlsx">ไฟล์ Excel</a></p>')
        item_body[code] = "".join(parts)

    item_body["O2"] = exec_block(ag).replace("/images/", "/wp-content/uploads/2025/06/")
    item_body["O3"] = contact_block(ag, out) + f'<p>สอบถามข้อมูลผ่าน Facebook Messenger <a href="{fb}">เทศบาลตำบลแม่คะ</a></p>'
    item_body["O4"] = news_list(NEWS69) + '<p><a href="/?cat=3">ข่าวทั้งหมด</a></p>'
    item_body["O9"] = "<p>อยู่ระหว่างดำเนินการ</p>"
    item_body["O10"] = (f'<p>ระบบยื่นคำร้องออนไลน์ (E-Service) <a href="{form_e}">คลิกเพื่อยื่นคำร้อง</a></p>'
                        '<p>สถิติการใช้งาน E-Service ไตรมาส 1–2 ปีงบประมาณ 2569: 41 คำร้อง</p>')
    item_body["O17"] = ('<p>ร้องเรียนการทุจริตผ่าน <a href="/webboard/index.php">กระดานร้องเรียน</a></p>')
    out.text(host, "webboard/index.php", "")                     # served as 500 by the manifest
    out.text(host, "@cat=3", page("ข่าวประชาสัมพันธ์", news_list(NEWS69 + NEWS68)))
    out.text(host, "@page_id=41", page("โครงสร้าง", "<p>แผนผังโครงสร้างเทศบาลตำบลแม่คะ</p>"))
    out.text(host, "@page_id=43", page("คณะผู้บริหาร", item_body["O2"]))
    out.text(host, "@page_id=48", page("ติดต่อเรา", item_body["O3"]))

    index = []
    for k, (code, title) in enumerate(ITA2569):
        pid = 1301 + 2 * k
        out.text(host, f"@page_id={pid}", page(f"{code} {title}", item_body.get(code, "")))
        index.append(f'<p><a href="/?page_id={pid}">{code} {title}</a></p>')
    out.text(host, "@page_id=1250", page("ITA 2569", "<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
                                                   "(ITA) ประจำปีงบประมาณ พ.ศ. 2569</p>" + "".join(index)))
    out.text(host, "index.html", page("หน้าแรก", '<div class="wp-block-image"><a href="/?page_id=1250">'
                                               '<img src="/wp-content/uploads/2025/10/ita2569.png" alt="ITA"></a></div>'
                                      + news_list(NEWS69[:3])))
    write_manifest(out, host, {"status": {"/webboard/index.php": 500}})

    items = {c: ("pass", doc_why(c, ag, f"หน้า ?page_id={1301 + 2 * k}")) for k, (c, _) in enumerate(ITA2569)}
    items.update({
        "O2": ("pass", "หน้า O2: นายก รองนายก 2 คน ชื่อ ตำแหน่ง รูป เบอร์โทร"),
        "O3": ("pass", "หน้า O3: ที่อยู่ โทร โทรสาร อีเมล แผนที่ และช่องทางสอบถาม (Messenger)"),
        "O4": ("pass", "หน้า O4: ข่าวปี 2569"),
        "O6": ("partial", "แผนการดำเนินงาน 2569 มี แต่รายงานความก้าวหน้าครอบคลุมเพียง 1 ต.ค.–31 ธ.ค. 2568 (ไม่ครบ 6 เดือน)"),
        "O9": ("missing", "หน้า O9 มีเพียงข้อความ 'อยู่ระหว่างดำเนินการ'"),
        "O10": ("pass", "หน้า O10: ลิงก์ Google Form ยื่นคำร้อง + สถิติ E-Service ไตรมาส 1–2/2569"),
        "O11": ("pass", "สรุปผลจัดซื้อจัดจ้างรายเดือนไตรมาส 1 และ 2 ปี 2569 (PDF + Excel)"),
        "O17": ("broken", "ช่องทางร้องเรียนเดียวคือ /webboard/index.php ซึ่งตอบ HTTP 500"),
        "O19": ("partial", "รายงานการมีส่วนร่วมเป็นของปีงบประมาณ 2568 (2569 ต้องเป็นปีปัจจุบัน)"),
    })
    write_expected(out, host, "เทศบาลตำบล on WordPress: ITA 2569 page ?page_id=1250 lists O1–O26, each a ?page_id page with PDFs "
                   "under /wp-content/uploads/YYYY/MM/; a 3-month progress report, a 2568 participation report, a placeholder page, "
                   "a dead webboard.",
                   dict(items_source=ITA_SOURCE, agency="maekha", year=CUR, family="ita", style="ita2569_wordpress",
                        registry=dict(name_th=ag["name"], name_en="Mae Kha Subdistrict Municipality", type="เทศบาลตำบล",
                                      province="เชียงใหม่", url=f"http://{host}/")), items)


# ----------------------------------------------------------------------------------------------------------------
# Site C: กรมส่งเสริมวิสาหกิจชุมชน (department), card grid, some evidence on Google Drive (ita2569_table)

def site_dcep(out: Out) -> None:
    host = "www.dcep.go.th"
    ag = dict(name="กรมส่งเสริมวิสาหกิจชุมชน", kind="dept", address="3 ถนนราชดำเนินนอก แขวงบางขุนพรหม เขตพระนคร กรุงเทพมหานคร 10200",
              phone="02-281-6650", fax="02-281-6651", email="saraban@dcep.go.th", map="13.7601,100.5052",
              execs=[("นายธนกร วัฒนศิริ", "อธิบดีกรมส่งเสริมวิสาหกิจชุมชน"), ("นางพรทิพย์ แสงอรุณ", "รองอธิบดี"),
                     ("นายกิตติพงษ์ ศรีสุข", "รองอธิบดี")],
              exec_phone=["02-281-6601", "02-281-6602", "02-281-6603"])
    fb = out.facebook("dcep.official", "กรมส่งเสริมวิสาหกิจชุมชน")
    form_c = out.form(uid(host, "complaint")[:40], "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ กรมส่งเสริมวิสาหกิจชุมชน")
    for k in range(3):
        out.png(host, f"uploads/exec/{k + 1}.png", 100 + 40 * k)

    def page(title, body):
        return (f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{title} - {ag["name"]}</title>'
                '<link rel="stylesheet" href="/assets/bootstrap.min.css"><link rel="stylesheet" href="/assets/fa/all.min.css">'
                f'</head><body><div class="topbar"><a href="{fb}"><i class="fab fa-facebook-f"></i></a></div>'
                f'<div class="navbar-wrap"><div class="dropdown-menu-wrap"><a href="/">หน้าหลัก</a> <a href="/about/structure.html">'
                f'เกี่ยวกับกรม</a> <a href="/news/">ข่าวประชาสัมพันธ์</a> <a href="/ita/2569/">ITA</a> <a href="/contact.html">ติดต่อเรา</a>'
                f'</div></div><main class="container">{body}</main><footer class="bg-dark text-white"><p>{ag["name"]} '
                f'{ag["address"]} โทร. {ag["phone"]}</p></footer></body></html>')

    links: dict[str, list[str]] = {}
    for code, _ in ITA2569:
        if code in ("O21", "O25"):
            continue
        if code == "O12":
            docs = ita_docs(code, ag, fy=CUR - 1)                 # annual procurement report of 2567
        else:
            docs = ita_docs(code, ag)
        for stem, title, body in docs:
            if code in ("O15", "O23", "O24"):                     # these sections keep evidence on Google Drive
                fid = uid(host, code, stem)
                links.setdefault(code, []).append(out.drive_file(fid, f"{stem}.pdf", f"<h2>{title}</h2>{body}"))
            else:
                path = f"/uploads/ita2569/{code}/{stem}.pdf"
                out.pdf(host, path, title, body)
                links.setdefault(code, []).append(path)
    links["O21"] = [f"https://drive.google.com/file/d/{uid(host, 'O21-deleted')}/view?usp=sharing"]   # deleted file
    links["O25"] = ["#"]

    execs = exec_block(ag, with_phone=False).replace("/images/exec", "/uploads/exec/")
    out.text(host, "about/executives.html", page("ผู้บริหาร", "<h3>ผู้บริหาร</h3>" + execs))
    out.text(host, "about/structure.html", page("โครงสร้าง", "<h3>โครงสร้างกรม</h3><p>ดูเอกสารใน ITA O01</p>"))
    out.text(host, "contact.html", page("ติดต่อเรา", contact_block(ag, out) +
                                         '<p>สอบถามข้อมูล: <a href="/faq.html">คำถามที่พบบ่อย / ถาม-ตอบ</a></p>'))
    out.text(host, "faq.html", page("ถาม-ตอบ", "<h3>ถาม-ตอบ</h3><p>ถาม: จดทะเบียนวิสาหกิจชุมชนได้ที่ใด ตอบ: สำนักงานเกษตรอำเภอ</p>"
                                    '<form action="/faq.html"><textarea name="q"></textarea><button>ส่งคำถาม</button></form>'))
    out.text(host, "news/index.html", page("ข่าวประชาสัมพันธ์", news_list(NEWS69 + NEWS68)))
    out.text(host, "eservice.html", page("E-Service", '<h3>ระบบบริการออนไลน์</h3><p><a href="/eservice/register.html">'
                                          'ยื่นจดทะเบียนวิสาหกิจชุมชนออนไลน์</a></p><p>สถิติคำขอออนไลน์ ต.ค. 2568 – มี.ค. 2569: 1,284 คำขอ</p>'))
    out.text(host, "eservice/register.html", page("จดทะเบียนออนไลน์", '<form><input name="name"><button>ยื่นคำขอ</button></form>'))
    out.text(host, "complaint.html", page("ร้องเรียนการทุจริต", f'<p>แบบฟอร์มร้องเรียน <a href="{form_c}">คลิก</a> '
                                           f'โทร 1111 ต่อ 9 หรือ {ag["phone"]}</p>'))
    links["O2"] = ["/about/executives.html"]
    links["O3"] = ["/contact.html"]
    links["O4"] = ["/news/"]
    links["O10"] = ["/eservice.html"]
    links["O17"] = ["/complaint.html"]

    cards = []
    for code, title in ITA2569:
        label = "O" + code[1:].zfill(2)
        icons = "".join(f'<a href="{u}" target="_blank"><i class="fa fa-file-pdf"></i></a> ' for u in links.get(code, []))
        cards.append(f'<div class="col-md-4"><div class="card mb-3"><div class="card-body"><h4>{label}</h4>'
                     f'<p class="card-text">{title}</p>{icons}</div></div></div>')
    out.text(host, "ita/2569/index.html", page("ITA 2569", "<h2>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569</h2>"
                                               '<div class="row">' + "".join(cards) + "</div>"))
    out.text(host, "index.html", page("หน้าหลัก", '<a href="/ita/2569/"><img src="/uploads/banner-ita.png" alt=""></a>'
                                      + news_list(NEWS69[:3])))
    out.png(host, "uploads/banner-ita.png", 60)
    write_manifest(out, host, {})

    items = {c: ("pass", doc_why(c, ag, f"การ์ด {'O' + c[1:].zfill(2)} ใน /ita/2569/")) for c, _ in ITA2569}
    items.update({
        "O1": ("pass", "O01: แผนผังโครงสร้าง (ตำแหน่งสำคัญ/ส่วนงานภายใน) + หน้าที่และอำนาจแบบสรุป"),
        "O2": ("partial", "หน้าผู้บริหาร: อธิบดี รองอธิบดี มีชื่อ ตำแหน่ง รูป แต่ไม่มีช่องทางการติดต่อของผู้บริหาร"),
        "O3": ("pass", "หน้าติดต่อเรา: ที่อยู่ โทร โทรสาร อีเมล แผนที่ + หน้าถาม-ตอบ"),
        "O12": ("partial", "รายงานสรุปผลจัดซื้อจัดจ้างประจำปีเป็นของปี 2567 (ต้องเป็นปี 2568)"),
        "O15": ("pass", "ประมวลจริยธรรม + การขับเคลื่อนจริยธรรมปี 2569 (Google Drive)"),
        "O21": ("broken", "ไอคอนเดียวของ O21 ลิงก์ไป Google Drive ไฟล์ที่ไม่มีแล้ว (404)"),
        "O23": ("pass", "แผนปฏิบัติการป้องกันการทุจริตปี 2569 (Google Drive)"),
        "O24": ("pass", "รายงานผลการดำเนินการป้องกันการทุจริตปี 2568 (Google Drive)"),
        "O25": ("missing", "การ์ด O25 มีไอคอนลิงก์ '#' ไม่มีเอกสาร"),
    })
    write_expected(out, host, "Department (กรม) site, ITA 2569 card grid 'O01'…'O26' with icon-only links to /uploads/ita2569/ "
                   "and Google Drive; executives without contacts, 2567 procurement report, a deleted Drive file, a '#' card.",
                   dict(items_source=ITA_SOURCE, agency="dcep", year=CUR, family="ita", style="ita2569_table",
                        registry=dict(name_th=ag["name"], name_en="Department of Community Enterprise Promotion", type="กรม",
                                      province="กรุงเทพมหานคร", url=f"http://{host}/")), items)


# ----------------------------------------------------------------------------------------------------------------
# Site D: อบต.โคกม่วง, Joomla; the 2569 page still uses the 2568 list (ita2568_list)

# Where each 2569 item's evidence sits in the 2568 numbering (research note §4, "Changes from 2568 to 2569").
OLD_FOR_NEW = {"O1": ["O1"], "O2": ["O2"], "O3": ["O3"], "O4": ["O4"], "O5": ["O5"], "O6": ["O6"], "O7": ["O7"],
               "O8": ["O8"], "O9": ["O9"], "O10": ["O10", "O11"], "O11": ["O12"], "O12": ["O13"], "O13": ["O14"],
               "O14": ["O15"], "O15": ["O16"], "O16": ["O17"], "O17": ["O18"], "O18": ["O19"], "O19": ["O20"],
               "O20": ["O21", "O22"], "O21": ["O23"], "O22": ["O24"], "O23": ["O25"], "O24": ["O26"], "O25": [], "O26": []}


def site_khokmuang(out: Out) -> None:
    host = "www.khokmuang.go.th"
    ag = dict(name="องค์การบริหารส่วนตำบลโคกม่วง", kind="lao", address="88 หมู่ 2 ตำบลโคกม่วง อำเภอคลองหอยโข่ง จังหวัดสงขลา 90230",
              phone="074-557-031", fax="074-557-032", email="khokmuang_sao@hotmail.com", map="6.9120,100.3431",
              execs=[("นายอับดุลเลาะ หมัดหลี", "นายกองค์การบริหารส่วนตำบลโคกม่วง"),
                     ("นายสุรชัย ทองแก้ว", "รองนายกองค์การบริหารส่วนตำบลโคกม่วง")],
              exec_phone=["089-466-2071", "081-098-4432"])
    fb = out.facebook("khokmuangsao", "อบต.โคกม่วง")
    form_c = out.form(uid(host, "complaint")[:40], "ร้องเรียนการทุจริต อบต.โคกม่วง")
    form_e = out.form(uid(host, "eservice")[:40], "บริการออนไลน์ อบต.โคกม่วง")
    for k in range(2):
        out.png(host, f"images/bor/{k + 1}.png", 130 + 30 * k)

    def art(i):
        return f"/index.php?option=com_content&view=article&id={i}&Itemid=120"

    def page(title, body):
        return (f'<!DOCTYPE html><html lang="th-th"><head><meta charset="utf-8"><title>{title}</title>'
                '<link href="/templates/ja_purity/css/template.css" rel="stylesheet"></head><body id="bd">'
                f'<div id="ja-header"><h1 class="logo">{ag["name"]}</h1><a href="{fb}"><img src="/images/fb.png" alt=""></a></div>'
                '<div id="ja-mainnav"><ul class="menu"><li><a href="/">หน้าแรก</a></li>'
                f'<li><a href="{art(88).replace("&", "&amp;")}">ITA</a></li><li><a href="{art(20).replace("&", "&amp;")}">ติดต่อ</a></li></ul></div>'
                f'<div id="ja-content"><h2 class="contentheading">{title}</h2><div class="article-content">{body}</div></div>'
                f'<div id="ja-footer">{ag["name"]} {ag["address"]} โทร {ag["phone"]} โทรสาร {ag["fax"]} {ag["email"]}</div>'
                '</body></html>')

    def P(*xs):
        return "".join(f"<p>{x}</p>" for x in xs)

    docs_old: dict[str, list[tuple[str, str, str]]] = {}
    for new, olds in OLD_FOR_NEW.items():
        if not olds:
            continue
        d = ita_docs(new, ag)
        if new == "O13":
            d = [("hr-plan", "แผนการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568",
                  P("หลักเกณฑ์การสรรหา การแต่งตั้ง การประเมินผล และการพัฒนาบุคลากร",
                    "แผนการบริหารทรัพยากรบุคคล และแผนพัฒนาบุคลากร ประจำปีงบประมาณ พ.ศ. 2568"))]
        if new == "O18":
            d = ita_docs(new, ag, fy=CUR - 1)                   # complaint statistics of 2567 (the 2568 rule)
        if new == "O19":
            d = ita_docs(new, ag, fy=CUR - 1)                   # participation of 2568 (2568 rule: previous year)
        if new == "O10":
            docs_old["O11"] = [("service-stat", "ข้อมูลสถิติการให้บริการ ปีงบประมาณ พ.ศ. 2569",
                                P("สถิติการให้บริการรายเดือน ต.ค. 2568 – มี.ค. 2569 (รวม E-Service 38 ครั้ง)"))]
            continue
        if new == "O11":
            d = d + [("procure-list", "รายการการจัดซื้อจัดจ้าง (แบบ ITA-o12) ปีงบประมาณ พ.ศ. 2569",
                      P("ที่ ปีงบประมาณ ชื่อหน่วยงาน ... เลขที่โครงการในระบบ e-GP"))]
        if new == "O20":
            docs_old["O21"] = d[:1] + [("nogift-culture", "กิจกรรมสร้างวัฒนธรรม No Gift Policy ปีงบประมาณ พ.ศ. 2569",
                                         P("กิจกรรมให้ความรู้เรื่องหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา "
                                           "(มาตรา 128) วันที่ 20 มกราคม 2569"))]
            docs_old["O22"] = [("gift-report", "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา ปีงบประมาณ พ.ศ. 2569",
                                P("รอบ 6 เดือน (1 ตุลาคม 2568 – 31 มีนาคม 2569): ไม่มีการรับทรัพย์สิน"))]
            continue
        docs_old[olds[0]] = d

    links: dict[str, list[str]] = {}
    for old, d in docs_old.items():
        for stem, title, body in d:
            path = f"/images/ita/2569/{old.lower()}_{stem}.pdf"
            if old == "O8":
                links.setdefault(old, []).append("/images/ita/2569/o8_manual.pdf")   # never uploaded: 404
                continue
            out.pdf(host, path, title, body)
            links.setdefault(old, []).append(path)
    pages = {
        "O2": (21, "คณะผู้บริหาร", exec_block(ag).replace("/images/exec", "/images/bor/")),
        "O3": (20, "ติดต่อ อบต.", contact_block(ag, out) + f'<p>สอบถาม: <a href="{fb}">Facebook อบต.โคกม่วง</a> (ตอบทุกวันทำการ)</p>'),
        "O4": (30, "ข่าวประชาสัมพันธ์", news_list(NEWS69 + NEWS68)),
        "O10": (31, "E-Service", f'<p>บริการยื่นคำร้องออนไลน์ <a href="{form_e}">คลิก</a></p>'),
        "O18": (32, "ช่องทางร้องเรียนการทุจริต", f'<p>Google Form <a href="{form_c}">คลิก</a> โทร {ag["phone"]} ตู้รับเรื่องร้องเรียน</p>'),
    }
    for old, (i, title, body) in pages.items():
        out.text(host, f"index.php@option=com_content&view=article&id={i}&Itemid=120", page(title, body))
        links[old] = [art(i)]

    rows = []
    for code, title in ITA2568:
        cell = " ".join(f'<a href="{u.replace("&", "&amp;")}">เปิด</a>' for u in links.get(code, [])) or "-"
        rows.append(f"<tr><td>{code.lower()}</td><td>{title}</td><td>{cell}</td></tr>")
    out.text(host, "index.php@option=com_content&view=article&id=88&Itemid=120",
             page("การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569",
                  '<table class="contentpaneopen" border="1"><tr><th>ข้อ</th><th>รายการ</th><th>เอกสาร</th></tr>'
                  + "".join(rows) + "</table>"))
    out.png(host, "images/ita.png", 70)
    out.text(host, "index.html", page(ag["name"], f'<a href="{art(88).replace("&", "&amp;")}"><img src="/images/ita.png" alt="ITA"></a>'
                                      + news_list(NEWS69[:3])))
    write_manifest(out, host, {})

    where = lambda new: "/".join(o.lower() for o in OLD_FOR_NEW[new])  # noqa: E731
    items = {c: ("pass", doc_why(c, ag, f"ใต้ข้อ {where(c)} (เลขแบบ 2568)")) for c, _ in ITA2569}
    items.update({
        "O2": ("pass", "o2 → หน้าคณะผู้บริหาร: ชื่อ ตำแหน่ง รูป เบอร์โทร"),
        "O3": ("pass", "o3 → หน้าติดต่อ: ที่อยู่ โทร โทรสาร อีเมล แผนที่ + สอบถามทาง Facebook"),
        "O8": ("broken", "o8 ลิงก์ /images/ita/2569/o8_manual.pdf ตอบ 404"),
        "O10": ("pass", "o10 E-Service (Google Form) + o11 สถิติการให้บริการ ต.ค. 68 – มี.ค. 69"),
        "O11": ("pass", "o12 (เลข 2568) มีสรุปผลจัดซื้อจัดจ้างรายเดือนไตรมาส 1–2 ปี 2569 และแบบ ITA-o12"),
        "O12": ("pass", "o13 (เลข 2568): รายงานสรุปผลจัดซื้อจัดจ้างประจำปี 2568"),
        "O13": ("partial", "o14 (เลข 2568): แผนการบริหารและพัฒนาทรัพยากรบุคคลยังเป็นของปี 2568 (ต้องปี 2569)"),
        "O18": ("partial", "o19 (เลข 2568): สถิติเรื่องร้องเรียนปี 2567 (2569 ต้องเป็นปี 2568)"),
        "O19": ("partial", "o20 (เลข 2568): การมีส่วนร่วมของปี 2568 (2569 ต้องเป็นปีปัจจุบัน 2569)"),
        "O20": ("pass", "o21 ประกาศ No Gift 2569 + กิจกรรมความรู้มาตรา 128; o22 รายงานการรับทรัพย์สิน 2569"),
        "O21": ("pass", "o23 (เลข 2568): การประเมินความเสี่ยงการทุจริตปี 2569 (รวมการเบิกจ่ายงบประมาณ)"),
        "O25": ("missing", "ตารางแบบ 2568 ไม่มีข้อนี้ และไม่พบเอกสารการนำผล ITA ไปพัฒนาองค์กรในเว็บไซต์"),
        "O26": ("missing", "ตารางแบบ 2568 ไม่มีข้อนี้ ไม่พบรายงานผลการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"),
    })
    write_expected(out, host, "อบต. on Joomla: page titled OIT 2569 but laid out with the 26 items of the 2568 list (o1…o26, "
                   "2568 numbering), so 2569 items sit under other numbers; O25/O26 have no place; stale HR plan, 2567 "
                   "complaint statistics, 2568 participation, one 404.",
                   dict(items_source=ITA_SOURCE + "; 2568 list and renumbering from §3 and §4 'Changes from 2568 to 2569'",
                        agency="khokmuang", year=CUR, family="ita", style="ita2568_list",
                        registry=dict(name_th=ag["name"], name_en="Khok Muang SAO", type="อบต.", province="สงขลา",
                                      url=f"http://{host}/")), items)


# ----------------------------------------------------------------------------------------------------------------
# MOIT hospitals

def moit_doc(site: str, n: int, q: int, fy: int = CUR) -> tuple[str, str]:
    """(title, body html) of the evidence of MOIT n for quarter q of fiscal year fy."""
    months, memo = quarter_text(q, fy)
    title = f"MOIT{n} ไตรมาสที่ {q} ปีงบประมาณ พ.ศ. {fy}"
    body = (f"<p>{site}</p><p>MOIT {n} {MOIT_TITLE[f'MOIT{n}']}</p>"
            f"<p>ไตรมาสที่ {q} ปีงบประมาณ พ.ศ. {fy} (ข้อมูล {months})</p>"
            f"<p>{n}.1 {MOIT_EVIDENCE[n]}</p>"
            f"<p>{n}.2 บันทึกข้อความ ขออนุมัติเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน ลงวันที่ {memo} "
            f"ผู้อำนวยการลงนามอนุญาตให้เผยแพร่</p>"
            f"<p>{n}.3 แบบฟอร์มการขออนุญาตเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน (วันที่ {memo})</p>")
    return title, body


def hospital_page(h: dict, title: str, body: str) -> str:
    return (f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{title} - {h["name"]}</title>'
            '<link rel="stylesheet" href="/assets/css/bootstrap.min.css"><link rel="stylesheet" href="/assets/css/style.css">'
            f'</head><body><div class="topbar"><a href="{h["fb"]}"><i class="bi bi-facebook"></i></a> โทร {h["phone"]}</div>'
            f'<div class="header-wrap"><div class="brand">{h["name"]}</div><ul class="navbar-nav-x">'
            f'<li><a href="/">หน้าหลัก</a></li><li><a href="/about.html">เกี่ยวกับเรา</a></li>'
            f'<li class="dd"><a href="#">{h["menu"]}</a><ul class="dd-list"><li><a href="{h["ita"]}">{h["menu"]} 2569</a></li>'
            f'<li><a href="{h["ita_old"]}">{h["menu"]} 2568</a></li></ul></li><li><a href="/contact.html">ติดต่อเรา</a></li></ul></div>'
            f'<main class="container">{body}</main><footer><p>{h["name"]} {h["address"]} โทร {h["phone"]}</p></footer></body></html>')


def hospital_common(out: Out, h: dict) -> None:
    out.text(h["host"], "about.html", hospital_page(h, "เกี่ยวกับเรา", f"<p>{h['name']} {h['about']}</p>"))
    out.text(h["host"], "contact.html", hospital_page(h, "ติดต่อเรา", f"<p>{h['address']} โทร {h['phone']}</p>"))
    news = "".join(f'<div class="col-md-4"><div class="card"><div class="card-body"><h5 class="card-title">{t}</h5>'
                   f'<p class="card-text">{d}</p></div></div></div>' for d, t in h["news"])
    out.text(h["host"], "index.html", hospital_page(h, "หน้าหลัก",
             f'<a href="{h["ita"]}"><img src="/assets/img/ita-banner.png" alt="ITA"></a><h3>ข่าวประชาสัมพันธ์</h3>'
             f'<div class="row">{news}</div>'))


def moit_expected(out: Out, h: dict, head: str, style_why: str, defects: dict) -> None:
    items = {c: ("pass", style_why) for c, _ in MOIT}
    items.update(defects)
    write_expected(out, h["host"], head, dict(items_source=MOIT_SOURCE, agency=h["id"], year=CUR, family="moit",
                                              style="moit_hospital",
                                              registry=dict(name_th=h["name"], name_en=h["name_en"], type=h["type"],
                                                            province=h["province"], url=f"http://{h['host']}/")), items)


def site_khamtakla(out: Out) -> None:
    """MOIT buttons -> item page -> 'ไตรมาส 1…4' Google Drive folders, one evidence file each."""
    h = dict(id="khamtaklahosp", host="www.khamtaklahospital.go.th", name="โรงพยาบาลคำตากล้า", name_en="Kham Ta Kla Hospital",
             type="โรงพยาบาลชุมชน", province="สกลนคร", address="222 หมู่ 1 ตำบลคำตากล้า อำเภอคำตากล้า จังหวัดสกลนคร 47250",
             phone="042-796-044", menu="ITA", ita="/ita/2569/", ita_old="/ita/2568/", about="โรงพยาบาลชุมชนขนาด 30 เตียง",
             news=[("12 มี.ค. 2569", "รณรงค์ฉีดวัคซีนไข้หวัดใหญ่"), ("4 ก.พ. 2569", "วันมะเร็งโลก 2569")])
    h["fb"] = out.facebook("khamtaklahospital", h["name"])
    host = h["host"]
    hospital_common(out, h)
    out.text(host, "ita/2568/index.html", hospital_page(h, "ITA 2568", "<p>หลักฐาน ITA ปี 2568 (MOIT1–MOIT22) ย้ายไปที่ Google Drive ของโรงพยาบาล</p>"))
    buttons = []
    for code, title in MOIT:
        n = int(code[4:])
        if n == 13:                                               # placeholder only
            buttons.append(f'<div class="col-6 col-md-3"><a class="btn btn-outline-primary w-100 mb-2" href="#" '
                           f'title="{title}">{code}</a></div>')
            continue
        buttons.append(f'<div class="col-6 col-md-3"><a class="btn btn-outline-primary w-100 mb-2" href="/ita/2569/moit{n}.html" '
                       f'title="{title}">{code}</a></div>')
        rows = []
        for q in range(1, 5):
            fid = uid(host, n, q)
            if n == 7:                                            # the item's Drive folders were deleted
                rows.append(f'<li><i class="bi bi-folder"></i> <a href="https://drive.google.com/drive/folders/{fid}?usp=sharing">'
                            f'ไตรมาส {q}</a></li>')
                continue
            if n == 5 and q >= 3:                                 # Q3 and Q4 folders left empty
                url = out.drive_folder(fid, f"MOIT5 ไตรมาส {q}", [])
            else:
                fy = CUR - 1 if (n == 17 and q == 1) else CUR     # last year's risk assessment left in Q1
                t, b = moit_doc(h["name"], n, q, fy)
                f = out.drive_file(uid(host, n, q, "file"), f"MOIT{n}_Q{q}.pdf", f"<h2>{t}</h2>{b}")
                url = out.drive_folder(fid, f"MOIT{n} ไตรมาส {q}", [(f"MOIT{n}_Q{q}.pdf", f)])
            rows.append(f'<li><i class="bi bi-folder"></i> <a href="{url}">ไตรมาส {q}</a></li>')
        out.text(host, f"ita/2569/moit{n}.html", hospital_page(h, code, f"<h3>{code}</h3><p>{title}</p>"
                 f'<p>หลักฐานเชิงประจักษ์ {n}.1 – {n}.3 แยกตามไตรมาส ปีงบประมาณ พ.ศ. 2569</p><ul class="q-folders">{"".join(rows)}</ul>'))
    out.text(host, "ita/2569/index.html", hospital_page(h, "ITA 2569",
             "<h2>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงาน (MOIT) ปีงบประมาณ พ.ศ. 2569</h2>"
             f'<div class="row">{"".join(buttons)}</div>'))
    write_manifest(out, host, {})
    moit_expected(out, h, "รพ.ชุมชน: menu ITA -> /ita/2569/ with MOIT1–MOIT22 buttons -> item page -> Google Drive folder per quarter "
                  "with one evidence PDF; empty Q3–Q4 folders, deleted Drive folders, a '#' button, last year's file in one quarter.",
                  "หน้า MOIT: โฟลเดอร์ Drive ไตรมาส 1–4 ปี 2569 มีหลักฐาน n.1–n.3 ครบ", {
                      "MOIT5": ("partial", "โฟลเดอร์ไตรมาส 3 และ 4 ว่างเปล่า มีเพียงไตรมาส 1–2"),
                      "MOIT7": ("broken", "ลิงก์โฟลเดอร์ Drive ทั้ง 4 ไตรมาสตอบ 404 (ถูกลบ)"),
                      "MOIT13": ("missing", "ปุ่ม MOIT13 ลิงก์ '#' ไม่มีหลักฐาน"),
                      "MOIT17": ("partial", "ไตรมาส 1 เป็นไฟล์ของปีงบประมาณ 2568 (ต.ค.–ธ.ค. 2567); ไตรมาส 2–4 ถูกปี"),
                  })


def site_nongwuaso(out: Out) -> None:
    """One page per quarter listing MOIT1–MOIT22 with a Drive file link each."""
    h = dict(id="nongwuasohosp", host="nongwuasohosp.go.th", name="โรงพยาบาลหนองวัวซอ", name_en="Nong Wua So Hospital",
             type="โรงพยาบาลชุมชน", province="อุดรธานี", address="99 หมู่ 10 ตำบลหมากหญ้า อำเภอหนองวัวซอ จังหวัดอุดรธานี 41360",
             phone="042-289-110", menu="MOIT", ita="/ita69.php", ita_old="/ita68.php", about="โรงพยาบาลชุมชน 30 เตียง",
             news=[("20 ม.ค. 2569", "เปิดบริการคลินิกกัญชาทางการแพทย์"), ("5 ธ.ค. 2568", "วันพ่อแห่งชาติ")])
    h["fb"] = out.facebook("nongwuasohospital", h["name"])
    host = h["host"]
    hospital_common(out, h)
    out.text(host, "ita68.php", hospital_page(h, "MOIT 2568", "<p>MOIT ปีงบประมาณ 2568 (ปิดระบบแล้ว)</p>"))
    tabs = "".join(f'<a class="btn btn-success me-2" href="/ita69.php?q={q}">ไตรมาส {q}</a>' for q in range(1, 5))
    out.text(host, "ita69.php", hospital_page(h, "MOIT 2569", "<h2>MOIT 2569 หลักฐานเชิงประจักษ์ แยกตามไตรมาส</h2>" + tabs))
    for q in range(1, 5):
        rows = []
        for code, title in MOIT:
            n = int(code[4:])
            if n == 14:
                rows.append(f'<tr><td>{code}</td><td>{title}</td><td><a href="#">เปิด</a></td></tr>')
                continue
            if n == 10 and q == 4:
                rows.append(f'<tr><td>{code}</td><td>{title}</td><td>ยังไม่มีข้อมูล</td></tr>')
                continue
            fid = uid(host, n, q)
            if n == 21:                                           # file removed from Drive
                url = f"https://drive.google.com/file/d/{fid}/view?usp=sharing"
            else:
                fy = CUR - 1 if n == 19 else CUR                  # MOIT19 still the 2568 report in every quarter
                t, b = moit_doc(h["name"], n, q, fy)
                url = out.drive_file(fid, f"{code}_{q}.pdf", f"<h2>{t}</h2>{b}")
            rows.append(f'<tr><td>{code}</td><td>{title}</td><td><a href="{url}" target="_blank">เปิด</a></td></tr>')
        out.text(host, f"ita69.php@q={q}", hospital_page(h, f"MOIT 2569 ไตรมาส {q}",
                 f"<h2>MOIT 2569 ไตรมาส {q}</h2>{tabs}<table class=\"table table-striped\"><tr><th>ข้อ</th><th>ประเด็น</th>"
                 f"<th>หลักฐาน</th></tr>{''.join(rows)}</table>"))
    write_manifest(out, host, {"types": {"/ita69.php": "text/html", "/ita68.php": "text/html"}})
    moit_expected(out, h, "รพ.ชุมชน: menu MOIT -> ita69.php with tabs ไตรมาส 1–4 (ita69.php?q=N), each a table MOIT1–MOIT22 "
                  "with 'เปิด' links to Google Drive files; one quarter 'ยังไม่มีข้อมูล', a 2568 report, a removed file, '#' links.",
                  "ทั้ง 4 หน้าไตรมาสมีไฟล์ Drive ปี 2569 ของข้อนี้ (n.1–n.3)", {
                      "MOIT10": ("partial", "ไตรมาส 4 แสดง 'ยังไม่มีข้อมูล'; ไตรมาส 1–3 มี"),
                      "MOIT14": ("missing", "ทุกไตรมาสลิงก์ 'เปิด' เป็น '#'"),
                      "MOIT19": ("partial", "ไฟล์ทุกไตรมาสเป็นของปีงบประมาณ 2568"),
                      "MOIT21": ("broken", "ไฟล์ Drive ทุกไตรมาสตอบ 404 (ถูกลบ)"),
                  })


def site_sisawat(out: Out) -> None:
    """ita.php?moit=N pages with quarter panels linking PDFs on the hospital's own host."""
    h = dict(id="sisawathosp", host="www.sisawathospital.go.th", name="โรงพยาบาลศรีสวัสดิ์", name_en="Si Sawat Hospital",
             type="โรงพยาบาลชุมชน", province="กาญจนบุรี", address="1 หมู่ 1 ตำบลนาสวน อำเภอศรีสวัสดิ์ จังหวัดกาญจนบุรี 71250",
             phone="034-516-122", menu="ITA", ita="/ita.php?year=2569", ita_old="/ita.php?year=2568",
             about="โรงพยาบาลชุมชน 30 เตียง", news=[("9 เม.ย. 2569", "ตรวจสุขภาพเคลื่อนที่ตำบลท่ากระดาน")])
    h["fb"] = out.facebook("sisawathospital", h["name"])
    host = h["host"]
    hospital_common(out, h)
    out.text(host, "ita.php@year=2568", hospital_page(h, "ITA 2568", "<p>ITA 2568 ดูย้อนหลังได้ที่ระบบ MITAS</p>"))
    cards = []
    for code, title in MOIT:
        n = int(code[4:])
        if n == 22:
            cards.append(f'<div class="col-md-3"><div class="card"><div class="card-body"><h5>{code}</h5>'
                         f'<p class="small">{title}</p><span class="text-muted">อยู่ระหว่างดำเนินการ</span></div></div></div>')
            continue
        cards.append(f'<div class="col-md-3"><div class="card"><div class="card-body"><h5>{code}</h5>'
                     f'<p class="small">{title}</p><a href="/ita.php?moit={n}" class="stretched-link">รายละเอียด</a></div></div></div>')
        panels = []
        for q in range(1, 5):
            path = f"/uploads/moit2569/m{n:02d}q{q}.pdf"
            if n == 11 and q == 2:
                panels.append(f'<div class="accordion-item"><h2 class="accordion-header">ไตรมาส {q}</h2>'
                              '<div class="accordion-body">-</div></div>')
                continue
            if n != 16:                                           # MOIT16 files never uploaded (404)
                fy = CUR - 1 if n == 3 else CUR
                t, b = moit_doc(h["name"], n, q, fy)
                if n == 3:                                        # analysis of 2567 procurement, kept from last year
                    b = b.replace("(ข้อมูลสะสมตั้งแต่ต้นปีงบประมาณ)", "ประจำปีงบประมาณ พ.ศ. 2567")
                out.pdf(host, path, t, b)
            panels.append(f'<div class="accordion-item"><h2 class="accordion-header">ไตรมาส {q}</h2>'
                          f'<div class="accordion-body"><a href="{path}"><i class="bi bi-file-earmark-pdf"></i> {n}.1–{n}.3 '
                          f'หลักฐานไตรมาส {q}</a></div></div>')
        out.text(host, f"ita.php@moit={n}", hospital_page(h, code, f"<h3>{code} {title}</h3>"
                 f'<div class="accordion" id="q">{"".join(panels)}</div>'))
    out.text(host, "ita.php@year=2569", hospital_page(h, "ITA 2569", "<h2>ITA 2569 (MOIT)</h2>" f'<div class="row">{"".join(cards)}</div>'))
    write_manifest(out, host, {})
    moit_expected(out, h, "รพ.ชุมชน: ita.php?year=2569 cards MOIT1–MOIT22 -> ita.php?moit=N with quarter accordions linking PDFs on "
                  "/uploads/moit2569/; a card 'อยู่ระหว่างดำเนินการ', a quarter '-', missing PDFs, an old procurement analysis.",
                  "ita.php?moit=N: PDF ไตรมาส 1–4 ปี 2569 ครบ (n.1–n.3)", {
                      "MOIT3": ("partial", "ทุกไตรมาสเป็นไฟล์ปีงบประมาณ 2568 (วิเคราะห์ผลจัดซื้อปี 2567) ไม่ใช่ของปี 2569"),
                      "MOIT11": ("partial", "ไตรมาส 2 แสดง '-' ไม่มีหลักฐาน; ไตรมาส 1, 3, 4 มี"),
                      "MOIT16": ("broken", "PDF ทั้ง 4 ไตรมาสตอบ 404"),
                      "MOIT22": ("missing", "การ์ด MOIT22 'อยู่ระหว่างดำเนินการ' ไม่มีลิงก์"),
                  })


def site_nakae(out: Out) -> None:
    """สสอ.: one Drive folder per MOIT item with ไตรมาส 1–4 sub-folders."""
    h = dict(id="nakaesso", host="nakaesso.go.th", name="สำนักงานสาธารณสุขอำเภอนาแก", name_en="Na Kae District Health Office",
             type="สำนักงานสาธารณสุขอำเภอ", province="นครพนม", address="ถนนนาแก-นาหว้า ตำบลนาแก อำเภอนาแก จังหวัดนครพนม 48130",
             phone="042-571-133", menu="ITA", ita="/ita/", ita_old="/ita/2568.html", about="สำนักงานสาธารณสุขอำเภอ",
             news=[("3 มี.ค. 2569", "ประชุม คปสอ.นาแก ครั้งที่ 2/2569")])
    h["fb"] = out.facebook("ssonakae", h["name"])
    host = h["host"]
    hospital_common(out, h)
    out.text(host, "ita/2568.html", hospital_page(h, "ITA 2568", "<p>ITA 2568</p>"))
    rows = []
    for code, title in MOIT:
        n = int(code[4:])
        if n == 12:
            rows.append(f"<tr><td>{code}</td><td>{title}</td><td>-</td></tr>")
            continue
        fid = uid(host, n)
        if n == 20:                                               # folder no longer shared: 404
            url = f"https://drive.google.com/drive/folders/{fid}?usp=sharing"
        else:
            subs = []
            for q in range(1, 5):
                if n == 6 and q == 3:
                    continue                                      # no Q3 folder
                fy = CUR - 1 if n == 4 else CUR                   # procurement plan: last year's files
                t, b = moit_doc(h["name"], n, q, fy)
                f = out.drive_file(uid(host, n, q, "f"), f"{n}.1-{n}.3_ไตรมาส{q}.pdf", f"<h2>{t}</h2>{b}")
                subs.append((f"ไตรมาส {q}", out.drive_folder(uid(host, n, q), f"ไตรมาส {q}", [(f"{n}.1-{n}.3_ไตรมาส{q}.pdf", f)])))
            url = out.drive_folder(fid, f"{code} ปีงบประมาณ 2569", subs)
        rows.append(f'<tr><td>{code}</td><td>{title}</td><td><a href="{url}"><img src="/images/gdrive.png" alt=""></a></td></tr>')
    out.text(host, "ita/index.html", hospital_page(h, "ITA 2569",
             "<h2>หลักฐานเชิงประจักษ์ MOIT ปีงบประมาณ พ.ศ. 2569</h2><table class=\"table\"><tr><th>รหัส</th><th>ประเด็นการประเมิน</th>"
             f"<th>Google Drive</th></tr>{''.join(rows)}</table>"))
    write_manifest(out, host, {})
    moit_expected(out, h, "สสอ.: /ita/ table MOIT1–MOIT22 with icon-only Google Drive links, one folder per item holding "
                  "sub-folders ไตรมาส 1–4; a '-' row, a 404 folder, a missing Q3 folder, last year's procurement plan.",
                  "โฟลเดอร์ Drive ของข้อนี้มีโฟลเดอร์ย่อยไตรมาส 1–4 ปี 2569 ครบ", {
                      "MOIT4": ("partial", "ไฟล์ทุกไตรมาสเป็นของปีงบประมาณ 2568"),
                      "MOIT6": ("partial", "ไม่มีโฟลเดอร์ไตรมาส 3; มีไตรมาส 1, 2, 4"),
                      "MOIT12": ("missing", "แถว MOIT12 แสดง '-' ไม่มีลิงก์"),
                      "MOIT20": ("broken", "ลิงก์โฟลเดอร์ Drive ตอบ 404"),
                  })


HOSTS = ["www.banklang-sao.go.th", "www.maekha.go.th", "www.dcep.go.th", "www.khokmuang.go.th",
         "www.khamtaklahospital.go.th", "nongwuasohosp.go.th", "www.sisawathospital.go.th", "nakaesso.go.th"]


def build(dest: Path = SITES_DIR) -> None:
    for host in HOSTS:                                            # only our own folders are replaced
        if (dest / host).exists():
            shutil.rmtree(dest / host)
    for pattern in (f"drive.google.com/file/d/{DRIVE_PREFIX}*", f"drive.google.com/drive/folders/{DRIVE_PREFIX}*",
                    f"docs.google.com/forms/d/e/{FORM_PREFIX}*"):
        for old in dest.glob(pattern):
            shutil.rmtree(old)
    out = Out(dest)
    for fn in (site_banklang, site_maekha, site_dcep, site_khokmuang,
               site_khamtakla, site_nongwuaso, site_sisawat, site_nakae):
        fn(out)
    make_pdfs(out.jobs)
    for host in HOSTS:                                            # logos, banners and icons the pages show
        for page in (dest / host).rglob("*"):
            if page.suffix in (".pdf", ".png", ".xlsx", ".yaml") or not page.is_file():
                continue
            for src in set(re.findall(r'src="(/[^"]+\.png)"', page.read_text(encoding="utf-8"))):
                if not (dest / host / src.lstrip("/")).exists():
                    out.png(host, src, 200)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
