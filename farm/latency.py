"""Realistic answer times for the farm: real agency sites answer in hundreds of milliseconds, and some requests
never answer at all. A benchmark on a farm that answers in a millisecond measures only CPU; with these delays it
measures what a night costs.

Each address gets its own delay and fate, drawn from a hash of the address, so two crawlers compared side by side
meet exactly the same slow pages and the same hangs.

>>> slow = Latency(median_ms=450, sigma=0.25, hang_share=0.0)
>>> 0.2 < slow.delay("www.x.go.th", "/a.html") < 1.5
True
>>> Latency.parse("450:0.25:0.03")
Latency(median_ms=450.0, sigma=0.25, hang_share=0.03, seed=0)
"""
from __future__ import annotations

import hashlib
import math
import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Latency:
    """Lognormal answer times around ``median_ms`` (``sigma`` 0.25 puts 90 % of them between 0.66× and 1.5× the
    median: 300–680 ms around 450 ms), and a ``hang_share`` of addresses that never answer."""

    median_ms: float = 450.0
    sigma: float = 0.25
    hang_share: float = 0.03
    seed: int = 0

    @classmethod
    def parse(cls, spec: str) -> "Latency":
        """``MEDIAN_MS[:SIGMA[:HANG_SHARE]]``, e.g. ``450:0.25:0.03``."""
        parts = [float(p) for p in spec.split(":")]
        names = ("median_ms", "sigma", "hang_share")
        return cls(**dict(zip(names, parts)))

    def _draw(self, host: str, path: str) -> random.Random:
        digest = hashlib.blake2b(f"{self.seed}|{host}|{path}".encode(), digest_size=8).digest()
        return random.Random(int.from_bytes(digest, "big"))

    def hangs(self, host: str, path: str) -> bool:
        """True for the addresses that never answer (robots.txt always answers: a site without it is common,
        one whose robots.txt hangs would stall both crawlers alike before their first page)."""
        return path != "/robots.txt" and self._draw(host, path).random() < self.hang_share

    def delay(self, host: str, path: str) -> float:
        """Seconds before the address answers."""
        rng = self._draw(host, path)
        rng.random()  # the draw hangs() used
        return self.median_ms / 1000 * math.exp(self.sigma * rng.gauss(0.0, 1.0))
