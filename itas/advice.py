"""What to fix, in the consultants' words (Thai first, English beside): every item that scores 0 gets one, and
what the nightly crawl found elsewhere on the site is said beside it."""
from __future__ import annotations

from reports.labels import STATUS_EN, STATUS_TH, be_date
from rules.rulebook import Item


def nightly_note(nightly: dict | None, evidence: list[str]) -> tuple[str, str]:
    """What the latest nightly check said of the item, pointing at where it found it when that is elsewhere."""
    if not nightly:
        return "", ""
    when_th, when_en = f"ตรวจประจำคืน {be_date(nightly['started_at'])}", f"nightly check of run {nightly['run_id']}"
    urls = nightly["evidence"]
    if nightly["status"] == "pass" and urls:
        if set(urls) & set(evidence):
            return f"{when_th}: ผ่าน ที่ URL เดียวกัน", f"{when_en}: passes at the same URL"
        return f"พบในเว็บไซต์ที่ {urls[0]} ({when_th}: ผ่าน)", f"found on the website at {urls[0]} ({when_en}: pass)"
    status = nightly["status"]
    return (f"{when_th}: {STATUS_TH.get(status, status)} — {nightly['reason_th']}",
            f"{when_en}: {STATUS_EN.get(status, status)} — {nightly['reason_en']}")


def _elsewhere(nightly: dict | None, evidence: list[str]) -> str:
    """The URL where the nightly crawl found the item passing, when it is not one the agency gave."""
    if nightly and nightly["status"] == "pass" and nightly["evidence"] and not set(nightly["evidence"]) & set(evidence):
        return nightly["evidence"][0]
    return ""


def fix(item: Item, kind: str, status: str, reason_th: str, reason_en: str, evidence: list[str],
        nightly: dict | None, site: str) -> tuple[str, str]:
    """How to make the answer score: ``kind`` is ``no`` (answered ไม่มี), ``no_url``, ``outside`` (a URL off the
    agency's site) or ``judged`` (the URL was read and judged ``status``); '' for a pass."""
    if status == "pass":
        return "", ""
    there = _elsewhere(nightly, evidence)
    components = "; ".join(item.components_th)
    if kind == "no":
        if there:
            return (f"เว็บไซต์มีข้อมูลนี้แล้ว: เปลี่ยนคำตอบเป็น \"มี\" และระบุ URL {there}",
                    f"the website already publishes it: answer มี (yes) with the URL {there}")
        return (f"จัดทำและเผยแพร่ข้อมูล \"{item.title_th}\" บนเว็บไซต์ของหน่วยงาน ให้มีองค์ประกอบ: {components} "
                "แล้วตอบ \"มี\" พร้อมระบุ URL",
                f"publish \"{item.title_en}\" on the agency's website with every component, then answer มี (yes) "
                "with its URL")
    if status == "unchecked":
        return (f"ต้องตรวจด้วยตนเอง: เปิด URL ที่ระบุและตรวจตามเกณฑ์ ({reason_th})",
                f"a person must look: open the URL given and check it against the criteria ({reason_en})")
    instead_th = f" — พบข้อมูลที่ผ่านเกณฑ์ในเว็บไซต์ที่ {there}: ระบุ URL นี้แทน" if there else ""
    instead_en = f" — the website passes at {there}: give that URL instead" if there else ""
    if kind == "no_url":
        return (f"ระบุ URL ที่แสดงข้อมูล \"{item.title_th}\" บนเว็บไซต์ของหน่วยงาน{instead_th}",
                f"give the URL where \"{item.title_en}\" is published on the agency's website{instead_en}")
    if kind == "outside":
        return (f"ระบุ URL บนเว็บไซต์ของหน่วยงาน ({site}) ที่แสดงหรือเชื่อมโยงไปยังข้อมูล \"{item.title_th}\"{instead_th}",
                f"give a URL on the agency's website ({site}) that shows or links to \"{item.title_en}\"{instead_en}")
    if status == "broken":
        return (f"แก้ไขลิงก์/หน้าเว็บที่ระบุให้เปิดได้ ({reason_th}) หรือระบุ URL ที่เปิดได้{instead_th}",
                f"repair the page or link given so that it opens ({reason_en}), or give one that does{instead_en}")
    if status == "missing":
        return (f"URL ที่ระบุไม่แสดงข้อมูล \"{item.title_th}\": เผยแพร่ข้อมูลให้มีองค์ประกอบ: {components} "
                f"หรือระบุ URL ที่ถูกต้อง{instead_th}",
                f"the URL given does not show \"{item.title_en}\": publish it there with every component, or give "
                f"the right URL{instead_en}")
    return (f"ปรับปรุงข้อมูลที่ URL ที่ระบุให้ครบถ้วน: {reason_th}{instead_th}",
            f"complete what the URL shows: {reason_en}{instead_en}")
