"""QR codes a reader scans with a phone: in pictures on pages, in posters, inside PDFs.

Thai agencies print QR codes where a link would be: the EIT survey ("QR code แบบวัด EIT บนเว็บไซต์หน่วยงาน", ITA
2566 O43), a complaint channel's Google Form on a poster, a LINE OA for questions, the real document on Drive printed
inside a PDF. A careful assessor scans them; so does the crawler, within the pictures' bounds (crawler/pictures.py,
``PAGE_PICTURES`` a page, ``crawl.picture_reads`` an agency; ``PDF_IMAGES`` a document): each address decoded is one
more link of the page or document (``qr_link``: the words "QR code" and what the picture's alt, caption or nearby
words say), followed or credited as any link is (outside hosts within the outside-reading bounds).

A picture read carries ``qr``: the addresses it holds ([] when none, or too small to hold one a phone reads). A
picture left without ``qr`` was not read (no decoder on this machine, a bound, a failed fetch): what it holds is
unknown, so an item asking for a QR code is ``unchecked`` there, never ``partial`` (rules/checks.survey_link).

The decoder is ZBar (Debian's ``libzbar0``, through ``pyzbar``): on posters it read more small, turned and faded
codes than OpenCV's detector (25 of 40 against 18 in round 13's measure) in half the time, at 0.5 MB against 170 MB.
Without it QR reading is off, said once in the log, and no picture carries ``qr``.

>>> qr_link("https://forms.gle/abc", "แจ้งเรื่องร้องเรียน", "https://www.x.go.th/p")["text"]
'QR code แจ้งเรื่องร้องเรียน'
>>> qr_link("ร้านค้า 0812345678", "", "https://www.x.go.th/p") is None
True
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

log = logging.getLogger(__name__)

MIN_SIDE = 32  # pixels: a picture smaller than this holds no code a phone reads (an icon)
GROW_BELOW = 1200  # a picture smaller than this is read again at twice its size when nothing was found
MAX_PIXELS = 25_000_000  # a larger picture is decoded shrunk to this many pixels
PDF_IMAGES = 12  # pictures of one PDF decoded (the first; a scanned 300-page bundle's pages are not all scanned)
PDF_PIXELS = 4_000_000  # a larger picture inside a PDF (a scanned page) is scanned only where OCR renders its page,
                        # shrunk to this: a worker's memory limit holds Tesseract and pdfium beside it
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_said = False


@lru_cache(maxsize=1)
def missing() -> str:
    """Why QR codes cannot be read on this machine ("" when they can)."""
    try:
        from pyzbar import pyzbar  # noqa: F401 - loads libzbar itself
    except ImportError as exc:
        return f"QR codes are not read: {exc} (apt-get install libzbar0; pip install pyzbar)"
    except OSError as exc:  # pyzbar present, libzbar0 not
        return f"QR codes are not read: {exc} (apt-get install libzbar0)"
    return ""


def available() -> bool:
    """Whether QR codes are read; the reason they are not is logged once."""
    global _said
    why = missing()
    if why and not _said:
        _said = True
        log.warning("%s", why)
    return not why


def decode(image: Any, max_pixels: int = MAX_PIXELS) -> list[str] | None:
    """The texts of the QR codes in a PIL image, in reading order, each once; None when no decoder is installed.
    A picture of more than ``max_pixels`` is scanned shrunk to that."""
    if not available():
        return None
    from PIL import Image
    from pyzbar import pyzbar

    if min(image.size) < MIN_SIDE:
        return []
    if image.size[0] * image.size[1] > max_pixels:
        scale = (max_pixels / (image.size[0] * image.size[1])) ** 0.5
        image = image.resize((int(image.size[0] * scale), int(image.size[1] * scale)))
    image = image.convert("L")
    found = _zbar(pyzbar, image)
    if not found and max(image.size) < GROW_BELOW:  # a code printed small on a poster: its modules one pixel wide
        found = _zbar(pyzbar, image.resize((image.size[0] * 2, image.size[1] * 2), Image.LANCZOS))
    return found


def _zbar(pyzbar: Any, image: Any) -> list[str]:
    try:
        results = pyzbar.decode(image, symbols=[pyzbar.ZBarSymbol.QRCODE])
    except Exception as exc:  # noqa: BLE001 - a decoder failure is a picture whose codes were not found
        log.debug("zbar failed: %s", exc)
        return []
    texts = []
    for result in sorted(results, key=lambda r: (r.rect.top, r.rect.left)):
        text = result.data.decode("utf-8", "replace").strip()
        if text and text not in texts:
            texts.append(text)
    return texts


def target(text: str, base_url: str) -> str:
    """The address a decoded QR opens ("" when it holds no web address: a phone number, a PromptPay payload)."""
    text = text.strip()
    if not _URL.match(text):
        return ""
    url = text if "://" in text else "http://" + text
    parts = urlsplit(urljoin(base_url, url))
    return parts.geturl() if parts.scheme in ("http", "https") and parts.hostname else ""


def qr_link(text: str, words: str, base_url: str, **extra: Any) -> dict[str, Any] | None:
    """A decoded QR as a link of the page or document it is printed on: "QR code" and the picture's own words."""
    url = target(text, base_url)
    if not url:
        return None
    words = re.sub(r"\s+", " ", words or "").strip()
    label = f"QR code {words}".strip()[:200]
    return {"url": url, "href": text[:300], "kind": "a", "zone": "main", "text": label, "title": "",
            "context": label[:300], "qr": True, **extra}


def pdf_images(page: Any, left: int) -> tuple[list[str], int, bool]:
    """The QR texts in a PDF page's pictures (at most ``left`` pictures decoded): (texts, pictures decoded, whether
    every picture of the page was decoded)."""
    import pypdfium2

    texts: list[str] = []
    done, whole = 0, True
    for obj in page.get_objects(filter=[pypdfium2.raw.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        if done >= left:
            whole = False
            break
        try:
            width, height = obj.get_px_size()
            if width * height > PDF_PIXELS:  # a scanned page: read where OCR renders it (crawler/ocr.py)
                whole = False
                continue
            image = obj.get_bitmap(render=False).to_pil()
        except Exception as exc:  # noqa: BLE001 - a picture pdfium cannot give back is one not read
            log.debug("PDF picture not read: %s", exc)
            whole = False
            continue
        found = decode(image)
        done += 1
        if found is None:
            return [], done, False
        texts += [t for t in found if t not in texts]
    return texts, done, whole
