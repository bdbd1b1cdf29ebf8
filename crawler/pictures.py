"""Words a person reads in pictures: picture buttons, image-map areas, headings and boards drawn as images.

Web officers make OIT pages in Canva: a grid of buttons whose item code and name are in the picture (the ``<img>``
with no alt, ``alt="banner"``, a file named ``btn_07.png``), one infographic of the whole OIT under an image map
whose ``<area>``s say nothing, an item page whose heading is a picture above links that say only "ดาวน์โหลด", the
executives' board or the structure chart as one picture. A person reads the pictures; so does the crawler, within
bounds, and only where the words could change a verdict (crawler/extract.parse_html marks them):

* a link whose only words are a picture's weak alt or file name, and an ``<area>`` without words: the picture's
  words (for an area, those inside its coordinates) become the link's words, as if the alt said them;
* on a page of little text (``PICTURE_PAGE_LETTERS``), each content picture's words are read as the page's text
  where the picture stands (a heading picture above its links is their heading).

Pictures are fetched through Scrapy (the agency's slot and politeness), OCR'd in the document pool's workers
(Tesseract's Thai model, crawler/ocr.py) charged to the run's OCR budget, at most ``crawl.picture_reads`` an agency
and ``PAGE_PICTURES`` a page. The page is then parsed again with the words written in (``worded_html``). A picture
that could not be read (no OCR, a budget spent, a picture too large, a failed fetch, no confident text) leaves its
page read in part (``pictures_unread``): what a reader finds in it is unknown, so an item not found is
``unchecked``, never ``missing`` because its words were in a picture (rules/coverage.py).

>>> area_box("rect", "10,20,110,70", 1.0)
(10.0, 20.0, 110.0, 70.0)
>>> area_box("circle", "50,50,10", 2.0)
(80.0, 80.0, 120.0, 120.0)
"""
from __future__ import annotations

import hashlib
import io
import logging
import re
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

from crawler import qr

log = logging.getLogger(__name__)

PAGE_PICTURES = 40  # distinct pictures read on one page
MAX_PICTURE_BYTES = 4_000_000  # a larger picture is a photo, not a button: not read
MAX_PICTURE_SIDE = 4000  # pixels: an infographic taller than this is cut (Tesseract on 4000 px costs seconds)
MIN_SIDE = 32  # smaller: an icon (a PDF or Word symbol beside a link), no words to read
UNREAD = "pictures_unread"


def area_box(shape: str, coords: str, scale: float) -> tuple[float, float, float, float] | None:
    """An ``<area>``'s bounding box in the picture's own pixels (``scale``: natural width / displayed width)."""
    try:
        numbers = [float(n) for n in re.split(r"[\s,]+", coords.strip()) if n]
    except ValueError:
        return None
    shape = (shape or "rect").lower()
    if shape.startswith("circ") and len(numbers) >= 3:
        x, y, r = numbers[:3]
        box = (x - r, y - r, x + r, y + r)
    elif len(numbers) >= 4 and len(numbers) % 2 == 0:
        xs, ys = numbers[0::2], numbers[1::2]
        box = (min(xs), min(ys), max(xs), max(ys))
    else:
        return None
    return tuple(v * scale for v in box)  # type: ignore[return-value]


