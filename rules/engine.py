"""The engine: judge every OIT item of a rulebook for one agency from the pages a crawl recorded.

How an item is found, strongest first:
1. the agency's own ITA/OIT index page (a page whose links carry eight or more item codes), preferring the
   index of the rulebook's year: the link in the row of the item's code;
2. links anywhere on the site whose text, title or row names the item (its terms, best match wins),
   links to the item's ``link_hosts``, or its ``url_patterns``;
3. page titles that name the item;
4. for items whose rulebook entry says ``site_furniture: true`` (contact data, social links), the site's
   own header and footer, where agencies most often put them.
The targets found are then judged: none -> missing (or unchecked when the crawl ran out of budget before
it could know); all failing -> broken (an outside service that does not answer our crawler is unchecked
unless it says "not found"); pages that only say there is nothing yet ("อยู่ระหว่างดำเนินการ") -> missing;
else the item's checks run on the readable evidence (the target and the documents it links to) -> pass or
partial.
"""
from __future__ import annotations

import json
import os
import re
import time
from dataclasses import dataclass, field, replace
from typing import Any, Sequence
from urllib.parse import unquote, urlsplit

from rules.checks import CHECKS, Doc, Evidence
from rules.coverage import OIT_WORDS, PAGE_CUTS, Unread, failed, on_site, read_in_part, site_domain, unread_pages
from rules.index import code_range, denied_rows, index_rows, link_code, range_indexes, rows_of_year
from rules.parts import part_pages
from rules.quarters import empty_folder, quarter_pieces
from rules.rulebook import Item, Rulebook
from rules.spaces import by_site
from rules.thai import GENERIC_RE, SECTION_LABEL, PageTexts, Text, is_generic_label, item_codes, normalize
from rules.urls import (DOCUMENT_KINDS, PagesByUrl, dashboard_frame, doc_kind, document_frame, same_listing,
                        viewer_target)
from rules.vocabulary import coverage_reason, failure_kind, is_coverage_reason, is_failing, render


@dataclass
class Finding:
    """One item's verdict. Its reason is a code of rules.vocabulary with parameters; the prose is rendered."""

    item: str
    status: str
    reason_code: str
    reason_params: dict[str, Any] = field(default_factory=dict)
    evidence: list[str] = field(default_factory=list)
    signals: list[str] = field(default_factory=list)

    @property
    def reason_th(self) -> str:
        return render(self.reason_code, self.reason_params)[0]

    @property
    def reason_en(self) -> str:
        return render(self.reason_code, self.reason_params)[1]


def _failed(page: dict[str, Any]) -> bool:
    return failed(page)


BOILERPLATE_SHARE = 0.6  # on this share of a site's pages, a text or link is the site's, not the page's


def _strip_boilerplate(pages: list[dict[str, Any]]) -> str:
    """Take what a site repeats on most pages out of each page: the menu before and footer after the
    content, and links such as a footer's map. Templates whose furniture carries no telling tag or class
    ("<div id='b3'>") are thus read like the rest. Returns the repeated text (the site's furniture)."""
    texts = [p.get("text") or "" for p in pages]
    if len(pages) < 4:
        return ""
    seen: dict[str, int] = {}
    for page in pages:
        for url in {link.get("url") for link in page["links"] if link.get("url")}:
            seen[url] = seen.get(url, 0) + 1
    common = {url for url, n in seen.items() if n >= BOILERPLATE_SHARE * len(pages)}
    for page in pages:
        for link in page["links"]:
            if link.get("url") in common:
                link["common"] = True  # the template's, not the page's: no item page's document
    head = _shared_start(texts)
    tail = _shared_start([t[::-1] for t in texts])[::-1]
    for page in pages:
        text = page.get("text") or ""
        if head and text.startswith(head):
            text = text[len(head):]
        if tail and text.endswith(tail):
            text = text[:len(text) - len(tail)]
        page["text"] = text
    return f"{head} \n {tail}".strip()


def _shared_start(texts: list[str]) -> str:
    """The longest start that most texts share with the first (the home page), cut at a space."""
    first = texts[0]
    lengths = sorted((len(os.path.commonprefix([first, other])) for other in texts[1:]), reverse=True)
    shared = lengths[max(0, int(BOILERPLATE_SHARE * len(lengths)) - 1)]
    cut = first.rfind(" ", 0, shared + 1) if shared < len(first) else shared
    return first[:cut] if cut >= 20 else ""


def _certainly_gone(page: dict[str, Any], domains: set[str] | frozenset[str] = frozenset()) -> bool:
    """A failure that means the target is gone for everyone, not only for a crawler.

    Own-site failures always count (the agency's server is the agency's). Outside services (Facebook, LINE,
    Google Drive) often refuse or throttle crawlers while people see the page, so only "not found", a
    name that does not resolve, or a storage service's own error document (S3's AccessDenied: every visitor's
    answer) counts there; anything else is left for a person to check.
    """
    if on_site(page, domains) and not page.get("outside"):
        return True
    # a storage service's error document (S3's AccessDenied, NoSuchKey) is every visitor's answer: nothing published
    return (page.get("status") or 0) in {404, 410} or page.get("error") in {"dns", "storage_refused"}


def failure_of(page: dict[str, Any]) -> str:
    """A failed fetch's kind in the vocabulary's words (``http_404``, ``timeout`` …), never its raw text."""
    return failure_kind(page.get("error"), page.get("status"))


