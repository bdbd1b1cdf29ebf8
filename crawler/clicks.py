"""Where a click leads on pages whose links are not ``<a href>``: what a person reaches by clicking, choosing or
pressing a button, read from the markup without running its scripts.

* ``data-href`` / ``data-url`` / ``data-file`` / ``data-link`` / ``data-downloadurl`` (WP Download Manager) on a ``javascript:void(0)`` link, a button or a row,
  opened by one script of the site (``window.open($(this).data('href'))``), and the fragment a tab loads on click
  (htmx ``hx-get``, jQuery ``$(pane).load($(tab).data('url'))``): the address is in the attribute;
* a year chooser ``<select onchange="location='ita.php?year='+this.value">`` (or ``location = this.value``,
  Dreamweaver's ``MM_jumpMenu``): one address per option, the one a person reaches by choosing it;
* a GET form made only of choices (a Drupal Views exposed filter: ``<select name="year">`` and "Apply"): one address
  per option of its one list, as submitting it with that option chosen asks;
* a jump list bound by a script at the page's end (``$('#ddlYear').change(function () { location = $(this).val(); })``:
  no ``onchange``) or through a function of the site's (``onchange="goYear(this)"``), known by its options' values,
  every one a page's address: one address per option;
* a button that is a link: ``<form method="get">`` with hidden fields only and a button (an ASP site's
  ``download.asp?file=…``): the address pressing it asks, ``action?field=value``;
* a download button: ``<form method="post">`` with only hidden fields and a button that names a download
  (``ดาวน์โหลด``, "download", a file): the document the server answers to that POST. A form with anything a
  person types or picks (a search box, a login, a poll) is never one;
* a Drupal View its page loads through ``/views/ajax`` (a tab, a pager): the POST Drupal's script sends, whose
  JSON answer holds the rows' markup;
* an ASP.NET WebForms postback (a LinkButton's ``javascript:__doPostBack('ctl00$…$lnkY2569','')`` or
  ``WebForm_DoPostBackWithOptions``, a GridView's pager ``Page$2``, a DropDownList with ``AutoPostBack``): the page's
  one form sent with its hidden fields (``__VIEWSTATE``, ``__EVENTVALIDATION``), its lists' chosen values and the
  event, as ``__doPostBack`` sends it (:func:`postback_links`);
* a filter a person chooses and submits (``<form method="post">`` of lists and a "แสดง"/"ค้นหา" button, a keyword
  box left empty): one POST per combination of its lists' options, within a bound (:func:`filter_forms`).
  A login, a complaint or contact form, a poll, an upload, a comment — anything that writes, or asks for typed words
  — is never sent: such a postback is a link never opened (``refused``), so what it leads to is unread, not absent.

>>> import lxml.html
>>> root = lxml.html.fromstring('<select onchange="location=\\'ita.php?year=\\'+this.value">'
...                             '<option value="2569">2569</option><option value="2568" selected>2568</option></select>')
>>> [(href, words) for _, href, words, _ in choice_links(root)]
[('ita.php?year=2569', '2569'), ('ita.php?year=2568', '2568')]
"""
from __future__ import annotations

import json
import re
from itertools import product
from urllib.parse import parse_qsl, urlencode

from crawler.doclinks import onclick_target

MAX_FORM_WORDS = 300  # a button's form holds its row's title and label; a form around a whole page says more
MAX_OPTIONS = 30  # a list of years or units; a list longer than this is a search filter, not a menu
# WP Download Manager's button: <a class="wpdm-download-link" href="#" data-downloadurl="…/?wpdmdl=12">ดาวน์โหลด</a>
DATA_ATTRS = ("data-href", "data-url", "data-file", "data-link", "hx-get", "data-hx-get", "data-downloadurl")
# sharing and social widgets carry the page's own address (or the agency's profile) in data-href / data-url
_WIDGET = re.compile(r"\bfb-|facebook|twitter|share|line-it|addthis|sharethis|like", re.I)
_ADDRESS = re.compile(r"(?:https?://|/|\.{1,2}/)\S*|[\w\-.%~/]+\.\w{2,5}(?:[?#]\S*)?|[\w\-.%~/]+\?\S+|[\w\-%~]+(?:/[\w\-.%~]+)+/?",
                      re.I)
