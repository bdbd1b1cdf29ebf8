"""Two held-out ITA 2569 sites whose evidence is pictures of paper a person reads without noticing anything odd,
and a naive OCR reads sideways (round 14, lane "photos").

Run from the repository root:  python -m farm.builders.heldout_photos

  www.bankhao-sao.go.th    อบต.บ้านเขา (ท่าม่วง กาญจนบุรี)     phone_photos_exif
      A LAO vendor CMS whose OIT page (/ita2569.php) is a table of items; several rows link a phone photo of the
      signed document (``/uploads/photo/IMG_2025….jpg``) rather than a PDF, uploaded as the phone wrote it: the
      pixels stored sideways or upside down with an EXIF Orientation tag (6, 8, 3) that the browser applies, so
      the reader sees the page upright. One photo went through the CMS's resizer, which dropped the tag but not
      the pixels' turn: the browser shows it on its side and the reader tilts their head (it still reads). Two rows
      link a multi-page TIFF from the office copier (``scan_….tif``: the browser's download opens it in the
      system viewer, pages one after another); O6's TIFF holds the action plan (page 1) and the progress report
      (page 2). O14's photo is upright and untagged (a control).
      Wrong: O6's progress report (page 2 of the TIFF) covers 3 months (partial), O7's photo (EXIF 8) is the 2567
      annual report (partial), O16's PDF answers 404 (broken), O21's row says "-" (missing).

  www.thungyao.go.th       เทศบาลตำบลทุ่งยาว (ปะเหลียน ตรัง)    sideways_scans
      A municipality's OIT page (/oit/2569) lists per item the scanned PDFs from the office copier (image-only
      pages, no text layer). A person opens each in the browser's PDF viewer and turns the odd page with its
      rotate button: O5's plan was fed sideways (the page picture turned 90° inside an upright page); O6's
      progress report turned the other way (270°); O7's annual report scanned upside down; O13's page is stored
      sideways with ``/Rotate 90`` so the viewer shows it upright; O14 is a two-page scan whose cover (page 1) is
      upright and whose content (page 2) is upside down; O22's report is faint (a low-toner copy, light grey on
      grey) and skewed by 3°. The other items are typed PDFs.
      Wrong: O6's sideways progress report covers 3 months (partial), O7's upside-down report is of 2567
      (partial), O9's page says "อยู่ระหว่างดำเนินการ" (missing), O18's PDF answers 404 (broken).

Every verdict was written before any engine run, as a careful assessor with a browser gives it: the assessor opens
each photo and scan, reads it upright (the browser applies EXIF; the PDF viewer's rotate button turns a page; a
sideways picture is read with the head tilted), pages through a TIFF in the system viewer, and judges the document
by heldout_sites.py's rules (wrong year or a 3-month report = partial; "-" or "อยู่ระหว่างดำเนินการ" = missing; a
link to a file that is not there = broken). Items whose evidence is only a picture carry ``ocr: true``. Pictures
are typed with Pillow in Debian's TLWG fonts (``fonts-thai-tlwg``) as heldout_sites.HeldoutOut.scan_pdf types them.
"""
from __future__ import annotations

import io
import random
import shutil
import sys
from pathlib import Path

from farm.builders.heldout_sites import LOMA, TITLE, HeldoutOut, docs, judge, lao_page, own_pages, publish_docs, site_meta
from farm.builders.heldout_unforeseen import INLINE_KIND, KINDS, agency
from farm.builders.ita2569_moit import news_list, write_manifest
from farm.builders.reading_sites_content import INLINE, INLINE_WHY, NEWS69, SUB, exec_why, photos
from farm.server import SITES_DIR

HOSTS = ("www.bankhao-sao.go.th", "www.thungyao.go.th")


# ----------------------------------------------------------------------------------------------------------------
# Paper: a document typed on an A4 sheet, then photographed or scanned