class SiteView:
    """One agency's crawled pages, indexed for the engine."""

    def __init__(self, pages: list[dict[str, Any]], year: int, code_prefix: str = "O"):
        self.pages = pages
        self.texts = PageTexts()  # each page's Text, built once for all the items that read it
        self.by_url: dict[str, dict[str, Any]] = PagesByUrl()
        for page in pages:
            self.by_url.setdefault(page["url"], page)
        for page in pages:
            if page.get("final_url"):
                self.by_url.setdefault(page["final_url"], page)
        for page in pages:  # a redirector's check (a URL shortener) stands for the page a person lands on, when read
            landing = self.by_url.get(viewer_target(page.get("final_url") or "") or page.get("final_url") or "")
            if page.get("kind") == "external" and landing is not None and landing.get("kind") != "external":
                self.by_url[page["url"]] = landing
        for page in pages:
            if isinstance(page.get("links"), str):
                page["links"] = json.loads(page["links"] or "[]")
        # the parts of a document its own links jump to (a report's contents, a merged file's index): pages of their
        # own, found by address only (rules/parts.py)
        self.parts = part_pages(pages)
        for part in self.parts:
            self.by_url.setdefault(part["url"], part)
        self.html = [p for p in pages if p.get("kind") == "html" and not _failed(p)]
        # pages that may hold an index or labelled links: the pages, and documents with links inside
        self.linked = self.html + [p for p in pages if p.get("kind") in DOCUMENT_KINDS and not _failed(p) and p.get("links")]
        self.home = next((p["url"] for p in pages if p.get("depth") == 0), None)
        # pages read on outside publishing hosts (Google Sites; crawler/outside.py) count like own pages, but have
        # their own template: the agency's header and footer are learnt from its own pages only
        self.boilerplate = _strip_boilerplate([p for p in self.html if not p.get("outside")])
        for site in by_site(self.html):  # and each Google Site's template from its own pages (rules/spaces.py)
            _strip_boilerplate(site)
        self.code_prefix = code_prefix
        self.index_links = self._index_links(year, code_prefix)
        home_page = self.by_url.get(self.home or "") or {}
        # the agency's own domain, and the one its home page moved to (a new .go.th name after an upgrade)
        self.domains = {site_domain(self.home), site_domain(home_page.get("final_url"))} - {""}
        self.unread = unread_pages(pages + self.parts, self.home, self.index_pages, code_prefix,  # rules/coverage.py
                                   self.domains, lambda url: self.by_url.get(url) is not None)
        self.unvisited = 0  # links left when the page budget ran out
        self.timed_out = False  # the agency's time budget ran out

    def unread_code(self, page: dict[str, Any]) -> str | None:
        """Why an item's own evidence was not read, or None; a failed fetch of it is its own verdict (broken)."""
        entry = self.unread.get(page["url"])
        return entry.code if entry is not None and entry.code != "fetch_failed" and entry.evidence else None

    def holders(self, item: Item, rulebook_items: list[Item]) -> list[Unread]:
        """Unread pages where a reader could find ``item``: while there are any, not found is not missing."""
        def names(label: str) -> bool:
            return _score(Text(label), item) > 0

        def names_any(label: str) -> bool:
            return any(_score(Text(label), other) > 0 for other in rulebook_items)
        return [u for u in {id(u): u for u in self.unread.values()}.values() if u.could_hold(item.number, names, names_any)]

    def _index_links(self, year: int, code_prefix: str = "O") -> dict[int, list[dict[str, Any]]]:
        """Item number -> links from the agency's ITA/OIT index pages: the rulebook year's, if it has one.

        A page's year is read first where it names itself -- its title, its address ("/ita69/", "?year=2569")
        and the words of the links that lead to it ("ITA ปี ๖๙") -- then at the top of its text (where a bar of
        tabs for every year may stand). Without an index of the year, an index dated only with older years
        gives way to one without a year (a stale 2568 page beside the undated current one)."""
        inbound: dict[str, list[str]] = {}
        for page in self.linked:
            for link in page["links"]:
                if link.get("url") and link.get("kind") == "a" and len(inbound.get(link["url"], ())) < 12:
                    inbound.setdefault(link["url"], []).append(f"{link.get('text') or ''} {link.get('title') or ''}")
        indexes = []
        for page in self.linked:
            rows = rows_of_year(index_rows(page["links"], code_prefix), year, code_prefix)
            if rows:
                rows = {code: [dict(link, source=page["url"]) for link in links] for code, links in rows.items()}
                parts = urlsplit(page["url"])
                own = Text(f"{page.get('title') or ''} {unquote(parts.path)} {unquote(parts.query)} "
                           f"{' '.join(inbound.get(page['url'], []))}").years()
                top = Text((page.get("text") or "")[:300]).years()
                indexes.append(((year in own) * 2 + (year in top), own | top, rows, page["url"]))
        # a page of an index paginated as a list (a category of one post per item per quarter) is that index, however
        # few rows it holds: the last page of 87 posts ten a page lists seven
        listed = {url: entry for entry in indexes for url in [entry[3]]}
        for page in self.linked:
            sibling = next((entry for url, entry in listed.items() if same_listing(page["url"], url)), None)
            if sibling is None or page["url"] in listed:
                continue
            rows = rows_of_year(index_rows(page["links"], code_prefix, least=1), year, code_prefix)
            if rows:
                rows = {code: [dict(link, source=page["url"]) for link in links] for code, links in rows.items()}
                indexes.append((sibling[0], sibling[1], rows, page["url"]))
        every_index = list(indexes)
        best = max((rank for rank, _, _, _ in indexes), default=0)
        if best:
            indexes = [entry for entry in indexes if entry[0] == best]
        elif any(not years or max(years) >= year for _, years, _, _ in indexes):
            indexes = [entry for entry in indexes if not entry[1] or max(entry[1]) >= year]
        merged: dict[int, list[dict[str, Any]]] = {}
        for _, _, rows, _ in indexes:
            for code, links in rows.items():
                merged.setdefault(code, []).extend(links)
        self.index_pages = {url for _, _, _, url in indexes}
        # the index of a range the agency's own link declares ("ข้อ O20 – O26": a scanned table of indicator 10's
        # rows), however few rows it has: its items' rows, where the index above lacks them
        declared = range_indexes(self.linked, code_prefix)
        for page in self.linked:
            codes = declared.get(page["url"]) or declared.get(page.get("final_url") or "") or set()
            rows = {code: links for code, links in index_rows(page["links"], code_prefix, least=3).items()
                    if code in codes and code not in merged} if codes else {}
            if len(rows) * 2 >= len(codes) and rows:
                for code, links in rows.items():
                    merged[code] = [dict(link, source=page["url"]) for link in links]
                self.index_pages.add(page["url"])
        # a part of an index shown inside it (an <object>/<embed> drawing of indicator 10's boxes, an iframe of a
        # table): a reader sees its rows on the index page, so they are the index's rows where it lacks them
        for url in sorted(self.index_pages):
            for link in (self.by_url[url].get("links") or []) if url in self.by_url else []:
                framed = self.by_url.get(link.get("url") or "") if link.get("kind") == "iframe" else None
                if framed is None or framed["url"] in self.index_pages:
                    continue
                rows = {code: links for code, links in rows_of_year(index_rows(framed.get("links") or [], code_prefix, least=1),
                                                                    year, code_prefix).items() if code not in merged}
                for code, links in rows.items():
                    merged[code] = [dict(link, source=framed["url"]) for link in links]
                if rows:
                    self.index_pages.add(framed["url"])
        # the index pages of other rounds (last year's ITA page beside this year's), and the rows of this year's
        # that say the item is not there: the agency's own answer for this round, which another round's
        # document does not change. Not from a page read in part: the row past the cut may link the document
        # ("อยู่ระหว่างดำเนินการ" in next year's table above this year's)
        self.other_round_indexes = {url for _, _, _, url in every_index} - self.index_pages
        self.denied_rows: dict[int, tuple[str, str]] = {}  # item number -> (the row's words, its page)
        self.index_denials: set[int] = set()  # items this round's index lists with "-" or "อยู่ระหว่างดำเนินการ"
        later = {url for _, years, _, url in indexes if years and year not in years}  # next round's only
        for url in sorted(self.index_pages):
            if url in later or not _whole_rows(self.by_url[url], year):  # "อยู่ระหว่างดำเนินการ" of 2570 is no 2569 answer
                continue
            for code, row in denied_rows(self.by_url[url].get("text") or "", set(merged), code_prefix).items():
                self.index_denials.add(code)
                if self.other_round_indexes:
                    self.denied_rows.setdefault(code, (row, url))
        for page in self.html:  # and the other pages of its ITA/OIT area of this round ("O22 … อยู่ระหว่างดำเนินการ")
            title = page.get("title") or ""
            if page["url"] in self.index_pages or not OIT_WORDS.search(normalize(title)) \
                    or not _whole_rows(page, year):
                continue
            years = Text(f"{title} {(page.get('text') or '')[:300]}").years()
            if not years or year in years:
                self.index_denials.update(denied_rows(page.get("text") or "", set(merged), code_prefix))
        return merged

    def labelled_links(self) -> dict[str, list[dict[str, Any]]]:
        """Links grouped by the words that describe them (a generic "คลิก" borrows its row's words)."""
        groups: dict[str, list[dict[str, Any]]] = {}
        for page in self.linked:
            for link in page["links"]:
                # a document framed in the page (a Drive folder embedded under "O11 …") is read as a link is clicked
                if link["kind"] != "a" and not (link["kind"] == "iframe" and document_frame(link.get("url") or "")):
                    continue
                if (link.get("part") or {}).get("few"):   # a few items' headings: read from their rows (own_part)
                    continue
                if link.get("submit") == "filter":  # a filter's choices name a category, not an item: the list it
                    continue                         # shows is read by its documents' own words (or a row's choice)
                label = f"{link['text']} {link['title']}".strip()
                if is_generic_label(label):
                    label = link["context"] or label
                if label:
                    groups.setdefault(label, []).append(dict(link, source=page["url"]))
        return groups


def own_part(link: dict[str, Any], item: Item, site: SiteView, prefix: str = "O") -> list[dict[str, Any]]:
    """What an index row's link leads to inside a document shared by several items, as a person reads it for the
    row's item: the document's own rows of that item and the links on them (a short index PDF, "O20 … [เปิด]"), else
    the part under the item's heading (two items on one page, a workbook's sheet named for the item); [] when the
    document is no such thing (it is the item's evidence as a whole)."""
    doc = site.by_url.get(link.get("url") or "")
    if doc is None or doc.get("kind") not in DOCUMENT_KINDS or doc.get("part_of"):
        return []
    rows: dict[int, list[dict[str, Any]]] = {}
    parts: dict[int, list[dict[str, Any]]] = {}
    for inner in doc.get("links") or []:
        if inner.get("kind") != "a" or not inner.get("url") or inner["url"] == doc["url"]:
            continue
        code = link_code(inner, prefix)
        if code is not None:
            (parts if inner.get("part") else rows).setdefault(code, []).append(dict(inner, source=doc["url"]))
    for found in (rows, parts):   # a document's rows before its headings; several items, one of them this one
        if len(found) >= 2 and item.number in found:
            return [inner for inner in found[item.number] if inner["url"] in site.by_url] or []
    return []


