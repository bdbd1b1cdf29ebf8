"""What changed between two rulebooks of a family: items added, removed, renamed or renumbered, and items whose
components or checks changed — what an operator reads before adopting a new year (``oit rules diff 2569 2570``).

>>> [c.kind for c in compare(load_rulebook(2566), load_rulebook(2566))]
[]
"""
from __future__ import annotations

from dataclasses import dataclass

from rules.families import item_number
from rules.rulebook import Item, Rulebook, load_rulebook  # noqa: F401  (load_rulebook: the doctest)


@dataclass
class Change:
    kind: str  # added | removed | renamed | moved | components | checks
    code: str
    before: str = ""
    after: str = ""

    def line(self) -> str:
        words = {"added": "เพิ่ม / added", "removed": "ตัดออก / removed", "renamed": "เปลี่ยนชื่อ / renamed",
                 "moved": "เปลี่ยนเลขข้อ / renumbered", "components": "องค์ประกอบเปลี่ยน / components changed",
                 "checks": "การตรวจเปลี่ยน / checks changed"}[self.kind]
        shown = f"{self.before} → {self.after}" if self.before and self.after else (self.after or self.before)
        return f"{self.code:<8} {words}: {shown}"


def _title(item: Item) -> str:
    return " ".join(item.title_th.split())


def compare(old: Rulebook, new: Rulebook) -> list[Change]:
    """The changes from ``old`` to ``new`` (same family), in item order."""
    before, after = {i.code: i for i in old.items}, {i.code: i for i in new.items}
    gone = {c: i for c, i in before.items() if c not in after}
    came = {c: i for c, i in after.items() if c not in before}
    changes = []
    by_title = {_title(i): c for c, i in gone.items()}
    for code, item in came.items():
        if _title(item) in by_title:  # the same item under another number
            old_code = by_title.pop(_title(item))
            gone.pop(old_code)
            changes.append(Change("moved", code, old_code, code))
        else:
            changes.append(Change("added", code, after=_title(item)))
    changes += [Change("removed", code, before=_title(item)) for code, item in gone.items()]
    for code in before.keys() & after.keys():
        a, b = before[code], after[code]
        if _title(a) != _title(b):
            changes.append(Change("renamed", code, _title(a), _title(b)))
        if [" ".join(c.split()) for c in a.components_th] != [" ".join(c.split()) for c in b.components_th]:
            added = [c for c in b.components_th if c not in a.components_th]
            removed = [c for c in a.components_th if c not in b.components_th]
            changes.append(Change("components", code, "; ".join(removed)[:200], "; ".join(added)[:200]))
        if a.checks != b.checks:
            changes.append(Change("checks", code, ", ".join(c["check"] for c in a.checks),
                                  ", ".join(c["check"] for c in b.checks)))
    return sorted(changes, key=lambda c: (item_number(c.code), c.code, c.kind))