def read_picture(body: bytes, regions: list[tuple[str, str, str]], allowed: bool) -> dict[str, Any]:
    """In a pool worker: the picture's words, and the words inside each of ``regions`` ((shape, coords, displayed
    width) of image-map areas). ``{"text", "regions", "tried", "why"}``; "" where Tesseract was not confident."""
    from PIL import Image, ImageOps

    from crawler import ocr, svg

    if svg.is_svg("", "", body):
        return _read_drawing(body, regions, allowed)
    Image.MAX_IMAGE_PIXELS = ocr.MAX_PIXELS
    try:
        image = Image.open(io.BytesIO(body))
        if image.size[0] * image.size[1] > ocr.MAX_PIXELS:
            return {"text": "", "regions": [], "tried": 0, "why": f"picture of {image.size[0]}×{image.size[1]} pixels"}
        image.load()
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        return {"text": "", "regions": [], "tried": 0, "why": f"unreadable picture: {str(exc)[:120]}"}
    if min(image.size) < MIN_SIDE:
        return {"text": "", "regions": [], "tried": 0, "why": "an icon", "qr": [] if qr.available() else None}
    codes = qr.decode(ImageOps.exif_transpose(image))  # what a phone reads in it: no OCR budget spent
    if not allowed:
        return {"text": "", "regions": [], "tried": 0, "why": "OCR budget", "qr": codes}
    natural = image.size[0]
    image = ImageOps.exif_transpose(image).convert("L")
    if image.size[1] > MAX_PICTURE_SIDE:
        image = image.crop((0, 0, image.size[0], MAX_PICTURE_SIDE))
    shrink = min(1.0, ocr.MAX_SIDE / image.size[0])  # a photo 6,000 px wide is read at ~300 dpi, within the worker's memory
    if shrink < 1:
        image = image.resize((int(image.size[0] * shrink), max(1, int(image.size[1] * shrink))), Image.LANCZOS)
    grow = 2.0 if max(image.size) < 700 else 1.0  # a button's small letters read better enlarged
    if grow > 1:
        image = image.resize((int(image.size[0] * grow), int(image.size[1] * grow)), Image.LANCZOS)
    doubts: list[str] = []
    words = _words(image, doubts)
    text, known = recognised(_mend(" ".join(w for w, *_ in words)))
    found, knowns = [], []
    for shape, coords, width in regions:
        scale = natural / float(width) if width and re.fullmatch(r"\d+(\.\d+)?", width) and float(width) > 0 else 1.0
        box = area_box(shape, coords, scale * grow * shrink)
        inside = [w for w, x, y in words if box and box[0] <= x <= box[2] and box[1] <= y <= box[3]] if box else []
        words_in, known_in = recognised(_mend(" ".join(inside)))
        found.append(words_in)
        knowns.append(known_in)
    return {"text": text, "regions": found, "known": known, "knowns": knowns, "tried": 1, "doubted": len(doubts),
            "why": "" if text else "no confident text" if doubts else "no words", "qr": codes}


def _read_drawing(body: bytes, regions: list[tuple[str, str, str]], allowed: bool) -> dict[str, Any]:
    """An SVG shown as a picture (crawler/svg.py): its words as written (``drawn``: no OCR spent), its links never
    (an image's links cannot be clicked); a drawing of outlined words drawn and read by OCR like any picture, or
    left a ``hole`` when it cannot be drawn or read. Words by an area's coordinates are not known: "" each."""
    from crawler import svg

    words = svg.svg_words(body)
    if words:
        return {"text": words, "regions": ["" for _ in regions], "known": recognised(words)[1],
                "knowns": [0 for _ in regions], "tried": 0, "drawn": 1, "why": ""}
    width, height = svg.size(body)
    if min(width, height) < MIN_SIDE:
        return {"text": "", "regions": [], "tried": 0, "why": "an icon (SVG)"}
    if not allowed:
        return {"text": "", "regions": [], "tried": 0, "why": "OCR budget", "hole": "an SVG of outlined words, OCR off"}
    png = svg.svg_png(body)
    if png is None:
        return {"text": "", "regions": [], "tried": 0, "why": "SVG not drawn",
                "hole": "an SVG of outlined words that could not be drawn (no renderer)"}
    result = read_picture(png, regions, allowed)
    if not result.get("text"):
        result["hole"] = "an SVG of outlined words, nothing read"
    return result


def read_codes(body: bytes) -> dict[str, Any]:
    """In a pool worker: the QR codes of a picture read for them alone (no OCR): ``{"qr", "tried": 0, "why"}``;
    ``qr`` None when the picture could not be decoded or no decoder is installed."""
    from PIL import Image, ImageOps

    from crawler import ocr

    Image.MAX_IMAGE_PIXELS = ocr.MAX_PIXELS
    try:
        image = Image.open(io.BytesIO(body))
        if image.size[0] * image.size[1] > ocr.MAX_PIXELS:
            return {"qr": None, "tried": 0, "why": f"picture of {image.size[0]}×{image.size[1]} pixels"}
        image.load()
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        return {"qr": None, "tried": 0, "why": f"unreadable picture: {str(exc)[:120]}"}
    return {"qr": qr.decode(ImageOps.exif_transpose(image)), "tried": 0, "why": ""}


