"""Documents read once: conditional requests, and what was extracted from each URL's last bytes.

Most documents do not change from one night to the next. For each own-site URL the crawl keeps, in a SQLite
file beside the database (``oit.db`` -> ``oit.cache.sqlite``, safe to delete), the server's validators (ETag,
Last-Modified) and the extraction of the bytes it last served: text, title, links, OCR. Next night:

* Scrapy's HttpCacheMiddleware, with :class:`AlwaysRevalidate` as its policy and :class:`ExtractionStorage`
  as its storage, sends If-None-Match / If-Modified-Since; a ``304 Not Modified`` gives back the stored
  extraction as today's page (status 200, the same text: the evidence still counts as fetched tonight);
* a ``200`` whose bytes hash as before (a server without validators) is not parsed again either.

A shared Drive folder's files are the exception, for one host's sake: drive.google.com serves every agency at one
polite rate, and a hospital links a folder per item. A file the folder's listing (fetched tonight) still shows under
the same name gets the answer its check got when last asked, for up to :data:`FOLDER_FILE_DAYS` days; a failed
check is never kept, so a failure is always tonight's.

Apart from those, nothing is ever used without asking the server: a document that is now 404, 500 or
unreachable is recorded as such (:class:`Revalidate` drops Scrapy's fallback to the cached copy on errors).
Only extractions that the same bytes would give again are kept (not one cut short by a time limit or by the
run's OCR budget), and a row is replaced whenever the URL serves new bytes.
"""
from __future__ import annotations

import json
import logging
import sqlite3
import time
import zlib
from dataclasses import fields
from pathlib import Path
from typing import Any, Callable

from scrapy.downloadermiddlewares.httpcache import HttpCacheMiddleware
from scrapy.extensions.httpcache import RFC2616Policy
from scrapy.extensions.throttle import AutoThrottle as BaseAutoThrottle
from scrapy.http import Headers
from scrapy.responsetypes import responsetypes

from crawler.extract import Extracted
from storage.extraction_cache import (extraction_row, folder_file_row, open_extractions, prune_extractions,
                                      write_extractions, write_folder_files)

log = logging.getLogger(__name__)

VERSION = 16  # of what extraction makes of the same bytes: bump it when parsing or OCR changes (8: a PDF's parts; 9: heading boxes, Padlet; 10: words of pictures; 11: a button's shortened title; 12: QR codes scanned, links inside .doc, .xls and OpenDocument files; 13: links inside .ppt, a viewer's document named in an attribute or a script, pages read upright and TIFF pages, included files and srcdoc; 14: SVG drawings read, a terms box ticked on a download form, own-site interstitials unwrapped, RTF, MHT, text, XPS, WebP/AVIF/HEIC read, pictures a browser shows behind lazy loaders, pasted as data: or as backgrounds; 15: a document list in an index table's cell read under its row; 16: a table read as its grid: merged cells, nested quarters, sideways tables)
VALIDATORS = (b"ETag", b"Last-Modified")
LOCK_SECONDS = 2  # wait for a cache another process holds, then crawl without it
MAX_TEXT = 200_000  # characters of text kept per entry: a page record keeps no more (crawl.max_text_chars)
MAX_LINKS = 5_000  # links kept per entry (crawl.max_links keeps 1,000 by default)
MAX_AGE_DAYS = 30  # an entry not served for this long is dropped
FOLDER_FILE_DAYS = 7  # a folder's file still listed under its name is asked again after this long
SIZE_FACTOR = 1.0  # stored extractions are pruned to this share of the database's size
_STORED = [f.name for f in fields(Extracted) if f.name not in {"cpu_ms", "cacheable", "ocr_tried"}]


def cache_path(db_path: str | Path) -> Path | None:
    """Where the cache of the database at ``db_path`` lives (None for an in-memory database)."""
    if str(db_path) == ":memory:":
        return None
    path = Path(db_path)
    return path.with_name(f"{path.stem}.cache.sqlite")


