"""The engine: judge every OIT item of a rulebook for one agency from the pages a crawl recorded.

How an item is found, strongest first:
1. the agency's own ITA/OIT index page (a page whose links carry eight or more item codes), preferring the
   index of the rulebook's year: the link in the row of the item's code;
2. links anywhere on the site whose text, title or row names the item (its terms, best match wins),
   links to the item's ``link_hosts``, or its ``url_patterns``;
3. page titles that name the item.
The targets found are then judged: none -> missing; all failing -> broken; else the item's checks run on
the readable evidence (the target and the documents it links to) -> pass or partial.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urlsplit

from crawler.extract import doc_kind
from rules.budget import mark_unreached
from rules.checks import CHECKS, Doc, Evidence
from rules.rulebook import Item, Rulebook
from rules.thai import Text, item_codes

GENERIC_LABELS = {"คลิก", "คลิกที่นี่", "ดาวน์โหลด", "เปิด", "รายละเอียด", "อ่านต่อ", "ดูรายละเอียด", "ลิงก์", "link",
                  "click", "download", "more", "open", "pdf", "ไฟล์", "เอกสาร", "ดาวน์โหลดเอกสาร"}
MIN_INDEX_CODES = 8
ERROR_TH = {"timeout": "หมดเวลารอการตอบสนอง (timeout)", "dns": "ไม่พบชื่อโดเมน (DNS)", "tls": "ปัญหาใบรับรอง TLS",
            "connection": "เชื่อมต่อไม่ได้", "robots": "robots.txt ไม่อนุญาต", "redirect_loop": "เปลี่ยนเส้นทางวนซ้ำ",
            "too_large": "ไฟล์ใหญ่เกินกำหนด"}


@dataclass
class Finding:
    item: str
    status: str
    reason_th: str
    reason_en: str
    evidence: list[str] = field(default_factory=list)
    signals: list[str] = field(default_factory=list)


def _failed(page: dict) -> bool:
    return bool(page.get("error")) or (page.get("status") or 0) >= 400


def describe_failure(page: dict) -> tuple[str, str]:
    if (page.get("status") or 0) >= 400:
        return f"HTTP {page['status']}", f"HTTP {page['status']}"
    kind = page.get("error") or "error"
    return ERROR_TH.get(kind, kind), kind


class SiteView:
    """One agency's crawled pages, indexed for the engine."""

    def __init__(self, pages: list[dict], year: int):
        self.pages = pages
        self.by_url: dict[str, dict] = {}
        for page in pages:
            self.by_url.setdefault(page["url"], page)
        for page in pages:
            if page.get("final_url"):
                self.by_url.setdefault(page["final_url"], page)
        self.html = [p for p in pages if p.get("kind") == "html" and not _failed(p)]
        for page in self.html:
            if isinstance(page.get("links"), str):
                page["links"] = json.loads(page["links"] or "[]")
        self.home = next((p["url"] for p in pages if p.get("depth") == 0), None)
        self.index_links = self._index_links(year)

    def _index_links(self, year: int) -> dict[int, list[dict]]:
        """Item number -> links from the agency's ITA/OIT index pages (the rulebook year's, if it has one)."""
        indexes = []
        for page in self.html:
            by_code: dict[int, list[dict]] = {}
            for link in page["links"]:
                if link["kind"] != "a" or link.get("zone") == "nav":
                    continue
                codes = item_codes(f"{link['text']} {link['title']}")
                if not codes:
                    row = item_codes(link["context"][:60])
                    codes = row if len(row) == 1 else set()
                if len(codes) == 1:
                    by_code.setdefault(codes.pop(), []).append(dict(link, source=page["url"]))
            if len(by_code) >= MIN_INDEX_CODES:
                heading = Text(f"{page.get('title') or ''} {urlsplit(page['url']).path} {(page.get('text') or '')[:200]}")
                indexes.append((year in heading.years(), by_code, page["url"]))
        if any(this_year for this_year, _, _ in indexes):
            indexes = [entry for entry in indexes if entry[0]]
        merged: dict[int, list[dict]] = {}
        for _, by_code, _ in indexes:
            for code, links in by_code.items():
                merged.setdefault(code, []).extend(links)
        self.index_pages = {url for _, _, url in indexes}
        return merged

    def labelled_links(self) -> dict[str, list[dict]]:
        """Links grouped by the words that describe them (a generic "คลิก" borrows its row's words)."""
        groups: dict[str, list[dict]] = {}
        for page in self.html:
            for link in page["links"]:
                if link["kind"] != "a":
                    continue
                label = f"{link['text']} {link['title']}".strip()
                if len(label) < 3 or label.lower() in GENERIC_LABELS:
                    label = link["context"] or label
                if label:
                    groups.setdefault(label, []).append(dict(link, source=page["url"]))
        return groups


