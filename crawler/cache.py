"""Documents read once: conditional requests, and what was extracted from each URL's last bytes.

Most documents do not change from one night to the next. For each own-site URL the crawl keeps, in a SQLite
file beside the database (``oit.db`` -> ``oit.cache.sqlite``, safe to delete), the server's validators (ETag,
Last-Modified) and the extraction of the bytes it last served: text, title, links, OCR. Next night:

* Scrapy's HttpCacheMiddleware, with :class:`AlwaysRevalidate` as its policy and :class:`ExtractionStorage`
  as its storage, sends If-None-Match / If-Modified-Since; a ``304 Not Modified`` gives back the stored
  extraction as today's page (status 200, the same text: the evidence still counts as fetched tonight);
* a ``200`` whose bytes hash as before (a server without validators) is not parsed again either.

Unlike a browser cache, nothing is ever used without asking the server: a document that is now 404, 500 or
unreachable is recorded as such (:class:`Revalidate` drops Scrapy's fallback to the cached copy on errors).
Only extractions that the same bytes would give again are kept (not one cut short by a time limit or by the
run's OCR budget), and a row is replaced whenever the URL serves new bytes.
"""
from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import asdict, fields
from pathlib import Path

from scrapy.downloadermiddlewares.httpcache import HttpCacheMiddleware
from scrapy.extensions.httpcache import RFC2616Policy
from scrapy.extensions.throttle import AutoThrottle as BaseAutoThrottle
from scrapy.http import Headers
from scrapy.responsetypes import responsetypes

from crawler.extract import Extracted

VERSION = 3  # of what extraction makes of the same bytes: bump it when parsing or OCR changes
VALIDATORS = (b"ETag", b"Last-Modified")
_STORED = [f.name for f in fields(Extracted) if f.name not in {"cpu_ms", "cacheable", "ocr_tried"}]


def cache_path(db_path: str | Path) -> Path | None:
    """Where the cache of the database at ``db_path`` lives (None for an in-memory database)."""
    if str(db_path) == ":memory:":
        return None
    path = Path(db_path)
    return path.with_name(f"{path.stem}.cache.sqlite")


