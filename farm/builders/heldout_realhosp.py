"""Two held-out MOIT 2569 sites rendered from real Thai hospital / district-health-office ITA templates found on
GitHub (round 13, lane "realhosp").

Run from the repository root:  python -m farm.builders.heldout_realhosp   (needs LibreOffice, fonts-thai-tlwg)

Repositories and files the markup is drawn from (public, read at their newest stored snapshot):

* lamsri1992/watchanFront (Laravel front end of a community hospital, โรงพยาบาลวัดจันทร์):
  ``routes/web.php`` (``/itah/{year}`` → ``frontController@ita``, ``/ita/{id}`` → ``ita_sub``),
  ``app/Http/Controllers/frontController.php`` (``ita_sub`` splits ``{ita_id}_{year}``),
  ``resources/views/pages/ita/index.blade.php`` (a Bootstrap ``list-group`` of the year's active items),
  ``resources/views/pages/ita/show.blade.php`` (one accordion card per sub-item, ``button.listClick`` with
  ``data-id``; the card body is an empty ``<div id="container{sub_id}">`` that a jQuery click handler fills from
  ``/api/get_ita_data/{sub_id}``: ``<li><a href="/files/ita/{sub_year}/moit{sub_group}/{data_file}">`` or
  ``data_url``), ``app/Http/Controllers/api/ita_data.php`` (the JSON is the joined rows of ``tb_ita_data`` and
  ``tb_ita_sub``).
* ratchanon-noknoy2318/ita2024-mock (PHP site of the Kosamphi Nakhon district health office / hospital ITA,
  Bootstrap 3): ``pages/ksp-ita-01.php`` … ``-22.php`` (one page per MOIT item), ``ita-data/ita-01-data.php``
  (``panel-heading data-toggle="collapse"`` with ``<kbd>01</kbd> | MOIT 1 …``, ``panel-collapse collapse in``),
  ``tb/tb-01.php`` (a table of sub-items ``1.1`` / ``1.1.1`` … whose rows link the evidence, ``href="#"`` where
  not yet uploaded), ``main-menu/main-menu.php`` (the panel "คลิกเลือกรายการตาม MOIT01 - MOIT22 ได้ที่นี่" with
  coloured buttons and their legend: red "ยังไม่มีไฟล์", yellow "มีไฟล์ แต่ยังไม่ยืนยันว่าครบ", green "มีไฟล์
  และยืนยันว่าครบ"), ``component/navbar.php`` (the phone menu listing every item's full name),
  ``variable-ita.php`` (item titles ``MOIT 1 …`` … ``MOIT 22 …``).

Sites (family moit, year 2569 — the last complete MOIT list, as the corpus's other MOIT sites):

  www.maesuaihospital.go.th   โรงพยาบาลแม่สรวย (เชียงราย)   architecture ``laravel_click_accordion``
      The watchanFront design. Menu "ITA" → "ITA 2569" (``/itah/2569``): a list-group of the year's active items
      ("MOIT 1 หน่วยงานมีการ…"), each linking ``/ita/{ita_id}_2569`` (database ids 168–189, not the MOIT number).
      An item page is an accordion of four sub-items ("ไตรมาสที่ 1 (ตุลาคม – ธันวาคม 2568)" …), all collapsed;
      their links exist only after a click: the page's jQuery handler asks ``/api/get_ita_data/{sub_id}`` (JSON)
      and writes a ``<ul>`` of the quarter's files: the evidence PDF
      ``/files/ita/2569/moit{ita_id}/{file}`` (n.1–n.3 with the memo and the publication form) and the
      publication form on Google Drive (``data_url``).
      Wrong: MOIT2's quarter 3 and 4 sub-items answer ``[]`` (partial); MOIT9's PDFs and Drive files are gone:
      404 in every quarter (broken); MOIT14 is switched off (``ita_status`` 0) so the list does not show it, no
      page links it (missing); MOIT19's quarter-2 PDF is the 2568 round's (partial); MOIT22's entries are only
      Drive links, all deleted (broken).

  banraiso.moph.go.th         สำนักงานสาธารณสุขอำเภอบ้านไร่ (อุทัยธานี)   architecture ``php_item_pages_subitems``
      The ita2024-mock design. Home → "ITA 2569" (``/ita2569/index.php``): the side panel of coloured buttons
      MOIT01–MOIT22 with the colour legend, and the phone navbar with full names, each linking
      ``pages/ksp-ita-NN.php``. An item page: one Bootstrap 3 panel per quarter ("ไตรมาสที่ 1 …"; the first
      ``collapse in``, the others collapsed, their content in the HTML), each a table of sub-items: ``n.1`` (a
      heading row, no link), ``n.1.1`` memo, ``n.1.2`` the evidence, ``n.1.3`` the publication form — all three
      linking the quarter's merged PDF on the provincial health office's host
      (``utoph.moph.go.th/ita2569/banrai/MOITNN/MOITNN_Q{q}.pdf``).
      Wrong: MOIT3's rows are the template's ``href="#"`` in every quarter, its button red (missing); MOIT6's
      quarter 3–4 panels say "ยังไม่มีไฟล์" with no links (partial); MOIT12's PDFs were never uploaded to the
      provincial host: 404 (broken); MOIT17's quarter-1 PDF is the 2568 round's (partial); MOIT20's button links
      ``pages/ksp-ita-20.php``, a page never uploaded: 404 (broken).

Every verdict was written before any engine run, as a careful assessor with a browser gives it: the assessor
opens each accordion card (clicking as a person does) and each quarter panel, opens every file linked, and judges
each item on the four quarters of fiscal year 2569: all four with this year's evidence pass; a quarter with no
file, an empty card or last round's file is partial; every link dead is broken; no evidence at all (no link,
``#`` only, item absent) is missing.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import sys
from pathlib import Path

from farm.builders.ita2569_moit import CUR, MOIT, MOIT_SOURCE, Out, moit_doc, write_expected, write_manifest
from farm.make_sites import make_pdfs

SITES_DIR = Path(__file__).resolve().parent.parent / "sites"
HOSTS = ("www.maesuaihospital.go.th", "banraiso.moph.go.th")
DOC_HOST = "utoph.moph.go.th"                # the provincial health office's host holding banraiso's PDFs
DRIVE_PREFIX = "1rH13"                       # every Drive id this builder writes starts so (a rebuild removes them)
QUARTER_MONTHS = {1: "ตุลาคม – ธันวาคม 2568", 2: "มกราคม – มีนาคม 2569", 3: "เมษายน – มิถุนายน 2569",
                  4: "กรกฎาคม – กันยายน 2569"}


def did(*parts) -> str:
    return DRIVE_PREFIX + hashlib.sha1("/".join(map(str, parts)).encode()).hexdigest()[:28]


def expected(out: Out, host: str, head: str, meta: dict, pass_why: str, defects: dict) -> None:
    items = {c: ("pass", pass_why) for c, _ in MOIT}
    items.update(defects)
    write_expected(out, host, head, dict(items_source=MOIT_SOURCE, year=CUR, family="moit", **meta), items)


# ----------------------------------------------------------------------------------------------------------------
# www.maesuaihospital.go.th: Laravel, accordion cards filled by a click (lamsri1992/watchanFront)

MAESUAI = dict(host="www.maesuaihospital.go.th", name="โรงพยาบาลแม่สรวย", phone="053-786-017",
               address="183 หมู่ 1 ตำบลแม่สรวย อำเภอแม่สรวย จังหวัดเชียงราย 57180")


def laravel_page(title: str, body: str, script: str = "") -> str:
    h = MAESUAI
    return (f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><meta name="csrf-token" content="k3Yw9">'
            f'<title>{title} | {h["name"]}</title><link href="/vendor/bootstrap/css/bootstrap.min.css" rel="stylesheet">'
            '<link href="/css/style.css" rel="stylesheet"></head><body>'
            '<header id="header" class="fixed-top"><div class="container d-flex align-items-center">'
            f'<a href="/" class="logo mr-auto"><img src="/img/hospital_logo.png" alt="{h["name"]}"></a>'
            '<nav class="nav-menu d-none d-lg-block"><ul><li class="active"><a href="/">หน้าหลัก</a></li>'
            '<li class="drop-down"><a href="#">เกี่ยวกับเรา</a><ul><li><a href="/about">ประวัติโรงพยาบาล</a></li>'
            '<li><a href="/structure">โครงสร้างองค์กร</a></li></ul></li><li><a href="/news">ข่าวประชาสัมพันธ์</a></li>'
            '<li class="drop-down"><a href="#">ITA</a><ul><li><a href="/itah/2569">ITA 2569</a></li>'
            '<li><a href="/itah/2568">ITA 2568</a></li></ul></li><li><a href="/contact">ติดต่อเรา</a></li></ul></nav>'
            f'</div></header><main id="main">{body}</main><footer id="footer"><div class="container"><p>{h["name"]} '
            f'{h["address"]} โทร {h["phone"]}</p></div></footer>'
            '<script src="/vendor/jquery/jquery.min.js"></script><script src="/vendor/bootstrap/js/bootstrap.bundle.min.js">'
            f'</script><script src="/vendor/sweetalert2/sweetalert2.all.min.js"></script>{script}</body></html>')


SHOW_SCRIPT = """<script>
    $('.listClick').click(function () {
        var id = $(this).data('id');
        var conid = "#container"+id;

        $(conid).html("");
        $.ajax({
            url: "/api/get_ita_data/" + id,
            success: function (data) {
                var container = document.querySelector(conid);
                    var ul = document.createElement('ul');
                    Array.from(data).forEach(element => {
                       if (element.data_file) {
                        var li = document.createElement('li');
                        const anchor = document.createElement('a');
                        var file = '/files/ita/'+ element.sub_year +'/moit'+ element.sub_group +'/'+ element.data_file;
                            anchor.href = file;
                            anchor.target = "_blank";
                            anchor.innerText = element.data_title;
                        li.appendChild(anchor);
                        ul.appendChild(li);
                       } else {
                        var li = document.createElement('li');
                        const anchor = document.createElement('a');
                        var file = element.data_url;
                            anchor.href = file;
                            anchor.target = "_blank";
                            anchor.innerText = element.data_title;
                        li.appendChild(anchor);
                        ul.appendChild(li);
                       }
                    });
                container.appendChild(ul);
            },
            error: function (jqXHR, textStatus, errorThrown) {
                Swal.fire({
                    icon: 'error',
                    title: 'ไม่สามารถเชื่อมต่อ API ได้',
                    text: 'Error: ' + textStatus + ' - ' + errorThrown,
                })
            }
        });
    });
