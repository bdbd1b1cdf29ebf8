"""An HTTP proxy on loopback that serves the farm's sample sites under their real host names.

The crawler is pointed at it with ``--proxy`` and fetches ``http://www.bansample.go.th/`` unchanged; HTTPS
sites are reached through CONNECT and served with an expired self-signed certificate. Each site's
``manifest.yaml`` sets its behaviours:

  down: true                  connections are dropped (site down)
  http_closed: true           plain http:// connections are dropped; https:// (through CONNECT) is served
  tls_name: cp1.hostco.net     HTTPS answers with a certificate for this name (a shared host's default)
  one_name: true              served only under the folder's own name (its DNS lacks the www/bare twin the farm
                              otherwise answers for)
  encoding: tis-620           HTML is sent in this encoding ...
  charset_header: utf-8       ... with this charset in Content-Type (may lie, as real servers do)
  slow: {/path: seconds}      answer late
  hang: [/prefix/]            never answer (until the farm stops)
  firewall: {/prefix/: f5}     a web application firewall answers in the page's place, as it does to crawlers it
                              distrusts (f5: "Request Rejected" with 200; cloudflare: a 403 challenge)
  challenge: {wall: script_cookie, paths: {/: 0}, status: 200}   a bot check a person's browser passes without
                              noticing: a request under a prefix, once the host has answered that many requests
                              without the wall's cookie (0: from the first; 15: a rate-based wall, the first pages
                              real), gets a small page whose script sets the cookie and reloads (``script_cookie``, a
                              hosting's "please wait" splash) or computes a proof of work and passes through
                              ``POW_PASS``, which sets the cookie and answers 302 back (``pow``, as Anubis), or asks
                              a person to pick pictures (``captcha``: never passed by a program); with the
                              cookie the site is served. robots.txt and the wall's own script are never walled
  fail_once: {/path: 503}     the first request for the address answers this status; later ones are served
  cookie_gate: true            a request without the site's session cookie is answered 302 to the same address
                              with Set-Cookie (as some PHP and ASP.NET sites do): a client without cookies loops
  consent_wall: {cookie: c, accept: /pdpa.php, page: wall.html, pattern: '[.]php$'}   a PDPA consent wall: a
                              page matching the pattern without the cookie answers the consent form in its place;
                              the form's action with consent=accept sets the cookie and 302s back to return=
  hang_once: [/prefix/]       the first request for each address never answers; later ones do (a server
                              busy for a moment, as government servers are at night)
  status: {/path: 500}        fail with this HTTP status (a key with its query, /index.php?download=7, is one address)
  redirect: {/old: /new}      301 redirect
  found: {/get.php?id=1: /f.pdf}  302 redirect of one address (path and query), as download counters answer
  redirect_loop: [/path]      redirect to itself forever
  calendar: /calendar.php     an endless calendar: every month links to the next
  news: {path: /news.php, items: 3000, per_page: 20}   a news section built on request (thousands of pages are
                              not committed): ?id=N one item, ?page=K a list page linking the next, ?all=1 every item
  path_params: true           ``;jsessionid=…`` path parameters are ignored, as servlet containers map addresses
  robots: "User-agent: ..."   robots.txt content
  tls: expired                serve HTTPS with an expired self-signed certificate
  types: {/path: text/html}   Content-Type for files whose name says nothing (CMS pages, extension-less files);
                              a key with its query (/get.php?id=3) wins over the bare path
  headers: {/get.php?id=1: {Content-Disposition: ...}}  extra response headers of one address (path and query)
  validators: false           send no ETag/Last-Modified (a CMS that builds every page), so never 304
  post_only: [/download.php]  answer only a POST there (its form fields are the query, as PHP's $_REQUEST reads
                              them; a GET is refused 405), as download buttons behind <form method="post"> do
  moved_to: https://www.x.go.th   the site moved: every request (robots.txt too) answers 301 to the same path
                              and query on that origin, as a municipality's old name does after its upgrade
  page_status: {/ita/2569: 404}   the file is served in full, with this status (Apache's ``ErrorDocument 404
                              /index.php`` as a CMS's router: every pretty address a page answering 404; a
                              template that fails after its content: 500)
  busy: {/path: {status: 503, times: 2, retry_after: 3}}   the first ``times`` requests answer ``status`` with
                              Retry-After (a server at its connection limit at night, a rate limiter); later served
  referer_guard: [/download.php]   403 unless the Referer is a page of the same host (an anti-hotlink rule)
  cookie_guard: {/download.php: PHPSESSID}   403 unless the request carries that cookie (set by a page of the site,
                              e.g. through ``headers``: a download script that checks the visitor's session)
  guest_link: {/:b:/g/: {cookie: FedAuth, to: /personal/x/_layouts/15/onedrive.aspx, login: https://login…}}
                              a share link under the prefix answers 302 to ``to`` (``found`` may name the address)
                              with Set-Cookie ``cookie``; an address under ``to``'s folder without it answers 302 to
                              ``login`` (SharePoint's "anyone with the link": a guest session set on the way)
  head_status: {/download.php: 405}   a HEAD request there answers this status; GET works (scripts that refuse HEAD)
  fallback: {/web/: /web/index.html}  an address under the prefix with no file of its own answers that file (200),
                              as a single-page application behind nginx's ``try_files $uri /web/index.html`` does
  post_keys: {/ita.php: [year]}   a POST there is answered by the file named by these fields only, in this order
                              (``ita.php@year=2569``; the button's and the other fields' values are ignored, as a
                              PHP script reads the fields it wants); without them, the page a GET shows
  postback: {/ita/Default.aspx: {states: {VIEWSTATE: "year=2568&page=1"}, events: {REGEX: {page: "{arg}"}},
             selects: {FIELD: year}, files: {"year=2569&row=ctl02": /Uploads/O5.pdf}, validate: true}}
                              an ASP.NET WebForms page: a POST's state is the one its posted ``__VIEWSTATE`` names,
                              changed by the ``__EVENTTARGET`` (or a Button's posted name) that fullmatches an
                              ``events`` regex (its groups and
                              ``{arg}``, ``__EVENTARGUMENT`` after its ``$``: ``Page$2`` is 2, fill the values) and
                              by each ``selects`` field posted; the answer is the file ``<path>@<state, keys sorted>``,
                              or the ``files`` entry for it sent as an attachment (a LinkButton answering the PDF
                              itself); a state with neither is ASP.NET's 500 "Could not find file"; ``validate``:
                              a postback without ``__EVENTVALIDATION`` or ``__VIEWSTATE`` is ASP.NET's 500 "Invalid
                              postback or callback argument"

Files are sent with an ETag (their content's hash) and Last-Modified (their mtime), and a conditional request
(If-None-Match, else If-Modified-Since) for an unchanged file is answered ``304 Not Modified``, as Apache and
nginx do for static files.

A request with a query string (``/index.php?page_id=12``, as WordPress, Joomla and vendor CMSs address pages) is
served from the file named ``<path>@<query>`` (``index.php@page_id=12``) when there is one; such files are HTML
unless ``types`` says otherwise.

The server counts requests, bytes sent (status line, headers and body) and the most requests in flight per host
(``FarmStats.overlap`` leaves robots.txt out), so tests can check politeness and benchmarks what a night downloads.
``Farm(latency=Latency(...))`` (``oit farm serve --latency 450:0.25:0.03``) makes every site answer as real ones
do: hundreds of milliseconds per request, and a share of requests that never answer (farm/latency.py).
"""
from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import html
import mimetypes
import re
import select
import socket
import ssl
import tempfile
import threading
import time
from collections import defaultdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, parse_qsl, unquote, urlencode, urlsplit

