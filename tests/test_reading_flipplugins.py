"""Classes found on the held-out sites of farm/builders/heldout_flipplugins.py (issue 19, round 14, lane
"flipplugins"): documents shown through document-viewer and e-book plugins that keep the document's address
outside an ordinary href (crawler/viewerdocs.py), read as a person reads them, by opening the book or viewer:

* an element's attribute naming a document for its viewer is a link the reader reaches (DearFlip's ``source=``
  on a book, a cover or an ``<a>`` button without href; a PDF.js widget's ``data-pdf``; a modal button's
  ``data-src`` on ``href="#"``, before: "listed, but the link leads nowhere"; a lazy frame's ``data-lazy-src``
  showing Google's Docs viewer of the PDF);
* so is a document named in an attribute's JSON (Real3D's ``data-flipbook-options`` ``pdfUrl``, a widget's
  ``data-settings`` ``pdf_url``), and one the page's own inline script hands its viewer
  (``window.option_df_412 = {"source": …}`` beside ``#df_412``, ``var real3dflipbook_3``, 3D FlipBook's base64
  ``FB3D_CLIENT_DATA``, ``$('#pdfv-9').pdfViewer({file: …})``), read under the viewer's heading or row;
* never a link: covers, thumbnails and lazy-loaded images, a plugin's assets folder or emoji settings in the
  head, a sharing widget's page address, another site's PDF in a script, ``source="#"`` (an empty book);
* a viewer's "Loading..." says nothing of the document: the heading above it names it.

Before (round 14 main): 25/52 agreed, 22 false alarms (O5, O7, O8 … "not found"; O6, O22 of www.thungkhwao.go.th
"listed, but the link leads nowhere")."""
from __future__ import annotations

import base64
import json

import pytest

from crawler.extract import parse_html
from crawler.viewerdocs import attribute_documents, document_address
from tests.conftest import assert_read_as_expected, expected, found, judge_fixture_sites

WP, JOOMLA = "www.nongplakho-sao.go.th", "www.thungkhwao.go.th"
BASE = "http://www.x.go.th/ita-2569/"
PDF = "http://www.x.go.th/wp-content/uploads/2026/03/O5-plan.pdf"


def links_of(body: str, head: str = "") -> list[dict]:
    html = f"<html><head>{head}</head><body><main>{body}</main></body></html>"
    return [link for link in parse_html(html, BASE).links if link["url"] and link["kind"] != "img"]


def section(code: str, viewer: str) -> str:
    return (f'<section class="elementor-section"><div class="elementor-widget-heading"><h3>{code} แผนพัฒนาท้องถิ่น</h3>'
            f'</div><div class="elementor-widget-shortcode"><div class="elementor-shortcode">{viewer}</div></div></section>')


# -- an element's attribute ----------------------------------------------------------------------------------
@pytest.mark.parametrize("viewer", [
    f'<div class="_df_book" id="df_rand1" wpoptions="true" source="{PDF}"></div>',
    '<div class="_df_thumb" id="df_7" thumb="/wp-content/uploads/2026/03/cover.png" source="/wp-content/uploads/2026/03/'
    'O5-plan.pdf">แผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570)</div>',
    f'<a class="_df_button" source="{PDF}"><i class="fa fa-book"></i> เปิดอ่าน</a>',
    '<div class="pdf-viewer" data-pdf="../wp-content/uploads/2026/03/O5-plan.pdf"><canvas></canvas></div>',
    f'<a href="#" class="btn jdoc-preview" data-bs-toggle="modal" data-bs-target="#m" data-src="{PDF}">ดูเอกสาร</a>',
])
def test_a_document_an_elements_attribute_names_for_its_viewer_is_a_link(viewer):
    got = links_of(section("O5", viewer))
    assert [link["url"] for link in got] == [PDF]
    assert got[0]["context"].startswith("O5 แผนพัฒนาท้องถิ่น") and got[0]["zone"] == "main"


