"""Downloader middlewares: keep the crawler off private networks, route it through a proxy, follow a page that
moves its reader on by script as a browser does."""
from __future__ import annotations

import re
import socket
from urllib.parse import urlsplit

from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.resolver import CachingThreadedResolver
from scrapy.http import HtmlResponse
from scrapy.http.cookies import CookieJar
from w3lib.html import get_meta_refresh
from twisted.internet.error import DNSLookupError

from crawler.extract import join
from crawler.scriptmove import framed_site, header_refresh, notice_link, script_redirect

from rules.urls import is_private_address, literal_address, name_is_private  # noqa: F401  (re-exported)


def host_is_private(host: str) -> bool:
    """True when ``host`` is, or now resolves to, a non-global address (checks only; the crawl itself
    checks the address it connects to, in :class:`GuardedResolver`)."""
    if name_is_private(host):
        return True
    try:
        infos = socket.getaddrinfo(host.rstrip("."), None)
    except (OSError, UnicodeError):
        return False  # unresolvable: the download itself will fail and be recorded as a DNS error
    return any(is_private_address(info[4][0]) for info in infos)


# names the resolver refused, with why: Twisted's name resolution turns the refusal into a bare "no results for
# hostname lookup", so a download's failure is named from here (error_kind: "private", not "dns")
REFUSED_NAMES: dict[str, str] = {}
MAX_REFUSED_NAMES = 10_000


def refused_name(host: str) -> str | None:
    """Why the resolver refused ``host`` this crawl (a private or loopback answer), or None."""
    return REFUSED_NAMES.get(host.lower().rstrip("."))


class GuardedResolver(CachingThreadedResolver):
    """Scrapy's caching resolver, refusing non-global answers: the address checked is the address the
    connection then uses, so a name that answers a public address to a check and a private one to the
    connection (DNS rebinding) cannot get through. The proxy's own host is always allowed."""

    def __init__(self, reactor, cache_size: int, timeout: float, allow: bool = False, proxy_host: str = ""):
        super().__init__(reactor, cache_size, timeout)
        self.allow, self.proxy_host = allow, proxy_host.lower().rstrip(".")

    @classmethod
    def from_crawler(cls, crawler, reactor):
        resolver = super().from_crawler(crawler, reactor)
        resolver.allow = crawler.settings.getbool("OIT_ALLOW_PRIVATE")
        resolver.proxy_host = (urlsplit(crawler.settings.get("OIT_PROXY") or "").hostname or "").lower()
        return resolver

    def getHostByName(self, name: str, timeout=()):
        deferred = super().getHostByName(name, timeout)
        if self.allow or name.lower().rstrip(".") == self.proxy_host:
            return deferred

        def check(address: str) -> str:
            if is_private_address(address):
                why = f"private address refused: {name} resolves to {address} (use --allow-private to crawl it)"
                if len(REFUSED_NAMES) < MAX_REFUSED_NAMES:
                    REFUSED_NAMES[name.lower().rstrip(".")] = why
                raise DNSLookupError(why)
            return address

        return deferred.addCallback(check)


class PrivateAddressGuard:
    """Refuse requests to private, loopback or link-local addresses unless OIT_ALLOW_PRIVATE is set.

    Here only what the URL itself says is checked (address literals in any spelling, local names), at no
    DNS cost; names are checked on the address they resolve to, by :class:`GuardedResolver`. Through a
    proxy, the proxy resolves names: only this check applies."""

    def __init__(self, allow: bool):
        self.allow = allow

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.getbool("OIT_ALLOW_PRIVATE"))

    def process_request(self, request, spider=None):
        host = urlsplit(request.url).hostname or ""
        if not self.allow and name_is_private(host):
            raise IgnoreRequest(f"private address refused: {host} (use --allow-private to crawl it)")
        return None


class ProxyMiddleware:
    """Send every request through OIT_PROXY (HTTP_PROXY/HTTPS_PROXY work through Scrapy's own middleware)."""

    def __init__(self, proxy: str):
        self.proxy = proxy

    @classmethod
    def from_crawler(cls, crawler):
        proxy = crawler.settings.get("OIT_PROXY")
        if not proxy:
            raise NotConfigured
        return cls(proxy)

    def process_request(self, request, spider=None):
        request.meta.setdefault("proxy", self.proxy)
        return None