def _score(text: Text, item: Item) -> int:
    if any(text.contains(term) for term in item.exclude):
        return 0
    return max((len(term) for term in item.terms if text.contains(term)), default=0)


def find_candidates(rulebook: Rulebook, site: SiteView) -> tuple[dict[str, list[dict]], dict[str, list[str]]]:
    """Item code -> candidate links, and the signals that found them."""
    found: dict[str, list[dict]] = {i.code: [] for i in rulebook.items}
    signals: dict[str, list[str]] = {i.code: [] for i in rulebook.items}
    for item in rulebook.items:
        for link in site.index_links.get(item.number, []):
            # An index numbers items by its own year's list: trust the code unless the row's words name
            # another item of this rulebook and not this one (a 2566 index read with the 2568 rulebook).
            row = Text(f"{link['context']} {link['text']}")
            if _score(row, item) == 0 and any(_score(row, other) for other in rulebook.items if other is not item):
                continue
            found[item.code].append(link)
            signals[item.code].append(f"index page {link['source']}: {link['context'][:60] or link['text']}")
    for label, links in site.labelled_links().items():
        text = Text(label)
        scores = {item.code: _score(text, item) for item in rulebook.items if not found[item.code]
                  or not any(s.startswith("index") for s in signals[item.code])}
        best = max(scores.values(), default=0)
        if best == 0:
            continue
        for code, score in scores.items():
            if score == best:
                found[code].extend(links)
                signals[code].append(f"link text '{label[:60]}'")
    for item in rulebook.items:
        if item.link_hosts or item.url_patterns:
            for page in site.html:
                for link in page["links"]:
                    url = link.get("url") or ""
                    host = (urlsplit(url).hostname or "").lower()
                    if any(host == h or host.endswith("." + h) for h in item.link_hosts) or \
                            any(p.search(url) for p in item.url_patterns):
                        found[item.code].append(dict(link, source=page["url"]))
                        signals[item.code].append(f"link to {host}")
        if not found[item.code]:
            for page in site.html:
                if page["url"] != site.home and _score(Text(page.get("title") or ""), item):
                    found[item.code].append({"url": page["url"], "href": page["url"], "kind": "a", "text": page["title"],
                                             "title": "", "context": "", "source": page["url"]})
                    signals[item.code].append(f"page title '{page['title'][:60]}'")
    return found, signals


def _doc(page: dict) -> Doc:
    external = page.get("kind") == "external"
    text = page.get("text") or ""
    links = page["links"] if isinstance(page.get("links"), list) else json.loads(page.get("links") or "[]")
    return Doc(url=page["url"], kind=page.get("kind") or "", text=Text(text) if text and not external else None,
               links=[l for l in links if l.get("zone") != "nav"], forms=page.get("forms") or 0,
               image_only=bool(page.get("image_only")), external=external)