# the chosen option's value in a select's onchange
_VALUE = r"(?:this\.value|this\.options\s*\[\s*this\.selectedIndex\s*\]\.value|\$\(\s*this\s*\)\.val\(\s*\))"
_BUILT = re.compile(r"(['\"])([^'\"]*)\1\s*\+\s*" + _VALUE + r"(?:\s*\+\s*(['\"])([^'\"]*)\3)?", re.I)
# an option's value that is a page's address, not a bare value ("2569"): a path, a script with its query, a URL
_PAGE_ADDRESS = re.compile(r"(?:https?://|/|\.{1,2}/)\S+|[\w\-.%~/]+\.\w{2,5}\?\S+|[\w\-.%~]+/[\w\-.%~/]+\S*|"
                           r"[\w\-.%~]+\.(?:html?|php\d?|aspx?|jsp|do|pdf)(?:#\S*)?", re.I)
_PROMPTS = {"#", "0", "-1", "-", "none", "null"}   # a list's "-- เลือกปี --" option
_JUMPS = re.compile(r"\blocation\b|\bMM_jumpMenu\b|\bwindow\.open\b|\bnavigate", re.I)
# what a download button says (its label, its title, the icon's class)
DOWNLOAD_WORDS = re.compile(r"ดาวน์โหลด|ดาวโหลด|เปิดไฟล์|เปิดเอกสาร|ดูเอกสาร|ไฟล์|เอกสาร|download|\bfile\b|\bpdf\b|"
                            r"\bdoc\b|fa-file|fa-download", re.I)
_TYPED = ".//textarea|.//select|.//input[not(@type) or not(translate(@type,'HIDENSUBMTBUTONG','hidensubmtbutong')" \
         "='hidden' or translate(@type,'HIDENSUBMTBUTONG','hidensubmtbutong')='submit' or " \
         "translate(@type,'HIDENSUBMTBUTONG','hidensubmtbutong')='button' or " \
         "translate(@type,'HIDENSUBMTBUTONG','hidensubmtbutong')='image')]"


def _address(value: str) -> str:
    value = (value or "").strip()
    if not value or value.lower().startswith(("javascript:", "mailto:", "tel:", "#", "data:", "{")):
        return ""
    return value if _ADDRESS.fullmatch(value) else ""


def data_target(element) -> str:
    """The address an element's ``data-href``/``data-url``/``data-file``/``hx-get`` names, or "" (a sharing
    widget's own address is not one)."""
    if _WIDGET.search(element.get("class") or ""):
        return ""
    for name in DATA_ATTRS:
        target = _address(element.get(name) or "")
        if target:
            return target
    return ""


def click_target(element) -> str:
    """Where clicking ``element`` leads: its ``onclick``'s address, else its data attribute's."""
    return onclick_target(element.get("onclick") or "") or data_target(element)


def _words(element) -> str:
    return " ".join(" ".join(element.itertext()).split())


def choice_links(root) -> list[tuple[object, str, str, dict]]:
    """(element, href, words, extra) for each option of a jump list or of a GET form made only of choices."""
    found: list[tuple[object, str, str, dict]] = []
    for select in root.iter("select"):
        options = [o for o in select.iter("option") if (o.get("value") or "").strip()][:MAX_OPTIONS + 1]
        if not options or len(options) > MAX_OPTIONS:
            continue
        change = select.get("onchange") or ""
        built = _BUILT.search(change)
        if built:
            for option in options:
                href = built.group(2) + option.get("value").strip() + (built.group(4) or "")
                found.append((option, href, _words(option), {}))
        elif _JUMPS.search(change) and re.search(_VALUE + r"|MM_jumpMenu", change, re.I):
            found += [(o, o.get("value").strip(), _words(o), {}) for o in options if _address(o.get("value"))]
        elif (not select.get("name") or next(select.iterancestors("form"), None) is None) \
                and (pages := _page_options(options)):
            # bound by a script elsewhere, or through a function of the site's (onchange="goYear(this)")
            found += [(o, o.get("value").strip(), _words(o), {}) for o in pages]
        elif select.get("name"):
            form = next(select.iterancestors("form"), None)
            if form is None or (form.get("method") or "get").lower() != "get":
                continue
            if len(form.xpath(_TYPED)) != 1:  # the list is the form's one choice: nothing typed, nothing else picked
                continue
            hidden = [(i.get("name"), i.get("value") or "") for i in form.xpath(".//input[@type='hidden'][@name]")]
            action = (form.get("action") or "").strip() or "?"
            for option in options:
                query = urlencode(hidden + [(select.get("name"), option.get("value").strip())])
                found.append((option, f"{action.split('?')[0]}?{query}", _words(option), {}))
    return found


