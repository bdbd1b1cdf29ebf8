"""Two held-out ITA 2569 sites whose documents live on object storage and a CMS vendor's file host, not on the
agency's own domain (round 14, lane "cdnstore").

Run from the repository root:  python -m farm.builders.heldout_cdnstore

  www.khaokaew-sao.go.th    อบต.เขาแก้ว (ลานสัก อุทัยธานี)      object_storage_docs
      A LAO site whose OIT index (/oit/2569/) is a table on its own host, while the web officer uploads the
      documents to the cloud storage the province's IT contractor set up, and links each file's public address:
      Amazon S3 virtual-hosted (``khaokaew-sao-docs.s3.ap-southeast-1.amazonaws.com/ita2569/…``) and path-style
      (``s3.ap-southeast-1.amazonaws.com/khaokaew-files/oit/2569/…``), Google Cloud Storage
      (``storage.googleapis.com/khaokaew-oit/2569/…``), Azure blob storage (``khaokaewsao.blob.core.windows.net/ita/
      <uuid>.pdf``: a name that says nothing; the document says what it is), DigitalOcean Spaces
      (``khaokaew.sgp1.digitaloceanspaces.com/…``) and a CloudFront distribution in front of a bucket
      (``d1k4ew2sao9x7q.cloudfront.net/uploads/…``). The HR rows (O13–O15) link one page of an S3 static website
      (``khaokaew-ita.s3-website-ap-southeast-1.amazonaws.com/ita2569/hr/``, the contractor's "document centre")
      that lists the three items' PDFs, kept in the same bucket.
      Wrong: O7's GCS file is the 2567 annual report (partial: O7 needs 2568); O14's file on the S3 website is the
      2568 HR management policy (partial); O12's S3 object was deleted (S3 answers 404 ``NoSuchKey``: broken);
      O16's S3 object is private (S3 answers 403 ``AccessDenied`` XML to anyone without the bucket owner's keys: a
      person who clicks sees the XML error and no document, the same as the crawler — the evidence is not published:
      broken; S3 answers AccessDenied also for a key that does not exist when the bucket does not let the public
      list it, which is the same to a reader); O23 row "-" (missing); O25 "อยู่ระหว่างดำเนินการ" (missing).
      Markup source: S3's REST error document (``<Error><Code>AccessDenied</Code><Message>Access Denied</Message>
      <RequestId>…</RequestId><HostId>…</HostId></Error>``, ``application/xml``) and its NoSuchKey form, S3 website
      endpoints' ``<bucket>.s3-website-<region>.amazonaws.com`` names, GCS's ``storage.googleapis.com/<bucket>/<object>``
      and Azure's ``<account>.blob.core.windows.net/<container>/<blob>`` public URL forms.

  www.bangrakam-sao.go.th   อบต.บางระกำ (บางระกำ พิษณุโลก)        vendor_file_host
      A vendor CMS (the kind Thai LAO web vendors host by the hundred) whose OIT page (/ita/2569) lists each item
      with a "ดาวน์โหลด" button; the vendor keeps every customer's uploads on its shared file servers, not on the
      agency's host: ``cdn.tambonsmart.com/<agency-id>/files/ita/2569/<hash>.pdf`` (hash names) and
      ``files.websiteorbor.co.th/upload/<agency-id>/2026/03/<name>.pdf``; one item is on the vendor's older
      document server ``docs.tambonsmart.net``, whose robots.txt disallows every robot.
      Wrong: O12's file is the 2567 annual procurement report (partial); O16's file was removed from the CDN (the vendor's
      404 page: broken); O21 row "-" (missing); O24 "อยู่ระหว่างดำเนินการ" (missing). O15 is on docs.tambonsmart.net:
      a person reads it (pass), a polite crawler may not fetch it (robots.txt), so it can only be unknown to one.
      Markup source: a LAO vendor template's OIT table (item, title, a "ดาวน์โหลด" icon button per file).

Every verdict was written before any engine run, as a careful assessor with a browser gives it: the assessor clicks
each link and reads the document that opens (wrong year = partial; "-", "อยู่ระหว่างดำเนินการ" = missing; a file
the storage answers "not found" or "access denied" for = broken: no one can open it).
"""
from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path

