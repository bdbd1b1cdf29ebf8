"""The domain's words, defined once: finding statuses, why a fetch failed, why a page was not read, and why
an item got its verdict.

The database stores a finding's reason as a code and parameters (``findings.reason_code``,
``findings.reason_params``); Thai and English prose is rendered from the one catalogue here, so a report, an
alert and the web say the same thing, and raw crawler errors (Twisted failures) never reach a reader.
This module imports nothing of the project: every package may use it.

>>> render("link_gone", {"cause": "http_404"})
('ไม่สามารถเข้าถึงได้ (ไม่พบหน้าเว็บ (HTTP 404))', 'cannot be reached (page not found (HTTP 404))')
>>> failure_kind("[<twisted.python.failure.Failure twisted.internet.error.DNSLookupError: ...>]")
'dns'
"""
from __future__ import annotations

import json
import re
from typing import Any

# -- finding statuses -------------------------------------------------------------------------------------
STATUSES = ("pass", "partial", "missing", "broken", "unchecked")
FAILING = ("partial", "missing", "broken")  # the agency has something to fix
ALARMS = ("missing", "broken")  # what a false alarm is made of: said absent or dead
STATUS_TH = {"pass": "ผ่าน", "partial": "ไม่ครบถ้วน", "missing": "ไม่พบข้อมูล", "broken": "เข้าถึงไม่ได้",
             "unchecked": "ไม่ได้ตรวจ"}
STATUS_EN = {"pass": "pass", "partial": "partial", "missing": "missing", "broken": "broken", "unchecked": "not checked"}
# how reports and the web name an unchecked item: it waits for a person, it is no failure
NEEDS_LOOK_TH, NEEDS_LOOK_EN = "ต้องตรวจด้วยตนเอง", "needs a human look"


def is_failing(status: str | None) -> bool:
    """Whether a status asks the agency to fix something (``unchecked`` never does)."""
    return status in FAILING