# a download's terms box a person ticks before the button ("ข้าพเจ้ายอมรับเงื่อนไขการใช้ข้อมูล", "I agree to the terms")
AGREE_WORDS = re.compile(r"ยอมรับ|ยินยอม|รับทราบ|ตกลงตาม|agree|accept|consent|i\s+understand", re.I)
DISAGREE_WORDS = re.compile(r"ไม่ยอมรับ|ไม่ยินยอม|ไม่ตกลง|disagree|do\s+not\s+(?:agree|accept)|decline|reject|"
                            r"newsletter|subscribe|รับข่าวสาร|จดจำ|remember", re.I)


def _box_words(box) -> str:
    """A checkbox's words: its label (around it, or naming its id), else the text right after it."""
    label = next(box.iterancestors("label"), None)
    if label is None and box.get("id"):
        label = next(iter(box.getroottree().xpath("//label[@for=$i]", i=box.get("id"))), None)
    words = _words(label) if label is not None else (box.tail or "")
    return " ".join([words, box.get("name") or "", box.get("title") or ""])


def agreement_boxes(form) -> list[tuple[str, str]] | None:
    """The form's fields as a person sends it after ticking its terms box(es), in the form's order (hidden fields and
    each ticked box), when everything a person fills in is a box that says "I accept the terms"; None when it asks
    for anything else (a word to type, a list to pick, a box that is no acceptance: a newsletter, "remember me")."""
    boxes = form.xpath(_TYPED)
    if any(b.tag != "input" or (b.get("type") or "").lower() != "checkbox" or not b.get("name") for b in boxes):
        return None
    for box in boxes:
        words = _box_words(box)
        if not AGREE_WORDS.search(words) or DISAGREE_WORDS.search(words):
            return None
    return [(i.get("name"), i.get("value") or ("on" if i in boxes else "")) for i in form.xpath(".//input[@name]")
            if i in boxes or (i.get("type") or "").lower() == "hidden"]


def link_forms(root) -> list[tuple[object, str, str, dict]]:
    """(form, action?fields, words, {}) for each GET form that is a link: hidden fields only and a button (a
    terms box ticked first where it has one: :func:`agreement_boxes`); its words are the form's own (a row's title
    beside its "ดาวน์โหลด" button)."""
    found: list[tuple[object, str, str, dict]] = []
    for form in root.iter("form"):
        if (form.get("method") or "get").lower() != "get":
            continue
        fields = agreement_boxes(form)
        if fields is None:
            continue
        action = (form.get("action") or "").strip()
        if not fields or not form.xpath(".//button|.//input[@type='submit' or @type='image']") or \
                action.lower().startswith(("javascript:", "mailto:", "#")):
            continue
        words = " ".join(filter(None, [_words(form)] + [b.get("value") or "" for b in form.xpath(".//input[@type='submit']")]))
        if len(words) > MAX_FORM_WORDS:  # a form wrapped around the page (ASP.NET's): no button, a layout
            continue
        found.append((form, f"{action.split('?')[0] or '?'}?{urlencode(fields)}".replace("??", "?"), words, {}))
    return found


