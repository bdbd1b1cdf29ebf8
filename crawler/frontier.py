"""What to fetch next on one agency's site: links waiting, best first, and the page budget spent on fetches.

A Thai agency's CMS addresses its pages by query string (WordPress ``?page_id=12``, Joomla
``index.php?option=com_content&view=article&id=5``, vendor systems ``index.php?module=ita&year=2566``), so
query strings are pages, not traps. Traps are told apart by what their parameters are, not by counting them:

- session ids (``PHPSESSID``, ``sid``…, Tomcat's ``;jsessionid=`` path parameter) and tracking tags are dropped
  from the URL: the same page twice;
- date parameters (``month=``, ``date=``, ``cal=``…) are endless calendars: few variants per page and last;
- pagination (``page=``, ``paged=``, ``limitstart=``…) is long but finite news: after everything else.

The page budget is spent in order of promise (ITA index rows first, then links that name OIT material,
documents, then the rest), so a site whose home page links 200 news items still has its ITA pages read.

>>> canonical("http://x.go.th/index.php?PHPSESSID=ab12&id=5&utm_source=fb")
'http://x.go.th/index.php?id=5'
>>> canonical("http://x.go.th/portal/page.do;jsessionid=9F2A?id=5")
'http://x.go.th/portal/page.do?id=5'
>>> link_class("http://x.go.th/calendar.php?month=11&year=2566")
'calendar'
>>> link_class("http://x.go.th/?page_id=12")
'page'
"""
from __future__ import annotations

import heapq
import itertools
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from rules.urls import PAGE_PARAMS, session_free

DATE_PARAMS = re.compile(r"^(month|mon|mm|m|day|dd|d|date|cal|calendar|week|time|ym|yymm|start_?date|end_?date|"
                         r"caldate|monthyear|tx_cal\w*|event_?date)$", re.I)
# words of links that lead to endless or bulky material an assessor never needs: galleries, calendars, archives
BULK_WORDS = re.compile(r"gallery|album|photo|calendar|event|ปฏิทิน|ภาพกิจกรรม|ประมวลภาพ|อัลบั้ม|แกลเลอรี่|"
                        r"หน้าถัดไป|ถัดไป|ก่อนหน้า|next|prev|»|«", re.I)
# words of links to the hubs agencies file their OIT section under (the Official Information Act's information
# centre, "transparency"): worth a look before the news, though they name no item
HUB_WORDS = re.compile(r"ศูนย์ข้อมูลข่าวสาร|ข้อมูลข่าวสารของราชการ|ข้อมูลข่าวสารราชการ|ความโปร่งใส|ธรรมาภิบาล|"
                       r"transparency", re.I)
MAX_CALENDAR_VARIANTS = 5  # per calendar: a few months are enough to see it is a calendar


def canonical(url: str) -> str:
    """``url`` without session ids and tracking tags (the order of the other parameters is kept)."""
    return session_free(url)


def link_class(url: str) -> str:
    """``page`` (an ordinary page or document), ``calendar`` (a date parameter) or ``listing`` (pagination)."""
    query = urlsplit(url).query
    names = [k for k, v in parse_qsl(query, keep_blank_values=True)]
    if any(DATE_PARAMS.match(k) for k in names):
        return "calendar"
    if any(PAGE_PARAMS.match(k) for k in names):
        return "listing"
    return "page"


def url_shape(url: str) -> str:
    """What a family of links has in common: ``/news/123.html`` and ``/news/124.html`` share ``/news/#.html``,
    ``/?p=12`` and ``/?p=13`` share ``/?p=#``; a page a CMS names by a word (``page.do?id=structure``) is its own,
    not one of a site's every page."""
    parts = urlsplit(url)
    names = sorted(k if re.search(r"\d", v) or not v else f"{k}={v}"
                   for k, v in parse_qsl(parts.query, keep_blank_values=True))
    return re.sub(r"\d+", "#", parts.path) + ("?" + "&".join(names) if names else "")


def crowd_penalties(urls: list[str]) -> dict[str, int]:
    """Links of one page that belong to a large family (a news list, a gallery) wait behind the rest: one
    of 200 posts is rarely what an assessor needs, a lone banner often is."""
    families: dict[str, int] = {}
    for url in urls:
        families[url_shape(url)] = families.get(url_shape(url), 0) + 1
    return {url: min(30, 2 * (families[url_shape(url)] - CROWD)) for url in urls if families[url_shape(url)] > CROWD}


CROWD = 8  # links of one shape on one page before they count as a list


def crowd_tail(urls: list[str]) -> set[str]:
    """Links of a large family past its first ``CROWD``: the 41st "ข่าวประชาสัมพันธ์ ฉบับที่ …" of a news archive
    tells an assessor nothing the first few did not, whatever item word it carries."""
    seen: dict[str, int] = {}
    tail = set()
    for url in urls:
        shape = url_shape(url)
        seen[shape] = seen.get(shape, 0) + 1
        if seen[shape] > CROWD:
            tail.add(url)
    return tail


def variant_key(url: str) -> str:
    """A URL with its date parameters blanked: all months of one calendar share a key."""
    parts = urlsplit(url)
    kept = [(k, "" if DATE_PARAMS.match(k) else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    return urlunsplit(parts._replace(query=urlencode(kept)))


@dataclass(order=True)
class Waiting:
    rank: int
    seq: int
    url: str = field(compare=False)
    depth: int = field(compare=False)
    link_text: str = field(compare=False)
    referer: str = field(compare=False)


class Frontier:
    """One agency's links waiting to be fetched, best first, within a page budget counted at fetch time."""

    def __init__(self, max_pages: int):
        self.max_pages = max_pages
        self.issued = 0
        self._heap: list[Waiting] = []
        self._seq = itertools.count()
        self._variants: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._heap)

    def offer(self, url: str, depth: int, link_text: str, referer: str, score: int) -> bool:
        """Queue ``url`` with ``score`` (higher is sooner); False when it is a calendar page too many."""
        kind = link_class(url)
        if kind == "calendar":
            key = variant_key(url)
            self._variants[key] = self._variants.get(key, 0) + 1
            if self._variants[key] > MAX_CALENDAR_VARIANTS:
                return False
            score -= 60
        elif kind == "listing":
            score -= 40
        heapq.heappush(self._heap, Waiting(-score, next(self._seq), url, depth, link_text, referer))
        return True

    def take(self) -> Waiting | None:
        """The most promising waiting link, counted against the budget; None when empty or spent."""
        if not self._heap or self.issued >= self.max_pages:
            return None
        self.issued += 1
        return heapq.heappop(self._heap)

    @property
    def spent(self) -> bool:
        return self.issued >= self.max_pages

    def unvisited(self) -> int:
        return len(self._heap)
