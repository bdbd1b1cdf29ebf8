"""Evidence that lasts: every response the crawl receives is written, as it arrives, to WARC files
(ISO 28500, with warcio) beside the database, and indexed CDX-style in the ``captures`` table.

A finding can then show what the page looked like on the night it was judged, long after the site changed.
Each response is a ``response`` record preceded by its ``request`` record; a payload already archived (same
SHA-1 payload digest, any earlier night) is written as a ``revisit`` record that points at the original, so an
unchanged night costs a few hundred bytes per URL. Files rotate at ``archive_file_mb`` and never mix runs, so
retention (``oit archive prune``) can drop a night's files whole.

The downloader middleware sits after the conditional-request cache (crawler/cache.py): a ``304 Not Modified``
arrives here as the stored answer, and so becomes a revisit of the capture it repeats.
"""
from __future__ import annotations

import base64
import hashlib
import os
import threading
import uuid
import zlib
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from scrapy.exceptions import NotConfigured

from storage import open_db
from storage.archive import add_captures, first_capture, payload_digest

BATCH = 50  # CDX rows written per transaction


def archive_dir(db_path: str, configured: str = "") -> Path:
    """Where the WARC files live: the setting, else ``<database>.warc/`` beside the database."""
    return Path(configured) if configured else Path(f"{db_path}.warc")


class WarcWriter:
    """Appends records for one run to size-rotated ``.warc.gz`` files and returns their CDX rows."""

    def __init__(self, directory: Path, run_id: int, max_bytes: int):
        self.directory = directory
        self.run_id = run_id
        self.max_bytes = max_bytes
        self.serial = 0
        self.handle = None
        self.path: Path | None = None
        self.lock = threading.Lock()
        directory.mkdir(parents=True, exist_ok=True)

    def _file(self):
        if self.handle is None or self.handle.tell() >= self.max_bytes:
            if self.handle is not None:
                self.handle.close()
            self.serial += 1
            stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
            self.path = self.directory / f"OIT-run{self.run_id}-{stamp}-{self.serial:05d}-{os.getpid()}.warc.gz"
            self.handle = open(self.path, "ab")
        return self.handle

    def write(self, url: str, status: int, reason: str, headers: list[tuple[str, str]], body: bytes,
              request_headers: list[tuple[str, str]], method: str, original: dict | None, digest: str) -> dict:
        """Write the request and the response (or a revisit of ``original``); the response's CDX row."""
        date = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        request = _record("request", url, date, _http(f"{method} {target} HTTP/1.1", request_headers), b"",
                          [("WARC-Payload-Digest", EMPTY_DIGEST)])
        http = _http(f"HTTP/1.1 {status} {reason}".strip(), headers)
        if original is not None:
            record = _record("revisit", url, date, http, b"", [
                ("WARC-Profile", REVISIT_PROFILE), ("WARC-Refers-To-Target-URI", original["url"]),
                ("WARC-Refers-To-Date", original["fetched_at"]), ("WARC-Payload-Digest", digest)])
        else:
            record = _record("response", url, date, http, body, [("WARC-Payload-Digest", digest)])
        with self.lock:
            handle = self._file()
            handle.write(request)
            offset = handle.tell()
            handle.write(record)
            handle.flush()
            return {"url": url, "fetched_at": date, "status": status, "digest": digest,
                    "mime": dict((k.lower(), v) for k, v in headers).get("content-type", "")[:200],
                    "length": len(record), "offset": offset, "warc_file": self.path.name,
                    "record_type": "revisit" if original is not None else "response",
                    "refers_to": original["id"] if original is not None else None}

    def close(self) -> None:
        with self.lock:
            if self.handle is not None:
                self.handle.close()
                self.handle = None


EMPTY_DIGEST = "sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ"  # payload_digest(b"")
REVISIT_PROFILE = "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest"


def _http(status_line: str, headers: list[tuple[str, str]]) -> bytes:
    """An HTTP message head as the WARC block holds it (headers came from bytes read as Latin-1: the same bytes)."""
    lines = [status_line] + [f"{name}: {value}" for name, value in headers]
    text = "\r\n".join(lines) + "\r\n\r\n"
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        return text.encode("utf-8")


def _level(payload: bytes) -> int:
    """Deflate's level for a payload: 6, or 0 (stored) when its first 4 KB do not shrink by a tenth — a PDF,
    an Office file or a photo is compressed already, and deflating it again costs ~0.5 ms to save ~5 %."""
    if len(payload) <= 4096:
        return 6
    return 0 if len(zlib.compress(payload[:4096], 1)) > 0.9 * 4096 else 6


