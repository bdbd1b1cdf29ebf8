"""Classes found on the held-out sites of farm/builders/heldout_onedoc.py (issue 19, round 9, lane "onedoc"): agencies
that publish the whole OIT as one document. Before any change the two sites scored 20/52 with 32 false alarms (every
item inside the report "missing": a document was one piece of evidence, found by its link's words alone):

* a link or bookmark that jumps to a page of its own document (a report's contents line, its bookmark per item, a
  merged file's index row "หน้า 14") leads to that part of the document, ``report.pdf#page=14``, from where it lands to
  where the next part begins: the item is judged on its own part, never on the rest of the report
  (crawler/doclinks._pdf_target, crawler/extract.pdf_parts, rules/parts.py);
* a report with neither contents links nor bookmarks is parted by its item headings ("O12 …" beginning a line, or the
  code alone with its title on the next line), when eight items or more head lines and its links are no index's rows
  (crawler/docparts.heading_links); a Word report by its heading paragraphs, a deck by its slides (block_links);
* a part of a merged file is the files bound into it, each from its own page: read page by page (a year's plan beside
  a 3-month progress report does not make the report cover six months);
* a part that only says "อยู่ระหว่างดำเนินการ" is that denial, as a page is;
* a heading the text layer ran into the line before it ("… 3/2569 O12 รายงานสรุปผล…") is found in its order, between
  the headings of the items before and after it;
* a part of a MOIT report covers the quarters its sections name ("ไตรมาสที่ 2 ปีงบประมาณ พ.ศ. 2569 …");
* a part a jump leads to past the page bound is read (a reader turns to page 309), up to JUMP_PAGES pages; past that
  it is unread, so its item is `unchecked`, never missing;
* a link whose own words carry an item's code is that item's, never the item its row also names (a PDF row that took
  in the line above it: "O19 … - O20 การขับเคลื่อนนโยบาย NO GIFT").
"""
from __future__ import annotations

import html
import io
import zipfile
from pathlib import Path

import pytest
import yaml

from crawler.doclinks import resolve
from crawler.documents import Limits, extract_document
from crawler.docparts import PART_PAGES, PdfPages, heading_links, pdf_parts
from crawler.extract import parse_pdf
from farm.builders.heldout_onedoc import Ln, evidence_lines, write_report
from farm.builders.heldout_sites import TITLE
from farm.builders.heldout_unforeseen import agency
from farm.builders.reading_sites_content import SUB
from farm.server import SITES_DIR
from rules.engine import evaluate_agency, find_candidates, SiteView
from rules.rulebook import load_rulebook
from rules.vocabulary import ALARMS
from tests.conftest import judge_fixture_sites

SITES = ("www.bangpla-sao.go.th", "www.nongphue-sao.go.th")
AG = agency("ทดสอบ", "เมือง", "สระบุรี", "probe", "18000", ["ก ข", "ค ง", "จ ฉ"], ["1", "2", "3"])
MODES = {"O7": "stale", "O11": "half", "O13": "stale", "O16": "denial", "O24": "absent"}
WANT = {"O7": "partial", "O11": "partial", "O13": "partial", "O16": "missing", "O24": "missing"}
WEB = {"O1", "O2", "O3", "O4", "O10", "O17"}   # their sections link pages these tests do not serve


def report(marks: bool = True, toc: bool = True, new_page: bool = True) -> list[Ln]:
    """A report of the whole OIT: a heading per item (a bookmark, a contents line jumping to it, when asked)."""
    body = []
    for _, _, numbers in SUB:
        for n in numbers:
            code, mode = f"O{n}", MODES.get(f"O{n}", "ok")
            if mode == "absent":
                continue
            heading = f"{code} {TITLE[code]}"
            body.append(Ln(heading, 17, page=new_page, key=code, mark=(heading, 0) if marks else None))
            if mode == "denial":
                body.append(Ln("อยู่ระหว่างดำเนินการ"))
                continue
            body.append(Ln(f"คำอธิบาย: จัดทำ{TITLE[code]} รายละเอียดดังนี้"))
            body += evidence_lines(code, AG, mode) if code not in WEB else [Ln("ดูได้ที่เว็บไซต์ของหน่วยงาน")]
    contents = [Ln("สารบัญ", 18, page=True)] + [Ln(f"{ln.text} ....", 12, goto=ln.key) for ln in body if ln.key]
    return [Ln("รายงานการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569", 20), *(contents if toc else []), *body]


