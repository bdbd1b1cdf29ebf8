"""Script shells rendered in a real browser: Debian's Chromium driven by Playwright, only for the pages that need it.

A page :mod:`crawler.shell` finds to be a script shell is opened in headless Chromium and read again from the
DOM its scripts built (``rendered = 1``): its text, and its links — the spider follows them as usual. Pages
that need no browser cost nothing: Chromium starts at the first shell of the crawl, never otherwise.

Read as a person reads it: its "load more" pressed, its closed, empty panes opened one by one (an accordion's cards
a click handler fills from the site's API: ``panes_unread`` when the time ran out first), then scrolled to its end
until it stops growing (a list whose next rows come as the reader scrolls: ``MAX_SCROLLS``, within the render's
time), and written from the browser's composed tree when web components draw in shadow roots (open or closed:
``page.content()`` holds the light DOM only). What could not be read leaves the page read in part (``part_unread``):
``scroll_cut`` when the list still grew as the scrolling stopped, ``shadow_unread`` when a custom element stayed
empty and undefined (its script refused or failed) or the composed tree could not be read whole, ``data_unread``
when the page's own data requests (its ``fetch()``/XHR of the agency's hosts) failed — an answer of 500 and up or
429, a timeout, a refused connection, a request refused by the crawl's bounds or robots.txt — and no later request
for the same address was answered: the shell drew, the rows it asked for did not (an error toast, an empty table,
"กำลังโหลด…"). Such a page is rendered once more, as a reader reloads it, while the render attempts and budgets
allow; still failing, it is read in part. An item not found on a page read in part is unchecked, never missing.

The browser has no network of its own. Every request it makes is either refused or answered by Scrapy's
downloader, so a render keeps every rule of the crawl: the agency's download slot and delay, robots.txt, the
User-Agent, ``--proxy``, the private-address guard and the agency's time budget. The page itself is answered
from the response already downloaded (no second fetch); scripts, XHR and ``fetch()`` of the agency's own hosts
are fetched; scripts of other hosts (a framework from a CDN) too, with the guard; anything else is refused:
data and frames of other hosts, images, fonts, media, style sheets. Chromium's own proxy is a dead end
(``127.0.0.1:9``) so that nothing can leave it unseen.

Bounded: one browser per crawl, ``render_at_once`` pages at a time (each in a pooled context, its cookies
cleared, replaced every ``CONTEXT_USES`` renders),
``render_seconds`` per page, ``render_agency_pages`` per agency and ``render_run_pages`` per crawl. A shell
that is not rendered — no browser installed, rendering disabled, a budget spent, the render failed or built
nothing — is recorded ``unread = "script_shell"``: the engine says ``unchecked``, never ``missing``. The crawl
says so once, in its run note, not per page.
"""
from __future__ import annotations

import asyncio
import hashlib
import html as html_text
import logging
import os
import re
import time
from collections import Counter, OrderedDict
from typing import Callable
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy import signals

from crawler.documents import Limits, extract_html_safely
from crawler.extract import ROUTE_FRAGMENT, Extracted
from crawler.shell import FEW_LINKS, LITTLE_TEXT, followable_links, count_letters
from crawler.waits import page_fault

log = logging.getLogger(__name__)

UNREAD = "script_shell"  # the page record's ``unread`` code (issue 19's shared contract)
FETCHED_TYPES = {"document", "script", "xhr", "fetch"}  # what a page's scripts need to build it
DEAD_END_PROXY = "http://127.0.0.1:9"  # the discard port: Chromium reaches nothing by itself
HOP_HEADERS = {"content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive"}
MAX_SUBREQUESTS = 60  # per render: an application that asks for more is not a page
CONTEXT_USES = 50  # renders per browsing context before it is replaced (bounded caches and storage)
MAX_LAUNCHES = 3  # browser starts per crawl: one, and two more after crashes
QUIET_SECONDS = 0.3  # no request open nor asked for this long after "load": the scripts are done
KEEP_BYTES = 32_000_000  # scripts and data the pages' scripts asked for, kept for the run
SETTLE_SECONDS = 8  # the longest wait for that quiet after "load"
MORE_PRESSES = 10  # "load more" presses per render: ten more pages of a list, as far as a reader goes
LOAD_MORE_TARGETS = "button, [role=button], a:not([href]), a[href='#'], a[href^='javascript:']"  # no address of its own
LOAD_MORE_WORDS = re.compile(r"^\s*(?:โหลด|แสดง|load|show|view|see)\s*(?:เพิ่ม|more\b)", re.I)
MAX_SCROLLS = 20  # scrolls to the bottom per render: a list growing as the reader scrolls, 20 more pages of it
LATE_FETCH_SECONDS = 1.0  # a scroll-watching list's last look for rows whose fetch started late
CAPTURE_SECONDS = 2.0  # kept of the render's time for reading the DOM once the page is settled
MAX_NODES = 200_000  # nodes of the composed tree written out: a page past it is read in part
SCROLL_CUT = "scroll_cut"  # part_unread: the list still grew when the scrolling stopped (rules/vocabulary.py)
SHADOW_UNREAD = "shadow_unread"  # part_unread: web components whose content could not be read
DATA_UNREAD = "data_unread"  # part_unread: the page's own data requests failed, what they would draw was not drawn
DATA_TYPES = {"xhr", "fetch"}  # a page's data requests (not its scripts, pictures, fonts or styles)
# own-host requests that draw nothing a reader reads: visitor counters, analytics, keep-alives
TELEMETRY = re.compile(r"counter|visitors?\b|analytics|beacon|heartbeat|keep-?alive|/ping\b|track(?:ing|er)?\b|"
                       r"hit(?:s|count)?\.php", re.I)
