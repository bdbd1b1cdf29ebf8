"""Two held-out ITA 2566 sites whose links are QR codes a reader scans with a phone (round 13, lane "qr").

Run from the repository root:  python -m farm.builders.heldout_qr   (needs segno, LibreOffice, fonts-thai-tlwg)

  www.namkham-sao.go.th    อบต.น้ำคำ (กุดชุม ยโสธร)      qr_posters
      WordPress (Twenty Twenty-One, Gutenberg ITA 2566 page of wp-block-file blocks), as the cms_query sites. What a
      person reaches only by scanning: the home page's sidebar shows the EIT campaign poster (``IMG_4471.png``,
      ``alt=""``, a Canva poster 900×1200 with "ร่วมประเมิน ITA 2566" drawn in it and the EIT survey's QR code,
      https://itas.nacc.go.th/go/eit/…, printed small and turned a little in its corner: no words of the page say EIT
      or QR); the corruption-complaint page (O28) says "สแกน QR code" above a poster whose only way in is a QR code to
      the channel's Google Form; the E-Service page (O18) likewise shows a poster whose QR code opens a Google Form
      that was deleted.
      Verdicts: O43 pass (the assessor scans the home page's poster: the EIT survey opens; the measures report is
      complete); O28 pass (the form opens, for corruption complaints); O18 broken (the only service is a QR code to
      a form Google answers "not found" for). Everything else as cms_query's verdicts (O12 covers three months:
      partial; O21 answers 404: broken; O24 row "-": missing).

  www.phokhao.go.th        เทศบาลตำบลโพธิ์ขาว (เมือง สกลนคร)   qr_in_documents
      WordPress (Astra theme, the same Gutenberg ITA page). Agencies whose report is too large for the CMS upload a
      one-page cover PDF and print on it a QR code to the full document on Google Drive: O12's cover ("สแกน QR code
      เพื่อดูเอกสารฉบับเต็ม") points at the Drive file of the six-month report (October–March); O37's cover points at a
      Drive file that was deleted. The home page shows a poster whose QR code is the municipality's Facebook page
      (not the EIT survey) and a banner; the O43 report is a PDF with a photo of the activity in it; no EIT QR code
      or link anywhere.
      Verdicts: O12 pass (the full report behind the QR code covers the six months of 2566); O37 broken (its full
      report is gone); O43 partial (the measures report is complete, but there is no EIT survey QR code on the
      website: the poster's QR is Facebook's). The rest as cms_query's verdicts (O4 is the old plan: partial; O16's
      file answers 404: broken).

Every verdict was written before any engine run, as a careful assessor with a browser and a phone gives it: the
assessor scans each QR code the pages and documents show (the home page's posters, the item pages', the PDFs') and
judges what opens as if it had been a link (a form that opens is the channel; a file gone is a broken link). The QR
codes are real (segno), the posters drawn with Pillow in Debian's TLWG fonts, the cover PDFs with reportlab.
"""
from __future__ import annotations

import hashlib
import io
import random
import sys
from pathlib import Path

from farm.builders.cms_query import WordPress, url_to_file, write_outside
from farm.builders.cms_query_content import document
from farm.builders.cms_query_sites import execs, translit

HOSTS = ("www.namkham-sao.go.th", "www.phokhao.go.th")
TLWG = Path("/usr/share/fonts/truetype/tlwg/")

