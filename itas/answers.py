"""Reading ITAS answers from the sheet officers fill: one row per agency and item — answer (มี/ไม่มี), the URL(s)
where the item is published, an explanation.

Accepted layouts: ours (``examples/itas-answers.csv``: รหัสหน่วยงาน · ข้อ · คำตอบ · URL · คำอธิบายเพิ่มเติม) and the
sheet ``oit export itas`` writes (ข้อ · … · URL สำหรับกรอกในระบบ ITAS …; it names no agency: pass ``agency``), so an
officer can export, edit and import it back. A row without an answer answers มี when it gives a URL, else ไม่มี.

Bad rows are reported with their row number and reason, never silently dropped. A row that cannot be placed (an
unknown agency, an item the year's list lacks, an answer that is neither มี nor ไม่มี) is not imported; a row that
can (มี without a URL, a URL outside the agency's site and its known publishing hosts) is imported with its
problem, and scores 0 with that reason when checked — as a consultant would score it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import sqlite_utils

from rules.families import rulebooks_for_year
from rules.rulebook import Item, Rulebook, RulebookError
from rules.thai import item_codes, normalize
from storage.agencies import agencies_by_id, rows_from_file

# header (lower-cased) -> field; the first header of each is the one our own sheets write
COLUMNS = {
    "agency_id": ("รหัสหน่วยงาน", "agency_id", "agency", "id"),
    "item": ("ข้อ", "item", "รหัสข้อ", "code"),
    "answer": ("คำตอบ", "answer", "คำตอบ (มี/ไม่มี)", "มี/ไม่มี"),
    "urls": ("url", "urls", "url สำหรับกรอกในระบบ itas", "url ที่เผยแพร่ข้อมูล"),
    "explanation": ("คำอธิบายเพิ่มเติม", "คำอธิบาย", "explanation"),
}
YES = {"มี", "มีข้อมูล", "yes", "y", "true", "1", "✓"}
NO = {"ไม่มี", "ไม่มีข้อมูล", "no", "n", "false", "0", "✗"}
# Outside hosts where agencies publish ITA material as their own (folders, documents, flipbooks, sites); an item's
# own ``link_hosts`` (the social networks of the social-network item) are accepted for that item too.
PUBLISHING_HOSTS = ("drive.google.com", "docs.google.com", "sites.google.com", "onedrive.live.com", "1drv.ms",
                    "sharepoint.com", "dropbox.com", "anyflip.com", "online.anyflip.com", "fliphtml5.com",
                    "heyzine.com", "youtube.com", "youtu.be")
_URL_SPLIT = re.compile(r"\s+|[,;](?=\s*https?://)")


@dataclass
class Answer:
    """One agency's answer to one item, as imported (``problem``: what a consultant would reject, Thai)."""

    agency_id: str
    year: int
    item: str
    answer: str  # "yes" (มี) | "no" (ไม่มี)
    urls: list[str]
    explanation: str = ""
    row: int = 0
    problem: str = ""


PROBLEM_KINDS = {"agency": "ไม่พบหน่วยงาน / unknown agency", "rulebook": "ไม่มีเกณฑ์ของปี / no rulebook for the year",
                 "item": "ไม่มีข้อนี้ในเกณฑ์ของปี / item not in the year's list",
                 "answer": "คำตอบไม่ใช่ มี/ไม่มี / answer neither มี nor ไม่มี", "repeated": "แถวซ้ำ / repeated row",
                 "no_url": "ตอบมีแต่ไม่ระบุ URL / มี without a URL",
                 "outside": "URL นอกเว็บไซต์ของหน่วยงาน / URL outside the agency's website"}


@dataclass
class RowProblem:
    row: int
    agency_id: str
    item: str
    reason_th: str
    reason_en: str
    imported: bool  # kept with its problem (it scores 0), or left out (it could not be placed)
    code: str = ""  # agency | rulebook | item | answer | repeated | no_url | outside: import summaries group by it

    def line(self) -> str:
        kept = "นำเข้าแล้ว จะได้ 0 คะแนน / imported, scores 0" if self.imported else "ไม่ได้นำเข้า / not imported"
        return f"แถว/row {self.row} {self.agency_id or '-'} {self.item or '-'}: {self.reason_th} / {self.reason_en} ({kept})"


@dataclass
class AnswerSheet:
    answers: list[Answer] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    rows: int = 0


def _field(row: dict[str, str], name: str) -> str:
    return next((row[h] for h in COLUMNS[name] if row.get(h)), "")


def _has_column(rows: list[tuple[int, dict]], name: str) -> bool:
    return bool(rows) and any(h in rows[0][1] for h in COLUMNS[name])


def site_hosts(agency: dict) -> list[str]:
    """The agency's own domains: its registry URL's and the host it moved to (www. dropped, sub-domains count)."""
    hosts = []
    for url in (agency.get("url") or "", agency.get("moved_to") or ""):
        host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower().rstrip(".")
        if host:
            hosts.append(host[4:] if host.startswith("www.") else host)
    return hosts


def _on(host: str, domains) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains)