# what Tesseract's Thai model drops or confuses on pictures' small letters: the signs above the line (tone marks,
# mai han-akat, sara i/ii/ue/uee, mai taikhu, thanthakhat), spaces, and the strokes of borders read as punctuation
_MARKS = re.compile(r"[\u0e31\u0e34-\u0e37\u0e47-\u0e4e\s~|\\/()\[\]{}\"'“”‘’,;:*_.-]")
NEAR = 0.88  # the share of a known phrase's letters found in order, close together, that recognises it
# an item's code as buttons print it (an "O" in a round font reads as "0": "020" is O20), or a range "O20 – O26"
ITEM_CODE = re.compile(r"(?<![\w.])(?:moit|[oO0๐])\s?[.\-]?\s?\d{1,2}(?![\d.])", re.I)
# the letter O read as a zero ("021", "๐20"): written back as the code it is, as a person reads the button
ZERO_CODE = re.compile(r"(?<![0-9A-Za-z.\-/])[0๐]\s?(\d{1,2})(?![\d.\-/:])")
# the assessment's own names as OCR misreads them ("O1T", "0IT", "lTA")
NAMES = ((re.compile(r"(?<![A-Za-z0-9])[O0][1Il]T(?![A-Za-z0-9])"), "OIT"),
         (re.compile(r"(?<![A-Za-z0-9])[1Il]TA(?![A-Za-z0-9])"), "ITA"))
MIN_KNOWN = 5  # letters of a known phrase (without marks) worth recognising


@lru_cache(maxsize=1)
def lexicon() -> tuple[tuple[str, str], ...]:
    """(bare form, phrase) of the rulebooks' item titles and the words that find them, longest first: the phrases
    a person recognises on an OIT button however smudged."""
    from rules.rulebook import RulebookError, load_rulebook, rulebook_files

    phrases: set[str] = set()
    for path in rulebook_files():
        try:
            book = load_rulebook(path)
        except RulebookError:  # said where rulebooks are loaded for judging; its words are only missed here
            continue
        for item in book.items:
            phrases.add(item.title_th)
            phrases.update(term.raw for term in item.terms)
    bare = {(_MARKS.sub("", phrase).lower(), phrase) for phrase in phrases}
    return tuple(sorted((pair for pair in bare if len(pair[0]) >= MIN_KNOWN), key=lambda pair: -len(pair[0])))


def recognised(text: str) -> tuple[str, int]:
    """``text`` with the known phrases it holds written as they are spelt, however OCR dropped their tone marks or
    split them ("จัดซือจัด จ้ าง" -> "จัดซื้อจัดจ้าง"), and how many it holds.

    >>> recognised("รา ยงานสรุปผลก า รจัดซือจัดจ้ างประจำ")[1] > 0
    True
    """
    chars = [(i, ch.lower()) for i, ch in enumerate(text) if not _MARKS.match(ch)]
    bare = "".join(ch for _, ch in chars)
    spans: list[tuple[int, int, str]] = []
    for key, phrase in lexicon():
        start = bare.find(key)
        while start != -1:
            end = start + len(key)
            if not any(s < end and start < e for s, e, _ in spans):
                spans.append((start, end, phrase))
            start = bare.find(key, end)
    for key, phrase in lexicon():  # then, where no phrase stands as spelt: a letter misread, missing or extra
        if len(key) >= 12 and key not in bare:
            near = _near(key, bare)
            if near and not any(s < near[1] and near[0] < e for s, e, _ in spans):
                spans.append((*near, phrase))
    if not spans and (short := _shortened(bare)):
        spans.append(short)
    out, last = [], 0
    for start, end, phrase in sorted(spans):
        first, after = chars[start][0], chars[end - 1][0] + 1
        while after < len(text) and (text[after] in "\u0e31\u0e34\u0e35\u0e36\u0e37" or "\u0e47" <= text[after] <= "\u0e4e"):
            # the signs after its last letter are its own
            after += 1
        out += [text[last:first], f" {phrase} "]
        last = after
    out.append(text[last:])
    text = re.sub(r"\s+", " ", "".join(out)).strip()
    for misread, name in NAMES:
        text = misread.sub(name, text)
    text = ZERO_CODE.sub(lambda m: f"O{int(m.group(1))}" if 0 < int(m.group(1)) <= 60 else m.group(0), text)
    return text, len(spans) + len(ITEM_CODE.findall(text))


