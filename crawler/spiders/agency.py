"""The spider: visits each agency's site from its home page, ITA/OIT material first.

It follows links on the agency's own hosts (www and bare domain, http and https, sub-domains) within a
depth and page budget, fetches documents, and gives every outbound link one reachability request without
crawling it. Every fetch or failure becomes one page record; when an agency is done, one outcome record
says whether its page budget ran out with links unvisited.

Each agency's links wait in its own ``Frontier`` and only a few are handed to Scrapy at a time, so the page
budget goes to the best links known so far: rows of the agency's ITA/OIT index, links that name OIT
material, documents; news archives and calendars last.
"""
from __future__ import annotations

import hashlib
import re
import time
from collections import defaultdict
from datetime import datetime, timezone
from urllib.parse import unquote, urljoin, urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from twisted.internet.error import (ConnectionLost, ConnectionRefusedError, DNSLookupError, TCPTimedOutError,
                                    TimeoutError)
from twisted.web._newclient import ResponseNeverReceived

from crawler.cache import read_page, shared_cache
from crawler.documents import shared_pool
from crawler.extract import FILE_SHARE_HOSTS, clean_url, doc_kind, share_listing
from crawler.frontier import BULK_WORDS, Frontier, canonical, crowd_penalties
from crawler.limits import is_budget_failure
from rules.index import index_rows, link_code
from rules.thai import Term, Text

MAX_OUTBOUND = 100  # reachability checks per agency: a hospital links a Drive folder per item and quarter
WINDOW = 4  # own-site requests handed to Scrapy at once per agency: twice the per-site concurrency
SITEMAP_LOC = re.compile(rb"<loc>\s*([^<\s]+)\s*</loc>")


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


