"""Two held-out ITA 2569 sites whose evidence is pictures a page shows in ways other than a plain
``<img src="file">`` (round 15, lane "pasted").

Run from the repository root:  python -m farm.builders.heldout_pasted

  www.khlongkhoi-sao.go.th   อบต.คลองข่อย (ปากเกร็ด นนทบุรี)     pasted_editor_pictures
      A LAO vendor CMS whose OIT page (/ita2569.php) is a table of items; several rows link a news-style page
      (``/news/view.php?id=N``) that the officer made in the CMS's editor by pasting the scanned document into it:
      CKEditor 4 keeps a pasted picture inline as ``<img src="data:image/jpeg;base64,…">`` (O5, O20's three
      documents), Summernote as ``<img src="data:image/png;base64,…" data-filename="…">`` (O7); O13's page is shown
      by the template's jQuery lazyload (``<img class="lazy" src="/images/grey.gif" data-original="….jpg">`` with the
      plain ``<img>`` inside ``<noscript>``), O23's picture is a ``.webp`` the CMS's uploader made. Each page's only
      text is the document's name without its year; the document (and its year) is in the picture.
      Wrong: O6's progress report covers 3 months (partial, a PDF), O7's pasted picture is the 2567 annual report
      (partial), O16's PDF answers 404 (broken), O21's row says "-" (missing).

  www.maekhachan.go.th       เทศบาลตำบลแม่ขะจาน (วังเหนือ ลำปาง)  lazy_webp_pictures
      A WordPress site (page builder, WP Rocket's lazy load, WebP Express) whose OIT page (/ita-2569/) lists the
      items; several rows link a page (``/ita-2569/o5/`` …) whose document is shown as a picture: O5 as a page
      builder section's ``style="background-image:url(….jpg)"``; O6 as ``<picture><source srcset="….webp"
      type="image/webp"><img src="data:image/svg+xml,…" data-lazy-src="….jpg"></picture>``; O13 as WP Rocket's
      ``<img src="data:image/svg+xml,…" data-lazy-src=… data-lazy-srcset=…>`` with a ``<noscript>`` copy; O14 as
      WP Rocket's lazy background (``<div class="rocket-lazyload" data-bg="….jpg">``); O20's three documents as
      lazysizes ``<img class="lazyload" src="data:image/gif;base64,R0lGOD…" data-srcset="… 768w, … 1000w">``;
      O7 as ``<img loading="lazy" src="….webp">``.
      Wrong: O6's progress report (the second picture) covers 3 months (partial), O11's PDF for quarter 2 answers
      404 (broken), O19 is the 2568 participation report (partial, a PDF), O25's row says "-" (missing).

Every verdict was written before any engine run, as a careful assessor with a browser gives it: the browser shows
each picture (it runs the lazy loader, picks the WebP, paints the background, decodes the pasted data), the
assessor reads it and judges the document by heldout_sites.py's rules (wrong year or a 3-month report = partial;
"-" = missing; a link to a file that is not there = broken). Items whose evidence is only a picture carry
``ocr: true``. Pictures are sheets typed in TLWG Loma (heldout_photos.paper), saved as JPEG, PNG or WebP.
"""
from __future__ import annotations

import base64
import io
import shutil
import sys
from pathlib import Path

from farm.builders.heldout_photos import PhotosOut, bare, hash_of, index_rows, paper, table
from farm.builders.heldout_sites import docs, lao_page, own_pages, site_meta
from farm.builders.heldout_unforeseen import INLINE_KIND, KINDS, agency
from farm.builders.ita2569_moit import NEWS69, news_list, write_manifest
from farm.builders.reading_sites_content import photos
from farm.server import SITES_DIR

HOSTS = ("www.khlongkhoi-sao.go.th", "www.maekhachan.go.th")
GIF_1X1 = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
SVG_HOLDER = ("data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%201000%201414'"
              "%3E%3C/svg%3E")


