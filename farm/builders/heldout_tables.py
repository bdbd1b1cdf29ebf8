"""Two held-out ITA 2569 sites whose OIT index pages are typed the way agencies really type them (issue 19, round 7,
second probe, lane "tables").

Run from the repository root:  python -m farm.builders.heldout_tables

  www.bangrakyai.go.th     อบต.บางรักใหญ่ (บางบัวทอง นนทบุรี)          word_export_index
      A vendor CMS (``index.php?op=…``) whose menu's "ITA 2569" opens ``/ita2569/oit2569.htm``: the OIT table typed in
      Word and saved "as Web Page" (``xmlns:w="urn:schemas-microsoft-com:office:word"``, ``<p class=MsoNormal>``,
      ``<span lang=TH style='font-family:"TH SarabunPSK"'>``, ``<!--[if gte mso 9]>`` blocks, ``<![if
      !supportMisalignedColumns]>``), windows-874 bytes declared only by Word's ``<meta http-equiv=Content-Type>``
      (the server sends no charset). Columns: ที่ | ข้อมูล | ข้อ | URL (name before code), the codes typed as the
      officer typed them: "0 1" (zero and a space for O1), "o.2", "O-03", "ข้อ ๔", and in sub-indicator 9.4 the
      code and the name merged in one cell spanning both columns ("O-13 แผนการบริหาร…"). The link cell shows the
      pasted URL itself as the link's text. O6 and O11 link to a detail page (``index.php?op=ita_detail&id=N``) listing
      the item's documents by quarter.
      Wrong: O7 is the 2567 annual report (partial), O9 has no row (missing), O11's detail page has quarter 1 only,
      quarter 2 "-" (partial), O14's PDF answers 404 (broken), O21 row "-" (missing), O25 "อยู่ระหว่างดำเนินการ"
      (missing).
      Markup source: Word 2016 "Save as Web Page" (filtered off) output: MsoNormalTable/MsoTableGrid, mso-* styles,
      ``<o:p></o:p>``, conditional comments as Word writes them.

  www.thapaya.go.th        อบต.ท่าพยา (ปากพนัง นครศรีธรรมราช)          infographic_map_sublist
      A LAO template site; the menu's "ITA" opens ``/ita/oit2569.php``: an infographic image of the whole OIT list
      (``<img usemap="#oit2569">``) whose ``<map>`` areas link each item (``alt="O1"``, or an empty alt and a
      ``title="o02 …"``), and below it "รายการข้อมูล" as a table of one row per sub-indicator with the items of
      9.1–9.5 as a bulleted list of links in one cell (``<li>O5 แผนพัฒนาท้องถิ่น: <a>…</a></li>``; 10.1 and 10.2 are
      in the picture only). Items of several documents link (area and list) to a detail page ``detail.php?code=ON``;
      O11's detail page lists the procurement summaries month by month (ต.ค. 2568 … มี.ค. 2569) and the quarters'
      Excel files.
      Wrong: O8's PDF answers 404 (broken), O13 is the 2568 HR plan (partial), O16 "-" in the list and no area
      (missing), O22's PDF (area only) answers 404 (broken), O24 neither in the picture nor the list (missing), O26's
      detail page says "อยู่ระหว่างดำเนินการ" (missing).
      Markup source: HTML image maps (``<map name>``/``<area shape="rect" coords href alt title>``) as image-map
      generators write them; LAO templates' Bootstrap lists.

Every verdict was written before any engine run, with heldout_sites.py's assessor rules (wrong year, a 3-month
report = partial; "-", "อยู่ระหว่างดำเนินการ", no row = missing; a link a person clicks and gets no document =
broken), reading each site as a person in a browser does: reading the Word page's codes however typed, clicking the
picture's areas and the detail pages.
"""
from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path

from farm.builders.heldout_sites import TITLE, HeldoutOut, lao_page, own_pages, site_meta
from farm.builders.heldout_unforeseen import INLINE_KIND, KINDS, agency, cms_page, item_rows
from farm.builders.ita2569_moit import CUR, NEWS69, news_list, write_manifest
from farm.builders.reading_sites_content import photos
from farm.server import SITES_DIR

HOSTS = ("www.bangrakyai.go.th", "www.thapaya.go.th")
TB = "tB69"                      # this builder's Google Form ids start so: a rebuild removes only its own forms
PREV = CUR - 1
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


