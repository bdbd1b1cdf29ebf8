"""What each agency is told after a run: items that have now failed N runs in a row, items fixed since
they were alerted, or one "site unreachable" message — in Thai with English below. Nothing when nothing
changed on the site.

A rulebook change is not a site change: item streaks never reach across runs judged by different rulebooks,
a run whose rulebook changed (a baseline) alerts nobody about items, and an item failing ever since the change
is not "newly failing". An unverified rulebook alerts no agency unless ``alerts.unverified_rulebooks`` says so;
an agency whose alerts are paused (a site under rebuild) is told nothing until the date.

Each item says what the criteria ask (short), what was found, the page holding the failing link, the link and
the cause in plain words, in item order (O5 before O12). Unchecked items are never in an alert.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

import sqlite_utils

from rules.causes import cause
from rules.coverage import failed
from rules.families import family_of_codes, item_number
from rules.rulebook import RulebookError
from rules.thai import thai_digits
from rules.vocabulary import FAILING, STATUS_TH
from storage.agencies import agencies_by_id, agencies_of_run
from storage.findings import agency_findings, item_statuses
from storage.judging import judged_by
from storage.pages import fetches
from storage.reviews import effective
from storage.rulebook_changes import series_runs
from storage.runs import COMPLETE, complete_runs, run_agency_states, run_by_id, site_errors

CRITERIA_CHARS = 140  # the criteria quoted in an alert: enough to say what is asked, short enough to read


@dataclass
class Message:
    agency_id: str
    kind: str  # items | site_down | digest | rulebook
    subject: str
    body: str
    payload: dict = field(default_factory=dict)
    link: str = ""


def _streak(sequence, failing) -> int:
    count = 0
    for value in sequence:
        if not failing(value):
            break
        count += 1
    return count


def _site_down_streak(db: sqlite_utils.Database, run_id: int, agency_id: str, depth: int) -> int:
    """Complete runs in a row, up to this one, whose crawl of the agency's site failed (a site fact, whatever the
    rulebook)."""
    runs = [r["id"] for r in complete_runs(db, depth, up_to=run_id)]
    states = run_agency_states(db, agency_id)
    return _streak([states.get(r) for r in runs], lambda s: s not in (None, "crawled"))


def _item_streaks(db: sqlite_utils.Database, run_id: int, agency_id: str, family: str,
                  depth: int) -> tuple[dict[str, int], dict[str, int]]:
    """Per item: its alertable failing streak up to this run and up to the run before, counted over the runs
    judged by the same rulebook as this one. An item failing ever since the rulebook changed counts 0: the list
    changed, not the site."""
    runs, changed = series_runs(db, run_id, family, depth)
    statuses: dict[int, dict[str, str]] = {}
    for row in effective(db, item_statuses(db, agency_id, runs)):
        statuses.setdefault(row["run_id"], {})[row["item"]] = row["status"]
    states = run_agency_states(db, agency_id)
    up_runs = [r for r in runs if states.get(r) == "crawled"]  # runs whose site answered count for items

    def alertable(series: list[int], item: str) -> int:
        count = _streak([statuses.get(r, {}).get(item) for r in series], lambda s: s in FAILING)
        return 0 if changed and count == len(series) else count  # failing since the baseline

    items = statuses.get(run_id, {})
    return ({i: alertable(up_runs, i) for i in items}, {i: alertable(up_runs[1:], i) for i in items})


def paused(agency: dict, today: date | None = None) -> bool:
    """Whether the agency's alerts are paused (``oit agencies pause ID --until DATE``) on ``today``."""
    until = agency.get("alerts_paused_until") or ""
    return bool(until) and (today or date.today()).isoformat() <= until[:10]


