"""Drawings a person reads: OIT indexes, org charts and boards exported as SVG (Inkscape, Illustrator, draw.io,
Canva, PowerPoint).

An SVG file is a page of words and links, laid out by coordinates instead of flow. Read here as a browser shows it:

* the words of ``<text>``/``<tspan>``/``<textPath>`` and the HTML of ``<foreignObject>`` (draw.io's labels), in
  document order (the order exports write them in); not ``<title>``, ``<desc>``, ``<metadata>``, ``<defs>``,
  ``<style>``, ``<script>``, editors' own elements (``sodipodi:namedview``), nor what is drawn hidden
  (``display="none"``, ``visibility="hidden"``);
* of a ``<switch>``, the first child a browser draws (draw.io's foreignObject label, not its "..." text fallback,
  nor the "Text is not SVG - cannot display" footer it keeps for viewers without foreignObject);
* ``<a href>`` / ``<a xlink:href>`` are links when the drawing is shown as a document (``<object>``, ``<embed>``,
  ``<iframe>``, opened by a link): :func:`parse_svg`. Shown by ``<img>``, a drawing is a picture: its words are
  seen, its links cannot be clicked (:func:`svg_words`, for crawler/pictures.py);
* a drawing whose words were converted to outlines (glyph paths, as Canva exports) has no words to read: it is a
  picture, drawn with cairosvg (when installed) and read by OCR within the picture budget
  (:func:`svg_png`), else left unread (``pictures_unread`` / ``images_only``), never judged empty.

A drawing is hostile input like any page: at most ``MAX_SVG_BYTES`` and ``MAX_ELEMENTS`` elements are read, parsed
by lxml without entities, DTDs or the network; drawn at most ``MAX_SIDE`` pixels a side, with no outside file.

>>> svg_words(b'<svg xmlns="http://www.w3.org/2000/svg"><title>x</title><text>O1 <tspan>Structure</tspan></text></svg>')
'O1 Structure'
"""
from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

from lxml import etree

MAX_SVG_BYTES = 5_000_000  # a larger drawing is not read (an export of a photo traced in paths)
MAX_ELEMENTS = 100_000
MAX_SIDE = 4000  # pixels a side of a drawing drawn for OCR
DRAW_WIDTH = 1600  # a drawing is drawn this wide (letters big enough for Tesseract), within MAX_SIDE
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
SVG_TYPE = "image/svg+xml"
UNSEEN = {"title", "desc", "metadata", "defs", "style", "script", "symbol", "clipPath", "mask", "pattern",
          "linearGradient", "radialGradient", "filter", "marker", "namedview", "head"}
BLOCKS = {"g", "text", "foreignObject", "div", "p", "li", "tr", "td", "th", "table", "ul", "ol", "h1", "h2", "h3",
          "h4", "h5", "h6", "section", "svg"}
_HEAD = re.compile(rb"^(?:\s|<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<svg[\s>]", re.S | re.I)
_LETTERS = re.compile(r"[0-9A-Za-z\u0e01-\u0e4e]")
_SPACE = re.compile(r"\s+")
_NUMBER = re.compile(r"^\s*([0-9.]+)")


def is_svg(url: str, content_type: str, body: bytes) -> bool:
    """Whether a fetched body is an SVG drawing: by its type, or by its first element (a server sending
    text/xml, text/plain or nothing for an .svg)."""
    ctype = content_type.split(";")[0].strip().lower()
    if ctype == SVG_TYPE:
        return True
    if "html" in ctype or ctype.startswith(("application/pdf", "image/png", "image/jpeg")):
        return False
    return bool(_HEAD.match(body[:4096])) or (urlsplit(url).path.lower().endswith(".svg")
                                               and body.lstrip()[:1] == b"<" and b"<svg" in body[:4096])