def _score(text: Text, item: Item) -> int:
    if any(text.contains(term) for term in item.exclude):
        return 0
    return max((len(term) for term in item.terms if text.contains(term)), default=0)


TITLE_LINE = 120  # a document's opening words: its title as a person reads it on opening the file


def find_candidates(rulebook: Rulebook, site: SiteView, beside_index: frozenset[str] = frozenset()
                    ) -> tuple[dict[str, list[dict[str, Any]]], dict[str, list[str]]]:
    """Item code -> candidate links, and the signals that found them. ``beside_index``: items whose index rows
    are left out, to look for them where a reader finds them on the site otherwise."""
    found: dict[str, list[dict[str, Any]]] = {i.code: [] for i in rulebook.items}
    signals: dict[str, list[str]] = {i.code: [] for i in rulebook.items}
    for item in rulebook.items:
        for link in site.index_links.get(item.number, []) if item.code not in beside_index else []:
            # An index numbers items by its own year's list: trust the code unless the row's words name
            # another item of this rulebook better than this one (a 2566 index read with the 2568 rulebook).
            row = Text(f"{link['context']} {link['text']}")
            if _score(row, item) < max((_score(row, other) for other in rulebook.items if other is not item), default=0):
                continue
            inside = own_part(link, item, site, rulebook.code_prefix)
            found[item.code].extend(inside or [link])
            signals[item.code].append(f"index page {link['source']}: {link['context'][:60] or link['text']}"
                                      + (f" → {inside[0]['url']}" if inside else ""))
    # items an index row already names (computed once: re-scanning the growing signals per label was quadratic,
    # 14+ minutes for an agency whose pages carry 1,000 links each)
    indexed = {code for code, said in signals.items() if any(s.startswith("index") for s in said)}

    def credit(label: str, links: list[dict[str, Any]], how: str) -> bool:
        text = Text(label)
        scores = {item.code: _score(text, item) for item in rulebook.items if item.code not in indexed}
        best = max(scores.values(), default=0)
        for code, score in scores.items():
            if score == best > 0:
                found[code].extend(links)
                signals[code].append(f"{how} '{label[:60]}'")
        return best > 0

    # every link of a row is the row's evidence: "O7 ข่าวประชาสัมพันธ์ [PDF] [Facebook]" -- a link whose own
    # words name no item is read by its row's words
    rows: dict[str, list[dict[str, Any]]] = {}
    # documents a row of the agency's ITA/OIT pages links whose words name no item ("คู่มือประชาชน", "แผน HR")
    unnamed: set[str] = set()
    oit_pages = site.index_pages | {page["url"] for page in site.linked if OIT_WORDS.search(normalize(page.get("title") or ""))}
    in_rows = {link.get("url") for links in site.index_links.values() for link in links}
    for label, links in site.labelled_links().items():
        if not credit(label, links, "link text"):
            for link in links:
                if link.get("zone") != "nav" and not link.get("common") and link.get("url") and \
                        link["source"] in oit_pages and link["url"] not in in_rows and \
                        not item_codes(f"{link.get('context') or ''} {label}", rulebook.code_prefix):
                    unnamed.add(link["url"])   # (a row naming its item by code is that item's, read or not)
                if not link.get("context") or link["context"] == label or link.get("zone") == "nav" \
                        or link.get("common"):
                    continue
                # a link whose own words carry an item's code is that item's, never the one its row also names
                # (a PDF row that took in the line above: "O19 … - O20 การขับเคลื่อนนโยบาย NO GIFT"; a file named
                # "O5_แผน.pdf" shown by its address under a board's column)
                own = item_codes(f"{link['text']} {link['title']}", rulebook.code_prefix)
                if code_range(f"{link['text']} {link['title']}", rulebook.code_prefix):
                    own = set()  # "ข้อ O20 – O26 ดัชนีเอกสาร": a link to several items' place is none's own evidence
                for item in rulebook.items if own else []:
                    if item.number in own and item.code not in indexed:
                        found[item.code].append(link)
                        signals[item.code].append(f"code in link '{label[:60]}'")
                if not own:
                    rows.setdefault(link["context"], []).append(link)
    for context, links in rows.items():
        if credit(context, links, "row of link"):
            unnamed.difference_update(link["url"] for link in links if link.get("url"))
    # documents opened only through buttons whose pictures could not be read (crawler/pictures.py), or from rows
    # whose words name no item in the list's wording (an index of short names without codes): a person who clicks
    # one reads the document's own title
    behind = {link["url"] for page in site.linked for link in page["links"] if link.get("picture") and link.get("url")}
    behind |= unnamed
    unworded = [site.by_url[url] for url in sorted(behind) if url in site.by_url
                and site.by_url[url].get("kind") in DOCUMENT_KINDS and not _failed(site.by_url[url])]
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
            for page in site.html + unworded:
                title = page.get("title") or ("" if page.get("kind") == "html" else (page.get("text") or "")[:TITLE_LINE])
                if page["url"] != site.home and _score(Text(title), item):
                    found[item.code].append({"url": page["url"], "href": page["url"], "kind": "a", "text": title,
                                             "title": "", "context": "", "source": page["url"]})
                    signals[item.code].append(f"page title '{title[:60]}'")
    return found, signals


def _doc(page: dict[str, Any], texts: PageTexts | None = None) -> Doc:
    external = page.get("kind") == "external"
    text = page.get("text") or ""
    links = page["links"] if isinstance(page.get("links"), list) else json.loads(page.get("links") or "[]")
    # an outside page (a Drive file) cannot be read, but its title often names the year and months, and a
    # shared folder's listing the files it holds ("ต.ค. 2565.pdf" …)
    title = Text(f"{page.get('title') or ''} \n {text}") if external and (page.get("title") or text) else None
    read = (texts or PageTexts()).of(page, bool(page.get("ocr_pages"))) if text and not external else None
    return Doc(url=page["url"], kind=page.get("kind") or "", text=read,
               links=[link for link in links if link.get("zone") != "nav" and not link.get("common")],
               forms=page.get("forms") or 0,
               image_only=bool(page.get("image_only")), external=external, title=title, ocr=bool(page.get("ocr_pages")))


def _furniture_doc(site: SiteView) -> Doc | None:
    """The site's header, menus and footer as one more piece of evidence (home page's; they repeat)."""
    home = site.by_url.get(site.home or "")
    text = f"{(home or {}).get('furniture') or ''} \n {site.boilerplate}".strip()
    if not home or not text:
        return None
    links = [link for link in home["links"] if link.get("zone") == "nav" or link.get("common")] \
        if isinstance(home.get("links"), list) else []
    return Doc(url=home["url"], kind="furniture", text=Text(text), links=links)


def _home_doc(site: SiteView) -> Doc | None:
    """The home page's links, every zone's (a QR code in its footer or a banner above its menu), as evidence of
    what the home page shows; no text (its words are no item's content)."""
    home = site.by_url.get(site.home or "")
    if not home or not isinstance(home.get("links"), list) or _failed(home):
        return None
    links = list(home["links"])
    for link in home["links"]:  # a frameset's home page shows its frames: the QR code is in its main frame
        frame = site.by_url.get(link.get("url") or "") if link.get("kind") == "iframe" else None
        if frame is not None and frame is not home and frame.get("kind") == "html" and on_site(frame, site.domains) \
                and isinstance(frame.get("links"), list) and not _failed(frame):
            links += frame["links"]
    return Doc(url=home["url"], kind="site_home", text=None, links=links)


