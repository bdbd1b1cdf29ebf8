"""Extraction that no page can take down: HTML bounded in the crawler, documents in a pool of worker processes.

A page is hostile input. One vertical tab pasted from Word, random bytes served as text/html, a 459 KB DOCX
that unzips to gigabytes, a workbook of a million empty rows or 10,000 links on one page must each cost at most
that page, never the agency or the crawl:

* HTML is cleaned of control characters, and its links are cut to ``max_links`` and to http(s) targets
  (a ``java&#9;script:`` link becomes a placeholder that leads nowhere, as ``javascript:`` always did);
* PDF, DOCX, XLSX, legacy and OpenDocument office files (crawler/office.py), RTF, web archives (MHT), plain text,
  CSV and XPS prints (crawler/textformats.py) and archives of them (ZIP, RAR, 7z: crawler/archives.py) are parsed in :class:`DocumentPool`, worker processes off the reactor thread, each with
  an address-space limit and a time limit per document; a worker that overruns either is killed and the pool
  restarted. Office files and archives are checked before parsing: total uncompressed size and number of members;
  a document no reader here opens is recorded unread (``unsupported_format``), never as an empty one;
* whatever goes wrong is recorded on that page (``Extracted.note`` → ``pages.error_detail``).

Scans are read by OCR in the same workers (crawler/ocr.py): image-only PDF pages, and JPEG/PNG images whose link
names OIT material. OCR costs seconds a page, so each document may read ``ocr_doc_pages`` pages and the whole run
``ocr_run_pages`` (the pool counts them; two documents in flight may overshoot by one document).

The pool is generic (a picklable function and its arguments): other heavy per-document work can reuse it.

>>> clean_text("a\\x0bb\\x00c\\td")
'a b c\\td'
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import io
import multiprocessing
import os
import re
import time
import zipfile
from dataclasses import dataclass
from typing import Any, Callable

from crawler.waits import being_cancelled
from crawler.extract import (Extracted, decode_html, doc_kind, extract, image_kind, parse_docx, parse_html, parse_pdf,
                             parse_xlsx)
from crawler.clicks import drupal_ajax_html
from crawler.doclinks import resolve, safely, sniff_kind
from crawler.legacy_text import mend
from crawler.ocr import OcrBudget, missing, pdf_page_reader, read_image_document
from crawler.archives import TooLarge, libarchive_available, other_members, zip_members
from crawler.docparts import block_links
from crawler.office import doc_text, odf_text, ppt_text, pptx_slides, pptx_text, xls_cells, xls_text
from crawler.officelinks import office_links
from crawler.shell import shell_reason
from crawler.svg import is_svg, svg_html, svg_png
from crawler.textformats import mht_html, plain_links, plain_text, rtf_text, xps_text
from storage.safe import web_url

# Documents read in the pool; any other document kind is recorded unread (crawler/extract.extract)
OFFICE_READERS: dict[str, Callable[..., str]] = {"doc": doc_text, "xls": xls_text, "ppt": ppt_text, "pptx": pptx_text,
                                                 "odt": odf_text, "ods": odf_text, "odp": odf_text}
ARCHIVES = {"zip", "rar", "7z"}
SAVED_AS = {"rtf", "mht", "txt", "csv", "xps"}  # saved from Word/WordPad/Notepad/Excel/a browser, printed to XPS
READ_KINDS = {"pdf", "docx", "xlsx", *ARCHIVES, *OFFICE_READERS, *SAVED_AS}
ZIPPED = {"docx", "xlsx", "pptx", "odt", "ods", "odp", "zip", "xps"}  # opened only within the zip bounds
ARCHIVE_MEMBERS = 200  # files read from one archive
# C0 controls other than tab, line feed and carriage return, DEL, and lone surrogates: lxml refuses them
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


@dataclass(frozen=True)
class Limits:
    """What one page may cost. Defaults match ``[crawl]`` in oit/settings.py."""

    max_links: int = 1000  # links kept per page
    max_unzipped_bytes: int = 60_000_000  # DOCX/XLSX: all members together, uncompressed
    max_zip_members: int = 2000
    max_rows: int = 50_000  # XLSX rows read, empty ones included
    max_cells: int = 200_000
    doc_seconds: float = 60.0  # per document, in a worker
    doc_memory_bytes: int = 384 * 1024 * 1024  # address space of a worker
    workers: int = 2
    ocr: bool = True  # read scans with Tesseract when it is installed
    ocr_doc_pages: int = 20  # scanned pages read per document
    ocr_run_pages: int = 3000  # scanned pages read per run (crawl process)
    picture_reads: int = 60  # pictures read by OCR per agency (crawler/pictures.py)

    @classmethod
    def from_settings(cls, crawl: dict) -> "Limits":
        names = {"max_links": "max_links", "max_unzipped_bytes": "max_unzipped_bytes", "max_rows": "max_rows",
                 "max_cells": "max_cells", "doc_seconds": "doc_seconds", "workers": "doc_workers", "ocr": "ocr",
                 "ocr_doc_pages": "ocr_doc_pages", "ocr_run_pages": "ocr_run_pages",
                 "picture_reads": "picture_reads"}
        values: dict[str, Any] = {field: crawl[key] for field, key in names.items() if key in crawl}
        if "doc_memory_mb" in crawl:
            values["doc_memory_bytes"] = int(crawl["doc_memory_mb"]) * 1024 * 1024
        return cls(**values)


def clean_text(text: str) -> str:
    """``text`` without the control characters that make XML/HTML parsers raise (each becomes a space)."""
    return _CONTROL.sub(" ", text) if text else text


def bound_links(links: list[dict], max_links: int) -> list[dict]:
    """At most ``max_links`` links; targets that are not http(s) become placeholders (url "")."""
    kept = links[:max_links]
    for link in kept:
        if link.get("url") and not web_url(link["url"]):
            link["url"] = ""
    return kept


def zip_problem(body: bytes, limits: Limits) -> str:
    """Why an Office (zip) file must not be opened, or "" when it is within bounds."""
    try:
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        return f"unreadable Office file: {exc}"
    if len(members) > limits.max_zip_members:
        return f"too many parts in the file ({len(members)} > {limits.max_zip_members})"
    total = sum(m.file_size for m in members)
    if total > limits.max_unzipped_bytes:
        return f"unpacks to {total:,} bytes (limit {limits.max_unzipped_bytes:,}): not extracted"
    return ""


def extract_document(kind: str, body: bytes, limits: Limits, ocr_pages: int = 0, ocr_off: str = "") -> Extracted:
    """Parse one PDF/DOCX/XLSX/image within ``limits``, reading at most ``ocr_pages`` scanned pages by OCR
    (``ocr_off``: why none may be); runs in a pool worker. Never raises."""
    started = time.process_time()
    # OCR stops starting pages at three quarters of the document's time: the rest is left unread, not killed
    budget = OcrBudget(ocr_pages, limits.doc_seconds * 0.75, reason=ocr_off)
    got = _parse_document(kind, body, limits, budget)
    got.cpu_ms = int((time.process_time() - started) * 1000)
    if budget.skipped:  # a scan left unread today may be read another night: not the final text of these bytes
        got.note = "; ".join(filter(None, [got.note, budget.note()]))
        if got.text.strip() and not got.unread:  # some pages read, the scans past the budget not: read in part
            got.cut = got.cut or "scans_cut"
    got.cacheable = not budget.skipped and "more memory" not in got.note
    return got


def _parse_document(kind: str, body: bytes, limits: Limits, budget: OcrBudget) -> Extracted:
    if kind in OFFICE_READERS or kind in ARCHIVES or kind in SAVED_AS:  # the bytes say what a renamed file is
        kind = sniff_kind(body) or kind                                # (a .doc saved as DOCX, an RTF named .doc)
    try:
        if kind in ZIPPED:
            problem = zip_problem(body, limits)
            if problem:
                return Extracted(kind, note=problem, unread="too_large" if "unpacks" in problem else
                                 "unsupported_format" if kind in SAVED_AS else "")
        if kind in ARCHIVES:
            return _parse_archive(kind, body, limits, budget)
        if kind in ("doc", "xls") and _html_body(body):  # a PHP report sent as application/msword, HTML inside
            return _parse_saved(kind, body, limits)
        if kind in OFFICE_READERS:
            return _parse_office(kind, body, limits)
        if kind in SAVED_AS:
            return _parse_saved(kind, body, limits)
        if kind == "pdf":
            return parse_pdf(body, read_scan=pdf_page_reader(budget), max_links=limits.max_links)
        if kind == "image":
            got = read_image_document(body, budget)
            # linked as OIT material, and no words read from it (or none could be: a picture format unread)
            got.unread = "" if got.text else got.unread or "images_only"
            return got
        got = parse_docx(body, limits.max_links) if kind == "docx" else \
            parse_xlsx(body, max_cells=limits.max_cells, max_rows=limits.max_rows, max_links=limits.max_links)
        mend(got)  # typed in a legacy Thai font
        return got
    except MemoryError:
        return Extracted(kind, note=f"{kind.upper()} needs more memory than a worker may use: not extracted")
    except Exception as exc:  # a parser's bug on one file is that file's problem
        return Extracted(kind, note=f"{kind.upper()} extraction failed: {type(exc).__name__}: {str(exc)[:200]}")


def _parse_office(kind: str, body: bytes, limits: Limits) -> Extracted:
    """A legacy or OpenDocument office file (crawler/office.py); one that fails to open is unread, not empty."""
    try:
        reader = OFFICE_READERS[kind]
        text, cut = xls_cells(body, limits.max_cells, limits.max_rows) if kind == "xls" else (reader(body), False)
    except MemoryError:
        raise
    except Exception as exc:  # a file no reader here opens: said so, and judged unchecked (rules/coverage.py)
        return Extracted(kind, note=f"{kind.upper()} not read: {type(exc).__name__}: {str(exc)[:200]}",
                         unread="unsupported_format")
    got = Extracted(kind, text=text, cut="rows_cut" if cut else "")
    # an index saved as .doc, .xls, OpenDocument or a deck is an index: its hyperlinks are followed
    got.links = safely([], office_links, kind, body, text, limits.max_links)
    if kind == "pptx":   # a deck of the whole OIT, a slide per item: each item's slides are its part
        got.links += safely([], lambda: block_links(pptx_slides(body), "slide", got.links))
    mend(got)  # typed in a legacy Thai font
    return got


def _parse_saved(kind: str, body: bytes, limits: Limits) -> Extracted:
    """A document saved as Rich Text, a web archive, plain text or printed to XPS (crawler/textformats.py), or HTML
    under a .doc/.xls name, read as Word, Excel, the browser or the XPS viewer shows it; one that fails to open is
    unread, not empty."""
    try:
        if kind == "mht" or _html_body(body):  # a web archive's page; "text" or a .doc/.xls that is HTML
            markup, charset, location = mht_html(body) if kind == "mht" else (body, "", "")
            text, encoding = decode_html(markup, charset or None)
            got = parse_html(clean_text(text), location or "file:///archive/", limits.max_links, encoding)
            # a web archive is a document, and so is a report exported as HTML under a .doc/.xls name (Word and
            # Excel open it); "text" that is markup is the page (or fragment) it always was. Relative links are
            # joined to the file's address as a page's are (crawler/doclinks.resolve)
            got.kind = "html" if kind in ("txt", "csv") else kind
            got.encoding, got.links = encoding, bound_links(got.links, limits.max_links)
            if kind == "mht":  # the archive's own parts (file:///C:/…) lead nowhere on the web: placeholders
                for link in got.links:
                    if not link["url"]:
                        link["href"] = ""
        elif kind == "rtf":
            text, links = rtf_text(body, limits.max_links)
            got = Extracted(kind, text=clean_text(text), links=links)
        elif kind == "xps":
            text, links = xps_text(body, limits.max_links)
            got = Extracted(kind, text=clean_text(text), links=links)
        else:
            text = clean_text(plain_text(body))
            got = Extracted(kind, text=text, links=plain_links(text, limits.max_links))
    except MemoryError:
        raise
    except Exception as exc:  # a file no reader here opens: said so, and judged unchecked (rules/coverage.py)
        return Extracted(kind, note=f"{kind.upper()} not read: {type(exc).__name__}: {str(exc)[:200]}",
                         unread="unsupported_format")
    if not got.text.strip() and (b"\\pict" in body if kind == "rtf" else b"ImageBrush" in body if kind == "xps" else False):
        got.image_only, got.unread = True, "images_only"  # a scan pasted into Word, a scan printed to XPS: no words
    mend(got)  # typed in a legacy Thai font
    return got


def _html_body(body: bytes) -> bool:
    """Whether a body sent as plain text is markup, read as HTML as before (a server that labels its pages or its
    AJAX fragments text/plain)."""
    head = body[:1024].lstrip()
    return (head[3:] if head[:3] == b"\xef\xbb\xbf" else head).lstrip()[:1] == b"<"


def _parse_archive(kind: str, body: bytes, limits: Limits, budget: OcrBudget) -> Extracted:
    """An archive of an item's files (ZIP; RAR and 7z through libarchive), opened as a person opens it: each document
    inside read as it would be on its own (PDF, office files, scans by OCR within ``budget``), one level deep, within
    the zip bounds (a ZIP's checked before, crawler/archives.py counts the others' as it unpacks)."""
    if kind != "zip" and not libarchive_available():
        return Extracted(kind, note=f"{kind.upper()} not read: libarchive is not installed", unread="unsupported_format")
    members = zip_members(body, ARCHIVE_MEMBERS) if kind == "zip" else \
        other_members(body, min(ARCHIVE_MEMBERS, limits.max_zip_members), limits.max_unzipped_bytes)
    texts, notes, unread, scans = [], [], 0, 0
    got = Extracted(kind)
    try:
        for name, data in members:
            inner_kind = doc_kind(name) or sniff_kind(data) or ("image" if image_kind(name) else None)
            if inner_kind is None or inner_kind not in READ_KINDS | {"image"} or inner_kind in ARCHIVES:
                unread += inner_kind is not None  # an archive inside: not opened (one level)
                continue
            inner = _parse_document(inner_kind, data, limits, budget)
            got.ocr_pages += inner.ocr_pages
            got.ocr_tried += inner.ocr_tried
            if inner.note:
                notes.append(f"{name}: {inner.note}")
            if inner.text.strip():
                texts.append(f"{name}: {inner.text}")
            else:
                unread += 1
                scans += inner_kind == "image" or inner.image_only
    except TooLarge as exc:
        return Extracted(kind, note=str(exc), unread="too_large")
    except Exception as exc:  # libarchive's errors on a damaged or encrypted archive
        if not texts:
            return Extracted(kind, note=f"{kind.upper()} not read: {type(exc).__name__}: {str(exc)[:200]}",
                             unread="unsupported_format")
        notes.append(f"{kind.upper()} read in part: {type(exc).__name__}")
    got.text = " ".join(texts)
    got.note = "; ".join(notes)[:500]
    if not texts:  # nothing inside could be read: nobody read it (never an empty page)
        got.unread = "images_only" if scans and scans == unread else "unsupported_format" if unread else ""
    return got


TASKS_PER_WORKER = 40


def _start_worker(limit: int, owner: int) -> None:
    """In each worker: cap its address space, and exit when the crawl process that owns the pool is gone
    (a forkserver worker's parent is the fork server, which outlives a killed crawl while workers live)."""
    import resource
    import threading
    import time

    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    def watch() -> None:
        while True:
            time.sleep(0.5)
            try:
                os.kill(owner, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:
                pass

    threading.Thread(target=watch, name="oit-owner-watch", daemon=True).start()


class DocumentPool:
    """Worker processes that run a function with a time limit, under an address-space limit.

    >>> pool = DocumentPool(Limits(workers=1))  # doctest: +SKIP
    >>> await pool.run(extract_document, "pdf", body, pool.limits)  # doctest: +SKIP
    """

    def __init__(self, limits: Limits):
        self.limits = limits
        self.ocr_off = "OCR is turned off (crawl.ocr)" if not limits.ocr else missing()
        self.ocr_left = limits.ocr_run_pages  # scanned pages this run may still read
        self.ocr_seconds = 0.0  # wall time of documents that were read by OCR
        self._executor: concurrent.futures.ProcessPoolExecutor | None = None
        self._semaphore: asyncio.Semaphore | None = None
        self._semaphore_loop: asyncio.AbstractEventLoop | None = None

    def _pool(self) -> concurrent.futures.ProcessPoolExecutor:
        if self._executor is None:
            # forkserver: workers start from a small clean process, not a fork of the reactor and its threads; it
            # imports the readers once, so a worker started after a restart is ready at once instead of spending
            # a document's time limit on imports (seconds on a busy machine)
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload([__name__])
            # a worker is replaced after TASKS_PER_WORKER documents: what OCR, PDF and picture libraries keep of
            # earlier ones (caches, fragmented heaps) grows its address space until a plain photo meets the limit
            # and its worker dies with the documents of other agencies in flight (round 15: a night's 6,000 pages)
            self._executor = concurrent.futures.ProcessPoolExecutor(
                self.limits.workers, mp_context=context, max_tasks_per_child=TASKS_PER_WORKER,
                initializer=_start_worker, initargs=(self.limits.doc_memory_bytes, os.getpid()))
        return self._executor

    def _restart(self) -> None:
        """Kill every worker (one is stuck or dying) and start afresh on the next task."""
        executor, self._executor = self._executor, None
        if executor is None:
            return
        for process in list((getattr(executor, "_processes", None) or {}).values()):
            try:
                process.kill()
            except (OSError, AttributeError):
                pass
        executor.shutdown(wait=False, cancel_futures=True)

    def start(self) -> None:
        """Start the workers now (blocking), so the first document does not stall the crawl while they start."""
        self._pool().submit(int).result(timeout=60)

    def _slots(self) -> asyncio.Semaphore:
        """One slot per worker: a document's time limit counts from when a worker takes it, not while it
        waits behind others (a queue must not time out good documents and kill the workers under them)."""
        loop = asyncio.get_running_loop()
        if self._semaphore is None or self._semaphore_loop is not loop:
            self._semaphore, self._semaphore_loop = asyncio.Semaphore(self.limits.workers), loop
        return self._semaphore

    async def run(self, function: Callable, *args) -> Any:
        """``function(*args)`` in a worker; TimeoutError after ``doc_seconds``, BrokenProcessPool if the
        worker died twice (a memory limit hit outside Python's own allocator kills it)."""
        async with self._slots():
            return await self._run(function, *args)

    async def _run(self, function: Callable, *args) -> Any:
        for attempt in (1, 2):
            executor = self._pool()
            future = asyncio.wrap_future(executor.submit(function, *args))
            try:
                return await asyncio.wait_for(future, self.limits.doc_seconds)
            except asyncio.TimeoutError:
                if self._executor is executor:
                    self._restart()
                raise
            except asyncio.CancelledError:
                if not future.cancelled() or being_cancelled():
                    raise
                # another document's restart cancelled this one before a worker took it: not this document's
                # fault, so it goes to the new workers (left to propagate, it ended its page's callback unseen
                # and held its agency, and the night, open)
                if attempt == 2:
                    raise concurrent.futures.process.BrokenProcessPool("cancelled by two restarts") from None
            except concurrent.futures.process.BrokenProcessPool:
                if self._executor is executor:
                    self._restart()
                if attempt == 2:
                    raise  # died twice: this document kills workers (another task's restart may explain once)
        raise AssertionError("unreachable")

    async def extract(self, kind: str, body: bytes) -> Extracted:
        allowed = 0 if self.ocr_off else min(self.limits.ocr_doc_pages, max(self.ocr_left, 0))
        why = self.ocr_off or ("the run's OCR budget is used up (crawl.ocr_run_pages)" if self.ocr_left <= 0 else "")
        started = time.monotonic()
        try:
            got = await self.run(extract_document, kind, body, self.limits, allowed, why)
        except asyncio.TimeoutError:
            return Extracted(kind, note=f"{kind.upper()} took longer than {self.limits.doc_seconds:g} s to extract: "
                                        "not extracted")
        except concurrent.futures.process.BrokenProcessPool:
            return Extracted(kind, note=f"{kind.upper()} extraction crashed its worker (memory limit?): not extracted")
        self.ocr_left -= got.ocr_tried
        if got.ocr_tried:
            self.ocr_seconds += time.monotonic() - started
        return got

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None


def looks_like_html(content_type: str, body: bytes) -> bool:
    return "html" in content_type or not content_type or body.lstrip()[:1] == b"<"


def extract_html_safely(url: str, body: bytes, content_type: str, declared_encoding: str | None,
                        scrapy_text: str | None, limits: Limits) -> Extracted:
    """:func:`crawler.extract.extract` for a body that is not a PDF/DOCX/XLSX, cleaned and bounded; never raises."""
    started = time.thread_time()
    try:
        inserted = drupal_ajax_html(body) if "json" in content_type else None
        if inserted is not None:  # a Drupal AJAX answer: the rows it inserts into the page (crawler/clicks.py)
            body, content_type, declared_encoding, scrapy_text = inserted.encode(), "text/html; charset=utf-8", "utf-8", None
        if doc_kind(url, content_type) is None and is_svg(url, content_type, body):
            got = parse_svg(body, url, limits.max_links)  # a drawing shown as a document: words and links
        elif doc_kind(url, content_type) is None and looks_like_html(content_type, body):
            text, encoding = decode_html(body, declared_encoding, scrapy_text)
            got = parse_html(clean_text(text), url, limits.max_links, encoding)
            got.encoding = encoding
            got.shell = shell_reason(body, got)
        else:
            got = extract(url, body, content_type, declared_encoding, scrapy_text)
    except Exception as exc:  # the page is recorded with what went wrong; the crawl goes on
        return Extracted("html", note=f"extraction failed: {type(exc).__name__}: {str(exc)[:200]}")
    got.text = clean_text(got.text)
    got.title = clean_text(got.title)
    got.links = bound_links(got.links, limits.max_links)
    got.cacheable = not got.note
    mend(got)  # an old site's text in a legacy Thai font (TIS-620 bytes declared as Latin-1)
    got.cpu_ms = int((time.thread_time() - started) * 1000)
    return got


def parse_svg(body: bytes, url: str, max_links: int | None = None) -> Extracted:
    """An SVG drawing opened as a document (``<object>``, ``<embed>``, a link): its words and links as a page's
    (crawler/svg.py). One with no words (its text outlined) or that cannot be read is a picture nobody read."""
    page = svg_html(body, clickable=True)
    if page is None:
        return Extracted("image", image_only=True, unread="images_only", note="SVG drawing not read (too large or not XML)")
    got = parse_html(page, url, max_links, "utf-8")
    if not got.text.strip() and not got.links:
        return Extracted("image", image_only=True, unread="images_only",
                         note="SVG drawing without text (outlined words): a picture not read")
    return got


async def extract_page(pool: DocumentPool, url: str, body: bytes, content_type: str,
                       declared_encoding: str | None = None, scrapy_text: str | None = None,
                       read_images: bool = False) -> Extracted:
    """Text and links of any fetched body: documents in the pool, everything else here, within the pool's limits.
    ``read_images``: an image is read by OCR (its link named OIT material); else it is a picture, unread."""
    kind = doc_kind(url, content_type) or sniff_kind(body)   # getfile.php?id=N sent as octet-stream or text/html
    if kind in READ_KINDS:
        got = await pool.extract(kind, body)
        got.links = bound_links(resolve(got.links, url), pool.limits.max_links)  # followed like a page's links
        return got
    if image_kind(url, content_type):
        return await pool.extract("image", body) if read_images else Extracted("image", image_only=True)
    got = extract_html_safely(url, body, content_type, declared_encoding, scrapy_text, pool.limits)
    if got.unread == "images_only" and kind is None and is_svg(url, content_type, body):
        return await _drawn_svg(pool, body, got)
    return got


async def _drawn_svg(pool: DocumentPool, body: bytes, got: Extracted) -> Extracted:
    """A drawing of outlined words opened as a document (crawler/svg.py): drawn in a worker (a hostile drawing costs
    that worker) and read by OCR as a picture, within the run's OCR budget; ``got`` (unread) when it cannot be."""
    if pool.ocr_off or pool.ocr_left <= 0:
        return got
    try:
        png = await pool.run(svg_png, body)
    except (asyncio.TimeoutError, concurrent.futures.process.BrokenProcessPool, RuntimeError, OSError):
        return got
    if not png:
        return got
    read = await pool.extract("image", png)
    return read if read.text.strip() else got


_shared: DocumentPool | None = None


def shared_pool(crawl: dict) -> DocumentPool:
    """The crawl process's one document pool, built from the ``[crawl]`` settings on first use."""
    global _shared
    if _shared is None:
        _shared = DocumentPool(Limits.from_settings(crawl))
    return _shared


def close_shared_pool() -> None:
    global _shared
    if _shared is not None:
        _shared.close()
        _shared = None
