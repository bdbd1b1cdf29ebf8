"""Reading scans: Tesseract's Thai model on image-only PDF pages and on images linked as documents.

Runs inside a document worker (crawler/documents.py), under its memory and time limits. The engine is
``tesserocr`` (Tesseract's C API; the Thai model is loaded once per worker, not once per page) with the
models of Debian's ``tesseract-ocr-tha``. A page is read only while the document's :class:`OcrBudget` lasts;
text Tesseract is not confident of is dropped, so a blurred scan stays "image only, check by hand" instead of
being judged on noise.

>>> OcrBudget(pages=1, seconds=10).allows()
True
"""
from __future__ import annotations

import importlib.util
import io
import os
import re
import time
from dataclasses import dataclass, field
from functools import lru_cache

LANGS = "tha+eng"
TESSDATA_DIRS = ("/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                 "/usr/share/tessdata", "/usr/local/share/tessdata")
MIN_CONFIDENCE = 40  # Tesseract's mean word confidence (0-100) below which a page's text is noise
MIN_LETTERS = 20  # fewer letters than a short title is not a document's text
DPI_RANGE = (72, 300)  # a scan is rendered at its own resolution, within these bounds
MAX_SIDE = 3500  # pixels: a 12-megapixel phone photo is shrunk to ~300 dpi for A4
MAX_PIXELS = 60_000_000  # larger images are refused unread (a decompression bomb, not a document)
_LETTERS = re.compile(r"[A-Za-z\u0e01-\u0e4e]")
_api = None  # the worker's Tesseract, with the Thai model loaded


@lru_cache(maxsize=1)
def tessdata_dir() -> str | None:
    """The folder holding Tesseract's Thai and English models, or None."""
    for folder in filter(None, (os.environ.get("TESSDATA_PREFIX"), *TESSDATA_DIRS)):
        if all(os.path.exists(os.path.join(folder, f"{lang}.traineddata")) for lang in LANGS.split("+")):
            return folder
    return None


def missing() -> str:
    """Why OCR cannot run on this machine ("" when it can)."""
    if importlib.util.find_spec("tesserocr") is None:
        return "the tesserocr package is not installed"
    if tessdata_dir() is None:
        return "Tesseract's Thai model is not installed (apt-get install tesseract-ocr tesseract-ocr-tha)"
    return ""


@dataclass
class OcrBudget:
    """What one document may spend on OCR: pages, and seconds counted from the document's start."""

    pages: int
    seconds: float
    reason: str = ""  # why no page may be read at all (OCR off or not installed, the run's budget used up)
    started: float = field(default_factory=time.monotonic)
    read: int = 0  # pages read
    skipped: int = 0  # scanned pages left unread: the budget ran out

    def allows(self) -> bool:
        if self.read < self.pages and time.monotonic() - self.started < self.seconds:
            return True
        self.skipped += 1
        return False

    def note(self) -> str:
        if not self.skipped:
            return ""
        why = self.reason or f"OCR budget of a document ({self.pages} pages, {self.seconds:g} s) used up"
        return f"image only: {self.skipped} scanned page(s) not read by OCR: {why}"


def _engine():
    global _api
    if _api is None:
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one core per worker: the pool decides parallelism
        import tesserocr

        _api = tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang=LANGS)
    return _api


def read_image(image) -> str:
    """The text of a PIL image, or "" when Tesseract is not confident it is text."""
    from PIL import ImageOps

    image = ImageOps.exif_transpose(image).convert("L")
    if max(image.size) > MAX_SIDE:
        image.thumbnail((MAX_SIDE, MAX_SIDE))
    api = _engine()
    api.SetImage(image)
    text = api.GetUTF8Text() or ""
    confidence = api.MeanTextConf()
    api.Clear()
    if confidence < MIN_CONFIDENCE or len(_LETTERS.findall(text)) < MIN_LETTERS:
        return ""
    # Tesseract writes SARA AM as NIKHAHIT + SARA AA ("ดําเนิน"): stored text must match what people search for
    return text.replace("\u0e4d\u0e32", "\u0e33")


def scan_dpi(page) -> float:
    """The resolution the page's largest image was scanned at: rendering finer invents nothing, coarser loses."""
    import pypdfium2

    best = (0.0, DPI_RANGE[1])
    for obj in page.get_objects(filter=[pypdfium2.raw.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        width, _ = obj.get_px_size()
        area = (right - left) * (top - bottom)
        if area > best[0] and right > left:
            best = (area, width / ((right - left) / 72))
    return min(max(best[1], DPI_RANGE[0]), DPI_RANGE[1])


def pdf_page_reader(budget: OcrBudget):
    """A ``read_scan(page)`` for :func:`crawler.extract.parse_pdf`: a scanned page's text, or None unread."""

    def read_scan(page) -> str | None:
        read_scan.words = []
        read_scan.codes = []
        if not budget.allows():
            return None
        budget.read += 1
        scale = scan_dpi(page) / 72
        image = page.render(scale=scale, grayscale=True).to_pil()
        from crawler import qr
        if qr.available():  # a QR code on the scanned page, read from the picture OCR reads (crawler/qr.py)
            read_scan.codes = qr.decode(image, qr.PDF_PIXELS) or []
        if _has_links(page):  # a scanned index whose rows an officer linked in Acrobat: where each word stands
            from crawler.pictures import _words
            height = page.get_height()
            read_scan.words = [(word, x / scale, height - y / scale) for word, x, y in _words(image.convert("L"))]
        return read_image(image)

    read_scan.words = []  # (word, x, y) in PDF points of the last page read, when it has link annotations
    read_scan.codes = []  # the QR codes' texts of the last page read
    return read_scan


def _has_links(page) -> bool:
    """Whether a PDF page has link annotations."""
    import ctypes

    import pypdfium2.raw as pdfium

    position, link = ctypes.c_int(0), pdfium.FPDF_LINK()
    return bool(pdfium.FPDFLink_Enumerate(page.raw, ctypes.byref(position), ctypes.byref(link)))


def read_image_document(body: bytes, budget: OcrBudget):
    """A JPEG/PNG served as a document (a photographed announcement): its text when it has some."""
    from PIL import Image

    from crawler.extract import Extracted

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        image = Image.open(io.BytesIO(body))
        if image.size[0] * image.size[1] > MAX_PIXELS:  # judged by its header, before a byte is decoded
            return Extracted("image", image_only=True, note=f"image of {image.size[0]}×{image.size[1]} pixels: not read")
        image.load()
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        return Extracted("image", image_only=True, note=f"unreadable image: {str(exc)[:200]}")
    if not budget.allows():
        return Extracted("image", image_only=True)
    budget.read += 1
    text = read_image(image)
    return Extracted("image", text=_tidy(text), image_only=True, ocr_pages=int(bool(text)), ocr_tried=1)


def _tidy(text: str) -> str:
    from crawler.extract import join_lines

    return join_lines(text)
