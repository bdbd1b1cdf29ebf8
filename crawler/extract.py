"""Turning fetched bytes into what the rules read: decoded text, title, links with their context, forms.

Text inside ``nav``/``header``/``footer``/``aside`` is left out of a page's text (menus repeat "ITA 2566" on
every page and would satisfy any year check), but links there are kept, marked ``zone: nav``.
"""
from __future__ import annotations

import io
import re
from itertools import chain
from dataclasses import dataclass, field
from urllib.parse import unquote, urljoin, urlsplit

import lxml.html
from w3lib.url import safe_url_string

from crawler.clicks import (DATA_ATTRS, choice_links, click_target, data_target, download_forms, filter_forms,
                            link_forms, postback_links, views_ajax_links)
from crawler.doclinks import onclick_target
from crawler.gates import own_wrapper_target
from crawler.outside import unwrap
from crawler.svg import unseen_inline
from crawler.shown import noscript_pictures, pasted_name, picture_sources, placeholder, shown_src
from crawler import tablegrid
from crawler.viewerdocs import attribute_documents, script_documents
from rules.thai import DENIAL_RE, is_generic_label
# the URL forms the engine shares, defined once below the crawler (rules/urls.py)
from rules.urls import DOC_EXTENSIONS, DOC_TYPES, ROUTE_FRAGMENT, VIEWER_PATH, clean_url, doc_kind, viewer_target  # noqa: F401
from rules.urls import document_frame
from lxml import etree

# Photographed or scanned documents linked directly: read by OCR when the link names OIT material
# (a .tif: an office copier's (multi-page) scan; WebP/AVIF: a WordPress image converter's; HEIC/HEIF: an iPhone's)
IMAGE_TYPES = {"image/jpeg", "image/png", "image/tiff", "image/webp", "image/avif", "image/heic", "image/heif", "image/gif",
               "image/bmp", "image/x-ms-bmp"}
IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp", ".avif", ".heic", ".heif", ".gif", ".bmp")
NAV_TAGS = {"nav", "header", "footer", "aside"}
# Most Thai government templates build menus from <div>s: their id/class names them ("topmenu", "site-footer",
# "menu-primary-container"), and so do cookie-consent bars ("pdpa-consent"); a "card-header" or "entry-header"
# is content, not furniture.
# A carousel's arrow style ("nav-arrow-b" of the EstateAgency/owl-carousel themes, on the <section> holding a page's
# content) names no menu.
CHROME_NAMES = re.compile(r"^(?:nav|navbar|navigation|menu|mainmenu|topmenu|top-menu|header|footer|sidebar|side-bar|"
                          r"breadcrumbs?|masthead|pdpa|cookies?|consent|gdpr)(?:[-_](?!arrows?(?:[-_]|$)).*)?$|"
                          r"^(?:site|main|top|page|global|elementor-location)[-_]"
                          r"(?:header|footer|nav|navigation|menu)$|.(?:menu|[-_]nav|[-_]navbar|[-_]navigation)$", re.I)
LIST_TAGS = {"table", "tbody", "ul", "ol", "dl", "main", "body", "html", "form"}  # a link's block ends below these
HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "dt", "th", "strong", "b", "label"}
HEADING_CLASS = re.compile(r"title|head|topic|caption", re.I)
CONTEXT_LIMIT = 400
MAX_BLOCK_LINKS = 4
_LETTERS = re.compile(r"[a-zA-Z\u0e01-\u0e4e]")
_SPACE = re.compile(r"\s+")
_THAI_WRAP = re.compile(r"(?<=[\u0e00-\u0e7f])\r?\n(?=[\u0e00-\u0e7f])")


@dataclass
class Extracted:
    kind: str
    text: str = ""
    title: str = ""
    links: list[dict] = field(default_factory=list)
    forms: int = 0
    image_only: bool = False
    encoding: str = ""
    note: str = ""
    furniture: str = ""  # text of the header, menus and footer: where contact data often lives
    ocr_pages: int = 0  # pages (or images) whose text came from OCR: a signal the auditor sees
    ocr_tried: int = 0  # pages given to OCR, read or not: what the run's OCR budget is charged
    cpu_ms: int = 0  # CPU spent extracting (0 when the extraction came from the cache)
    cacheable: bool = False  # the same bytes would give the same result: keep it for the next night
    unread: str = ""  # why the content could not be read ("unreadable_text", "images_only"); "" when it was
    shell: str = ""  # why the HTML is a script shell a browser must render (crawler/shell.py); "" when read
    # why part of it was left unread by a bound (rules/vocabulary.UNREAD: "rows_cut", "scans_cut", "pages_cut"); ""
    # when all of it was read. What was read is judged; an item not found in it may be in the rest (rules/coverage.py)
    cut: str = ""
    # pictures whose words a reader reads and the markup does not carry (crawler/pictures.py): a content picture's
    # {"url", "width"} on a page of little text; links needing their picture's words carry ``picture`` themselves
    pictures: list[dict] = field(default_factory=list)


def image_kind(url: str, content_type: str = "") -> bool:
    """Whether a response is a JPEG/PNG image (by its type, or by its name when the type says nothing)."""
    ctype = content_type.split(";")[0].strip().lower()
    if ctype in IMAGE_TYPES:
        return True
    return ctype in {"", "application/octet-stream"} and urlsplit(url).path.lower().endswith(IMAGE_EXTENSIONS)


def join_lines(text: str) -> str:
    """One line of text: a line wrap between two Thai characters splits a word, not two words (Thai has no
    spaces between words)."""
    return _SPACE.sub(" ", _THAI_WRAP.sub("", text)).strip()


def decode_html(body: bytes, declared: str | None, scrapy_text: str | None = None) -> tuple[str, str]:
    """Decode an HTML body, repairing the common Thai case of TIS-620 bytes sent as "utf-8"."""
    if scrapy_text is not None and "\ufffd" not in scrapy_text:
        return scrapy_text, declared or "utf-8"
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = body.decode("cp874")  # windows-874, a superset of TIS-620
        if re.search(r"[\u0e01-\u0e4f]", text):
            return text, "cp874"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(body).best()
    return (str(best), best.encoding) if best else (body.decode("utf-8", "replace"), "utf-8?")


def _text(element) -> str:
    # join text nodes with spaces: table cells and blocks must not run together ("O1โครงสร้าง")
    return _SPACE.sub(" ", " ".join(element.itertext()) if hasattr(element, "itertext") else "").strip()


def _is_chrome(element) -> bool:
    """Page furniture repeated on every page: menus, headers, footers, sidebars."""
    if element.tag in NAV_TAGS:
        return True
    ids, classes = element.get("id"), element.get("class")
    if not ids and not classes:  # most elements: nothing to test
        return False
    names = f"{ids or ''} {classes or ''}".split()
    return any(CHROME_NAMES.search(name) for name in names)


def _zone(element) -> str:
    return "nav" if any(_is_chrome(parent) for parent in element.iterancestors()) else "main"


