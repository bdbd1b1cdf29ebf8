"""What a crawl cut short by its time budget means for findings: not found is not "missing", it is "unchecked"."""
from __future__ import annotations


def mark_unreached(findings: list) -> list:
    """For an agency whose time ran out: an item nothing was found for was not reached, so it is unchecked."""
    for finding in findings:
        if finding.status == "missing" and not finding.evidence and "(#)" not in finding.reason_en:
            finding.status = "unchecked"
            finding.reason_th = "ไม่ได้ตรวจ: หมดเวลาที่กำหนดให้เว็บไซต์นี้ก่อนพบข้อมูล"
            finding.reason_en = "not checked: the site's time budget ran out before it was found"
    return findings
