"""The pieces farm/builders/reading_sites.py builds its sites from: a writer for outside publishing hosts (Google
Sites/Drive/Docs/Sheets/Forms, AnyFlip, YouTube, Facebook and link wrappers, PDFs with a Thai text layer), the rules that
turn what is wrong with an item into its documents and its verdict, and the page templates (a script-built app, a
classic LAO template, Google Sites, WordPress). See reading_sites.py for the sites and the sources of their markup."""
from __future__ import annotations

import hashlib
import html
import json
import re
from pathlib import Path
from urllib.parse import quote

from farm.builders.ita2569_moit import (CUR, ITA2569, NEWS68, NEWS69, Out, contact_block, exec_block, ita_docs,
                                        news_list)

SITES_DIR = Path(__file__).resolve().parent.parent / "sites"


PREV = CUR - 1


FONT = "/usr/share/fonts/truetype/tlwg/Garuda.ttf"


ID = "1rD69"              # every outside id written here starts so: a rebuild removes only its own pages


PUB = "2PACX-1vRd69"      # Docs/Sheets published ids


FORM = "1FAIpQLSrD69"


FLIP_USER = "hpwxq"        # AnyFlip user id of site 5's books


TITLE = dict(ITA2569)


INLINE = {"O1", "O2", "O3", "O4", "O10", "O17"}       # web pages rather than documents


SUB = [("9.1", "ข้อมูลพื้นฐาน", range(1, 5)), ("9.2", "การบริหารงานและการใช้จ่ายงบประมาณ", range(5, 11)),
       ("9.3", "การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ", range(11, 13)),
       ("9.4", "การบริหารและพัฒนาทรัพยากรบุคคล", range(13, 16)), ("9.5", "การส่งเสริมความโปร่งใส", range(16, 20)),
       ("10.1", "การดำเนินการเพื่อป้องกันการทุจริตในประเด็นสินบน", range(20, 23)),
       ("10.2", "การส่งเสริมคุณธรรมและความโปร่งใส", range(23, 27))]


# ----------------------------------------------------------------------------------------------------------------
# Writing files: the agency's own host and the outside publishing hosts

def oid(*parts) -> str:
    """An outside id (Drive-like), stable across runs, under this builder's prefix."""
    return ID + hashlib.sha1("/".join(map(str, parts)).encode()).hexdigest()[:28]


