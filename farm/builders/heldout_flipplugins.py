"""Two held-out ITA 2569 sites whose OIT documents are shown through document-viewer and e-book plugins that keep
the document's address outside an ordinary href (issue 19, round 14, lane "flipplugins").

Run from the repository root:  python -m farm.builders.heldout_flipplugins

  www.nongplakho-sao.go.th   อบต.หนองปลาข่อ (ขอนแก่น)      wp_flipbook_plugins
      WordPress (GeneratePress-style theme) whose page /ita-2569/ is an Elementor page: one section per item, the
      item's code and title in a heading widget, then a shortcode widget holding the item's e-book. A person sees
      a book (or a cover, or a button opening the book in a lightbox) and pages through or downloads the PDF; the
      PDF's address is never an href:
        * DearFlip (dFlip lite) ``[dflip id=…]``: ``<div class="_df_book df-lite" id="df_412" …></div>`` and its
          options in the script after it (``window.option_df_412 = {"source":"http:\\/\\/…pdf", …}``);
        * DearFlip with the address on the element: ``<div class="_df_book" source="…pdf">``, a cover
          ``<div class="_df_thumb" source="…" thumb="…jpg">title</div>``, a button ``<a class="_df_button"
          source="…">เปิดอ่าน</a>`` (an ``<a>`` with no href);
        * Real3D Flipbook: ``<div class="real3dflipbook" data-flipbook-options='{"pdfUrl":"…"}'>``, and the older
          ``var real3dflipbook_3 = {"pdfUrl": …}`` in a script beside an empty div;
        * 3D FlipBook (iberezansky): ``<div class="_3d-flip-book" data-id="…">`` and
          ``window.FB3D_CLIENT_DATA.push('<base64 JSON>')`` whose ``posts[id].data.guid`` is the PDF;
        * PDF Embedder's ``<a class="pdfemb-viewer" href="…pdf">`` (an ordinary href: the control) and Embed Any
          Document's Google Docs viewer frame lazy-loaded by WP Rocket (``<iframe src="about:blank"
          data-lazy-src="//docs.google.com/viewer?url=…&embedded=true">``, the frame itself in ``<noscript>``).
      Beside them what is no document: dFlip's ``dFlipLocation`` (its assets folder), WordPress's emoji settings,
      the covers' JPEGs, a lazy-loaded banner (``data-src=…jpg``), AddToAny's share bar (``data-a2a-url`` the page).
      Wrong: O6's book is the progress report of the first quarter only (partial), O13's Real3D book points at a
      PDF that answers 404 (the book shows "ไม่สามารถโหลดเอกสาร PDF": broken), O16's book is a dFlip shortcode left
      at ``source="#"`` (a grey empty book, no document: missing), O21's 3D FlipBook is last year's risk assessment
      (partial), O24 says "อยู่ระหว่างดำเนินการ" with no book (missing).
      Markup source: DearFlip lite inc/shortcode.php (``_df_book``/``_df_thumb``/``_df_button``, ``id="df_N"``,
      ``wpoptions``, ``thumbtype``, ``<script class="df-shortcode-script">window.option_df_N = …``), Real3D
      Flipbook's ``real3dflipbook`` div with ``data-flipbook-options`` (its ``pdfUrl``, ``lightboxThumbnailUrl``),
      3D FlipBook's shortcode (``_3d-flip-book`` div, ``FB3D_CLIENT_DATA.push(base64_encode(json_encode(…)))``,
      ``posts[id].data.guid``), PDF Embedder's ``pdfemb-viewer`` anchor, Embed Any Document's ``ead-preview`` /
      ``ead-document`` / ``ead-iframe`` markup, WP Rocket's lazy-load iframes.

  www.thungkhwao.go.th       เทศบาลตำบลทุ่งขวาว (เพชรบูรณ์)    joomla_doc_viewers
      Joomla 4 (Cassiopeia) whose article "ITA 2569" lists the items in a table; each row's document is shown by a
      viewer, not linked: a PDF.js widget ``<div class="pdf-viewer" data-pdf="/images/ita2569/…pdf">``, a
      "ดูเอกสาร" button opening a modal (``<a href="#" class="btn jdoc-preview" data-bs-toggle="modal"
      data-src="…pdf">``), ``<object data="…pdf" type="application/pdf">`` (the control: read before), an
      ``<embed src>``, a button whose viewer is started by a script (``$('#pdfv-9').pdfViewer({file:
      '/images/ita2569/…pdf'})``), an Elementor-like JSON ``data-settings='{"pdf_url":{"url":"…"}}'`` on a
      widget; spreadsheets beside the PDFs are plain links. Beside them a lazy-loaded logo (``data-src`` jpg) and the PDF.js worker script path.
      Wrong: O6 is the first quarter only (partial), O7 the 2567 annual report (partial), O12's viewer is
      ``data-pdf="#"`` (an empty viewer: missing), O15's viewer points at a PDF that answers 404 (the viewer shows
      its error: broken), O23's row is "-" (missing).
      Markup source: Joomla 4 Cassiopeia's article markup (heldout_sites.joomla_page), Bootstrap 5 modal toggles
      (``data-bs-toggle``/``data-bs-target``), Elementor's ``data-settings`` JSON on ``elementor-widget`` elements.

Every verdict was written before any engine run, as a careful assessor with a browser judges: the book, cover or
viewer is opened and the PDF it shows is read (as if downloaded), by heldout_sites.py's rules (wrong year, a
3-month report = partial; "-", "อยู่ระหว่างดำเนินการ", an empty viewer = missing; a viewer whose file answers 404,
showing its error instead of a document = broken). Neither site keeps last round's index, so the house rule for a
"-" row (partial when last round's list holds the item) does not apply.
"""
from __future__ import annotations