import yaml

from farm.latency import Latency

SITES_DIR = Path(__file__).parent / "sites"
NOT_FOUND = "<html><head><title>404 ไม่พบหน้าที่ต้องการ</title></head><body><h1>ไม่พบหน้าที่ต้องการ</h1></body></html>"
BUSY = ("<html><head><title>503 Service Unavailable</title></head><body><h1>Service Unavailable</h1><p>The server is "
        "temporarily unable to service your request. Please try again later.</p></body></html>")
HOTLINK = "<html><head><title>403 Forbidden</title></head><body><h1>ไม่อนุญาตให้ลิงก์ไฟล์จากเว็บไซต์อื่น</h1></body></html>"
ASPNET_ERROR = ("<html><head><title>{0}</title></head><body bgcolor=\"white\"><span><H1>Server Error in '/' "
                "Application.<hr width=100% size=1 color=silver></H1><h2><i>{0}</i></h2></span><b> Description: </b>An "
                "unhandled exception occurred during the execution of the current web request.<br><b> Exception "
                "Details: </b>{1}</body></html>")
EXPIRED = "<html><head><title>403</title></head><body><p>Session หมดอายุ กรุณาเข้าสู่หน้าเว็บไซต์ใหม่อีกครั้ง</p></body></html>"
mimetypes.add_type("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx")
mimetypes.add_type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx")


# what web application firewalls send a crawler they distrust, as they send it (crawler/firewall.py reads them)
FIREWALLS = {
    "f5": (200, {}, "<html><head><title>Request Rejected</title></head><body>The requested URL was rejected. Please "
                    "consult with your administrator.<br><br>Your support ID is: 14521876124390152631<br><br>"
                    "<a href='javascript:history.back();'>[Go Back]</a></body></html>"),
    "cloudflare": (403, {"cf-mitigated": "challenge", "Server": "cloudflare"},
                   '<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title></head><body><noscript>'
                   '<span id="challenge-error-text">Enable JavaScript and cookies to continue</span></noscript>'
                   "<script>(function(){window._cf_chl_opt={cvId: '3',cType: 'managed'};var a=document."
                   "createElement('script');a.src='/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1';"
                   "document.getElementsByTagName('head')[0].appendChild(a);}());</script></body></html>"),
    "wordfence": (503, {}, "<html><head><title>Your access to this site has been limited by the site owner</title>"
                           "</head><body><h1>Your access to this site has been limited by the site owner</h1><p>If "
                           "you think you have been blocked in error, contact the owner of this site for assistance."
                           "</p><p>Generated by Wordfence at Sun, 6 Dec 2026 23:00:00 GMT.</p></body></html>"),
}