def _zones(root, tags: set) -> tuple[dict, list]:
    """:func:`_zone` of every element of ``root`` whose tag is in ``tags``, and the outermost furniture (chrome
    elements under no chrome, ``html`` and ``body`` aside), in one walk of the tree instead of a climb to the
    top from every link (lxml builds a new proxy object for every ancestor of every climb). The dict holds the
    elements it names, so ``root.iter`` hands back those same objects."""
    nested = sum(1 for parent in root.iterancestors() if _is_chrome(parent))  # a fragment's body, html
    zones: dict = {}
    outermost: list = []
    open_chrome: list = []  # chrome elements entered and not yet left
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if not isinstance(element.tag, str):
            continue
        if event == "end":
            if open_chrome and open_chrome[-1] is element:
                open_chrome.pop()
            continue
        if element.tag in tags:
            zones[element] = "nav" if nested + len(open_chrome) else "main"
        if _is_chrome(element):
            if not nested + len(open_chrome) and element.tag not in {"html", "body"}:
                outermost.append(element)
            open_chrome.append(element)
    return zones, outermost


MAX_GROUP_ROWS = 12  # rows of one item's sub-items under its heading row
SUB_ITEM = re.compile(r"^\s*(\d{1,2})\.\d")  # a sub-item's row: "6.1–6.3 หลักฐานเชิงประจักษ์", "4.2 ประกาศ…"
ITEM_NUMBERED = r"(?:(?<![a-z0-9])(?:moit|o)\s?[.\-_:]?\s?|ข้อ(?:ที่)?\s?|ตัวชี้วัดที่\s?)0?{n}(?![\d.])"
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


_text_upto = tablegrid.text_upto  # the element's text, read no further than a limit


def _meaningful(text: str) -> bool:
    """Words that describe something: not "-", "|", a number, nor "เปิด เปิด" (two generic buttons)."""
    return len(_LETTERS.findall(text)) >= 3 and not is_generic_label(text)


# an address written out as text ("http://www.x.go.th/docs/file/3f9a….pdf"): it names where a link goes, not what
_URL_TEXT = re.compile(r"(?:https?://|www\.)\S+", re.I)
_ITEM_CODE = re.compile(r"(?<![a-z0-9])(?:moit|o)\s?\d{1,2}(?![\d.])", re.I)


def _describes(text: str) -> bool:
    """Whether a link's block says what the link is: meaningful words, or an item's code, once the addresses written
    out in it are left aside. A vendor CMS prints each link as "ลิงค์ | http://…/docs/file/3f9a….pdf | เปิด" under
    the item's name in a box of its own: the row names nothing, the box above it does."""
    bare = _URL_TEXT.sub(" ", text)
    return _meaningful(bare) or bool(_ITEM_CODE.search(bare))


def _context(element, own: str) -> str:
    """The nearest meaningful text of the link's block (its row, list item or card, else the heading before it),
    after the title of the accordion section or tab it sits in, when that title is not in it.

    A link's own words are often generic ("เปิด", an icon) while the item's code and title sit in another
    cell, a card header or the heading above: ``<div><h4>001 โครงสร้าง</h4><a>เปิด</a></div>``.
    """
    block, panel = _block_context(element, own), _panel_title(element)
    return f"{panel} {block}"[:300] if panel and panel not in block else block


def _panel_title(element) -> str:
    """The title of the accordion section or tab panel holding ``element`` (``role="region"``/``"tabpanel"``
    ``aria-labelledby`` its title, as Elementor, Bootstrap and Joomla write them): "O6 แผนการดำเนินงาน" above
    a list of files that do not say which item they are; or the heading of the record of a list it sits in
    (``role="listitem"``: a site builder's repeater item, "O6 …" above a box per file)."""
    for parent in element.iterancestors():
        ref = (parent.get("aria-labelledby") or "").split()
        if ref and parent.get("role") in {"region", "tabpanel"}:
            found = parent.getroottree().getroot().xpath("//*[@id=$ref]", ref=ref[0])
            return _text_upto(found[0], 120) if found else ""
        if (pid := parent.get("id")) and "collapse" in (parent.get("class") or "").split():
            # Bootstrap's collapse without ARIA regions: its title is the toggle naming it ("O6 …" folder, its files
            # "6.1 แผน…" inside), by href="#id", data-(bs-)target="#id" or aria-controls="id"
            found = parent.getroottree().getroot().xpath(
                "//*[@aria-controls=$id or @href=$ref or @data-target=$ref or @data-bs-target=$ref]", id=pid, ref=f"#{pid}")
            if found and (title := _text_upto(found[0], 120)):
                return title
        if parent.get("role") == "listitem" and parent.tag != "li":
            return _record_heading(parent, element)
        if parent.tag == "section" and (title := _section_code_title(parent)):
            return title
    return ""


def _section_code_title(section) -> str:
    """The heading of a ``<section>`` when it names an item ("O12 รายงานผลการจัดซื้อจัดจ้าง…"): a board's column
    (Padlet's Shelf: one column per item, its posts titled "รายงานสรุปผล" under it), read above every post in it."""
    heading = next((child for child in section if isinstance(child.tag, str) and child.tag in HEADING_TAGS - {"th", "dt", "label"}), None)
    text = _text_upto(heading, 200) if heading is not None else ""
    return text[:200] if CAPTION_CODE.match(text.translate(THAI_DIGITS)) else ""


_HEADINGS = "preceding::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6][1]"


def _record_heading(record, element) -> str:
    """The nearest heading before ``element`` inside ``record`` (none: the record has no title of its own)."""
    found = element.xpath(_HEADINGS)
    if found and any(parent is record for parent in found[0].iterancestors()):
        return _text_upto(found[0], 120)
    return ""


def _block_context(element, own: str) -> str:
    climbed = [element]
    for parent in element.iterancestors():
        if parent.tag in LIST_TAGS or len(climbed) > 6:
            break
        text = _text_upto(parent, CONTEXT_LIMIT)
        if parent.tag == "tr":  # a table row is one record, however many links it holds, under its group's heading
            text = _screen_row(parent, climbed[-1], own, text)
            group = _group_heading(parent, text)
            return (f"{group} {text}" if group and group not in text else text)[:300]
        if parent.tag == "li" and not parent.xpath(".//ul|.//ol"):
            if (row := _cell_list_row(parent)) is not None:
                # a list of documents inside an index table's cell ("O6 | แผนการดำเนินงาน | • แผน… • รายงาน…", a
                # vendor CMS's ``td > ul.pro_list1 > li > a``): the row is the record, its code in another cell
                row_text = _text_upto(row, CONTEXT_LIMIT)
                group = _group_heading(row, row_text)
                return (f"{group} {row_text}" if group and group not in row_text else row_text)[:300]
            return text[:300]  # a list item is one record too
        if parent.tag in {"td", "th"} and any(p.tag == "tr" for p in parent.iterancestors()):
            climbed.append(parent)  # a cell of several links ("PDF | Facebook") belongs to its row, code and all
            continue
        if _describes(text.replace(own, " ", 1)):
            # a block with many links or much text is the list around the link, not the link's own block
            # so is a block naming several items (a topic's boxes "O2 …", "O3 …", each above its own "เปิด")
            if len(text) <= CONTEXT_LIMIT and len(parent.xpath(".//a[@href]")) <= MAX_BLOCK_LINKS \
                    and len({int(re.sub(r"\D", "", code)) for code in _ITEM_CODE.findall(text)}) <= 1:
                return text[:300]
            if parent.tag not in {"td", "th"}:  # a cell of many links still belongs to its row
                break
        climbed.append(parent)
    for node in climbed:  # the heading (or title cell) just before the link's block
        prose = False  # a caption box counts only with nothing but other buttons between it and the link
        for steps, sibling in enumerate(node.itersiblings(preceding=True)):
            if steps >= 4 or not isinstance(sibling.tag, str):
                break
            if sibling.tag in HEADING_TAGS or HEADING_CLASS.search(sibling.get("class") or ""):
                text = _text_upto(sibling, 300)
                if _LETTERS.search(text):
                    return text[:300]  # the nearest heading, even a short "O8 Q&A": never one further up
            if not prose and (caption := _caption_box(sibling)):
                return caption
            prose = prose or _prose(sibling)
    return ""