def paper(title: str, body: str, seed: int, ink: int = 25, tone: int = 250, skew: float = 1.0):
    """An A4 sheet at ~120 dpi with the document typed on it (Loma), tilted a little, speckled, slightly blurred."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    from farm.builders.document_tools import paragraphs
    rng = random.Random(seed)
    w, h = 1000, 1414
    page = Image.new("L", (w, h), tone)
    draw = ImageDraw.Draw(page)
    head, text = ImageFont.truetype(LOMA, 34), ImageFont.truetype(LOMA, 27)
    y = 110
    for k, para in enumerate([title] + paragraphs(body) if body else [title]):
        font = head if k == 0 else text
        line = ""
        for ch in para:
            combining = "\u0e31" <= ch <= "\u0e3a" or "\u0e47" <= ch <= "\u0e4e" or ch in "\u0e33"
            if line and not combining and draw.textlength(line + ch, font=font) > w - 200:
                draw.text((100, y), line, font=font, fill=ink)
                y, line = y + 52, ch.strip()
            else:
                line += ch
        draw.text((100, y), line, font=font, fill=ink)
        y += 70 if k == 0 else 52
    draw.text((560, y + 60), "(ลงชื่อ) ...............................", font=text, fill=ink + 15)
    page = page.rotate(rng.uniform(-skew, skew), fillcolor=tone - 15, resample=Image.BICUBIC)
    pixels = page.load()
    for _ in range(2500):
        pixels[rng.randrange(w), rng.randrange(h)] = rng.randrange(60, 200)
    return page.filter(ImageFilter.GaussianBlur(0.6))


def photo_of(sheet, seed: int):
    """A phone's photo of the sheet: on a desk, lit from one side, in colour."""
    from PIL import Image
    rng = random.Random(seed)
    page = sheet.convert("RGB").rotate(rng.uniform(0.5, 1.5), resample=Image.BICUBIC, expand=True,
                                       fillcolor=(96, 84, 70))
    shade = Image.linear_gradient("L").rotate(90).resize(page.size)
    tint = Image.new("RGB", page.size, (255, 240, 220))
    return Image.composite(page, Image.blend(page, tint, 0.3), shade)


# EXIF Orientation -> the turn (PIL degrees, counter-clockwise) of the stored pixels against the upright page
STORED_TURN = {1: 0, 3: 180, 6: 90, 8: 270}


def phone_jpeg(sheet, seed: int, orientation: int, tagged: bool = True) -> bytes:
    """The photo's JPEG as a phone writes it: pixels in the sensor's orientation, the EXIF tag saying how to turn
    them upright (``tagged=False``: a resizer dropped the tag and kept the pixels as they were)."""
    from PIL import Image
    picture = photo_of(sheet, seed).rotate(STORED_TURN[orientation], expand=True)
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "samsung", "SM-A536E"
    if tagged:
        exif[0x0112] = orientation
    buf = io.BytesIO()
    picture.save(buf, "JPEG", quality=80, exif=exif.tobytes())
    return buf.getvalue()


def copier_tiff(sheets: list) -> bytes:
    """A multi-page greyscale TIFF as an office copier's scan-to-folder writes it (LZW, 120 dpi)."""
    buf = io.BytesIO()
    sheets[0].save(buf, "TIFF", save_all=True, append_images=sheets[1:], compression="tiff_lzw", dpi=(120, 120))
    return buf.getvalue()