SPECS: list[dict] = [
    dict(host="www.namkham-sao.go.th", id="namkham", style="wordpress", architecture="qr_posters",
         name_th="องค์การบริหารส่วนตำบลน้ำคำ", name_en="Nam Kham SAO", type="อบต.", province="ยโสธร",
         mayor="นายสมพงษ์ ศรีบุญเรือง", clerk="นางสาวพิมพ์ใจ วงศ์ไชย",
         address="หมู่ที่ 3 ตำบลน้ำคำ อำเภอกุดชุม จังหวัดยโสธร 35140", tel="0-4579-3121", fax="0-4579-3122",
         email="saraban@namkham-sao.go.th", latlon="16.0301,104.3224", theme="twentytwentyone", ita_layout="gutenberg",
         file_names=translit, news=16, first_id=300,
         summary="WordPress (Gutenberg ITA 2566 page); what a reader reaches only by scanning QR codes on posters: the "
                 "EIT survey's QR in the home page's campaign poster (alt=\"\", no words about it), the corruption-"
                 "complaint Google Form's QR on O28's page, a deleted Google Form's QR on O18's page",
         items={"O12": ("pdf", "months3"), "O21": ("dead", None), "O24": ("none", None)},
         why={"O43": "รายงานการดำเนินการตามมาตรการครบ ปี 2566; QR code แบบวัด EIT อยู่ในโปสเตอร์ด้านข้างหน้าแรก "
                     "(สแกนแล้วเปิดแบบวัด EIT ของ itas.nacc.go.th)",
              "O28": "หน้าช่องทางร้องเรียนการทุจริต มี QR code ในโปสเตอร์ สแกนแล้วเปิด Google Form แจ้งเรื่องร้องเรียนการทุจริต",
              "O18": "หน้า E-Service มีเพียง QR code ในโปสเตอร์ สแกนแล้ว Google Form ไม่มีอยู่ (ถูกลบ)"},
         status={"O18": "broken"}),
    dict(host="www.phokhao.go.th", id="phokhao", style="wordpress", architecture="qr_in_documents",
         name_th="เทศบาลตำบลโพธิ์ขาว", name_en="Pho Khao Subdistrict Municipality", type="เทศบาลตำบล",
         province="สกลนคร", mayor="นายวิชัย ภูมิสุข", clerk="นางรัตนา แสนทวีสุข",
         address="เลขที่ 55 หมู่ที่ 2 ตำบลโพธิ์ขาว อำเภอเมืองสกลนคร จังหวัดสกลนคร 47000", tel="0-4271-2050",
         fax="0-4271-2051", email="phokhao.muni@gmail.com", latlon="17.1402,104.1310", theme="astra",
         ita_layout="gutenberg", file_names=translit, news=16, first_id=500,
         summary="WordPress (Astra, Gutenberg ITA 2566 page); cover PDFs whose QR code opens the full report on Google "
                 "Drive (O12's there, O37's deleted); a home-page poster whose QR is the Facebook page; no EIT QR code",
         items={"O4": ("pdf", "old"), "O16": ("dead", None), "O43": ("pdf", "no_qr")},
         why={"O12": "PDF ปกรายงานรอบ 6 เดือน ปี 2566 มี QR code สแกนแล้วเปิดเอกสารฉบับเต็มใน Google Drive ครบ ต.ค. 2565 – มี.ค. 2566",
              "O37": "PDF ปกรายงานรอบ 6 เดือน มี QR code ไปยังเอกสารฉบับเต็มใน Google Drive ที่ถูกลบแล้ว (ไม่พบไฟล์)",
              "O43": "รายงานการดำเนินการตามมาตรการครบ แต่ไม่มี QR code แบบวัด EIT บนเว็บไซต์ (QR ในโปสเตอร์หน้าแรกเป็นของ Facebook)"},
         status={"O37": "broken"}),
]
for _s in SPECS:
    _s.setdefault("executives", execs(_s["mayor"], _s["type"], _s["tel"]))
    _s.setdefault("former_mayor", "นายประเสริฐ ทองมา")


# ----------------------------------------------------------------------------------------------------- pictures
def font(size: int, bold: bool = False):
    from PIL import ImageFont

    return ImageFont.truetype(str(TLWG / ("Garuda-Bold.ttf" if bold else "Garuda.ttf")), size)


