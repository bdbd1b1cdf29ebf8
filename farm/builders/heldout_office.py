"""Held-out sites (round 13, the lead): an ITA index saved in an older office format, with a link per row.

Many agencies keep Microsoft Office 2003 or save as such from LibreOffice: their ITA 2569 index is a Word
97-2003 file (.doc) or an Excel 97-2003 workbook (.xls), its rows linking each item's page or document as the
.docx/.xlsx indexes of the corpus do. A person opens the file and clicks. The crawler read such files as text only
(crawler/office.py dropped Word's HYPERLINK fields; xlrd's cell values carry no link), so the rows were words.

Each site is an agency of its own, made from a corpus site whose index is the modern twin: the same pages and
documents under the new agency's name and host, the index converted by LibreOffice (``soffice --convert-to``,
Writer and Calc) from the twin rewritten for the new host. What a reader sees on the site and in the file is what
a reader saw on the twin, so every verdict is the twin's, carried over before any engine run (its words "ไฟล์ Word",
"ไฟล์ Excel" stay true):

* www.nonghin.go.th (``doc_index``), from www.nadindam.go.th: the ITA menu's only entry is
  ``/download/ITA2569_nonghin.doc``, a table O1–O26 with HYPERLINK fields to pages, PDFs and Google Drive files.
* www.khokmon-sao.go.th (``xls_index``), from www.nongbuadaeng-sao.go.th: ``/docs/file/ITA2569_khokmon.xls``,
  cell hyperlinks and ``=HYPERLINK(url; label)`` formulas.

Needs LibreOffice Writer and Calc to build (``libreoffice-writer-nogui``, ``libreoffice-calc-nogui``); the sites are
committed, the crawl needs neither.
"""
from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from farm.server import SITES_DIR

# (twin host, new host, {old words: new words}, twin index path, new format, architecture, what the index is)
SITES = [
    ("www.nadindam.go.th", "www.nonghin.go.th",
     {"www.nadindam.go.th": "www.nonghin.go.th", "nadindam": "nonghin", "นาดินดำ": "หนองหิน", "Na Din Dam": "Nong Hin"},
     "download/ITA2569_nadindam.docx", "doc", "doc_index", "a Word 97-2003 file (.doc) with HYPERLINK fields"),
    ("www.nongbuadaeng-sao.go.th", "www.khokmon-sao.go.th",
     {"www.nongbuadaeng-sao.go.th": "www.khokmon-sao.go.th", "nongbuadaeng": "khokmon", "หนองบัวแดง": "โคกมน",
      "Nong Bua Daeng": "Khok Mon"},
     "docs/file/ITA2569_nongbuadaeng.xlsx", "xls", "xls_index",
     "an Excel 97-2003 workbook (.xls) with cell hyperlinks and HYPERLINK formulas"),
]
TEXT_SUFFIXES = {"", ".html", ".htm", ".php", ".yaml", ".txt", ".xml", ".json"}


def renamed(data: bytes, words: dict[str, str]) -> bytes:
    for old, new in words.items():
        data = data.replace(old.encode("utf-8"), new.encode("utf-8"))
    return data


def rewrite_office(source: Path, words: dict[str, str]) -> bytes:
    """An Office Open XML file with ``words`` replaced in every part (its links' targets, its text)."""
    out = io.BytesIO()
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info, renamed(old.read(info), words))
    return out.getvalue()


def convert(data: bytes, name: str, target: str) -> bytes:
    """``data`` (a file called ``name``) converted by LibreOffice to ``target`` (doc, xls)."""
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / name
        source.write_bytes(data)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{scratch}/profile", "--headless", "--norestore",
                        "--convert-to", target, "--outdir", scratch, str(source)],
                       check=True, capture_output=True, timeout=300)
        return (Path(scratch) / f"{source.stem}.{target}").read_bytes()


def build_site(dest: Path, twin: str, host: str, words: dict[str, str], index: str, target: str,
               architecture: str, what: str) -> None:
    site = dest / host
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(SITES_DIR / twin, site)
    old_index = site / index
    new_index = old_index.with_name(renamed(old_index.stem.encode(), words).decode() + f".{target}")
    new_index.write_bytes(convert(rewrite_office(old_index, words), new_index.with_suffix(old_index.suffix).name, target))
    old_index.unlink()
    links = {old_index.name: new_index.name}
    for path in site.rglob("*"):
        if path.is_file() and path.suffix in TEXT_SUFFIXES:
            data = renamed(renamed(path.read_bytes(), links), words)  # the index's name before the agency's
            if path.name == "expected.yaml":
                text = data.decode("utf-8")
                style = next(line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("style:"))
                text = text.replace(f"style: {style}", f"style: {architecture}").replace(
                    f"architecture: {style}", f"architecture: {architecture}")
                data = (f"# {architecture}: the ITA index is {what}; built from {twin} by "
                        f"farm/builders/heldout_office.py, every verdict the twin's.\n" + text).encode("utf-8")
            path.write_bytes(data)


def build(dest: Path = SITES_DIR) -> None:
    for site in SITES:
        build_site(dest, *site)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
