"""The spider: visits each agency's site from its home page, ITA/OIT material first.

It follows links on the agency's own hosts (www and bare domain, http and https, sub-domains, and the host
the registry URL moved to) within a depth and page budget, fetches documents, reads the pages the agency
publishes on outside publishing hosts (Google Sites, published Google Docs; crawler/outside.py) within tight
bounds, and gives every other outbound link one reachability request without crawling it. Every fetch or
failure becomes one page record; when an agency is done, one outcome record says whether its page budget ran
out with links unvisited, and where its site moved.

Each agency's links wait in its own ``Frontier`` and only a few are handed to Scrapy at a time, so the page
budget goes to the best links known so far: rows of the agency's ITA/OIT index, links that name OIT
material, documents; news archives and calendars last.

Agencies start a few at a time: another starts while some of the crawl's request slots are idle, up to
``agencies_at_once``. A national run thus finishes agencies steadily (each is evaluated as soon as it is done),
each agency's time budget is spent on its own pages rather than waiting behind 10,000 others, and memory holds
only the agencies in progress; sites that answer at once fill the slots with more agencies, slow ones with fewer.
Outbound links are checked once per run for all agencies (crawler/outbound.py).
"""
from __future__ import annotations

import asyncio
import email.utils
import hashlib
import re
import time
from collections import Counter, deque
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Iterable
from urllib.parse import unquote, urlencode, urljoin, urlsplit

import scrapy
from scrapy.downloadermiddlewares.cookies import CookiesMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.defer import deferred_from_coro, maybe_deferred_to_future
from twisted.internet.error import (ConnectionLost, ConnectionRefusedError, DNSLookupError, TCPTimedOutError,
                                    TimeoutError)
from twisted.internet.task import deferLater
from twisted.web._newclient import ResponseNeverReceived

from crawler.cache import no_answer, read_page, shared_cache
from crawler.clicks import compose_postback
from crawler.distributed.jobs import job_time_limit
from crawler.documents import Limits, extract_html_safely, shared_pool
from crawler.shell import SCAN_BYTES, shell_reason
from crawler.waits import page_fault
from crawler.extract import FILE_SHARE_HOSTS, Extracted, clean_url, doc_kind, parse_html, share_listing
from crawler import charts, flipbook, includes, pictures, qr
from crawler.challenge import challenge_of
from crawler.gates import Consent, consent_wall
from crawler.firewall import CHALLENGE_HEADERS, firewall_of
from crawler.folders import folder_entries, folder_id, listing_names
from crawler.frontier import BULK_WORDS, HUB_WORDS, Frontier, canonical, crowd_penalties, crowd_tail
from crawler.limits import is_budget_failure
from crawler.middlewares import proxy_says_no_such_host, refused_name
from crawler.outbound import OutboundChecks
from crawler.outside import (GOVERNMENT_SUFFIXES, OutsideBounds, builder_file, is_login_wall, outside_space, share_file,
                             shared_file_itself, site_move, slot_host, storage_refusal, unwrap)
from crawler.portal import in_section, section_of
from crawler.unitpage import UnitPages
from crawler.render import UNREAD as SCRIPT_SHELL, reread
from crawler.soft404 import SOFT_404, may_be_shown, shown_in_full, soft_not_found
from rules.index import index_rows, link_code
from rules.thai import Term, Text
from rules.urls import dashboard_frame, literal_address, same_listing, viewer_target
from rules.vocabulary import failure_kind

INCLUDES_KEPT = 200  # included files kept per run (a static template's header and menu fetched once, not per page)
INCLUDE_KEPT_CHARS = 100_000  # ... each of them this long at most (a bigger one is fetched again where included)
MAX_OUTBOUND = 100  # reachability checks per agency: a hospital links a Drive folder per item and quarter
# a shared folder's entries opened (crawler/folders.py), two folders deep (an item's folder, its quarters'): the
# first six of a linked folder, the first two of each subfolder (its files say which round they were made for), at
# most TREE_OPENS under one linked folder and crawl.folder_opens per agency (a hospital links a folder per item, 22 of
# them: about 8 opens each), each folder finished before the next is begun (OutboundChecks.want: first)
FOLDER_ENTRIES, TREE_OPENS = (6, 2), 12
WINDOW = 4  # own-site requests handed to Scrapy at once per agency: twice the per-site concurrency
SITEMAP_LOC = re.compile(rb"<loc>\s*([^<\s]+)\s*</loc>")
# what an outside page left beyond the bounds keeps of the fetch made for others: what a check tells
CHECK_FIELDS = {"final_url", "status", "content_type", "size", "content_hash", "error", "error_detail", "tls_problem",
                "title", "elapsed_ms", "unread"}
OUTBOUND_PRIORITY = 2000  # asked as soon as found: a few per outside host at a time (OutboundChecks) cannot flood
MAX_POSTS = 60  # download buttons (POST forms) pressed per agency: one per document of its OIT index at most
# forms sent per agency to move around as a person does (WebForms postbacks: year tabs, a grid's pages, LinkButtons
# answering a document; POST filters: a year, a category), by default (crawl.form_submits): two years' OIT tables of
# 26 rows, their pages and files
MAX_SUBMITS = 120
# an ASP.NET server refusing a postback as malformed or stale (its event validation, its view state's MAC): the form
# the crawler sent, not the page a person's click gets
FORM_REFUSED = re.compile(rb"Invalid postback or callback argument|Validation of viewstate MAC failed|"
                          rb"The state information is invalid|Invalid viewstate", re.I)
HUB_SCORE = 40  # a link to an information centre or a "transparency" hub (crawler/frontier.HUB_WORDS)
TAIL_PENALTY = 50  # a link past the first few of a long list of one shape: its item word no longer counts
NAMED_SCORE = 30  # a link this promising (an item code, OIT words, a hub) is followed past the depth bound ...
NAMED_EXTRA_DEPTH = 3  # ... by this many levels: an index at depth 5 behind a menu, its documents two below
MAX_CONSENTS = 2  # a site's consent wall accepted per agency: once, and once more if its cookie stops passing
MAX_CHECK_PASSES = 2  # a site's bot check run in the browser per agency: once, and once more if its cookie stops passing
MAX_URL_CHARS = 2083  # longer addresses are not followed (Scrapy's URLLENGTH_LIMIT, its middleware is off)
# failures a server or resolver may not repeat a moment later: asked once more, late, instead of at once
MOMENTARY = {"timeout", "connection", "closed", "refused", "dns"}
# a 503/429 that says when to come back (Retry-After) is asked again after that wait, up to this many times, when the
# wait is at most MAX_RETRY_AFTER seconds; still busy after them, the page is unread ("busy"), never broken
BUSY_LOOKS, MAX_RETRY_AFTER = 3, 30.0
# an agency waiting this long for answers while Scrapy has nothing in hand waits for what will never come
STUCK_SECONDS = 180.0
MAX_CHECK_TEXT = 4_000  # an outside page a check found sent in full under 404/500: its first words, as its title is


def asked_for(response) -> str:
    """The address a page was asked for: with its client-side route (#/ita2569), which the response's URL drops,
    and before any redirect."""
    meta = response.meta
    return meta.get("page_url") or clean_url(meta.get("redirect_urls", [response.request.url])[0])


# a registry address of an old site's own home file or language folder ("/th/home.php", "/index.php/th/", "/web/"):
# when it is gone, the site's root is where a person goes next (never for a folder of a parent's site: "/pathum/x/")
_HOME_PATH = re.compile(r"/(?:(?:th|en|web|www|main|home|site|portal|public|new|html|index\.php)/)*"
                        r"(?:[^/]+\.(?:php|asp|aspx|html?|jsp|cfm|shtml)|th|en|web|main|home|portal)?/?", re.I)


def home_alternative(url: str, kind: str, status: int | None = None) -> str | None:
    """Where a person tries next when the registry address is gone: the name with or without its ``www.`` when the
    name does not resolve (a site whose DNS holds only one of them), the site's root when an old home address of it
    answers 404/410 (the site was rebuilt); None otherwise.

    >>> home_alternative("http://nongsuang.go.th/", "dns"), home_alternative("https://www.x.go.th/a?b=1", "dns")
    ('http://www.nongsuang.go.th/', 'https://x.go.th/a?b=1')
    >>> home_alternative("http://www.x.go.th/th/home.php", "http_4xx", 404), home_alternative("http://x.go.th/web/", "http_4xx", 410)
    ('http://www.x.go.th/', 'http://x.go.th/')
    >>> home_alternative("http://www.province.go.th/pathum/bangluang/", "http_4xx", 404), home_alternative("http://x.go.th/", "http_4xx", 404)
    (None, None)
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    if not host or literal_address(host):
        return None
    if kind == "dns":
        twin = host[4:] if host.startswith("www.") else f"www.{host}"
        if twin.count(".") < 2:  # "www.go.th" is nobody's site
            return None
        netloc = f"{twin}:{parts.port}" if parts.port else twin
        return parts._replace(netloc=netloc, fragment="").geturl() if parts.path else f"{parts.scheme}://{netloc}/"
    if status in (404, 410) and parts.path not in ("", "/") and _HOME_PATH.fullmatch(unquote(parts.path)):
        return f"{parts.scheme}://{parts.netloc}/"
    return None


OTHER_NAME = "certificate for another name"  # a tls_problem: the https answer is another site's (a shared host's default)


def certificate_names(cert) -> list[str]:
    """The host names a certificate (``cryptography``'s x509) is for: its subjectAltName's, else its common name."""
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    try:
        names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value.get_values_for_type(x509.DNSName)
    except x509.ExtensionNotFound:
        names = []
    return [n.lower() for n in names] or [str(a.value).lower() for a in cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)]


def name_covered(host: str, names: list[str]) -> bool:
    """Whether ``host`` is one of a certificate's ``names``, a wildcard covering one label included.

    >>> name_covered("www.x.go.th", ["x.go.th", "*.x.go.th"]), name_covered("www.x.go.th", ["cpanel.hostco.net"])
    (True, False)
    """
    host = host.lower().rstrip(".")
    return any(host == n or (n.startswith("*.") and host.split(".", 1)[-1] == n[2:]) for n in names)


def registry_page(request: scrapy.Request) -> bool:
    """Whether ``request`` asks for an agency's registry address itself (its home, by GET): the one page asked again
    elsewhere when it does not answer."""
    return request.meta.get("site_depth") == 0 and not request.meta["outbound"] and request.method == "GET"


def asked_instead(request: scrapy.Request, url: str, why: str, kind: str, detail: str) -> scrapy.Request:
    """The registry page asked at ``url`` instead, recorded under the registry address as a redirect is; its own
    failure kept under ``why`` in meta, to stand if the other address fails too."""
    meta = request.meta
    return request.replace(url=url, dont_filter=True, meta={
        **meta, "page_url": meta.get("page_url") or clean_url(request.url),
        why: {"url": request.url, "kind": kind, "detail": detail}})


def unread_fault(exc: BaseException) -> dict:
    """The fields of a page whose reading failed on ``exc``: fetched, not read (``unread = other``)."""
    return {"unread": "other", "error_detail": f"reading failed: {type(exc).__name__}: {exc}"[:500]}


def registrable(host: str) -> str:
    """The agency's domain for "same site": www.kudjok.go.th -> kudjok.go.th."""
    host = (host or "").lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def retry_after(response) -> float | None:
    """The seconds a 503 or 429 answer asks the client to wait (``Retry-After: 3``, or an HTTP date), when within
    MAX_RETRY_AFTER; None without the header or beyond the bound (then the usual second look decides)."""
    if response.status not in (429, 503):
        return None
    value = (response.headers.get("Retry-After") or b"").decode("latin-1").strip()
    if value.isdigit():
        wait = float(value)
    else:
        try:
            wait = email.utils.parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError):
            return None
    return max(wait, 0.0) if wait <= MAX_RETRY_AFTER else None