class ReadingOut(Out):
    """Out with PDFs written at once by reportlab (Thai text layer in TLWG Garuda; LibreOffice is not needed)."""

    def pdf(self, host: str, path: str, title: str, body: str) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

        from reportlab import rl_config
        rl_config.invariant = 1                      # same bytes on every rebuild: no date or random id
        if "Garuda" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("Garuda", FONT))
        f = self.dest / host / path.lstrip("/")
        f.parent.mkdir(parents=True, exist_ok=True)
        head = ParagraphStyle("h", fontName="Garuda", fontSize=16, leading=26)
        text = ParagraphStyle("p", fontName="Garuda", fontSize=13, leading=21)
        flow = [Paragraph(title, head), Spacer(1, 8)]
        flow += [Paragraph(p, text) for p in re.findall(r"<p>(.*?)</p>", body, re.S)]
        doc = SimpleDocTemplate(str(f), pagesize=A4, title=html.unescape(re.sub("<[^>]+>", "", title)), author="")
        doc.build(flow)

    def xlsx(self, host: str, path: str, title: str, rows: list[list]) -> None:
        """The workbook with its zip dates and document timestamps fixed, so a rebuild writes the same bytes."""
        import io
        import zipfile
        super().xlsx(host, path, title, rows)
        f, stable = self.dest / host / path.lstrip("/"), io.BytesIO()
        with zipfile.ZipFile(f) as src, zipfile.ZipFile(stable, "w") as dst:
            for info in src.infolist():
                data = src.read(info.filename)
                if info.filename == "docProps/core.xml":
                    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-03-31T09:00:00Z", data)
                dst.writestr(zipfile.ZipInfo(info.filename, (2026, 3, 31, 9, 0, 0)), data, zipfile.ZIP_DEFLATED)
        f.write_bytes(stable.getvalue())

    def drive(self, fid: str, name: str, body: str) -> str:
        """A Drive file: its /view page and the /preview page Google Sites embeds."""
        url = self.drive_file(fid, name, body)
        view = self.dest / "drive.google.com" / "file" / "d" / fid / "view" / "index.html"
        self.text("drive.google.com", f"file/d/{fid}/preview/index.html", view.read_text(encoding="utf-8"))
        return url

    def google_url(self, target: str) -> str:
        """``https://www.google.com/url?q=…`` as Google Sites and Docs wrap outside links: Google's redirect notice."""
        usg = "AOvVaw" + oid("usg", target)[:22]
        query = f"q={quote(target, safe='')}&sa=D&sntz=1&usg={usg}"
        self.text("www.google.com", f"url@{query}",
                  '<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>การแจ้งเตือนการเปลี่ยนเส้นทาง</title>'
                  '</head><body><div class="fTk7vd"><h2>การแจ้งเตือนการเปลี่ยนเส้นทาง</h2><p>หน้าเว็บที่คุณเพิ่งเปิดกำลังพยายามส่งคุณไปยัง'
                  f' <a href="{html.escape(target)}">{html.escape(target)}</a></p><p>หากไม่ต้องการเข้าชมหน้าดังกล่าว '
                  'คุณสามารถ<a href="#" id="tsuid_1">กลับไปยังหน้าเว็บก่อนหน้า</a></p></div></body></html>')
        return f"https://www.google.com/url?{query}"

    # Outside publishing hosts (site 5) -------------------------------------------------------------------------
    def docs_pub(self, key: str, title: str, paras: list[str]) -> str:
        """A Google Docs document published to the web (File > Share > Publish: ``/pub``), server-rendered."""
        did = PUB + oid("doc", key)[5:30]
        body = "".join(f'<p class="c1"><span class="c0">{p}</span></p>' for p in paras)
        self.text("docs.google.com", f"document/d/e/{did}/pub/index.html",
                  f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:title" content="{title}">'
                  f'<title>{title}</title></head><body><div id="banner"><div id="title">{title}</div>'
                  f'<div id="interval"><span>อัปเดตอัตโนมัติทุก 5 นาที</span></div></div><div id="contents">'
                  f'<div class="doc-content"><p class="c2 title"><span class="c5">{title}</span></p>{body}</div></div>'
                  f'<div id="footer"><div id="publish-notice">เผยแพร่โดยใช้ Google เอกสาร</div></div></body></html>')
        return f"https://docs.google.com/document/d/e/{did}/pub"

    def sheets_pub(self, key: str, title: str, sheets: list[tuple[str, list[list]]]) -> str:
        """A Google Sheets spreadsheet published to the web (``/pubhtml``): every tab's ``table.waffle`` in the page."""
        sid = PUB + oid("sheet", key)[5:30]
        tabs, grids = [], []
        for k, (name, rows) in enumerate(sheets):
            gid = 1000 + 17 * k
            tabs.append(f'<li id="sheet-button-{gid}"><a href="#" onclick="switchToSheet(\'{gid}\')">{name}</a></li>')
            body = "".join(f'<tr style="height: 20px"><th id="{gid}R{r}" class="row-headers-background">'
                           f'<div class="row-header-wrapper">{r + 1}</div></th>'
                           + "".join(f'<td class="s{1 if r == 0 else 2}" dir="ltr">{c}</td>' for c in row) + "</tr>"
                           for r, row in enumerate(rows))
            grids.append(f'<div id="{gid}" style="display:{"block" if k == 0 else "none"};position:relative;" dir="ltr">'
                         f'<div class="ritz grid-container" dir="ltr"><table class="waffle" cellspacing="0" cellpadding="0">'
                         f'<tbody>{body}</tbody></table></div></div>')
        self.text("docs.google.com", f"spreadsheets/d/e/{sid}/pubhtml/index.html",
                  f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
                  f'<div id="doc-title"><span class="name">{title}</span></div><div id="sheet-menu"><ul>{"".join(tabs)}'
                  f'</ul></div><div id="sheets-viewport">{"".join(grids)}</div><script>function switchToSheet(id){{'
                  f'document.querySelectorAll("#sheets-viewport > div").forEach(function(d){{d.style.display='
                  f'd.id===id?"block":"none";}});}}</script><div id="footer">เผยแพร่โดยใช้ Google ชีต</div></body></html>')
        return f"https://docs.google.com/spreadsheets/d/e/{sid}/pubhtml"

    def anyflip(self, book: str, title: str, pages: list[str]) -> str:
        """An AnyFlip book: title and description for robots, the pages drawn by the flipbook script from config.js."""
        base = f"online.anyflip.com/{FLIP_USER}/{book}"
        self.text(base.split("/", 1)[0], f"{FLIP_USER}/{book}/javascript/config.js",
                  "var bookConfig = " + json.dumps({"bookTitle": title, "totalPageCount": len(pages)}, ensure_ascii=False)
                  + ";\nvar pageTexts = " + json.dumps(pages, ensure_ascii=False) + ";\n")
        self.text(base.split("/", 1)[0], f"{FLIP_USER}/{book}/javascript/flipbook.js", FLIPBOOK_JS)
        self.text(base.split("/", 1)[0], f"{FLIP_USER}/{book}/index.html",
                  f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} | AnyFlip</title>'
                  f'<meta name="description" content="{html.escape(re.sub("<[^>]+>", " ", pages[0])[:150])}">'
                  f'<meta property="og:title" content="{title}"></head><body><div id="flipbookContainer" '
                  f'class="flipbook-container"></div><div class="bottom-bar"><a href="https://anyflip.com/">AnyFlip</a>'
                  f'</div><script src="javascript/config.js"></script><script src="javascript/flipbook.js"></script>'
                  f'</body></html>')
        return f"https://{base}/"

    def youtube(self, vid: str, title: str, description: str, channel: str) -> str:
        """A YouTube watch page as it comes to a reader: metadata in the head, the page built by script."""
        data = {"videoDetails": {"videoId": vid, "title": title, "shortDescription": description, "author": channel}}
        self.text("www.youtube.com", f"watch@v={vid}",
                  f'<!DOCTYPE html><html lang="th-TH"><head><meta charset="utf-8"><title>{title} - YouTube</title>'
                  f'<meta name="description" content="{html.escape(description[:160])}"><meta property="og:title" '
                  f'content="{title}"><meta property="og:type" content="video.other"><link rel="canonical" '
                  f'href="https://www.youtube.com/watch?v={vid}"></head><body><ytd-app></ytd-app><script>'
                  f'var ytInitialPlayerResponse = {json.dumps(data, ensure_ascii=False)};</script><script>'
                  '(function(){var v=ytInitialPlayerResponse.videoDetails;document.querySelector("ytd-app").innerHTML='
                  '"<div id=\\"player\\" class=\\"html5-video-player\\"></div><h1 class=\\"title\\">"+v.title+'
                  '"</h1><div id=\\"owner\\">"+v.author+"</div><div id=\\"description\\">"+v.shortDescription+"</div>";})();'
                  '</script></body></html>')
        return f"https://www.youtube.com/watch?v={vid}"

    def fb_post(self, page: str, post: str, page_name: str, when: str, text: str) -> str:
        """A public Facebook Page post: the post is drawn by script; without it (a robot) only the login wall."""
        data = {"page": page_name, "time": when, "message": text}
        self.text("www.facebook.com", f"{page}/posts/{post}/index.html",
                  f'<!DOCTYPE html><html lang="th" id="facebook"><head><meta charset="utf-8"><title>Facebook</title>'
                  f'<meta property="og:title" content="{page_name}"><meta property="og:description" '
                  f'content="{html.escape(text[:110])}…"><meta property="og:type" content="article"></head>'
                  f'<body class="_6s5d _71pn"><div id="mount_0_0_Hp"></div><script type="application/json" id="post-data">'
                  f'{json.dumps(data, ensure_ascii=False)}</script><script>(function(){{var d=JSON.parse('
                  f'document.getElementById("post-data").textContent);document.getElementById("mount_0_0_Hp").innerHTML='
                  f'"<div role=\\"article\\"><h2>"+d.page+"</h2><span>"+d.time+"</span><div data-ad-preview=\\"message\\">"'
                  f'+d.message+"</div></div><div role=\\"dialog\\">ดูเพิ่มเติมบน Facebook <a href=\\"/login/\\">เข้าสู่ระบบ</a>'
                  f'</div>";}})();</script><noscript><div class="_585n"><h2>คุณต้องเข้าสู่ระบบเพื่อดำเนินการต่อ</h2>'
                  f'<form id="login_form" action="/login/device-based/regular/login/" method="post">'
                  f'<input name="email" placeholder="อีเมลหรือหมายเลขโทรศัพท์"><input type="password" name="pass" '
                  f'placeholder="รหัสผ่าน"><button name="login" type="submit">เข้าสู่ระบบ</button></form>'
                  f'<a href="/recover/initiate/">ลืมบัญชีใช่หรือไม่</a> <a href="/r.php">สร้างบัญชีใหม่</a></div></noscript>'
                  f'</body></html>')
        return f"https://www.facebook.com/{page}/posts/{post}"

    def fb_wrap(self, target: str) -> str:
        """``l.facebook.com/l.php?u=…``: Facebook's outbound link page (a link, then a script that follows it)."""
        query = f"u={quote(target, safe='')}"
        self.text("l.facebook.com", f"l.php@{query}",
                  f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>กำลังออกจาก Facebook</title></head>'
                  f'<body><div class="_4-u2"><h2>คุณกำลังจะออกจาก Facebook</h2><p>ลิงก์ที่คุณคลิกจะพาคุณไปยัง '
                  f'<a href="{html.escape(target)}">{html.escape(target)}</a></p><a href="{html.escape(target)}" '
                  f'class="_42ft">ติดตามลิงก์</a></div><script>document.location.replace({json.dumps(target)});</script>'
                  f'</body></html>')
        return f"https://l.facebook.com/l.php?{query}"

    def form(self, fid: str, title: str) -> str:
        """A public Google Form (viewform as Forms serves it: title block, question items, submit)."""
        fid = FORM + fid.removeprefix(ID)
        questions = ["ชื่อ-สกุลผู้ยื่นคำร้อง", "ที่อยู่/หมู่บ้าน", "เรื่องที่ขอรับบริการ", "เบอร์โทรศัพท์ติดต่อกลับ"]
        items = "".join(f'<div class="Qr7Oae" role="listitem"><div class="M7eMe">{q}</div>'
                        f'<input type="text" class="whsOnd zHQkBf" name="entry.{100 + k}"></div>'
                        for k, q in enumerate(questions))
        self.text("docs.google.com", f"forms/d/e/{fid}/viewform/index.html",
                  f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{title}</title></head><body>'
                  f'<form action="https://docs.google.com/forms/d/e/{fid}/formResponse" method="POST">'
                  f'<div class="F9yp7e ikZYwf LgNcQe" role="heading">{title}</div>{items}'
                  f'<div role="button" class="uArJ5e UQuaGc Y5sE8d"><span class="NPEfkd RveJvd snByac">ส่ง</span></div>'
                  f'</form></body></html>')
        return f"https://docs.google.com/forms/d/e/{fid}/viewform"


