"""The files inside an archive an agency publishes an item's documents in (a ZIP of PDFs, a RAR, a 7z), as a person
unpacking it sees them: ``(name, bytes)`` one by one, within the same bounds as an Office file's parts (members
counted, bytes unpacked summed as they are read, so a header that lies about a size gains nothing).

ZIP with the standard library; RAR and 7z through libarchive (Debian's ``libarchive13``, via the ``libarchive-c``
binding), when it is installed: without it they stay unread and say so.
"""
from __future__ import annotations

import io
import zipfile
from typing import Iterator


class TooLarge(Exception):
    """The archive unpacks past the bounds: not read further."""


def member_name(info: zipfile.ZipInfo) -> str:
    """A ZIP member's name as the person unzipping it sees it: Windows' own zip writes Thai names in cp874 without
    the UTF-8 flag (Python reads them as cp437); other tools write UTF-8 without the flag."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp874", "replace")


def zip_members(body: bytes, max_members: int) -> Iterator[tuple[str, bytes]]:
    """Files of a ZIP whose sizes were checked beforehand (crawler/documents.zip_problem)."""
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        for info in archive.infolist()[:max_members]:
            if not info.is_dir():
                yield member_name(info), archive.read(info)


def libarchive_available() -> bool:
    try:
        import libarchive  # noqa: F401
    except (ImportError, OSError, AttributeError):  # the binding, or Debian's libarchive13 under it, is missing
        return False
    return True


def archive_format(body: bytes) -> str:
    r"""libarchive's reader for the format the archive's first bytes name ("all" when they name none): a RAR that
    stores an .xlsx uncompressed holds a ZIP's directory near its end, which libarchive's guess would read instead
    (the workbook's parts, not the archive's files), as no person unpacking the RAR sees it.

    >>> archive_format(b"Rar!\x1a\x07\x00"), archive_format(b"Rar!\x1a\x07\x01\x00"), archive_format(b"7z\xbc\xaf\x27\x1c")
    ('rar', 'rar5', '7zip')
    """
    if body.startswith(b"Rar!\x1a\x07\x01\x00"):
        return "rar5"
    if body.startswith(b"Rar!\x1a\x07\x00"):
        return "rar"
    if body.startswith(b"7z\xbc\xaf\x27\x1c"):
        return "7zip"
    return "all"


def other_members(body: bytes, max_members: int, max_bytes: int) -> Iterator[tuple[str, bytes]]:
    """Files of a RAR, 7z or tar archive (libarchive), stopping with :class:`TooLarge` past either bound."""
    import libarchive

    total = 0
    with libarchive.memory_reader(body, format_name=archive_format(body)) as archive:
        for count, entry in enumerate(archive):
            if count >= max_members:
                raise TooLarge(f"too many parts in the file (> {max_members})")
            if not entry.isfile:
                continue
            if total + (entry.size or 0) > max_bytes:
                raise TooLarge(f"unpacks to more than {max_bytes:,} bytes: not extracted")
            chunks = []
            for block in entry.get_blocks():
                total += len(block)
                if total > max_bytes:
                    raise TooLarge(f"unpacks to more than {max_bytes:,} bytes: not extracted")
                chunks.append(block)
            yield entry.pathname or "", b"".join(chunks)
