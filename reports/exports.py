"""Spreadsheets of a run: the findings (one row per agency and item), the matrix an auditor of thousands wants
(one row per agency, one column per item) and the ITAS sheet a web officer pastes from (item → URL)."""
from __future__ import annotations

import io
from pathlib import Path

import sqlite_utils

from reports.labels import STATUS_SYMBOL, STATUS_TH
from reports.sheets import csv_text, fill, finish_sheet, link, local_time, new_sheet, save_workbook, unique_urls

# (key, Thai header, width): people read these sheets; JSON keeps the English keys for programs
FINDING_COLUMNS = (
    ("run_id", "รอบ (run)", 7), ("agency_id", "รหัสหน่วยงาน", 14), ("agency_name", "หน่วยงาน", 30),
    ("province", "จังหวัด", 14), ("type", "ประเภท", 12), ("item", "ข้อ", 7), ("title_th", "ข้อมูล", 36),
    ("year", "ปี พ.ศ.", 8), ("status_th", "สถานะ", 12), ("reason_th", "ผลการตรวจ", 40),
    ("reason_en", "Finding (English)", 36), ("evidence_first", "หลักฐานหลัก", 40), ("evidence_all", "หลักฐานทั้งหมด", 50),
    ("checked_at", "ตรวจเมื่อ", 16), ("rulebook", "เกณฑ์", 22), ("status", "status", 10),
)


def _finding_cells(row: dict) -> list:
    urls = unique_urls(row.get("evidence") or [])
    values = dict(row, status_th=STATUS_TH.get(row["status"], row["status"]), evidence_first=urls[0] if urls else "",
                  evidence_all="\n".join(urls), checked_at=local_time(row.get("checked_at")))
    return [values.get(key) for key, _, _ in FINDING_COLUMNS]


def findings_csv(rows: list[dict]) -> str:
    """Findings as CSV for Excel: Thai headers and statuses, every evidence URL once, one per line in its cell."""
    return csv_text([h for _, h, _ in FINDING_COLUMNS], (_finding_cells(r) for r in rows))


def findings_xlsx(rows: list[dict], path: str | Path | io.BytesIO) -> None:
    """Findings as a workbook to filter and print: see reports.sheets.finish_sheet."""
    book, sheet = new_sheet("ผลการตรวจ")
    sheet.append([h for _, h, _ in FINDING_COLUMNS])
    status_col = [k for k, _, _ in FINDING_COLUMNS].index("status_th") + 1
    link_col = [k for k, _, _ in FINDING_COLUMNS].index("evidence_first") + 1
    for row in rows:
        sheet.append(_finding_cells(row))
        fill(sheet.cell(sheet.max_row, status_col), row["status"])
        link(sheet.cell(sheet.max_row, link_col), sheet.cell(sheet.max_row, link_col).value)
    finish_sheet(sheet, [w for _, _, w in FINDING_COLUMNS], keep_columns=3)  # run, agency: whose row it is
    save_workbook(book, path)


# -- the agency × item matrix ---------------------------------------------------------------------------
def matrix(db: sqlite_utils.Database, run_id: int) -> dict:
    """Per agency of the run: its score and each item's status; items of every family the run judged, in order."""
    from rules.families import run_rulebooks
    from service.scores import run_scores
    from storage.findings import run_statuses
    from storage.reviews import effective
    from storage.runs import run_by_id

    run = run_by_id(db, run_id)
    if run is None:
        raise LookupError(f"no run {run_id}")
    items = [item for book in run_rulebooks(run) for item in book.items]
    statuses: dict[str, dict[str, str]] = {}
    for row in effective(db, run_statuses(db, run_id)):
        statuses.setdefault(row["agency_id"], {})[row["item"]] = row["status"]
    agencies = [dict(score, statuses=statuses.get(score["agency_id"], {})) for score in run_scores(db, run_id)]
    return {"run": run, "items": items, "agencies": agencies}


MATRIX_HEAD = (("รหัสหน่วยงาน", 14), ("หน่วยงาน", 30), ("จังหวัด", 12), ("เกณฑ์", 20), ("คะแนนประมาณการ", 9), ("ผล", 11))


