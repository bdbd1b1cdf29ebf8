"""The pictures a browser shows on a page, wherever the markup puts them.

Thai agencies' CMSs rarely show a document's picture as a plain ``<img src="file.jpg">``: CKEditor 4 and Summernote
keep a pasted scan inline (``<img src="data:image/jpeg;base64,…">``); lazy loaders put a 1×1 GIF or an empty SVG in
``src`` and the picture in ``data-lazy-src`` / ``data-original`` / ``data-src`` / ``data-srcset`` (WP Rocket,
jQuery lazyload, lazysizes), with a plain copy inside ``<noscript>``; WebP plugins wrap it in ``<picture><source
srcset="….webp">``; page builders paint it as a section's ``background-image:url(…)`` or a lazy ``data-bg``. A
person with a browser sees each of them and reads it; so does the crawler (crawler/extract.py lists them as a
page's content pictures, crawler/pictures.py reads them, a pasted ``data:`` picture decoded within
``MAX_DATA_BYTES``).

>>> import lxml.html
>>> shown_src(lxml.html.fragment_fromstring('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-lazy-src="/a.jpg">'))
'/a.jpg'
>>> shown_src(lxml.html.fragment_fromstring('<img class="lazyload" data-srcset="/a-768.jpg 768w, /a.jpg 1000w">'))
'/a.jpg'
>>> background_src(lxml.html.fragment_fromstring('<div style="background-image: url(&quot;/s.jpg&quot;)"></div>'))
'/s.jpg'
>>> data_picture("data:image/png;base64,iVBORw0KGgo=")
(b'\\x89PNG\\r\\n\\x1a\\n', '')
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import re
from urllib.parse import unquote_to_bytes

# where lazy loaders keep the picture they will show (WP Rocket, jQuery lazyload, lazysizes, a3 Lazy Load, Avada)
LAZY_SRC = ("data-lazy-src", "data-original", "data-src", "data-orig-src", "data-lazy", "data-echo")
LAZY_SRCSET = ("data-lazy-srcset", "data-srcset", "srcset")
LAZY_BACKGROUND = ("data-bg", "data-background", "data-bg-image", "data-background-image", "data-image-src")
BACKGROUND = re.compile(r"background(?:-image)?\s*:[^;]*?url\(\s*(?:&quot;|['\"])?([^'\")&]+?)(?:&quot;|['\"])?\s*\)",
                        re.I)
# a lazy loader's stand-in: a 1×1 GIF, an empty SVG sized like the picture, a grey or "loading" file
PLACEHOLDER_DATA = 2_000  # a data: URI shorter than this is a stand-in (a pasted scan is tens of kilobytes at least)
PLACEHOLDER_NAME = re.compile(r"(?:blank|spacer|placeholder|lazy|loading|loader|grey|gray|transparent|pixel|1x1|"
                              r"dummy|empty)[^/]*\.(?:gif|png|svg|webp)$", re.I)
MAX_DATA_BYTES = 4_000_000  # a pasted picture larger than this is not decoded (crawler/pictures.MAX_PICTURE_BYTES)
# a tiled background (``repeat``, a "pattern" file) is the page's texture, not a picture of anything
TEXTURE = re.compile(r"(?<![\w-])repeat(?:-[xy])?(?![\w-]*\s*:)|pattern|texture", re.I)
RASTER = re.compile(r"data:image/(?:jpe?g|png|gif|webp|bmp|tiff?)[;,]", re.I)


def placeholder(src: str) -> bool:
    """Whether an address shows a lazy loader's stand-in rather than a picture (or nothing)."""
    src = src.strip()
    if not src:
        return True
    if src[:5].lower() == "data:":
        return len(src) < PLACEHOLDER_DATA or src[:14].lower() == "data:image/svg"
    return bool(PLACEHOLDER_NAME.search(src.split("?", 1)[0].split("#", 1)[0]))


def largest(srcset: str) -> str:
    """The widest candidate of a ``srcset`` ("a-768.jpg 768w, a.jpg 1000w" -> a.jpg); "" when it has none."""
    best, size = "", -1.0
    for candidate in re.split(r",\s+(?=\S)", srcset.strip()):
        parts = candidate.split()
        if not parts or placeholder(parts[0]):
            continue
        try:
            n = float(parts[1][:-1]) if len(parts) > 1 and parts[1][-1:] in ("w", "x") else 0.0
        except ValueError:
            n = 0.0
        if n > size:
            best, size = parts[0], n
    return best


