"""What a crawl could not read, and where an item could therefore still be: the rule that nothing is reported
missing or broken on what was never read.

A page record is *unread* when its content could not be read: the crawler says so (``pages.unread``:
script shell, unreadable text, images only, a login wall, an outside page left unread), robots.txt forbade
it, or it answered with nothing a reader would see (a 200 with no text and no links, a document with no
text at all) -- whatever the cause, an empty answer is no evidence of absence. An own page whose fetch failed
for a passing reason (a timeout, a 5xx) was not read either, though as an item's own link it is broken.

An unread page *could hold* an item when a reader could find the item there:
- the home page, a menu or hub page (linked from the site's menus, its label naming no one item and no
  machinery such as a login or a calendar), a page whose label speaks of ITA/OIT as a whole, a page reached
  from the ITA/OIT index without a code of its own: any item (a page whose fetch failed for a passing reason: the
  home page, and a page whose label speaks of ITA/OIT -- on a busy night the index itself may time out twice);
- otherwise the items its labels (link words, index row, page title) name.
A link the crawl's bounds left unopened (``not_visited``) is read the same way, but a menu's entry is no hub: a page
budget spent leaves news pages, archives and calendars unopened, where a reader looks for no item.
A menu page that failed or that robots.txt forbade is no hub: it holds what its words name (a timed-out
webboard is the webboard's failure; a reader finds no procurement report there).
Judgment (rules/engine.py) then says ``unchecked`` with the unread page's reason where it would say
``missing`` for want of finding an item, and where an item's own evidence is unread.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable
from urllib.parse import urlsplit

from rules.index import code_range, link_code
from rules.thai import DENIAL_RE, is_generic_label, normalize
from rules.urls import DOCUMENT_KINDS

DOCUMENTS = DOCUMENT_KINDS
# failures that may pass, or that a patient reader gets past: a hub that failed so was not read (a 404, a name
# that does not resolve or a redirect loop fails for everyone: no one reads anything there)
PASSING_FAILURES = {"timeout", "connection", "closed", "refused", "tls"}
# what an outside host answers a crawler it will not serve (a national system, a provincial office's firewall rule)
# while a person's browser gets the page: no word on the page, which is read as unread, never as gone
REFUSALS = {401, 403, 405, 406, 429, 451}
EMPTY_LETTERS = 20  # a page with fewer letters than this and no link shows a reader nothing
_LETTERS = re.compile(r"[a-z\u0e01-\u0e4e]")
_CONSONANTS = re.compile(r"[\u0e01-\u0e2e]")
# Pages with content a reader sees that the crawl could not read; a menu page of these may be a hub of
# anything. A page that failed or that robots.txt forbade holds only what its words name.
CONTENT_UNREAD = {"script_shell", "unreadable_text", "images_only", "login_required", "outside_not_read", "empty_page",
                  "firewall", "bot_check", "consent_wall", "too_large", "unsupported_format", "form_refused", "picture_format", "other"}
# Labels that speak of the whole ITA/OIT disclosure, not one item of it
OIT_WORDS = re.compile(r"(?<![a-z])(ita|oit|moit)(?![a-z])|คุณธรรม|ความโปร่งใส|เปิดเผยข้อมูลสาธารณะ|การประเมิน", re.I)
# Menu entries that lead to the site's machinery, not to published content: a reader looks for no item there
NOT_CONTENT = re.compile(r"ผู้ดูแล|เข้าสู่ระบบ|ลงชื่อเข้าใช้|สมัครสมาชิก|ปฏิทิน|ค้นหา|แผนผังเว็บไซต์|พิมพ์|ภาษาอังกฤษ|ฟีด|"
                         r"webmail|e-?mail|admin|login|log in|sign in|register|calendar|search|sitemap|print|english|"
                         r"feed|rss|atom")
# the next pages of a listing (a paginated index): their words, query parameters and paths
NEXT_WORDS = re.compile(r"^(?:\d{1,3}|หน้าถัดไป|ถัดไป|ต่อไป|หน้า\s*\d{1,3}|next|older|more|»|›|>>?|เก่ากว่า)\W*$", re.I)
NEXT_QUERY = re.compile(r"(?:^|&)(?:page|paged|pg|pageno|page_?num|p_?no|start|limitstart|offset|skip)=\d", re.I)
NEXT_PATH = re.compile(r"/page/\d+/?$", re.I)
SAMPLE_URLS = 10  # URLs kept per cause in a coverage record
# Hosts that take an agency's papers to register: another agency's site (the NACC's ITAS, a ministry's portal),
# never an agency's own publishing space outside its domain
GOVERNMENT_HOSTS = (".go.th", ".ac.th", ".or.th", ".mi.th")


def site_domain(url: str | None) -> str:
    """The agency's domain for "same site": http://www.kudjok.go.th/ -> kudjok.go.th."""
    host = (urlsplit(url or "").hostname or "").lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def on_site(page: dict[str, Any], domains: set[str] | frozenset[str]) -> bool:
    """Whether a page record is the agency's own (its hosts, or an outside host read as its content), not the
    reachability check of a link leaving the site (kind ``external``, or ``error`` when it failed)."""
    if page.get("outside"):
        return True
    if page.get("kind") == "external":
        return False
    host = site_domain(page.get("url"))
    return not domains or any(host == d or host.endswith("." + d) for d in domains if d)