FLIPBOOK_JS = """(function () {
  var c = document.getElementById('flipbookContainer');
  var html = '<div class="book-title">' + bookConfig.bookTitle + '</div>';
  for (var i = 0; i < pageTexts.length; i++) {
    html += '<div class="flip-page" data-page="' + (i + 1) + '">' + pageTexts[i] + '<span class="page-no">' + (i + 1) + '</span></div>';
  }
  c.innerHTML = html;
})();
"""


# ----------------------------------------------------------------------------------------------------------------
# Verdicts and evidence by mode: what is wrong with an item decides both its documents and its verdict

def docs_for(code: str, ag: dict, mode: str) -> list[tuple[str, str, str]]:
    """(stem, title, body) of the documents an item in ``mode`` shows."""
    if mode in ("stale",):
        return ita_docs(code, ag, fy=CUR - 1)
    if mode == "half":
        return ita_docs(code, ag, months=3)
    if mode == "announce_only":
        return ita_docs(code, ag)[:1]
    if mode == "oldplan":      # the plan of the years before; the agency never replaced it
        return [("devplan-2561", f"แผนพัฒนาท้องถิ่นสี่ปี (พ.ศ. 2561 – 2565) {ag.get('old_name', ag['name'])}",
                 "<p>ระยะเวลาของแผน พ.ศ. 2561 – 2565</p><p>วิสัยทัศน์ ยุทธศาสตร์การพัฒนา 6 ด้าน และบัญชีโครงการพัฒนา</p>")]
    if code == "O20":      # the 2569 item asks for the No Gift reports of 2568 and of 2569
        return ita_docs(code, ag) + [(
            "nogift-report68", f"รายงานผลการขับเคลื่อนนโยบาย No Gift Policy ปีงบประมาณ พ.ศ. {PREV}",
            f"<p>ผลการดำเนินการตามนโยบาย No Gift Policy ปีงบประมาณ พ.ศ. {PREV} (1 ตุลาคม {PREV - 1} – 30 กันยายน {PREV})</p>"
            "<p>การรับทรัพย์สินหรือประโยชน์อื่นใด: ไม่มีการรับ กิจกรรมเผยแพร่ความรู้ 2 ครั้ง</p>")]
    return ita_docs(code, ag)