def _page_options(options: list) -> list:
    """The options of a list whose values are pages' addresses (two or more), the others only its prompt
    (``<option value="#">-- เลือกปี --</option>``); [] for a list of bare values."""
    pages = [o for o in options if _PAGE_ADDRESS.fullmatch(o.get("value").strip())]
    prompts = all(o.get("value").strip().lower() in _PROMPTS for o in options if o not in pages)
    return pages if len(pages) > 1 and prompts else []


def download_forms(root) -> list[tuple[object, str, str, dict]]:
    """(form, action, words, {"post": fields}) for each POST form that is a download button: hidden fields only (and
    a terms box ticked: :func:`agreement_boxes`), a button that names a download. Never a form with anything to type
    or pick."""
    found: list[tuple[object, str, str, dict]] = []
    for form in root.iter("form"):
        if (form.get("method") or "").lower() != "post":
            continue
        fields = agreement_boxes(form)  # hidden fields, and a terms box ticked where it has one
        if fields is None:
            continue
        buttons = form.xpath(".//button|.//input[@type='submit' or @type='image']")
        if not fields or not buttons:
            continue
        button = buttons[0]
        label = " ".join(filter(None, [_words(button), button.get("value") or "", button.get("title") or "",
                                       " ".join(i.get("class") or "" for i in button.iter("i", "span", "img")),
                                       button.get("alt") or ""]))
        if not DOWNLOAD_WORDS.search(label):
            continue
        action = (form.get("action") or "").strip()
        if not action or action.lower().startswith(("javascript:", "mailto:", "#")):
            continue
        words = _words(button) or button.get("value") or button.get("title") or ""
        ticked = form.xpath(_TYPED)  # a terms box ticked: the gate of one document, pressed wherever it stands
        found.append((form, action, words, {"post": urlencode(fields), **({"terms": 1} if ticked else {})}))
    return found


# -- Drupal Views AJAX ----------------------------------------------------------------------------------------
MAX_VIEWS = 10  # views a page refreshes by AJAX, read at most
_D7_SETTINGS = re.compile(r"jQuery\.extend\(\s*Drupal\.settings\s*,\s*(\{.*\})\s*\)\s*;?\s*$", re.S)


def _drupal_settings(root) -> dict:
    for script in root.xpath("//script[@data-drupal-selector='drupal-settings-json']"):  # Drupal 8 and later
        try:
            return json.loads(script.text or "{}")
        except ValueError:
            return {}
    for script in root.xpath("//script[contains(text(), 'Drupal.settings')]"):  # Drupal 7
        found = _D7_SETTINGS.search((script.text or "").strip())
        if found:
            try:
                return json.loads(found.group(1))
            except ValueError:
                return {}
    return {}


def views_ajax_links(root) -> list[tuple[object, str, str, dict]]:
    """(container, ajax path, "", {"post": fields}) for each Drupal View the page loads or refreshes through
    ``/views/ajax`` (``drupalSettings.views.ajaxViews``): the POST Drupal's own script sends, whose JSON answer
    inserts the view's rows (read by :func:`drupal_ajax_html`). Call before the page's scripts are dropped."""
    views = (_drupal_settings(root).get("views") or {}) if root.xpath("//script") else {}
    found: list[tuple[object, str, str, dict]] = []
    if not isinstance(views, dict) or not isinstance(views.get("ajaxViews"), dict):
        return found
    path = str(views.get("ajax_path") or "/views/ajax")
    for view in list(views["ajaxViews"].values())[:MAX_VIEWS]:
        if not isinstance(view, dict) or not view.get("view_name") or not view.get("view_dom_id"):
            continue
        dom = str(view["view_dom_id"])
        fields = [(key, "" if view.get(key) is None else str(view[key]))
                  for key in ("view_name", "view_display_id", "view_args", "view_path", "view_base_path", "view_dom_id",
                              "pager_element")]
        holder = root.xpath(f"//*[contains(concat(' ', normalize-space(@class), ' '), ' js-view-dom-id-{dom} ') or "
                            f"contains(concat(' ', normalize-space(@class), ' '), ' view-dom-id-{dom} ')]")
        found.append((holder[0] if holder else root, path, "", {"post": urlencode(fields + [("_drupal_ajax", "1")])}))
    return found