def _root(body: bytes):
    """The drawing's root element, or None (too large, not XML, too many elements)."""
    if len(body) > MAX_SVG_BYTES:
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=True, remove_pis=True, recover=True)
    try:
        root = etree.fromstring(body, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None or sum(1 for _ in root.iter()) > MAX_ELEMENTS:
        return None
    return root


def _local(tag) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _hidden(el) -> bool:
    style = (el.get("style") or "").replace(" ", "").lower()
    return el.get("display") == "none" or el.get("visibility") == "hidden" or "display:none" in style \
        or "visibility:hidden" in style


def _emit(el, out: list[str], clickable: bool, in_link: bool) -> None:
    """``el`` and what it holds as HTML: texts as blocks, groups as divisions, links as links when clickable."""
    name = _local(el.tag)
    if not name or name in UNSEEN or _hidden(el):
        return
    if name == "switch":  # a browser draws the first child it can: draw.io's foreignObject label
        first = next((child for child in el if _local(child.tag)), None)
        if first is not None:
            _emit(first, out, clickable, in_link)
        return
    if name == "br":
        out.append(" ")
        return
    if not len(el) and not (el.text or "").strip():
        return  # a shape (rect, path, use): nothing to read
    href = (el.get(XLINK_HREF) or el.get("href") or "").strip() if name == "a" else ""
    link = name == "a" and clickable and bool(href) and not in_link
    tag = "a" if link else "span" if in_link or name not in BLOCKS else "div"
    out.append(f'<a href="{html.escape(href)}">' if link else f"<{tag}>")
    if el.text:
        out.append(html.escape(el.text))
    for child in el:
        _emit(child, out, clickable, in_link or link)
        if child.tail:
            out.append(html.escape(child.tail))
    out.append(f"</{tag}> ")


def unseen_inline(root) -> None:
    """An HTML page's inline drawings as a browser draws them: of a ``<switch>`` only its first child (draw.io's
    label, not the "..." fallback or the "Text is not SVG" footer link), no ``<title>``/``<desc>``/``<metadata>``,
    nothing hidden. ``root``: the page parsed by lxml.html (lower-case tag names); changed in place."""
    for drawing in root.iter("svg"):
        gone = [extra for switch in drawing.iter("switch") for extra in [c for c in switch if isinstance(c.tag, str)][1:]]
        gone += [el for el in drawing.iter("title", "desc", "metadata") if el is not drawing]
        gone += [el for el in drawing.iter() if isinstance(el.tag, str) and el is not drawing and _hidden(el)]
        for el in gone:
            if el.getparent() is not None:
                el.drop_tree()


def svg_html(body: bytes, clickable: bool = True) -> str | None:
    """The drawing as an HTML page a parser reads (its words where it draws them, its links as links when
    ``clickable``); None when it cannot be read (too large, not a drawing)."""
    root = _root(body)
    if root is None or _local(root.tag) != "svg":
        return None
    title = next((t.text or "" for t in root if _local(t.tag) == "title"), "")
    out: list[str] = []
    for child in root:
        _emit(child, out, clickable, False)
    return (f"<html><head><title>{html.escape(title.strip())}</title></head><body>{''.join(out)}</body></html>")


def svg_words(body: bytes) -> str:
    """What a person reads in the drawing (shown as a picture: no link to click); "" when it has no words (its text
    outlined) or cannot be read."""
    page = svg_html(body, clickable=False)
    if page is None:
        return ""
    import lxml.html

    body_of = lxml.html.fromstring(page).find("body")
    words = _SPACE.sub(" ", body_of.text_content() if body_of is not None else "").strip()
    return words if _LETTERS.search(words) else ""


def _length(value: str | None) -> float:
    match = _NUMBER.match(value or "")
    return float(match.group(1)) if match and "%" not in (value or "") else 0.0


def size(body: bytes) -> tuple[float, float]:
    """The drawing's natural size (width, height) by its width/height or viewBox; (0, 0) when unknown."""
    root = _root(body)
    if root is None:
        return 0.0, 0.0
    width, height = _length(root.get("width")), _length(root.get("height"))
    box = (root.get("viewBox") or "").replace(",", " ").split()
    if (not width or not height) and len(box) == 4:
        try:
            width, height = float(box[2]), float(box[3])
        except ValueError:
            return 0.0, 0.0
    return width, height


def renderer() -> bool:
    """Whether drawings can be drawn here (cairosvg and its cairo library installed)."""
    try:
        import cairosvg  # noqa: F401
    except (ImportError, OSError):
        return False
    return True


def svg_png(body: bytes) -> bytes | None:
    """The drawing drawn as a PNG about ``DRAW_WIDTH`` pixels wide (no side over ``MAX_SIDE``), for OCR; None
    when it cannot be drawn (no renderer, a drawing that is not one, no size)."""
    width, height = size(body)
    if not renderer() or width <= 0 or height <= 0:
        return None
    import cairosvg

    scale = min(DRAW_WIDTH / width, MAX_SIDE / height, MAX_SIDE / width)
    try:
        png: bytes = cairosvg.svg2png(bytestring=body, output_width=max(1, int(width * scale)),
                                      output_height=max(1, int(height * scale)), background_color="white",
                                      unsafe=False)  # unsafe=False: no entities, no outside file (data: URLs only)
    except Exception:  # noqa: BLE001 - a drawing cairo cannot draw is a picture not read, never a crash
        return None
    return png