FAILED_STATUS = 500  # an answer from here up (and 429) is the server failing, not the page saying "nothing"
# components drawing no content a reader looks for (an icon, a player, a chat bubble): left empty, nothing unread
DECORATION = re.compile(r"icon|lottie|player|spinner|loader|rating|tooltip|messenger|chat|^fb-|^gmp-|^model-viewer")
CLOSE_SECONDS = 5.0  # closing a page or context: Playwright waits for the browser without a limit
CHECK = "bot_check"  # the page's ``unread`` when its scripts set a cookie and came back to it: a bot check, no page
CHECK_SECONDS = 12  # the longest a bot check may take in the browser to come back to its page (crawler/challenge.py)
RENDER_ATTEMPTS = 2  # one failed render (a slow answer on a busy night) must not leave a whole site unread
PATIENCE = 2  # a render that timed out or built nothing is tried again with this many times its time, as a reader
# waits longer for a slow page: on a machine busy with other renders the first one's time may all go to waiting
WHY = {  # reason -> (Thai, English), for the run's note
    "no_browser": ("ไม่พบเบราว์เซอร์", "no browser"),
    "disabled": ("ปิดการแสดงผลไว้ในการตั้งค่า", "rendering disabled in the settings"),
    "agency_budget": ("เกินจำนวนหน้าที่แสดงผลได้ต่อหน่วยงาน", "per-agency render budget spent"),
    "run_budget": ("เกินจำนวนหน้าที่แสดงผลได้ต่อรอบ", "per-crawl render budget spent"),
    "failed": ("แสดงผลไม่สำเร็จ", "render failed or built nothing"),
}


def not_rendered_note(counts: Counter) -> str:
    """The run's one line about shells left unread:
    ``หน้าเว็บสร้างด้วย JavaScript 3 หน้า ไม่ได้แสดงผล: ไม่พบเบราว์เซอร์ / 3 script-built pages not rendered: no browser``."""
    total = sum(counts.values())
    if not total:
        return ""
    single = len(counts) == 1
    thai = ", ".join(WHY[k][0] + ("" if single else f" {n}") for k, n in counts.most_common())
    english = ", ".join(WHY[k][1] + ("" if single else f" {n}") for k, n in counts.most_common())
    return (f"หน้าเว็บสร้างด้วย JavaScript {total} หน้า ไม่ได้แสดงผล: {thai} / "
            f"{total} script-built page{'s' if total != 1 else ''} not rendered: {english}")


def data_request(resource_type: str, own: bool, url: str) -> bool:
    """Whether a browser request is one of the page's own data requests, whose answer draws what a reader reads:
    ``fetch()`` or XHR of the agency's (or the page's) own hosts, not a visitor counter nor analytics."""
    parts = urlsplit(url)
    return own and resource_type in DATA_TYPES and not TELEMETRY.search(f"{parts.path}?{parts.query}")


def failed_answer(status: int) -> bool:
    """Whether an HTTP answer to a data request is the server failing (500 and up, 429 Too Many Requests): what
    the page would draw from it was not drawn, and a later look may get it. A 404 is the server's answer."""
    return status >= FAILED_STATUS or status == 429


def data_key(method: str, url: str, body: bytes | None) -> str:
    """A data request's identity within a render: its address, and for a POST its body too (WordPress's one
    ``admin-ajax.php`` answers every ``action``; a DataTables source is POSTed its page)."""
    if method == "POST" and body:
        return f"{url} POST {hashlib.sha1(body).hexdigest()[:12]}"
    return url


def data_unread(budget: dict) -> list[str]:
    """The page's own data requests that failed, were refused, or were still open when the page was read, and
    were not answered after (a script that retried and got its rows read them): what they would draw is unread."""
    return sorted(url for url, state in budget.get("data", {}).items() if state != "ok")


# a page's scripts still say so once drawn and scrolled; a mount its app left empty shows what was served
DONE_BY_RENDER = {"components", "loads_on_scroll", "fills_mount"}


def built_something(served: Extracted, rendered: Extracted) -> bool:
    """Whether the scripts built what a reader reads: no longer a shell, or clearly more text or links than
    the served HTML had (a short page of an application still carries its markers); an ordinary page whose web
    components were drawn or whose list was scrolled is built (what could not be read is its ``cut``)."""
    if not rendered.shell or rendered.shell in DONE_BY_RENDER or served.shell in DONE_BY_RENDER:
        return True  # an ordinary page whose components were drawn and list scrolled (a short one is short)
    grown_links = followable_links(rendered) - followable_links(served)
    grown_text = count_letters(rendered.text, 10 * LITTLE_TEXT) - count_letters(served.text, 10 * LITTLE_TEXT)
    return grown_links >= FEW_LINKS or grown_text >= LITTLE_TEXT // 4


def fuller(rendered: Extracted, cut: str, best: Extracted, best_cut: str) -> bool:
    """Whether a second look read more than the first: a page read whole beats one read in part (its data
    failed, its list still grew when the time ran out); between two read in part, the one holding more text and
    links (on a busy night the second look may be cut sooner than the first)."""
    if not cut or not best_cut:
        return not cut and bool(best_cut)
    return len(rendered.text) + 40 * len(rendered.links) > len(best.text) + 40 * len(best.links)


def rendered_fields(rendered: Extracted) -> dict:
    """The record's fields of a rendered page: ``unread`` too when a list's "load more" button still answers after
    ``MORE_PRESSES`` presses: read in part, what the page shows is read and what lies beyond is not (never missing
    for want of pressing on)."""
    return {"rendered": 1, "unread": UNREAD} if rendered.shell == "loads_more" else {"rendered": 1}


def same_address(one: str, other: str) -> bool:
    """Whether two addresses are the same page (the fragment aside): a check that comes back to where it stood."""
    a, b = urlsplit(one), urlsplit(other)
    return (a.scheme, (a.hostname or "").lower(), a.port, a.path or "/", a.query) == \
        (b.scheme, (b.hostname or "").lower(), b.port, b.path or "/", b.query)


