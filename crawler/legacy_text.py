"""Text layers a person reads as Thai but a parser does not: legacy (non-Unicode) Thai fonts, repaired or refused.

Before Unicode, Thai documents were typeset with fonts that put Thai glyphs on Latin code points: TIS-620 bytes
shown as Latin-1 ("á¼¹¾Ñ²¹Ò" is "แผนพัฒนา"). A PDF made with such a font, or an old web page that sets
``<font face="AngsanaUPC">`` over TIS-620 bytes declared as Latin-1, looks Thai on screen and extracts as
Latin mojibake; other fonts put Thai mark variants on Private Use code points (U+F700–U+F71A), and some have no
usable mapping at all (unknown PUA, U+FFFD, control characters). Read as-is, such a document "has no content"
and every item behind it would be judged missing.

:func:`read_layer` measures a text layer and repairs what has a known mapping (TIS-620-as-Latin-1; the Thai PUA
variants); what it cannot repair it calls unreadable, for OCR or for a human.

>>> read_layer("á¼¹¾Ñ²¹Ò»ÃÐ¨Ó»Õ 2566")
('แผนพัฒนาประจำปี 2566', 'repaired')
>>> read_layer("แผนพัฒนา ปี 2566")
('แผนพัฒนา ปี 2566', '')
"""
from __future__ import annotations

import re

REPAIRED = "repaired"  # a legacy encoding was mapped to Thai
UNREADABLE = "unreadable"  # a text layer no known mapping reads
NOTE_REPAIRED = "ข้อความถูกแปลงจากฟอนต์ไทยแบบเก่า (legacy Thai font text converted to Unicode)"
NOTE_OCR = "(ข้อความจาก OCR) text of pages in an unreadable font read by OCR"
NOTE_UNREADABLE = "เอกสารอ่านไม่ได้ (ฟอนต์ไม่ใช่ Unicode) text layer in a font no mapping reads, not read by OCR"

# TIS-620 bytes 0xA1-0xDA and 0xDF-0xFB are U+0E01-U+0E3A and U+0E3F-U+0E5B: one offset
_TIS_AS_LATIN = re.compile(r"[\u00a1-\u00da\u00df-\u00fb]")
_TIS_OFFSET = 0x0E01 - 0xA1
# Thai glyph variants some fonts put on Private Use code points (Microsoft/Apple Thai PUA): shifted or lowered
# marks and consonants without their descender, each standing for one standard character
_PUA_THAI = dict(zip(range(0xF700, 0xF71B), "\u0e10\u0e34\u0e35\u0e36\u0e37\u0e48\u0e49\u0e4a\u0e4b\u0e4c"
                                             "\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e0d\u0e31\u0e4d\u0e47"
                                             "\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e38\u0e39\u0e3a"))
_PUA_VARIANT = re.compile(r"[\uf700-\uf71a]")
_THAI = re.compile(r"[\u0e01-\u0e5b]")
_CONSONANT = re.compile(r"[\u0e01-\u0e2e]")
_MARKS = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
# what no mapping reads: the replacement character, control characters, Private Use code points left over
_UNREADABLE_CHAR = re.compile(r"[\ufffd\ufffe\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ue000-\uf8ff]")
_SPACES = re.compile(r"\s")
_NON_ASCII = re.compile(r"[^\x00-\x7f\s]")
MIN_CHARS = 8  # fewer odd characters than a short word decide nothing ("© 2566", "café")
LEGACY_SHARE = 0.5  # of a text's non-ASCII characters in the TIS-as-Latin range: a legacy Thai font
UNREADABLE_SHARE = 0.3  # of a text's visible characters that no mapping reads: unreadable


def map_tis_latin(text: str) -> str:
    """Latin-1 characters standing for TIS-620 bytes, as the Thai characters they are."""
    return _TIS_AS_LATIN.sub(lambda m: chr(ord(m.group()) + _TIS_OFFSET), text)


def map_pua(text: str) -> str:
    """Thai PUA glyph variants (U+F700–U+F71A) as standard Thai characters."""
    return text.translate(_PUA_THAI) if _PUA_VARIANT.search(text) else text


def plausible_thai(text: str) -> bool:
    """Whether ``text``'s Thai reads as Thai: its vowel and tone marks sit on consonants (or on other marks),
    as they must; Latin text mapped to Thai by mistake puts them anywhere."""
    marks = placed = 0
    previous = " "
    for char in text:
        if char in _MARKS:
            marks += 1
            placed += bool(_CONSONANT.match(previous) or previous in _MARKS)
        previous = char
    return len(_THAI.findall(text)) >= MIN_CHARS and placed >= 0.9 * marks


def is_legacy_thai(text: str) -> bool:
    """Whether ``text`` is Thai typeset in a TIS-620 font and extracted as Latin-1 characters."""
    odd = len(_TIS_AS_LATIN.findall(text))
    if odd < MIN_CHARS or odd < LEGACY_SHARE * len(_NON_ASCII.findall(text)):
        return False
    return plausible_thai(map_tis_latin(text))


def unreadable_share(text: str) -> float:
    """The share of ``text``'s visible characters that no mapping reads (0 for an empty text)."""
    bad = len(_UNREADABLE_CHAR.findall(text))
    if bad < MIN_CHARS:  # the common case, decided without counting the rest
        return 0.0
    return bad / max(len(text) - len(_SPACES.findall(text)), 1)


def repair(text: str, legacy: bool) -> str:
    """``text`` with its Thai PUA variants mapped, and its TIS-as-Latin characters too when ``legacy``."""
    text = map_pua(text)
    return map_tis_latin(text) if legacy else text


def read_layer(text: str) -> tuple[str, str]:
    """A text layer as a person reads it, and what was done: "" (read as is), ``REPAIRED`` (a legacy Thai
    encoding mapped to Unicode) or ``UNREADABLE`` (no known mapping: OCR it, or say it was not read)."""
    legacy = is_legacy_thai(text)
    mended = repair(text, legacy)
    if unreadable_share(mended) >= UNREADABLE_SHARE:
        return mended, UNREADABLE
    return mended, REPAIRED if legacy or mended != text else ""


def pdf_note(repaired: int, garbled: int, garbled_read: int) -> str:
    """What was done to a PDF's legacy text layers, for the page record (Thai first)."""
    notes = []
    if repaired:
        notes.append(f"{NOTE_REPAIRED}: {repaired} page(s)")
    if garbled_read:
        notes.append(f"{NOTE_OCR}: {garbled_read} page(s)")
    if garbled - garbled_read:
        notes.append(f"{NOTE_UNREADABLE}: {garbled - garbled_read} page(s)")
    return "; ".join(notes)


def mend(got) -> None:
    """Repair in place the text, title and links of an extraction (an HTML page, a DOCX, an XLSX) typed in a
    legacy Thai font; mark it ``unreadable_text`` when no mapping reads it. The note says which."""
    whole = f"{got.title} {got.text}"
    legacy = is_legacy_thai(whole)
    if not legacy and not _PUA_VARIANT.search(whole):
        if unreadable_share(whole) >= UNREADABLE_SHARE:
            got.unread, got.note = "unreadable_text", "; ".join(filter(None, [got.note, NOTE_UNREADABLE]))
        return
    got.text, got.title, got.furniture = (repair(value, legacy) for value in (got.text, got.title, got.furniture))
    for link in got.links:
        for key in ("text", "title", "context"):
            if link.get(key):
                link[key] = repair(link[key], legacy)
    got.note = "; ".join(filter(None, [got.note, NOTE_REPAIRED]))