import base64
import html
import json
import shutil
import sys
from pathlib import Path
from urllib.parse import quote

from farm.builders.heldout_sites import TITLE, HeldoutOut, joomla_page, judge, own_pages, publish_docs, site_meta
from farm.builders.heldout_unforeseen import agency
from farm.builders.heldout_wp import wp_page
from farm.builders.ita2569_moit import NEWS69, news_list, write_manifest
from farm.builders.reading_sites_content import INLINE, INLINE_WHY, SUB, exec_why, photos
from farm.server import SITES_DIR

HOSTS = ("www.nongplakho-sao.go.th", "www.thungkhwao.go.th")
KINDS = {"structure": "O1", "executives": "O2", "contact": "O3", "news": "O4", "eservice": "O10", "complaint": "O17"}


def codes() -> list[tuple[str, str]]:
    return [(f"O{n}", f"{sub} {name}") for sub, name, numbers in SUB for n in numbers]


def js_json(value) -> str:
    """JSON as PHP's json_encode writes it into a page: slashes escaped, Thai as \\u escapes."""
    return json.dumps(value).replace("/", "\\/")


# ----------------------------------------------------------------------------------------------------------------
# 1. wp_flipbook_plugins

WP_HEAD = ("<script type=\"text/javascript\">var dFlipLocation = \"http:\\/\\/{host}\\/wp-content\\/plugins\\/"
           "3d-flipbook-dflip-lite\\/assets\\/\"; var dFlipWPGlobal = {{\"text\":{{\"toggleSound\":\"Turn on\\/off "
           "Sound\",\"downloadPDFFile\":\"Download PDF File\"}},\"moreControls\":\"download,pageMode,startPage,endPage,"
           "sound\",\"hideControls\":\"\",\"scrollWheel\":\"false\",\"backgroundColor\":\"#777\",\"height\":\"auto\","
           "\"duration\":800,\"soundEnable\":\"true\",\"enableDownload\":\"true\",\"webgl\":\"true\",\"hard\":\"none\","
           "\"maxTextureSize\":\"1600\",\"rangeChunkSize\":\"524288\",\"linkTarget\":\"2\",\"sharePrefix\":"
           "\"flipbook-\"}};</script>\n<script>window._wpemojiSettings = {{\"baseUrl\":\"https:\\/\\/s.w.org\\/images"
           "\\/core\\/emoji\\/14.0.0\\/72x72\\/\",\"ext\":\".png\",\"svgUrl\":\"https:\\/\\/s.w.org\\/images\\/core\\/"
           "emoji\\/14.0.0\\/svg\\/\",\"svgExt\":\".svg\",\"source\":{{\"concatemoji\":\"http:\\/\\/{host}\\/wp-includes"
           "\\/js\\/wp-emoji-release.min.js?ver=6.4.3\"}}}};</script>\n"
           "<link rel='stylesheet' id='dflip-style-css' href='/wp-content/plugins/3d-flipbook-dflip-lite/assets/css/"
           "dflip.min.css?ver=2.2.32' media='all' />\n<link rel='stylesheet' id='real3d-flipbook-style-css' href='/wp-"
           "content/plugins/real3d-flipbook-lite/css/flipbook.min.css?ver=3.71' media='all' />\n")

