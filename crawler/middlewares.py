"""Downloader middlewares: keep the crawler off private networks and route it through a proxy."""
from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.resolver import CachingThreadedResolver
from twisted.internet.error import DNSLookupError


LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


def is_private_address(address: str) -> bool:
    """True for every address that is not globally routable: private, loopback, link-local, shared
    (100.64.0.0/10), benchmarking, documentation, reserved, multicast, unspecified; IPv4 inside IPv6 too."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and (ip.ipv4_mapped or ip.sixtofour):
        ip = ip.ipv4_mapped or ip.sixtofour
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
                raise DNSLookupError(f"private address refused: {name} resolves to {address} "
                                     "(use --allow-private to crawl it)")
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