def _documents_of(page: dict[str, Any], site: SiteView, item: Item, with_pages: bool = False, signpost: bool = False) -> list[dict[str, Any]]:
    """Fetched documents and outside pages an item page links or embeds outside its menus; ``with_pages``:
    its own-site pages too (a channel item's page that leads to the webboard or the form itself);
    ``signpost``: the page only says "click here", so its button leads on even to a page the menu also links.

    A document is known by what the server sent (``download.php?id=8`` answering a PDF), not by its name;
    share buttons (Facebook, LINE…) are decoration, not the item's documents, unless they are what the item
    is about (its ``link_hosts``: the social network item).
    """
    if page.get("kind") == "external":
        return _folder_files(page, site)
    if page.get("part_of"):
        return _part_documents(page, site, item, with_pages, signpost)
    if page["url"] == site.home or page["url"] in site.index_pages and not _own_item_page(page, site, item):
        return []
    if page.get("kind") in DOCUMENT_KINDS and len(page.get("text") or "") < LANDING_CHARS:
        # a cover page of a line or two whose QR code says "สแกนเพื่อดูเอกสารฉบับเต็ม": the document is the one it prints
        # (a report of its own, with a QR code to something else beside it, is judged as it reads)
        return [sub for link in page["links"] if link.get("qr") is True and document_frame(link.get("url") or "")
                and (sub := site.by_url.get(link["url"])) is not None and sub is not page]
    if page.get("kind") != "html":
        return []
    own = urlsplit(page["url"]).hostname
    subs: list[dict[str, Any]] = []
    for link in page["links"]:
        target = link.get("url") or ""
        # a signpost's button ("คลิกที่นี่") or a link named for the item itself ("O1 โครงสร้าง … [โครงสร้าง หน้าที่
        # และอำนาจ]" in a script-built site) is what a reader clicks, even to a page the menu also links
        onward = signpost and link.get("zone") != "nav" and link["kind"] == "a" and bool(link.get("text")) and \
            (is_generic_label(link["text"]) or _score(Text(link["text"]), item) > 0) and urlsplit(target).hostname == own
        if link.get("zone") == "nav" or (link.get("common") and not onward) or link["kind"] not in {"a", "iframe"} \
                or not target:
            continue
        sub = site.by_url.get(target)
        if sub is None or sub in subs:
            continue
        host = urlsplit(target).hostname or ""
        wanted = any(host == h or host.endswith("." + h) for h in item.link_hosts)
        if host != own and (wanted or not SHARE_HOSTS.search(host)) or sub.get("kind") in DOCUMENT_KINDS or \
                (_failed(sub) and (doc_kind(target) or DOWNLOAD_URL.search(target))) or \
                (with_pages and host == own and sub is not page):
            landing = _landing_download(sub, site) if host == own and sub is not page and link["kind"] == "a" else []
            if landing:  # a file's own page (a download plugin's): the file its button sends is the evidence
                subs.extend(d for d in landing if d not in subs)
            else:
                subs.append(sub)
                subs.extend(d for d in _folder_files(sub, site) if d not in subs)  # a folder the page embeds
        elif host == own and sub is not page and link["kind"] == "a":
            subs.extend(d for d in _landing_download(sub, site) if d not in subs)
    return subs


def _placeholders_only(page: dict[str, Any]) -> bool:
    """Whether an item page's evidence rows are "#" labels only (a template's ``<a href="#">มีบันทึกข้อความ …</a>``
    rows never given their files): two or more such links outside its menus, none running a script (where those
    lead is unknown), and no link of its content to a document or to another host."""
    own = urlsplit(page["url"]).hostname
    if page.get("kind") != "html":
        return False
    content = [link for link in page.get("links") or [] if link.get("zone") != "nav" and not link.get("common")
               and link.get("kind") == "a"]
    labels = [link for link in content if not link.get("url") and (link.get("text") or "").strip()]
    if len(labels) < 2 or any(link.get("script") for link in labels):
        return False
    return not any(doc_kind(url) or DOWNLOAD_URL.search(url) or urlsplit(url).hostname != own
                   for link in content if (url := link.get("url") or ""))


def _own_item_page(page: dict[str, Any], site: SiteView, item: Item) -> bool:
    """Whether an index page is the item's own page: a template that repeats the whole item menu on every item's
    page (the "MOIT01 – MOIT22" buttons beside each MOIT page), so that each page reads as an index, while what
    the page holds outside the menu belongs to one item. Its row for ``item`` links to this very page and most
    other rows to other pages (a table of in-page anchors, "#moit1" … "#moit22", links every row to itself: an
    index, its documents no one item's)."""
    rows = index_rows(page.get("links") or [], site.code_prefix)
    here = {page["url"], page.get("final_url") or page["url"]}
    if not any(link.get("url") in here for link in rows.get(item.number, [])):
        return False
    elsewhere = [code for code, links in rows.items()
                 if code != item.number and any(link.get("url") and link["url"] not in here for link in links)]
    return len(elsewhere) * 2 >= len(rows)


def _part_documents(page: dict[str, Any], site: SiteView, item: Item, with_pages: bool, signpost: bool
                    ) -> list[dict[str, Any]]:
    """What a part of a document links on its pages (a report's "ลิงก์: …/eservice.html" under O10): a person
    clicks it from the item's pages, and reads an own page with what it leads to in turn."""
    subs: list[dict[str, Any]] = []
    for link in page["links"]:
        sub = site.by_url.get(link.get("url") or "")
        if link.get("kind") != "a" or sub is None or sub is page or sub in subs or sub["url"] == page["part_of"]:
            continue
        subs.append(sub)
        if sub.get("kind") == "html" and not _failed(sub) and not sub.get("part_of"):
            subs.extend(d for d in _documents_of(sub, site, item, with_pages, signpost) if d not in subs)
    return subs


def _folder_files(page: dict[str, Any], site: SiteView, levels: int = 2) -> list[dict[str, Any]]:
    """The entries of a shared folder that were opened (crawler/folders.py), and its subfolders' ``levels`` deep:
    the folder's name says what it is meant to hold, its files what it holds. An entry that failed is left out:
    the folder a person sees still lists it."""
    files: list[dict[str, Any]] = []
    if page.get("kind") != "external":
        return files
    for link in page.get("links") or []:
        sub = site.by_url.get(link.get("url") or "")
        if sub is None or sub is page or sub in files or _failed(sub) or sub.get("unread"):
            continue
        files.append(sub)
        if levels > 1 and sub.get("links"):
            files.extend(f for f in _folder_files(sub, site, levels - 1) if f not in files)
    return files


def _landing_download(page: dict[str, Any], site: SiteView) -> list[dict[str, Any]]:
    """The file behind a download plugin's page for one file (WP Download Manager's package page, PhocaDownload's
    file view, a jDownloads download page): its title and size, and one "ดาวน์โหลด" button, which a person clicks.
    A page with more buttons or documents than that is a list, read as one; any other page gives nothing."""
    if page.get("kind") != "html" or _failed(page) or page["url"] in site.index_pages or page["url"] == site.home \
            or len(page.get("text") or "") > LANDING_CHARS:
        return []
    files, buttons = [], 0
    for link in page["links"]:
        target = link.get("url") or ""
        sub = site.by_url.get(target)
        if link.get("zone") == "nav" or link.get("common") or link["kind"] != "a" or sub is None or sub is page:
            continue
        if sub.get("kind") in DOCUMENT_KINDS or (_failed(sub) and (doc_kind(target) or DOWNLOAD_URL.search(target))):
            if sub not in files:
                files.append(sub)
            buttons += bool(DOWNLOAD_BUTTON.search(f"{link.get('text') or ''} {link.get('title') or ''}"))
    return files if len(files) == 1 and buttons else []


def _frame_of(page: dict[str, Any], documents: list[dict[str, Any]]) -> bool:
    """Whether ``page`` is only a frame for ``documents``: a short page (a title, a line of caption) showing one of
    them in an ``<iframe>``, ``<embed>`` or ``<object>`` (a PDF.js viewer's, too): a person reads the document in
    the frame, and the caption ("O23 แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569") is not the plan."""
    urls = {d["url"] for d in documents}
    return len(page.get("text") or "") <= LANDING_CHARS and any(
        link["kind"] == "iframe" and link.get("zone") != "nav" and link.get("url") in urls for link in page["links"])