def address(response) -> str:
    """The page's address for the browser: the response's, with the client-side route the crawler asked for
    (``/#/ita2569/o1``: the server never sees it, the page's scripts draw it)."""
    route = urlsplit(response.request.url).fragment if response.request is not None else ""
    return f"{response.url}#{route}" if ROUTE_FRAGMENT.match(route) else response.url


def fetchable(request, scheme: str, main: bool, own: bool) -> bool:
    """Whether a browser request is one the page's scripts need: the page's own document, scripts, XHR and
    ``fetch()`` of its own hosts, and scripts of other hosts (a framework from a CDN); never frames, pictures,
    fonts, media, style sheets, other hosts' data or methods that change things."""
    kind = request.resource_type
    return scheme in {"http", "https"} and kind in FETCHED_TYPES and (main or kind != "document") \
        and (own or kind == "script") and request.method in {"GET", "HEAD", "POST"}


def _left(deadline: float) -> float:
    """Seconds left before ``deadline`` (at least a moment: Playwright reads 0 as "no limit")."""
    return max(deadline - time.monotonic(), 0.1)


async def _settle(budget: dict, until: float) -> None:
    """Wait until none of the page's requests is open and none has been asked for a moment (or ``until``)."""
    while (budget["open"] or time.monotonic() - budget["last"] < QUIET_SECONDS) and time.monotonic() < until:
        await asyncio.sleep(0.05)


async def _came_back(page, context, budget: dict, url: str) -> bool:
    """Whether the page set a cookie and came back to its own address (a bot check: crawler/challenge.py). A page
    that set one and still links nothing is given ``LATE_FETCH_SECONDS`` for it: a check waits a moment before it
    reloads; a page built with its menu is no check and costs no wait."""
    if not await context.cookies([url]):
        return False
    if not budget["back"] and await page.evaluate("() => document.querySelectorAll('a[href]').length") < FEW_LINKS:
        until = time.monotonic() + LATE_FETCH_SECONDS
        while not budget["back"] and time.monotonic() < until:
            await asyncio.sleep(0.05)
    return budget["back"]


async def _press_more(page, budget: dict, until: float) -> None:
    """Press a list's "โหลดเพิ่มเติม" / "Load more" button as a reader does, until it goes or stops answering
    (at most ``MORE_PRESSES`` times, within ``until``): the items it fetches are the page's (crawler/shell.py)."""
    buttons = page.locator(LOAD_MORE_TARGETS).filter(has_text=LOAD_MORE_WORDS)
    for _ in range(MORE_PRESSES):
        if time.monotonic() >= until:
            return
        button = buttons.first
        try:
            if not await button.count() or not await button.is_visible() or not await button.is_enabled():
                return
            size = len(await page.content())
            await button.click(timeout=2000)
        except Exception as exc:  # noqa: BLE001 - a button that went or cannot be pressed: the list as it stands
            log.debug("load-more button not pressed: %s", exc)
            return
        budget["last"] = time.monotonic()
        await _settle(budget, until)
        if len(await page.content()) <= size:
            return  # pressed, nothing came: the list is whole


# The toggles of the page's closed panes that hold no link yet (a Bootstrap accordion's card, a tab): a reader opens
# each, and the page's click handler fills it (``$('.listClick').click(… $.ajax("/api/get_ita_data/" + id) …)``).
# Marked with ``data-oit-pane`` so that Playwright clicks each one once, in the page's order; [the panes' selectors]
PANE_TOGGLES_JS = """(limit) => {
  const toggles = document.querySelectorAll('[data-toggle=collapse], [data-bs-toggle=collapse], [data-toggle=tab], ' +
    '[data-bs-toggle=tab], [data-toggle=pill], [data-bs-toggle=pill]');
  const panes = [];
  for (const t of toggles) {
    if (panes.length >= limit) break;
    if (t.closest('nav, .navbar, header')) continue;
    const ref = t.getAttribute('data-bs-target') || t.getAttribute('data-target') || t.getAttribute('href') ||
      (t.getAttribute('aria-controls') ? '#' + t.getAttribute('aria-controls') : '');
    if (!ref || !/^#[A-Za-z][\\w:.-]*$/.test(ref)) continue;
    const pane = document.getElementById(ref.slice(1));
    if (!pane || pane.querySelector('a[href]') || pane.textContent.trim()) continue;
    t.setAttribute('data-oit-pane', String(panes.length));
    panes.push(ref.slice(1));
  }
  return panes;
}"""
# whether a pane has been filled: a link or words in it
PANE_FILLED_JS = "(id) => { const p = document.getElementById(id); return !p || !!p.querySelector('a[href]') || !!p.textContent.trim(); }"
MAX_PANES = 40  # closed panes opened per render: an item page's quarters and sub-items, as far as a reader goes
PANES_CUT = "panes_unread"  # part_unread: panes a click fills were left unopened when the render's time ran out


async def _open_panes(page, budget: dict, until: float) -> bool:
    """Open the page's closed, empty panes as a reader clicks each accordion card or tab in turn (at most
    ``MAX_PANES``, within ``until``): what the page's script fetches for each is the page's (crawler/shell.py's
    ``loads_pane``). Each is given ``LATE_FETCH_SECONDS`` to fill (on a busy night the click's request starts late:
    read at once, the quarter it holds would be judged absent); a pane that stays empty says so. True when time ran
    out before every pane was opened: what the rest hold was not read."""
    try:
        panes = await page.evaluate(PANE_TOGGLES_JS, MAX_PANES)
    except Exception as exc:  # noqa: BLE001 - a page that navigated or closed: read as it stands
        log.debug("panes not opened: %s", exc)
        return False
    for n, pane in enumerate(panes):
        if time.monotonic() >= until:
            return True
        try:
            toggle = page.locator(f"[data-oit-pane='{n}']").first
            if not await toggle.is_visible():
                continue
            await toggle.click(timeout=2000, no_wait_after=True)
        except Exception as exc:  # noqa: BLE001 - a toggle that went or cannot be pressed: the next one
            log.debug("pane %s not opened: %s", pane, exc)
            continue
        budget["last"] = time.monotonic()
        try:
            await page.wait_for_function(PANE_FILLED_JS, arg=pane, timeout=_left(min(
                time.monotonic() + LATE_FETCH_SECONDS, until)) * 1000)
        except Exception as exc:  # noqa: BLE001 - Playwright's timeout: the pane stays empty (or fills late)
            log.debug("pane %s stayed empty: %s", pane, exc)
        await _settle(budget, until)
    return False