def drupal_ajax_html(body: bytes) -> str | None:
    """The markup a Drupal AJAX answer inserts (``[{"command": "insert", "data": "<div …>"}, …]``), or None when
    the body is not one."""
    if not body.lstrip().startswith(b"["):
        return None
    try:
        commands = json.loads(body)
    except ValueError:
        return None
    if not isinstance(commands, list) or not all(isinstance(c, dict) and "command" in c for c in commands):
        return None
    inserted = [c["data"] for c in commands if c.get("command") in {"insert", "replace"} and isinstance(c.get("data"), str)]
    return "\n".join(inserted) if inserted else None


# -- forms a person submits to move around: WebForms postbacks, POST filters ------------------------------------
MAX_COMBOS = 36  # combinations of a filter form's lists sent at most (6 categories x 3 years x 2)
_POSTBACK = re.compile(r"__doPostBack\(\s*(['\"])(.*?)\1\s*,\s*(['\"])(.*?)\3\s*\)", re.S)
_POSTBACK_OPTIONS = re.compile(r"WebForm_PostBackOptions\(\s*(['\"])(.*?)\1\s*,\s*(['\"])(.*?)\3", re.S)
# what a control that writes says: a login, a complaint, a message, a vote, a comment, an upload, a save
UNSAFE_WORDS = re.compile(r"เข้าสู่ระบบ|ออกจากระบบ|ลงชื่อเข้าใช้|สมัครสมาชิก|ลงทะเบียน|รหัสผ่าน|ร้องเรียน|แจ้งเบาะแส|ส่งเรื่อง|"
                          r"ส่งข้อความ|ส่งข้อมูล|ส่งคำร้อง|ความคิดเห็น|กระทู้|โหวต|ลงคะแนน|แบบสำรวจ|ความพึงพอใจ|บันทึก|"
                          r"อัปโหลด|อัพโหลด|แนบไฟล์|ยืนยัน|^\s*ส่ง\s*$|^\s*ลบ\s*$|\blog\s?in\b|\blog\s?out\b|sign\s?in|"
                          r"sign\s?up|register|submit|\bsend\b|\bvote\b|\bpoll\b|upload|\bsave\b|delete|comment|complain",
                          re.I)
# what its name, its field names or its script's address say
UNSAFE_NAMES = re.compile(r"login|logout|signin|signup|register|passw|pwd|captcha|delete|remove|edit|save|send|"
                          r"vote|poll|comment|complain|upload|insert|update|cancel|reply|subscribe|feedback|member", re.I)
_UNSAFE_COMMAND = re.compile(r"^(?:Edit|Delete|Update|Cancel|Insert|New)\$", re.I)   # a GridView's writing commands
# an event relative to the page's state: a grid's page, sort or row, a control inside a repeated row ($ctl03$)
_RELATIVE = re.compile(r"^(?:Page|Sort|Select)\$", re.I)
_ROW = re.compile(r"\$ctl\d+\$")
_SHOW_WORDS = re.compile(r"แสดง|ค้นหา|ตกลง|เลือก|ดู|กรอง|show|search|filter|go\b|view|ok\b|submit", re.I)
_WRITES = ".//textarea|.//input[@type='password' or @type='file' or @type='email' or @type='tel']"


def _postback_event(code: str) -> tuple[str, str] | None:
    code = (code or "").replace("\\'", "'").replace('\\"', '"')
    found = _POSTBACK.search(code) or _POSTBACK_OPTIONS.search(code)
    return (found.group(2), found.group(4)) if found else None


def _form_fields(form, skip: str = "") -> list[tuple[str, str]]:
    """What a browser sends of ``form`` without a button pressed: hidden fields, typed fields as they stand
    (passwords and files never), each list's chosen option, checked boxes; ``skip``: a list whose value is set."""
    fields = []
    for field in form.xpath(".//input[@name]|.//select[@name]"):
        name = field.get("name")
        if name == skip:
            continue
        if field.tag == "select":
            options = field.xpath(".//option")
            chosen = [o for o in options if o.get("selected") is not None] or options[:1]
            if chosen:
                fields.append((name, chosen[0].get("value", _words(chosen[0]))))
            continue
        kind = (field.get("type") or "text").lower()
        if kind in {"submit", "button", "image", "reset", "password", "file"}:
            continue
        if kind in {"checkbox", "radio"} and field.get("checked") is None:
            continue
        fields.append((name, field.get("value") or ("on" if kind in {"checkbox", "radio"} else "")))
    return fields