SHEETS = {   # the spreadsheet an agency publishes beside the PDF (O11 and O18 ask for both)
    "O11": ["เดือน", "งานที่จัดซื้อจัดจ้าง", "วงเงิน (บาท)", "วิธีซื้อหรือจ้าง", "ผู้ได้รับการคัดเลือก", "เลขที่สัญญา"],
    "O18": ["ปีงบประมาณ", "ช่องทาง", "จำนวนเรื่องร้องเรียนการทุจริต", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ"],
}


def sheet_rows(code: str, stem: str, mode: str = "ok") -> list[list]:
    if code == "O18":  # the year its statistics are of: a stale sheet is of the year its title names
        return [[PREV - 1 if mode == "stale" else PREV, "เว็บไซต์/ตู้รับเรื่อง/โทรศัพท์", 2, 2, 0]]
    months = {"procure-q1": [f"ตุลาคม {PREV}", f"พฤศจิกายน {PREV}", f"ธันวาคม {PREV}"],
              "procure-q2": [f"มกราคม {CUR}", f"กุมภาพันธ์ {CUR}", f"มีนาคม {CUR}"]}[stem]
    work = [("จัดซื้อวัสดุสำนักงาน", 18500), ("จ้างซ่อมแซมถนนลูกรัง หมู่ 5", 96000), ("จัดซื้อน้ำมันเชื้อเพลิง", 42300)]
    return [[m, w, v, "เฉพาะเจาะจง", "ร้านค้าในพื้นที่", f"{k + 1}/{CUR}"] for k, (m, (w, v)) in enumerate(zip(months, work))]


def publish(out: ReadingOut, host: str, code: str, ag: dict, mode: str, path_of) -> tuple[list[tuple[str, str]], str]:
    """Write the documents of an item in ``mode`` on ``host`` (PDF, and XLSX where the item asks for both).

    ``path_of(stem, ext)`` gives each file's path. Returns [(title, path)] and, for a dead link, the dead path."""
    links = []
    if mode in ("absent", "denial", "nofile", "emptyfolder"):
        return links, ""
    for stem, title, body in docs_for(code, ag, mode):
        path = path_of(stem, "pdf")
        links.append((title, path))
        if mode == "dead":
            continue
        out.pdf(host, path, title, body)
        if code in SHEETS:
            out.xlsx(host, path_of(stem, "xlsx"), title, [SHEETS[code], *sheet_rows(code, stem, mode)])
            links.append((title + " (Excel)", path_of(stem, "xlsx")))
    return links, links[0][1] if mode == "dead" else ""


def verdict(code: str, ag: dict, mode: str, where: str, detail: str = "") -> tuple[str, str]:
    """The assessor's status and reason for an item shown in ``mode`` at ``where``."""
    if mode == "absent":
        return "missing", f"ไม่มีข้อ {code} ในดัชนี ITA 2569 และไม่พบในเมนู/หน้าอื่นของเว็บไซต์"
    if mode == "denial":
        return "missing", f"{where}: มีแต่หัวข้อ เขียนว่า 'อยู่ระหว่างดำเนินการ' ไม่มีเอกสาร"
    if mode == "nofile":
        return "missing", f"{where}: แถว {code} มีแต่ '-' ไม่มีลิงก์เอกสาร"
    if mode == "emptyfolder":
        return "missing", f"{where}: ลิงก์ไปโฟลเดอร์ Google Drive ที่ว่างเปล่า (ไม่มีไฟล์)"
    if mode == "dead":
        return "broken", f"{where}: ลิงก์เอกสาร {detail} ตอบ 404"
    if mode == "deleted":
        return "broken", f"{where}: ไฟล์ Google Drive {detail} ถูกลบ (ไดรฟ์ตอบ 404 ไม่มีไฟล์)"
    titles = " + ".join(t for _, t, _ in docs_for(code, ag, mode))
    if mode == "stale":
        need = PREV if code in {"O7", "O12", "O14", "O18", "O22", "O24", "O26"} else CUR
        return "partial", f"{where}: มีเพียง {titles} (เอกสารปีเก่า ข้อนี้ต้องเป็นปี {need})"
    if mode == "half":
        return "partial", (f"{where}: {titles} — ครอบคลุมเพียง 1 ต.ค. – 31 ธ.ค. {PREV} (3 เดือน) "
                           f"ไม่ครบรอบ 6 เดือน (ต.ค. {PREV} – มี.ค. {CUR})")
    if mode == "announce_only":
        return "partial", f"{where}: มีเพียง {titles}; ไม่มีรายงานผลตามนโยบาย No Gift Policy ปี {PREV} และ {CUR}"
    if mode == "oldplan":
        return "partial", f"{where}: {detail} ไม่ครอบคลุมปี {CUR}"
    if mode in ("nocontact", "nomap"):
        return "partial", f"{where}: {detail}"
    return "pass", f"{where}: {detail or titles}"


# ----------------------------------------------------------------------------------------------------------------
# Page pieces every site shows (structure, E-Service, complaint form, contact)

def structure_html(ag: dict, img: str) -> str:
    (_, t1, b1), (_, t2, b2) = ita_docs("O1", ag)
    return (f'<h3>{t1}</h3><p><img src="{img}" alt="แผนผังโครงสร้าง" width="600"></p>{b1}'
            f'<h3>{t2}</h3>{b2}')


ESERVICE_STATS = [("เดือน", "จำนวนคำร้อง", "ดำเนินการแล้ว"), (f"ตุลาคม {PREV}", 9, 9), (f"พฤศจิกายน {PREV}", 7, 7),
                  (f"ธันวาคม {PREV}", 11, 11), (f"มกราคม {CUR}", 8, 8), (f"กุมภาพันธ์ {CUR}", 6, 6),
                  (f"มีนาคม {CUR}", 10, 9)]


def eservice_html(ag: dict, form: str) -> str:
    head, *rows = ESERVICE_STATS
    table = ("<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"
             + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows))
    return (f'<h3>ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)</h3>'
            f'<p>ยื่นคำร้องขอรับบริการออนไลน์ (ขอรับการสนับสนุนน้ำอุปโภคบริโภค ขอซ่อมไฟฟ้าสาธารณะ ขอใช้สถานที่): '
            f'<a href="{form}">กรอกแบบคำร้องออนไลน์</a></p>'
            f'<h4>ข้อมูลสถิติการขอรับบริการผ่านช่องทางออนไลน์ ปีงบประมาณ พ.ศ. {CUR}</h4>'
            f'<table class="table">{table}</table>')


