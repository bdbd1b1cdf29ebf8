"""The spider: visits each agency's site from its home page, ITA/OIT material first.

It follows links on the agency's own hosts (www and bare domain, http and https, sub-domains) within a
depth and page budget, fetches documents, and gives every outbound link one reachability request without
crawling it. Every fetch or failure becomes one page record; when an agency is done, one outcome record
says whether its page budget ran out with links unvisited.

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

import hashlib
import re
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Iterable
from urllib.parse import unquote, urljoin, urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from twisted.internet.error import (ConnectionLost, ConnectionRefusedError, DNSLookupError, TCPTimedOutError,
                                    TimeoutError)
from twisted.web._newclient import ResponseNeverReceived

from crawler.cache import no_answer, read_page, shared_cache
from crawler.documents import shared_pool
from crawler.extract import FILE_SHARE_HOSTS, clean_url, doc_kind, share_listing
from crawler.frontier import BULK_WORDS, Frontier, canonical, crowd_penalties
from crawler.limits import is_budget_failure
from crawler.outbound import OutboundChecks
from rules.index import index_rows, link_code
from rules.thai import Term, Text

MAX_OUTBOUND = 100  # reachability checks per agency: a hospital links a Drive folder per item and quarter
WINDOW = 4  # own-site requests handed to Scrapy at once per agency: twice the per-site concurrency
SITEMAP_LOC = re.compile(rb"<loc>\s*([^<\s]+)\s*</loc>")
OUTBOUND_PRIORITY = 2000  # asked as soon as found: a few per outside host at a time (OutboundChecks) cannot flood


def registrable(host: str) -> str:
    """The agency's domain for "same site": www.kudjok.go.th -> kudjok.go.th."""
    host = (host or "").lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def error_kind(failure) -> tuple[str, str]:
    """Name a download failure the way the report does: dns, timeout, tls, connection, robots, ..."""
    exc, text = failure.value, str(failure.value)
    name = type(exc).__name__  # Scrapy 2.13+ wraps Twisted's errors in its own Download*Error classes
    if "private address refused" in text:  # the resolver's refusal arrives as a DNS error
        return "private", text
    if isinstance(exc, DNSLookupError) or "Resolve" in name or "DNS" in name:
        return "dns", text
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
    return type(exc).__name__, text


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
    contents: set = field(default_factory=set)  # digests of pages already read (session ids, print views)
    own_in_flight: int = 0
    outstanding: int = 0
    outbound: int = 0
    code_prefixes: tuple = ("O",)

    def __post_init__(self):
        self.domain = registrable(urlsplit(self.url).hostname or "")


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
        self.keep_open = keep_open  # a distributed worker waits for more agencies instead of closing
        self._terms: dict[tuple, list[Term]] = {}
        self.agencies_total = len(self.waiting)
        self.agencies_done = self.pages_total = self.errors_total = 0

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_idle, signal=scrapy.signals.spider_idle)
        return spider

    def on_idle(self):
        if self.keep_open or self.waiting:
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
            for request in self.admit():
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
                                code_prefixes=tuple(job.get("code_prefixes") or ("O",)))
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
                "download_slot": f"agency:{crawl.id}"}  # one politeness budget for all of its hosts
        return scrapy.Request(url, callback=self.parse, errback=self.on_error, meta=meta, priority=priority,
                              dont_filter=True)

    def _outbound_request(self, url: str) -> scrapy.Request:
        # no agency_id: the check serves every agency that links it, outside any one agency's time budget
        return scrapy.Request(url, callback=self.parse_outbound, errback=self.outbound_failed, dont_filter=True,
                              priority=OUTBOUND_PRIORITY,
                              meta={"outbound": True, "check": url, "started": time.monotonic()})

    def own_host(self, crawl: AgencyCrawl, host: str) -> bool:
        host = registrable(host)
        return host == crawl.domain or host.endswith("." + crawl.domain)

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
        if any(text.contains(term) for term in focus):
            score += 50
        elif BULK_WORDS.search(words):
            score -= 30
        return score

    def follow(self, link: dict, crawl: AgencyCrawl, depth: int, referer: str, bonus: int = 0, in_index: bool = False):
        """Queue an own-site link in the agency's frontier; an outbound one gets its one check (once per run)."""
        url = canonical(link["url"]) if link["url"] else ""
        if not url or link["kind"] not in {"a", "iframe"} or url in crawl.seen:
            return
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"}:
            return
        crawl.seen.add(url)
        if not self.own_host(crawl, parts.hostname or ""):
            if crawl.outbound < MAX_OUTBOUND:
                crawl.outbound += 1
                yield from self.check_outbound(url, crawl, depth + 1, link["text"], referer)
            return
        if depth < crawl.max_depth:
            crawl.frontier.offer(url, depth + 1, link["text"], referer,
                                 self.focus_score(link, in_index, crawl.focus, crawl.code_prefixes) + bonus - depth)

    def check_outbound(self, url: str, crawl: AgencyCrawl, depth: int, link_text: str, referer: str):
        """The agency's record of an outbound link: at once when this run already checked it, else when the
        one check made for every agency that links it answers."""
        waiter = {"agency_id": crawl.id, "site_depth": depth, "link_text": link_text, "referer_url": referer,
                  "outbound": True}
        answer = self.outbound.cached(url)
        if answer is not None:
            record_url, fields = answer
            yield self.finish(self.record(crawl, waiter, record_url, **fields))
            return
        crawl.outstanding += 1
        if self.outbound.want(url, waiter) == "start":
            yield self._outbound_request(url)

    # -- responses --------------------------------------------------------------------------------
    def record(self, crawl: AgencyCrawl, meta: dict, url: str, **fields) -> dict:
        fields.setdefault("elapsed_ms", int((time.monotonic() - meta.get("started", time.monotonic())) * 1000))
        return {"run_id": crawl.run_id, "agency_id": crawl.id, "url": url, "depth": meta["site_depth"],
                "link_text": meta["link_text"][:200], "referer": meta["referer_url"],
                "kind": "external" if meta["outbound"] else fields.pop("kind", "other"),
                "fetched_at": datetime.now(timezone.utc).isoformat(timespec="seconds"), **fields}

    async def parse(self, response):
        try:
            async for result in self.read(response):
                yield result
        except Exception:  # a bug on one page must never stall its agency: the frontier still moves on
            self.logger.exception("could not read %s", response.url)
        for request in self.release(response.meta):
            yield request

    def answer(self, response) -> dict:
        """What any fetch tells, whoever asked: status, type, size, digest, HTTP error, certificate problem."""
        ctype = response.headers.get("Content-Type", b"").decode("latin-1")
        fields = {"final_url": clean_url(response.url), "status": response.status, "content_type": ctype,
                  "size": len(response.body), "content_hash": hashlib.sha256(response.body).hexdigest()}
        if response.status >= 400:
            fields["error"] = f"http_{response.status // 100}xx"
            fields["error_detail"] = f"HTTP {response.status}"
        tls = self.tls_problem(response)
        if tls:
            fields["tls_problem"] = tls
        return fields

    def parse_outbound(self, response):
        fields = self.answer(response)
        if isinstance(response, scrapy.http.HtmlResponse):
            fields["title"] = (response.css("title::text").get() or "").strip()[:500]
            if FILE_SHARE_HOSTS.search(urlsplit(response.url).hostname or ""):
                fields["text"] = share_listing(response.text)  # a shared folder's entries, read from this one answer
        fields["elapsed_ms"] = int((time.monotonic() - response.meta["started"]) * 1000)
        yield from self.outbound_answered(response.meta, clean_url(response.meta.get("redirect_urls", [response.url])[0]),
                                          fields)

    def outbound_failed(self, failure):
        kind, detail = error_kind(failure)
        fields = {"error": kind, "error_detail": detail[:500], "kind": "error",
                  "elapsed_ms": int((time.monotonic() - failure.request.meta["started"]) * 1000)}
        yield from self.outbound_answered(failure.request.meta, clean_url(failure.request.url), fields)

    def outbound_answered(self, meta: dict, record_url: str, fields: dict):
        """One check answered: a record for every agency that waits for it, and its host's next checks."""
        waiting, following = self.outbound.answered(meta["check"], (record_url, fields))
        for next_url in following:
            yield self._outbound_request(next_url)
        for waiter in waiting:
            crawl = self.active[waiter["agency_id"]]
            yield self.finish(self.record(crawl, waiter, record_url, **fields))
            yield from self.release(waiter)

    async def read(self, response):
        """The page's record, then its links queued."""
        meta = response.meta
        crawl = self.active[meta["agency_id"]]
        request_url = clean_url(response.request.meta.get("redirect_urls", [response.url])[0])
        ctype = response.headers.get("Content-Type", b"").decode("latin-1")
        fields = self.answer(response)
        fields.update(no_answer(response))  # a body-less 304 nobody asked for is not an empty page (crawler/cache.py)
        links = []
        if response.status < 400 and not fields.get("unread"):
            # a picture is read by OCR only when its link named OIT material (not every gallery photo)
            got, known = await read_page(shared_pool(self.settings.getdict("OIT_LIMITS")),
                                         shared_cache(self.settings.get("OIT_CACHE_DB")), response, ctype,
                                         fields["content_hash"], read_images=meta.get("rank", 0) > 0)
            links = got.links
            fields.update(known, kind=got.kind, title=got.title[:500], text=got.text[:crawl.max_text_chars], links=links,
                          forms=got.forms, image_only=int(got.image_only), encoding=got.encoding,
                          ocr_pages=got.ocr_pages, extract_ms=got.cpu_ms)
            if meta["site_depth"] == 0:  # the header and footer repeat on every page: keep the home page's
                fields["furniture"] = got.furniture
            if got.note:
                fields["error_detail"] = got.note
        yield self.finish(self.record(crawl, meta, request_url, **fields))
        if links and self.first_copy(crawl, fields):
            rows = next(filter(None, (index_rows(links, prefix) for prefix in crawl.code_prefixes)), {})
            # the documents of a page reached from an index row are that item's evidence
            bonus = 100 if meta.get("rank", 0) >= 200 or rows else 0
            crowd = crowd_penalties([link["url"] for link in links if link["url"]])
            for link in links:
                extra = (bonus if (doc_kind(link["url"]) or rows) else 0) - crowd.get(link["url"], 0)
                for request in self.follow(link, crawl, meta["site_depth"], clean_url(response.url),
                                           extra, in_index=bool(rows)):
                    yield request

    def on_error(self, failure):
        meta = failure.request.meta
        if is_budget_failure(failure):  # never fetched: its links stay "not fetched", not a failing page
            yield from self.release(meta)
            return
        kind, detail = error_kind(failure)
        yield self.finish(self.record(self.active[meta["agency_id"]], meta, clean_url(failure.request.url), error=kind,
                                      error_detail=detail[:500], kind="error"))
        yield from self.release(meta)

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
        crawl = self.active[meta["agency_id"]]
        crawl.outstanding -= 1
        if not meta["outbound"]:
            crawl.own_in_flight -= 1
        budget = getattr(self.crawler, "oit_budget", None)
        timed_out = budget is not None and crawl.id in budget.exhausted  # nothing more may start
        while not timed_out and crawl.own_in_flight < WINDOW:
            waiting = crawl.frontier.take()
            if waiting is None:
                break
            yield self._request(waiting.url, crawl, waiting.depth, waiting.link_text, waiting.referer,
                                priority=-waiting.rank)
        if crawl.outstanding == 0:
            del self.active[crawl.id]
            self.agencies_done += 1
            yield {"outcome": True, "run_id": crawl.run_id, "agency_id": crawl.id,
                   "pages_budget": crawl.frontier.max_pages, "unvisited": crawl.frontier.unvisited(),
                   "timed_out": int(timed_out)}
        yield from self.admit()

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
            return ", ".join(problems)
        except Exception:  # a certificate we cannot inspect is not worth failing the page over
            return ""