# bot checks a browser passes by itself (manifest ``challenge``): the cookie's name and its value for a host, which
# only running the page's script yields (the value is the token reversed; the proof of work's nonce is searched)
POW_PASS = "/.within.website/x/cmd/anubis/api/pass-challenge"
POW_STATIC = "/.within.website/x/cmd/anubis/static/"
POW_COOKIE = "within.website-x-cmd-anubis-auth"
POW_DIFFICULTY = 3  # leading zero hex digits of the FNV-1a hash of challenge + nonce (~4,096 tries in a browser)
WALL_COOKIE = "wsidchk"
WAIT_PAGE = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow">'
             '<meta name="viewport" content="width=device-width, initial-scale=1"><title></title><style>body{{margin:0;'
             'background:#f4f6f9;font-family:sans-serif}}.box{{margin:20vh auto;width:320px;text-align:center;color:#555}}'
             '.spin{{width:40px;height:40px;margin:0 auto 16px;border:4px solid #ddd;border-top-color:#3a7bd5;'
             'border-radius:50%;animation:s 1s linear infinite}}@keyframes s{{to{{transform:rotate(360deg)}}}}</style>'
             '</head><body><div class="box"><div class="spin"></div><p>กรุณารอสักครู่...</p></div>{script}</body></html>')
WAIT_CODE = ('(function(){{var t="{token}";var v=t.split("").reverse().join("");var d=new Date();'
             'd.setTime(d.getTime()+864e5);document.cookie="' + WALL_COOKIE + '="+v+"; expires="+d.toUTCString()+'
             '"; path=/";setTimeout(function(){{location.reload();}},300);}})();')
WAIT_SCRIPT = "/.wschk/check.js"  # ``external: true``: the same code in a file of its own, nothing of it in the page
POW_PAGE = ('<!DOCTYPE html><html lang="en"><head><title>Making sure you&#39;re not a bot!</title><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="robots" content="noindex,'
            'nofollow"><style>body{{background:#1d2021;color:#f9f5d7;font-family:sans-serif}}main{{max-width:50rem;'
            'margin:auto;padding:2rem;text-align:center}}</style><script id="anubis_version" type="application/json">'
            '"v1.21.3"</script><script id="anubis_challenge" type="application/json">{{"rules":{{"algorithm":"fast",'
            '"difficulty":{difficulty},"report_as":{difficulty}}},"challenge":"{challenge}"}}</script>'
            '<script id="anubis_base_prefix" type="application/json">""</script></head><body id="top"><main>'
            '<h1 id="title" class="centered-div">Making sure you&#39;re not a bot!</h1><div class="centered-div">'
            '<img id="image" style="width:100%;max-width:256px;" src="' + POW_STATIC + 'img/pensive.webp">'
            '<p id="status">Loading...</p><script async type="module" src="' + POW_STATIC + 'js/main.mjs"></script>'
            '<div id="progress" role="progressbar" aria-labelledby="status"><div class="bar-inner"></div></div>'
            '<details><summary>Why am I seeing this?</summary><p>You are seeing this because the administrator of this '
            'website has set up Anubis to protect the server against the scourge of AI companies aggressively '
            'scraping websites.</p></details><noscript><p>Sadly, you must enable JavaScript to get past this '
            'challenge.</p></noscript></div><footer><p>Protected by Anubis From Techaro.</p></footer></main>'
            '</body></html>')
POW_SCRIPT = ('const c = JSON.parse(document.getElementById("anubis_challenge").textContent);\n'
              'const status = document.getElementById("status");\n'
              'function fnv(s) { let h = 0x811c9dc5; for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); '
              'h = Math.imul(h, 0x01000193) >>> 0; } return ("0000000" + h.toString(16)).slice(-8); }\n'
              'status.textContent = "Calculating...";\n'
              'const want = "0".repeat(c.rules.difficulty); const t0 = Date.now();\n'
              'let nonce = 0, hash = fnv(c.challenge + nonce);\n'
              'while (!hash.startsWith(want)) { nonce++; hash = fnv(c.challenge + nonce); }\n'
              'status.textContent = "Success!";\n'
              'setTimeout(() => { const u = new URL("' + POW_PASS + '", window.location.href);\n'
              '  u.searchParams.set("response", hash); u.searchParams.set("nonce", nonce);\n'
              '  u.searchParams.set("redir", window.location.href); u.searchParams.set("elapsedTime", Date.now() - t0);\n'
              '  window.location.replace(u.toString()); }, 250);\n')


CAPTCHA_PAGE = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Human Verification</title></head><body>'
                '<form method="post" action="/.captcha/verify"><h1>Verify you are human</h1><p>ยืนยันว่าคุณไม่ใช่บอท</p>'
                '<div id="captcha-box"></div><button type="submit">Continue</button></form><script>document.getElementById('
                '"captcha-box").textContent = "Select every picture with a traffic light";</script></body></html>')


def _fnv(text: str) -> str:
    value = 0x811C9DC5
    for ch in text:
        value = ((value ^ ord(ch)) * 0x01000193) & 0xFFFFFFFF
    return f"{value:08x}"


def wait_page(token: str, external: bool = False) -> str:
    """The "please wait" splash: its script inline, or in a file of its own (``external``)."""
    script = f'<script src="{WAIT_SCRIPT}"></script>' if external else f"<script>{WAIT_CODE.format(token=token)}</script>"
    return WAIT_PAGE.format(script=script)


def wall_token(host: str) -> str:
    return hashlib.sha1(f"wall:{host}".encode()).hexdigest()[:24]