LANDING_CHARS = 1000  # a file's own page: its title, a line or two, size and date (a content page says more)
# A download plugin's button: "ดาวน์โหลด", "Download", "ดาวน์โหลดไฟล์".
DOWNLOAD_BUTTON = re.compile(r"^\s*(?:ดาวน์โหลด|ดาวโหลด|download)", re.I)
# A link that failed is the item's document when its address says it serves files ("download.php?id=2406").
DOWNLOAD_URL = re.compile(r"download|[/_]file|upload|attach|getfile", re.I)
# Share and follow buttons on an item page are decoration, not the item's documents.
SHARE_HOSTS = re.compile(r"(^|\.)(facebook\.com|fb\.com|line\.me|youtube\.com|twitter\.com|x\.com|instagram\.com|"
                         r"tiktok\.com)$")


def _denial_only(pages: list[dict[str, Any]], item: Item, texts: PageTexts | None = None) -> str:
    """The words by which the evidence says the item is not there yet, when that is all it says.

    "O10 นโยบายคุ้มครองข้อมูลส่วนบุคคล — อยู่ระหว่างดำเนินการ" is nothing; a contact page that lists an
    address and phones and then "(ยังไม่มีแผนที่)" is something, lacking a map.
    """
    pages = [p for p in pages if not (p.get("kind") == "external" and SHARE_HOSTS.search(urlsplit(p["url"]).hostname or ""))]
    # a shared folder that says it holds nothing is the page's denial: "ไม่มีไฟล์ในโฟลเดอร์นี้"
    emptied = next((said for said in map(empty_folder, pages) if said), "")
    pages = [p for p in pages if not empty_folder(p)]
    if not pages:  # the evidence is only folders that say they hold nothing (an embedded Drive folder)
        return emptied
    if any(p.get("kind") != "html" and not p.get("part_of") for p in pages):   # a part of a report reads as a page
        return ""
    said = ""
    for page in pages:
        text = (texts or PageTexts()).of(page)
        denial = text.denial() or emptied
        rest = _letters_beyond(page, item, text.norm.replace(denial, " ") if denial else text.norm)
        short_and_empty = len(text.norm) <= DENIAL_PAGE_CHARS and WHOLE_DENIAL.search(text.norm)
        if not denial or (rest > DENIAL_REST_LETTERS and not short_and_empty):
            return ""
        said = said or denial
    return said


def _documents_not_opened(pages: list[dict[str, Any]], site: SiteView) -> list[str]:
    """Documents and outside pages the item's pages link outside their menus that the crawl never opened (its
    bounds): what they hold is unknown, whatever the page says above them."""
    left: list[str] = []
    for page in pages:
        if page.get("kind") != "html":
            continue
        own = urlsplit(page["url"]).hostname
        for link in page.get("links") or []:
            target = link.get("url") or ""
            if link.get("zone") == "nav" or link.get("common") or link.get("kind") not in {"a", "iframe"} or \
                    not target.startswith(("http://", "https://")) or target in left or site.by_url.get(target):
                continue
            host = urlsplit(target).hostname or ""
            if doc_kind(target) or DOWNLOAD_URL.search(target) or (host != own and not SHARE_HOSTS.search(host)):
                left.append(target)
    return left


def _index_pages_not_opened(site: SiteView) -> list[str]:
    """Pages of the agency's index paginated as a list (``/category/moit2569/page/6/``) the crawl never opened (its
    bounds): a row, or a quarter's post, an item lacks may be on one."""
    left: list[str] = []
    for url in sorted(site.index_pages):
        for link in (site.by_url.get(url) or {}).get("links") or []:
            target = link.get("url") or ""
            if link.get("kind") == "a" and target not in left and not site.by_url.get(target) and same_listing(target, url):
                left.append(target)
    return left


def _signpost(page: dict[str, Any], item: Item, texts: PageTexts | None = None) -> bool:
    """An item page that only points onward: "O07 ข่าวประชาสัมพันธ์ [คลิกที่นี่]" is read with the pages it
    leads to, as a person clicks through."""
    norm = (texts or PageTexts()).of(page).norm
    return _letters_beyond(page, item, GENERIC_RE.sub(" ", norm)) <= DENIAL_REST_LETTERS


def _letters_beyond(page: dict[str, Any], item: Item, norm: str) -> int:
    """Letters of a page's normalised text ``norm`` beyond its title and the item's own name: its own words. The
    name is found whatever its spacing: agencies retype the item's long name, its spaces where they please."""
    squashed = SECTION_LABEL.sub(" ", norm).replace(" ", "")
    for words in (page.get("title") or "", item.title_th, item.title_en, item.section_th):
        squashed = squashed.replace(Text(words).norm.replace(" ", ""), " ") if words else squashed
    return len(_LETTERS.findall(squashed))


FURNITURE_PARTIAL = 0.6  # share of an item's components a header/footer must show to count as the item
DENIAL_REST_LETTERS = 40  # beyond the page's title, its heading and the denial: a line of real content at most
DENIAL_PAGE_CHARS = 160  # or a page this short all told: a heading, a breadcrumb and the denial ...
# ... when the denial is of the whole item ("ยังไม่มีข้อมูล"), not of one part ("(ยังไม่มีแผนที่)")
WHOLE_DENIAL = re.compile(r"(?:ยังไม่มี|ไม่มี|ไม่พบ)\s?ข้อมูล|อยู่ระหว่าง|รอ(?:ปรับปรุง|ดำเนินการ|อัปโหลด)|"
                          r"กำลัง(?:ปรับปรุง|ดำเนินการ)|coming soon|under construction|no data")
_LETTERS = re.compile(r"[a-z\u0e01-\u0e4e]")


def _run_checks(item: Item, evidence: Evidence, signals: list[str],
                absent: list[Any] | None = None) -> tuple[list[str], list[str], float]:
    """The item's checks on ``evidence``: what is lacking, in Thai and English (empty when all pass), and
    the share of what the checks look for that was found; outcomes saying nothing asked for is there go to ``absent``,
    and so do those found only where the crawl cannot look in (``unverified``)."""
    problems_th, problems_en, found = [], [], []
    for spec in item.checks:
        params = {k: v for k, v in spec.items() if k != "check"}
        outcome = CHECKS[spec["check"]].run(evidence, **params)
        if (outcome.absent or outcome.unverified) and absent is not None:
            absent.append(outcome)
        signals.append(f"{spec['check']}: {'ok' if outcome.ok else 'fail'}{' (' + outcome.signal + ')' if outcome.signal else ''}")
        found.append(outcome.found)
        if not outcome.ok:
            problems_th.append(outcome.th)
            problems_en.append(outcome.en)
    return problems_th, problems_en, sum(found) / len(found) if found else 1.0


def _coded_for(link: dict[str, Any], item: Item) -> bool:
    """Whether a link's own words or its own row's code name ``item`` ("O14 รายงานผล…" above the Doc embedded in
    its box): the agency's own answer for the item, as an index row is, even on a page of too few items to be an
    index (an ITA area split into one page per subindicator)."""
    return link_code(link, item.code.rstrip("0123456789")) == item.number