def compose_for_run(db: sqlite_utils.Database, run_id: int, consecutive: int = 2,
                    base_url: str = "http://127.0.0.1:8000", unverified_rulebooks: bool = False) -> list[Message]:
    """Messages for every agency of a complete run."""
    run = run_by_id(db, run_id)
    if run is None or run["state"] != COMPLETE:
        return []
    messages = []
    for agency in agencies_of_run(db, run_id):
        if paused(agency):
            continue
        link = f"{base_url.rstrip('/')}/agency/{agency['id']}"
        down = _site_down_streak(db, run_id, agency["id"], depth=consecutive + 1)
        if down:
            if down == consecutive:
                why = cause(site_errors(db, run_id, [agency["id"]]).get(agency["id"]))
                messages.append(_site_down(agency, down, link, why))
            continue
        findings = {f["item"]: f for f in effective(db, agency_findings(db, run_id, agency["id"]))}
        if not findings:
            continue
        try:
            rulebook = judged_by(db, run_id, agency["id"])  # the agency's family: ITA or MOIT
        except RulebookError:  # its rulebook file is gone: nothing can be said item by item
            continue
        if rulebook.status == "unverified" and not unverified_rulebooks:
            continue  # indicative verdicts: for auditors, not for agencies
        now, before = _item_streaks(db, run_id, agency["id"], family_of_codes(findings), depth=2 * consecutive + 1)
        broke = [findings[i] for i, n in now.items() if n == consecutive]
        fixed = [findings[i] for i, n in now.items() if n == 0 and before.get(i, 0) >= consecutive
                 and findings[i]["status"] == "pass"]
        if broke or fixed:
            details = _failing_pages(db, run_id, agency["id"], broke)
            messages.append(_items(agency, rulebook, sorted(broke, key=_order), sorted(fixed, key=_order), link,
                                   run_id, details))
    return messages


def _order(finding: dict) -> tuple:
    return item_number(finding["item"]), finding["item"]


def _family(rulebook) -> str:
    return "OIT" if rulebook.family == "ita" else rulebook.family.upper()


def _failing_pages(db: sqlite_utils.Database, run_id: int, agency_id: str, findings: list[dict]) -> dict[str, dict]:
    """Per evidence URL of the failing items: the stored fetch (status, error, certificate, the page linking it)."""
    return fetches(db, run_id, agency_id, (u for f in findings for u in json.loads(f["evidence"] or "[]")))


def _page_cause(page: dict) -> dict | None:
    """Plain words for why a fetched evidence page failed (404, timeout, certificate…), or None when it answered."""
    if page.get("tls_problem") and not page.get("error"):
        return None  # an expired certificate on a page that answered is not why the item fails
    if not failed(page):  # it answered (a page sent in full under a 404 too: crawler/soft404.py)
        return None
    return cause(" ".join(filter(None, [page.get("error_detail"), page.get("error"),
                                        f"HTTP {page['status']}" if (page.get("status") or 0) >= 400 else ""])))


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= CRITERIA_CHARS else text[:CRITERIA_CHARS - 1].rstrip() + "…"


def _detail(rulebook, finding: dict, pages: dict[str, dict]) -> tuple[list[str], list[str], dict]:
    """The lines under one failing item (Thai, English) and the same as data for the webhook."""
    item = rulebook.item(finding["item"])
    evidence = json.loads(finding["evidence"] or "[]")
    failing = next(((u, pages[u]) for u in evidence if u in pages and _page_cause(pages[u])), None)
    requires = _short(item.components_th[0]) if item.components_th else ""
    th = [f"    เกณฑ์: {requires}"] if requires else []
    en = [f"    criteria: {_short(item.title_en)}"]
    th.append(f"    ที่พบ: {finding['reason_th']}")
    en.append(f"    found: {finding['reason_en']}")
    data = {"requires": requires, "found_th": finding["reason_th"], "found_en": finding["reason_en"]}
    if "(#)" in (finding["reason_en"] or ""):
        th.append("    สาเหตุ: ลิงก์ไม่มีปลายทาง (#) — ใส่ที่อยู่ของเอกสารหรือหน้าเว็บในลิงก์")
        en.append("    cause: the link leads nowhere (#) — put the document's or page's address in the link")
        data["cause"] = "placeholder"
    elif failing:
        url, page = failing
        words = _page_cause(page)
        if page.get("referer"):
            th.append(f"    หน้าที่มีลิงก์: {page['referer']}")
            en.append(f"    page with the link: {page['referer']}")
        th += [f"    ลิงก์ที่เสีย: {url}", f"    สาเหตุ: {words['th']}"]
        en += [f"    failing link: {url}", f"    cause: {words['en']}"]
        data |= {"page": page.get("referer") or "", "link": url, "cause": words["kind"], "cause_th": words["th"],
                 "cause_en": words["en"]}
    elif evidence:
        th.append(f"    หลักฐาน: {evidence[0]}")
        en.append(f"    evidence: {evidence[0]}")
    return th, en, data