STYLES = ["dflip_script", "dflip_attr", "dflip_thumb", "dflip_button", "real3d_attr", "real3d_var", "fb3d", "pdfemb",
          "ead_lazy"]


def wp_viewer(style: str, url: str, title: str, n: int) -> str:
    """The markup a plugin's shortcode leaves in the page for one PDF at ``url`` (absolute)."""
    pid = 400 + n
    if style == "dflip_script":
        opts = {"webgl": "true", "backgroundColor": "#777", "height": "auto", "duration": 800, "hard": "none",
                "autoEnableOutline": "false", "autoEnableThumbnail": "false", "overwritePDFOutline": "false",
                "enableDownload": "true", "direction": "1", "pageMode": "0", "singlePageMode": "0", "source": url,
                "wpOptions": "true"}
        return (f'<div class="_df_book df-lite" id="df_{pid}" _slug="ita69-book-{pid}" data-title="ita69-book-{pid}" '
                f'wpoptions="true" thumbtype="img"></div><script class="df-shortcode-script" type="application/'
                f'javascript">window.option_df_{pid} = {js_json(opts)}; if(window.DFLIP && window.DFLIP.parseBooks)'
                '{window.DFLIP.parseBooks();}</script>')
    if style == "dflip_attr":
        return f'<div class="_df_book" id="df_rand{pid}" wpoptions="true" thumbtype="img" source="{html.escape(url)}"></div>'
    if style == "dflip_thumb":
        thumb = f"/wp-content/uploads/2026/03/cover-{pid}.png"
        return (f'<div class="_df_thumb" id="df_{pid}" _slug="ita69-{pid}" data-title="ita69-{pid}" wpoptions="true" '
                f'thumb="{thumb}" thumbtype="img" source="{html.escape(url)}">{html.escape(title)}</div>')
    if style == "dflip_button":
        return (f'<a class="_df_button" id="df_btn{pid}" source="{html.escape(url)}" wpoptions="true">'
                '<i class="fa fa-book"></i> เปิดอ่าน</a>')
    if style == "real3d_attr":
        opts = {"name": f"ita69-{pid}", "pdfUrl": url, "type": "pdf", "mode": "normal", "viewMode": "webgl",
                "lightboxThumbnailUrl": f"http://{url.split('/')[2]}/wp-content/uploads/real3d-flipbook/flipbook_{pid}"
                "/thumbnail.jpg", "assets": {"preloader": "http://" + url.split("/")[2] + "/wp-content/plugins/"
                                             "real3d-flipbook-lite/assets/images/preloader.jpg"},
                "pages": [], "btnDownloadPdf": {"enabled": "true"}}
        return (f'<div class="real3dflipbook" id="real3dflipbook_{pid}" style="position:absolute;" '
                f"data-flipbook-options='{html.escape(js_json(opts), quote=False)}'></div>")
    if style == "real3d_var":
        opts = {"pdfUrl": url, "mode": "normal", "viewMode": "3d", "skin": "light", "btnDownloadPdf": {"enabled": True},
                "id": str(pid)}
        return (f'<div class="real3dflipbook" id="{pid}" style="position:absolute;"></div><script type="text/'
                f'javascript">var real3dflipbook_{pid} = {js_json(opts)};</script>')
    if style == "fb3d":
        data = {"posts": {str(pid): {"ID": pid, "title": f"ita69-{pid}", "type": "pdf", "ready_function": "",
                                     "book_style": "volume", "book_template": "none",
                                     "data": {"post_ID": str(pid), "guid": url, "pdfPages": "4", "pageType": "auto"},
                                     "thumbnail": {"data": {"post_ID": "0"}, "type": "auto"}, "props": {}}},
                "pages": [], "firstPages": []}
        encoded = base64.b64encode(json.dumps(data).replace("/", "\\/").encode()).decode()
        return (f'<div class="_3d-flip-book fb3d-default-mode" data-id="{pid}" data-mode="" data-title="false" '
                'data-template="short-white-book-view" data-lightbox="dark-shadow" data-urlparam="fb3d-page" '
                'data-page-n="0" data-pdf="" data-tax="null" data-thumbnail="" data-cols="3" data-book-template="default"'
                ' data-trigger="" data-query=""></div><script type="text/javascript">window.FB3D_CLIENT_DATA = window.'
                f"FB3D_CLIENT_DATA || [];window.FB3D_CLIENT_DATA.push('{encoded}');window.FB3D_CLIENT_LOCALE && "
                "window.FB3D_CLIENT_LOCALE.render();</script>")
    if style == "pdfemb":
        return (f'<a href="{html.escape(url)}" class="pdfemb-viewer" style="" data-width="max" data-height="max" '
                f'data-toolbar="bottom" data-toolbar-fixed="off">{html.escape(title)}<br/></a>')
    if style == "ead_lazy":
        frame = f"//docs.google.com/viewer?url={quote(url, safe='')}&amp;embedded=true&amp;hl=th"
        return ('<div class="ead-preview"><div class="ead-document" style="position: relative;padding-top: 90%;">'
                f'<div class="ead-iframe-wrapper"><iframe src="about:blank" data-rocket-lazyload="fitvidscompatible" '
                f'data-lazy-src="{frame}" title="Embedded Document" class="ead-iframe" style="width: 100%;height: 100%;'
                f'border: none;position: absolute;left: 0;top: 0;visibility: hidden;"></iframe><noscript><iframe '
                f'src="{frame}" title="Embedded Document" class="ead-iframe"></iframe></noscript></div>'
                '<div class="ead-document-loading" style="width:100%;height:100%;position:absolute;left:0;top:0;'
                'z-index:10;"><div class="ead-loading-wrap"><div class="ead-loading-main"><div class="ead-loading">'
                '<img src="/wp-content/plugins/embed-any-document/images/loading.svg" width="55" height="55" '
                'alt="Loader"><span>Loading...</span></div></div></div></div></div></div>')
    raise ValueError(style)