def judge_item(item: Item, links: list[dict[str, Any]], site: SiteView, year: int, signals: list[str],
               rulebook_items: Sequence[Item] = ()) -> Finding:
    """An item's verdict; missing or broken only on positive evidence: where its own evidence, or a page a
    reader could find it on, was not read (rules/coverage.py), a failing verdict becomes ``unchecked``."""
    unread: list[tuple[str, str]] = []  # (url, unread code) of the item's evidence
    finding = _judge_read(item, links, site, year, signals, unread)
    if finding.status == "pass" and item.number in site.denied_rows and links and \
            all(link.get("source") in site.other_round_indexes for link in links):
        # this round's index says it is not there, and what passed is another round's index row: that
        # document is last round's answer (and perhaps the item is there: so partial, never missing)
        row, index_url = site.denied_rows[item.number]
        return Finding(item.code, "partial", "other_round_only", {"quote": _quote(row, item)},
                       finding.evidence + [index_url], signals + [f"{index_url} says '{row[:60]}'"])
    if not is_failing(finding.status):
        return finding
    # not found, or found only as a failing link the index did not give it (a menu's dead "ติดต่อเรา"): while a
    # place a reader could find it was not read (the index itself, on a busy night), that is no evidence
    beside_index = finding.status == "broken" and not any(
        link in site.index_links.get(item.number, []) or _coded_for(link, item) for link in links)
    if finding.reason_code == "not_found" and item.number in site.index_denials:
        # this round's index lists it with no document: the agency's own word, whatever is unread -- but an
        # earlier round's ITA page left unread may hold its last document, which makes it partial, not missing
        older = [u for u in site.holders(item, list(rulebook_items) or [item]) if _earlier_round(u, year)]
        if not older:
            return finding
        signals.append(f"this round's index says no document; {older[0].url} ({older[0].code}) may hold an earlier one")
        return Finding(item.code, "unchecked", coverage_reason(older[0].code), {"url": older[0].url, "n": len(older)},
                       [u.url for u in older][:12], signals)
    if not unread and (finding.reason_code == "not_found" or beside_index):
        judged = set(finding.evidence) | {link.get("url") for link in links}  # its own links: judged, no place
        unread = [(u.url, u.code) for u in site.holders(item, list(rulebook_items) or [item]) if u.url not in judged]
    if not unread and beside_index and (site.timed_out or site.unvisited and not site.index_pages):
        # a menu's dead "ติดต่อเรา" on a crawl cut short: the item's own page may be among what was never reached,
        # as an item not found at all would be (_judge_read)
        cut = ("timed_out", {}) if site.timed_out else ("budget_unvisited", {"n": site.unvisited})
        signals.append(f"not broken: only a link the index did not give it failed, and the crawl was cut short ({cut[0]})")
        return Finding(item.code, "unchecked", cut[0], cut[1], finding.evidence, signals)
    if not unread:
        return finding
    url, code = unread[0]
    signals.append(f"not {finding.status}: {len(unread)} unread place(s) could hold it, e.g. {url} ({code})")
    return Finding(item.code, "unchecked", coverage_reason(code), {"url": url, "n": len(unread)},
                   list(dict.fromkeys(finding.evidence + [u for u, _ in unread]))[:12], signals)


DRAWN = "drawn"  # part_unread of a page whose chart or dashboard could not be read (crawler/charts.py)
PANES_UNREAD = "panes_unread"  # part_unread of a rendered page whose click-filled panes were not all opened
SCANS_GARBLED = "scans_garbled"  # part_unread of a scan with a page OCR read as nonsense, upright or turned (crawler/ocr.py)


PICTURES_UNREAD = "pictures_unread"  # part_unread of a page whose pictures were not all read (crawler/pictures.py)


# parts of a page read in part where what an item lacks may be: the text past the bound; the panes (a quarter's
# accordion card) the render had no time left to open; a scanned page OCR made nonsense of (turned past reading, a
# mirrored copy); the pictures it shows that were not read (a scan pasted into the page, its budget spent); what a
# chart or dashboard on the page shows
_PART_UNREAD = ((PANES_UNREAD, "whose panes were not all opened"),
                (SCANS_GARBLED, "a scanned page of which OCR could not read"),
                (PICTURES_UNREAD, "whose pictures were not all read"))


# cuts that leave out whole parts of a page (an include or a data request that failed): the rows that did load are
# whole rows, each the agency's answer for its item, as a person reads "O22 -" under the panels that came
PARTS_CUT = ("include_unread", "data_unread")
_SPAN = re.compile(r"(?<!\d)25\d\d\s*-\s*(?:พ\.ศ\.\s*)?(?:25)?\d\d(?!\d)")


def _whole_rows(page: dict[str, Any], year: int) -> bool:
    """Whether the rows read on an index page are whole, the agency's answer for this round: the page was read in
    full, or only whole parts of it failed to load and nothing on it is of a later round (the failed part could be
    this round's panel beside next round's "อยู่ระหว่างดำเนินการ")."""
    cut = read_in_part(page)
    if cut not in PAGE_CUTS:
        return True
    if cut not in PARTS_CUT:
        return False
    norm = _SPAN.sub(" ", normalize(page.get("text") or ""))  # a plan's span "(พ.ศ. 2566 – 2570)" is no later round
    return all(y <= year for y in Text("", norm=norm).years())


def _unread_part(ok: list[dict[str, Any]], site: SiteView, text_cut: str | None) -> tuple[str, str, str] | None:
    """(reason code, page, why) of the first page judged with a part a person sees that the crawl did not read."""
    if text_cut:
        return "text_cut", text_cut, "whose text past the bound was not read"
    for code, why in _PART_UNREAD:
        if url := next((p["url"] for p in ok if p.get("part_unread") == code), None):
            return code, url, why
    if url := next((p["url"] for p in ok if _drawn_unread(p, site)), None):
        return DRAWN, url, "whose charts or dashboards could not be read as text"
    return None


def _drawn_unread(page: dict[str, Any], site: SiteView) -> bool:
    """Whether part of ``page`` is a chart or dashboard that could not be read: its figures may be what an item
    lacks. Not when every dashboard framed there is gone (its host answered 404): the empty frame was read. A
    dashboard linked directly is such a page itself (the host's shell, or its sign-in prompt)."""
    if dashboard_frame(page.get("url") or "") or dashboard_frame(page.get("final_url") or ""):
        return not _failed(page)
    if page.get("part_unread") != DRAWN:
        return False
    links = page.get("links")
    frames = [link.get("url") or "" for link in links if link.get("kind") == "iframe"
              and dashboard_frame(link.get("url") or "")] if isinstance(links, list) else []
    return not frames or not all((target := site.by_url.get(url)) is not None and _failed(target)
                                 and _certainly_gone(target, site.domains) for url in frames)