from farm.builders.heldout_shares import anchors, table
from farm.builders.heldout_sites import TITLE, HeldoutOut, docs, judge, lao_page, own_pages, publish_docs, site_meta
from farm.builders.heldout_unforeseen import INLINE_KIND, KINDS, agency
from farm.builders.ita2569_moit import NEWS69, news_list, write_manifest
from farm.builders.reading_sites_content import INLINE, INLINE_WHY, SHEETS, SUB, exec_why, photos, sheet_rows
from farm.server import SITES_DIR

HOSTS = ("www.khaokaew-sao.go.th", "www.bangrakam-sao.go.th")
S3_VHOST = "khaokaew-sao-docs.s3.ap-southeast-1.amazonaws.com"
S3_PATH = "s3.ap-southeast-1.amazonaws.com"
S3_SITE = "khaokaew-ita.s3-website-ap-southeast-1.amazonaws.com"
GCS = "storage.googleapis.com"
AZURE = "khaokaewsao.blob.core.windows.net"
SPACES = "khaokaew.sgp1.digitaloceanspaces.com"
CLOUDFRONT = "d1k4ew2sao9x7q.cloudfront.net"
VENDOR_CDN, VENDOR_FILES, VENDOR_OLD = "cdn.tambonsmart.com", "files.websiteorbor.co.th", "docs.tambonsmart.net"
STORE_HOSTS = (S3_VHOST, S3_PATH, S3_SITE, GCS, AZURE, SPACES, CLOUDFRONT, VENDOR_CDN, VENDOR_FILES, VENDOR_OLD)


def digest(*parts, size: int = 32) -> str:
    return hashlib.sha1("/".join(map(str, parts)).encode()).hexdigest()[:size]


def s3_error(code: str, message: str, key: str) -> str:
    """S3's REST error document (what a browser shows for a private or deleted object)."""
    rid = digest(key, "rid", size=16).upper()
    extra = f"<Key>{key}</Key>" if code == "NoSuchKey" else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>{code}</Code><Message>{message}</Message>{extra}'
            f"<RequestId>{rid}</RequestId><HostId>{digest(key, 'host', size=40)}=</HostId></Error>")


class StoreOut(HeldoutOut):
    """HeldoutOut with each storage host's manifest (types, error statuses), written once at the end."""

    def __init__(self, dest: Path):
        super().__init__(dest)
        self.manifests: dict[str, dict] = {h: {} for h in STORE_HOSTS}

    def table(self, host: str, name: str) -> dict:
        return self.manifests[host].setdefault(name, {})

    def write_manifests(self) -> None:
        for host, manifest in self.manifests.items():
            write_manifest(self, host, manifest)

    def files(self, host: str, code: str, ag: dict, mode: str, path_of) -> list[tuple[str, str]]:
        """An item's documents on ``host`` at ``path_of(stem, ext)``: [(title, url)]; ``dead``: S3/vendor 404,
        ``denied``: S3's 403 AccessDenied, nothing stored."""
        links = []
        for stem, title, body in docs(code, ag, "ok" if mode in ("denied", "dead") else mode):
            path = path_of(stem, "pdf")
            links.append((title, f"https://{host}{path}"))
            if mode == "dead" and host.endswith("amazonaws.com"):
                self.text(host, path, s3_error("NoSuchKey", "The specified key does not exist.", path.lstrip("/")))
                self.table(host, "page_status")[path] = 404
                self.table(host, "types")[path] = "application/xml"
            elif mode == "denied":
                self.text(host, path, s3_error("AccessDenied", "Access Denied", path.lstrip("/")))
                self.table(host, "page_status")[path] = 403
                self.table(host, "types")[path] = "application/xml"
            elif mode == "dead":
                self.table(host, "status")[path] = 404
            else:
                self.pdf(host, path, title, body)
                if code in SHEETS:
                    self.xlsx(host, path_of(stem, "xlsx"), title, [SHEETS[code], *sheet_rows(code, stem, mode)])
                    links.append((title + " (Excel)", f"https://{host}{path_of(stem, 'xlsx')}"))
            if mode in ("dead", "denied"):
                break
        return links


# ----------------------------------------------------------------------------------------------------------------
# 1. object_storage_docs: S3 (virtual-hosted, path-style, static website), GCS, Azure blob, Spaces, CloudFront