def test_an_attributes_json_names_the_document():
    real3d = {"name": "ita69", "pdfUrl": PDF.replace("/", "\\/"), "lightboxThumbnailUrl": "http://www.x.go.th/wp-content/"
              "uploads/real3d-flipbook/flipbook_1/thumbnail.jpg", "assets": {"preloader": "/wp-content/plugins/real3d-"
                                                                               "flipbook-lite/assets/images/preloader.jpg"}}
    settings = {"pdf_url": {"url": "/images/ita2569/O9-manual.pdf", "is_external": ""}, "pdf_height": {"size": 600}}
    body = (section("O5", f"<div class=\"real3dflipbook\" id=\"real3dflipbook_1\" data-flipbook-options='"
                          f"{json.dumps(real3d).replace(chr(92) * 2, chr(92))}'></div>") +
            section("O9", f"<div class=\"jwidget\" data-settings='{json.dumps(settings)}'></div>"))
    got = {link["url"]: link for link in links_of(body)}
    assert set(got) == {PDF, "http://www.x.go.th/images/ita2569/O9-manual.pdf"}
    assert got[PDF]["kind"] == "iframe" and got[PDF]["context"].startswith("O5")   # a book shown in the page


def test_an_attributes_object_literal_is_read_as_a_script_reads_it():
    viewer = "<div class=\"pdfobject\" data-options=\"{file: '/wp-content/uploads/2026/03/O5-plan.pdf', page: 1}\"></div>"
    assert [link["url"] for link in links_of(section("O5", viewer))] == [PDF]


def test_a_download_script_counts_only_where_its_name_says_it_is_a_file():
    assert document_address("/download.php?id=7", BASE, named=True) == "http://www.x.go.th/download.php?id=7"
    assert document_address("/index.php?option=com_content&id=7", BASE) == ""
    assert document_address("#", BASE) == document_address("about:blank", BASE) == ""
    assert document_address("//docs.google.com/viewer?url=" + PDF.replace(":", "%3A").replace("/", "%2F") +
                            "&embedded=true", BASE) == PDF   # the viewer shows the agency's PDF


# -- a script beside the viewer ------------------------------------------------------------------------------
def test_a_dflip_books_options_in_its_script_belong_to_its_div():
    opts = json.dumps({"webgl": "true", "source": PDF, "wpOptions": "true"}).replace("/", "\\/")
    body = section("O5", f'<div class="_df_book df-lite" id="df_412" wpoptions="true"></div><script class="df-shortcode-'
                         f'script" type="application/javascript">window.option_df_412 = {opts}; if(window.DFLIP)'
                         '{window.DFLIP.parseBooks();}</script>')
    head = ('<script>var dFlipLocation = "http:\\/\\/www.x.go.th\\/wp-content\\/plugins\\/dflip\\/assets\\/"; '
            'var manual = "http:\\/\\/www.x.go.th\\/wp-content\\/uploads\\/theme-guide.pdf";</script>')
    got = links_of(body, head)
    assert [(link["url"], link["kind"]) for link in got] == [(PDF, "iframe")]   # the head's settings are none
    assert got[0]["context"].startswith("O5 แผนพัฒนาท้องถิ่น")


def test_a_3d_flipbooks_base64_payload_and_a_jquery_viewer_call_name_their_documents():
    data = {"posts": {"501": {"ID": 501, "type": "pdf", "data": {"post_ID": "501", "guid": PDF}}}}
    payload = base64.b64encode(json.dumps(data).replace("/", "\\/").encode()).decode()   # as json_encode writes it
    body = (section("O5", '<div class="_3d-flip-book" data-id="501" data-mode="" data-pdf=""></div><script>window.'
                          f"FB3D_CLIENT_DATA = window.FB3D_CLIENT_DATA || [];window.FB3D_CLIENT_DATA.push('{payload}');"
                          "</script>") +
            section("O9", "<div id=\"pdfv-9\"></div><script>jQuery(function($){ $('#pdfv-9').pdfViewer({ file: "
                          "'/images/ita2569/O9-manual.pdf', height: 600 }); });</script>"))
    got = {link["url"]: link["context"][:2] for link in links_of(body)}
    assert got == {PDF: "O5", "http://www.x.go.th/images/ita2569/O9-manual.pdf": "O9"}


