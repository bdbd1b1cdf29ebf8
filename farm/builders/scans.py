"""Two agency sites that publish OIT documents as scans and photos: the OCR fixtures.

Run from the repository root: ``python -m farm.builders.scans`` (needs LibreOffice and fonts-thai-tlwg). The
output under ``farm/sites/<host>/`` is committed; tests and the demo need none of these tools.

Each document is typed (``scans_content.py``), printed to PDF by LibreOffice, rendered to pixels, signed and
stamped, then "scanned" (a slight tilt, paper tone, speckles, blur) into an image-only PDF, or "photographed"
(tilt, uneven light, a phone's JPEG) into a JPEG/PNG linked directly; one six-month report is typed on its
first page and a scan on its second. Every other item is published plainly, as on the farm's model site.

``expected.yaml`` records what a careful reader of each document concludes: the year printed on it decides,
as it would for a typed document.
"""
from __future__ import annotations

import io
import random
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import yaml

from farm.builders import scans_content as content
from farm.builders.menus_and_outside import make_pdfs as typeset
from farm.make_sites import SITES_DIR, SiteWriter, make_pdfs

DPI = 200


@dataclass
class Scan:
    document: Callable[[dict, int], str]
    year: int
    form: str  # pdf (scan), jpg / png (photo linked directly), mixed (typed page 1, scanned page 2)
    status: str  # what a careful reader records
    why: str
    via_page: bool = False  # linked from an item page ("ดาวน์โหลด") rather than from the ITA index row


SITES = [
    {"host": "www.banrai-sao.go.th", "id": "banrai", "name_th": "องค์การบริหารส่วนตำบลบ้านไร่",
     "name_en": "Ban Rai SAO", "type": "อบต.", "province": "ชัยภูมิ", "amphoe": "เทพสถิต",
     "mayor": "นายประเสริฐ ทองดี", "mayor_title": "นายกองค์การบริหารส่วนตำบลบ้านไร่",
     "style": "ita_index", "year": 2566, "vary": {}, "no_pdf": True,
     "about": "scans and photos: a signed No Gift Policy scan (Thai digits), an annual plan scanned with its cover, "
              "a photographed PDPA policy (JPEG), a six-month report typed then scanned, and two documents of the "
              "wrong year (a scanned plan, a PNG photo)",
     "scans": {
         "O31": Scan(content.no_gift, 2566, "pdf", "pass", "สแกนประกาศ No Gift Policy ลงนาม ปีงบประมาณ ๒๕๖๖"),
         "O11": Scan(content.annual_plan, 2566, "pdf", "pass", "สแกนแผนดำเนินงาน ปก + ตารางโครงการ ปี 2566"),
         "O10": Scan(content.privacy_policy, 2566, "jpg", "pass", "ภาพถ่ายประกาศนโยบายคุ้มครองข้อมูลส่วนบุคคล ม.ค. ๒๕๖๖"),
         "O12": Scan(None, 2566, "mixed", "pass", "หน้า 1 พิมพ์ (ไม่มีปี) หน้า 2 สแกนตาราง ต.ค. 2565 - มี.ค. 2566"),
         "O36": Scan(content.ANTI_CORRUPTION_PLAN, 2565, "pdf", "partial", "สแกนแผนป้องกันการทุจริต ปี 2565 (ปีก่อน)"),
         "O23": Scan(content.HR_POLICY, 2565, "png", "partial", "ภาพนโยบายบริหารทรัพยากรบุคคล ปี 2565 (ปีก่อน)"),
     }},
    {"host": "www.phonthong.go.th", "id": "phonthong", "name_th": "เทศบาลตำบลโพนทอง",
     "name_en": "Phon Thong Subdistrict Municipality", "type": "เทศบาล", "province": "ร้อยเอ็ด", "amphoe": "โพนทอง",
     "mayor": "นางสาวมาลัย ศรีสุข", "mayor_title": "นายกเทศมนตรีตำบลโพนทอง",
     "style": "ita_index", "year": 2566, "vary": {}, "no_pdf": True,
     "about": "scans and photos: last year's No Gift Policy scanned, a local plan cover (a span of years), a "
              "procurement plan photographed and linked from an item page, last year's annual report scanned, a "
              "No Gift activity poster (PNG)",
     "scans": {
         "O31": Scan(content.no_gift, 2565, "pdf", "partial", "สแกนประกาศ No Gift Policy ของปีงบประมาณ ๒๕๖๕ (ปีก่อน)"),
         "O4": Scan(content.local_plan, 2566, "pdf", "pass", "สแกนปกแผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ - ๒๕๗๐)"),
         "O19": Scan(content.PROCUREMENT_PLAN, 2566, "jpg", "pass", "ภาพถ่ายประกาศแผนจัดซื้อจัดจ้าง 2566 ในหน้ารายการ",
                     via_page=True),
         "O13": Scan(content.ANNUAL_REPORT, 2565, "pdf", "pass", "สแกนรายงานผลการดำเนินงานประจำปี 2565 (ปีก่อน ถูกต้อง)"),
         "O32": Scan(content.NO_GIFT_CULTURE, 2566, "png", "pass", "ภาพกิจกรรมสร้างวัฒนธรรม No Gift Policy 2566"),
     }},
]


