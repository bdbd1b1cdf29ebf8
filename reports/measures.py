"""The agency's own follow-up documents, drafted from its findings: what seeds 000–003 are.

After its assessment an agency writes (1) an analysis of the items that failed, (2) a table of measures —
ลำดับ · มาตรการ/กิจกรรม · วิธีดำเนินการ · ระยะเวลาดำเนินการ · ผู้รับผิดชอบ — and (3) a follow-up report on each
measure — สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม · ผลลัพธ์หรือความสำเร็จในการดำเนินการ. Officers write them by hand
from the assessors' per-item findings; OIT Watch holds exactly what they need: which items fail, why, and when
the nightly checks saw each one fixed.

The draft is the officer's to edit. It never claims a measure was carried out that the history does not show:
the follow-up only reports what the nightly checks saw ("ผ่านการตรวจตั้งแต่ …" with the evidence link, or "ยังไม่พบการ
แก้ไข ณ …"); and, by the coverage rule of the engine, an item that could not be read (``unchecked``) is never
presented as absent: it is listed as "ต้องตรวจด้วยตนเอง" with the reason.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import BinaryIO

import sqlite_utils

from reports.labels import STATUS_TH, be_date
from rules.families import item_number
from rules.rulebook import Item, Rulebook
from rules.thai import thai_digits
from rules.vocabulary import FAILING
from storage.agencies import get_agency
from storage.findings import agency_findings, complete_runs_judging
from storage.judging import judged_by
from storage.safe import web_urls

RESPONSIBLE = "(ระบุกอง/ฝ่ายผู้รับผิดชอบ)"
DAYS_TO_FIX = 30  # the period a draft suggests: one month, well before the next assessment round
MEASURE_COLUMNS = ["ลำดับ", "มาตรการ/กิจกรรม", "วิธีดำเนินการ", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ"]
FOLLOW_UP_COLUMNS = MEASURE_COLUMNS + ["สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม", "ผลลัพธ์หรือความสำเร็จในการดำเนินการ"]


@dataclass
class Step:
    """One failing item inside a measure: what the findings say and what to do about it."""

    code: str
    title: str
    status: str
    reason: str
    todo: str
    evidence: list[str]
    outcome: str = ""  # the follow-up: what the nightly checks saw since
    result: str = ""
    fixed_on: str | None = None


@dataclass
class Measure:
    """A measure for one sub-indicator: its failing items are its steps (the seeds group measures so)."""

    number: int
    subindicator: str
    title: str
    steps: list[Step] = field(default_factory=list)


@dataclass
class Draft:
    agency: dict
    rulebook: Rulebook
    run: dict  # the run the measures are drafted from
    measures: list[Measure]
    unchecked: list[Step]
    latest: dict

    @property
    def period(self) -> str:
        """The suggested period: a month from the run the measures are drafted from, as a B.E. date."""
        start = datetime.fromisoformat(self.run["started_at"][:10])
        return f"ภายใน {thai_digits(DAYS_TO_FIX)} วัน (ภายในวันที่ {be_date((start + timedelta(days=DAYS_TO_FIX)).isoformat())})"


def _todo(item: Item, finding: dict) -> str:
    """What to do, in the assessors' words: publish, complete or repair — with the criteria's components."""
    components = "; ".join(item.components_th)
    if finding["status"] == "missing":
        return f"จัดทำและเผยแพร่ข้อมูล \"{item.title_th}\" บนเว็บไซต์ของหน่วยงาน ให้มีองค์ประกอบ: {components}"
    if finding["status"] == "broken":
        return f"แก้ไขลิงก์/หน้าเว็บ \"{item.title_th}\" ให้เปิดได้ ({finding['reason_th']}) และตรวจสอบลิงก์หลังแก้ไข"
    return f"ปรับปรุงข้อมูล \"{item.title_th}\" ให้ครบถ้วน: {finding['reason_th']}"


def _findings(db: sqlite_utils.Database, run_id: int, agency_id: str) -> dict[str, dict]:
    return {r["item"]: {k: r[k] for k in ("item", "status", "reason_th", "evidence")}
            for r in agency_findings(db, run_id, agency_id)}


def _complete_runs(db: sqlite_utils.Database, agency_id: str) -> list[dict]:
    """Complete runs that judged the agency, oldest first."""
    return complete_runs_judging(db, agency_id)


def _follow_up(step: Step, history: list[tuple[dict, dict]]) -> None:
    """Fill the step's outcome from the item's statuses in the runs after the measures were drafted.

    Fixed means: passing in the latest run and in every run since the first pass after the draft. A pass that
    failed again afterwards is reported as such; nothing is claimed that no run showed."""
    if not history:
        step.outcome = "ยังไม่มีผลการตรวจหลังจัดทำมาตรการ"
        step.result = "-"
        return
    latest_run, latest = history[-1]
    when = be_date(latest_run["started_at"])
    if latest.get("status") == "pass":
        since = latest_run
        for run, finding in reversed(history):
            if finding.get("status") != "pass":
                break
            since = run
        step.fixed_on = since["started_at"]
        links = web_urls(json.loads(latest.get("evidence") or "[]"))
        step.outcome = f"ดำเนินการแล้ว: การตรวจอัตโนมัติพบข้อมูลครบถ้วนตั้งแต่วันที่ {be_date(since['started_at'])}"
        step.result = "ข้อมูลเผยแพร่ครบถ้วนตามเกณฑ์" + (f" หลักฐาน: {links[0]}" if links else "")
    elif latest.get("status") == "unchecked":
        step.outcome = f"ยังยืนยันไม่ได้: การตรวจเมื่อ {when} อ่านหน้าเว็บไม่ได้ ต้องตรวจด้วยตนเอง"
        step.result = latest.get("reason_th") or "-"
    elif not latest:
        step.outcome = f"การตรวจเมื่อ {when} ไม่ได้ตรวจข้อนี้"
        step.result = "-"
    else:
        step.outcome = f"ยังไม่พบการแก้ไข ณ วันที่ {when}"
        step.result = f"{STATUS_TH.get(latest['status'], latest['status'])}: {latest.get('reason_th') or ''}".strip()


def draft_measures(db: sqlite_utils.Database, agency_id: str, run: int | None = None,
                   since: int | None = None) -> Draft:
    """The measures for the items failing in ``since`` (default: the agency's first complete run judged with
    the same rulebook year as ``run``), followed up to ``run`` (default: its latest complete run)."""
    agency = get_agency(db, agency_id)
    if agency is None:
        raise LookupError(f"ไม่พบหน่วยงาน / no agency with id {agency_id!r}")
    runs = _complete_runs(db, agency_id)
    if not runs:
        raise LookupError(f"ยังไม่มีผลการตรวจที่สมบูรณ์ของ {agency_id} / no complete run judged {agency_id} yet")
    by_id = {r["id"]: r for r in runs}
    latest = by_id.get(run) if run else runs[-1]
    if latest is None:
        raise LookupError(f"run {run} is not a complete run that judged {agency_id}")
    rulebook = judged_by(db, latest["id"], agency_id)
    same_year = [r for r in runs if r["id"] <= latest["id"] and judged_by(db, r["id"], agency_id).year == rulebook.year]
    base = by_id.get(since) if since else same_year[0]
    if base is None or base["id"] > latest["id"]:
        raise LookupError(f"run {since} is not a complete run of {agency_id} before run {latest['id']}")
    at_base = _findings(db, base["id"], agency_id)
    later = [(r, _findings(db, r["id"], agency_id)) for r in runs if base["id"] < r["id"] <= latest["id"]]
    measures: dict[str, Measure] = {}
    unchecked: list[Step] = []
    for item in sorted(rulebook.items, key=lambda i: item_number(i.code)):
        finding = at_base.get(item.code)
        if finding is None:
            continue
        step = Step(item.code, item.title_th, finding["status"], finding["reason_th"] or "", _todo(item, finding),
                    web_urls(json.loads(finding["evidence"] or "[]")))
        if finding["status"] == "unchecked":
            step.todo = f"ตรวจสอบด้วยตนเองว่าเผยแพร่ \"{item.title_th}\" ครบถ้วนแล้ว ({step.reason})"
            unchecked.append(step)
            continue
        if finding["status"] not in FAILING:
            continue
        _follow_up(step, [(r, found.get(item.code, {})) for r, found in later])
        group = item.subindicator or "-"
        if group not in measures:
            title = (rulebook.subindicators.get(group) or {}).get("th", "")
            measures[group] = Measure(len(measures) + 1, group, title)
        measures[group].steps.append(step)
    return Draft(agency or {"id": agency_id, "name_th": agency_id}, rulebook, base, list(measures.values()),
                 unchecked, latest)


def measure_title(draft: Draft, measure: Measure) -> str:
    label = "ตัวชี้วัดย่อยที่" if draft.rulebook.family == "ita" else "หมวด"
    return f"มาตรการเผยแพร่ข้อมูลสาธารณะ {label} {measure.subindicator} {measure.title}".strip()


def measure_rows(draft: Draft, follow_up: bool = False) -> list[list[str]]:
    """The table rows in the seeds' columns (``FOLLOW_UP_COLUMNS`` when ``follow_up``)."""
    rows = []
    for measure in draft.measures:
        steps = "\n".join(f"{n}. {s.code} {s.title}: {s.todo}" for n, s in enumerate(measure.steps, start=1))
        row = [thai_digits(measure.number), measure_title(draft, measure), steps, draft.period, RESPONSIBLE]
        if follow_up:
            row += ["\n".join(f"{n}. {s.code}: {s.outcome}" for n, s in enumerate(measure.steps, start=1)),
                    "\n".join(f"{n}. {s.code}: {s.result}" for n, s in enumerate(measure.steps, start=1))]
        rows.append(row)
    return rows


