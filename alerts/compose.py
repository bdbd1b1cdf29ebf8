"""What each agency is told after a run: items that have now failed N runs in a row, items fixed since
they were alerted, or one "site unreachable" message — in Thai with English below. Nothing when nothing
changed."""
from __future__ import annotations

import json
from dataclasses import dataclass, field

import sqlite_utils

from rules.families import judged_by
from rules.thai import thai_digits
from storage.diff import FAILING
from storage.reviews import effective

STATUS_TH = {"partial": "ไม่ครบถ้วน", "missing": "ไม่พบข้อมูล", "broken": "เข้าถึงไม่ได้"}


@dataclass
class Message:
    agency_id: str
    kind: str  # items | site_down | digest
    subject: str
    body: str
    payload: dict = field(default_factory=dict)


def _streaks(db: sqlite_utils.Database, run_id: int, agency_id: str, depth: int) -> tuple[dict[str, int], dict[str, int], int]:
    """Per item: failing streak up to this run and up to the previous complete run; and the site-down streak.

    Streaks are counted over the last ``depth`` complete runs only: deciding "reached N" needs no more.
    """
    runs = [r[0] for r in db.execute("SELECT id FROM runs WHERE state = 'complete' AND id <= ? ORDER BY id DESC LIMIT ?",
                                     [run_id, depth]).fetchall()]
    statuses: dict[int, dict[str, str]] = {}
    for row in effective(db, db.query("SELECT run_id, agency_id, item, status FROM findings WHERE agency_id = ? AND "
                                      f"run_id IN ({','.join('?' * len(runs))})", [agency_id, *runs])):
        statuses.setdefault(row["run_id"], {})[row["item"]] = row["status"]
    states = {r["run_id"]: r["state"] for r in db["run_agencies"].rows_where("agency_id = ?", [agency_id])}

    def streak(sequence, failing) -> int:
        count = 0
        for value in sequence:
            if not failing(value):
                break
            count += 1
        return count

    items = statuses.get(run_id, {})
    up_runs = [r for r in runs if states.get(r) == "crawled"]  # runs whose site answered count for items
    now = {i: streak([statuses.get(r, {}).get(i) for r in up_runs], lambda s: s in FAILING) for i in items}
    before = {i: streak([statuses.get(r, {}).get(i) for r in up_runs[1:]], lambda s: s in FAILING) for i in items}
    down = streak([states.get(r) for r in runs], lambda s: s not in (None, "crawled"))
    return now, before, down


def compose_for_run(db: sqlite_utils.Database, run_id: int, consecutive: int = 2,
                    base_url: str = "http://127.0.0.1:8000") -> list[Message]:
    """Messages for every agency of a complete run."""
    run = db["runs"].get(run_id)
    if run["state"] != "complete":
        return []
    messages = []
    for agency in db.query("SELECT a.* FROM agencies a JOIN run_agencies r ON r.agency_id = a.id WHERE r.run_id = ? "
                           "ORDER BY a.id", [run_id]):
        now, before, down = _streaks(db, run_id, agency["id"], depth=2 * consecutive + 1)
        link = f"{base_url.rstrip('/')}/agency/{agency['id']}"
        if down:
            if down == consecutive:
                messages.append(_site_down(agency, down, link))
            continue
        findings = {f["item"]: f for f in effective(db, db["findings"].rows_where("run_id = ? AND agency_id = ?",
                                                                                   [run_id, agency["id"]]))}
        broke = [findings[i] for i, n in now.items() if n == consecutive]
        fixed = [findings[i] for i, n in now.items() if n == 0 and before.get(i, 0) >= consecutive]
        if broke or fixed:
            rulebook = judged_by(db, run_id, agency["id"])  # the agency's family: ITA or MOIT
            messages.append(_items(agency, rulebook, broke, fixed, link, run_id))
    return messages


def _family(rulebook) -> str:
    return "OIT" if rulebook.family == "ita" else rulebook.family.upper()