def postback_key(target: str, argument: str, chosen: list[tuple[str, str]] = ()) -> str:
    """The query a postback is known by: its event (and the list value it sends), never its page's state fields."""
    return urlencode([("__EVENTTARGET", target), ("__EVENTARGUMENT", argument), *chosen])


def compose_postback(page_url: str, url: str) -> str:
    """The address a postback relative to its page's state (a grid's next page, a row's button) is known by: its
    own event after the events that made the page (``__STATE``, each ``target|argument|list=value…``), an earlier
    event of the same control replaced. The grid's page 2 of the 2569 table is not the grid's page 2 of the 2568
    one, whether 2569 was a tab clicked or a year chosen in a list."""
    pairs = parse_qsl(page_url.partition("?")[2], keep_blank_values=True)
    page = dict(pairs)
    if "__EVENTTARGET" not in page:
        return url
    base, _, query = url.partition("?")
    own = parse_qsl(query, keep_blank_values=True)
    target = dict(own).get("__EVENTTARGET", "")
    chosen = [f"{k}={v}" for k, v in pairs if k not in {"__EVENTTARGET", "__EVENTARGUMENT", "__STATE"}]
    states = [v for k, v in pairs if k == "__STATE"]
    states.append("|".join([page["__EVENTTARGET"], page.get("__EVENTARGUMENT", ""), *chosen]))
    kept = [v for v in dict.fromkeys(states) if v.split("|", 1)[0] != target]
    return f"{base}?{urlencode([(k, v) for k, v in own if k != '__STATE'] + [('__STATE', v) for v in kept])}"


def postback_links(root) -> list[tuple[object, str, str, dict]]:
    """(element, action, words, extra) for each WebForms postback of the page: LinkButtons and pager links whose
    href or onclick calls ``__doPostBack``, and DropDownLists with AutoPostBack (one per option). ``extra``: the
    POST body, the key it is known by, whether it is relative to the page's state, and ``refused`` for a control
    that writes (a login, a complaint, a vote…), which is never sent."""
    found: list[tuple[object, str, str, dict]] = []
    for element in root.xpath("//a[contains(@href, 'PostBack') or contains(@onclick, 'PostBack')]|"
                              "//select[contains(@onchange, '__doPostBack')]"):
        form = next(element.iterancestors("form"), None)
        if form is None or (form.get("method") or "").lower() != "post":
            continue
        event = _postback_event(element.get("onchange") or element.get("onclick") or "") \
            or _postback_event(element.get("href") or "")
        if event is None:
            continue
        target, argument = event
        action = (form.get("action") or "").strip() or "?"
        choices = [(element, [])] if element.tag == "a" else \
            [(o, [(element.get("name"), o.get("value", _words(o)))]) for o in element.iter("option")][:MAX_OPTIONS]
        for control, chosen in choices:
            words = _words(control) or control.get("title") or ""
            refused = bool(UNSAFE_NAMES.search(target) or UNSAFE_WORDS.search(words) or _UNSAFE_COMMAND.match(argument))
            fields = [(k, v) for k, v in _form_fields(form, skip=element.get("name") if chosen else "")
                      if k not in {"__EVENTTARGET", "__EVENTARGUMENT"}]
            body = urlencode([("__EVENTTARGET", target), ("__EVENTARGUMENT", argument), *fields, *chosen])
            found.append((control, action, words, {
                "post": body, "key": postback_key(target, argument, chosen), "submit": "postback",
                "relative": bool(_RELATIVE.match(argument) or _ROW.search(target)), **({"refused": True} if refused else {})}))
    return found + _postback_buttons(root) + _jsf_links(root)


