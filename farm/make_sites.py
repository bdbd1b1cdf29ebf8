"""Write the sample agency sites of ``sitespec.py`` as plain files under ``farm/sites/``.

Run ``python -m farm.make_sites`` after changing a spec (needs LibreOffice and fonts-thai-tlwg to make Thai
PDFs, and Pillow for the scanned one). The output is committed, so tests and the demo need none of these.
``generate_variants()`` copies the model site under other host names for benchmarks.
"""
from __future__ import annotations

import html
import re
import io
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from farm.sitespec import EXPECTED, SITES
from rules.rulebook import load_rulebook
from rules.thai import thai_digits

SITES_DIR = Path(__file__).parent / "sites"
MONTHS = [("ตุลาคม", 10), ("พฤศจิกายน", 11), ("ธันวาคม", 12), ("มกราคม", 1), ("กุมภาพันธ์", 2), ("มีนาคม", 3)]
EXTRA_LINES = {  # components some items must show, in the words agencies use
    "recruitment": "หลักเกณฑ์ประกอบด้วย การสรรหาและคัดเลือกบุคลากร การบรรจุและแต่งตั้งบุคลากร การพัฒนาบุคลากร "
                   "การประเมินผลการปฏิบัติราชการ การให้คุณให้โทษและการสร้างขวัญกำลังใจ",
}


def page(title: str, body: str, site: dict, nav: str = "") -> str:
    header, menu, content, footer = ('div id="header"', 'div id="top-menu" class="menu"', 'div class="content"',
                                     'div class="footer"') if site.get("div_layout") else ("header", "nav", "main", "footer")
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="{site.get('manifest', {}).get('encoding', 'utf-8')}">
<title>{title}</title></head>
<body>
<{header}><h2>{html.escape(site['name_th'])}</h2></{header.split()[0]}>
<{menu}>{nav or default_nav(site)}</{menu.split()[0]}>
<{content}>
{body}
</{content.split()[0]}>
<{footer}>{html.escape(site['name_th'])} จังหวัด{html.escape(site['province'])} | สงวนลิขสิทธิ์ ITA {site['year']}</{footer.split()[0]}>
</body></html>
"""


def default_nav(site: dict) -> str:
    links = [("/", "หน้าแรก"), ("/contact.html", "ติดต่อเรา")]
    if site["style"] == "ita_index":
        links.insert(1, (f"/ita/{site['year']}.html", f"ITA {site['year']}"))
    return " | ".join(f'<a href="{u}">{t}</a>' for u, t in links)


def digits(site: dict, markup: str) -> str:
    """Thai digits in the text of a page, never in its tags and links."""
    if not site.get("thai_digits"):
        return markup
    return re.sub(r">([^<]+)<", lambda m: ">" + thai_digits(m.group(1)) + "<", f">{markup}<")[1:-1]


def year_for(item, variation: str | None, site_year: int) -> int:
    which = next((c.get("year") for c in item.checks if c["check"] == "mentions_year"), "current")
    year = site_year - 1 if which == "previous" else site_year
    return year - 1 if variation == "year" else year


def item_text(site: dict, item, variation: str | None) -> tuple[str, str]:
    """The title and HTML body of an item's page or document."""
    year = year_for(item, variation, site["year"])
    six = any(c["check"] == "covers_months" for c in item.checks)
    lines = [f"<h1>{html.escape(item.title_th)}</h1>",
             f"<p>{html.escape(site['name_th'])} ประจำปีงบประมาณ พ.ศ. {year}</p>",
             "<p>รายละเอียดโครงการ/กิจกรรม งบประมาณที่ใช้ ผลการดำเนินงาน ปัญหาอุปสรรค และข้อเสนอแนะ "
             "ตามที่ได้ดำเนินการในรอบปีที่ผ่านมา เพื่อเผยแพร่ให้ประชาชนทั่วไปได้รับทราบ</p>"]
    components = {c.get("name_en") for ch in item.checks for c in ch.get("components", [])}
    lines += [f"<p>{line}</p>" for key, line in EXTRA_LINES.items() if key in components]
    if six:
        months = MONTHS[:3] if variation == "months3" else MONTHS
        rows = "".join(f"<tr><td>{m} {year - 1 if n >= 10 else year}</td><td>{12 + n * 3}</td><td>ดำเนินการแล้ว</td></tr>"
                       for m, n in months)
        lines.append(f"<table><tr><th>เดือน</th><th>จำนวน</th><th>สถานะ</th></tr>{rows}</table>")
    lines.append(f"<p>ประกาศ ณ วันที่ 15 {'ธันวาคม' if year == site['year'] else 'พฤศจิกายน'} พ.ศ. {year}</p>")
    return item.title_th, digits(site, "\n".join(lines))


