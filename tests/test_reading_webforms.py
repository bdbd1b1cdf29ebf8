"""Classes found on the held-out sites of farm/builders/heldout_webforms.py (issue 19, round 11, lane "webforms"):
navigation a person does by clicking controls that submit forms, crawled through the farm and judged as the
accuracy benchmark judges them. Before any change www.phonsung.go.th (ASP.NET WebForms) scored 8/26 with 17 false
alarms and www.nakhu-sao.go.th (PHP POST filters) 8/26 with 17:

* an ASP.NET postback (a LinkButton's ``javascript:__doPostBack(…)`` or ``WebForm_DoPostBackWithOptions``, a
  GridView's ``Page$2``, a DropDownList with AutoPostBack, a LinkButton whose answer is the PDF itself) is sent as
  ``__doPostBack`` sends it: the page's one form with its hidden fields (``__VIEWSTATE``, ``__EVENTVALIDATION``) and
  chosen values, the event in ``__EVENTTARGET``/``__EVENTARGUMENT`` (before: every row's "ดาวน์โหลด" a link leading
  nowhere, "missing", and last year's table the only one read);
* an event relative to its page's state (a grid's page, a row's button) is known by the events that made the page
  (``__STATE``): the grid's page 2 of the 2569 table is not page 2 of the 2568 one;
* a POST filter (lists and "แสดง"/"ค้นหา", a keyword box left empty) is sent once per combination of its options
  (before: the OIT table behind the year form never shown, every item "not found");
* an index row sending the reader to a page of filters ("ดูที่ศูนย์ข้อมูลข่าวสาร เลือกหมวด … ปีงบประมาณ 2569")
  stands for the answer to the choices its words name, and within its list for the documents naming the item;
* never a form or control that writes: a login, a complaint, a message, a vote, a comment, an upload, a save —
  such a control, a filter asking for more typed words, and combinations past the bound are links never opened,
  so what lies behind them is unread (``unchecked``), never absent; a postback the server refuses as malformed
  ("Invalid postback or callback argument") is unread (``form_refused``), never broken.
"""
from __future__ import annotations

import re
import shutil

import pytest
import yaml

from crawler.clicks import MAX_COMBOS, compose_postback, filter_forms, postback_links
from crawler.extract import parse_html
from crawler.spiders.agency import MAX_SUBMITS
from farm.builders import heldout_webforms as webforms
from farm.builders.heldout_unforeseen import agency
from farm.server import SITES_DIR
from rules.vocabulary import ALARMS
from tests.conftest import expected, found, judge_fixture_sites

ASPX, PHP = webforms.HOSTS
AG = agency("โพนสูง", "บ้านดุง", "อุดรธานี", "phonsung", "41190", ["ก", "ข", "ค"], ["1", "2", "3"])
MENU = [("หน้าแรก", "/"), ("ITA", "/ita/Default.aspx")]
CP = webforms.CP


def aspx(body: str) -> str:
    return webforms.aspx_page(AG, MENU, "การประเมินคุณธรรมและความโปร่งใส (ITA)", body, "./Default.aspx", "page=1&year=2568")


DDL = (f'<select name="{CP}$ddlYear" onchange="javascript:setTimeout(&#39;__doPostBack(\\&#39;{CP}$ddlYear\\&#39;,'
       f'\\&#39;\\&#39;)&#39;, 0)" id="ContentPlaceHolder1_ddlYear"><option value="2569">2569</option>'
       '<option selected="selected" value="2568">2568</option></select>')


def posted(link: dict) -> dict:
    return dict(re.findall(r"([^&=]+)=([^&]*)", link["post"].replace("%24", "$")))