def complaint_html(ag: dict, action: str) -> str:
    return (f'<h3>ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h3>'
            f'<p>แจ้งเบาะแสการทุจริตและประพฤติมิชอบของเจ้าหน้าที่{ag["name"]} (ผู้ร้องไม่ต้องเปิดเผยตัวตน)</p>'
            f'<form method="post" action="{action}" class="form-complaint"><label>ชื่อ-สกุลผู้ร้อง (ไม่บังคับ)</label>'
            f'<input type="text" name="name"><label>เรื่องที่ร้องเรียน</label><input type="text" name="subject">'
            f'<label>รายละเอียดการทุจริตหรือประพฤติมิชอบ</label><textarea name="detail"></textarea>'
            f'<label>หลักฐานประกอบ</label><input type="file" name="evidence"><button type="submit">ส่งเรื่องร้องเรียน</button></form>'
            f'<p>ช่องทางอื่น: โทรศัพท์ {ag["phone"]} ตู้รับเรื่องร้องเรียน ณ ที่ทำการ หรือแจ้ง '
            f'<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> / <a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a></p>')


def enquiry_html(ag: dict, out: Out, line: str, with_map: bool = True) -> str:
    address = (contact_block(ag, out) if with_map else
               f'<p>{ag["name"]}<br>ที่อยู่ {ag["address"]}<br>โทรศัพท์ {ag["phone"]} โทรสาร {ag["fax"]}<br>'
               f'E-mail: {ag["email"]}</p>')
    return (f'<h3>ข้อมูลการติดต่อและช่องทางการสอบถาม</h3>{address}'
            f'<p>ช่องทางการสอบถามข้อมูล: LINE Official <a href="https://line.me/R/ti/p/{line}">{line}</a> '
            f'หรือโทรศัพท์ในวันและเวลาราชการ 08.30–16.30 น.</p>')


def exec_why(ag: dict) -> str:
    return "ผู้บริหาร " + ", ".join(p.split(ag["short"])[0] for _, p in ag["execs"]) + " มีชื่อ ตำแหน่ง รูปถ่าย และเบอร์โทร"


def photos(out: Out, host: str, ag: dict, extra: tuple = ()) -> None:
    for k in range(len(ag["execs"])):
        out.png(host, f"images/exec{k + 1}.png", 120 + 30 * k)
    for path in ("images/logo.png", "images/structure.png", *extra):
        out.png(host, path, 90)


NEWS_WHY = f"ข่าวประชาสัมพันธ์ปี {CUR} (ม.ค.–เม.ย. {CUR})"


# ----------------------------------------------------------------------------------------------------------------
# Templates: the script-built app, the classic LAO page, the JSON-filled ITA table, Google Sites, WordPress