# JSF's commandLink: Mojarra's ``mojarra.jsfcljs(document.getElementById('frm'),{'frm:tbl:0:lnk':'frm:tbl:0:lnk'},'')``
# and MyFaces' ``myfaces.oam.submitForm('frm','frm:tbl:0:lnk')`` (``oamSubmitForm``): the form sent with those fields
_MOJARRA = re.compile(r"jsfcljs\(\s*document\.getElementById\(\s*['\"]([^'\"]+)['\"]\s*\)\s*,\s*\{(.*?)\}", re.S)
_MYFACES = re.compile(r"(?:oam\.submitForm|oamSubmitForm)\(\s*['\"]([^'\"]+)['\"]\s*,\s*['\"]([^'\"]+)['\"]", re.S)
_JS_PAIR = re.compile(r"['\"]([^'\"]+)['\"]\s*:\s*['\"]([^'\"]*)['\"]")
_JSF_ROW = re.compile(r":\d+:")


def _jsf_links(root) -> list[tuple[object, str, str, dict]]:
    """(link, action, words, extra) for each JSF commandLink (a JSP/JSF portal's row button, tab or pager): its form
    sent with the page's ``javax.faces.ViewState`` and the fields its script adds, known by those fields."""
    found: list[tuple[object, str, str, dict]] = []
    forms = {f.get("id") or f.get("name"): f for f in root.iter("form") if (f.get("method") or "").lower() == "post"}
    for link in root.xpath("//a[contains(@onclick, 'jsfcljs') or contains(@onclick, 'submitForm')]"):
        code = link.get("onclick") or ""
        if (mojarra := _MOJARRA.search(code)):
            form, params = forms.get(mojarra.group(1)), _JS_PAIR.findall(mojarra.group(2))
        elif (myfaces := _MYFACES.search(code)):
            form, params = forms.get(myfaces.group(1)), [(f"{myfaces.group(1)}:_idcl", myfaces.group(2))]
        else:
            continue
        if form is None or not params:
            continue
        words = _words(link) or link.get("title") or ""
        target = params[0][1] if params[0][0].endswith(":_idcl") else params[0][0]
        refused = bool(UNSAFE_NAMES.search(target) or UNSAFE_WORDS.search(words))
        names = {k for k, _ in params}
        fields = [(k, v) for k, v in _form_fields(form) if k not in names]
        found.append((link, (form.get("action") or "").strip() or "?", words, {
            "post": urlencode(fields + params), "key": postback_key(target, "", [p for p in params if p[0] != target]),
            "submit": "postback", "relative": bool(_JSF_ROW.search(target)), **({"refused": True} if refused else {})}))
    return found


def _postback_buttons(root) -> list[tuple[object, str, str, dict]]:
    """A WebForms filter: lists and a Button that shows ("แสดง", "ค้นหา") in one box of the page's form, sent once
    per combination of the lists' options with the button's name and value, as a browser sends a click on it. A
    button without lists beside it (the header's search box) is never pressed."""
    found: list[tuple[object, str, str, dict]] = []
    for button in root.xpath("//input[@type='submit' or @type='image'][@name]|//button[@name]"):
        form = next(button.iterancestors("form"), None)
        if form is None or not form.xpath(".//input[@name='__VIEWSTATE']"):
            continue
        label = " ".join(filter(None, [_words(button), button.get("value") or "", button.get("title") or ""]))
        box = button.getparent()
        for _ in range(2):
            if box is None or box is form or box.xpath(".//select[@name]"):
                break
            box = box.getparent()
        if box is None or box is form or not _SHOW_WORDS.search(label):
            continue
        selects = [s for s in box.xpath(".//select[@name]") if len(s.xpath(".//option")) > 1
                   and "__doPostBack" not in (s.get("onchange") or "")][:3]
        lists = [[o for o in s.xpath(".//option") if (o.get("value") or "").strip()][:MAX_OPTIONS] for s in selects]
        if not selects or not all(lists):
            continue
        typed = box.xpath(".//input[@name][not(@type) or @type='text' or @type='search' or @type='date']")
        refused = bool(UNSAFE_WORDS.search(label) or UNSAFE_NAMES.search(button.get("name")) or len(typed) > 1
                       or box.xpath(_WRITES))
        pressed = [(button.get("name"), button.get("value") or "")]
        names = {s.get("name") for s in selects}
        for combo in list(product(*lists))[:MAX_COMBOS]:
            chosen = [(s.get("name"), o.get("value").strip()) for s, o in zip(selects, combo)]
            fields = [(k, v) for k, v in _form_fields(form) if k not in names | {"__EVENTTARGET", "__EVENTARGUMENT"}]
            found.append((combo[-1], (form.get("action") or "").strip() or "?", " ".join(_words(o) for o in combo), {
                "post": urlencode([("__EVENTTARGET", ""), ("__EVENTARGUMENT", ""), *fields, *chosen, *pressed]),
                "key": postback_key("", "", pressed + chosen), "submit": "postback", **({"refused": True} if refused else {})}))
    return found