def _record(kind: str, url: str, date: str, head: bytes, payload: bytes, fields: list[tuple[str, str]]) -> bytes:
    """One WARC/1.0 record as its own gzip member, written the way warcio writes it (the same named fields,
    SHA-1 block and payload digests) without its per-record buffers and temporary files: the archive was
    the crawl's largest cost of its own per response (issue 25). warcio reads it back (storage/archive.py)."""
    block_digest = hashlib.sha1(head)
    block_digest.update(payload)
    msgtype = "request" if kind == "request" else "response"
    names = [("WARC-Type", kind), ("WARC-Record-ID", f"<urn:uuid:{uuid.uuid4()}>"), ("WARC-Target-URI", url),
             ("WARC-Date", date), *fields,
             ("WARC-Block-Digest", "sha1:" + base64.b32encode(block_digest.digest()).decode("ascii")),
             ("Content-Type", f"application/http; msgtype={msgtype}"),
             ("Content-Length", str(len(head) + len(payload)))]
    header = ("WARC/1.0\r\n" + "".join(f"{name}: {value}\r\n" for name, value in names) + "\r\n").encode("utf-8")
    packer = zlib.compressobj(_level(payload), zlib.DEFLATED, zlib.MAX_WBITS + 16)
    return b"".join((packer.compress(header), packer.compress(head), packer.compress(payload),
                     packer.compress(b"\r\n\r\n"), packer.flush()))


def _headers(scrapy_headers) -> list[tuple[str, str]]:
    """Scrapy's headers as WARC header pairs; the body is stored decoded, so its encoding headers go."""
    pairs = []
    for key, values in scrapy_headers.items():
        name = key.decode("latin-1")
        if name.lower() in {"content-encoding", "transfer-encoding", "content-length"}:
            continue
        pairs.extend((name, v.decode("latin-1")) for v in values)
    return pairs


class WarcMiddleware:
    """Downloader middleware: archive every response as it arrives (see the module's docstring)."""

    def __init__(self, crawler):
        settings = crawler.settings
        if not settings.getbool("OIT_ARCHIVE"):
            raise NotConfigured
        self.db = open_db(settings.get("OIT_DB"))
        self.run_id = settings.getint("OIT_RUN_ID")
        self.writer = WarcWriter(archive_dir(settings.get("OIT_DB"), settings.get("OIT_ARCHIVE_DIR")), self.run_id,
                                 settings.getint("OIT_ARCHIVE_FILE_MB", 100) * 1_000_000)
        self.pending: list[dict] = []
        self.errors = 0
        crawler.signals.connect(self.close, signal=__import__("scrapy").signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _original(self, digest: str | None = None, url: str | None = None) -> dict | None:
        """The first capture of this payload (any run), or the newest of this URL, for a revisit record."""
        row = first_capture(self.db, digest, url)
        if row is not None:
            return row
        column, value = ("digest", digest) if digest else ("url", url)  # archived tonight, not yet indexed
        return next((dict(p, id=None) for p in reversed(self.pending) if p[column] == value
                     and p["record_type"] == "response"), None)

    def process_response(self, request, response, spider=None):
        try:
            status, body, digest = response.status, response.body, payload_digest(response.body)
            if "cached" in response.flags:  # the server said 304: unchanged since the last capture of this URL
                original = self._original(url=response.url)
                status, digest = 304, (original or {}).get("digest") or digest
            else:
                original = self._original(digest) if body else None
            row = self.writer.write(response.url, status, "", _headers(response.headers), body,
                                    _headers(request.headers), request.method, original, digest)
            row.update(run_id=self.run_id, agency_id=request.meta.get("agency_id") or "")
            if original is not None and original["id"] is None:  # archived earlier tonight, not yet indexed
                self.flush()
                row["refers_to"] = (self._original(row["digest"]) or {}).get("id")
            self.pending.append(row)
            if len(self.pending) >= BATCH:
                self.flush()
        except Exception as exc:  # an archive that cannot be written never costs the night its findings
            self.errors += 1
            if self.errors == 1:
                spider.logger.error("archive: could not write %s: %s: %s", response.url, type(exc).__name__, exc)
        return response

    def flush(self) -> None:
        if self.pending:
            rows, self.pending = self.pending, []
            add_captures(self.db, rows)

    def close(self, spider=None):
        try:
            self.flush()
        finally:
            self.writer.close()