</script>"""


def site_maesuai(out: Out) -> None:
    h = MAESUAI
    host = h["host"]
    types: dict[str, str] = {}

    def page(path: str, html: str, kind: str = "text/html") -> None:
        out.text(host, path, html)
        types[path] = kind

    news = "".join(f'<div class="col-lg-4"><div class="post-box"><span class="post-date">{d}</span>'
                   f'<h3 class="post-title">{t}</h3></div></div>'
                   for d, t in [("2 ก.ย. 2569", "รณรงค์ป้องกันไข้เลือดออก อำเภอแม่สรวย"),
                                ("14 ส.ค. 2569", "พิธีมอบเกียรติบัตร อสม. ดีเด่น")])
    page("/index.html", laravel_page("หน้าหลัก", '<section id="hero"><div class="container"><h1>โรงพยาบาลแม่สรวย</h1>'
         '<h2>บริการด้วยใจ ใส่ใจคุณภาพ</h2><a href="/itah/2569"><img src="/img/ita.jpg" alt="ITA 2569"></a></div></section>'
         f'<section class="recent-blog-posts"><div class="container"><div class="row">{news}</div></div></section>'))
    types.pop("/index.html")
    page("/about", laravel_page("ประวัติโรงพยาบาล", "<section class=\"inner-page\"><div class=\"container\"><p>โรงพยาบาลแม่สรวย "
         "เป็นโรงพยาบาลชุมชนขนาด 60 เตียง ในสังกัดสำนักงานสาธารณสุขจังหวัดเชียงราย</p></div></section>"))
    page("/structure", laravel_page("โครงสร้างองค์กร", "<section class=\"inner-page\"><div class=\"container\"><p>"
         "ผู้อำนวยการโรงพยาบาล กลุ่มงานบริหารทั่วไป กลุ่มงานการพยาบาล กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค</p></div></section>"))
    page("/news", laravel_page("ข่าวประชาสัมพันธ์", f'<section class="inner-page"><div class="container"><div class="row">{news}'
         "</div></div></section>"))
    page("/contact", laravel_page("ติดต่อเรา", f'<section class="inner-page"><div class="container"><p>{h["address"]}</p>'
         f'<p>โทร {h["phone"]}</p></div></section>'))
    page("/itah/2568", laravel_page("ITA 2568", '<section class="breadcrumbs"><div class="container"><h2>ITA :: 2568</h2>'
         '</div></section><section class="inner-page"><div class="container"><p>สิ้นสุดการประเมินปีงบประมาณ 2568 แล้ว '
         'ดูผลการประเมินได้ที่ระบบ MOIT ของกระทรวงสาธารณสุข</p></div></section>'))

    rows = []
    sub_id = 640
    for code, title in MOIT:
        n = int(code[4:])
        ita_id = 167 + n
        if n != 14:                                               # MOIT14 switched off: not listed
            rows.append(f'<li class="list-group-item" aria-current="true"><a class="dropdown-item" '
                        f'href="/ita/{ita_id}_2569">{code[:4]} {n} {title}</a></li>')
        cards = []
        for q in range(1, 5):
            sub_id += 1
            sub_title = f"ไตรมาสที่ {q} ({QUARTER_MONTHS[q]})"
            cards.append(f'<div class="card-header" id="heading{sub_id}"><h2 class="mb-0"><button class="btn btn-link btn-block '
                         f'text-left listClick" type="button" data-toggle="collapse" data-id="{sub_id}" '
                         f'data-target="#collapse{sub_id}" aria-expanded="true" aria-controls="collapse{sub_id}">{sub_title}'
                         f'</button></h2></div><div id="collapse{sub_id}" class="collapse" aria-labelledby="heading{sub_id}" '
                         f'data-parent="#accordionExample"><div class="card-body"><div id="container{sub_id}"></div></div></div>')
            base = dict(ita_sub_id=sub_id, sub_id=sub_id, sub_group=ita_id, sub_year=2569, sub_title=sub_title)
            data: list[dict] = []
            if not (n == 2 and q >= 3):
                pdf = f"moit{n}_q{q}_2569.pdf"
                form = did(host, n, q, "form")
                if n == 22:                                       # Drive links only, all deleted
                    data = [dict(base, data_id=sub_id * 10 + 1, data_title=f"{n}.1–{n}.3 หลักฐานไตรมาสที่ {q}",
                                 data_file=None, data_url=f"https://drive.google.com/file/d/{did(host, n, q)}/view?usp=sharing"),
                            dict(base, data_id=sub_id * 10 + 2, data_title="แบบฟอร์มการเผยแพร่ข้อมูลผ่านเว็บไซต์",
                                 data_file=None, data_url=f"https://drive.google.com/file/d/{form}/view?usp=sharing")]
                else:
                    data = [dict(base, data_id=sub_id * 10 + 1, data_title=f"{n}.1–{n}.3 หลักฐานไตรมาสที่ {q}",
                                 data_file=pdf, data_url=None),
                            dict(base, data_id=sub_id * 10 + 2, data_title="แบบฟอร์มการเผยแพร่ข้อมูลผ่านเว็บไซต์",
                                 data_file=None, data_url=f"https://drive.google.com/file/d/{form}/view?usp=sharing")]
                    if n != 9:                                    # MOIT9: both files gone (404)
                        fy = CUR - 1 if (n == 19 and q == 2) else CUR
                        t, b = moit_doc(h["name"], n, q, fy)
                        out.pdf(host, f"/files/ita/2569/moit{ita_id}/{pdf}", t, b)
                        months = QUARTER_MONTHS[q] if fy == CUR else "ของปีงบประมาณ 2568"
                        out.drive_file(form, f"แบบฟอร์มเผยแพร่_MOIT{n}_Q{q}.pdf",
                                       f"<h2>แบบฟอร์มการขออนุญาตเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน</h2>"
                                       f"<p>{h['name']} หัวข้อ MOIT {n} ไตรมาสที่ {q} ปีงบประมาณ พ.ศ. {fy} ({months})</p>")
            page(f"/api/get_ita_data/{sub_id}", json.dumps(data, ensure_ascii=False), "application/json")
        page(f"/ita/{ita_id}_2569", laravel_page(
            f"{code[:4]} {n}", '<section class="breadcrumbs"><div class="container"><div class="d-flex justify-content-between '
            f'align-items-center">&nbsp;<ol><li><a href="/ita">ITA</a></li><li>{code[:4]} {n} {title}</li></ol></div></div>'
            '</section><section class="inner-page"><div class="container"><div class="section-title">'
            f'<h2 style="font-size: 25px;">{code[:4]} {n} {title}</h2></div><div class="accordion" id="accordionExample">'
            '<div class="text-center"><span class="text-muted">ปีงบประมาน 2569</span></div>'
            f'<div class="card">{"".join(cards)}</div></div></div></section>', SHOW_SCRIPT))
    page("/itah/2569", laravel_page("ITA 2569", '<section class="breadcrumbs"><div class="container"><div class="d-flex '
         'justify-content-between align-items-center"><h2>ITA :: 2569</h2><span>Integrity and Transparency Assessment '
         'การประเมินคุณธรรม และความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ</span></div></div></section>'
         f'<section class="inner-page"><div class="container"><ul class="list-group">{"".join(rows)}</ul></div></section>'))
    write_manifest(out, host, {"types": types})
    expected(out, host,
             "รพ.ชุมชน (Laravel, lamsri1992/watchanFront): /itah/2569 list-group of items -> /ita/{id}_2569 accordion of four "
             "quarter cards whose file lists a click loads from /api/get_ita_data/{sub_id} (JSON); PDFs under "
             "/files/ita/2569/moit{id}/ and Drive forms; empty quarters, 404 files, an item switched off, a 2568 file, "
             "deleted Drive links.",
             dict(agency="maesuaihosp", style="laravel_click_accordion", architecture="laravel_click_accordion",
                  registry=dict(name_th=h["name"], name_en="Mae Suai Hospital", type="โรงพยาบาลชุมชน", province="เชียงราย",
                                url=f"http://{host}/")),
             "เปิดการ์ดไตรมาสที่ 1–4 ทุกใบ: PDF ปี 2569 ของข้อนี้ (n.1–n.3 บันทึกขออนุมัติ + แบบฟอร์มเผยแพร่) ครบ 4 ไตรมาส", {
                 "MOIT2": ("partial", "การ์ดไตรมาสที่ 3 และ 4 เปิดแล้วว่าง (API ตอบ []) มีเพียงไตรมาส 1–2"),
                 "MOIT9": ("broken", "ทุกไตรมาส PDF และไฟล์ Drive ตอบ 404"),
                 "MOIT14": ("missing", "รายการ ITA 2569 ไม่แสดง MOIT14 (ปิดการแสดงผล) ไม่มีหน้าใดลิงก์ถึง"),
                 "MOIT19": ("partial", "ไตรมาสที่ 2 เป็นไฟล์ของปีงบประมาณ 2568; ไตรมาส 1, 3, 4 เป็นปี 2569"),
                 "MOIT22": ("broken", "ทุกไตรมาสมีแต่ลิงก์ Google Drive ที่ถูกลบ (404)"),
             })


# ----------------------------------------------------------------------------------------------------------------
# banraiso.moph.go.th: PHP item pages, quarter panels of sub-item tables (ratchanon-noknoy2318/ita2024-mock)

BANRAI = dict(host="banraiso.moph.go.th", name="สำนักงานสาธารณสุขอำเภอบ้านไร่", phone="056-539-044",
              address="หมู่ 1 ตำบลบ้านไร่ อำเภอบ้านไร่ จังหวัดอุทัยธานี 61140")
STATUS = {3: "danger", 6: "warning", 20: "success"}          # the menu's colours (MOIT20's button green, its page 404)


def ksp_page(title: str, rel: str, body: str, side: str) -> str:
    h = BANRAI
    nav = "".join(f'<li><a href="{rel}ksp-ita-{int(c[4:]):02d}.php">MOIT {int(c[4:])} {t}</a></li>' for c, t in MOIT)
    return (f'<!DOCTYPE html><html lang="th"><head><title>ประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) '
            f'{h["name"]}</title><meta charset="utf-8"><link rel="stylesheet" href="/ita2569/css-js/bootstrap.min.css">'
            '<link rel="stylesheet" href="/ita2569/css/custom.css"><script src="/ita2569/css-js/jquery.min.js"></script>'
            '<script src="/ita2569/css-js/bootstrap.min.js"></script></head><body>'
            '<nav class="navbar navbar-inverse visible-xs" style="margin-bottom: 1px"><div class="container-fluid">'
            '<div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#myNavbar">'
            '<span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button>'
            f'<a class="navbar-brand" href="{rel}index.php">BR ITA</a></div><div class="collapse navbar-collapse" id="myNavbar">'
            f'<ul class="nav navbar-nav"><li class="active"><a href="{rel}index.php">หน้าหลัก</a></li>{nav}</ul></div></div></nav>'
            '<div class="jumbotron text-center" style="background-image: url(/ita2569/img/top-bg.jpg)">'
            '<h2>ประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)</h2>'
            f'<h3>{h["name"]}</h3><h4>ประจำปีงบประมาณ 2569</h4></div><div class="container"><div class="row">'
            f'<div class="col-xs-12 col-sm-7 col-md-8"><h3 class="well well-sm well-ksp">{title}</h3>{body}</div>{side}</div></div>'
            f'<footer class="text-center"><p>{h["name"]} {h["address"]} โทร {h["phone"]} | <a href="/">เว็บไซต์หลัก</a></p>'
            '</footer></body></html>')


def ksp_menu(rel: str) -> str:
    buttons = "".join(f'<a class="button btn btn-{STATUS.get(int(c[4:]), "success")}" style="width: 100px; margin: 2px" '
                      f'href="{rel}ksp-ita-{int(c[4:]):02d}.php">MOIT{int(c[4:]):02d}</a>' for c, _ in MOIT)
    return ('<div class="col-xs-12 col-sm-4 col-md-4 hidden-xs panel-group" style="margin-top: 20px"><div class="panel '
            'panel-primary"><div class="panel-heading" align="center" style="background-color: #556B2F">คลิกเลือกรายการตาม '
            '<span style="font-size: 20px">MOIT01</span> - <span style="font-size: 20px">MOIT22</span> ได้ที่นี่</div>'
            f'<div class="panel-body" style="margin-top: -18px"><h3 style="font-size: 22px">{buttons}</h3>'
            '<div class="col-xs-12"><h4 style="color:red">*ความหมายของสีปุ่ม</h4>'
            '<p><a class="button btn btn-danger">สีแดง คือ ยังไม่มีไฟล์</a></p>'
            '<p><a class="button btn btn-warning">สีเหลือง คือ มีไฟล์ แต่ยังไม่ยืนยันว่าครบ</a></p>'
            '<p><a class="button btn btn-success">สีเขียว คือ มีไฟล์ และยืนยันว่าครบ</a></p></div></div></div></div>')


def site_banrai(out: Out) -> None:
    h = BANRAI
    host = h["host"]
    home = ('<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">'
             f'<title>{h["name"]}</title></head><body><div class="header"><img src="/images/logo.png" alt="">'
             f'<h1>{h["name"]}</h1><p>จังหวัดอุทัยธานี</p></div><ul class="menu"><li><a href="/index.php">หน้าแรก</a></li>'
             '<li><a href="/about.php">ข้อมูลหน่วยงาน</a></li><li><a href="/ita2569/index.php">ITA 2569</a></li>'
             '<li><a href="/contact.php">ติดต่อเรา</a></li></ul><div class="content"><a href="/ita2569/index.php">'
             '<img src="/images/ita2569.png" alt="ITA 2569"></a><h3>ข่าวประชาสัมพันธ์</h3><ul>'
             '<li>ประชุมคณะกรรมการประสานงานสาธารณสุขระดับอำเภอ (คปสอ.) ครั้งที่ 8/2569</li>'
             '<li>รณรงค์ตรวจคัดกรองเบาหวานความดันโลหิตสูง ปี 2569</li></ul></div>'
             f'<div class="footer">{h["address"]} โทร {h["phone"]}</div></body></html>')
    out.text(host, "index.php", home)
    out.text(host, "index.html", home)                            # "/" (Apache's DirectoryIndex index.php)
    out.text(host, "about.php", f'<html><head><meta charset="utf-8"><title>ข้อมูลหน่วยงาน</title></head><body><h1>{h["name"]}'
             '</h1><p>สำนักงานสาธารณสุขอำเภอบ้านไร่ ดูแลโรงพยาบาลส่งเสริมสุขภาพตำบล 18 แห่ง</p><a href="/index.php">หน้าแรก</a>'
             '</body></html>')
    out.text(host, "contact.php", f'<html><head><meta charset="utf-8"><title>ติดต่อเรา</title></head><body><p>{h["address"]} '
             f'โทร {h["phone"]}</p><a href="/index.php">หน้าแรก</a></body></html>')
    intro = ('<div class="panel-group" id="kspita"><p>หลักฐานเชิงประจักษ์ตามแบบวัดการเปิดเผยข้อมูลสาธารณะ (MOIT) '
             'ของกระทรวงสาธารณสุข ประจำปีงบประมาณ พ.ศ. 2569 เลือกรายการ MOIT01 – MOIT22 จากเมนูด้านขวา</p></div>')
    out.text(host, "ita2569/index.php", ksp_page("ITA 2569", "pages/", intro, ksp_menu("pages/")))
    for code, title in MOIT:
        n = int(code[4:])
        if n == 20:                                               # the page was never uploaded: 404
            continue
        panels = []
        for q in range(1, 5):
            pdf = f"http://{DOC_HOST}/ita2569/banrai/MOIT{n:02d}/MOIT{n:02d}_Q{q}.pdf"
            href = "#" if n == 3 else pdf
            if n == 6 and q >= 3:
                rows = (f'<tr><td class="text-center">{n}.1</td><td>ยังไม่มีไฟล์</td></tr>')
            else:
                rows = (f'<tr><td class="text-center">{n}.1</td><td>หลักฐานเชิงประจักษ์ ไตรมาสที่ {q}</td></tr>'
                        f'<tr><td class="text-center">{n}.1.1</td><td><a href="{href}" target="_blank">มีบันทึกข้อความ ที่ผู้บริหาร'
                        'ลงนาม และมีการขออนุญาตนำไปเผยแพร่บนเว็บไซต์ของหน่วยงาน</a></td></tr>'
                        f'<tr><td class="text-center">{n}.1.2</td><td><a href="{href}" target="_blank">{title}</a></td></tr>'
                        f'<tr><td class="text-center">{n}.1.3</td><td><a href="{href}" target="_blank">มีแบบฟอร์มการเผยแพร่'
                        'ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน</a></td></tr>')
                if n not in (3, 12):                              # MOIT12: never uploaded (404)
                    fy = CUR - 1 if (n == 17 and q == 1) else CUR
                    t, b = moit_doc(h["name"], n, q, fy)
                    out.pdf(DOC_HOST, f"/ita2569/banrai/MOIT{n:02d}/MOIT{n:02d}_Q{q}.pdf", t, b)
            shown = " in" if q == 1 else ""
            panels.append(
                '<div class="panel panel-default"><div class="panel-heading" data-toggle="collapse" data-parent="#kspita" '
                f'href="#section{n}q{q}" style="background-color: #6B8E23"><h4 class="panel-title" style="color: white">'
                f'<kbd style="font-size: 18px;background-color: #000080"><span style="font-size: 20px">{n:02d}</span></kbd> | '
                f'<a data-toggle="collapse" data-parent="#kspita" href="#section{n}q{q}" style="color:white">ไตรมาสที่ {q} '
                f'({QUARTER_MONTHS[q]})</a></h4><span class="glyphicon glyphicon-expand"></span></div>'
                f'<div id="section{n}q{q}" class="panel-collapse collapse{shown}"><div class="panel-body">'
                '<table class="table table-bordered table-striped"><thead><tr><th class="text-center" style="width: 10%;">'
                f'ลำดับ</th><th class="text-center">รายการ</th></tr></thead><tbody id="myTable">{rows}</tbody></table>'
                '</div></div></div>')
        body = (f'<div class="panel-group" id="kspita"><h4>MOIT {n} {title}</h4>{"".join(panels)}</div><hr>'
                '<p class="well">องค์ประกอบด้านข้อมูล: เอกสารจัดเก็บบนเว็บไซต์สำนักงานสาธารณสุขจังหวัดอุทัยธานี</p>')
        out.text(host, f"ita2569/pages/ksp-ita-{n:02d}.php", ksp_page("ITA 2569", "", body, ksp_menu("")))
    write_manifest(out, host, {})
    expected(out, host,
             "สสอ. (PHP, ratchanon-noknoy2318/ita2024-mock): /ita2569/index.php coloured MOIT01–MOIT22 buttons -> "
             "pages/ksp-ita-NN.php, one Bootstrap 3 panel per quarter (collapsed, content in the HTML) holding a table of "
             "sub-items n.1.1–n.1.3 that link the quarter's PDF on the provincial office's host utoph.moph.go.th; "
             "'#' links, 'ยังไม่มีไฟล์' quarters, 404 PDFs, a 2568 file, a 404 item page.",
             dict(agency="banraisso", style="php_item_pages_subitems", architecture="php_item_pages_subitems",
                  registry=dict(name_th=h["name"], name_en="Ban Rai District Health Office", type="สำนักงานสาธารณสุขอำเภอ",
                                province="อุทัยธานี", url=f"http://{host}/")),
             "หน้า ksp-ita-NN.php: แผงไตรมาสที่ 1–4 ลิงก์ PDF ปี 2569 บนโฮสต์ สสจ.อุทัยธานี ครบ (n.1.1–n.1.3)", {
                 "MOIT3": ("missing", "ทุกไตรมาสลิงก์ของแม่แบบเป็น '#' ปุ่มสีแดง 'ยังไม่มีไฟล์'"),
                 "MOIT6": ("partial", "แผงไตรมาสที่ 3 และ 4 เขียน 'ยังไม่มีไฟล์' ไม่มีลิงก์; ไตรมาส 1–2 มี"),
                 "MOIT12": ("broken", "PDF ทั้ง 4 ไตรมาสบน utoph.moph.go.th ตอบ 404"),
                 "MOIT17": ("partial", "ไตรมาสที่ 1 เป็นไฟล์ปีงบประมาณ 2568; ไตรมาส 2–4 เป็นปี 2569"),
                 "MOIT20": ("broken", "ปุ่ม MOIT20 ลิงก์ pages/ksp-ita-20.php ซึ่งตอบ 404"),
             })


def build(dest: Path = SITES_DIR) -> None:
    for host in (*HOSTS, DOC_HOST):                               # only our own folders are replaced
        if (dest / host).exists():
            shutil.rmtree(dest / host)
    for old in dest.glob(f"drive.google.com/file/d/{DRIVE_PREFIX}*"):
        shutil.rmtree(old)
    out = Out(dest)
    site_maesuai(out)
    site_banrai(out)
    make_pdfs(out.jobs)
    jquery = Path("/usr/share/javascript/jquery/jquery.min.js").read_text(encoding="utf-8")   # Debian's libjs-jquery
    out.text(HOSTS[0], "vendor/jquery/jquery.min.js", jquery)
    out.text(HOSTS[1], "ita2569/css-js/jquery.min.js", jquery)
    for host in HOSTS:                                            # logos and banners the pages show
        for page in (dest / host).rglob("*"):
            if page.suffix in (".pdf", ".png", ".jpg", ".yaml") or not page.is_file() or "/api/" in str(page):
                continue
            for src in set(re.findall(r'src="(/[^"]+\.(?:png|jpg))"', page.read_text(encoding="utf-8"))):
                if not (dest / host / src.lstrip("/")).exists():
                    out.png(host, src, 200)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
