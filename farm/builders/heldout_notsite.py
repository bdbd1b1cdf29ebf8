"""Agencies whose name answers with a page that is not their site: the class the engine read as "every item
missing" (26 false alarms a site), because it read a hosting provider's or an intruder's page as the agency's, or a
notice that the site moved as the site.

Run from the repository root:  python -m farm.builders.heldout_notsite

A careful assessor opening these addresses finds nothing of the agency: no menu, no ITA page, no document. The site
is unreachable for them as a site that is down is (www.maetha.go.th): every item ``unchecked`` ("site down"), and the
agency is told its site shows something else. Verdicts written before any engine run.

Sites (year 2569, family ita):

  www.huaikhon-sao.go.th    อบต.ห้วยคน         suspended_host
      cPanel's suspension: ``/`` answers 302 to ``/cgi-sys/suspendedpage.cgi``, whose page says "This Account has
      been suspended. Contact your hosting provider for more information." (the host's markup: a centred box, no
      link), as a shared host shows a site whose hosting fee was not paid.

  www.nakhok.go.th          เทศบาลตำบลนาโคก     server_default_page
      The web server was reinstalled and the site not yet put back: ``/`` is Apache's "Apache2 Debian Default
      Page: It works" (its own markup and words, with its links to the Apache manual and Debian's bug tracker).

  www.khaokaeo-sao.go.th    อบต.เขาแก้ว         defaced_gambling
      The home page was replaced by an intruder: an online-gambling page in Thai ("สล็อตเว็บตรง", "บาคาร่า",
      "ufabet", "เครดิตฟรี"), its links to the gambling site and a LINE account; nothing of the agency is left.

  www.nadindam-sao.go.th → www.nadindam.go.th    อบต.นาดินดำ → เทศบาลตำบลนาดินดำ    moved_notice
      The old name (the registry's) was kept for a notice and no redirect: the SAO's logo, "องค์การบริหารส่วนตำบล
      นาดินดำ ได้เปลี่ยนแปลงฐานะเป็น เทศบาลตำบลนาดินดำ", "เว็บไซต์ใหม่ของหน่วยงาน" and the new name linked. A person clicks
      it and reads the municipality's site, the corpus's www.nadindam.go.th: every verdict is that site's (its
      expected.yaml), read through the notice.

  www.nonghin-sao.go.th → www.nonghin.go.th      อบต.หนองหิน → เทศบาลตำบลหนองหิน      framed_forward
      The old name is forwarded "masked" by its registrar: a frameset whose one frame holds the new site
      (``<frameset rows="100%,*"><frame src="http://www.nonghin.go.th/">``), the old name staying in the address
      bar. A person reads the municipality's site in the frame: every verdict is www.nonghin.go.th's.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from farm.server import SITES_DIR
from rules.rulebook import load_rulebook

YEAR = 2569

SUSPENDED = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Account Suspended</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:Arial,Helvetica,sans-serif;background:#f4f4f4}.container{max-width:600px;margin:100px auto;
background:#fff;border:1px solid #ddd;padding:30px;text-align:center}</style></head>
<body><div class="container"><h1>Account Suspended</h1>
<p>This Account has been suspended.</p><p>Contact your hosting provider for more information.</p></div></body></html>
"""

