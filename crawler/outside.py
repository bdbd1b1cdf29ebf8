"""The agency's publishing space outside its domain, and sites that moved to another name.

Many agencies publish their OIT section on Google Sites, as published Google Docs/Sheets or on a hosted blog
(Blogger, WordPress.com), linked from their own site. A person reads those pages as the agency's; so does the crawler, within bounds: only pages the agency
links, plus ``OutsideBounds.max_hops`` links deeper from those (inside one Google Site, or to a published document
it links), at most ``OutsideBounds.max_pages`` per agency. Pages on other outside hosts (Drive files, Facebook,
flipbooks) keep their one reachability check (crawler/outbound.py): their content is built by scripts and cannot
be read from what the server sends. A document (PDF, Word, Excel…) the agency links on a host that serves files at
their address — object storage (S3, Google Cloud Storage, Azure blob, Spaces, CloudFront) or its CMS vendor's file
server — is read as its evidence, at most ``OutsideBounds.max_documents`` per agency (``outside_document``); a
bucket's static website page is an outside publishing space.

>>> unwrap("https://www.google.com/url?q=https://sites.google.com/view/x-ita/home&sa=D&ust=1")
'https://sites.google.com/view/x-ita/home'
>>> unwrap("https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.x.go.th%2Fita%2F&h=AT0")
'https://www.x.go.th/ita/'
>>> outside_space("https://sites.google.com/view/x-ita/o1"), outside_space("https://docs.google.com/document/d/1a/edit")
('sites.google.com/view/x-ita', None)
>>> outside_space("https://x-ita2569.blogspot.com/2026/03/o5.html"), slot_host("x-ita2569.blogspot.com")
('x-ita2569.blogspot.com', 'blogspot.com')
>>> outside_space("https://x-oit.wordpress.com/o5/"), outside_space("https://public-api.wordpress.com/rest")
('x-oit.wordpress.com', None)
>>> outside_space("https://x-oit.files.wordpress.com/2026/03/o5.pdf"), outside_space("https://linktr.ee/x_sao")
('x-oit.wordpress.com', 'linktr.ee/x_sao')
>>> site_move("http://www.x-sao.go.th/", "https://www.x.go.th/index.php")
('www.x.go.th', True)
>>> site_move("http://www.x.go.th/", "https://www.cheap-hosting.com/parked")
('www.cheap-hosting.com', False)
>>> site_move("http://www.x-sao.go.th/", "https://xsao.my.canva.site/"), site_move("http://x.go.th/", "https://www.canva.com/")
(('xsao.my.canva.site', True), ('www.canva.com', False))
>>> outside_space("https://padlet.com/xsao/ita2569-q8w3e5r7"), outside_space("https://padlet.com/api/5/wishes?wall_id=9")
('padlet.com/xsao/ita2569-q8w3e5r7', None)
>>> outside_space("https://padlet.com/embed/q8w3e5r7"), outside_space("https://xsao.my.canva.site/ita-2569")
('padlet.com/embed/q8w3e5r7', 'xsao.my.canva.site')
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, parse_qsl, urlencode, urlsplit, urlunsplit

from rules.urls import doc_kind

# Link wrappers: (host, path) -> the query parameters that hold the real address. Search results, Google Docs
# and Sites, Facebook and YouTube rewrite every outgoing link through one of these.
WRAPPERS: dict[tuple[str, str], tuple[str, ...]] = {
    ("www.google.com", "/url"): ("q", "url"), ("google.com", "/url"): ("q", "url"),
    ("www.google.co.th", "/url"): ("q", "url"), ("l.facebook.com", "/l.php"): ("u",),
    ("lm.facebook.com", "/l.php"): ("u",), ("m.facebook.com", "/l.php"): ("u",),
    ("www.facebook.com", "/l.php"): ("u",), ("l.messenger.com", "/l.php"): ("u",),
    ("l.instagram.com", "/"): ("u",), ("www.youtube.com", "/redirect"): ("q",),
}

# Hosts whose pages are server-rendered HTML holding their content, read as the agency's own pages.
SITES_HOST = "sites.google.com"
# Hosted blogs: each blog its own host name (<blog>.blogspot.com, <blog>.wordpress.com), every blog of a platform
# served by its one front end; the platform's own names are no one's blog
BLOG = re.compile(r"^(?!(?:www|public-api|subscribe|widgets|developer|apps|th|en|files)\.)"
                  r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.(blogspot\.com|wordpress\.com)$")
BLOG_HOSTS = ("blogspot.com", "wordpress.com")
# a WordPress.com blog's uploads (its PDFs) on the platform's classic media host: the blog's own files
BLOG_MEDIA = re.compile(r"^([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)\.files\.wordpress\.com$")
# Link hubs (Linktree and its like): one server-rendered page per account listing its links, which small agencies
# name as their ITA/OIT index ("MOIT 2569" in the menu); /<account> is a space, the platform's own pages are not
LINK_HUBS = ("linktr.ee", "beacons.ai", "bio.link", "taplink.cc")
HUB_RESERVED = {"s", "admin", "login", "register", "signup", "blog", "help", "privacy", "terms", "marketplace"}
OUTSIDE_READ_HOSTS = (SITES_HOST, "docs.google.com", *BLOG_HOSTS, *LINK_HUBS, "padlet.com", "www.dropbox.com")  # each its own download slot (crawler/settings.py)
# A site builder's file store: what an agency uploads to its Wix site is served from its account's own file host
# (``<account>-<hash>.usrfiles.com/ugd/…``, ``<account>.filesusr.com/ugd/…``) or Wix's document hosts
# (``docs.wixstatic.com/ugd/…``): the agency's own documents, which a person opens and reads as its own.
# A board's uploads are the board owner's too: Padlet keeps a post's file at
# ``padlet-uploads.storage.googleapis.com/<wall id>/<hash>/<name>`` (its Thai letters turned into "_").
BUILDER_FILES = re.compile(r"^https?://(?:(?:[a-z0-9-]+\.(?:usrfiles|filesusr)\.com|(?:docs|static)\.wixstatic\.com)/ugd/"
                           r"|padlet-uploads\.storage\.googleapis\.com/\d+/[0-9a-f]+/)[^?#]+\.\w{2,5}(?:[?#]|$)", re.I)
# A site builder's website on its own host name per account (``<name>.my.canva.site``, ``<name>.weebly.com``,
# ``<name>.square.site``, ``<name>.notion.site``): an agency's name forwarded there is where it publishes, as a
# Google Site is (site_move); the builders' own names are no one's site
BUILDER_SITE = re.compile(r"^(?!(?:www|api|static|help|support|app)\.)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\."
                          r"(?:my\.canva\.site|weebly\.com|square\.site|notion\.site)$")
# A public Padlet board (``padlet.com/<owner>/<board>``): one page whose columns and posts Padlet's app draws from
# the board's JSON on padlet.com itself; a person reads it as the agency's page. Padlet's own pages are no board.
PADLET_HOST = "padlet.com"
PADLET_RESERVED = {"api", "auth", "dashboard", "padlets", "site", "about", "premium", "gallery", "settings", "packs",
                   "embed", "my", "login", "signup", "support", "features", "pricing", "education"}
# published to the web: /pub (Docs, Slides), /pubhtml (Sheets), and a deck's /embed as its embed code frames it
DOCS_PUBLISHED = re.compile(r"^(/(?:document|spreadsheets|presentation)/d/(?:e/)?[\w-]+)/pub(?:html)?(?:/|$)|"
                            r"^(/presentation/d/e/[\w-]+)/embed(?:/|$)")

# A file shared from cloud storage: the share's page is drawn by script (a preview), while the host serves the file
# itself at the same address with the documented direct form (Dropbox: ``dl=1`` downloads, ``raw=1`` shows it).
# A person opening the share reads the file; so does the crawler, as an outside page read (one polite slot per host).
DROPBOX_FILE = re.compile(r"^/(?:scl/fi/[\w-]+|s/[\w-]+)/[^/]+$")
DROPBOX_HOSTS = ("www.dropbox.com", "dropbox.com")
DROPBOX_CONTENT = "dl.dropboxusercontent.com"  # each file answered from its own <token>.dl.dropboxusercontent.com
# SharePoint / OneDrive for Business: ``<tenant>.sharepoint.com/:b:/g/…`` a PDF (``:w:`` Word, ``:x:`` Excel, ``:p:``
# PowerPoint; ``/r/`` the path form), ``download=1`` on the same link sends the file (Microsoft's documented form)
SHAREPOINT_FILE = re.compile(r"^/:[bwxp]:/[gr]/")
# a shared file linked in the form that answers with the file: Box's "direct link" (``/shared/static/<key>.pdf``),
# Dropbox's content host (``dl.dropboxusercontent.com/s/…``), OneDrive's ``download?resid=…`` (its embed's twin)
DIRECT_FILES = re.compile(r"^(?:(?:[\w-]+\.)?app\.box\.com/shared/static/[\w-]+\.\w{2,5}$|"
                          r"(?:[\w-]+\.)?dl\.dropboxusercontent\.com/(?:s|scl/fi)/|onedrive\.live\.com/download$)")

# Object storage and file hosts: an agency's documents uploaded to a bucket (Amazon S3 virtual-hosted or path-style,
# Google Cloud Storage, Azure blob, DigitalOcean Spaces, a CloudFront distribution in front of one) or to its CMS
# vendor's shared file server are linked from its own pages and read by a person as its evidence. Every bucket of a
# provider is answered by the provider's one endpoint: one polite slot per endpoint for all of them (slot_host).
STORAGE_ENDPOINT = re.compile(r"^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?\.((?:s3|s3-website)[.-](?:[a-z0-9-]+\.)*amazonaws\.com|"
                              r"storage\.googleapis\.com|blob\.core\.windows\.net|web\.core\.windows\.net|"
                              r"[a-z0-9-]+\.digitaloceanspaces\.com|cloudfront\.net)$")
# A bucket's static website (``<bucket>.s3-website-<region>.amazonaws.com``, Azure's ``<account>.z<n>.web.core.windows.net``):
# pages the agency uploaded, read as an outside publishing page when the agency links one (its own bounds)
STORAGE_WEBSITE = re.compile(r"^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?\.s3-website[.-][a-z0-9-]+\.amazonaws\.com$|"
                             r"^[a-z0-9]+\.z\d+\.web\.core\.windows\.net$")
# A storage service's own error document in a file's place (S3, GCS: ``<Error><Code>AccessDenied</Code>``; Azure:
# ``BlobNotFound``, ``PublicAccessNotPermitted``): what every visitor's browser shows, not an answer to crawlers
STORAGE_ERROR = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?<Error>\s*<Code>(AccessDenied|AllAccessDisabled|NoSuchKey|NoSuchBucket|"
                           rb"BlobNotFound|ContainerNotFound|ResourceNotFound|PublicAccessNotPermitted|AccountIsDisabled|"
                           rb"UserProjectAccountProblem)</Code>")
# hosts whose links are shares or apps, never a file read from its address (they keep their check or share_file)
NOT_FILE_HOSTS = re.compile(r"(?:^|\.)(?:google\.com|facebook\.com|dropbox\.com|sharepoint\.com|live\.com|box\.com|"
                            r"youtube\.com|line\.me)$")

# Where a login wall sends the crawler, or what it serves in place of the page.
LOGIN_URL = re.compile(r"^(accounts\.google\.com/(ServiceLogin|signin|v3/signin|AccountChooser)|"
                       r"(www\.)?instagram\.com/accounts/login|(www\.)?tiktok\.com/login|"
                       r"padlet\.com/auth/|(www\.)?canva\.com/login|(www\.)?notion\.so/login|"
                       r"login\.microsoftonline\.com/|login\.live\.com/|[\w.-]*sharepoint\.com/_forms/|"
                       r"([\w-]+\.)?facebook\.com/(login|checkpoint)|m\.facebook\.com/login)", re.I)
# Facebook's wall in a post's place says so in words; its public pages carry a login form in their banner too,
# so the form alone says nothing.
LOGIN_PAGE = re.compile("You must log in to (continue|see)|คุณต้องเข้าสู่ระบบ".encode(), re.I)

# A move to these is adopted: registering them takes an agency's papers (THNIC's .go.th, .ac.th, .or.th, .mi.th).
GOVERNMENT_SUFFIXES = (".go.th", ".ac.th", ".or.th", ".mi.th")
SECOND_LEVEL = {"go.th", "ac.th", "or.th", "mi.th", "in.th", "co.th", "net.th", "co.uk", "com.au"}


def builder_file(url: str) -> bool:
    """Whether ``url`` is a file the agency uploaded to its site builder (read as its own document).

    >>> builder_file("https://7be41c-0f9d2a.usrfiles.com/ugd/7be41c_624896596c746ace3f61a24311a9259e.pdf")
    True
    >>> builder_file("https://docs.wixstatic.com/ugd/7be41c_62489659.pdf"), builder_file("https://www.wix.com/ugd/x.pdf")
    (True, False)
    """
    return BUILDER_FILES.match(url) is not None


def share_file(url: str) -> str | None:
    """The address a cloud share serves its file at, when ``url`` is a file's share link (Dropbox's ``/scl/fi/…``
    or legacy ``/s/…``, whatever its ``dl``; SharePoint's ``/:b:/g/…``); None for any other (a folder, another host).

    >>> share_file("https://www.dropbox.com/scl/fi/ab12/O12.pdf?rlkey=x9&dl=0")
    'https://www.dropbox.com/scl/fi/ab12/O12.pdf?rlkey=x9&raw=1'
    >>> share_file("https://www.dropbox.com/s/k3y/O5.pdf?dl=1"), share_file("https://www.dropbox.com/scl/fo/ab/cd?dl=0")
    ('https://www.dropbox.com/s/k3y/O5.pdf?raw=1', None)
    >>> share_file("https://t-my.sharepoint.com/:b:/g/personal/u/EaB9?e=x1"), share_file("https://t.sharepoint.com/:f:/g/E")
    ('https://t-my.sharepoint.com/:b:/g/personal/u/EaB9?e=x1&download=1', None)
    """
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in {"dl", "raw", "download"}]
    if host.endswith(".sharepoint.com") and SHAREPOINT_FILE.match(parts.path):
        return urlunsplit(("https", host, parts.path, urlencode(query + [("download", "1")], safe="/:@!$'()*,;"), ""))
    if host not in DROPBOX_HOSTS or not DROPBOX_FILE.match(parts.path):
        return None
    return urlunsplit(("https", "www.dropbox.com", parts.path, urlencode(query + [("raw", "1")], safe="/:@!$'()*,;"), ""))


def shared_file_itself(url: str) -> bool:
    """Whether ``url`` is a shared file's direct form (Dropbox ``?dl=1``, ``?raw=1``): it answers with the file.

    >>> shared_file_itself("https://www.dropbox.com/scl/fi/ab12/O13.pdf?rlkey=x9&dl=1"), shared_file_itself(
    ...     "https://www.dropbox.com/scl/fi/ab12/O13.pdf?rlkey=x9&dl=0")
    (True, False)
    >>> shared_file_itself("https://app.box.com/shared/static/k3y9q.pdf"), shared_file_itself("https://app.box.com/s/k3y9q")
    (True, False)
    >>> shared_file_itself("https://dl.dropboxusercontent.com/s/k3y/O5.pdf"), shared_file_itself(
    ...     "https://onedrive.live.com/download?cid=AB&resid=AB%21107&authkey=%21Xx")
    (True, True)
    """
    parts = urlsplit(url)
    host, query = (parts.hostname or "").lower(), parse_qsl(parts.query)
    if host.endswith(".sharepoint.com") and SHAREPOINT_FILE.match(parts.path):
        return ("download", "1") in query
    if DIRECT_FILES.match(f"{host}{parts.path}"):  # links to the file itself, as shared
        return True
    return host in DROPBOX_HOSTS and DROPBOX_FILE.match(parts.path) is not None and \
        any((k, v) in {("dl", "1"), ("raw", "1")} for k, v in query)


def outside_document(url: str) -> bool:
    """Whether ``url`` names a document file (PDF, Word, Excel…) on a host that serves files at their address: the
    agency's evidence kept on object storage or a vendor's file host, read as a person opening it reads it.

    >>> outside_document("https://x-docs.s3.ap-southeast-1.amazonaws.com/ita2569/O5.pdf")
    True
    >>> outside_document("https://cdn.vendor.com/lao1/files/ita/2569/9f3a.pdf"), outside_document("https://cdn.vendor.com/")
    (True, False)
    >>> outside_document("https://drive.google.com/x.pdf"), outside_document("https://www.dropbox.com/s/k/O5.pdf?dl=0")
    (False, False)
    """
    host = (urlsplit(url).hostname or "").lower()
    return bool(host) and doc_kind(url) is not None and not NOT_FILE_HOSTS.search(host)


def storage_refusal(status: int, body: bytes) -> str:
    """The storage service's error code when ``body`` is its error document in a file's place (403 AccessDenied,
    404 NoSuchKey…): every visitor's browser shows it, so the file is not published; "" for any other answer.

    >>> storage_refusal(403, b'<?xml version="1.0" encoding="UTF-8"?>\\n<Error><Code>AccessDenied</Code></Error>')
    'AccessDenied'
    >>> storage_refusal(200, b"<Error><Code>AccessDenied</Code></Error>"), storage_refusal(403, b"<html>Forbidden</html>")
    ('', '')
    """
    found = STORAGE_ERROR.match(body[:2000]) if status >= 400 else None
    return found.group(1).decode() if found else ""


def unwrap(url: str, rounds: int = 3) -> str:
    """The address a redirector link leads to (``google.com/url?q=…``, ``l.facebook.com/l.php?u=…``), else
    ``url`` itself. Wrapped links would otherwise all look like links to google.com or facebook.com."""
    for _ in range(rounds):
        parts = urlsplit(url)
        names = WRAPPERS.get(((parts.hostname or "").lower(), parts.path or "/"))
        if not names:
            return url
        query = parse_qs(parts.query)
        inner = next((query[name][0] for name in names if query.get(name)), "")
        if not inner.startswith(("http://", "https://")):
            return url
        url = inner
    return url


def outside_space(url: str) -> str | None:
    """The outside publishing space ``url`` belongs to when its pages are read as the agency's (one Google Site,
    one published Google document); None for any other address."""
    parts = urlsplit(url)
    host, segments = (parts.hostname or "").lower().removeprefix("www."), [s for s in parts.path.split("/") if s]
    if host == SITES_HOST and segments:
        # new Sites: /view/<site>/…, or /<workspace domain>/<site>/…; classic Sites: /site/<site>/…, /a/<domain>/<site>/…
        size = 3 if segments[0] == "a" else 2 if segments[0] in {"view", "site"} or "." in segments[0] else 0
        if size and len(segments) >= size:
            return "/".join([host, *segments[:size]])
        return None
    if host == "docs.google.com" and (published := DOCS_PUBLISHED.match(parts.path)):
        return host + (published.group(1) or published.group(2))
    if BLOG.match(host):  # a hosted blog (Blogger, WordPress.com): its posts and pages are server-rendered HTML
        return host
    if (media := BLOG_MEDIA.match(host)):  # the blog's uploads are the blog's
        return f"{media.group(1)}.wordpress.com"
    if host == PADLET_HOST and len(segments) == 2 and (segments[0].lower() == "embed"
                                                       or segments[0].lower() not in PADLET_RESERVED):
        return f"{host}/{segments[0].lower()}/{segments[1]}"  # one board (or its embed): its columns are the agency's
    if BUILDER_SITE.match(host):  # the agency's website on a site builder, linked or framed from its own pages
        return host
    if host in LINK_HUBS and len(segments) == 1 and segments[0].lower() not in HUB_RESERVED:
        return f"{host}/{segments[0].lower()}"  # one account's hub page: its links are the agency's
    if shared_file_itself(url):  # a shared file in its direct form: the file itself, read as a person opens it
        return f"{host}{parts.path}"
    if STORAGE_WEBSITE.match(host):  # a bucket's static website the agency uploaded its pages to
        return host
    return None


def slot_host(host: str) -> str:
    """The host whose one polite download slot an outside page is read through: every blog of a platform shares
    the platform's (blogspot.com, wordpress.com: one front end for all of them), any other host its own."""
    host = (host or "").lower()
    blog = BLOG.match(host)
    if host.endswith("." + DROPBOX_CONTENT):
        return DROPBOX_CONTENT
    if (storage := STORAGE_ENDPOINT.match(host)):  # every bucket through its provider's one endpoint
        return storage.group(1)
    return blog.group(1) if blog else host