def test_postbacks_are_read_from_the_markup_as_dopostback_sends_them():
    body = (f'<a href="{webforms.postback(f"{CP}$lnkY2569", options=True)}">ปีงบประมาณ 2569</a>'
            f'<a href="{webforms.postback(f"{CP}$lnkY2568")}">ปีงบประมาณ 2568</a>{DDL}'
            '<table><tr><td>O5</td><td>แผนพัฒนาท้องถิ่น</td><td><a href="' +
            webforms.postback(f"{CP}$gvOIT$ctl02$rptFiles$ctl00$lnkFile") + '">ดาวน์โหลด</a></td></tr>'
            f'<tr><td colspan="3"><a href="{webforms.postback(f"{CP}$gvOIT", "Page$2")}">2</a>'
            f'<a href="{webforms.postback(f"{CP}$gvOIT", "Edit$0")}">แก้ไข</a>'
            f'<a href="{webforms.postback(f"{CP}$lnkDelete")}">ลบ</a>'
            f'<a href="{webforms.postback("ctl00$Login1$lnkLogin")}">เข้าสู่ระบบ</a></td></tr></table>')
    got = parse_html(aspx(body), "http://www.phonsung.go.th/ita/Default.aspx")
    sent = {link["text"]: link for link in got.links if link.get("submit") == "postback"}
    base = "http://www.phonsung.go.th/ita/Default.aspx?__EVENTTARGET="
    assert sent["ปีงบประมาณ 2569"]["url"] == base + "ctl00%24ContentPlaceHolder1%24lnkY2569&__EVENTARGUMENT="
    assert sent["ปีงบประมาณ 2569"]["action"] == "http://www.phonsung.go.th/ita/Default.aspx"
    fields = posted(sent["ปีงบประมาณ 2569"])          # the form as __doPostBack sends it
    assert fields["__EVENTTARGET"] == f"{CP}$lnkY2569" and fields["__VIEWSTATE"] and "__EVENTVALIDATION" in fields
    assert fields[f"{CP}$ddlYear"] == "2568"                                   # a list's chosen value goes too
    assert "ctl00$Login1$Password" not in fields and "ctl00$btnSearch" not in fields   # no password, no button
    assert "__VIEWSTATE" not in sent["ปีงบประมาณ 2569"]["url"]                  # known by its event, not its state
    # the DropDownList: one postback per option, with the option chosen
    assert posted(sent["ปีงบประมาณ 2568"])["__EVENTTARGET"] == f"{CP}$lnkY2568"
    ddl = [link for link in got.links if link.get("submit") and f"{CP}$ddlYear".replace("$", "%24") in link["url"]]
    assert {posted(link)[f"{CP}$ddlYear"] for link in ddl} == {"2569", "2568"}
    # a grid's page and a row's button depend on the page's state; a writing command, a delete, a login never sent
    assert sent["2"].get("relative") and sent["ดาวน์โหลด"].get("relative") and not sent["ปีงบประมาณ 2569"].get("relative")
    assert "O5" in sent["ดาวน์โหลด"]["context"]
    assert {text for text, link in sent.items() if link.get("refused")} == {"แก้ไข", "ลบ", "เข้าสู่ระบบ"}
    assert not any(link["url"] == "" for link in got.links if "PostBack" in link.get("href", ""))  # no "#" left


SHOW = (f'<div class="filter">ปีงบประมาณ <select name="{CP}$ddlYear" id="ContentPlaceHolder1_ddlYear">'
        '<option value="2569">2569</option><option selected="selected" value="2568">2568</option></select> '
        f'<input type="submit" name="{CP}$btnShow" value="แสดง" id="ContentPlaceHolder1_btnShow" /></div>')


def test_a_webforms_list_and_its_show_button_are_sent_as_a_click_on_the_button():
    got = parse_html(aspx(SHOW), "http://www.phonsung.go.th/ita/Default.aspx")
    sent = [link for link in got.links if link.get("submit") == "postback"]
    assert {link["text"] for link in sent} == {"2569", "2568"} and not any(link.get("refused") for link in sent)
    fields = posted(next(link for link in sent if link["text"] == "2569"))
    assert fields[f"{CP}$btnShow"] == "%E0%B9%81%E0%B8%AA%E0%B8%94%E0%B8%87" and fields[f"{CP}$ddlYear"] == "2569"
    assert fields["__VIEWSTATE"] and fields["__EVENTTARGET"] == "" and "ctl00$btnSearch" not in fields
    # the header's search box and the sidebar's login button: never pressed (no list beside them, or a login)
    assert not [link for link in sent if "btnSearch" in link["url"] or "Login" in link["url"]]