def scan_pdf(pages: list[tuple[object, int, int]]) -> bytes:
    """An image-only PDF, one A4 page per (picture, turn, /Rotate): the picture turned by ``turn`` degrees (PIL,
    counter-clockwise) as the sheet lay in the feeder, and the page's /Rotate set to ``rotate``."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setCreator("RICOH IM C3000 PDF")
    for picture, turn, _ in pages:
        picture = picture.rotate(turn, expand=True)
        size = (595.27, 841.89) if picture.size[0] < picture.size[1] else (841.89, 595.27)
        c.setPageSize(size)
        jpeg = io.BytesIO()
        picture.convert("L").save(jpeg, "JPEG", quality=60)
        c.drawImage(ImageReader(io.BytesIO(jpeg.getvalue())), 0, 0, *size)
        c.showPage()
    c.save()
    if not any(rotate for *_, rotate in pages):
        return buf.getvalue()
    import pypdfium2  # the page's /Rotate, as the copier's software writes it
    pdf = pypdfium2.PdfDocument(buf.getvalue())
    for k, (*_, rotate) in enumerate(pages):
        pdf[k].set_rotation(rotate)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


class PhotosOut(HeldoutOut):
    def binary(self, host: str, path: str, data: bytes) -> None:
        f = self.dest / host / path.lstrip("/")
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(data)


def sheets_of(code: str, ag: dict, mode: str, seed: int, **look) -> list:
    return [paper(title, body, seed + k, **look) for k, (_, title, body) in enumerate(docs(code, ag, mode))]


def index_rows(out: PhotosOut, host: str, ag: dict, modes: dict, pictures: dict, where: str, inline: dict, path_of):
    """Per item: (code, sub label, links [(label, href)], note), the verdicts and the flags. ``pictures[code]`` writes
    the item's pictures and gives (links, what the assessor read)."""
    rows, verdicts, flags = [], {}, {}
    for sub, name, numbers in SUB:
        for n in numbers:
            code = f"O{n}"
            mode = modes.get(code, "ok")
            said = f"{where} แถว {code}"
            if code in INLINE:
                links = [(TITLE[code], inline[code])]
                verdicts[code] = ("pass", f"{said} → {inline[code]}: " +
                                  (exec_why(ag) if code == "O2" else INLINE_WHY[code]))
            elif code in pictures:
                links, read = pictures[code](code, mode)
                status, why = judge(code, ag, mode, said)
                verdicts[code] = (status, f"{why} ({read})")
                flags[code] = {"ocr": True}
            else:
                links, dead = publish_docs(out, host, code, ag, mode, lambda stem, ext, c=code: path_of(c, stem, ext))
                verdicts[code] = judge(code, ag, mode, said, f"http://{host}{dead}" if dead else "")
            note = "อยู่ระหว่างดำเนินการ" if mode == "denial" else ("-" if not links else "")
            rows.append((code, f"{sub} {name}", links, note))
    return rows, verdicts, flags


def table(rows) -> str:
    body = "".join(
        f'<tr><td class="text-center">{code}</td><td>{TITLE[code]}</td><td>'
        + ("<br>".join(f'<a href="{h}" target="_blank">{t}</a>' for t, h in links) or note) + "</td></tr>"
        for code, _, links, note in rows)
    return ('<table class="table table-bordered"><thead><tr><th>ข้อ</th><th>ข้อมูล</th><th>เอกสาร</th></tr></thead>'
            f"<tbody>{body}</tbody></table>")


# ----------------------------------------------------------------------------------------------------------------
# 1. phone_photos_exif