def is_login_wall(requested: str, final: str, body: bytes = b"") -> bool:
    """True when an outside host answered with a sign-in page instead of the page linked: it redirected to one
    (Google's ServiceLogin, Microsoft's sign-in for SharePoint/OneDrive, Facebook's /login), or served Facebook's
    login wall in the page's place."""
    def bare(url: str) -> str:
        parts = urlsplit(url)
        return f"{(parts.hostname or '').lower()}{parts.path}"

    if LOGIN_URL.match(bare(final)) and not LOGIN_URL.match(bare(requested)):
        return True
    host = (urlsplit(final).hostname or "").lower()
    return host.endswith("facebook.com") and bool(LOGIN_PAGE.search(body[:200_000]))


@dataclass
class OutsideBounds:
    """One agency's budget of outside pages read: pages it links, and ``max_hops`` links deeper from them (inside
    their space, or to another readable space they link: a Google Site's published Sheet); and of documents it links
    on outside file hosts (object storage, a vendor's file server: ``outside_document``), at most ``max_documents``.

    >>> bounds = OutsideBounds(max_documents=1)
    >>> bounds.admit("https://b.s3.amazonaws.com/O5.pdf", None), bounds.admit("https://b.s3.amazonaws.com/O6.pdf", None)
    (('read', 0), ('beyond', 0))
    >>> bounds.admit("https://cdn.vendor.com/x/", None)
    ('check', 0)
    """

    max_pages: int = 40
    max_hops: int = 2
    read: int = 0
    max_documents: int = 60
    documents: int = 0

    def admit(self, url: str, found_on: int | None) -> tuple[str, int]:
        """Whether to ``read`` the outside page ``url``, leave it ``beyond`` the bounds (checked, recorded as
        not read) or just ``check`` it (not a readable host); and its hops from the agency's own pages.
        ``found_on``: the hops of the outside page the link was found on, None for the agency's own page."""
        document = outside_space(url) is None and outside_document(url)
        if outside_space(url) is None and not document:
            return "check", 0
        hops = 0 if found_on is None else found_on + 1
        if hops > self.max_hops or (self.documents >= self.max_documents if document else self.read >= self.max_pages):
            return "beyond", hops
        if document:
            self.documents += 1
        else:
            self.read += 1
        return "read", hops