def _judge_read(item: Item, links: list[dict[str, Any]], site: SiteView, year: int, signals: list[str],
                unread: list[tuple[str, str]]) -> Finding:
    """The verdict on what was read; the item's evidence that was not read is added to ``unread``."""
    links = _chosen_filters(_section_links(links, site), site, item)
    empty = [link for link in links if link.get("empty")]
    if empty and len(empty) == len(links):  # the choice the row names shows an empty list
        return _empty_choice(item, empty, site, signals)
    urls, placeholders = [], 0
    for link in links:
        if link.get("url"):
            if link["url"] not in urls:
                urls.append(link["url"])
        else:
            placeholders += 1
    if not urls:
        furniture = _furniture_doc(site) if item.site_furniture else None
        if furniture is not None:
            probe = ["site header/footer"]
            lacking_th, lacking_en, found = _run_checks(item, Evidence([furniture], year), probe)
            if not lacking_th:
                return Finding(item.code, "pass", "found_in_furniture", {}, [furniture.url], signals + probe)
            if found >= FURNITURE_PARTIAL:  # most of it is there, e.g. every contact detail but the map
                return Finding(item.code, "partial", "incomplete", _lacking(lacking_th, lacking_en), [furniture.url],
                               signals + probe)
        if item.number in site.denied_rows:  # the agency's index of this round says so, row and all
            row, index_url = site.denied_rows[item.number]
            return Finding(item.code, "missing", "denial", {"quote": _quote(row, item)}, [index_url], signals)
        if placeholders:
            cut = [url for link in links if not link.get("url")
                   if read_in_part(site.by_url.get(url := link.get("source") or "") or {})]
            if cut:  # the row's real link may lie past the bound, beside its "#" label
                return Finding(item.code, "unchecked", coverage_reason(read_in_part(site.by_url[cut[0]]) or ""),
                               {"url": cut[0], "n": 1}, cut[:1], signals + [f"'#' link on {cut[0]}, read in part"])
            scripted = [link.get("source") or "" for link in links if not link.get("url") and link.get("script")]
            if scripted:  # "#" that runs the site's script when clicked: where it leads was not read
                return Finding(item.code, "unchecked", coverage_reason("script_link"), {"url": scripted[0], "n": 1},
                               [u for u in scripted[:1] if u], signals + [f"'#' link running a script on {scripted[0]}"])
            return Finding(item.code, "missing", "placeholder_link", signals=signals)
        if site.timed_out:
            return Finding(item.code, "unchecked", "timed_out", signals=signals)
        if site.unvisited and not site.index_pages:
            return Finding(item.code, "unchecked", "budget_unvisited", {"n": site.unvisited}, signals=signals)
        return Finding(item.code, "missing", "not_found", signals=signals)
    ok: list[dict[str, Any]] = []
    gone: list[dict[str, Any]] = []
    unsure: list[dict[str, Any]] = []
    unfetched: list[str] = []
    labelled: list[dict[str, Any]] = []  # the item's own page whose evidence rows are all "#" labels
    quarterly = any(spec["check"] == "each_quarter" for spec in item.checks)
    for url in urls[:12]:
        if viewer_target(url) in urls:  # a PDF.js viewer is its file's frame: the file is the evidence
            continue
        page = site.by_url.get(url)
        if page is None:
            unfetched.append(url)
            continue
        if (code := site.unread_code(page)):
            unread.append((url, code))
            continue
        if _failed(page):
            (gone if _certainly_gone(page, site.domains) else unsure).append(page)
            continue
        signpost = _signpost(page, item, site.texts)
        subs = _documents_of(page, site, item, with_pages=signpost or any(
            spec["check"] == "interactive" for spec in item.checks), signpost=signpost)
        if not subs and quarterly and _placeholders_only(page):
            labelled.append(page)  # quarterly evidence is documents: a page of "#" rows publishes none
            continue
        locked = [s for s in subs if site.unread_code(s)]
        unread.extend((s["url"], code) for s in locked if (code := site.unread_code(s)))
        subs = [s for s in subs if not site.unread_code(s)]
        good_subs = [s for s in subs if not _failed(s)]
        if subs and not good_subs:  # the item page only leads to documents that fail
            for sub in subs:
                (gone if _certainly_gone(sub, site.domains) else unsure).append(sub)
            continue
        if locked and not subs and _frame_of(page, locked):  # its words are a caption; the document was not read
            continue
        ok.append(page)
        ok.extend(s for s in good_subs if s not in ok)
    if not ok:
        if gone and unfetched:  # the row's other link, never opened (the page budget), may be the one that works
            signals.append(f"{gone[0]['url']} is gone; {len(unfetched)} other link(s) of it not opened")
            return Finding(item.code, "unchecked", coverage_reason("not_visited"), {"url": unfetched[0],
                           "n": len(unfetched)}, unfetched + [p["url"] for p in gone], signals)
        if gone:
            cause = failure_of(gone[0])
            if item.broken_th:
                return Finding(item.code, "broken", "item_link_gone", {"what_th": item.broken_th, "what_en": item.broken_en
                               or item.broken_th, "cause": cause}, [p["url"] for p in gone + unsure], signals)
            return Finding(item.code, "broken", "link_gone", {"cause": cause}, [p["url"] for p in gone + unsure], signals)
        if unsure:
            return Finding(item.code, "unchecked", "outside_refused", {"cause": failure_of(unsure[0])},
                           [p["url"] for p in unsure], signals)
        if labelled and not unfetched and not unread:
            signals.append(f"{labelled[0]['url']}: its evidence rows link '#' only")
            return Finding(item.code, "missing", "placeholder_link", {}, [p["url"] for p in labelled], signals)
        if unfetched or not unread:
            return Finding(item.code, "unchecked", "linked_not_fetched", {}, unfetched, signals)
        return Finding(item.code, "unchecked", coverage_reason(unread[0][1]), {"url": unread[0][0], "n": len(unread)},
                       [u for u, _ in unread], signals)
    denial = _denial_only(ok, item, site.texts)
    text_cut = next((p["url"] for p in ok if p.get("text_cut")), None)  # its text read only up to the bound
    if denial and (left := _documents_not_opened(ok, site)):  # "อยู่ระหว่างดำเนินการ" above a file never opened
        signals.append(f"the page says '{denial}' but links {len(left)} document(s) not opened, e.g. {left[0]}")
        return Finding(item.code, "unchecked", coverage_reason("not_visited"), {"url": left[0], "n": len(left)},
                       [p["url"] for p in ok] + left[:10], signals)
    if denial and text_cut:
        signals.append(f"the page says '{denial}', but its text past the bound was not read")
        return Finding(item.code, "unchecked", coverage_reason("text_cut"), {"url": text_cut, "n": 1}, [text_cut],
                       signals)
    if denial:
        signals.append(f"the page says '{denial}'")
        return Finding(item.code, "missing", "denial", {"quote": denial}, [p["url"] for p in ok], signals)
    # a part of a merged file is the documents bound into it, one from each page (a year's plan, then its 3-month
    # progress report): read page by page, as separate files are
    docs = [_doc(leaf, site.texts) for p in ok for leaf in p.get("leaves") or [p]]
    furniture = _furniture_doc(site) if item.site_furniture else None
    if furniture is not None:
        docs.append(furniture)
    if any(spec["check"] == "survey_link" for spec in item.checks) and (home := _home_doc(site)) is not None:
        docs.append(home)  # a survey's QR code is put on the home page as often as on the item's own
    quarters = quarter_pieces(links, ok, site.by_url, lambda p: _failed(p) and _certainly_gone(p, site.domains)) \
        if any(spec["check"] == "each_quarter" for spec in item.checks) else []
    quarters = [replace(p, unread=str((site.by_url.get(p.url) or {}).get("unread") or "")) if not p.empty else p
                for p in quarters]  # a quarter's link behind a login wall: what it holds is unknown
    absent: list[Any] = []
    problems_th, problems_en, _ = _run_checks(item, Evidence(docs, year, quarters), signals, absent)
    urls_seen = [p["url"] for p in ok]
    inside = [outcome for outcome in absent if outcome.unverified]  # an E-Service behind a chat app's door
    absent = [outcome for outcome in absent if not outcome.unverified]
    if inside and not absent and not (problems_th and all(o.unverified == "qr_unread" for o in inside)):
        # what the service is, and whatever else it lacks, is for a person to see (a QR code not scanned hides only
        # itself: what else the item lacks is known)
        return Finding(item.code, "unchecked", coverage_reason(inside[0].unverified), {"url": urls_seen[0], "n": 1},
                       urls_seen, signals)
    if problems_th and (held := _quarters_unread(quarters)):  # what a quarter lacks may be behind a login wall
        hoped = [replace(p, unread="") for p in quarters]          # as if each wall held its quarter's evidence
        if not _run_checks(item, Evidence(docs, year, hoped), [], [])[0]:  # else a lack known elsewhere: partial
            return Finding(item.code, "unchecked", coverage_reason(held[0].unread), {"url": held[0].url,
                           "n": len(held)}, [p.url for p in held] + urls_seen, signals)
    if (absent or problems_th) and (part := _unread_part(ok, site, text_cut)):
        code, url, why = part  # what it lacks may lie in a part of the page a person sees and the crawl did not read
        signals.append(f"lacking on {url}, {why}")
        return Finding(item.code, "unchecked", coverage_reason(code), {"url": url, "n": 1}, urls_seen, signals)
    if (problems_th or absent) and (left := _documents_not_opened(ok, site) or _index_pages_not_opened(site)):
        # what the item lacks may be in the documents its page links that the crawl's bounds left unopened: an
        # item page read without its PDFs is no evidence that the report lacks its parts or its year
        signals.append(f"found lacking, but {len(left)} document(s) it links were not opened, e.g. {left[0]}")
        return Finding(item.code, "unchecked", coverage_reason("not_visited"), {"url": left[0], "n": len(left)},
                       urls_seen + left[:10], signals)
    if absent:  # only another round's evidence (rules/periods.py each_quarter): nothing of this round
        return Finding(item.code, "missing", "other_round", _lacking([absent[0].th], [absent[0].en]), urls_seen, signals)
    signals.extend(f"published outside the agency's site: {urlsplit(p['url']).hostname}" for p in ok if p.get("outside"))
    # the auditor is told when a verdict rests on text read from a scan: OCR can misread
    scans = [d.url for d in docs if d.ocr and d.text is not None]
    ocr = {"ocr": True} if scans else {}
    if ok[0].get("outside"):  # the item's page is on an outside publishing host the agency uses (Google Sites…)
        ocr["outside"] = True
    signals.extend(f"text read by OCR {url}" for url in scans[:3])
    if problems_th:
        return Finding(item.code, "partial", "incomplete", _lacking(problems_th, problems_en) | ocr, urls_seen, signals)
    return Finding(item.code, "pass", "found_complete", ocr, urls_seen, signals)