def _near(key: str, bare: str) -> tuple[int, int] | None:
    """Where ``key`` stands in ``bare`` with a few letters misread, missing or extra: NEAR of its letters matched in
    order within a span not much longer than it; None when it does not."""
    from difflib import SequenceMatcher

    if len(bare) < len(key) * NEAR:
        return None
    blocks = [b for b in SequenceMatcher(None, key, bare, autojunk=False).get_matching_blocks() if b.size >= 3]
    best = None
    for i in range(len(blocks)):  # the densest run of blocks covering enough of the key, its first and last letters
        if blocks[i].a > 1:       # among them (a phrase is never recognised by adding a word to what was read)
            break
        matched = 0
        for j in range(i, len(blocks)):
            matched += blocks[j].size
            span = blocks[j].b + blocks[j].size - blocks[i].b
            if span > len(key) * 1.25:
                break
            if matched >= len(key) * NEAR and blocks[j].a + blocks[j].size >= len(key) - 1:
                best = (blocks[i].b, blocks[j].b + blocks[j].size)
                break
        if best:
            return best
    return None


SHORT_MIN = 12  # letters (without marks) of a button worth matching to a title it shortens
SHORT_SHARE = 0.8  # of the button's letters found, in order, in the title
SHORT_LEAD = 3  # letters more than the next title's: the button names one item, not one of several


def _shortened(bare: str) -> tuple[int, int, str] | None:
    """Where a button's whole reading is the head of one item's title with words left out ("รายงานผลการส่งเสริม
    คุณธรรมและความโปร่งใส" for "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน") and a few
    letters misread: (start, end, title) when SHORT_SHARE of its letters stand in order in one title that begins as it
    does, clearly more than in any other; None otherwise (a heading, a slogan, words of no item)."""
    from difflib import SequenceMatcher

    if len(bare) < SHORT_MIN:
        return None
    scored = []
    for key, phrase in lexicon():
        if len(key) < len(bare) * 0.9:  # shorter than the button: not a title it shortens (_near reads those)
            continue
        blocks = [b for b in SequenceMatcher(None, key, bare, autojunk=False).get_matching_blocks() if b.size >= 2]
        if not blocks or blocks[0].a > 3 or max(b.size for b in blocks) < 6:
            continue
        matched = sum(b.size for b in blocks)
        if matched >= max(SHORT_MIN, len(bare) * SHORT_SHARE) and matched >= len(key) * 0.4:
            scored.append((matched, phrase, blocks[0].b, blocks[-1].b + blocks[-1].size))
    scored.sort(key=lambda found: -found[0])
    if not scored or any(other[1] != scored[0][1] and other[0] > scored[0][0] - SHORT_LEAD for other in scored[1:]):
        return None
    return scored[0][2], scored[0][3], scored[0][1]


def _mend(text: str) -> str:
    """Tesseract writes SARA AM as NIKHAHIT + SARA AA ("ดําเนิน"): words must match what people search for."""
    return re.sub(r"\s+", " ", text.replace("\u0e4d\u0e32", "\u0e33")).strip()