def _cell_list_row(item):
    """The table row whose cell holds the list ``item`` is in, when that row is one index row: an item's code in it
    (one item's only), its words and links few. None for any other list (a layout table's column of menus and
    documents is no row of an index)."""
    for parent in item.iterancestors():
        if parent.tag in {"td", "th"}:
            row = parent.getparent()
            break
        if parent.tag in {"li", "table", "tr"}:
            return None
    else:
        return None
    if row is None or row.tag != "tr":
        return None
    text = _text_upto(row, CONTEXT_LIMIT + 1)
    codes = {int(re.sub(r"\D", "", code)) for code in _ITEM_CODE.findall(_URL_TEXT.sub(" ", text))}
    if len(text) > CONTEXT_LIMIT or len(codes) != 1 or len(row.xpath(".//a[@href]")) > MAX_BLOCK_LINKS:
        return None
    return row


def _screen_row(row, cell, own: str, text: str) -> str:
    """A row's words as its line stands on the screen (crawler/tablegrid.py): cells merged down from rows above
    ("O6 แผน…" spanning its two documents' rows), the outer row's code and name before a nested table of quarters,
    the column's head in a sideways table ("O5 แผนพัฒนา…" above row "ลิงก์"). The row's own words when it names an
    item itself."""
    if _ITEM_CODE.search(text.replace(own, " ", 1) if own else text):
        return text   # the row names its item itself
    if (merged := tablegrid.row_words(row, CONTEXT_LIMIT)) and tablegrid.names_one(merged):
        return merged
    if lead := tablegrid.outer_lead(row):
        return f"{lead} {text}"
    if cell is not None and cell.tag in {"td", "th"} and (head := tablegrid.column_head(cell)):
        label = next((c for c in row if isinstance(c.tag, str) and c.tag in {"td", "th"}), None)
        label_words = _text_upto(label, 60) if label is not None and label is not cell and \
            not label.xpath(".//a[@href]") else ""
        return f"{head} {label_words} {_text_upto(cell, CONTEXT_LIMIT)}"
    return text


def _spanned_copies(element, link: dict) -> list[dict]:
    """The link of a merged cell again for each other row the cell spans, with that row's words: one "ดาวน์โหลด"
    cell beside two items' rows (one PDF for both) is each row's link, as a reader reads it on each line."""
    cell = next((p for p in element.iterancestors() if p.tag in {"td", "th", "table"}), None)
    if cell is None or cell.tag == "table" or not link.get("context"):
        return []
    own = link.get("text") or ""
    return [dict(link, context=(line if own in line else f"{line} {own}")[:300])
            for line in tablegrid.spanned_lines(cell, CONTEXT_LIMIT) if line != link["context"]]


# A site builder's caption box: "O5 แผนพัฒนาท้องถิ่น" written in a text box of its own, its button(s) after it
CAPTION_CODE = re.compile(r"^\s*(?:moit\s?\d{1,2}|o\s?\d{1,2}|ข้อ(?:ที่)?\s?\d{1,2})(?![\d.])", re.I)


def _prose(box) -> bool:
    """A box of words of its own between a caption and a link: not another button or link of the item, not an embed
    (a published Doc, a Drive preview) nor an empty spacer."""
    if box.tag in {"a", "iframe", "embed", "object"} or box.xpath(".//a[@href]|.//iframe|.//embed|.//object"):
        return False
    return _meaningful(_text_upto(box, 300))


SUB_HEADING = re.compile(r"^\s*(?:ตัวชี้วัดย่อยที่\s*|ตัวชี้วัดที่\s*)?\d{1,2}\.\d{1,2}\s")  # "10.2 มาตรการส่งเสริม…"
WRITTEN_LETTERS = 30   # what a caption's box says of the item itself: a sentence or two, not a "-" or a date
_LINKING = {"a", "iframe", "embed", "object", "area"}
_NOT_CAPTION = {"table", "tr", "td", "th", "li", "ul", "ol", "a", "select", "option", "nav", "header", "footer"}


def written_items(root, base_url: str) -> list[dict]:
    """An item written on the page itself, under its caption: "O1 โครงสร้าง หน้าที่และอำนาจ" in a heading or a text
    box of its own, then its words in the boxes after it, with no link of its own before the next item's caption
    (a Google Site's page of sub-indicator 9.1: O1's structure, O2's executives, O3's address, each in text boxes).
    A person reads the item there; the page stands for it as a link to itself under the caption would. Nothing
    is made of a caption followed by a link (the link says where the item is), by "-" or by a denial."""
    captions = {el for el in root.iter("h1", "h2", "h3", "h4", "h5", "h6", "p", "div") if _caption_text(el)}
    captions = {el for el in captions if not any(other in captions for other in el.iterdescendants())}
    if not captions:
        return []
    found, current, skip = [], None, None
    for event, el in etree.iterwalk(root, events=("start", "end")):
        if not isinstance(el.tag, str):
            continue
        if event == "end":
            if el is skip:
                skip = None
            if current is not None and skip is None and el.tail:
                current["words"].append(el.tail)
            continue
        if skip is not None:
            continue
        if el in captions:
            current = {"caption": _caption_text(el), "words": [], "linked": False}
            found.append(current)
            skip = el
        elif _is_chrome(el) and el.tag not in {"html", "body"}:
            skip = el
        elif el.tag in {"h1", "h2", "h3", "h4", "h5", "h6"} or SUB_HEADING.match(_text_upto(el, 40).translate(THAI_DIGITS)):
            current = None  # another heading (the next sub-indicator's): the item's words end there
        elif current is not None:
            if (el.tag in {"a", "area"} and el.get("href")) or (el.tag in _LINKING and _document_src(el, base_url)):
                current["linked"] = True  # a map or a form in a frame is part of what is written, a document is not
            if el.text:
                current["words"].append(el.text)
    links = []
    for item in found:
        words = _SPACE.sub(" ", " ".join(item["words"])).strip()[:600]
        if item["linked"] or len(_LETTERS.findall(words)) < WRITTEN_LETTERS or DENIAL_RE.search(words) \
                or words.startswith(("-", "–", "—")):
            continue
        links.append({"url": clean_url(base_url), "href": "", "kind": "a", "zone": "main", "text": item["caption"],
                      "title": "", "context": f"{item['caption']} {words}"[:300], "written": 1})
    return links