def _line(rulebook, finding: dict) -> tuple[str, str]:
    item = rulebook.item(finding["item"])
    evidence = json.loads(finding["evidence"] or "[]")
    where = f"\n    {evidence[0]}" if evidence else ""
    return (f"- {item.code} {item.title_th}: {STATUS_TH.get(finding['status'], finding['status'])} — "
            f"{finding['reason_th']}{where}",
            f"- {item.code} {item.title_en}: {finding['status']} — {finding['reason_en']}{where}")


def _items(agency: dict, rulebook, broke: list[dict], fixed: list[dict], link: str, run_id: int) -> Message:
    th, en = [f"เรียน {agency['name_th']}", ""], [f"Dear {agency['name_en'] or agency['name_th']},", ""]
    if broke:
        th.append(f"OIT Watch พบ {thai_digits(len(broke))} รายการบนเว็บไซต์ที่ต้องแก้ไข (เกณฑ์ {_family(rulebook)} ปี {thai_digits(rulebook.year)}):")
        en.append(f"OIT Watch found {len(broke)} item(s) on your website that need attention ({_family(rulebook)} {rulebook.year}):")
        for finding in broke:
            t, e = _line(rulebook, finding)
            th.append(t)
            en.append(e)
    if fixed:
        th += ["", "รายการที่แก้ไขแล้ว:"] + [f"- {f['item']} {rulebook.item(f['item']).title_th}" for f in fixed]
        en += ["", "Fixed since our last message:"] + [f"- {f['item']} {rulebook.item(f['item']).title_en}" for f in fixed]
    th += ["", f"รายงานฉบับเต็ม: {link}"]
    en += ["", f"Full report: {link}"]
    subject = (f"[OIT Watch] {agency['name_th']}: {len(broke)} รายการต้องแก้ไข, {len(fixed)} รายการแก้แล้ว "
               f"/ {len(broke)} to fix, {len(fixed)} fixed")
    payload = {"agency_id": agency["id"], "run_id": run_id, "report": link,
               "broken": [{k: f[k] for k in ("item", "status", "reason_th", "reason_en")} | {"evidence": json.loads(f["evidence"] or "[]")} for f in broke],
               "fixed": [f["item"] for f in fixed]}
    return Message(agency["id"], "items", subject, "\n".join(th + ["", "—", ""] + en), payload)


def _site_down(agency: dict, nights: int, link: str) -> Message:
    body = (f"เรียน {agency['name_th']}\n\nOIT Watch เข้าถึงเว็บไซต์ {agency['url']} ไม่ได้ติดต่อกัน {thai_digits(nights)} รอบ "
            f"จึงตรวจรายการ OIT ไม่ได้ กรุณาตรวจสอบเว็บไซต์\n\nรายงาน: {link}\n\n—\n\n"
            f"Dear {agency['name_en'] or agency['name_th']},\n\nOIT Watch could not reach {agency['url']} in {nights} "
            f"consecutive runs, so no OIT item could be checked. Please check the website.\n\nReport: {link}")
    return Message(agency["id"], "site_down",
                   f"[OIT Watch] {agency['name_th']}: เข้าถึงเว็บไซต์ไม่ได้ / website unreachable", body,
                   {"agency_id": agency["id"], "site_unreachable": True, "nights": nights, "report": link})


def province_digests(db: sqlite_utils.Database, messages: list[Message]) -> dict[str, Message]:
    """One digest per province for its auditors, listing the agencies alerted in this run."""
    agencies = {a["id"]: a for a in db["agencies"].rows}
    by_province: dict[str, list[Message]] = {}
    for message in messages:
        by_province.setdefault(agencies[message.agency_id]["province"] or "-", []).append(message)
    digests = {}
    for province, group in by_province.items():
        lines = [f"สรุปการแจ้งเตือน OIT Watch จังหวัด{province} / OIT Watch alerts digest, {province}", ""]
        lines += [f"- {agencies[m.agency_id]['name_th']}: {m.subject.split(': ', 1)[-1]}" for m in group]
        digests[province] = Message("", "digest", f"[OIT Watch] สรุปจังหวัด{province} / digest: {len(group)} agencies",
                                    "\n".join(lines), {"province": province, "agencies": [m.agency_id for m in group]})
    return digests
