"""Outbound evidence links (Facebook, LINE, Google…) checked once per run, shared by every agency that links them.

An agency's outbound link gets one reachability request and is never crawled. Many agencies link the same
addresses (a LINE official account, a provincial portal, Google Maps), so a check is made once per run and its
answer copied into the page record of every agency that links it. Checks are issued as soon as they are found,
a few at a time per outside host: Scrapy's downloader then never holds a long queue for one outside host (which
would take the crawl's global concurrency from the agencies' own sites), different outside hosts are checked in
parallel, and the checks finish along with the crawl instead of after it. The pages read on outside publishing
hosts (Google Sites; crawler/outside.py) are shared the same way, by a second instance.

>>> checks = OutboundChecks(per_host=1)
>>> checks.want("https://line.me/a", "kudjok"), checks.want("https://line.me/a", "nonsung")
('start', 'wait')
>>> checks.want("https://line.me/b", "kudjok")
'queue'
>>> waiting, following = checks.answered("https://line.me/a", ("https://line.me/a", {"status": 200}))
>>> waiting, following
(['kudjok', 'nonsung'], ['https://line.me/b'])
>>> checks.cached("https://line.me/a")
('https://line.me/a', {'status': 200})
"""
from __future__ import annotations

from collections import OrderedDict, defaultdict, deque
from typing import Any
from urllib.parse import urlsplit


class OutboundChecks:
    """Run-wide state of outbound checks: answers already known, agencies waiting for one in flight, and the
    addresses waiting for a free slot on their outside host."""

    def __init__(self, per_host: int = 2, max_cached: int = 50_000):
        self.per_host = per_host
        self.max_cached = max_cached  # an LRU: shared links (LINE, portals) stay, one-agency links age out
        self._answers: OrderedDict[str, Any] = OrderedDict()
        self._waiting: dict[str, list[Any]] = {}  # url -> who waits for its answer (in flight or queued)
        self._queued: dict[str, deque[str]] = defaultdict(deque)  # host -> urls waiting for a slot
        self._in_flight: dict[str, int] = defaultdict(int)
        self.requests = self.shared = 0

    def cached(self, url: str) -> Any:
        answer = self._answers.get(url)
        if answer is not None:
            self._answers.move_to_end(url)
        return answer

    def want(self, url: str, waiter: Any, first: bool = False) -> str:
        """Register ``waiter`` for ``url``'s answer: ``start`` (send the request now), ``wait`` (already asked)
        or ``queue`` (its host has no free slot; :meth:`answered` hands it on later). ``first``: ahead of its
        host's queue (a folder's entries: one agency's folder is finished before the next folder is begun)."""
        if url in self._waiting:
            self._waiting[url].append(waiter)
            self.shared += 1
            return "wait"
        self._waiting[url] = [waiter]
        host = urlsplit(url).hostname or ""
        if self._in_flight[host] >= self.per_host:
            (self._queued[host].appendleft if first else self._queued[host].append)(url)
            return "queue"
        self._in_flight[host] += 1
        self.requests += 1
        return "start"

    def answered(self, url: str, answer: Any) -> tuple[list[Any], list[str]]:
        """Keep ``url``'s answer; returns who waited for it, and the addresses of its host to request now."""
        self._answers[url] = answer
        self._answers.move_to_end(url)
        while len(self._answers) > self.max_cached:
            self._answers.popitem(last=False)
        waiting = self._waiting.pop(url, [])
        host = urlsplit(url).hostname or ""
        self._in_flight[host] -= 1
        following = []
        while self._queued[host] and self._in_flight[host] < self.per_host:
            following.append(self._queued[host].popleft())
            self._in_flight[host] += 1
            self.requests += 1
        if not self._queued[host]:
            del self._queued[host]
        if not self._in_flight[host]:
            del self._in_flight[host]
        return waiting, following

    def first_waiter(self, url: str) -> Any:
        """The first who asked for ``url`` (its answer not in yet)."""
        return self._waiting[url][0]

    @property
    def pending(self) -> int:
        return len(self._waiting)