def encoded(sheet, fmt: str, width: int = 1000) -> bytes:
    """The sheet saved as ``fmt`` (JPEG, PNG, WEBP), ``width`` pixels wide."""
    from PIL import Image
    if sheet.size[0] != width:
        sheet = sheet.resize((width, round(sheet.size[1] * width / sheet.size[0])), Image.LANCZOS)
    buf = io.BytesIO()
    sheet.save(buf, fmt, **({"quality": 72} if fmt in ("JPEG", "WEBP") else {"optimize": True}))
    return buf.getvalue()


def data_uri(body: bytes, mime: str) -> str:
    return f"data:{mime};base64," + base64.b64encode(body).decode("ascii")


# ----------------------------------------------------------------------------------------------------------------
# 1. pasted_editor_pictures

def site_khlongkhoi(out: PhotosOut) -> None:
    host = HOSTS[0]
    ag = agency("คลองข่อย", "ปากเกร็ด", "นนทบุรี", "khlongkhoi", "11120",
                ["นายประสิทธิ์ บุญมา", "นางสาววิไล ทองดี", "นายชาตรี แก้วใส"], ["081-555-1201", "081-555-1202", "081-555-1203"])
    ag["map"] = "13.95,100.44"
    modes = {"O6": "half", "O7": "stale", "O16": "dead", "O21": "nofile"}
    photos(out, host, ag, ("images/grey.gif",))
    url = {k: f"/{k}.php" for k in sorted(KINDS)}
    menu = [("หน้าแรก", "/"), ("โครงสร้าง", url["structure"]), ("คณะผู้บริหาร", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("E-Service", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("ITA", "/ita2569.php"), ("ติดต่อเรา", url["contact"])]

    def page(title: str, body: str) -> str:
        return lao_page(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.คลองข่อย")
    own_pages(out, host, ag, page, {k: url[k].lstrip("/") for k in sorted(KINDS)}, form, url["complaint"])
    ids = {"O5": 412, "O7": 418, "O13": 433, "O20": 440, "O23": 451}

    def news(code: str, name: str, pictures: str) -> str:
        href = f"/news/view.php?id={ids[code]}"
        out.text(host, f"news/view.php@id={ids[code]}", page(name, (
            f'<div class="news-detail"><p class="date">โพสต์เมื่อ 15 มี.ค. 2569 โดย admin</p>'
            f'<div class="news-content">{pictures}</div></div>')))
        return href

    def ckeditor(code: str, mode: str):
        parts, names = [], []
        for k, (_, title, body) in enumerate(docs(code, ag, mode)):
            jpeg = encoded(paper(title, body, hash_of(host, code, k)), "JPEG", 900)
            parts.append(f'<p><img alt="" src="{data_uri(jpeg, "image/jpeg")}" style="width:900px;height:1273px" /></p>')
            names.append(bare(title))
        href = news(code, names[0], "".join(parts))
        return [(names[0], href)], "เอกสารสแกนวางในหน้าข่าวด้วย CKEditor (รูป data:image/jpeg;base64) เบราว์เซอร์แสดงภาพ อ่านได้"

    def summernote(code: str, mode: str):
        ((stem, title, body),) = docs(code, ag, mode)
        png = encoded(paper(title, body, hash_of(host, code)).convert("L"), "PNG", 800)
        href = news(code, bare(title), f'<p><img src="{data_uri(png, "image/png")}" data-filename="{stem}.png" '
                                       f'style="width: 100%;"><br></p>')
        return [(bare(title), href)], "ภาพวางในหน้าข่าวด้วย Summernote (data:image/png;base64) อ่านได้"

    def lazy(code: str, mode: str):
        ((stem, title, body),) = docs(code, ag, mode)
        src = f"/uploads/editor/2569/{code.lower()}-{stem}.jpg"
        out.binary(host, src, encoded(paper(title, body, hash_of(host, code)), "JPEG"))
        href = news(code, bare(title), f'<img class="lazy img-fluid" src="/images/grey.gif" data-original="{src}" alt="">'
                                       f'<noscript><img src="{src}" alt=""></noscript>')
        return [(bare(title), href)], "ภาพโหลดแบบ lazy (jQuery lazyload: data-original) เบราว์เซอร์แสดงภาพ อ่านได้"

    def webp(code: str, mode: str):
        ((stem, title, body),) = docs(code, ag, mode)
        src = f"/uploads/editor/2569/{code.lower()}-{stem}.webp"
        out.binary(host, src, encoded(paper(title, body, hash_of(host, code)), "WEBP"))
        href = news(code, bare(title), f'<p><img src="{src}" alt="" width="1000"></p>')
        return [(bare(title), href)], "ภาพ .webp ในหน้าข่าว อ่านได้"
    pictures = {"O5": ckeditor, "O20": ckeditor, "O7": summernote, "O13": lazy, "O23": webp}
    inline = {c: url[k] for c, k in INLINE_KIND.items()}
    where = f"หน้า http://{host}/ita2569.php"
    rows, verdicts, flags = index_rows(out, host, ag, modes, pictures, where, inline,
                                       lambda c, stem, ext: f"/uploads/files/{c.lower()}_{stem}.{ext}")
    out.text(host, "ita2569.php", page("การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569",
                                       "<p>ข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ พ.ศ. 2569</p>" + table(rows)))
    out.text(host, "index.html", page("หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     '<p><a href="/ita2569.php">ITA 2569 การเปิดเผยข้อมูลสาธารณะ</a></p>'))
    write_manifest(out, host, {"types": dict.fromkeys([*url.values(), "/ita2569.php", "/news/view.php"], "text/html")})
    out.write_expected(host, "pasted_editor_pictures: OIT rows link CMS news pages whose document is a scan pasted "
                       "into the editor as a data: URI (CKEditor JPEG, Summernote PNG), shown by a lazy loader "
                       "(data-original, noscript copy) or a .webp.",
                       site_meta("khlongkhoi", "pasted_editor_pictures", ag, "Khlong Khoi SAO", "อบต.", "นนทบุรี",
                                 f"http://{host}/"), verdicts, flags)


# ----------------------------------------------------------------------------------------------------------------
# 2. lazy_webp_pictures

def wp_page(ag: dict, menu: list[tuple[str, str]], title: str, body: str) -> str:
    """A WordPress theme's page: Astra-like header, the entry content, WP Rocket's lazy load script."""
    items = "".join(f'<li class="menu-item"><a href="{h}" class="menu-link">{t}</a></li>' for t, h in menu)
    return (f'<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8"><title>{title} &#8211; {ag["name"]}</title>'
            f'<link rel="stylesheet" href="/wp-content/themes/astra/assets/css/minified/main.min.css"></head>'
            f'<body class="page-template-default page"><header class="site-header"><div class="site-branding">'
            f'<img src="/wp-content/uploads/2025/01/logo.png" class="custom-logo" alt="{ag["name"]}">'
            f'<p class="site-title">{ag["name"]}</p></div><nav class="main-navigation"><ul id="primary-menu" class="main-'
            f'header-menu">{items}</ul></nav></header><div id="content" class="site-content"><main id="main" '
            f'class="site-main"><article class="page type-page status-publish"><header class="entry-header"><h1 '
            f'class="entry-title">{title}</h1></header><div class="entry-content clear">{body}</div></article></main>'
            f'</div><footer class="site-footer"><p>{ag["name"]} {ag["address"]}</p><p>โทรศัพท์ {ag["phone"]} '
            f'อีเมล {ag["email"]}</p></footer><script>window.lazyLoadOptions={{elements_selector:"img[data-lazy-src],'
            f'.rocket-lazyload",data_src:"lazy-src",data_srcset:"lazy-srcset",data_sizes:"lazy-sizes",class_applied:'
            f'"lazyloaded"}};</script><script async src="/wp-content/plugins/wp-rocket/assets/js/lazyload/17.8.3/'
            f'lazyload.min.js"></script><script src="/wp-content/plugins/lazysizes/lazysizes.min.js" async></script>'
            f'</body></html>')


def site_maekhachan(out: PhotosOut) -> None:
    host = HOSTS[1]
    ag = agency("แม่ขะจาน", "วังเหนือ", "ลำปาง", "maekhachan", "52140",
                ["นายบุญเลิศ ปัญญาดี", "นายสมบัติ อินต๊ะ", "นางศรีนวล คำมูล"], ["081-666-5201", "081-666-5202", "081-666-5203"])
    ag.update(name="เทศบาลตำบลแม่ขะจาน", short="เทศบาลตำบลแม่ขะจาน", email="saraban@maekhachan.go.th", line="@maekhachan",
              map="19.17,99.58", address="99 หมู่ 1 ตำบลแม่ขะจาน อำเภอวังเหนือ จังหวัดลำปาง 52140", phone="054-000-521",
              fax="054-000-522",
              execs=[("นายบุญเลิศ ปัญญาดี", "นายกเทศมนตรีตำบลแม่ขะจาน"), ("นายสมบัติ อินต๊ะ", "รองนายกเทศมนตรีตำบลแม่ขะจาน"),
                     ("นางศรีนวล คำมูล", "ปลัดเทศบาลตำบลแม่ขะจาน")])
    modes = {"O6": "half", "O11": "dead", "O19": "stale", "O25": "nofile"}
    photos(out, host, ag)
    url = {k: f"/{k}/" for k in sorted(KINDS)}
    menu = [("หน้าหลัก", "/"), ("โครงสร้างองค์กร", url["structure"]), ("ผู้บริหาร", url["executives"]),
            ("ข่าวสาร", url["news"]), ("บริการออนไลน์", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("ITA 2569", "/ita-2569/"), ("ติดต่อ", url["contact"])]

    def page(title: str, body: str) -> str:
        return wp_page(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "คำร้องออนไลน์ เทศบาลตำบลแม่ขะจาน")
    own_pages(out, host, ag, page, {k: f"{k}/index.html" for k in sorted(KINDS)}, form, url["complaint"])
    up = "/wp-content/uploads/2026/03"

    def item_page(code: str, name: str, body: str) -> str:
        out.text(host, f"ita-2569/{code.lower()}/index.html", page(name, body))
        return f"/ita-2569/{code.lower()}/"

    def sheets(code: str, mode: str):
        return [(stem, title, paper(title, body, hash_of(host, code, k)))
                for k, (stem, title, body) in enumerate(docs(code, ag, mode))]

    def background(code: str, mode: str):
        ((stem, title, sheet),) = sheets(code, mode)
        src = f"{up}/{code.lower()}-{stem}.jpg"
        out.binary(host, src, encoded(sheet, "JPEG"))
        href = item_page(code, bare(title), (
            f'<div class="pb-section pb-section-boxed" style="background-image:url({src});background-size:contain;'
            f'background-repeat:no-repeat;min-height:1414px;width:100%"><div class="pb-container"></div></div>'))
        return [(bare(title), href)], "ภาพเอกสารเป็นพื้นหลังของ section (background-image) เบราว์เซอร์แสดง อ่านได้"

    def picture_webp(code: str, mode: str):
        parts = []
        for stem, _title, sheet in sheets(code, mode):
            jpg, webp = f"{up}/{code.lower()}-{stem}.jpg", f"{up}/{code.lower()}-{stem}.jpg.webp"
            out.binary(host, jpg, encoded(sheet, "JPEG"))
            out.binary(host, webp, encoded(sheet, "WEBP"))
            parts.append(f'<figure class="wp-block-image size-full"><picture><source srcset="{webp}" type="image/webp">'
                         f'<img decoding="async" width="1000" height="1414" src="{SVG_HOLDER}" data-lazy-src="{jpg}" '
                         f'alt="" class="wp-image-{hash_of(stem) % 9000}"></picture></figure>')
        name = bare(docs(code, ag, mode)[0][1])
        return [(name, item_page(code, name, "".join(parts)))], \
            "ภาพ <picture> WebP + lazy (data-lazy-src) เบราว์เซอร์แสดงภาพ อ่านได้"

    def rocket(code: str, mode: str):
        ((stem, title, sheet),) = sheets(code, mode)
        src = f"{up}/{code.lower()}-{stem}.jpg"
        small = f"{up}/{code.lower()}-{stem}-768x1086.jpg"
        out.binary(host, src, encoded(sheet, "JPEG"))
        out.binary(host, small, encoded(sheet, "JPEG", 768))
        href = item_page(code, bare(title), (
            f'<figure class="wp-block-image size-full"><img decoding="async" width="1000" height="1414" '
            f'src="{SVG_HOLDER}" alt="" data-lazy-srcset="{src} 1000w, {small} 768w" data-lazy-sizes="(max-width: 1000px)'
            f' 100vw, 1000px" data-lazy-src="{src}"><noscript><img decoding="async" width="1000" height="1414" '
            f'src="{src}" alt="" srcset="{src} 1000w, {small} 768w"></noscript></figure>'))
        return [(bare(title), href)], "ภาพ lazy ของ WP Rocket (data-lazy-src + noscript) อ่านได้"

    def lazy_bg(code: str, mode: str):
        ((stem, title, sheet),) = sheets(code, mode)
        src = f"{up}/{code.lower()}-{stem}.jpg"
        out.binary(host, src, encoded(sheet, "JPEG"))
        href = item_page(code, bare(title), (
            f'<div class="pb-column rocket-lazyload" data-bg="http://{host}{src}" style="background-size:contain;'
            f'min-height:1414px"></div>'))
        return [(bare(title), href)], "ภาพพื้นหลังแบบ lazy ของ WP Rocket (data-bg) อ่านได้"

    def lazysizes(code: str, mode: str):
        parts = []
        for stem, _title, sheet in sheets(code, mode):
            src, small = f"{up}/{code.lower()}-{stem}.jpg", f"{up}/{code.lower()}-{stem}-768x1086.jpg"
            out.binary(host, src, encoded(sheet, "JPEG"))
            out.binary(host, small, encoded(sheet, "JPEG", 768))
            parts.append(f'<p><img class="lazyload aligncenter" src="{GIF_1X1}" data-sizes="auto" '
                         f'data-srcset="{small} 768w, {src} 1000w" alt=""></p>')
        name = bare(docs(code, ag, mode)[0][1])
        return [(name, item_page(code, name, "".join(parts)))], "ภาพ lazysizes (data-srcset) เบราว์เซอร์แสดง อ่านได้"

    def native(code: str, mode: str):
        ((stem, title, sheet),) = sheets(code, mode)
        src = f"{up}/{code.lower()}-{stem}.webp"
        out.binary(host, src, encoded(sheet, "WEBP"))
        href = item_page(code, bare(title), f'<img loading="lazy" decoding="async" src="{src}" width="1000" height="1414" alt="">')
        return [(bare(title), href)], "ภาพ .webp (loading=lazy) อ่านได้"
    pictures = {"O5": background, "O6": picture_webp, "O13": rocket, "O14": lazy_bg, "O20": lazysizes, "O7": native}
    inline = {c: url[k] for c, k in INLINE_KIND.items()}
    where = f"หน้า http://{host}/ita-2569/"
    rows, verdicts, flags = index_rows(out, host, ag, modes, pictures, where, inline,
                                       lambda c, stem, ext: f"/wp-content/uploads/2026/03/{c.lower()}-{stem}.{ext}")
    out.text(host, "ita-2569/index.html", page("ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)",
                                               "<p>การเปิดเผยข้อมูลสาธารณะ (OIT) เทศบาลตำบลแม่ขะจาน ปีงบประมาณ พ.ศ. 2569</p>"
                                               + table(rows)))
    out.text(host, "index.html", page("หน้าหลัก", f"<h3>ข่าวสาร</h3>{news_list(NEWS69[:4])}"
                                     '<p><a href="/ita-2569/">ITA 2569</a></p>'))
    out.png(host, "wp-content/uploads/2025/01/logo.png", 90)
    write_manifest(out, host, {})
    out.write_expected(host, "lazy_webp_pictures: a WordPress site whose OIT item pages show the document as a "
                       "background-image, a <picture> WebP behind a lazy placeholder, WP Rocket lazy images and "
                       "backgrounds (data-lazy-src, data-bg), lazysizes data-srcset and .webp files.",
                       site_meta("maekhachan", "lazy_webp_pictures", ag, "Mae Khachan Subdistrict Municipality",
                                 "เทศบาลตำบล", "ลำปาง", f"http://{host}/"), verdicts, flags)


def build(dest: Path = SITES_DIR) -> None:
    for host in HOSTS:
        shutil.rmtree(dest / host, ignore_errors=True)
    out = PhotosOut(dest)
    site_khlongkhoi(out)
    site_maekhachan(out)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