def _words(image, doubts: list | None = None) -> list[tuple[str, float, float]]:
    """Tesseract's confident words with their centres, in reading order. Thai has no spaces: Tesseract's "words"
    are letters and clusters, so those touching on a line are joined into one word, as the line reads. Words it
    saw but doubted are appended to ``doubts``."""
    import tesserocr

    from crawler import ocr

    api = ocr._engine()
    api.SetImage(image)
    api.Recognize()
    words: list[tuple[str, float, float]] = []
    pieces: list[tuple[str, tuple[int, int, int, int]]] = []

    def flush() -> None:
        if pieces:
            left, top = min(b[0] for _, b in pieces), min(b[1] for _, b in pieces)
            right, bottom = max(b[2] for _, b in pieces), max(b[3] for _, b in pieces)
            words.append(("".join(w for w, _ in pieces), (left + right) / 2, (top + bottom) / 2))
            pieces.clear()
    it = api.GetIterator()
    level = tesserocr.RIL.WORD
    while it is not None:
        try:
            word, box = it.GetUTF8Text(level), it.BoundingBox(level)
        except RuntimeError:  # "No text returned": a picture with no words at all
            break
        new_line = it.IsAtBeginningOf(tesserocr.RIL.TEXTLINE)
        if word and word.strip() and box and it.Confidence(level) >= ocr.MIN_CONFIDENCE:
            if pieces:
                last = pieces[-1][1]
                if new_line or box[0] - last[2] > 0.3 * max(box[3] - box[1], last[3] - last[1], 1):
                    flush()
            pieces.append((word.strip(), box))
        else:
            if word and word.strip() and doubts is not None:
                doubts.append(word.strip())
            if pieces and new_line:
                flush()
        if not it.Next(level):
            break
    flush()
    api.Clear()
    return words


def holes(got) -> bool:
    """Whether an outside page left unread by this module hides words a verdict needs: a picture button to a document
    (a platform's own pictures on a page of little text -- Drive's "file not found", a logo -- are no content)."""
    return any(link.get("picture") and _document(link.get("url") or "") for link in got.links)


def wanted(got) -> tuple[list[dict], list[dict]]:
    """A parsed page's links needing their picture's words, and its content pictures to read."""
    return [link for link in got.links if link.get("picture")], list(got.pictures)


# a page where an assessor looks for a QR code (the home page, OIT pages, a channel's page), or a picture that is one
QR_PAGE = re.compile(r"qr|คิวอาร์|สแกน|scan|(?<![a-z])(?:eit|iit|ita|oit|moit)(?![a-z])|คุณธรรม|ความโปร่งใส|แบบวัด|"
                     r"แบบสอบถาม|ร้องเรียน|ร้องทุกข์|ถาม-?ตอบ|e-?service", re.I)
QR_PICTURE = re.compile(r"qr|คิวอาร์|สแกน|scan", re.I)
QR_SCANS = "qr scans"  # key of read_pictures' ``seen``: pictures fetched for their codes alone (at most picture_reads)


def qr_pictures(got, home: bool = False) -> list[str]:
    """The pictures of a parsed page to scan for QR codes, as a person with a phone does: every picture shown on the
    home page and on a page about the OIT or a channel (the EIT survey's QR, a complaint form's), and anywhere a
    picture that says it is a QR code; never a template's logo or icon."""
    from crawler.extract import TEMPLATE_PICTURE

    everyone = home or bool(QR_PAGE.search(f"{got.title} {got.text[:20_000]}"))
    found: list[str] = []
    for link in got.links:
        url = _shown(link)
        if link.get("kind") != "img" or not url.startswith(("http://", "https://", "data:")) or url in found \
                or "qr" in link or TEMPLATE_PICTURE.search(urlsplit(url).path):  # "qr": scanned already
            continue
        if everyone or QR_PICTURE.search(f"{url} {link.get('text', '')} {link.get('title', '')} {link.get('context', '')}"):
            found.append(url)
    return found


def _shown(link: dict) -> str:
    """A picture link's address: its URL, or a pasted picture's name (``data:image/png;sha1,…``: its link's URL
    is a placeholder, as every address that is not http(s) is, crawler/documents.bound_links)."""
    from crawler.shown import pasted_named

    href = link.get("href") or ""
    return link.get("url") or (href if pasted_named(href) else "")