# Scroll the page and its scrolling boxes to their ends, as a reader scrolls down a list; [size before, room to scroll]
SCROLL_JS = """() => {
  const se = document.scrollingElement || document.documentElement;
  const boxes = [];
  for (const e of document.querySelectorAll('body *')) {
    if (boxes.length >= 20) break;
    if (e.clientHeight > 0 && e.scrollHeight > e.clientHeight + 20) {
      const o = getComputedStyle(e).overflowY;
      if (o === 'auto' || o === 'scroll') boxes.push(e);
    }
  }
  const size = se.scrollHeight + document.getElementsByTagName('*').length;
  const room = se.scrollHeight - se.scrollTop - window.innerHeight > 2 ||
    boxes.some((b) => b.scrollHeight - b.scrollTop - b.clientHeight > 2);
  window.scrollTo(0, se.scrollHeight);
  for (const b of boxes) b.scrollTop = b.scrollHeight;
  return [size, room];
}"""
SIZE_JS = "() => (document.scrollingElement || document.documentElement).scrollHeight + document.getElementsByTagName('*').length"
# custom elements left empty and never defined (their script did not run): what they draw was not read
UNDEFINED_JS = """() => [...document.querySelectorAll(':not(:defined)')]
  .filter((e) => e.localName.includes('-') && !e.firstElementChild && !e.textContent.trim()).map((e) => e.localName)"""
# custom elements the page's scripts defined (their shadow roots, if any, unknown without the composed tree)
DEFINED_JS = """() => [...new Set([...document.querySelectorAll('*')].map((e) => e.localName))]
  .filter((n) => n.includes('-') && customElements.get(n))"""


async def _scroll_down(page, budget: dict, until: float, watched: bool = False) -> bool:
    """Scroll to the bottom as a reader does, until the page stops growing (at most ``MAX_SCROLLS`` times, within
    ``until``): a list that fetches its next rows as the sentinel below it comes into view (an IntersectionObserver,
    a scroll listener). True when the page may hold more than was read: it still grew when a bound stopped the
    scrolling, or its script watches the scroll (``watched``: crawler/shell.py's ``loads_on_scroll``) and the time
    ran out before it was seen to stop growing."""
    grew = False
    for _ in range(MAX_SCROLLS):
        if time.monotonic() >= until:
            return grew or watched
        try:
            size, room = await page.evaluate(SCROLL_JS)
            if not room:
                return False  # at the bottom already: nothing more comes by scrolling
            budget["last"] = time.monotonic()
            await _settle(budget, until)
            grew = await page.evaluate(SIZE_JS) > size
            if not grew and watched and time.monotonic() < until:
                # its script fetches once the sentinel shows: on a busy machine the fetch starts after the page was
                # already quiet, and "stopped growing" read then left rows unread, judged whole (a false alarm)
                await asyncio.sleep(LATE_FETCH_SECONDS)
                await _settle(budget, until)
                grew = await page.evaluate(SIZE_JS) > size
        except Exception as exc:  # noqa: BLE001 - a page that navigated or closed: read as it stands
            log.debug("scrolling stopped: %s", exc)
            return watched
        if not grew:
            return watched and time.monotonic() >= until  # nothing came, unless the wait for it was cut short
    return grew


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen"}
RAW_TEXT = {"script", "style", "xmp", "iframe", "noembed", "noframes", "plaintext", "noscript"}


def composed_html(document: dict, max_nodes: int = MAX_NODES) -> tuple[str, bool]:
    """The page as a reader sees it, from the browser's DOM tree (CDP ``DOM.getDocument`` with ``pierce``): each
    shadow root's content (open or closed; not the browser's own of ``<input>`` and ``<video>``) written inside its
    host, its ``<slot>``s holding the host's children assigned to them (a host's children assigned to no slot
    follow, so that nothing is lost). Frames' documents are left out (the crawler reads a frame as a link), comments
    too. Returns the HTML and whether it is whole (False past ``max_nodes``)."""
    out: list[str] = ["<!DOCTYPE html>"]
    count = 0

    def emit(node: dict, light: dict, raw: bool = False) -> bool:
        nonlocal count
        count += 1
        if count > max_nodes:
            return False
        kind = node.get("nodeType")
        if kind == 3:
            value = node.get("nodeValue") or ""
            out.append(value if raw else html_text.escape(value, quote=False))
            return True
        if kind in (9, 11):
            return all(emit(child, light) for child in node.get("children") or [])
        if kind != 1:
            return True  # comments, doctypes, processing instructions
        name = (node.get("localName") or node.get("nodeName") or "").lower()
        values = node.get("attributes") or []
        attrs = "".join(f' {values[i]}="{html_text.escape(values[i + 1])}"' for i in range(0, len(values) - 1, 2))
        if name == "slot" and "distributedNodes" in node:
            assigned = [light[n["backendNodeId"]] for n in node.get("distributedNodes") or []
                        if n.get("backendNodeId") in light]
            if assigned:
                light.setdefault("_used", set()).update(child.get("backendNodeId") for child, _ in assigned)
                return all(emit(child, context) for child, context in assigned)
        out.append(f"<{name}{attrs}>")
        if name in VOID:
            return True
        children = node.get("children") or []
        if name == "template" and node.get("templateContent"):
            children = node["templateContent"].get("children") or []
        roots = [r for r in node.get("shadowRoots") or [] if r.get("shadowRootType") != "user-agent"]
        whole = True
        if roots:
            own: dict = {}
            own.update({child.get("backendNodeId"): (child, light) for child in children})
            whole = all(emit(child, own) for root in roots for child in root.get("children") or [])
            used = own.get("_used", set())
            children = [child for child in children if child.get("backendNodeId") not in used]
        whole = whole and all(emit(child, light, name in RAW_TEXT) for child in children)
        out.append(f"</{name}>")
        return whole

    whole = emit(document, {})
    return "".join(out), whole


