"""The fixture corpus's registry rows: every held-out site is its own agency. Two sites under one agency id are
crawled as one agency (their pages merged, each judged on the other's), which a corpus run then reports as false
alarms of the engine (round 15: two builders both named their agency "sapphaya")."""
from __future__ import annotations

from collections import Counter

from benchmarks.accuracy import load_sites


def test_every_fixture_site_is_an_agency_of_its_own():
    sites = load_sites()
    assert len(sites) > 100
    twice = {agency: n for agency, n in Counter(site.agency for site in sites).items() if n > 1}
    assert twice == {}, twice
    urls = Counter(site.registry["url"] for site in sites)
    assert [url for url, n in urls.items() if n > 1] == []