def judged(tmp_path: Path, lines: list[Ln], name: str) -> dict[str, str]:
    """The items of a site whose home page links only the report, judged by the engine."""
    path = tmp_path / f"{name}.pdf"
    write_report(path, lines, "รายงาน OIT 2569")
    url = "http://www.probe.go.th/files/oit2569.pdf"
    got = parse_pdf(path.read_bytes())
    pages = [{"url": "http://www.probe.go.th/", "kind": "html", "status": 200, "depth": 0, "title": "หน้าแรก",
              "text": "หน้าแรก ITA 2569", "links": [{"url": url, "href": url, "kind": "a", "zone": "main", "title": "",
                                                     "text": "รายงานการเปิดเผยข้อมูลสาธารณะ OIT 2569", "context": ""}]},
             {"url": url, "kind": "pdf", "status": 200, "depth": 1, "title": got.title, "text": got.text,
              "links": resolve(got.links, url), "unread": got.unread}]
    return {f.item: f.status for f in evaluate_agency(load_rulebook(2569), pages)}


@pytest.mark.parametrize("variant", [dict(), dict(toc=False), dict(marks=False), dict(marks=False, toc=False),
                                     dict(toc=False, new_page=False), dict(marks=False, new_page=False),
                                     dict(marks=False, toc=False, new_page=False)],
                         ids=["contents+bookmarks", "bookmarks", "contents", "headings", "bookmarks-same-page",
                              "contents-same-page", "headings-same-page"])
def test_each_item_is_judged_on_its_own_part_of_the_report(tmp_path, variant):
    statuses = judged(tmp_path, report(**variant), "report")
    for code, status in statuses.items():
        if code in WANT:
            assert status == WANT[code], code       # a 2567 report, 3 months, "อยู่ระหว่างดำเนินการ": its own part says so
        elif code in WEB:
            assert status not in ALARMS, code
        else:
            assert status == "pass", code


def sections():
    """(heading, lines) of each item of the report, as typed in a Word file or on slides."""
    for _, _, numbers in SUB:
        for n in numbers:
            code, mode = f"O{n}", MODES.get(f"O{n}", "ok")
            if mode != "absent":
                lines = ["อยู่ระหว่างดำเนินการ"] if mode == "denial" else [f"คำอธิบาย: จัดทำ{TITLE[code]}"] + (
                    [ln.text for ln in evidence_lines(code, AG, mode)] if code not in WEB else ["ดูได้ที่เว็บไซต์ของหน่วยงาน"])
                yield f"{code} {TITLE[code]}", lines


def word_report() -> bytes:
    import docx
    document = docx.Document()
    document.add_heading("สารบัญ", 1)
    for heading, _ in sections():
        document.add_paragraph(f"{heading}\t{3 + len(document.paragraphs)}")   # a contents line: no heading
    for heading, lines in sections():
        document.add_heading(heading, 1)
        for line in lines:
            document.add_paragraph(line)
    body = io.BytesIO()
    document.save(body)
    return body.getvalue()


def slide_deck() -> bytes:
    """A PowerPoint deck, a slide per item (the parts of a .pptx crawler/office.py reads)."""
    ns = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
    body = io.BytesIO()
    with zipfile.ZipFile(body, "w") as deck:
        deck.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        deck.writestr("ppt/presentation.xml", f"<p:presentation {ns}/>")
        for k, (heading, lines) in enumerate([("รายงาน OIT 2569", []), *sections()], 1):
            paras = "".join(f"<a:p><a:r><a:t>{html.escape(t)}</a:t></a:r></a:p>" for t in [heading, *lines])
            deck.writestr(f"ppt/slides/slide{k}.xml", f"<p:sld {ns}><p:cSld><p:spTree><p:sp><p:txBody>{paras}"
                          "</p:txBody></p:sp></p:spTree></p:cSld></p:sld>")
    return body.getvalue()


@pytest.mark.parametrize("kind", ["docx", "pptx"])
def test_a_word_or_slide_report_is_parted_by_its_headings(kind):
    url = f"http://www.probe.go.th/files/oit2569.{kind}"
    got = extract_document(kind, word_report() if kind == "docx" else slide_deck(), Limits())
    pages = [{"url": "http://www.probe.go.th/", "kind": "html", "status": 200, "depth": 0, "title": "หน้าแรก",
              "text": "หน้าแรก ITA 2569", "links": [{"url": url, "href": url, "kind": "a", "zone": "main", "title": "",
                                                     "text": "รายงานการเปิดเผยข้อมูลสาธารณะ OIT 2569", "context": ""}]},
             {"url": url, "kind": kind, "status": 200, "depth": 1, "title": got.title, "text": got.text,
              "links": resolve(got.links, url), "unread": got.unread}]
    findings = {f.item: f for f in evaluate_agency(load_rulebook(2569), pages)}
    for code, finding in findings.items():
        want = WANT.get(code) or ("pass" if code not in WEB else None)
        assert finding.status == want if want else finding.status not in ALARMS, code
    assert findings["O12"].evidence[0] == f"{url}#{'section=12' if kind == 'docx' else 'slide=13'}"