# -- why a fetch failed -----------------------------------------------------------------------------------
# kind -> (Thai, English). ``http_4xx`` / ``http_5xx`` are rendered with their status (see failure_words).
FAILURE_KINDS: dict[str, tuple[str, str]] = {
    "dns": ("ไม่พบชื่อเว็บไซต์ในระบบ DNS (โดเมนอาจหมดอายุหรือสะกดผิด)",
            "the name of the site does not resolve (DNS): the domain may have expired or be mistyped"),
    "timeout": ("เว็บไซต์ไม่ตอบภายในเวลาที่กำหนด (หมดเวลา)", "the site did not answer in time (timeout)"),
    "refused": ("เซิร์ฟเวอร์ปฏิเสธการเชื่อมต่อ (เว็บเซิร์ฟเวอร์อาจปิดอยู่)",
                "the server refused the connection (the web server may be down)"),
    "tls": ("ใบรับรองความปลอดภัย (TLS/HTTPS) ของเว็บไซต์ไม่ถูกต้องหรือหมดอายุ",
            "the site's security certificate (TLS/HTTPS) is invalid or expired"),
    "closed": ("เซิร์ฟเวอร์ปิดการเชื่อมต่อโดยไม่ส่งหน้าเว็บ", "the server closed the connection without sending the page"),
    "connection": ("เชื่อมต่อเซิร์ฟเวอร์ไม่ได้", "the connection to the server failed"),
    "robots": ("ไฟล์ robots.txt ของเว็บไซต์ไม่อนุญาตให้เข้าถึง", "the site's robots.txt forbids access"),
    "redirect_loop": ("เว็บไซต์เปลี่ยนเส้นทางวนซ้ำไม่สิ้นสุด", "the site redirects in a loop"),
    "private": ("ที่อยู่ของเว็บไซต์ชี้ไปยังเครือข่ายภายใน จึงไม่ได้เข้าถึง",
                "the site's address points into a private network, so it was not fetched"),
    "too_large": ("ไฟล์ใหญ่เกินกำหนด", "the file is larger than the crawl's limit"),
    "ignored": ("โปรแกรมตรวจข้ามลิงก์นี้", "the crawler skipped this link"),
    "not_reached": ("ยังไม่ได้เข้าถึงก่อนรอบการตรวจสิ้นสุด", "not reached before the run ended"),
    "http_4xx": ("เซิร์ฟเวอร์ไม่ส่งหน้าเว็บ", "the server did not send the page"),
    "storage_refused": ("ที่เก็บไฟล์ออนไลน์ (เช่น Amazon S3) ตอบว่าไม่อนุญาตให้เข้าถึงหรือไม่พบไฟล์ ผู้อ่านทุกคนเปิดไม่ได้",
                        "the storage service (Amazon S3 …) answers that the file is not public or not there: no reader "
                        "can open it"),
    "soft_404": ("ลิงก์เปิดได้แต่เป็นหน้าแจ้งว่าไม่พบไฟล์ ไม่ใช่เอกสาร", "the link opens only a page saying the file was not found"),
    "http_5xx": ("เซิร์ฟเวอร์ตอบว่าขัดข้อง", "the server reported an error"),
    # the name answers, but with a page that is not the agency's site (rules/causes.not_the_site)
    "suspended": ("เว็บไซต์แสดงหน้าระงับการใช้งานของผู้ให้บริการโฮสติ้งแทนเว็บไซต์ของหน่วยงาน",
                  "the site shows its hosting provider's 'account suspended' page instead of the agency's site"),
    "parked": ("ชื่อเว็บไซต์แสดงหน้าจอดโดเมนหรือแจ้งว่าโดเมนหมดอายุ ไม่ใช่เว็บไซต์ของหน่วยงาน",
               "the name shows a parked or expired domain's page, not the agency's site"),
    "default_page": ("เว็บไซต์แสดงหน้าเริ่มต้นของเว็บเซิร์ฟเวอร์ (เช่น It works!) ไม่ใช่เว็บไซต์ของหน่วยงาน",
                     "the site shows the web server's default page ('It works!'), not the agency's site"),
    "defaced": ("หน้าแรกของเว็บไซต์ถูกแทนที่ด้วยเนื้อหาอื่น (อาจถูกเจาะระบบ เช่น โฆษณาการพนัน) ไม่ใช่เว็บไซต์ของหน่วยงาน",
                "the site's home page was replaced by other content (it may have been hacked: gambling "
                "advertising), not the agency's site"),
    "other": ("เข้าถึงเว็บไซต์ไม่ได้", "the site could not be reached"),
}
_HTTP_WORDS = {404: ("ไม่พบหน้าเว็บ", "page not found"), 403: ("เซิร์ฟเวอร์ไม่อนุญาตให้เข้าถึง", "access forbidden"),
               401: ("ต้องเข้าสู่ระบบก่อน", "login required"), 410: ("หน้าเว็บถูกลบแล้ว", "page removed")}
# raw crawler text -> kind; first match wins, so specific patterns come first
_RAW_KINDS = [(re.compile(p, re.I), kind) for p, kind in [
    (r"private address|loopback|non-global", "private"),
    (r"unknown (or unreachable )?host", "dns"),  # what a proxy answers when the name does not resolve
    (r"DNSLookupError|DNS lookup failed|Name or service not known|getaddrinfo|no address", "dns"),
    (r"timeout|timed out|took longer than|TCPTimedOut", "timeout"),
    (r"ConnectionRefused|Connection (was )?refused", "refused"),
    (r"SSL|TLS|certificate|handshake", "tls"),
    (r"ConnectionDone|ConnectionLost|ResponseNeverReceived|ResponseFailed|closed cleanly|connection was closed", "closed"),
    (r"robots", "robots"),
    (r"redirect", "redirect_loop"),
    (r"maxsize|too large|Cancel", "too_large"),
    (r"not reached|no pages", "not_reached"),
    (r"Connection|Download", "connection"),
]]
_HTTP_RAW = re.compile(r"\s*HTTP\s*(\d{3})", re.I)