def special_page(site: dict, item, variation: str | None) -> str | None:
    """Pages whose content is not a plain report: contact, executives, webboard, social, forms."""
    check_names = {c["check"] for c in item.checks}
    name = html.escape(site["name_th"])
    host = site["host"].removeprefix("www.")
    if item.terms[0].raw.startswith("ข้อมูลผู้บริหาร"):
        people = [("นายสมชาย ใจดี", "นายก" + site["type"]), ("นางสาวสุดา รักถิ่น", "ปลัด" + site["type"])]
        cards = "".join(f'<div class="person"><img src="/img/p{i}.png" alt="{n}"><p>{n}</p><p>ตำแหน่ง {p}</p>'
                        f"<p>โทร. 08{i}-123-456{i}</p></div>" for i, (n, p) in enumerate(people, 1))
        return f"<h1>ข้อมูลผู้บริหาร</h1>{cards}"
    if "has_components" in check_names and any(c.get("name_en") == "fax" for ch in item.checks
                                                for c in ch.get("components", [])):
        fax = "" if variation == "no_fax_map" else "<p>โทรสาร 044-000-112</p>"
        gmap = "" if variation == "no_fax_map" else \
            '<p>แผนที่ตั้ง: <a href="https://www.google.com/maps/place/15.2,102.1">Google Maps</a></p>'
        return (f"<h1>ข้อมูลการติดต่อ</h1><p>{name}</p><p>ที่อยู่ หมู่ที่ 1 ตำบลตัวอย่าง อำเภอเมือง "
                f"จังหวัด{html.escape(site['province'])} 30000</p><p>โทรศัพท์ 044-000-111</p>{fax}"
                f"<p>อีเมล saraban@{host}</p>{gmap}")
    if "links_to_hosts" in check_names:
        fb = f"https://www.facebook.com/{site['id']}" + ("-old" if variation == "dead_social" else "")
        line = "" if variation == "dead_social" else f'<li><a href="https://line.me/R/ti/p/@{site["id"]}">LINE Official</a></li>'
        return f'<h1>Social Network</h1><ul><li><a href="{fb}">Facebook {name}</a></li>{line}</ul>'
    if "interactive" in check_names:
        topic = html.escape(item.title_th)
        if item.terms[0].raw.lower().startswith("q"):
            return None  # the webboard lives in /webboard/
        return (f"<h1>{topic}</h1><p>กรอกแบบฟอร์มเพื่อ{topic} ออนไลน์ เจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการ</p>"
                f'<form method="post" action="/submit"><input name="name"><textarea name="detail"></textarea>'
                f"<button>ส่ง</button></form>")
    return None


def webboard(site: dict) -> str:
    body = ("<h1>กระดานถาม-ตอบ (Q&amp;A)</h1><table><tr><td>สอบถามเรื่องการชำระภาษีที่ดิน</td><td>ตอบแล้ว</td></tr>"
            "<tr><td>ขอทราบขั้นตอนการขออนุญาตก่อสร้าง</td><td>ตอบแล้ว</td></tr></table>"
            '<form method="post" action="/webboard/post"><input name="topic"><textarea name="question"></textarea>'
            "<button>ตั้งกระทู้</button></form>")
    return page("เว็บบอร์ด ถาม-ตอบ", body, site)