SHELL = ('<!DOCTYPE html><html lang="th" data-router="{router}"><head><meta charset="utf-8">'
         '<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" href="/favicon.ico">'
         '<title>{name}</title><link href="/static/css/main.css" rel="stylesheet"></head><body>'
         '<noscript>You need to enable JavaScript to run this app.</noscript><div id="app"></div>'
         '<script defer="defer" src="/static/js/app.js"></script></body></html>')


APP_JS = r"""/* app.js: menus, news, pages and the ITA index are built from /data/*.json (history routes) */
(function () {
  'use strict';
  var app = document.getElementById('app');
  var state = { site: null, ita: null };
  var HASH = document.documentElement.getAttribute('data-router') === 'hash';

  function get(url) { return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) { return r.json(); }); }
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  function isRoute(href) { return href.charAt(0) === '/' && !/^\/(uploads|api)\//.test(href); }
  function link(href, text, cls) {
    var route = isRoute(href), extra = route ? ' data-link' : ' target="_blank" rel="noreferrer"';
    var to = route && HASH ? '#' + href : href;
    return '<a href="' + esc(to) + '"' + extra + (cls ? ' class="' + cls + '"' : '') + '>' + esc(text) + '</a>';
  }
  function menu(items) {
    return '<ul class="nav-menu">' + items.map(function (m) {
      var sub = m.children ? '<ul class="nav-dropdown">' + m.children.map(function (c) {
        return '<li>' + link(c.to, c.label, 'nav-dropdown-item') + '</li>'; }).join('') + '</ul>' : '';
      return '<li class="nav-item">' + link(m.to, m.label, 'nav-link') + sub + '</li>';
    }).join('') + '</ul>';
  }
  function layout(inner) {
    var s = state.site;
    return '<header class="site-header"><img src="/static/media/logo.png" alt="" class="logo"><div><h1 class="site-name">' +
      esc(s.name) + '</h1><p class="site-address">' + esc(s.address) + '</p></div></header>' +
      '<nav class="navbar">' + menu(s.menu) + '</nav><main class="container">' + inner + '</main>' +
      '<footer class="site-footer">' + esc(s.name) + ' ' + esc(s.address) + ' โทร. ' + esc(s.phone) +
      ' อีเมล ' + esc(s.email) + '</footer>';
  }
  function newsList(items) {
    return '<ul class="news-list">' + items.map(function (n) {
      return '<li><span class="date">' + esc(n.date) + '</span> ' + esc(n.title) + '</li>'; }).join('') + '</ul>';
  }
  function home() {
    return '<section class="hero"><a href="' + (HASH ? '#' : '') + '/ita2569" data-link class="ita-banner"><span>ITA</span><span>2569</span>' +
      '<span>การเปิดเผยข้อมูลสาธารณะ (OIT)</span></a></section><section><h2>ข่าวประชาสัมพันธ์</h2>' +
      newsList(state.site.news.slice(0, 4)) + link('/news', 'ดูข่าวทั้งหมด') + '</section>';
  }
  function itaIndex() {
    var d = state.ita;
    return '<section class="ita-hero"><h1>' + esc(d.title) + '</h1><p>' + esc(d.intro) + '</p></section>' +
      d.sections.map(function (sec) {
        return '<section id="' + sec.id + '" class="ita-section"><div class="ita-section-head"><p>' + esc(sec.indicator) +
          '</p><h2>' + esc(sec.title) + '</h2><span class="range">' + esc(sec.range) + '</span></div>' +
          '<div class="ita-items">' + sec.items.map(function (it) {
            return '<article data-ita-code="' + it.code + '" class="ita-item"><span class="code">' + it.code + '</span><h3>' +
              esc(it.title) + '</h3><div class="links">' + link('/ita2569/' + it.code.toLowerCase(), 'เปิดข้อมูล', 'btn') +
              '</div></article>'; }).join('') + '</div></section>';
      }).join('');
  }
  function itaItem(code) {
    var found = null;
    state.ita.sections.forEach(function (sec) { sec.items.forEach(function (it) { if (it.code.toLowerCase() === code) found = it; }); });
    if (!found) return notFound();
    var body = found.note ? '<p class="note">' + esc(found.note) + '</p>' : '';
    body += '<ul class="doc-list">' + found.links.map(function (l) { return '<li>' + link(l.href, l.label) + '</li>'; }).join('') + '</ul>';
    return '<nav class="breadcrumb">' + link('/ita2569', 'ITA 2569') + ' / ' + found.code + '</nav><h1>' + found.code + ' ' +
      esc(found.title) + '</h1>' + body;
  }
  function page(p) { return '<h1>' + esc(p.title) + '</h1><div class="page-body">' + p.html + '</div>'; }
  function notFound() { return '<h1>ไม่พบหน้าที่ต้องการ</h1>' + link('/', 'กลับหน้าหลัก'); }
  function render() {
    var path = (HASH ? location.hash.replace(/^#/, '') : location.pathname).replace(/\/+$/, '') || '/';
    var view, title;
    if (path === '/') { view = home(); title = state.site.name; }
    else if (path === '/news') { view = '<h1>ข่าวประชาสัมพันธ์</h1>' + newsList(state.site.news); title = 'ข่าวประชาสัมพันธ์'; }
    else if (path === '/ita2569') { view = itaIndex(); title = state.ita.title; }
    else if (path.indexOf('/ita2569/') === 0) { view = itaItem(path.slice(9)); title = 'ITA 2569 ' + path.slice(9).toUpperCase(); }
    else if (state.site.pages[path]) { view = page(state.site.pages[path]); title = state.site.pages[path].title; }
    else { view = notFound(); title = 'ไม่พบหน้าที่ต้องการ'; }
    document.title = title + ' | ' + state.site.name;
    app.innerHTML = layout(view);
  }
  document.addEventListener('click', function (e) {
    var a = e.target.closest('a[data-link]');
    if (!a || HASH) return;                      /* hash links change the hash: 'hashchange' renders */
    e.preventDefault();
    history.pushState(null, '', a.getAttribute('href'));
    render();
    window.scrollTo(0, 0);
  });
  window.addEventListener(HASH ? 'hashchange' : 'popstate', render);
  Promise.all([get('/data/site.json'), get('/data/ita2569.json')]).then(function (d) {
    state.site = d[0]; state.ita = d[1]; render();
  });
})();
"""


