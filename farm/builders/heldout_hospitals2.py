"""Two held-out MOIT 2569 sites: hospitals publishing their MOIT evidence in ways the hospital corpus lacks
(round 15, lane "hospitals").

Run from the repository root:  python -m farm.builders.heldout_hospitals2

  www.nangronghospital.go.th → sites.google.com/view/moit2569-nangrong
      โรงพยาบาลนางรอง (บุรีรัมย์), MOIT 2569, architecture ``gsites_moit_quarter_folders``.
      The hospital's own site (home, about, contact) has a menu entry and a banner "MOIT 2569" linking a Google
      Site (new Sites, ``/view/<name>`` form). The Google Site's home lists MOIT 1–22 (its side navigation too);
      one page per item (``/moit-1`` … ``/moit-22``), each with the item's heading and four sections
      "ไตรมาสที่ 1 (ตุลาคม – ธันวาคม 2568)" … each embedding the quarter's Google Drive folder
      (``drive.google.com/embeddedfolderview?id=…#list``), the folder listing the quarter's evidence PDF (a Drive
      file: memo signed by the director, the evidence, the publication form).
      Wrong: MOIT3's quarter-4 folder is empty (partial); MOIT6's files in every quarter are the HR policy's
      unsigned draft ("ร่าง — ผู้อำนวยการยังไม่ได้ลงนาม"): the item asks for the policy the head signed (partial);
      MOIT7's files are the 2568 round's in every quarter (partial); MOIT12's four folders were deleted (the
      embeds answer 404: broken); MOIT17's page says only "อยู่ระหว่างดำเนินการ" (missing).

  www.thawatburihospital.go.th   โรงพยาบาลธวัชบุรี (ร้อยเอ็ด), MOIT 2569, architecture ``wp_moit_posts_per_quarter``.
      WordPress (Astra). Menu "MOIT 2569" → the category archive ``/category/moit2569/``: one post per item per
      quarter ("MOIT 5 ไตรมาสที่ 2/2569 …"), ten a page newest first with numbered pagination (``/page/2/`` …),
      so an item's four quarters sit on different archive pages. Each post has the quarter's evidence PDF as a
      wp-block-file link (``/wp-content/uploads/<yyyy>/<mm>/moitN-qQ-2569.pdf``).
      Wrong: MOIT1's PDFs in every quarter carry the memo asking approval but not the director's signature
      ("ยังไม่ได้ลงนาม"): MOIT1 asks for the memo or order the head signed (partial); MOIT2 has no quarter-3 post
      (partial); MOIT11's files are the 2568 round's in every quarter (partial); MOIT14's PDFs answer 404 in every
      quarter (broken); MOIT19's posts say "อยู่ระหว่างดำเนินการ" with no file (missing).

Every verdict was written before any engine run, as a careful MOIT assessor with a browser gives it: the assessor
opens each item's page or post, each quarter's folder and every file, and judges the item on the four quarters of
fiscal year 2569: all four with this year's evidence (and the head's signature where the item asks for it) pass;
a quarter with no file or last round's file, or evidence lacking the signature the item asks for, is partial;
every link dead is broken; "อยู่ระหว่างดำเนินการ" with no file is missing.
"""
from __future__ import annotations

import hashlib
import html
import shutil
import sys
from pathlib import Path

from farm.builders.heldout_sites import HeldoutOut, gs_page
from farm.builders.ita2569_moit import CUR, MOIT, MOIT_EVIDENCE, MOIT_SOURCE, MOIT_TITLE, moit_doc, quarter_text
from farm.builders.ita2569_moit import write_expected, write_manifest
from farm.builders.reading_sites_content import gs_text
from farm.server import SITES_DIR

NANGRONG, THAWAT = "www.nangronghospital.go.th", "www.thawatburihospital.go.th"
HOSTS = (NANGRONG, THAWAT)
GSITE = "moit2569-nangrong"
DRIVE = "1hS15"                          # every Drive id this builder writes starts so (a rebuild removes its own)
OUTSIDE = [f"sites.google.com/view/{GSITE}", f"drive.google.com/file/d/{DRIVE}*",
           f"drive.google.com/drive/folders/{DRIVE}*", f"drive.google.com/embeddedfolderview@id={DRIVE}*"]