class ExtractionCache:
    """URL -> the validators and the extraction of the bytes it last served. Writes are batched.

    The cache is an optimisation: when its file is corrupt, locked by another process or cannot be written
    (disk full), it is given up for the rest of the crawl (:attr:`unusable` says why, once) and every page is
    fetched and read in full, as without a cache. Entries are compressed, cut to what a page record keeps
    (:data:`MAX_TEXT`, :data:`MAX_LINKS`) and pruned (:meth:`prune`): a hostile site cannot grow the file
    without bound."""

    def __init__(self, path: Path, batch: int = 50, max_text: int = MAX_TEXT, max_links: int = MAX_LINKS):
        self.path, self.batch = path, batch
        self.max_text, self.max_links = max_text, max_links  # no more than a page record keeps
        self.pending: dict[str, tuple | None] = {}
        self.touched: set[str] = set()
        self.pending_files: dict[str, tuple] = {}
        self.unusable = ""
        self.conn: sqlite3.Connection | None = None
        try:
            self.conn = open_extractions(path, LOCK_SECONDS)
        except sqlite3.Error as exc:
            self.give_up(exc)

    def give_up(self, exc: BaseException) -> None:
        """Stop using the cache for this crawl (logged once)."""
        if not self.unusable:
            self.unusable = f"the extraction cache {self.path.name} is unusable ({type(exc).__name__}: {exc}); " \
                            "the night ran without it"
            log.warning(self.unusable)
        self.pending, self.touched, self.pending_files = {}, set(), {}
        if self.conn is not None:
            try:
                self.conn.close()
            except sqlite3.Error:
                pass
            self.conn = None

    def _stored(self, pending: dict, url: str, read: Callable[[sqlite3.Connection, str], Any]) -> Any:
        """``url``'s entry waiting in ``pending`` to be written, else the file's (``read``); None when there is none
        or the file is unusable (then given up)."""
        if self.conn is None:
            return None
        if url in pending:
            return pending[url]
        try:
            return read(self.conn, url)
        except sqlite3.Error as exc:
            self.give_up(exc)
            return None

    def row(self, url: str) -> dict | None:
        values = self._stored(self.pending, url, extraction_row)
        if values is None or values[1] != VERSION:
            return None
        names = ("url", "version", "content_hash", "content_type", "size", "etag", "last_modified", "extracted")
        return dict(zip(names, values))

    def extraction(self, url: str, content_hash: str, content_type: str) -> Extracted | None:
        """What the same bytes at this URL gave last time, or None."""
        row = self.row(url)
        if row is None or row["content_hash"] != content_hash or row["content_type"] != content_type:
            return None
        got = unpack(row["extracted"])
        if got is not None:
            self.touch(url)
        return got

    def touch(self, url: str) -> None:
        """The URL's entry served tonight: it is not old (see :meth:`prune`)."""
        if self.conn is not None and url not in self.pending:
            self.touched.add(url)

    def put(self, url: str, content_hash: str, content_type: str, size: int, headers: Headers,
            got: Extracted) -> None:
        """Keep ``got`` for ``url`` if it is final; else forget the URL (its validators would lie)."""
        if self.conn is None:
            return
        if got.cacheable:
            self.pending[url] = (url, VERSION, content_hash, content_type, size, _header(headers, b"ETag"),
                                 _header(headers, b"Last-Modified"), pack(got, self.max_text, self.max_links),
                                 time.time())
        else:
            self.pending[url] = None
        if len(self.pending) + len(self.touched) >= self.batch:
            self.flush()

    def folder_file(self, url: str, listed_as: str, now: float | None = None) -> dict | None:
        """The answer the check of a shared folder's file got when last asked (its record's fields), if the folder
        listed it under the name ``listed_as`` then too and that was under :data:`FOLDER_FILE_DAYS` days ago."""
        row = self._stored(self.pending_files, url, folder_file_row)
        if row is None or row[0] != listed_as or (now or time.time()) - row[2] > FOLDER_FILE_DAYS * 86400:
            return None
        try:
            answer = json.loads(zlib.decompress(row[1]).decode("utf-8"))
        except (zlib.error, ValueError):
            return None
        return answer if isinstance(answer, dict) else None

    def keep_folder_file(self, url: str, listed_as: str, answer: dict) -> None:
        """Keep a folder file's answer, asked tonight, for the nights its folder lists it under ``listed_as``."""
        if self.conn is None:
            return
        packed = zlib.compress(json.dumps(answer, ensure_ascii=False).encode("utf-8"), 6)
        self.pending_files[url] = (listed_as, packed, time.time())
        if len(self.pending_files) >= self.batch:
            self.flush()

    def flush(self) -> None:
        if self.conn is None or not (self.pending or self.touched or self.pending_files):
            return
        rows, gone = [v for v in self.pending.values() if v], [u for u, v in self.pending.items() if v is None]
        try:
            write_extractions(self.conn, rows, gone, self.touched, time.time())
            write_folder_files(self.conn, [(url, *kept) for url, kept in self.pending_files.items()])
        except sqlite3.Error as exc:
            self.give_up(exc)
        self.pending, self.touched, self.pending_files = {}, set(), {}

    def prune(self, max_bytes: int, max_age_days: float = MAX_AGE_DAYS) -> None:
        """Drop entries not served for ``max_age_days`` (URLs of another night: session ids, a moved site),
        then the least recently served ones beyond ``max_bytes`` of stored extractions."""
        if self.conn is None:
            return
        try:
            prune_extractions(self.conn, time.time() - max_age_days * 86400, VERSION, max_bytes)
        except sqlite3.Error as exc:
            self.give_up(exc)

    def close(self, max_bytes: int | None = None) -> None:
        self.flush()
        if max_bytes is not None:
            self.prune(max_bytes)
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def _header(headers: Headers, name: bytes) -> str:
    value = headers.get(name) if headers else None
    return value.decode("latin-1") if value else ""


