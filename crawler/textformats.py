"""Documents in the other formats Thai agencies publish, read as a person reads them (round 15, lane "formats").

A clerk saves from Word, WordPad, Notepad, Excel or the browser as whatever the "Save as type" list offers, and
prints to XPS; the OIT index links the file and a person opens it in Word, the browser or the system's viewer:

* **RTF** (.rtf): Word's, Writer's and WordPad's Rich Text. Thai is ``\\uNNNN`` (with a ``\\'3f`` fallback that is
  skipped per ``\\ucN``) or ``\\'xx`` bytes in the code page of the font's ``\\fcharset`` (222: Thai, windows-874)
  or of ``\\ansicpgN``. Destinations a reader never sees (font and colour tables, pictures, ``\\*`` groups) are
  skipped; a ``HYPERLINK`` field is a link, its shown text the link's words.
* **MHT/MHTML** (.mht, .mhtml): Word's "Single File Web Page" and the browser's "Save page as MHTML" — a MIME
  ``multipart/related`` message (RFC 2557) whose HTML part, often quoted-printable in windows-874, is the document.
  That part is read as any HTML page is (crawler/extract.parse_html); addresses of the archive's own parts
  (``file:///C:/…``) lead nowhere on the web and become placeholders.
* **Plain text** (.txt, .csv): Notepad's "ANSI" (windows-874 on Thai Windows), UTF-8 with or without a byte-order
  mark (Excel's "CSV UTF-8"), UTF-16 with one. The words are the document; addresses written out are links.
* **XPS/OpenXPS** (.xps, .oxps): "Microsoft Print to XPS" — an OPC zip whose fixed pages draw each run of text as a
  ``Glyphs`` element carrying its ``UnicodeString``; pages in the order the document's parts list them, and a
  ``FixedPage.NavigateUri`` is a link.

Everything here is pure Python (the standard library and lxml), runs in the document pool's workers
(crawler/documents.py) and raises on a file it cannot read (the pool records it unread, never empty).

>>> rtf_text(rb"{\\rtf1\\ansi\\ansicpg874{\\fonttbl{\\f0\\fcharset222 Angsana New;}}\\f0 \\'bb\\'d5 2569\\par}")[0]
'ปี 2569'
>>> rtf_text(rb"{\\rtf1\\ansi\\uc1 \\u3611\\'3f\\u3637\\'3f}")[0]
'ปี'
>>> plain_text(b"\\xef\\xbb\\xbfO11,\\xe0\\xb8\\x9b\\xe0\\xb8\\xb5 2569")
'O11,ปี 2569'
"""
from __future__ import annotations

import email
import email.policy
import re
import zipfile
import io
from urllib.parse import unquote

from crawler.doclinks import doc_link, text_links, words

# \fcharset -> code page (the RTF specification's table; 222 is Thai)
CHARSETS = {0: "cp1252", 1: "cp1252", 2: "cp1252", 77: "mac_roman", 128: "cp932", 129: "cp949", 134: "gbk",
            136: "big5", 161: "cp1253", 162: "cp1254", 163: "cp1258", 177: "cp1255", 178: "cp1256", 186: "cp1257",
            204: "cp1251", 222: "cp874", 238: "cp1250", 255: "cp437"}
# destinations whose text a reader never sees
SKIPPED = {"fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "themedata", "colorschememapping",
           "latentstyles", "datastore", "xmlnstbl", "listtable", "listoverridetable", "rsidtbl", "generator",
           "filetbl", "revtbl", "mmathPr", "pgdsctbl", "shppict", "nonshppict", "bkmkstart", "bkmkend", "xe", "tc"}
TEXT_WORDS = {"par": "\n", "line": "\n", "sect": "\n", "page": "\n", "row": "\n", "cell": " ", "tab": "\t",
              "emdash": "\u2014", "endash": "\u2013", "bullet": "\u2022", "lquote": "\u2018", "rquote": "\u2019",
              "ldblquote": "\u201c", "rdblquote": "\u201d", "emspace": " ", "enspace": " ", "qmspace": " "}
_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z'])|([{}])|[\r\n]+|"
                    rb"([^\\{}\r\n]+)")
_HYPERLINK = re.compile(r'HYPERLINK\s+(?:\\[a-z]\s+)*"?([^"\s]+)"?', re.I)
MAX_RTF_CHARS = 2_000_000  # text kept from one RTF