JSF = ('<html><head><title>ITA</title></head><body><form id="frm" name="frm" method="post" action="/ita/index.xhtml" '
       'enctype="application/x-www-form-urlencoded"><input type="hidden" name="frm" value="frm" /><table><tr><td>O5</td>'
       '<td>แผนพัฒนาท้องถิ่น</td><td><a href="#" onclick="mojarra.jsfcljs(document.getElementById(\'frm\'),{\'frm:tbl:0:'
       'lnkFile\':\'frm:tbl:0:lnkFile\'},\'\');return false">ดาวน์โหลด</a></td></tr><tr><td>O8</td><td>คู่มือ</td><td><a '
       'href="#" onclick="return myfaces.oam.submitForm(\'frm\',\'frm:tbl:1:lnkFile\');">ดาวน์โหลด</a></td></tr></table>'
       '<a href="#" onclick="mojarra.jsfcljs(document.getElementById(\'frm\'),{\'frm:lnkLogout\':\'frm:lnkLogout\'},'
       '\'\');return false">ออกจากระบบ</a><input type="hidden" name="javax.faces.ViewState" '
       'id="j_id1:javax.faces.ViewState:0" value="-4223376497741573412:8840431338302262311" /></form></body></html>')


def test_a_jsf_command_link_is_sent_with_its_forms_view_state():
    got = parse_html(JSF, "https://www.x.go.th/ita/index.xhtml")
    sent = [link for link in got.links if link.get("submit") == "postback"]
    mojarra, myfaces, logout = sent
    assert mojarra["action"] == "https://www.x.go.th/ita/index.xhtml" and "O5" in mojarra["context"]
    fields = dict(re.findall(r"([^&=]+)=([^&]*)", mojarra["post"].replace("%3A", ":")))
    assert fields["frm:tbl:0:lnkFile"] == "frm:tbl:0:lnkFile" and fields["javax.faces.ViewState"] and fields["frm"] == "frm"
    assert "frm:_idcl=frm:tbl:1:lnkFile" in myfaces["post"].replace("%3A", ":") and mojarra["url"] != myfaces["url"]
    assert mojarra.get("relative") and logout.get("refused")
    assert not [link for link in got.links if link.get("href") == "#" and not link.get("submit")]   # no "#" left


def test_no_postback_without_a_post_form_to_send_it():
    html = f'<html><body><a href="{webforms.postback(f"{CP}$lnkY2569")}">2569</a></body></html>'
    import lxml.html
    assert postback_links(lxml.html.fromstring(html)) == []


def test_a_relative_postback_is_known_by_the_events_that_made_its_page():
    base = "https://x.go.th/ita/Default.aspx"
    page2 = f"{base}?__EVENTTARGET=gv&__EVENTARGUMENT=Page%242"
    tab = f"{base}?__EVENTTARGET=lnkY2569&__EVENTARGUMENT="
    on_tab = compose_postback(tab, page2)
    assert on_tab != page2 and "__STATE=lnkY2569%7C" in on_tab              # page 2 of 2569 is not page 2 of 2568
    assert compose_postback(base, page2) == page2                           # a page a GET shows has no events
    # page 3 found on page 2 of the 2569 table is page 3 found on its page 1: the grid's earlier page replaced
    page3 = f"{base}?__EVENTTARGET=gv&__EVENTARGUMENT=Page%243"
    assert compose_postback(on_tab, page3) == compose_postback(tab, page3)
    row = f"{base}?__EVENTTARGET=gv%24ctl02%24lnkFile&__EVENTARGUMENT="
    assert compose_postback(on_tab, row).count("__STATE=") == 2            # the row of page 2 of the 2569 table
    # a year chosen in a DropDownList: the value chosen is the state (2569 and 2568 lists are not one)
    chose = [f"{base}?__EVENTTARGET=ddl&__EVENTARGUMENT=&ddl={y}" for y in (2569, 2568)]
    assert compose_postback(chose[0], page2) != compose_postback(chose[1], page2)
    assert "2569" in compose_postback(chose[0], page2)


def php(body: str) -> str:
    return webforms.php_page(AG, [("หน้าหลัก", "/"), ("ITA", "/ita.php")], "ศูนย์ข้อมูลข่าวสาร", body)


