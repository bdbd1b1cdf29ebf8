"""Script shells: HTML whose content a reader sees only after its scripts ran.

A page built by JavaScript (a Vue/React/Angular/Nuxt/Next root, a vendor template whose ``app.js`` builds the
menu and fills the page from JSON, a menu written by ``document.write``) arrives as an almost empty document:
our HTML parse finds little text and few links, while a reader's browser shows the whole page. Such a page is
*not read* until a browser renders it (crawler/render.py); it must never count as a page without content.

The test is what the parse found against what the raw HTML promises, not a list of frameworks:

* a parse that found enough text and links is not a shell, whatever its scripts do (the cheap test every
  ordinary page stops at);
* a thin parse is a shell when the HTML shows that scripts put content there: an empty mount point
  (``<div id="app"></div>``, ``<app-root>``, framework markers), a "please enable JavaScript" notice, data
  fetched at run time (``fetch``, ``XMLHttpRequest``, ``$.ajax``), a body that is mostly script, an empty table
  or list (or "กำลังโหลด…") beside a script of the site's own, or — when the page has almost no links — scripts
  that write markup (``innerHTML``, ``document.write``, ``createElement``) or an application script of its own;
* an ordinary page is a shell in part when an empty table waits for rows an inline script fetches
  (``$.getJSON``, ``fetch``, DataTables' ``ajax:``): the OIT index of a vendor CMS loaded after the page; when
  tab or accordion panes are empty until a click loads them (htmx ``hx-get``, jQuery ``.load()``, Drupal's
  ``/views/ajax``); when a hash router draws a view per ``#!/route`` the page links; when a web component draws
  content in its shadow root (an empty custom element beside the site's own script: ``<ita-oit-table
  src="/api/ita.json"></ita-oit-table>``); when a list grows as the reader scrolls (an inline script watching the
  scroll that fetches, an infinite-scroll plugin); when a client-side include pulls part of it from another file
  on load (W3.JS's ``w3-include-html``, jQuery's ``.load("ita/list.html #main")``, ``<turbo-frame src>``, htmx
  fired on ``load``: crawler/includes.py reads a plainly named one directly);
* a short page with real content and its menu (a contact page, a notice) is not a shell: a clock widget's
  ``innerHTML`` does not make one.

>>> from crawler.extract import parse_html
>>> html = b'<html><body><div id="app"></div><script src="/js/app.js"></script></body></html>'
>>> shell_reason(html, parse_html(html.decode(), "http://x.go.th/"))
'mount_point'
>>> page = '<body><p>' + 'ข้อมูลติดต่อหน่วยงาน ' * 20 + '</p>' + '<a href="/p%d">p</a>' * 8 + '</body>'
>>> shell_reason(page.encode(), parse_html(page, "http://x.go.th/"))
''
"""
from __future__ import annotations

import re

from urllib.parse import urlsplit

import lxml.html
from lxml import etree

from crawler.extract import ROUTE_FRAGMENT, Extracted
from crawler.includes import marked as pulls_in

LITTLE_TEXT = 200  # letters of main text below which a page says little by itself
FEW_LINKS = 3  # followable links below which the page cannot be navigated without its scripts
SCAN_BYTES = 300_000  # markers sit in the first part of a page; a huge page is not a shell anyway

_LETTER = re.compile(r"[A-Za-z\u0e01-\u0e4e]")
_FLAGS = re.I | re.S
# An element scripts mount an application into (a thin page holding one is waiting for its scripts).
_MOUNT = re.compile(rb"<(?:div|main|section|body)\b[^>]*\bid\s*=\s*[\"']?(?:app|root|__next|__nuxt|q-app|main-app|"
                    rb"app-root|spa|application|content-app)[\"' >]", re.I)
# Markers of client-side frameworks and their bundles (an empty custom element such as <app-root></app-root>).
_FRAMEWORK = re.compile(rb"<([a-z]+-[a-z0-9-]+)\b[^>]*>\s*</\1>|\bng-version=|\bng-app\b|\bdata-reactroot\b|"
                        rb"\bdata-v-app\b|\bdata-server-rendered\b|window\.__NUXT__|__NEXT_DATA__|"
                        rb"__INITIAL_STATE__|<script[^>]+type\s*=\s*[\"']?module|"
                        rb"<script[^>]+src\s*=\s*[\"'][^\"']*(?:/_next/|/_nuxt/|/static/js/|/assets/index[-.]|"
                        rb"(?:app|main|bundle|chunk|runtime|vendors?)[-.][0-9a-f]{6,}\.js)", _FLAGS)