def _matrix_head(row: dict) -> list:
    return [row["agency_id"], row["agency_name"], row["province"], row["rulebook"], row["estimated_score"], row["verdict"]]


def matrix_csv(data: dict) -> str:
    """One row per agency, one column per item (Thai status words), a second header row with item titles."""
    codes = [i.code for i in data["items"]]
    rows = [["", "", "", "", "", "ข้อมูล →"] + [i.title_th for i in data["items"]]]
    rows += [_matrix_head(a) + [STATUS_TH.get(a["statuses"].get(c, ""), "") for c in codes] for a in data["agencies"]]
    return csv_text([h for h, _ in MATRIX_HEAD] + codes, rows)


def matrix_xlsx(data: dict, path: str | Path | io.BytesIO) -> None:
    """The matrix with a status symbol and colour per cell, item titles in the second header row and a legend."""
    from openpyxl.styles import Alignment

    book, sheet = new_sheet("เมทริกซ์")
    codes = [i.code for i in data["items"]]
    sheet.append([h for h, _ in MATRIX_HEAD] + codes)
    sheet.append([""] * (len(MATRIX_HEAD) - 1) + ["ข้อมูล →"] + [i.title_th for i in data["items"]])
    for agency in data["agencies"]:
        sheet.append(_matrix_head(agency) + [STATUS_SYMBOL.get(agency["statuses"].get(c, ""), "") for c in codes])
        for offset, code in enumerate(codes, start=len(MATRIX_HEAD) + 1):
            fill(sheet.cell(sheet.max_row, offset), agency["statuses"].get(code, ""))
    finish_sheet(sheet, [w for _, w in MATRIX_HEAD] + [6] * len(codes), header_row=2)
    for cell in sheet[2]:
        cell.alignment = Alignment(text_rotation=90, wrap_text=True, vertical="bottom")
    sheet.row_dimensions[2].height = 150
    legend = book.create_sheet("คำอธิบาย")
    legend.append(["สัญลักษณ์", "สถานะ", "status"])
    for status, symbol in STATUS_SYMBOL.items():
        legend.append([symbol, STATUS_TH[status], status])
        fill(legend.cell(legend.max_row, 1), status)
    finish_sheet(legend, [10, 16, 12], filter_table=False)
    save_workbook(book, path)


# -- estimated scores ------------------------------------------------------------------------------------------
SCORE_HEADERS = {"run_id": ("รอบ (run)", 7), "agency_id": ("รหัสหน่วยงาน", 14), "agency_name": ("หน่วยงาน", 30),
                 "province": ("จังหวัด", 14), "type": ("ประเภท", 12), "rulebook": ("เกณฑ์", 22),
                 "rulebook_status": ("สถานะเกณฑ์", 12), "estimated_score": ("คะแนนประมาณการ", 10), "verdict": ("ผล", 12),
                 "pass_mark": ("เกณฑ์ผ่าน", 8), "judged_items": ("ข้อที่ตรวจได้", 8), "unchecked_items": ("ข้อที่ไม่ได้ตรวจ", 8),
                 "indicators": ("ตัวชี้วัด", 24), "subindicators": ("ตัวชี้วัดย่อย", 30), "method": ("วิธีคำนวณ", 30),
                 "rulebook_note": ("หมายเหตุเกณฑ์", 40)}


def _score_cells(row: dict) -> list:
    from rules.scoring import SCORE_COLUMNS

    def cell(value):
        if isinstance(value, dict):
            return "; ".join(f"{k}: {'-' if v is None else v}" for k, v in value.items())
        return value
    return [cell(row.get(c)) for c in SCORE_COLUMNS]


def scores_csv(rows: list[dict]) -> str:
    """Estimated scores as CSV; English keys as headers (programs read this one), cells neutralised."""
    from rules.scoring import SCORE_COLUMNS
    return csv_text(SCORE_COLUMNS, map(_score_cells, rows))