def test_a_contents_line_and_a_bookmark_lead_to_the_page_they_open(tmp_path):
    path = tmp_path / "r.pdf"
    write_report(path, report(), "r")
    links = parse_pdf(path.read_bytes()).links
    parts = {link["text"].split()[0]: link["part"] for link in links if link.get("part")}
    o12, o13 = parts["O12"], parts["O13"]
    assert o12["ref"].startswith("#page=") and o12["page"] < o13["page"] == o12["end"][0]
    text = " ".join(o12["pages"])
    assert "รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568" in text and "O13" not in text and "O11" not in text
    url = resolve([dict(link) for link in links if link.get("part")], "http://x.go.th/r.pdf")[0]["url"]
    assert url == "http://x.go.th/r.pdf"    # the link itself: rules/parts.py points it at its part


def test_headings_part_a_report_only_when_eight_items_head_lines():
    texts = ["สารบัญ\r\nO1 โครงสร้าง ....... 3\r\nO2 ผู้บริหาร\t4",   # contents lines: no headings
             "O1 โครงสร้าง หน้าที่และอำนาจ\r\nแผนผัง\r\nO2\r\nข้อมูลผู้บริหาร\r\nรายชื่อ",
             *[f"O{n} หัวข้อที่ {n} ของรายงาน\r\nเนื้อหา" for n in range(3, 8)], "O8 รายงาน ไตรมาสที่ 2\r\nเนื้อหา"]
    found = heading_links(texts, [])
    assert [(link["text"], link["part"]["page"]) for link in found[:2]] == [("O1 โครงสร้าง หน้าที่และอำนาจ", 2),
                                                                           ("O2 ข้อมูลผู้บริหาร", 2)]
    assert not heading_links(texts[:-1], [])                   # seven items: a document that mentions codes
    assert not heading_links(texts, [{"part": {"page": 3}}])   # its own contents or bookmarks part it already
    run_in = [*texts[:2], "O3 หัวข้อที่ 3 ของรายงาน\r\nตาราง | 1/2569 O4 หัวข้อที่ 4 ของรายงาน\r\nเนื้อหา", *texts[4:],
              "O9 หัวข้อที่ 9 ของรายงาน\r\nเนื้อหา"]
    heads = [(link["text"].split()[0], link["part"]["page"]) for link in heading_links(run_in, [])]
    assert ("O4", 3) in heads and len(heads) == 9   # a heading the text layer ran into the line before, in its order
    rows = [{"href": f"o{n}.pdf", "text": "ดาวน์โหลด", "context": f"O{n} หัวข้อที่ {n} ดาวน์โหลด"} for n in range(1, 9)]
    assert not heading_links(texts, rows)                      # an index's rows ("O18 … (ไม่มีข้อมูล)") head no parts


def test_a_jump_past_the_page_bound_is_read_else_unknown(tmp_path):
    lines = [Ln("ดัชนี"), Ln("O25 การนำผลการประเมิน ITA หน้า 40", goto="O25")]
    lines += [Ln(f"ภาคผนวก {k}", page=True) for k in range(37)]
    lines += [Ln("การนำผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ไปสู่การพัฒนาองค์กร", page=True, key="O25")]
    path = tmp_path / "merged.pdf"
    write_report(path, lines, "merged")
    read = parse_pdf(path.read_bytes(), max_pages=10)
    (part,) = [link["part"] for link in read.links if link.get("part")]
    assert part["page"] == 39 and "ไปสู่การพัฒนาองค์กร" in part["pages"][0]   # a reader turns to it
    import pypdfium2
    pdf = pypdfium2.PdfDocument(path.read_bytes())
    links = [{"part": {"page": 39}}]
    pdf_parts(links, PdfPages(pdf, [pdf[k].get_textpage().get_text_range() for k in range(10)], extra=0))
    assert links[0]["part"]["unread"] == "too_large" and "pages" not in links[0]["part"]
    assert PART_PAGES >= 20


