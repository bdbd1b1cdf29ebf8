"""A held-out ITA 2569 site whose OIT pages are hard to reach within the crawl's bounds (issue 19, round 8, lane
"traps").

Run from the repository root:  python -m farm.builders.heldout_traps

  www.huaikhamin-sao.go.th   อบต.ห้วยขมิ้น (สระบุรี)   crawl_traps
      A Java portal (Tomcat, cookies refused): every own link carries the session in a path parameter,
      ``/portal/page.do;jsessionid=<id>?id=…``, and each page hands out its own session id, so one page has as many
      addresses as pages link it. Every page's mega-menu links: a news archive of 5,000 items built by the server
      (``/portal/news.do?page=K``, twenty a page, each page linking the next; the farm's ``news`` key), "ข่าวทั้งหมด"
      (``news.do?all=1``, one page of 5,000 links), an endless event calendar (``/portal/calendar.do?m=N``, each month
      linking the next, 3 s an answer), twelve division pages, the six pages of O1–O4, O10, O17 — and
      "ศูนย์ข้อมูลข่าวสาร", the only way to the OIT index: ศูนย์ข้อมูลข่าวสาร (depth 1) → การเปิดเผยข้อมูลสาธารณะ (2) →
      การประเมิน ITA (3) → ITA ปีงบประมาณ พ.ศ. 2569 (4) → "OIT 2569" through a chain of three redirects (``/oit2569``
      301 ``/oit2569/`` 301 ``/portal/oit/`` 302 ``/portal/page.do?id=oit2569``), the index table at depth 5, its
      documents at depth 6 in a file store that answers each download in 2.5 s.
      Wrong: O7 is the 2567 annual report (partial), O11 covers the first 3 months (partial), O16's PDF answers 404
      (broken), O21 row "-" (missing), O24 "อยู่ระหว่างดำเนินการ" (missing).
      Markup source: Tomcat's URL rewriting (``HttpServletResponse.encodeURL`` appends ``;jsessionid=`` when the
      client refuses the session cookie), Struts ``*.do`` addresses, a Bootstrap mega-menu (``dropdown-menu`` with
      ``row``/``col`` columns of headed lists).

Every verdict was written before any engine run, as a careful assessor with a browser gives it (an assessor follows
the menus to the OIT index however deep and waits for slow downloads), with heldout_sites.py's rules (wrong year, a
3-month report = partial; "-", "อยู่ระหว่างดำเนินการ" = missing; a link answering 404 = broken). The crawl must reach
the index within its page budget (250) and depth, or say `unchecked` of what it did not read — never missing.
"""
from __future__ import annotations

import hashlib
import re
import shutil
import sys
from pathlib import Path

from farm.builders.heldout_sites import TITLE, HeldoutOut, own_pages, site_meta
from farm.builders.heldout_unforeseen import INLINE_KIND, KINDS, agency, item_rows
from farm.builders.ita2569_moit import NEWS69, news_list, write_manifest
from farm.builders.reading_sites_content import photos
from farm.server import SITES_DIR

HOST = "www.huaikhamin-sao.go.th"
PAGE = "/portal/page.do"
NEWS, CALENDAR, STORE = "/portal/news.do", "/portal/calendar.do", "/portal/files/oit2569"
DIVISIONS = ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสาธารณสุข", "กองสวัสดิการสังคม", "หน่วยตรวจสอบภายใน",
             "งานป้องกันและบรรเทาสาธารณภัย", "งานกิจการสภา", "ศูนย์พัฒนาเด็กเล็ก", "งานจัดเก็บรายได้", "งานพัสดุ"]
CHAIN = {"/oit2569": "/oit2569/", "/oit2569/": "/portal/oit/"}  # then /portal/oit/ answers 302 to the index
INDEX = f"{PAGE}?id=oit2569"


