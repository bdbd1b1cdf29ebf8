"""Two held-out ITA 2569 sites whose evidence lives on national and other government systems, not on the agency's
own host (issue 19, round 10, lane "national").

Run from the repository root:  python -m farm.builders.heldout_national

  www.nongwaeng-sao.go.th   อบต.หนองแวง (ขอนแก่น)     national_systems
      A LAO vendor CMS whose OIT index (/ita/2569) links, beside its own PDFs, what Thai LAOs really link: its local
      development plan on the DLA's e-plan (``eplan.dla.go.th/PlanView.aspx?…``: an ASP.NET page that refuses HEAD
      with 405, GET works), its procurement announcements on e-GP (``process3.gprocurement.go.th/egp2procmainWeb/…``:
      F5 BIG-IP answers a crawler "Request Rejected", a person sees the list), its complaint statistics as a
      data.go.th (CKAN) dataset whose resource is the XLSX, the information centre on info.go.th (a script-built
      application), and two items whose documents the provincial local-administration office keeps on its own host
      (``www.localkhonkaen.go.th``): O19's page answers **HTTP 404 with the page in full** (Joomla-style router), O22's
      PDF answers 503 with ``Retry-After`` twice before it is served; every PDF there refuses HEAD.
      Wrong: O7 is the 2567 annual report (partial), O16's PDF on the provincial host is gone (404: broken), O18's
      dataset is the 2567 statistics (partial), O21 row "-" (missing), O24 "อยู่ระหว่างดำเนินการ" (missing).
      Markup source: CKAN 2.9's dataset page (``resource-item``, ``resource-url-analytics``), e-GP's address shape
      (``procsearch.sch?servlet=gojsp&proc_id=ShowHTMLFile``), F5's rejection page, ASP.NET WebForms' ``__VIEWSTATE``.

  www.bankhokyai.ac.th      โรงเรียนบ้านโคกใหญ่ (ขอนแก่น)  parent_office_host
      A small school's site (its own structure, executives, contact, news, e-service and complaint pages) whose menu
      "ITA 2569" opens its OIT page **on its educational service area office's host** (``www.kkn1.obec.go.th/ita2569/
      school.php?code=…``): the office's CMS lists every school's OIT table, this school's rows linking PDFs under
      the office's /ita2569/upload/<school code>/ and the school's own pages. The office host refuses HEAD on its
      uploads (405) and rate-limits: two PDFs answer 429 with ``Retry-After`` twice before they are served.
      Wrong: O6 progress covers 3 months (partial), O13 is the 2568 HR plan (partial), O18's PDF on the office host
      answers 404 (broken), O23 row "-" (missing), O26 "อยู่ระหว่างดำเนินการ" (missing).
      Markup source: OBEC service-area offices' PHP CMSs (school lists by ``code``), the heldout LAO template.

Every verdict was written before any engine run, as a careful assessor with a browser gives it: the assessor
clicks the link, sees e-GP's and info.go.th's pages (a browser passes F5's and the script's checks), sees a page a
server sends under 404 in full, tries a busy or rate-limited host again a little later, and judges the document
shown by heldout_sites.py's rules (wrong year, a 3-month report = partial; "-", "อยู่ระหว่างดำเนินการ" = missing; a link
to a file that is not there = broken). Evidence on another government's host counts as the agency's when the
agency's own OIT index or menu links it.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

from farm.builders.heldout_sites import TITLE, HeldoutOut, docs, judge, lao_page, own_pages, publish_docs, site_meta
from farm.builders.heldout_unforeseen import INLINE_KIND, KINDS, agency
from farm.builders.ita2569_moit import NEWS69, news_list, write_manifest
from farm.builders.reading_sites_content import INLINE, INLINE_WHY, SUB, exec_why, photos
from farm.server import SITES_DIR

HOSTS = ("www.nongwaeng-sao.go.th", "www.bankhokyai.ac.th")
EGP, EPLAN, DATA, INFO = "process3.gprocurement.go.th", "eplan.dla.go.th", "data.go.th", "www.info.go.th"
PROVINCE, ESA = "www.localkhonkaen.go.th", "www.kkn1.obec.go.th"
OUTSIDE = (EGP, EPLAN, DATA, INFO, PROVINCE, ESA)


def table(rows: list[tuple[str, str, str]]) -> str:
    """The OIT index: sub-indicator, code, title, evidence cell."""
    trs = "".join(f"<tr><td>{sub}</td><td>{code}</td><td>{TITLE[code]}</td><td>{cell}</td></tr>" for code, sub, cell in rows)
    return ('<table class="table table-bordered"><thead><tr><th>ตัวชี้วัดย่อย</th><th>ข้อ</th><th>ข้อมูล</th>'
            f'<th>หลักฐาน</th></tr></thead><tbody>{trs}</tbody></table>')


def anchors(links: list[tuple[str, str]]) -> str:
    return "<br>".join(f'<a href="{h}" target="_blank">{t}</a>' for t, h in links)


def province_page(title: str, body: str) -> str:
    """The provincial local-administration office's Joomla-style template."""
    return ('<!DOCTYPE html><html lang="th-th"><head><meta charset="utf-8"><title>' + title +
            ' - สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดขอนแก่น</title></head><body><div class="t3-header">'
            '<h1>สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดขอนแก่น</h1></div><ul class="nav menu">'
            '<li><a href="/">หน้าหลัก</a></li><li><a href="/index.php/about">เกี่ยวกับหน่วยงาน</a></li>'
            '<li><a href="/index.php/news">ข่าวประชาสัมพันธ์</a></li><li><a href="/index.php/ita-lao">ITA อปท.</a></li>'
            '<li><a href="/index.php/contact">ติดต่อเรา</a></li></ul><div class="item-page"><h2 itemprop="headline">'
            f'{title}</h2><div itemprop="articleBody">{body}</div></div><div class="t3-footer">สำนักงานส่งเสริมการปกครอง'
            'ท้องถิ่นจังหวัดขอนแก่น ศาลากลางจังหวัดขอนแก่น ถนนศูนย์ราชการ ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000 '
            'โทรศัพท์ 043-236-937</div></body></html>')