def heading(draft: Draft) -> tuple[str, str]:
    """The documents' title and the agency line, as in the seeds."""
    year = thai_digits(draft.rulebook.year)
    return (f"มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {year}",
            draft.agency.get("name_th") or draft.agency["id"])


def analysis(draft: Draft) -> str:
    """The paragraph that opens the measures: what the checks found and which items the measures address."""
    failing = [s for m in draft.measures for s in m.steps]
    counts = {status: sum(s.status == status for s in failing) for status in FAILING}
    parts = ", ".join(f"{STATUS_TH[s]} {thai_digits(n)} ข้อ" for s, n in counts.items() if n)
    text = (f"จากผลการตรวจเว็บไซต์ของ{draft.agency.get('name_th') or ''} ตาม{draft.rulebook.name_th or draft.rulebook.label} "
            f"เมื่อวันที่ {be_date(draft.run['started_at'])} พบข้อที่ยังไม่ผ่านเกณฑ์ {thai_digits(len(failing))} ข้อ"
            + (f" ({parts})" if parts else "") + " จึงกำหนดมาตรการดังต่อไปนี้")
    if draft.unchecked:
        text += (f" ทั้งนี้มี {thai_digits(len(draft.unchecked))} ข้อที่โปรแกรมตรวจอ่านไม่ได้ ต้องตรวจด้วยตนเอง "
                 "(ไม่ได้ถือว่าไม่มีข้อมูล)")
    return text