# -- what is not a document ----------------------------------------------------------------------------------
def test_images_sharing_widgets_other_sites_and_empty_books_are_no_links():
    body = (section("O16", '<div class="_df_book" id="df_rand2" source="#"></div>') +
            '<p><img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/banner.png"></p>'
            f'<div class="a2a_kit addtoany_list" data-a2a-url="{BASE}" data-a2a-title="ITA"></div>'
            '<div class="_df_thumb" thumb="/wp-content/uploads/cover.jpg" source=""></div>'
            "<script>var shared = 'https://www.other.go.th/files/plan.pdf'; var w = '/media/pdfjs/pdf.worker.min.js';"
            "</script><form><input type=\"hidden\" name=\"file\" value=\"plan.pdf\"></form>")
    assert links_of(body) == []
    assert attribute_documents(parse_html_root(f'<div data-a2a-url="{PDF}" class="a2a_kit"></div>'), BASE) == []


def test_a_file_name_written_as_words_or_an_applications_data_is_no_viewers_document():
    body = ('<div class="drive-item" data-tooltip="O11_procure-q1.pdf" data-id="1pF69">O11_procure-q1.pdf</div>'
            "<script>var items = [{title: 'ตัวชี้วัดย่อยที่ 9.2 แผน.pdf'}];</script>"
            '<script id="__NEXT_DATA__" type="application/json">{"props": {"doc": "/uploads/O5-plan.pdf"}}</script>')
    assert links_of(body) == []


def test_a_document_linked_already_is_not_linked_again_from_its_viewer():
    body = section("O5", f'<div class="_df_book" source="{PDF}"></div><a href="{PDF}">ดาวน์โหลด แผนพัฒนาท้องถิ่น</a>')
    assert [(link["url"], link["kind"]) for link in links_of(body)] == [(PDF, "a")]


def parse_html_root(html: str):
    import lxml.html
    return lxml.html.fragment_fromstring(html)


def test_a_viewers_loading_words_do_not_name_its_document():
    frame = "//docs.google.com/viewer?url=" + PDF.replace(":", "%3A").replace("/", "%2F") + "&amp;embedded=true"
    viewer = ('<div class="ead-preview"><div class="ead-document"><div class="ead-iframe-wrapper"><iframe src="about:blank"'
              f' data-lazy-src="{frame}" title="Embedded Document" class="ead-iframe"></iframe><noscript><iframe src="'
              f'{frame}"></iframe></noscript></div><div class="ead-document-loading"><span>Loading...</span></div></div>'
              '</div>')
    got = [link for link in links_of(section("O5", viewer)) if link["url"] == PDF]
    assert len(got) == 1 and got[0]["kind"] == "iframe" and got[0]["text"] == ""
    assert got[0]["context"].startswith("O5 แผนพัฒนาท้องถิ่น")


# -- the held-out sites --------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    return judge_fixture_sites(tmp_path_factory.mktemp("flipplugins") / "oit.db", [WP, JOOMLA])


@pytest.mark.slow
def test_held_out_viewer_sites_read_as_a_person_reads_them(judged):
    assert_read_as_expected(judged, 24)
    wp, joomla = found(judged, "nongplakho"), found(judged, "thungkhwao")
    # books, covers, buttons, Real3D, 3D FlipBook, the lazy Docs frame: each item read from the PDF it shows
    assert all(wp[c] == "pass" for c in ("O5", "O7", "O8", "O9", "O12", "O14", "O19", "O22", "O23", "O25", "O26"))
    assert (wp["O6"], wp["O13"], wp["O16"], wp["O21"], wp["O24"]) == ("partial", "broken", "missing", "partial", "missing")
    assert (joomla["O7"], joomla["O12"], joomla["O15"], joomla["O23"]) == ("partial", "missing", "broken", "missing")
    assert all(joomla[c] == expected(JOOMLA)[c] for c in ("O5", "O8", "O9", "O16", "O21", "O22", "O26"))
