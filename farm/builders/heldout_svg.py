"""Two held-out ITA 2569 sites whose OIT content is drawn as SVG (round 15, lane "svg").

Run from the repository root:  python -m farm.builders.heldout_svg

Agencies draw their OIT index and their org chart in Inkscape, Illustrator, draw.io (diagrams.net) or Canva and put
the export on the site as SVG: inline ``<svg>`` in the page, ``<object data="x.svg">`` or ``<embed src="x.svg">``
(the links inside are clickable in a browser), ``<img src="x.svg">`` (the text is seen, the links inside are NOT
clickable: a browser draws an image's SVG as a picture), and Canva exports whose text was converted to outlines
(glyph paths: a person reads them, a program only by drawing the picture and reading it).

  www.thaphraya-sao.go.th   อบต.ท่าพระยา (นางรอง บุรีรัมย์)      svg_inkscape_index
      A LAO CMS whose OIT page (/ita2569.php) is an Inkscape drawing pasted inline (``<svg>`` with the sodipodi and
      inkscape namespaces, ``sodipodi:namedview``, layers ``<g inkscape:groupmode="layer">``): per item a rounded box
      with the code and the item's name in ``<text><tspan sodipodi:role="line">`` lines, wrapped in ``<a
      xlink:href>`` (Inkscape's "Link" on a group). Indicator 10 (O20–O26) is a second drawing, an Adobe Illustrator
      export shown by ``<object data="/uploads/ita69/oit2569-10.svg" type="image/svg+xml">`` (its ``<a xlink:href>``
      are clickable in a browser). The structure page (O1) is one Inkscape org chart with the duties written in it,
      shown by ``<img src="/uploads/structure2569.svg">``; in its corner a "ดาวน์โหลดไฟล์ PDF" link to a file long
      gone (``/uploads/old/structure2566.pdf``: 404) that a browser cannot click (an image's links are not links).
      The executives' page (O2) is a Canva export (``<img src="/uploads/board2569.svg">``) whose text is outlined:
      names, positions and phones are glyph paths (``<use xlink:href="#glyph-0-N">``), read by the eye alone.
      Wrong: O7 is the 2567 annual report (partial), O11 covers 3 months (partial), O16's box links a PDF answering
      404 (broken), O22's box in the Illustrator drawing says "-" and links nothing (missing), O24's box there links
      a PDF answering 404 (broken).

  www.nongsamrong.go.th      เทศบาลตำบลหนองสำโรง (เมืองอุดรธานี อุดรธานี)   svg_drawio_index
      A municipality's OIT page (/ita/2569, extension-less) is a diagrams.net (draw.io) export shown by ``<embed
      src="/ita/oit2569.drawio.svg" type="image/svg+xml">``: the ``content`` attribute holds the compressed diagram,
      every label is HTML in ``<switch><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">`` with a
      ``<text>`` fallback cut short with "..." (as draw.io writes it), each item's cell wrapped in ``<a xlink:href
      target="_blank">``, and the export's footer link "Text is not SVG - cannot display" to drawio.com. Items with
      several documents link a detail page (/ita/2569/oN). The structure page (O1) is a draw.io org chart shown by
      ``<object data="/ita/structure.drawio.svg">`` (labels in foreignObject, duties in a text cell); the executives'
      page (O2) an Illustrator export of the board (``<text>``/``<tspan>`` names, positions, phones) shown by
      ``<img src>``; O18's statistics a Canva export with outlined text shown by ``<img src>``.
      Wrong: O6 is the 2568 action plan (partial), O9's cell says "-" and links nothing (missing), O13's cell links
      a PDF answering 404 (broken), O19 is the 2568 participation report (partial), O21 is the 2568 corruption risk
      assessment (partial).

Every verdict was written before any engine run, as a careful assessor with a browser gives it: the assessor sees
each drawing (inline, in an object, an embed or an image), reads its words (outlined ones too: a picture of words),
clicks what a drawing shows as a link where a browser lets one click (inline, object, embed; never inside an
``<img>``), and judges the documents by heldout_sites.py's rules (wrong year or a 3-month report = partial; "-" =
missing; a link to a file that is not there = broken). Items whose words are only outlines carry ``ocr: true``
(benchmarks/accuracy.py leaves them out on a machine without OCR). Outlines are TLWG Garuda's glyphs (Debian's
``fonts-thai-tlwg``) drawn by fontTools, placed by their advance widths (Thai marks of zero width over their base).

Markup sources: Inkscape 1.x "Inkscape SVG" (``sodipodi:docname``, ``inkscape:version``, ``sodipodi:namedview``,
``inkscape:label``/``inkscape:groupmode="layer"``, ``xml:space="preserve"`` texts with ``sodipodi:role="line"``
tspans); Adobe Illustrator "SVG Export" (the ``<!-- Generator: Adobe Illustrator … -->`` comment, ``id="Layer_1"``,
``<style>`` classes st0…, ``text transform="matrix(1 0 0 1 x y)"``); diagrams.net's SVG export (``content``
mxfile, ``<switch>``/``foreignObject requiredFeatures=…#Extensibility``, the "Text is not SVG" footer); cairo's SVG
surface as Canva uses it (``<defs><g id="glyph-0-N">``, ``<use xlink:href="#glyph-0-N" x y>``).
"""
from __future__ import annotations