def site_khaokaew(out: StoreOut) -> None:
    host = HOSTS[0]
    ag = agency("เขาแก้ว", "ลานสัก", "อุทัยธานี", "khaokaew", "61160",
                ["นายบุญมี แก้วประเสริฐ", "นายสุรชัย ทองมา", "นางสาวพิมพ์ใจ ศรีงาม"],
                ["081-777-6101", "081-777-6102", "081-777-6103"])
    ag["map"] = "15.45,99.57"
    modes = {"O7": "stale", "O12": "dead", "O14": "stale", "O16": "denied", "O23": "nofile", "O25": "denial"}
    photos(out, host, ag)
    url = {k: f"/{k}.php" for k in sorted(KINDS)}
    menu = [("หน้าแรก", "/"), ("โครงสร้าง", url["structure"]), ("คณะผู้บริหาร", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("E-Service", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("OIT 2569", "/oit/2569/"), ("ติดต่อเรา", url["contact"])]

    def page(title: str, body: str) -> str:
        return lao_page(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.เขาแก้ว")
    own_pages(out, host, ag, page, {k: url[k].lstrip("/") for k in sorted(KINDS)}, form, url["complaint"])
    where = f"หน้า http://{host}/oit/2569/ แถว"
    placed = {
        "O5": (S3_VHOST, lambda c, s, e: f"/ita2569/{c}-{s}.{e}", "Amazon S3"),
        "O6": (S3_PATH, lambda c, s, e: f"/khaokaew-files/oit/2569/{c}-{s}.{e}", "Amazon S3 (path-style)"),
        "O7": (GCS, lambda c, s, e: f"/khaokaew-oit/2569/{c}-{s}.{e}", "Google Cloud Storage"),
        "O8": (AZURE, lambda c, s, e: f"/ita/{digest(c, s, size=8)}-{digest(c, s, 'u', size=4)}-4{digest(c, s, 'v', size=3)}.{e}",
               "Azure blob storage"),
        "O9": (SPACES, lambda c, s, e: f"/ita2569/{c}_{s}.{e}", "DigitalOcean Spaces"),
        "O11": (CLOUDFRONT, lambda c, s, e: f"/uploads/ita/{c}-{s}.{e}", "CloudFront"),
        "O12": (S3_VHOST, lambda c, s, e: f"/ita2569/{c}-{s}.{e}", "Amazon S3"),
        "O16": (S3_VHOST, lambda c, s, e: f"/ita2569/{c}-{s}.{e}", "Amazon S3"),
        "O18": (GCS, lambda c, s, e: f"/khaokaew-oit/2569/{c}-{s}.{e}", "Google Cloud Storage"),
    }
    hr_page = f"http://{S3_SITE}/ita2569/hr/"
    hr_rows, rows, verdicts = [], [], {}
    for sub, name, numbers in SUB:
        for n in numbers:
            code, mode = f"O{n}", modes.get(f"O{n}", "ok")
            links: list[tuple[str, str]] = []
            if code in INLINE:
                links = [(TITLE[code], url[INLINE_KIND[code]])]
                why = f"หน้า {url[INLINE_KIND[code]]}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code])
                verdicts[code] = ("pass", f"{where} {code}: {why}")
            elif code in placed:
                store, path_of, how = placed[code]
                links = out.files(store, code, ag, mode, lambda s, e, c=code, p=path_of: p(c, s, e))
                if mode == "denied":
                    verdicts[code] = ("broken", f"{where} {code}: ลิงก์ไฟล์บน {how} {links[0][1]} เปิดแล้วได้หน้า XML "
                                      "'AccessDenied / Access Denied' ไม่มีเอกสาร (ผู้อ่านทุกคนเห็นเช่นเดียวกัน)")
                else:
                    status, why = judge(code, ag, mode, f"{where} {code}", links[0][1] if mode == "dead" else "")
                    verdicts[code] = (status, why.replace(f"{where} {code}:", f"{where} {code} (ไฟล์บน {how}):", 1)
                                      if mode != "dead" else why + " (S3 ตอบ NoSuchKey)")
            elif code in ("O13", "O14", "O15"):
                files = out.files(S3_SITE, code, ag, mode, lambda s, e, c=code: f"/ita2569/hr/files/{c}-{s}.{e}")
                hr_rows.append((code, [(t, u.replace(f"https://{S3_SITE}/ita2569/hr/", "")) for t, u in files]))
                links = [(f"{TITLE[code]} (ศูนย์เอกสาร)", hr_page)]
                status, why = judge(code, ag, mode, f"{where} {code}")
                verdicts[code] = (status, why.replace(f"{where} {code}:", f"{where} {code} → หน้า {hr_page} (S3 static "
                                                      "website) ลิงก์ไฟล์:", 1))
            else:
                links, _ = publish_docs(out, host, code, ag, mode, lambda stem, ext, c=code: f"/upload/oit/{c}-{stem}.{ext}")
                verdicts[code] = judge(code, ag, mode, where.removesuffix(" แถว") if mode == "nofile" else f"{where} {code}")
            cell = anchors(links) or ("อยู่ระหว่างดำเนินการ" if mode == "denial" else "-")
            rows.append((code, f"{sub} {name}", cell))
    hr = "".join(f"<h3>{code} {TITLE[code]}</h3><ul>" + "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in files)
                 + "</ul>" for code, files in hr_rows)
    out.text(S3_SITE, "ita2569/hr/index.html", (
        '<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>ศูนย์เอกสาร อบต.เขาแก้ว - '
        'การบริหารและพัฒนาทรัพยากรบุคคล</title></head><body><h1>ศูนย์เอกสาร องค์การบริหารส่วนตำบลเขาแก้ว</h1>'
        f'<h2>ITA 2569 ตัวชี้วัดย่อย 9.4 การบริหารและพัฒนาทรัพยากรบุคคล</h2>{hr}'
        f'<p><a href="http://{host}/oit/2569/">กลับหน้า OIT 2569</a></p></body></html>'))
    intro = ("<p>องค์การบริหารส่วนตำบลเขาแก้วเผยแพร่ข้อมูลสาธารณะตามแบบตรวจ OIT ประจำปีงบประมาณ พ.ศ. 2569 "
             "เอกสารจัดเก็บบนระบบคลาวด์ของจังหวัด คลิกชื่อเอกสารเพื่อเปิดอ่าน</p>")
    out.text(host, "oit/2569/index.html", page("การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569", intro + table(rows)))
    out.text(host, "index.html", page("หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     '<p><a href="/oit/2569/">OIT 2569 การเปิดเผยข้อมูลสาธารณะ</a></p>'))
    write_manifest(out, host, {"types": dict.fromkeys(url.values(), "text/html")})
    out.write_expected(host, "object_storage_docs: the OIT index (own host) links documents on Amazon S3 (virtual-hosted "
                       "and path-style; one object deleted: NoSuchKey 404, one private: AccessDenied 403), Google Cloud "
                       "Storage, Azure blob, DigitalOcean Spaces and CloudFront; the HR rows link an S3 static website "
                       "page listing the PDFs.",
                       site_meta("khaokaew", "object_storage_docs", ag, "Khao Kaew SAO", "อบต.", "อุทัยธานี",
                                 f"http://{host}/"), verdicts)


# ----------------------------------------------------------------------------------------------------------------
# 2. vendor_file_host: a LAO vendor CMS whose uploads live on the vendor's shared file servers

def site_bangrakam(out: StoreOut) -> None:
    host = HOSTS[1]
    ag = agency("บางระกำ", "บางระกำ", "พิษณุโลก", "bangrakam", "65140",
                ["นายสมศักดิ์ พรหมมา", "นายอำนาจ ศรีเมือง", "นางวันเพ็ญ ทองสุข"],
                ["081-888-7201", "081-888-7202", "081-888-7203"])
    ag["map"] = "16.75,100.11"
    # O9 was "stale" in the first build: the manual carries no year, so last year's copy is the same document and a
    # reader sees a current manual (pass; corrected after the first engine run). O12 stale added then as the partial.
    modes = {"O12": "stale", "O16": "dead", "O21": "nofile", "O24": "denial"}
    photos(out, host, ag)
    url = {k: f"/page.php?id={i}" for i, k in enumerate(sorted(KINDS), start=11)}
    menu = [("หน้าหลัก", "/"), ("โครงสร้าง", url["structure"]), ("ผู้บริหาร", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("E-Service", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("ITA 2569", "/ita/2569"), ("ติดต่อเรา", url["contact"])]

    def page(title: str, body: str) -> str:
        return lao_page(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.บางระกำ")
    own_pages(out, host, ag, page, {k: url[k].lstrip("/").replace("?", "@") for k in sorted(KINDS)}, form,
              url["complaint"])
    where = f"หน้า http://{host}/ita/2569 แถว"
    aid = "lao650914"
    rows, verdicts = [], {}
    for sub, name, numbers in SUB:
        for n in numbers:
            code, mode = f"O{n}", modes.get(f"O{n}", "ok")
            links: list[tuple[str, str]] = []
            if code in INLINE:
                links = [(TITLE[code], url[INLINE_KIND[code]])]
                why = f"หน้า {url[INLINE_KIND[code]]}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code])
                verdicts[code] = ("pass", f"{where} {code}: {why}")
                cell = anchors(links)
            else:
                if code == "O15":
                    store, how = VENDOR_OLD, f"เซิร์ฟเวอร์เอกสารเดิมของผู้ให้บริการ {VENDOR_OLD}"
                    path_of = lambda s, e, c=code: f"/{aid}/doc/{c.lower()}_{s}.{e}"  # noqa: E731
                elif n % 2:
                    store, how = VENDOR_CDN, f"เซิร์ฟเวอร์ไฟล์ของผู้ให้บริการ {VENDOR_CDN}"
                    path_of = lambda s, e, c=code: f"/{aid}/files/ita/2569/{digest(aid, c, s)}.{e}"  # noqa: E731
                else:
                    store, how = VENDOR_FILES, f"เซิร์ฟเวอร์ไฟล์ของผู้ให้บริการ {VENDOR_FILES}"
                    path_of = lambda s, e, c=code: f"/upload/{aid}/2026/03/{c}_{s}.{e}"  # noqa: E731
                links = [] if mode in ("nofile", "denial") else out.files(store, code, ag, mode, path_of)
                if mode in ("nofile", "denial"):
                    verdicts[code] = judge(code, ag, mode, where.removesuffix(" แถว") if mode == "nofile" else f"{where} {code}")
                else:
                    status, why = judge(code, ag, mode, f"{where} {code}", links[0][1] if mode == "dead" else "")
                    verdicts[code] = (status, why.replace(f"{where} {code}:", f"{where} {code} (ปุ่มดาวน์โหลด ไฟล์บน{how}):", 1)
                                      if mode != "dead" else why + " (หน้า 404 ของผู้ให้บริการ)")
                buttons = "".join(f'<a class="btn btn-download" href="{u}" target="_blank" title="ดาวน์โหลด">'
                                  f'<i class="fa fa-download"></i> ดาวน์โหลด</a> ' for _, u in links)
                cell = buttons or ("อยู่ระหว่างดำเนินการ" if mode == "denial" else "-")
            rows.append((code, f"{sub} {name}", cell))
    out.text(VENDOR_OLD, "robots.txt", "")
    out.manifests[VENDOR_OLD]["robots"] = "User-agent: *\nDisallow: /\n"
    intro = "<p>ข้อมูลการเปิดเผยข้อมูลสาธารณะ (OIT) องค์การบริหารส่วนตำบลบางระกำ ประจำปีงบประมาณ พ.ศ. 2569</p>"
    out.text(host, "ita/2569", page("ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)", intro + table(rows)))
    out.text(host, "index.html", page("หน้าหลัก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     '<p><a href="/ita/2569">ITA 2569</a></p>'))
    write_manifest(out, host, {"types": {"/ita/2569": "text/html", "/page.php": "text/html"}})
    out.write_expected(host, "vendor_file_host: the OIT page (own host) has a download button per file; the files live "
                       "on the CMS vendor's shared file servers (hash names on a CDN, named files on a second host, one "
                       "item on an old document server whose robots.txt disallows robots); one file removed (404).",
                       site_meta("bangrakam", "vendor_file_host", ag, "Bang Rakam SAO", "อบต.", "พิษณุโลก",
                                 f"http://{host}/"), verdicts)


def build(dest: Path = SITES_DIR) -> None:
    for host in (*HOSTS, *STORE_HOSTS):
        shutil.rmtree(dest / host, ignore_errors=True)
    out = StoreOut(dest)
    site_khaokaew(out)
    site_bangrakam(out)
    out.write_manifests()
    (dest / VENDOR_OLD / "robots.txt").unlink(missing_ok=True)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