def _document_src(el, base_url: str) -> bool:
    src = el.get("src") or el.get("data") or ""
    url = urljoin(base_url, src.strip())
    return document_frame(url) or not src.strip()


def _caption_text(el) -> str:
    """The element's words when they are an item's caption: short, opening with its code, linking nothing, not a
    cell or a list item of an index (those are rows, read as rows)."""
    if el.tag in _NOT_CAPTION or any(parent.tag in _NOT_CAPTION for parent in el.iterancestors()):
        return ""
    text = _text_upto(el, 220)
    code = CAPTION_CODE.match(text.translate(THAI_DIGITS))
    if len(text) > 200 or not code or el.xpath(".//a[@href]|.//iframe"):
        return ""
    if len(_LETTERS.findall(text[code.end():])) < 6 or text.endswith(("-", "–", "—")) or DENIAL_RE.search(text):
        return ""  # a code alone is a cell of a box, not its caption; a box that says "-" is the item's row
    return text


def _caption_box(sibling) -> str:
    """The words of a box just before a link's block that captions it as an item: a site builder (Canva, Wix,
    Google Sites) lays each item out as a text box "O5 แผนพัฒนาท้องถิ่น" and, beside it, a button "เปิดเอกสาร",
    siblings in one column; a person reads the button under the caption above it. Only a short box that links
    nothing and opens with an item's code is one (a paragraph of prose above a button is not its label)."""
    if sibling.tag == "a" or sibling.xpath(".//a[@href]"):
        return ""
    text = _text_upto(sibling, 300)
    return text[:300] if len(text) <= 300 and CAPTION_CODE.match(text.translate(THAI_DIGITS)) else ""


def _group_heading(row, text: str) -> str:
    """The heading row of the item whose sub-item ``row`` is: a row numbered "6.1–6.3" or "4.2" under the nearest
    row above whose one cell spans the table's columns, links nothing and names item 6 or 4 ("moit06 ผู้บริหาร…",
    "ตัวชี้วัดที่ 4 …"), as a reader reads a sub-item's row under its item; "" for any other row (an ITA row
    "O40 …" under "ตัวชี้วัดย่อยที่ 10.2 มาตรการ…" keeps its own words: the group names no item of it)."""
    sub = SUB_ITEM.match(text.translate(THAI_DIGITS))
    if not sub:
        return ""
    for steps, sibling in enumerate(row.itersiblings("tr", preceding=True)):
        cells = [cell for cell in sibling if cell.tag in {"td", "th"}]
        if steps >= MAX_GROUP_ROWS or not cells:
            break
        if len(cells) == 1 and int(re.sub(r"\D", "", cells[0].get("colspan") or "") or 1) >= 2 \
                and not sibling.xpath(".//a[@href]"):
            heading = _text_upto(cells[0], 200)[:200]
            named = re.search(ITEM_NUMBERED.format(n=int(sub.group(1))), heading.translate(THAI_DIGITS), re.I)
            return heading if named else ""
    return ""


# words an image's alt or file name carries that name nothing: a picture button's real words are in its pixels
PICTURE_NOISE = re.compile(r"banner|image|img|picture|photo|button|btn|icon|logo|untitled|click|ปุ่ม|ภาพ|รูป|แบนเนอร์|"
                           r"คลิก|\d+|[\W_]+", re.I)
TEMPLATE_PICTURE = re.compile(r"(?:logo|icon|favicon|bullet|spacer|arrow|loading|bg)[^/]*$", re.I)
PAGE_CONTENT_PICTURES = 4  # more content pictures on a page of little text: a gallery of photos
PICTURE_PAGE_LETTERS = 400  # a page's own text shorter than this: its content pictures may be what it says


def _weak_words(words: str, from_name: bool = False) -> bool:
    """Whether a picture's alt text or file name says nothing a reader could use ("banner", "btn_07", ""): an alt
    carrying an item code ("O5") says something; a file name's digits never do (``btn_07.png`` is a designer's
    numbering, not O7)."""
    if not from_name and CAPTION_CODE.match(words.translate(THAI_DIGITS)):
        return False
    return len(_LETTERS.findall(PICTURE_NOISE.sub("", words))) < 3


def _picture_of(element, base_url: str) -> str:
    """The address of the picture an image-only link shows when its words are weak (none, "banner", a file name):
    the picture holds what a person reads; "" otherwise."""
    for img in element.iter("img"):
        src = shown_src(img)
        if placeholder(src):
            continue
        if src[:5].lower() == "data:":  # a button pasted into the editor: read from the page (crawler/pictures.py)
            return pasted_name(src) if _weak_words(img.get("alt") or img.get("title") or "") else ""
        alt = img.get("alt") or img.get("title") or ""
        name = urlsplit(src).path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        if _weak_words(alt) if alt.strip() else _weak_words(re.sub(r"[-_.]+", " ", name), from_name=True):
            return join(base_url, src)
        return ""
    return ""


def _map_picture(area, base_url: str) -> tuple[str, str]:
    """An image map's picture and its displayed width, for an ``<area>`` without words."""
    name = next((m.get("name") or m.get("id") for m in area.iterancestors("map")), None)
    if not name:
        return "", ""
    for img in area.getroottree().getroot().iter("img"):
        if (img.get("usemap") or "").lstrip("#") == name and not placeholder(src := shown_src(img)):
            return pasted_name(src) if src[:5].lower() == "data:" else join(base_url, src), img.get("width") or ""
    return "", ""


def _image_words(element) -> str:
    """An image-only link's words: its picture's alt text or title, else the picture's file name ("ita-banner")."""
    for img in element.iter("img"):
        words = img.get("alt") or img.get("title") or ""
        if not words:
            src = shown_src(img)  # a pasted picture's name is Summernote's data-filename, never its base64
            src = img.get("data-filename") or "" if src[:5].lower() == "data:" else src
            name = urlsplit(src).path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            words = re.sub(r"[-_.]+", " ", name) if re.search(r"[a-zA-Z\u0e01-\u0e4e]{2,}", name) else ""
        if words.strip():
            return words.strip()
    return ""


def _sections(root, link_tags: set) -> dict:
    """Link element -> the section of the page it sits in, for pages whose own links jump to sections
    ("ดูเอกสารด้านล่าง" -> ``#o18``). A section is the element the jump targets when it holds links (a ``<div
    id>``), else what follows it down to the next element of its kind (the next ``<h3>``, the next ``<a name>``)
    or the next target, as a reader scrolls down from where the link left them."""
    targets = {href[1:] for href in root.xpath("//a/@href") if href.startswith("#") and len(href) > 1
               and not ROUTE_FRAGMENT.match(href[1:])}
    if not targets:
        return {}
    sections: dict = {}
    current, kind = "", ""
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        name = element.get("id") or (element.get("name") if element.tag == "a" else None)
        if name in targets:
            inner = [link for link in element.iter(*link_tags) if link is not element]
            for link in inner:  # a block: its own links
                sections.setdefault(link, name)
            current, kind = ("", "") if inner else (name, element.tag)
            continue
        if current and element.tag == kind and (kind != "a" or element.get("name") or element.get("id")):
            current = ""  # the next heading of the same level
        if current and element.tag in link_tags:
            sections.setdefault(element, current)
    return sections


