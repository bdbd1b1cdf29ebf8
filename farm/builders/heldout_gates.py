"""Two held-out ITA 2569 sites whose OIT material a person reaches only after clicking through a gate: a PDPA
cookie-consent wall, a royal-occasion splash page, the site's own "you are leaving" interstitials, download
countdown pages and download terms pages (round 15, lane "gates").

Run from the repository root:  python -m farm.builders.heldout_gates

  www.huaiyai-sao.go.th     อบต.ห้วยใหญ่ (ชลบุรี)            pdpa_consent_wall
      The registry address (/, a static index.html) is a royal-occasion splash page: a banner "ทรงพระเจริญ", the
      words of the ถวายพระพร and two links "เข้าสู่เว็บไซต์" (text and banner image) to /main.php. Every PHP page
      of the site (main.php, ita.php, the own pages, redirect.php) is behind a server-side PDPA consent wall: without
      the cookie ``huaiyai_pdpa`` the server answers 200 with only the consent form in the page's place (the site's
      logo, the words of the PDPA notice, a link to the privacy policy, ``<form method="post" action=
      "/pdpa_consent.php">`` with a hidden ``return`` = the address asked and two buttons ``consent=accept``
      "ยอมรับทั้งหมด" / ``consent=reject`` "ปฏิเสธ"); accepting sets the cookie and answers 302 back to ``return``.
      The uploads (/uploads/ita2569/…) are static files the web server serves without the wall. Five rows of the
      ITA table (O5, O8, O12, O19, O22) link their PDF through the site's exit/link-tracking interstitial
      ``/redirect.php?url=<the PDF's absolute address, percent-encoded>``, a page "ท่านกำลังเปิดลิงก์ …" whose
      script reads ``url`` from its own query and goes there after 5 seconds (a "ดำเนินการต่อ" button calls the
      same function); the address is nowhere in its markup.
      Wrong: O6 progress covers 3 months (partial), O7 is last year's annual report (partial), O12's interstitial
      leads to a PDF that is not there (404: broken), O21 row "-" (missing), O23 is last year's plan (partial).
      Markup source: Thai LAO PHP templates' PDPA notices ("เว็บไซต์นี้ใช้คุกกี้ … พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล
      พ.ศ. 2562", "ยอมรับทั้งหมด"), royal-occasion intro pages ("ขอเชิญร่วมลงนามถวายพระพร", "เข้าสู่เว็บไซต์"),
      link-tracking redirect.php?url= pages of PHP CMSs.

  www.bankhai.go.th         เทศบาลตำบลบ้านค่าย (ระยอง)      download_gates
      A PHP municipal site with no wall; its ITA page (/ita2569.php) links every document through a gate of one of
      four kinds, each a page of the site's template (header, menu, sidebar):
      * a download countdown page ``/download.php?id=N`` ("ไฟล์จะเริ่มดาวน์โหลดอัตโนมัติใน 5 วินาที … หากไม่เริ่ม
        ดาวน์โหลดอัตโนมัติ คลิกที่นี่", the click a ``javascript:void(0)`` calling the script) in three styles:
        ``setTimeout(function () { window.location.href = "/uploads/…pdf"; }, 5000)``, ``var fileUrl = '…';``
        assigned on a timer, and ``<meta http-equiv="refresh" content="5;url=…">``;
      * a terms page ``/terms.php?doc=…`` ("ข้อตกลงและเงื่อนไขการใช้ข้อมูล") whose form has the document as a
        hidden field, a required checkbox "ข้าพเจ้ายอมรับเงื่อนไข" (``agree=1``) and "ดาวน์โหลดเอกสาร": GET for
        O11–O16, POST for O18–O20; /getfile.php with ``agree=1`` answers 302 to the PDF, without it a page
        "กรุณายอมรับเงื่อนไขก่อนดาวน์โหลด";
      * the site's outbound-link wrapper ``/go/?u=<base64 of the absolute address>`` (WordPress-style "external
        links" plugin), a page whose script decodes ``u`` with ``atob`` and goes there after 3 seconds, for O23–O26.
      Wrong: O6 progress covers 3 months (partial), O9's countdown leads to a PDF that is not there (broken), O14's
      terms form leads to a PDF that is not there (broken), O18 is last year's statistics (partial), O20 row "-"
      (missing).
      Markup source: Thai agencies' download.php countdown pages ("หากไม่เริ่มดาวน์โหลดอัตโนมัติ คลิกที่นี่"), terms
      pages of their document centres ("ยอมรับเงื่อนไข"), base64 /go/ wrappers of WordPress link plugins.

Every verdict was written before any engine run, as a careful assessor with a browser gives it: the assessor clicks
"เข้าสู่เว็บไซต์", presses "ยอมรับทั้งหมด" on the consent form, waits out each interstitial and countdown (or clicks
"คลิกที่นี่"), ticks "ยอมรับเงื่อนไข" and presses "ดาวน์โหลดเอกสาร", and judges the document each gate leads to by
heldout_sites.py's rules (wrong year, a 3-month report = partial; "-" = missing; a gate that leads to a file that is
not there = broken).
"""
from __future__ import annotations

