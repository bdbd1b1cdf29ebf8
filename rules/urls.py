"""The forms of URLs the crawler and the engine share: the one form pages are stored and looked up by, the kind
of document an address serves, the file a document viewer shows.

It lives in ``rules/``, the lowest package, because both the crawler (which stores pages under these forms) and
the engine (which looks evidence up by them) must agree on them, and the engine imports nothing above ``rules/``.

>>> clean_url("HTTP://X.go.th/a b.pdf#page=2")
'http://x.go.th/a%20b.pdf'
>>> session_free("http://x.go.th/portal/page.do;jsessionid=9F2A?id=5&PHPSESSID=ab12")
'http://x.go.th/portal/page.do?id=5'
>>> doc_kind("http://x.go.th/file?id=3", "application/pdf; qs=1"), viewer_target("http://x.go.th/pdfjs/web/viewer.html?file=/d/x.pdf")
('pdf', 'http://x.go.th/d/x.pdf')
"""
from __future__ import annotations

import ipaddress
import re
import socket
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from w3lib.url import safe_url_string

DOC_TYPES = {
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/msword": "doc",
    "application/vnd.ms-excel": "xls",
    # what else agencies publish an item's evidence in: legacy and OpenDocument office files, archives of PDFs
    "application/vnd.ms-powerpoint": "ppt",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "application/vnd.oasis.opendocument.presentation": "odp",
    "application/zip": "zip",
    "application/x-zip-compressed": "zip",
    "application/vnd.rar": "rar",
    "application/x-rar-compressed": "rar",
    "application/x-7z-compressed": "7z",
    # saved from Word/WordPad/Notepad/Excel/the browser, or printed to XPS (crawler/textformats.py)
    "application/rtf": "rtf",
    "text/rtf": "rtf",
    "application/x-rtf": "rtf",
    "message/rfc822": "mht",
    "multipart/related": "mht",
    "application/x-mimearchive": "mht",
    "text/plain": "txt",
    "text/csv": "csv",
    "application/vnd.ms-xpsdocument": "xps",
    "application/oxps": "xps",
}
DOC_EXTENSIONS = {".pdf": "pdf", ".docx": "docx", ".xlsx": "xlsx", ".doc": "doc", ".xls": "xls", ".ppt": "ppt",
                  ".pptx": "pptx", ".odt": "odt", ".ods": "ods", ".odp": "odp", ".zip": "zip", ".rar": "rar",
                  ".7z": "7z", ".rtf": "rtf", ".mht": "mht", ".mhtml": "mht", ".txt": "txt", ".csv": "csv",
                  ".xps": "xps", ".oxps": "xps"}
# every kind of document a page record may be: its words are the document's (years, months, headings), and a
# document with no words read is one nobody read, not an empty page (rules/checks.py, quarters.py, coverage.py)
DOCUMENT_KINDS = frozenset(DOC_EXTENSIONS.values()) | {"image"}
VIEWER_PATH = re.compile(r"viewer|pdfjs|preview|/view|/gview", re.I)  # gview: Google's Docs viewer, older form
PDFJS_PATH = re.compile(r"pdfjs|pdf\.js|/web/viewer\.(?:html|php)$", re.I)  # Mozilla's viewer, as sites bundle it
# A fragment that is a client-side route (``#/ita2569/o1``, ``#!/news``): a different page in a reader's browser,
# drawn by the page's scripts (hash-routed applications), not a place on the same page.
ROUTE_FRAGMENT = re.compile(r"^!?/[^/\s]")


@lru_cache(maxsize=32_768)  # a site's menu links the same addresses from every page (issue 25)
def clean_url(url: str) -> str:
    """Absolute URL without its #fragment (unless the fragment is a client-side route), percent-encoded as sent
    (Thai file names are common): the one form pages are stored and looked up by."""
    parts = urlsplit(safe_url_string(url.strip()))
    route = parts.fragment if ROUTE_FRAGMENT.match(parts.fragment) else ""
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, route))