def judge_item(item: Item, links: list[dict], site: SiteView, year: int, signals: list[str]) -> Finding:
    urls, placeholders = [], 0
    for link in links:
        if link.get("url"):
            if link["url"] not in urls:
                urls.append(link["url"])
        else:
            placeholders += 1
    if not urls:
        if placeholders:
            return Finding(item.code, "missing", "มีหัวข้อแต่ลิงก์ไม่มีปลายทาง (#)", "listed, but the link leads nowhere (#)",
                           signals=signals)
        return Finding(item.code, "missing", "ไม่พบข้อมูล", "not found", signals=signals)
    ok, failed, unfetched = [], [], []
    for url in urls[:12]:
        page = site.by_url.get(url)
        if page is None:
            unfetched.append(url)
            continue
        if _failed(page):
            failed.append(page)
            continue
        subs = []
        if page["url"] not in site.index_pages and page["url"] != site.home and page.get("kind") == "html":
            own = urlsplit(page["url"]).hostname
            for link in page["links"]:
                target = link.get("url") or ""
                if link.get("zone") != "nav" and link["kind"] == "a" and target and \
                        (doc_kind(target) or urlsplit(target).hostname != own):
                    sub = site.by_url.get(target)
                    if sub is not None:
                        subs.append(sub)
        good_subs = [s for s in subs if not _failed(s)]
        if subs and not good_subs:
            failed.extend(subs)  # the item page only leads to documents that fail
            continue
        ok.append(page)
        ok.extend(s for s in good_subs if s not in ok)
    if not ok:
        if failed:
            what_th, what_en = describe_failure(failed[0])
            reason_th = item.broken_th or f"ไม่สามารถเข้าถึงได้ ({what_th})"
            reason_en = item.broken_en or f"cannot be reached ({what_en})"
            if item.broken_th:
                reason_th, reason_en = f"{reason_th} ({what_th})", f"{reason_en} ({what_en})"
            return Finding(item.code, "broken", reason_th, reason_en, [p["url"] for p in failed[:5]], signals)
        return Finding(item.code, "unchecked", "พบลิงก์แต่ไม่ได้ตรวจ (เกินขอบเขตการเก็บข้อมูล)",
                       "linked, but not fetched within the crawl's limits", unfetched[:5], signals)
    evidence = Evidence([_doc(p) for p in ok], year)
    problems_th, problems_en = [], []
    for spec in item.checks:
        params = {k: v for k, v in spec.items() if k != "check"}
        outcome = CHECKS[spec["check"]].run(evidence, **params)
        signals.append(f"{spec['check']}: {'ok' if outcome.ok else 'fail'}{' (' + outcome.signal + ')' if outcome.signal else ''}")
        if not outcome.ok:
            problems_th.append(outcome.th)
            problems_en.append(outcome.en)
    urls_seen = [p["url"] for p in ok[:5]]
    if problems_th:
        return Finding(item.code, "partial", "; ".join(problems_th), "; ".join(problems_en), urls_seen, signals)
    return Finding(item.code, "pass", "มีข้อมูลครบถ้วน", "complete", urls_seen, signals)


def evaluate_agency(rulebook: Rulebook, pages: list[dict], state: str = "crawled", home_error: str = "") -> list[Finding]:
    """Findings for every item of ``rulebook`` from one agency's crawled pages."""
    if state != "crawled" or not pages:
        kind = home_error.split(":")[0][:80] if home_error else "no pages"
        return [Finding(i.code, "unchecked", f"เข้าถึงเว็บไซต์ไม่ได้ ({kind})", f"the site could not be crawled ({kind})")
                for i in rulebook.items]
    site = SiteView(pages, rulebook.year)
    candidates, signals = find_candidates(rulebook, site)
    return [judge_item(item, candidates[item.code], site, rulebook.year, signals[item.code]) for item in rulebook.items]


PAGE_COLUMNS = "url, final_url, status, kind, title, text, links, forms, image_only, error, depth"


def evaluate_run(db, run_id: int, rulebook: Rulebook) -> int:
    """(Re-)evaluate a stored run with ``rulebook`` without re-crawling; returns the number of findings."""
    checked_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    total = 0
    states = list(db.query("SELECT agency_id, state, home_error, timed_out FROM run_agencies WHERE run_id = ?", [run_id]))
    for row in states:
        pages = list(db.query(f"SELECT {PAGE_COLUMNS} FROM pages WHERE run_id = ? AND agency_id = ? ORDER BY id",
                              [run_id, row["agency_id"]]))
        findings = evaluate_agency(rulebook, pages, row["state"], row["home_error"] or "")
        if row["timed_out"]:
            findings = mark_unreached(findings)
        records = [{"run_id": run_id, "agency_id": row["agency_id"], "item": f.item, "year": rulebook.year,
                    "status": f.status, "reason_th": f.reason_th, "reason_en": f.reason_en,
                    "evidence": json.dumps(f.evidence, ensure_ascii=False),
                    "signals": json.dumps(f.signals, ensure_ascii=False), "checked_at": checked_at}
                   for f in findings]
        with db.conn:
            db.execute("DELETE FROM findings WHERE run_id = ? AND agency_id = ?", [run_id, row["agency_id"]])
            db["findings"].insert_all(records)
        total += len(records)
    with db.conn:
        db["runs"].update(run_id, {"year": rulebook.year, "rulebook_version": rulebook.version})
        db.execute("DELETE FROM run_item_stats WHERE run_id = ?", [run_id])
        db.execute("INSERT INTO run_item_stats SELECT f.run_id, f.item, coalesce(a.province, ''), coalesce(a.type, ''), "
                   "sum(f.status = 'pass'), count(*) FROM findings f LEFT JOIN agencies a ON a.id = f.agency_id "
                   "WHERE f.run_id = ? GROUP BY 1, 2, 3, 4", [run_id])
    return total