def _sections_leading(sections: dict) -> dict[str, bool]:
    """Section name -> whether any link in it leads somewhere (not "#", "#!" nor another jump in the page)."""
    leads: dict[str, bool] = {}
    for element, name in sections.items():
        href = (element.get("href") or element.get("src") or element.get("data") or "").strip()
        leads[name] = leads.get(name, False) or not (href == "" or href.startswith(("#", "javascript:")))
    return leads


_DASHES = re.compile(r"^\s*[-–—]+\s*$")  # "-", " – ": an empty anchor or an icon is no dash


def _says_nothing_is_there(element, href: str, leads: dict[str, bool]) -> bool:
    """An anchor that leads nowhere and says the item is not there: ``<a href="#!">-</a>`` (a hand-written tree's
    empty row), or a folder's toggle ``<a href="#l19" data-toggle="collapse">O19 …</a>`` whose folder holds only
    such rows. A reader reads both as the row's "-", as an index whose row has no link at all."""
    words = _text(element)
    if href in {"#", "#!", ""}:
        return bool(_DASHES.match(words) or DENIAL_RE.fullmatch(words.strip()))
    name = href[1:]
    return bool(element.get("data-toggle") or element.get("data-bs-toggle")) and leads.get(name) is False


def join(base_url: str, href: str) -> str:
    """``href`` resolved against ``base_url`` as a browser resolves it: a backslash before the query is a slash
    (WHATWG URL; IIS sites write ``files\\2569\\o1.pdf``, which Python's urljoin keeps as ``%5C``)."""
    if "\\" in href:
        cut = min((i for i in (href.find("?"), href.find("#")) if i >= 0), default=len(href))
        href = href[:cut].replace("\\", "/") + href[cut:]
    return urljoin(base_url, href)


def _query_in(url: str, encoding: str) -> str:
    """``url`` with the non-ASCII words of its query percent-encoded in the page's ``encoding``, as a browser sends
    them (the path is UTF-8 whatever the page's): ``download.php?file=คู่มือ.pdf`` on a windows-874 page asks for
    ``%A4%D9%E8…``, the name the server's script knows; in UTF-8 it answers 404."""
    if url.isascii() or "?" not in url or not encoding or encoding.lower().replace("-", "").startswith("utf8"):
        return url
    try:
        return safe_url_string(url, encoding=encoding)
    except (LookupError, UnicodeError):
        return url


INERT_SCRIPT = re.compile(r"^\s*(?:javascript:)?\s*(?:void\s*\(?\s*0?\s*\)?|return\s+false|false|undefined)?"
                          r"\s*;?\s*(?:return\s+false\s*;?)?\s*$", re.I)


def runs_script(onclick: str, href: str) -> bool:
    """Whether a link with no address of its own runs a script when clicked (``onclick="PrimeFaces.ab(…)"``,
    ``href="javascript:loadDoc(7)"``): what it shows is the script's to decide, so it was not read; a bare ``#``,
    ``javascript:void(0)`` or ``return false`` does nothing a reader sees."""
    script = href[len("javascript:"):] if href.lower().startswith("javascript:") else ""
    return any(code.strip() and not INERT_SCRIPT.match(code) for code in (onclick, script))


def inline_frames(root) -> None:
    """A frame whose document the page itself writes (``<iframe srcdoc="&lt;table&gt;…">``: a CMS's "embed HTML"
    box) read as part of the page, where a person sees it: its HTML put in the frame's place (its addresses are the
    page's, as the browser resolves them). A frame with a ``src`` of its own is followed as a link."""
    for frame in root.xpath("//iframe[@srcdoc][not(@src)]"):
        try:
            inner = lxml.html.document_fromstring(frame.get("srcdoc") or "<html></html>")
        except (etree.ParserError, ValueError):
            continue
        body = inner.find("body")
        holder = lxml.html.Element("div", {"class": "srcdoc"})
        holder.text = body.text if body is not None else None
        for child in list(body if body is not None else []):
            holder.append(child)
        holder.tail = frame.tail
        if frame.getparent() is not None:
            frame.getparent().replace(frame, holder)


def _led_to(url: str, page_url: str) -> str:
    """Where a link leads past a redirector's or the site's own interstitial (crawler/gates.py)."""
    return clean_url(unwrap(own_wrapper_target(url, page_url) or url))


