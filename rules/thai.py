"""Thai text as the rules need it: normalised, matched word by word, with its years, months and O-codes.

Thai has no spaces between words, so a term is matched where it stands as whole words: a substring hit
is confirmed by tokenising (pythainlp newmm, as nlpO3) only a short window around it, which keeps matching fast on
long documents.

>>> Text("ประกาศ ณ วันที่ ๑ ต.ค. ๒๕๖๕").years()
{2565}
>>> Text("แผนผังโครงสร้างองค์กร").contains(Term("โครงสร้าง"))
True
>>> Text("โครงการก่อสร้างถนน").contains(Term("สร้าง"))
False
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from pythainlp.util import normalize as thai_normalize

THAI_CHAR = re.compile(r"[\u0e00-\u0e7f]")
_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "−": "-", "\u200b": None, "\u200c": None, "\ufeff": None})
_TRANSLATE = {**_DASHES, **_DIGITS}  # disjoint keys: one pass is the two
_TRANSLATED = re.compile("[" + "".join(map(chr, _TRANSLATE)) + "]")  # most text has none: a scan, not a rewrite
_SPACE = re.compile(r"\s+")
_DIGIT = re.compile(r"\d")
NOMINALISERS = ("การ", "ความ")

MONTHS_FULL = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
               "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
MONTHS_ABBR = ["ม.ค", "ก.พ", "มี.ค", "เม.ย", "พ.ค", "มิ.ย", "ก.ค", "ส.ค", "ก.ย", "ต.ค", "พ.ย", "ธ.ค"]
MONTHS_EN = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december"]
_MONTH_ALTS = sorted(
    [(m, i + 1) for i, m in enumerate(MONTHS_FULL)]
    + [(re.escape(m).replace(r"\.", r"\.\s?") + r"\.?", i + 1) for i, m in enumerate(MONTHS_ABBR)]
    + [(m, i + 1) for i, m in enumerate(MONTHS_EN)],
    key=lambda pair: -len(pair[0]),
)
# the look-ahead on the letters a month starts with spares the alternatives at every other letter (10x faster)
MONTH_RE = re.compile("(?=[" + "".join(sorted({alt[0] for alt, _ in _MONTH_ALTS})) + "])(?:"
                      + "|".join(f"(?P<m{i}>{alt})" for i, (alt, _) in enumerate(_MONTH_ALTS)) + ")")
_RANGE_JOIN = re.compile(r"^\s*(\d{1,4}\s*)?(-|ถึง|to|จนถึง|ถึงวันที่)\s*(\d{1,2}\s*)?$")
# (?=…) first: what every match starts with, so that a scan skips the other letters fast (3-9x, the same matches)
YEAR_BE = re.compile(r"(?=25)(?<!\d)(25[4-8]\d)(?!\d)")
# the second end may repeat its era or word: "พ.ศ. 2566 - พ.ศ. 2570", "ปี 2569 ถึง ปี 2570"
YEAR_RANGE = re.compile(r"(?=25)(?<!\d)(25[4-8]\d)\s?(?:-|ถึง)\s?(?:(?:พ\.ศ\.|ปีงบประมาณ|ปีงบฯ?|ปี)\s?)?(25[4-8]\d)(?!\d)")
YEAR_SHORT = re.compile(r"(?:ปีงบประมาณ|ปีงบฯ?|งบประมาณ|พ\.ศ\.|ปี)\s?(\d{2})(?!\d)")
# Two-digit B.E. years in a clear year context, as people write them: "ITA69.pdf", "/ita/69/", "oit-69",
# "?year=69", "ไตรมาส 1/69", "พ.ศ. 2568-69", "report68.pdf". A two-digit number alone ("๖๙", "หมู่ที่ 69") is no year.
YEAR_SHORT_NAMED = re.compile(r"(?=[\dimoyไ])(?:(?<![a-z])(?:ita|m?oit)[\s_\-/.]?(\d{2})(?!\d)|(?<![a-z])(?:year|yr)=(\d{2})(?!\d)|"
                              r"ไตรมาส(?:ที่)?\s?[1-4]\s?/\s?(\d{2})(?!\d)|"
                              # a file named for its year: "nogift-report68.pdf", "plan_69.xlsx"
                              r"(?<=[a-z_\-])(\d{2})\.(?:pdf|docx?|xlsx?|pptx?)(?![a-z]))")
YEAR_RANGE_SHORT = re.compile(r"(?=25)(?<!\d)(25[4-8]\d)\s?(?:-|/|ถึง)\s?(\d{2})(?!\d)")
YEAR_CE = re.compile(r"(?:ค\.ศ\.|fiscal year|fy)\s?(20[1-4]\d)(?!\d)")
# A fiscal year a text names as such ("ปีงบประมาณ พ.ศ. 2570", "ปีงบฯ 70", "FY2027"), and the year after a month
FISCAL_NAMED = re.compile(r"(?:ปีงบประมาณ|ปีงบฯ?|งบประมาณ)\s?(?:พ\.ศ\.\s?)?(25[4-8]\d|[4-8]\d)(?!\d)|"
                          r"(?:fiscal year|fy)\s?(20[1-4]\d)(?!\d)")
_DATE_YEAR = re.compile(r"\s?(25[4-8]\d|[4-8]\d)(?!\d)")
# Spans written short, as agencies title a year's turn: "ปีงบฯ 69-70", "ปี ๖๘-๖๙", "ITA69-70"; "FY2026-2027", "FY 2026/27"
YEAR_SHORT_SPAN = re.compile(r"(?:ปีงบประมาณ|ปีงบฯ?|งบประมาณ|พ\.ศ\.|ปี|(?<![a-z])(?:ita|m?oit)[\s_\-/.]?)\s?(\d{2})"
                             r"\s?(?:-|/|ถึง)\s?(\d{2})(?!\d)")
YEAR_CE_SPAN = re.compile(r"(?:ค\.ศ\.|fiscal year|fy)\s?(20[1-4]\d)\s?(?:-|/|ถึง|to)\s?(?:fy\s?)?(20[1-4]\d|\d{2})(?!\d)")
# Item codes as agencies write them: O1, o01, O.1, O-1, "ข้อ 1", and a zero for the letter O ("010", "01 โครงสร้าง").
CODE_PATTERNS = [
    re.compile(r"(?<![a-z0-9])o\s?[.\-]?\s?0?(\d{1,2})(?!\d)"),
    re.compile(r"ข้อ(?:ที่)?\s?0?(\d{1,2})(?!\d)"),
    re.compile(r"^\s*0(\d{1,2})(?!\d)(?![./:-]\d)"),
]


# An item written by its number alone in a family whose items are its indicators (MOIT): "ข้อ 3", "ตัวชี้วัดที่ 4"
NUMBERED_ITEMS = [re.compile(r"ข้อ(?:ที่)?\s?0?(\d{1,2})(?!\d)(?!\.\d)"), re.compile(r"ตัวชี้วัด\s?ที่\s?0?(\d{1,2})(?!\d)(?!\.\d)")]
_PREFIXED: dict[str, list[re.Pattern[str]]] = {}


# Tesseract's Thai model (Debian's tesseract-ocr-tha) knows only ๐๑๒๓๕ of the Thai digits: over 153 years typed
# in nine Thai fonts it read 12 % right, writing ๔ as ๕, ๖ as ๒ or ๐ (or as two glyphs, ๒๐ ๒5 ๒9), ๗ as ๑ ๓ ๐ ๕,
# ๘ as ๕ or ๑๕, ๙ as ๓ or ๕ (Arabic digits it reads well). So a Thai-digit year in a scan is taken for every
# year it may be a reading of: "๒๕๒๒" may be 2566, never 2565.
OCR_READINGS = {"๐": "๐", "๑": "๑", "๒": "๒", "๓": "๓", "๔": "๔|๕", "๕": "๕", "๖": "๖|๒[๐59]?|๐|5",
                "๗": "๗|๓[๑5๐]?|๑|๐|๕", "๘": "๘|๑?๕", "๙": "๙|๓|๕"}
OCR_YEARS = range(2540, 2590)
_THAI_DIGIT_RUN = re.compile(r"[๐-๙](?:\s?[๐-๙0-9]){2,5}")
_SPLIT_YEAR = re.compile(r"(?<!\d)(25)\s([4-8]\d)(?!\d)")  # "25 66": OCR cuts a number at a wide glyph


@lru_cache(maxsize=128)
def _ocr_year(year: int) -> re.Pattern[str]:
    readings = "".join(f"(?:{OCR_READINGS[digit]})" for digit in thai_digits(year))
    return re.compile(rf"(?<![๐-๙0-9]){readings}(?![๐-๙0-9])")


def ocr_years(raw: str) -> frozenset[int]:
    """The years that the Thai-digit numbers of an OCR'd text may stand for.

    >>> sorted(ocr_years("ประจําปีงบประมาณ พ.ศ. ๒๕๒๒") & {2565, 2566})
    [2566]
    """
    runs = " ".join(run.replace(" ", "") for run in _THAI_DIGIT_RUN.findall(raw or ""))
    return frozenset(y for y in OCR_YEARS if _ocr_year(y).search(runs)) if runs else frozenset()


# Words that say a thing is not there: "(ยังไม่มีแผนที่)", "อยู่ระหว่างดำเนินการ", "ไม่มีข้อมูล", "รอปรับปรุง".
DENIALS = ["ยังไม่มี", "ไม่มี", "ไม่พบ", "ยังไม่ได้", "อยู่ระหว่างดำเนินการ", "อยู่ระหว่างการดำเนินการ", "อยู่ระหว่างจัดทำ",
           "อยู่ระหว่างการจัดทำ", "อยู่ระหว่างปรับปรุง", "อยู่ระหว่างรวบรวม", "รอปรับปรุง", "รอดำเนินการ", "รออัปโหลด",
           "กำลังปรับปรุง", "กำลังดำเนินการ", "coming soon", "under construction", "no data", "not available", "n/a"]
DENIAL_RE = re.compile("|".join(re.escape(d) for d in sorted(DENIALS, key=len, reverse=True)))
# The denial must stand right before the word it denies, in the same clause: "ไม่มีโทรสาร", "ยังไม่มี แผนที่".
_DENIED_BEFORE = re.compile("(?:" + DENIAL_RE.pattern + r")\s?(?:ข้อมูล|การ)?\s?$")
# ... or right after it, as an empty value: "โทรสาร: -", "โทรสาร ไม่มี", "แผนที่ (ยังไม่มีแผนที่)"
_DENIED_AFTER = re.compile(r"^\s?[:：]?\s?\(?\s?(?:-(?!\s?\d)|(?:" + DENIAL_RE.pattern + "))")
GENERIC_WORDS = ["คลิกที่นี่", "คลิก", "เปิดข้อมูล", "ดูข้อมูล", "ดาวน์โหลดเอกสาร", "ดาวน์โหลดไฟล์", "ดาวน์โหลด", "เปิดไฟล์", "เปิดดู", "เปิด",
                 "ดูรายละเอียด", "รายละเอียด", "อ่านต่อ", "อ่านเพิ่มเติม", "เพิ่มเติม", "ไฟล์แนบ", "เอกสารแนบ", "ไฟล์",
                 "เอกสาร", "ลิงก์", "ลิ้งค์", "ลิงค์", "ที่นี่", "เพื่อ", "ดู", "อ่าน", "download", "click", "here", "link", "more",
                 "open", "view", "read", "file", "pdf", "docx", "doc", "xlsx", "xls", "kb", "mb",
                 "กำลังโหลด", "loading"]   # a viewer's spinner (Embed Any Document's "Loading..."), not its document
GENERIC_RE = re.compile("|".join(re.escape(w) for w in sorted(GENERIC_WORDS, key=len, reverse=True)))
_LETTERS = re.compile(r"[a-z\u0e01-\u0e4e]")
# An ITA section's label as sites print it above an item ("ตัวชี้วัดย่อยที่ 10.1", "ตัวชี้วัดที่ 9"): a heading, not content.
SECTION_LABEL = re.compile(r"ตัวชี้วัด(?:ย่อย)?\s?(?:ที่)?\s?\d{1,2}(?:\.\d{1,2})?")


def is_generic_label(label: str) -> bool:
    """True for link words that say nothing of what they lead to: "คลิก", "ดาวน์โหลด (125 KB)", an icon.

    >>> is_generic_label("คลิกที่นี่เพื่อดาวน์โหลด"), is_generic_label("แผนพัฒนาท้องถิ่น")
    (True, False)
    """
    rest = GENERIC_RE.sub(" ", normalize(label))
    return len(_LETTERS.findall(rest)) < 3


def _might_misspell() -> tuple[frozenset[str], re.Pattern[str]]:
    """What pythainlp's ``normalize`` repairs beyond spacing: a mark after a space or at the start, two Sara E,
    marks out of order, Lakkhangyao, a vowel or sign repeated, two tone marks. Text without any of these (most
    text) comes out of it as it went in, but for spacing, which :func:`normalize` makes single anyway; its
    two dozen regular expressions and a Python call per tone mark were half of evaluation's CPU (issue 25)."""
    from pythainlp import (thai_above_vowels as above, thai_below_vowels as below, thai_follow_vowels as follow,
                           thai_lead_vowels as lead, thai_tonemarks as tones)

    signs = "\u0e3a\u0e4c\u0e4d\u0e4e"
    dangling, no_repeat = f"{above}{below}{tones}{signs}", f"{follow}{lead}{above}{below}{signs}"
    return frozenset(no_repeat), re.compile(rf"(?:^|\s)[{dangling}]|\u0e40\u0e40|[{tones}\u0e4c][{above}{below}]|"
                                            rf"\u0e4d[{tones}]*\u0e32|[{follow}][{tones}]|\u0e45|([{no_repeat}]) *\1|"
                                            rf"[{tones}]{{2}}")