def failed(page: dict[str, Any]) -> bool:
    """Whether a page record is a failed fetch: an error, or an HTTP error status whose body was not the page
    itself. A page a server sends in full under a 404 or 500 (a CMS routing through ``ErrorDocument 404``, a
    template failing after its content) is shown by a browser like any other: the crawler reads it and records
    no error (crawler/soft404.py: shown_in_full), and it is judged on what it shows; so is an outside link's check
    that found its page so sent (``external``, its text kept, no error)."""
    if page.get("error"):
        return True
    return (page.get("status") or 0) >= 400 and not (page.get("kind") in ("html", "external") and page.get("text"))


def unread_reason(page: dict[str, Any], domains: set[str] | frozenset[str] = frozenset()) -> str | None:
    """Why a page record's content was not read (a code of rules.vocabulary.UNREAD), or None when it was
    read, is gone (404/410), or is only an outside link's reachability check. ``domains``: the agency's."""
    if page.get("unread"):
        return str(page["unread"])
    if not on_site(page, domains):
        return None
    if page.get("error") == "robots":
        return "robots"
    if page.get("error") == "too_large":
        return "too_large"
    status = page.get("status") or 0
    if failed(page):
        passing = status >= 500 or page.get("error") in PASSING_FAILURES
        # a storage's AccessDenied document is every visitor's answer (rules/engine.py: _certainly_gone), not a refusal
        if not passing and page.get("outside") and status in REFUSALS and page.get("error") != "storage_refused":
            return "refused"  # another's host saying no to a crawler (the agency's page on its office's system)
        return "fetch_failed" if passing else None
    if not _blank(page):
        return None
    return "images_only" if page.get("image_only") else "empty_page"


def read_in_part(page: dict[str, Any]) -> str | None:
    """``links_cut`` or ``text_cut`` when a page read reached the crawl's bound on links or text kept, or the code
    of a document read up to a bound (``rows_cut``, ``scans_cut``, ``pages_cut``): what lay past it was never seen.
    None when read whole."""
    if page.get("links_cut"):
        return "links_cut"
    return "text_cut" if page.get("text_cut") else str(page["part_unread"]) if page.get("part_unread") else None


def _blank(page: dict[str, Any]) -> bool:
    """A page that answered with nothing a reader would see: no link and hardly a letter (a document: no text)."""
    links = page.get("links")
    if isinstance(links, str):
        links = json.loads(links or "[]")
    if any(link.get("url") and link.get("kind") in ("a", "iframe") for link in links or []):
        return False
    kind = page.get("kind")
    if kind not in DOCUMENTS and kind != "html":
        return False
    raw = (page.get("text") or "")[:2000]
    # a Thai consonant stays a letter through normalize (pythainlp repairs only vowels, marks and spacing): a
    # text with enough of them is no blank, without normalising it
    if _CONSONANTS.search(raw) if kind in DOCUMENTS else len(_CONSONANTS.findall(raw)) >= EMPTY_LETTERS:
        return False
    text = normalize(raw)
    letters = len(_LETTERS.findall(text))
    if page.get("kind") in DOCUMENTS:
        return letters == 0
    # "ยังไม่มีข้อมูล" alone is a page that says something: there is nothing yet
    return page.get("kind") == "html" and letters < EMPTY_LETTERS and not DENIAL_RE.search(text)


# a page's own reading cut short (its links, its text): a row past the cut may answer for an item the part read
# denies ("อยู่ระหว่างดำเนินการ" in next year's table above this year's). A document read up to its page or row
# bound keeps its index rows: its contents come first
# pictures_unread: words in pictures not read (crawler/pictures.py); scroll_cut, shadow_unread: a rendered page's list
# still growing when scrolling stopped, web components whose content was not read; data_unread: its own data requests
# (fetch/XHR of the agency's hosts) failed, what they would draw was not drawn; panes_unread: panes a click fills left
# unopened when the render's time ran out (crawler/render.py); include_unread: a file the page pulls in on load did
# not come, its area is empty (crawler/includes.py)
PAGE_CUTS = ("links_cut", "text_cut", "pictures_unread", "scroll_cut", "shadow_unread", "data_unread", "panes_unread",
             "include_unread")