def site_bankhao(out: PhotosOut) -> None:
    host = HOSTS[0]
    ag = agency("บ้านเขา", "ท่าม่วง", "กาญจนบุรี", "bankhao", "71110",
                ["นายสุเทพ ใจงาม", "นายอำนาจ ทองมา", "นางสาวพิมพ์ใจ แสงทอง"], ["081-777-1101", "081-777-1102", "081-777-1103"])
    ag["map"] = "14.02,99.55"  # the agency's own Maps place (agency()'s default is another site's)
    modes = {"O6": "half", "O7": "stale", "O16": "dead", "O21": "nofile"}
    photos(out, host, ag)
    url = {k: f"/{k}.php" for k in sorted(KINDS)}
    menu = [("หน้าแรก", "/"), ("โครงสร้าง", url["structure"]), ("คณะผู้บริหาร", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("E-Service", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("ITA", "/ita2569.php"), ("ติดต่อเรา", url["contact"])]

    def page(title: str, body: str) -> str:
        return lao_page(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.บ้านเขา")
    own_pages(out, host, ag, page, {k: url[k].lstrip("/") for k in sorted(KINDS)}, form, url["complaint"])
    photo_of_item = {"O5": (6, True), "O7": (8, True), "O13": (3, True), "O14": (1, False), "O24": (6, False)}

    def photo(code: str, mode: str):
        orientation, tagged = photo_of_item[code]
        (sheet,) = sheets_of(code, ag, mode, seed=hash_of(host, code))
        href = f"/uploads/photo/IMG_20251{int(code[1:]):03d}_0{orientation}4512.jpg"
        out.binary(host, href, phone_jpeg(sheet, hash_of(host, code), orientation, tagged))
        how = (f"ภาพถ่ายจากโทรศัพท์ EXIF Orientation {orientation} เบราว์เซอร์หมุนให้ตั้งตรง อ่านได้" if tagged and orientation != 1
               else "ภาพถ่ายตั้งตรง อ่านได้" if orientation == 1 else
               "ภาพถ่ายตะแคง (ตัวปรับขนาดของเว็บลบ EXIF) เบราว์เซอร์แสดงตะแคง เอียงคออ่านได้")
        return [("ดาวน์โหลด", href)], how

    def tiff(code: str, mode: str):
        sheets = sheets_of(code, ag, mode, seed=hash_of(host, code))
        href = f"/uploads/scan/scan_2569{int(code[1:]):02d}01.tif"
        out.binary(host, href, copier_tiff(sheets))
        return [("ไฟล์สแกน", href)], f"ไฟล์ TIFF {len(sheets)} หน้าจากเครื่องถ่ายเอกสาร เปิดดูทีละหน้า"
    pictures = {code: photo for code in photo_of_item} | {"O6": tiff, "O23": tiff}
    inline = {c: url[k] for c, k in INLINE_KIND.items()}
    where = f"หน้า http://{host}/ita2569.php"
    rows, verdicts, flags = index_rows(out, host, ag, modes, pictures, where, inline,
                                       lambda c, stem, ext: f"/uploads/files/{c.lower()}_{stem}.{ext}")
    out.text(host, "ita2569.php", page("การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569",
                                       "<p>ข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ พ.ศ. 2569</p>" + table(rows)))
    out.text(host, "index.html", page("หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     '<p><a href="/ita2569.php">ITA 2569 การเปิดเผยข้อมูลสาธารณะ</a></p>'))
    write_manifest(out, host, {"types": dict.fromkeys([*url.values(), "/ita2569.php"], "text/html")})
    out.write_expected(host, "phone_photos_exif: OIT rows link phone photos whose pixels are stored sideways or upside "
                       "down with an EXIF Orientation tag (one with the tag stripped, shown sideways), and multi-page "
                       "copier TIFFs.",
                       site_meta("bankhao", "phone_photos_exif", ag, "Ban Khao SAO", "อบต.", "กาญจนบุรี", f"http://{host}/"),
                       verdicts, flags)


# ----------------------------------------------------------------------------------------------------------------
# 2. sideways_scans

def site_thungyao(out: PhotosOut) -> None:
    host = HOSTS[1]
    ag = agency("ทุ่งยาว", "ปะเหลียน", "ตรัง", "thungyao", "92140",
                ["นายธีระ ศักดิ์ดี", "นายสมพงษ์ หนูแก้ว", "นางจันทร์เพ็ญ ขาวสะอาด"], ["081-888-9201", "081-888-9202", "081-888-9203"])
    ag.update(name="เทศบาลตำบลทุ่งยาว", short="เทศบาลตำบลทุ่งยาว", email="saraban@thungyao.go.th", line="@thungyao",
              map="7.16,99.69", address="1 หมู่ 2 ตำบลทุ่งยาว อำเภอปะเหลียน จังหวัดตรัง 92140", phone="075-000-921", fax="075-000-922",
              execs=[("นายธีระ ศักดิ์ดี", "นายกเทศมนตรีตำบลทุ่งยาว"), ("นายสมพงษ์ หนูแก้ว", "รองนายกเทศมนตรีตำบลทุ่งยาว"),
                     ("นางจันทร์เพ็ญ ขาวสะอาด", "ปลัดเทศบาลตำบลทุ่งยาว")])
    modes = {"O6": "half", "O7": "stale", "O9": "denial", "O18": "dead"}
    photos(out, host, ag)
    url = {k: f"/{k}" for k in sorted(KINDS)}
    menu = [("หน้าหลัก", "/"), ("โครงสร้างองค์กร", url["structure"]), ("ผู้บริหาร", url["executives"]),
            ("ข่าวสาร", url["news"]), ("บริการออนไลน์", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("OIT 2569", "/oit/2569"), ("ติดต่อ", url["contact"])]

    def page(title: str, body: str) -> str:
        return lao_page(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "คำร้องออนไลน์ เทศบาลตำบลทุ่งยาว")
    own_pages(out, host, ag, page, {k: k for k in sorted(KINDS)}, form, url["complaint"])
    # per item: the turn of each document's page picture, its /Rotate, and what the assessor did
    layout = {"O5": ([(90, 0)], "สแกนตะแคง 90° ในหน้าตั้ง หมุนหน้าในโปรแกรมอ่าน PDF แล้วอ่านได้"),
              "O6": ([(0, 0), (270, 0)], "แผนสแกนตั้งตรง รายงานความก้าวหน้าสแกนตะแคง 270° หมุนแล้วอ่านได้"),
              "O7": ([(180, 0)], "สแกนกลับหัว หมุนแล้วอ่านได้"),
              "O13": ([(90, 90)], "ภาพตะแคงในไฟล์ แต่ตั้ง /Rotate ไว้ โปรแกรมอ่าน PDF แสดงตั้งตรง"),
              "O22": ([(0, 0)], "สำเนาจาง (หมึกเทาอ่อนบนพื้นเทา) เอียงราว 3° อ่านได้")}

    def scanned(code: str, mode: str):
        turns, how = layout[code]
        look = {"ink": 150, "tone": 205, "skew": 3.2} if code == "O22" else {}
        links = []
        for k, ((stem, title, _), sheet) in enumerate(zip(docs(code, ag, mode), sheets_of(code, ag, mode, hash_of(host, code), **look))):
            href = f"/files/oit2569/{code.lower()}-{stem}-scan.pdf"
            out.binary(host, href, scan_pdf([(sheet, *turns[k])]))
            links.append((bare(title), href))
        return links, how

    def two_pages(code: str, mode: str):
        ((stem, title, body),) = docs(code, ag, mode)
        cover = paper(f"{title.split(' ประจำปี')[0]}", f"<p>{ag['name']}</p><p>อำเภอปะเหลียน จังหวัดตรัง</p>",
                      hash_of(host, code, "cover"))
        content = paper(title, body, hash_of(host, code))
        href = f"/files/oit2569/{code.lower()}-{stem}-scan.pdf"
        out.binary(host, href, scan_pdf([(cover, 0, 0), (content, 180, 0)]))
        return [(bare(title), href)], "สแกน 2 หน้า ปกตั้งตรง หน้าเนื้อหากลับหัว หมุนแล้วอ่านได้"
    pictures = {code: scanned for code in layout} | {"O14": two_pages}
    inline = {c: url[k] for c, k in INLINE_KIND.items()}
    where = f"หน้า http://{host}/oit/2569"
    rows, verdicts, flags = index_rows(out, host, ag, modes, pictures, where, inline,
                                       lambda c, stem, ext: f"/files/oit2569/{c.lower()}-{stem}.{ext}")
    out.text(host, "oit/2569", page("OIT ประจำปีงบประมาณ พ.ศ. 2569",
                                    "<p>การเปิดเผยข้อมูลสาธารณะ (OIT) เทศบาลตำบลทุ่งยาว ปีงบประมาณ พ.ศ. 2569</p>" + table(rows)))
    out.text(host, "index.html", page("หน้าหลัก", f"<h3>ข่าวสาร</h3>{news_list(NEWS69[:4])}"
                                     '<p><a href="/oit/2569">OIT 2569</a></p>'))
    write_manifest(out, host, {"types": dict.fromkeys([*url.values(), "/oit/2569"], "text/html")})
    out.write_expected(host, "sideways_scans: OIT rows link image-only copier scans fed sideways (90°, 270°), upside down, "
                       "with /Rotate set, a two-page scan whose second page is upside down, and a faint skewed copy.",
                       site_meta("thungyao", "sideways_scans", ag, "Thung Yao Subdistrict Municipality", "เทศบาลตำบล",
                                 "ตรัง", f"http://{host}/"),
                       verdicts, flags)


def bare(title: str) -> str:
    """A document's title as the officer labels its scan: without the year (the year is on the paper)."""
    return title.split(" ประจำปี")[0].split(" (พ.ศ.")[0]


def hash_of(*parts) -> int:
    import hashlib
    return int(hashlib.sha1("/".join(map(str, parts)).encode()).hexdigest()[:8], 16)


def build(dest: Path = SITES_DIR) -> None:
    for host in HOSTS:
        shutil.rmtree(dest / host, ignore_errors=True)
    out = PhotosOut(dest)
    site_bankhao(out)
    site_thungyao(out)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
