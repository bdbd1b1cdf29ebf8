"""Evidence made readable: the matched terms, years and months marked in a page's text, and what changed in a
document's text between two runs as a unified or side-by-side diff (as changedetection.io shows it).

>>> [(s, kind) for s, kind in highlight("ประกาศ ณ เดือนมีนาคม พ.ศ. ๒๕๖๖", ["ประกาศ"]) if kind]
[('ประกาศ', 'term'), ('มีนาคม', 'month'), ('๒๕๖๖', 'year')]
"""
from __future__ import annotations

import difflib
import re

from rules.thai import MONTHS_ABBR, MONTHS_EN, MONTHS_FULL

_YEAR = r"(?<![0-9๐-๙])[2๒][5๕][4-8๔-๘][0-9๐-๙](?![0-9๐-๙])"
_MONTH = "|".join(sorted([*MONTHS_FULL, *(re.escape(m).replace(r"\.", r"\.\s?") + r"\.?" for m in MONTHS_ABBR),
                          *MONTHS_EN], key=len, reverse=True))


def _term_pattern(term: str) -> str:
    return r"\s*".join(re.escape(ch) for ch in term if not ch.isspace())


def highlight(text: str, terms: list[str]) -> list[tuple[str, str]]:
    """Split ``text`` into (segment, kind) pairs; kind is "term", "year", "month" or "" for plain text."""
    parts = [f"(?P<term>{'|'.join(_term_pattern(t) for t in sorted(set(terms), key=len, reverse=True) if t.strip())})"] \
        if any(t.strip() for t in terms) else []
    parts += [f"(?P<year>{_YEAR})", f"(?P<month>{_MONTH})"]
    pattern = re.compile("|".join(parts), re.I)
    out, at = [], 0
    for match in pattern.finditer(text):
        if match.start() == match.end():
            continue
        if match.start() > at:
            out.append((text[at:match.start()], ""))
        out.append((match.group(0), match.lastgroup or ""))
        at = match.end()
    if at < len(text):
        out.append((text[at:], ""))
    return out


def text_lines(text: str | None, width: int = 100) -> list[str]:
    """Text cut into short lines for a diff: at line breaks, then at spaces (Thai puts spaces between phrases)."""
    lines = []
    for line in (text or "").splitlines():
        line = line.strip()
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            cut = cut if cut > width // 3 else width
            lines.append(line[:cut].strip())
            line = line[cut:].strip()
        if line:
            lines.append(line)
    return lines


def unified(before: str | None, after: str | None, label_before: str, label_after: str) -> list[tuple[str, str]]:
    """(line, kind) of a unified diff; kind is "add", "del", "hunk" or "" (context)."""
    kinds = {"+": "add", "-": "del", "@": "hunk"}
    out = []
    for line in difflib.unified_diff(text_lines(before), text_lines(after), label_before, label_after, lineterm="", n=2):
        if line.startswith(("---", "+++")):
            continue
        out.append((line, kinds.get(line[:1], "")))
    return out


def side_by_side(before: str | None, after: str | None) -> list[dict]:
    """Rows of {"left", "right", "kind"} (kind: equal, replace, delete, insert), unchanged runs shortened."""
    a, b = text_lines(before), text_lines(after)
    rows = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            keep = list(range(i1, i2))
            if len(keep) > 4:
                keep = keep[:2] + [None] + keep[-2:]
            for i in keep:
                rows.append({"left": "…" if i is None else a[i], "right": "…" if i is None else b[j1 + i - i1],
                             "kind": "equal"})
            continue
        for k in range(max(i2 - i1, j2 - j1)):
            rows.append({"left": a[i1 + k] if i1 + k < i2 else "", "right": b[j1 + k] if j1 + k < j2 else "", "kind": tag})
    return rows


_SIGNAL_WORDS = {"index page": "แถวในหน้าดัชนี ITA ของหน่วยงาน", "link text": "ข้อความของลิงก์", "link to": "ลิงก์ไปยัง",
                 "page title": "ชื่อหน้าเว็บ", "text read by OCR": "ข้อความจาก OCR (อ่านจากภาพสแกน)"}
_SIGNAL = re.compile(r"^(index page|link text|link to|page title|text read by OCR)\s*(https?://\S+?)?(?::\s|\s|$)(.*)$", re.S)


def signal_parts(signal: str, lang: str = "th") -> dict:
    """One engine signal as {"label", "url", "text"}: what found the item, the index page it came from (if any)
    and the row, link or title text. Check outcomes ("has_content: ok …") stay as they are.

    >>> signal_parts("index page http://x.go.th/ita.html: O1 โครงสร้าง")
    {'label': 'แถวในหน้าดัชนี ITA ของหน่วยงาน', 'url': 'http://x.go.th/ita.html', 'text': 'O1 โครงสร้าง'}
    """
    match = _SIGNAL.match(signal)
    if not match:
        return {"label": "", "url": None, "text": signal}
    kind, url, text = match.groups()
    return {"label": _SIGNAL_WORDS[kind] if lang == "th" else kind, "url": url, "text": text.strip()}