def rtf_text(body: bytes, max_links: int = 1000) -> tuple[str, list[dict]]:
    """The words of an RTF document as Word shows them, and its HYPERLINK fields as links. Raises ValueError when
    ``body`` is not RTF."""
    if not body.lstrip()[:5] == b"{\\rtf":
        raise ValueError("not an RTF file")
    out: list[str] = []
    pending = bytearray()  # \'xx bytes, decoded together (a multi-byte code page's character spans two)
    fonts: dict[int, str] = {}
    default_cp = "cp1252"
    # group state: (skip, uc, codepage, destination)
    state = {"skip": False, "uc": 1, "cp": "", "dest": "", "font": -1}
    stack: list[dict] = []
    fields: list[dict] = []  # open fields: their instruction and the text shown
    skip_chars = 0
    fonttbl_font = -1
    links: list[dict] = []
    size = 0

    def emit(text: str) -> None:
        nonlocal size
        if size > MAX_RTF_CHARS:
            return
        size += len(text)
        if state["dest"] == "fldinst" and fields:
            fields[-1]["inst"] += text
        elif not state["skip"]:
            out.append(text)
            if fields:
                fields[-1]["shown"] += text

    def flush() -> None:
        if pending:
            codepage = state["cp"] or default_cp
            if codepage == "cp1252" and default_cp == "cp874":  # a Latin font's charset in a Thai file: Thai bytes
                codepage = "cp874"
            emit(bytes(pending).decode(codepage, "replace"))
            pending.clear()

    for match in _TOKEN.finditer(body):
        word, arg, hexa, symbol, brace, plain = match.groups()
        if hexa is not None:
            if skip_chars:
                skip_chars -= 1
                continue
            if state["dest"] == "fonttbl_entry":
                continue
            pending.append(int(hexa, 16))
            continue
        flush()
        if brace == b"{":
            stack.append(dict(state))
            skip_chars = 0
            continue
        if brace == b"}":
            if state["dest"] == "field" and fields:
                field = fields.pop()
                target = _HYPERLINK.search(field["inst"])
                if target and len(links) < max_links:
                    shown = words(field["shown"], 200)
                    links.append(doc_link(target.group(1), shown, words("".join(out[-40:]))))
            if state["dest"] == "fonttbl_entry" and stack and fonttbl_font >= 0:
                fonts.setdefault(fonttbl_font, "")
            state = stack.pop() if stack else state
            skip_chars = 0
            continue
        if word is not None:
            name = word.decode("ascii")
            value = int(arg) if arg is not None else None
            if name == "bin" and value:  # raw bytes follow: never text
                skip_chars = 0
                continue
            if skip_chars and name != "u":
                skip_chars -= 1
                continue
            if name == "ansicpg" and value:
                default_cp = f"cp{value}"
            elif name == "fonttbl":
                state["skip"], state["dest"] = True, "fonttbl"
            elif name == "f" and value is not None:
                if state["dest"] in ("fonttbl", "fonttbl_entry"):
                    fonttbl_font = value
                    state["dest"] = "fonttbl_entry"
                else:
                    state["cp"] = fonts.get(value, "") or state["cp"]
            elif name == "fcharset" and value is not None and state["dest"] == "fonttbl_entry":
                fonts[fonttbl_font] = CHARSETS.get(value, "")
            elif name == "uc" and value is not None:
                state["uc"] = value
            elif name == "u" and value is not None:
                code = value + 65536 if value < 0 else value
                emit(chr(code) if code < 0x110000 else "\ufffd")
                skip_chars = state["uc"]
            elif name == "field":
                state["dest"] = "field"
                fields.append({"inst": "", "shown": ""})
            elif name == "fldinst":
                state["dest"] = "fldinst"
            elif name == "fldrslt":
                state["dest"] = "fldrslt"
                state["skip"] = False
            elif name in SKIPPED:
                state["skip"] = True
            elif name in TEXT_WORDS:
                emit(TEXT_WORDS[name])
            continue
        if symbol is not None:
            if skip_chars:
                skip_chars -= 1
                continue
            if symbol == b"*":
                if state["dest"] not in ("field",):
                    state["skip"] = True
                    state["dest"] = state["dest"] or "ignorable"
            elif symbol in (b"\\", b"{", b"}"):
                emit(symbol.decode())
            elif symbol == b"~":
                emit("\u00a0")
            elif symbol == b"_":
                emit("-")
            continue
        if plain is not None:
            text = plain
            if skip_chars:
                cut = min(skip_chars, len(text))
                text, skip_chars = text[cut:], skip_chars - cut
            if state["dest"] in ("fonttbl", "fonttbl_entry"):
                continue
            if state["dest"] == "fldinst" and fields:  # "HYPERLINK" may sit in a \*\fldinst group
                fields[-1]["inst"] += text.decode("latin-1")
                continue
            if text:
                emit(text.decode(state["cp"] or default_cp, "replace"))
    flush()
    text = "".join(out).replace("\x00", "")
    text = re.sub(r"[ \t]+\n", "\n", text)
    known = {link["href"] for link in links}
    links += text_links(text, "", max(max_links - len(links), 0), known)
    return text.strip(), links