def code_label(site: dict, number: int) -> str:
    style = site.get("code_style", "latin")
    if style == "thai":
        return f"ข้อ {thai_digits(number)}"
    if style == "zero":
        return f"0{number:02d}" if number >= 10 else f"0{number}"
    return f"O{number}"


class SiteWriter:
    def __init__(self, site: dict, dest: Path, pdf_jobs: list):
        self.site, self.dest, self.pdf_jobs = site, dest, pdf_jobs
        self.rulebook = load_rulebook(site["year"])
        self.scheme = site.get("scheme", "http")

    def write(self, rel: str, text: str) -> None:
        path = self.dest / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    def item_target(self, item, variation: str | None) -> str:
        """Write an item's evidence and return the link the site uses for it."""
        site, n = self.site, item.number
        if variation == "placeholder":
            return "#"
        if variation == "broken404":
            return f"/docs/o{n:02d}.pdf"
        if variation == "broken500":
            self.site.setdefault("manifest", {}).setdefault("status", {})[f"/items/o{n:02d}.html"] = 500
            return f"/items/o{n:02d}.html"
        if variation == "external":
            return f"https://drive.google.com/file/d/{site['id']}-o{n:02d}/view"
        special = special_page(site, item, variation)
        if special is not None:
            self.write(f"items/o{n:02d}.html", page(item.title_th, special, site))
            return f"/items/o{n:02d}.html"
        if item.terms[0].raw.lower().startswith("q"):
            return "/webboard/"
        title, body = item_text(site, item, variation)
        if variation == "image_only" or (n % 3 == 0 and not site.get("no_pdf")):
            self.pdf_jobs.append((self.dest / f"docs/o{n:02d}.pdf", body, variation == "image_only"))
            return f"/docs/o{n:02d}.pdf"
        if site["id"] == "bansample" and n == 14:
            write_docx(self.dest / "docs/o14.docx", title, body)
            return "/docs/o14.docx"
        if site["id"] == "bansample" and n == 16:
            write_xlsx(self.dest / "docs/o16.xlsx", title, site["year"])
            return "/docs/o16.xlsx"
        if n % 2 == 0:  # an item page that lists the document, as many sites do
            self.pdf_jobs.append((self.dest / f"docs/o{n:02d}-file.pdf", body, False))
            self.write(f"items/o{n:02d}.html", page(title, f"<h1>{html.escape(title)}</h1><ul><li>"
                       f'<a href="/docs/o{n:02d}-file.pdf">ดาวน์โหลดเอกสาร</a></li></ul>', site))
        else:
            self.write(f"items/o{n:02d}.html", page(title, body, site))
        return f"/items/o{n:02d}.html"

    def build(self) -> dict:
        site = self.site
        expected = {}
        if site["style"] == "down":
            expected = {i.code: {"status": "unchecked", "why": "site down"} for i in self.rulebook.items}
        else:
            targets = {}
            for item in self.rulebook.items:
                variation = site["vary"].get(item.code)
                targets[item.code] = self.item_target(item, variation)
                expected[item.code] = {"status": EXPECTED[variation], "why": variation or "complete"}
            for code in [c for c, v in site["vary"].items() if v == "omit"]:
                targets.pop(code)
            self.write("webboard/index.html", webboard(site))
            self.write("img/p1.png", "")
            self.write("img/p2.png", "")
            (self.write_index if site["style"] == "ita_index" else self.write_menus)(targets)
        manifest = site.get("manifest", {})
        self.dest.mkdir(parents=True, exist_ok=True)
        (self.dest / "manifest.yaml").write_text(
            "# How the farm serves this site (see farm/server.py)\n" + yaml.safe_dump(manifest, allow_unicode=True),
            encoding="utf-8")
        head = f"# True status of every OIT item, recorded by reading the site as an assessor would.\n# {site['about']}\n"
        (self.dest / "expected.yaml").write_text(head + yaml.safe_dump(
            {"agency": site["id"], "year": site["year"], "items": expected}, allow_unicode=True, sort_keys=False),
            encoding="utf-8")
        return expected

    def home(self, extra: str, nav: str = "") -> None:
        site = self.site
        social = "" if site["vary"].get("O9") == "dead_social" else \
            f'<p class="social"><a href="https://www.facebook.com/{site["id"]}">Facebook</a></p>'
        news_title = "ข่าวประชาสัมพันธ์"
        if site.get("hostile_title"):
            news_title = "ข่าว &lt;script&gt;alert('xss')&lt;/script&gt;"
        self.write("news.html", page(news_title, digits(site, f"<h1>{news_title}</h1><ul>"
                   f"<li>ประชาสัมพันธ์การชำระภาษี ประจำปี {site['year']}</li>"
                   f"<li>โครงการฝึกอบรมอาชีพ วันที่ 10 มกราคม {site['year']}</li></ul>"), site))
        body = (f"<h1>ยินดีต้อนรับสู่เว็บไซต์{html.escape(site['name_th'])}</h1>"
                f"<p>จังหวัด{html.escape(site['province'])}</p>{extra}{social}"
                f'<p><a href="/news.html">{news_title}</a></p>')
        self.write("index.html", page(site["name_th"], body, site, nav))

    def index_table(self, targets: dict, year: int, doc_prefix: str = "") -> str:
        rows, current = [], None
        words = ["คลิก", "ดาวน์โหลด", "เปิด", "รายละเอียด"]
        for item in self.rulebook.items:
            if item.subindicator != current:
                current = item.subindicator
                sub = self.rulebook.subindicators[current]
                rows.append(f'<tr><th colspan="3">ตัวชี้วัดย่อยที่ {current} {sub["th"]}</th></tr>')
            if item.code not in targets:
                continue
            href = targets[item.code]
            if doc_prefix and href.startswith("/"):
                href = doc_prefix + href.rsplit("/", 1)[1].replace(".pdf", ".html")
            rows.append(f"<tr><td>{code_label(self.site, item.number)}</td><td>{html.escape(item.title_th)}</td>"
                        f'<td><a href="{href}">{words[item.number % 4]}</a></td></tr>')
        return digits(self.site, f"<h1>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. {year}</h1>"
                                 f"<table>{''.join(rows)}</table>")

    def write_index(self, targets: dict) -> None:
        site, year = self.site, self.site["year"]
        self.write(f"ita/{year}.html", page(f"ITA {year}", self.index_table(targets, year), site))
        extra = f'<p class="banner"><a href="/ita/{year}.html">ITA {year} การประเมินคุณธรรมและความโปร่งใส</a></p>'
        old = site.get("extra_index_year")
        if old:  # last year's ITA page stays online, with last year's documents
            for item in self.rulebook.items:
                title, body = item_text(site, item, "year")
                self.write(f"ita{old}/o{item.number:02d}.html", page(title, body, site))
            self.write(f"ita/{old}.html", page(f"ITA {old}", self.index_table(
                {i.code: f"/x/o{i.number:02d}.pdf" for i in self.rulebook.items}, old, f"/ita{old}/"), site))
            extra += f'<p><a href="/ita/{old}.html">ITA {old}</a></p>'
        self.home(extra)

    def write_menus(self, targets: dict) -> None:
        site, groups = self.site, {}
        menus = {"9.1": ("about.html", "เกี่ยวกับเรา"), "9.2": ("services.html", "บริการประชาชนและแผนงาน"),
                 "9.3": ("procurement.html", "จัดซื้อจัดจ้าง"), "9.4": ("hr.html", "บุคลากร"),
                 "9.5": ("anticorruption.html", "ป้องกันการทุจริต"), "10.1": ("anticorruption.html", "ป้องกันการทุจริต"),
                 "10.2": ("anticorruption.html", "ป้องกันการทุจริต")}
        for item in self.rulebook.items:
            if item.code in targets:
                groups.setdefault(menus[item.subindicator], []).append(
                    f'<li><a href="{targets[item.code]}">{html.escape(item.title_th)}</a></li>')
        for (file, label), links in groups.items():
            self.write(file, page(label, f"<h1>{label}</h1><ul>{''.join(links)}</ul>", site))
        nav = " | ".join(f'<a href="/{f}">{l}</a>' for f, l in groups) + \
            ' | <a href="/calendar.php">ปฏิทินกิจกรรม</a> | <a href="/index.php">หน้าหลัก</a>' \
            ' | <a href="/loop.php">ระบบเดิม</a> | <a href="/admin/">ผู้ดูแลระบบ</a> | <a href="#!">เมนู</a>' \
            ' | <a href="javascript:void(0)">พิมพ์</a>'
        self.home("<p>ข้อมูลข่าวสารของหน่วยงาน ดูได้จากเมนูด้านบน</p>", nav)
        # a page no menu links to, listed only in sitemap.xml
        self.write("archive/old-news.html", page("คลังข่าวเก่า", "<h1>คลังข่าวเก่า</h1><p>ข่าวย้อนหลัง</p>", site))
        self.write("sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
                   '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                   f'<url><loc>http://{site["host"]}/</loc></url>'
                   f'<url><loc>http://{site["host"]}/archive/old-news.html</loc></url></urlset>\n')