def url_problem(url: str, agency: dict, item: Item) -> tuple[str, str]:
    """Why a consultant would not open ``url`` as this agency's evidence for ``item`` ('' when fine)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().rstrip(".")
    if parts.scheme not in ("http", "https") or not host:
        return f"URL ไม่ถูกต้อง ({url[:80]})", f"not a web address ({url[:80]})"
    if not _on(host, site_hosts(agency) + list(PUBLISHING_HOSTS) + list(item.link_hosts)):
        return (f"URL อยู่นอกเว็บไซต์ของหน่วยงาน ({host})",
                f"the URL is outside the agency's website ({host})")
    return "", ""


def item_code(cell: str, book: Rulebook) -> str | None:
    """The rulebook's code for an item cell ("O1", "o01", "O.1", "ข้อ ๑", "1"), or None."""
    codes = item_codes(cell, book.code_prefix)
    digits = normalize(cell).strip()
    if not codes and digits.isdigit():
        codes = {int(digits)}
    if len(codes) != 1:
        return None
    number = codes.pop()
    return next((i.code for i in book.items if i.number == number), None)


def read_answers(db: sqlite_utils.Database, path: str | Path, year: int, agency: str | None = None) -> AnswerSheet:
    """The answers of a CSV/XLSX sheet for fiscal ``year``; ``agency`` for a sheet without an agency column (the
    ``oit export itas`` sheet). Raises ValueError when the file cannot be read or has no item column."""
    rows = [(n, r) for n, r in rows_from_file(Path(path), required=()) if any(r.values())]
    sheet = AnswerSheet(rows=len(rows))
    if rows and not _has_column(rows, "item"):
        raise ValueError(f"{path}: no item column (one of: {', '.join(COLUMNS['item'])}); nothing was imported")
    if rows and not agency and not _has_column(rows, "agency_id"):
        raise ValueError(f"{path}: no agency column ({COLUMNS['agency_id'][0]}); name the agency (--agency ID)")
    books = rulebooks_for_year(year)
    agencies = agencies_by_id(db)
    seen: dict[tuple[str, str], Answer] = {}
    for number, row in rows:
        answer = _read_row(number, row, year, agency, agencies, books, sheet.problems)
        if answer is None:
            continue
        earlier = seen.get((answer.agency_id, answer.item))
        if earlier is not None:
            sheet.problems.append(RowProblem(earlier.row, answer.agency_id, answer.item,
                                             f"ซ้ำกับแถว {number} (ใช้แถว {number})", f"repeated in row {number} (row "
                                             f"{number} is kept)", False, "repeated"))
            sheet.answers.remove(earlier)
        seen[(answer.agency_id, answer.item)] = answer
        sheet.answers.append(answer)
    return sheet


def _read_row(number: int, row: dict[str, str], year: int, agency_given: str | None, agencies: dict,
              books, problems: list[RowProblem]) -> Answer | None:
    agency_id = agency_given or _field(row, "agency_id")
    cell = _field(row, "item")

    def reject(th: str, en: str, code: str) -> None:
        problems.append(RowProblem(number, agency_id, cell, th, en, False, code))

    agency = agencies.get(agency_id)
    if agency is None:
        return reject(f"ไม่พบหน่วยงานรหัส \"{agency_id}\"" if agency_id else "ไม่ได้ระบุหน่วยงาน",
                      f"no agency with id \"{agency_id}\"" if agency_id else "no agency given", "agency")
    try:
        book = books.for_agency(agency)
    except RulebookError as exc:
        return reject("เกณฑ์ของหน่วยงานไม่ถูกต้อง", str(exc), "rulebook")
    if book is None:
        return reject(f"ไม่มีเกณฑ์ปี พ.ศ. {year} สำหรับหน่วยงานนี้", f"no rulebook of {year} judges this agency",
                      "rulebook")
    code = item_code(cell, book) if cell else None
    if code is None:
        return reject(f"ไม่มีข้อ \"{cell}\" ในเกณฑ์ {book.label}" if cell else "ไม่ได้ระบุข้อ",
                      f"no item \"{cell}\" in {book.label}" if cell else "no item given", "item")
    urls = [u for u in _URL_SPLIT.split(_field(row, "urls")) if u]
    word = _field(row, "answer").strip().lower()
    if word and word not in YES | NO:
        return reject(f"คำตอบ \"{word}\" ไม่ใช่ มี หรือ ไม่มี", f"answer \"{word}\" is neither มี (yes) nor ไม่มี (no)",
                      "answer")
    said = ("yes" if word in YES else "no") if word else ("yes" if urls else "no")
    answer = Answer(agency_id, year, code, said, urls, _field(row, "explanation"), number)
    item = book.item(code)
    if said == "yes" and not urls:
        answer.problem = "ตอบว่ามีแต่ไม่ได้ระบุ URL"
        problems.append(RowProblem(number, agency_id, code, answer.problem, "answered มี (yes) without a URL", True,
                                   "no_url"))
    for url in urls:
        th, en = url_problem(url, agency, item)
        if th:
            answer.problem = "; ".join(filter(None, [answer.problem, th]))
            problems.append(RowProblem(number, agency_id, code, th, en, True, "outside"))
    return answer