def test_filter_forms_are_sent_per_choice_and_forms_that_write_never():
    centre = (SITES_DIR / PHP / "infocenter.php").read_text(encoding="utf-8")
    got = parse_html(centre, f"http://{PHP}/infocenter.php")
    filters = [link for link in got.links if link.get("submit") == "filter"]
    assert len(filters) == len(webforms.CATEGORIES) * 3 and not any(link.get("refused") for link in filters)
    chosen = next(link for link in filters if link["url"].endswith("?cat=procure&year=2569"))
    assert chosen["text"] == "ประกาศจัดซื้อจัดจ้าง 2569" and chosen["action"] == f"http://{PHP}/infocenter.php"
    assert posted(chosen) == {"keyword": "", "cat": "procure", "year": "2569", "btnSearch": ""}   # keyword left empty
    answer = parse_html((SITES_DIR / PHP / "infocenter.php@cat=procure&year=2569").read_text(encoding="utf-8"),
                        f"http://{PHP}/infocenter.php")
    assert [link["url"] for link in answer.links if link.get("shown")] == [chosen["url"]]     # the choice it answers
    # the sidebar's login and poll, the home page's news search, a complaint form: never a filter
    home = (SITES_DIR / PHP / "index.html").read_text(encoding="utf-8")
    complaint = (SITES_DIR / PHP / "complaint.php").read_text(encoding="utf-8")
    for html in (home, complaint):
        assert not [link for link in parse_html(html, f"http://{PHP}/").links if link.get("submit")]


def test_a_filter_that_asks_for_words_or_has_too_many_choices_is_unread_not_sent():
    import lxml.html
    two_boxes = php('<form method="post" action="doc.php"><input name="from" type="text"><input name="to" type="text">'
                    '<select name="year"><option value="2569">2569</option><option value="2568">2568</option></select>'
                    '<button type="submit">ค้นหา</button></form>')
    (only,) = [f for f in filter_forms(lxml.html.fromstring(two_boxes)) if f[1] == "doc.php"]
    assert only[3].get("refused") and "2569" in only[2]                 # what it would show: unread, named by its lists
    many = "".join(f'<option value="{k}">หมวด {k}</option>' for k in range(1, 21))
    wide = php(f'<form method="post" action="doc.php"><select name="cat">{many}</select><select name="year">'
               '<option value="2569">2569</option><option value="2568">2568</option></select>'
               '<input type="submit" value="แสดง"></form>')
    links = [f for f in filter_forms(lxml.html.fromstring(wide)) if f[1] == "doc.php"]
    assert len(links) == MAX_COMBOS + 1 and links[-1][3].get("refused")     # the rest past the bound: unread
    vote = php('<form method="post" action="vote.php"><select name="choice"><option value="1">ดี</option>'
               '<option value="2">พอใช้</option></select><button type="submit">ส่งแบบประเมิน</button></form>')
    assert not [f for f in filter_forms(lxml.html.fromstring(vote)) if f[1] == "vote.php"]


# -- the held-out sites, crawled ---------------------------------------------------------------------------------



def false_alarms(run, agency_id: str, host: str) -> dict[str, str]:
    want = expected(host)
    return {code: status for code, status in found(run, agency_id).items()
            if status in ALARMS and want[code] not in ALARMS}


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    return judge_fixture_sites(tmp_path_factory.mktemp("webforms") / "oit.db", [ASPX, PHP])


@pytest.mark.slow
def test_held_out_webforms_sites_agree_and_no_form_that_writes_is_sent(judged):
    assert found(judged, "phonsung") == expected(ASPX)
    assert found(judged, "nakhu") == expected(PHP)
    posts = [path for host, path in judged.stats.posts]
    assert not [p for p in posts if re.search(r"login|poll|complaint|news\.php|Content\.aspx|ctl00%24btnSearch", p)]
    events = [re.search(r"__EVENTTARGET=([^&]*)", p) for p in posts if p.startswith("/ita/Default.aspx")]
    assert all(e and not re.search(r"Login|Search", e.group(1)) for e in events)   # only the tabs, pages and files
    by_host = {host: sum(1 for h, _ in judged.stats.posts if h == host) for host in (ASPX, PHP)}
    assert 0 < by_host[ASPX] <= MAX_SUBMITS + 5 and 0 < by_host[PHP] <= MAX_SUBMITS   # (a failing POST is sent again)
    assert any("ita_year=2569" in p for p in posts) and any("cat=procure&year=2569" in p for p in posts)
    assert judged.stats.overlap(ASPX) <= 2 and judged.stats.overlap(PHP) <= 2       # as polite as any page