def write_docx(path: Path, title: str, body: str) -> None:
    import re
    import docx

    path.parent.mkdir(parents=True, exist_ok=True)
    doc = docx.Document()
    doc.add_heading(title, 1)
    for line in re.sub(r"<[^>]+>", "\n", body).splitlines():
        if line.strip():
            doc.add_paragraph(line.strip())
    doc.save(path)


def write_xlsx(path: Path, title: str, year: int) -> None:
    import openpyxl

    path.parent.mkdir(parents=True, exist_ok=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([title, f"ประจำปีงบประมาณ พ.ศ. {year}"])
    ws.append(["เดือน", "จำนวนผู้รับบริการ"])
    for month, n in MONTHS:
        ws.append([f"{month} {year - 1 if n >= 10 else year}", 100 + n])
    wb.save(path)


def make_pdfs(jobs: list) -> None:
    """Turn HTML bodies into real Thai PDFs with LibreOffice; scans become image-only PDFs."""
    if not jobs:
        return
    with tempfile.TemporaryDirectory() as tmp:
        sources = []
        for k, (_, body, _) in enumerate(jobs):
            src = Path(tmp) / f"doc{k}.html"
            src.write_text(f'<html><head><meta charset="utf-8"><style>body{{font-family:"Garuda","Loma"}}</style>'
                           f"</head><body>{body}</body></html>", encoding="utf-8")
            sources.append(str(src))
        # HTML -> ODT -> PDF: LibreOffice's direct HTML export writes PDFs that pdfium reads no text from.
        for start in range(0, len(sources), 60):
            batch = sources[start:start + 60]
            subprocess.run(["soffice", "--headless", "--convert-to", "odt", "--outdir", tmp, *batch],
                           check=True, capture_output=True)
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp,
                            *[b.replace(".html", ".odt") for b in batch]], check=True, capture_output=True)
        for k, (dest, _, scan) in enumerate(jobs):
            dest.parent.mkdir(parents=True, exist_ok=True)
            pdf = Path(tmp) / f"doc{k}.pdf"
            if scan:
                import pypdfium2
                image = pypdfium2.PdfDocument(str(pdf))[0].render(scale=1).to_pil().convert("L")
                buffer = io.BytesIO()
                image.save(buffer, "PDF", resolution=72)
                dest.write_bytes(buffer.getvalue())
            else:
                shutil.copy(pdf, dest)


