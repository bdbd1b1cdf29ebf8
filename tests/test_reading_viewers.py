"""Classes found on the held-out sites of farm/builders/heldout_viewers.py (issue 19, round 8, lane "viewers"),
each shown on the farm site where it was found, crawled through the farm and judged as the accuracy benchmark
judges it:

* a PDF's bookmarks that open a URL are its links, read under the bookmark's title: an index whose pages list the
  items and whose outline holds each item's link (before: O15–O26 of www.thatakiap.go.th "missing", 8 false alarms);
* a document's link keeps its whole address until it is joined: a Thai file name percent-encoded is 9 characters a
  letter, and an address cut at 300 characters led nowhere;
* a PDF that asks for a password to open is unread, never empty; one with only an owner password opens and is read;
* PDF.js shows whatever its ``file`` is: ``viewer.html?file=/download.php?id=41`` frames that download, named or
  not (before: never fetched, and O9 passed on its page's caption alone);
* a link's query is sent in its page's encoding, as a browser sends it: ``download.php?file=คู่มือ….pdf`` on a
  windows-874 page asks for ``%A4%D9…`` (before: UTF-8, a 404, and O9 of www.thatakiap.go.th passed on another
  item's manual beside it);
* a short page that only frames documents nobody could read (``<iframe>``/``<embed>``/``<object>``, a PDF.js
  viewer) is their frame: its caption does not pass the item, which is unchecked (before: O23 passed on the
  caption "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569" beside a PDF nobody opened);
* the farm serves Thai file names as Apache does: a percent-encoded path is looked up decoded, and a name longer
  than a file name can be is a 404, not the farm's crash."""
from __future__ import annotations

import http.client
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import quote

import pytest

from crawler.doclinks import doc_link, resolve
from crawler.extract import parse_html, parse_pdf
from farm.server import SITES_DIR, Farm
from rules.urls import viewer_target
from rules.vocabulary import ALARMS
from tests.test_reading_unforeseen import crawl

VIEWERS, BOOKMARKS = "www.nongyaplong-sao.go.th", "www.thatakiap.go.th"
NYP, TTK = SITES_DIR / VIEWERS / "uploads" / "ita2569", SITES_DIR / BOOKMARKS / "files" / "ita2569"
INDEX_PDF = TTK / "ดัชนีเอกสาร OIT 2569 หมวด 9.3-9.4.pdf"


# -- a PDF's bookmarks ----------------------------------------------------------------------------------------
def test_a_pdfs_bookmarks_that_open_a_url_are_its_links():
    got = parse_pdf(INDEX_PDF.read_bytes())
    assert "O23 แผนปฏิบัติการป้องกันการทุจริต" in got.text            # the pages list the items, with no link
    links = resolve([dict(link) for link in got.links if link["kind"] == "a"], f"http://{BOOKMARKS}/files/ita2569/x.pdf")
    marks = {link["text"]: link["url"] for link in links}
    assert len(marks) == 13 and "O21 การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบ" not in marks   # no bookmark, no link
    o23 = marks["O23 แผนปฏิบัติการป้องกันการทุจริต"]
    assert o23 == f"http://{BOOKMARKS}/files/ita2569/{quote('O23 แผนปฏิบัติการป้องกันการทุจริต ปี 2569.pdf')}"
    assert all(link["context"] == link["text"] for link in links)    # the bookmark's title is its row
    assert (TTK / "O23 แผนปฏิบัติการป้องกันการทุจริต ปี 2569.pdf").exists()


def test_a_documents_long_thai_address_is_kept_whole_until_joined():
    name = quote("รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2568.pdf")
    assert len(name) > 300
    link = resolve([doc_link(f"/files/{name}", "O22 รายงาน", "O22 รายงาน")], "http://www.x.go.th/ita.pdf")[0]
    assert link["url"] == f"http://www.x.go.th/files/{name}"


# -- passwords --------------------------------------------------------------------------------------------------
def test_a_pdf_that_asks_for_a_password_is_unread_and_one_with_an_owner_password_is_read():
    locked = parse_pdf((NYP / "O23 แผนปฏิบัติการป้องกันการทุจริต ปี 2569.pdf").read_bytes())
    assert locked.unread == "unsupported_format" and not locked.text and "password" in locked.note
    owner = parse_pdf((NYP / "O19 ปี 2569.pdf").read_bytes())   # copying forbidden; opens for everyone
    assert not owner.unread and "ประชาคม วันที่ 12 กุมภาพันธ์ 2569" in owner.text
    assert parse_pdf(b"%PDF-1.4 not a pdf at all").unread == ""   # a broken file is not a locked one