def _news_page(news: dict, query: dict) -> str:
    """One page of a ``news`` section built on request: an item, a list page, or every item at once."""
    path, items, per = news["path"], int(news["items"]), int(news.get("per_page", 20))
    head = '<html><head><meta charset="utf-8"><title>{}</title></head><body><h1>{}</h1>'
    if "id" in query:
        n = int(query["id"][0] or 0)
        return (head.format(f"ข่าวประชาสัมพันธ์ ฉบับที่ {n}", f"ข่าวประชาสัมพันธ์ ฉบับที่ {n}") +
                f"<p>กิจกรรมประจำวันของหน่วยงาน ลำดับที่ {n}</p><a href=\"{path}?page=1\">ข่าวทั้งหมด</a></body></html>")
    shown = range(1, items + 1) if "all" in query else None
    k = int((query.get("page") or ["1"])[0] or 1)
    shown = shown or range((k - 1) * per + 1, min(items, k * per) + 1)
    links = "".join(f'<li><a href="{path}?id={n}">ข่าวประชาสัมพันธ์ ฉบับที่ {n}</a></li>' for n in shown)
    more = f'<a href="{path}?page={k + 1}">หน้าถัดไป</a>' if "all" not in query and k * per < items else ""
    return head.format("ข่าวประชาสัมพันธ์", "ข่าวประชาสัมพันธ์") + f"<ul>{links}</ul>{more}</body></html>"


class FarmStats:
    """Requests seen per host: how many, the most at once, and each request's path and User-Agent."""

    def __init__(self):
        self.lock = threading.Lock()
        self.requests: dict[str, int] = defaultdict(int)
        self.in_flight: dict[str, int] = defaultdict(int)
        self.max_in_flight: dict[str, int] = defaultdict(int)
        self.bytes_sent: dict[str, int] = defaultdict(int)
        self.not_modified: dict[str, int] = defaultdict(int)  # 304 answers
        self.log: list[tuple[str, str, str]] = []
        self.posts: list[tuple[str, str]] = []  # (host, path?fields) of every POST: which forms a crawler sent
        self.spans: list[list] = []  # [host, path, started, ended] per request: what was in flight together

    def overlap(self, host: str, skip: tuple[str, ...] = ("/robots.txt",)) -> int:
        """The most requests to ``host`` in flight at once, leaving out paths starting with ``skip``."""
        with self.lock:
            spans = [(s[2], s[3] or float("inf")) for s in self.spans if s[0] == host and not s[1].startswith(skip)]
        return max((sum(1 for a, b in spans if a <= start < b) for start, _ in spans), default=0)

    def sent(self, host: str, size: int, status: int) -> None:
        with self.lock:
            self.bytes_sent[host] += size
            self.not_modified[host] += status == 304

    def enter(self, host: str, path: str, agent: str) -> list:
        span = [host, path, time.monotonic(), None]
        with self.lock:
            self.spans.append(span)
            self.requests[host] += 1
            self.in_flight[host] += 1
            self.max_in_flight[host] = max(self.max_in_flight[host], self.in_flight[host])
            self.log.append((host, path, agent))
        return span

    def leave(self, host: str, span: list | None = None) -> None:
        with self.lock:
            self.in_flight[host] -= 1
            if span is not None:
                span[3] = time.monotonic()