def qr_marks(got, codes: dict[str, list[str]], base_url: str) -> None:
    """Each picture scanned marked with the QR texts it holds (``qr``; [] none), and each address among them added as
    a link of the page, with "QR code" and the picture's words (crawler/qr.py)."""
    from crawler import qr

    if not codes:
        return
    known = {link.get("url") for link in got.links if link.get("kind") == "a"}
    added = []
    for link in got.links:
        if link.get("kind") != "img" or _shown(link) not in codes:
            continue
        link["qr"] = codes[_shown(link)]
        words = link.get("text") or link.get("title") or ""
        for text in link["qr"]:
            found = qr.qr_link(text, f"{words} {link.get('context', '')[:120]}".strip(), base_url,
                               zone=link.get("zone") or "main", picture_of=_shown(link))
            if found is not None and found["url"] not in known:
                known.add(found["url"])
                added.append(found)
    got.links.extend(added)


def worded_html(html: str, base_url: str, link_words: dict[tuple[str, str], str], picture_words: dict[str, str]) -> str:
    """The page with the pictures' words written in: a picture link's ``<img>`` gets them as alt, an ``<area>``
    those inside its coordinates, and a content picture is followed by them as text (a heading when short), as a
    reader reads them there. Keys: (picture URL, an area's coords or "")."""
    import lxml.html
    from lxml import etree

    from crawler.shown import noscript_pictures, pasted_name, picture_sources, shown_src

    root = lxml.html.fromstring(html)
    noscript_pictures(root)  # as crawler/extract.parse_html placed them
    base = root.xpath("//base/@href")
    base_url = urljoin(base_url, base[0]) if base else base_url

    def src_of(img) -> str:
        src = shown_src(img)
        return pasted_name(src) if src[:5].lower() == "data:" else urljoin(base_url, src)
    maps = {(img.get("usemap") or "").lstrip("#"): src_of(img) for img in root.iter("img") if img.get("usemap")}
    for area in root.iter("area"):
        name = next((m.get("name") or m.get("id") for m in area.iterancestors("map")), "")
        words = link_words.get((maps.get(name or "", ""), area.get("coords") or ""))
        if words:
            area.set("alt", words)
    for img in list(root.iter("img")):
        src = src_of(img)
        if any(parent.tag == "a" for parent in img.iterancestors()) and link_words.get((src, "")):
            img.set("alt", link_words[(src, "")])
    for element, src in picture_sources(root, lambda s: urljoin(base_url, s)):  # shown as crawler/shown.py finds
        if not picture_words.get(src):
            continue
        words = picture_words[src]
        block = etree.Element("h3" if len(words) <= 120 else "div", {"class": "picture-words"})
        block.text = words
        if element.tag != "img":  # a background: its words inside the box that shows it
            element.append(block)
            continue
        if element.getparent() is not None and element.getparent().tag == "picture":
            element = element.getparent()
        block.tail, element.tail = element.tail, None
        element.addnext(block)
    return lxml.html.tostring(root, encoding="unicode")


def _document(url: str) -> bool:
    """A link to a file (PDF, workbook, picture...): what it is for, only its link's words say."""
    from crawler.extract import IMAGE_EXTENSIONS, doc_kind

    return bool(doc_kind(url)) or urlsplit(url).path.lower().endswith(IMAGE_EXTENSIONS)


def own_or_same(url: str, page_url: str) -> bool:
    """A picture the crawler may fetch for a page: on the page's own host or a subdomain of its domain."""
    host, page_host = (urlsplit(url).hostname or "").lower(), (urlsplit(page_url).hostname or "").lower()
    domain = page_host[4:] if page_host.startswith("www.") else page_host
    return bool(host) and (host == page_host or host.endswith("." + domain) or host == domain)