def test_a_part_nobody_read_is_unchecked_and_a_denial_part_is_missing():
    url = "http://www.probe.go.th/m.pdf"
    rows = [{"href": f"#page={n + 2}", "kind": "a", "zone": "main", "title": "", "url": url, "text": f"หน้า {n + 2}",
             "context": f"O{n} {TITLE[f'O{n}']} หน้า {n + 2}", "page": 1,
             "part": {"page": n + 2, "ref": f"#page={n + 2}", "end": [n + 3, 0], "pages": ["เอกสารของข้อนี้ ปี 2569 " * 5]}}
            for n in range(1, 27)]
    rows[21]["part"]["pages"] = ["อยู่ระหว่างดำเนินการ"]                       # O22
    rows[24]["part"] = {"page": 27, "ref": "#page=27", "end": [28, 0], "unread": "too_large"}   # O25
    pages = [{"url": "http://www.probe.go.th/", "kind": "html", "status": 200, "depth": 0, "title": "หน้าแรก",
              "text": "หน้าแรก", "links": [dict(rows[0], url=url, href=url, text="OIT 2569 รวมเล่ม", part=None)]},
             {"url": url, "kind": "pdf", "status": 200, "depth": 1, "title": "OIT 2569", "text": "ดัชนี", "links": rows}]
    findings = {f.item: f for f in evaluate_agency(load_rulebook(2569), pages)}
    assert findings["O22"].status == "missing" and findings["O22"].reason_code == "denial"
    assert findings["O25"].status == "unchecked" and findings["O25"].evidence == [f"{url}#page=27"]
    assert findings["O21"].evidence[0] == f"{url}#page=23"


def test_a_link_naming_its_own_code_is_never_the_item_its_row_also_names():
    doc = "http://www.probe.go.th/m.pdf"
    link = {"url": "http://www.probe.go.th/o20.pdf", "href": "o20.pdf", "kind": "a", "zone": "main", "title": "",
            "text": "O20 การขับเคลื่อนนโยบาย NO GIFT POLICY",
            "context": "O19 ผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน - O20 การขับเคลื่อนนโยบาย NO GIFT POLICY"}
    pages = [{"url": "http://www.probe.go.th/", "kind": "html", "status": 200, "depth": 0, "title": "หน้าแรก",
              "text": "หน้าแรก", "links": []},
             {"url": doc, "kind": "pdf", "status": 200, "depth": 1, "title": "", "text": "ดัชนี", "links": [link]}]
    found, _ = find_candidates(load_rulebook(2569), SiteView(pages, 2569))
    assert not found["O19"] and found["O20"]


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    return judge_fixture_sites(tmp_path_factory.mktemp("onedoc") / "oit.db", list(SITES))


@pytest.mark.slow
def test_the_held_out_one_document_sites_agree(crawled):
    for host in SITES:
        expected = yaml.safe_load((SITES_DIR / host / "expected.yaml").read_text(encoding="utf-8"))
        for code, want in expected["items"].items():
            got = crawled.findings[(expected["agency"], code)]
            assert got["status"] == want["status"], (host, code, got["reason_code"], got["evidence"])
    o12 = crawled.findings[("bangpla", "O12")]["evidence"]
    assert o12[0].startswith("http://www.bangpla-sao.go.th/uploads/ita2569/oit2569-report.pdf#page=")
    assert crawled.findings[("nongphue", "O26")]["evidence"][0].endswith("OIT2569-merged.pdf#page=310")


@pytest.mark.slow
def test_a_merged_file_past_the_size_bound_leaves_its_items_unchecked(tmp_path):
    got = judge_fixture_sites(tmp_path / "oit.db", ["www.nongphue-sao.go.th"], max_doc_bytes=150_000)
    expected = yaml.safe_load((SITES_DIR / "www.nongphue-sao.go.th" / "expected.yaml").read_text(encoding="utf-8"))
    inside = [code for code, want in expected["items"].items() if "ไฟล์เดียวกัน" in want["why"] or "ไปหน้าใน" in want["why"]]
    assert len(inside) == 15
    for code in inside:
        assert got.findings[("nongphue", code)]["status"] == "unchecked", code
    assert not [code for code in expected["items"] if got.findings[("nongphue", code)]["status"] in ALARMS]