_NOSCRIPT = re.compile(rb"<noscript\b[^>]*>(?:(?!</noscript>).){0,600}?(?:javascript|\bjs\b|\xe0\xb8\x88\xe0\xb8\xb2"
                       rb"\xe0\xb8\xa7\xe0\xb8\xb2)", _FLAGS)  # "จาวา" as Thai sites spell it
_FETCHES = re.compile(rb"\bfetch\s*\(|XMLHttpRequest|\$\.(?:ajax|get|getJSON|post)\s*\(|\baxios\b|\.load\s*\(\s*[\"']|"
                      rb"\bhtmx\b|\bhx-get=", _FLAGS)
_WRITES = re.compile(rb"\.innerHTML\s*[+]?=|document\.write|insertAdjacentHTML|createElement\s*\(|\.append(?:Child)?\s*\(|"
                     rb"\.html\s*\(\s*[^)\s]", _FLAGS)
# What waits for a script: an empty table, list or choice, or a "loading" placeholder.
_WAITING = re.compile(rb"<(table|tbody|ul|ol|dl|select)\b[^>]*>\s*</\1>|\bloading\.\.\.|"
                      rb"\xe0\xb8\x81\xe0\xb8\xb3\xe0\xb8\xa5\xe0\xb8\xb1\xe0\xb8\x87\xe0\xb9\x82\xe0\xb8\xab"
                      rb"\xe0\xb8\xa5\xe0\xb8\x94", _FLAGS)  # "กำลังโหลด"
_SCRIPT = re.compile(rb"<script\b([^>]*)>(.*?)</script\s*>", _FLAGS)
_SRC = re.compile(rb"\bsrc\s*=\s*[\"']?([^\"'\s>]+)", re.I)
# Scripts every kind of page carries: they decorate what the HTML already holds, they do not build it.
_LIBRARY = re.compile(rb"jquery|bootstrap|popper|analytics|gtag|googletagmanager|font-?awesome|recaptcha|"
                      rb"facebook|connect\.js|addthis|sharethis|histats|truehits|statcounter|wow|aos|slick|owl|swiper|"
                      rb"lightbox|fancybox|modernizr|polyfill|html5shiv|respond|sweetalert|moment|lodash|cookie|"
                      rb"pdpa|consent|accessibility|widget|counter|clock|calendar|datepicker|select2|chart|pdf|viewer", re.I)


# A table whose rows a script fetches after load (the page around it is ordinary): an empty table or tbody, and an
# inline script fetching data (``$.getJSON``, ``fetch``, DataTables' ``ajax:`` / ``sAjaxSource`` option).
_EMPTY_TABLE = re.compile(rb"<(table|tbody)\b[^>]*>\s*</\1>", re.I)
_TABLE_SOURCE = re.compile(rb"\bajax\s*:|\bsAjaxSource\b|\bserverSide\s*:\s*true", re.I)


def _partly_filled(head: bytes) -> bool:
    """Whether an otherwise ordinary page's table is filled by a script from a data source: a person sees its rows,
    our parse an empty table (an OIT index loaded by ``$.getJSON`` or DataTables' ``ajax:``)."""
    if not _EMPTY_TABLE.search(head):
        return False
    inline = b"\n".join(code for _, code in _SCRIPT.findall(head))
    return bool(_FETCHES.search(inline) or _TABLE_SOURCE.search(inline))


# A pane a click fills (a Bootstrap tab, an accordion, a Drupal View refreshed through /views/ajax): empty in the
# HTML, with something on the page that loads it (htmx ``hx-get``, jQuery ``.load()``, Views AJAX, a fetch).
# A Bootstrap accordion's ``collapse`` pane counts as empty when it holds only empty wrappers (Laravel/Bootstrap 4
# hospital templates: ``<div class="collapse"><div class="card-body"><div id="container12"></div></div></div>`` a
# click handler fills from ``/api/…``); the navbar's ``navbar-collapse`` is no pane.
_EMPTY_PANE = re.compile(rb"<(div|section)\b[^>]*\bclass\s*=\s*[\"'](?![^\"']*navbar-collapse)[^\"']*(?:\b(?:tab-pane|js-view-dom-id-[\w-]+|"
                         rb"accordion-(?:body|collapse)|panel-collapse)\b|(?<![\w-])collapse\b)[^\"']*[\"'][^>]*>"
                         rb"(?:\s*<div\b[^>]*>)*(?:\s*</div\s*>)*?\s*</\1>", re.I)