_NO_REPEAT, _MISSPELT = _might_misspell()  # _NO_REPEAT: the signs it repairs when repeated


def normalize(text: str) -> str:
    """Normalise for matching: NFC, Thai digits to Arabic, one kind of dash, lower case, single spaces."""
    return _normalize_short(text) if len(text or "") <= SHORT else _normalize(text)


def _normalize(text: str) -> str:
    text = unicodedata.normalize("NFC", text or "")
    if _TRANSLATED.search(text):
        text = text.translate(_TRANSLATE)
    if _MISSPELT.search(text):
        text = thai_normalize(text)
    return _SPACE.sub(" ", text).strip().lower()


# Labels, titles and index rows come back for every item and every agency: their normal forms are kept (short
# strings only, a bounded number: a page's text is never kept beyond its agency, see PageTexts).
SHORT = 200
_normalize_short = lru_cache(maxsize=16384)(_normalize)


def _plain(norm: str) -> bool:
    """Whether ``normalize(norm) == norm`` for a text :func:`normalize` made: true unless pythainlp's repairs
    apply to it (or a lower-cased letter left it out of NFC order). normalize is not idempotent everywhere: a
    mark after a tab or line break (pythainlp drops a dangling mark only after a space, which the tab becomes),
    "ๅๅ" (repaired one at a time) and "İ" (lower-cased to i + a combining dot) beside Thai marks; never in
    the farm's texts, but a normalised text is taken as it is only when it is plain."""
    return not _MISSPELT.search(norm) and unicodedata.is_normalized("NFC", norm)


