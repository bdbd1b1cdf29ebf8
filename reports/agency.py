"""The per-agency report in the layout assessors use (seed 004): ข้อ / ข้อมูล / องค์ประกอบด้านข้อมูล /
ข้อมูลในเว็บไซต์, with the estimated score by the official method (rules/scoring.py), the rulebook's status
when it is provisional or unverified, and the previous run's status beside each item."""
from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import sqlite_utils
from jinja2 import Environment, FileSystemLoader, select_autoescape

from rules.coverage import coverage_lines
from rules.families import status_note
from storage.judging import judged_by
from rules.scoring import score_findings
from reports.labels import STATUS_EN, STATUS_TH, be_date
from rules.vocabulary import NEEDS_LOOK_TH
from rules.thai import thai_digits
from storage.agencies import get_agency
from storage.findings import query_findings
from storage.runs import agency_complete_run, agency_coverage, get_run
from storage.safe import web_urls

TEMPLATES = Path(__file__).resolve().parent / "templates"


def agency_report(db: sqlite_utils.Database, agency_id: str, run: int | str | None = "latest") -> dict:
    """Everything the report shows, as data: agency, run, per sub-indicator rows, scores, comparison."""
    chosen = get_run(db, run, complete_only=run in (None, "latest"))  # never a crawl still running
    if chosen is None:
        raise LookupError("no complete run in the database yet: run `oit crawl` first")
    agency = get_agency(db, agency_id)
    if agency is None:
        raise LookupError(f"ไม่พบหน่วยงาน / no agency with id {agency_id!r}")
    findings = {f["item"]: f for f in query_findings(db, chosen["id"], agency=agency_id)}
    if not findings:
        raise LookupError(f"run {chosen['id']} has no findings for {agency_id}")
    rulebook = judged_by(db, chosen["id"], agency_id)
    previous_run = agency_complete_run(db, agency_id, before=chosen["id"])  # the run before that covered it
    previous = {f["item"]: f for f in query_findings(db, previous_run["id"], agency=agency_id)} if previous_run else {}
    groups = []
    for item in rulebook.items:
        finding = findings.get(item.code)
        if finding is None:
            continue
        if not groups or groups[-1]["code"] != item.subindicator:
            groups.append({"code": item.subindicator, "title": rulebook.subindicators[item.subindicator]["th"], "rows": []})
        was = previous.get(item.code, {}).get("status")
        groups[-1]["rows"].append({"item": item, "finding": finding, "previous": was,
                                   "evidence": list(dict.fromkeys(web_urls(finding["evidence"]))),
                                   "changed": bool(was) and was != finding["status"]})
    card = score_findings(rulebook, {code: f["status"] for code, f in findings.items()})
    note_th, note_en = status_note(rulebook)
    summary_th, summary_en = summary_lines([row["finding"]["status"] for g in groups for row in g["rows"]], card)
    coverage_th, coverage_en = coverage_lines(agency_coverage(db, chosen["id"], agency_id))
    return {"summary_th": summary_th, "summary_en": summary_en,"agency": agency, "run": chosen, "rulebook": rulebook, "groups": groups, "scorecard": card,
            # per sub-indicator and overall, 100-or-0 per item; None when nothing could be checked (site down)
            "scores": card.subindicators, "score": card.score, "rulebook_note_th": note_th, "rulebook_note_en": note_en,
            "previous_run": previous_run["id"] if previous_run else None,
            "status_th": STATUS_TH, "be_date": be_date, "thai_digits": thai_digits, "verdict_th": _verdict_th,
            "coverage_th": coverage_th, "coverage_en": coverage_en}


def summary_lines(statuses: list[str], card) -> tuple[str, str]:
    """The report's one-line summary, Thai and English: items per status, of how many, and the estimate."""
    counts = Counter(statuses)
    shown = [s for s in STATUS_TH if counts[s]]
    score_th = "ไม่มีคะแนน (ตรวจเว็บไซต์ไม่ได้)" if card.score is None else f"คะแนนประมาณการ {card.score:g} ({card.verdict_th})"
    score_en = "no score (site not checked)" if card.score is None else f"estimated score {card.score:g} ({card.verdict_en})"
    return ("สรุป: " + " · ".join(f"{STATUS_TH[s]} {counts[s]}" for s in shown) + f" จาก {len(statuses)} ข้อ — {score_th}",
            "Summary: " + " · ".join(f"{STATUS_EN[s]} {counts[s]}" for s in shown) + f" of {len(statuses)} items — {score_en}")


def _shown(value) -> str:
    return "-" if value is None else f"{value:g}"


def scoring_lines(report: dict) -> tuple[str, str]:
    """The score line and the rulebook warning, Thai first, for every report format."""
    card = report["scorecard"]
    if card.score is None:
        line = "ไม่มีคะแนน: ตรวจเว็บไซต์ไม่ได้ / no score: the site could not be checked"
    else:
        line = (f"{card.label_th}: {card.score:g} — {card.verdict_th} (เกณฑ์ผ่าน {card.pass_mark:g}) / "
                f"{card.label_en}: {card.score:g}, {card.verdict_en} (pass mark {card.pass_mark:g})")
        if card.unchecked:
            line += f" · ไม่ได้ตรวจ {card.unchecked} ข้อ (not counted)"
    warning = f"{report['rulebook_note_th']} / {report['rulebook_note_en']}" if report["rulebook_note_th"] else ""
    return line, warning