import html
import re
import shutil
import sys
from pathlib import Path

from farm.builders.heldout_images import SHORT, ImagesOut, upload
from farm.builders.heldout_sites import TITLE, HeldoutOut, docs, judge, lao_page, site_meta
from farm.builders.heldout_unforeseen import agency
from farm.builders.ita2569_moit import CUR, NEWS68, NEWS69, ita_docs, news_list, write_manifest
from farm.builders.reading_sites_content import (INLINE, INLINE_WHY, SHEETS, SUB, complaint_html, enquiry_html,
                                                 eservice_html, photos, sheet_rows)
from farm.server import SITES_DIR

HOSTS = ("www.thaphraya-sao.go.th", "www.nongsamrong.go.th")
PREV = CUR - 1
GARUDA = "/usr/share/fonts/truetype/tlwg/Garuda.ttf"
E = html.escape


def plain(body: str) -> list[str]:
    """An HTML body's paragraphs as lines of text."""
    return [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in re.split(r"</p>|<br>", body) if re.sub(r"<[^>]+>", "", p).strip()]


def lines_of(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` characters, broken at spaces where one is near (a designer's text box)."""
    out, line = [], ""
    for word in text.split(" "):
        while len(word) > width:
            if line:
                out.append(line)
                line = ""
            out.append(word[:width])
            word = word[width:]
        if len(f"{line} {word}".strip()) <= width:
            line = f"{line} {word}".strip()
        else:
            out.append(line)
            line = word
    return out + [line] if line else out


def write_docs(out: HeldoutOut, host: str, code: str, ag: dict, mode: str, path_of) -> tuple[list[tuple[str, str]], str]:
    """An item's documents written on ``host``: [(title, path)] and, for a dead link, the dead path."""
    if mode in ("absent", "denial", "nofile"):
        return [], ""
    links = []
    for stem, title, body in docs(code, ag, mode):
        links.append((title, path_of(stem, "pdf")))
        if mode == "dead":
            continue
        out.pdf(host, path_of(stem, "pdf"), title, body)
        if code in SHEETS:
            out.xlsx(host, path_of(stem, "xlsx"), title, [SHEETS[code], *sheet_rows(code, stem, mode)])
            links.append((title + " (Excel)", path_of(stem, "xlsx")))
    return links, links[0][1] if mode == "dead" else ""


# ----------------------------------------------------------------------------------------------------------------
# SVG as each tool exports it

def inkscape_svg(name: str, width: int, height: int, body: str, declaration: bool = True) -> str:
    head = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!-- Created with Inkscape (http://www.inkscape.org/) -->\n\n' \
        if declaration else ""
    return (f'{head}<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}" version="1.1" id="svg1" '
            f'inkscape:version="1.2.2 (b0a8486541, 2022-12-01)" sodipodi:docname="{name}" '
            'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" '
            'xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" '
            'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns="http://www.w3.org/2000/svg" '
            'xmlns:svg="http://www.w3.org/2000/svg">\n  <sodipodi:namedview id="namedview1" pagecolor="#ffffff" '
            'bordercolor="#000000" borderopacity="0.25" inkscape:showpageshadow="2" inkscape:pageopacity="0.0" '
            'inkscape:pagecheckerboard="0" inkscape:deskcolor="#d1d1d1" inkscape:document-units="px" '
            'inkscape:zoom="0.5" inkscape:cx="600" inkscape:cy="900" inkscape:current-layer="layer1" />\n'
            '  <defs id="defs1" />\n  <g inkscape:label="Layer 1" inkscape:groupmode="layer" id="layer1">\n'
            f'{body}  </g>\n</svg>\n')


def ink_text(x: float, y: float, lines: list[str], size: int, ident: str, bold: bool = False, fill: str = "#1a1a1a") -> str:
    weight = "bold" if bold else "normal"
    spans = "".join(f'<tspan sodipodi:role="line" id="tspan{ident}-{k}" x="{x}" y="{y + k * size * 1.35:.1f}">{E(line)}</tspan>'
                    for k, line in enumerate(lines))
    return (f'    <text xml:space="preserve" style="font-weight:{weight};font-size:{size}px;font-family:Sarabun;'
            f'-inkscape-font-specification:\'Sarabun {weight.title()}\';fill:{fill}" x="{x}" y="{y}" id="text{ident}">'
            f'{spans}</text>\n')


def illustrator_svg(width: int, height: int, body: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!-- Generator: Adobe Illustrator 27.5.0, SVG Export Plug-In . '
            'SVG Version: 6.00 Build 0)  -->\n<svg version="1.1" id="Layer_1" xmlns="http://www.w3.org/2000/svg" '
            f'xmlns:xlink="http://www.w3.org/1999/xlink" x="0px" y="0px"\n\t viewBox="0 0 {width} {height}" '
            f'style="enable-background:new 0 0 {width} {height};" xml:space="preserve">\n<style type="text/css">\n'
            '\t.st0{fill:#1B5E20;}\n\t.st1{fill:#FFFFFF;}\n\t.st2{font-family:\'Kanit-Regular\';}\n\t.st3{font-size:22px;}\n'
            '\t.st4{font-family:\'Kanit-Bold\';}\n\t.st5{font-size:28px;}\n\t.st6{fill:#FFFFFF;stroke:#1B5E20;stroke-width:3;'
            'stroke-miterlimit:10;}\n\t.st7{fill:#212121;}\n</style>\n' + body + '</svg>\n')


def ai_text(x: float, y: float, lines: list[str], cls: str) -> str:
    spans = "".join(f'<tspan x="0" y="{k * 29.4:.1f}" class="{cls}">{E(line)}</tspan>' for k, line in enumerate(lines))
    return f'<text transform="matrix(1 0 0 1 {x} {y})">{spans}</text>\n'


DRAWIO_CONTENT = ("&lt;mxfile host=&quot;app.diagrams.net&quot; modified=&quot;2026-03-18T03:12:44.109Z&quot; "
                  "agent=&quot;Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                  "Chrome/122.0.0.0 Safari/537.36&quot; etag=&quot;Hq7x1nF0Zp2&quot; version=&quot;24.0.7&quot; "
                  "type=&quot;device&quot;&gt;&lt;diagram name=&quot;Page-1&quot; id=&quot;o69Svg&quot;&gt;"
                  "7Vxbb9owFP41PK7KrYE+hku7SZs0iUl7Nolnojoxc0yB/vrZxCGxnUKgQKSt0MJ+bB/b3/l8fCC"
                  "&lt;/diagram&gt;&lt;/mxfile&gt;")


def drawio_svg(width: int, height: int, body: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
            '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg xmlns="http://www.w3.org/2000/svg" '
            'xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" '
            f'width="{width}px" height="{height}px" viewBox="-0.5 -0.5 {width} {height}" content="{DRAWIO_CONTENT}">'
            f'<defs/><g>{body}</g><switch><g requiredFeatures="http://www.w3.org/TR/SVG11/feature#Extensibility"/>'
            '<a transform="translate(0,-5)" xlink:href="https://www.drawio.com/doc/faq/svg-export-text-problems" '
            'target="_blank"><text text-anchor="middle" font-size="10px" x="50%" y="100%">Text is not SVG - cannot '
            'display</text></a></switch></svg>')


def drawio_cell(x: int, y: int, w: int, h: int, label_html: str, fallback: str, fill: str = "#dae8fc",
                stroke: str = "#6c8ebf") -> str:
    """A draw.io rounded rectangle with an HTML label (foreignObject) and the SVG text fallback cut short."""
    short = fallback if len(fallback) <= 28 else fallback[:25] + "..."
    return (f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="{min(w, h) * 0.15:.0f}" ry="{min(w, h) * 0.15:.0f}" '
            f'fill="{fill}" stroke="{stroke}" pointer-events="all"/><g transform="translate(-0.5 -0.5)"><switch>'
            '<foreignObject pointer-events="none" width="100%" height="100%" requiredFeatures="http://www.w3.org/TR/'
            'SVG11/feature#Extensibility" style="overflow: visible; text-align: left;"><div xmlns="http://www.w3.org/'
            f'1999/xhtml" style="display: flex; align-items: unsafe center; justify-content: unsafe center; width: '
            f'{w - 2}px; height: 1px; padding-top: {y + h // 2}px; margin-left: {x + 1}px;"><div data-drawio-colors='
            '"color: rgb(0, 0, 0); " style="box-sizing: border-box; font-size: 0px; text-align: center;"><div '
            'style="display: inline-block; font-size: 14px; font-family: Helvetica; color: rgb(0, 0, 0); line-height: '
            f'1.2; pointer-events: all; white-space: normal; overflow-wrap: normal;">{label_html}</div></div></div>'
            f'</foreignObject><text x="{x + w // 2}" y="{y + h // 2 + 4}" fill="rgb(0, 0, 0)" font-family="Helvetica" '
            f'font-size="14px" text-anchor="middle">{E(short)}</text></switch></g>')


class Outliner:
    """Canva's export of text as outlines (cairo's SVG surface): each glyph a path in ``<defs>``, each letter a
    ``<use>``; TLWG Garuda's glyphs, placed by their advance widths."""

    def __init__(self) -> None:
        from fontTools.ttLib import TTFont
        self.font = TTFont(GARUDA)
        self.cmap = self.font.getBestCmap()
        self.glyphs = self.font.getGlyphSet()
        self.upm = self.font["head"].unitsPerEm
        self.defs: dict[tuple[str, int], str] = {}

    def _glyph(self, name: str, size: int) -> str:
        from fontTools.pens.svgPathPen import SVGPathPen
        from fontTools.pens.transformPen import TransformPen
        key = (name, size)
        if key not in self.defs:
            pen = SVGPathPen(self.glyphs, ntos=lambda v: f"{v:.2f}".rstrip("0").rstrip("."))
            scale = size / self.upm
            self.glyphs[name].draw(TransformPen(pen, (scale, 0, 0, -scale, 0, 0)))
            self.defs[key] = pen.getCommands()
        return f"glyph-0-{list(self.defs).index(key)}"

    def line(self, text: str, x: float, y: float, size: int, fill: str = "#1f1f1f") -> str:
        uses = []
        for ch in text:
            name = self.cmap.get(ord(ch))
            if name is None:
                continue
            if self.glyphs[name].width == 0 and ch == " ":
                continue
            uses.append(f'<use xlink:href="#{self._glyph(name, size)}" xlink:type="simple" xlink:actuate="onLoad" '
                        f'xlink:show="embed" x="{x:.2f}" y="{y:.2f}"/>')
            x += self.glyphs[name].width * size / self.upm
        return f'<g fill="{fill}" fill-opacity="1">{"".join(uses)}</g>'

    def svg(self, width: int, height: int, body: str) -> str:
        defs = "".join(f'<g id="glyph-0-{k}"><path d="{d}"/></g>' for k, d in enumerate(self.defs.values()))
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" '
                f'xmlns:xlink="http://www.w3.org/1999/xlink" width="{width}" zoomAndPan="magnify" viewBox="0 0 {width} '
                f'{height}" height="{height}" preserveAspectRatio="xMidYMid meet" version="1.0"><defs><g>{defs}</g>'
                '<clipPath id="a1b2c3d4e5"><path d="M 0 0 L ' + f'{width} 0 L {width} {height} L 0 {height} Z'
                '" clip-rule="nonzero"/></clipPath></defs><g clip-path="url(#a1b2c3d4e5)"><path fill="#fbf7ee" d="M 0 0 '
                f'L {width} 0 L {width} {height} L 0 {height} Z" fill-opacity="1" fill-rule="nonzero"/></g>{body}</svg>\n')


def outlined_poster(title: str, blocks: list[str], width: int = 1000, photos_row: int = 0) -> bytes:
    """An infographic whose every word is outlined: a title band, photo stand-ins, then text blocks."""
    ol = Outliner()
    body = [f'<path fill="#124e78" d="M 0 0 L {width} 0 L {width} 110 L 0 110 Z"/>']
    y = 50
    for line in lines_of(title, 46):
        body.append(ol.line(line, 40, y, 32, "#ffffff"))
        y += 44
    y = max(y, 110) + 30
    for k in range(photos_row):
        x = 60 + k * (width - 120) // photos_row
        body.append(f'<path fill="#8c8272" stroke="#505050" stroke-width="3" d="M {x + 40} {y} L {x + 200} {y} '
                    f'L {x + 200} {y + 200} L {x + 40} {y + 200} Z"/>')
    y += 230 if photos_row else 0
    for block in blocks:
        lines = [line for para in block.split("\n") for line in lines_of(para, 52)]
        body.append(f'<path fill="#ffffff" stroke="#124e78" stroke-width="2" d="M 40 {y} L {width - 40} {y} L '
                    f'{width - 40} {y + 24 + 40 * len(lines)} L 40 {y + 24 + 40 * len(lines)} Z"/>')
        for line in lines:
            body.append(ol.line(line, 70, y + 44, 25))
            y += 40
        y += 60
    return ol.svg(width, y + 20, "".join(body)).encode()


# ----------------------------------------------------------------------------------------------------------------
# 1. svg_inkscape_index: an inline Inkscape index, an Illustrator <object>, SVG org chart and outlined board

def ink_item(n: int, x: int, y: int, code: str, name: str, href: str | None, note: str = "") -> str:
    """One item's box: the code in a circle, the name in lines; a link on the group when it has a target."""
    box = (f'    <g id="g{n}" inkscape:label="{code}">\n'
           f'    <rect style="fill:#e3f2fd;stroke:#1565c0;stroke-width:2" id="rect{n}" width="560" height="96" x="{x}" '
           f'y="{y}" rx="14" ry="14" />\n'
           f'    <circle style="fill:#1565c0" id="path{n}" cx="{x + 48}" cy="{y + 48}" r="34" />\n'
           + ink_text(x + 28, y + 57, [code], 24, f"c{n}", True, "#ffffff")
           + ink_text(x + 100, y + 38, lines_of(name, 34)[:2] + ([note] if note else []), 20, f"n{n}"))
    box += "    </g>\n"
    if href is None:
        return box
    return f'    <a xlink:href="{E(href)}" target="_blank" id="a{n}">\n{box}    </a>\n'


def ai_item(x: int, y: int, code: str, name: str, href: str | None, note: str = "") -> str:
    box = (f'<rect x="{x}" y="{y}" class="st6" width="1100" height="84"/>\n'
           f'<rect x="{x}" y="{y}" class="st0" width="110" height="84"/>\n'
           + ai_text(x + 22, y + 52, [code], "st1 st4 st5")
           + ai_text(x + 130, y + 36, lines_of(name, 60)[:2] + ([note] if note else []), "st7 st2 st3"))
    return box if href is None else f'<a xlink:href="{E(href)}" target="_blank">\n{box}</a>\n'


def structure_svg(ag: dict, dead_pdf: str) -> str:
    (_, t1, b1), (_, t2, b2) = ita_docs("O1", ag)
    boxes = [("นายกองค์การบริหารส่วนตำบล", 420, 110), ("รองนายก / เลขานุการนายก", 150, 250),
             ("สภาองค์การบริหารส่วนตำบล", 690, 250), ("ปลัดองค์การบริหารส่วนตำบล", 420, 390),
             ("สำนักปลัด", 60, 530), ("กองคลัง", 330, 530), ("กองช่าง", 600, 530), ("กองการศึกษา", 870, 530)]
    body = ink_text(40, 60, [t1], 30, "t1", True)
    for k, (label, x, y) in enumerate(boxes):
        body += (f'    <rect style="fill:#fff8e1;stroke:#e65100;stroke-width:2" id="box{k}" width="250" height="70" '
                 f'x="{x}" y="{y}" rx="8" />\n' + ink_text(x + 14, y + 42, [label], 19, f"b{k}"))
    body += ink_text(40, 660, plain(b1), 20, "p1")
    body += ink_text(40, 800, [t2], 26, "t2", True) + ink_text(40, 840, [x for p in plain(b2) for x in lines_of(p, 80)], 20, "p2")
    body += (f'    <a xlink:href="{dead_pdf}" id="a900">\n' + ink_text(900, 60, ["ดาวน์โหลดไฟล์ PDF"], 18, "dl", False, "#1565c0")
             + "    </a>\n")
    return inkscape_svg("structure2569.svg", 1200, 1000, body)


def site_thaphraya(out: ImagesOut) -> None:
    host = HOSTS[0]
    ag = agency("ท่าพระยา", "นางรอง", "บุรีรัมย์", "thaphraya", "31110",
                ["นายสมพงษ์ บุญมาก", "นายประสิทธิ์ แก้วใส", "นางสาวรัชนี ศรีวงศ์"],
                ["081-555-3101", "081-555-3102", "081-555-3103"])
    ag["map"], ag["phone"], ag["fax"] = "14.61,102.71", "044-000-311", "044-000-312"
    modes = {"O7": "stale", "O11": "half", "O16": "dead", "O22": "nofile", "O24": "dead"}
    photos(out, host, ag)
    url = {"structure": "/structure.php", "executives": "/executives.php", "contact": "/contact.php",
           "news": "/news.php", "eservice": "/eservice.php", "complaint": "/complaint.php"}
    menu = [("หน้าแรก", "/"), ("โครงสร้าง", url["structure"]), ("คณะผู้บริหาร", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("E-Service", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("ITA 2569", "/ita2569.php"), ("ติดต่อเรา", url["contact"])]

    def page(title: str, body: str) -> str:
        return lao_page(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.ท่าพระยา")
    out.text(host, "structure.php", page("โครงสร้าง หน้าที่และอำนาจ",
                                         '<p class="text-center"><img src="/uploads/structure2569.svg" class="img-fluid" '
                                         'alt="" width="1000"></p>'))
    out.text(host, "uploads/structure2569.svg", structure_svg(ag, "/uploads/old/structure2566.pdf"))
    blocks = [f"{name}\n{pos}\nโทร. {phone}" for (name, pos), phone in zip(ag["execs"], ag["exec_phone"])]
    out.binary(host, "uploads/board2569.svg", outlined_poster(f"คณะผู้บริหาร{ag['name']}", blocks, photos_row=3))
    out.text(host, "executives.php", page("คณะผู้บริหาร", '<p class="text-center"><img src="/uploads/board2569.svg" '
                                          'class="img-fluid" alt="" width="1000"></p>'))
    out.text(host, "contact.php", page("ติดต่อเรา", enquiry_html(ag, out, ag["line"])))
    out.text(host, "news.php", page("ข่าวประชาสัมพันธ์", news_list(NEWS69 + NEWS68)))
    out.text(host, "eservice.php", page("E-Service", eservice_html(ag, form)))
    out.text(host, "complaint.php", page("แจ้งเรื่องร้องเรียนการทุจริต", complaint_html(ag, url["complaint"])))

    verdicts, flags = {}, {}
    inline_body, object_body = "", ""
    y_inline, y_object, col = 120, 110, 0
    for sub, name, numbers in SUB:
        ten = sub.startswith("10")
        if ten:
            object_body += (f'<rect x="50" y="{y_object}" class="st0" width="1100" height="50"/>\n'
                            + ai_text(70, y_object + 34, [f"ตัวชี้วัดย่อยที่ {sub} {name}"], "st1 st4 st3"))
            y_object += 70
        else:
            if col:
                y_inline += 116
                col = 0
            inline_body += (f'    <rect style="fill:#0d47a1" id="band{sub}" width="1160" height="46" x="20" y="{y_inline}" />\n'
                            + ink_text(36, y_inline + 32, [f"ตัวชี้วัดย่อยที่ {sub} {name}"], 22, f"s{sub}", True, "#ffffff"))
            y_inline += 62
        for n in numbers:
            code, mode = f"O{n}", modes.get(f"O{n}", "ok")
            where = (f"หน้า http://{host}/ita2569.php แผนภาพ Illustrator (<object> oit2569-10.svg) กล่อง {code}" if ten
                     else f"หน้า http://{host}/ita2569.php แผนภาพ SVG (Inkscape ในหน้า) กล่อง {code}")
            note = ""
            if code in INLINE:
                href = url[{"O1": "structure", "O2": "executives", "O3": "contact", "O4": "news", "O10": "eservice",
                            "O17": "complaint"}[code]]
                if code == "O1":
                    verdicts[code] = ("pass", f"{where} → {href}: แผนผังโครงสร้าง (SVG ใน <img>) มีกล่องส่วนราชการ "
                                      "และข้อความหน้าที่และอำนาจ (สรุป) อ่านได้ในภาพ; ลิงก์ 'ดาวน์โหลดไฟล์ PDF' ในภาพคลิกไม่ได้ "
                                      "(ภาพ SVG ใน <img>) จึงไม่ใช่ลิงก์เสีย")
                elif code == "O2":
                    verdicts[code] = ("pass", f"{where} → {href}: อินโฟกราฟิกคณะผู้บริหาร (SVG จาก Canva ตัวอักษรเป็นเส้น) "
                                      "รูปถ่าย ชื่อ-นามสกุล ตำแหน่ง โทรศัพท์ของนายก รองนายก ปลัด อ่านจากภาพ")
                    flags[code] = {"ocr": True}
                else:
                    verdicts[code] = ("pass", f"{where} → {href}: {INLINE_WHY[code]}")
            else:
                links, dead = write_docs(out, host, code, ag, mode, lambda stem, ext, c=code: upload(host, c, stem, ext))
                if not links:
                    href, note = None, "-"
                elif len(links) == 1:
                    href = links[0][1]
                else:
                    href = f"/ita2569_detail.php?id={n}"
                    items = "".join(f'<li><a href="{h}" target="_blank">{t}</a></li>' for t, h in links)
                    out.text(host, f"ita2569_detail.php@id={n}", page(f"{code} {TITLE[code]}", f"<ul>{items}</ul>"))
                shown = f"{where} → http://{host}{href}" if href else where
                verdicts[code] = judge(code, ag, mode, shown, f"http://{host}{dead}" if dead else "")
                if mode == "nofile":
                    verdicts[code] = ("missing", f"{where}: กล่องเขียนว่า '-' ไม่มีลิงก์ ไม่มีเอกสาร")
            if ten:
                object_body += ai_item(50, y_object, code, SHORT[code], href, note)
                y_object += 100
            else:
                inline_body += ink_item(n, 20 + col * 600, y_inline, code, SHORT[code], href, note)
                col = 1 - col
                if col == 0:
                    y_inline += 116
    y_inline += 116 if col else 0
    inline = inkscape_svg("oit2569.svg", 1200, y_inline + 20,
                          ink_text(20, 60, [f"การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. {CUR}"], 30, "head", True)
                          + inline_body, declaration=False)
    head = illustrator_svg(1200, y_object + 20, '<rect x="50" y="30" class="st0" width="1100" height="60"/>\n'
                           + ai_text(70, 70, [f"ตัวชี้วัดที่ 10 การป้องกันการทุจริต ITA {CUR}"], "st1 st4 st5") + object_body)
    out.text(host, "uploads/ita69/oit2569-10.svg", head)
    out.text(host, "ita2569.php", page(f"การประเมินคุณธรรมและความโปร่งใส (ITA) {CUR}",
                                       f'<div class="ita-svg">{inline}</div><div class="ita-svg">'
                                       '<object data="/uploads/ita69/oit2569-10.svg" type="image/svg+xml" width="100%">'
                                       '</object></div>'))
    out.text(host, "index.html", page("หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     '<p><a href="/ita2569.php">การประเมินคุณธรรมและความโปร่งใส ITA 2569</a></p>'))
    pages = [*url.values(), "/ita2569.php", "/ita2569_detail.php"]
    write_manifest(out, host, {"types": dict.fromkeys(pages, "text/html")})
    out.write_expected(host, "svg_inkscape_index: the OIT index is an inline Inkscape drawing (O1–O19, <a xlink:href> on "
                       "groups) and an Illustrator export in an <object> (O20–O26); the structure is an SVG org chart in "
                       "an <img> (text, an unclickable dead link), the executives' board a Canva SVG of outlined text.",
                       site_meta("thaphrayasao", "svg_inkscape_index", ag, "Tha Phraya SAO", "อบต.", "บุรีรัมย์",
                                 f"http://{host}/"), verdicts, flags)


# ----------------------------------------------------------------------------------------------------------------
# 2. svg_drawio_index: a draw.io export in an <embed>, a draw.io org chart in an <object>, Illustrator board in <img>

def site_nongsamrong(out: ImagesOut) -> None:
    host = HOSTS[1]
    ag = agency("หนองสำโรง", "เมืองอุดรธานี", "อุดรธานี", "nongsamrong", "41000",
                ["นายอนันต์ ชัยมงคล", "นางพรทิพย์ สายทอง", "นายธีรวัฒน์ คำแสน"],
                ["081-555-4201", "081-555-4202", "081-555-4203"])
    ag.update(name="เทศบาลตำบลหนองสำโรง", short="เทศบาลตำบลหนองสำโรง", email="saraban@nongsamrong.go.th",
              line="@nongsamrong", map="17.43,102.76", phone="042-000-411", fax="042-000-412",
              address="99 หมู่ 6 ตำบลหนองสำโรง อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000",
              execs=[("นายอนันต์ ชัยมงคล", "นายกเทศมนตรีตำบลหนองสำโรง"), ("นางพรทิพย์ สายทอง", "รองนายกเทศมนตรีตำบลหนองสำโรง"),
                     ("นายธีรวัฒน์ คำแสน", "ปลัดเทศบาลตำบลหนองสำโรง")])
    modes = {"O6": "stale", "O9": "nofile", "O13": "dead", "O19": "stale", "O21": "stale"}
    photos(out, host, ag)
    url = {"structure": "/about/structure", "executives": "/about/executives", "contact": "/contact",
           "news": "/news", "eservice": "/eservice", "complaint": "/complaint"}
    menu = [("หน้าแรก", "/"), ("โครงสร้าง", url["structure"]), ("ผู้บริหาร", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("E-Service", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("ITA 2569", "/ita/2569"), ("ติดต่อเรา", url["contact"])]

    def page(title: str, body: str) -> str:
        return lao_page(ag, menu, title, body)

    def path_of(code: str, stem: str, ext: str) -> str:
        return f"/files/ita2569/{code.lower()}_{stem}.{ext}"
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ เทศบาลตำบลหนองสำโรง")
    # O1: a draw.io org chart in an <object>, the duties in a text cell
    (_, t1, b1), (_, t2, b2) = ita_docs("O1", ag)
    chart = [("นายกเทศมนตรี", 400, 80), ("รองนายกเทศมนตรี", 150, 200), ("สภาเทศบาล", 650, 200),
             ("ปลัดเทศบาล", 400, 320), ("สำนักปลัดเทศบาล", 40, 440), ("กองคลัง", 290, 440), ("กองช่าง", 540, 440),
             ("กองสาธารณสุขและสิ่งแวดล้อม", 790, 440)]
    cells = drawio_cell(40, 10, 960, 50, f"<b><font style=\"font-size: 20px;\">{E(t1)}</font></b>", t1, "#ffffff", "none")
    cells += "".join(drawio_cell(x, y, 220, 70, E(label), label, "#fff2cc", "#d6b656") for label, x, y in chart)
    cells += drawio_cell(40, 540, 960, 110, "<br/>".join(E(p) for p in plain(b1)), " ".join(plain(b1)), "#f5f5f5", "#666666")
    cells += drawio_cell(40, 670, 960, 150, f"<b>{E(t2)}</b><br/>" + "<br/>".join(E(p) for p in plain(b2)), t2,
                         "#f5f5f5", "#666666")
    out.text(host, "ita/structure.drawio.svg", drawio_svg(1040, 840, cells))
    out.text(host, "about/structure", page("โครงสร้าง หน้าที่และอำนาจ",
                                           '<object data="/ita/structure.drawio.svg" type="image/svg+xml" width="100%" '
                                           'height="860"></object>'))
    # O2: the board as an Illustrator export shown by <img>
    board = ai_text(60, 70, [f"คณะผู้บริหาร{ag['name']}"], "st7 st4 st5")
    for k, ((name, pos), phone) in enumerate(zip(ag["execs"], ag["exec_phone"])):
        x = 40 + k * 330
        board += (f'<rect x="{x + 60}" y="120" class="st0" width="180" height="200"/>\n'
                  + ai_text(x, 360, [name, pos.replace("ตำบลหนองสำโรง", ""), "ตำบลหนองสำโรง", f"โทร. {phone}"], "st7 st2 st3"))
    out.text(host, "ita/executives.svg", illustrator_svg(1040, 520, board))
    out.text(host, "about/executives", page("คณะผู้บริหาร", '<p><img src="/ita/executives.svg" alt="คณะผู้บริหาร" '
                                             'width="1040"></p>'))
    out.text(host, "contact", page("ติดต่อเรา", enquiry_html(ag, out, ag["line"])))
    out.text(host, "news", page("ข่าวประชาสัมพันธ์", news_list(NEWS69 + NEWS68)))
    out.text(host, "eservice", page("E-Service", eservice_html(ag, form)))
    out.text(host, "complaint", page("แจ้งเรื่องร้องเรียนการทุจริต", complaint_html(ag, url["complaint"])))

    verdicts, flags, cells, y = {}, {}, "", 90
    where = f"หน้า http://{host}/ita/2569 แผนภาพ draw.io (<embed> oit2569.drawio.svg) ช่อง"
    for sub, name, numbers in SUB:
        cells += drawio_cell(20, y, 1000, 44, f"<b>ตัวชี้วัดย่อยที่ {sub} {E(name)}</b>", f"ตัวชี้วัดย่อยที่ {sub} {name}",
                             "#1ba1e2", "#006eaf")
        y += 56
        for n in numbers:
            code, mode = f"O{n}", modes.get(f"O{n}", "ok")
            said = f"{where} {code}"
            label = f"<b>{code}</b> {E(SHORT[code])}"
            if code in INLINE:
                href: str | None = url[{"O1": "structure", "O2": "executives", "O3": "contact", "O4": "news",
                                        "O10": "eservice", "O17": "complaint"}[code]]
                if code == "O1":
                    verdicts[code] = ("pass", f"{said} → {href}: แผนผังโครงสร้าง draw.io (<object>) กล่องส่วนราชการ และ "
                                      "ข้อความหน้าที่และอำนาจ (สรุป)")
                elif code == "O2":
                    verdicts[code] = ("pass", f"{said} → {href}: ภาพ SVG (Illustrator, <img>) ผู้บริหาร นายก รองนายก ปลัด "
                                      "มีชื่อ ตำแหน่ง รูปถ่าย และเบอร์โทร (ข้อความในภาพ)")
                else:
                    verdicts[code] = ("pass", f"{said} → {href}: {INLINE_WHY[code]}")
            elif code == "O18":   # the statistics as a Canva SVG of outlined text, on a page of its own
                href = "/ita/2569/o18"
                out.binary(host, "files/ita2569/o18_stats.svg", outlined_poster(
                    f"ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. {PREV}",
                    [ag["name"], f"เรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ทั้งหมด 2 เรื่อง (1 ตุลาคม {PREV - 1} – "
                     f"30 กันยายน {PREV})", "ช่องทางเว็บไซต์ 1 เรื่อง ตู้รับเรื่องร้องเรียน 1 เรื่อง",
                     "ดำเนินการแล้วเสร็จ 2 เรื่อง อยู่ระหว่างดำเนินการ 0 เรื่อง"]))
                out.text(host, "ita/2569/o18", page(f"{code} {TITLE[code]}", '<p><img src="/files/ita2569/o18_stats.svg" '
                                                     'alt="" width="1000"></p>'))
                verdicts[code] = ("pass", f"{said} → http://{host}{href}: อินโฟกราฟิก SVG (Canva ตัวอักษรเป็นเส้น) ข้อมูลสถิติ"
                                  f"เรื่องร้องเรียนการทุจริต ประจำปีงบประมาณ พ.ศ. {PREV} (2 เรื่อง แล้วเสร็จ 2) อ่านจากภาพ")
                flags[code] = {"ocr": True}
            else:
                links, dead = write_docs(out, host, code, ag, mode, lambda stem, ext, c=code: path_of(c, stem, ext))
                if not links:
                    href = None
                    label += " <font color=\"#999999\">-</font>"
                elif len(links) == 1:
                    href = links[0][1]
                else:
                    href = f"/ita/2569/{code.lower()}"
                    items = "".join(f'<li><a href="{h}" target="_blank">{t}</a></li>' for t, h in links)
                    out.text(host, href.lstrip("/"), page(f"{code} {TITLE[code]}", f"<ul>{items}</ul>"))
                shown = f"{said} → http://{host}{href}" if href else said
                verdicts[code] = judge(code, ag, mode, shown, f"http://{host}{dead}" if dead else "")
                if mode == "nofile":
                    verdicts[code] = ("missing", f"{said}: ช่องเขียนว่า '-' ไม่มีลิงก์ ไม่มีเอกสาร")
            cell = drawio_cell(60, y, 960, 50, label, f"{code} {SHORT[code]}", "#dae8fc" if href else "#f5f5f5")
            cells += f'<a xlink:href="{E(href)}" target="_blank">{cell}</a>' if href else cell
            y += 60
    title = drawio_cell(20, 20, 1000, 54, f"<b><font style=\"font-size: 22px;\">การเปิดเผยข้อมูลสาธารณะ (OIT) "
                        f"ประจำปีงบประมาณ พ.ศ. {CUR}</font></b>", f"การเปิดเผยข้อมูลสาธารณะ (OIT) {CUR}", "#ffffff", "none")
    out.text(host, "ita/oit2569.drawio.svg", drawio_svg(1040, y + 20, title + cells))
    out.text(host, "ita/2569/index.html", page(f"ITA {CUR}", '<embed src="/ita/oit2569.drawio.svg" type="image/svg+xml" '
                                    f'width="1040" height="{y + 20}">'))
    out.text(host, "index.html", page("หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     '<p><a href="/ita/2569">ITA 2569 การเปิดเผยข้อมูลสาธารณะ</a></p>'))
    pages = [*url.values(), "/ita/2569", *(f"/ita/2569/o{n}" for n in range(1, 27))]
    write_manifest(out, host, {"types": dict.fromkeys(pages, "text/html")})
    out.write_expected(host, "svg_drawio_index: the OIT index is a draw.io export in an <embed> (labels in foreignObject "
                       "HTML, <a xlink:href> on cells); the structure a draw.io org chart in an <object>, the executives "
                       "an Illustrator SVG in an <img>, O18's statistics a Canva SVG of outlined text.",
                       site_meta("nongsamrong", "svg_drawio_index", ag, "Nong Samrong Subdistrict Municipality",
                                 "เทศบาลตำบล", "อุดรธานี", f"http://{host}/"), verdicts, flags)


def build(dest: Path = SITES_DIR) -> None:
    out = ImagesOut(dest)
    for host in HOSTS:
        shutil.rmtree(dest / host, ignore_errors=True)
    site_thaphraya(out)
    site_nongsamrong(out)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