QM = {1: "ตุลาคม – ธันวาคม 2568", 2: "มกราคม – มีนาคม 2569", 3: "เมษายน – มิถุนายน 2569", 4: "กรกฎาคม – กันยายน 2569"}


def did(*parts: object) -> str:
    return DRIVE + hashlib.sha1("/".join(map(str, parts)).encode()).hexdigest()[:28]


def unsigned_doc(site: str, n: int, q: int, fy: int = CUR) -> tuple[str, str]:
    """MOIT n's quarter-q evidence as a draft: the memo asks for approval, the director has not signed it."""
    months, memo = quarter_text(q, fy)
    title = f"MOIT{n} ไตรมาสที่ {q} ปีงบประมาณ พ.ศ. {fy} (ร่าง)"
    body = (f"<p>{site}</p><p>MOIT {n} {MOIT_TITLE[f'MOIT{n}']}</p>"
            f"<p>ไตรมาสที่ {q} ปีงบประมาณ พ.ศ. {fy} (ข้อมูล {months})</p>"
            f"<p>{n}.1 (ร่าง) {MOIT_EVIDENCE[n]}</p>"
            f"<p>{n}.2 บันทึกข้อความ เรื่อง ขออนุมัติเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน ลงวันที่ {memo} "
            f"(ร่าง — ผู้อำนวยการยังไม่ได้ลงนาม)</p>"
            f"<p>{n}.3 แบบฟอร์มการขออนุญาตเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน (ยังไม่มีผู้อนุมัติ)</p>")
    return title, body


def own_site(out: HeldoutOut, host: str, name: str, addr: str, phone: str, moit_href: str, blank: bool) -> None:
    target = ' target="_blank"' if blank else ""
    nav = (f'<ul class="nav"><li><a href="/">หน้าหลัก</a></li><li><a href="/about.html">เกี่ยวกับเรา</a></li>'
           f'<li><a href="{moit_href}"{target}>MOIT 2569</a></li><li><a href="/contact.html">ติดต่อเรา</a></li></ul>')

    def page(title: str, body: str) -> str:
        return (f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{title} | {name}</title></head>'
                f'<body><header><h1>{name}</h1>{nav}</header><main>{body}</main>'
                f'<footer>{name} {addr} โทร {phone}</footer></body></html>')
    out.text(host, "index.html", page("หน้าหลัก", "<h3>ข่าวประชาสัมพันธ์</h3><ul><li>รณรงค์ฉีดวัคซีนไข้หวัดใหญ่ 2569</li>"
                                      "<li>เปิดบริการคลินิกนอกเวลา</li></ul>"
                                      f'<p><a href="{moit_href}"{target}>การเปิดเผยข้อมูลสาธารณะ (MOIT) ปีงบประมาณ 2569</a></p>'))
    out.text(host, "about.html", page("เกี่ยวกับเรา", f"<p>{name} โรงพยาบาลชุมชน สังกัดสำนักงานปลัดกระทรวงสาธารณสุข</p>"))
    out.text(host, "contact.html", page("ติดต่อเรา", f"<p>{addr} โทร {phone}</p>"))


# ----------------------------------------------------------------------------------------------------------------
# www.nangronghospital.go.th: a Google Site, one page per item, one embedded Drive folder per quarter

