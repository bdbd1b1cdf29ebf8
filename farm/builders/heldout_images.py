"""Two held-out ITA 2569 sites whose words a person reads in pictures (issue 19, round 11, lane "images").

Run from the repository root:  python -m farm.builders.heldout_images

  www.nongphai-sao.go.th   อบต.หนองไผ่ (เสลภูมิ ร้อยเอ็ด)     image_buttons
      A LAO vendor CMS whose OIT page (/ita2569.php) is a grid of picture buttons, as web officers make them in
      Canva: each item's code and name are baked into the picture, the ``<img>`` has no alt, ``alt=""`` or
      ``alt="banner"``, and the pictures are numbered by the designer's sheet (``/uploads/ita69/btn_01.png`` …),
      sub-indicator header pictures among them, so that ``btn_07.png`` is O5's button, not O7's. The buttons link
      the site's pages and PDFs under meaningless upload names (``/uploads/files/f1699…pdf``). The executives' page
      is one infographic picture of the board (photos, names, positions, phones in the picture); the contact page's
      Q&A channel is a LINE QR code whose caption is in the picture; O18's button opens the complaint statistics as
      an infographic PNG.
      Wrong: O7 is the 2567 annual report (partial), O11 covers 3 months (partial), O16's PDF answers 404
      (broken), O21's button links nowhere (``href="#"``: missing), O24's button opens a page whose heading is a
      picture and whose text says only "อยู่ระหว่างดำเนินการ" (missing).
      Markup source: Thai LAO vendor templates' "ITA" pages of image buttons (``div.ita-grid > a > img``) as in the
      heldout LAO template; Canva-made button pictures (code in a circle, name in two lines).

  www.khokkhram.go.th      เทศบาลตำบลโคกคราม (บางปลาม้า สุพรรณบุรี)   infographic_map_scan
      A municipality's OIT page (/oit2569.html) whose heading is a picture of text and whose content is one
      infographic of the OIT (``<img usemap>``) with a ``<map>`` of ``<area>``s without alt or title: O1–O19's boxes
      link the site's pages and detail pages ``/oit/view.php?id=N`` (N a database id, not the item's number) whose
      heading is again a picture and whose links say only "ดาวน์โหลดเอกสาร"; indicator 10's box (O20–O26) opens a
      scanned index PDF (a photographed table, no text layer) with link annotations over each row's "คลิก" cell.
      The structure page is one picture (chart and duties); O14's detail page links an infographic JPG of the HR
      report.
      Wrong: O6 is the 2568 action plan (partial), O9's detail page says "อยู่ระหว่างดำเนินการ" (missing), O13's
      PDF answers 404 (broken), O22's row in the scanned index links a PDF answering 404 (broken), O25's row there
      says "-" and links nothing (missing).
      Markup source: HTML image maps (``<map name>``/``<area shape="rect" coords href>``), Adobe Scan / office
      copier PDFs (a JPEG page per sheet) whose link annotations a web officer added in Acrobat.

Every verdict was written before any engine run, as a careful assessor with a browser gives it: the assessor sees
the pictures and reads them (a button's code and name, the board of executives, the statistics, a heading), clicks
what a picture shows as a button or area, opens the scanned index and clicks its rows, and judges the document by
heldout_sites.py's rules (wrong year or a 3-month report = partial; "-", "อยู่ระหว่างดำเนินการ", a button that leads
nowhere = missing; a link to a file that is not there = broken). Items whose only words are in a picture carry
``ocr: true`` (benchmarks/accuracy.py leaves them out on a machine without OCR). Pictures are drawn with Pillow in
Debian's TLWG fonts (``fonts-thai-tlwg``, on .ci/run's apt-get line).
"""
from __future__ import annotations

import hashlib
import io
import random
import shutil
import sys
from pathlib import Path

from farm.builders.heldout_sites import TITLE, HeldoutOut, docs, judge, lao_page, own_pages, site_meta
from farm.builders.heldout_unforeseen import INLINE_KIND, KINDS, agency
from farm.builders.ita2569_moit import CUR, NEWS69, news_list, write_manifest
from farm.builders.reading_sites_content import INLINE, INLINE_WHY, SHEETS, SUB, exec_why, photos, sheet_rows
from farm.server import SITES_DIR