import base64
import html
import shutil
import sys
from pathlib import Path
from urllib.parse import quote

from farm.builders.heldout_sites import TITLE, HeldoutOut, own_pages, site_meta
from farm.builders.heldout_unforeseen import agency, item_rows
from farm.builders.ita2569_moit import NEWS69, news_list, write_manifest
from farm.builders.reading_sites_content import photos
from farm.server import SITES_DIR

HOSTS = ("www.huaiyai-sao.go.th", "www.bankhai.go.th")
KINDS = {"structure": "O1", "executives": "O2", "contact": "O3", "news": "O4", "eservice": "O10", "complaint": "O17"}


def lao_template(ag: dict, menu: list[tuple[str, str]], title: str, body: str) -> str:
    items = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in menu)
    return (f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{title} :: {ag["name"]}</title>'
            '<link rel="stylesheet" href="/css/style.css"><script src="/js/jquery.min.js"></script></head><body>'
            f'<div id="header"><img src="/images/logo.png" alt="ตราสัญลักษณ์"><h1>{ag["name"]}</h1>'
            f'<p>อำเภอ{ag["amphoe"]} จังหวัด{ag["province"]}</p></div><ul id="mainmenu">{items}</ul>'
            f'<div id="container"><div class="content"><h2 class="title">{title}</h2>{body}</div>'
            f'<div class="sidebar"><h4>ข่าวล่าสุด</h4>{news_list(NEWS69[:3])}</div></div>'
            f'<div id="footer">{ag["name"]} {ag["address"]} โทรศัพท์ {ag["phone"]} โทรสาร {ag["fax"]} '
            f'อีเมล {ag["email"]}</div></body></html>')


def ita_table(rows, cell) -> str:
    trs = "".join(f"<tr><td>{code}</td><td>{label}<br>{TITLE[code]}</td><td>{cell(code, links, note)}</td></tr>"
                  for code, label, links, note in rows)
    return ('<table class="table table-bordered"><thead><tr><th>ข้อ</th><th>ข้อมูล</th><th>เอกสาร / ลิงก์</th></tr>'
            f'</thead><tbody>{trs}</tbody></table>')


# ----------------------------------------------------------------------------------------------------------------
# 1. pdpa_consent_wall: a royal splash at the registry address, a server-side PDPA wall, redirect.php?url= wrappers

WALL = ('<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>นโยบายการใช้คุกกี้ :: {name}</title>'
        '<link rel="stylesheet" href="/css/pdpa.css"></head><body class="pdpa-page"><div class="pdpa-box">'
        '<img src="/images/logo.png" alt="ตราสัญลักษณ์"><h2>{name}</h2><h3>การใช้คุกกี้และการคุ้มครองข้อมูลส่วนบุคคล</h3>'
        '<p>เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ ตามพระราชบัญญัติคุ้มครองข้อมูล'
        'ส่วนบุคคล พ.ศ. 2562 (PDPA) ท่านสามารถศึกษารายละเอียดได้ที่ <a href="/privacy-policy.html">นโยบายความเป็นส่วนตัว'
        '</a> กรุณากด "ยอมรับทั้งหมด" เพื่อเข้าใช้งานเว็บไซต์</p>'
        '<form method="post" action="/pdpa_consent.php" id="frmConsent"><input type="hidden" name="return" '
        'value="{{return}}"><button type="submit" name="consent" value="accept" class="btn btn-success">ยอมรับทั้งหมด'
        '</button> <button type="submit" name="consent" value="reject" class="btn btn-default">ปฏิเสธ</button></form>'
        '</div></body></html>')

REDIRECT_PAGE = ('<div class="leaving"><h3>ท่านกำลังเปิดลิงก์เอกสาร</h3><p>ระบบจะนำท่านไปยังปลายทางภายใน <span id="sec">5'
                 '</span> วินาที</p><p><button type="button" class="btn btn-primary" onclick="goNext()">ดำเนินการต่อ</button> '
                 '<a href="javascript:history.back()">ย้อนกลับ</a></p></div><script>\n'
                 'var target = new URLSearchParams(window.location.search).get("url");\n'
                 'var n = 5;\nfunction goNext() { if (target) { window.location.href = target; } }\n'
                 'setInterval(function () { n--; document.getElementById("sec").innerHTML = n; if (n <= 0) goNext(); }'
                 ', 1000);\n</script>')