def thai_digits(value: object) -> str:
    """Write a number in Thai digits, as Thai reports do: ``thai_digits(2566) == '๒๕๖๖'``."""
    return str(value).translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))


try:  # nlpO3 is newmm in Rust: the same verdicts on every fixture site, evaluation ~1.6x faster (BENCHMARKS.md)
    import nlpo3  # noqa: F401

    TOKENIZER = "nlpo3"
except ImportError:  # pragma: no cover - a platform without its wheel
    TOKENIZER = "newmm"


@lru_cache(maxsize=4096)
def _token_bounds(window: str) -> frozenset[int]:
    from pythainlp.tokenize import word_tokenize

    bounds, at = {0}, 0
    for token in word_tokenize(window, engine=TOKENIZER, keep_whitespace=True):
        at += len(token)
        bounds.add(at)
    return frozenset(bounds)


def _glued_nominaliser(window: str, at: int, bounds: frozenset[int]) -> bool:
    """Whether a term starting with a nominaliser at ``at`` had it glued to the word before by a wrong cut:
    "ราย|งานการ|รับทรัพย์สิน" is "รายงาน|การรับทรัพย์สิน" (the two tokens before make a word), but "อาการ|ไข้" is
    a word of its own."""
    from pythainlp.corpus import thai_words

    nominaliser = next((p for p in NOMINALISERS if window.startswith(p, at)), "")
    if not nominaliser or at + len(nominaliser) not in bounds:
        return False
    before = sorted(b for b in bounds if b < at)
    return len(before) >= 2 and window[before[-2]:at] in thai_words()