def write_outside_hosts(dest: Path) -> None:
    """Outside services the sites link to: Facebook pages, LINE, Google Drive, Google Maps."""
    for site in SITES:
        fb = dest / "www.facebook.com" / site["id"] / "index.html"
        fb.parent.mkdir(parents=True, exist_ok=True)
        fb.write_text(f"<html><head><title>{site['name_th']} | Facebook</title></head><body>Facebook</body></html>",
                      encoding="utf-8")
        line = dest / "line.me" / "R" / "ti" / "p" / f"@{site['id']}" / "index.html"
        line.parent.mkdir(parents=True, exist_ok=True)
        line.write_text("<html><head><title>LINE Official Account</title></head><body>LINE</body></html>", encoding="utf-8")
        for code, variation in site["vary"].items():
            if variation == "external":
                doc = dest / "drive.google.com" / "file" / "d" / f"{site['id']}-o{int(code[1:]):02d}" / "view" / "index.html"
                doc.parent.mkdir(parents=True, exist_ok=True)
                doc.write_text("<html><head><title>Google Drive</title></head><body>PDF viewer</body></html>", encoding="utf-8")
    maps = dest / "www.google.com" / "maps" / "place" / "15.2,102.1" / "index.html"
    maps.parent.mkdir(parents=True, exist_ok=True)
    maps.write_text("<html><head><title>Google Maps</title></head><body>map</body></html>", encoding="utf-8")


