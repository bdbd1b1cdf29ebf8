"""Judging one ITAS answer as a consultant does: the URL(s) given and what they link to directly, against that
item alone, with the nightly engine's own judge (rules.engine.judge_item: the same checks, years and coverage
rules; there is no second judge here). Score: pass = 100; partial, missing, broken = 0; unchecked = no score
("ต้องตรวจด้วยตนเอง")."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from urllib.parse import urlsplit

from itas.advice import fix, nightly_note
from itas.answers import site_hosts, url_problem
from itas.fetch import Fetched
from rules.engine import SiteView, judge_item
from rules.rulebook import Rulebook

SCORES = {"pass": 100, "partial": 0, "missing": 0, "broken": 0, "unchecked": None}


@dataclass
class Result:
    agency_id: str
    year: int
    item: str
    status: str
    score: int | None
    reason_th: str
    reason_en: str
    fix_th: str = ""
    fix_en: str = ""
    evidence: list[str] = field(default_factory=list)
    signals: list[str] = field(default_factory=list)
    nightly_run: int | None = None
    nightly_status: str | None = None
    nightly_evidence: list[str] = field(default_factory=list)
    elsewhere_th: str = ""
    elsewhere_en: str = ""

    def record(self) -> dict:
        return asdict(self)


def judgeable_urls(answer: dict, agency: dict, book: Rulebook) -> list[str]:
    """The URLs of an answer a consultant would open: those of a มี answer on the agency's site or its publishing
    hosts (what itas.answers reported as a problem is not fetched)."""
    if answer["answer"] != "yes":
        return []
    item = book.item(answer["item"])
    return [u for u in answer["urls"] if not url_problem(u, agency, item)[0]]


def _as_nightly(records: list[dict], own: list[str]) -> list[dict]:
    """Pages on outside hosts as the nightly crawl records them: one reachability answer read by its title
    (``kind = external``), never a page whose content the item's checks would fail. A submitted Drive file is
    fetched like a start page, but must not be judged more harshly than the nightly crawl judges the same link."""
    for record in records:
        host = (urlsplit(record["url"]).hostname or "").lower()
        if not any(host == d or host.endswith("." + d) for d in own) and record.get("kind") not in ("error", None):
            record["kind"] = "external"
    return records


def _links(records: list[dict], item, book: Rulebook, signals: list[str]) -> list[dict]:
    """What to judge of one submitted URL: the page itself, or — when it is the agency's ITA index — the links
    of the item's row (a consultant clicks the row), read from a view of just that URL's pages."""
    start = next((r for r in records if r["depth"] == 0), None)
    if start is None:
        return []
    for record in records:  # no page is the "home" here: the submitted page's own documents count as evidence
        record["depth"] = 1
    view = SiteView([dict(r) for r in records], book.year, book.code_prefix)
    if start["url"] in view.index_pages and view.index_links.get(item.number):
        signals.append(f"ITA index {start['url']}: row {item.code}")
        return [{"url": link["url"]} for link in view.index_links[item.number] if link.get("url")]
    return [{"url": start["url"]}]


def judge_answer(answer: dict, agency: dict, book: Rulebook, fetched: Fetched, nightly: dict | None) -> Result:
    """The result of one stored answer (storage.itas.answers row), with the nightly finding (``nightly``) beside."""
    item = book.item(answer["item"])
    urls = judgeable_urls(answer, agency, book)
    site = (site_hosts(agency) or [agency.get("url") or ""])[0]
    signals = [f"submitted URL {u}" for u in urls]
    if answer["answer"] != "yes":
        kind, status = "no", "missing"
        reason_th, reason_en = "หน่วยงานตอบว่าไม่มีข้อมูล", "the agency answered ไม่มี (not published)"
        evidence: list[str] = []
    elif not urls:
        kind, status = ("outside" if answer["urls"] else "no_url"), "missing"
        reason_th = answer["problem"] or "ไม่ได้ระบุ URL"
        reason_en = "the URL given is outside the agency's website" if answer["urls"] else "no URL given"
        evidence = list(answer["urls"])
    else:
        kind = "judged"
        records, links = [], []
        for url in urls:
            got = _as_nightly(fetched.records(agency["id"], url), site_hosts(agency))
            links += _links(got, item, book, signals)
            records += got
        if records and not fetched.site_answered(agency["id"]):
            status, evidence = "unchecked", urls
            what = next((r.get("error") for r in records if r.get("error")), "") or "no answer"
            reason_th = f"เข้าถึงเว็บไซต์ของหน่วยงานไม่ได้ขณะตรวจ ({what}): ต้องตรวจอีกครั้ง"
            reason_en = f"the agency's website could not be reached during the check ({what}); check again"
        elif not records:
            status, evidence = "unchecked", urls
            reason_th = "ยังไม่ได้เปิด URL ที่ระบุ (การตรวจไม่ได้ดึงข้อมูล)"
            reason_en = "the URLs given were not fetched by this check"
        else:
            view = SiteView(records, book.year, book.code_prefix)
            finding = judge_item(item, links, view, book.year, signals)
            status, reason_th, reason_en = finding.status, finding.reason_th, finding.reason_en
            evidence, signals = finding.evidence or urls, finding.signals
    result = Result(agency["id"], answer["year"], item.code, status, SCORES.get(status, 0), reason_th, reason_en,
                    evidence=evidence, signals=signals)
    if nightly:
        result.nightly_run, result.nightly_status = nightly["run_id"], nightly["status"]
        result.nightly_evidence = nightly["evidence"]
    result.elsewhere_th, result.elsewhere_en = nightly_note(nightly, evidence)
    result.fix_th, result.fix_en = fix(item, kind, status, reason_th, reason_en, evidence, nightly, site)
    return result
