"""Two more held-out ITA 2569 sites in publishing architectures the farm lacked (issue 19, round 6, second task).

Run from the repository root:  python -m farm.builders.heldout_vendor_frames

  www.khaoyoi-sao.go.th    อบต.เขาย้อย           vendor_getfile
      The home page is only a ``<meta http-equiv="refresh" content="0; url=/main/">`` hop to the vendor CMS under
      /main/. The OIT page (``/main/ita.php?year=2569``) links every document to the vendor's download script
      ``getfile.php?id=N``, which answers ``Content-Type: application/octet-stream`` (two of them ``text/html``, as a
      misconfigured script does) with ``Content-Disposition: attachment; filename*=UTF-8''<percent-encoded Thai
      name>.pdf``; nothing in the address says PDF. One document is gone and the script answers a "soft 404": HTTP 200
      with a page saying "ไม่พบไฟล์ที่ต้องการ" (File not found).
      Wrong: O7 is the 2567 annual report (partial), O11 the first 3 months only (partial), O16's script answers the
      soft 404 (broken: a person clicking gets "file not found"), O21 row "-" (missing), O24 "อยู่ระหว่างดำเนินการ"
      (missing).
      Markup source: RFC 6266 / RFC 5987 ``filename*`` as PHP download scripts send it
      (``header("Content-Disposition: attachment; filename*=UTF-8''" . rawurlencode($name))``), HTML 4 meta refresh.

  www.bangtoei-sao.go.th   อบต.บางเตย            frameset_tis620
      An old site in HTML 4.01 Frameset: ``index.html`` is ``<frameset cols="190,*"><frame name="menu"
      src="menu.html"><frame name="main" src="main.html">`` with a ``<noframes>`` line and nothing else; the menu frame's
      links carry ``target="main"``; the OIT table is ``oit/index.html`` in the main frame, its document links relative
      to the frame's own address (``docs/O5-….pdf`` → /oit/docs/…, ``../structure.html``). Every page is TIS-620
      (``<meta … charset=windows-874>``) and the server sends ``Content-Type: text/html`` with no charset.
      Wrong: O6 covers 3 months (partial), O13 is the 2568 HR plan (partial), O14's PDF answers 404 (broken), O23 row
      "-" (missing), O25 "อยู่ระหว่างดำเนินการ" (missing).
      Markup source: HTML 4.01 Frameset DTD (``frameset``/``frame``/``noframes``, ``target`` naming a frame).

Every verdict was written before any engine run, with heldout_sites.py's assessor rules (wrong year, a 3-month
report = partial; "-", "อยู่ระหว่างดำเนินการ" = missing; a link a person clicks and gets no document = broken).
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path
from urllib.parse import quote

from farm.builders.heldout_sites import TITLE, HeldoutOut, own_pages, site_meta
from farm.builders.heldout_unforeseen import INLINE_KIND, KINDS, agency, cms_page, item_rows
from farm.builders.ita2569_moit import NEWS69, news_list, write_manifest
from farm.builders.reading_sites_content import photos
from farm.server import SITES_DIR

HOSTS = ("www.khaoyoi-sao.go.th", "www.bangtoei-sao.go.th")
SOFT_404 = ('<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>ดาวน์โหลดเอกสาร</title></head><body>'
            '<div class="alert alert-danger" style="margin:40px auto;width:480px;text-align:center">'
            '<h3>ไม่พบไฟล์ที่ต้องการ</h3><p>File not found</p><p><a href="javascript:history.back()">ย้อนกลับ</a></p>'
            '</div></body></html>')


# ----------------------------------------------------------------------------------------------------------------
# 1. vendor_getfile: a meta-refresh home, documents behind getfile.php?id=N sent as attachments

def site_khaoyoi(out: HeldoutOut) -> None:
    host = HOSTS[0]
    ag = agency("เขาย้อย", "เขาย้อย", "เพชรบุรี", "khaoyoi", "76140",
                ["นายบุญเลิศ ทองดี", "นายสมชาย ใจกล้า", "นางสาววันเพ็ญ สุขใจ"], ["081-444-5501", "081-444-5502", "081-444-5503"])
    ag["map"] = "13.24,99.83"                       # a map page of its own (the shared one names another agency)
    modes = {"O7": "stale", "O11": "half", "O16": "dead", "O21": "nofile", "O24": "denial"}
    photos(out, host, ag)
    url = {k: f"/main/index.php?op={k}" for k in KINDS}
    ita = "/main/ita.php?year=2569"
    menu = [("หน้าแรก", "/main/"), ("โครงสร้าง", url["structure"]), ("ผู้บริหาร", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("E-Service", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("ITA 2569", ita), ("ติดต่อเรา", url["contact"])]

    def page(title, body):
        return cms_page(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.เขาย้อย")
    own_pages(out, host, ag, page, {k: f"main/index.php@op={k}" for k in KINDS}, form, url["complaint"])
    inline = {c: url[k] for c, k in INLINE_KIND.items()}
    where = f"หน้า http://{host}{ita} (ลิงก์ดาวน์โหลดผ่าน getfile.php)"
    names: dict[str, str] = {}                      # getfile address -> the file name the script sends

    def via_script(c: str, stem: str, ext: str) -> str:     # one id per file, however often it is asked for
        name = f"{c} {TITLE[c][:60]} ({stem}).{ext}"   # the script's Thai file name, percent-encoded
        known = [a for a, n in names.items() if n == name]
        address = known[0] if known else f"/main/getfile.php?id={2300 + len(names) * 7}"
        names[address] = name
        return address
    rows, verdicts = item_rows(out, host, ag, modes, via_script, inline, where)
    headers, types = {}, {"/main/getfile.php": "application/octet-stream", "/main/ita.php": "text/html"}
    for k, (address, name) in enumerate(names.items()):
        written = out.dest / host / address.lstrip("/")
        served = written.with_name(written.name.replace("?", "@"))
        if written.exists():
            written.rename(served)
            headers[address] = {"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"}
            if k in (3, 12):                        # the script's misconfigured Content-Type for two documents
                types[address] = "text/html"
        else:                                       # the dead document: HTTP 200 and a "file not found" page
            out.text(host, served.relative_to(out.dest / host).as_posix(), SOFT_404)
            types[address] = "text/html"
    status, why = verdicts["O16"]
    verdicts["O16"] = (status, why.replace("ตอบ 404", "ตอบ HTTP 200 แต่เป็นหน้า 'ไม่พบไฟล์ที่ต้องการ' ไม่ใช่เอกสาร"))
    trs = []
    for code, sub, links, note in rows:
        cells = "<br>".join(f'<a href="{h.removeprefix("/main/")}" target="_blank"><i class="fa fa-download"></i> '
                            f'{t}</a>' for t, h in links) or note
        trs.append(f"<tr><td>{sub}</td><td>{code}</td><td>{TITLE[code]}</td><td>{cells}</td></tr>")
    table = ('<table class="table table-bordered"><thead><tr><th>ตัวชี้วัดย่อย</th><th>ข้อ</th><th>ข้อมูล</th>'
             '<th>ดาวน์โหลด</th></tr></thead><tbody>' + "".join(trs) + "</tbody></table>")
    out.text(host, "main/ita.php@year=2569", page("การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569", table))
    out.text(host, "main/index.html", page("หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                          f'<p><a href="ita.php?year=2569"><img src="/images/ita2569.png" alt="ITA 2569">'
                                          "</a></p>"))
    out.text(host, "index.html", '<!DOCTYPE html><html><head><meta charset="utf-8">'
             '<meta http-equiv="refresh" content="0; url=/main/"><title>อบต.เขาย้อย</title></head><body></body></html>')
    write_manifest(out, host, {"types": types, "headers": headers})
    out.write_expected(host, "vendor_getfile: a meta-refresh home hop to /main/; every OIT document behind the vendor's "
                       "getfile.php?id=N sent as application/octet-stream (two as text/html) with an RFC 5987 "
                       "Content-Disposition filename*; one dead document answers a soft 404 (HTTP 200 'ไม่พบไฟล์ที่ต้องการ').",
                       site_meta("khaoyoi", "vendor_getfile", ag, "Khao Yoi SAO", "อบต.", "เพชรบุรี", f"http://{host}/"),
                       verdicts)


# ----------------------------------------------------------------------------------------------------------------
# 2. frameset_tis620: a menu frame targeting the main frame; TIS-620 pages; links relative to the frame's page

def frame_page(ag: dict, title: str, body: str, up: str = "") -> str:
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">'
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-874">'
            f'<title>{title}</title><link rel="stylesheet" href="{up}style.css"></head><body bgcolor="#FFFFEE">'
            f'<font face="MS Sans Serif" size="2"><h3>{title}</h3>{body}<hr><font size="1">{ag["name"]} {ag["address"]} '
            f'โทร {ag["phone"]}</font></font></body></html>')


def site_bangtoei(out: HeldoutOut) -> None:
    host = HOSTS[1]
    ag = agency("บางเตย", "สามโคก", "ปทุมธานี", "bangtoei", "12160",
                ["นายเฉลิม บุญมา", "นายไพโรจน์ ศรีเมือง", "นางสาวจิราพร ทองสุข"], ["081-555-6601", "081-555-6602", "081-555-6603"])
    ag["map"] = "14.05,100.53"
    modes = {"O6": "half", "O13": "stale", "O14": "dead", "O23": "nofile", "O25": "denial"}
    photos(out, host, ag)

    def page(title, body):
        return frame_page(ag, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.บางเตย")
    own_pages(out, host, ag, page, {k: f"{k}.html" for k in KINDS}, form, "/complaint.html")
    inline = {c: f"/{k}.html" for c, k in INLINE_KIND.items()}
    where = f"หน้า http://{host}/oit/index.html (ในเฟรม main ของ http://{host}/)"
    rows, verdicts = item_rows(out, host, ag, modes, lambda c, stem, ext: f"/oit/docs/{c}-{stem}.{ext}", inline, where)
    trs = []
    for code, _sub, links, note in rows:
        rel = [(t, ".." + h if not h.startswith("/oit/") else h.removeprefix("/oit/")) for t, h in links]
        cells = "<br>".join(f'<a href="{h}" target="_blank">{t}</a>' for t, h in rel) or note
        trs.append(f'<tr><td align="center">{code}</td><td>{TITLE[code]}</td><td>{cells}</td></tr>')
    table = ('<table width="100%" border="1" cellspacing="0" cellpadding="2"><tr bgcolor="#99CCFF"><th>ข้อ</th>'
             '<th>ข้อมูล</th><th>เอกสาร</th></tr>' + "".join(trs) + "</table>")
    out.text(host, "oit/index.html", frame_page(ag, "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569", table, "../"))
    menu = [("หน้าแรก", "main.html"), ("โครงสร้างองค์กร", "structure.html"), ("คณะผู้บริหาร", "executives.html"),
            ("ข่าวประชาสัมพันธ์", "news.html"), ("E-Service", "eservice.html"), ("ร้องเรียนการทุจริต", "complaint.html"),
            ("ITA 2569 (OIT)", "oit/index.html"), ("ติดต่อเรา", "contact.html")]
    links = "".join(f'<tr><td><a href="{h}" target="main">» {t}</a></td></tr>' for t, h in menu)
    out.text(host, "menu.html", '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-874">'
             f'</head><body bgcolor="#336699"><table width="100%">{links}</table></body></html>')
    out.text(host, "main.html", page(f"ยินดีต้อนรับสู่{ag['name']}", f"<h4>ข่าวประชาสัมพันธ์</h4>{news_list(NEWS69[:4])}"))
    out.text(host, "style.css", "body { font-family: Tahoma; }\n")
    out.text(host, "index.html", '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN" '
             '"http://www.w3.org/TR/html4/frameset.dtd"><html><head>'
             '<meta http-equiv="Content-Type" content="text/html; charset=windows-874">'
             f'<title>{ag["name"]} อำเภอ{ag["amphoe"]} จังหวัด{ag["province"]}</title></head>'
             '<frameset cols="190,*" frameborder="NO" border="0" framespacing="0">'
             '<frame src="menu.html" name="menu" scrolling="NO" noresize>'
             '<frame src="main.html" name="main"></frameset>'
             '<noframes><body>เบราว์เซอร์ของท่านไม่รองรับเฟรม</body></noframes></html>')
    write_manifest(out, host, {"encoding": "tis-620", "charset_header": ""})
    out.write_expected(host, "frameset_tis620: an HTML 4 frameset home (menu frame with target=main links, main frame); "
                       "the OIT table in oit/index.html with links relative to that frame page; TIS-620 pages sent "
                       "with no charset in Content-Type.",
                       site_meta("bangtoei", "frameset_tis620", ag, "Bang Toei SAO", "อบต.", "ปทุมธานี", f"http://{host}/"),
                       verdicts)


def build(dest: Path = SITES_DIR) -> None:
    for host in HOSTS:
        shutil.rmtree(dest / host, ignore_errors=True)   # only these sites' folders; forms live under hashed ids
    out = HeldoutOut(dest)
    site_khaoyoi(out)
    site_bangtoei(out)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