def registry_rows(sites: list[dict]) -> list[dict]:
    return [{"id": s["id"], "name_th": s["name_th"], "name_en": s["name_en"], "type": s["type"],
             "province": s["province"], "url": f"{s.get('scheme', 'http')}://{s['host']}/",
             "contact_email": f"saraban@{s['host'].removeprefix('www.')}"} for s in sites]


def write_registry(path: Path, rows: list[dict]) -> None:
    import csv

    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def build_all(dest: Path = SITES_DIR) -> None:
    if dest.exists():
        shutil.rmtree(dest)
    jobs: list = []
    for site in SITES:
        site = json.loads(json.dumps(site))
        SiteWriter(site, dest / site["host"], jobs).build()
    make_pdfs(jobs)
    write_outside_hosts(dest)
    write_registry(dest.parent / "agencies.csv", registry_rows(SITES))


def generate_variants(dest: Path, count: int, own_outbound: bool = False) -> Path:
    """Copy the model site under ``count`` generated host names (for benchmarks); returns the registry CSV.

    ``own_outbound``: each copy links its own Facebook page and LINE account, as real agencies do, instead of
    the model's (so that a run-wide cache of outbound checks does not flatter a benchmark)."""
    model = next(s for s in SITES if s["id"] == "bansample")
    dest.mkdir(parents=True, exist_ok=True)
    rows = []
    for k in range(count):
        host = f"www.bench{k:04d}.go.th"
        shutil.copytree(SITES_DIR / model["host"], dest / host, dirs_exist_ok=True)
        if own_outbound:
            _own_outbound(dest, host, f"bench{k:04d}")
        rows.append(dict(registry_rows([model])[0], id=f"bench{k:04d}", url=f"http://{host}/",
                         name_th=f"{model['name_th']} {k}", contact_email=""))
    for outside in ("www.facebook.com", "line.me", "www.google.com"):
        shutil.copytree(SITES_DIR / outside, dest / outside, dirs_exist_ok=True)
    write_registry(dest / "agencies.csv", rows)
    return dest / "agencies.csv"


def _own_outbound(dest: Path, host: str, name: str) -> None:
    for page in (dest / host).rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        if "bansample" in text:
            page.write_text(text.replace("facebook.com/bansample", f"facebook.com/{name}")
                            .replace("line.me/R/ti/p/@bansample", f"line.me/R/ti/p/@{name}"), encoding="utf-8")
    for outside, model in (("www.facebook.com", "bansample"), ("line.me/R/ti/p", "@bansample")):
        shutil.copytree(SITES_DIR / outside / model, dest / outside / model.replace("bansample", name), dirs_exist_ok=True)


if __name__ == "__main__":
    build_all(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
    print(f"wrote {len(SITES)} sites under {SITES_DIR}")
