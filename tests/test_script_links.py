"""An index row whose link has no address but runs the site's own script when clicked (PrimeFaces/ASP.NET AJAX
``onclick="PrimeFaces.ab(…)"``, ``href="javascript:loadDoc(7)"``) was not read: its item is ``unchecked``, never
"listed, but the link leads nowhere". A bare ``#`` or ``javascript:void(0)`` still leads nowhere for a reader."""
import shutil

import pytest

from crawler.extract import parse_html
from farm.server import SITES_DIR
from tests.conftest import judge_fixture_sites

HOST = "www.banklang-sao.go.th"
INDEX = "index.php@module=oit&year=2569"


def test_a_link_that_runs_a_script_is_told_from_one_that_does_nothing():
    html = ('<table><tr><td>O5</td><td><a href="#" onclick="PrimeFaces.ab({s:\'frm:o5\'});return false;">คลิก</a>'
            '</td></tr><tr><td>O6</td><td><a href="javascript:loadDoc(7)">คลิก</a></td></tr>'
            '<tr><td>O8</td><td><a href="#">คลิก</a></td></tr>'
            '<tr><td>O9</td><td><a href="javascript:void(0);" onclick="return false;">คลิก</a></td></tr></table>')
    links = parse_html(html, f"http://{HOST}/").links
    assert [bool(link.get("script")) for link in links] == [True, True, False, False]
    assert not any(link["url"] for link in links)


@pytest.mark.slow
def test_a_row_whose_link_runs_a_script_is_unchecked_and_a_bare_hash_missing(tmp_path):
    sites = tmp_path / "sites"
    shutil.copytree(SITES_DIR / HOST, sites / HOST)
    page = sites / HOST / INDEX
    html = page.read_text(encoding="utf-8")
    for doc, link in (("data_4121", '<a href="#" onclick="PrimeFaces.ab({s:\'frm:o5\',u:\'frm:doc\'});return false;">'),
                      ("data_4142", '<a href="javascript:loadDocument(4142)">'),
                      ("data_4149", '<a href="#">'), ("data_4156", '<a href="javascript:void(0)">')):
        before = f'<a href="/fileupload/{doc}.pdf" target="_blank">'
        assert html.count(before) == 1
        html = html.replace(before, link)
    page.write_text(html, encoding="utf-8")
    run = judge_fixture_sites(tmp_path / "oit.db", [HOST], sites_dir=sites)
    got = {item: run.findings[("banklang", item)] for item in ("O5", "O7", "O8", "O9")}
    assert {item: f["status"] for item, f in got.items()} == {"O5": "unchecked", "O7": "unchecked",
                                                             "O8": "missing", "O9": "missing"}
    assert got["O5"]["reason_code"] == got["O7"]["reason_code"] == "coverage.script_link"
    assert got["O8"]["reason_code"] == "placeholder_link"
