"""The consultants' scoring sheet (XLSX, Thai; per agency, or a batch with a summary sheet) and the officer's
pre-submission check ("3 of your answers would score 0")."""
from __future__ import annotations

import io
from pathlib import Path

from reports.sheets import fill, finish_sheet, link, local_time, new_sheet
from rules.families import rulebooks_for_year
from rules.scoring import score_findings
from rules.thai import thai_digits

ANSWER_TH = {"yes": "มี", "no": "ไม่มี"}
NO_SCORE_TH = "ต้องตรวจด้วยตนเอง"
COLUMNS = (("item", "ข้อ", 7), ("title_th", "ข้อมูล", 30), ("answer_th", "คำตอบ", 8), ("urls_text", "URL", 45),
           ("score_th", "ผล (100/0)", 10), ("reason_th", "เหตุผล", 40), ("fix_th", "ข้อเสนอแนะการแก้ไข", 50),
           ("elsewhere_th", "พบในเว็บไซต์", 45), ("explanation", "คำอธิบายเพิ่มเติมของหน่วยงาน", 30),
           ("checked_at", "ตรวจเมื่อ", 16), ("status", "status", 10))
SUMMARY = (("รหัสหน่วยงาน", 14), ("หน่วยงาน", 32), ("จังหวัด", 14), ("ข้อที่ตอบ", 9), ("100", 7), ("0", 7),
           (NO_SCORE_TH, 12), ("ยังไม่ได้ตรวจ", 11), ("คะแนนประมาณการ", 11))


def _titles(year: int) -> dict[str, str]:
    return {i.code: i.title_th for b in rulebooks_for_year(year).books.values() for i in b.items}


def score_text(row: dict) -> str:
    if row["status"] is None:
        return "ยังไม่ได้ตรวจ"
    return NO_SCORE_TH if row["score"] is None else str(row["score"])


def _cells(row: dict, titles: dict[str, str]) -> list:
    score = row["score"] if row["status"] is not None and row["score"] is not None else score_text(row)
    values = dict(row, title_th=titles.get(row["item"], ""), answer_th=ANSWER_TH.get(row["answer"], row["answer"]),
                  urls_text="\n".join(row["urls"]), score_th=score, checked_at=local_time(row["checked_at"]))
    return [values.get(key) for key, _, _ in COLUMNS]


def agency_summary(rows: list[dict]) -> dict:
    """Counts of one agency's answers by result, and the OIT estimate by the official method (items 100 or 0; an
    item not answered scores 0, as in ITAS); no estimate until every answer was checked."""
    statuses = {r["item"]: r["status"] for r in rows if r["status"]}
    book = next((b for b in rulebooks_for_year(rows[0]["year"]).books.values()
                 if all(i in {x.code for x in b.items} for i in statuses)), None)
    complete = book is not None and len(statuses) == len(rows)
    card = score_findings(book, {i.code: "missing" for i in book.items} | statuses) if complete else None
    return {"answered": len(rows), "full": sum(r["score"] == 100 for r in rows),
            "zero": sum(r["score"] == 0 and r["status"] is not None for r in rows),
            "look": sum(r["status"] is not None and r["score"] is None for r in rows),
            "unchecked": sum(r["status"] is None for r in rows), "estimate": card.score if card else None}


def _agency_sheet(sheet, rows: list[dict], titles: dict[str, str]) -> None:
    sheet.append([h for _, h, _ in COLUMNS])
    score_col = [k for k, _, _ in COLUMNS].index("score_th") + 1
    for row in rows:
        sheet.append(_cells(row, titles))
        fill(sheet.cell(sheet.max_row, score_col), row["status"] or "")
        if len(row["urls"]) == 1 and row["urls"][0].startswith(("http://", "https://")):
            link(sheet.cell(sheet.max_row, 4), row["urls"][0])
    finish_sheet(sheet, [w for _, _, w in COLUMNS])
    sheet.oddHeader.center.text = f"{rows[0]['agency_name'] or rows[0]['agency_id']} — ผลการตรวจ OIT ตามคำตอบในระบบ ITAS"


def scoring_xlsx(rows: list[dict], path: str | Path | io.BytesIO) -> None:
    """The scoring sheet: one sheet per agency (ข้อ · คำตอบ · URL · ผล (100/0) · เหตุผล · ข้อเสนอแนะการแก้ไข ·
    พบในเว็บไซต์); with more than one agency, a first sheet summing them up."""
    by_agency: dict[str, list[dict]] = {}
    for row in rows:
        by_agency.setdefault(row["agency_id"], []).append(row)
    titles = _titles(rows[0]["year"]) if rows else {}
    book, first = new_sheet("สรุป" if len(by_agency) > 1 else (next(iter(by_agency), "ITAS")[:31]))
    if len(by_agency) > 1:
        first.append([h for h, _ in SUMMARY])
        for agency_id, group in by_agency.items():
            s = agency_summary(group)
            first.append([agency_id, group[0]["agency_name"], group[0]["province"], s["answered"], s["full"], s["zero"],
                          s["look"], s["unchecked"], s["estimate"]])
        finish_sheet(first, [w for _, w in SUMMARY])
    for _number, (agency_id, group) in enumerate(by_agency.items()):
        sheet = first if len(by_agency) == 1 else book.create_sheet(agency_id[:31])
        _agency_sheet(sheet, group, titles)
    book.save(path)


def precheck_text(rows: list[dict]) -> str:
    """The officer's check before submitting: how many answers would score 0, each with why and what to fix."""
    titles = _titles(rows[0]["year"])
    s = agency_summary(rows)
    name = rows[0]["agency_name"] or rows[0]["agency_id"]
    lines = [f"{name}: คำตอบ {thai_digits(s['answered'])} ข้อ — จะได้ 0 คะแนน {thai_digits(s['zero'])} ข้อ, "
             f"100 คะแนน {thai_digits(s['full'])} ข้อ, ต้องตรวจด้วยตนเอง {thai_digits(s['look'])} ข้อ"
             + (f", ยังไม่ได้ตรวจ {thai_digits(s['unchecked'])} ข้อ (oit itas check)" if s["unchecked"] else ""),
             f"{s['zero']} of your {s['answered']} answers would score 0; {s['full']} would score 100; "
             f"{s['look']} need a person to look" + (f"; {s['unchecked']} not checked yet" if s["unchecked"] else "")]
    for row in rows:
        if row["status"] is not None and row["score"] != 100:
            lines += ["", f"{row['item']} {titles.get(row['item'], '')}: {score_text(row)}",
                      f"  เหตุผล: {row['reason_th']}", f"  แก้ไข: {row['fix_th']}"]
            if row["elsewhere_th"]:
                lines.append(f"  พบในเว็บไซต์: {row['elsewhere_th']}")
    return "\n".join(lines)