class ExtractionCache:
    """URL -> the validators and the extraction of the bytes it last served. Writes are batched."""

    def __init__(self, path: Path, batch: int = 50):
        self.conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("CREATE TABLE IF NOT EXISTS extractions (url TEXT PRIMARY KEY, version INTEGER, "
                          "content_hash TEXT, content_type TEXT, size INTEGER, etag TEXT, last_modified TEXT, "
                          "extracted TEXT, stored_at REAL)")
        self.batch = batch
        self.pending: dict[str, tuple | None] = {}

    def row(self, url: str) -> dict | None:
        if url in self.pending:
            values = self.pending[url]
        else:
            values = self.conn.execute("SELECT url, version, content_hash, content_type, size, etag, last_modified, "
                                       "extracted, stored_at FROM extractions WHERE url = ?", [url]).fetchone()
        if values is None or values[1] != VERSION:
            return None
        names = ("url", "version", "content_hash", "content_type", "size", "etag", "last_modified", "extracted")
        return dict(zip(names, values))

    def extraction(self, url: str, content_hash: str, content_type: str) -> Extracted | None:
        """What the same bytes at this URL gave last time, or None."""
        row = self.row(url)
        if row is None or row["content_hash"] != content_hash or row["content_type"] != content_type:
            return None
        return unpack(row["extracted"])

    def put(self, url: str, content_hash: str, content_type: str, size: int, headers: Headers,
            got: Extracted) -> None:
        """Keep ``got`` for ``url`` if it is final; else forget the URL (its validators would lie)."""
        if got.cacheable:
            self.pending[url] = (url, VERSION, content_hash, content_type, size, _header(headers, b"ETag"),
                                 _header(headers, b"Last-Modified"), pack(got), time.time())
        else:
            self.pending[url] = None
        if len(self.pending) >= self.batch:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        rows, gone = [v for v in self.pending.values() if v], [(u,) for u, v in self.pending.items() if v is None]
        with self.conn:
            self.conn.executemany("INSERT OR REPLACE INTO extractions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            self.conn.executemany("DELETE FROM extractions WHERE url = ?", gone)
        self.pending = {}

    def close(self) -> None:
        self.flush()
        self.conn.close()


def _header(headers: Headers, name: bytes) -> str:
    value = headers.get(name) if headers else None
    return value.decode("latin-1") if value else ""


def pack(got: Extracted) -> str:
    data = asdict(got)
    return json.dumps({k: data[k] for k in _STORED}, ensure_ascii=False)


def unpack(text: str) -> Extracted:
    return Extracted(**json.loads(text))


_shared: dict[str, ExtractionCache] = {}


def shared_cache(db_path: str | None) -> ExtractionCache | None:
    """The crawl process's cache beside the database at ``db_path`` (None: no cache)."""
    path = cache_path(db_path) if db_path else None
    if path is None:
        return None
    if str(path) not in _shared:
        _shared[str(path)] = ExtractionCache(path)
    return _shared[str(path)]


def close_shared_cache() -> None:
    while _shared:
        _shared.popitem()[1].close()


class AlwaysRevalidate(RFC2616Policy):
    """RFC 2616 validation without freshness: a stored copy is used only when the server answers 304 today,
    never on its own (an auditor's evidence is what the site serves tonight) and never for a 5xx."""

    def should_cache_request(self, request) -> bool:
        meta = request.meta
        return bool(meta.get("agency_id")) and not meta.get("outbound") and request.method == "GET" \
            and super().should_cache_request(request)

    def should_cache_response(self, response, request) -> bool:
        return False  # the spider stores what it extracted, with the validators (ExtractionCache.put)

    def is_cached_response_fresh(self, cachedresponse, request) -> bool:
        self._set_conditional_validators(request, cachedresponse)
        return False

    def is_cached_response_valid(self, cachedresponse, response, request) -> bool:
        return response.status == 304


class ExtractionStorage:
    """HttpCacheMiddleware storage over :class:`ExtractionCache`: a URL's validators as a body-less response;
    the extraction travels in ``request.meta["oit_cached"]`` for the spider when the server says 304."""

    def __init__(self, settings):
        self.db_path = settings.get("OIT_CACHE_DB")

    def open_spider(self, spider) -> None:
        self.cache = shared_cache(self.db_path)

    def close_spider(self, spider) -> None:
        if self.cache is not None:
            self.cache.flush()

    def retrieve_response(self, spider, request):
        row = self.cache.row(request.url) if self.cache is not None else None
        if row is None or not (row["etag"] or row["last_modified"]):
            return None
        headers = Headers({"Content-Type": row["content_type"]})
        for name, key in zip(VALIDATORS, ("etag", "last_modified")):
            if row[key]:
                headers[name] = row[key]
        request.meta["oit_cached"] = row
        cls = responsetypes.from_args(headers=headers, url=request.url)
        return cls(url=request.url, status=200, headers=headers, body=b"")

    def store_response(self, spider, request, response) -> None:
        pass  # see AlwaysRevalidate.should_cache_response


class Revalidate(HttpCacheMiddleware):
    """Scrapy's HTTP cache middleware without its error recovery: a site that fails tonight has failed,
    whatever it served yesterday."""

    def process_exception(self, request, exception, spider=None):
        request.meta.pop("cached_response", None)
        return None


def cached_extraction(response) -> tuple[Extracted, dict] | None:
    """For a response the server confirmed with 304: the stored extraction and the page fields it stands for."""
    row = response.meta.get("oit_cached") if "cached" in response.flags else None
    if row is None:
        return None
    fields_ = {"size": row["size"], "content_hash": row["content_hash"], "unchanged": 1}
    return unpack(row["extracted"]), fields_


async def read_page(pool, cache: ExtractionCache | None, response, content_type: str, content_hash: str,
                    read_images: bool) -> tuple[Extracted, dict]:
    """What a fetched own-site page says, and page fields to record: the stored extraction when the server
    said 304 or sent the same bytes again, else a fresh one (kept for next night when it is final)."""
    from scrapy.http import TextResponse

    from crawler.documents import extract_page

    started = time.thread_time()
    confirmed = cached_extraction(response)
    if confirmed is not None:
        got, extra = confirmed
    else:
        got, extra = (cache.extraction(response.url, content_hash, content_type) if cache else None), {}
    if got is not None:
        got.cpu_ms = int((time.thread_time() - started) * 1000)
        return got, extra
    scrapy_text = response.text if isinstance(response, TextResponse) else None
    got = await extract_page(pool, response.url, response.body, content_type, getattr(response, "encoding", None),
                             scrapy_text, read_images=read_images)
    if cache is not None:
        cache.put(response.url, content_hash, content_type, len(response.body), response.headers, got)
    return got, extra


class AutoThrottle(BaseAutoThrottle):
    """Scrapy's AutoThrottle, taking a 304 for what it is: a normal answer. Scrapy lets only a 200 lower the
    delay (error pages are quick), so a night of 304s after one slow page would crawl at that page's pace
    (measured: 26 s -> 72 s for four farm sites)."""

    def _adjust_delay(self, slot, latency: float, response) -> None:
        super()._adjust_delay(slot, latency, response.replace(status=200) if response.status == 304 else response)