def referer_header(referer: str, url: str) -> dict:
    """The Referer a browser sends for a link on ``referer`` (no-referrer-when-downgrade, Scrapy's default policy
    too): the linking page without its fragment, none from an https page to an http address."""
    if not referer or (referer.startswith("https:") and url.startswith("http:")):
        return {}
    return {"Referer": referer.split("#", 1)[0]}


def error_kind(failure) -> tuple[str, str]:
    """Name a download failure the way the report does: dns, timeout, tls, connection, robots, ..."""
    exc, text = failure.value, str(failure.value)
    name = type(exc).__name__  # Scrapy 2.13+ wraps Twisted's errors in its own Download*Error classes
    if "private address refused" in text:  # the resolver's refusal arrives as a DNS error
        return "private", text
    if isinstance(exc, DNSLookupError) or "Resolve" in name or "DNS" in name or failure_kind(text) == "dns":
        request = getattr(failure, "request", None)  # or as Twisted's bare "no results for hostname lookup"
        if request is not None and (why := refused_name(urlsplit(request.url).hostname or "")):
            return "private", why
        return "dns", text  # failure_kind also knows a proxy's answer when the name does not resolve
    if isinstance(exc, (TimeoutError, TCPTimedOutError)) or "Timeout" in name:
        return "timeout", text
    if isinstance(exc, IgnoreRequest):
        if "robots" in text.lower() or "forbidden by robots" in text.lower():
            return "robots", text
        if "private address" in text:
            return "private", text
        if "redirect" in text.lower():
            return "redirect_loop", text
        return "ignored", text
    if "ssl" in text.lower() or "tls" in text.lower() or "certificate" in text.lower():
        return "tls", text
    if "maxsize" in text.lower() or "cancel" in type(exc).__name__.lower():
        return "too_large", text
    if isinstance(exc, (ConnectionRefusedError, ConnectionLost, ResponseNeverReceived)) or "Download" in name \
            or "Connection" in name:
        return "connection", text
    return failure_kind(f"{name} {text}"), text  # a kind of the vocabulary, never an exception's name


@dataclass
class AgencyCrawl:
    """One agency's crawl in progress: its links waiting, what it has seen, its requests not yet answered."""

    id: str
    run_id: int
    url: str
    frontier: Frontier
    focus: list
    max_depth: int
    max_text_chars: int
    domain: str = ""
    seen: set = field(default_factory=set)
    cut: dict = field(default_factory=dict)  # own links left by the depth bound -> the shallowest depth found at
    contents: set = field(default_factory=set)  # digests of pages already read (session ids, print views)
    own_in_flight: int = 0
    outstanding: int = 0
    outbound: int = 0
    folder_opens: Counter = field(default_factory=Counter)  # entries of shared folders opened, by linked folder
    roots: list = field(default_factory=list)  # the checks of shared folders its pages link, in the order linked
    roots_opened: int = 0  # how many of them had their entries opened (in that order, crawler/folders.py)
    open_root: dict | None = None  # the linked folder whose subfolders are being opened: the next waits for it
    code_prefixes: tuple = ("O",)
    outside: OutsideBounds = field(default_factory=OutsideBounds)  # pages read on outside publishing hosts
    moved_to: str = ""  # the host the registry URL answered from, when another (crawler/outside.py: site_move)
    moved_adopted: bool = False
    moved_domain: str = ""  # that host's domain, own for the run when the move was adopted
    home_read: bool = False  # the registry URL answered: moved_to is tonight's word on where the site is
    space: str = ""  # a site that is itself a Google Site: its own pages are that space's, not the whole host's
    section: str = ""  # a folder of another agency's portal: its own pages are that folder's (crawler/portal.py)
    idle: tuple = ()  # (since, outstanding, seen, unvisited) when Scrapy was last seen idle with it waiting
    began: float = field(default_factory=time.monotonic)  # when it was admitted
    timed_out: bool = False  # ended by the watchdog (AgencySpider.unstick)
    late: list = field(default_factory=list)  # requests that failed for the moment, asked once more later
    upgraded: set = field(default_factory=set)  # hosts whose http:// is closed, asked over https:// (as browsers do)
    posts: dict = field(default_factory=dict)  # download buttons to press: address known by -> (action, fields)
    submitted: int = 0  # forms sent to move around (postbacks, filters): at most MAX_SUBMITS
    filters: set = field(default_factory=set)  # the filters' choices sent: "ไม่พบเอกสาร" there lists nothing, gone nowhere
    pictures_read: int = 0  # pictures read by OCR for its pages' words (crawler/pictures.py, crawl.picture_reads)
    pictures: dict = field(default_factory=dict)  # what each was read to say, read once (a template's on every page)
    units: UnitPages = field(default_factory=lambda: UnitPages(""))  # its ITA/MOIT page on another government site
    check_pass: object = None  # the browser's pass of the site's bot check: a future of its cookies (crawler/challenge.py)
    check_passes: int = 0  # passes begun: at most MAX_CHECK_PASSES
    consent: object = None  # the site's consent wall accepted: a future of whether it answered (crawler/gates.py)
    consents: int = 0  # acceptances sent: at most MAX_CONSENTS

    def __post_init__(self):
        self.domain = registrable(urlsplit(self.url).hostname or "")
        self.space = outside_space(self.url) or ""
        self.section = "" if self.space else section_of(self.url)


def crawl_job(agency: dict, run_id: int, focus_terms: list[str], max_pages: int = 250, max_depth: int = 4,
              max_text_chars: int = 200_000, code_prefixes: list[str] = ("O",)) -> dict:
    """What a spider needs to crawl one agency (also the message a distributed worker receives);
    ``code_prefixes`` tell its ITA index ("O1…", and "MOIT1…" when hospitals are in the run)."""
    return {"agency": agency, "run_id": run_id, "focus_terms": list(focus_terms), "max_pages": max_pages,
            "max_depth": max_depth, "max_text_chars": max_text_chars, "code_prefixes": list(code_prefixes)}


