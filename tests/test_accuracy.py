"""The engine against the fixture corpus: sites in every publishing style we know of (WordPress, Joomla,
vendor CMS, PHP tables, cards and accordions, Thai digits, TIS-620 and frames, menu-only, iframes, Google
Drive, stale years, ITA 2569, MOIT hospitals), crawled through the farm and judged with each agency's
rulebook, against verdicts written by reading the sites.

A false alarm (missing or broken for an item that is there) is what an agency would be wrongly told: there
must be none. Agreement overall must stay at or above 98 %, and no style may fall below 95 %, except the
MOIT hospitals, whose list is provisional (see the note in rules/rulebooks/moit2569.yaml), and the architectures
still short of it (``SHORT_OF_95``), held to the agreement they reached so that they can only get better."""
from __future__ import annotations

import pytest

from benchmarks.accuracy import agreement, load_sites, measure, report
from rules.vocabulary import is_coverage_reason

pytestmark = pytest.mark.slow  # the whole fixture corpus crawled and judged

PROVISIONAL_STYLES = {"moit_hospital"}
# Architectures under 95 % today, with a floor one item under what they reached (an item that times out on a busy
# machine must not fail the build) and why (issue 19 stays open for them): a ratchet, raised as they improve,
# never lowered to make a test pass. Measured on sites whose verdicts were written before the engine ran.
SHORT_OF_95: dict[str, float] = {
    # 24/26 (round 13): an ArcGIS dashboard and a Power BI report a person reads, drawn by their hosts' applications
    # from data services the crawl does not call: `unchecked` (coverage.drawn), never partial or missing
    "dashboard_embeds": 23 / 26,
}
# (lazy_fragments, 24/26 in round 14, left in round 15: a row "-" read in a panel whose file came is the agency's
# answer when only other whole panels failed, rules/engine._whole_rows)
# (empty in round 12; the last two before it, each 24/26 in round 11: gsites_published_embeds once a dead Doc in a box that names its item was
# broken whatever hub stayed unread, rules/engine._coded_for; image_buttons once a button printing the head of an
# item's title was read as that item, crawler/pictures._shortened)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    sites = [s for s in load_sites() if s.style != "farm"]
    assert len(sites) >= 30 and len({s.style for s in sites}) >= 8
    return measure(sites, tmp_path_factory.mktemp("accuracy"))


def test_no_false_alarms(corpus):
    assert corpus.false_alarms == [], report(corpus)


def test_agreement_is_at_least_98_percent(corpus):
    assert corpus.agree / corpus.total >= 0.98, report(corpus)


GROUPS = [("style", s.style) for s in load_sites() if s.style != "farm"] + \
    [("architecture", s.architecture) for s in load_sites() if s.style != "farm"]


@pytest.mark.parametrize("by, name", sorted(set(GROUPS)), ids=lambda v: str(v))
def test_every_style_and_architecture_agrees_at_least_95_percent(corpus, by, name):
    ok, n, alarms = agreement((corpus.by_style if by == "style" else corpus.by_architecture)[name])
    assert alarms == 0
    if name not in PROVISIONAL_STYLES:
        assert ok / n >= SHORT_OF_95.get(name, 0.95), report(corpus)


def test_the_report_counts_what_coverage_left_unchecked(corpus):
    assert "unchecked because of coverage" in report(corpus)
    assert all(is_coverage_reason(code) for code, _ in corpus.coverage)