_LOADS_PANE = re.compile(rb"\bhx-get\s*=|\.load\s*\(|ajaxViews|/views/ajax|\bfetch\s*\(|"
                         rb"\$\.(?:ajax|get|getJSON|post)\s*\(|XMLHttpRequest", re.I)
# A hash router: the page draws another view for each #!/route (AngularJS ngRoute/ui-router, Vue Router's hash
# mode, a hand-written ``hashchange`` handler); the address's route is a page the HTML does not hold.
_ROUTER = re.compile(rb"\bhashchange\b|\$routeProvider|\$stateProvider|\bng-view\b|\bui-view\b|<router-view\b|"
                     rb"createWebHashHistory|\bVueRouter\b", re.I)


# A list a button grows: "โหลดเพิ่มเติม" / "Load more" on a <button> (or a link without an address) whose next
# page of items a script fetches (Wix repeaters, Vue/Nuxt lists, WordPress' Ajax Load More); a person presses it.
_LOAD_MORE = re.compile(rb"<(button|a(?![^>]*\bhref\s*=\s*[\"']?(?!#|javascript:)[^\s\"'>#])|[a-z]+[^>]*\brole\s*=\s*[\"']?button)"
                        rb"\b[^>]*>(?:\s*<[^>]+>)*\s*(?:\xe0\xb9\x82\xe0\xb8\xab\xe0\xb8\xa5\xe0\xb8\x94|"
                        rb"\xe0\xb9\x81\xe0\xb8\xaa\xe0\xb8\x94\xe0\xb8\x87|load|show|view|see)\s*"
                        rb"(?:\xe0\xb9\x80\xe0\xb8\x9e\xe0\xb8\xb4\xe0\xb9\x88\xe0\xb8\xa1|more\b)", re.I)
# "โหลด" / "แสดง" then "เพิ่ม": โหลดเพิ่มเติม, แสดงเพิ่มเติม, โหลดเพิ่ม

# A list a reader grows by scrolling (infinite scroll): a script of the page that watches the scroll (an
# IntersectionObserver on a sentinel, a scroll listener) and fetches the next rows, or an infinite-scroll plugin.
_SCROLL_WATCH = re.compile(rb"\bIntersectionObserver\b|addEventListener\s*\(\s*[\"']scroll|\.on\s*\(\s*[\"']scroll|"
                           rb"\.scroll\s*\(\s*function|\bonscroll\s*=", re.I)
_SCROLL_PLUGIN = re.compile(rb"\bdata-infinite-scroll\b|new\s+InfiniteScroll\s*\(|\.infiniteScroll\s*\(|\.jscroll\s*\(",
                            re.I)


def _loads_on_scroll(head: bytes) -> bool:
    """Whether the page's list grows as a reader scrolls: one inline script both watching the scroll and fetching
    (a "back to top" button watches it too, but fetches nothing), or an infinite-scroll plugin."""
    return bool(_SCROLL_PLUGIN.search(head)) or any(
        _SCROLL_WATCH.search(code) and _FETCHES.search(code) for attrs, code in _SCRIPT.findall(head)
        if b"application/json" not in attrs.lower())


# Web components: a custom element (a hyphenated name) the HTML leaves empty, drawn by the site's own script in its
# shadow root (Lit, Stencil, vanilla ``attachShadow``): a reader sees a table of links where the HTML holds
# ``<ita-oit-table src="/api/ita.json"></ita-oit-table>``. Icons, players and chat bubbles draw no content.
_CUSTOM_EMPTY = re.compile(rb"<([a-z][a-z0-9]*-[a-z0-9-]*)\b[^>]*>\s*</\1\s*>", re.I)
_CUSTOM_ANY = re.compile(rb"<[a-z][a-z0-9]*-[a-z0-9-]*[\s>/]", re.I)
_DEFINES = re.compile(rb"customElements\.define\s*\(|\.attachShadow\s*\(", re.I)
_DECORATION = re.compile(rb"icon|lottie|player|spinner|loader|rating|tooltip|messenger|chat|^fb-|^gmp-|^model-viewer", re.I)


def _draws_components(head: bytes) -> bool:
    """Whether content of the page is drawn by web components: an empty custom element beside a script of the
    site's own, or a custom element beside an inline script defining components."""
    if any(not _DECORATION.search(m.group(1)) for m in _CUSTOM_EMPTY.finditer(head)) and _own_scripts(head):
        return True
    inline = b"\n".join(code for _, code in _SCRIPT.findall(head))
    return bool(_DEFINES.search(inline)) and bool(_CUSTOM_ANY.search(_SCRIPT.sub(b"", head)))