def _items(agency: dict, rulebook, broke: list[dict], fixed: list[dict], link: str, run_id: int,
           pages: dict[str, dict]) -> Message:
    th, en = [f"เรียน {agency['name_th']}", ""], [f"Dear {agency['name_en'] or agency['name_th']},", ""]
    details = []
    if broke:
        th.append(f"OIT Watch พบ {thai_digits(len(broke))} รายการบนเว็บไซต์ที่ต้องแก้ไข (เกณฑ์ {_family(rulebook)} ปี {thai_digits(rulebook.year)}):")
        en.append(f"OIT Watch found {len(broke)} item(s) on your website that need attention ({_family(rulebook)} {rulebook.year}):")
        for finding in broke:
            item = rulebook.item(finding["item"])
            sub_th, sub_en, data = _detail(rulebook, finding, pages)
            th += [f"- {item.code} {item.title_th}: {STATUS_TH.get(finding['status'], finding['status'])}", *sub_th]
            en += [f"- {item.code} {item.title_en}: {finding['status']}", *sub_en]
            details.append(data)
    if fixed:
        th += ["", "รายการที่แก้ไขแล้ว:"] + [f"- {f['item']} {rulebook.item(f['item']).title_th}" for f in fixed]
        en += ["", "Fixed since our last message:"] + [f"- {f['item']} {rulebook.item(f['item']).title_en}" for f in fixed]
    th += ["", f"รายงานฉบับเต็ม: {link}"]
    en += ["", f"Full report: {link}"]
    subject = (f"[OIT Watch] {agency['name_th']}: {len(broke)} รายการต้องแก้ไข, {len(fixed)} รายการแก้แล้ว "
               f"/ {len(broke)} to fix, {len(fixed)} fixed")
    payload = {"agency_id": agency["id"], "run_id": run_id, "report": link,
               "broken": [{k: f[k] for k in ("item", "status", "reason_th", "reason_en")}
                          | {"evidence": json.loads(f["evidence"] or "[]")} | d for f, d in zip(broke, details)],
               "fixed": [f["item"] for f in fixed]}
    return Message(agency["id"], "items", subject, "\n".join(th + ["", "—", ""] + en), payload, link)


def _site_down(agency: dict, nights: int, link: str, why: dict[str, str]) -> Message:
    """The site-down alert, with why the site could not be read in the last run (its own words, a hosting
    provider's suspension page, a server's default page...)."""
    body = (f"เรียน {agency['name_th']}\n\nOIT Watch เข้าถึงเว็บไซต์ {agency['url']} ไม่ได้ติดต่อกัน {thai_digits(nights)} รอบ "
            f"({why['th']}) จึงตรวจรายการ OIT ไม่ได้ กรุณาตรวจสอบเว็บไซต์\n\nรายงาน: {link}\n\n—\n\n"
            f"Dear {agency['name_en'] or agency['name_th']},\n\nOIT Watch could not reach {agency['url']} in {nights} "
            f"consecutive runs ({why['en']}), so no OIT item could be checked. Please check the website.\n\n"
            f"Report: {link}")
    return Message(agency["id"], "site_down",
                   f"[OIT Watch] {agency['name_th']}: เข้าถึงเว็บไซต์ไม่ได้ / website unreachable", body,
                   {"agency_id": agency["id"], "site_unreachable": True, "nights": nights, "report": link,
                    "cause": why["kind"]}, link)