def doc_kind(url: str, content_type: str = "") -> str | None:
    """``pdf``, ``docx``, ``xlsx``, ``doc`` or ``xls`` by the type the server sent, else by the name; None else."""
    ctype = content_type.split(";")[0].strip().lower()
    if ctype in DOC_TYPES:
        return DOC_TYPES[ctype]
    path = urlsplit(url).path.lower()
    return next((kind for ext, kind in DOC_EXTENSIONS.items() if path.endswith(ext)), None)


def viewer_target(url: str) -> str:
    """The document a viewer URL shows: ``/pdfjs/web/viewer.html?file=/docs/x.pdf`` -> ``/docs/x.pdf``."""
    parts = urlsplit(url)
    if not parts.query or doc_kind(url) or not VIEWER_PATH.search(parts.path):
        return ""  # download.php?file=x.pdf is the document itself
    pdfjs = PDFJS_PATH.search(parts.path)
    for key, value in parse_qsl(parts.query):
        # PDF.js shows whatever its ``file`` is, named or not: viewer.html?file=/download.php?id=41
        if key.lower() in {"file", "url", "src", "doc", "pdf"} and (
                doc_kind(value) or (pdfjs and key.lower() == "file" and re.search(r"[/.?]", value))):
            return clean_url(urljoin(url, value))
    return ""


# Addresses a crawler or a sender must not reach unless told to (crawler/middlewares.py, alerts/channels.py).
# a document shown in a frame: a Drive folder's or file's embed, Google's Docs viewer, an Office or OneDrive embed
_DOCUMENT_FRAME = re.compile(r"^https?://(?:drive\.google\.com/(?:embeddedfolderview|file/d/|drive/folders/|open\?)|"
                             r"docs\.google\.com/(?:viewer|gview|document/d/|spreadsheets/d/|presentation/d/)|"
                             r"view\.officeapps\.live\.com/|onedrive\.live\.com/embed)", re.I)


def document_frame(url: str) -> bool:
    """Whether an iframe at ``url`` shows a document (a person reads the file, or the folder's files, in the frame)."""
    return bool(_DOCUMENT_FRAME.match(url or "")) or doc_kind(url) is not None or bool(viewer_target(url))


# A dashboard or chart host's embed (Looker Studio/Data Studio, Power BI, Tableau, ArcGIS Dashboards, Infogram,
# Flourish, Datawrapper, a published Google Sheets chart): the server sends the host's application, and what a person
# reads (figures, labels, a chart) is drawn by its script from the host's data service; nothing to read as text
_DASHBOARD_FRAME = re.compile(
    r"^https?://(?:(?:lookerstudio|datastudio)\.google\.com/(?:u/\d+/)?(?:embed/)?(?:s/|reporting/)|"
    r"app\.powerbi\.com/(?:view|reportEmbed|dashboardEmbed)\b|(?:public\.|[\w-]+\.online\.)?tableau\.com/"
    r"(?:app/profile/[^/]+/)?(?:shared/|views?/)|[\w.-]+\.arcgis\.com/apps/(?:dashboards|opsdashboard)/|"
    r"(?:e\.)?infogram\.com/(?!$)|(?:flo\.uri\.sh|public\.flourish\.studio)/(?:visualisation|story)/|"
    r"datawrapper\.dwcdn\.net/\w|docs\.google\.com/spreadsheets/d/e/[^/]+/pubchart)", re.I)


def dashboard_frame(url: str) -> bool:
    """Whether an iframe at ``url`` shows a hosted dashboard or chart (Looker Studio, Power BI, Tableau, ArcGIS …):
    what a person reads there is drawn by the host's script, not sent as text."""
    return bool(_DASHBOARD_FRAME.match(url or ""))


LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


def is_private_address(address: str) -> bool:
    """True for every address that is not globally routable: private, loopback, link-local, shared
    (100.64.0.0/10), benchmarking, documentation, reserved, multicast, unspecified; IPv4 inside IPv6 too."""
    ip = ipaddress.ip_address(address.split("%")[0])
    inner = (ip.ipv4_mapped or ip.sixtofour) if isinstance(ip, ipaddress.IPv6Address) else None
    if inner is not None:
        ip = inner
    return not ip.is_global or ip.is_multicast