_ID = re.compile(rb"\bid\s*=\s*[\"']([\w:.-]+)[\"']", re.I)
_VIEW_DOM = re.compile(rb"\b(?:js-)?view-dom-id-([\w-]+)", re.I)
_LOADER_ATTR = re.compile(rb"\b(?:hx-get|data-hx-get|data-url|data-href|data-file|data-link)\s*=", re.I)


def _pane_read(head: bytes, pane: re.Match) -> bool:
    """Whether an empty pane's content is read through a link of the page (crawler/clicks.py): the tab that loads
    it names its address (``href="#tab-4" data-url="/tab/4"``, ``hx-get`` with ``hx-target="#tab-4"``), or it is a
    Drupal View whose ``/views/ajax`` request the page's settings describe."""
    opening = pane.group(0)[:pane.group(0).find(b">") + 1]
    view = _VIEW_DOM.search(opening)
    if view and re.search(rb"[\"']view_dom_id[\"']\s*:\s*[\"']" + re.escape(view.group(1)) + rb"[\"']", head):
        return True
    found = _ID.search(opening)
    if not found:
        return False
    names = re.compile(rb"<[^>]*\b(?:href|hx-target|data-target|data-bs-target)\s*=\s*[\"']#" + re.escape(found.group(1)) +
                       rb"[\"'][^>]*>", re.I)
    return any(_LOADER_ATTR.search(tag.group(0)) for tag in names.finditer(head))


# An application mounted into part of an ordinary page: the template's header, menu and footer are served, the
# content area is an empty element a script fills (``<div id="ita-app"></div>`` beside the site's ``ita-app.js``, a
# ``<section id="oit-list">`` an inline ``fetch`` writes into). Elements that hold no content a reader looks for
# (Facebook's ``fb-root``, a cookie banner's, a chat bubble's, a clock's, a map's) are not mounts of the page.
_EMPTY_BLOCK = re.compile(rb"<(div|section|main|article)\b([^>]*)>\s*</\1\s*>", re.I)
_MOUNT_NAME = re.compile(rb"(?:^|[-_])(?:app|root|mount|spa|vue|react)(?:$|[-_])", re.I)
_NOT_CONTENT = re.compile(rb"fb-root|cookie|consent|pdpa|chat|banner|popup|modal|toast|notif|translate|weather|"
                          rb"clock|counter|visitor|social|share|map|captcha|player|loader|spinner|preload|toolbar", re.I)


def _fills_mount(head: bytes) -> bool:
    """Whether an ordinary page's content area is an application's empty mount point: an empty block whose id
    names an app or root beside a script of the site's own, or one an inline script that fetches data names."""
    inline = b"\n".join(code for attrs, code in _SCRIPT.findall(head) if b"application/json" not in attrs.lower())
    fetches = bool(_FETCHES.search(inline))
    for block in _EMPTY_BLOCK.finditer(head):
        found = _ID.search(block.group(2))
        name = found.group(1) if found else b""
        if not name or _NOT_CONTENT.search(name):
            continue
        if _MOUNT_NAME.search(name) and _own_scripts(head):
            return True
        if fetches and re.search(rb"[\"'`]#?" + re.escape(name) + rb"[\"'`\s]", inline):
            return True
    return False


MOUNT_LINKS = 3  # links inside an application's mount point when the server rendered the page into it: its menu


def _served_whole(head: bytes) -> bool:
    """Whether an application's mount point (``<div id="__nuxt">``) already holds the page, its links and all
    (Nuxt's and Next's server output, Vue's ``data-server-rendered``, Angular Universal): the server rendered it,
    and a short page of it is short, not waiting for its scripts. An empty mount point, or one holding a spinner
    beside a footer's links, is still waiting."""
    mount = _MOUNT.search(head)
    name = mount and re.search(rb"\bid\s*=\s*[\"']?([\w-]+)", mount.group(0))
    if not name:
        return False
    try:
        root = lxml.html.fromstring(head)
    except (etree.ParserError, ValueError):
        return False
    found = root.xpath("//*[@id=$name]", name=name.group(1).decode("ascii"))
    return bool(found) and len(found[0].xpath(".//a[@href][not(starts-with(@href, '#'))]")) >= MOUNT_LINKS