def parse_html(text: str, base_url: str, max_links: int | None = None, encoding: str = "") -> Extracted:
    """Text, title, links (the first ``max_links``: a page of 300,000 links costs no more than one of 1,000 —
    it is read on the crawler's thread), forms and furniture of an HTML page; ``encoding``: the page's, in which
    a link's query is sent."""
    try:
        root = lxml.html.fromstring(text or "<html></html>")
    except (etree.ParserError, ValueError):
        return Extracted("html", note="unparseable HTML")
    views = views_ajax_links(root)  # read from drupalSettings before the scripts go
    inline_frames(root)  # an iframe's srcdoc, where a person sees it
    scripted = script_documents(root, base_url)  # a viewer's document its script names (crawler/viewerdocs.py)
    unseen_inline(root)  # an inline drawing's fallbacks and tooltips, which a browser does not draw (crawler/svg.py)
    noscript_pictures(root)  # a picture shown only inside <noscript> stays where a browser shows it (crawler/shown.py)
    for bad in root.xpath("//script|//style|//noscript|//comment()"):
        if bad.getparent() is not None:
            bad.drop_tree()
    base = root.xpath("//base/@href")
    base_url = urljoin(base_url, base[0]) if base else base_url
    title = _SPACE.sub(" ", root.findtext(".//title") or "").strip()
    links = []
    link_tags = {"a", "iframe", "frame", "img", "area", "embed", "object"}
    tablegrid.reset()
    zones, outermost = _zones(root, link_tags)
    sections = _sections(root, link_tags)
    submits = postback_links(root) + filter_forms(root)  # forms a person sends to move around (crawler/clicks.py)
    posted = {element for element, *_ in submits}
    leads = _sections_leading(sections)
    viewed: set = set()  # elements whose viewer's document is their link already
    for element in root.iter(*link_tags):
        if max_links is not None and len(links) >= max_links:
            break
        if element in posted:  # a LinkButton: the postback it sends, below
            continue
        href = (element.get("href") or element.get("xlink:href") if element.tag in {"a", "area"} else  # an SVG's
                element.get("data") if element.tag == "object" else
                shown_src(element) if element.tag == "img" else element.get("src")) or ""  # <a> says xlink:href
        href = href.strip()
        if href[:5].lower() == "data:":  # a pasted picture is known by its kind and a digest, not its 300 kB
            href = pasted_name(href)
        kind = {"area": "a", "embed": "iframe", "object": "iframe", "frame": "iframe"}.get(element.tag, element.tag)
        if element.tag in {"a", "area"} and not href and not element.get("onclick"):
            continue  # (an <a class="_df_button" source="x.pdf">: a viewer's button, below)
        placeholder = href in {"#", "#!", ""} or href.lower().startswith(("javascript:", "mailto:", "tel:"))
        if placeholder and element.get("onclick") and not href.lower().startswith(("mailto:", "tel:")):
            href = onclick_target(element.get("onclick")) or href  # href="#" onclick="window.open('x.pdf')"
            placeholder = href in {"#", "#!", ""} or href.lower().startswith("javascript:")
        if href.lower().startswith("javascript:"):   # href="javascript:window.open('x.pdf')": the script a click runs
            href = onclick_target(unquote(href[len("javascript:"):])) or href
            placeholder = href.lower().startswith("javascript:")
        if element.tag == "a" and (placeholder or (href.startswith("#") and not ROUTE_FRAGMENT.match(href[1:]))):
            if target := data_target(element) or next(iter(attribute_documents(element, base_url)), ""):
                href, placeholder = target, False  # data-href="x.pdf" opened by script; a tab's hx-get / data-url
                viewed.add(element)                # pane; a modal viewer's data-src="x.pdf"
            elif _says_nothing_is_there(element, href, leads):
                continue  # the row's "-" written in an anchor, or a folder that opens on nothing: words, not a link
        # a redirector's link (google.com/url?q=…, l.facebook.com/l.php?u=…), or the site's own interstitial
        # (/redirect.php?url=…, /go/?u=<base64>: crawler/gates.py), is known by where it leads
        url = "" if placeholder else _led_to(_query_in(join(base_url, href), encoding), base_url)
        link = {"url": url, "href": href[:300], "kind": kind, "zone": zones.get(element) or _zone(element),
                "text": (_text(element) or element.get("alt") or _image_words(element))[:200],
                "title": (element.get("title") or "")[:200],
                "context": _context(element, _text(element))}
        if placeholder and runs_script(element.get("onclick") or "", href):
            link["script"] = 1  # a click runs the site's own script (PrimeFaces.ab, an AJAX loader): not read
        if element in sections:
            link["section"] = sections[element]
        if element.tag == "a" and not _text(element) and url and (picture := _picture_of(element, base_url)):
            link["picture"] = picture  # its words are in its picture (crawler/pictures.py)
        elif element.tag == "area" and url and _weak_words(f"{element.get('alt') or ''} {element.get('title') or ''}"):
            picture, width = _map_picture(element, base_url)
            if picture:
                link.update(picture=picture, shape=element.get("shape") or "rect", coords=element.get("coords") or "",
                            width=width)
        links.append(link)
        if url and element.tag == "a":
            links += _spanned_copies(element, link)
        inner = viewer_target(url)
        if inner:  # a PDF viewer page (viewer.html?file=/docs/x.pdf): the document is what it shows
            links.append(dict(link, url=inner, href=inner))
    clickable = "//*[@onclick or " + " or ".join(f"@{a}" for a in DATA_ATTRS) + "][not(self::a or self::area)]"
    for element in root.xpath(clickable):  # a row or button a click opens (onclick, data-href, hx-get)
        target = click_target(element) if max_links is None or len(links) < max_links else ""
        if target:
            own = _text(element) or element.get("value") or element.get("title") or ""
            links.append({"url": _led_to(join(base_url, target), base_url), "href": target[:300], "kind": "a",
                          "zone": _zone(element), "text": own[:200], "title": (element.get("title") or "")[:200],
                          "context": _context(element, own)})
    viewers = chain(((element, url) for element in root.iter() if element not in viewed
                     for url in attribute_documents(element, base_url)), scripted)
    linked = {link["url"] for link in links}
    for element, url in viewers:  # a book, a cover or an embedded viewer showing a document (crawler/viewerdocs.py)
        if max_links is not None and len(links) >= max_links:
            break
        if clean_url(url) in linked:  # linked already (a rendered page's anchors): its own words say more
            continue
        linked.add(clean_url(url))
        framed = element.tag in {"iframe", "frame", "embed", "object"}  # a frame's title is "Embedded Document"
        own = _text(element) or ("" if framed else element.get("title") or "")
        links.append({"url": clean_url(url), "href": url[:300],
                      "kind": "a" if (own or element.tag == "a") and not framed else "iframe",
                      "zone": _zone(element), "text": own[:200], "title": (element.get("title") or "")[:200],
                      "context": _context(element, own)})
    for element, target, own, extra in choice_links(root) + link_forms(root) + download_forms(root) + views + submits:  # a year chosen, a button pressed
        if max_links is not None and len(links) >= max_links:
            break
        url = clean_url(join(base_url, target))
        if "post" in extra:  # the POST's fields make the address it is known by (download.php?file_id=7); a
            extra = dict(extra, action=url)  # postback's or a filter's, its event or choices (never its __VIEWSTATE)
            url += ("&" if "?" in url else "?") + (extra.get("key") or extra["post"])
        links.append({"url": url, "href": target[:300], "kind": "a", "zone": _zone(element), "text": own[:200],
                      "title": "", "context": _context(element, own), **extra})
    if max_links is None or len(links) < max_links:
        links += written_items(root, base_url)
    forms = sum(1 for f in root.iter("form") if f.xpath(".//textarea|.//input[not(@type='hidden')]"))
    furniture = []
    for chrome in outermost:
        furniture.append(_text(chrome))
        chrome.drop_tree()
    body = root.find("body")
    main = _text(body if body is not None else root)
    pictures = []
    if len(main) < 4 * PICTURE_PAGE_LETTERS and len(_LETTERS.findall(main)) < PICTURE_PAGE_LETTERS:
        # a page of pictures: what it says may be in them
        # as a browser shows them: pasted (data:), lazy-loaded, a <picture>'s WebP, a background (crawler/shown.py)
        for element, src in picture_sources(body if body is not None else root, lambda s: join(base_url, s)):
            if src.startswith("data:") or not TEMPLATE_PICTURE.search(urlsplit(src).path):
                pictures.append({"url": src, "width": element.get("width") or ""})
        if len(pictures) > PAGE_CONTENT_PICTURES:  # a gallery: photos, not words
            pictures = []
    return Extracted("html", text=main, title=title, links=links, forms=forms,
                     furniture=" \n ".join(filter(None, furniture))[:20_000], pictures=pictures)


def _scanned_rows(links: list[dict], words: list[tuple[str, float, float]]) -> None:
    """A scanned page's link annotations, which have no text layer under them, given the words OCR read in their
    rectangle (their own) and across the page's width at their height (their row: "O22 รายงานผล… คลิก"), as a
    person reads the photographed table the officer linked."""
    from crawler.pictures import recognised

    for link in links:
        box = link.get("box")
        if not box or link.get("context"):
            continue
        left, bottom, right, top = box
        row = sorted((x, word) for word, x, y in words if bottom <= y <= top)
        own = [word for x, word in row if left <= x <= right]
        # the row as read up to the link's cell, then the cell: a stray copy of the cell's word (a border read as
        # letters) never stands before the row's code
        before = [word for x, word in row if x < left and word not in own]
        link["text"] = link.get("text") or recognised(" ".join(own))[0][:200]
        link["context"] = recognised(" ".join(before + own))[0][:300]