def has_shadow_roots(node: dict) -> bool:
    """Whether the tree holds a shadow root of the page's own (open or closed), not only the browser's."""
    stack = [node]
    while stack:
        item = stack.pop()
        if any(r.get("shadowRootType") != "user-agent" for r in item.get("shadowRoots") or []):
            return True
        stack.extend(item.get("children") or [])
        stack.extend(r for r in item.get("shadowRoots") or [])
        if item.get("templateContent"):
            stack.append(item["templateContent"])
    return False


async def capture(page) -> tuple[str, str]:
    """The page's HTML as a reader sees it, and why part of it is unread ("" when none): ``page.content()``, or,
    when web components draw in shadow roots, the composed tree (:func:`composed_html`). A custom element left empty
    and undefined (its script refused or failed), a composed tree too large, or shadow roots that could not be read
    leave the page read in part (``shadow_unread``): an item not found there is unchecked, never missing."""
    cut = ""
    try:
        session = await page.context.new_cdp_session(page)
        try:
            tree = await session.send("DOM.getDocument", {"depth": -1, "pierce": True})
        finally:
            await session.detach()
        root = tree["root"]
        html, whole = composed_html(root) if has_shadow_roots(root) else (await page.content(), True)
        cut = "" if whole else SHADOW_UNREAD
    except Exception as exc:  # noqa: BLE001 - no composed tree: the light DOM, and components' content unknown
        log.info("no composed tree of %s: %s: %s", page.url, type(exc).__name__, exc)
        html = await page.content()
        if [name for name in await page.evaluate(DEFINED_JS) if not DECORATION.search(name)]:
            cut = SHADOW_UNREAD
    if not cut and [name for name in await page.evaluate(UNDEFINED_JS) if not DECORATION.search(name)]:
        cut = SHADOW_UNREAD
    return html, cut


