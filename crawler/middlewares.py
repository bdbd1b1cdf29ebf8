"""Downloader middlewares: keep the crawler off private networks and route it through a proxy."""
from __future__ import annotations

import ipaddress
import socket
from functools import lru_cache
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest, NotConfigured


def is_private_address(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    return ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast or ip.is_unspecified


@lru_cache(maxsize=4096)
def host_is_private(host: str) -> bool:
    """True when ``host`` is, or resolves to, a private, loopback or link-local address."""
    if host in {"localhost", "localhost.localdomain"}:
        return True
    try:
        return is_private_address(host)
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False  # unresolvable: the download itself will fail and be recorded as a DNS error
    return any(is_private_address(info[4][0].split("%")[0]) for info in infos)


class PrivateAddressGuard:
    """Refuse requests to private, loopback or link-local addresses unless OIT_ALLOW_PRIVATE is set."""

    def __init__(self, allow: bool):
        self.allow = allow

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.getbool("OIT_ALLOW_PRIVATE"))

    def process_request(self, request, spider=None):
        host = urlsplit(request.url).hostname or ""
        if not self.allow and host_is_private(host):
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