def province_digests(db: sqlite_utils.Database, messages: list[Message]) -> dict[str, Message]:
    """One digest per province for its auditors, listing the agencies alerted in this run, each with its link."""
    agencies = agencies_by_id(db)
    by_province: dict[str, list[Message]] = {}
    for message in messages:
        by_province.setdefault(agencies[message.agency_id]["province"] or "-", []).append(message)
    digests = {}
    for province, group in by_province.items():
        lines = [f"สรุปการแจ้งเตือน OIT Watch จังหวัด{province} / OIT Watch alerts digest, {province}", ""]
        for m in group:
            lines += [f"- {agencies[m.agency_id]['name_th']}: {m.subject.split(': ', 1)[-1]}", f"  {m.link}"]
        digests[province] = Message("", "digest", f"[OIT Watch] สรุปจังหวัด{province} / digest: {len(group)} agencies",
                                    "\n".join(lines), {"province": province, "agencies": [m.agency_id for m in group],
                                                       "links": {m.agency_id: m.link for m in group}})
    return digests


def adoption_notice(year: int, books, changes: list[str], previous: int | None) -> Message:
    """The auditors' notice that the schedule judges by another year's rulebooks from the next night on."""
    labels = ", ".join(b.label for b in books.books.values())
    unverified = [b.label for b in books.books.values() if b.status == "unverified"]
    th = [f"OIT Watch ใช้เกณฑ์ปี พ.ศ. {thai_digits(year)} ({labels}) ตั้งแต่รอบการตรวจคืนถัดไป"
          + (f" แทนปี {thai_digits(previous)}" if previous else ""),
          "รอบแรกของเกณฑ์ใหม่เป็นรอบฐาน (baseline): ไม่มีรายการใด \"เสียใหม่\" และไม่แจ้งเตือนหน่วยงานเพราะรายการเกณฑ์เปลี่ยน"]
    en = [f"OIT Watch judges by the {year} rulebooks ({labels}) from the next night on"
          + (f", instead of {previous}" if previous else "") + ".",
          "The first night under them is a baseline: nothing is newly failing and no agency is alerted because the "
          "list of items changed."]
    if unverified:
        th.append(f"เกณฑ์ {', '.join(unverified)} ยังไม่ได้ตรวจสอบ: ไม่แจ้งเตือนหน่วยงาน (เว้นแต่ตั้ง alerts.unverified_rulebooks)")
        en.append(f"{', '.join(unverified)} unverified: agencies are not alerted (unless alerts.unverified_rulebooks)")
    body = "\n".join(th + ["", "การเปลี่ยนแปลง / changes:", *(changes or ["-"]), "", "—", ""] + en)
    return Message("", "rulebook", f"[OIT Watch] เกณฑ์ปี {year} / rulebooks adopted: {labels}", body,
                   {"year": year, "previous": previous, "rulebooks": labels, "changes": changes})


def baseline_notice(run: dict, change: str) -> Message:
    """The auditors' notice that a night was judged by other rulebooks than the night before: a baseline."""
    body = (f"รอบการตรวจที่ {run['id']} ใช้เกณฑ์ต่างจากรอบก่อน ({change}) จึงเป็นรอบฐาน (baseline): ไม่มีรายการใด "
            "\"เสียใหม่\" และไม่แจ้งเตือนหน่วยงานเพราะรายการเกณฑ์เปลี่ยน\n\n—\n\n"
            f"Run {run['id']} was judged by other rulebooks than the run before ({change}), so it is a baseline: nothing "
            "is newly failing and no agency is alerted because the list of items changed.")
    return Message("", "baseline", f"[OIT Watch] รอบที่ {run['id']} เป็นรอบฐานของเกณฑ์ใหม่ / run {run['id']} is a baseline",
                   body, {"run_id": run["id"], "change": change})