def site_nongplakho(out: HeldoutOut) -> dict:
    host = HOSTS[0]
    own = f"http://{host}"
    ag = agency("หนองปลาข่อ", "หนองเรือ", "ขอนแก่น", "nongplakho", "40210",
                ["นายวีระพงษ์ ศรีหาวงศ์", "นายสุรชัย บุตรดี", "นางจันทร์เพ็ญ พลราช"], ["081-661-2201", "081-661-2202",
                                                                                   "081-661-2203"])
    ag["map"] = "16.48,102.43"
    modes = {"O6": "half", "O13": "dead", "O16": "placeholder", "O21": "stale", "O24": "denial"}
    photos(out, host, ag)
    menu = [("หน้าแรก", "/"), ("โครงสร้าง", "/structure/"), ("ผู้บริหาร", "/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"),
            ("E-Service", "/e-service/"), ("ร้องเรียนการทุจริต", "/complaint/"), ("ITA 2569", "/ita-2569/"),
            ("ติดต่อเรา", "/contact/")]
    head = WP_HEAD.format(host=host)

    def page(title, body, page_id=2):
        return wp_page(ag, menu, title, body, page_id).replace("</head>", head + "</head>", 1)

    def lao(title, body):
        return page(title, body, 20)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.หนองปลาข่อ")
    own_pages(out, host, ag, lao, {"structure": "structure/index.html", "executives": "executives/index.html",
                                   "contact": "contact/index.html", "news": "news/index.html",
                                   "eservice": "e-service/index.html", "complaint": "complaint/index.html"},
              form, "/complaint/")
    inline = {"O1": "/structure/", "O2": "/executives/", "O3": "/contact/", "O4": "/news/", "O10": "/e-service/",
              "O17": "/complaint/"}
    where = f"หน้า {own}/ita-2569/"
    verdicts, sections, k = {}, [], 0
    for code, label in codes():
        mode = modes.get(code, "ok")
        at = f"{where} หัวข้อ {code}"
        if code in INLINE:
            widget = (f'<div class="elementor-widget-button"><a class="elementor-button elementor-button-link" '
                      f'href="{inline[code]}"><span class="elementor-button-text">{TITLE[code]}</span></a></div>')
            verdicts[code] = ("pass", f"{at}: หน้า {inline[code]}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code]))
        elif mode == "placeholder":
            widget = ('<div class="elementor-widget-shortcode"><div class="elementor-shortcode"><div class="_df_book" '
                      'id="df_rand9161" wpoptions="true" thumbtype="img" source="#"></div></div></div>')
            verdicts[code] = ("missing", f"{at}: หนังสือ dFlip ตั้งค่า source=\"#\" แสดงเป็นหนังสือว่าง ไม่มีเอกสาร")
        elif mode == "denial":
            widget = '<div class="elementor-widget-text-editor"><p>อยู่ระหว่างดำเนินการ</p></div>'
            verdicts[code] = judge(code, ag, mode, at)
        else:
            links, dead = publish_docs(out, host, code, ag, mode, lambda stem, ext, c=code: "/wp-content/uploads/2026/03/"
                                       + quote(f"{c}-{stem}.{ext}"))
            parts = []
            for title, path in links:
                if path.endswith(".xlsx"):   # the spreadsheet beside the PDF: a plain download button
                    parts.append(f'<div class="elementor-widget-button"><a class="elementor-button" href="{html.escape(path)}">'
                                 f'<span class="elementor-button-text">ดาวน์โหลด {html.escape(title)}</span></a></div>')
                    continue
                style = STYLES[k % len(STYLES)]
                if mode == "dead":
                    style = "real3d_attr"
                elif code == "O21":
                    style = "fb3d"
                elif code == "O6":
                    style = "dflip_script"
                k += 1
                parts.append(f'<div class="elementor-widget-text-editor"><p>{html.escape(title)}</p></div>'
                             f'<div class="elementor-widget-shortcode"><div class="elementor-shortcode">'
                             f'{wp_viewer(style, own + path, title, len(sections) * 3 + len(parts))}</div></div>')
            widget = "".join(parts)
            verdicts[code] = judge(code, ag, mode, at, own + dead if dead else "")
            if mode == "dead":
                verdicts[code] = ("broken", f"{at}: หนังสือ Real3D Flipbook เปิดไฟล์ {own + dead} ที่ตอบ 404 หนังสือแสดง"
                                  "ข้อความโหลดเอกสารไม่ได้ ไม่มีเอกสาร")
        sections.append(f'<section class="elementor-section elementor-top-section" data-element_type="section">'
                        f'<div class="elementor-container"><div class="elementor-column"><div class="elementor-widget-wrap">'
                        f'<div class="elementor-widget-heading"><h3 class="elementor-heading-title">{code} {TITLE[code]}'
                        f'</h3></div><div class="elementor-widget-text-editor"><p class="sub">{label}</p></div>{widget}'
                        '</div></div></div></section>')
    intro = ('<div class="elementor elementor-412"><div class="elementor-widget-image"><img class="lazyload" src="data:'
             'image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/wp-content/uploads/2026/03/ita-banner.png" alt="ITA 2569">'
             f'</div><p>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569 {ag["name"]} (คลิกที่หนังสือเพื่อเปิดอ่าน'
             ' และดาวน์โหลดได้จากปุ่มดาวน์โหลดในหนังสือ)</p>')
    share = (f'<div class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="{own}/ita-2569/" data-a2a-title="ITA 2569">'
             '<a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook?linkurl=' +
             quote(f"{own}/ita-2569/", safe="") + '" rel="nofollow noopener" target="_blank"></a></div>')
    out.png(host, "wp-content/uploads/2026/03/ita-banner.png", 80)
    for n in range(400, 520):
        if f"cover-{n}.png" in "".join(sections):
            out.png(host, f"wp-content/uploads/2026/03/cover-{n}.png", 40)
    out.text(host, "ita-2569/index.html", page("ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)",
                                               intro + "".join(sections) + "</div>" + share, 412))
    out.text(host, "index.html", page("หน้าแรก", f'<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}'
                                     '<p><a href="/ita-2569/">ITA 2569 การประเมินคุณธรรมและความโปร่งใส</a></p>', 1))
    write_manifest(out, host, {})
    out.write_expected(host, "wp_flipbook_plugins: WordPress + Elementor; /ita-2569/ shows each item's PDFs as e-books "
                       "(DearFlip book/thumb/button with source= or option_df_N script, Real3D data-flipbook-options or "
                       "var real3dflipbook_N, 3D FlipBook FB3D_CLIENT_DATA base64 JSON, PDF Embedder anchor, Embed Any "
                       "Document's Docs viewer lazy-loaded by WP Rocket); no document address in an ordinary href but "
                       "PDF Embedder's.",
                       site_meta("nongplakho", "wp_flipbook_plugins", ag, "Nong Pla Kho SAO", "อบต.", "ขอนแก่น", f"{own}/"),
                       verdicts)
    return verdicts


# ----------------------------------------------------------------------------------------------------------------
# 2. joomla_doc_viewers

J_STYLES = ["data_pdf", "modal_src", "object", "embed", "script_viewer", "settings_json"]


def joomla_viewer(style: str, path: str, title: str, n: int) -> str:
    if style == "data_pdf":
        return (f'<div class="pdf-viewer" id="pdfv-{n}" data-pdf="{html.escape(path)}" data-height="600"><div class='
                '"pdf-viewer__toolbar"><button class="prev">&lsaquo;</button> <span class="page">1</span> / <span '
                'class="pages">-</span> <button class="next">&rsaquo;</button></div><canvas></canvas></div>')
    if style == "modal_src":
        return (f'<a href="#" class="btn btn-sm btn-info jdoc-preview" data-bs-toggle="modal" data-bs-target="#docModal" '
                f'data-src="{html.escape(path)}" title="{html.escape(title)}"><span class="icon-eye"></span> ดูเอกสาร</a>')
    if style == "object":
        return (f'<object data="{html.escape(path)}" type="application/pdf" width="100%" height="500"><p>เบราว์เซอร์ไม่'
                f'รองรับการแสดง PDF</p></object>')
    if style == "embed":
        return f'<embed src="{html.escape(path)}" type="application/pdf" width="100%" height="500">'
    if style == "script_viewer":
        return (f'<div id="pdfv-{n}" class="jviewer"></div><script>jQuery(function($){{ $(\'#pdfv-{n}\').pdfViewer({{ '
                f"file: '{path}', height: 600, download: true }}); }});</script>")
    if style == "settings_json":
        settings = {"pdf_url": {"url": path, "is_external": "", "nofollow": ""}, "pdf_height": {"unit": "px", "size": 600},
                    "toolbar": "yes"}
        return (f'<div class="jwidget jwidget-pdf_viewer" data-widget_type="pdf_viewer.default" '
                f"data-settings='{html.escape(json.dumps(settings).replace('/', chr(92) + '/'), quote=False)}'>"
                '<div class="jwidget-container"><div class="pdf-frame"></div></div></div>')
    raise ValueError(style)


def site_thungkhwao(out: HeldoutOut) -> dict:
    host = HOSTS[1]
    own = f"http://{host}"
    ag = agency("ทุ่งขวาว", "หล่มสัก", "เพชรบูรณ์", "thungkhwao", "67110",
                ["นายประสิทธิ์ แก้วมณี", "นายอำนาจ ทองคำ", "นางสาวพัชรินทร์ ใจงาม"], ["081-771-3301", "081-771-3302",
                                                                                  "081-771-3303"])
    ag.update(name="เทศบาลตำบลทุ่งขวาว", short="เทศบาลตำบลทุ่งขวาว", email="saraban@thungkhwao.go.th", map="16.77,101.24",
              address="45 หมู่ 2 ตำบลทุ่งขวาว อำเภอหล่มสัก จังหวัดเพชรบูรณ์ 67110",
              execs=[("นายประสิทธิ์ แก้วมณี", "นายกเทศมนตรีตำบลทุ่งขวาว"), ("นายอำนาจ ทองคำ", "รองนายกเทศมนตรีตำบลทุ่งขวาว"),
                     ("นางสาวพัชรินทร์ ใจงาม", "ปลัดเทศบาลตำบลทุ่งขวาว")])
    modes = {"O6": "half", "O7": "stale", "O12": "placeholder", "O15": "dead", "O23": "nofile"}
    photos(out, host, ag)
    paths = {k: f"index.php@option=com_content&view=article&id={20 + j}" for j, k in enumerate(KINDS)}
    url = {k: "/" + p.replace("@", "?") for k, p in paths.items()}
    menu = [("หน้าหลัก", "/"), ("โครงสร้าง", url["structure"]), ("คณะผู้บริหาร", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("E-Service", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("ITA 2569", "/index.php?option=com_content&view=article&id=69"), ("ติดต่อเรา", url["contact"])]

    def page(title, body):
        return joomla_page(ag, "/", menu, title, body).replace(
            "</head>", '<script src="/media/vendor/jquery/js/jquery.min.js"></script><script>var pdfjsWorkerSrc = '
            "'/media/plg_pdfviewer/pdfjs/build/pdf.worker.min.js'; var siteRoot = '" + own + "/';</script></head>", 1)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ เทศบาลตำบลทุ่งขวาว")
    own_pages(out, host, ag, page, paths, form, url["complaint"])
    where = f"หน้า {own}/index.php?option=com_content&view=article&id=69 (ITA 2569)"
    verdicts, rows, k = {}, [], 0
    for code, label in codes():
        mode = modes.get(code, "ok")
        at = f"{where} แถว {code}"
        if code in INLINE:
            kind = next(kk for kk, c in KINDS.items() if c == code)
            cell = f'<a href="{url[kind]}">{TITLE[code]}</a>'
            verdicts[code] = ("pass", f"{at}: หน้า {url[kind]}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code]))
        elif mode == "placeholder":
            cell = (f'<div class="pdf-viewer" id="pdfv-{k + 90}" data-pdf="#" data-height="600"><div class="pdf-viewer__'
                    'toolbar"><button class="prev">&lsaquo;</button> <span class="page">1</span> / <span class="pages">-'
                    '</span> <button class="next">&rsaquo;</button></div><canvas></canvas></div>')
            verdicts[code] = ("missing", f"{at}: ตัวแสดง PDF ตั้งไฟล์เป็น \"#\" แสดงกรอบว่าง ไม่มีเอกสาร")
        elif mode == "nofile":
            cell = "-"
            verdicts[code] = judge(code, ag, mode, where)
        else:
            links, dead = publish_docs(out, host, code, ag, mode, lambda stem, ext, c=code: f"/images/ita2569/{c}-{stem}.{ext}")
            parts = []
            for title, path in links:
                if path.endswith(".xlsx"):   # the spreadsheet beside the PDF: a plain download link
                    parts.append(f'<div class="doc"><a href="{html.escape(path)}"><span class="icon-download"></span> '
                                 f'{html.escape(title)}</a></div>')
                    continue
                style = J_STYLES[k % len(J_STYLES)]
                if mode == "dead":
                    style = "data_pdf"
                elif code == "O6":
                    style = "modal_src"
                k += 1
                parts.append(f'<div class="doc"><span class="doc-title">{html.escape(title)}</span><br>'
                             f'{joomla_viewer(style, path, title, k)}</div>')
            cell = "".join(parts)
            verdicts[code] = judge(code, ag, mode, at, own + dead if dead else "")
            if mode == "dead":
                verdicts[code] = ("broken", f"{at}: ตัวแสดง PDF เปิดไฟล์ {own + dead} ที่ตอบ 404 แสดงข้อความผิดพลาด "
                                  "ไม่มีเอกสาร")
        rows.append(f"<tr><td>{code}</td><td>{label}<br><strong>{TITLE[code]}</strong></td><td>{cell}</td></tr>")
    modal = ('<div class="modal fade" id="docModal" tabindex="-1" aria-hidden="true"><div class="modal-dialog modal-xl">'
             '<div class="modal-content"><div class="modal-header"><h5 class="modal-title">เอกสาร</h5><button type="button"'
             ' class="btn-close" data-bs-dismiss="modal" aria-label="ปิด"></button></div><div class="modal-body"><iframe '
             'id="docFrame" src="" width="100%" height="600"></iframe></div></div></div></div>')
    body = ('<p><img class="lazyload" data-src="/images/banners/ita2569.png" src="/images/blank.gif" alt="ITA"></p>'
            f'<p>{ag["name"]} เผยแพร่ข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569</p>'
            '<table class="table table-bordered"><thead><tr><th>ข้อ</th><th>ข้อมูล</th><th>เอกสาร</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>{modal}')
    out.png(host, "images/banners/ita2569.png", 80)
    out.text(host, "index.php@option=com_content&view=article&id=69", page("ITA 2569", body))
    out.text(host, "index.html", page("หน้าหลัก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     '<p><a href="/index.php?option=com_content&amp;view=article&amp;id=69">ITA 2569</a></p>'))
    write_manifest(out, host, {"types": {"/index.php": "text/html"}})
    out.write_expected(host, "joomla_doc_viewers: Joomla 4; the ITA 2569 article's table shows each document in a viewer: "
                       "data-pdf PDF.js widget, a modal button's data-src, object/embed, a jQuery pdfViewer({file}) call, "
                       "a widget's data-settings JSON pdf_url; spreadsheets as plain links.",
                       site_meta("thungkhwao", "joomla_doc_viewers", ag, "Thung Khwao Subdistrict Municipality", "เทศบาล",
                                 "เพชรบูรณ์", f"{own}/"),
                       verdicts)
    return verdicts


def build(dest: Path = SITES_DIR) -> None:
    for host in HOSTS:
        shutil.rmtree(dest / host, ignore_errors=True)
    out = HeldoutOut(dest)
    site_nongplakho(out)
    site_thungkhwao(out)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
