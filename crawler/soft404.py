"""A "soft 404": an answer HTTP 200 whose whole page only says the file or page is not there; and its converse,
a page sent in full under an error status.

Vendor download scripts (``getfile.php?id=N``) and some CMSs answer a deleted file with 200 and a bare page
"ไม่พบไฟล์ที่ต้องการ" / "File not found". A person clicking the link gets no document: the link is broken, as a
404 would be. Only a short page counts, so that an ordinary page that mentions "ไม่พบ" somewhere in its text (a
search box, a "no data yet" listing, which is a denial: missing) is never taken for one.

The converse: a CMS that routes its pretty addresses through Apache's ``ErrorDocument 404 /index.php`` sends every
page with status 404, and a template whose visitor counter fails after the page was written sends it with 500. A
browser shows the page whatever its status; so it is read (``shown_in_full``). A site's own "page not found" in its
template says so in its title or text, and a bare server error page is short: both stay failures.
"""
from __future__ import annotations

import re

from crawler.extract import Extracted

SOFT_404 = "soft_404"
MAX_CHARS = 300  # the bare error page's words; a page in the site's template (menu, footer) says more
NOT_THERE = re.compile(r"ไม่พบ\s*(?:ไฟล์|เอกสาร|หน้า(?:เว็บ|ที่)|ลิงก์|url)|ไฟล์(?:นี้)?\s*(?:ไม่มีอยู่|ถูกลบ)|"
                       r"\b(?:file|document|page)\s+(?:was\s+)?not\s+found\b|\b404\s*(?:-|:)?\s*not\s+found\b", re.I)


def soft_not_found(got: Extracted) -> str:
    """The words saying nothing is there, when they are all the page says; "" for any other page."""
    if got.kind != "html" or len(got.text) > MAX_CHARS:
        return ""
    found = NOT_THERE.search(f"{got.title} {got.text}")
    return found.group(0) if found else ""


SHOWN_STATUSES = {404, 410, 500}  # what a router or a failing template answers with the page; 429/503: busy
# a server's bare error page is smaller (Apache's, nginx's: 150–300 bytes); a page in the site's template is not, nor
# a single-page application's shell that ``ErrorDocument 404 /index.html`` sends for every route (rendered, then
# judged like any page: crawler/render.py)
SHOWN_MIN_BYTES = 500
SHOWN_MIN_CHARS = 100  # the page's own words, its menus and footer aside: a short executives' list says this much
ERROR_TITLE = re.compile(r"^\W*(?:HTTP\s*)?[45]\d\d\b|\b[45]\d\d\s*[-:]?\s*(?:not|error|forbidden|internal|service)|"
                         r"\berror\b|not\s+found|forbidden|unavailable|ข้อผิดพลาด|ไม่พบ|ไม่สามารถ", re.I)


# a template's own "not found" in its words (Apache's "The requested URL was not found on this server", WordPress's
# "หน้าที่คุณต้องการไม่มีอยู่")
GONE = re.compile(r"\bnot\s+found\b|ไม่พบหน้า|หน้าที่คุณ(?:ต้องการ|เรียก|ค้นหา)|ไม่มีหน้า(?:เว็บ)?นี้", re.I)


def may_be_shown(status: int, content_type: str, size: int) -> bool:
    """Whether an error answer is worth reading as a page: HTML of a page's size under a router's or a failing
    template's status."""
    return status in SHOWN_STATUSES and size >= SHOWN_MIN_BYTES and ("html" in content_type or not content_type)


def shown_in_full(got: Extracted) -> bool:
    """An error answer whose body is the page itself: the site's template with its content, no words saying the
    page is not there or failed, no script shell."""
    if got.kind != "html" or got.shell or len(got.text) < SHOWN_MIN_CHARS or len(got.links) < 3:
        return False
    return not ERROR_TITLE.search(got.title) and not NOT_THERE.search(got.text) and not GONE.search(got.text)