def mega_menu() -> str:
    """The Bootstrap mega-menu every page carries: columns of headed lists."""
    cols = [("เกี่ยวกับ อบต.", [("โครงสร้างองค์กร", f"{PAGE}?id=structure"), ("คณะผู้บริหาร", f"{PAGE}?id=executives"),
                               ("ติดต่อเรา", f"{PAGE}?id=contact")]),
            ("หน่วยงานภายใน", [(d, f"{PAGE}?id=div{k}") for k, d in enumerate(DIVISIONS)]),
            ("ข่าวสาร", [("ข่าวประชาสัมพันธ์", f"{PAGE}?id=news"), ("คลังข่าว", f"{NEWS}?page=1"),
                         ("ข่าวทั้งหมด (ทุกฉบับ)", f"{NEWS}?all=1"), ("ปฏิทินกิจกรรม", f"{CALENDAR}?m=0")]),
            ("บริการประชาชน", [("E-Service", f"{PAGE}?id=eservice"), ("ร้องเรียนการทุจริต", f"{PAGE}?id=complaint"),
                               ("ศูนย์ข้อมูลข่าวสาร", f"{PAGE}?id=infocenter")])]
    body = "".join(f'<div class="col-md-3"><h6 class="dropdown-header">{head}</h6><ul class="list-unstyled">'
                   + "".join(f'<li><a class="dropdown-item" href="{h}">{t}</a></li>' for t, h in links) + "</ul></div>"
                   for head, links in cols)
    return ('<nav class="navbar navbar-expand-lg"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" '
            'href="/portal/home.do">หน้าแรก</a></li><li class="nav-item dropdown"><a class="nav-link dropdown-toggle" '
            'href="#" data-bs-toggle="dropdown">เมนูหลัก</a><div class="dropdown-menu mega-menu"><div class="row">'
            f"{body}</div></div></li></ul></nav>")


def portal_page(ag: dict, title: str, body: str) -> str:
    return (f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{title} - {ag["name"]}</title>'
            '<link rel="stylesheet" href="/portal/css/bootstrap.min.css"></head><body>'
            f'<header><img src="/images/logo.png" alt="ตราสัญลักษณ์"><h1>{ag["name"]}</h1></header>{mega_menu()}'
            f'<main class="container"><h2>{title}</h2>{body}</main><aside><h4>ข่าวล่าสุด</h4>{news_list(NEWS69)}</aside>'
            f'<footer>{ag["name"]} {ag["address"]} โทรศัพท์ {ag["phone"]} โทรสาร {ag["fax"]} อีเมล {ag["email"]}</footer>'
            "</body></html>")


def hub(links: list[tuple[str, str]], text: str) -> str:
    return f"<p>{text}</p><ul>" + "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in links) + "</ul>"


def with_sessions(root: Path) -> None:
    """Tomcat's URL rewriting: every own link of a page carries that page's session id (a new one per page, as
    each cookie-less request starts a session)."""
    for file in root.rglob("*"):
        if file.is_file() and (file.suffix == ".html" or "@" in file.name):
            text = file.read_text(encoding="utf-8")
            sid = hashlib.md5(file.name.encode()).hexdigest()[:24].upper()
            text = re.sub(r'href="(/portal/[^"?;#]+)', lambda m, s=sid: f'href="{m.group(1)};jsessionid={s}', text)
            file.write_text(text, encoding="utf-8")