async def _read_one(crawler, pool, url: str, regions: list, agency_id: str, read_so_far: int, own_host,
                    codes_only: bool = False) -> dict:
    """One picture fetched and read: read_picture's answer, with ``fetched``; or ``hole`` (why its words are
    unknown) and ``again`` (another page may still read it) when it was not read. ``codes_only``: read for its QR
    codes alone (read_codes), no OCR."""
    import scrapy

    drawing = urlsplit(url).path.lower().endswith(".svg")  # its words may be written, not drawn: no OCR needed
    if codes_only or drawing:
        why = "crawl.picture_reads spent" if read_so_far >= pool.limits.picture_reads else ""
    else:
        why = pool.ocr_off or ("the run's OCR budget is used up" if pool.ocr_left <= 0 else "") or (
            "crawl.picture_reads spent" if read_so_far >= pool.limits.picture_reads else "")
    if why:
        return {"hole": why, "again": True}
    if url[:5].lower() == "data:":  # pasted into the page: decoded, within bounds, and read as one fetched
        from crawler.shown import data_picture, pasted_named

        body, why = (b"", "pasted picture not found in the page") if pasted_named(url) else \
            data_picture(url, MAX_PICTURE_BYTES)
        if why:
            return {"hole": why}
        return await _read_body(pool, body, regions, codes_only)
    if not own_host(urlsplit(url).hostname or ""):
        return {"hole": "another host"}
    fetch = scrapy.Request(url, dont_filter=True, meta={
        "agency_id": agency_id, "outbound": False, "dont_cache": True, "download_slot": f"agency:{agency_id}",
        "cookiejar": agency_id})
    try:
        answer = await crawler.engine.download_async(fetch)
    except Exception as exc:  # noqa: BLE001 - a picture that did not come is a picture not read
        log.debug("picture %s not fetched: %s", url, exc)
        return {"hole": "not fetched", "again": True}
    if answer.status in (404, 410):  # a picture gone shows a person no words either, nor a code to scan
        return {"qr": []}
    if answer.status != 200 or len(answer.body) > MAX_PICTURE_BYTES:
        return {"hole": f"HTTP {answer.status}, {len(answer.body)} bytes"}
    return await _read_body(pool, answer.body, regions, codes_only)


async def _read_body(pool, body: bytes, regions: list, codes_only: bool) -> dict:
    """A picture's bytes read in a pool worker (read_picture, or read_codes for its QR codes alone), charged to
    the run's OCR budget; ``hole`` when the worker failed."""
    import asyncio
    import concurrent.futures

    try:
        if codes_only:
            return {**await pool.run(read_codes, body), "fetched": True}
        result = await pool.run(read_picture, body, regions, not (pool.ocr_off or pool.ocr_left <= 0))
    except (asyncio.TimeoutError, concurrent.futures.process.BrokenProcessPool, RuntimeError, ValueError, OSError):
        return {"hole": "OCR failed", "fetched": True}  # too slow, a worker lost: not read, never a page lost
    pool.ocr_left -= result["tried"]
    return {**result, "fetched": True}