def test_a_moit_report_part_covers_the_quarters_its_sections_name(tmp_path):
    """A hospital's MOIT report, a heading per item and a section per quarter under it: each item's part covers the
    quarters it names ("ไตรมาสที่ 3 … : อยู่ระหว่างดำเนินการ" is no evidence of quarter 3)."""
    book = load_rulebook(2569, "moit")
    quarters = [(1, "ตุลาคม – ธันวาคม 2568"), (2, "มกราคม – มีนาคม 2569"), (3, "เมษายน – มิถุนายน 2569"),
                (4, "กรกฎาคม – กันยายน 2569")]
    lines = [Ln("รายงานการเปิดเผยข้อมูลสาธารณะ MOIT ปีงบประมาณ พ.ศ. 2569 โรงพยาบาลทดสอบ", 18)]
    for item in book.items:
        heading = f"{item.code.replace('MOIT', 'MOIT ')} {item.title_th}"
        lines.append(Ln(heading, 16, page=True, key=item.code, mark=(heading, 0)))
        for quarter, months in quarters:
            done = "อยู่ระหว่างดำเนินการ" if item.code == "MOIT4" and quarter == 3 else \
                f"{item.title_th} ดำเนินการตามแผน รายงานผลและหลักฐานประกอบ บันทึกข้อความขออนุมัติเผยแพร่"
            lines.append(Ln(f"ไตรมาสที่ {quarter} ปีงบประมาณ พ.ศ. 2569 ({months}): {done}"))
    path = tmp_path / "moit.pdf"
    write_report(path, lines, "MOIT 2569")
    url = "http://www.probehosp.go.th/moit2569.pdf"
    got = parse_pdf(path.read_bytes())
    pages = [{"url": "http://www.probehosp.go.th/", "kind": "html", "status": 200, "depth": 0, "title": "หน้าแรก",
              "text": "หน้าแรก MOIT 2569", "links": [{"url": url, "href": url, "kind": "a", "zone": "main", "title": "",
                                                      "text": "รายงาน MOIT 2569", "context": ""}]},
             {"url": url, "kind": "pdf", "status": 200, "depth": 1, "title": got.title, "text": got.text,
              "links": resolve(got.links, url), "unread": got.unread}]
    findings = {f.item: f for f in evaluate_agency(book, pages)}
    assert findings["MOIT4"].status == "partial" and "3" in findings["MOIT4"].reason_en
    assert all(f.status == "pass" for code, f in findings.items() if code != "MOIT4"), \
        [(code, f.status, f.reason_en) for code, f in findings.items() if f.status != "pass"]


def test_a_word_index_jumping_to_its_own_bookmarks_gives_each_row_its_part():
    """A Word file whose index table's rows jump (``w:hyperlink w:anchor``) to bookmarks at the documents bound in
    after it: each row's part runs from its bookmark to the next one jumped to; its rows head no parts themselves."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_heading("ดัชนี OIT 2569", 1)
    table = document.add_table(rows=0, cols=3)
    listed = list(sections())
    for heading, _ in listed:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = heading.split(" ", 1)
        link = OxmlElement("w:hyperlink")
        link.set(qn("w:anchor"), f"_{heading.split()[0]}")
        run, text = OxmlElement("w:r"), OxmlElement("w:t")
        text.text = "ดูเอกสาร"
        run.append(text)
        link.append(run)
        cells[2].paragraphs[0]._p.append(link)
    for k, (heading, lines) in enumerate(listed):   # each document bound in: its own title, no code
        first = document.add_paragraph(lines[1] if len(lines) > 1 else lines[0])
        mark = OxmlElement("w:bookmarkStart")
        mark.set(qn("w:id"), str(k))
        mark.set(qn("w:name"), f"_{heading.split()[0]}")
        first._p.insert(0, mark)
        for line in lines[2:]:
            document.add_paragraph(line)
    body = io.BytesIO()
    document.save(body)
    url = "http://www.probe.go.th/files/oit2569.docx"
    got = extract_document("docx", body.getvalue(), Limits())
    pages = [{"url": "http://www.probe.go.th/", "kind": "html", "status": 200, "depth": 0, "title": "หน้าแรก",
              "text": "หน้าแรก ITA 2569", "links": [{"url": url, "href": url, "kind": "a", "zone": "main", "title": "",
                                                     "text": "ดัชนี OIT 2569", "context": ""}]},
             {"url": url, "kind": "docx", "status": 200, "depth": 1, "title": got.title, "text": got.text,
              "links": resolve(got.links, url), "unread": got.unread}]
    findings = {f.item: f for f in evaluate_agency(load_rulebook(2569), pages)}
    for code, finding in findings.items():
        want = WANT.get(code) or ("pass" if code not in WEB else None)
        assert finding.status == want if want else finding.status not in ALARMS, code
    assert findings["O12"].evidence[0] == f"{url}#_O12"