def site_nangrong(out: HeldoutOut) -> None:
    name = "โรงพยาบาลนางรอง"
    base = f"https://sites.google.com/view/{GSITE}"
    own_site(out, NANGRONG, name, "444 หมู่ 1 ตำบลนางรอง อำเภอนางรอง จังหวัดบุรีรัมย์ 31110", "044-631-255", base, True)
    site_title = "MOIT 2569 โรงพยาบาลนางรอง"
    nav = [("หน้าแรก", base, [])] + [(f"MOIT {int(c[4:])}", f"{base}/moit-{int(c[4:])}", []) for c, _ in MOIT]
    where = f"Google Site {base}"
    verdicts = {}
    for code, title in MOIT:
        n = int(code[4:])
        secs = [gs_text(f"ปีงบประมาณ พ.ศ. 2569 {name}", heading=f"MOIT {n} {html.escape(title)}")]
        if n == 17:
            secs.append(gs_text("อยู่ระหว่างดำเนินการ"))
        else:
            for q in range(1, 5):
                fid = did(NANGRONG, n, q, "folder")
                folder = f"MOIT{n} ไตรมาส {q}/2569"
                url = f"https://drive.google.com/embeddedfolderview?id={fid}#list"
                if n != 12:
                    files = []
                    if not (n == 3 and q == 4):
                        fy = CUR - 1 if n == 7 else CUR
                        t, b = unsigned_doc(name, n, q, fy) if n == 6 else moit_doc(name, n, q, fy)
                        xid = did(NANGRONG, n, q, "file")
                        files.append((f"MOIT{n}_Q{q}_{fy}.pdf", out.drive(xid, f"MOIT{n}_Q{q}_{fy}.pdf", f"<h2>{t}</h2>{b}")))
                    url = out.folder_embed(fid, folder, files)
                secs += [gs_text(heading=f"ไตรมาสที่ {q} ({QM[q]})"),
                         f'<div class="WIdY2d M1aSXe"><iframe class="YMEQtf" frameborder="0" width="100%" height="360" '
                         f'src="{url}"></iframe></div>']
        out.text("sites.google.com", f"view/{GSITE}/moit-{n}/index.html",
                 gs_page(base, site_title, f"MOIT {n}", nav, secs))
        verdicts[code] = {
            3: ("partial", "ไตรมาส 4 โฟลเดอร์ Drive ว่าง (ไม่มีไฟล์ในโฟลเดอร์นี้); ไตรมาส 1–3 มีไฟล์ปี 2569"),
            6: ("partial", "ไฟล์ทั้ง 4 ไตรมาสเป็นร่างนโยบายที่ผู้อำนวยการยังไม่ได้ลงนาม: ข้อนี้ต้องการนโยบายที่ผู้บริหารลงนาม"),
            7: ("partial", "ไฟล์ทั้ง 4 ไตรมาสเป็นของปีงบประมาณ 2568"),
            12: ("broken", "โฟลเดอร์ Drive ทั้ง 4 ไตรมาสถูกลบ (embeddedfolderview ตอบ 404)"),
            17: ("missing", "หน้าเขียนเพียง 'อยู่ระหว่างดำเนินการ' ไม่มีโฟลเดอร์หรือไฟล์"),
        }.get(n, ("pass", "โฟลเดอร์ Drive ไตรมาส 1–4 แต่ละโฟลเดอร์มีไฟล์หลักฐานปี 2569 (บันทึกที่ผู้อำนวยการลงนาม + หลักฐาน + แบบฟอร์ม)"))
        verdicts[code] = (verdicts[code][0], f"{where}/moit-{n}: {verdicts[code][1]}")
    rows = "".join(f'<li><a class="XqQF9c" href="{base}/moit-{int(c[4:])}">MOIT {int(c[4:])} {html.escape(t)}</a></li>'
                   for c, t in MOIT)
    out.text("sites.google.com", f"view/{GSITE}/index.html", gs_page(base, site_title, "หน้าแรก", nav, [
        gs_text(f"การเปิดเผยข้อมูลสาธารณะ (MOIT) ปีงบประมาณ พ.ศ. 2569 {name}",
                "หลักฐานเชิงประจักษ์แยกตามไตรมาส (โฟลเดอร์ Google Drive)", heading="MOIT 2569"),
        f'<ul class="n8H08c">{rows}</ul>']))
    write_manifest(out, NANGRONG, {})
    write_expected(out, NANGRONG, "gsites_moit_quarter_folders: the hospital's menu links a Google Site (/view/ form), one "
                   "page per MOIT item, each embedding one Google Drive folder per quarter.",
                   dict(items_source=MOIT_SOURCE, agency="nangronghosp", year=CUR, family="moit",
                        style="gsites_moit_quarter_folders", architecture="gsites_moit_quarter_folders", heldout=True,
                        registry=dict(name_th=name, name_en="Nang Rong Hospital", type="โรงพยาบาลชุมชน",
                                      province="บุรีรัมย์", url=f"http://{NANGRONG}/")), verdicts)


# ----------------------------------------------------------------------------------------------------------------
# www.thawatburihospital.go.th: WordPress, one post per item per quarter, a paginated category archive