def _own_scripts(head: bytes) -> bool:
    """Whether the page runs a script of its own (not only the libraries every page carries), or inline code."""
    scripts = _SCRIPT.findall(head)
    return any(not _LIBRARY.search(src) for attrs, _ in scripts for src in _SRC.findall(attrs)) or \
        any(code.strip() for attrs, code in scripts if b"application/json" not in attrs.lower())


def _partly_shell(head: bytes, got: Extracted) -> str:
    """Why an ordinary page is script-built in part: a table filled from a data source (``fills_table``), its
    content area an application's empty mount point (``fills_mount``), panes a
    click loads (``loads_pane``), a list a "load more" button grows (``loads_more``), views drawn per hash route
    (``hash_router``), content drawn by web components in shadow roots (``components``), a list growing as the
    reader scrolls (``loads_on_scroll``), parts pulled in from other files on load (``includes``: W3.JS's
    ``w3-include-html``, jQuery's ``.load("file.html")``, ``<turbo-frame src>``; crawler/includes.py); "" when what
    it shows is in it."""
    if _partly_filled(head):
        return "fills_table"
    if _LOADS_PANE.search(head) and any(not _pane_read(head, pane) for pane in _EMPTY_PANE.finditer(head)):
        return "loads_pane"
    if _LOAD_MORE.search(head) and _own_scripts(head):
        return "loads_more"
    if _ROUTER.search(head) and any(ROUTE_FRAGMENT.match(urlsplit(link.get("url") or "").fragment)
                                    for link in got.links):
        return "hash_router"
    if _draws_components(head):
        return "components"
    if _loads_on_scroll(head):
        return "loads_on_scroll"
    if _fills_mount(head):
        return "fills_mount"
    if pulls_in(head):
        return "includes"
    return ""


def followable_links(got: Extracted) -> int:
    """Links of the page a crawler can follow (anchors with an address)."""
    return sum(1 for link in got.links if link.get("kind") == "a" and link.get("url"))


def count_letters(text: str, enough: int) -> int:
    """Letters in ``text``, counted no further than ``enough`` (a long page costs nothing)."""
    count = 0
    for count, _ in enumerate(_LETTER.finditer(text), 1):
        if count >= enough:
            break
    return count


def shell_reason(body: bytes, got: Extracted) -> str:
    """Why the HTML ``body`` (parsed as ``got``) is a script shell — ``mount_point``, ``framework``,
    ``noscript``, ``fetches_data``, ``script_body``, ``empty_container``, ``script_links``, ``app_script``,
    ``fills_table`` (an ordinary page whose table a script fills from a data source), ``fills_mount`` (its content
    area an application's empty mount point), ``loads_pane`` (tab or
    accordion panes a click loads), ``hash_router`` (a view drawn per ``#!/route``), ``components`` (content drawn
    by web components in shadow roots), ``loads_on_scroll`` (a list growing as the reader scrolls), ``includes``
    (parts pulled in from other files on load) — or
    "" when the parse
    already holds what a reader sees."""
    thin_text = count_letters(got.text, LITTLE_TEXT) < LITTLE_TEXT
    few_links = followable_links(got) < FEW_LINKS
    head = body[:SCAN_BYTES]
    if not thin_text and not few_links:  # the ordinary page: enough to read and to follow ...
        return _partly_shell(head, got)  # ... unless a table, a pane or a route view waits for its script
    if b"<script" not in head.lower():
        return ""  # nothing could fill it: a short page is short
    if not few_links and _served_whole(head):  # a short page an application rendered on the server
        return _partly_shell(head, got)
    scripts = _SCRIPT.findall(head)
    inline = b"\n".join(code for _, code in scripts)
    own = any(not _LIBRARY.search(src) for attrs, _ in scripts for src in _SRC.findall(attrs))
    if thin_text:
        if _MOUNT.search(head):
            return "mount_point"
        if _FRAMEWORK.search(head):
            return "framework"
        if _NOSCRIPT.search(head):
            return "noscript"
        if _FETCHES.search(inline):
            return "fetches_data"
        if len(inline) > max(2000, 3 * len(got.text)):
            return "script_body"
        if (own or inline.strip()) and _WAITING.search(head):
            return "empty_container"  # an empty table or list, or "loading…", that a script of the site fills
    if few_links:
        if _WRITES.search(inline) or _FETCHES.search(inline):
            return "script_links"  # the menu is written by a script
        if own:
            return "app_script"  # nothing to follow but what the site's own script builds
    if pulls_in(head):
        return "includes"  # its menu or its content pulled in from other files on load (crawler/includes.py)
    return ""
