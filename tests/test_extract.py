from crawler.extract import decode_html, doc_kind, parse_html

PAGE = """<html><head><title>ข่าว</title></head><body>
<div id="top-menu" class="menu"><a href="/ita">ITA 2566</a></div>
<div class="main-header">หัวเว็บ พ.ศ. 2566</div>
<table><tr><td>O7</td><td>ข่าวประชาสัมพันธ์</td><td><a href="/news#top">คลิก</a></td></tr></table>
<a href="#!">เมนู</a> <a href="javascript:void(0)">พิมพ์</a>
<div id="footer-wrap">สงวนลิขสิทธิ์ 2566</div></body></html>"""


def test_menus_headers_and_footers_built_from_divs_are_not_content():
    page = parse_html(PAGE, "http://www.x.go.th/ita/")
    assert "2566" not in page.text and "ข่าวประชาสัมพันธ์" in page.text
    zones = {link["text"]: link["zone"] for link in page.links}
    assert zones["ITA 2566"] == "nav" and zones["คลิก"] == "main"


def test_links_keep_their_row_and_placeholders_lead_nowhere():
    links = {l["text"]: l for l in parse_html(PAGE, "http://www.x.go.th/ita/").links}
    assert links["คลิก"]["url"] == "http://www.x.go.th/news" and links["คลิก"]["context"] == "O7 ข่าวประชาสัมพันธ์ คลิก"
    assert links["เมนู"]["url"] == "" and links["พิมพ์"]["url"] == ""


def test_tis620_bytes_labelled_utf8_are_repaired():
    body = "<title>องค์การบริหารส่วนตำบล</title>".encode("cp874")
    text, encoding = decode_html(body, "utf-8", body.decode("utf-8", "replace"))
    assert text == "<title>องค์การบริหารส่วนตำบล</title>" and encoding == "cp874"


def test_document_kinds_by_type_or_extension():
    assert doc_kind("http://x.go.th/a.PDF") == "pdf"
    assert doc_kind("http://x.go.th/file?id=3", "application/pdf; qs=1") == "pdf"
    assert doc_kind("http://x.go.th/a.html", "text/html") is None


def test_a_link_drawn_in_an_inline_svg_is_a_link():
    """A clickable infographic drawn as SVG (each item a shape and its words inside ``<a xlink:href>``): a person
    clicks the shape; SVG 1.1's ``xlink:href`` is its address as ``href`` is an HTML link's."""
    html = ('<html><body><svg viewBox="0 0 100 40"><a xlink:href="/ita/o1.pdf"><rect width="40" height="20"/>'
            '<text x="2" y="12">O1 โครงสร้าง</text></a><a href="/ita/o2.pdf"><text>O2 ข้อมูลผู้บริหาร</text></a>'
            '</svg></body></html>')
    links = parse_html(html, "http://www.x.go.th/ita.html").links
    assert [(link["url"], link["text"]) for link in links] == [
        ("http://www.x.go.th/ita/o1.pdf", "O1 โครงสร้าง"), ("http://www.x.go.th/ita/o2.pdf", "O2 ข้อมูลผู้บริหาร")]