HOSTS = ("www.nongphai-sao.go.th", "www.khokkhram.go.th")
PREV = CUR - 1
TLWG = "/usr/share/fonts/truetype/tlwg/"
SHORT = {  # the names web officers put on buttons: the item's name, shortened as on the NACC's own infographic
    "O1": "โครงสร้าง หน้าที่และอำนาจ", "O2": "ข้อมูลผู้บริหาร", "O3": "ข้อมูลการติดต่อและช่องทางการสอบถาม",
    "O4": "ข่าวประชาสัมพันธ์", "O5": "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน",
    "O6": "แผนและความก้าวหน้าในการดำเนินงานและการใช้จ่ายงบประมาณประจำปี", "O7": "รายงานผลการดำเนินงานประจำปี",
    "O8": "คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่", "O9": "คู่มือหรือแนวทางการขอรับบริการ",
    "O10": "ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)", "O11": "สรุปผลการจัดซื้อจัดจ้างรายเดือน",
    "O12": "รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี", "O13": "หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล",
    "O14": "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", "O15": "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม",
    "O16": "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", "O17": "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต",
    "O18": "ข้อมูลสถิติเรื่องร้องเรียนการทุจริต", "O19": "ผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน",
    "O20": "การขับเคลื่อนนโยบาย No Gift Policy", "O21": "การประเมินความเสี่ยงการทุจริต",
    "O22": "รายงานผลตามแผนบริหารจัดการความเสี่ยงการทุจริต", "O23": "แผนปฏิบัติการป้องกันการทุจริต",
    "O24": "รายงานผลการดำเนินการป้องกันการทุจริต", "O25": "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร",
    "O26": "รายงานผลการส่งเสริมคุณธรรมและความโปร่งใส",
}


# ----------------------------------------------------------------------------------------------------------------
# Pictures: Pillow in Debian's TLWG fonts, the same bytes on every rebuild

def font(size: int, bold: bool = False):
    from PIL import ImageFont
    return ImageFont.truetype(TLWG + ("Garuda-Bold.ttf" if bold else "Garuda.ttf"), size)


def wrap(draw, text: str, fnt, width: int) -> list[str]:
    """Thai lines no wider than ``width``: break at a space when one fits, else between letters (never before a
    vowel or tone mark), as a designer's text box wraps."""
    lines, line = [], ""
    for word in text.split(" "):
        trial = f"{line} {word}".strip()
        if draw.textlength(trial, font=fnt) <= width:
            line = trial
            continue
        if line:
            lines.append(line)
        line = ""
        for ch in word:
            combining = "\u0e31" <= ch <= "\u0e3a" or "\u0e47" <= ch <= "\u0e4e" or ch == "\u0e33"
            if line and not combining and draw.textlength(line + ch, font=fnt) > width:
                lines.append(line)
                line = ch
            else:
                line += ch
    return lines + [line] if line else lines


def png_bytes(image, kind: str = "PNG") -> bytes:
    buf = io.BytesIO()
    image.save(buf, kind, **({"quality": 85} if kind == "JPEG" else {"optimize": True}))
    return buf.getvalue()


def button(code: str, name: str, colour: tuple[int, int, int]) -> bytes:
    """A Canva-style item button: the code in a white circle, the name in two lines of white text."""
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (460, 132), colour)
    draw = ImageDraw.Draw(img)
    draw.rounded_rectangle((4, 4, 455, 127), 18, outline=(255, 255, 255), width=3)
    draw.ellipse((16, 22, 104, 110), fill=(255, 255, 255))
    draw.text((60, 66), code, font=font(30, True), fill=colour, anchor="mm")
    y = 28 if len(wrap(draw, name, font(21), 330)) > 1 else 48
    for line in wrap(draw, name, font(21), 330)[:3]:
        draw.text((118, y), line, font=font(21), fill=(255, 255, 255))
        y += 34
    return png_bytes(img)


