"""The Thai text of the scanned and photographed fixture documents (HTML, rendered by LibreOffice, then scanned).

Each function returns the HTML body of one document as an agency would have typed it before printing, signing
and scanning it. Years are written as agencies write them, often in Thai digits.
"""
from __future__ import annotations

from rules.thai import thai_digits as th

CENTER = 'p align="center"'


def no_gift(site: dict, year: int) -> str:
    """A signed No Gift Policy announcement for fiscal ``year``, signed in October of the year before."""
    return f"""
<{CENTER}><b>ประกาศ{site['name_th']}</b></p>
<{CENTER}>เรื่อง ประกาศเจตนารมณ์นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)</p>
<{CENTER}>ประจำปีงบประมาณ พ.ศ. {th(year)}</p>
<{CENTER}>--------------------------------</p>
<p>ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ ได้ดำเนินการประเมินคุณธรรมและความโปร่งใส
ในการดำเนินงานของหน่วยงานภาครัฐ เพื่อให้หน่วยงานภาครัฐมีการบริหารงานด้วยความซื่อสัตย์สุจริต</p>
<p>ข้าพเจ้า {site['mayor']} ตำแหน่ง {site['mayor_title']} ในฐานะผู้บริหารสูงสุด พร้อมด้วยคณะผู้บริหาร
และเจ้าหน้าที่ของรัฐทุกคน ขอประกาศเจตนารมณ์ว่าจะไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่
ทั้งก่อน ขณะ และหลังการปฏิบัติหน้าที่ ที่จะส่งผลให้เกิดการทุจริตและประพฤติมิชอบทั้งในปัจจุบันและอนาคต</p>
<p>จึงประกาศมาเพื่อทราบโดยทั่วกัน</p>
<{CENTER}>ประกาศ ณ วันที่ {th(10)} ตุลาคม พ.ศ. {th(year - 1)}</p>
<p>&nbsp;</p><p>&nbsp;</p>
<{CENTER}>({site['mayor']})</p>
<{CENTER}>{site['mayor_title']}</p>
"""


def annual_plan(site: dict, year: int) -> str:
    """An annual operation plan: a cover page, then a table of projects with budgets and periods."""
    rows = "".join(f"<tr><td>{n}</td><td>{name}</td><td>{budget:,}</td><td>{when}</td></tr>" for n, (name, budget, when) in
                   enumerate([("โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ ๓", 480000, f"ธันวาคม {year - 1}"),
                              ("โครงการป้องกันและแก้ไขปัญหายาเสพติด", 30000, f"มกราคม {year}"),
                              ("โครงการอบรมคุณธรรมจริยธรรมพนักงาน", 25000, f"มีนาคม {year}"),
                              ("โครงการจัดซื้อวัสดุการศึกษา", 120000, f"พฤษภาคม {year}")], 1))
    return f"""
<p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p>
<{CENTER}><font size="6"><b>แผนดำเนินงาน</b></font></p>
<{CENTER}><font size="5">ประจำปีงบประมาณ พ.ศ. {year}</font></p>
<p>&nbsp;</p><p>&nbsp;</p>
<{CENTER}><font size="5">{site['name_th']}</font></p>
<{CENTER}><font size="4">อำเภอ{site['amphoe']} จังหวัด{site['province']}</font></p>
<p style="page-break-before: always"><b>แผนดำเนินงานและการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. {year}</b></p>
<table border="1" cellpadding="4"><tr><th>ที่</th><th>โครงการ/กิจกรรม</th><th>งบประมาณ (บาท)</th>
<th>ระยะเวลาดำเนินการ</th></tr>{rows}</table>
"""


def privacy_policy(site: dict, year: int) -> str:
    return f"""
<{CENTER}><b>ประกาศ{site['name_th']}</b></p>
<{CENTER}>เรื่อง นโยบายคุ้มครองข้อมูลส่วนบุคคล (Privacy Policy)</p>
<p>{site['name_th']} ให้ความสำคัญกับการคุ้มครองข้อมูลส่วนบุคคลของประชาชนผู้มาติดต่อและผู้ใช้บริการเว็บไซต์
ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. ๒๕๖๒ จึงกำหนดนโยบายดังนี้</p>
<p>๑. เก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นต่อการให้บริการ</p>
<p>๒. ใช้และเปิดเผยข้อมูลตามวัตถุประสงค์ที่แจ้งไว้เท่านั้น</p>
<p>๓. เจ้าของข้อมูลมีสิทธิขอเข้าถึง แก้ไข หรือลบข้อมูลของตน</p>
<{CENTER}>ประกาศ ณ วันที่ {th(16)} มกราคม พ.ศ. {th(year)}</p>
<p>&nbsp;</p>
<{CENTER}>({site['mayor']})</p>
<{CENTER}>{site['mayor_title']}</p>
"""