def literal_address(host: str) -> str | None:
    """The address a host name spells out, in any spelling a resolver accepts ("127.1", "0x7f000001",
    "2130706433", "[::1]"), or None for a real name."""
    host = host.strip("[]")
    try:
        return str(ipaddress.ip_address(host.split("%")[0]))
    except ValueError:
        pass
    try:
        return socket.inet_ntoa(socket.inet_aton(host))  # inet_aton takes the legacy short, octal and hex forms
    except (OSError, ValueError):
        return None


def name_is_private(host: str) -> bool:
    """True when ``host`` names a private address without DNS: an address literal or a local name."""
    host = (host or "").lower().rstrip(".")  # "localhost." is localhost
    if not host or host in LOCAL_NAMES or host.endswith((".localhost", ".local", ".internal")):
        return True
    address = literal_address(host)
    return address is not None and is_private_address(address)


SESSION_PARAMS = re.compile(r"^(phpsessid|sid|sessionid|session_id|jsessionid|oscsid|zenid|cfid|cftoken|"
                            r"utm_\w+|fbclid|gclid|_ga|replytocom)$", re.I)
# a session carried as a path parameter (Tomcat's ``/page.do;jsessionid=…?id=5``): each page may hand out its own
SESSION_PATH = re.compile(r";(jsessionid|phpsessid|sid|sessionid)=[^/?#;]*", re.I)


def session_free(url: str) -> str:
    """``url`` without session ids (query or path parameter) and tracking tags, the other parameters in their order:
    the one form the crawler fetches and stores a page under, and the engine looks a link up by."""
    parts = urlsplit(url)
    if ";" in parts.path and SESSION_PATH.search(parts.path):
        parts = parts._replace(path=SESSION_PATH.sub("", parts.path))
        url = urlunsplit(parts)
    if not parts.query:
        return url
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if not SESSION_PARAMS.match(k)]
    if len(kept) == len(pairs):
        return url  # untouched: re-encoding could change how the server reads it
    return urlunsplit(parts._replace(query=urlencode(kept, safe="/:@!$'()*,;")))


class PagesByUrl(dict[str, dict[str, Any]]):
    """Pages by the URL they were stored under; a link written with a session id finds its page without it."""

    def get(self, url: str, default: Any = None) -> Any:
        page = super().get(url)
        if page is None and url:
            page = super().get(session_free(url))
        return default if page is None else page


_PAGED_PATH = re.compile(r"/page/\d+/?$")
# a list's page number (crawler/frontier.py: pagination is long but finite news)
PAGE_PARAMS = re.compile(r"^(page|paged|pg|pageno|page_?num|p_?no|start|limitstart|offset|skip|per_?page)$", re.I)


def same_listing(url: str, listing: str) -> bool:
    """Whether ``url`` is another page of the paginated list at ``listing``: the same address but for a page number
    (WordPress ``/category/moit2569/page/3/``, ``?paged=3``, ``?page=3``), as its numbered links lead.

    >>> same_listing("http://x.go.th/category/moit2569/page/5/", "http://x.go.th/category/moit2569/page/4/")
    True
    >>> same_listing("http://x.go.th/news.php?cat=2&page=2", "http://x.go.th/news.php?cat=2")
    True
    >>> same_listing("http://x.go.th/news.php?cat=3&page=2", "http://x.go.th/news.php?cat=2")
    False
    >>> same_listing("http://x.go.th/index.php?page=news", "http://x.go.th/index.php?page=ita")
    False
    """
    a, b = urlsplit(url), urlsplit(listing)
    if (a.hostname or "").lower() != (b.hostname or "").lower() or (a.path, a.query) == (b.path, b.query):
        return False
    return _unpaged(a.path, a.query) == _unpaged(b.path, b.query)


def _unpaged(path: str, query: str) -> tuple[str, list[tuple[str, str]]]:
    """An address without its page number: the list every page of it belongs to."""
    return (_PAGED_PATH.sub("/", path.rstrip("/") + "/"),
            sorted((k, v) for k, v in parse_qsl(query, keep_blank_values=True)
                   if not (PAGE_PARAMS.match(k) and (v.isdigit() or not v))))  # ?page=ita is a route, not a number