MAIN_CSS = ("body{font-family:Sarabun,Garuda,sans-serif;margin:0}.site-header{display:flex;gap:1rem;padding:1rem;"
            "background:#0b6b3a;color:#fff}.nav-menu{display:flex;gap:1rem;list-style:none}.nav-dropdown{list-style:none}"
            ".ita-section{border:1px solid #ddd;margin:1rem 0;border-radius:1rem}.ita-item{display:grid;"
            "grid-template-columns:5rem 1fr auto;padding:.5rem 1rem}.btn{background:#0b6b3a;color:#fff;padding:.3rem .8rem}")


def classic_page(ag: dict, menu: str, title: str, body: str, links: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{title} | {ag["name"]}</title>'
            f'<link rel="stylesheet" href="/css/bootstrap.min.css"><link rel="stylesheet" href="/css/style.css">{links}'
            f'</head><body><div class="wrapper"><div class="head-top"><img src="/images/logo.png" alt="">'
            f'<span class="site-name">{ag["name"]}</span><span class="site-slogan">{ag.get("slogan", "")}</span></div>'
            f'{menu}<div class="container content">{body}</div><footer class="footer"><p>{ag["name"]} {ag["address"]}</p>'
            f'<p>โทรศัพท์ {ag["phone"]} โทรสาร {ag["fax"]} อีเมล {ag["email"]}</p></footer></div></body></html>')


def dropdown_menu(entries: list) -> str:
    """The nested-ul dropdown menu of Thai LAO templates (``#cssmenu``): (label, href) or (label, [(label, href)])."""
    out = []
    for label, target in entries:
        if isinstance(target, list):
            sub = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in target)
            out.append(f'<li class="has-sub"><a href="#">{label}</a><ul>{sub}</ul></li>')
        else:
            out.append(f'<li><a href="{target}">{label}</a></li>')
    return '<div id="cssmenu"><ul>' + "".join(out) + "</ul></div>"


def basic_pages(out: Out, host: str, ag: dict, page, paths: dict, form: str, complaint: str | None) -> None:
    """Structure, executives, contact, news, E-Service and complaint pages at ``paths`` (kind -> file path)."""
    out.text(host, paths["structure"], page("โครงสร้าง หน้าที่และอำนาจ", structure_html(ag, "/images/structure.png")))
    out.text(host, paths["executives"], page("คณะผู้บริหาร", "<h3>คณะผู้บริหาร</h3>" +
                                             exec_block(ag, with_phone=ag.get("exec_contact", True))))
    out.text(host, paths["contact"], page("ติดต่อเรา", enquiry_html(ag, out, ag["line"])))
    out.text(host, paths["news"], page("ข่าวประชาสัมพันธ์", "<h3>ข่าวประชาสัมพันธ์</h3>" + news_list(NEWS69 + NEWS68)))
    out.text(host, paths["eservice"], page("E-Service", eservice_html(ag, form)))
    if complaint is not None:
        out.text(host, paths["complaint"], page("แจ้งเรื่องร้องเรียนการทุจริต", complaint_html(ag, complaint)))


def home_body(ag: dict, ita_href: str, extra: str = "") -> str:
    return (f'<div class="banner-ita"><a href="{ita_href}"><img src="/images/banner-ita2569.png" alt="ITA 2569"></a></div>'
            f'<div class="row"><div class="col-md-8"><h4>ข่าวประชาสัมพันธ์</h4>{news_list(NEWS69[:4])}</div>'
            f'<div class="col-md-4">{extra}</div></div>')


INLINE_WHY = {"O1": "แผนผังโครงสร้าง + หน้าที่และอำนาจ (สรุป)",
              "O3": "ที่อยู่ โทร โทรสาร อีเมล แผนที่ และช่องทางสอบถาม (LINE)",
              "O4": NEWS_WHY,
              "O10": "แบบคำร้องออนไลน์ (Google Form) + สถิติการขอรับบริการออนไลน์ ต.ค. 68 – มี.ค. 69",
              "O17": "แบบฟอร์มแจ้งเรื่องร้องเรียนการทุจริต + ลิงก์ ป.ป.ช./ป.ป.ท."}


