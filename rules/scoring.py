"""The official scoring method, applied to our findings as an estimate.

As the assessors score (ITA 2568 guideline, "ระดับคะแนน"): each item scores 100 when every component is
there and the rules are met, else 0 — a partial item scores 0. A sub-indicator and an indicator score the
mean of their items. The OIT estimate follows the rulebook's ``scoring.method``:

* ``mean_of_indicators`` (NACC OIT): the plain mean of the indicators (9 and 10), as the NACC's ITA 2564
  results add up (OIT = 0.40 × (ind9 + ind10) / 2 of the ITA total); this year's weights are unverified;
* ``mean_of_items`` (MOIT): the share of items passed × 100, as the ministry's quarterly results read.

The result is "ผ่าน" at or above the pass mark (85 unless the rulebook says otherwise), else "ต้องปรับปรุง".
Items we could not check (``unchecked``) are left out of the means; a site that could not be crawled has
no score at all, never 0 %.

>>> from rules.rulebook import load_rulebook
>>> card = score_findings(load_rulebook(2569, family="moit"), {f"MOIT{n}": "pass" for n in range(1, 22)} | {"MOIT22": "partial"})
>>> card.score, card.verdict_th
(95.45, 'ผ่าน')
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from rules.rulebook import Rulebook

PASS_MARK = 85
METHOD_NOTE = {
    "mean_of_indicators": ("คะแนน OIT โดยประมาณ: ค่าเฉลี่ยของตัวชี้วัดที่ 9 และ 10 (วิธีเดียวกับผล ITA 2564; น้ำหนักของปีนี้ยังไม่ได้ยืนยัน)",
                           "Estimated OIT score: the mean of indicators 9 and 10 (the method of the ITA 2564 "
                           "results; this year's weights are unverified)"),
    "mean_of_items": ("คะแนน MOIT โดยประมาณ: ร้อยละของข้อที่ผ่าน (ข้อละ 100 หรือ 0)",
                      "Estimated MOIT score: the share of items passed (each item 100 or 0)"),
}
VERDICT_TH = {"pass": "ผ่าน", "improve": "ต้องปรับปรุง", None: "ไม่มีคะแนน"}
VERDICT_EN = {"pass": "pass", "improve": "needs improvement", None: "no score"}


@dataclass
class ScoreCard:
    family: str
    year: int
    rulebook_status: str
    method: str
    pass_mark: float
    items: dict[str, int | None] = field(default_factory=dict)  # 100 / 0, None when unchecked
    subindicators: dict[str, float | None] = field(default_factory=dict)
    indicators: dict[str, float | None] = field(default_factory=dict)
    score: float | None = None  # the estimate; None when nothing could be checked
    judged: int = 0
    unchecked: int = 0
    weight_in_ita: float | None = None

    @property
    def verdict(self) -> str | None:
        if self.score is None:
            return None
        return "pass" if self.score >= self.pass_mark else "improve"

    @property
    def verdict_th(self) -> str:
        return VERDICT_TH[self.verdict]

    @property
    def verdict_en(self) -> str:
        return VERDICT_EN[self.verdict]

    @property
    def label_th(self) -> str:
        return METHOD_NOTE[self.method][0]

    @property
    def label_en(self) -> str:
        return METHOD_NOTE[self.method][1]

    def display(self) -> str:
        """``87.5`` or ``-`` when there is no score (for a template's ``{{ score }}%``, use ``shown``)."""
        return "-" if self.score is None else f"{self.score:g}"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self) | {"verdict": self.verdict, "verdict_th": self.verdict_th, "verdict_en": self.verdict_en,
                               "estimate": True, "label_th": self.label_th, "label_en": self.label_en}


def _mean(values: Sequence[float]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def indicator_of(subindicator: str) -> str:
    """The indicator a sub-indicator belongs to: ``9.3`` -> ``9``; one without a dot is its own."""
    return subindicator.split(".")[0]


def item_points(status: str | None) -> int | None:
    """100 for a pass, 0 for partial, missing or broken (as the assessors score), None when not judged."""
    if status in (None, "unchecked"):
        return None
    return 100 if status == "pass" else 0


def score_findings(rulebook: Rulebook, statuses: Mapping[str, str]) -> ScoreCard:
    """A ScoreCard from one agency's item statuses (code -> pass/partial/missing/broken/unchecked)."""
    scoring = rulebook.scoring or {}
    card = ScoreCard(family=rulebook.family, year=rulebook.year, rulebook_status=rulebook.status,
                     method=scoring.get("method", "mean_of_indicators"),
                     pass_mark=scoring.get("pass_mark", PASS_MARK), weight_in_ita=scoring.get("weight_in_ita"))
    by_sub: dict[str, list[int]] = {}
    by_indicator: dict[str, list[int]] = {}
    for item in rulebook.items:
        points = item_points(statuses.get(item.code))
        card.items[item.code] = points
        by_sub.setdefault(item.subindicator, [])
        by_indicator.setdefault(indicator_of(item.subindicator), [])
        if points is None:
            card.unchecked += 1
            continue
        card.judged += 1
        by_sub[item.subindicator].append(points)
        by_indicator[indicator_of(item.subindicator)].append(points)
    card.subindicators = {k: _mean(v) for k, v in by_sub.items()}
    card.indicators = {k: _mean(v) for k, v in by_indicator.items()}
    if card.method == "mean_of_items":
        card.score = _mean([p for p in card.items.values() if p is not None])
    else:
        card.score = _mean([v for v in card.indicators.values() if v is not None])
    return card


# the fields of a run's score rows (service/scores.py), in the order exports show them
SCORE_COLUMNS = ("run_id", "agency_id", "agency_name", "province", "type", "rulebook", "rulebook_status", "estimated_score",
                 "verdict", "pass_mark", "judged_items", "unchecked_items", "indicators", "subindicators", "method",
                 "rulebook_note")