def site_huaikhamin(out: HeldoutOut) -> None:
    host = HOST
    ag = agency("ห้วยขมิ้น", "หนองแซง", "สระบุรี", "huaikhamin", "18170",
                ["นายประเสริฐ มั่นคง", "นายวีระ พึ่งบุญ", "นางสาวกาญจนา ศรีทอง"], ["081-777-8801", "081-777-8802", "081-777-8803"])
    ag["map"] = "14.47,100.87"
    modes = {"O7": "stale", "O11": "half", "O16": "dead", "O21": "nofile", "O24": "denial"}
    photos(out, host, ag)

    def page(title: str, body: str) -> str:
        return portal_page(ag, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.ห้วยขมิ้น")
    own_pages(out, host, ag, page, {k: f"portal/page.do@id={k}" for k in KINDS}, form, f"{PAGE}?id=complaint")
    inline = {c: f"{PAGE}?id={k}" for c, k in INLINE_KIND.items()}
    where = f"หน้า http://{host}{INDEX} (ศูนย์ข้อมูลข่าวสาร → การเปิดเผยข้อมูลสาธารณะ → ITA → ITA 2569 → OIT 2569)"
    rows, verdicts = item_rows(out, host, ag, modes, lambda c, stem, ext: f"{STORE}/{c}-{stem}.{ext}", inline, where)
    trs = []
    for code, sub, links, note in rows:
        cells = "<br>".join(f'<a href="{h}" target="_blank">{t}</a>' for t, h in links) or note
        trs.append(f"<tr><td>{sub}</td><td>{code}</td><td>{TITLE[code]}</td><td>{cells}</td></tr>")
    table = ('<table class="table table-striped"><thead><tr><th>ตัวชี้วัดย่อย</th><th>ข้อ</th><th>ข้อมูล</th>'
             '<th>หลักฐาน</th></tr></thead><tbody>' + "".join(trs) + "</tbody></table>")
    out.text(host, "portal/page.do@id=oit2569", page("การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569", table))
    chain = [("การเปิดเผยข้อมูลสาธารณะ", "infocenter", "disclosure", "ศูนย์ข้อมูลข่าวสารของราชการตาม พ.ร.บ.ข้อมูลข่าวสารฯ"),
             ("การประเมินคุณธรรมและความโปร่งใส (ITA)", "disclosure", "ita", "ข้อมูลที่ อบต. เปิดเผยต่อสาธารณะ"),
             ("ITA ปีงบประมาณ พ.ศ. 2569", "ita", "ita2569", "ผลและเอกสารการประเมินแต่ละปีงบประมาณ")]
    titles = {"infocenter": "ศูนย์ข้อมูลข่าวสาร", "disclosure": "การเปิดเผยข้อมูลสาธารณะ",
              "ita": "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)"}
    for label, here, there, text in chain:
        older = [("ITA ปีงบประมาณ พ.ศ. 2568 (ผลการประเมิน)", f"{PAGE}?id=ita2568")] if here == "ita" else []
        out.text(host, f"portal/page.do@id={here}", page(titles[here], hub([(label, f"{PAGE}?id={there}"), *older], text)))
    out.text(host, "portal/page.do@id=ita2568", page("ITA ปีงบประมาณ พ.ศ. 2568", "<p>ผลคะแนน ITA ปี 2568: 87.45 คะแนน</p>"))
    out.text(host, "portal/page.do@id=ita2569", page("ITA ปีงบประมาณ พ.ศ. 2569", hub(
        [("แบบตรวจการเปิดเผยข้อมูลสาธารณะ OIT 2569 (ตัวชี้วัดที่ 9 และ 10)", "/oit2569"),
         ("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)", f"{PAGE}?id=iit2569")],
        "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2569")))
    out.text(host, "portal/page.do@id=iit2569", page("IIT 2569", "<p>ลิงก์แบบวัด IIT จะแจ้งเวียนภายใน</p>"))
    for k, d in enumerate(DIVISIONS):
        out.text(host, f"portal/page.do@id=div{k}", page(d, f"<p>ภารกิจของ{d} {ag['name']}</p>"))
    home = (f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69)}<ul>"
            + "".join(f'<li><a href="{NEWS}?id={n}">ข่าวประชาสัมพันธ์ ฉบับที่ {n}</a></li>' for n in range(5000, 4960, -1))
            + f'</ul><p><a href="{NEWS}?page=1">อ่านข่าวทั้งหมด</a> <a href="{CALENDAR}?m=0">ปฏิทินกิจกรรม</a></p>')
    out.text(host, "portal/home.do", page("หน้าแรก", home))
    out.text(host, "index.html", '<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="refresh" '
             f'content="0; url=/portal/home.do"><title>{ag["name"]}</title></head><body></body></html>')
    with_sessions(out.dest / host)
    docs = sorted("/" + p.relative_to(out.dest / host).as_posix() for p in (out.dest / host / STORE[1:]).glob("*"))
    write_manifest(out, host, {
        "path_params": True, "types": {"/portal/home.do": "text/html"},
        "news": {"path": NEWS, "items": 5000, "per_page": 20}, "calendar": CALENDAR,
        "redirect": CHAIN, "found": {"/portal/oit/": INDEX},
        "slow": {CALENDAR: 3, **{d: 2.5 for d in docs}}})
    out.write_expected(host, "crawl_traps: a Java portal with ;jsessionid= in every own link (a new id per page), a "
                       "mega-menu linking a server-built news archive of 5,000 items, a page of 5,000 links and an "
                       "endless slow calendar; the OIT index at depth 5 behind the mega-menu's ศูนย์ข้อมูลข่าวสาร and a "
                       "chain of three redirects; its documents in a store answering in 2.5 s.",
                       site_meta("huaikhamin", "crawl_traps", ag, "Huai Khamin SAO", "อบต.", "สระบุรี", f"http://{host}/"),
                       verdicts)


def build(dest: Path = SITES_DIR) -> None:
    shutil.rmtree(dest / HOST, ignore_errors=True)   # only this site's folder; forms live under hashed ids
    site_huaikhamin(HeldoutOut(dest))


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