def astra(name: str, title: str, body: str, cls: str) -> str:
    menu = [("หน้าแรก", "/"), ("เกี่ยวกับเรา", "/about/"), ("ข่าวสาร", "/news/"), ("MOIT 2569", "/category/moit2569/"),
            ("ติดต่อเรา", "/contact/")]
    items = "".join(f'<li class="menu-item"><a href="{h}" class="menu-link">{t}</a></li>' for t, h in menu)
    return (f'<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8"><meta name="generator" content="WordPress 6.6.1">'
            f'<title>{title} &#8211; {name}</title></head><body class="{cls} ast-separate-container">'
            f'<header class="site-header"><div class="site-branding"><p class="site-title"><a href="/">{name}</a></p>'
            f'</div><nav class="main-header-bar-navigation"><ul id="primary-menu" class="main-header-menu">{items}</ul>'
            f'</nav></header><div id="content" class="site-content"><div id="primary" class="content-area">'
            f'<main id="main" class="site-main">{body}</main></div></div><footer class="site-footer">'
            f'<div class="ast-small-footer">{name} 99 หมู่ 4 ตำบลธวัชบุรี อำเภอธวัชบุรี จังหวัดร้อยเอ็ด 45170 '
            f'โทร 043-569-077</div></footer></body></html>')