def failure_kind(raw: str | None, status: int | None = None) -> str:
    """The kind of a failure from what the crawler recorded (its ``error`` kind, an HTTP status, or a raw
    exception text): ``http_404``, ``timeout``, ``dns`` … or ``other``; never the raw text itself."""
    if status and status >= 400:
        return f"http_{status}"
    text = (raw or "").strip()
    if text in FAILURE_KINDS or re.fullmatch(r"http_\d{3}", text):
        return text
    for kind, words in FAILURE_KINDS.items():  # a reason written before codes: its words name the kind
        if text in words:
            return kind
    http = _HTTP_RAW.match(text)
    if http:
        return f"http_{http.group(1)}"
    return next((kind for pattern, kind in _RAW_KINDS if pattern.search(text)), "other")


def failure_words(kind: str) -> tuple[str, str]:
    """Thai and English words for a failure kind; ``http_404`` -> "ไม่พบหน้าเว็บ (HTTP 404)"."""
    http = re.fullmatch(r"http_(\d{3})", kind or "")
    if http:
        code = int(http.group(1))
        th, en = _HTTP_WORDS.get(code) or FAILURE_KINDS["http_5xx" if code >= 500 else "http_4xx"]
        return f"{th} (HTTP {code})", f"{en} (HTTP {code})"
    return FAILURE_KINDS.get(kind) or FAILURE_KINDS["other"]