# links naming items that make a page read in part a list of them (its unseen rest may hold any item)
LISTING_ITEMS = 3


@dataclass
class Unread:
    """One unread page and what a reader could find there (see :meth:`could_hold`)."""

    url: str
    code: str
    anything: bool = False  # any item could be there (the home page, the ITA area)
    labels: list[str] = field(default_factory=list)  # words of the links that lead there, and its title
    menu_labels: list[str] = field(default_factory=list)  # ... of the site's menus among them
    codes: set[int] = field(default_factory=set)  # item numbers its index rows give it
    evidence: bool = True  # False: an outside section only checked, a place to look, not an item's unread evidence
    section_labels: list[str] = field(default_factory=list)  # its labels speaking of the ITA/OIT
    read_labels: list[str] = field(default_factory=list)  # a page read in part: the words of the links read on it
    listing: bool | None = None  # whether those name items enough to be a list of them (found once, then kept)

    def could_hold(self, number: int, names: Callable[[str], bool], names_any: Callable[[str], bool]) -> bool:
        """Whether a reader could find item ``number`` here: ``names(label)`` says a label names the item,
        ``names_any(label)`` that it names some item of the rulebook (else a menu label is a hub's). An outside
        section holds any item when a label speaks of the ITA/OIT as a whole, naming no one item ("ITA 2569"; not
        "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", which is O25's)."""
        if any(not names_any(label) for label in self.section_labels):
            return True
        if self.listing is None:  # a list of items, its rest unseen: any item
            self.listing = sum(map(names_any, self.read_labels)) >= LISTING_ITEMS
        if self.listing:
            return True
        return self.anything or number in self.codes or any(names(label) for label in self.labels + self.menu_labels) \
            or any(not names_any(label) for label in self.menu_labels)


def unread_pages(pages: list[dict[str, Any]], home: str | None, index_pages: set[str], prefix: str = "O",
                 domains: set[str] | frozenset[str] = frozenset(),
                 fetched: Callable[[str], bool] | None = None) -> dict[str, Unread]:
    """URL -> Unread for every unread page of an agency's crawl, with the labels of the links that lead there;
    with ``fetched`` (whether a URL has a page record), also every own-site link of a page read that the crawl
    never opened (its page or depth bound): ``not_visited``."""
    found: dict[str, Unread] = {}
    entry: Unread | None
    sections: set[str] = set()  # outside pages only checked: kept as unread when labelled the ITA/OIT section
    for page in pages:
        code = unread_reason(page, domains)
        if not code and _outside_section_candidate(page):
            code = "outside_not_read"
            sections.add(page["url"])
        if code and page["url"] not in found:
            # a consent wall not passed stands before the site's every page, whatever the link there said
            entry = found[page["url"]] = Unread(page["url"], code, anything=page["url"] == home or page.get("depth") == 0
                                                or code == "consent_wall")
            found.setdefault(page.get("final_url") or page["url"], entry)
            if page.get("title"):
                entry.labels.append(page["title"])
                entry.anything = entry.anything or bool(OIT_WORDS.search(normalize(page["title"])))
    if fetched is not None:
        for url in _links_not_visited(pages, domains, fetched):
            found.setdefault(url, Unread(url, "not_visited"))
    area = _oit_area(pages, home) if fetched is not None else set()
    cut_pages = [(page, cut) for page in pages if (cut := read_in_part(page)) in PAGE_CUTS
                 and not page.get("unread")]
    oit_linked = _linked_as_oit(pages, {page["url"] for page, _ in cut_pages}) if cut_pages else set()
    for page, cut in cut_pages:  # links or text past the bound were never seen: where they lead is unknown
        found[page["url"] + "#" + cut] = Unread(
            page["url"], cut, anything=page["url"] in index_pages | area | oit_linked or page["url"] == home
            or page.get("depth") == 0, labels=[page.get("title") or ""], evidence=False,
            read_labels=_own_labels(page) if cut == "links_cut" else [])
    for page in pages:
        if page.get("part_unread") and not page.get("unread") and page["url"] not in found:
            # a document read up to a bound (a workbook's rows, scans past the OCR budget): what was read is judged
            # (evidence=False); the rest holds what the links to it name (the index's workbook: anything)
            found[page["url"]] = Unread(page["url"], str(page["part_unread"]), anything=page["url"] in index_pages,
                                        labels=[page.get("title") or ""], evidence=False)
    for page in pages if found else []:
        links = page.get("links")
        for link in links if isinstance(links, list) else []:
            entry = found.get(link.get("url") or "")
            if entry is None or link.get("kind") not in ("a", "iframe"):
                continue
            label = f"{link.get('text') or ''} {link.get('title') or ''}".strip()
            if is_generic_label(label):
                label = f"{label} {link.get('context') or ''}".strip()
            number = link_code(link, prefix)
            entry.codes |= {number} if number is not None else set()
            entry.codes |= code_range(f"{label} {link.get('context') or ''}", prefix)  # "เอกสารข้อ O15–O26 อยู่ในไฟล์"
            # a page the index leads to that failed is that link's failure (a dead webboard); a failed page whose
            # label names the ITA/OIT as a whole is the index itself, unread
            # a page the index leads to: its rows' pages, its next pages; not the site's menus on it, unopened
            from_index = (page["url"] in index_pages or entry.code == "not_visited" and page["url"] in area) \
                and entry.code not in ("fetch_failed", "refused") and not (
                entry.code == "not_visited" and (link.get("zone") == "nav" or link.get("common"))
                and not _next_page(link))
            if number is None and (OIT_WORDS.search(normalize(label)) or from_index):
                entry.anything = True  # the ITA/OIT area itself, or a page its index leads to
            menu = (link.get("zone") == "nav" or link.get("common")) and entry.code in CONTENT_UNREAD
            if menu and NOT_CONTENT.search(normalize(f"{label} {urlsplit(entry.url).path} {urlsplit(entry.url).query}")):
                menu = False  # the site's machinery (a login, a feed): no hub of published content
            (entry.menu_labels if menu else entry.labels).append(label)
    for url in sections:  # a checked outside page is a hole only where a reader is sent for the ITA/OIT as a whole
        entry = found[url]
        titles = {page.get("title") for page in pages if page["url"] == url}  # a file's name is no link to a section
        named = [label for label in entry.labels + entry.menu_labels
                 if label not in titles and OIT_WORDS.search(normalize(label))]
        if entry.codes or not named:
            found = {key: value for key, value in found.items() if value is not entry}
        else:  # a place to look, never an item's own evidence (its check keeps judging it)
            entry.anything, entry.menu_labels, entry.labels = False, [], []
            entry.section_labels, entry.evidence = named, False
    return found