def parse_pdf(body: bytes, max_pages: int = 300, read_scan=None, max_links: int = 1000) -> Extracted:
    """Text and links of a PDF, page by page, read as a person reads it.

    A page without a text layer but with a picture is a scan; a page whose text layer no mapping reads (a legacy
    Thai font, crawler/legacy_text.py) is a picture of text too: both are read by ``read_scan(page)`` when given
    (OCR: its text, "" when unreadable, None when not tried). A legacy layer with a known mapping is repaired."""
    import pypdfium2

    from crawler import legacy_text, qr
    from crawler.doclinks import pdf_links, pdf_outline_links, safely
    from crawler.docparts import PdfPages, few_heading_links, heading_links, pdf_parts

    try:
        pdf = pypdfium2.PdfDocument(body)
    except pypdfium2.PdfiumError as exc:
        # a PDF that asks for a password to open: nobody reads it without the password, it is not empty
        locked = "unsupported_format" if "password" in str(exc).lower() else ""
        return Extracted("pdf", note=f"unreadable PDF: {exc}", unread=locked)
    try:
        texts, images, links, layer, ocr_pages, tried = [], [], [], 0, 0, 0
        qr_links: list[dict] = []  # the addresses of QR codes printed in it (crawler/qr.py)
        qr_left = qr.PDF_IMAGES
        on_page: list[int] = []   # the page of each link of the pages
        repaired = garbled = garbled_read = readable = nonsense = 0
        for index in range(min(len(pdf), max_pages)):
            page = pdf[index]
            textpage = page.get_textpage()
            raw = textpage.get_text_range()
            text, state = legacy_text.read_layer(raw)
            links += pdf_links(pdf, page, textpage, text, max_links - len(links), legacy_text.is_legacy_thai(raw))
            on_page += [index + 1] * (len(links) - len(on_page))
            repaired += state == legacy_text.REPAIRED
            pictures = any(True for _ in page.get_objects(filter=[pypdfium2.raw.FPDF_PAGEOBJ_IMAGE], max_depth=2))
            scanned = None
            if state == legacy_text.UNREADABLE:
                garbled += 1
                scanned = read_scan(page) if read_scan is not None else None
                tried += scanned is not None
                ocr_pages += bool(scanned)
                garbled_read += bool(scanned)
                text = scanned or ""  # the garbage is nobody's words
            else:
                layer += len(text.strip())
                if pictures and len(text.strip()) < 20 and read_scan is not None:
                    scanned = read_scan(page)
                    tried += scanned is not None
                    ocr_pages += bool(scanned)
                    text = f"{text} {scanned or ''}"
                readable += len(text.strip()) >= 20
            nonsense += scanned == "" and bool(getattr(read_scan, "garbled", False))  # turned past reading
            if scanned and getattr(read_scan, "words", None):
                _scanned_rows(links[on_page.index(index + 1):] if index + 1 in on_page else [], read_scan.words)
            texts.append(text)   # lines kept: where its items' headings and parts begin
            codes, whole = [], False
            if pictures and qr_left > 0 and qr.available():  # a QR code printed in it: scanned as a reader does
                if scanned is not None:  # the page was rendered for OCR: its codes were read from that picture
                    codes, whole = list(getattr(read_scan, "codes", None) or []), True
                    qr_left -= 1
                else:
                    codes, done, whole = qr.pdf_images(page, qr_left)
                    qr_left -= done
                words = re.sub(r"\s+", " ", text).strip()
                for code in codes:
                    if (found := qr.qr_link(code, "", "", page=index + 1,
                                            context=f"page {index + 1} of the PDF: {words[:200]}")) is not None:
                        found["text"] = f"QR code {words[:120]}".strip()
                        qr_links.append(found)
            if len(images) < 20 and pictures and not scanned:
                # photos inside the document (executives' portraits, a map) are components too; a scanned page's
                # picture is its text
                images.append({"url": "", "href": "", "kind": "img", "zone": "main", "text": "", "title": "",
                               "context": f"page {index + 1} of the PDF", **({"qr": codes} if whole else {})})
        # the bookmarks that open a URL: links as the pages' are; those that open a page: its parts, as its contents'
        known = {(link["href"], (link.get("part") or {}).get("top")) for link in links}
        links += [link for link in safely([], pdf_outline_links, pdf, max_links - len(links))
                  if (link["href"], (link.get("part") or {}).get("top")) not in known]
        links += (heading_links(texts, links) or few_heading_links(texts, links))[:max(max_links - len(links), 0)]
        pdf_parts(links, PdfPages(pdf, texts))
        if any(link.get("part") for link in links):   # a part holds the links printed on its pages
            for link, number in zip(links, on_page):
                link["page"] = number
        for link in links:
            link.pop("box", None)
        # a PDF with pages but (almost) no text layer is a scan: its words are pixels
        known_urls = {link.get("url") for link in links}
        links += [link for link in qr_links if link["url"] not in known_urls][:max(max_links - len(links), 0)]
        got = Extracted("pdf", text=join_lines(" ".join(texts)), links=links + images,
                        image_only=len(pdf) > 0 and layer < 20 and not garbled, ocr_pages=ocr_pages, ocr_tried=tried)
        got.note = legacy_text.pdf_note(repaired, garbled, garbled_read)
        got.cut = "pages_cut" if len(pdf) > max_pages else ""  # a year's 400-page bundle: its last pages never read
        if nonsense and ocr_pages and not got.cut:  # some scanned pages read, others OCR made nonsense of
            got.cut = "scans_garbled"
        if garbled - garbled_read and garbled - garbled_read >= readable:
            got.unread = "unreadable_text"  # half or more of what it says is in a font nothing here reads
        elif got.image_only and not ocr_pages:
            got.unread = "images_only"
        return got
    finally:
        pdf.close()


def parse_docx(body: bytes, max_links: int = 1000) -> Extracted:
    import docx

    from crawler.doclinks import docx_links, safely
    from crawler.docparts import anchor_parts, block_links

    try:
        document = docx.Document(io.BytesIO(body))
    except Exception as exc:  # python-docx raises several unrelated types for broken files
        return Extracted("docx", note=f"unreadable DOCX: {exc}")
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    links = safely([], docx_links, document, max_links)
    blocks, bookmarks, rows = safely(([], {}, set()), docx_blocks, document)
    # an index whose rows jump to bookmarks in the same file: each row's part runs to the next bookmark jumped to
    links = safely([link for link in links if not link.get("part")], anchor_parts, links, blocks, bookmarks)
    # a report of the whole OIT typed in Word, a heading per item: each item's paragraphs and tables are its part
    headed = [block if k not in rows else "" for k, block in enumerate(blocks)]   # a table row heads no part
    links += safely([], block_links, headed, "section", links)[:max(max_links - len(links), 0)]
    return Extracted("docx", text=_SPACE.sub(" ", " ".join(parts)).strip(), links=links)


