"""An agency's ITA/MOIT index kept on another government site: its unit's page there, read as its own.

A district hospital often publishes no MOIT evidence on its own site: its menu's "MOIT 2569" links its provincial
health office's MOIT system, one page per unit (``unit.php?hcode=10955&fy=2569``), the files uploaded there. A
person follows that link and judges the hospital on that one page and the files it links — never on the other
units' pages the system's unit picker links beside it. Such a page is on a government host (.go.th: registering it
takes an agency's papers), is linked from the agency's own page by words naming its ITA/MOIT as a whole ("MOIT
2569", not one item's code), and names the agency; it is read as the agency's (``outside=1``), with the documents it
links on its host, within the agency's bounds. Its host's other pages stay outside: a check at most.

>>> units = UnitPages("โรงพยาบาลทรายมูล")
>>> units.claims("https://ssj.moph.go.th/moit/unit.php?hcode=10955&fy=2569", "MOIT 2569", None)
True
>>> units.claims("https://ssj.moph.go.th/moit/uploads/10955/2569/q1/moit1_1.pdf", "PDF", 0)
True
>>> units.claims("https://ssj.moph.go.th/moit/unit.php?hcode=10954&fy=2569", "โรงพยาบาลกุดชุม", 0)
False
>>> units.claims("https://ssj.moph.go.th/moit/unit.php?hcode=10955&fy=2568", "รพ.ทรายมูล", 0)
True
>>> units.claims("https://itas.nacc.go.th/go/eit/x", "ITAS", None), units.claims("https://www.dla.go.th/", "ITA", None)
(False, False)
>>> units.claims_document("https://www.localkhonkaen.go.th/images/ita/x/O22.pdf", None)
True
>>> units.claims_document("https://drive.google.com/file/d/1a/view", None), units.claims_document("https://www.dla.go.th/x.pdf", 0)
(False, False)
>>> units.names_owner("ระบบ MOIT รพ.ทรายมูล ปีงบประมาณ 2569"), units.names_owner("โรงพยาบาลกุดชุม", "x " * 200 + "โรงพยาบาลทรายมูล")
(True, False)
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from rules.urls import doc_kind

GOVERNMENT = (".go.th", ".ac.th", ".or.th", ".mi.th")
# words naming the ITA/MOIT disclosure as a whole; a label with one item's code ("MOIT 5", "O12") names an item
WHOLE = re.compile(r"(?<![a-z])(?:ita|oit|moit)(?![a-z])|คุณธรรมและความโปร่งใส|เปิดเผยข้อมูลสาธารณะ", re.I)
ITEM = re.compile(r"(?<![a-z])(?:moit|o)\s*[-.]?\s*\d{1,2}(?!\d)", re.I)
HOME = re.compile(r"^/?(?:index\.\w+)?$")
# the short forms agencies' names take on a provincial system's pages
SHORT = [("โรงพยาบาลส่งเสริมสุขภาพตำบล", "รพ.สต."), ("โรงพยาบาล", "รพ."), ("สำนักงานสาธารณสุขอำเภอ", "สสอ."),
         ("สำนักงานสาธารณสุขจังหวัด", "สสจ.")]
HEAD_CHARS = 300  # a page's first lines, where it says whose it is
MAX_FILES = 200  # documents one unit page links, read as the agency's (a unit page: 22 items × quarters × sub-items)


@dataclass
class UnitPages:
    """One agency's unit pages on other government sites, and the files read from them."""

    owner: str  # the agency's name, which its unit page shows
    pages: set[str] = field(default_factory=set)
    hosts: set[str] = field(default_factory=set)
    files: int = 0

    def claims(self, url: str, label: str, found_on: int | None) -> bool:
        """Whether ``url`` is read as the agency's: its unit page, linked from its own page (``found_on`` None)
        by words naming its ITA/MOIT as a whole; a page on that host an outside page read links by the agency's
        name (the office's list of its schools, one of them the agency: a person clicks its own); or a document on
        that page's host linked from an outside page read (the unit page)."""
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if url in self.pages:
            return True
        if found_on is not None:
            if host in self.hosts and doc_kind(url) is None and self.names_owner(label):
                self.pages.add(url)  # a picker of units (an office's list of its schools): the agency's own entry
                return True
            return host in self.hosts and doc_kind(url) is not None and self.files < MAX_FILES
        if not (self.owner and host.endswith(GOVERNMENT)) or HOME.match(parts.path) and not parts.query:
            return False
        words = " ".join(label.split())
        if not WHOLE.search(words) or ITEM.search(words) or doc_kind(url):
            return False
        self.pages.add(url)
        self.hosts.add(host)
        return True

    def claims_document(self, url: str, found_on: int | None) -> bool:
        """Whether a document that a row of the agency's own OIT index links on another government's host (its
        provincial office's, its service area office's: registering a .go.th host takes an agency's papers) is read
        as the agency's: a person opens it from the row and judges the item on it, as on a file of the agency's own
        host. Its host's pages stay outside (a check at most)."""
        host = (urlsplit(url).hostname or "").lower()
        return found_on is None and host.endswith(GOVERNMENT) and doc_kind(url) is not None and self.files < MAX_FILES

    def admit(self, url: str, found_on: int | None) -> tuple[str, int]:
        """("read", hops) for a claimed address: the unit page at 0 hops, its files at 1."""
        if url not in self.pages:
            self.files += 1
        return "read", 0 if found_on is None else found_on + 1

    def names_owner(self, title: str | None, text: str | None = "") -> bool:
        """Whether a page names the agency as what it is about — in its title or its first lines (a list naming
        it among many further down is no page of its own) — in full or in its short form ("รพ.ทรายมูล")."""
        squashed = re.sub(r"\s+", "", f"{title or ''} {(text or '')[:HEAD_CHARS]}")
        forms = {self.owner}
        for full, short in SHORT:
            if self.owner.startswith(full):
                forms.add(short + self.owner[len(full):])
        return any(re.sub(r"\s+", "", form) in squashed for form in forms if form)

    def is_page(self, *urls: str | None) -> bool:
        return any(u in self.pages for u in urls if u)