# -- why a fetched page was not read (pages.unread) ---------------------------------------------------------
UNREAD: dict[str, tuple[str, str]] = {
    "script_shell": ("หน้าเว็บสร้างด้วย JavaScript ที่ไม่ได้แสดงผล", "the page is built by JavaScript and was not rendered"),
    "unreadable_text": ("เอกสารอ่านไม่ได้ (ฟอนต์ไม่ใช่ Unicode)", "the document's text cannot be read (a non-Unicode font)"),
    "images_only": ("เอกสารเป็นภาพที่อ่านข้อความไม่ได้", "the document is only images whose text could not be read"),
    "unsupported_format": ("เอกสารในรูปแบบไฟล์ที่โปรแกรมตรวจอ่านไม่ได้ (ไฟล์ที่เปิดไม่สำเร็จหรือเข้ารหัสไว้)",
                           "the document is in a file format the crawler could not read (it failed to open, or is encrypted)"),
    "picture_format": ("เอกสารเป็นภาพในรูปแบบไฟล์ที่โปรแกรมตรวจเปิดไม่ได้ (เช่น ภาพ HEIC จาก iPhone) ผู้ใช้เปิดด้วยโปรแกรมดูภาพของเครื่องได้",
                       "the document is a picture in a format the crawler could not open (an iPhone's HEIC); a "
                       "person opens it in the system's picture viewer"),
    "login_required": ("โฮสต์ภายนอกต้องเข้าสู่ระบบก่อน", "the outside host asks for a login"),
    "outside_not_read": ("เผยแพร่บนโฮสต์ภายนอกที่ไม่ได้อ่าน", "published on an outside host that was not read"),
    "firewall": ("ไฟร์วอลล์ของเว็บไซต์แสดงหน้าตรวจสอบหรือปฏิเสธโปรแกรมตรวจแทนหน้าเว็บ (ผู้ใช้เบราว์เซอร์เปิดได้)",
                 "the site's firewall showed a challenge or rejection instead of the page (a browser gets it)"),
    "bot_check": ("เว็บไซต์แสดงหน้าตรวจสอบบอท (สคริปต์ตั้งคุกกี้แล้วโหลดหน้าใหม่) แทนหน้าเว็บ และโปรแกรมตรวจผ่านไม่ได้ "
                  "(ผู้ใช้เบราว์เซอร์ผ่านได้เอง)",
                  "the site showed a bot check (a script that sets a cookie and reloads) instead of the page, and the "
                  "crawler could not get past it (a browser passes it by itself)"),
    "consent_wall": ("เว็บไซต์แสดงแบบฟอร์มยอมรับคุกกี้/นโยบายคุ้มครองข้อมูลส่วนบุคคล (PDPA) แทนหน้าเว็บ และโปรแกรมตรวจกด "
                     "'ยอมรับ' แล้วยังผ่านไม่ได้ (ผู้ใช้เบราว์เซอร์กดยอมรับแล้วอ่านได้)",
                     "the site showed a cookie/PDPA consent form instead of the page, and accepting it did not let the "
                     "crawler through (a person who accepts reads the page)"),
    "rate_limited": ("เว็บไซต์ขอให้ลดความถี่ในการเข้าถึง (HTTP 429) จึงยังไม่ได้อ่านหน้านี้",
                     "the site asked the crawler to slow down (HTTP 429), so the page was not read"),
    "busy": ("เซิร์ฟเวอร์แจ้งว่าไม่ว่างชั่วคราวและให้ลองใหม่ภายหลัง (HTTP 503 พร้อม Retry-After) จึงยังไม่ได้อ่านหน้านี้",
             "the server said it was busy for now and to try again later (HTTP 503 with Retry-After), so the page "
             "was not read"),
    "no_answer": ("เซิร์ฟเวอร์ตอบโดยไม่ส่งหน้าเว็บ (304 ที่ไม่มีเนื้อหา)", "the server answered without a page (a bare 304)"),
    "form_refused": ("เซิร์ฟเวอร์ไม่รับแบบฟอร์มที่โปรแกรมตรวจส่ง (เช่น ASP.NET: Invalid postback) ผู้ใช้เบราว์เซอร์อาจเปิดได้",
                     "the server refused the form the crawler sent (e.g. ASP.NET's 'Invalid postback'); a browser may "
                     "get the page"),
    # two the engine finds itself: robots.txt forbade the page, or it answered with nothing a reader sees
    "robots": ("robots.txt ของเว็บไซต์ไม่อนุญาตให้อ่านหน้านี้", "the site's robots.txt forbids reading the page"),
    "empty_page": ("หน้าเว็บตอบกลับแต่ไม่มีเนื้อหาหรือลิงก์ที่อ่านได้", "the page answered with no readable text or links"),
    "fetch_failed": ("เปิดหน้าเว็บไม่สำเร็จชั่วคราว", "the page could not be fetched this time"),
    "refused": ("เว็บไซต์ภายนอกปฏิเสธโปรแกรมตรวจ (เช่น HTTP 403) จึงไม่ได้อ่านหน้านี้ ผู้ใช้เบราว์เซอร์อาจเปิดได้",
                "the outside site refused the crawler (e.g. HTTP 403), so the page was not read; a browser may get it"),
    "too_large": ("เอกสารใหญ่เกินขอบเขตที่โปรแกรมตรวจอ่านได้", "the document is larger than the crawl reads"),
    "links_cut": ("หน้าเว็บมีลิงก์มากเกินขอบเขตที่โปรแกรมตรวจอ่าน จึงอ่านลิงก์ของหน้านี้ไม่ครบ",
                  "the page has more links than the crawl reads: some of them were not read"),
    "text_cut": ("หน้าเว็บหรือเอกสารยาวเกินขอบเขตที่โปรแกรมตรวจอ่าน จึงอ่านเนื้อหาไม่ครบ",
                 "the page or document is longer than the crawl reads: the rest of its text was not read"),
    "rows_cut": ("ไฟล์ตารางมีแถวมากเกินขอบเขตที่โปรแกรมตรวจอ่าน จึงอ่านแถวท้าย ๆ ไม่ครบ",
                 "the workbook has more rows than the crawl reads: its last rows were not read"),
    "scans_cut": ("เอกสารมีหน้าสแกนมากเกินขอบเขตการอ่านด้วย OCR จึงอ่านบางหน้าไม่ได้",
                  "the document has more scanned pages than the crawl reads by OCR: some were not read"),
    "scans_garbled": ("เอกสารสแกนบางหน้าอ่านด้วย OCR ไม่ออก (หน้าตะแคงหรือกลับหัวที่หมุนแล้วยังอ่านไม่ได้ หรือภาพไม่ชัด)",
                      "some scanned pages could not be read by OCR (turned sideways or upside down past reading, or "
                      "unclear)"),
    "pages_cut": ("เอกสารมีจำนวนหน้ามากเกินขอบเขตที่โปรแกรมตรวจอ่าน จึงอ่านหน้าท้าย ๆ ไม่ครบ",
                  "the document has more pages than the crawl reads: its last pages were not read"),
    "filter_unclear": ("ตัวเลือกที่ระบุไม่แสดงรายการเอกสารและไม่มีคำว่าไม่พบ (เว็บไซต์อาจไม่รับแบบฟอร์มที่โปรแกรมตรวจส่ง)",
                       "the choice the row names showed no list and no word that nothing was found (the site may not "
                       "have taken the form the crawler sent)"),
    "pictures_unread": ("ข้อความบางส่วนของหน้านี้อยู่ในภาพ (ปุ่มภาพ แผนที่ภาพ หัวข้อที่เป็นภาพ) ที่โปรแกรมตรวจอ่านด้วย OCR ไม่ได้",
                        "some of the page's words are in pictures (picture buttons, an image map, headings drawn as "
                        "images) the crawl could not read by OCR"),
    "scroll_cut": ("รายการในหน้านี้ยังโหลดเพิ่มเมื่อเลื่อนหน้าลงเกินขอบเขตที่โปรแกรมตรวจเลื่อนอ่าน จึงอ่านรายการท้าย ๆ ไม่ครบ",
                   "the page's list still grew as it was scrolled when the crawl's bound stopped scrolling: its last "
                   "rows were not read"),
    "shadow_unread": ("บางส่วนของหน้านี้สร้างด้วยคอมโพเนนต์ของเว็บ (web components) ที่โปรแกรมตรวจอ่านเนื้อหาไม่ได้",
                      "part of the page is drawn by web components whose content the crawl could not read"),
    "data_unread": ("หน้านี้สร้างด้วยสคริปต์ซึ่งขอข้อมูลจากเว็บไซต์ของหน่วยงานแล้วไม่สำเร็จ (เซิร์ฟเวอร์ขัดข้องหรือไม่ตอบ) "
                    "จึงไม่ได้แสดงบางส่วนของหน้า ผู้ใช้เบราว์เซอร์ที่เปิดใหม่ภายหลังอาจเห็น",
                    "the page's script asked the agency's site for its data and did not get it (the server failed or "
                    "did not answer), so part of the page was not drawn; a browser reloading later may show it"),
    "include_unread": ("บางส่วนของหน้านี้ดึงมาจากไฟล์อื่นของเว็บไซต์ขณะเปิดหน้า (include) แต่ไฟล์นั้นเปิดไม่ได้ (ไม่พบหรือเซิร์ฟเวอร์ขัดข้อง) "
                       "พื้นที่นั้นจึงว่าง ไม่ทราบว่ารายการใดควรอยู่ตรงนั้น",
                       "part of the page is pulled in from another file of the site as it loads (an include), and that "
                       "file did not come (not found, or the server failed): its area is empty, and what it would list "
                       "is unknown"),
    "panes_unread": ("หน้านี้มีแผงย่อย (แท็บ/การ์ดแบบพับได้) ที่สคริปต์โหลดเนื้อหาเมื่อคลิก และเวลาที่โปรแกรมตรวจเปิดหน้าหมดก่อนเปิดครบทุกแผง",
                     "the page's panes (tabs, accordion cards) are filled by a script when clicked, and the render's "
                     "time ran out before every one was opened"),
    "drawn": ("ข้อมูลแสดงเป็นแผนภูมิ/แดชบอร์ดที่อ่านเป็นข้อความไม่ได้ (เช่น Looker Studio, Power BI, Tableau หรือแผนภูมิที่สคริปต์วาด)",
              "shown as a chart or dashboard the engine cannot read as text (Looker Studio, Power BI, Tableau, a chart "
              "a script draws)"),
    "not_visited": ("ลิงก์ที่ยังไม่ได้เปิดอ่าน เพราะเกินขอบเขตจำนวนหน้าหรือความลึกของการตรวจ",
                    "a link the crawl did not open (beyond its page or depth bounds)"),
    "script_link": ("ลิงก์ทำงานด้วยสคริปต์ของเว็บไซต์ซึ่งโปรแกรมตรวจเปิดตามไม่ได้ (ผู้ใช้เบราว์เซอร์คลิกแล้วอาจเปิดได้)",
                    "the link runs the site's own script, which the crawler cannot follow (a click in a browser may "
                    "open it)"),
    "in_app": ("บริการอยู่ในแอปแชต (เช่น LINE Official Account) ต้องเพิ่มเพื่อนในแอปจึงจะเห็น โปรแกรมตรวจเปิดดูไม่ได้",
               "the service is inside a chat app (a LINE Official Account): a person sees it only after adding it as "
               "a friend in the app, which the crawl cannot do"),
    "qr_unread": ("ภาพบางภาพในหน้านี้อาจเป็น QR code (เช่น QR code แบบวัด EIT) ที่โปรแกรมตรวจยังไม่ได้สแกนอ่าน",
                  "some pictures on the page may be QR codes (e.g. the EIT survey's) that the crawl did not scan"),
    "other": ("อ่านเนื้อหาของหน้านี้ไม่ได้", "the page's content could not be read"),  # a cause nobody named yet
}