def _links_not_visited(pages: list[dict[str, Any]], domains: set[str] | frozenset[str],
                       fetched: Callable[[str], bool]) -> set[str]:
    """Own-site links of the pages read that have no page record: the crawl's bounds left them unopened (a
    reader would open them as any other link)."""
    left: set[str] = set()
    for page in pages:
        links = page.get("links")
        if not isinstance(links, list) or not on_site(page, domains) or failed(page):
            continue
        for link in links:
            url = link.get("url") or ""
            if link.get("kind") in ("a", "iframe") and url.startswith(("http://", "https://")) and url not in left \
                    and on_site({"url": url}, domains) and not fetched(url) and not _machinery(link):
                left.add(url)
    return left


def _oit_area(pages: list[dict[str, Any]], home: str | None) -> set[str]:
    """Pages whose titles speak of the ITA/OIT as a whole ("อบต.สำโรง :: ITA"), unless every title of the site does
    (a school named "คุณธรรม"): a link there that the crawl never opened may lead to any item ("ปีงบประมาณ 2566")."""
    titled = {page["url"] for page in pages if page.get("kind") == "html" and page.get("title")
              and OIT_WORDS.search(normalize(page["title"]))}
    return set() if home in titled else titled


def _own_labels(page: dict[str, Any]) -> list[str]:
    """The words of a page's own links in its content (not the site's menus): what a reader saw listed there."""
    links = page.get("links")
    return [f"{link.get('text') or ''} {link.get('title') or ''}".strip() for link in links if isinstance(link, dict)
            and link.get("kind") == "a" and link.get("zone") != "nav" and not link.get("common")] \
        if isinstance(links, list) else []


def _linked_as_oit(pages: list[dict[str, Any]], urls: set[str]) -> set[str]:
    """Those of ``urls`` that a link labelled ITA/OIT as a whole leads to ("» ITA 2569"): the ITA page, whatever
    its own title says (often only the agency's name)."""
    named = set()
    for page in pages:
        links = page.get("links")
        for link in links if isinstance(links, list) else []:
            if link.get("url") in urls and link.get("kind") == "a" and OIT_WORDS.search(
                    normalize(f"{link.get('text') or ''} {link.get('title') or ''}")):
                named.add(link["url"])
    return named