def _earlier_round(place: Unread, year: int) -> bool:
    """An unread place its words or address date only to rounds before ``year`` ("ITA ปีงบประมาณ 2568", /ita-2568/)."""
    years = Text(" ".join(place.labels + place.menu_labels + place.section_labels) + " "
                 + unquote(urlsplit(place.url).path)).years()
    return bool(years) and max(years) < year


def _section_links(links: list[dict[str, Any]], site: SiteView) -> list[dict[str, Any]]:
    """An index row whose link jumps to a section of its own page ("ดูโฟลเดอร์เอกสารด้านล่าง" -> ``#o18``)
    stands for what that section links (crawler/extract.py marks each link's ``section``), not for the page."""
    resolved: list[dict[str, Any]] = []
    for link in links:
        href = link.get("href") or ""
        page = site.by_url.get(link.get("url") or "") if href.startswith("#") and len(href) > 1 else None
        section = [dict(other, source=page["url"]) for other in page.get("links") or []
                   if other.get("section") == href[1:] and other.get("url") and other["url"] != page["url"]
                   and other.get("zone") != "nav"] if page else []
        resolved.extend(section or [link])
    return resolved


def _chosen_filters(links: list[dict[str, Any]], site: SiteView, item: Item) -> list[dict[str, Any]]:
    """A row that sends the reader to a page of filters ("ดูที่ศูนย์ข้อมูลข่าวสาร เลือกหมวด 'ประกาศจัดซื้อจัดจ้าง'
    ปีงบประมาณ 2569"): it stands for the answers to the choices its words name, as a person picks them and reads the
    list shown (crawler/clicks.py: filter_forms) -- within the list, the documents that name the item best, as a
    person opens the one for the item among the category's others; for the page itself when its words name none."""
    resolved: list[dict[str, Any]] = []
    for link in links:
        page = site.by_url.get(link.get("url") or "")
        chosen: list[dict[str, Any]] = []
        if page is not None and page.get("kind") == "html":
            words = Text(f"{link.get('text') or ''} {link.get('context') or ''}").norm
            for other in page.get("links") or []:
                answer = site.by_url.get(other.get("url") or "") if other.get("submit") == "filter" else None
                if answer is None or not (other.get("text") or "").split() or \
                        not all(Text(word).norm in words for word in other["text"].split()):
                    continue
                listed = [(_score(Text(f"{d.get('text') or ''} {d.get('title') or ''}"), item), d)
                          for d in answer.get("links") or [] if d.get("url") and d.get("kind") == "a"
                          and d.get("zone") != "nav" and not d.get("common") and not d.get("submit")]
                best = max((score for score, _ in listed), default=0)
                named = [dict(link, url=d["url"]) for score, d in listed if best and score == best]
                chosen.extend(named or [dict(link, url=other["url"], choice=other["text"], empty=not listed)])
        resolved.extend(chosen or [link])
    return resolved


NOTHING_LISTED = re.compile(r"ไม่พบ\s?(?:เอกสาร|ข้อมูล|รายการ)|ไม่มี\s?(?:เอกสาร|ข้อมูล|รายการ)|no (?:records?|documents?|data|results?)"
                            r" (?:were )?found|no (?:records?|documents?|results?)\b")


def _empty_choice(item: Item, empty: list[dict[str, Any]], site: SiteView, signals: list[str]) -> Finding:
    """A row whose named choice lists nothing: missing when the page answers that choice (its form shows it chosen)
    and says nothing was found ("ไม่พบเอกสาร"), the site's own word on it; else the form the crawler sent may not
    have been taken: unchecked."""
    for link in empty:
        page = site.by_url[link["url"]]
        said = NOTHING_LISTED.search(site.texts.of(page).norm)
        echoed = any(other.get("shown") and other.get("url") == link["url"] for other in page.get("links") or [])
        if said and echoed:
            return Finding(item.code, "missing", "filter_empty", {"choice": link["choice"], "quote": said.group(0)},
                           [link["url"]], signals + [f"{link['url']} ({link['choice']}) lists nothing: '{said.group(0)}'"])
    return Finding(item.code, "unchecked", coverage_reason("filter_unclear"), {"url": empty[0]["url"], "n": len(empty)},
                   [link["url"] for link in empty], signals + [f"{empty[0]['url']} lists nothing, says nothing"])


def _quote(row: str, item: Item) -> str:
    """An index row's words as the page writes its code: "o25 การนำผล…" -> "O25 การนำผล…"."""
    row = row[:120]
    return item.code + row[len(item.code):] if row.upper().startswith(item.code) else row


def _lacking(problems_th: list[str], problems_en: list[str]) -> dict[str, Any]:
    """Parameters of an ``incomplete`` reason: what the item's checks found lacking, in their own words."""
    return {"lacking_th": "; ".join(problems_th), "lacking_en": "; ".join(problems_en)}


def _quarters_unread(pieces: list[Any]) -> list[Any]:
    """The pieces of the quarters whose every link leads where nothing could be read (a Facebook album's login
    wall): that quarter's evidence may be there, so a quarter found lacking is not known to lack."""
    known = {p.quarter for p in pieces if not p.unread}
    return [p for p in pieces if p.unread and p.quarter not in known]


def evaluate_agency(rulebook: Rulebook, pages: list[dict[str, Any]], state: str = "crawled", home_error: str = "",
                    unvisited: int = 0, timed_out: bool = False, deadline: float | None = None) -> list[Finding]:
    """Findings for every item of ``rulebook`` from one agency's crawled pages.

    A crawl cut short (``unvisited`` links left when the page budget ran out, or ``timed_out``) makes an item
    not found ``unchecked``: not reached is not missing.
    """
    if state != "crawled" or not pages:
        cause = failure_kind(home_error or "no pages")
        return [Finding(i.code, "unchecked", "site_unreachable", {"cause": cause}) for i in rulebook.items]
    site = SiteView(pages, rulebook.year, rulebook.code_prefix)
    site.unvisited, site.timed_out = unvisited, timed_out
    candidates, signals = find_candidates(rulebook, site)
    # ``deadline`` (time.monotonic()): items not judged by then are unchecked, as a crawl's time budget does
    findings = [judge_item(item, candidates[item.code], site, rulebook.year, signals[item.code], rulebook.items)
                if deadline is None or time.monotonic() < deadline else Finding(item.code, "unchecked", "evaluation_timed_out")
                for item in rulebook.items]
    return _beside_unread_index(rulebook, site, findings, deadline)


def _beside_unread_index(rulebook: Rulebook, site: SiteView, findings: list[Finding],
                         deadline: float | None) -> list[Finding]:
    """An item whose index row leads only where nothing could be read (a Facebook post behind its login wall) is
    judged again on what the site shows of it elsewhere (its news page in the menu): a pass there passes, anything
    else leaves it unchecked -- never missing on the strength of a page the index did not point to."""
    unread = frozenset(f.item for f in findings if f.status == "unchecked" and is_coverage_reason(f.reason_code)
                       and any(s.startswith("index page") for s in f.signals))
    if not unread or (deadline is not None and time.monotonic() >= deadline):
        return findings
    candidates, signals = find_candidates(rulebook, site, beside_index=unread)
    items = {item.code: item for item in rulebook.items}
    for k, finding in enumerate(findings):
        if finding.item in unread and candidates[finding.item]:
            said = [f"its index row could not be read ({finding.reason_code}): judged on the site's own pages"]
            again = judge_item(items[finding.item], candidates[finding.item], site, rulebook.year,
                               said + signals[finding.item], rulebook.items)
            if again.status == "pass":
                findings[k] = again
    return findings


# the page fields the engine reads (SiteView, its checks): what a caller loads from the store for it
PAGE_COLUMNS = ("url, final_url, status, kind, title, text, links, forms, image_only, error, depth, furniture, ocr_pages, "
                "unread, rendered, outside, links_cut, text_cut, part_unread")