def site_thawat(out: HeldoutOut) -> None:
    name = "โรงพยาบาลธวัชบุรี"

    def page(title: str, body: str) -> str:
        return astra(name, title, f'<article class="page"><h1 class="entry-title">{title}</h1>'
                     f'<div class="entry-content">{body}</div></article>', "page")
    out.text(THAWAT, "index.html", page("หน้าแรก", "<h3>ข่าวประชาสัมพันธ์</h3><ul><li>รณรงค์ฉีดวัคซีนไข้หวัดใหญ่ 2569</li></ul>"))
    out.text(THAWAT, "about/index.html", page("เกี่ยวกับเรา", f"<p>{name} โรงพยาบาลชุมชนขนาด 60 เตียง</p>"))
    out.text(THAWAT, "news/index.html", page("ข่าวสาร", "<ul><li>ประชุมคณะกรรมการบริหารโรงพยาบาล</li></ul>"))
    out.text(THAWAT, "contact/index.html", page("ติดต่อเรา", "<p>โทร 043-569-077</p>"))
    upload = {1: "2025/12", 2: "2026/03", 3: "2026/06", 4: "2026/09"}
    posts = []
    for q in range(1, 5):
        for code, title in MOIT:
            n = int(code[4:])
            if n == 2 and q == 3:
                continue                                            # never posted
            slug = f"moit{n}-q{q}-2569"
            ptitle = f"MOIT {n} ไตรมาสที่ {q}/2569 {title}"
            if n == 19:
                body = "<p>อยู่ระหว่างดำเนินการ</p>"
            else:
                fy = CUR - 1 if n == 11 else CUR
                path = f"/wp-content/uploads/{upload[q]}/moit{n}-q{q}-{fy}.pdf"
                if n != 14:
                    t, b = unsigned_doc(name, n, q, fy) if n == 1 else moit_doc(name, n, q, fy)
                    out.pdf(THAWAT, path, t, b)
                label = f"MOIT{n} ไตรมาส {q} ปีงบประมาณ {fy}"
                body = (f"<p>{name} เผยแพร่หลักฐาน MOIT {n} ไตรมาสที่ {q} ({QM[q]})</p>"
                        f'<div class="wp-block-file"><a id="wp-block-file--media-{n}-{q}" href="{path}">{label}</a>'
                        f'<a href="{path}" class="wp-block-file__button wp-element-button" download>ดาวน์โหลด</a></div>')
            day = f"{upload[q].replace('/', '-')}-{5 + n:02d}"
            out.text(THAWAT, f"{slug}/index.html", astra(name, ptitle, (
                f'<article class="post type-post status-publish category-moit2569"><header class="entry-header">'
                f'<h1 class="entry-title">{html.escape(ptitle)}</h1><div class="entry-meta"><time datetime="{day}">{day}</time> '
                f'<a href="/category/moit2569/" rel="category tag">MOIT 2569</a></div></header>'
                f'<div class="entry-content">{body}</div></article>'), "single single-post"))
            posts.append((slug, html.escape(ptitle), day))
    posts.reverse()                                                 # newest first, as an archive lists them
    pages = [posts[i:i + 10] for i in range(0, len(posts), 10)]
    base = "/category/moit2569/"
    for p, chunk in enumerate(pages, 1):
        arts = "".join(f'<article class="post type-post category-moit2569 ast-article-post"><h2 class="entry-title">'
                       f'<a href="/{s}/" rel="bookmark">{t}</a></h2><div class="entry-meta">{d}</div>'
                       f'<div class="entry-content"><p>{t} […]</p>'
                       f'<a class="read-more" href="/{s}/">อ่านต่อ</a></div></article>' for s, t, d in chunk)
        nums = "".join(f'<span aria-current="page" class="page-numbers current">{k}</span>' if k == p else
                       f'<a class="page-numbers" href="{base if k == 1 else f"{base}page/{k}/"}">{k}</a>'
                       for k in range(1, len(pages) + 1) if k in (1, 2, len(pages), p - 1, p, p + 1))
        prev = (f'<a class="prev page-numbers" href="{base if p == 2 else f"{base}page/{p - 1}/"}">« ก่อนหน้า</a>'
                if p > 1 else "")
        nxt = f'<a class="next page-numbers" href="{base}page/{p + 1}/">ถัดไป »</a>' if p < len(pages) else ""
        navl = (f'<nav class="navigation pagination" aria-label="แบ่งหน้าเรื่อง"><div class="nav-links">{prev}{nums}{nxt}'
                '</div></nav>')
        head = '<header class="page-header"><h1 class="page-title">หมวดหมู่: <span>MOIT 2569</span></h1></header>'
        out.text(THAWAT, f"category/moit2569/{'' if p == 1 else f'page/{p}/'}index.html",
                 astra(name, "MOIT 2569", head + arts + navl, "archive category"))
    where = f"หมวดหมู่ http://{THAWAT}/category/moit2569/ (โพสต์ละข้อละไตรมาส แบ่งหน้า)"
    verdicts = {}
    for code, _ in MOIT:
        n = int(code[4:])
        st, why = {
            1: ("partial", "PDF ทั้ง 4 ไตรมาสเป็นบันทึกขออนุมัติที่ผู้อำนวยการยังไม่ได้ลงนาม: ข้อนี้ต้องการบันทึก/คำสั่งที่ผู้บริหารลงนาม"),
            2: ("partial", "ไม่มีโพสต์ไตรมาส 3; ไตรมาส 1, 2, 4 มี PDF ปี 2569"),
            11: ("partial", "PDF ทั้ง 4 ไตรมาสเป็นของปีงบประมาณ 2568"),
            14: ("broken", "ลิงก์ PDF ทั้ง 4 ไตรมาสตอบ 404"),
            19: ("missing", "โพสต์ทั้ง 4 ไตรมาสเขียน 'อยู่ระหว่างดำเนินการ' ไม่มีไฟล์"),
        }.get(n, ("pass", "โพสต์ไตรมาส 1–4 แต่ละโพสต์มี PDF หลักฐานปี 2569 (บันทึกที่ผู้อำนวยการลงนาม + หลักฐาน + แบบฟอร์ม)"))
        verdicts[code] = (st, f"{where}, MOIT {n}: {why}")
    write_manifest(out, THAWAT, {})
    write_expected(out, THAWAT, "wp_moit_posts_per_quarter: WordPress category archive /category/moit2569/, one post per "
                   "MOIT item per quarter (88 posts less one), ten a page newest first, each post a wp-block-file PDF.",
                   dict(items_source=MOIT_SOURCE, agency="thawatburihosp", year=CUR, family="moit",
                        style="wp_moit_posts_per_quarter", architecture="wp_moit_posts_per_quarter", heldout=True,
                        registry=dict(name_th=name, name_en="Thawat Buri Hospital", type="โรงพยาบาลชุมชน",
                                      province="ร้อยเอ็ด", url=f"http://{THAWAT}/")), verdicts)


def build(dest: Path = SITES_DIR) -> None:
    for host in HOSTS:
        shutil.rmtree(dest / host, ignore_errors=True)
    for pattern in OUTSIDE:
        for old in dest.glob(pattern):
            shutil.rmtree(old) if old.is_dir() else old.unlink()
    out = HeldoutOut(dest)
    site_nangrong(out)
    site_thawat(out)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
