"""Every workbook prints legibly on A4, checked the way a person would: each is printed to PDF by LibreOffice
(Debian's libreoffice-calc-nogui, a test-only dependency) and the printed digits are measured. A wide table is
split across pages that repeat its first columns instead of shrinking to 2-point text."""
from __future__ import annotations

import shutil
import statistics
import subprocess

import pytest
from click.testing import CliRunner

from oit.cli import main

pytestmark = pytest.mark.slow  # every workbook printed through LibreOffice

SOFFICE = shutil.which("soffice")
MIN_DIGIT_POINTS = 5.5  # the height of a printed digit of 8-point text; an 11-point cell printed at 70 % keeps it
WORKBOOKS = {"findings": ["findings", "--format", "xlsx"], "matrix": ["export", "matrix", "--format", "xlsx"],
             "itas": ["export", "itas", "--agency", "huaisai", "--format", "xlsx"],
             "scores": ["scores", "--format", "xlsx"], "report": ["report", "--agency", "huaisai", "--format", "xlsx"]}


@pytest.fixture(scope="module")
def printed(crawled, tmp_path_factory):
    """name -> the PDF pages (pypdfium2) LibreOffice prints from each workbook."""
    if SOFFICE is None:
        pytest.skip("LibreOffice is not installed (Debian: apt-get install libreoffice-calc-nogui); printing unchecked")
    import pypdfium2
    out = tmp_path_factory.mktemp("print")
    for name, args in WORKBOOKS.items():
        result = CliRunner().invoke(main, ["--db", str(crawled.db_path), *args, "--out", str(out / f"{name}.xlsx")])
        assert result.exit_code == 0, result.output
    subprocess.run([SOFFICE, "--headless", "--norestore", f"-env:UserInstallation=file://{out}/profile", "--convert-to",
                    "pdf", "--outdir", str(out), *[str(out / f"{n}.xlsx") for n in WORKBOOKS]],
                   capture_output=True, timeout=300)
    if not all((out / f"{n}.pdf").exists() for n in WORKBOOKS):
        pytest.skip("LibreOffice could not print the workbooks (Debian: apt-get install libreoffice-calc-nogui)")
    documents = {n: pypdfium2.PdfDocument(str(out / f"{n}.pdf")) for n in WORKBOOKS}
    pages = {n: list(document) for n, document in documents.items()}
    yield pages
    for name, document in documents.items():
        for page in pages[name]:
            page.close()
        document.close()


def _digit_heights(page) -> list[float]:
    text = page.get_textpage()
    chars = text.get_text_range()
    heights = []
    for index, char in enumerate(chars[:text.count_chars()]):
        if char.isdigit():
            left, bottom, right, top = text.get_charbox(index)
            heights.append(top - bottom)
    return heights


@pytest.mark.parametrize("name", WORKBOOKS)
def test_every_workbook_prints_on_a4_at_a_readable_size(printed, name):
    pages = printed[name]
    width, height = pages[0].get_size()
    assert (round(width), round(height)) == (842, 595)  # A4 landscape, in points
    for number, page in enumerate(pages, start=1):
        heights = _digit_heights(page)
        if heights:
            assert statistics.median(heights) >= MIN_DIGIT_POINTS, f"{name} page {number}: digits {statistics.median(heights):.1f} pt"


def test_a_wide_table_splits_across_pages_that_repeat_its_first_columns(printed):
    texts = [page.get_textpage().get_text_range() for page in printed["matrix"]]
    matrix = [t for t in texts if not t.startswith("สัญลักษณ์")]  # the legend sheet prints last
    assert len(matrix) >= 2  # 6 columns and 43 items: more than one page wide
    assert all("bansample" in text for text in matrix)  # the agency id column, repeated on every page