# -- viewers and frames -----------------------------------------------------------------------------------------
def test_a_pdfjs_viewer_object_and_embed_show_their_file_as_a_link():
    page = ('<h2>O5 แผนพัฒนาท้องถิ่น</h2><iframe src="/pdfjs/web/viewer.html?file=/uploads/ita2569/แผน ปี 2569.pdf'
            '#page=1"></iframe><object data="/uploads/คู่มือ+2569.pdf" type="application/pdf"><embed '
            'src="/uploads/คู่มือ+2569.pdf"></object><iframe src="/pdfjs/web/viewer.html?file=../../uploads/o22.pdf">'
            '</iframe><iframe src="/pdfjs/web/viewer.html?file=%2Fdownload.php%3Fid%3D41#zoom=auto"></iframe>')
    urls = [(link["kind"], link["url"]) for link in parse_html(page, "http://www.x.go.th/index.php?op=itaview&id=5").links]
    assert ("iframe", "http://www.x.go.th/uploads/ita2569/" + quote("แผน ปี 2569.pdf")) in urls
    assert ("iframe", "http://www.x.go.th/uploads/" + quote("คู่มือ+2569.pdf", safe="+")) in urls
    assert ("iframe", "http://www.x.go.th/uploads/o22.pdf") in urls    # relative to the viewer, as PDF.js reads it
    assert ("iframe", "http://www.x.go.th/download.php?id=41") in urls  # PDF.js shows its file, named or not
    assert viewer_target("http://www.x.go.th/view.php?file=12") == ""   # a CMS's own page, not a viewer


def test_a_links_query_is_sent_in_its_pages_encoding_as_a_browser_sends_it():
    page = '<a href="/download.php?file=O9 คู่มือ.pdf">O9</a><a href="/files/คู่มือ ปี.pdf">O8</a>'
    thai = [link["url"] for link in parse_html(page, "http://www.x.go.th/download.html", encoding="cp874").links]
    assert thai == ["http://www.x.go.th/download.php?file=O9%20%A4%D9%E8%C1%D7%CD.pdf",   # windows-874, as sent
                    "http://www.x.go.th/files/" + quote("คู่มือ ปี.pdf")]                # a path is UTF-8 always
    utf8 = [link["url"] for link in parse_html(page, "http://www.x.go.th/download.html", encoding="utf-8").links]
    assert utf8[0] == "http://www.x.go.th/download.php?file=" + quote("O9 คู่มือ.pdf")


# -- the farm -----------------------------------------------------------------------------------------------------
def test_the_farm_serves_thai_file_names_percent_encoded_and_never_crashes_on_long_ones():
    with Farm() as farm:
        def get(path: str) -> tuple[int, bytes]:
            host, port = farm.httpd.server_address[:2]
            conn = http.client.HTTPConnection(host, port, timeout=10)
            conn.request("GET", f"http://{VIEWERS}{path}")
            answer = conn.getresponse()
            return answer.status, answer.read()
        status, body = get("/uploads/ita2569/" + quote("O19 ปี 2569.pdf"))
        assert status == 200 and body.startswith(b"%PDF")
        assert get("/uploads/ita2569/" + quote("ก" * 200 + ".pdf"))[0] == 404   # 1,800 characters: no such file
        assert get("/uploads/ita2569/O13+" + quote("ปี", safe="") + "+2568.pdf")[0] == 200   # '+' is a plus in a path


# -- the held-out sites, crawled ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def heldout(tmp_path_factory) -> SimpleNamespace:
    return crawl(Path(tmp_path_factory.mktemp("viewers")), [VIEWERS, BOOKMARKS])


@pytest.mark.slow
def test_items_linked_only_by_a_pdfs_bookmarks_are_judged_on_their_documents(heldout):
    find = lambda item: heldout.findings[("thatakiap", item)]  # noqa: E731
    for item in ("O15", "O16", "O19", "O20", "O22", "O23", "O25", "O26"):
        assert find(item)["status"] == "pass", item
    assert find("O18")["status"] == "partial"                  # the 2567 statistics, behind its bookmark
    assert find("O21")["status"] == "missing" and find("O24")["status"] == "missing"   # no bookmark: "-", a denial
    assert any("O23" in url for url in find("O23")["evidence"])


@pytest.mark.slow
def test_a_frame_of_a_locked_pdf_is_unchecked_and_viewers_show_their_files(heldout):
    find = lambda item: heldout.findings[("nongyaplong", item)]  # noqa: E731
    o23 = find("O23")
    assert o23["status"] == "unchecked" and o23["status"] not in ALARMS
    assert o23["reason_code"] == "coverage.unsupported_format"
    assert find("O19")["status"] == "pass"                     # the owner-password PDF, read
    o9 = find("O9")                                            # a viewer of download.php?id=41 (an attachment)
    assert o9["status"] == "pass" and f"http://{VIEWERS}/download.php?id=41" in o9["evidence"], o9["evidence"]
    assert find("O14")["status"] == "broken"                   # the viewer's file answers 404
    assert find("O7")["status"] == "partial"                   # <object> of the 2567 report, under a 2569 caption
    o9 = heldout.findings[("thatakiap", "O9")]               # download.php?file=<Thai> on a windows-874 page
    assert any("download.php?file=O9%20%A4%D9" in url for url in o9["evidence"]), o9["evidence"]
    locked = heldout.pages[f"http://{VIEWERS}/uploads/ita2569/" + quote("O23 แผนปฏิบัติการป้องกันการทุจริต ปี 2569.pdf")]
    assert locked["unread"] == "unsupported_format"