def shown_src(img) -> str:
    """The address of the picture a browser shows for an ``<img>``: a lazy loader's picture over its stand-in, the
    ``src``, the widest of a ``srcset``, a ``<picture>``'s source; its ``src`` (maybe a stand-in) when none."""
    for attr in LAZY_SRC:
        value = (img.get(attr) or "").strip()
        if value and not placeholder(value):
            return _tidy(value)
    src = (img.get("src") or "").strip()
    if src and not placeholder(src):
        return _tidy(src)
    for attr in LAZY_SRCSET:
        if value := largest(img.get(attr) or ""):
            return value
    parent = img.getparent()
    if parent is not None and parent.tag == "picture":
        for source in parent.iter("source"):
            for attr in LAZY_SRCSET:
                if value := largest(source.get(attr) or ""):
                    return value
    return src


def background_src(element) -> str:
    """The picture an element shows as its background (an inline style's ``url(…)``, a lazy ``data-bg``); ""."""
    for attr in LAZY_BACKGROUND:
        value = (element.get(attr) or "").strip()
        if value:
            match = BACKGROUND.search(f"background:{value}") if "url(" in value else None
            value = match.group(1) if match else value
            if not placeholder(value):
                return _tidy(value)
    style = element.get("style") or ""
    if "url(" in style:
        match = BACKGROUND.search(style)
        if match and not placeholder(match.group(1)) and not TEXTURE.search(f"{match.group(0)} {style}"):
            return _tidy(match.group(1))
    return ""


def _tidy(src: str) -> str:
    return re.sub(r"\s+", "", src) if src[:5].lower() == "data:" else src


def noscript_pictures(root) -> None:
    """A ``<noscript>``'s pictures where a browser shows them: a plain copy beside a lazy ``<img>`` (WP Rocket,
    jQuery lazyload) goes with the ``<noscript>``; a picture shown only there (a script builds the visible one) is
    put in its place, the rest of the ``<noscript>`` left to go."""
    for block in list(root.iter("noscript")):
        pictures = list(block.iter("img"))
        parent = block.getparent()
        if not pictures or parent is None:
            continue
        before = block.getprevious()
        if before is not None and (before.tag in {"img", "picture"} or next(before.iter("img"), None) is not None):
            continue  # the lazy copy shows it already
        for img in pictures:
            img.tail = None
            block.addprevious(img)


def picture_sources(root, join) -> list[tuple[object, str]]:
    """Each element showing a picture outside a link, in the page's order, and the picture's address (``join``:
    resolves an address against the page's; a pasted picture's ``pasted_name``): ``<img>``s (image maps left to
    their areas) and backgrounds."""
    found = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in {"html", "body", "a", "area", "map"}:
            continue
        if element.tag == "img":
            if element.get("usemap"):
                continue
            src = shown_src(element)
        else:
            src = background_src(element)
        if not src or placeholder(src) or (src[:5].lower() == "data:" and not RASTER.match(src)):
            continue
        if any(parent.tag == "a" for parent in element.iterancestors()):
            continue
        found.append((element, pasted_name(src) if src[:5].lower() == "data:" else join(src)))
    return found


def pasted_name(src: str) -> str:
    """A pasted ``data:`` picture's address as the crawler keeps it (a link's address, a picture to read): its kind
    and a digest, ``data:image/png;sha1,…``, never its hundreds of kilobytes; ``pasted_pictures`` finds it again."""
    head = src.split(",", 1)[0].split(";", 1)[0]
    return f"{head};sha1,{hashlib.sha1(src.encode('utf-8', 'replace')).hexdigest()[:20]}"


def pasted_named(url: str) -> bool:
    """Whether ``url`` is a pasted picture's ``pasted_name``, not the picture itself."""
    return url[:5].lower() == "data:" and url.split(",", 1)[0].lower().endswith(";sha1")


def pasted_pictures(html: str) -> dict[str, str]:
    """A page's pasted pictures by ``pasted_name``: the ``data:`` URIs its ``<img>``s and backgrounds show."""
    import lxml.html
    from lxml import etree

    found: dict[str, str] = {}
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, etree.ParserError):
        return found
    noscript_pictures(root)
    for element in root.iter():
        if isinstance(element.tag, str):
            src = shown_src(element) if element.tag == "img" else background_src(element)
            if src[:5].lower() == "data:" and not placeholder(src):
                found[pasted_name(src)] = src
    return found


def data_picture(url: str, limit: int = MAX_DATA_BYTES) -> tuple[bytes, str]:
    """A pasted ``data:`` picture's bytes, or ("", why) when it is too large or undecodable (never decoded past
    ``limit``: its base64 length says its size)."""
    head, _, payload = url.partition(",")
    if len(payload) * 3 // 4 > limit:
        return b"", f"pasted picture of about {len(payload) * 3 // 4:,} bytes"
    try:
        if head.lower().endswith(";base64"):
            return base64.b64decode(payload + "=" * (-len(payload) % 4)), ""
        return unquote_to_bytes(payload), ""
    except (binascii.Error, ValueError) as exc:
        return b"", f"undecodable pasted picture: {str(exc)[:80]}"