def six_month_cover(site: dict, year: int) -> str:
    """The typed first page of a six-month report (the scanned table follows); it names no year."""
    return f"""
<{CENTER}><font size="5"><b>รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณ</b></font></p>
<{CENTER}><font size="5">รอบ ๖ เดือน</font></p>
<{CENTER}>{site['name_th']}</p>
<p>รายงานนี้สรุปผลการดำเนินงานตามแผนดำเนินงาน ความก้าวหน้าของโครงการ และการเบิกจ่ายงบประมาณ
รายละเอียดตามตารางแนบท้าย</p>
"""


def six_month_table(site: dict, year: int) -> str:
    months = [("ตุลาคม", year - 1), ("พฤศจิกายน", year - 1), ("ธันวาคม", year - 1), ("มกราคม", year),
              ("กุมภาพันธ์", year), ("มีนาคม", year)]
    rows = "".join(f"<tr><td>{m} {y}</td><td>{2 + k}</td><td>{(k + 1) * 85000:,}</td></tr>"
                   for k, (m, y) in enumerate(months))
    return f"""
<p><b>ผลการดำเนินงานและการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. {year}</b></p>
<p>ระหว่างเดือนตุลาคม {year - 1} ถึงเดือนมีนาคม {year}</p>
<table border="1" cellpadding="4"><tr><th>เดือน</th><th>โครงการที่ดำเนินการ</th><th>เบิกจ่าย (บาท)</th></tr>{rows}</table>
<p>ผู้รายงาน ............................ ผู้อำนวยการกองคลัง</p>
"""


def titled_report(title: str, detail: str):
    """A one-page document: its title and fiscal year, a paragraph, the signature block."""

    def document(site: dict, year: int) -> str:
        return f"""
<{CENTER}><b>{title}</b></p>
<{CENTER}>{site['name_th']}</p>
<{CENTER}>ประจำปีงบประมาณ พ.ศ. {year}</p>
<p>{detail}</p>
<p>&nbsp;</p>
<{CENTER}>({site['mayor']})</p>
<{CENTER}>{site['mayor_title']}</p>
"""
    return document


def local_plan(site: dict, year: int) -> str:
    """The cover of a five-year local development plan: a span of years."""
    return f"""
<p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p>
<{CENTER}><font size="6"><b>แผนพัฒนาท้องถิ่น</b></font></p>
<{CENTER}><font size="5">(พ.ศ. {th(year)} - {th(year + 4)})</font></p>
<p>&nbsp;</p>
<{CENTER}><font size="5">{site['name_th']}</font></p>
<{CENTER}><font size="4">อำเภอ{site['amphoe']} จังหวัด{site['province']}</font></p>
<p>&nbsp;</p>
<p>แผนพัฒนาท้องถิ่นเป็นแผนยุทธศาสตร์การพัฒนาที่กำหนดวิสัยทัศน์ พันธกิจ ยุทธศาสตร์ และแนวทางการพัฒนา
ซึ่งสอดคล้องกับแผนพัฒนาจังหวัดและนโยบายของผู้บริหารท้องถิ่น</p>
"""


HR_POLICY = titled_report("นโยบายการบริหารทรัพยากรบุคคล",
                          "มุ่งเน้นการสรรหา พัฒนา และรักษาบุคลากรที่มีคุณภาพ ส่งเสริมความก้าวหน้าในสายอาชีพ "
                          "และสร้างขวัญกำลังใจในการปฏิบัติงานอย่างเป็นธรรมและโปร่งใส")
ANTI_CORRUPTION_PLAN = titled_report("แผนปฏิบัติการป้องกันการทุจริต",
                                     "ประกอบด้วยโครงการ/กิจกรรมเพื่อสร้างสังคมที่ไม่ทนต่อการทุจริต การบริหารราชการ"
                                     "เพื่อป้องกันการทุจริต และการส่งเสริมบทบาทการมีส่วนร่วมของภาคประชาชน")
PROCUREMENT_PLAN = titled_report("ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง",
                                 "ด้วยหน่วยงานได้จัดทำแผนการจัดซื้อจัดจ้างตามพระราชบัญญัติการจัดซื้อจัดจ้างและ"
                                 "การบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐ จึงประกาศเผยแพร่แผนการจัดซื้อจัดจ้างดังกล่าว "
                                 "รายละเอียดตามเอกสารแนบ")
ANNUAL_REPORT = titled_report("รายงานผลการดำเนินงานประจำปี",
                              "สรุปผลการดำเนินงานตามแผนดำเนินงาน จำนวนโครงการที่ดำเนินการแล้วเสร็จ งบประมาณที่ใช้ "
                              "ปัญหาอุปสรรค และข้อเสนอแนะเพื่อการปรับปรุงในปีต่อไป")
NO_GIFT_CULTURE = titled_report("กิจกรรมการสร้างวัฒนธรรม No Gift Policy",
                                "จัดประชุมชี้แจงและมอบนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ "
                                "แก่คณะผู้บริหาร พนักงาน และพนักงานจ้าง เพื่อปลูกจิตสำนึกและสร้างวัฒนธรรมองค์กร")