def follow_up_intro(draft: Draft) -> str:
    return (f"ผลการดำเนินการตามมาตรการ ติดตามจากการตรวจเว็บไซต์อัตโนมัติ (OIT Watch) ตั้งแต่วันที่ "
            f"{be_date(draft.run['started_at'])} ถึงวันที่ {be_date(draft.latest['started_at'])} "
            "ผลลัพธ์ระบุเฉพาะสิ่งที่การตรวจพบจริง หน่วยงานแก้ไขและเพิ่มเติมรายละเอียดได้")


def write_docx(draft: Draft, path: str | Path | BinaryIO) -> None:
    """The measures and the follow-up report as one Word document: A4 landscape, Thai font, tables in the
    seeds' columns; the officer edits it (responsible units are placeholders)."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "TH Sarabun New", Pt(14)
    style.element.rPr.rFonts.set(qn("w:cs"), "TH Sarabun New")  # Thai is a complex script: Word reads this font
    size_cs = style.element.rPr.makeelement(qn("w:szCs"), {qn("w:val"): "28"})  # complex-script size, half-points
    style.element.rPr.append(size_cs)
    title, agency = heading(draft)

    def table(columns: list[str], rows: list[list[str]], widths_cm: tuple[float, ...]) -> None:
        grid = doc.add_table(rows=1, cols=len(columns))
        grid.style = "Table Grid"
        grid.autofit = False
        for cell, text in zip(grid.rows[0].cells, columns):
            cell.text = text
            cell.paragraphs[0].runs[0].bold = True
        for row in rows:
            for cell, text in zip(grid.add_row().cells, row):
                cell.text = text
        for column, width in zip(grid.columns, widths_cm):  # LibreOffice reads the grid, Word the cells
            column.width = Cm(width)
            for cell in column.cells:
                cell.width = Cm(width)

    doc.add_heading(title, level=1)
    doc.add_paragraph(agency)
    doc.add_paragraph(analysis(draft))
    table(MEASURE_COLUMNS, measure_rows(draft), (1.5, 6, 12, 3.6, 3.6))
    if draft.unchecked:
        doc.add_paragraph("ข้อที่ต้องตรวจด้วยตนเอง (โปรแกรมตรวจอ่านไม่ได้)")
        table(["ข้อ", "ข้อมูล", "เหตุผล"], [[s.code, s.title, s.reason] for s in draft.unchecked], (2, 9, 15.7))
    doc.add_page_break()
    doc.add_heading("รายงานผล" + title, level=1)
    doc.add_paragraph(agency)
    doc.add_paragraph(follow_up_intro(draft))
    table(FOLLOW_UP_COLUMNS, measure_rows(draft, follow_up=True), (1.2, 3.8, 6.4, 2.8, 2.6, 5.2, 4.7))
    doc.save(path if hasattr(path, "write") else str(path))


def write_xlsx(draft: Draft, path: str | Path | BinaryIO) -> None:
    """The same two tables as sheets (มาตรการ, ติดตามผล), printed like every other workbook."""
    from reports.sheets import finish_sheet, new_sheet

    title, agency = heading(draft)
    book, sheet = new_sheet("มาตรการ")
    for line in (title, agency, analysis(draft)):
        sheet.append([line])
    sheet.append(MEASURE_COLUMNS)
    header = sheet.max_row
    for row in measure_rows(draft):
        sheet.append(row)
    finish_sheet(sheet, (7, 40, 80, 22, 22), header_row=header, first_header_row=header)
    follow = book.create_sheet("ติดตามผล")
    for line in ("รายงานผล" + title, agency, follow_up_intro(draft)):
        follow.append([line])
    follow.append(FOLLOW_UP_COLUMNS)
    header = follow.max_row
    for row in measure_rows(draft, follow_up=True):
        follow.append(row)
    finish_sheet(follow, (7, 30, 50, 18, 18, 45, 45), header_row=header, first_header_row=header)
    book.save(path if hasattr(path, "write") else str(path))