# -- reasons -----------------------------------------------------------------------------------------------
# code -> (Thai, English) templates; ``{name}`` are the reason's parameters, ``{cause}`` a failure kind (its
# words are put in), ``{n}`` a count. Coverage reasons (``coverage.<unread code>``) are added below.
REASONS: dict[str, tuple[str, str]] = {
    "found_complete": ("มีข้อมูลครบถ้วน", "complete"),
    "found_in_furniture": ("มีข้อมูลครบถ้วน (ส่วนท้าย/ส่วนหัวของเว็บไซต์)", "complete (in the site's header or footer)"),
    "incomplete": ("{lacking_th}", "{lacking_en}"),  # the checks' own words for what is lacking
    "not_found": ("ไม่พบข้อมูล", "not found"),
    "placeholder_link": ("มีหัวข้อแต่ลิงก์ไม่มีปลายทาง (#)", "listed, but the link leads nowhere (#)"),
    "other_round": ("ไม่พบหลักฐานของรอบนี้ ({lacking_th})", "no evidence of this round ({lacking_en})"),
    "other_round_only": ("มีเพียงเอกสารของรอบก่อน (หน้า ITA ของรอบนี้ระบุว่า \"{quote}\")",
                         "only another round's document (this round's ITA page says \"{quote}\")"),
    "denial": ("ไม่พบข้อมูล (หน้าระบุว่า \"{quote}\")", "not found (the page says \"{quote}\")"),
    "filter_empty": ("เลือก \"{choice}\" ตามที่ระบุแล้วไม่พบเอกสาร (หน้าระบุว่า \"{quote}\")",
                     "the choice the row names (\"{choice}\") lists no document (the page says \"{quote}\")"),
    "link_gone": ("ไม่สามารถเข้าถึงได้ ({cause})", "cannot be reached ({cause})"),
    "item_link_gone": ("{what_th} ({cause})", "{what_en} ({cause})"),  # the rulebook's words for this item
    "outside_refused": ("บริการภายนอกไม่ตอบโปรแกรมตรวจ ({cause}) ต้องเปิดดูด้วยตนเอง",
                        "the outside service did not answer the crawler ({cause}); check it by hand"),
    "linked_not_fetched": ("พบลิงก์แต่ไม่ได้ตรวจ (เกินขอบเขตการเก็บข้อมูล)", "linked, but not fetched within the crawl's limits"),
    "budget_unvisited": ("ไม่พบในหน้าที่ตรวจได้ (เว็บไซต์ใหญ่เกินขอบเขต ยังมีอีก {n} ลิงก์ที่ไม่ได้ตรวจ)",
                         "not found in the pages read (the crawl's page budget ran out with {n} links unvisited)"),
    "evaluation_timed_out": ("ไม่ได้ตรวจ: หมดเวลาที่กำหนดสำหรับการประเมินหน่วยงานนี้",
                             "not checked: the agency's evaluation time budget ran out"),
    "timed_out": ("ไม่ได้ตรวจ: หมดเวลาที่กำหนดให้เว็บไซต์นี้ก่อนพบข้อมูล",
                  "not checked: the site's time budget ran out before it was found"),
    "site_unreachable": ("เข้าถึงเว็บไซต์ไม่ได้ ({cause})", "the site could not be crawled ({cause})"),
    "no_rulebook": ("ไม่มีเกณฑ์ {family} ปี พ.ศ. {year} (มีปี {available})",
                    "no {family} rulebook for {year} (available: {available})"),
}
for _code, (_th, _en) in UNREAD.items():
    REASONS[f"coverage.{_code}"] = (f"{NEEDS_LOOK_TH}: {_th}", f"{NEEDS_LOOK_EN}: {_en}")