def signature_band(page) -> tuple[int, int]:
    """The last blank band between lines of text (where a signature goes), as (top, bottom) rows."""
    grey = page.convert("L").point(lambda v: 255 if v < 128 else 0)
    inked = [row for row in range(grey.size[1]) if grey.crop((0, row, grey.size[0], row + 1)).getbbox()]
    bands = [(a, b) for a, b in zip(inked, inked[1:]) if b - a > 70]
    return bands[-1] if bands else (int(page.size[1] * 0.6), int(page.size[1] * 0.7))


def signed(page, rng: random.Random):
    """A pen signature and a round stamp in the blank above the signatory's name."""
    from PIL import ImageDraw

    draw = ImageDraw.Draw(page)
    top, bottom = signature_band(page)
    width, middle = page.size[0], (top + bottom) // 2
    x0 = int(width * 0.42)
    points = [(x0 + k * 6, middle + int(min(25, (bottom - top) // 3) * rng.random() * (1 if k % 2 else -1)))
              for k in range(40)]
    draw.line(points, fill=(20, 30, 120), width=4)
    cx, r = int(width * 0.22), min(110, (bottom - top) // 2 + 30)
    draw.ellipse((cx - r, middle - r, cx + r, middle + r), outline=(150, 40, 40), width=6)
    draw.ellipse((cx - r + 22, middle - r + 22, cx + r - 22, middle + r - 22), outline=(150, 40, 40), width=3)
    return page


def scanned(page, rng: random.Random):
    """A flatbed scan: a slight tilt, paper tone, speckles and a little blur, in grey."""
    from PIL import Image, ImageFilter

    page = page.convert("L").rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, expand=False, fillcolor=235)
    page = page.point(lambda v: min(245, v + 12))
    pixels = page.load()
    for _ in range(page.size[0] * page.size[1] // 900):
        pixels[rng.randrange(page.size[0]), rng.randrange(page.size[1])] = rng.randrange(60, 160)
    return page.filter(ImageFilter.GaussianBlur(0.6))


def photographed(page, rng: random.Random):
    """A phone photo: tilted, lit from one side, resized to a phone's JPEG of ~1500 pixels across."""
    from PIL import Image

    page = page.convert("RGB").rotate(rng.uniform(1.0, 2.0), resample=Image.BICUBIC, expand=True,
                                      fillcolor=(90, 80, 70))
    shade = Image.linear_gradient("L").rotate(90).resize(page.size)
    tint = Image.new("RGB", page.size, (255, 244, 225))
    page = Image.composite(page, Image.blend(page, tint, 0.35), shade)
    page.thumbnail((1500, 2200))
    return page


def render(pdf_path: Path, rng: random.Random, sign: bool) -> list:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(pdf_path))
    pages = [pdf[k].render(scale=DPI / 72).to_pil().convert("RGB") for k in range(len(pdf))]
    if sign:
        pages[-1] = signed(pages[-1], rng)
    return pages


def image_pdf(pages: list) -> bytes:
    buffer = io.BytesIO()
    pages[0].save(buffer, "PDF", resolution=DPI, save_all=True, append_images=pages[1:])
    return buffer.getvalue()


def mixed_pdf(typed: Path, scan: bytes) -> bytes:
    """The typed PDF's pages, then the scanned page: part text layer, part pixels."""
    import pypdfium2

    out = pypdfium2.PdfDocument.new()
    out.import_pages(pypdfium2.PdfDocument(str(typed)))
    out.import_pages(pypdfium2.PdfDocument(scan))
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


class ScanSiteWriter(SiteWriter):
    """The model site's writer, with some items published as scans or photos."""

    def __init__(self, site: dict, dest: Path, pdf_jobs: list, typed: list):
        super().__init__(site, dest, pdf_jobs)
        self.typed = typed  # (code, html, scratch PDF path) to typeset and scan

    def item_target(self, item, variation):
        scan: Scan | None = self.site["scans"].get(item.code)
        if scan is None:
            return super().item_target(item, variation)
        ext = "pdf" if scan.form in {"pdf", "mixed"} else scan.form
        name = f"scan/o{item.number:02d}.{ext}"
        if scan.form == "mixed":
            self.typed.append((item.code, content.six_month_cover(self.site, scan.year), "cover"))
            self.typed.append((item.code, content.six_month_table(self.site, scan.year), "table"))
        else:
            self.typed.append((item.code, scan.document(self.site, scan.year), "whole"))
        if not scan.via_page:
            return "/" + name
        self.write(f"items/o{item.number:02d}.html", self.page_with_link(item, scan, "/" + name))
        return f"/items/o{item.number:02d}.html"

    def page_with_link(self, item, scan: Scan, href: str) -> str:
        from farm.make_sites import page

        return page(item.title_th, f"<h1>{item.title_th} ประจำปีงบประมาณ พ.ศ. {scan.year}</h1>"
                                   f'<p><a href="{href}">ดาวน์โหลด</a></p>', self.site)

    def publish(self, scratch: Path) -> None:
        """Typeset every document, then scan, photograph or combine it into the site."""
        jobs = [(scratch / f"{code}-{part}.pdf", html, None) for code, html, part in self.typed]
        typeset(jobs)
        for item in self.rulebook.items:
            scan = self.site["scans"].get(item.code)
            if scan is None:
                continue
            rng = random.Random(f"{self.site['id']}-{item.code}")
            ext = "pdf" if scan.form in {"pdf", "mixed"} else scan.form
            dest = self.dest / f"scan/o{item.number:02d}.{ext}"
            dest.parent.mkdir(parents=True, exist_ok=True)
            if scan.form == "mixed":
                table = [scanned(p, rng) for p in render(scratch / f"{item.code}-table.pdf", rng, sign=True)]
                dest.write_bytes(mixed_pdf(scratch / f"{item.code}-cover.pdf", image_pdf(table)))
                continue
            pages = render(scratch / f"{item.code}-whole.pdf", rng, sign=True)
            if scan.form == "pdf":
                dest.write_bytes(image_pdf([scanned(p, rng) for p in pages]))
            else:
                photo = photographed(pages[0], rng)
                photo.save(dest, "JPEG", quality=72) if ext == "jpg" else photo.save(dest, "PNG", optimize=True)

    def build(self) -> dict:
        expected = super().build()
        for code, scan in self.site["scans"].items():
            expected[code] = {"status": scan.status, "why": scan.why, "ocr": True}
        path = self.dest / "expected.yaml"
        data = {"agency": self.site["id"], "year": self.site["year"], "style": "scans",
                "registry": {k: self.site[k] for k in ("name_th", "name_en", "type", "province")}
                | {"url": f"http://{self.site['host']}/"}, "items": expected}
        head = f"# True status of every OIT item, recorded by reading the site as an assessor would.\n# {self.site['about']}\n"
        path.write_text(head + yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        return expected


def write_social(site: dict) -> None:
    """The site's Facebook page and LINE account on the farm's outside hosts (its O9 links)."""
    for rel, title in ((f"www.facebook.com/{site['id']}", f"{site['name_th']} | Facebook"),
                       (f"line.me/R/ti/p/@{site['id']}", "LINE Official Account")):
        page = SITES_DIR / rel / "index.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(f"<html><head><title>{title}</title></head><body>{title}</body></html>", encoding="utf-8")


def build(hosts: list[str] | None = None) -> None:
    import shutil

    for site in SITES:
        if hosts and site["host"] not in hosts:
            continue
        dest = SITES_DIR / site["host"]
        if dest.exists():
            shutil.rmtree(dest)
        pdf_jobs, typed = [], []
        writer = ScanSiteWriter(site, dest, pdf_jobs, typed)
        writer.build()
        write_social(site)
        make_pdfs(pdf_jobs)
        with tempfile.TemporaryDirectory() as scratch:
            writer.publish(Path(scratch))


if __name__ == "__main__":
    build(sys.argv[1:])
    print("wrote", ", ".join(s["host"] for s in SITES))