class AgencySpider(scrapy.Spider):
    name = "oit"

    def __init__(self, agencies: list[dict], run_id: int, focus_terms: list[str], max_pages: int = 250,
                 max_depth: int = 4, max_text_chars: int = 200_000, code_prefixes: list[str] = ("O",), **kwargs):
        super().__init__(**kwargs)
        self.agencies = agencies
        self.run_id = run_id
        self.focus = [Term(t) for t in focus_terms]
        self.code_prefixes = list(code_prefixes)  # "O", and "MOIT" when hospitals are in the run
        self.max_pages, self.max_depth, self.max_text_chars = max_pages, max_depth, max_text_chars
        self.domains = {a["id"]: registrable(urlsplit(a["url"]).hostname or "") for a in agencies}
        self.seen: dict[str, set[str]] = defaultdict(set)
        self.frontier = {a["id"]: Frontier(max_pages) for a in agencies}
        self.own_in_flight: dict[str, int] = defaultdict(int)
        self.outbound: dict[str, int] = defaultdict(int)
        self.outstanding: dict[str, int] = defaultdict(int)
        self.contents: dict[str, set[str]] = defaultdict(set)
        self.agencies_done = self.pages_total = self.errors_total = 0

    async def start(self):
        for request in self.start_requests():
            yield request

    def start_requests(self):
        for agency in self.agencies:
            url = clean_url(agency["url"])
            self.seen[agency["id"]].add(url)
            self.frontier[agency["id"]].issued += 1
            yield self._request(url, agency["id"], depth=0, link_text="", referer="", priority=1000)
            sitemap = self._request(urljoin(url, "/sitemap.xml"), agency["id"], depth=0, link_text="", referer="",
                                    priority=900)
            yield sitemap.replace(callback=self.parse_sitemap, errback=self.sitemap_missing)

    def parse_sitemap(self, response):
        """Pages listed in sitemap.xml join the crawl as links from depth 0 (most sites have none)."""
        meta = response.meta
        if response.status < 400 and b"<urlset" in response.body[:2000]:
            for loc in SITEMAP_LOC.findall(response.body)[:self.max_pages]:
                link = {"url": clean_url(loc.decode("utf-8", "replace")), "kind": "a", "text": "", "title": "",
                        "context": ""}
                yield from self.follow(link, meta["agency_id"], 0, "sitemap.xml")
        yield from self.release(meta)

    def sitemap_missing(self, failure):
        yield from self.release(failure.request.meta)

    # -- requests ---------------------------------------------------------------------------------
    def _request(self, url: str, agency_id: str, depth: int, link_text: str, referer: str, priority: int,
                 outbound: bool = False) -> scrapy.Request:
        self.outstanding[agency_id] += 1
        # not "depth": Scrapy's DepthMiddleware rewrites that from whichever response released the request
        meta = {"agency_id": agency_id, "site_depth": depth, "link_text": link_text, "referer_url": referer,
                "outbound": outbound, "started": time.monotonic(), "rank": priority}
        if not outbound:
            self.own_in_flight[agency_id] += 1
            meta["download_slot"] = f"agency:{agency_id}"  # one politeness budget for all of its hosts
        return scrapy.Request(url, callback=self.parse, errback=self.on_error, meta=meta, priority=priority,
                              dont_filter=True)

    def own_host(self, agency_id: str, host: str) -> bool:
        domain, host = self.domains[agency_id], registrable(host)
        return host == domain or host.endswith("." + domain)

    def focus_score(self, link: dict, in_index: bool) -> int:
        """How promising a link is: rows of an ITA index first, then OIT words and documents; bulk last."""
        words = " ".join((link["text"], link["title"], link["context"][:120]))
        score = 200 if in_index and link_code(link) is not None else 0
        if doc_kind(link["url"]):
            score += 20
        if any(link_code(link, prefix) is not None for prefix in self.code_prefixes):
            score += 30
        text = Text(words + " " + unquote(urlsplit(link["url"]).path))  # Thai file names say what they hold
        if any(text.contains(term) for term in self.focus):
            score += 50
        elif BULK_WORDS.search(words):
            score -= 30
        return score

    def follow(self, link: dict, agency_id: str, depth: int, referer: str, bonus: int = 0, in_index: bool = False):
        """Queue an own-site link in the agency's frontier; an outbound one gets its one request at once."""
        url = canonical(link["url"]) if link["url"] else ""
        if not url or link["kind"] not in {"a", "iframe"} or url in self.seen[agency_id]:
            return
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"}:
            return
        self.seen[agency_id].add(url)
        if not self.own_host(agency_id, parts.hostname or ""):
            if self.outbound[agency_id] < MAX_OUTBOUND:
                self.outbound[agency_id] += 1
                yield self._request(url, agency_id, depth + 1, link["text"], referer, priority=10, outbound=True)
            return
        if depth < self.max_depth:
            self.frontier[agency_id].offer(url, depth + 1, link["text"], referer,
                                           self.focus_score(link, in_index) + bonus - depth)

    # -- responses --------------------------------------------------------------------------------
    def record(self, meta: dict, url: str, **fields) -> dict:
        return {"run_id": self.run_id, "agency_id": meta["agency_id"], "url": url, "depth": meta["site_depth"],
                "link_text": meta["link_text"][:200], "referer": meta["referer_url"],
                "kind": "external" if meta["outbound"] else fields.pop("kind", "other"),
                "elapsed_ms": int((time.monotonic() - meta["started"]) * 1000),
                "fetched_at": datetime.now(timezone.utc).isoformat(timespec="seconds"), **fields}

    async def parse(self, response):
        try:
            async for result in self.read(response):
                yield result
        except Exception:  # a bug on one page must never stall its agency: the frontier still moves on
            self.logger.exception("could not read %s", response.url)
        for request in self.release(response.meta):
            yield request

    async def read(self, response):
        """The page's record, then its links queued."""
        meta = response.meta
        request_url = clean_url(response.request.meta.get("redirect_urls", [response.url])[0])
        ctype = response.headers.get("Content-Type", b"").decode("latin-1")
        body = response.body
        fields = {"final_url": clean_url(response.url), "status": response.status, "content_type": ctype,
                  "size": len(body), "content_hash": hashlib.sha256(body).hexdigest()}
        if response.status >= 400:
            fields["error"] = f"http_{response.status // 100}xx"
            fields["error_detail"] = f"HTTP {response.status}"
        tls = self.tls_problem(response)
        if tls:
            fields["tls_problem"] = tls
        links = []
        if not meta["outbound"] and response.status < 400:
            # a picture is read by OCR only when its link named OIT material (not every gallery photo)
            got, known = await read_page(shared_pool(self.settings.getdict("OIT_LIMITS")),
                                         shared_cache(self.settings.get("OIT_CACHE_DB")), response, ctype,
                                         fields["content_hash"], read_images=meta.get("rank", 0) > 0)
            links = got.links
            fields.update(known, kind=got.kind, title=got.title[:500], text=got.text[:self.max_text_chars], links=links,
                          forms=got.forms, image_only=int(got.image_only), encoding=got.encoding,
                          ocr_pages=got.ocr_pages, extract_ms=got.cpu_ms)
            if meta["site_depth"] == 0:  # the header and footer repeat on every page: keep the home page's
                fields["furniture"] = got.furniture
            if got.note:
                fields["error_detail"] = got.note
        elif meta["outbound"] and isinstance(response, scrapy.http.HtmlResponse):
            fields["title"] = (response.css("title::text").get() or "").strip()[:500]
            if FILE_SHARE_HOSTS.search(urlsplit(response.url).hostname or ""):
                fields["text"] = share_listing(response.text)
        yield self.finish(meta, self.record(meta, request_url, **fields))
        if links and self.first_copy(meta["agency_id"], fields):
            rows = next(filter(None, (index_rows(links, prefix) for prefix in self.code_prefixes)), {})
            # the documents of a page reached from an index row are that item's evidence
            bonus = 100 if meta.get("rank", 0) >= 200 or rows else 0
            crowd = crowd_penalties([link["url"] for link in links if link["url"]])
            for link in links:
                extra = (bonus if (doc_kind(link["url"]) or rows) else 0) - crowd.get(link["url"], 0)
                for request in self.follow(link, meta["agency_id"], meta["site_depth"], clean_url(response.url),
                                           extra, in_index=bool(rows)):
                    yield request

    def on_error(self, failure):
        meta = failure.request.meta
        if is_budget_failure(failure):  # never fetched: its links stay "not fetched", not a failing page
            yield from self.release(meta)
            return
        kind, detail = error_kind(failure)
        yield self.finish(meta, self.record(meta, clean_url(failure.request.url), error=kind, error_detail=detail[:500],
                                            kind="error"))
        yield from self.release(meta)

    def finish(self, meta: dict, record: dict) -> dict:
        self.pages_total += 1
        self.errors_total += bool(record.get("error"))
        return record

    def first_copy(self, agency_id: str, fields: dict) -> bool:
        """False for a page this agency already served under another address (session ids, print views, a
        calendar's empty months): same text, same links, so nothing new to follow."""
        links = "\n".join(sorted(link["url"] for link in fields.get("links") or []))
        key = hashlib.sha1(f"{fields.get('title', '')}\n{fields.get('text', '')}\n{links}".encode()).hexdigest()
        if key not in self.contents[agency_id]:
            self.contents[agency_id].add(key)
            return True
        return False

    def release(self, meta: dict):
        """A request of the agency ended: hand Scrapy its next best links; record the agency's outcome when done."""
        agency_id = meta["agency_id"]
        self.outstanding[agency_id] -= 1
        if not meta["outbound"]:
            self.own_in_flight[agency_id] -= 1
        frontier = self.frontier[agency_id]
        budget = getattr(self.crawler, "oit_budget", None)
        timed_out = budget is not None and agency_id in budget.exhausted  # nothing more may start
        while not timed_out and self.own_in_flight[agency_id] < WINDOW:
            waiting = frontier.take()
            if waiting is None:
                break
            yield self._request(waiting.url, agency_id, waiting.depth, waiting.link_text, waiting.referer,
                                priority=-waiting.rank)
        if self.outstanding[agency_id] == 0:
            self.agencies_done += 1
            yield {"outcome": True, "run_id": self.run_id, "agency_id": agency_id, "pages_budget": frontier.max_pages,
                   "unvisited": frontier.unvisited()}

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
