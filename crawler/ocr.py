"""Reading scans: Tesseract's Thai model on image-only PDF pages and on images linked as documents.

Runs inside a document worker (crawler/documents.py), under its memory and time limits. The engine is
``tesserocr`` (Tesseract's C API; the Thai model is loaded once per worker, not once per page) with the
models of Debian's ``tesseract-ocr-tha``. A page is read only while the document's :class:`OcrBudget` lasts;
text Tesseract is not confident of is dropped, so a blurred scan stays "image only, check by hand" instead of
being judged on noise.

A page photographed or scanned sideways or upside down is read upright, as a person turns it: a phone's EXIF
Orientation first, then, when what Tesseract read is not Thai words (a turned page reads as confident nonsense),
Tesseract's orientation detection (``osd.traineddata``) and a second reading of the turned page. Text that is not
words either way is the page's *garbled* state: unread, never judged as the page's content. A multi-page TIFF (an
office copier's scan) is read page by page.

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
# Share of a reading's Thai letters that stand in dictionary words of WORD_LEN letters or more: a page read upright
# scores 0.8-1.0, the same page read on its side or upside down 0-0.3 (Tesseract's nonsense is made of short words)
MIN_WORDLIKE = 0.5
WORD_LEN = 3
MIN_THAI = 20  # fewer Thai letters than this: too few to say whether they are words (an English page is not judged)
_LETTERS = re.compile(r"[A-Za-z\u0e01-\u0e4e]")
_THAI_RUN = re.compile(r"[\u0e01-\u0e4e]+")
_api = None  # the worker's Tesseract, with the Thai model loaded
_osd = None  # the worker's orientation detector (False: its model is not installed)


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


def _osd_engine():
    """Tesseract in orientation-and-script mode, or None when ``osd.traineddata`` is not installed."""
    global _osd
    if _osd is None:
        folder = tessdata_dir()
        if folder is None or not os.path.exists(os.path.join(folder, "osd.traineddata")):
            _osd = False
        else:
            import tesserocr

            _osd = tesserocr.PyTessBaseAPI(path=folder, lang="osd", psm=tesserocr.PSM.OSD_ONLY)
    return _osd or None


@lru_cache(maxsize=1)
def _thai_words() -> tuple[frozenset[str], int]:
    """pythainlp's Thai word list (words of WORD_LEN letters or more) and its longest word's length."""
    from pythainlp.corpus.common import thai_words

    words = frozenset(word for word in thai_words() if len(word) >= WORD_LEN and _THAI_RUN.fullmatch(word))
    return words, min(max(map(len, words)), 30)


def wordlike(text: str) -> float | None:
    """The share of ``text``'s Thai letters that stand in dictionary words (longest match first), or None when it
    has too few Thai letters to say.

    >>> wordlike("รายงานผลการดำเนินงาน ประจำปีงบประมาณ") > 0.9
    True
    >>> wordlike("รธรพรูหนาพษ หแบก ยดูทรปธนนูจ โซบกพเลข ณแลรบลดขบน") < 0.3
    True
    """
    words, longest = _thai_words()
    runs = _THAI_RUN.findall(text.replace("\u0e4d\u0e32", "\u0e33"))
    total = sum(map(len, runs))
    if total < MIN_THAI:
        return None
    covered = 0
    for run in runs:
        i = 0
        while i < len(run):
            for j in range(min(len(run), i + longest), i + WORD_LEN - 1, -1):
                if run[i:j] in words:
                    covered, i = covered + j - i, j
                    break
            else:
                i += 1
    return covered / total


@dataclass
class Reading:
    """What OCR made of one picture: its text ("" when none is kept), the turn (degrees counter-clockwise) that set
    it upright, and whether letters were read that are not words in any orientation tried (``garbled``)."""

    text: str = ""
    turn: int = 0
    garbled: bool = False


def _ocr(image) -> tuple[str, int]:
    api = _engine()
    api.SetImage(image)
    text = api.GetUTF8Text() or ""
    confidence = api.MeanTextConf()
    api.Clear()
    return text, confidence


def _kept(text: str, confidence: int) -> bool:
    """Whether a reading is text to keep: enough letters, Tesseract confident, and (Thai) words, not nonsense."""
    if not _confident(text, confidence):
        return False
    score = wordlike(text)
    return score is None or score >= MIN_WORDLIKE  # an English page, or a few Thai letters: confidence decides


def _confident(text: str, confidence: int) -> bool:
    """Letters Tesseract is confident of (words or not): a page's text, however it was turned; a photo or a blurred
    scan reads as a few letters of low confidence."""
    return len(_LETTERS.findall(text)) >= MIN_LETTERS and confidence >= MIN_CONFIDENCE


def orientation(image) -> int:
    """The turn (PIL degrees, counter-clockwise: 0, 90, 180, 270) that sets the picture's text upright, by
    Tesseract's orientation detection; 0 when it cannot tell (no text, no osd model)."""
    osd = _osd_engine()
    if osd is None:
        return 0
    osd.SetImage(image)
    try:
        found = osd.DetectOrientationScript()
    except RuntimeError:
        found = None
    osd.Clear()
    return int(found["orient_deg"]) % 360 if found else 0