def docx_blocks(document) -> tuple[list[str], dict[str, int], set[int]]:
    """A Word document's paragraphs and table rows in the order a reader meets them (a table row's cells joined), the
    block where each bookmark begins, and which blocks are table rows."""
    from docx.oxml.ns import qn

    marks = {qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n"}   # a contents line's tab before its page number

    def words(element) -> str:
        return "".join(node.text or "" if node.tag == qn("w:t") else marks.get(node.tag, "") for node in element.iter())
    blocks: list[str] = []
    bookmarks: dict[str, int] = {}
    rows: set[int] = set()

    def add(element, text: str) -> None:
        for mark in element.iter(qn("w:bookmarkStart")):
            bookmarks.setdefault(mark.get(qn("w:name")) or "", len(blocks))
        blocks.append(text)
    for element in document.element.body.iterchildren():
        if element.tag == qn("w:p"):
            add(element, words(element))
        elif element.tag == qn("w:tbl"):
            for row in element.iter(qn("w:tr")):
                rows.add(len(blocks))
                add(row, " | ".join(words(cell) for cell in row.iter(qn("w:tc"))))
    return blocks, bookmarks, rows


def parse_xlsx(body: bytes, max_cells: int = 200_000, max_rows: int = 50_000, max_links: int = 1000) -> Extracted:
    """Text of a workbook's cells, and its links: cell hyperlinks, HYPERLINK formulas, URLs written in cells,
    each with its row (crawler/doclinks.py)."""
    import openpyxl

    from crawler.doclinks import SheetLinks, safely, xlsx_link_cells, xlsx_row_links
    from crawler.docparts import BLOCK_HEADING, MIN_FEW, block_links

    try:
        book = openpyxl.load_workbook(io.BytesIO(body), read_only=True, data_only=True)
    except Exception as exc:  # zip, XML and value errors alike mean an unreadable workbook
        return Extracted("xlsx", note=f"unreadable XLSX: {exc}")
    targets = safely({}, xlsx_link_cells, body, max_links)
    cells, links, rows = [], [], 0
    sheets: list[str] = []   # each sheet's name and words: a workbook of a sheet per item ("O6 …", "O11 …")
    tables: list[list[str]] = []   # and its tables, an empty row between them: the documents typed into it
    for sheet in book.worksheets:
        linked, previous, above = targets.get(sheet.title, SheetLinks()), "", {}
        first, table = len(cells), [[sheet.title], []]   # its name, a piece of its own
        # a declared A1:XFD1048576 pads every row with 16,384 empty cells: read at most 500 columns
        for number, row in enumerate(sheet.iter_rows(values_only=True, max_col=min(sheet.max_column or 500, 500)), 1):
            values = [str(v) for v in row if v is not None]
            cells.extend(values)
            if values and BLOCK_HEADING.match(values[0]):   # the item's heading row ("O6 แผนและ…"): a piece alone
                if table[-1]:
                    table.append([])
                table[-1].extend(values)
                table.append([])
            elif values:
                table[-1].extend(values)
            elif table[-1]:   # an empty row ends a table
                table.append([])
            rows += 1  # empty rows count too: a sheet may declare a million of them
            if values and len(links) < max_links:
                # a code merged down an item's rows is each row's code (the text keeps it once)
                row = linked.fill(row, number, above)
                links += xlsx_row_links(row, linked.rows.get(number, {}), previous, max_links - len(links))
                previous = " ".join(values) if any(_LETTERS.search(v) for v in values) else previous
            if len(cells) > max_cells or rows > max_rows:
                break
        sheets.append(f"{sheet.title}\n{' '.join(cells[first:])}")
        tables.append([" ".join(words) for words in table if words])
        if len(cells) > max_cells or rows > max_rows:
            break
    links += safely([], block_links, sheets, "sheet", links, MIN_FEW, tables)[:max(max_links - len(links), 0)]
    cut = "rows_cut" if len(cells) > max_cells or rows > max_rows else ""  # the rows past the bound never seen
    return Extracted("xlsx", text=_SPACE.sub(" ", " ".join(cells)).strip(), links=links, cut=cut)


def extract(url: str, body: bytes, content_type: str, declared_encoding: str | None = None,
            scrapy_text: str | None = None) -> Extracted:
    """Extract text and links from any fetched body, by its type."""
    kind = doc_kind(url, content_type)
    if kind == "pdf":
        return parse_pdf(body)
    if kind == "docx":
        return parse_docx(body)
    if kind == "xlsx":
        return parse_xlsx(body)
    if kind is not None:  # a document no parser here reads (a RAR, a 7z): nobody read it, it is not empty
        return Extracted(kind, note=f"{kind.upper()} files are not read", unread="unsupported_format")
    if "html" in content_type or not content_type or body.lstrip()[:1] == b"<":
        text, encoding = decode_html(body, declared_encoding, scrapy_text)
        extracted = parse_html(text, url, encoding=encoding)
        extracted.encoding = encoding
        return extracted
    if _opaque(content_type, body):  # an e-book, a video, a program: what a person opens elsewhere, unread here
        return Extracted("other", note=f"content type {content_type}: not read", unread="unsupported_format")
    return Extracted("other", note=f"content type {content_type}")


# types whose bodies are words or code a page loads, never a document a person opens elsewhere
_WORDS_TYPES = re.compile(r"^(?:text/|application/(?:[\w.+-]*\+)?(?:xml|json|javascript|x-javascript|ecmascript)\b)")


def _opaque(content_type: str, body: bytes) -> bool:
    """Whether a body no reader here opens is a file of its own (an .epub, a video, a Publisher file), not a page's
    part or an empty answer: judged as empty, its item would be "no content" though nobody read it.

    >>> _opaque("application/epub+zip", b"PK\\x03\\x04"), _opaque("video/mp4", b"\\x00\\x00\\x00 ftyp"), _opaque("text/css", b"a{}")
    (True, True, False)
    >>> _opaque("application/octet-stream", b""), _opaque("application/octet-stream", b"\\x00\\x01binary")
    (False, True)
    """
    ctype = content_type.split(";")[0].strip().lower()
    return bool(body.strip()) and not _WORDS_TYPES.match(ctype) and (bool(ctype) or b"\x00" in body[:1024])


# Hosts where agencies keep evidence folders: the one request an outbound link gets shows the folder's entries.
FILE_SHARE_HOSTS = re.compile(r"(^|\.)(drive\.google\.com|onedrive\.live\.com|1drv\.ms|dropbox\.com|"
                              r"sharepoint\.com)$")
LISTING_CHARS = 4000


def share_listing(html: str) -> str:
    """What a shared folder's page shows of its contents, one entry a line: the names of its files and
    subfolders ("ไตรมาส 1", "MOIT17_Q1.pdf") and what it says when empty ("โฟลเดอร์นี้ว่างเปล่า").

    Only what the served HTML holds is read; a listing built by scripts reads as nothing, never as empty.
    """
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    for element in root.xpath("//script|//style|//noscript|//head"):
        element.drop_tree()
    lines: list[str] = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        words = element.get("data-tooltip") or (element.text or "")
        words = _SPACE.sub(" ", words).strip()
        if words and words not in lines:
            lines.append(words)
    return "\n".join(lines)[:LISTING_CHARS]