class TablesOut(HeldoutOut):
    """HeldoutOut whose Google Forms live under this builder's own ids (heldout_sites' rebuild removes its own)."""

    def form(self, fid: str, title: str) -> str:
        url = super().form(fid, title)
        old = url.split("/e/")[1].split("/")[0]
        new = "1FAIpQL" + TB + hashlib.sha1(fid.encode()).hexdigest()[:36]
        src = self.dest / "docs.google.com" / "forms" / "d" / "e" / old
        dst = src.with_name(new)
        shutil.rmtree(dst, ignore_errors=True)
        src.rename(dst)
        page = dst / "viewform" / "index.html"
        page.write_text(page.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
        return url.replace(old, new)


# ----------------------------------------------------------------------------------------------------------------
# 1. word_export_index: the OIT table typed in Word, saved as a web page in windows-874

def typed_code(n: int) -> str:
    """The item code as this officer typed it, row by row."""
    return (f"0 {n}", f"o.{n}", f"O-{n:02d}", f"ข้อ {str(n).translate(THAI)}")[n % 4]


def mso_p(text: str) -> str:
    return (f"<p class=MsoNormal><span lang=TH style='font-size:14.0pt;font-family:\"TH SarabunPSK\",sans-serif'>"
            f"{text}<o:p></o:p></span></p>")


def mso_link(href: str) -> str:
    return (f"<a href=\"{href}\"><span lang=EN-US style='font-size:14.0pt;font-family:\"TH SarabunPSK\",sans-serif;"
            f"mso-ansi-language:EN-US'>{href}</span></a>")


def word_page(title: str, rows: str) -> str:
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-874">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="oit2569.files/filelist.xml">
<title>{title}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>สำนักปลัด</o:Author>
  <o:LastAuthor>admin</o:LastAuthor>
  <o:Revision>7</o:Revision>
  <o:Created>2026-01-12T03:11:00Z</o:Created>
  <o:Pages>3</o:Pages>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:Zoom>90</w:Zoom>
  <w:LidThemeComplexScript>TH</w:LidThemeComplexScript>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
 a:link, span.MsoHyperlink {{color:#0563C1;text-decoration:underline;}}
@page WordSection1 {{size:841.9pt 595.3pt;mso-page-orientation:landscape;margin:36.0pt 36.0pt 36.0pt 36.0pt;}}
div.WordSection1 {{page:WordSection1;}}
-->
</style>
<!--[if gte mso 10]>
<style>
 table.MsoNormalTable {{mso-style-name:"Table Normal";mso-tstyle-rowband-size:0;}}
</style>
<![endif]-->
</head>

<body lang=EN-US link="#0563C1" vlink="#954F72" style='tab-interval:36.0pt'>

<div class=WordSection1>

<p class=MsoNormal align=center style='text-align:center'><b><span lang=TH style='font-size:18.0pt;
font-family:"TH SarabunPSK",sans-serif'>{title}<o:p></o:p></span></b></p>

<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0
 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
  <td width=48 valign=top>{mso_p("<b>ที่</b>")}</td>
  <td width=360 valign=top>{mso_p("<b>ข้อมูล</b>")}</td>
  <td width=72 valign=top>{mso_p("<b>ข้อ</b>")}</td>
  <td width=420 valign=top>{mso_p("<b>URL</b>")}</td>
 </tr>
{rows}
 <![if !supportMisalignedColumns]>
 <tr height=0>
  <td width=48 style='border:none'></td>
  <td width=360 style='border:none'></td>
  <td width=72 style='border:none'></td>
  <td width=420 style='border:none'></td>
 </tr>
 <![endif]>
</table>

<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>

</div>

</body>

</html>
"""


def site_bangrakyai(out: HeldoutOut) -> None:
    host = HOSTS[0]
    ag = agency("บางรักใหญ่", "บางบัวทอง", "นนทบุรี", "bangrakyai", "11110",
                ["นายสมศักดิ์ ใจดี", "นายวิชัย รุ่งเรือง", "นางสาวจันทร์เพ็ญ สุขใจ"], ["081-444-5501", "081-444-5502", "081-444-5503"])
    ag["map"] = "13.93,100.41"
    modes = {"O7": "stale", "O9": "absent", "O11": "half", "O14": "dead", "O21": "nofile", "O25": "denial"}
    photos(out, host, ag)
    url = {k: f"/index.php?op={k}" for k in KINDS}
    index = "/ita2569/oit2569.htm"
    menu = [("หน้าแรก", "/"), ("โครงสร้าง", url["structure"]), ("ผู้บริหาร", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("E-Service", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("ITA 2569", index), ("ติดต่อเรา", url["contact"])]

    def page(title, body):
        return cms_page(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.บางรักใหญ่")
    own_pages(out, host, ag, page, {k: f"index.php@op={k}" for k in KINDS}, form, url["complaint"])
    inline = {c: f"http://{host}{url[k]}" for c, k in INLINE_KIND.items()}
    where = f"ไฟล์ดัชนี http://{host}{index} (ตาราง Word บันทึกเป็นเว็บเพจ, windows-874)"
    rows, verdicts = item_rows(out, host, ag, modes, lambda c, stem, ext: f"/ita2569/files/{c}_{stem}.{ext}",
                               inline, where)
    detail_of = {"O6": 6, "O11": 11}
    trs, last_sub, k = [], "", 0
    for code, sub, links, note in rows:
        if sub != last_sub:
            last_sub = sub
            trs.append(f" <tr>\n  <td colspan=4 valign=top style='background:#D9E2F3'>{mso_p('<b>ตัวชี้วัดย่อยที่ ' + sub + '</b>')}</td>\n </tr>")
        k += 1
        n = int(code[1:])
        if code in detail_of:
            detail = f"/index.php?op=ita_detail&id={detail_of[code]}"
            if code == "O11":
                q1 = [(t, h) for t, h in links if "procure-q1" in h]
                q2 = [(t, h) for t, h in links if "procure-q2" in h]
                parts = [("ไตรมาสที่ 1 (ต.ค. – ธ.ค. 2568)", q1), ("ไตรมาสที่ 2 (ม.ค. – มี.ค. 2569)", q2)]
            else:
                parts = [(t, [(t, h)]) for t, h in links]
            lis = "".join(f"<tr><td>{label}</td><td>" + ("<br>".join(f'<a href="{h}" target="_blank">{t}</a>' for t, h in ls)
                                                          or "-") + "</td></tr>" for label, ls in parts)
            out.text(host, f"index.php@op=ita_detail&id={detail_of[code]}",
                     page(f"{code} {TITLE[code]}", '<table class="table"><thead><tr><th>รายการ</th><th>เอกสาร</th></tr>'
                          f'</thead><tbody>{lis}</tbody></table>'))
            cell = mso_link(f"http://{host}{detail}")
        else:
            cell = "<br>".join(mso_link(h if h.startswith("http") else f"http://{host}{h}") for _t, h in links) or note
            cell = mso_p(cell)
        if "9.4" in sub:          # code and name merged in one cell spanning both columns
            name_cells = f"  <td colspan=2 valign=top>{mso_p(typed_code(n) + ' ' + TITLE[code])}</td>\n"
        else:
            name_cells = (f"  <td valign=top>{mso_p(TITLE[code])}</td>\n"
                          f"  <td valign=top>{mso_p(typed_code(n))}</td>\n")
        if cell.startswith("<a"):
            cell = mso_p(cell)
        trs.append(f" <tr>\n  <td valign=top>{mso_p(str(k))}</td>\n{name_cells}  <td valign=top>{cell}</td>\n </tr>")
    for code in detail_of:
        status, why = verdicts[code]
        verdicts[code] = (status, why.replace(f"แถว {code}", f"แถว {code} → หน้ารายละเอียด http://{host}/index.php?op=ita_detail&id={detail_of[code]}"
                                             + (" (แยกตามไตรมาส)" if code == "O11" else "")))
    title = "การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT) ประจำปีงบประมาณ พ.ศ. 2569 องค์การบริหารส่วนตำบลบางรักใหญ่"
    word = word_page(title, "\n".join(trs)).replace("\n", "\r\n")
    target = out.dest / host / index.lstrip("/")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(word.encode("cp874"))
    out.text(host, "ita2569/oit2569.files/filelist.xml",
             '<xml xmlns:o="urn:schemas-microsoft-com:office:office">\r\n <o:MainFile HRef="../oit2569.htm"/>\r\n</xml>')
    out.text(host, "index.html", page("หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     f'<p><a href="{index}"><img src="/images/ita2569.png" alt="ITA 2569"></a></p>'))
    out.text(host, "images/ita2569.png", "")
    jquery = Path("/usr/share/javascript/jquery/jquery.min.js")
    out.text(host, "plugins/jquery/jquery.min.js", jquery.read_text(encoding="utf-8"))
    write_manifest(out, host, {"charset_header": ""})
    out.write_expected(host, "word_export_index: the OIT table typed in Word and saved as a web page (MsoNormal, "
                       "conditional comments, <![if !supportMisalignedColumns]>, windows-874 bytes, no charset sent); "
                       "codes typed '0 1', 'o.2', 'O-03', 'ข้อ ๔', name column before the code column, 9.4 merged in one "
                       "cell; link text is the pasted URL; O6/O11 go to a detail page by quarter.",
                       site_meta("bangrakyai", "word_export_index", ag, "Bang Rak Yai SAO", "อบต.", "นนทบุรี",
                                 f"http://{host}/"), verdicts)


# ----------------------------------------------------------------------------------------------------------------
# 2. infographic_map_sublist: an image map of the OIT list, and one row per sub-indicator with bulleted links

MONTHS = [("ตุลาคม", PREV, "10"), ("พฤศจิกายน", PREV, "11"), ("ธันวาคม", PREV, "12"),
          ("มกราคม", CUR, "01"), ("กุมภาพันธ์", CUR, "02"), ("มีนาคม", CUR, "03")]


def site_thapaya(out: HeldoutOut) -> None:
    host = HOSTS[1]
    ag = agency("ท่าพยา", "ปากพนัง", "นครศรีธรรมราช", "thapaya", "80140",
                ["นายอรุณ ศรีสุข", "นายมานพ ทองคำ", "นางสาวอุไร แก้วมณี"], ["081-555-6601", "081-555-6602", "081-555-6603"])
    ag["map"] = "8.35,100.20"
    modes = {"O8": "dead", "O13": "stale", "O16": "nofile", "O22": "dead", "O24": "absent", "O26": "denial"}
    photos(out, host, ag)
    url = {k: f"/{k}.php" for k in KINDS}
    index = "/ita/oit2569.php"
    menu = [("หน้าแรก", "/"), ("โครงสร้าง", url["structure"]), ("ผู้บริหาร", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("E-Service", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("ITA", index), ("ติดต่อเรา", url["contact"])]

    def page(title, body):
        return lao_page(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.ท่าพยา")
    own_pages(out, host, ag, page, {k: f"{k}.php" for k in KINDS}, form, url["complaint"])
    inline = {c: url[k] for c, k in INLINE_KIND.items()}
    where = f"หน้า http://{host}{index} (ภาพอินโฟกราฟิก OIT 2569: image map และรายการใต้ภาพ)"
    rows, verdicts = item_rows(out, host, ag, modes, lambda c, stem, ext: f"/ita/files/2569/{c}-{stem}.{ext}",
                               inline, where)
    # O11: the month-by-month summaries (and the quarters' Excel files) on its detail page
    monthly = []
    for name, year, mm in MONTHS:
        path = f"/ita/files/2569/O11-procure-{year}{mm}.pdf"
        title = f"สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ ประจำเดือน{name} {year}"
        out.pdf(host, path, title, f"<p>แบบ สขร.1 สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือน{name} พ.ศ. {year} "
                f"{ag['name']}</p><p>จัดซื้อวัสดุสำนักงาน วงเงิน 18,500 บาท วิธีเฉพาะเจาะจง ผู้ได้รับการคัดเลือก "
                f"ร้านค้าในพื้นที่ เลขที่สัญญา {mm}/{year}</p>")
        monthly.append((f"เดือน{name} {year}", path))
    detail: dict[str, str] = {}
    for code, _sub, links, note in rows:
        if code == "O11":
            xls = [(t, h) for t, h in links if h.endswith(".xlsx")]
            body = ('<table class="table table-bordered"><thead><tr><th>เดือน</th><th>เอกสาร</th></tr></thead><tbody>'
                    + "".join(f'<tr><td>{m}</td><td><a href="{h}" target="_blank">ดาวน์โหลด (PDF)</a></td></tr>'
                              for m, h in monthly) + "</tbody></table><p>ไฟล์ Excel: " +
                    " ".join(f'<a href="{h}">{t}</a>' for t, h in xls) + "</p>")
        elif len(links) > 1 or code == "O26":
            body = "<ul>" + "".join(f'<li><a href="{h}" target="_blank">{t}</a></li>' for t, h in links) + "</ul>" \
                if links else f"<p>{note}</p>"
        else:
            continue
        detail[code] = f"/ita/detail.php?code={code}"
        out.text(host, f"ita/detail.php@code={code}", page(f"{code} {TITLE[code]}", body))
    verdicts["O11"] = ("pass", f"{where} → หน้ารายละเอียด http://{host}/ita/detail.php?code=O11: สรุปผลการจัดซื้อจัดจ้าง"
                       f"รายเดือน ต.ค. {PREV} – มี.ค. {CUR} ครบ 6 เดือน (PDF รายเดือน) และไฟล์ Excel ไตรมาส 1–2")
    # the picture's areas: every item shown except O16 and O24; alt or only a title, as the generator wrote them
    areas = []
    for k, (code, _sub, links, _note) in enumerate(rows):
        if code == "O16" or not (links or code in detail):
            continue
        n = int(code[1:])
        href = detail.get(code) or links[0][1]
        x, y = 40 + (k % 4) * 300, 220 + (k // 4) * 90
        label = f'alt="{code}"' if n % 2 else f'alt="" title="o{n:02d} {TITLE[code]}"'
        areas.append(f'<area shape="rect" coords="{x},{y},{x + 280},{y + 70}" href="{href}" {label} target="_blank">')
    picture = ('<div class="text-center"><img src="/ita/images/oit2569-infographic.jpg" usemap="#oit2569" width="1280" '
               'height="1100" alt="อินโฟกราฟิก การเปิดเผยข้อมูลสาธารณะ OIT ประจำปี 2569" border="0">'
               f'<map name="oit2569" id="oit2569">{"".join(areas)}</map></div>')
    by_sub: dict[str, list] = {}
    for code, sub, links, note in rows:
        by_sub.setdefault(sub, []).append((code, links, note))
    trs = []
    for sub, items in by_sub.items():
        if sub.startswith("10."):
            continue
        lis = []
        for code, links, note in items:
            if code in detail:
                lis.append(f'<li>{code} {TITLE[code]}: <a href="{detail[code]}">รายละเอียด</a></li>')
            elif links:
                lis.append(f"<li>{code} {TITLE[code]}: " + ", ".join(f'<a href="{h}" target="_blank">{t}</a>'
                                                                        for t, h in links) + "</li>")
            else:
                lis.append(f"<li>{code} {TITLE[code]} {note}</li>")
        trs.append(f'<tr><td>{sub}</td><td><ul class="list-unstyled">{"".join(lis)}</ul></td></tr>')
    below = ('<h4>รายการข้อมูล OIT (สำหรับผู้ที่ไม่สามารถดูภาพได้)</h4><table class="table table-bordered"><thead><tr>'
             '<th>ตัวชี้วัดย่อย</th><th>ข้อมูล</th></tr></thead><tbody>' + "".join(trs) + "</tbody></table>"
             "<p>ตัวชี้วัดย่อยที่ 10.1 และ 10.2 คลิกที่ภาพด้านบน</p>")
    out.text(host, "ita/oit2569.php", page("การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569", picture + below))
    out.text(host, "ita/images/oit2569-infographic.jpg", "")
    for code in ("O22", "O26", "O20", "O21", "O23", "O25"):
        status, why = verdicts[code]
        verdicts[code] = (status, why.replace(where, f"{where}, พื้นที่คลิกบนภาพ (image map)"))
    status, why = verdicts["O16"]
    verdicts["O16"] = (status, why + " (และไม่มีพื้นที่คลิกบนภาพ)")
    out.text(host, "index.html", page("หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     f'<p><a href="{index}"><img src="/images/ita.png" alt="ITA"></a></p>'))
    write_manifest(out, host, {"types": {"/ita/detail.php": "text/html"}})
    out.write_expected(host, "infographic_map_sublist: the OIT page is an infographic image whose <map> areas link the "
                       "items (alt code, or empty alt and a title), and below it a table of one row per sub-indicator "
                       "with the items of 9.1-9.5 as a bulleted list of links; detail pages per item, O11 by month.",
                       site_meta("thapaya", "infographic_map_sublist", ag, "Tha Phaya SAO", "อบต.", "นครศรีธรรมราช",
                                 f"http://{host}/"), verdicts)


def build(dest: Path = SITES_DIR) -> None:
    for host in HOSTS:
        shutil.rmtree(dest / host, ignore_errors=True)   # only these sites' folders and forms
    for old in dest.glob(f"docs.google.com/forms/d/e/1FAIpQL{TB}*"):
        shutil.rmtree(old)
    out = TablesOut(dest)
    site_bangrakyai(out)
    site_thapaya(out)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