# What forward proxies answer in a page's place when the site's name does not resolve (our farm, Squid's
# ERR_DNS_FAIL page, Privoxy, tinyproxy...): the name's failure, not an error of the site's own server.
PROXY_DNS_FAILURE = re.compile(rb"unknown (?:or unreachable )?host|ERR_DNS_FAIL|Unable to determine IP address|"
                               rb"DNS (?:lookup|resolution) fail|Name or service not known|no such host|"
                               rb"Unable to resolve", re.I)


def proxy_says_no_such_host(response) -> bool:
    """Whether ``response`` is a forward proxy saying the name does not resolve (502/503/504 with its words):
    through a proxy, a dead domain must still read as a DNS failure (``dns``: gone for everyone)."""
    return response.status in (502, 503, 504) and bool(response.meta.get("proxy")) and \
        bool(PROXY_DNS_FAILURE.search(response.body[:4000]))


class ScriptRefresh(MetaRefreshMiddleware):
    """Scrapy's meta-refresh redirect, the same for an HTTP ``Refresh: 0; url=…`` header (PHP's ``header("Refresh:
    …")``, which browsers follow as the meta tag) and for a thin page whose own script sends the reader on
    (``window.location.href = "…"``: crawler/scriptmove.py) — a browser follows both as it follows a 301, so a
    registry address that moved this way is a moved site (``redirect_urls`` as for any redirect). So is a registry
    page that frames the site whole from another host, or only says the site moved and links the new name (a person
    clicks it)."""

    def process_response(self, request, response, spider=None):
        answer = super().process_response(request, response)
        if answer is not response and "%5C" in urlsplit(getattr(answer, "url", "")).path.upper():
            # ``content="0;URL=..\\upload\\x.pdf"``: a browser reads the backslashes as slashes (WHATWG URL)
            _, target = get_meta_refresh(response.text.replace("\\", "/"), response.url, ignore_tags=self._ignore_tags)
            if target:
                return self._redirect(self._redirect_request_using_get(request, response, target), request, "meta refresh")
        if answer is not response or request.meta.get("dont_redirect") or request.method != "GET" \
                or not isinstance(response, HtmlResponse) or request.meta.get("outbound"):
            return answer
        target = header_refresh(response.headers.get("Refresh") or b"", self._maxdelay) or script_redirect(response.body)
        if not target and request.meta.get("site_depth") == 0 and response.status == 200 \
                and not request.meta.get("redirect_urls"):  # the registry's own page (not where it moved to)
            target = framed_site(response.body, response.url) or notice_link(response.body, response.url)
        if not target:
            return response
        redirected = self._redirect_request_using_get(request, response, join(response.url, target.replace("\\\\", "\\")))
        if urlsplit(redirected.url).scheme not in {"http", "https"} or redirected.url == response.url:
            return response
        return self._redirect(redirected, request, "script location")


class ShareSession:
    """The session a share link sets on its way to the file, kept along that one link's redirects as a browser keeps
    it for the visit: SharePoint's and OneDrive for Business' "anyone with the link" answers 302 to its viewer with
    the guest's cookie, and the viewer without it sends the visitor to sign in. A check never carries cookies
    otherwise (``dont_merge_cookies``: one answer serves every agency), so none leaves its own chain of redirects."""

    def process_request(self, request, spider=None):
        jar = request.meta.get("share_session")
        if jar is not None and request.meta.get("dont_merge_cookies"):
            request.headers.pop("Cookie", None)
            jar.add_cookie_header(request)
        return None

    def process_response(self, request, response, spider=None):
        if request.meta.get("outbound") and request.meta.get("dont_merge_cookies") and 300 <= response.status < 400 \
                and response.headers.getlist("Set-Cookie"):
            if request.meta.get("share_session") is None:  # the redirect's request shares this meta's jar
                request.meta["share_session"] = CookieJar()
            request.meta["share_session"].extract_cookies(response, request)
        return response