@pytest.mark.slow
@pytest.mark.parametrize("submits", [0, 10])
def test_forms_past_the_bound_leave_what_they_show_unchecked_never_missing(tmp_path, submits):
    run = judge_fixture_sites(tmp_path / "oit.db", [ASPX, PHP], form_submits=submits)
    assert false_alarms(run, "phonsung", ASPX) == {} and false_alarms(run, "nakhu", PHP) == {}
    assert len(run.stats.posts) <= 2 * submits + 5
    left = [f for (_, item), f in run.findings.items() if f["status"] == "unchecked"]
    assert len(left) >= 10 and all(f["reason_code"] in {"coverage.not_visited", "linked_not_fetched"} for f in left)


def copy_sites(tmp_path):
    sites = tmp_path / "sites"
    for name in (*webforms.HOSTS, "docs.google.com", "www.google.com", "line.me", "www.nacc.go.th", "www.pacc.go.th"):
        if (SITES_DIR / name).is_dir():
            shutil.copytree(SITES_DIR / name, sites / name)
    return sites


@pytest.mark.slow
def test_variant_a_dropdownlist_with_autopostback_in_place_of_the_year_tabs(tmp_path):
    sites = copy_sites(tmp_path)
    for page in (sites / ASPX / "ita").iterdir():
        html = page.read_text(encoding="utf-8")
        year = re.search(r"พ\.ศ\. (25\d\d)</span>", html).group(1)
        ddl = DDL.replace(' selected="selected"', "").replace(f'value="{year}"', f'selected="selected" value="{year}"')
        page.write_text(re.sub(r'<ul class="nav nav-tabs">.*?</ul>', ddl, html, flags=re.S), encoding="utf-8")
    manifest = yaml.safe_load((sites / ASPX / "manifest.yaml").read_text(encoding="utf-8"))
    manifest["postback"]["/ita/Default.aspx"]["selects"] = {f"{CP}$ddlYear": "year"}
    manifest["postback"]["/ita/Default.aspx"]["events"] = {r"ctl00\$ContentPlaceHolder1\$ddlYear": {"page": "1"},
                                                           **manifest["postback"]["/ita/Default.aspx"]["events"]}
    (sites / ASPX / "manifest.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True), encoding="utf-8")
    run = judge_fixture_sites(tmp_path / "oit.db", [ASPX], sites_dir=sites)
    assert found(run, "phonsung") == expected(ASPX)


@pytest.mark.slow
def test_variant_a_year_list_and_a_show_button_in_place_of_the_year_tabs(tmp_path):
    sites = copy_sites(tmp_path)
    for page in (sites / ASPX / "ita").iterdir():
        html = page.read_text(encoding="utf-8")
        year = re.search(r"พ\.ศ\. (25\d\d)</span>", html).group(1)
        show = SHOW.replace(' selected="selected"', "").replace(f'value="{year}"', f'selected="selected" value="{year}"')
        page.write_text(re.sub(r'<ul class="nav nav-tabs">.*?</ul>', show, html, flags=re.S), encoding="utf-8")
    manifest = yaml.safe_load((sites / ASPX / "manifest.yaml").read_text(encoding="utf-8"))
    manifest["postback"]["/ita/Default.aspx"]["selects"] = {f"{CP}$ddlYear": "year"}
    manifest["postback"]["/ita/Default.aspx"]["events"] = {r"ctl00\$ContentPlaceHolder1\$btnShow": {"page": "1"},
                                                           **manifest["postback"]["/ita/Default.aspx"]["events"]}
    (sites / ASPX / "manifest.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True), encoding="utf-8")
    run = judge_fixture_sites(tmp_path / "oit.db", [ASPX], sites_dir=sites)
    assert found(run, "phonsung") == expected(ASPX)


@pytest.mark.slow
def test_variant_postbacks_the_server_refuses_leave_their_items_unchecked_never_broken(tmp_path):
    sites = copy_sites(tmp_path)
    for page in (sites / ASPX / "ita").iterdir():   # a page whose event validation the crawler cannot answer
        html = page.read_text(encoding="utf-8")
        page.write_text(re.sub(r'<input type="hidden" name="__EVENTVALIDATION"[^>]*>', "", html), encoding="utf-8")
    run = judge_fixture_sites(tmp_path / "oit.db", [ASPX], sites_dir=sites)
    assert false_alarms(run, "phonsung", ASPX) == {}
    refused = list(run.db.query("SELECT url FROM pages WHERE run_id = ? AND unread = 'form_refused'", [run.run_id]))
    assert refused
    for code in ("O5", "O8", "O13", "O22"):          # documents behind the refused postbacks: not read
        assert run.findings[("phonsung", code)]["status"] == "unchecked", run.findings[("phonsung", code)]


@pytest.mark.slow
def test_variant_a_year_form_that_asks_for_a_typed_code_leaves_the_table_unread_never_missing(tmp_path):
    sites = copy_sites(tmp_path)
    page = sites / PHP / "ita.php"
    html = page.read_text(encoding="utf-8")
    page.write_text(html.replace('<button type="submit" name="btnShow"', '<input type="text" name="code" '
                                 'placeholder="รหัสยืนยัน"> <input type="text" name="ref"><button type="submit" '
                                 'name="btnShow"'), encoding="utf-8")
    run = judge_fixture_sites(tmp_path / "oit.db", [PHP], sites_dir=sites)
    assert false_alarms(run, "nakhu", PHP) == {}
    assert not [p for h, p in run.stats.posts if "ita_year" in p]
    left = {code for code, status in found(run, "nakhu").items() if status == "unchecked"}
    assert {"O5", "O8", "O13", "O21"} <= left, found(run, "nakhu")


@pytest.mark.slow
def test_variant_a_rows_choice_that_lists_nothing_is_missing_and_one_the_site_did_not_take_unchecked(tmp_path):
    sites = copy_sites(tmp_path)
    chosen = sites / PHP / "infocenter.php@cat=procure&year=2569"     # O11, O12: "ไม่พบเอกสาร" (before: O12 passed)
    chosen.write_text(re.sub(r'<ul class="list-group">.*?</ul>', '<p class="text-danger">ไม่พบเอกสาร</p>',
                             chosen.read_text(encoding="utf-8"), flags=re.S), encoding="utf-8")
    ignored = sites / PHP / "infocenter.php@cat=hr&year=2569"         # O14: the site answers its blank form again,
    ignored.write_text((sites / PHP / "infocenter.php").read_text(encoding="utf-8").replace(   # "nothing found"
        "กรุณาเลือกหมวดหมู่เอกสารและปีงบประมาณ", "ไม่พบเอกสาร"), encoding="utf-8")                 # of no choice
    run = judge_fixture_sites(tmp_path / "oit.db", [PHP], sites_dir=sites)
    for code in ("O11", "O12"):
        finding = run.findings[("nakhu", code)]
        assert finding["status"] == "missing" and finding["reason_code"] == "filter_empty", finding
        assert "ประกาศจัดซื้อจัดจ้าง 2569" in finding["reason_th"] and "ไม่พบเอกสาร" in finding["reason_th"]
    o14 = run.findings[("nakhu", "O14")]
    assert o14["status"] == "unchecked" and o14["reason_code"] == "coverage.filter_unclear", o14
    assert found(run, "nakhu") == {**expected(PHP), "O11": "missing", "O12": "missing", "O14": "unchecked"}


@pytest.mark.slow
def test_variant_a_pager_the_server_does_not_take_leaves_the_other_pages_items_unchecked(tmp_path):
    sites = copy_sites(tmp_path)                       # every Page$N answers page 1 again (a postback not taken)
    manifest = yaml.safe_load((sites / ASPX / "manifest.yaml").read_text(encoding="utf-8"))
    del manifest["postback"]["/ita/Default.aspx"]["events"][r"ctl00\$ContentPlaceHolder1\$gvOIT"]
    (sites / ASPX / "manifest.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True), encoding="utf-8")
    run = judge_fixture_sites(tmp_path / "oit.db", [ASPX], sites_dir=sites)
    got, want = found(run, "phonsung"), expected(ASPX)
    assert {code for code in want if got[code] != want[code]} == {f"O{n}" for n in range(11, 27) if n != 17}
    assert all(got[f"O{n}"] == "unchecked" for n in range(11, 27) if n != 17)      # pages 2 and 3: never read