ITA_SCRIPT = """<script>
  function loadIta() {
    var years = document.getElementById("year").value;
    var id = document.getElementById("ita_id").value + "_" + years;
    var xhr = new XMLHttpRequest();
    xhr.open("GET", "/api/get_ita_sub/" + id);
    xhr.onload = function () {
      var data = JSON.parse(xhr.responseText);
      var rows = '<thead><tr><th class="text-center" width="10%">ข้อ</th><th>หัวข้อ</th>' +
                 '<th class="text-center" width="35%">เอกสาร / ลิงก์</th></tr></thead><tbody>';
      for (var i = 0; i < data.length; i++) {
        var files = data[i].files.map(function (f) {
          return '<a href="' + f.file_url + '" target="_blank"><i class="fa fa-file-text"></i> ' + f.file_name + '</a>';
        }).join('<br>') || '-';
        rows += '<tr><td class="text-center">' + data[i].sub_code + '</td><td>' + data[i].sub_title + '</td><td>' +
                files + '</td></tr>';
      }
      document.getElementById("list").innerHTML = rows + '</tbody>';
      document.getElementById("ita-heading").textContent =
        "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. " + years;
    };
    xhr.send();
  }
  document.getElementById("btn").addEventListener("click", loadIta);
  loadIta();
</script>"""


GSITE = "thachang-ita2569"


def gsite_page(site_title: str, page_title: str, nav: list[tuple[str, str]], sections: list[str]) -> str:
    """A page as published Google Sites serve it: header with the site title, the top nav, role=main sections."""
    links = "".join(f'<li class="VsJjtf"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf">'
                    f'<a class="aJHbb dk90Ob hDrhEe HlqNPb" href="{h}">{t}</a></div></li>' for t, h in nav)
    body = "".join(f'<section class="yaqOZd LB7kq nyKByd"><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc">'
                   f'<div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb">'
                   f'<div class="JNdkSc-SmKAyb LkDMRd">{sec}</div></div></div></div></section>' for sec in sections)
    return (f'<!DOCTYPE html><html lang="th" itemscope itemtype="http://schema.org/WebPage"><head><meta charset="utf-8">'
            f'<meta property="og:title" content="{page_title}"><meta itemprop="name" content="{site_title}">'
            f'<title>{site_title} - {page_title}</title></head><body><div class="Xpil1b xgQ6eb">'
            f'<header id="atIdViewHeader"><div class="BbxBP HP6J1d K5Zlne"><div class="Q0cSn"><a class="GAuSPc" '
            f'href="/view/{GSITE}"><span class="QTKDff">{site_title}</span></a></div><nav class="JzO0Vc" '
            f'aria-label="การนำทางในเว็บไซต์"><ul class="jYxBte Fpy8Db">{links}</ul></nav></div></header>'
            f'<div role="main" tabindex="-1" class="UtePc RCETm">{body}</div>'
            f'<div class="dZA9kd" role="contentinfo"><span class="UQhZDf">รายงานการละเมิด</span> '
            f'<span>Google Sites</span></div></div></body></html>')


def gs_text(*paras: str, heading: str = "") -> str:
    head = f'<h2 dir="ltr" class="zfr3Q OmQG5e"><span class="C9DxTc">{heading}</span></h2>' if heading else ""
    return ('<div class="tyJCtd mGzaTb Depvyb baZpAe">' + head +
            "".join(f'<p dir="ltr" class="zfr3Q CDt4Ke"><span class="C9DxTc">{p}</span></p>' for p in paras) + "</div>")


def gs_button(href: str, label: str) -> str:
    return (f'<div class="U26fgb L7IXhc"><a class="XqQF9c" href="{href}" target="_blank">'
            f'<div class="NsaAfc"><p>{label}</p></div></a></div>')


def gs_embed(fid: str) -> str:
    return (f'<div class="WIdY2d M1aSXe"><div class="YMEQtf"><iframe class="YMEQtf" frameborder="0" allowfullscreen '
            f'src="https://drive.google.com/file/d/{fid}/preview" width="100%" height="640"></iframe></div></div>')


def wp_page(ag: dict, home: str, menu: list[tuple[str, str]], page_id: int, title: str, body: str) -> str:
    """A WordPress page (underscores-style theme, Gutenberg blocks) with absolute links, as WordPress writes them."""
    items = "".join(f'<li class="menu-item menu-item-type-post_type"><a href="{h}">{t}</a></li>' for t, h in menu)
    return (f'<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8"><title>{title} &#8211; {ag["name"]}</title>'
            f'<link rel="stylesheet" id="theme-style-css" href="{home}wp-content/themes/tessa/style.css" media="all">'
            f'<link rel="canonical" href="{home}?page_id={page_id}"></head>'
            f'<body class="page-template-default page page-id-{page_id}"><div id="page" class="site">'
            f'<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title">'
            f'<a href="{home}" rel="home">{ag["name"]}</a></p><p class="site-description">{ag["slogan"]}</p></div>'
            f'<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{items}</ul></nav>'
            f'</header><div id="content" class="site-content"><main id="main" class="site-main">'
            f'<article id="post-{page_id}" class="post-{page_id} page type-page status-publish hentry">'
            f'<header class="entry-header"><h1 class="entry-title">{title}</h1></header>'
            f'<div class="entry-content">{body}</div></article></main></div><footer id="colophon" class="site-footer">'
            f'<div class="site-info">{ag["name"]} {ag["address"]} โทร. {ag["phone"]} อีเมล {ag["email"]}</div>'
            f'</footer></div></body></html>')


def paras(body: str) -> list[str]:
    return re.findall(r"<p>(.*?)</p>", body, re.S)
