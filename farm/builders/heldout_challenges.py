"""Two held-out ITA 2569 sites behind bot checks a person's browser passes without noticing (issue 19, round 13,
lane "challenges"): no firewall the engine knows by name, only a small page whose script sets a cookie and comes
back (farm/server.py ``challenge``).

Run from the repository root:  python -m farm.builders.heldout_challenges

  www.thaphra-sao.go.th    อบต.ท่าพระ (ขอนแก่น)     cookie_challenge_host
      A shared cPanel host's bot protection in front of the whole site, from the first request: every address
      (pages and PDFs alike) answers HTTP 200 with the same small "กรุณารอสักครู่..." splash (a spinner, no title,
      no links) whose inline script computes the cookie ``wsidchk`` (its token reversed), sets it for a day and calls
      ``location.reload()`` after 300 ms; with the cookie the host serves the site. A person sees the spinner for a
      moment, then the site. Behind it: a PHP CMS (``index.php?op=…``) whose ITA page is a table of rows linking
      PDFs under /uploads/ita2569/.
      Wrong: O6 progress covers 3 months (partial), O12 is the 2567 procurement summary (partial), O18's PDF
      answers 404 (broken), O22 row "-" (missing), O25 "อยู่ระหว่างดำเนินการ" (missing).
      Markup source: the "please wait" splash of hosting panels' JS cookie challenges (Imunify360 WebShield's
      bot-protection splash, aaPanel/BT-Panel's 宝塔 JS challenge, nginx testcookie-module's
      ``document.cookie=…;location.href=…``): one inline script, a cookie, a reload, nothing to read.

  www.khaokho-sao.go.th    อบต.เขาค้อ (เพชรบูรณ์)  pow_wall_partial
      Anubis (a proof-of-work page, "Making sure you're not a bot!") in front of part of the site: every document
      under /uploads/ from the first request, and, rate-based, every address once the host has answered 15
      requests without its cookie (the first pages are real, later ones are the check). The page (HTTP 200) carries
      the challenge as JSON (``script#anubis_challenge``) and loads ``/.within.website/x/cmd/anubis/static/js/
      main.mjs``, which searches a nonce (FNV-1a of challenge + nonce with three leading zero hex digits) and goes
      to ``/.within.website/x/cmd/anubis/api/pass-challenge?response=…&nonce=…&redir=<the page>``; that answer
      sets the cookie ``within.website-x-cmd-anubis-auth`` and 302s back. Behind it: a Bootstrap LAO template
      whose ITA page lists every item with its PDFs under /uploads/oit2569/.
      Wrong: O7 is the 2567 annual report (partial), O13 is the 2568 HR plan (partial), O16's PDF answers 404
      (broken), O21 row "-" (missing), O24 "อยู่ระหว่างดำเนินการ" (missing).
      Markup source: Anubis v1.21 (TecharoHQ/anubis, web/index.templ: ``#anubis_challenge``, ``#anubis_version``,
      ``#status``, ``#progress``, "Why am I seeing this?", ``/.within.website/x/cmd/anubis/api/pass-challenge``
      with ``response``, ``nonce``, ``redir``, ``elapsedTime``; its cookie ``within.website-x-cmd-anubis-auth``).

Every verdict was written before any engine run, as a careful assessor with a browser gives it: the browser passes
either check by itself, so the assessor judges the site behind it, with heldout_sites.py's rules (wrong year, a
3-month report = partial; "-", "อยู่ระหว่างดำเนินการ" = missing; a link answering 404 = broken). A crawler that
cannot pass a check must say ``unchecked`` of what it did not read -- never missing or broken.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

from farm.builders.heldout_sites import TITLE, HeldoutOut, lao_page, own_pages, site_meta
from farm.builders.heldout_unforeseen import INLINE_KIND, KINDS, agency, cms_page, item_rows
from farm.builders.ita2569_moit import NEWS69, news_list, write_manifest
from farm.builders.reading_sites_content import photos
from farm.server import SITES_DIR

HOSTS = ("www.thaphra-sao.go.th", "www.khaokho-sao.go.th")
RATE_AFTER = 15  # requests without the cookie the second host answers before its check stands everywhere


def table(rows) -> str:
    trs = []
    for code, sub, links, note in rows:
        cells = "<br>".join(f'<a href="{h}" target="_blank">{t}</a>' for t, h in links) or note
        trs.append(f"<tr><td>{sub}</td><td>{code}</td><td>{TITLE[code]}</td><td>{cells}</td></tr>")
    return ('<table class="table table-bordered"><thead><tr><th>ตัวชี้วัดย่อย</th><th>ข้อ</th><th>รายการ</th>'
            '<th>เอกสาร/ลิงก์</th></tr></thead><tbody>' + "".join(trs) + "</tbody></table>")


# ----------------------------------------------------------------------------------------------------------------
# 1. cookie_challenge_host: the whole site behind a script that sets a cookie and reloads

def site_thaphra(out: HeldoutOut) -> None:
    host = HOSTS[0]
    ag = agency("ท่าพระ", "เมืองขอนแก่น", "ขอนแก่น", "thaphra", "40260",
                ["นายสุรชัย แก้วมณี", "นายอำนาจ ศรีสุข", "นางสาววิไลวรรณ ทองดี"], ["081-260-4401", "081-260-4402", "081-260-4403"])
    ag["map"] = "16.33,102.82"  # its own map page (the shared default is another site's)
    modes = {"O6": "half", "O12": "stale", "O18": "dead", "O22": "nofile", "O25": "denial"}
    photos(out, host, ag)
    url = {k: f"/index.php?op={k}" for k in KINDS}
    ita = "/index.php?op=ita&year=2569"
    menu = [("หน้าแรก", "/"), ("โครงสร้าง", url["structure"]), ("ผู้บริหาร", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("E-Service", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("ITA 2569", ita), ("ติดต่อเรา", url["contact"])]

    def page(title, body):
        return cms_page(ag, menu, title, body).replace('<script src="/plugins/jquery/jquery.min.js"></script>', "")
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.ท่าพระ")
    own_pages(out, host, ag, page, {k: f"index.php@op={k}" for k in KINDS}, form, url["complaint"])
    inline = {c: url[k] for c, k in INLINE_KIND.items()}
    where = f"หน้า http://{host}{ita} (หลังหน้ารอตรวจสอบเบราว์เซอร์ที่ผ่านเองในไม่กี่วินาที)"
    rows, verdicts = item_rows(out, host, ag, modes, lambda c, stem, ext: f"/uploads/ita2569/{c}-{stem}.{ext}", inline, where)
    intro = ("<p>องค์การบริหารส่วนตำบลท่าพระเผยแพร่ข้อมูลสาธารณะตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) "
             "ประจำปีงบประมาณ พ.ศ. 2569 คลิกที่รายการเพื่อดูเอกสารหลักฐานของแต่ละข้อ</p>")
    out.text(host, "index.php@op=ita&year=2569", page("ITA ปีงบประมาณ 2569", intro + table(rows)))
    out.text(host, "index.html", page("หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     f'<p><a href="{ita}">การเปิดเผยข้อมูลสาธารณะ ITA 2569</a></p>'))
    write_manifest(out, host, {"challenge": {"wall": "script_cookie", "paths": {"/": 0}, "status": 200}})
    out.write_expected(host, "cookie_challenge_host: the whole site (pages and PDFs) behind a hosting's bot check from "
                       "the first request: a small 200 splash whose inline script sets a cookie and reloads; a browser "
                       "passes it in a moment and reads a PHP CMS whose ITA table links PDFs.",
                       site_meta("thaphra", "cookie_challenge_host", ag, "Tha Phra SAO", "อบต.", "ขอนแก่น",
                                 f"http://{host}/"), verdicts)


# ----------------------------------------------------------------------------------------------------------------
# 2. pow_wall_partial: a proof-of-work check in front of the documents, and of everything after 15 requests

def site_khaokho(out: HeldoutOut) -> None:
    host = HOSTS[1]
    ag = agency("เขาค้อ", "เขาค้อ", "เพชรบูรณ์", "khaokho", "67270",
                ["นายชัยวัฒน์ บุญมา", "นายสมศักดิ์ ใจดี", "นางพรทิพย์ แสงทอง"], ["081-670-5501", "081-670-5502", "081-670-5503"])
    ag["map"] = "16.63,101.03"
    modes = {"O7": "stale", "O13": "stale", "O16": "dead", "O21": "nofile", "O24": "denial"}
    photos(out, host, ag)
    url = {k: f"/{k}.html" for k in KINDS}
    ita = "/ita2569.html"
    menu = [("หน้าแรก", "/"), ("โครงสร้าง", url["structure"]), ("คณะผู้บริหาร", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("E-Service", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("ITA 2569", ita), ("ติดต่อเรา", url["contact"])]

    def page(title, body):
        return lao_page(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.เขาค้อ")
    own_pages(out, host, ag, page, {k: f"{k}.html" for k in KINDS}, form, url["complaint"])
    inline = {c: url[k] for c, k in INLINE_KIND.items()}
    where = f"หน้า http://{host}{ita} (เอกสารอยู่หลังหน้าตรวจสอบ Anubis ที่เบราว์เซอร์ผ่านเอง)"
    rows, verdicts = item_rows(out, host, ag, modes, lambda c, stem, ext: f"/uploads/oit2569/{c}-{stem}.{ext}", inline, where)
    intro = ("<p>การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT) ขององค์การบริหารส่วนตำบล"
             "เขาค้อ ประจำปีงบประมาณ พ.ศ. 2569</p>")
    out.text(host, "ita2569.html", page("ITA ปีงบประมาณ พ.ศ. 2569", intro + table(rows)))
    divisions = ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม", "กองสาธารณสุขและสิ่งแวดล้อม"]
    for k, name in enumerate(divisions):
        out.text(host, f"division{k}.html", page(name, f"<p>ภารกิจของ{name} {ag['name']}</p>"))
    links = "".join(f'<li><a href="/division{k}.html">{name}</a></li>' for k, name in enumerate(divisions))
    out.text(host, "index.html", page("หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     f"<h3>หน่วยงานภายใน</h3><ul>{links}</ul>"
                                     f'<p><a href="{ita}">ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)</a></p>'))
    write_manifest(out, host, {"challenge": {"wall": "pow", "paths": {"/uploads/": 0, "/": RATE_AFTER}, "status": 200}})
    out.write_expected(host, "pow_wall_partial: Anubis's proof-of-work page (HTTP 200, script from /.within.website/) "
                       "in front of every document under /uploads/, and of every address once 15 requests came "
                       "without its cookie; a browser passes it in a moment and reads a LAO template's ITA table.",
                       site_meta("khaokho", "pow_wall_partial", ag, "Khao Kho SAO", "อบต.", "เพชรบูรณ์",
                                 f"http://{host}/"), verdicts)


def build(dest: Path = SITES_DIR) -> None:
    for host in HOSTS:
        shutil.rmtree(dest / host, ignore_errors=True)   # only these sites' folders; forms live under hashed ids
    out = HeldoutOut(dest)
    site_thaphra(out)
    site_khaokho(out)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