def render_html(report: dict) -> str:
    from markupsafe import escape

    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))
    scores = {k: _shown(v) for k, v in report["scores"].items()}
    html = env.get_template("report.html").render(**dict(report, score=_shown(report["score"]), scores=scores),
                                                   standalone=True)
    # The shared template shows a percentage; the official verdict and the rulebook's status go right under the title.
    line, warning = scoring_lines(report)
    block = f'<p id="scoring" class="small">{escape(line)}</p>'
    if warning:
        block += f'<p id="rulebook-status"><strong>{escape(warning)}</strong></p>'
    head, sep, rest = html.partition("</h1>")
    return head + sep + "\n" + block + rest if sep else block + html


def _verdict_th(finding: dict) -> str:
    """"สถานะ: เหตุผล"; an unchecked item waits for a person: "ต้องตรวจด้วยตนเอง: <why>"."""
    reason = finding["reason_th"] or ""
    if finding["status"] != "unchecked":
        return f"{STATUS_TH[finding['status']]}: {reason}"
    return reason if reason.startswith(NEEDS_LOOK_TH) else f"{NEEDS_LOOK_TH}: {reason}"


def _md(value) -> str:
    """Text from a registry, a site or a rulebook as inert Markdown: no raw HTML (``<script>`` becomes
    ``&lt;script&gt;``), no table cell broken by ``|`` or a line break."""
    import html

    return html.escape(str(value or ""), quote=False).replace("|", "&#124;").replace("\r", " ").replace("\n", " ")


def render_md(report: dict) -> str:
    agency, run = report["agency"], report["run"]
    lines = [f"# รายงานผลการตรวจเว็บไซต์ตามเกณฑ์ {report['rulebook'].label} ปี พ.ศ. {thai_digits(report['rulebook'].year)}", "",
             f"**{_md(agency['name_th'])}** ({_md(agency['url'])})  ", f"ตรวจเมื่อ {report['be_date'](run['started_at'])} · run {run['id']}  ",
             scoring_lines(report)[0] + "  ", report["summary_th"] + ("  " if report["coverage_th"] else ""),
             *([_md(report["coverage_th"])] if report["coverage_th"] else []), ""]
    if scoring_lines(report)[1]:
        lines += [f"> **{scoring_lines(report)[1]}**", ""]
    for group in report["groups"]:
        lines += [f"## ตัวชี้วัดย่อยที่ {group['code']} {_md(group['title'])} ({_shown(report['scores'][group['code']])}%)", "",
                  "| ข้อ | ข้อมูล | องค์ประกอบด้านข้อมูล | ข้อมูลในเว็บไซต์ | รอบก่อน |", "|---|---|---|---|---|"]
        for row in group["rows"]:
            item, f = row["item"], row["finding"]
            parts = "<br>".join("- " + _md(c).replace("&#124;", "/") for c in item.components_th)
            evidence = " ".join(f"[หลักฐาน {n}](<{_md(u).replace('&lt;', '%3C').replace('&gt;', '%3E')}>)"
                                for n, u in enumerate(row["evidence"], start=1))
            was = report["status_th"].get(row["previous"], "-")
            lines.append(f"| {_md(item.code)} | {_md(item.title_th)} | {parts} | {_md(_verdict_th(f))} {evidence} | {was} |")
        lines.append("")
    return "\n".join(lines)


def render_xlsx(report: dict, path: str | Path | io.BytesIO) -> None:
    """The report as a workbook that prints like the HTML: A4 landscape, the header row on every page."""
    from openpyxl.styles import Font

    from reports.sheets import fill, finish_sheet, link, new_sheet, save_workbook

    book, sheet = new_sheet("OIT")
    sheet.append([f"{report['agency']['name_th']} — {report['rulebook'].label}"])
    for line in filter(None, (*scoring_lines(report), report["summary_th"])):
        sheet.append([line])
    sheet.append(["ข้อ", "ข้อมูล", "องค์ประกอบด้านข้อมูล", "สถานะ", "ข้อมูลในเว็บไซต์", "Finding (English)", "หลักฐาน", "รอบก่อน"])
    header = sheet.max_row
    for group in report["groups"]:
        sheet.append([f"ตัวชี้วัดย่อยที่ {group['code']} {group['title']}"])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True)
        for row in group["rows"]:
            item, f = row["item"], row["finding"]
            sheet.append([item.code, item.title_th, "\n".join(item.components_th), report["status_th"][f["status"]],
                          f["reason_th"], f["reason_en"], "\n".join(row["evidence"]), report["status_th"].get(row["previous"], "")])
            fill(sheet.cell(sheet.max_row, 4), f["status"])
            link(sheet.cell(sheet.max_row, 7), row["evidence"][0] if row["evidence"] else "")
    finish_sheet(sheet, (6, 40, 60, 12, 40, 40, 50, 12), header_row=header, first_header_row=header)
    save_workbook(book, path)