APACHE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Apache2 Debian Default Page: It works</title></head>
<body><div class="main_page"><div class="page_header floating_element">
<img src="/icons/openlogo-75.png" alt="Debian Logo" class="floating_element"/>
<span class="floating_element">Apache2 Debian Default Page</span></div>
<div class="content_section floating_element"><div class="section_header section_header_red"><div id="about"></div>
It works!</div><div class="content_section_text">
<p>This is the default welcome page used to test the correct operation of the Apache2 server after installation on
Debian systems. If you can read this page, it means that the Apache HTTP server installed at this site is working
properly. You should <b>replace this file</b> (located at <tt>/var/www/html/index.html</tt>) before continuing to
operate your HTTP server.</p>
<p>If you are a normal user of this web site and don't know what this page is about, this probably means that the
site is currently unavailable due to maintenance. If the problem persists, please contact the site's administrator.</p>
</div><div class="section_header"><div id="docroot"></div>Document Roots</div><div class="content_section_text">
<p>By default, Debian does not allow access through the web browser to <em>any</em> file apart of those located in
<tt>/var/www</tt>, <a href="http://httpd.apache.org/docs/2.4/mod/mod_userdir.html" rel="nofollow">public_html</a>
directories (when enabled) and <tt>/usr/share</tt> (for web applications).</p></div>
<div class="section_header"><div id="bugs"></div>Reporting Problems</div><div class="content_section_text">
<p>Please use the <tt>reportbug</tt> tool to report bugs in the Apache2 package with Debian. However, check <a
href="http://bugs.debian.org/cgi-bin/pkgreport.cgi?ordering=normal;archive=0;src=apache2;repeatmerged=0"
rel="nofollow">existing bug reports</a> before reporting a new bug.</p></div></div>
<div class="validator"></div></div></body></html>
"""

GAMBLING = """<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">
<title>สล็อตเว็บตรง แตกง่าย ฝากถอนไม่มีขั้นต่ำ UFABET บาคาร่าออนไลน์</title>
<meta name="description" content="สล็อตเว็บตรง อันดับ 1 เครดิตฟรี 100 บาคาร่า คาสิโนออนไลน์"></head>
<body class="home"><header><a href="https://ufa-slot168.example/"><img src="https://ufa-slot168.example/logo.png"
alt="UFABET"></a><a class="btn" href="https://ufa-slot168.example/register">สมัครสมาชิก</a>
<a class="btn" href="https://ufa-slot168.example/login">เข้าสู่ระบบ</a></header>
<main><h1>สล็อตเว็บตรง แตกง่าย ฝากถอน ไม่มีขั้นต่ำ ระบบออโต้</h1>
<p>เว็บสล็อตออนไลน์ อันดับ 1 รวมเกมสล็อต PG SLOT บาคาร่า คาสิโนสด แทงบอลออนไลน์ หวยออนไลน์ ครบจบในเว็บเดียว
สมัครวันนี้รับเครดิตฟรี 100% ฝากถอนรวดเร็วภายใน 30 วินาที</p>
<h2>ทำไมต้องเลือกเล่นกับเรา</h2><ul><li>เว็บตรงไม่ผ่านเอเย่นต์</li><li>ฝากถอนไม่มีขั้นต่ำ</li>
<li>โปรโมชั่นเครดิตฟรีทุกวัน</li></ul>
<p><a href="https://line.me/R/ti/p/@ufaslot168">ติดต่อแอดมิน LINE</a></p></main>
<footer>© 2026 UFABET สล็อตเว็บตรง</footer></body></html>
"""

MOVED_NOTICE = """<html><head><meta charset="utf-8"><title>องค์การบริหารส่วนตำบลนาดินดำ</title></head>
<body bgcolor="#FFFFFF"><center><img src="images/logo-sao.gif" width="120" alt="">
<h2>องค์การบริหารส่วนตำบลนาดินดำ ได้เปลี่ยนแปลงฐานะเป็น เทศบาลตำบลนาดินดำ</h2>
<p>ตั้งแต่วันที่ 1 ตุลาคม 2568 เป็นต้นไป</p>
<p>เว็บไซต์ใหม่ของหน่วยงาน <a href="http://www.nadindam.go.th/"><b>www.nadindam.go.th</b></a></p>
<p>ขออภัยในความไม่สะดวก</p></center></body></html>
"""

FRAMED = """<html><head><title>องค์การบริหารส่วนตำบลหนองหิน</title><meta name="description" content="">
<meta name="keywords" content=""></head>
<frameset rows="100%,*" border="0"><frame src="http://www.nonghin.go.th/" frameborder="0"><frame frameborder="0" noresize>
</frameset><noframes><body>www.nonghin-sao.go.th</body></noframes></html>
"""

SITES = [
    ("www.huaikhon-sao.go.th", "huaikhon", "อบต.ห้วยคน", "Huai Khon SAO", "อบต.", "น่าน", "suspended_host",
     {"cgi-sys/suspendedpage.cgi": SUSPENDED}, {"found": {"/": "/cgi-sys/suspendedpage.cgi"},
                                                 "types": {"/cgi-sys/suspendedpage.cgi": "text/html"}},
     "the host shows cPanel's 'Account Suspended' page in the site's place: nothing of the agency can be read"),
    ("www.nakhok.go.th", "nakhok", "เทศบาลตำบลนาโคก", "Na Khok Subdistrict Municipality", "เทศบาลตำบล", "สกลนคร",
     "server_default_page", {"index.html": APACHE}, {},
     "the site shows Apache's 'It works!' default page: the agency's site is not there to read"),
    ("www.khaokaeo-sao.go.th", "khaokaeo", "อบต.เขาแก้ว", "Khao Kaeo SAO", "อบต.", "เลย", "defaced_gambling",
     {"index.html": GAMBLING}, {},
     "the home page was replaced by an online-gambling page (the site was hacked): nothing of the agency is left"),
]


# (old host, agency, its name in Thai and English, the page it serves, the new host, architecture, how it is read)
FORWARDED = [
    ("www.nadindam-sao.go.th", "nadindam-sao", "องค์การบริหารส่วนตำบลนาดินดำ", "Na Din Dam SAO", MOVED_NOTICE,
     "www.nadindam.go.th", "moved_notice", "ผ่านหน้าประกาศย้ายเว็บไซต์"),
    ("www.nonghin-sao.go.th", "nonghin-sao", "องค์การบริหารส่วนตำบลหนองหิน", "Nong Hin SAO", FRAMED,
     "www.nonghin.go.th", "framed_forward", "ในเฟรมของชื่อเดิม"),
]


def build_forwarded(dest: Path) -> None:
    """Each old name's page; the verdicts are the new site's own, as a person reads it through that page."""
    for host, agency, name_th, name_en, page, new_host, arch, via in FORWARDED:
        root = dest / host
        root.mkdir(parents=True, exist_ok=True)
        (root / "index.html").write_text(page, encoding="utf-8")
        (root / "manifest.yaml").write_text("# How the farm serves this site (see farm/server.py)\n{}\n", encoding="utf-8")
        twin = yaml.safe_load((dest / new_host / "expected.yaml").read_text(encoding="utf-8"))
        expected = {"agency": agency, "year": twin["year"], "family": "ita", "style": arch, "architecture": arch,
                    "registry": {"name_th": name_th, "name_en": name_en, "type": "อบต.",
                                 "province": twin["registry"].get("province", ""), "url": f"http://{host}/"},
                    "items": {code: {"status": item["status"], "why": f"{via} → {item.get('why', '')}"}
                              for code, item in twin["items"].items()}}
        (root / "expected.yaml").write_text(
            f"# {arch}: built by farm/builders/heldout_notsite.py from {new_host}'s verdicts, carried over before any "
            "engine run.\n" + yaml.safe_dump(expected, allow_unicode=True, sort_keys=False), encoding="utf-8")


def build(dest: Path = SITES_DIR) -> None:
    build_forwarded(dest)
    codes = [item.code for item in load_rulebook(YEAR).items]
    for host, agency, name_th, name_en, kind, province, arch, files, manifest, why in SITES:
        root = dest / host
        for path, html in files.items():
            (root / path).parent.mkdir(parents=True, exist_ok=True)
            (root / path).write_text(html, encoding="utf-8")
        (root / "manifest.yaml").write_text("# How the farm serves this site (see farm/server.py)\n" +
                                            yaml.safe_dump(manifest, allow_unicode=True), encoding="utf-8")
        expected = {"agency": agency, "year": YEAR, "family": "ita", "style": arch, "architecture": arch,
                    "registry": {"name_th": name_th, "name_en": name_en, "type": kind, "province": province,
                                 "url": f"http://{host}/"},
                    "items": {code: {"status": "unchecked", "why": why} for code in codes}}
        (root / "expected.yaml").write_text(
            f"# {arch}: built by farm/builders/heldout_notsite.py; verdicts written before any engine run.\n" +
            yaml.safe_dump(expected, allow_unicode=True, sort_keys=False), encoding="utf-8")


if __name__ == "__main__":
    build()