class Term:
    """A search term, normalised once. Latin terms match on word boundaries; Thai ones by tokens."""

    __slots__ = ("raw", "norm", "squashed", "thai", "regex")

    def __init__(self, raw: str):
        self.raw = raw
        self.norm = normalize(raw)
        self.squashed = self.norm.replace(" ", "")
        self.thai = bool(THAI_CHAR.search(self.norm))
        # Latin terms ignore spacing too: "Q&A" finds "Q & A", "e-service" finds "E – Service".
        chars = [re.escape(ch) for ch in self.squashed]
        self.regex = None if self.thai else re.compile(r"(?<![a-z0-9])" + r"\s?".join(chars) + r"(?![a-z0-9])")

    def __len__(self) -> int:
        return len(self.squashed)

    def __repr__(self) -> str:
        return f"Term({self.raw!r})"


class Text:
    """A normalised text with cheap look-ups for terms, years, months and item codes.

    >>> Text("แผนที่ (ยังไม่มีแผนที่)").contains(Term("แผนที่"), affirmed=True)
    False
    >>> [Text(t).contains(Term("โทรสาร"), affirmed=True) for t in ("โทรสาร: -", "ไม่มีโทรสาร", "โทรสาร - 0 4424 1234")]
    [False, False, True]
    """

    __slots__ = ("norm", "_squashed", "_pos", "_years", "_clear_years", "_months", "_month_hits", "_is_plain",
                 "unclear_years")

    def __init__(self, raw: str, ocr: bool = False, *, norm: str | None = None):
        """``ocr``: the text was read from a scan, whose Thai digits are unreliable (:func:`ocr_years`);
        ``norm``: the normal form of ``raw`` when already known."""
        self.norm = normalize(raw) if norm is None else norm
        self._squashed: str | None = None
        self._pos: list[int] = []
        self._years: set[int] | None = None
        self._clear_years: set[int] = set()
        self._months: set[int] | None = None
        self._month_hits: list[tuple[int, int, int]] | None = None
        self._is_plain: bool | None = None
        self.unclear_years: frozenset[int] = frozenset()
        if ocr:
            self.norm = _SPLIT_YEAR.sub(r"\1\2", self.norm)
            self.unclear_years = ocr_years(raw)

    def plain(self) -> bool:
        """Whether normalising this text again leaves it as it is (:func:`_plain`)."""
        if self._is_plain is None:
            self._is_plain = _plain(self.norm)
        return self._is_plain

    @classmethod
    def joined(cls, texts: list["Text"], unclear: bool = True) -> "Text":
        """One text of several, keeping what their scans may say (``unclear``): the text of
        ``Text(" \\n ".join(t.norm for t in texts))``, without normalising again what is normal (a mark
        cannot reach across the line break to a neighbour's letters, so the whole is plain when its parts are)."""
        if all(t.plain() for t in texts):
            norms = [t.norm for t in texts if t.norm]
            joined = cls("", norm=" ".join(norms))
            # and plain itself unless a sign ends one text and begins the next: "ะ ะ" is a repeat to repair
            joined._is_plain = not any(a[-1] == b[0] and a[-1] in _NO_REPEAT for a, b in zip(norms, norms[1:]))
        else:
            joined = cls(" \n ".join(t.norm for t in texts))
        if unclear:
            joined.unclear_years = frozenset[int]().union(*(t.unclear_years for t in texts))
        return joined

    def _squash(self) -> None:
        # squashed text without spaces, and for each of its characters the index in self.norm
        pos = [i for i, ch in enumerate(self.norm) if ch != " "]
        self._pos, self._squashed = pos, "".join(self.norm[i] for i in pos)

    def contains(self, term: Term, affirmed: bool = False) -> bool:
        """Whether ``term`` stands here as whole words; ``affirmed``: and not as "ยังไม่มี<term>"."""
        if not term.squashed:
            return False
        if term.regex is not None:
            return any(not (affirmed and self._denied(m.start(), m.end())) for m in term.regex.finditer(self.norm))
        if self._squashed is None:
            self._squash()
        squashed = self._squashed or ""
        start = squashed.find(term.squashed)
        tries = 0
        while start != -1 and tries < 20:
            end = start + len(term.squashed)
            if self._whole_words(start, end) and not (affirmed and self._denied(self._pos[start], self._pos[end - 1] + 1)):
                return True
            start, tries = squashed.find(term.squashed, start + 1), tries + 1
        return False

    def _denied(self, start: int, end: int) -> bool:
        return bool(_DENIED_BEFORE.search(self.norm[max(0, start - 30):start])
                    or _DENIED_AFTER.match(self.norm[end:end + 30]))

    def denial(self) -> str:
        """The words saying there is nothing here yet ("อยู่ระหว่างดำเนินการ"), if the text says so."""
        match = DENIAL_RE.search(self.norm)
        return match.group(0) if match else ""

    def _whole_words(self, start: int, end: int) -> bool:
        a, b = self._pos[start], self._pos[end - 1] + 1  # span in self.norm
        lo, hi = max(0, a - 24), min(len(self.norm), b + 24)
        window = self.norm[lo:hi]
        left_free = a == 0 or not THAI_CHAR.match(self.norm[a - 1]) or not THAI_CHAR.match(self.norm[a])
        right_free = b == len(self.norm) or not THAI_CHAR.match(self.norm[b]) or not THAI_CHAR.match(self.norm[b - 1])
        if left_free and right_free:
            return True
        bounds = _token_bounds(window)
        # newmm keeps the nominalisers การ/ความ on the word they make a noun of: "การประเมินผล"
        left = left_free or (a - lo) in bounds or any(
            self.norm[a - len(p):a] == p and (a - lo - len(p)) in bounds for p in NOMINALISERS) or \
            _glued_nominaliser(window, a - lo, bounds)
        right = right_free or (b - lo) in bounds or any(  # ... and "รายงาน" ends inside "ราย|งานการ|รับ"
            self.norm.startswith(p, b) and (b - lo + len(p)) in bounds for p in NOMINALISERS)
        return left and right

    def years(self) -> set[int]:
        """B.E. years mentioned: 2566, ๒๕๖๖, "ปีงบประมาณ 66", "ปี ๖๙", "ต.ค. 65", "ITA69.pdf", "2568-69",
        "fiscal year 2023" (C.E. + 543), and every year of a span however its ends are written ("ปีงบฯ 69-70",
        "พ.ศ. 2566 - พ.ศ. 2570", "FY2026-27")."""
        if self._years is None:
            found = self._read_years() if _DIGIT.search(self.norm) else set()  # every year is written in digits
            self._clear_years = found
            self._years = found | self.unclear_years
        return self._years

    def clear_years(self) -> set[int]:
        """The years of ``Text(self.norm)``: those written plainly, without what a scan's digits may be."""
        if not self.plain():
            return Text(self.norm).years()
        self.years()
        return self._clear_years

    def _read_years(self) -> set[int]:
        found = {int(y) for y in YEAR_BE.findall(self.norm)}
        for first, last in YEAR_RANGE.findall(self.norm):  # a plan "พ.ศ. 2566 - 2570" covers every year in it
            if 0 < int(last) - int(first) <= 10:
                found |= set(range(int(first), int(last) + 1))
        found |= {2500 + int(y) for y in YEAR_SHORT.findall(self.norm) if 40 <= int(y) <= 90}
        named = [y for groups in YEAR_SHORT_NAMED.findall(self.norm) for y in groups if y]
        found |= {2500 + int(y) for y in named if 60 <= int(y) <= 90}  # ITA began in 2561: "ita 42" is no year
        for first, last in YEAR_RANGE_SHORT.findall(self.norm):  # "2568-69": both years
            end = int(first) // 100 * 100 + int(last)
            if 0 < end - int(first) <= 10:
                found |= set(range(int(first), end + 1))
        found |= {int(y) + 543 for y in YEAR_CE.findall(self.norm)}
        spans = [(2500 + int(a), 2500 + int(b)) for a, b in YEAR_SHORT_SPAN.findall(self.norm) if 40 <= int(a)]
        spans += [(int(a) + 543, int(a) // 100 * 100 + int(b[-2:]) + 543) for a, b in YEAR_CE_SPAN.findall(self.norm)]
        for first, last in spans:                   # a span "69-70" names both years, and those between
            if 0 < last - first <= 10:
                found |= set(range(first, last + 1))
        for _, end, _ in self._months_at():
            short = re.match(r"\s?(\d{2})(?!\d)", self.norm[end:end + 4])
            if short and 40 <= int(short.group(1)) <= 90:
                found.add(2500 + int(short.group(1)))
        return found

    def round_years(self) -> set[int]:
        """The years the text is of: :meth:`years` less a year named only as the calendar year of October to
        December inside a fiscal year the text names and that year is not (a plan "ปีงบประมาณ พ.ศ. 2570" dated
        "1 ตุลาคม 2569", an annual report of 2569 covering "1 ตุลาคม 2568 – 30 กันยายน 2569": the fiscal year
        Y+1 begins in October of Y). A scan's unclear digits are left as they are."""
        found = self.years()
        fiscal = {int(be) if len(be) == 4 else 2500 + int(be) if be else int(ce) + 543
                  for be, ce in FISCAL_NAMED.findall(self.norm)}
        if not fiscal or not self.plain():
            return found
        cut = []
        for _, end, month in self._months_at():
            year = _DATE_YEAR.match(self.norm, end)
            if year is None or month < 10:
                continue
            be = int(year.group(1)) if len(year.group(1)) == 4 else 2500 + int(year.group(1))
            if be + 1 in fiscal and be not in fiscal:
                cut.append(year.span(1))
        if not cut:
            return found
        masked = self.norm
        for a, b in cut:
            masked = masked[:a] + " " * (b - a) + masked[b:]
        return found & Text(masked, norm=masked).years()

    def _months_at(self) -> list[tuple[int, int, int]]:
        """(start, end, month) of each month named, read once for years and months."""
        if self._month_hits is None:
            self._month_hits = [(match.start(), match.end(), _MONTH_ALTS[int((match.lastgroup or "m0")[1:])][1])
                                for match in MONTH_RE.finditer(self.norm)]
        return self._month_hits

    def months(self) -> set[int]:
        """Months mentioned, with ranges such as "ต.ค. 65 - มี.ค. 66" filled in between."""
        if self._months is None:
            hits = self._months_at()
            found = {m for _, _, m in hits}
            for (_, e1, m1), (s2, _, m2) in zip(hits, hits[1:]):
                if s2 - e1 <= 24 and _RANGE_JOIN.match(self.norm[e1:s2]):
                    month = m1
                    while month != m2:
                        found.add(month)
                        month = month % 12 + 1
            self._months = found
        return self._months


class PageTexts:
    """The Text of each page of one agency, built once however many items read the page (a SiteView's: pages
    are long, so their Texts are never kept beyond the agency)."""

    def __init__(self) -> None:
        self._texts: dict[tuple[int, bool], tuple[dict[str, Any], str, Text]] = {}

    def of(self, page: dict[str, Any], ocr: bool = False) -> Text:
        """``Text(page["text"], ocr)``, the same object each time while the page's text is the same."""
        raw = page.get("text") or ""
        entry = self._texts.get((id(page), ocr))
        if entry is None or entry[1] is not raw:
            entry = self._texts[(id(page), ocr)] = (page, raw, Text(raw, ocr))  # the page kept: its id stays its own
        return entry[2]


@lru_cache(maxsize=16)
def code_patterns(prefix: str = "O") -> list[re.Pattern[str]]:
    """How agencies write the codes of a rulebook family: O-codes (above), or a longer prefix written
    "MOIT1", "MOIT 1", "MOIT-1", "moit01", or the item's number alone, "ข้อ 1", "ตัวชี้วัดที่ 1" (a list with no
    numbered indicators of its own: MOIT's items are its indicators)."""
    if prefix.upper() == "O":
        return CODE_PATTERNS
    if prefix not in _PREFIXED:
        _PREFIXED[prefix] = [re.compile(r"(?<![a-z0-9])" + re.escape(prefix.lower()) + r"\s?[.\-_:]?\s?0?(\d{1,2})(?!\d)"),
                             *NUMBERED_ITEMS]
    return _PREFIXED[prefix]


def item_codes(text: str, prefix: str = "O") -> set[int]:
    """Item numbers written in a link or row: "O1", "o01", "O.1", "ข้อ 1", "๐๑๐", "01 โครงสร้าง";
    with ``prefix="MOIT"``: "MOIT1", "MOIT 1", "MOIT-1"."""
    norm = normalize(text)
    found = set()
    for pattern in code_patterns(prefix):
        found |= {int(n) for n in pattern.findall(norm) if 0 < int(n) <= 60}
    return found
