"""A "soft 404": an answer HTTP 200 whose whole page only says the file or page is not there.

Vendor download scripts (``getfile.php?id=N``) and some CMSs answer a deleted file with 200 and a bare page
"ไม่พบไฟล์ที่ต้องการ" / "File not found". A person clicking the link gets no document: the link is broken, as a
404 would be. Only a short page counts, so that an ordinary page that mentions "ไม่พบ" somewhere in its text (a
search box, a "no data yet" listing, which is a denial: missing) is never taken for one.
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