# ----------------------------------------------------------------------------------------------------------------
# 1. national_systems: e-plan, e-GP, data.go.th, info.go.th and the provincial office's host beside the own PDFs

def nongwaeng_agency() -> dict:
    ag = agency("หนองแวง", "เมืองขอนแก่น", "ขอนแก่น", "nongwaeng", "40000",
                ["นายประสิทธิ์ แก้วมณี", "นายสมหมาย ศรีวงศ์", "นางสาวจันทร์เพ็ญ พรมมา"],
                ["081-777-8801", "081-777-8802", "081-777-8803"])
    ag["map"] = "16.43,102.83"
    return ag


def site_nongwaeng(out: HeldoutOut) -> None:
    host = HOSTS[0]
    ag = nongwaeng_agency()
    modes = {"O7": "stale", "O16": "dead", "O18": "stale", "O21": "nofile", "O24": "denial"}
    photos(out, host, ag)
    url = {k: f"/page/{k}" for k in sorted(KINDS)}
    menu = [("หน้าแรก", "/"), ("โครงสร้าง", url["structure"]), ("คณะผู้บริหาร", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("E-Service", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("ITA 2569", "/ita/2569"), ("ติดต่อเรา", url["contact"])]

    def page(title: str, body: str) -> str:
        return lao_page(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.หนองแวง")
    own_pages(out, host, ag, page, {k: url[k].lstrip("/") for k in sorted(KINDS)}, form, url["complaint"])
    where = f"หน้า http://{host}/ita/2569 แถว"
    org = "6400105"
    egp = (f"https://{EGP}/egp2procmainWeb/jsp/procsearch.sch?pid=6400105&servlet=gojsp&proc_id=ShowHTMLFile"
           "&processFlows=Procure")
    rows, verdicts = [], {}
    for sub, name, numbers in SUB:
        for n in numbers:
            code, mode = f"O{n}", modes.get(f"O{n}", "ok")
            label, links, why = f"{sub} {name}", [], ""
            if code in INLINE:
                links = [(TITLE[code], url[INLINE_KIND[code]])]
                why = f"หน้า {url[INLINE_KIND[code]]}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code])
                verdicts[code] = ("pass", f"{where} {code}: {why}")
            elif code == "O5":     # the plan on the DLA's e-plan: an ASP.NET page refusing HEAD
                (_, title, body), = docs(code, ag, mode)[:1]
                path = f"/PlanView.aspx@orgId={org}&planYear=2566"
                out.text(EPLAN, path.lstrip("/"), eplan_page(title, body))
                links = [(f"{title} (ระบบ e-plan กรมส่งเสริมการปกครองท้องถิ่น)", f"https://{EPLAN}{path.replace('@', '?')}")]
                verdicts[code] = ("pass", f"{where} O5: ลิงก์ไประบบ e-plan ของ สถ. https://{EPLAN}{path.replace('@', '?')} "
                                  f"แสดง {title} พร้อมบัญชีโครงการ (ระบบตอบ HEAD ด้วย 405 แต่เปิดด้วยเบราว์เซอร์ได้ตามปกติ)")
            elif code == "O18":    # the statistics as a data.go.th dataset (CKAN); its resource is the workbook
                links, verdicts[code] = ckan_dataset(out, ag, code, mode, where)
            elif code in ("O16", "O19", "O22"):   # kept by the provincial office on its host
                links, verdicts[code] = on_province(out, ag, code, mode, where)
            else:
                links, dead = publish_docs(out, host, code, ag, mode, lambda stem, ext, c=code: f"/uploads/ita2569/{c}-{stem}.{ext}")
                verdicts[code] = judge(code, ag, mode, where.removesuffix(" แถว") if mode == "nofile" else f"{where} {code}",
                                       f"http://{host}{dead}" if dead else "")
                if code in ("O11", "O12") and links:
                    links.append(("ประกาศจัดซื้อจัดจ้างในระบบ e-GP กรมบัญชีกลาง", egp))
                if code == "O12" and links:
                    links.append(("ศูนย์ข้อมูลข่าวสารอิเล็กทรอนิกส์ของราชการ (info.go.th)", f"https://{INFO}/"))
            cell = anchors(links) or ("อยู่ระหว่างดำเนินการ" if mode == "denial" else "-")
            rows.append((code, label, cell))
    intro = ("<p>องค์การบริหารส่วนตำบลหนองแวงเผยแพร่ข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ "
             "พ.ศ. 2569 บางรายการเชื่อมโยงไปยังระบบของกรมส่งเสริมการปกครองท้องถิ่น กรมบัญชีกลาง และสำนักงานส่งเสริมการปกครอง"
             "ท้องถิ่นจังหวัดขอนแก่น</p>")
    out.text(host, "ita/2569", page("การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569", intro + table(rows)))
    out.text(host, "index.html", page("หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     '<p><a href="/ita/2569"><img src="/images/ita2569.png" alt="ITA 2569"></a></p>'))
    out.png(host, "images/ita2569.png", 60)
    write_manifest(out, host, {"types": dict.fromkeys([*url.values(), "/ita/2569"], "text/html")})
    # the national systems as they answer a crawler
    write_manifest(out, EGP, {"firewall": {"/egp2procmainWeb/": "f5"}})
    write_manifest(out, EPLAN, {"types": {"/PlanView.aspx": "text/html"}, "head_status": {"/PlanView.aspx": 405}})
    out.text(INFO, "index.html", INFO_SHELL)
    out.write_expected(host, "national_systems: the OIT index links the plan on DLA e-plan (HEAD refused), e-GP (F5 rejects "
                       "crawlers), a data.go.th dataset, info.go.th (script-built), and documents on the provincial "
                       "office's host (a page answering 404 in full, a PDF busy 503 with Retry-After twice, HEAD refused).",
                       site_meta("nongwaeng", "national_systems", ag, "Nong Waeng SAO", "อบต.", "ขอนแก่น", f"http://{host}/"),
                       verdicts)


INFO_SHELL = ('<!DOCTYPE html><html lang="th" ng-app="infoApp"><head><meta charset="utf-8"><title>ศูนย์ข้อมูลข่าวสาร'
              'อิเล็กทรอนิกส์ของราชการ</title><script src="/js/angular.min.js"></script><script src="/js/app.js"></script>'
              '</head><body><div ng-view></div><noscript>กรุณาเปิดใช้งาน JavaScript</noscript></body></html>')


def eplan_page(title: str, body: str) -> str:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>ระบบสารสนเทศเพื่อการวางแผนพัฒนาท้องถิ่น (e-plan)</title>'
            '</head><body><form method="post" action="./PlanView.aspx" id="form1"><input type="hidden" name="__VIEWSTATE" '
            'id="__VIEWSTATE" value="/wEPDwUKLTI3NTg0MzY0Mw9kFgICAw9kFgQCAQ8PFgIeBFRleHQFBzY0MDAxMDVkZAIDDzwrABEBDBQr"/>'
            '<div class="header"><img src="/images/dla_logo.png" alt="กรมส่งเสริมการปกครองท้องถิ่น"> ระบบ e-plan '
            'กรมส่งเสริมการปกครองท้องถิ่น</div><div class="content"><span id="lblOrg">องค์การบริหารส่วนตำบลหนองแวง '
            f'อำเภอเมืองขอนแก่น จังหวัดขอนแก่น</span><h3 id="lblPlan">{title}</h3>{body}</div></form></body></html>')


def ckan_dataset(out: HeldoutOut, ag: dict, code: str, mode: str, where: str):
    dataset = "/dataset/nongwaeng-complaint-statistics"
    rid, did = "5b2f6c1e-8d3a-4f7b-9e21-0c4d5a6b7e80", "a1c9e3f4-2b6d-4e8f-8a0b-7c6d5e4f3a21"
    written = publish_docs(out, DATA, code, ag, mode, lambda stem, ext: f"{dataset}/{did}/resource/{rid}/download/{code}-{stem}.{ext}")[0]
    items = "".join(f'<li class="resource-item"><a class="heading" href="{h}">{t}</a><a class="resource-url-analytics" '
                    f'href="{h}">ดาวน์โหลด</a></li>' for t, h in written)
    title = written[0][0]
    out.text(DATA, dataset.lstrip("/") + "/index.html",
             '<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>' + title + ' - ศูนย์กลางข้อมูลเปิดภาครัฐ'
             '</title></head><body><header class="masthead"><a href="/">Open Government Data of Thailand</a></header>'
             '<div role="main"><ol class="breadcrumb"><li><a href="/organization/nongwaeng">องค์การบริหารส่วนตำบลหนองแวง</a>'
             f'</li></ol><article class="module"><h1>{title}</h1><div class="notes embedded-content"><p>ข้อมูลสถิติเรื่อง'
             'ร้องเรียนการทุจริตและประพฤติมิชอบ ขององค์การบริหารส่วนตำบลหนองแวง จำแนกตามประเภทและผลการดำเนินการ</p></div>'
             f'<section id="dataset-resources"><h3>ทรัพยากรข้อมูล</h3><ul class="resource-list">{items}</ul></section>'
             '</article></div><footer>สำนักงานสถิติแห่งชาติ / สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)</footer></body></html>')
    status, why = judge(code, ag, mode, f"{where} {code}", "")
    return [(f"{title} (data.go.th)", f"https://{DATA}{dataset}")], \
        (status, f"{why} — ชุดข้อมูลบน data.go.th https://{DATA}{dataset}")


PROVINCE_PAGES: dict[str, str] = {}


def on_province(out: HeldoutOut, ag: dict, code: str, mode: str, where: str):
    """O16 (gone), O19 (a page answering 404 in full that links its PDF) and O22 (a busy PDF) on the province's host."""
    folder = "/images/ita/nongwaeng"
    written, dead = publish_docs(out, PROVINCE, code, ag, mode, lambda stem, ext: f"{folder}/{code}-{stem}.{ext}")
    absolute = [(t, f"https://{PROVINCE}{h}") for t, h in written]
    if code == "O19":
        path = "/index.php/ita-lao/nongwaeng-o19"
        PROVINCE_PAGES[path] = code
        out.text(PROVINCE, path.lstrip("/"), province_page(
            f"{TITLE[code]} อบต.หนองแวง", "<p>สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดขอนแก่นเผยแพร่เอกสารขององค์การบริหาร"
            "ส่วนตำบลหนองแวง ตามแบบ OIT ประจำปีงบประมาณ พ.ศ. 2569</p><ul>" +
            "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in written) + "</ul>"))
        status, why = judge(code, ag, mode, f"{where} {code}", "")
        return ([(TITLE[code], f"https://{PROVINCE}{path}")],
                (status, f"{why} — หน้าบนเว็บไซต์ สถจ.ขอนแก่น https://{PROVINCE}{path} (ตอบ HTTP 404 แต่แสดงหน้าครบ)"))
    detail = f"https://{PROVINCE}{dead}" if dead else ""
    status, why = judge(code, ag, mode, f"{where} {code}", detail)
    if code == "O22":
        why += " (ไฟล์บนเว็บไซต์ สถจ.ขอนแก่น ตอบ 503 พร้อม Retry-After สองครั้งแรก แล้วเปิดได้)"
    return absolute, (status, why)


# ----------------------------------------------------------------------------------------------------------------
# 2. parent_office_host: a school whose OIT page and documents are on its service area office's host

def site_bankhokyai(out: HeldoutOut) -> None:
    host = HOSTS[1]
    ag = agency("โคกใหญ่", "บ้านฝาง", "ขอนแก่น", "bankhokyai", "40270",
                ["นายวีระพงษ์ สุขสวัสดิ์", "นางสาวนงลักษณ์ บุญมา", "นางพรทิพย์ ศรีโคตร"],
                ["081-888-9901", "081-888-9902", "081-888-9903"])
    ag.update(name="โรงเรียนบ้านโคกใหญ่", short="โรงเรียนบ้านโคกใหญ่", email="bankhokyai@kkn1.go.th", map="16.45,102.63",
              address="99 หมู่ 5 ตำบลโคกใหญ่ อำเภอบ้านฝาง จังหวัดขอนแก่น 40270", phone="043-000-551", fax="043-000-552",
              execs=[("นายวีระพงษ์ สุขสวัสดิ์", "ผู้อำนวยการโรงเรียนบ้านโคกใหญ่"),
                     ("นางสาวนงลักษณ์ บุญมา", "รองผู้อำนวยการโรงเรียนบ้านโคกใหญ่"),
                     ("นางพรทิพย์ ศรีโคตร", "หัวหน้างานบริหารทั่วไป โรงเรียนบ้านโคกใหญ่")])
    modes = {"O6": "half", "O13": "stale", "O18": "dead", "O23": "nofile", "O26": "denial"}
    photos(out, host, ag)
    code_no = "1040050123"
    index = f"https://{ESA}/ita2569/school.php?code={code_no}"
    url = {k: f"/{k}.php" for k in sorted(KINDS)}
    menu = [("หน้าแรก", "/"), ("โครงสร้างการบริหาร", url["structure"]), ("ผู้บริหารสถานศึกษา", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("บริการออนไลน์", url["eservice"]), ("แจ้งเรื่องร้องเรียน", url["complaint"]),
            ("ITA 2569", index), ("ติดต่อโรงเรียน", url["contact"])]

    def page(title: str, body: str) -> str:
        return lao_page(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "แบบคำร้องขอรับบริการ โรงเรียนบ้านโคกใหญ่")
    own_pages(out, host, ag, page, {k: url[k].lstrip("/") for k in sorted(KINDS)}, form, url["complaint"])
    where = f"หน้า {index} (หน้า OIT ของโรงเรียนบนเว็บไซต์ สพป.ขอนแก่น เขต 1) แถว"
    upload = f"/ita2569/upload/{code_no}"
    rows, verdicts, busy = [], {}, {}
    for sub, name, numbers in SUB:
        for n in numbers:
            code, mode = f"O{n}", modes.get(f"O{n}", "ok")
            if code in INLINE:
                links = [(TITLE[code], f"http://{host}{url[INLINE_KIND[code]]}")]
                why = f"หน้า http://{host}{url[INLINE_KIND[code]]}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code])
                verdicts[code] = ("pass", f"{where} {code}: {why}")
            else:
                links, dead = publish_docs(out, ESA, code, ag, mode, lambda stem, ext, c=code: f"{upload}/{c}-{stem}.{ext}")
                verdicts[code] = judge(code, ag, mode, where.removesuffix(" แถว") if mode == "nofile" else f"{where} {code}",
                                       f"https://{ESA}{dead}" if dead else "")
                if code in ("O8", "O14"):
                    for _, h in links:
                        busy[h] = {"status": 429, "times": 2, "retry_after": 2}
                if code in ("O8", "O14"):
                    verdicts[code] = (verdicts[code][0], verdicts[code][1] + " (สพป. ตอบ 429 พร้อม Retry-After สองครั้งแรก "
                                      "แล้วเปิดได้)")
            cell = anchors(links) or ("อยู่ระหว่างดำเนินการ" if mode == "denial" else "-")
            rows.append((code, f"{sub} {name}", cell))
    esa_menu = ('<ul class="menu"><li><a href="/">หน้าหลัก</a></li><li><a href="/ita2569/">ITA สถานศึกษา 2569</a></li>'
                '<li><a href="/news.php">ข่าวประชาสัมพันธ์</a></li><li><a href="/contact.php">ติดต่อ สพป.</a></li></ul>')
    out.text(ESA, f"ita2569/school.php@code={code_no}",
             '<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>OIT สถานศึกษา ปีงบประมาณ 2569 :: '
             'โรงเรียนบ้านโคกใหญ่ :: สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต 1</title></head><body>'
             '<div class="banner">สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต 1</div>' + esa_menu +
             f'<div class="content"><h2>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569</h2><h3>โรงเรียนบ้านโคกใหญ่ '
             f'(รหัสสถานศึกษา {code_no}) อำเภอบ้านฝาง</h3>' + table(rows) + '<p><a href="/ita2569/">กลับหน้ารายชื่อโรงเรียน</a>'
             '</p></div><div class="footer">สพป.ขอนแก่น เขต 1 ถนนมิตรภาพ ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000 '
             'โทรศัพท์ 043-242-811</div></body></html>')
    out.text(host, "index.html", page("หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     f'<p><a href="{index}">การประเมินคุณธรรมและความโปร่งใส (ITA) ปีงบประมาณ 2569</a></p>'))
    write_manifest(out, host, {"types": dict.fromkeys(url.values(), "text/html")})
    write_manifest(out, ESA, {"types": {"/ita2569/school.php": "text/html"}, "head_status": {"/ita2569/upload/": 405},
                              "busy": busy})
    out.write_expected(host, "parent_office_host: a school's OIT page and documents on its service area office's host "
                       "(school.php?code=…), HEAD refused there, two PDFs rate-limited 429 with Retry-After twice.",
                       site_meta("bankhokyai", "parent_office_host", ag, "Ban Khok Yai School", "โรงเรียน", "ขอนแก่น",
                                 f"http://{host}/"),
                       verdicts)


def build(dest: Path = SITES_DIR) -> None:
    for host in (*HOSTS, *OUTSIDE):
        shutil.rmtree(dest / host, ignore_errors=True)   # only these sites' folders; forms live under hashed ids
    out = HeldoutOut(dest)
    site_nongwaeng(out)
    site_bankhokyai(out)
    write_manifest(out, PROVINCE, {
        "types": dict.fromkeys(PROVINCE_PAGES, "text/html"), "page_status": dict.fromkeys(PROVINCE_PAGES, 404),
        "head_status": {"/images/ita/": 405},
        "busy": {f"/images/ita/nongwaeng/{name}": {"status": 503, "times": 2, "retry_after": 2}
                 for name in sorted(p.name for p in (dest / PROVINCE / "images/ita/nongwaeng").glob("O22-*"))}})


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