class AgencySpider(scrapy.Spider):
    name = "oit"

    def __init__(self, agencies: list[dict] = (), run_id: int = 0, focus_terms: list[str] = (), max_pages: int = 250,
                 max_depth: int = 4, max_text_chars: int = 200_000, agencies_at_once: int = 64,
                 per_host: int = 2, keep_open: bool = False, code_prefixes: list[str] = ("O",), **kwargs):
        """``agencies_at_once`` caps the agencies in progress; ``per_host`` is the per-site concurrency, also
        used for outside hosts; ``keep_open``: a distributed worker's spider waits for :meth:`submit`."""
        super().__init__(**kwargs)
        self.run_id = run_id
        self.waiting: deque[dict] = deque(crawl_job(a, run_id, focus_terms, max_pages, max_depth, max_text_chars,
                                                    code_prefixes) for a in agencies)
        self.active: dict[str, AgencyCrawl] = {}
        self.agencies_at_once = max(1, agencies_at_once)
        self.per_host = per_host
        self.outbound = OutboundChecks(per_host)
        self.outside_reads = OutboundChecks(per_host, max_cached=2_000)  # outside pages read (texts: a small LRU)
        self._includes: dict[tuple[str, str], str | None] = {}  # included files fetched: a template's header once
        self.keep_open = keep_open  # a distributed worker waits for more agencies instead of closing
        self._terms: dict[tuple, list[Term]] = {}
        self._focus_any: dict[int, re.Pattern] = {}  # per list of focus terms (they live as long as the spider)
        self.agencies_total = len(self.waiting)
        self.agencies_done = self.pages_total = self.errors_total = 0
        self._cookies = None  # Scrapy's cookie middleware, found when first needed

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_idle, signal=scrapy.signals.spider_idle)
        return spider

    def on_idle(self):
        late = [request for crawl in list(self.active.values()) for request in self.pump(crawl)]
        for request in late:  # a safety net: second looks are sent as their agency's last request ends
            self.crawler.engine.crawl(request)
        if not late:
            for request in self.unstick(idle=True):
                self.crawler.engine.crawl(request)
        if self.keep_open or self.waiting or late or self.active:
            from scrapy.exceptions import DontCloseSpider

            self.admit_later()
            raise DontCloseSpider

    async def start(self):
        from twisted.internet import task

        # agencies are also started between responses (when every agency in progress is waiting on slow pages)
        self._admitting = task.LoopingCall(self.admit_later)
        self._admitting.start(0.5, now=False)
        first = max(1, self.settings.getint("CONCURRENT_REQUESTS") // self.per_host)
        for request in self.admit(first):
            request.meta["is_start_request"] = True  # Scrapy's start queue (its StartSpiderMiddleware is off)
            yield request

    def closed(self, reason):
        if getattr(self, "_admitting", None) is not None and self._admitting.running:
            self._admitting.stop()

    def submit(self, job: dict) -> None:
        """Crawl one more agency (a distributed worker's job); call in the reactor's thread."""
        self.waiting.append(job)
        self.agencies_total += 1
        self.admit_later()

    def admit_later(self) -> None:
        if self.crawler.engine is not None:
            for request in [*self.unstick(idle=False), *self.admit()]:
                self.crawler.engine.crawl(request)

    def room(self) -> bool:
        """True while some of the crawl's request slots are idle (another agency's requests would start)."""
        transfers = getattr(self.crawler, "oit_transfers", 0)
        return transfers + self.per_host <= self.settings.getint("CONCURRENT_REQUESTS")

    def admit(self, count: int = 1) -> Iterable[scrapy.Request]:
        """Start up to ``count`` waiting agencies (the first even when the crawl is busy, if none is in progress),
        while there is room and fewer than ``agencies_at_once`` are in progress."""
        for _ in range(count):
            if not self.waiting or len(self.active) >= self.agencies_at_once or (self.active and not self.room()):
                return
            job = self.waiting.popleft()
            agency = job["agency"]
            key = tuple(job["focus_terms"])
            if key not in self._terms:
                self._terms[key] = [Term(t) for t in key]
            crawl = AgencyCrawl(agency["id"], job["run_id"], agency["url"], Frontier(job["max_pages"]),
                                self._terms[key], job["max_depth"], job["max_text_chars"],
                                code_prefixes=tuple(job.get("code_prefixes") or ("O",)),
                                outside=OutsideBounds(self.settings.getint("OIT_OUTSIDE_PAGES", 40),
                                                      max_documents=self.settings.getint("OIT_OUTSIDE_DOCUMENTS", 60)),
                                units=UnitPages(agency.get("name_th") or ""))
            self.active[crawl.id] = crawl
            url = clean_url(agency["url"])
            crawl.seen.add(url)
            crawl.frontier.issued += 1
            yield self._request(url, crawl, depth=0, link_text="", referer="", priority=1000)
            sitemap = self._request(urljoin(url, "/sitemap.xml"), crawl, depth=0, link_text="", referer="",
                                    priority=900)
            yield sitemap.replace(callback=self.parse_sitemap, errback=self.sitemap_missing)

    def parse_sitemap(self, response):
        """Pages listed in sitemap.xml join the crawl as links from depth 0 (most sites have none)."""
        meta = response.meta
        crawl = self.active[meta["agency_id"]]
        if response.status < 400 and b"<urlset" in response.body[:2000]:
            for loc in SITEMAP_LOC.findall(response.body)[:crawl.frontier.max_pages]:
                link = {"url": clean_url(loc.decode("utf-8", "replace")), "kind": "a", "text": "", "title": "",
                        "context": ""}
                if self.own_site(crawl, link["url"], urlsplit(link["url"]).hostname or ""):  # a portal's lists others'
                    yield from self.follow(link, crawl, 0, "sitemap.xml")
        yield from self.release(meta)

    def sitemap_missing(self, failure):
        yield from self.release(failure.request.meta)

    # -- requests ---------------------------------------------------------------------------------
    def _request(self, url: str, crawl: AgencyCrawl, depth: int, link_text: str, referer: str,
                 priority: int) -> scrapy.Request:
        crawl.outstanding += 1
        crawl.own_in_flight += 1
        # not "depth": Scrapy's DepthMiddleware rewrites that from whichever response released the request
        meta = {"agency_id": crawl.id, "site_depth": depth, "link_text": link_text, "referer_url": referer,
                "outbound": False, "started": time.monotonic(), "rank": priority,
                "download_slot": f"agency:{crawl.id}",  # one politeness budget for all of its hosts
                "cookiejar": crawl.id, "dont_retry": True}  # a failure of the moment gets a second look instead
        if crawl.space:  # a site that is itself a Google Site shares that host's one polite slot with every agency
            meta.update(download_slot=f"outside:{slot_host(urlsplit(url).hostname or '')}",
                        autothrottle_dont_adjust_delay=True)
        if crawl.upgraded and url.startswith("http://") and url not in crawl.posts \
                and (urlsplit(url).hostname or "") in crawl.upgraded:  # recorded by the address the site links
            meta["page_url"], url = url, "https://" + url[len("http://"):]
        if url in crawl.posts:  # a download button: the form's POST, recorded under the address it is known by
            action, fields = crawl.posts[url]
            # Twisted retries a GET sent on a kept-alive connection the server had since closed, never a POST: a
            # browser sends the form again, and so does the crawler, until a fresh connection (at most one stale one
            # per connection kept for the site, then once more)
            tries = self.settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") + 1
            meta.update(page_url=url, max_retry_times=max(tries, self.settings.getint("RETRY_TIMES")), dont_retry=False)
            return scrapy.Request(action, method="POST", body=fields, callback=self.parse, errback=self.on_error,
                                  meta=meta, priority=priority, dont_filter=True,
                                  headers={**referer_header(referer, action),
                                           "Content-Type": "application/x-www-form-urlencoded"})
        return scrapy.Request(url, callback=self.parse, errback=self.on_error, meta=meta, priority=priority,
                              dont_filter=True, headers=referer_header(referer, url))

    def _outbound_request(self, url: str, referer: str) -> scrapy.Request:
        # no agency_id: the check serves every agency that links it, outside any one agency's time budget
        return scrapy.Request(url, callback=self.parse_outbound, errback=self.outbound_failed, dont_filter=True,
                              priority=OUTBOUND_PRIORITY, headers=referer_header(referer, url),
                              meta={"outbound": True, "check": url, "started": time.monotonic(),
                                    "dont_merge_cookies": True, "dont_retry": True})

    def _outside_request(self, url: str, referer: str, asker: str = "") -> scrapy.Request:
        # like an outbound check, for every agency that links it; one download slot per outside host for the
        # whole crawl, its delay and concurrency set in DOWNLOAD_SLOTS (crawler/settings.py) and kept fixed;
        # a script-built page (a Padlet board) is rendered within the budgets of the agency that asked first
        slot = f"outside:{slot_host(urlsplit(url).hostname or '')}"
        downloader = getattr(getattr(getattr(self, "crawler", None), "engine", None), "downloader", None)
        if isinstance(getattr(downloader, "per_slot_settings", None), dict):  # any other outside host: the same rate
            downloader.per_slot_settings.setdefault(slot, dict(self.settings.getdict("OIT_OUTSIDE_SLOT")) or
                                                    {"concurrency": self.per_host, "delay": 0.25, "jitter": 0})
        return scrapy.Request(url, callback=self.parse_outside, errback=self.outbound_failed, dont_filter=True,
                              priority=OUTBOUND_PRIORITY, headers=referer_header(referer, url),
                              meta={"outbound": True, "read": True, "check": url, "started": time.monotonic(),
                                    "render_for": asker,
                                    "dont_merge_cookies": True, "dont_retry": True,
                                    "download_slot": slot, "autothrottle_dont_adjust_delay": True})

    def own_site(self, crawl: AgencyCrawl, url: str, host: str) -> bool:
        """True for the agency's own pages: its hosts', or when its site is a Google Site, that site's only; when
        it is a folder of another agency's portal, that folder's pages and the documents its pages link; and the
        files it uploaded to its site builder's file store (crawler/outside.py: builder_file)."""
        space = outside_space(url) if crawl.space else None
        if space:
            return space == crawl.space
        return (self.own_host(crawl, host) and (in_section(url, crawl.section) or doc_kind(url) is not None)) \
            or builder_file(url)

    def own_host(self, crawl: AgencyCrawl, host: str) -> bool:
        host = registrable(host)
        return any(host == domain or host.endswith("." + domain) for domain in (crawl.domain, crawl.moved_domain)
                   if domain)

    def focus_score(self, link: dict, in_index: bool, focus: list[Term], prefixes: tuple = ("O",)) -> int:
        """How promising a link is: rows of an ITA index first, then OIT words and documents; bulk last."""
        words = " ".join((link["text"], link["title"], link["context"][:120]))
        coded = any(link_code(link, p) is not None for p in prefixes)
        score = 200 if in_index and coded else 0
        if doc_kind(link["url"]):
            score += 20
        if coded:
            score += 30
        text = Text(words + " " + unquote(urlsplit(link["url"]).path))  # Thai file names say what they hold
        if self._any_focus(focus, text) and any(text.contains(term) for term in focus):
            score += 50
        elif HUB_WORDS.search(words):
            score += HUB_SCORE
        elif BULK_WORDS.search(words):
            score -= 30
        return score

    def _any_focus(self, focus: list[Term], text: Text) -> bool:
        """Whether any focus term occurs at all (spaces aside): one search instead of a whole-word test per
        term for the many links that name none of them. Every term that :meth:`Text.contains` finds is found."""
        key = id(focus)
        if key not in self._focus_any:
            self._focus_any[key] = re.compile("|".join(re.escape(t.squashed) for t in focus if t.squashed) or "(?!)")
        return self._focus_any[key].search(text.norm.replace(" ", "")) is not None

    def follow(self, link: dict, crawl: AgencyCrawl, depth: int, referer: str, bonus: int = 0, in_index: bool = False,
               found_on: int | None = None):
        """Queue an own-site link in the agency's frontier; an outbound one is read (an outside publishing space,
        within bounds) or gets its one check (once per run). ``found_on``: the hops of the outside page the link
        is on (crawler/outside.py: OutsideBounds)."""
        url = canonical(unwrap(link["url"])) if link["url"] else ""
        if not url or link["kind"] not in {"a", "iframe"} or url in crawl.seen or len(url) > MAX_URL_CHARS:
            return
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"}:
            return
        if link.get("submit"):  # a postback or a filter a person sends to move around: never one that writes,
            # and a bounded number per agency; one not sent stays a link never opened (unread, not absent)
            if link.get("refused") or not self.own_site(crawl, url, parts.hostname or "") \
                    or crawl.submitted >= self.settings.getint("OIT_FORM_SUBMITS", MAX_SUBMITS):
                return
            crawl.submitted += 1
            crawl.posts[url] = (link["action"], link["post"])
            if link["submit"] == "filter":
                crawl.filters.add(url)
        elif link.get("post"):  # a download button is pressed only on the agency's own OIT pages, a few per agency
            # (or past a terms box: the download page of one document, reached from wherever it is linked)
            coded = any(link_code(link, prefix) is not None for prefix in crawl.code_prefixes)
            if not (in_index or coded or link.get("terms")) or not self.own_site(crawl, url, parts.hostname or "") \
                    or len(crawl.posts) >= MAX_POSTS:
                return
            crawl.posts[url] = (link["action"], link["post"])
        if not self.own_site(crawl, url, parts.hostname or ""):
            crawl.seen.add(url)
            yield from self.follow_outside(url, crawl, depth, link["text"], referer, found_on, in_index)
            return
        if crawl.cut.get(url, depth + 1) <= depth:  # already cut from a page no deeper than this one
            return
        score = self.focus_score(link, in_index, crawl.focus, crawl.code_prefixes)
        # a menu may file the OIT index five clicks down: a link that names OIT material is followed a few levels
        # past the depth bound (the page budget still bounds it), as an assessor follows it. A link cut here is not
        # seen: found again nearer the home page, it is followed (rules/coverage.py counts those never opened)
        if depth < crawl.max_depth or (score >= NAMED_SCORE and depth < crawl.max_depth + NAMED_EXTRA_DEPTH):
            crawl.seen.add(url)
            crawl.frontier.offer(url, depth + 1, link["text"], referer, score + bonus - depth)
        else:
            crawl.cut[url] = depth

    def follow_outside(self, url: str, crawl: AgencyCrawl, depth: int, link_text: str, referer: str,
                       found_on: int | None, in_index: bool = False):
        """An outside link: read when it is a publishing space the agency links, within its bounds; else its
        one check — a readable page left beyond the bounds is recorded as ``outside_not_read``, from the one
        fetch of it made for every agency. ``in_index``: the link is a row of the agency's own OIT index."""
        # its unit's page on a provincial system, or a document its index links on another government's host
        if crawl.units.claims(url, link_text, found_on) or (in_index and crawl.units.claims_document(url, found_on)):
            verdict, hops = crawl.units.admit(url, found_on)
        else:
            verdict, hops = crawl.outside.admit(url, found_on)
        if verdict == "read":
            yield from self.read_outside(url, crawl, depth + 1, link_text, referer, hops)
        elif crawl.outbound < MAX_OUTBOUND:
            crawl.outbound += 1
            if verdict == "beyond":
                yield from self.read_outside(url, crawl, depth + 1, link_text, referer, None)
            else:
                yield from self.check_outbound(url, crawl, depth + 1, link_text, referer)

    def read_outside(self, url: str, crawl: AgencyCrawl, depth: int, link_text: str, referer: str,
                     hops: int | None):
        """The agency's copy of an outside page read once per run for every agency that links it (``hops``
        None: left beyond the agency's bounds, recorded as a check that was not read)."""
        waiter = {"agency_id": crawl.id, "site_depth": depth, "link_text": link_text, "referer_url": referer,
                  "outbound": True}
        waiter.update({"unread": "outside_not_read"} if hops is None else {"outside_hops": hops})
        answer = self.outside_reads.cached(url)
        if answer is not None:
            yield from self.serve_outside(waiter, *answer)
            return
        crawl.outstanding += 1
        if self.outside_reads.want(url, waiter) == "start":
            yield self._outside_request(url, referer, crawl.id)

    def check_outbound(self, url: str, crawl: AgencyCrawl, depth: int, link_text: str, referer: str,
                       folder: tuple[str, int] = ("", 0)):
        """The agency's record of an outbound link: at once when this run already checked it, else when the
        one check made for every agency that links it answers. ``folder``: the shared folder the agency linked
        that the link was found under, and how many folders deep ("", 0: found on a page)."""
        waiter = {"agency_id": crawl.id, "site_depth": depth, "link_text": link_text, "referer_url": referer,
                  "outbound": True, "folder": folder, "asked": url}
        if folder == ("", 0) and folder_id(url):
            crawl.roots.append(waiter)  # its entries are opened in the order folders are linked (open_entries)
        answer = self.outbound.cached(url)
        if answer is None and folder[0] and not folder_id(url) and \
                (cache := shared_cache(self.settings.get("OIT_CACHE_DB"))) is not None and \
                (known := cache.folder_file(url, link_text)) is not None:
            answer = (url, dict(known, elapsed_ms=0))  # a file its folder still lists so: last answer (crawler/cache.py)
        if answer is not None:
            yield from self.checked(crawl, waiter, *answer)
            return
        crawl.outstanding += 1
        if self.outbound.want(url, waiter, first=bool(folder[0])) == "start":
            yield self._outbound_request(url, referer)

    # -- responses --------------------------------------------------------------------------------
    def record(self, crawl: AgencyCrawl, meta: dict, url: str, **fields) -> dict:
        fields.setdefault("elapsed_ms", int((time.monotonic() - meta.get("started", time.monotonic())) * 1000))
        if meta.get("unread"):  # this agency's reason the page was not read (a login wall, said by the answer, wins)
            fields.setdefault("unread", meta["unread"])
        checked = meta["outbound"] and "outside_hops" not in meta  # a check; outside pages read keep their kind
        return {"run_id": crawl.run_id, "agency_id": crawl.id, "url": url, "depth": meta["site_depth"],
                "link_text": meta["link_text"][:200], "referer": meta["referer_url"],
                "kind": "external" if checked else fields.pop("kind", "other"),
                "fetched_at": datetime.now(timezone.utc).isoformat(timespec="seconds"), **fields}

    async def parse(self, response):
        # requests go straight to the engine, as Scrapy's scraper would hand them on (the spider middlewares
        # that would see them are off, crawler/settings.py): a page's dozen links do not each travel Scrapy's
        # chain of async generators and queues; only the page's records do
        schedule = self.crawler.engine.crawl
        if self.worth_a_second_look(response):  # a server error or "too many requests" at this moment
            if await self.come_back_later(response):  # the server said when: asked again then, as a person would
                return
            for request in self.look_again(response.request, self.active[response.meta["agency_id"]], waited=False):
                schedule(request)
            return
        recorded = False
        try:
            async for result in self.read(response):
                if isinstance(result, scrapy.Request):
                    schedule(result)
                else:
                    recorded = True
                    yield result
        except BaseException as exc:  # a bug on one page must never stall its agency: the frontier still moves on
            if not page_fault(exc):
                raise
            self.logger.error("could not read %s", response.url, exc_info=exc)
            if not recorded:  # what could not be read is recorded so: never judged as an empty page
                yield self.unread_after_fault(response, exc)
        for result in self.release(response.meta):
            if isinstance(result, scrapy.Request):
                schedule(result)
            else:
                yield result

    def unread_after_fault(self, response, exc: BaseException) -> dict:
        """The record of a page whose reading failed on a bug: fetched, not read (``unread = other``)."""
        crawl, meta = self.active[response.meta["agency_id"]], response.meta
        try:
            fields = self.answer(response)
        except Exception:  # noqa: BLE001 - the answer itself is what failed: its status is all we know
            fields = {"status": response.status}
        fields.update(unread_fault(exc))
        return self.finish(self.record(crawl, meta, asked_for(response), **fields))

    def answer(self, response) -> dict:
        """What any fetch tells, whoever asked: status, type, size, digest, HTTP error, certificate problem."""
        ctype = response.headers.get("Content-Type", b"").decode("latin-1")
        fields = {"final_url": clean_url(response.url), "status": response.status, "content_type": ctype,
                  "size": len(response.body), "content_hash": hashlib.sha256(response.body).hexdigest()}
        if proxy_says_no_such_host(response):
            fields["error"], fields["error_detail"] = "dns", f"HTTP {response.status} from the proxy: unknown host"
        elif (refusal := storage_refusal(response.status, response.body)):  # S3's AccessDenied: what everyone sees
            fields["error"], fields["error_detail"] = "storage_refused", f"HTTP {response.status}: {refusal} (the storage's answer)"
        elif response.status >= 400:
            fields["error"] = f"http_{response.status // 100}xx"
            fields["error_detail"] = f"HTTP {response.status}"
        tls = self.tls_problem(response)
        if tls:
            fields["tls_problem"] = tls
        headers = {name: (response.headers.get(name) or b"").decode("latin-1") for name in CHALLENGE_HEADERS}
        if (wall := firewall_of(response.status, headers, response.body)):  # a browser gets the page; we did not
            fields["unread"], fields["error_detail"] = "firewall", f"HTTP {response.status}: {wall}"
        elif (check := self.bot_check(response)):  # a browser passes it by itself; the crawl could not
            fields["unread"], fields["error_detail"] = "bot_check", f"HTTP {response.status}: a bot check ({check})"
        elif self.consent_of(response):  # a consent form in the page's place, still there after accepting it once
            fields["unread"] = "consent_wall"
            fields["error_detail"] = f"HTTP {response.status}: a cookie/PDPA consent form in the page's place"
        elif response.request.method == "POST" and response.status >= 500 and FORM_REFUSED.search(response.body[:20_000]):
            fields["unread"] = "form_refused"  # the server took the form we sent for a forgery: a person's click works
        elif response.status == 429:  # the site's word on our pace, not on the page
            fields["unread"] = "rate_limited"
        elif response.status == 503 and response.headers.get("Retry-After"):  # "busy, come back then" (however
            fields["unread"] = "busy"                                          # late): the server's state, not the page's
        return fields

    @staticmethod
    def bot_check(response) -> str:
        """The sign that this answer is a bot check in the page's place, not a firewall known by name
        (crawler/challenge.py), or ""."""
        headers = {name: (response.headers.get(name) or b"").decode("latin-1")
                   for name in (*CHALLENGE_HEADERS, "content-type", "set-cookie")}
        if firewall_of(response.status, headers, response.body):
            return ""
        return challenge_of(response.status, headers, response.body, response.url)

    @staticmethod
    def consent_of(response) -> Consent | None:
        """The acceptance a consent wall in this answer's place asks for (crawler/gates.py), or None."""
        if response.status != 200 or not isinstance(response, scrapy.http.HtmlResponse):
            return None
        return consent_wall(response.body, response.url)

    async def give_consent(self, wall: Consent, crawl: AgencyCrawl, referer: str) -> bool:
        """Press a consent wall's accept once for the agency, as a person does: the form's request sent in the
        agency's cookie jar, which keeps the cookie its answer sets for the rest of the site. True when it answered."""
        meta = {"agency_id": crawl.id, "cookiejar": crawl.id, "download_slot": f"agency:{crawl.id}",
                "dont_retry": True, "handle_httpstatus_all": True, "consent_asked": True}
        body = urlencode(wall.fields)
        if wall.method == "COOKIE":  # the button's script sets the cookie: the jar takes it from this request
            request = scrapy.Request(wall.action, cookies=dict(wall.fields), meta=meta, dont_filter=True,
                                     headers=referer_header(referer, wall.action))
        elif wall.method == "POST":
            request = scrapy.Request(wall.action, method="POST", body=body, meta=meta, dont_filter=True,
                                     headers={**referer_header(referer, wall.action),
                                              "Content-Type": "application/x-www-form-urlencoded"})
        else:
            address = wall.action + (("&" if "?" in wall.action else "?") + body if body else "")
            request = scrapy.Request(address, meta=meta, dont_filter=True, headers=referer_header(referer, address))
        got = await self.crawler.engine.download_async(request)
        return got.status < 400

    async def past_the_consent(self, response, crawl: AgencyCrawl, wall: Consent):
        """The page behind a consent wall, as a reader gets it: the wall's accept pressed once for the agency (answers
        meeting the wall meanwhile wait for that press), then the page asked again with the cookie it left. A wall
        that still stands (after ``MAX_CONSENTS`` presses), or a press that failed, leaves the answer as it came
        (unread: ``consent_wall``)."""
        if not self.own_host(crawl, urlsplit(wall.action).hostname or ""):
            return response  # a consent sent to another host (a vendor's) is not the site's own wall to press
        try:
            while True:
                pressing = crawl.consent
                if pressing is None:
                    if crawl.consents >= MAX_CONSENTS:
                        return response
                    crawl.consents += 1
                    pressing = crawl.consent = asyncio.ensure_future(
                        self.give_consent(wall, crawl, clean_url(response.url)))
                if not await asyncio.shield(pressing):
                    return response
                request = response.request
                again = scrapy.Request(request.url, method=request.method, body=request.body, dont_filter=True,
                                       headers={k: v for k, v in request.headers.items() if k.lower() != b"cookie"},
                                       meta={**response.meta, "consent_asked": True})
                got = await self.crawler.engine.download_async(again)
                if not self.consent_of(got):
                    return got
                response = got
                if crawl.consent is pressing:  # its cookie no longer passes: pressed once more
                    crawl.consent = None
        except Exception as exc:  # noqa: BLE001 - refused or failed: the answer as it came, unread
            self.logger.info("could not get past the consent wall of %s: %s: %s", response.url, type(exc).__name__, exc)
            return response

    async def past_the_check(self, response, crawl: AgencyCrawl):
        """The page behind a bot check, as a reader's browser gets it: the check run once in the browser for the
        agency (crawler/render.py: ``pass_check``; answers that meet the check meanwhile wait for that pass), then
        the page asked again with the cookies it left, which the agency's jar keeps for the rest of the site. A
        check that still stands after ``MAX_CHECK_PASSES`` passes, or that the browser could not pass, leaves the
        answer as it came (unread: ``bot_check``). Every request it makes goes through the agency's slot."""
        renderer = getattr(self.crawler, "oit_renderer", None)
        if renderer is None:
            return response
        own = lambda host: self.own_host(crawl, host)  # noqa: E731
        try:
            while True:
                passing = crawl.check_pass
                if passing is None:
                    if crawl.check_passes >= MAX_CHECK_PASSES:
                        return response
                    crawl.check_passes += 1
                    passing = crawl.check_pass = asyncio.ensure_future(renderer.pass_check(response, crawl.id, own))
                cookies = await asyncio.shield(passing)
                if not cookies:
                    return response
                request = response.request
                again = scrapy.Request(request.url, method=request.method, body=request.body, dont_filter=True,
                                       headers={k: v for k, v in request.headers.items() if k.lower() != b"cookie"},
                                       cookies=cookies, meta={**response.meta, "check_asked": True})
                got = await self.crawler.engine.download_async(again)
                if not self.bot_check(got):
                    return got
                response = got
                if crawl.check_pass is passing:  # its cookie no longer passes (expired, the check rotated): once more
                    crawl.check_pass = None
        except Exception as exc:  # noqa: BLE001 - refused or failed: the answer as it came, unread
            self.logger.info("could not get past the bot check of %s: %s: %s", response.url, type(exc).__name__, exc)
            return response

    def outside_second_look(self, response) -> list | None:
        """A government host's server error or "too many requests" on an outside check's or page's first look (a
        provincial office's server busy for a moment at night): asked once more, late, for the first agency waiting
        for it (outbound_failed does so for a timeout), as a person clicks again; the requests to send now (the look
        may wait its turn), None when the answer stands. A platform's 5xx (Google throttling a crawler) is its word
        on crawlers, not of the moment: asking again sooner makes it no likelier."""
        meta = response.meta
        host = (urlsplit(response.url).hostname or "").lower()
        if not host.endswith(GOVERNMENT_SUFFIXES) or not self.worth_a_second_look(response):
            return None
        waiter = (self.outside_reads if meta.get("read") else self.outbound).first_waiter(meta["check"])
        crawl = self.active.get(waiter["agency_id"])
        return None if crawl is None else list(self.look_again(response.request, crawl, waited=False))

    async def come_back_later(self, response) -> bool:
        """A 503 or 429 that said when to come back (Retry-After, within bounds, up to BUSY_LOOKS looks): the same
        request is sent again after that wait, as a person tries a busy server again, and True; else False. An
        outside host's check or page waits the same way (its slot on that host held meanwhile: one pace per host)."""
        wait = retry_after(response)
        if wait is None or response.meta.get("busy_looks", 0) >= BUSY_LOOKS:
            return False
        from twisted.internet import reactor  # the one Scrapy installed (importing it earlier would install one)
        await maybe_deferred_to_future(deferLater(reactor, wait, lambda: None))
        self.crawler.engine.crawl(self.second_request(response.request, busy=True))
        return True

    @staticmethod
    def shown_outside(response, fields: dict) -> Extracted | None:
        """An outside page a government server sends in full under 404/410/500 (a provincial office's CMS routing
        its pretty addresses through ``ErrorDocument 404``): what a browser shows, so not a failure
        (crawler/soft404.py); its text kept, as a person reads it there. None for any other answer, whose failure
        stands: a platform's 404 (Blogger, Facebook: a deleted post in the platform's full template) is its word
        that the page is gone, and a document's address answered by a page (a CMS's home as its "not found") too."""
        host = (urlsplit(response.url).hostname or "").lower()
        if response.status < 400 or not isinstance(response, scrapy.http.HtmlResponse) or fields.get("unread") or \
                not host.endswith(GOVERNMENT_SUFFIXES) or doc_kind(response.url) or \
                not may_be_shown(response.status, fields["content_type"], fields["size"]):
            return None
        got = parse_html(response.text, response.url)
        if not shown_in_full(got):
            return None
        fields.update(error="", error_detail=f"HTTP {response.status}: the page sent in full")
        return got

    async def not_this_answer(self, response) -> list | None:
        """The requests to send instead of judging an outside answer (a busy host asked again after its wait, a
        government host's second look), or None when the answer stands."""
        if await self.come_back_later(response):
            return []
        return self.outside_second_look(response)

    async def parse_outbound(self, response):
        if (again := await self.not_this_answer(response)) is not None:
            for request in again:
                yield request
            return
        requested = clean_url(response.meta.get("redirect_urls", [response.url])[0])
        try:
            fields = self.outbound_fields(response, requested)
        except Exception:  # a bug reading one answer must never stall the agencies (and the host queue) waiting for it
            self.logger.exception("could not read the check of %s", response.url)
            fields = {"unread": "other", "kind": "external", "status": response.status,
                      "elapsed_ms": int((time.monotonic() - response.meta["started"]) * 1000)}
        for result in self.outbound_answered(response.meta, requested, fields):
            yield result

    def outbound_fields(self, response, requested: str) -> dict:
        """What one outbound check answered: status, title, a shared folder's listing, a login wall."""
        fields = self.answer(response)
        if (shown := self.shown_outside(response, fields)) is not None:
            fields["text"] = shown.text[:MAX_CHECK_TEXT]
        if isinstance(response, scrapy.http.HtmlResponse):
            fields["title"] = (response.css("title::text").get() or "").strip()[:500]
            if FILE_SHARE_HOSTS.search(urlsplit(response.url).hostname or ""):
                fields["text"] = share_listing(response.text)  # a shared folder's entries, read from this one answer
                if (entries := folder_entries(response.url, response.text)):  # and opened (open_entries)
                    fields["links"] = entries
                    names = listing_names([e for e in entries if e["text"] not in fields["text"]])
                    fields["text"] = f"{fields['text']}\n{names}".strip()  # a listing built by script: its data
            if response.status < 400 and (file := share_file(response.url) or share_file(requested)):  # its file
                fields["links"] = [{"url": file, "kind": "a", "text": fields["title"], "title": "", "context": ""}]
        fields["elapsed_ms"] = int((time.monotonic() - response.meta["started"]) * 1000)
        if is_login_wall(requested, response.url, response.body):
            fields["unread"] = "login_required"
        return fields

    def outbound_failed(self, failure):
        kind, detail = error_kind(failure)
        meta = failure.request.meta
        if kind in MOMENTARY and not meta.get("late_try"):  # every agency waiting for it waits for the second look
            checks = self.outside_reads if meta.get("read") else self.outbound
            crawl = self.active.get(checks.first_waiter(meta["check"])["agency_id"])
            if crawl is not None:
                yield from self.look_again(failure.request, crawl, waited=kind == "timeout")
                return
        fields = {"error": kind, "error_detail": detail[:500], "kind": "error",
                  "elapsed_ms": int((time.monotonic() - meta["started"]) * 1000)}
        if meta.get("read"):
            fields["outside"] = 1
        yield from self.outbound_answered(meta, clean_url(failure.request.url), fields)

    def outbound_answered(self, meta: dict, record_url: str, fields: dict):
        """One check (or outside page read) answered: a record for every agency that waits for it, and its
        host's next ones."""
        reading = meta.get("read", False)
        checks = self.outside_reads if reading else self.outbound
        waiting, following = checks.answered(meta["check"], (record_url, fields))
        if not reading and (listed := self.listed_file(waiting, record_url, fields)):
            cache = shared_cache(self.settings.get("OIT_CACHE_DB"))
            if cache is not None:
                cache.keep_folder_file(record_url, listed, fields)
        for next_url in following:  # sent with the Referer of the first agency's page that linked it
            first = checks.first_waiter(next_url)  # and, read, rendered within that agency's budgets
            yield (self._outside_request(next_url, first.get("referer_url", ""), first.get("agency_id", "")) if reading
                   else self._outbound_request(next_url, first.get("referer_url", "")))
        for waiter in waiting:
            try:
                if reading:
                    yield from self.serve_outside(waiter, record_url, fields)
                else:
                    yield from self.checked(self.active[waiter["agency_id"]], waiter, record_url, fields)
            except Exception:  # one agency's bug must not keep the others, or this agency, waiting for ever
                self.logger.exception("could not record %s for agency %s", record_url, waiter["agency_id"])
            yield from self.release(waiter)

    @staticmethod
    def listed_file(waiting: list[dict], record_url: str, fields: dict) -> str:
        """The name a shared folder lists a file under, when this answer to its check may serve the next nights
        (crawler/cache.py): a file (not a folder) found in a folder that answered plainly; "" otherwise."""
        if fields.get("error") or fields.get("unread") or (fields.get("status") or 0) >= 400 or folder_id(record_url):
            return ""
        return next((w["link_text"] for w in waiting if (w.get("folder") or ("", 0))[0]), "")

    def checked(self, crawl: AgencyCrawl, waiter: dict, record_url: str, fields: dict):
        """An agency's record of a check, then where it leads a person on: a redirect's landing, a folder's files."""
        yield self.finish(self.record(crawl, waiter, record_url, **fields))
        yield from self.follow_landing(crawl, waiter, record_url, fields)
        yield from self.open_shared_file(crawl, waiter, fields)  # before a folder's entries: read, not checked
        yield from self.open_entries(crawl, waiter, record_url, fields)

    def open_shared_file(self, crawl: AgencyCrawl, waiter: dict, fields: dict):
        """A cloud share's preview page is drawn by script; a person reads the file in it. The file is read at the
        address its host serves it (crawler/outside.py: share_file) as an outside page, within the agency's outside
        bounds and the host's one polite slot; the check's record links it (rules/engine.py: _folder_files)."""
        if fields.get("error") or fields.get("unread"):
            return
        for link in fields.get("links") or []:
            if shared_file_itself(link.get("url") or ""):
                yield from self.follow(dict(link, text=waiter["link_text"]), crawl, waiter["site_depth"] - 1,
                                       waiter["referer_url"], bonus=200)

    def follow_landing(self, crawl: AgencyCrawl, waiter: dict, record_url: str, fields: dict):
        """Where a person lands from an outside link that redirected (a URL shortener: bit.ly, s.id, tinyurl …;
        its target wrapped in a document viewer): the shortener is a redirect host, not the evidence. A landing on
        the agency's own site joins its frontier, one in an outside publishing space is read within bounds; any
        other landing keeps the check already made (crawler/outside.py)."""
        final = fields.get("final_url") or ""
        if not final or final == record_url or fields.get("error") or fields.get("unread"):
            return
        final = viewer_target(final) or unwrap(final)
        parts = urlsplit(final)
        if not (self.own_site(crawl, final, parts.hostname or "") or outside_space(final)):
            return
        link = {"url": final, "kind": "a", "text": waiter["link_text"], "title": "", "context": ""}
        # at the check's own depth, ranked as the index row it came from
        yield from self.follow(link, crawl, waiter["site_depth"] - 1, waiter["referer_url"], bonus=200)

    @staticmethod
    def _home(response) -> bool:
        """Whether a response is the agency's home page (depth 0), where an assessor looks for the EIT survey's QR."""
        try:
            return response.meta.get("site_depth") == 0
        except AttributeError:  # a response made without a request (a test's): no home page
            return False

    async def extract(self, response, fields: dict, max_text_chars: int, read_images: bool,
                      crawl: AgencyCrawl | None = None, render_for: str | None = None):
        """Read a fetched page or document into ``fields`` (kind, title, text, links, ...); returns what was read.

        A page built by scripts is read from a browser's render, or recorded unread (crawler/render.py): an own
        page within its agency's budgets; an outside page read (a Padlet board drawn from its own host's JSON)
        within those of ``render_for``, the agency that asked for it first, its data only from its own host."""
        ctype = response.headers.get("Content-Type", b"").decode("latin-1")
        got, known = await read_page(shared_pool(self.settings.getdict("OIT_LIMITS")),
                                     shared_cache(self.settings.get("OIT_CACHE_DB")), response, ctype,
                                     fields["content_hash"], read_images=read_images)
        if crawl is not None and got.shell:   # a flipbook's pages are pictures: its words are in its search file
            got = await self.flipbook(response, got, crawl)
        if crawl is not None and got.kind == "html" and isinstance(response, scrapy.http.TextResponse) \
                and includes.marked(response.body[:SCAN_BYTES]):
            got = await self.included(response, got, crawl)  # parts the page pulls in from its own files on load
        if got.kind == "html" and isinstance(response, scrapy.http.TextResponse) and response.body:
            got = await self.charts(response, got, crawl)  # statistics drawn as charts and dashboards
        if crawl is not None and got.kind == "html" and not got.shell and isinstance(response, scrapy.http.TextResponse) \
                and response.body and (got.pictures or any(link.get("picture") for link in got.links)
                                       or (qr.available() and pictures.qr_pictures(got, self._home(response)))):
            # a button's, an image map's or a heading's words are in its picture: read as a person reads them; a QR
            # code in a picture is scanned as a person with a phone does (crawler/qr.py)
            try:
                got, read = await pictures.read_pictures(self.crawler, response, got, crawl.id, crawl.pictures_read,
                                                         lambda host: self.own_host(crawl, host), crawl.pictures,
                                                         home=self._home(response))
                crawl.pictures_read += read
            except Exception:  # noqa: BLE001 - a bug reading pictures costs their words, never the page
                self.logger.exception("could not read the pictures of %s", response.url)
                got.cut = got.cut or pictures.UNREAD
        elif crawl is None and got.kind == "html" and pictures.holes(got):
            # an outside page read as the agency's (a Google Site): its pictures are on hosts the agency's bounds do
            # not reach; what a button to a document says was not read
            got.cut = got.cut or pictures.UNREAD
        if crawl is not None:
            got, marks = await reread(self.crawler, response, got, crawl.id, lambda host: self.own_host(crawl, host))
        elif render_for and render_for in self.active:
            got, marks = await reread(self.crawler, response, got, render_for, lambda host: False)
        else:
            marks = {"unread": SCRIPT_SHELL} if got.shell else {}
        fields.update(known, kind=got.kind, title=got.title[:500], text=got.text[:max_text_chars], links=got.links,
                      forms=got.forms, image_only=int(got.image_only), encoding=got.encoding,
                      ocr_pages=got.ocr_pages, extract_ms=got.cpu_ms, **marks)
        if len(got.links) >= self.settings.getdict("OIT_LIMITS").get("max_links", 1000):
            fields["links_cut"] = 1  # its links reached the bound: read in part (rules/coverage.py)
        if len(got.text) >= max_text_chars:
            fields["text_cut"] = 1  # so did its text: what lies past the cut was not read
        if got.cut and not got.unread:  # a document read up to a bound (its rows, scans or pages): read in part
            fields["part_unread"] = got.cut
        if got.note:
            fields["error_detail"] = got.note
        if got.unread:  # a document nothing here could read: not judged as empty (crawler/legacy_text.py)
            fields["unread"] = got.unread
        if (gone := soft_not_found(got)):  # HTTP 200 and a bare "ไม่พบไฟล์": the link leads nowhere (crawler/soft404.py)
            fields.update(error=SOFT_404, error_detail=f"HTTP 200: {gone}"[:500])
        return got

    async def charts(self, response, got: Extracted, crawl: AgencyCrawl | None) -> Extracted:
        """Statistics drawn as charts and dashboards (crawler/charts.py): a chart's config in the page's script and
        the data files on the agency's own host it fetches (a few a page, within the agency's politeness) are read
        as a person reads the chart; a hosted dashboard, or a chart whose data could not be read, leaves the page
        read in part (``drawn``). A page that was a script shell only for its charts is read as the page it is. An
        outside page read as the agency's (``crawl`` None: a Google Site framing a Looker Studio report) fetches
        nothing: its charts' data files stay unread."""
        body = response.body[:SCAN_BYTES]
        frames = [link for link in got.links if link.get("kind") == "iframe" and dashboard_frame(link.get("url") or "")]
        scripts = charts.chart_scripts(body)
        if not frames and not scripts:
            return got
        words, drawn, fetched = [], bool(frames), 0
        for code in scripts:
            urls = charts.script_urls(code, response.url)
            read = charts.has_data(code)
            if read:
                words.append(charts.config_words(code))
            for url in urls:
                if crawl is None or not self.own_host(crawl, urlsplit(url).hostname or "") or fetched >= charts.MAX_DATA:
                    drawn = True  # data from another host, or past the bound: not fetched
                    continue
                fetched += 1
                answer = await self.side_fetch(url, crawl, "chart data")
                if answer is None:  # refused or failed: the chart's data stays unread
                    drawn = True
                    continue
                if answer.status == 200:
                    words.append(charts.data_words(answer.body))
                    read = True
                elif answer.status in (404, 410):
                    read = True  # the data file is gone: the chart draws nothing, and that is what a person sees
                else:
                    drawn = True
            drawn = drawn or not read
        shell = got.shell
        if shell and scripts:  # scripted only for its charts: the rest of it is what it shows (the charts' part: drawn)
            shell = shell_reason(charts.without_charts(body), got)
        text = " ".join([got.text, *filter(None, words)]).strip()
        return replace(got, text=text, shell=shell, cut=got.cut or (charts.DRAWN if drawn else ""), cacheable=False)

    async def side_fetch(self, url: str, crawl: AgencyCrawl, what: str):
        """A file of the agency's own host a page's scripts would fetch (a chart's data, an included part), fetched
        as the page's own request: in the agency's slot and cookie jar, robots.txt and the guards holding, any
        status handed back; None when it was refused or failed."""
        fetch = scrapy.Request(url, dont_filter=True, meta={
            "agency_id": crawl.id, "outbound": False, "dont_cache": True, "download_slot": f"agency:{crawl.id}",
            "cookiejar": crawl.id, "handle_httpstatus_all": True})
        try:
            return await self.crawler.engine.download_async(fetch)
        except Exception as exc:  # noqa: BLE001 - refused (robots, the guard, a budget) or failed
            self.logger.debug("%s %s not fetched: %s", what, url, exc)
            return None

    async def included(self, response, got: Extracted, crawl: AgencyCrawl) -> Extracted:
        """A page whose parts are pulled in from its own files on load (crawler/includes.py): each file named
        plainly on the agency's own host fetched within its politeness and written where the browser writes it, and
        the page read as composed; a file that did not come leaves its area empty and the page read in part
        (``include_unread``). Includes of other hosts, or built by a script, leave the page as it was (a shell in
        part, rendered or unread)."""
        html, answers = response.text, {}
        for _ in range(includes.ROUNDS):
            wanted = [i.url for i in includes.find(includes.compose(html, response.url, answers), response.url)
                      if i.url not in answers and self.own_host(crawl, urlsplit(i.url).hostname or "")]
            for url in wanted[:includes.MAX_INCLUDES - len(answers)]:
                answers[url] = await self.include_file(url, crawl)
            if not wanted or len(answers) >= includes.MAX_INCLUDES:
                break
        if not answers:
            return got
        composed = includes.compose(html, response.url, answers)
        limits = Limits.from_settings(self.settings.getdict("OIT_LIMITS"))
        read = extract_html_safely(response.url, composed.encode("utf-8"), "text/html; charset=utf-8", "utf-8", None,
                                   limits)
        if read.note:  # the composed page could not be read: the page as served stands
            return got
        failed = sorted(url for url, answer in answers.items() if answer is None)
        note = f"includes: {len(failed)} of {len(answers)} files not read: {', '.join(failed)}"[:500] if failed else ""
        return replace(read, kind=got.kind, title=got.title or read.title, cacheable=False, note=got.note or note,
                       cut=got.cut or (includes.INCLUDE_UNREAD if failed else ""))

    async def include_file(self, url: str, crawl: AgencyCrawl) -> str | None:
        """The text of an included file of the agency's own host, or None when it did not come (any answer but
        200, a refused or failed request): the browser's XHR writes nothing then."""
        key = (crawl.id, url)
        if key in self._includes:
            return self._includes[key]
        answer = await self.side_fetch(url, crawl, "include")  # refused or failed: the include's area stays empty
        text = answer.text if answer is not None and answer.status == 200 and \
            isinstance(answer, scrapy.http.TextResponse) else None
        if text is None or len(text) <= INCLUDE_KEPT_CHARS:  # a template's header, not a big file, kept for the run
            if len(self._includes) >= INCLUDES_KEPT:
                self._includes.pop(next(iter(self._includes)))
            self._includes[key] = text
        return text

    async def flipbook(self, response, got: Extracted, crawl: AgencyCrawl) -> Extracted:
        """A FlipBuilder/FlipHTML5 book on the agency's own host read from its search file (crawler/flipbook.py):
        its pages' words, fetched within the agency's politeness; the shell unchanged when there is none."""
        url = flipbook.text_url(response.body, response.url)
        if not url or not self.own_host(crawl, urlsplit(url).hostname or ""):
            return got
        fetch = scrapy.Request(url, dont_filter=True, meta={
            "agency_id": crawl.id, "outbound": False, "dont_cache": True, "download_slot": f"agency:{crawl.id}",
            "cookiejar": crawl.id})
        try:
            answer = await self.crawler.engine.download_async(fetch)
        except Exception as exc:  # noqa: BLE001 - refused or failed: the book stays a shell, rendered or unread
            self.logger.debug("flipbook text %s not fetched: %s", url, exc)
            return got
        pages = flipbook.page_texts(answer.body) if answer.status == 200 else []
        if not any(page.strip() for page in pages):
            return got
        return replace(got, text=" ".join(page.strip() for page in pages), shell="", cacheable=False,
                       note=f"flipbook: {len(pages)} pages read from {url}")

    async def read(self, response):
        """The page's record, then its links queued."""
        crawl = self.active[response.meta["agency_id"]]
        if not response.meta.get("consent_asked") and (wall := self.consent_of(response)):  # "ยอมรับ", pressed once
            response = await self.past_the_consent(response, crawl, wall)
        if not response.meta.get("check_asked") and self.bot_check(response):  # as a reader's browser passes it
            response = await self.past_the_check(response, crawl)
        meta = response.meta
        request_url = asked_for(response)
        fields = self.answer(response)
        if (first := meta.get("upgraded_from")) and OTHER_NAME in (fields.get("tls_problem") or ""):
            # https answered for another name (a shared host's default site): not this site, the http failure stands
            crawl.upgraded.discard(urlsplit(response.url).hostname or "")
            yield self.finish(self.record(crawl, meta, request_url, error=first["kind"], kind="error",
                                          error_detail=f"{first['detail']}; https: {fields['tls_problem']}"[:500]))
            return
        fields.update(no_answer(response))  # a body-less 304 nobody asked for is not an empty page (crawler/cache.py)
        links = []
        shown = may_be_shown(response.status, fields["content_type"], fields["size"])  # a 404/500 sent in full
        if (response.status < 400 or shown) and not fields.get("unread"):
            answered = dict(fields)
            # a picture is read by OCR only when its link named OIT material (not every gallery photo)
            got = await self.extract(response, fields, crawl.max_text_chars, read_images=meta.get("rank", 0) > 0,
                                     crawl=crawl)
            if fields.get("unread") == "bot_check" and not meta.get("check_asked"):  # rendered, it set a cookie and
                passed = await self.past_the_check(response, crawl)                 # came back: a check, passed once
                if passed is not response:
                    async for result in self.read(passed):
                        yield result
                    return
            links = got.links
            if fields.get("error") == SOFT_404 and request_url in crawl.filters:
                fields.update(error=None, error_detail=None)  # a choice that matched nothing: a list, not a dead link
            if response.status >= 400 and shown_in_full(got):  # a browser shows it: read as the page it is
                fields.update(error="", error_detail=f"HTTP {response.status}: the page sent in full")
            elif response.status >= 400:  # the site's own "not found", a server's error page: the failure stands
                fields, links = answered, []
            if meta["site_depth"] == 0:  # the header and footer repeat on every page: keep the home page's
                fields["furniture"] = got.furniture
        if meta["site_depth"] == 0 and not self.home_moved(crawl, response.url, fields):
            links = []  # the registry URL led off to a host that is not the agency's: its links are not the agency's
        if meta["site_depth"] == 0 and fields.get("error") and \
                (other := self.home_fallback(response.request, fields["error"], response.status,
                                             fields.get("error_detail") or "")):
            crawl.outstanding += 1  # the registry address is gone: asked where a person goes next instead
            crawl.own_in_flight += 1
            yield other
            return
        fresh = bool(links) and self.first_copy(crawl, fields)  # before a postback's state names its links
        if any(link.get("submit") for link in links):
            links, fields["links"] = self.submits_of(request_url, links)
        yield self.finish(self.record(crawl, meta, request_url, **fields))
        if fresh:
            for request in self.follow_all(links, crawl, meta["site_depth"], clean_url(response.url),
                                           meta.get("rank", 0)):
                yield request

    @staticmethod
    def submits_of(page_url: str, links: list[dict]) -> tuple[list[dict], list[dict]]:
        """A page's links with each postback relative to its state known by the events that made the page (a grid's
        page 2 of the 2569 table), and the same links as recorded: a form's body (its __VIEWSTATE) is sent, not kept."""
        followed = [dict(link, url=compose_postback(page_url, link["url"])) if link.get("relative") else link
                    for link in links]
        return followed, [{k: v for k, v in link.items() if k != "post"} if link.get("submit") else link
                          for link in followed]

    def follow_all(self, links: list[dict], crawl: AgencyCrawl, depth: int, referer: str, rank: int,
                   found_on: int | None = None):
        """Follow a page's links, an index's rows and the documents of a page reached from one first."""
        rows = next(filter(None, (index_rows(links, prefix) for prefix in crawl.code_prefixes)), {})
        # the documents of a page reached from an index row are that item's evidence
        bonus = 100 if rank >= 200 or rows else 0
        crowd = crowd_penalties([link["url"] for link in links if link["url"]])
        tail = set() if rows else crowd_tail([link["url"] for link in links if link["url"]])
        for link in links:
            extra = (bonus if (doc_kind(link["url"]) or rows) else 0) - crowd.get(link["url"], 0)
            if link["url"] in tail and not doc_kind(link["url"]) and not any(
                    link_code(link, prefix) is not None for prefix in crawl.code_prefixes):
                extra -= TAIL_PENALTY  # its item word counts for the first few of the list, not for all 5,000
            # the next page of an index paginated as a list (a category of one post per item per quarter) is the same
            # index, one click away as its first page is: it costs no depth (the page budget still bounds it)
            at = depth - 1 if rows and link["url"] and same_listing(link["url"], referer) else depth
            yield from self.follow(link, crawl, at, referer, extra, in_index=bool(rows), found_on=found_on)

    @staticmethod
    def home_moved(crawl: AgencyCrawl, final_url: str, fields: dict) -> bool:
        """Note where the registry URL answered from; False when it moved off to a host not adopted as the
        agency's (crawler/outside.py: site_move): the home page then fails, so nothing is judged from it."""
        crawl.home_read = True
        crawl.space = outside_space(final_url) or crawl.space  # a Google Site it forwards to; a classic Site's new one
        moved = site_move(crawl.url, final_url)
        if crawl.section and not crawl.space:  # a portal's folder follows its move; a portal's home is not the agency's
            same_domain = moved is None or f".{registrable(moved[0])}".endswith(f".{crawl.domain}")
            crawl.section = section_of(final_url) or (crawl.section if same_domain else "")
        if moved is None:
            return True
        crawl.moved_to, crawl.moved_adopted = moved
        if crawl.moved_adopted:
            crawl.moved_domain = registrable(crawl.moved_to)
            return True
        fields.update(error="moved_offsite", error_detail=f"moved off to {crawl.moved_to} (not a government host)")
        return False

    def open_entries(self, crawl: AgencyCrawl, waiter: dict, record_url: str, fields: dict):
        """A shared folder's files and subfolders opened as a person opens them (its name says what it is meant
        to hold, its files what it holds): each entry gets the one check an outside link gets, its page's title
        and what it shows. Within ``FOLDER_ENTRIES``, ``TREE_OPENS`` and ``crawl.folder_opens``; beyond them a folder
        is judged by its listing, as before.

        Which entries are opened depends only on the listings, never on the order answers arrive (two requests to
        Drive at once, a file answered from last night's check): folders linked from the agency's pages are opened
        one after another in the order they were linked, each reserving what its subfolders may open and giving
        back what they did not before the next is begun."""
        root, level = waiter.get("folder") or ("", 0)
        if level == 0 and any(linked is waiter for linked in crawl.roots):
            waiter["listing"] = (record_url, fields)
        elif level == 1 and folder_id(waiter.get("asked") or record_url) and crawl.open_root is not None \
                and crawl.open_root["root"] == root:  # a subfolder's answer, whatever it was (a login, a failure)
            opened = yield from self.open_folder(crawl, waiter, record_url, fields)
            crawl.folder_opens[root] -= FOLDER_ENTRIES[1] - opened  # its reservation, less what it opened
            crawl.open_root["pending"] -= 1
        else:
            yield from self.open_folder(crawl, waiter, record_url, fields)
            return
        while not (crawl.open_root and crawl.open_root["pending"]) and crawl.roots_opened < len(crawl.roots) \
                and "listing" in crawl.roots[crawl.roots_opened]:
            linked = crawl.roots[crawl.roots_opened]
            crawl.roots_opened += 1
            linked_url, listing = linked.pop("listing")
            crawl.open_root = linked
            linked["root"], linked["pending"] = linked_url, 0
            yield from self.open_folder(crawl, linked, linked_url, listing)

    def open_folder(self, crawl: AgencyCrawl, waiter: dict, record_url: str, fields: dict):
        """One folder's entries checked (see :meth:`open_entries`): a linked folder's first entries, a subfolder
        costing itself and its own first entries (reserved at once); a subfolder's, as reserved. Returns how many
        entries were opened."""
        root, level = waiter.get("folder") or ("", 0)
        root = root or record_url
        if not fields.get("links") or fields.get("error") or fields.get("unread") or level >= len(FOLDER_ENTRIES):
            return 0
        opened = 0
        for entry in fields["links"][:FOLDER_ENTRIES[level]]:
            if entry["url"] in crawl.seen:
                continue
            subfolder = level == 0 and len(FOLDER_ENTRIES) > 1 and folder_id(entry["url"]) is not None
            if level == 0:
                cost = 1 + (FOLDER_ENTRIES[1] if subfolder else 0)
                if crawl.folder_opens[root] + cost > TREE_OPENS or \
                        crawl.folder_opens.total() + cost > self.settings.getint("OIT_FOLDER_OPENS", 100):
                    continue
                crawl.folder_opens[root] += cost
            crawl.seen.add(entry["url"])
            opened += 1
            if subfolder and crawl.open_root is waiter:
                waiter["pending"] += 1  # the next linked folder waits for its listing
            yield from self.check_outbound(entry["url"], crawl, waiter["site_depth"] + 1, entry["text"], record_url,
                                           (root, level + 1))
        return opened

    async def parse_outside(self, response):
        """An outside publishing page read once for every agency that links it (a login wall is not read; a page
        sent in full under an error status is read as the page it is)."""
        if (again := await self.not_this_answer(response)) is not None:
            for request in again:
                yield request
            return
        fields = self.answer(response)
        requested = clean_url(response.meta.get("redirect_urls", [response.url])[0])
        shown = self.shown_outside(response, dict(fields)) is not None
        if shown:
            fields.update(error="", error_detail=f"HTTP {response.status}: the page sent in full")
        fields.update(outside=1, kind="html" if response.status < 400 or shown else "other")
        if is_login_wall(requested, response.url, response.body):
            fields.update(unread="login_required",
                          title=(response.css("title::text").get() or "").strip()[:500]
                          if isinstance(response, scrapy.http.HtmlResponse) else "")
        elif (response.status < 400 or shown) and not fields.get("unread"):
            try:
                await self.extract(response, fields, self.settings.getint("OIT_MAX_TEXT_CHARS", 200_000), True,
                                   render_for=response.meta.get("render_for") or None)
            except BaseException as exc:  # one unreadable outside page must not stall the agencies waiting for it
                if not page_fault(exc):
                    raise
                self.logger.error("could not read %s", response.url, exc_info=exc)
                fields.update(unread_fault(exc))
        fields["elapsed_ms"] = int((time.monotonic() - response.meta["started"]) * 1000)
        for result in self.outbound_answered(response.meta, requested, fields):
            yield result

    def serve_outside(self, waiter: dict, record_url: str, fields: dict):
        """An agency's record of an outside page read, then its links followed within the agency's bounds."""
        crawl = self.active[waiter["agency_id"]]
        # another agency's page; one that failed says nothing of whose it is: the agency's link to its ITA/MOIT
        # page, unread (a server error, a timeout: rules/coverage.py), or gone (404), as its own index page would be
        entries: list[dict] = []
        if "outside_hops" in waiter and crawl.units.is_page(record_url, fields.get("final_url")) \
                and not fields.get("error") and not crawl.units.names_owner(fields.get("title"), fields.get("text")):
            # a long list of units (an office's schools) naming the agency far down: a person clicks its own entry
            entries = [link for link in fields.get("links") or [] if crawl.units.names_owner(link.get("text"))]
            waiter = {key: value for key, value in waiter.items() if key != "outside_hops"}
        if "outside_hops" not in waiter:  # beyond the agency's bounds: what a check tells, nothing read
            fields = {key: value for key, value in fields.items() if key in CHECK_FIELDS}
        yield self.finish(self.record(crawl, waiter, record_url, **fields))
        for link in entries[:2]:  # read as its unit page when on the list's host (crawler/unitpage.py: claims)
            yield from self.follow(link, crawl, waiter["site_depth"], record_url, found_on=0)
        if fields.get("unread") or "outside_hops" not in waiter:
            return
        if fields.get("links"):  # an index on a Google Site ranks its rows like an index on the agency's own site
            yield from self.follow_all(fields["links"], crawl, waiter["site_depth"], record_url, 0,
                                       found_on=waiter["outside_hops"])

    def on_error(self, failure):
        request, meta = failure.request, failure.request.meta
        kind, detail = error_kind(failure)
        if is_budget_failure(failure) or self.cut_by_budget(kind, meta):  # never fetched: "not fetched", not failing
            yield from self.release(meta)
            return
        crawl = self.active[meta["agency_id"]]
        if upgrade := self.https_upgrade(request, crawl, kind, detail) or self.home_fallback(request, kind, None, detail):
            yield upgrade
            return
        if first := meta.get("home_from"):  # the other name did not answer either: the registry address's failure stands
            kind, detail = first["kind"], f"{first['detail']}; {request.url}: {detail}"
        if first := meta.get("upgraded_from"):  # https:// did not answer either: the http:// failure stands
            crawl.upgraded.discard(urlsplit(request.url).hostname or "")
            kind, detail = first["kind"], first["detail"]
            request = request.replace(url=first["url"], meta={k: v for k, v in meta.items() if k != "upgraded_from"})
            meta = request.meta
        if kind in MOMENTARY and not meta.get("late_try"):
            yield from self.look_again(request, crawl, waited=kind == "timeout")
            return
        yield self.finish(self.record(crawl, meta, meta.get("page_url") or clean_url(request.url), error=kind,
                                      error_detail=detail[:500], kind="error"))
        yield from self.release(meta)

    @staticmethod
    def https_upgrade(request: scrapy.Request, crawl: AgencyCrawl, kind: str, detail: str) -> scrapy.Request | None:
        """The home page asked over https:// when its http:// address is closed (refused, or dropped unanswered), as a
        browser upgrades an address that does not answer (Chrome's HTTPS-Upgrades): a site that closed port 80 is
        read over https, its own http:// links too (``crawl.upgraded``); None when that is not the case. If https
        fails too, the http failure is what is recorded (:meth:`on_error`)."""
        url, host = request.url, urlsplit(request.url).hostname or ""
        if not registry_page(request) or kind not in ("refused", "closed", "connection") \
                or not url.startswith("http://") or host in crawl.upgraded:
            return None
        crawl.upgraded.add(host)
        return asked_instead(request, "https://" + url[len("http://"):], "upgraded_from", kind, detail)

    @staticmethod
    def home_fallback(request: scrapy.Request, kind: str, status: int | None, detail: str) -> scrapy.Request | None:
        """The registry address asked again where a person goes next when it is gone (:func:`home_alternative`),
        recorded under the registry address as a redirect would be; once only. None when that is not the case."""
        if not registry_page(request) or request.meta.get("home_from") or request.meta.get("upgraded_from") \
                or not (other := home_alternative(request.url, kind, status)):
            return None
        return asked_instead(request, other, "home_from", kind, detail or kind)

    def finish(self, record: dict) -> dict:
        self.pages_total += 1
        self.errors_total += bool(record.get("error"))
        return record

    @staticmethod
    def first_copy(crawl: AgencyCrawl, fields: dict) -> bool:
        """False for a page this agency already served under another address (session ids, print views, a
        calendar's empty months): same text, same links, so nothing new to follow."""
        links = "\n".join(sorted(link["url"] for link in fields.get("links") or []))
        key = hashlib.sha1(f"{fields.get('title', '')}\n{fields.get('text', '')}\n{links}".encode()).digest()
        if key not in crawl.contents:
            crawl.contents.add(key)
            return True
        return False

    def release(self, meta: dict):
        """A request of the agency ended: hand Scrapy its next best links; when the agency is done, record its
        outcome, forget it and start the next agency."""
        crawl = self.active.get(meta["agency_id"])
        if crawl is None:  # ended meanwhile by the watchdog (unstick): an answer too late for it
            return
        crawl.outstanding -= 1
        if not meta["outbound"]:
            crawl.own_in_flight -= 1
        yield from self.pump(crawl)
        timed_out = self.budget_spent(crawl)
        if crawl.outstanding == 0:
            del self.active[crawl.id]
            self.forget_cookies(crawl.id)
            self.agencies_done += 1
            yield self.outcome(crawl, timed_out)
        yield from self.admit()

    def unstick(self, idle: bool, now: float | None = None) -> list[scrapy.Request]:
        """Agencies waiting for what will never come (a request lost to a bug, a download that never ends), each
        ended as if its time budget ran out (its items not found ``unchecked``, never missing), and the agencies
        queued behind it started: one still waiting while Scrapy is ``idle`` (nothing left to send, download or
        read) with no progress for ``STUCK_SECONDS``, and any past its time budget and its last requests' time
        (a distributed worker's job limit). Without this one lost answer held the night open for ever."""
        now = time.monotonic() if now is None else now
        limit = self.time_limit()
        for crawl in [crawl for crawl in self.active.values() if crawl.outstanding > 0]:
            progress = (crawl.outstanding, len(crawl.seen), crawl.frontier.unvisited())
            overdue = limit is not None and now - crawl.began > limit
            if not overdue and not idle:
                continue
            if not overdue and crawl.idle[1:] != progress:
                crawl.idle = (now, *progress)
                continue
            if not overdue and now - crawl.idle[0] < STUCK_SECONDS:
                continue
            self.logger.error("agency %s still waits for %d answer(s) after %d s: ended as timed out",
                              crawl.id, crawl.outstanding, int(now - crawl.began))
            budget = getattr(self.crawler, "oit_budget", None)
            if budget is not None:
                budget.exhausted.add(crawl.id)
            crawl.outstanding, crawl.timed_out = 0, True
            del self.active[crawl.id]
            self.forget_cookies(crawl.id)
            self.agencies_done += 1
            deferred_from_coro(self.crawler.engine.scraper.start_itemproc_async(
                self.outcome(crawl, timed_out=True), response=None))
        return list(self.admit())

    def time_limit(self) -> float | None:
        """Seconds an agency may take in all (crawler/distributed/jobs.py), None without a time budget."""
        seconds = self.settings.getfloat("OIT_AGENCY_SECONDS") if getattr(self, "settings", None) else 0
        if not seconds:
            return None
        return job_time_limit({"agency_seconds": seconds, "timeout": self.settings.getfloat("DOWNLOAD_TIMEOUT"),
                               "retries": self.settings.getint("RETRY_TIMES")})

    def outcome(self, crawl: AgencyCrawl, timed_out: bool) -> dict:
        """The item that ends an agency's crawl (crawler/pipelines.py stores it on the run)."""
        return {"outcome": True, "run_id": crawl.run_id, "agency_id": crawl.id,
                "pages_budget": crawl.frontier.max_pages, "unvisited": crawl.frontier.unvisited(),
                "timed_out": int(timed_out), "moved_to": crawl.moved_to, "moved_adopted": int(crawl.moved_adopted),
                "home_read": int(crawl.home_read)}

    def forget_cookies(self, agency_id: str) -> None:
        """Drop a finished agency's cookie jar (Scrapy keeps every jar for the whole crawl)."""
        if self._cookies is None:
            found = [mw for mw in self.crawler.engine.downloader.middleware.middlewares
                     if isinstance(mw, CookiesMiddleware)]
            self._cookies = found[0] if found else False
        if self._cookies:
            self._cookies.jars.pop(agency_id, None)

    def budget_spent(self, crawl: AgencyCrawl) -> bool:
        budget = getattr(self.crawler, "oit_budget", None)
        return budget is not None and crawl.id in budget.exhausted  # nothing more may start

    def pump(self, crawl: AgencyCrawl):
        """Hand Scrapy the agency's next best links while its window has room; once no link is waiting, the
        addresses that failed for the moment get their second look (beside the last pages still in flight)."""
        spent = self.budget_spent(crawl)
        drained = spent
        while not spent and crawl.own_in_flight < WINDOW:
            waiting = crawl.frontier.take()
            if waiting is None:
                drained = True
                break
            yield self._request(waiting.url, crawl, waiting.depth, waiting.link_text, waiting.referer,
                                priority=-waiting.rank)
        if crawl.late and (drained or crawl.own_in_flight == 0):
            late, crawl.late = crawl.late, []
            for request in late:  # when the budget is spent they end as "not fetched" (AgencyTimeBudget)
                crawl.own_in_flight += not request.meta["outbound"]
                request.meta["started"] = time.monotonic()
                yield request

    @staticmethod
    def worth_a_second_look(response) -> bool:
        """An own page's server error or "too many requests", on its first look (a proxy's "no such host" is none);
        one that said when to come back (Retry-After), on each of its first BUSY_LOOKS looks."""
        status = response.status
        if not (status >= 500 or status == 429) or proxy_says_no_such_host(response):
            return False
        if retry_after(response) is not None:
            return response.meta.get("busy_looks", 0) < BUSY_LOOKS
        return not response.meta.get("late_try")

    def look_again(self, request: scrapy.Request, crawl: AgencyCrawl, waited: bool):
        """A failure of the moment is no evidence yet: a reader whose click meets a server error or a refusal tries
        again later, so such an address is asked once more when no other link of its agency waits (a check shared
        by agencies: of the first agency waiting for it) -- Scrapy's immediate retry would meet the same moment.
        A timeout already waited out its timeout: it is asked again at once, still in flight."""
        if waited:
            yield self.second_request(request)
            return
        crawl.late.append(self.second_request(request))
        if not request.meta["outbound"]:
            crawl.own_in_flight -= 1  # waiting, not in flight: its place in the window goes to the next link
        yield from self.pump(crawl)

    @staticmethod
    def second_request(request: scrapy.Request, busy: bool = False) -> scrapy.Request:
        looks = request.meta.get("busy_looks", 0) + busy
        # a new click, with its own tries: a form's POST meeting a closed kept-alive connection is sent again (see
        # _request); the first look's count would leave the second none (a dropped connection read as a dead file)
        meta = {key: value for key, value in request.meta.items() if key != "retry_times"}
        return request.replace(meta={**meta, "late_try": True, "busy_looks": looks, "started": time.monotonic()},
                               dont_filter=True)

    def cut_by_budget(self, kind: str, meta: dict) -> bool:
        """A timeout that came because the agency's time budget cut the download short (crawler/limits.py):
        the budget ran out, the site said nothing."""
        budget = getattr(self.crawler, "oit_budget", None)
        usual = self.settings.getfloat("DOWNLOAD_TIMEOUT")
        if budget is None or kind != "timeout" or meta.get("download_timeout", usual) >= usual:
            return False
        budget.exhausted.add(meta["agency_id"])
        return True

    @staticmethod
    def tls_problem(response) -> str:
        cert = getattr(response, "certificate", None)
        if cert is None:
            return ""
        try:
            x509 = cert.original
            problems = []
            if x509.has_expired():
                problems.append("expired certificate")
            if x509.get_issuer() == x509.get_subject():
                problems.append("self-signed certificate")
            names = certificate_names(x509.to_cryptography())
            if names and not name_covered(urlsplit(response.url).hostname or "", names):
                problems.append(f"{OTHER_NAME} ({', '.join(names[:3])})")
            return ", ".join(problems)
        except Exception:  # a certificate we cannot inspect is not worth failing the page over
            return ""
