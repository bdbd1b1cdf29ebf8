"""Bounds the round-9 probe left alone, squeezed (``python -m benchmarks.accuracy --crawl KEY=VALUE``): the time
budget per agency, rendering, OCR pages per document, the unzipped size of office files… Agreement falls as each
bound bites; a false alarm must never appear: what a bound left unread is ``unchecked``, never ``missing`` or
``broken``."""
from __future__ import annotations

from rules.engine import evaluate_agency
from rules.rulebook import load_rulebook
from tests.test_judging import link, page


def _contact_finding(**cut):
    """A home page whose menu's "ติดต่อเรา" is dead (404), the item's own page never reached."""
    dead = dict(page("http://x.go.th/contact.html", "", depth=1), status=404, error="http_404")
    home = page("http://x.go.th/", "หน้าแรก องค์การบริหารส่วนตำบลตัวอย่าง ยินดีต้อนรับ ข่าวประชาสัมพันธ์ล่าสุด",
                [link(dead["url"], "ติดต่อเรา", zone="nav")], depth=0)
    return {f.item: f for f in evaluate_agency(load_rulebook(2566), [home, dead], **cut)}["O5"]


def test_a_dead_menu_link_on_a_crawl_cut_short_is_no_broken_item():
    """agency_seconds=8: the time ran out before "ข้อมูลการติดต่อ" under "เกี่ยวกับเรา" was reached; only the menu's
    dead "ติดต่อเรา" was seen. Before: O5 broken (khokcharoen); the item's page may be among what was not reached."""
    assert _contact_finding().status == "broken"  # the whole site read: the only contact link is dead
    timed_out = _contact_finding(timed_out=True)
    assert (timed_out.status, timed_out.reason_code) == ("unchecked", "timed_out")
    assert "http://x.go.th/contact.html" in timed_out.evidence
    budget = _contact_finding(unvisited=30)
    assert (budget.status, budget.reason_code) == ("unchecked", "budget_unvisited")