def filter_forms(root) -> list[tuple[object, str, str, dict]]:
    """(element, action, words, extra) for each combination of a POST filter's lists: a form of lists (and hidden
    fields, a keyword box left empty) with a button that shows ("แสดง", "ค้นหา"), sent as a person sends it with
    those options chosen. Never a form that writes or asks for words: a login, a complaint, a poll, an upload. A
    filter that asks for more typed words, or whose combinations pass MAX_COMBOS, leaves what it shows (or the
    rest of it) unread: one link never opened (``refused``) stands for it."""
    found: list[tuple[object, str, str, dict]] = []
    for number, form in enumerate(root.iter("form")):
        if (form.get("method") or "").lower() != "post" or form.xpath(_WRITES) or form.xpath(".//input[@name='__VIEWSTATE']"):
            continue
        selects = [s for s in form.xpath(".//select[@name]") if len(s.xpath(".//option")) > 1][:3]
        typed = form.xpath(".//input[@name][not(@type) or @type='text' or @type='search' or @type='date' or @type='number']")
        buttons = form.xpath(".//button|.//input[@type='submit' or @type='image']")
        if not selects or not buttons or form.xpath(".//input[@type='radio' or @type='checkbox']"):
            continue
        button = buttons[0]
        label = " ".join(filter(None, [_words(button), button.get("value") or "", button.get("title") or ""]))
        action = (form.get("action") or "").strip() or "?"
        names = " ".join([action, form.get("name") or "", form.get("id") or ""] +
                         [f.get("name") or "" for f in form.xpath(".//input[@name]|.//select[@name]") if f is not button])
        if not _SHOW_WORDS.search(label) or UNSAFE_WORDS.search(label) or UNSAFE_NAMES.search(names) or \
                action.lower().startswith(("javascript:", "mailto:", "#")):
            continue
        lists = [[o for o in s.xpath(".//option") if (o.get("value") or "").strip()][:MAX_OPTIONS] for s in selects]
        if not all(lists):
            continue
        combos = list(product(*lists)) if len(typed) <= 1 else []
        hidden = [(i.get("name"), i.get("value") or "") for i in form.xpath(".//input[@type='hidden'][@name]")]
        pressed = [(button.get("name"), button.get("value") or "")] if button.get("name") else []
        for combo in combos[:MAX_COMBOS]:
            chosen = [(s.get("name"), o.get("value").strip()) for s, o in zip(selects, combo)]
            rest = [(k, v) for k, v in _form_fields(form) if k not in {s.get("name") for s in selects}]
            words = " ".join(_words(o) for o in combo)
            shown = all(o.get("selected") is not None for o in combo)   # the choice the page answers
            found.append((combo[-1], action, words, {"post": urlencode(rest + chosen + pressed),
                                                     "key": urlencode(hidden + chosen), "submit": "filter",
                                                     **({"shown": True} if shown else {})}))
        if len(combos) != len(combos[:MAX_COMBOS]) or not combos:  # what it would show, or the rest: unread
            words = " ".join(" ".join(_words(o) for o in options) for options in lists)[:MAX_FORM_WORDS]
            found.append((form, action, words, {"post": "", "key": urlencode(hidden + [("__unsent", str(number))]),
                                                "submit": "filter", "refused": True}))
    return found