def banner(text: str, width: int = 900, colour: tuple[int, int, int] = (120, 20, 40), size: int = 30) -> bytes:
    """A heading drawn as a picture: one line of text on a coloured band."""
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (width, size * 2 + 12), colour)
    draw = ImageDraw.Draw(img)
    draw.text((24, size // 2 + 4), text, font=font(size, True), fill=(255, 255, 255))
    return png_bytes(img)


def poster(title: str, blocks: list[str], size: tuple[int, int] = (1000, 1300), photos_row: int = 0,
           kind: str = "PNG") -> bytes:
    """An infographic: a title band, then text blocks in rounded boxes (a board of executives gets a row of photo
    stand-ins above its names)."""
    from PIL import Image, ImageDraw
    img = Image.new("RGB", size, (247, 243, 232))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, size[0], 110), fill=(18, 78, 120))
    y = 22
    for line in wrap(draw, title, font(32, True), size[0] - 80):
        draw.text((40, y), line, font=font(32, True), fill=(255, 255, 255))
        y += 44
    y = max(y, 110) + 30
    for k in range(photos_row):
        x = 60 + k * (size[0] - 120) // photos_row
        draw.rectangle((x + 40, y, x + 200, y + 200), fill=(150 - 20 * k, 130, 110), outline=(80, 80, 80), width=3)
    y += 230 if photos_row else 0
    for block in blocks:
        lines = [line for para in block.split("\n") for line in wrap(draw, para, font(25), size[0] - 140)]
        draw.rounded_rectangle((40, y, size[0] - 40, y + 24 + 38 * len(lines)), 16, fill=(255, 255, 255),
                               outline=(18, 78, 120), width=2)
        for line in lines:
            draw.text((70, y + 12), line, font=font(25), fill=(30, 30, 30))
            y += 38
        y += 48
    return png_bytes(img.convert("RGB"), kind)


# ----------------------------------------------------------------------------------------------------------------
# 1. image_buttons: the OIT page is a grid of picture buttons

COLOURS = {"9.1": (21, 101, 192), "9.2": (0, 121, 107), "9.3": (230, 81, 0), "9.4": (106, 27, 154),
           "9.5": (198, 40, 40), "10.1": (46, 125, 50), "10.2": (69, 90, 100)}


def upload(host: str, code: str, stem: str, ext: str) -> str:
    """A CMS upload's name: a timestamp and a hash, nothing a reader can read."""
    digest = hashlib.sha1(f"{host}/{code}/{stem}".encode()).hexdigest()
    return f"/uploads/files/f{1699000000 + int(digest[:6], 16) % 900000}_{digest[6:12]}.{ext}"


def write_docs(out: HeldoutOut, host: str, code: str, ag: dict, mode: str, path_of) -> tuple[list[tuple[str, str]], str]:
    """heldout_sites.publish_docs with the file's path asked per file: [(title, path)] and the dead path."""
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


def board_picture(ag: dict) -> bytes:
    """The executives' board as one picture: photos, names, positions and phones, nothing in text."""
    blocks = [f"{name}\n{pos}\nโทร. {phone}" for (name, pos), phone in zip(ag["execs"], ag["exec_phone"])]
    return poster(f"คณะผู้บริหาร{ag['name']}", blocks, size=(1000, 1150), photos_row=3, kind="JPEG")