def scores_xlsx(rows: list[dict], path: str | Path | io.BytesIO) -> None:
    """Estimated scores as a workbook like the others: Thai headers, a fill per verdict, A4 landscape."""
    from rules.scoring import SCORE_COLUMNS

    book, sheet = new_sheet("คะแนนประมาณการ")
    sheet.append([SCORE_HEADERS[c][0] for c in SCORE_COLUMNS])
    verdict_col = SCORE_COLUMNS.index("verdict") + 1
    for row in rows:
        sheet.append(_score_cells(row))
        score = row.get("estimated_score")
        fill(sheet.cell(sheet.max_row, verdict_col),
             "unchecked" if score is None else "pass" if score >= (row.get("pass_mark") or 85) else "missing")
    finish_sheet(sheet, [SCORE_HEADERS[c][1] for c in SCORE_COLUMNS], keep_columns=3)
    save_workbook(book, path)


# -- ITAS: what a web officer pastes into the official form ------------------------------------------------
def _itas_todo(finding: dict, urls: list[str]) -> str:
    """What the officer does before pasting: never "publish it first" for an item that is published."""
    status = finding["status"]
    if status == "pass":
        return ""
    if status == "partial" and urls:
        return "ตรวจสอบให้ครบก่อนส่ง / complete it before submitting"
    if status == "broken":
        where = f" {urls[0]}" if urls else ""
        return (f"เผยแพร่แล้วแต่ลิงก์ใช้งานไม่ได้: แก้ลิงก์{where} ({finding.get('reason_th') or ''}) ก่อนส่ง / "
                f"published, but the link fails: fix{where} ({finding.get('reason_en') or ''}) before submitting")
    if status == "unchecked":
        return (f"ไม่ได้ตรวจ: ตรวจด้วยตนเอง ({finding.get('reason_th') or ''}) / not checked: check it by hand "
                f"({finding.get('reason_en') or ''})")
    if "(#)" in (finding.get("reason_en") or ""):
        return ("มีหัวข้อแต่ลิงก์ไม่มีปลายทาง (#): ใส่ที่อยู่ของข้อมูลในลิงก์ / listed, but the link leads nowhere (#): "
                "put the address of the document in the link")
    return "ยังไม่มี URL: เผยแพร่ข้อมูลก่อน / no URL yet: publish it first"


def itas_rows(findings: list[dict]) -> list[dict]:
    """Per item: the URL to paste into the ITAS form (the item's first, best evidence), or what to do instead."""
    rows = []
    for f in findings:
        urls = unique_urls(f.get("evidence") or [])
        usable = f["status"] in ("pass", "partial") and urls
        todo = _itas_todo(f, urls)
        rows.append({"item": f["item"], "title_th": f.get("title_th", ""), "status": f["status"],
                     "url": urls[0] if usable else "", "other_urls": "\n".join(urls[1:]) if usable else "", "todo": todo})
    return rows


ITAS_COLUMNS = (("item", "ข้อ", 7), ("title_th", "ข้อมูล", 40), ("status_th", "สถานะ", 12),
                ("url", "URL สำหรับกรอกในระบบ ITAS", 60), ("todo", "หมายเหตุ", 36), ("other_urls", "หลักฐานอื่น", 50))


def _itas_cells(row: dict) -> list:
    return [dict(row, status_th=STATUS_TH[row["status"]]).get(k) for k, _, _ in ITAS_COLUMNS]


def itas_csv(rows: list[dict]) -> str:
    return csv_text([h for _, h, _ in ITAS_COLUMNS], map(_itas_cells, rows))


def itas_xlsx(rows: list[dict], agency: dict, path: str | Path | io.BytesIO) -> None:
    book, sheet = new_sheet("ITAS")
    sheet.append([h for _, h, _ in ITAS_COLUMNS])
    for row in rows:
        sheet.append(_itas_cells(row))
        fill(sheet.cell(sheet.max_row, 3), row["status"])
        link(sheet.cell(sheet.max_row, 4), row["url"])
    finish_sheet(sheet, [w for _, _, w in ITAS_COLUMNS])
    sheet.oddHeader.center.text = f"{agency['name_th']} — URL สำหรับระบบ ITAS"
    save_workbook(book, path)
