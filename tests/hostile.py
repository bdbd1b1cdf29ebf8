"""A hostile web on loopback: an HTTP proxy that serves test-defined sites under any host name, drips, and
records every request it was asked for (so a test can assert what the crawler did NOT ask for)."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import threading
import time
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

from oit.settings import DEFAULTS

ROOT = Path(__file__).resolve().parent.parent
# (status, content type, body) or (status, content type, body, seconds to drip the body over)
Answer = tuple


class HostileWeb:
    def __init__(self, routes: dict[str, Callable[[str], Answer | None]]):
        self.routes = routes  # host -> function(path with query) -> answer (None: 404)
        self.asked: list[tuple[str, str]] = []
        self.referers: dict[tuple[str, str], str] = {}  # (host, path) -> the Referer it was last asked with
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        web = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                parts = urlsplit(self.path)
                host = (parts.hostname or self.headers.get("Host", "").split(":")[0]).lower()
                path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
                with web.lock:
                    web.asked.append((host, path))
                    web.referers[(host, path)] = self.headers.get("Referer", "")
                route = web.routes.get(host)
                answer = route(path) if route else (502, "text/plain", b"unknown host")
                status, ctype, body, *drip = answer or (404, "text/html", b"<html><title>404</title></html>")
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if drip:  # a tarpit: the body one small piece at a time
                        step = max(1, len(body) // 20)
                        for start in range(0, len(body), step):
                            if web.stopping.wait(drip[0] / 20):
                                return
                            self.wfile.write(body[start:start + step])
                            self.wfile.flush()
                    else:
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            do_HEAD = do_GET

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True

    @property
    def proxy_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def hosts_asked(self) -> set[str]:
        with self.lock:
            return {host for host, _ in self.asked}

    def __enter__(self) -> "HostileWeb":
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def html(body: str, title: str = "") -> Answer:
    return 200, "text/html; charset=utf-8", f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode()


def settings(proxy: str, **overrides) -> dict:
    return {**DEFAULTS["crawl"], "proxy": proxy, "allow_private": True, "timeout": 5, "retries": 0, "delay": 0.01,
            "robots": False, **overrides}


def run_child(db_path: Path, run_id: int, agencies: list[dict], crawl: dict, tmp_path: Path, timeout: float = 60,
              prelude: str = "") -> subprocess.CompletedProcess:
    """Run the crawler child directly (as the runner does, without its checks), optionally after ``prelude``
    Python code (e.g. patched name resolution); returns the finished process."""
    job = tmp_path / "job.json"
    job.write_text(json.dumps({"db": str(db_path), "run_id": run_id, "agencies": agencies, "crawl": crawl,
                               "log": str(tmp_path / "crawl.log"), "focus_terms": ["ITA"]}), encoding="utf-8")
    script = tmp_path / "child.py"
    script.write_text(prelude + "\nimport sys\nfrom crawler.process import main\nsys.exit(main(sys.argv[1]))\n",
                      encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, str(script), str(job)], env=env, timeout=timeout, capture_output=True,
                          text=True)


def zipped(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def docx_bomb(unzipped_mb: int) -> bytes:
    """A DOCX whose document.xml unzips to ``unzipped_mb`` MB of paragraphs (a few hundred KB zipped)."""
    paragraph = b"<w:p><w:r><w:t>bomb</w:t></w:r></w:p>"
    document = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.'
                b'openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
                paragraph * (unzipped_mb * 1024 * 1024 // len(paragraph)) + b"</w:body></w:document>")
    return zipped({"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": RELS, "word/document.xml": document})


def xlsx_file(sheet_xml: bytes, shared: bytes = b"") -> bytes:
    members = {
        "[Content_Types].xml": b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        b'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        b'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
        b'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
        b'worksheet+xml"/>' + (b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                               b'officedocument.spreadsheetml.sharedStrings+xml"/>' if shared else b"") + b"</Types>",
        "_rels/.rels": b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
        b'<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        b'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        (b'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         b'sharedStrings" Target="sharedStrings.xml"/>' if shared else b"") + b"</Relationships>",
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    if shared:
        members["xl/sharedStrings.xml"] = shared
    return zipped(members)


SHEET_NS = b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'


def xlsx_empty_rows(header: tuple[bytes, ...] = (b"top",)) -> bytes:
    """A sheet declaring A1:XFD1048576, the ``header`` cells at the top and one value at the very bottom: a million
    empty rows."""
    cells = b"".join(b'<c r="%s1" t="inlineStr"><is><t>%s</t></is></c>' % (bytes([65 + n]), word)
                     for n, word in enumerate(header))
    return xlsx_file(SHEET_NS + b'<dimension ref="A1:XFD1048576"/><sheetData><row r="1">' + cells + b"</row>"
                     b"<row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>bottom</t></is>"
                     b"</c></row></sheetData></worksheet>")


def xlsx_shared_string_bomb(unzipped_mb: int) -> bytes:
    text = b"A" * (unzipped_mb * 1024 * 1024)
    shared = (b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
              b'main" count="1" uniqueCount="1"><si><t>' + text + b"</t></si></sst>")
    return xlsx_file(SHEET_NS + b'<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>',
                     shared)


CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                 b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                 b'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
                 b'"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
                 b'document.main+xml"/></Types>')
RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def wait_for(predicate: Callable[[], bool], seconds: float, step: float = 0.05) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()