def pack(got: Extracted, max_text: int = MAX_TEXT, max_links: int = MAX_LINKS) -> bytes:
    """The extraction as stored: JSON, cut to what a page record can hold, compressed (a page of 1,000 links
    of the same shape packs ~10×)."""
    data = {k: getattr(got, k) for k in _STORED}  # not dataclasses.asdict: it deep-copies every link (issue 25)
    data["text"], data["links"], data["furniture"] = data["text"][:max_text], data["links"][:max_links], \
        data["furniture"][:max_text]
    return zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"), 6)


def unpack(stored: bytes | str) -> Extracted | None:
    """The stored extraction, or None when it cannot be read back (a damaged entry is a cache miss)."""
    try:
        text = zlib.decompress(stored).decode("utf-8") if isinstance(stored, bytes) else stored
        return Extracted(**json.loads(text))
    except (zlib.error, ValueError, TypeError):
        return None


_shared: dict[str, ExtractionCache] = {}


def shared_cache(db_path: str | None, **bounds) -> ExtractionCache | None:
    """The crawl process's cache beside the database at ``db_path`` (None: no cache, or an unusable one);
    ``bounds`` (``max_text``, ``max_links``) apply when it is first opened."""
    path = cache_path(db_path) if db_path else None
    if path is None:
        return None
    if str(path) not in _shared:
        _shared[str(path)] = ExtractionCache(path, **bounds)
        _shared[str(path)].db_path = Path(db_path)
    cache = _shared[str(path)]
    return None if cache.conn is None else cache


def close_shared_cache() -> list[str]:
    """Flush and prune the crawl's caches (bounded by the size of their database); returns why any was
    unusable, for the run's note."""
    problems = []
    while _shared:
        cache = _shared.popitem()[1]
        db_bytes = sum(f.stat().st_size for f in (cache.db_path, cache.db_path.with_name(cache.db_path.name + "-wal"))
                       if f.exists())  # what the pages take, written or still in the write-ahead log
        cache.close(max_bytes=int(SIZE_FACTOR * db_bytes))
        if cache.unusable:
            problems.append(cache.unusable)
    return problems


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
        limits = settings.getdict("OIT_LIMITS")
        self.bounds = {"max_text": settings.getint("OIT_MAX_TEXT_CHARS", MAX_TEXT),
                       "max_links": int(limits.get("max_links", MAX_LINKS))}

    def open_spider(self, spider) -> None:
        self.cache = shared_cache(self.db_path, **self.bounds)

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
        got = unpack(row["extracted"])
        if got is None:  # a damaged entry: ask unconditionally, as if it were not there
            return None
        request.meta["oit_cached"] = dict(row, got=got)
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


NO_ANSWER = "no_answer"  # pages.unread: the server answered without a page (engine: unchecked, never missing)


def no_answer(response) -> dict:
    """Page fields for an answer that carries no page, else {}.

    A ``304 Not Modified`` that reaches the spider was not a reply to our conditional request (the cache
    middleware turns those into the stored page): the server sent nothing to read. Likewise a 1xx, a 204/205
    or a 3xx left unfollowed (no Location). Read as an empty page it would make every item "missing"."""
    status = response.status
    if status == 304 and "cached" not in response.flags:
        detail = "HTTP 304 Not Modified to a request that asked nothing conditionally: no page was sent"
    elif status < 200 or status in (204, 205) or (300 <= status < 400 and status != 304):
        detail = f"HTTP {status}: the answer carries no page"
    else:
        return {}
    return {"unread": NO_ANSWER, "error_detail": detail}


def cached_extraction(response) -> tuple[Extracted, dict] | None:
    """For a response the server confirmed with 304: the stored extraction and the page fields it stands for."""
    row = response.meta.get("oit_cached") if "cached" in response.flags else None
    if row is None:
        return None
    fields_ = {"size": row["size"], "content_hash": row["content_hash"], "unchanged": 1}
    return row["got"], fields_


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
        if confirmed is not None and cache is not None:
            cache.touch(response.url)
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
