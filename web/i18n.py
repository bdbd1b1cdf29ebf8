"""Interface words in Thai (default) and English."""

WORDS = {
    "th": {
        "title": "OIT Watch — ติดตามการเปิดเผยข้อมูลสาธารณะ", "dashboard": "ภาพรวม", "findings": "ค้นหาผลการตรวจ",
        "latest_run": "รอบการตรวจล่าสุด", "agencies": "หน่วยงาน", "pass_rate": "อัตราผ่าน", "sites_down": "เว็บไซต์เข้าไม่ได้",
        "newly": "รายการที่เพิ่งไม่ผ่านตั้งแต่รอบก่อน", "items_worst": "อัตราผ่านรายข้อ (แย่ที่สุดก่อน)",
        "provinces": "รายจังหวัด", "trend": "อัตราผ่านย้อนหลัง", "item": "ข้อ", "title_col": "ข้อมูล", "status": "สถานะ",
        "reason": "ข้อมูลในเว็บไซต์", "evidence": "หลักฐาน", "history": "ประวัติ", "score": "คะแนนประมาณการ OIT",
        "changes": "เปลี่ยนแปลงจากรอบก่อน", "pages_seen": "หน้าเว็บและเอกสารที่เก็บได้", "search": "ค้นหา",
        "province": "จังหวัด", "type": "ประเภท", "all": "ทั้งหมด", "download": "ดาวน์โหลด", "no_runs": "ยังไม่มีผลการตรวจ: รัน oit crawl หรือ oit demo",
        "failing_agencies": "หน่วยงานที่ไม่ผ่านข้อนี้", "none": "ไม่มี", "run": "รอบ", "agency": "หน่วยงาน",
        "pass": "ผ่าน", "partial": "ไม่ครบถ้วน", "missing": "ไม่พบข้อมูล", "broken": "เข้าถึงไม่ได้", "unchecked": "ไม่ได้ตรวจ",
        "results": "ผลลัพธ์", "text_seen": "ข้อความที่ระบบอ่านได้", "open_original": "เปิดหน้าเว็บจริง",
    },
    "en": {
        "title": "OIT Watch — public disclosure monitoring", "dashboard": "Dashboard", "findings": "Search findings",
        "latest_run": "Latest run", "agencies": "Agencies", "pass_rate": "Pass rate", "sites_down": "Sites down",
        "newly": "Newly failing since the previous run", "items_worst": "Pass rate per item (worst first)",
        "provinces": "By province", "trend": "Pass rate over recent runs", "item": "Item", "title_col": "Information",
        "status": "Status", "reason": "On the website", "evidence": "Evidence", "history": "History",
        "score": "Estimated OIT score", "changes": "Changes since the previous run", "pages_seen": "Pages and documents fetched",
        "search": "Search", "province": "Province", "type": "Type", "all": "All", "download": "Download",
        "no_runs": "No results yet: run oit crawl or oit demo", "failing_agencies": "Agencies failing this item",
        "none": "None", "run": "Run", "agency": "Agency", "pass": "pass", "partial": "partial", "missing": "missing",
        "broken": "broken", "unchecked": "unchecked", "results": "results", "text_seen": "Text the crawler read",
        "open_original": "Open the live page",
    },
}