OCR_TH, OCR_EN = "ข้อความจาก OCR", "text read by OCR"
COVERAGE_PREFIX = "coverage."


# reasons that say part of a site was not read (not that the item is absent)
COVERAGE_REASONS = frozenset({"budget_unvisited", "timed_out", "evaluation_timed_out", "linked_not_fetched", "outside_refused"})


def is_coverage_reason(code: str | None) -> bool:
    """Whether an ``unchecked`` reason is a gap in what the crawl read (a page unread, a budget spent)."""
    return bool(code and (code.startswith(COVERAGE_PREFIX) or code in COVERAGE_REASONS))


def coverage_reason(unread: str) -> str:
    """The reason code for an item left unchecked because a page was not read for ``unread``."""
    return COVERAGE_PREFIX + (unread if unread in UNREAD else "other")


def render(code: str, params: dict[str, Any] | None = None) -> tuple[str, str]:
    """A reason's Thai and English prose. ``cause`` parameters are failure kinds, put in words;
    ``ocr``: the verdict rests on text read from a scan; ``outside``: the evidence is on an outside host."""
    params = dict(params or {})
    th, en = REASONS.get(code) or (code, code)
    fill_th, fill_en = _Blank(params), _Blank(params)
    if "cause" in params:
        fill_th["cause"], fill_en["cause"] = failure_words(str(params["cause"]))
    th, en = th.format_map(fill_th), en.format_map(fill_en)
    if params.get("ocr"):
        th, en = f"{th} ({OCR_TH})", f"{en} ({OCR_EN})"
    if params.get("outside"):
        th, en = f"{th} (เผยแพร่นอกเว็บไซต์ของหน่วยงาน)", f"{en} (published outside the agency's site)"
    return th, en


# -- the rulebooks of a run ----------------------------------------------------------------------------------
def run_rulebooks_of(run: dict[str, Any]) -> dict[str, tuple[int | None, str | None]]:
    """Family -> (year, version) of the rulebooks a stored run was judged with (``runs.rulebooks``); a run
    from before families were recorded was judged by the ITA rulebook of its year."""
    try:
        recorded = json.loads(run.get("rulebooks") or "{}")
    except (TypeError, ValueError):
        recorded = {}
    judged = {family: (info.get("year"), info.get("version")) for family, info in recorded.items()
              if isinstance(info, dict)}
    return judged or ({"ita": (run.get("year"), run.get("rulebook_version"))} if run.get("year") else {})


class _Blank(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return ""