def _expired_certificate(host: str, directory: Path) -> tuple[str, str]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(dt.datetime(2020, 1, 1)).not_valid_after(dt.datetime(2021, 1, 1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = directory / f"{host}.crt", directory / f"{host}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return str(cert_path), str(key_path)


class FarmHandler(BaseHTTPRequestHandler):
    server_version = "FarmHTTP/1.0"
    tunnel_host: str | None = None

    def log_message(self, *args) -> None:  # the farm is quiet; tests read FarmStats instead
        pass

    def end_headers(self) -> None:
        # An HTTP/1.0 answer closes its connection, and the farm says so: Twisted's pool otherwise keeps a connection
        # whose answer had a Content-Length, and the next request sent on it meets a closed socket. A GET is sent
        # again by Twisted, a POST is not: a form's button then failed for the farm's reason, not the site's.
        said = any(line.lower().startswith(b"connection:") for line in getattr(self, "_headers_buffer", []))
        if self.command != "CONNECT" and self.request_version != "HTTP/0.9" and not said:
            self.send_header("Connection", "close")
        super().end_headers()

    def do_CONNECT(self) -> None:
        host = self.path.split(":")[0].lower()
        farm: Farm = self.server.farm
        root = farm.site_root(host)
        if root is None or farm.manifest(root).get("down"):
            self.send_error(502, "unknown or unreachable host")
            return
        self.send_response(200, "Connection established")
        self.end_headers()
        try:
            # a shared host's default certificate, for its own name, where the site has none of its own
            name = farm.manifest(root).get("tls_name") or host
            tls = farm.tls_context(name).wrap_socket(self.connection, server_side=True)
        except (ssl.SSLError, OSError):
            self.close_connection = True
            return
        inner = FarmHandler.__new__(FarmHandler)
        inner.tunnel_host = host
        inner.__init__(tls, self.client_address, self.server)
        self.close_connection = True

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if self.tunnel_host:
            host, path, query = self.tunnel_host, self.path.split("?")[0], urlsplit(self.path).query
        elif parts.scheme in {"http", "https"}:
            host, path, query = (parts.hostname or "").lower(), parts.path or "/", parts.query
        else:
            host, path, query = (self.headers.get("Host") or "").split(":")[0].lower(), parts.path, parts.query
        if self.command == "POST":  # a form's fields are read as the query (PHP's $_REQUEST)
            fields = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("latin-1")
            query = "&".join(filter(None, [query, fields]))
            with self.server.farm.stats.lock:
                self.server.farm.stats.posts.append((host, path + (f"?{query}" if query else "")))
        self.server.farm.serve(self, host, path, query)

    do_HEAD = do_GET
    do_POST = do_GET


class FarmHTTPServer(ThreadingHTTPServer):
    """The farm's listening socket, with the backlog of a real web server (Apache and nginx listen with 511).
    socketserver's default of 5 drops new connections while a busy machine is slow to accept them; the client then
    waits out SYN retransmission (1, 3, 7, 15 s): measured as batches of 7.8 s and 14.5 s "latencies" at one
    instant, which AutoThrottle took for slow sites (benchmarks/side_by_side.py, BENCHMARKS.md)."""

    request_queue_size = 1024


class Farm:
    """The farm: start it, point a crawler at ``farm.proxy_url``, stop it."""

    def __init__(self, sites_dir: str | Path = SITES_DIR, host: str = "127.0.0.1", port: int = 0,
                 hang_seconds: float = 60.0, latency: Latency | None = None):
        self.sites_dir = Path(sites_dir)
        self.hang_seconds = hang_seconds
        self.latency = latency
        self._hung_once: set[tuple[str, str]] = set()  # (host, address) that hang_once already held
        self._asked: dict[tuple[str, str], int] = defaultdict(int)  # (host, address) -> requests, for ``busy``
        self.stats = FarmStats()
        self._stopping = threading.Event()
        self._tls: dict[str, ssl.SSLContext] = {}
        self._tmp = tempfile.TemporaryDirectory(prefix="oitfarm-")
        self.httpd = FarmHTTPServer((host, port), FarmHandler)
        self.httpd.daemon_threads = True
        self.httpd.farm = self
        self._thread: threading.Thread | None = None

    @property
    def proxy_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> "Farm":
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="oit-farm", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self._tmp.cleanup()

    def __enter__(self) -> "Farm":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def site_root(self, host: str) -> Path | None:
        for name in (host, host.removeprefix("www."), f"www.{host}"):
            if name and (self.sites_dir / name).is_dir():
                if name != host and self.manifest(self.sites_dir / name).get("one_name"):
                    return None  # its DNS holds only the one name
                return self.sites_dir / name
        return None

    def manifest(self, root: Path) -> dict:
        path = root / "manifest.yaml"
        return (yaml.safe_load(path.read_text(encoding="utf-8")) or {}) if path.exists() else {}

    def tls_context(self, host: str) -> ssl.SSLContext:
        if host not in self._tls:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*_expired_certificate(host, Path(self._tmp.name)))
            self._tls[host] = context
        return self._tls[host]

    def serve(self, handler: FarmHandler, host: str, path: str, query: str) -> None:
        root = self.site_root(host)
        if root is None:
            handler.send_error(502, "unknown host")  # what a proxy says when DNS has no answer
            return
        manifest = self.manifest(root)
        if manifest.get("down") or (manifest.get("http_closed") and not handler.tunnel_host):
            handler.close_connection = True
            handler.connection.shutdown(socket.SHUT_RDWR)
            return
        span = self.stats.enter(host, path + (f"?{query}" if query else ""), handler.headers.get("User-Agent", ""))
        handler.farm_host = host
        try:
            self._respond(handler, root, manifest, path, query)
        finally:
            self.stats.leave(host, span)

    def _respond(self, handler: FarmHandler, root: Path, manifest: dict, path: str, query: str) -> None:
        if manifest.get("path_params"):  # /a;jsessionid=X/b.jsp is /a/b.jsp to Tomcat
            path = re.sub(r";[^/]*", "", path)
        address = path + (f"?{query}" if query else "")
        hangs = self.latency is not None and self.latency.hangs(root.name, address)
        if hangs or any(path.startswith(prefix) for prefix in manifest.get("hang", [])) or self._first_time(
                root.name, address, manifest.get("hang_once", [])):
            self._hang(handler)
            handler.close_connection = True
            return
        if self.latency is not None:
            self._stopping.wait(self.latency.delay(root.name, address))
        if manifest.get("cookie_gate") and "farmsession=" not in (handler.headers.get("Cookie") or ""):
            return self._redirect(handler, 302, address, {"Set-Cookie": "farmsession=1f3a; path=/; HttpOnly"})
        if manifest.get("consent_wall") and self._consent_wall(handler, root, manifest["consent_wall"], path, query):
            return None
        if manifest.get("challenge") and self._challenge(handler, root.name, manifest["challenge"], path, query):
            return None
        wall = next((name for prefix, name in manifest.get("firewall", {}).items() if address.startswith(prefix)), None)
        if wall:
            status, headers, body = FIREWALLS[wall]
            return self._send(handler, status, body.encode(), "text/html; charset=utf-8", headers)
        if manifest.get("moved_to"):
            return self._redirect(handler, 301, manifest["moved_to"].rstrip("/") + address)
        if path in manifest.get("slow", {}):
            time.sleep(float(manifest["slow"][path]))
        fails = manifest.get("fail_once", {})
        if address in fails and self._first_time(root.name, address, [address]):
            return self._send(handler, int(fails[address]), NOT_FOUND.encode(), "text/html; charset=utf-8")
        if path in manifest.get("post_only", []) and handler.command != "POST":
            return self._send(handler, 405, NOT_FOUND.encode(), "text/html; charset=utf-8", {"Allow": "POST"})
        if handler.command == "HEAD" and (refused := self._under(path, manifest.get("head_status", {}))):
            return self._send(handler, int(refused), b"", "text/html; charset=utf-8", {"Allow": "GET, POST"})
        busy = manifest.get("busy", {}).get(address)
        if busy and self._count(root.name, address) <= int(busy.get("times", 1)):
            return self._send(handler, int(busy.get("status", 503)), BUSY.encode(), "text/html; charset=utf-8",
                              {"Retry-After": str(busy.get("retry_after", 5))})
        if self._under(path, dict.fromkeys(manifest.get("referer_guard", []), 1)) and \
                urlsplit(handler.headers.get("Referer") or "").hostname != root.name:
            return self._send(handler, 403, HOTLINK.encode(), "text/html; charset=utf-8")
        cookie = self._under(path, manifest.get("cookie_guard", {}))
        if cookie and f"{cookie}=" not in (handler.headers.get("Cookie") or ""):
            return self._send(handler, 403, EXPIRED.encode(), "text/html; charset=utf-8")
        statuses = manifest.get("status", {})
        if address in statuses or path in statuses:  # one address of a CMS (index.php?…&download=7) or a path
            return self._send(handler, int(statuses.get(address, statuses.get(path))), NOT_FOUND.encode(),
                              "text/html; charset=utf-8")
        guest = next((g for prefix, g in manifest.get("guest_link", {}).items() if path.startswith(prefix)), None)
        if guest:
            return self._redirect(handler, 302, manifest.get("found", {}).get(address, guest["to"]),
                                  {"Set-Cookie": f"{guest['cookie']}=77u/PD94bWwgdmVyc2lvbj0; path=/; secure; HttpOnly"})
        login = next((g for g in manifest.get("guest_link", {}).values()
                      if path.startswith(g["to"].rsplit("/", 1)[0] + "/")), None)
        if login and f"{login['cookie']}=" not in (handler.headers.get("Cookie") or ""):
            return self._redirect(handler, 302, login["login"])
        if address in manifest.get("found", {}):
            return self._redirect(handler, 302, manifest["found"][address])
        if path in manifest.get("redirect", {}):
            return self._redirect(handler, 301, manifest["redirect"][path])
        if path in manifest.get("redirect_loop", []):
            return self._redirect(handler, 302, path)
        if path == manifest.get("calendar"):
            month = int(parse_qs(query).get("m", ["0"])[0] or 0)
            body = (f"<html><head><title>ปฏิทินกิจกรรม เดือนที่ {month}</title></head><body><h1>ปฏิทินกิจกรรม</h1>"
                    f'<a href="{path}?m={month + 1}">เดือนถัดไป</a> <a href="{path}?m={month - 1}">เดือนก่อน</a></body></html>')
            return self._send(handler, 200, body.encode(), "text/html; charset=utf-8")
        news = manifest.get("news")
        if news and path == news["path"]:
            return self._send(handler, 200, _news_page(news, parse_qs(query)).encode(), "text/html; charset=utf-8")
        if path == "/robots.txt":
            if "robots" in manifest:
                return self._send(handler, 200, manifest["robots"].encode(), "text/plain")
            return self._send(handler, 404, b"not found", "text/plain")
        if handler.command == "POST" and path in manifest.get("post_keys", {}):
            posted = dict(parse_qsl(query, keep_blank_values=True))
            query = urlencode([(k, posted[k]) for k in manifest["post_keys"][path] if posted.get(k)])
        if handler.command == "POST" and path in manifest.get("postback", {}):
            spec = manifest["postback"][path]
            state, error = self._postback_state(spec, dict(parse_qsl(query, keep_blank_values=True)))
            if error:
                return self._send(handler, 500, ASPNET_ERROR.format(*error).encode(), "text/html; charset=utf-8")
            query = state
            if state in spec.get("files", {}):  # Response.WriteFile: the document in the page's place
                target = spec["files"][state]
                file = self._file(root, target, "")
                if file is None:
                    return self._send(handler, 500, ASPNET_ERROR.format(
                        f"Could not find file '{target}'.", "System.IO.FileNotFoundException").encode(),
                        "text/html; charset=utf-8")
                return self._send(handler, 200, file.read_bytes(), mimetypes.guess_type(file.name)[0] or
                                  "application/octet-stream",
                                  {"Content-Disposition": f'attachment; filename="{Path(target).name}"'})
            if state and not (root / f"{path.lstrip('/')}@{state}").is_file():
                return self._send(handler, 500, ASPNET_ERROR.format(
                    "Could not find file.", "System.IO.FileNotFoundException").encode(), "text/html; charset=utf-8")
        file = self._file(root, path, query)
        if file is None:
            shell = next((to for prefix, to in manifest.get("fallback", {}).items() if path.startswith(prefix)), None)
            file = shell and self._file(root, shell, "")
        if file is None:
            return self._send(handler, 404, NOT_FOUND.encode(), "text/html; charset=utf-8")
        types = manifest.get("types", {})
        ctype = types.get(address) or types.get(path) or (
            "text/html" if "@" in file.name else mimetypes.guess_type(file.name)[0] or "application/octet-stream")
        body = file.read_bytes()
        if ctype == "text/html":
            if manifest.get("encoding"):
                body = body.decode("utf-8").encode(manifest["encoding"], errors="replace")
            charset = manifest.get("charset_header", manifest.get("encoding", "utf-8"))
            ctype = f"text/html; charset={charset}" if charset else "text/html"
        status = int(manifest.get("page_status", {}).get(address, manifest.get("page_status", {}).get(path, 200)))
        if status != 200:  # an error status with the page in full: no validators, as a script's answer has none
            return self._send(handler, status, body, ctype, manifest.get("headers", {}).get(address))
        if manifest.get("validators", True):
            validators = {"ETag": f'"{hashlib.sha1(body).hexdigest()[:20]}"',
                          "Last-Modified": email.utils.formatdate(int(file.stat().st_mtime), usegmt=True)}
            if self._unchanged(handler, validators, int(file.stat().st_mtime)):
                return self._send(handler, 304, b"", ctype, validators)
            return self._send(handler, 200, body, ctype, {**validators, **manifest.get("headers", {}).get(address, {})})
        self._send(handler, 200, body, ctype, manifest.get("headers", {}).get(address))

    def _challenge(self, handler: FarmHandler, host: str, spec: dict, path: str, query: str) -> bool:
        """Answer with the site's bot check (manifest ``challenge``) when this request is walled; True if answered."""
        kind, cookies = spec.get("wall", "script_cookie"), handler.headers.get("Cookie") or ""
        token = wall_token(host)
        if kind == "pow" and path == POW_PASS:  # the proof of work checked; the cookie set; back where it came from
            got = {k: v[0] for k, v in parse_qs(query).items()}
            redir = urlsplit(got.get("redir", "/"))
            back = (redir.path or "/") + (f"?{redir.query}" if redir.query else "")
            if _fnv(token + got.get("nonce", "")) != got.get("response") or \
                    not got.get("response", "").startswith("0" * POW_DIFFICULTY):
                self._send(handler, 403, b"<html><body><h1>Oh noes!</h1><p>invalid response</p></body></html>",
                           "text/html; charset=utf-8")
                return True
            self._redirect(handler, 302, back, {"Set-Cookie": f"{POW_COOKIE}=eyJhbGciOiJFZERTQSJ9.{token}; Path=/; "
                                                              "HttpOnly; SameSite=Lax"})
            return True
        if kind == "script_cookie" and spec.get("external") and path == WAIT_SCRIPT:
            self._send(handler, 200, WAIT_CODE.format(token=token).encode(), "text/javascript; charset=utf-8")
            return True
        if kind == "pow" and path == POW_STATIC + "js/main.mjs":
            self._send(handler, 200, POW_SCRIPT.encode(), "text/javascript; charset=utf-8")
            return True
        passed = f"{POW_COOKIE}=eyJhbGciOiJFZERTQSJ9.{token}" if kind == "pow" else f"{WALL_COOKIE}={token[::-1]}"
        if passed in cookies or path == "/robots.txt" or path.startswith(POW_STATIC):
            return False
        seen = self._count(host, "\0challenge") - 1  # requests this host answered without the cookie before this one
        if not any(path.startswith(prefix) and seen >= int(after) for prefix, after in spec.get("paths", {"/": 0}).items()):
            return False
        page = POW_PAGE.format(difficulty=POW_DIFFICULTY, challenge=token) if kind == "pow" else CAPTCHA_PAGE \
            if kind == "captcha" else wait_page(token, bool(spec.get("external")))
        self._send(handler, int(spec.get("status", 200)), page.encode(), "text/html; charset=utf-8",
                   {"Cache-Control": "no-store"})
        return True

    @staticmethod
    def _postback_state(spec: dict, fields: dict) -> tuple[str, tuple | None]:
        """The state an ASP.NET postback leads to (the query naming its answer's file), or the error it raises."""
        if spec.get("validate") and not (fields.get("__VIEWSTATE") and "__EVENTVALIDATION" in fields):
            return "", ("Invalid postback or callback argument.", "System.ArgumentException: Invalid postback or "
                        "callback argument. Event validation is enabled using &lt;pages enableEventValidation=\"true\"/&gt;")
        state = dict(parse_qsl(spec.get("states", {}).get(fields.get("__VIEWSTATE", ""), spec.get("initial", "")),
                               keep_blank_values=True))
        state.pop("row", None)
        for name, key in spec.get("selects", {}).items():
            if name in fields:
                state[key] = fields[name]
        target, argument = fields.get("__EVENTTARGET", ""), fields.get("__EVENTARGUMENT", "")
        clicked = [target] if target else list(fields)   # the event's control; without one, a Button posted by name
        for pattern, changes in spec.get("events", {}).items():
            found = next(filter(None, (re.fullmatch(pattern, name) for name in clicked)), None)
            if found:
                values = {**found.groupdict(), "arg": argument.split("$", 1)[-1]}
                state.update({k: str(v).format(**values) for k, v in changes.items()})
                break
        return urlencode(sorted(state.items())), None

    def _consent_wall(self, handler: FarmHandler, root: Path, spec: dict, path: str, query: str) -> bool:
        """A PDPA cookie-consent wall served by the site's PHP front (``consent_wall``: cookie, accept, page,
        pattern): every address matching ``pattern`` without the consent cookie answers 200 with the consent form
        (``page``, its ``{return}`` the address asked); the form's action (``accept``) answered with
        ``consent=accept``/``all`` sets the cookie and sends the reader back to ``return``, with anything else
        (``reject``) back without it. Static files (uploads) are served by the web server, not behind the wall."""
        fields = dict(parse_qsl(query, keep_blank_values=True))
        back = fields.get("return") or "/"
        back = back if back.startswith("/") else "/"
        if path == spec["accept"]:
            if fields.get("consent") in ("accept", "all"):
                self._redirect(handler, 302, back, {"Set-Cookie": f"{spec['cookie']}=1; path=/; Max-Age=31536000"})
            else:
                self._redirect(handler, 302, back)
            return True
        if not re.search(spec.get("pattern", r"\.php$"), path) or f"{spec['cookie']}=" in (handler.headers.get("Cookie") or ""):
            return False
        address = path + (f"?{query}" if query else "")
        page = (root / spec["page"]).read_text(encoding="utf-8").replace("{return}", html.escape(address, quote=True))
        self._send(handler, 200, page.encode(), "text/html; charset=utf-8")
        return True

    @staticmethod
    def _under(path: str, prefixes: dict):
        """The value of the first of ``prefixes`` that ``path`` starts with, else None."""
        return next((value for prefix, value in prefixes.items() if path.startswith(prefix)), None)

    def _count(self, host: str, address: str) -> int:
        """How many times ``address`` of ``host`` has been asked, this request included."""
        with self.stats.lock:
            self._asked[(host, address)] += 1
            return self._asked[(host, address)]

    def _first_time(self, host: str, address: str, prefixes: list[str]) -> bool:
        """True the first time ``address`` (under one of ``prefixes``) is asked of ``host``."""
        if not any(address.startswith(prefix) for prefix in prefixes):
            return False
        with self.stats.lock:
            first = (host, address) not in self._hung_once
            self._hung_once.add((host, address))
        return first

    def _hang(self, handler: FarmHandler) -> None:
        """Never answer: until the farm stops, ``hang_seconds`` pass, or the client gives up and closes the
        connection (as a real server notices; until then the request counts as in flight at this host)."""
        deadline = time.monotonic() + self.hang_seconds
        while not self._stopping.is_set() and time.monotonic() < deadline:
            try:  # readable while waiting for our answer: the client closed it (HTTP/1.0, nothing pipelined)
                if select.select([handler.connection], [], [], 0.1)[0]:
                    return
            except (OSError, ValueError):
                return

    @staticmethod
    def _unchanged(handler: FarmHandler, validators: dict, mtime: int) -> bool:
        """RFC 9110 §13.2.2: If-None-Match decides when present; else If-Modified-Since."""
        tags = handler.headers.get("If-None-Match")
        if tags is not None:
            return validators["ETag"] in {t.strip() for t in tags.split(",")} or tags.strip() == "*"
        since = handler.headers.get("If-Modified-Since")
        try:
            return since is not None and mtime <= email.utils.parsedate_to_datetime(since).timestamp()
        except (TypeError, ValueError):
            return False

    @staticmethod
    def _file(root: Path, path: str, query: str) -> Path | None:
        """The file that answers ``path?query``: ``<path>@<query>`` for CMS-style addresses, else the path.

        ``/?page_id=12`` -> ``@page_id=12``, ``/index.php?id=3`` -> ``index.php@id=3``, ``/docs/`` -> ``docs/index.html``.
        """
        names = [f"{path.lstrip('/')}@{query}"] if query else []
        names.append(path.lstrip("/"))
        if "%" in path:  # a file named in Thai, asked for percent-encoded in UTF-8 (Apache decodes the path)
            names.append(unquote(path, errors="replace").lstrip("/"))
        inside = root.resolve()
        for name in names:
            try:  # a percent-encoded Thai name may be longer than a file name can be (255 bytes)
                file = root / name
                file = (file / "index.html" if file.is_dir() else file).resolve()
                if inside in file.parents and file.is_file() and file.name not in {"manifest.yaml", "expected.yaml"}:
                    return file
            except OSError:
                continue
        return None

    @staticmethod
    def _send(handler: FarmHandler, status: int, body: bytes, ctype: str, headers: dict | None = None) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", ctype)
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        if status != 304:
            handler.send_header("Content-Length", str(len(body)))
        head = sum(len(line) for line in getattr(handler, "_headers_buffer", []))
        handler.end_headers()
        sent = head + 2
        if handler.command != "HEAD" and status != 304:
            handler.wfile.write(body)
            sent += len(body)
        handler.server.farm.stats.sent(getattr(handler, "farm_host", ""), sent, status)

    @staticmethod
    def _redirect(handler: FarmHandler, status: int, location: str, headers: dict | None = None) -> None:
        handler.send_response(status)
        handler.send_header("Location", location)
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", "0")
        handler.end_headers()