class Renderer:
    """Scrapy extension: the crawl's one browser and its render budgets (``crawler.oit_renderer``)."""

    def __init__(self, crawler, options: dict):
        self.crawler = crawler
        self.enabled = bool(options.get("render", True))
        self.browser_path = options.get("render_browser") or "/usr/bin/chromium"
        self.agency_pages = int(options.get("render_agency_pages", 40))
        self.run_pages = int(options.get("render_run_pages", 4000))
        self.seconds = float(options.get("render_seconds", 20))
        self._contexts: asyncio.Queue = asyncio.Queue()  # the pool: (context or None, renders done in it)
        for _ in range(max(1, int(options.get("render_at_once", 2)))):
            self._contexts.put_nowait((None, 0))
        self.user_agent = crawler.settings.get("USER_AGENT")
        self.limits = Limits.from_settings(crawler.settings.getdict("OIT_LIMITS"))
        self.per_agency: Counter = Counter()
        self.not_rendered: Counter = Counter()
        self.begun = self.rendered = self.subrequests = self.launches = self.data_unread = 0
        self.render_seconds = 0.0
        self._kept: OrderedDict[str, tuple[dict, bytes]] = OrderedDict()  # url -> answer, for the run
        self._kept_bytes = 0
        self._launch: asyncio.Future | None = None
        self._playwright = self._browser = None

    @classmethod
    def from_crawler(cls, crawler):
        renderer = cls(crawler, crawler.settings.getdict("OIT_RENDER"))
        crawler.oit_renderer = renderer
        crawler.signals.connect(renderer.spider_closed, signal=signals.spider_closed)
        return renderer

    # -- the one decision the spider asks for -------------------------------------------------------
    async def reread(self, response, served: Extracted, agency_id: str,
                     own_host: Callable[[str], bool]) -> tuple[Extracted, dict]:
        """The page as a reader sees it, and the fields to record: ``served`` itself when it is no shell;
        else the rendered page (``rendered = 1``) or, when it could not be rendered, ``unread = script_shell``."""
        if not served.shell:
            return served, {}
        if served.shell == "hash_router" and not ROUTE_FRAGMENT.match(urlsplit(response.request.url).fragment):
            return served, {}  # the page at its own address is what its HTML holds; its #!/route views are rendered
        why = self._refusal(agency_id)
        if not why and await self._browser_ready() is None:
            why = "no_browser"
        if why:
            self.not_rendered[why] += 1
            return served, {"unread": UNREAD}
        best: tuple[Extracted, str] | None = None
        seconds = self.seconds
        for attempt in range(RENDER_ATTEMPTS):  # a render that timed out or built nothing, or whose own data
            if attempt and self._refusal(agency_id):  # requests failed, is tried again once, as a reader reloads,
                break  # while the budgets allow
            self.per_agency[agency_id] += 1  # renders begun count against the budgets (several run at once)
            self.begun += 1
            html, cut = await self._html(response, agency_id, own_host, served.shell == "loads_on_scroll", seconds)
            if cut == CHECK:  # its script set a cookie and reloaded: the crawl gets past it (crawler/challenge.py)
                return served, {"unread": CHECK}
            rendered = extract_html_safely(response.url, html.encode("utf-8"), "text/html; charset=utf-8", "utf-8",
                                           html, self.limits) if html else None
            if rendered is not None and built_something(served, rendered):
                if best is None or fuller(rendered, cut, *best):
                    best = (rendered, cut)
                if not cut:  # read whole: no second look
                    break
            elif best is None:
                seconds = self.seconds * PATIENCE
        if best is None:
            self.not_rendered["failed"] += 1
            return served, {"unread": UNREAD}
        rendered, cut = best
        self.data_unread += cut == DATA_UNREAD
        self.rendered += 1
        fields = rendered_fields(rendered)
        rendered.cacheable, rendered.shell = False, ""
        rendered.cut = rendered.cut or cut  # read in part: a list still growing, components not read
        return rendered, fields

    async def pass_check(self, response, agency_id: str, own_host: Callable[[str], bool]) -> list[dict] | None:
        """Run a bot check (crawler/challenge.py) in the browser as a reader's browser runs it, and the cookies it
        left once it came back to the page's own address; None when it did not come back within ``CHECK_SECONDS``
        (a CAPTCHA waits for a person: never solved here), or no browser, or a budget spent. It counts as a render
        against the agency's and the crawl's budgets; its requests go through the agency's slot like any other."""
        if self._refusal(agency_id) or await self._browser_ready() is None:
            return None
        self.per_agency[agency_id] += 1
        self.begun += 1
        try:
            context, uses = await self._context()
        except Exception as exc:  # noqa: BLE001 - a browser that cannot open a context passes nothing
            log.info("no browsing context for %s: %s: %s", response.url, type(exc).__name__, exc)
            return None
        started, failed = time.monotonic(), False
        try:
            return await asyncio.wait_for(self._pass(context, response, agency_id, own_host),
                                          min(self.seconds, CHECK_SECONDS))
        except BaseException as exc:  # not passed: the page stays unread, the crawl goes on
            if not page_fault(exc):
                raise
            log.info("the bot check of %s was not passed: %s: %s", response.url, type(exc).__name__, exc)
            failed = True
            return None
        finally:
            self.render_seconds += time.monotonic() - started
            self._contexts.put_nowait((context, CONTEXT_USES if failed else uses + 1))

    async def _pass(self, context, response, agency_id: str, own_host: Callable[[str], bool]) -> list[dict]:
        """The check's page served from the answer already downloaded; its scripts run; its navigations to other
        addresses of the site (a proof of work handed in) fetched through Scrapy without following redirects;
        done when it comes back to its own address (that navigation is not fetched: the crawl asks again)."""
        page, back = None, asyncio.Event()
        budget = {"left": MAX_SUBREQUESTS, "page": True, "open": 0, "last": time.monotonic()}
        try:
            await context.clear_cookies()
            page = await context.new_page()

            async def answer(route):
                request = route.request
                try:
                    if request.is_navigation_request() and request.frame.parent_frame is None and not budget.get("page"):
                        if same_address(request.url, response.url):
                            back.set()
                            await route.abort("aborted")
                        else:
                            await self._navigate(route, response, agency_id, own_host, budget, back)
                        return
                    await self._answer(route, response, agency_id, own_host, budget)
                except Exception as exc:  # noqa: BLE001 - the page closed under a late request: nothing to answer
                    log.debug("check request %s not answered: %s", request.url, exc)

            await page.route("**/*", answer)
            await page.goto(response.url, wait_until="commit", timeout=CHECK_SECONDS * 1000)
            await back.wait()
            return [{k: c[k] for k in ("name", "value", "domain", "path")} for c in await context.cookies()
                    if own_host(c.get("domain", "").lstrip(".")) or
                    urlsplit(response.url).hostname == c.get("domain", "").lstrip(".")]
        finally:
            if page is not None:
                await close_quietly(page)

    async def _navigate(self, route, response, agency_id: str, own_host: Callable[[str], bool], budget: dict,
                        back: asyncio.Event) -> None:
        """A check's navigation to another address of the site (its proof of work handed in): fetched through
        Scrapy in the agency's slot with its cookie jar, redirects not followed; one that sends back to the page is
        the check passed. Anywhere else is refused."""
        request = route.request
        host = urlsplit(request.url).hostname or ""
        if not (own_host(host) or host == urlsplit(response.url).hostname) or budget["left"] <= 0 \
                or request.method not in {"GET", "POST"}:
            await route.abort("blockedbyclient")
            return
        budget["left"] -= 1
        meta = {"agency_id": agency_id, "outbound": False, "dont_cache": True, "dont_redirect": True,
                "handle_httpstatus_all": True, "download_slot": f"agency:{agency_id}", "cookiejar": agency_id}
        headers = {k: v for k, v in request.headers.items() if k.lower() in {"accept", "content-type", "referer"}}
        got = await self.crawler.engine.download_async(scrapy.Request(
            request.url, method=request.method, headers=headers, body=request.post_data_buffer, meta=meta,
            dont_filter=True))
        self.subrequests += 1
        location = (got.headers.get("Location") or b"").decode("latin-1")
        if 300 <= got.status < 400 and location and same_address(urljoin(request.url, location), response.url):
            back.set()  # its cookie is in the agency's jar (Set-Cookie of this answer) and in the browser
        await route.fulfill(status=got.status, body=got.body, headers=self._headers(got.headers))

    async def _html(self, response, agency_id: str, own_host: Callable[[str], bool],
                    watched: bool = False, seconds: float = 0) -> tuple[str, str]:
        """The rendered DOM and why part of it is unread (:func:`capture`), or "" when the render failed (a
        timeout, a crashed page, the browser gone); within ``seconds`` (``render_seconds`` when not given)."""
        seconds = seconds or self.seconds
        try:
            context, uses = await self._context()  # waiting for a free one is not the page's time
        except Exception as exc:  # noqa: BLE001 - a browser that cannot open a context renders nothing
            log.info("no browsing context for %s: %s: %s", response.url, type(exc).__name__, exc)
            return "", ""
        started, failed = time.monotonic(), False
        try:
            return await asyncio.wait_for(self._render(context, response, agency_id, own_host, watched, seconds),
                                          seconds)
        except BaseException as exc:  # the page stays unread, the crawl goes on
            if not page_fault(exc):
                raise
            log.info("render of %s failed: %s: %s", response.url, type(exc).__name__, exc)
            failed = True
            return "", ""
        finally:
            self.render_seconds += time.monotonic() - started
            # a context whose render failed may hold a page that would not close: the next render replaces it
            self._contexts.put_nowait((context, CONTEXT_USES if failed else uses + 1))

    def _refusal(self, agency_id: str) -> str:
        if not self.enabled:
            return "disabled"
        if self.begun >= self.run_pages:
            return "run_budget"
        if self.per_agency[agency_id] >= self.agency_pages:
            return "agency_budget"
        return ""

    # -- the browser --------------------------------------------------------------------------------
    async def _browser_ready(self):
        """The crawl's browser, started at the first shell; None when it cannot start (no Chromium)."""
        if self._launch is not None and self._launch.done() and self._browser is not None \
                and not self._browser.is_connected() and self.launches < MAX_LAUNCHES:
            log.warning("the browser is gone (crashed or killed): starting it again")
            await self._stop()
            self._launch = None
        if self._launch is None:
            self.launches += 1
            self._launch = asyncio.ensure_future(self._start())
        return await asyncio.shield(self._launch)

    async def _start(self):
        if not os.access(self.browser_path, os.X_OK):
            log.warning("no browser at %s: script-built pages stay unread", self.browser_path)
            return None
        try:
            from playwright.async_api import async_playwright

            self._playwright = await async_playwright().start()
            args = ["--disable-dev-shm-usage", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                    "--dns-prefetch-disable", "--disable-component-update", "--blink-settings=imagesEnabled=false"]
            if hasattr(os, "geteuid") and os.geteuid() == 0:
                args.append("--no-sandbox")  # Chromium refuses to run as root with its sandbox
            self._browser = await self._playwright.chromium.launch(
                executable_path=self.browser_path, headless=True, args=args,
                proxy={"server": DEAD_END_PROXY, "bypass": "<-loopback>"})
            return self._browser
        except Exception as exc:  # an unusable browser is the same as none: pages stay unread, and we say so
            log.warning("the browser %s could not start: %s: %s", self.browser_path, type(exc).__name__, exc)
            await self._stop()
            return None

    async def _context(self):
        """A browsing context from the pool (``render_at_once`` of them, each used ``CONTEXT_USES`` times): a
        fresh context costs more than the render itself on a busy machine (measured: ~0.9 s against ~0.25 s)."""
        while True:
            context, uses = await self._contexts.get()
            if context is not None and context.browser is not self._browser:
                context = None  # a context of a browser that is gone
            if context is not None and uses < CONTEXT_USES:
                return context, uses
            if context is not None:
                await close_quietly(context)  # its memory (caches, storage of earlier sites) goes back
            try:
                context = await self._browser.new_context(user_agent=self.user_agent, service_workers="block",
                                                          ignore_https_errors=True, locale="th-TH",
                                                          accept_downloads=False)
            except Exception:
                self._contexts.put_nowait((None, 0))  # keep the pool's size; the next render tries again
                raise
            return context, 0

    async def _render(self, context, response, agency_id: str, own_host: Callable[[str], bool],
                      watched: bool, seconds: float) -> tuple[str, str]:
        """The DOM of ``response``'s page once its scripts ran and their requests were answered, its "load more"
        pressed and its end scrolled to; and why part of it is unread (``scroll_cut``, ``shadow_unread``,
        ``data_unread``)."""
        deadline = time.monotonic() + max(seconds - CAPTURE_SECONDS, seconds / 2)
        page, budget = None, {"left": MAX_SUBREQUESTS, "page": True, "open": 0, "last": time.monotonic(), "data": {},
                              "back": False}
        try:
            await context.clear_cookies()
            page = await context.new_page()

            async def answer(route):
                request = route.request
                if "page" not in budget and request.is_navigation_request() and request.frame.parent_frame is None \
                        and same_address(request.url, response.url):
                    budget["back"] = True  # it reloads itself: not asked again here (a check would loop for ever)
                    await route.abort("aborted")
                    return
                budget["open"] += 1
                try:
                    await self._answer(route, response, agency_id, own_host, budget)
                except Exception as exc:  # noqa: BLE001 - the page closed under a late request: nothing to answer
                    log.debug("render request %s not answered: %s", route.request.url, exc)
                finally:
                    budget["open"] -= 1
                    budget["last"] = time.monotonic()

            await page.route("**/*", answer)
            await page.goto(address(response), wait_until="domcontentloaded", timeout=_left(deadline) * 1000)
            try:  # a picture or a counter that never finishes loading does not hide what was drawn
                await page.wait_for_load_state("load", timeout=_left(deadline) * 1000)
            except Exception as exc:  # noqa: BLE001 - Playwright's timeout: read the page as it stands
                log.debug("render of %s: no load event in time: %s", response.url, exc)
                budget["unloaded"] = True  # still loading when read: what it waited for may draw more (read in part)
            # scripts that fetch their data after "load": wait until none of the page's requests is open and
            # none has been asked for a moment (within the render's time: a page that polls for ever, as it stands)
            await _settle(budget, min(time.monotonic() + SETTLE_SECONDS, deadline))
            if await _came_back(page, context, budget, response.url):
                return "", CHECK  # it set a cookie and came back to itself: a bot check in the page's place
            await _press_more(page, budget, min(time.monotonic() + SETTLE_SECONDS, deadline))
            panes_left = await _open_panes(page, budget, deadline)
            # scrolled while it grows, within the render's time: on a busy night each next rows' fetch waits its turn
            growing = await _scroll_down(page, budget, deadline, watched)
            if not page.url.startswith(("http://", "https://")):
                raise RuntimeError(f"the page left for {page.url}")  # a script navigated where we do not follow
            html, cut = await capture(page)
            unread = data_unread(budget)  # failed, or still open as the page is read (a server that hangs)
            unloaded = budget.get("unloaded") and budget["open"] > 0
            if unread:
                log.info("render of %s: its data requests were not answered: %s", response.url, " ".join(unread[:3]))
            return html, cut or (SCROLL_CUT if growing else "") or (DATA_UNREAD if unread or unloaded else "") or \
                (PANES_CUT if panes_left else "")
        finally:
            if page is not None:
                await close_quietly(page)

    async def _answer(self, route, response, agency_id: str, own_host: Callable[[str], bool], budget: dict) -> None:
        """Answer one of the browser's requests through Scrapy, or refuse it."""
        request = route.request
        parts = urlsplit(request.url)
        agency_host = own_host(parts.hostname or "")
        # the page's own host serves its data even when it is not the agency's (a page read on an outside host)
        own = agency_host or parts.hostname == urlsplit(response.url).hostname
        main = request.is_navigation_request() and request.frame.parent_frame is None
        if main and budget.pop("page", False) and response.body:
            await route.fulfill(status=200, body=response.body, headers=self._headers(response.headers))
            return
        data = budget.setdefault("data", {})  # the page's own data requests: key -> open, ok, failed, refused
        watched = parts.scheme in {"http", "https"} and data_request(request.resource_type, own, request.url)
        key = data_key(request.method, request.url, request.post_data_buffer)  # one admin-ajax.php, many actions
        if watched and data.get(key) != "ok":
            data[key] = "open"  # until answered: a request that hangs past the page's reading is unread
        if not fetchable(request, parts.scheme, main, own) or budget["left"] <= 0:
            if watched and data.get(key) != "ok":
                data[key] = "refused"  # the crawl's own bound: what it would draw was not read
            await route.abort("blockedbyclient")
            return
        budget["left"] -= 1
        kept = self._kept.get(request.url) if request.method == "GET" else None
        if kept is not None:  # the run's copy: a reader's browser would not ask again either
            self._kept.move_to_end(request.url)
            if watched:
                data[key] = "ok"
            await route.fulfill(status=200, body=kept[1], headers=kept[0])
            return
        meta = {"agency_id": agency_id, "outbound": False, "dont_cache": True, "dont_merge_cookies": True}
        if agency_host:  # the agency's one politeness budget, and its cookies as its pages had them
            meta.update(download_slot=f"agency:{agency_id}", cookiejar=agency_id, dont_merge_cookies=False)
        headers = {k: v for k, v in request.headers.items()
                   if k.lower() in {"accept", "content-type", "x-requested-with", "referer"}}
        fetch = scrapy.Request(request.url, method=request.method, headers=headers, body=request.post_data_buffer,
                               meta=meta, dont_filter=True)
        try:
            got = await self.crawler.engine.download_async(fetch)
        except Exception as exc:  # refused (robots, private address, budget) or failed: so it is for the page too
            log.debug("render sub-request %s refused: %s", request.url, exc)
            if watched and data.get(key) != "ok":
                data[key] = "failed"  # a timeout, a refused connection, robots.txt, the agency's budget
            await route.abort("failed")
            return
        self.subrequests += 1
        if watched and data.get(key) != "ok":
            data[key] = "failed" if failed_answer(got.status) else "ok"
        headers = self._headers(got.headers)
        if request.method == "GET" and got.status == 200:
            self._keep(request.url, headers, got.body)
        await route.fulfill(status=got.status, body=got.body, headers=headers)

    def _keep(self, url: str, headers: dict, body: bytes) -> None:
        """Keep a script's or data file's answer for the rest of the run (the same app.js and menu.json serve
        every page of a site), within ``KEEP_BYTES``, oldest out first."""
        if len(body) > KEEP_BYTES // 8:
            return
        self._kept[url] = (headers, body)
        self._kept_bytes += len(body)
        while self._kept_bytes > KEEP_BYTES:
            self._kept_bytes -= len(self._kept.popitem(last=False)[1][1])

    @staticmethod
    def _headers(headers) -> dict[str, str]:
        return {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in headers.items()
                if k.decode("latin-1").lower() not in HOP_HEADERS}

    # -- the end of the crawl -----------------------------------------------------------------------
    async def spider_closed(self, spider=None) -> None:
        note = not_rendered_note(self.not_rendered)
        if self.rendered or note:
            log.warning("rendered %d script-built pages in %.1f s (%d sub-requests)%s", self.rendered,
                        self.render_seconds, self.subrequests,
                        f", {self.data_unread} read in part: their own data requests failed" if self.data_unread else "")
        if note:
            from crawler.runner import leave_note

            log.warning(note)
            leave_note(self.crawler.settings.get("LOG_FILE"), note)
        await self._stop()

    async def _stop(self) -> None:
        browser, playwright, self._browser, self._playwright = self._browser, self._playwright, None, None
        for step in (browser and browser.close, playwright and playwright.stop):
            try:
                if step:
                    await step()
            except Exception as exc:  # noqa: BLE001 - a browser already gone has nothing left to close
                log.info("closing the browser: %s: %s", type(exc).__name__, exc)


async def close_quietly(target) -> None:
    """Close a page or browsing context within ``CLOSE_SECONDS``, whatever happens: Playwright's ``close()``
    waits for the browser without a limit, and one that never answers held a render, its agency and with it the
    night open (seen under tight render limits on a busy machine). What is left open goes with the browser."""
    try:
        await asyncio.wait_for(target.close(), CLOSE_SECONDS)
    except Exception as exc:  # noqa: BLE001 - gone, crashed or stuck: nothing more to do for it here
        log.info("closing %s: %s: %s", type(target).__name__, type(exc).__name__, exc)


async def reread(crawler, response, served: Extracted, agency_id: str,
                 own_host: Callable[[str], bool]) -> tuple[Extracted, dict]:
    """What the spider calls for every page read: the page unchanged unless it is a script shell
    (see :meth:`Renderer.reread`); without the extension, a shell is recorded unread."""
    renderer = getattr(crawler, "oit_renderer", None)
    if renderer is not None:
        return await renderer.reread(response, served, agency_id, own_host)
    return served, ({"unread": UNREAD} if served.shell else {})