async def read_pictures(crawler, response, got, agency_id: str, read_so_far: int, own_host,
                        seen: dict | None = None, home: bool = False) -> tuple[Any, int]:
    """``got`` (a parsed own page) with the words of the pictures it asks to read written in, and how many pictures
    were fetched and read (the agency's count, against ``crawl.picture_reads``). ``own_host(host)``: whether the
    crawler may fetch from that host for this agency; ``seen``: the agency's pictures read so far (URL and areas ->
    what OCR read), each read once whatever page shows it (a template's picture on every page). Pictures a person
    would scan with a phone (``qr_pictures``; ``home``: the page is the agency's home page) are read for their QR
    codes too, within the same bounds, and those read are marked (``qr_marks``)."""
    from crawler.documents import extract_html_safely, shared_pool

    pool = shared_pool(crawler.settings.getdict("OIT_LIMITS"))
    links, contents = wanted(got)
    regions: dict[str, list[tuple[str, str, str]]] = {}
    for link in links:
        areas = regions.setdefault(link["picture"], [])
        if "coords" in link:
            areas.append((link.get("shape") or "rect", link["coords"], link.get("width") or ""))
    linked = set(regions)
    for picture in contents:
        regions.setdefault(picture["url"], [])
    order = list(regions)
    unread = len(order) > PAGE_PICTURES
    link_words: dict[tuple[str, str], str] = {}
    picture_words: dict[str, str] = {}
    codes: dict[str, list[str]] = {}  # picture -> the QR texts it holds, for each picture scanned
    scan = [url for url in qr_pictures(got, home) if url not in regions] if qr.available() else []
    read = 0
    seen = {} if seen is None else seen
    pasted: dict[str, str] = {}
    if any(url.startswith("data:") for url in order[:PAGE_PICTURES] + scan):  # known by name; bytes in the page
        from crawler.shown import pasted_pictures

        pasted = pasted_pictures(response.text)
    for url in order[:PAGE_PICTURES] + scan[:max(PAGE_PICTURES - len(order), 0)]:
        only = url not in regions  # scanned for its QR codes alone: no words of it are wanted
        key = (url, ("qr",) if only else tuple(regions[url]))
        result = seen.get(key)
        if result is None and only:  # read already for its words on another page: its codes are known
            result = next((r for k, r in seen.items() if isinstance(k, tuple) and k[0] == url
                           and r.get("qr") is not None), None)
        if result is None:
            so_far = seen.get(QR_SCANS, 0) if only else read_so_far + read
            result = await _read_one(crawler, pool, pasted.get(url, url), [] if only else regions[url], agency_id,
                                     so_far, own_host, codes_only=only)
            if only:  # scanned for codes alone: counted apart, never spending the OCR reads' bound
                seen[QR_SCANS] = seen.get(QR_SCANS, 0) + bool(result.get("fetched"))
            else:
                read += bool(result.get("fetched"))
            if not result.get("again"):  # a budget spent or a failure of the moment: another page may read it
                seen[key] = result
        if result.get("qr") is not None:
            codes[url] = result["qr"]
        if only:
            continue
        if result.get("hole") and (url in linked or result["hole"] != "another host"):
            unread = True
        if not result.get("tried") and not result.get("drawn"):
            continue
        if url in linked:
            areas = [coords for _, coords, _ in regions[url]]
            for coords, words in zip(areas, result["regions"]):
                link_words[(url, coords)] = words
            if not areas:
                link_words[(url, "")] = result["text"]
            # words read that name nothing known, on a button to a document: misread, the document nobody's evidence
            # until a person reads the button (a picture with no words at all, an icon, a photo banner, shows a
            # person none either: no hole)
            known = dict(zip(areas, result.get("knowns") or [])) if areas else {"": result.get("known", 0)}
            misread = [link.get("coords", "") for link in links if link["picture"] == url and _document(link["url"])
                       and link_words.get((url, link.get("coords", ""))) and not known.get(link.get("coords", ""), 0)]
            for coords in misread:  # its words are not written in: the link stays one whose picture was not read
                link_words.pop((url, coords), None)
            if (not result["text"] and result.get("doubted")) or (areas and result["text"] and not all(result["regions"])) \
                    or misread:
                unread = True
        elif result["text"]:
            picture_words[url] = result["text"]
    scanned_all = all(url in codes for url in scan)  # else a code left unknown: read again next night
    if not link_words and not picture_words:
        qr_marks(got, codes, response.url)
        if unread or not scanned_all:
            got.cut = got.cut or (UNREAD if unread else "")
            got.cacheable = False
            _keep(crawler, response, got)  # forgotten: next night's 304 must not bring it back read whole
        elif codes:
            _keep(crawler, response, got)  # kept with its codes
        return got, read
    html = response.text
    worded = worded_html(html, response.url, link_words, picture_words)
    again = extract_html_safely(response.url, worded.encode("utf-8"), "text/html; charset=utf-8", "utf-8", worded,
                                pool.limits)
    again.furniture, again.encoding, again.shell = got.furniture, got.encoding, got.shell
    again.ocr_pages = sum(1 for words in [*link_words.values(), *picture_words.values()] if words)
    again.pictures = []
    again.cut = UNREAD if unread else got.cut
    again.cacheable = got.cacheable and not unread and scanned_all
    qr_marks(again, codes, response.url)
    again.note = got.note or f"pictures: {read} read by OCR" + (", some not read" if unread else "")
    _keep(crawler, response, again)
    return again, read


def _keep(crawler, response, got) -> None:
    """The page's extraction kept for next night with its pictures' words (never read again while the page is
    unchanged), or forgotten when some were not read (read again, in full, next night)."""
    from crawler.cache import shared_cache

    cache = shared_cache(crawler.settings.get("OIT_CACHE_DB"))
    if cache is not None:
        ctype = response.headers.get("Content-Type", b"").decode("latin-1")
        cache.put(response.url, hashlib.sha256(response.body).hexdigest(), ctype, len(response.body), response.headers,
                  got)