def qr_image(url: str, scale: int):
    """A real QR code (segno), ``scale`` pixels a module, quiet zone of 2 modules."""
    import segno
    from PIL import Image

    buf = io.BytesIO()
    segno.make(url, error="m").save(buf, kind="png", scale=scale, border=2)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def poster(lines: list[str], url: str | None, seed: int, size: tuple[int, int] = (900, 1200), qr_scale: int = 3,
           turn: float = 0.0, corner: bool = True, colour: tuple[int, int, int] = (24, 70, 140)) -> bytes:
    """A Canva-like poster: a coloured band with a title, lines of text, decorations, and a QR code (``url``) printed
    small in its corner (``corner``) or in the middle, turned by ``turn`` degrees."""
    from PIL import Image, ImageDraw

    rnd = random.Random(seed)
    image = Image.new("RGB", size, (250, 246, 236))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, size[0], 230), fill=colour)
    for _ in range(14):  # confetti: a designer's decorations
        x, y = rnd.randint(0, size[0]), rnd.randint(240, size[1])
        draw.ellipse((x, y, x + 18, y + 18), fill=(rnd.randint(150, 255), rnd.randint(120, 220), 80))
    draw.text((50, 60), lines[0], font=font(54, bold=True), fill=(255, 255, 255))
    for k, line in enumerate(lines[1:]):
        draw.text((50, 290 + k * 64), line, font=font(38), fill=(40, 40, 40))
    if url:
        code = qr_image(url, qr_scale)
        if turn:
            code = code.rotate(turn, expand=True, fillcolor=(250, 246, 236))
        x, y = ((size[0] - code.size[0] - 40, size[1] - code.size[1] - 40) if corner
                else ((size[0] - code.size[0]) // 2, size[1] - code.size[1] - 120))
        image.paste(code, (x, y))
        draw.text((x, y - 40), "สแกนเลย", font=font(28, bold=True), fill=colour)
    buf = io.BytesIO()
    image.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def photo(seed: int, size: tuple[int, int] = (640, 420)) -> bytes:
    """A photo of an activity: blocks of colour, no code, no words."""
    from PIL import Image, ImageDraw

    rnd = random.Random(seed)
    image = Image.new("RGB", size, (120, 160, 110))
    draw = ImageDraw.Draw(image)
    for _ in range(40):
        x, y = rnd.randint(0, size[0]), rnd.randint(0, size[1])
        draw.rectangle((x, y, x + rnd.randint(20, 120), y + rnd.randint(20, 120)),
                       fill=(rnd.randint(60, 230), rnd.randint(60, 230), rnd.randint(60, 230)))
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=80)
    return buf.getvalue()


def cover_pdf(dest: Path, paragraphs: list[str], picture: bytes | None, caption: str) -> None:
    """A one-page PDF with a text layer (reportlab, Garuda): the paragraphs, then a picture (a QR code or a photo)
    and its caption."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from farm.builders.document_tools import _wrap

    if "Garuda" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Garuda", str(TLWG / "Garuda.ttf")))
    dest.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(dest), pagesize=A4, invariant=1)
    width, height = A4
    y = height - 70
    for k, text in enumerate(paragraphs):
        size = 18 if k == 0 else 14
        for line in _wrap(text, "Garuda", size, width - 120):
            pdf.setFont("Garuda", size)
            pdf.drawString(60, y, line)
            y -= size + 8
        y -= 6
    if picture is not None:
        reader = ImageReader(io.BytesIO(picture))
        w, h = reader.getSize()
        side = 150 if w == h else 300
        draw_h = side * h / w
        pdf.drawImage(reader, 60, y - draw_h - 10, width=side, height=draw_h)
        pdf.setFont("Garuda", 12)
        pdf.drawString(60, y - draw_h - 30, caption)
    pdf.showPage()
    pdf.save()


def png(image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


def form_id(host: str, what: str) -> str:
    return "1FAIpQLS" + hashlib.sha1(f"{host}{what}".encode()).hexdigest()[:24]


# -------------------------------------------------------------------------------------------------------- sites
class QrSite(WordPress):
    """A cms_query WordPress site whose posters and documents hold real QR codes; verdicts as its docstring says."""

    def __init__(self, spec, jobs):
        super().__init__(spec, jobs)
        self.pictures: dict[str, bytes] = {}
        self.covers: list[tuple[str, list[str], bytes | None, str]] = []

    def qr_home(self) -> str:
        if self.s["architecture"] == "qr_posters":
            url = f"https://itas.nacc.go.th/go/eit/{hashlib.sha1(self.host.encode()).hexdigest()[:6]}"
            self.outside_page(url + "/", "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) - ITAS",
                              "<h1>แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ปี 2566</h1>"
                              f"<p>{self.s['name_th']}</p><form method='post'><input name='q1'><button>ถัดไป</button></form>")
            self.pictures["/wp-content/uploads/2023/05/IMG_4471.png"] = poster(
                ["ร่วมประเมิน ITA 2566", f"{self.s['name_th']}", "ขอเชิญผู้รับบริการและผู้มาติดต่อราชการ",
                 "ร่วมแสดงความคิดเห็นต่อการดำเนินงาน", "ระยะเวลา พฤษภาคม – กรกฎาคม 2566"], url, seed=11, qr_scale=3, turn=8)
            return '<div class="widget widget_media_image"><img src="/wp-content/uploads/2023/05/IMG_4471.png" alt="" width="300"></div>'
        fb = f"https://www.facebook.com/{self.s['id']}.official"
        self.outside_page(fb + "/", f"{self.s['name_th']} | Facebook", "<div>Facebook page</div>")
        self.pictures["/wp-content/uploads/2023/06/follow-us.png"] = poster(
            ["ติดตามข่าวสาร", f"{self.s['name_th']}", "ข่าวประชาสัมพันธ์ กิจกรรม และประกาศต่าง ๆ"], fb, seed=21,
            qr_scale=4, corner=False, colour=(40, 90, 200))
        return '<div class="widget widget_media_image"><img src="/wp-content/uploads/2023/06/follow-us.png" alt="" width="300"></div>'

    def item_page(self, code: str, var: str | None) -> str:
        if self.s["architecture"] == "qr_posters" and code == "O28":
            fid = form_id(self.host, "O28")
            self.outside_page(f"https://docs.google.com/forms/d/e/{fid}/viewform/",
                              "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ - Google Forms",
                              '<form action="formResponse" method="post"><p>ชื่อผู้แจ้ง (ไม่ระบุได้)</p><input name="entry.1">'
                              '<p>รายละเอียดการทุจริต</p><textarea name="entry.2"></textarea><button>ส่ง</button></form>')
            self.pictures["/wp-content/uploads/2023/02/complain-poster.jpg"] = poster(
                ["แจ้งเบาะแสการทุจริต", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ"],
                f"https://docs.google.com/forms/d/e/{fid}/viewform", seed=12, qr_scale=5, corner=False, colour=(150, 20, 30))
            return ("<h1>ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h1>"
                    "<p>ประชาชนสามารถแจ้งเบาะแสการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ ผ่านแบบฟอร์มออนไลน์ "
                    "โดยสแกน QR code ด้านล่าง (แยกจากเรื่องร้องเรียนทั่วไป)</p>"
                    '<figure class="wp-block-image"><img src="/wp-content/uploads/2023/02/complain-poster.jpg" alt="" width="500"></figure>')
        if self.s["architecture"] == "qr_posters" and code == "O18":
            fid = form_id(self.host, "O18-deleted")  # never written: Google answers 404
            self.pictures["/wp-content/uploads/2023/01/eservice.jpg"] = poster(
                ["E-Service", "ยื่นคำร้องออนไลน์", "ขอถังขยะ / ซ่อมไฟฟ้าสาธารณะ / ขอน้ำอุปโภค"],
                f"https://docs.google.com/forms/d/e/{fid}/viewform", seed=13, qr_scale=5, corner=False, colour=(10, 120, 90))
            return ("<h1>E-Service บริการออนไลน์</h1><p>ยื่นคำร้องออนไลน์ได้โดยไม่ต้องเดินทางมาที่สำนักงาน "
                    "สแกน QR code เพื่อกรอกแบบฟอร์ม</p>"
                    '<figure class="wp-block-image"><img src="/wp-content/uploads/2023/01/eservice.jpg" alt="" width="500"></figure>')
        return super().item_page(code, var)

    def put_doc(self, url: str, code: str, var: str | None, kind: str) -> None:
        if self.s["architecture"] != "qr_in_documents" or code not in ("O12", "O37", "O43") or kind != "pdf":
            return super().put_doc(url, code, var, kind)
        self.urls += 1
        title, body = document(code, self.s, var)
        if code == "O43":  # the report, with a photo of the activity printed in it
            from farm.builders.document_tools import paragraphs
            self.covers.append((url, paragraphs(body), photo(31), "ภาพกิจกรรมอบรมการป้องกันการทุจริต"))
            return
        exists = code == "O12"
        drive = self.drive_url(code, exists=exists)
        code_png = png(qr_image(drive, 4))
        self.covers.append((url, [title, f"{self.s['name_th']} ปีงบประมาณ พ.ศ. 2566",
                                  "เนื่องจากเอกสารมีขนาดใหญ่ ท่านสามารถดูเอกสารฉบับเต็มได้โดยสแกน QR code ด้านล่าง"],
                            code_png, "สแกนเพื่อดูเอกสารฉบับเต็ม"))

    def build(self) -> dict:
        info = super().build()
        for url, data in self.pictures.items():
            self.put_bytes(url, data)
        self.put_bytes("/images/banner-ita.jpg", photo(41, (600, 200)))
        for url, lines, picture, caption in self.covers:
            cover_pdf(self.root / url_to_file(url), lines, picture, caption)
        return info

    def write_expected(self) -> None:
        import yaml

        super().write_expected()
        path = self.root / "expected.yaml"
        text = path.read_text(encoding="utf-8")
        head, _, rest = text.partition("\n")
        data = yaml.safe_load(rest)
        data = {"agency": data["agency"], "year": data["year"], "style": data["style"],
                "architecture": self.s["architecture"], **{k: v for k, v in data.items()
                                                           if k not in ("agency", "year", "style")}}
        for code, why in self.s.get("why", {}).items():
            data["items"][code] = {"status": self.s.get("status", {}).get(code, data["items"][code]["status"]),
                                   "why": why}
        if self.s["architecture"] == "qr_posters":
            data["items"]["O43"]["status"] = "pass"
            data["items"]["O28"]["status"] = "pass"
        path.write_text(head + "\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200),
                        encoding="utf-8")


def html_lines(body: str) -> list[str]:
    """A document body's blocks (headings, paragraphs, list items, table rows with cells joined by spaces)."""
    import html
    import re

    body = re.sub(r"</t[dh]>", " ", body)
    blocks = re.split(r"</?(?:p|h\d|li|tr|div|table|thead|tbody|ul|ol)[^>]*>", body)
    return [t for t in (html.unescape(re.sub(r"<[^>]+>", "", b)).strip() for b in blocks) if t]


def make_pdfs(jobs: list) -> None:
    """The cms_query documents typeset with reportlab (a text layer in Garuda), not LibreOffice: no Writer needed."""
    from farm.builders.document_tools import Line, write_pdf

    for dest, body in jobs:
        lines = html_lines(body)
        write_pdf(dest, [Line(t, size=18 if k == 0 else 14) for k, t in enumerate(lines)], title=lines[0] if lines else "")


def build(only: list[str] | None = None) -> None:
    jobs: list = []
    outside: list = []
    for spec in SPECS:
        if only and spec["host"] not in only:
            continue
        site = QrSite(spec, jobs)
        info = site.build()
        outside += site.outside
        print(f"{info['host']}: {info['urls']} URLs")
    make_pdfs(jobs)
    write_outside(outside)


if __name__ == "__main__":
    build(sys.argv[1:] or None)