def read_upright(image) -> Reading:
    """The text of a PIL image read upright (EXIF, then orientation detection when the first reading is not
    words), or a :class:`Reading` with no text: ``garbled`` when letters were read that are not words."""
    from PIL import ImageOps

    image = ImageOps.exif_transpose(image).convert("L")
    if max(image.size) > MAX_SIDE:
        image.thumbnail((MAX_SIDE, MAX_SIDE))
    text, confidence = _ocr(image)
    kept, turn, nonsense = _kept(text, confidence), 0, _confident(text, confidence)
    if not kept and (angle := orientation(image)):
        turned, turned_confidence = _ocr(image.rotate(angle, expand=True))
        if _kept(turned, turned_confidence):
            text, turn, kept = turned, angle, True
        nonsense = nonsense or _confident(turned, turned_confidence)
    if not kept:  # letters read with confidence that are no words, upright or turned: not an empty page
        return Reading(garbled=nonsense)
    # Tesseract writes SARA AM as NIKHAHIT + SARA AA ("ดําเนิน"): stored text must match what people search for
    return Reading(text.replace("\u0e4d\u0e32", "\u0e33"), turn)


def read_image(image) -> str:
    """The text of a PIL image read upright, or "" when Tesseract read no words in it."""
    return read_upright(image).text


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
        read_scan.garbled = False
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
        reading = read_upright(image)
        read_scan.garbled = reading.garbled
        return reading.text

    read_scan.words = []  # (word, x, y) in PDF points of the last page read, when it has link annotations
    read_scan.codes = []  # the QR codes' texts of the last page read
    read_scan.garbled = False  # the last page read had confident letters that are no words, upright or turned
    return read_scan


def _has_links(page) -> bool:
    """Whether a PDF page has link annotations."""
    import ctypes

    import pypdfium2.raw as pdfium

    position, link = ctypes.c_int(0), pdfium.FPDF_LINK()
    return bool(pdfium.FPDFLink_Enumerate(page.raw, ctypes.byref(position), ctypes.byref(link)))


def _is_heif(body: bytes) -> bool:
    """An HEIF picture (an iPhone's .HEIC): an ISO media file whose brand is HEIF's (AVIF is Pillow's own)."""
    return body[4:8] == b"ftyp" and body[8:12] in (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1",
                                                   b"msf1")


def _heif_opener() -> bool:
    """Teach Pillow HEIF through pillow-heif (its wheel carries libheif); False when it is not installed."""
    try:
        import pillow_heif
    except ImportError:
        return False
    pillow_heif.register_heif_opener()
    return True


def read_image_document(body: bytes, budget: OcrBudget):
    """A JPEG/PNG/TIFF served as a document (a photographed announcement, a copier's multi-page scan): its text
    when it has some, page by page while the budget lasts; pages read as nonsense leave it read in part."""
    from PIL import Image

    from crawler.extract import Extracted

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    heif = _heif_opener() if _is_heif(body) else True
    try:
        image = Image.open(io.BytesIO(body))
        if image.size[0] * image.size[1] > MAX_PIXELS:  # judged by its header, before a byte is decoded
            return Extracted("image", image_only=True, note=f"image of {image.size[0]}×{image.size[1]} pixels: not read")
        image.load()
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        if not heif:  # an iPhone's HEIC and no reader for it here: a format unread, not a picture without words
            return Extracted("image", image_only=True, unread="picture_format",
                             note="HEIC/HEIF picture not read: pillow-heif is not installed")
        return Extracted("image", image_only=True, note=f"unreadable image: {str(exc)[:200]}")
    # a TIFF's pages (an office copier's scan); a phone's JPEG may hold a second picture (MPO: a preview, a depth
    # map) that is no page of the document
    frames = getattr(image, "n_frames", 1) if image.format == "TIFF" else 1
    texts, tried, garbled = [], 0, 0
    try:
        for number in range(frames):
            if not budget.allows():
                budget.skipped += frames - number - 1  # allows() counted the first page it refused
                break
            image.seek(number)
            if image.size[0] * image.size[1] > MAX_PIXELS:
                raise ValueError(f"page {number + 1} of {image.size[0]}×{image.size[1]} pixels")
            budget.read += 1
            tried += 1
            reading = read_upright(image.copy())
            texts.append(reading.text)
            garbled += reading.garbled
    except (OSError, ValueError, EOFError) as exc:  # a page past the first broken: what was read stands, the rest not
        return Extracted("image", text=_tidy("\n".join(t for t in texts if t)), image_only=True,
                         ocr_pages=sum(map(bool, texts)), ocr_tried=tried, note=f"unreadable image page: {str(exc)[:200]}",
                         cut="scans_garbled" if any(texts) else "")
    got = Extracted("image", text=_tidy("\n".join(t for t in texts if t)), image_only=True,
                    ocr_pages=sum(map(bool, texts)), ocr_tried=tried)
    if garbled and got.text:
        got.cut = "scans_garbled"  # a page turned past reading, or nonsense: the rest is judged, not the whole
    return got


def _tidy(text: str) -> str:
    from crawler.extract import join_lines

    return join_lines(text)