def qr_picture(ag: dict) -> bytes:
    """A LINE Official Account QR code with its caption in the picture (a person scans it or reads the ID)."""
    from PIL import Image, ImageDraw
    rng = random.Random(ag["line"])
    img = Image.new("RGB", (420, 520), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    for i in range(25):
        for j in range(25):
            if rng.random() < 0.5 or (min(i, j) < 7 and max(i, j) < 7) or (i < 7 and j > 17) or (i > 17 and j < 7):
                draw.rectangle((35 + 14 * i, 30 + 14 * j, 48 + 14 * i, 43 + 14 * j), fill=(0, 0, 0))
    draw.text((210, 415), "สแกนเพื่อสอบถามข้อมูล", font=font(26, True), fill=(0, 150, 60), anchor="mm")
    draw.text((210, 460), f"LINE Official {ag['line']}", font=font(24), fill=(30, 30, 30), anchor="mm")
    return png_bytes(img)


def stats_picture(ag: dict) -> bytes:
    """O18's complaint statistics of fiscal 2568 as an infographic."""
    return poster(f"ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. {PREV}",
                  [f"{ag['name']}", f"เรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ทั้งหมด 2 เรื่อง (1 ตุลาคม {PREV - 1} – "
                   f"30 กันยายน {PREV})", "ช่องทางเว็บไซต์ 1 เรื่อง ตู้รับเรื่องร้องเรียน 1 เรื่อง",
                   "ดำเนินการแล้วเสร็จ 2 เรื่อง อยู่ระหว่างดำเนินการ 0 เรื่อง"], size=(1000, 900))


def site_nongphai(out: HeldoutOut) -> None:
    host = HOSTS[0]
    ag = agency("หนองไผ่", "เสลภูมิ", "ร้อยเอ็ด", "nongphai", "45120",
                ["นายบุญเลิศ ศรีสุข", "นายวิชัย พลราช", "นางสาวกาญจนา ทองดี"],
                ["081-555-4101", "081-555-4102", "081-555-4103"])
    ag["map"], ag["phone"], ag["fax"] = "16.01,103.94", "043-000-451", "043-000-452"
    modes = {"O7": "stale", "O11": "half", "O16": "dead", "O21": "nofile", "O24": "denial"}
    photos(out, host, ag)
    url = {k: f"/{k}.php" for k in sorted(KINDS)}
    menu = [("หน้าแรก", "/"), ("โครงสร้าง", url["structure"]), ("คณะผู้บริหาร", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("E-Service", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("ITA", "/ita2569.php"), ("ติดต่อเรา", url["contact"])]

    def page(title: str, body: str) -> str:
        return lao_page(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.หนองไผ่")
    own_pages(out, host, ag, page, {k: url[k].lstrip("/") for k in sorted(KINDS)}, form, url["complaint"])
    # the executives' page is one picture; the contact page's Q&A channel a QR code
    out.binary(host, "uploads/board2569.jpg", board_picture(ag))
    out.text(host, "executives.php", page("คณะผู้บริหาร", '<p class="text-center"><img src="/uploads/board2569.jpg" '
                                          'class="img-fluid" alt=""></p>'))
    out.binary(host, "uploads/line-qr.png", qr_picture(ag))
    mapurl = out.gmap(ag["map"], ag["name"])
    out.text(host, "contact.php", page("ติดต่อเรา", f'<p>{ag["name"]}<br>ที่อยู่ {ag["address"]}<br>โทรศัพท์ {ag["phone"]} '
                                       f'โทรสาร {ag["fax"]}<br>E-mail: {ag["email"]}</p><iframe src="{mapurl}" width="600" '
                                       'height="300" style="border:0"></iframe><p><img src="/uploads/line-qr.png" '
                                       'width="210" alt=""></p>'))
    where = f"หน้า http://{host}/ita2569.php ปุ่มภาพ"
    grid, verdicts, flags, seq = [], {}, {}, 0
    for sub, name, numbers in SUB:
        seq += 1
        out.binary(host, f"uploads/ita69/btn_{seq:02d}.png", banner(f"ตัวชี้วัดย่อยที่ {sub} {name}", 940, COLOURS[sub], 26))
        grid.append(f'<div class="ita-head"><img src="/uploads/ita69/btn_{seq:02d}.png" alt=""></div>')
        for n in numbers:
            seq += 1
            code, mode = f"O{n}", modes.get(f"O{n}", "ok")
            img = f"/uploads/ita69/btn_{seq:02d}.png"
            out.binary(host, img, button(code, SHORT[code], COLOURS[sub]))
            alt = ("", ' alt=""', ' alt="banner"')[n % 3]
            said = f"{where} {code} (ภาพ {img.rsplit('/', 1)[1]})"
            if code in INLINE:
                href = url[INLINE_KIND[code]]
                if code == "O2":
                    verdicts[code] = ("pass", f"{said} → {href}: ภาพอินโฟกราฟิกคณะผู้บริหาร (รูปถ่าย ชื่อ-นามสกุล ตำแหน่ง "
                                      "โทรศัพท์ของนายก รองนายก ปลัด) อ่านจากภาพ")
                    flags[code] = {"ocr": True}
                elif code == "O3":
                    verdicts[code] = ("pass", f"{said} → {href}: ที่อยู่ โทรศัพท์ โทรสาร อีเมล แผนที่ (Google Maps) และ "
                                      "QR code LINE Official สำหรับสอบถาม (คำบรรยายในภาพ)")
                else:
                    verdicts[code] = ("pass", f"{said} → {href}: {INLINE_WHY[code]}")
            elif code == "O18":   # the statistics as an infographic PNG, the button's only target
                href = upload(host, code, "stats", "png")
                out.binary(host, href, stats_picture(ag))
                verdicts[code] = ("pass", f"{said} → http://{host}{href}: อินโฟกราฟิกข้อมูลสถิติเรื่องร้องเรียนการทุจริต "
                                  f"ประจำปีงบประมาณ พ.ศ. {PREV} (2 เรื่อง แล้วเสร็จ 2) อ่านจากภาพ")
                flags[code] = {"ocr": True}
            elif mode == "nofile":
                href = "#"
                verdicts[code] = ("missing", f"{said}: ปุ่มไม่มีลิงก์ (href=\"#\") คลิกแล้วไม่ไปไหน ไม่มีเอกสาร")
                flags[code] = {"ocr": True}
            elif mode == "denial":
                href = "/ita2569_detail.php?id=24"
                out.binary(host, "uploads/ita69/head_24.png", banner(f"{code} {TITLE[code]}", 940, COLOURS[sub], 24))
                out.text(host, "ita2569_detail.php@id=24", page(
                    "ITA 2569", '<p><img src="/uploads/ita69/head_24.png" alt=""></p><p>อยู่ระหว่างดำเนินการ</p>'))
                verdicts[code] = ("missing", f"{said} → http://{host}{href}: หัวข้อเป็นภาพ '{code} {TITLE[code]}' "
                                  "เนื้อหาเขียนว่า 'อยู่ระหว่างดำเนินการ' ไม่มีเอกสาร")
                flags[code] = {"ocr": True}
            else:
                links, dead = write_docs(out, host, code, ag, mode, lambda stem, ext, c=code: upload(host, c, stem, ext))
                if len(links) == 1:
                    href = links[0][1]
                else:              # several documents: the button opens a list page of them (titles as text)
                    href = f"/ita2569_detail.php?id={n}"
                    items = "".join(f'<li><a href="{h}" target="_blank">{t}</a></li>' for t, h in links)
                    out.binary(host, f"uploads/ita69/head_{n:02d}.png", banner(f"{code} {TITLE[code]}", 940, COLOURS[sub], 24))
                    out.text(host, f"ita2569_detail.php@id={n}", page(
                        "ITA 2569", f'<p><img src="/uploads/ita69/head_{n:02d}.png" alt=""></p><ul>{items}</ul>'))
                verdicts[code] = judge(code, ag, mode, f"{said} → http://{host}{href}", f"http://{host}{dead}" if dead else "")
                if dead:       # which item the dead file was is written only in the button's picture
                    flags[code] = {"ocr": True}
            grid.append(f'<div class="ita-btn"><a href="{href}" target="_blank"><img src="{img}"{alt}></a></div>')
    out.text(host, "ita2569.php", page("การประเมินคุณธรรมและความโปร่งใส (ITA) 2569",
                                       "<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569 คลิกที่ปุ่มเพื่อดูข้อมูล</p>"
                                       f'<div class="ita-grid">{"".join(grid)}</div>'))
    out.text(host, "index.html", page("หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     '<p><a href="/ita2569.php"><img src="/images/banner/b1.jpg" alt="banner"></a></p>'))
    out.png(host, "images/banner/b1.jpg", 70)
    pages = [*url.values(), "/ita2569.php", "/ita2569_detail.php"]
    write_manifest(out, host, {"types": dict.fromkeys(pages, "text/html")})
    out.write_expected(host, "image_buttons: the OIT page is a grid of picture buttons (code and name in the picture, "
                       "no useful alt, btn_NN.png numbered with sub-indicator headers among them); the executives' board "
                       "and O18's statistics are infographics; O24's detail page has its heading in a picture.",
                       site_meta("nongphaisao", "image_buttons", ag, "Nong Phai SAO", "อบต.", "ร้อยเอ็ด", f"http://{host}/"),
                       verdicts, flags)


# ----------------------------------------------------------------------------------------------------------------
# 2. infographic_map_scan: an image map over one infographic, picture headings, a scanned index PDF

def infographic(boxes: list[tuple[str, str, str]]) -> tuple[bytes, list[tuple[int, int, int, int]]]:
    """The OIT infographic: a title, then per sub-indicator a band and its items' boxes two a row; the last box is
    indicator 10's. Returns the picture and each box's rectangle, in ``boxes``' order."""
    from PIL import Image, ImageDraw
    width = 1200
    img = Image.new("RGB", (width, 2300), (255, 250, 240))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, width, 130), fill=(128, 0, 32))
    draw.text((40, 24), "การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT)",
              font=font(28, True), fill=(255, 255, 255))
    draw.text((40, 72), f"ประจำปีงบประมาณ พ.ศ. {CUR} เทศบาลตำบลโคกคราม", font=font(28, True), fill=(255, 230, 150))
    y, rects, last_sub, col = 160, [], None, 0
    for sub, code, name in boxes:
        if sub != last_sub:
            y += 0 if col == 0 else 130
            col = 0
            draw.rectangle((30, y, width - 30, y + 56), fill=(60, 60, 60))
            draw.text((50, y + 10), sub, font=font(26, True), fill=(255, 255, 255))
            y, last_sub = y + 76, sub
        x = 40 + col * 570
        rect = (x, y, x + 550, y + 110)
        draw.rounded_rectangle(rect, 14, fill=(255, 255, 255), outline=(128, 0, 32), width=3)
        draw.text((x + 18, y + 14), code, font=font(30, True), fill=(128, 0, 32))
        ty = y + 14
        for line in wrap(draw, name, font(21), 420)[:3]:
            draw.text((x + 115, ty), line, font=font(21), fill=(30, 30, 30))
            ty += 30
        rects.append(rect)
        col = 1 - col
        if col == 0:
            y += 130
    height = y + (130 if col else 0) + 30
    return png_bytes(img.crop((0, 0, width, height))), rects


def scanned_index_pdf(dest: Path, title: str, rows: list[tuple[str, str, str | None]], seed: int) -> None:
    """A photographed index: one JPEG page, a table of (code, name, "คลิก" or "-") rows, no text layer, and a link
    annotation over each row's "คลิก" cell that has a target, as a web officer adds them in Acrobat."""
    from PIL import Image, ImageDraw, ImageFilter
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    rng = random.Random(seed)
    w, h = 1240, 1754                                               # A4 at 150 dpi
    page = Image.new("L", (w, h), 248)
    draw = ImageDraw.Draw(page)
    draw.text((100, 120), title, font=font(34, True), fill=20)
    draw.text((100, 180), f"เทศบาลตำบลโคกคราม อำเภอบางปลาม้า จังหวัดสุพรรณบุรี ประจำปีงบประมาณ พ.ศ. {CUR}", font=font(26), fill=20)
    top, row_h, cols = 260, 110, (100, 230, 960, 1140)
    draw.rectangle((cols[0], top, cols[3], top + row_h), outline=20, width=3)
    for x, head in zip(cols, ("ข้อ", "ข้อมูล", "ลิงก์")):
        draw.text((x + 16, top + 36), head, font=font(28, True), fill=20)
    cells = []
    for k, (code, name, target) in enumerate(rows):
        y = top + row_h * (k + 1)
        draw.rectangle((cols[0], y, cols[3], y + row_h), outline=20, width=3)
        for x in cols[1:3]:
            draw.line((x, top, x, y + row_h), fill=20, width=3)
        draw.text((cols[0] + 16, y + 36), code, font=font(28, True), fill=20)
        ty = y + 14
        for line in wrap(draw, name, font(25), cols[2] - cols[1] - 30)[:3]:
            draw.text((cols[1] + 14, ty), line, font=font(25), fill=20)
            ty += 34
        draw.text((cols[2] + 40, y + 36), "คลิก" if target else "-", font=font(28), fill=20)
        cells.append((cols[2], y, cols[3], y + row_h, target))
    page = page.rotate(rng.uniform(-0.6, 0.6), fillcolor=238, resample=Image.BICUBIC)
    pixels = page.load()
    for _ in range(3000):
        pixels[rng.randrange(w), rng.randrange(h)] = rng.randrange(90, 210)
    page = page.filter(ImageFilter.GaussianBlur(0.5))
    jpeg = io.BytesIO()
    page.save(jpeg, "JPEG", quality=60)
    dest.parent.mkdir(parents=True, exist_ok=True)
    pw, ph = 595.27, 841.89
    c = canvas.Canvas(str(dest), pagesize=(pw, ph), invariant=1)
    c.setCreator("Adobe Scan for Android 23.08")
    c.drawImage(ImageReader(io.BytesIO(jpeg.getvalue())), 0, 0, pw, ph)
    sx, sy = pw / w, ph / h
    for x0, y0, x1, y1, target in cells:
        if target:
            c.linkURL(target, (x0 * sx, ph - y1 * sy, x1 * sx, ph - y0 * sy), relative=0, thickness=0)
    c.save()


def structure_picture(ag: dict) -> bytes:
    """The structure page's one picture: the chart's boxes as text blocks, and the duties under it."""
    (_, t1, b1), (_, t2, b2) = docs("O1", ag, "ok")
    strip = lambda s: s.replace("<p>", "").replace("</p>", "\n").strip()  # noqa: E731
    return poster(t1, [strip(b1), t2 + "\n" + strip(b2)], size=(1100, 1250), kind="JPEG")


def hr_picture(ag: dict) -> bytes:
    """O14's HR report of fiscal 2568 as an infographic (what the report says, in boxes)."""
    ((_, title, body),) = docs("O14", ag, "ok")[:1]
    return poster(title, [ag["name"]] + [p for p in body.replace("</p>", "").split("<p>") if p.strip()],
                  size=(1000, 1200), kind="JPEG")


def site_khokkhram(out: HeldoutOut) -> None:
    host = HOSTS[1]
    ag = agency("โคกคราม", "บางปลาม้า", "สุพรรณบุรี", "khokkhram", "72150",
                ["นายสมบัติ ใจดี", "นายประยูร ทองคำ", "นางวันเพ็ญ สุขใจ"], ["081-666-7201", "081-666-7202", "081-666-7203"])
    ag.update(name="เทศบาลตำบลโคกคราม", short="เทศบาลตำบลโคกคราม", email="saraban@khokkhram.go.th", map="14.44,100.15",
              address="99 หมู่ 1 ตำบลโคกคราม อำเภอบางปลาม้า จังหวัดสุพรรณบุรี 72150", phone="035-000-721",
              fax="035-000-722", line="@khokkhram",
              execs=[("นายสมบัติ ใจดี", "นายกเทศมนตรีตำบลโคกคราม"), ("นายประยูร ทองคำ", "รองนายกเทศมนตรีตำบลโคกคราม"),
                     ("นางวันเพ็ญ สุขใจ", "ปลัดเทศบาลตำบลโคกคราม")])
    modes = {"O6": "stale", "O9": "denial", "O13": "dead", "O22": "dead", "O25": "nofile"}
    photos(out, host, ag)
    url = {k: f"/{k}.html" for k in sorted(KINDS)}
    menu = [("หน้าหลัก", "/"), ("โครงสร้างองค์กร", url["structure"]), ("ผู้บริหาร", url["executives"]),
            ("ข่าวสาร", url["news"]), ("บริการออนไลน์", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("ITA", "/oit2569.html"), ("ติดต่อ", url["contact"])]

    def page(title: str, body: str) -> str:
        return lao_page(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "คำร้องออนไลน์ เทศบาลตำบลโคกคราม")
    own_pages(out, host, ag, page, {k: url[k].lstrip("/") for k in sorted(KINDS)}, form, url["complaint"])
    out.binary(host, "images/structure-2569.jpg", structure_picture(ag))
    out.text(host, "structure.html", page("โครงสร้างองค์กร", '<p><img src="/images/structure-2569.jpg" alt="" '
                                          'class="img-fluid"></p>'))
    where = f"หน้า http://{host}/oit2569.html อินโฟกราฟิก กล่อง"
    boxes, hrefs, verdicts, flags = [], [], {}, {}
    index_rows: list[tuple[str, str, str | None]] = []
    ids = iter(range(305, 400, 3))
    for sub, name, numbers in SUB:
        for n in numbers:
            code, mode = f"O{n}", modes.get(f"O{n}", "ok")
            path_of = lambda stem, ext, c=code: f"/files/2569/{hashlib.sha1(f'{c}{stem}'.encode()).hexdigest()[:10]}.{ext}"  # noqa: E731
            if sub.startswith("10."):     # indicator 10: rows of the scanned index
                links, dead = write_docs(out, host, code, ag, mode, path_of)
                index_rows.append((code, SHORT[code], f"http://{host}{links[0][1]}" if links else None))
                said = f"ดัชนีสแกน http://{host}/files/2569/oit-index-10.pdf แถว {code}"
                if mode == "nofile":
                    verdicts[code] = ("missing", f"ดัชนีสแกน http://{host}/files/2569/oit-index-10.pdf แถว {code}: "
                                      "ช่องลิงก์เขียน '-' ไม่มีลิงก์เอกสาร")
                    flags[code] = {"ocr": True}
                elif len(links) > 1:  # the scan's row links its first document only (O20: the announcement)
                    verdicts[code] = judge(code, ag, "announce_only", said)
                else:
                    verdicts[code] = judge(code, ag, mode, said, f"http://{host}{dead}" if dead else "")
                    if dead:   # which item the dead file was is written only in the scan's row
                        flags[code] = {"ocr": True}
                continue
            boxes.append((f"ตัวชี้วัดย่อยที่ {sub} {name}", code, SHORT[code]))
            said = f"{where} {code}"
            if code in INLINE:
                href = url[INLINE_KIND[code]]
                why = "แผนผังโครงสร้างและหน้าที่และอำนาจ อยู่ในภาพเดียว อ่านจากภาพ" if code == "O1" else (
                    exec_why(ag) if code == "O2" else INLINE_WHY[code])
                verdicts[code] = ("pass", f"{said} → http://{host}{href}: {why}")
                if code == "O1":
                    flags[code] = {"ocr": True}
                hrefs.append(href)
                continue
            vid = next(ids)
            href = f"/oit/view.php?id={vid}"
            hrefs.append(href)
            head = f"/oit/img/h{vid}.png"
            out.binary(host, head, banner(f"{code} {TITLE[code]}"[:70], 1000, (128, 0, 32), 24))
            if code == "O14":      # the HR report as an infographic JPG
                pic = path_of("hr-report", "jpg")
                out.binary(host, pic, hr_picture(ag))
                links = [("ดาวน์โหลดเอกสาร", pic)]
                ((_, title, _),) = docs(code, ag, "ok")[:1]
                verdicts[code] = ("pass", f"{said} → http://{host}{href} → http://{host}{pic}: อินโฟกราฟิก {title} "
                                  "อ่านจากภาพ")
                flags[code] = {"ocr": True}
            else:
                links, dead = write_docs(out, host, code, ag, mode, path_of)
                verdicts[code] = judge(code, ag, mode, f"{said} → http://{host}{href}", f"http://{host}{dead}" if dead else "")
                if dead:       # which item the dead file was is written only in the page's heading picture
                    flags[code] = {"ocr": True}
                links = [("ดาวน์โหลดเอกสาร" + (" (Excel)" if h.endswith(".xlsx") else ""), h) for _, h in links]
            if mode == "denial":
                body = "<p>อยู่ระหว่างดำเนินการ</p>"
                verdicts[code] = ("missing", f"{said} → http://{host}{href}: หัวข้อเป็นภาพ '{code} {TITLE[code]}' "
                                  "เนื้อหาเขียนว่า 'อยู่ระหว่างดำเนินการ' ไม่มีเอกสาร")
                flags[code] = {"ocr": True}
            else:
                body = "".join(f'<p><i class="fa fa-download"></i> <a href="{h}" target="_blank">{t}</a></p>' for t, h in links)
            out.text(host, f"oit/view.php@id={vid}", page("OIT 2569", f'<p><img src="{head}" alt="" class="img-fluid"></p>'
                                                         f'<div class="oit-detail">{body}</div>'))
    index_pdf = "/files/2569/oit-index-10.pdf"
    scanned_index_pdf(out.dest / host / index_pdf.lstrip("/"), "ดัชนีข้อมูล OIT ตัวชี้วัดที่ 10 การป้องกันการทุจริต",
                      index_rows, seed=72150)
    boxes.append(("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", "10", "ข้อ O20 – O26 คลิกเพื่อเปิดดัชนีเอกสาร (PDF)"))
    hrefs.append(index_pdf)
    picture, rects = infographic(boxes)
    out.binary(host, "images/oit2569-info.png", picture)
    areas = "".join(f'<area shape="rect" coords="{x0},{y0},{x1},{y1}" href="{h}" target="_blank">'
                    for (x0, y0, x1, y1), h in zip(rects, hrefs))
    out.binary(host, "images/title-oit2569.png", banner(f"การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. {CUR}", 1000,
                                                         (128, 0, 32), 28))
    out.text(host, "oit2569.html", page("ITA", '<p><img src="/images/title-oit2569.png" alt="" class="img-fluid"></p>'
                                        '<p class="text-center"><img src="/images/oit2569-info.png" usemap="#oit" '
                                        f'width="1200" alt=""></p><map name="oit" id="oit">{areas}</map>'))
    out.text(host, "index.html", page("หน้าหลัก", f"<h3>ข่าวสาร</h3>{news_list(NEWS69[:4])}"
                                     '<p><a href="/oit2569.html"><img src="/images/banner-ita.jpg" alt=""></a></p>'))
    out.png(host, "images/banner-ita.jpg", 80)
    pages = [*url.values(), "/oit2569.html", "/oit/view.php"]
    write_manifest(out, host, {"types": dict.fromkeys(pages, "text/html")})
    out.write_expected(host, "infographic_map_scan: the OIT page's heading is a picture and its content one infographic "
                       "whose <map> areas (no alt) link pages and picture-headed detail pages; indicator 10 is a scanned "
                       "index PDF with link annotations; the structure page and O14's report are pictures.",
                       site_meta("khokkhram", "infographic_map_scan", ag, "Khok Khram Subdistrict Municipality",
                                 "เทศบาลตำบล", "สุพรรณบุรี", f"http://{host}/"),
                       dict(sorted(verdicts.items(), key=lambda kv: int(kv[0][1:]))), flags)


class ImagesOut(HeldoutOut):
    """HeldoutOut that also writes binary files (pictures)."""

    def binary(self, host: str, path: str, data: bytes) -> None:
        f = self.dest / host / path.lstrip("/")
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(data)


def build(dest: Path = SITES_DIR) -> None:
    for host in HOSTS:
        shutil.rmtree(dest / host, ignore_errors=True)
    out = ImagesOut(dest)
    site_nongphai(out)
    site_khokkhram(out)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