def mht_html(body: bytes) -> tuple[bytes, str, str]:
    """The HTML part of an MHT/MHTML web archive: (its bytes, its declared charset or "", its Content-Location).
    Raises ValueError when the archive holds no HTML part."""
    message = email.message_from_bytes(body.lstrip(), policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() in ("text/html", "application/xhtml+xml") and not part.is_multipart():
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                return payload, part.get_content_charset() or "", str(part.get("Content-Location") or "")
    raise ValueError("no HTML part in the web archive")


def is_mht(body: bytes) -> bool:
    """Whether ``body`` is a MIME web archive (its headers name multipart/related within the first KB)."""
    head = body[:2048].lstrip().lower()
    return re.match(rb"[a-z][\w-]*:", head) is not None and b"mime-version:" in head and b"multipart/related" in head


def plain_text(body: bytes) -> str:
    """A plain-text file decoded as Notepad and the browser decode it: by its byte-order mark, else UTF-8, else
    windows-874 when that gives Thai, else as charset_normalizer guesses."""
    if body[:3] == b"\xef\xbb\xbf":
        return body[3:].decode("utf-8", "replace")
    if body[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return body.decode("utf-16", "replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = body.decode("cp874", "replace")
    if re.search(r"[\u0e01-\u0e4f]", text):
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(body).best()
    return str(best) if best else body.decode("utf-8", "replace")


def plain_links(text: str, max_links: int) -> list[dict]:
    """Addresses written out in a text file, each with its line as context."""
    links: list[dict] = []
    for line in text.splitlines():
        if "http" in line or "www." in line:
            links += text_links(line, line, max_links - len(links), {link["href"] for link in links})
        if len(links) >= max_links:
            break
    return links


_GLYPHS = re.compile(rb"<(?:\w+:)?Glyphs\b[^>]*?\bUnicodeString=\"([^\"]*)\"", re.S)
_NAVIGATE = re.compile(rb"\bFixedPage\.NavigateUri=\"([^\"]+)\"")
_SOURCE = re.compile(rb"\bSource=\"([^\"]+)\"")


def xps_text(body: bytes, max_links: int = 1000) -> tuple[str, list[dict]]:
    """The words of an XPS/OpenXPS document (each ``Glyphs``' UnicodeString, a line each, pages in the order the
    document sequence lists them) and its hyperlinks. Raises ValueError when ``body`` holds no fixed page."""
    import html

    with zipfile.ZipFile(io.BytesIO(body)) as package:
        names = {info.filename.lstrip("/"): info.filename for info in package.infolist()}
        pages = _xps_pages(package, names) or sorted(
            (n for n in names if n.lower().endswith(".fpage")), key=_natural)
        if not pages:
            raise ValueError("no fixed page in the XPS package")
        lines: list[str] = []
        links: list[dict] = []
        glyphs = 0
        for name in pages:
            markup = package.read(names[name])
            glyphs += len(re.findall(rb"<(?:\w+:)?Glyphs\b", markup))
            page_lines = [_unescape(html.unescape(m.decode("utf-8", "replace"))) for m in _GLYPHS.findall(markup)]
            lines += [line for line in page_lines if line.strip()]
            for target in _NAVIGATE.findall(markup):
                if len(links) < max_links:
                    links.append(doc_link(html.unescape(target.decode("utf-8", "replace")), "", " ".join(page_lines)[:300]))
    text = "\n".join(lines)
    if not text.strip() and glyphs:  # runs drawn by glyph index only: the words are not in the file
        raise ValueError(f"{glyphs} runs of glyphs without their Unicode text")
    links += text_links(text, "", max(max_links - len(links), 0), {link["href"] for link in links})
    return text, links


def _unescape(unicode_string: str) -> str:
    """A UnicodeString as shown: a leading ``{}`` escapes a text that starts with ``{``."""
    return unicode_string[2:] if unicode_string.startswith("{}") else unicode_string


def _xps_pages(package: zipfile.ZipFile, names: dict[str, str]) -> list[str]:
    """Fixed pages in document order: the sequence's documents, each document's pages."""
    sequence = next((n for n in names if n.lower().endswith(".fdseq")), None)
    if sequence is None:
        return []
    pages: list[str] = []
    for doc in _SOURCE.findall(package.read(names[sequence])):
        doc_name = _part(doc, sequence)
        if doc_name not in names:
            continue
        for page in _SOURCE.findall(package.read(names[doc_name])):
            page_name = _part(page, doc_name)
            if page_name in names and page_name not in pages:
                pages.append(page_name)
    return pages


def _part(source: bytes, relative_to: str) -> str:
    """A part's name from a ``Source`` (absolute, or relative to the part that names it)."""
    target = unquote(source.decode("utf-8", "replace"))
    if target.startswith("/"):
        return target.lstrip("/")
    folder = relative_to.rsplit("/", 1)[0] + "/" if "/" in relative_to else ""
    parts: list[str] = []
    for piece in (folder + target).split("/"):
        if piece == "..":
            if parts:
                parts.pop()
        elif piece and piece != ".":
            parts.append(piece)
    return "/".join(parts)


def _natural(name: str) -> list:
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", name)]