def _next_page(link: dict[str, Any]) -> bool:
    """A link to another page of the same listing: "2", "ถัดไป", "»", ``?page=2``, ``&limitstart=10``, ``/page/2/``."""
    parts = urlsplit(link.get("url") or "")
    return bool(NEXT_WORDS.match((link.get("text") or "").strip()) or NEXT_QUERY.search(parts.query)
                or NEXT_PATH.search(parts.path))


def _machinery(link: dict[str, Any]) -> bool:
    """A link to the site's machinery (a calendar, a login, a feed): no reader looks for an item there."""
    parts = urlsplit(link.get("url") or "")
    return bool(NOT_CONTENT.search(normalize(f"{link.get('text') or ''} {parts.path} {parts.query}")))


def _outside_section_candidate(page: dict[str, Any]) -> bool:
    """An outside link only checked that answered a web page on a host not taking an agency's papers (a blog, a
    site builder, a flipbook host): it may be where the agency publishes its ITA/OIT section, never read."""
    host = (urlsplit(page.get("url") or "").hostname or "").lower()
    # a check keeps a title only from a web page (crawler/spiders/agency.py: parse_outbound), never a document's
    return (page.get("kind") == "external" and not page.get("error") and (page.get("status") or 0) < 400
            and bool(page.get("title")) and not host.endswith(GOVERNMENT_HOSTS))


def coverage_record(pages: list[dict[str, Any]], unvisited: int = 0, timed_out: bool = False, moved_to: str | None = None) -> dict[str, Any]:
    """An agency's coverage record: what its crawl read and what it could not, with a few URLs per cause."""
    home = next((p["url"] for p in pages if p.get("depth") == 0), None)
    domains = {site_domain(home), site_domain(f"http://{moved_to}/" if moved_to else None)} - {""}
    own = [p for p in pages if on_site(p, domains)]
    causes: Counter[str] = Counter()
    samples: dict[str, list[str]] = {}
    codes = {id(page): unread_reason(page, domains) for page in own}  # each page's reason read once
    for page in own + [p for p in pages if p.get("unread") and not on_site(p, domains)]:
        code = codes[id(page)] if id(page) in codes else unread_reason(page, domains)
        if code:
            causes[code] += 1
            samples.setdefault(code, [])
            if len(samples[code]) < SAMPLE_URLS:
                samples[code].append(page["url"])
    read = [p for p in own if not codes[id(p)] and not failed(p)]
    for page in read:  # read in part: counted read, and its unread rest told by its cause
        if page.get("part_unread"):
            causes[page["part_unread"]] += 1
            samples.setdefault(page["part_unread"], [])
            if len(samples[page["part_unread"]]) < SAMPLE_URLS:
                samples[page["part_unread"]].append(page["url"])
    return {"pages_fetched": len(own), "pages_read": len(read),
            "rendered": sum(1 for p in pages if p.get("rendered")),
            "outside_read": sum(1 for p in pages if p.get("outside") and not p.get("unread")),
            "outside_links": len(pages) - len(own),
            "unread": dict(causes), "unread_urls": samples, "unvisited": unvisited, "timed_out": bool(timed_out),
            "moved_to": moved_to or None,
            "hosts": sorted({urlsplit(p["url"]).hostname or "" for p in own if p.get("outside")})[:SAMPLE_URLS]}


def coverage_lines(record: dict[str, Any] | None) -> tuple[str, str]:
    """One line in Thai and English for a report: pages read, and what could not be read and why."""
    if not record:
        return "", ""
    from rules.vocabulary import UNREAD

    unread = sorted((record.get("unread") or {}).items(), key=lambda kv: -kv[1])
    th = f"อ่านได้ {record.get('pages_read', 0)} หน้า"
    en = f"{record.get('pages_read', 0)} pages read"
    if unread:
        th += " · ไม่ได้อ่าน: " + ", ".join(f"{UNREAD.get(code, UNREAD['other'])[0]} {n}" for code, n in unread)
        en += " · not read: " + ", ".join(f"{UNREAD.get(code, UNREAD['other'])[1]} {n}" for code, n in unread)
    if record.get("unvisited"):
        th += f" · ลิงก์ที่ไม่ได้ตรวจเพราะเกินขอบเขต {record['unvisited']}"
        en += f" · {record['unvisited']} links left by the page budget"
    if record.get("timed_out"):
        th, en = th + " · หมดเวลาที่กำหนด", en + " · time budget ran out"
    if record.get("moved_to"):
        th, en = th + f" · เว็บไซต์ย้ายไปที่ {record['moved_to']}", en + f" · site moved to {record['moved_to']}"
    return th, en