def _name(host: str) -> str:
    """The name a site is registered under: www.x-sao.go.th -> x-sao, x.com -> x."""
    labels = host.lower().rstrip(".").split(".")
    suffix = 2 if ".".join(labels[-2:]) in SECOND_LEVEL else 1
    return labels[-suffix - 1] if len(labels) > suffix else host


def site_move(registry_url: str, final_url: str) -> tuple[str, bool] | None:
    """(new host, adopted) when the registry URL answered from another host, else None.

    A move is adopted — the new host becomes the agency's site for the run — when the new host is under a
    suffix that takes an agency's papers to register (``.go.th``, ``.ac.th``, ``.or.th``, ``.mi.th``) or keeps
    the site's registered name (``x.go.th`` -> ``www.x.go.th``, ``x.ac.th`` -> ``x.go.th``). A redirect anywhere
    else (a parked domain, a hijacked site, a hosting company's page) is recorded, not adopted — except a
    Google Site the agency's name forwards to, which is where it publishes."""
    old = (urlsplit(registry_url).hostname or "").lower()
    new = (urlsplit(final_url).hostname or "").lower()
    if not new or new == old:
        return None
    space = outside_space(final_url) is not None and not shared_file_itself(final_url)  # a file is no one's site
    return new, (new.endswith(GOVERNMENT_SUFFIXES) or _name(new) == _name(old) or space
                 or BUILDER_SITE.match(new) is not None)