def site_huaiyai(out: HeldoutOut) -> dict:
    host = HOSTS[0]
    ag = agency("ห้วยใหญ่", "บางละมุง", "ชลบุรี", "huaiyai", "20150",
                ["นายประสิทธิ์ ทองมา", "นายวีระ ศรีสวัสดิ์", "นางสาวอรวรรณ แก้วใส"], ["081-777-1201", "081-777-1202", "081-777-1203"])
    ag["map"] = "12.83,100.98"
    modes = {"O6": "half", "O7": "stale", "O12": "dead", "O21": "nofile", "O23": "stale"}
    wrapped = {"O5", "O8", "O12", "O19", "O22"}
    photos(out, host, ag, ("images/intro/banner-2569.jpg",))
    url = {k: f"/{k}.php" for k in KINDS}
    menu = [("หน้าหลัก", "/main.php"), ("โครงสร้าง", url["structure"]), ("คณะผู้บริหาร", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("E-Service", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("ITA 2569", "/ita.php"), ("ติดต่อเรา", url["contact"])]

    def page(title: str, body: str) -> str:
        return lao_template(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.ห้วยใหญ่")
    own_pages(out, host, ag, page, {k: url[k].lstrip("/") for k in KINDS}, form, "complaint_save.php")
    where = f"หน้า http://{host}/ita.php (หลังกด 'เข้าสู่เว็บไซต์' และ 'ยอมรับทั้งหมด' ที่หน้า PDPA)"
    rows, verdicts = item_rows(out, host, ag, modes, lambda c, stem, ext: f"/uploads/ita2569/{c}-{stem}.{ext}",
                               {c: url[k] for k, c in KINDS.items()}, where)
    for code in sorted(wrapped & set(verdicts), key=lambda c: int(c[1:])):
        status, why = verdicts[code]
        verdicts[code] = (status, why + " (ลิงก์ผ่านหน้า redirect.php?url= ของเว็บไซต์ ซึ่งพาไปยังไฟล์ใน 5 วินาที)")

    def cell(code: str, links: list, note: str) -> str:
        if not links:
            return note
        out_links = []
        for title, href in links:
            if code in wrapped and not href.endswith(".php"):
                href = "/redirect.php?url=" + quote(f"http://{host}{href}", safe="")
            out_links.append(f'<a href="{html.escape(href)}" target="_blank"><img src="/images/pdf.png" alt=""> {title}</a>')
        return "<br>".join(out_links)
    out.text(host, "ita.php", page("การประเมินคุณธรรมและความโปร่งใส (ITA) ปี 2569",
                                   "<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569</p>" + ita_table(rows, cell)))
    out.text(host, "redirect.php", page("เปิดลิงก์", REDIRECT_PAGE))
    out.text(host, "main.php", page("หน้าหลัก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                   '<p><a href="/ita.php"><img src="/images/ita.png" alt="ITA"></a></p>'))
    out.png(host, "images/ita.png", 60)
    out.png(host, "images/pdf.png", 70)
    out.text(host, "privacy-policy.html", page("นโยบายความเป็นส่วนตัว", "<p>องค์การบริหารส่วนตำบลห้วยใหญ่ให้ความสำคัญกับการ"
                                               "คุ้มครองข้อมูลส่วนบุคคลของผู้ใช้บริการเว็บไซต์ ตามพระราชบัญญัติคุ้มครองข้อมูล"
                                               "ส่วนบุคคล พ.ศ. 2562</p>"))
    out.text(host, "pdpa_wall.html", WALL.format(name=ag["name"]))
    out.text(host, "index.html",
             '<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>ขอเชิญร่วมลงนามถวายพระพร :: '
             f'{ag["name"]}</title><style>body{{background:#fdf3c4;text-align:center;font-family:Tahoma}}</style></head>'
             '<body><div class="intro"><a href="/main.php"><img src="/images/intro/banner-2569.jpg" alt="ทรงพระเจริญ" '
             'width="1000"></a><h2>ทรงพระเจริญ</h2><p>ด้วยเกล้าด้วยกระหม่อม ขอเดชะ ข้าพระพุทธเจ้า คณะผู้บริหาร สมาชิกสภา '
             f'พนักงานส่วนตำบล และพนักงานจ้าง {ag["name"]}</p><p class="enter"><a href="/main.php" class="btn-enter">'
             'เข้าสู่เว็บไซต์</a></p></div></body></html>')
    write_manifest(out, host, {"consent_wall": {"cookie": "huaiyai_pdpa", "accept": "/pdpa_consent.php",
                                                "page": "pdpa_wall.html", "pattern": r"\.php$"}})
    out.write_expected(host, "pdpa_consent_wall: a royal splash at the registry address ('เข้าสู่เว็บไซต์'), every PHP "
                       "page behind a server-side PDPA consent form (POST, cookie), five document links through the "
                       "site's redirect.php?url= interstitial (script countdown).",
                       site_meta("huaiyai", "pdpa_consent_wall", ag, "Huai Yai SAO", "อบต.", "ชลบุรี", f"http://{host}/"),
                       verdicts)
    return verdicts


# ----------------------------------------------------------------------------------------------------------------
# 2. download_gates: countdown pages, terms pages (GET and POST, a required checkbox), base64 /go/ wrappers

def countdown(title: str, target: str, style: int) -> tuple[str, str]:
    """(head extra, body) of a download countdown page in one of three styles."""
    t = html.escape(target)
    body = (f'<div class="download-box"><h3>{title}</h3><p>ไฟล์จะเริ่มดาวน์โหลดอัตโนมัติใน <span id="count">5</span> '
            'วินาที</p><p>หากไม่เริ่มดาวน์โหลดอัตโนมัติ <a href="javascript:void(0)" onclick="startDownload()">คลิกที่นี่</a>'
            '</p></div>')
    if style == 0:
        script = (f'<script>function startDownload() {{ window.location.href = "{t}"; }}\n'
                  'setTimeout(function () { window.location.href = "' + t + '"; }, 5000);</script>')
        return "", body + script
    if style == 1:
        script = (f"<script>\nvar fileUrl = '{t}';\nvar c = 5;\nfunction startDownload() {{ location.href = fileUrl; }}\n"
                  "var timer = setInterval(function () { c--; $('#count').text(c); if (c === 0) { clearInterval(timer);"
                  " startDownload(); } }, 1000);\n</script>")
        return "", body + script
    return (f'<meta http-equiv="refresh" content="5;url={t}">',
            body + f'<script>function startDownload() {{ window.location = "{t}"; }}</script>')


def site_bankhai(out: HeldoutOut) -> dict:
    host = HOSTS[1]
    ag = agency("บ้านค่าย", "บ้านค่าย", "ระยอง", "bankhai", "21120",
                ["นายชาตรี บุญประเสริฐ", "นายสมพงษ์ ใจดี", "นางพรทิพย์ สุขสม"], ["081-888-2101", "081-888-2102", "081-888-2103"])
    ag.update(name="เทศบาลตำบลบ้านค่าย", short="เทศบาลตำบลบ้านค่าย", email="saraban@bankhai.go.th", map="12.77,101.30",
              line="@bankhaicity", address="1 ถนนบ้านค่าย-หนองละลอก ตำบลบ้านค่าย อำเภอบ้านค่าย จังหวัดระยอง 21120",
              execs=[("นายชาตรี บุญประเสริฐ", "นายกเทศมนตรีตำบลบ้านค่าย"), ("นายสมพงษ์ ใจดี", "รองนายกเทศมนตรีตำบลบ้านค่าย"),
                     ("นางพรทิพย์ สุขสม", "ปลัดเทศบาลตำบลบ้านค่าย")])
    modes = {"O6": "half", "O9": "dead", "O14": "dead", "O18": "stale", "O20": "nofile"}
    photos(out, host, ag)
    url = {k: f"/{k}.php" for k in KINDS}
    menu = [("หน้าแรก", "/"), ("โครงสร้าง", url["structure"]), ("คณะผู้บริหาร", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("E-Service", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("ITA 2569", "/ita2569.php"), ("ติดต่อเรา", url["contact"])]

    def page(title: str, body: str, head: str = "") -> str:
        text = lao_template(ag, menu, title, body)
        return text.replace("</head>", head + "</head>", 1) if head else text
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ เทศบาลตำบลบ้านค่าย")
    own_pages(out, host, ag, page, {k: url[k].lstrip("/") for k in KINDS}, form, "complaint_save.php")
    where = f"หน้า http://{host}/ita2569.php"
    rows, verdicts = item_rows(out, host, ag, modes, lambda c, stem, ext: f"/uploads/ita/2569/{c}-{stem}.{ext}",
                               {c: url[k] for k, c in KINDS.items()}, where)
    found: dict[str, str] = {}
    counter = iter(range(101, 1000))
    gate_of: dict[str, str] = {}

    def gate(code: str, title: str, target: str) -> str:
        n = int(code[1:])
        if 5 <= n <= 9:   # countdown pages
            k = next(counter)
            head, body = countdown(html.escape(title), target, k % 3)
            out.text(host, f"download.php@id={k}", page("ดาวน์โหลดเอกสาร", body, head))
            gate_of[code] = "หน้านับถอยหลัง download.php"
            return f"/download.php?id={k}"
        if 11 <= n <= 20:   # terms pages: GET for O11–O16, POST for O18–O20
            doc = target.rsplit("/", 1)[1]
            method = "get" if n <= 16 else "post"
            found[f"/getfile.php?doc={doc}&agree=1"] = target
            out.text(host, f"terms.php@doc={doc}", page("ข้อตกลงและเงื่อนไขการใช้ข้อมูล", (
                f'<h3>{html.escape(title)}</h3><div class="terms"><p>1. ข้อมูลและเอกสารในเว็บไซต์นี้เผยแพร่เพื่อประโยชน์'
                'สาธารณะ ห้ามนำไปใช้ในทางที่ผิดกฎหมายหรือก่อให้เกิดความเสียหายแก่ผู้อื่น</p><p>2. การนำข้อมูลไปใช้อ้างอิง'
                'ต้องระบุแหล่งที่มา เทศบาลตำบลบ้านค่าย</p></div>'
                f'<form method="{method}" action="/getfile.php"><input type="hidden" name="doc" value="{doc}">'
                '<label><input type="checkbox" name="agree" value="1" required> ข้าพเจ้ายอมรับเงื่อนไขการใช้ข้อมูล</label> '
                '<button type="submit" class="btn btn-primary"><i class="fa fa-download"></i> ดาวน์โหลดเอกสาร</button>'
                '</form>')))
            gate_of[code] = f"หน้าเงื่อนไข terms.php (ติ๊ก 'ยอมรับเงื่อนไข' แล้วกด 'ดาวน์โหลดเอกสาร', {method.upper()})"
            return f"/terms.php?doc={doc}"
        if n >= 23:   # the outbound wrapper, base64
            u = base64.b64encode(f"http://{host}{target}".encode()).decode()
            gate_of[code] = "ลิงก์ /go/?u=base64 ของเว็บไซต์ ซึ่งพาไปยังไฟล์ใน 3 วินาที"
            return f"/go/?u={u}"
        return target
    out.text(host, "go/index.html", page("กำลังนำท่านไปยังลิงก์ปลายทาง", (
        '<div class="go-box"><p>กำลังนำท่านไปยังลิงก์ปลายทาง กรุณารอสักครู่ …</p></div><script>\n'
        'var p = new URLSearchParams(window.location.search).get("u");\n'
        'setTimeout(function () { if (p) { window.location.replace(atob(p)); } }, 3000);\n</script>')))
    out.text(host, "getfile.php", page("ดาวน์โหลดเอกสาร", '<div class="alert alert-warning">กรุณายอมรับเงื่อนไขก่อนดาวน์โหลด'
                                       '</div>'))

    def cell(code: str, links: list, note: str) -> str:
        if not links:
            return note
        return "<br>".join(f'<a href="{html.escape(h if h.endswith(".php") else gate(code, t, h))}">'
                           f'<i class="fa fa-file-pdf-o"></i> {t}</a>' for t, h in links)
    out.text(host, "ita2569.php", page("การประเมินคุณธรรมและความโปร่งใส (ITA) ปี 2569",
                                       "<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569</p>" + ita_table(rows, cell)))
    for code, via in gate_of.items():
        status, why = verdicts[code]
        verdicts[code] = (status, why + f" (ผ่าน{via})")
    out.text(host, "index.html", page("หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     '<p><a href="/ita2569.php">ITA การประเมินคุณธรรมและความโปร่งใส ปี 2569</a></p>'))
    write_manifest(out, host, {"types": {"/go/": "text/html"}, "found": found})
    out.write_expected(host, "download_gates: every ITA document behind a gate of the site's own: download countdown "
                       "pages (script and meta refresh), terms pages with a required 'ยอมรับเงื่อนไข' checkbox (GET and "
                       "POST), base64 /go/?u= wrappers.",
                       site_meta("bankhai", "download_gates", ag, "Ban Khai Subdistrict Municipality", "เทศบาล", "ระยอง",
                                 f"http://{host}/"),
                       verdicts)
    return verdicts


def build(dest: Path = SITES_DIR) -> None:
    for host in HOSTS:
        shutil.rmtree(dest / host, ignore_errors=True)
    out = HeldoutOut(dest)
    site_huaiyai(out)
    site_bankhai(out)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
