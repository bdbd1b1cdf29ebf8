"""Two held-out ITA 2569 sites whose statistics and reports a reader sees as dashboards and charts, while the HTML
holds only an iframe or a canvas (round 13, lane "dashboards").

Run from the repository root:  python -m farm.builders.heldout_dashboards

  www.banphaeng.go.th       เทศบาลตำบลบ้านแพง (บ้านแพง นครพนม)          dashboard_embeds
      A municipality's LAO-template site whose OIT index (/ita/2569) links item pages (/ita/2569/oN) that embed
      hosted dashboards, as provinces' and ministries' data offices teach agencies to publish: the E-Service
      statistics (O10) as a Looker Studio report (``lookerstudio.google.com/embed/reporting/<uuid>/page/<id>``), the
      plan's 6-month progress (O6) as an ArcGIS Dashboard (``<org>.maps.arcgis.com/apps/dashboards/<id>``) beside
      the action plan's PDF, the monthly procurement summary (O11) as a Power BI "publish to web" report
      (``app.powerbi.com/view?r=<base64>``), the 2568 complaint statistics (O18) as a Tableau Public view
      (``public.tableau.com/views/<workbook>/<sheet>?:embed=y&:showVizHome=no``), the 2568 annual procurement summary
      (O12) as a published Google Sheets chart (``docs.google.com/spreadsheets/d/e/2PACX-…/pubchart?oid=…&format=
      interactive``), the 2568 HR report (O14) as a Power BI secure embed (``app.powerbi.com/reportEmbed?reportId=…&
      autoAuth=true&ctid=…``: a visitor without an organisational account sees "sign in to view this report"), and
      the 2568 annual report (O7) as an Infogram infographic (``e.infogram.com/<slug>?src=embed``) since deleted.
      Every dashboard's server answer is the host's application shell (a title, a root div, its scripts); what a
      person reads is drawn by script from the host's data service.
      Wrong: O7's Infogram answers 404 (broken), O21 row "-" (missing). O14: nobody without the agency's Microsoft
      account sees the report (unchecked: a person cannot judge it either; never missing).

  www.maelao-sao.go.th      อบต.แม่ลาว (แม่ลาว เชียงราย)                 canvas_charts
      A WordPress site whose OIT page (/oit-2569/) links item pages drawing charts into ``<canvas>`` (Chart.js,
      ECharts) or SVG (Highcharts) from the page's own script, a heading and a caption the only text:
      O18's 2568 complaint statistics a Chart.js bar chart, its data and its title ("… ปีงบประมาณ พ.ศ. 2568") in the
      inline config; O6's 6-month progress an ECharts chart whose option (title "รอบ 6 เดือน …", months, amounts)
      sits in the page's script; O11's monthly procurement a Highcharts chart whose data the page fetches as JSON
      (``/wp-json/maelao/v1/charts/procurement-2569``); O10's E-Service statistics a Chart.js line chart; O14's HR
      report a Datawrapper chart (``datawrapper.dwcdn.net/<id>/1/``) since deleted; O12's 2568 annual procurement
      summary a Chart.js chart whose JSON (``/wp-content/uploads/charts/procure-2568.json``) answers 404.
      The chart libraries come from public CDNs (jsDelivr, code.highcharts.com), the data from the agency's host.
      Wrong: O14's Datawrapper chart answers 404 (broken); O12's chart draws nothing: its data file answers 404
      (a person sees the heading and an empty chart: missing); O23 "อยู่ระหว่างดำเนินการ" (missing).

Every verdict was written before any engine run, as a careful assessor with a browser gives it. In this product's
rules a dashboard or chart that visibly shows the statistics counts as published: the assessor reads the numbers
and labels the dashboard shows and judges them as a document (wrong year = partial; a dashboard whose host says it
is gone = broken; a chart that draws nothing = missing). A report behind an organisation's sign-in is seen by
nobody outside it: unchecked.
Markup source: the embed codes each host hands out (Looker Studio's "Embed report" iframe with ``allowfullscreen
sandbox``; Power BI's "Publish to web" ``<iframe title=… src="https://app.powerbi.com/view?r=…">`` and its
"Secure embed" ``reportEmbed?reportId=…&autoAuth=true&ctid=…``; Tableau Public's ``?:embed=y&:showVizHome=no``
and its ``tsConfigContainer`` bootstrap; ArcGIS Dashboards' ``/apps/dashboards/<item id>``; Infogram's
``e.infogram.com/<slug>?src=embed``; Datawrapper's ``datawrapper.dwcdn.net/<id>/<version>/``; Google Sheets'
``pubchart?oid=…&format=interactive``), Chart.js's ``new Chart(ctx, {type, data: {labels, datasets}, options:
{plugins: {title}}})``, ECharts' ``echarts.init(…).setOption(option)`` and Highcharts' ``Highcharts.chart(id, {…})``.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path

from farm.builders.heldout_sites import TITLE, HeldoutOut, docs, judge, lao_page, own_pages, publish_docs, site_meta
from farm.builders.heldout_unforeseen import INLINE_KIND, KINDS, agency
from farm.builders.ita2569_moit import CUR, NEWS69, news_list, write_manifest
from farm.builders.reading_sites_content import ESERVICE_STATS, INLINE, INLINE_WHY, SUB, exec_why, photos
from farm.server import SITES_DIR

PREV = CUR - 1
HOSTS = ("www.banphaeng.go.th", "www.maelao-sao.go.th")
LOOKER, POWERBI, TABLEAU = "lookerstudio.google.com", "app.powerbi.com", "public.tableau.com"
ARCGIS, INFOGRAM, DATAWRAPPER = "banphaeng.maps.arcgis.com", "e.infogram.com", "datawrapper.dwcdn.net"
OWN_HOSTS = (LOOKER, POWERBI, TABLEAU, ARCGIS, INFOGRAM, DATAWRAPPER)
DB = "dB69"                                  # every outside id carries it
SHARED = [f"docs.google.com/spreadsheets/d/e/2PACX-1v{DB}*"]


def key(*parts, size: int = 32) -> str:
    return (DB + hashlib.sha1("/".join(map(str, parts)).encode()).hexdigest())[:size]


def uuid(*parts) -> str:
    h = hashlib.sha1("/".join(map(str, parts)).encode()).hexdigest()
    return f"{DB.lower()}{h[:4]}-{h[4:8]}-4{h[8:11]}-a{h[11:14]}-{h[14:26]}"


def table(rows: list[tuple[str, str, str]]) -> str:
    trs = "".join(f"<tr><td>{sub}</td><td>{code}</td><td>{TITLE[code]}</td><td>{cell}</td></tr>" for code, sub, cell in rows)
    return ('<table class="table table-bordered"><thead><tr><th>ตัวชี้วัดย่อย</th><th>ข้อ</th><th>ข้อมูล</th>'
            f'<th>หลักฐาน</th></tr></thead><tbody>{trs}</tbody></table>')


def anchors(links: list[tuple[str, str]]) -> str:
    return "<br>".join(f'<a href="{h}" target="_blank">{t}</a>' for t, h in links)


# ----------------------------------------------------------------------------------------------------------------
# What the dashboard hosts send: application shells (a title, a root, scripts); the figures come later by script

def looker_shell() -> str:
    return ('<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>Looker Studio</title>'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><base href="/">'
            '<link rel="stylesheet" href="https://www.gstatic.com/analytics-lego/css/lego.css"></head>'
            '<body class="lego-embed"><app-bootstrap><div class="lego-loading">กำลังโหลด…</div></app-bootstrap>'
            '<script nonce="dB69">window.WIZ_global_data={"qwAQke":"DataStudioReportingUi","TSDtV":"%.@.]"};</script>'
            '<script src="https://www.gstatic.com/analytics-lego/svk/main.js" nonce="dB69"></script></body></html>')


def powerbi_view_shell() -> str:
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Microsoft Power BI</title>'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" '
            'href="https://content.powerapps.com/resource/powerbiwfe/styles/powerbi.min.css"></head><body>'
            '<div id="pbiAppPlaceHolder" class="pbi-app"><root class="ng-scope"></root></div>'
            '<script>var clusterUri="https://wabi-south-east-asia-redirect.analysis.windows.net";var telemetrySessionId="dB69";'
            'var resolvedClusterUri="https://wabi-south-east-asia-j-primary-redirect.analysis.windows.net/";</script>'
            '<script src="https://content.powerapps.com/resource/powerbiwfe/scripts/powerbiportal.publishtoweb.bundle.min.js">'
            '</script></body></html>')


def powerbi_signin() -> str:
    """What a secure embed shows a visitor without a session: Power BI's sign-in prompt inside the frame."""
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Power BI</title></head><body>'
            '<div class="embed-signin-container"><div class="embed-signin-title">Sign in to view this report</div>'
            '<div class="embed-signin-text">ลงชื่อเข้าใช้เพื่อดูรายงานนี้</div>'
            '<button class="pbi-fluent-button primary" id="signInButton">Sign in</button>'
            '<div class="embed-signin-links"><a href="https://go.microsoft.com/fwlink/?LinkId=2099103">'
            'Don\'t have an account? Try Power BI for free</a></div></div>'
            '<script src="https://content.powerapps.com/resource/powerbiwfe/scripts/reportembed.bundle.min.js"></script>'
            '</body></html>')


def tableau_shell(workbook: str, sheet: str) -> str:
    config = json.dumps({"sheetId": sheet, "workbookName": workbook, "isPublic": True, "repositoryUrl": workbook,
                         "showParams": '{"checkpoint":false,"refresh":false,"refreshUnmodified":false}',
                         "vizql_root": f"/vizql/w/{workbook}/v/{sheet}"}, ensure_ascii=False)
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>' + sheet + '</title>'
            '<link rel="stylesheet" href="/vizql/v_202424.24.0812.1620/css/vqlweb.css"></head><body>'
            '<div id="loadingGlassPane"><div class="tab-loadingSpinner"></div></div>'
            f'<textarea id="tsConfigContainer" style="display:none">{config}</textarea>'
            '<script src="/vizql/v_202424.24.0812.1620/javascripts/mobile-vizql-ui.js"></script></body></html>')


def arcgis_shell() -> str:
    return ('<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>ArcGIS Dashboards</title>'
            '<link rel="stylesheet" href="https://js.arcgis.com/4.30/esri/themes/light/main.css"></head><body>'
            '<div id="ember-root"><calcite-loader active label="Loading dashboard"></calcite-loader></div>'
            '<script src="https://js.arcgis.com/4.30/"></script><script src="/apps/dashboards/assets/dashboards.js">'
            '</script></body></html>')


def pubchart_shell(title: str, cols: list[str], rows: list[list]) -> str:
    """A published Google Sheets chart: the chart's spec and its data table as script data, drawn by gviz."""
    data = {"cols": [{"id": chr(65 + k), "label": c, "type": "string" if k == 0 else "number"} for k, c in enumerate(cols)],
            "rows": [{"c": [{"v": v} for v in row]} for row in rows]}
    chart = {"chartType": "ColumnChart", "options": {"title": title, "legend": "bottom"}, "dataTable": data}
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + title + '</title>'
            '<script src="https://www.gstatic.com/charts/loader.js"></script></head><body><div id="c"></div>'
            '<script nonce="dB69">var chartJson = ' + json.dumps(json.dumps(chart, ensure_ascii=False), ensure_ascii=False) +
            ';google.charts.load("current");google.charts.setOnLoadCallback(function(){'
            'google.visualization.ChartWrapper.fromJSON(JSON.parse(chartJson)).draw(document.getElementById("c"));});'
            '</script></body></html>')


# ----------------------------------------------------------------------------------------------------------------
# 1. dashboard_embeds

def site_banphaeng(out: HeldoutOut, manifests: dict) -> None:
    host = HOSTS[0]
    ag = agency("บ้านแพง", "บ้านแพง", "นครพนม", "banphaeng", "48140",
                ["นายสุรชัย พรหมวงศ์", "นายอุดม แก้วมณี", "นางสาวรัตนา สีหาราช"], ["081-777-4801", "081-777-4802", "081-777-4803"])
    ag.update(name="เทศบาลตำบลบ้านแพง", short="เทศบาลตำบลบ้านแพง", email="saraban@banphaeng.go.th", line="@banphaengcity",
              map="17.97,104.21", address="1 ถนนสุนทรวิจิตร ตำบลบ้านแพง อำเภอบ้านแพง จังหวัดนครพนม 48140",
              execs=[("นายสุรชัย พรหมวงศ์", "นายกเทศมนตรีตำบลบ้านแพง"), ("นายอุดม แก้วมณี", "รองนายกเทศมนตรีตำบลบ้านแพง"),
                     ("นางสาวรัตนา สีหาราช", "ปลัดเทศบาลตำบลบ้านแพง")])
    modes = {"O7": "dead", "O21": "nofile"}
    photos(out, host, ag)
    url = {k: f"/page/{k}" for k in sorted(KINDS)}
    menu = [("หน้าแรก", "/"), ("โครงสร้าง", url["structure"]), ("คณะผู้บริหาร", url["executives"]),
            ("ข่าวประชาสัมพันธ์", url["news"]), ("E-Service", url["eservice"]), ("ร้องเรียนการทุจริต", url["complaint"]),
            ("ITA 2569", "/ita/2569"), ("ติดต่อเรา", url["contact"])]

    def page(title: str, body: str) -> str:
        return lao_page(ag, menu, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ เทศบาลตำบลบ้านแพง")
    own_pages(out, host, ag, page, {k: url[k].lstrip("/") for k in sorted(KINDS)}, form, url["complaint"])
    # O10: the form on the E-Service page, its statistics a Looker Studio report (no table in the page)
    looker = f"https://{LOOKER}/embed/reporting/{uuid('o10')}/page/p_{key('o10p', size=10).lower()}"
    out.text(LOOKER, f"embed/reporting/{uuid('o10')}/page/p_{key('o10p', size=10).lower()}/index.html", looker_shell())
    out.text(host, url["eservice"].lstrip("/"), page("E-Service", (
        '<h3>ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)</h3><p>ยื่นคำร้องขอรับบริการออนไลน์ (ขอรับน้ำอุปโภคบริโภค '
        f'ขอซ่อมไฟฟ้าสาธารณะ ขอใช้สถานที่): <a href="{form}">กรอกแบบคำร้องออนไลน์</a></p>'
        '<h4>สถิติการให้บริการ</h4>'
        f'<iframe width="100%" height="600" src="{looker}" frameborder="0" style="border:0" allowfullscreen '
        'sandbox="allow-storage-access-by-user-activation allow-scripts allow-same-origin allow-popups '
        'allow-popups-to-escape-sandbox"></iframe>')))
    where = f"หน้า http://{host}/ita/2569 แถว"
    rows, verdicts = [], {}
    seen = {
        "O6": "แดชบอร์ด ArcGIS แสดงความก้าวหน้าการดำเนินงานและการใช้จ่ายงบประมาณ รอบ 6 เดือน (1 ต.ค. 2568 – 31 มี.ค. 2569) "
              "ปีงบประมาณ พ.ศ. 2569: ดำเนินการแล้ว 31 โครงการ อยู่ระหว่างดำเนินการ 22 โครงการ เบิกจ่ายแล้ว 9,812,400 บาท "
              "(ร้อยละ 40.30) พร้อม PDF แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569 ในหน้าเดียวกัน",
        "O11": "รายงาน Power BI (เผยแพร่สู่เว็บ) แสดงสรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ พ.ศ. 2569 ต.ค. 2568 – มี.ค. 2569 "
               "ตารางรายเดือน (งานที่จัดซื้อจัดจ้าง วงเงิน วิธีซื้อหรือจ้าง ผู้ได้รับการคัดเลือก เลขที่สัญญา)",
        "O12": "แผนภูมิ Google Sheets (เผยแพร่) สรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568 แยกตามวิธี (จำนวนโครงการและวงเงิน "
               "รวม 142 โครงการ 18,920,000 บาท)",
        "O18": "Tableau Public แสดงข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ปีงบประมาณ พ.ศ. 2568 (2 เรื่อง แล้วเสร็จ 2 เรื่อง "
               "อยู่ระหว่างดำเนินการ 0 เรื่อง แยกตามช่องทาง)",
    }
    for sub, name, numbers in SUB:
        for n in numbers:
            code, mode = f"O{n}", modes.get(f"O{n}", "ok")
            links: list[tuple[str, str]] = []
            item = f"/ita/2569/{code.lower()}"
            if code in INLINE:
                links = [(TITLE[code], url[INLINE_KIND[code]])]
                why = f"หน้า {url[INLINE_KIND[code]]}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code])
                if code == "O10":
                    why = (f"หน้า {url['eservice']}: แบบคำร้องออนไลน์ (Google Form) + สถิติการให้บริการเป็นรายงาน Looker Studio "
                           "ฝังในหน้า (จำนวนคำร้องรายเดือน ต.ค. 68 – มี.ค. 69 ที่ผู้ตรวจเห็นในแดชบอร์ด)")
                verdicts[code] = ("pass", f"{where} {code}: {why}")
            elif code == "O6":
                plan = docs(code, ag, mode)[0]
                out.pdf(host, f"/uploads/ita2569/O6-{plan[0]}.pdf", plan[1], plan[2])
                dash = key("o6", size=32).lower()
                out.text(ARCGIS, f"apps/dashboards/{dash}/index.html", arcgis_shell())
                out.text(host, item.lstrip("/") + "/index.html", page(TITLE[code], (
                    f'<p><a href="/uploads/ita2569/O6-{plan[0]}.pdf">{plan[1]}</a></p>'
                    '<h4>รายงานความก้าวหน้าการดำเนินงานและการใช้จ่ายงบประมาณ</h4>'
                    f'<iframe src="https://{ARCGIS}/apps/dashboards/{dash}" width="100%" height="720" frameborder="0" '
                    'allowfullscreen></iframe>')))
                links = [(TITLE[code], item)]
                verdicts[code] = ("pass", f"{where} {code} -> หน้า {item}: {seen[code]}")
            elif code == "O11":
                r = key("o11-r", size=40)
                out.text(POWERBI, f"view@r={r}", powerbi_view_shell())
                out.text(host, item.lstrip("/") + "/index.html", page(TITLE[code], (
                    '<h4>สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน</h4><p>ข้อมูลจากระบบ e-GP ปรับปรุงทุกเดือน</p>'
                    f'<iframe title="สขร.1 รายเดือน" width="1140" height="541.25" src="https://{POWERBI}/view?r={r}" '
                    'frameborder="0" allowFullScreen="true"></iframe>')))
                links = [(TITLE[code], item)]
                verdicts[code] = ("pass", f"{where} {code} -> หน้า {item}: {seen[code]}")
            elif code == "O12":
                pub = f"2PACX-1v{DB}{key('o12', size=60)[4:]}"
                rows12 = [["เฉพาะเจาะจง", 131, 6120000], ["e-bidding", 9, 11900000], ["คัดเลือก", 2, 900000]]
                out.text("docs.google.com", f"spreadsheets/d/e/{pub}/pubchart@oid=1820394417&format=interactive",
                         pubchart_shell("สรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568",
                                        ["วิธีการจัดซื้อจัดจ้าง", "จำนวนโครงการ", "วงเงิน (บาท)"], rows12))
                out.text(host, item.lstrip("/") + "/index.html", page(TITLE[code], (
                    '<h4>รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ ประจำปี</h4>'
                    f'<iframe width="800" height="500" seamless frameborder="0" scrolling="no" src="https://docs.google.com/'
                    f'spreadsheets/d/e/{pub}/pubchart?oid=1820394417&amp;format=interactive"></iframe>')))
                links = [(TITLE[code], item)]
                verdicts[code] = ("pass", f"{where} {code} -> หน้า {item}: {seen[code]}")
            elif code == "O14":
                rid = uuid("o14")
                out.text(POWERBI, f"reportEmbed@reportId={rid}&autoAuth=true&ctid={uuid('tenant')}", powerbi_signin())
                out.text(host, item.lstrip("/") + "/index.html", page(TITLE[code], (
                    '<h4>รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล</h4>'
                    f'<iframe title="HR2568" width="1140" height="541.25" src="https://{POWERBI}/reportEmbed?reportId={rid}'
                    f'&amp;autoAuth=true&amp;ctid={uuid("tenant")}" frameborder="0" allowFullScreen="true"></iframe>')))
                links = [(TITLE[code], item)]
                verdicts[code] = ("unchecked", f"{where} {code} -> หน้า {item}: รายงาน Power BI แบบฝังที่ต้องลงชื่อเข้าใช้บัญชีองค์กร "
                                               "(ผู้เข้าชมเห็นเพียง 'Sign in to view this report') ผู้ตรวจภายนอกเปิดดูไม่ได้ ต้องตรวจด้วยตนเอง")
            elif code == "O18":
                wb, sheet = f"Complaint2568_{key('o18', size=10)}", "ComplaintStats2568"
                out.text(TABLEAU, f"views/{wb}/{sheet}@:embed=y&:showVizHome=no", tableau_shell(wb, sheet))
                src = f"https://{TABLEAU}/views/{wb}/{sheet}?:embed=y&amp;:showVizHome=no"
                out.text(host, item.lstrip("/") + "/index.html", page(TITLE[code], (
                    '<h4>ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h4>'
                    f'<iframe src="{src}" width="100%" height="827" frameborder="0"></iframe>')))
                links = [(TITLE[code], item)]
                verdicts[code] = ("pass", f"{where} {code} -> หน้า {item}: {seen[code]}")
            elif code == "O7":
                slug = f"annual-report-2568-{key('o7', size=12).lower()}"
                manifests[INFOGRAM].setdefault("status", {})[f"/{slug}"] = 404
                out.text(host, item.lstrip("/") + "/index.html", page(TITLE[code], (
                    '<h4>รายงานผลการดำเนินงานประจำปี</h4>'
                    f'<div class="infogram-embed" data-id="{slug}" data-type="interactive" data-title="รายงานประจำปี"></div>'
                    f'<iframe src="https://{INFOGRAM}/{slug}?src=embed" title="รายงานประจำปี" width="700" height="2400" '
                    'scrolling="no" frameborder="0" style="border:none;" allowfullscreen="allowfullscreen"></iframe>')))
                links = [(TITLE[code], item)]
                verdicts[code] = ("broken", f"{where} {code} -> หน้า {item}: หน้ามีเพียงหัวข้อและกรอบ Infogram "
                                            f"https://{INFOGRAM}/{slug}?src=embed ซึ่งตอบ 404 (อินโฟกราฟิกถูกลบ) ไม่มีรายงานผลการดำเนินงานอื่น")
            else:
                links, _ = publish_docs(out, host, code, ag, mode, lambda stem, ext, c=code: f"/uploads/ita2569/{c}-{stem}.{ext}")
                verdicts[code] = judge(code, ag, mode, where.removesuffix(" แถว") if mode == "nofile" else f"{where} {code}")
            rows.append((code, f"{sub} {name}", anchors(links) or "-"))
    intro = ("<p>เทศบาลตำบลบ้านแพงเผยแพร่ข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569 ข้อมูลสถิติและรายงานบางรายการแสดงเป็น"
             "แดชบอร์ด (Looker Studio, Power BI, Tableau, ArcGIS)</p>")
    out.text(host, "ita/2569/index.html", page("การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569", intro + table(rows)))
    out.text(host, "index.html", page("หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     '<p><a href="/ita/2569">ITA 2569 การเปิดเผยข้อมูลสาธารณะ</a></p>'))
    write_manifest(out, host, {"types": dict.fromkeys(url.values(), "text/html")})
    out.write_expected(host, "dashboard_embeds: item pages embed Looker Studio, ArcGIS Dashboards, Power BI (publish to web; "
                       "one secure embed behind sign-in), Tableau Public, a published Google Sheets chart and a deleted "
                       "Infogram; the statistics are drawn by the hosts' scripts.",
                       site_meta("banphaeng", "dashboard_embeds", ag, "Ban Phaeng Subdistrict Municipality", "เทศบาลตำบล",
                                 "นครพนม", f"http://{host}/"), verdicts)


# ----------------------------------------------------------------------------------------------------------------
# 2. canvas_charts

CHARTJS = '<script src="https://cdn.jsdelivr.net/npm/chart.js@4.4.1/dist/chart.umd.min.js"></script>'
ECHARTS = '<script src="https://cdn.jsdelivr.net/npm/echarts@5.5.0/dist/echarts.min.js"></script>'
HIGHCHARTS = '<script src="https://code.highcharts.com/highcharts.js"></script>'


def chartjs(canvas: str, kind: str, title: str, labels: list, sets: list[tuple[str, list]]) -> str:
    config = {"type": kind, "data": {"labels": labels, "datasets": [{"label": n, "data": d} for n, d in sets]},
              "options": {"responsive": True, "plugins": {"title": {"display": True, "text": title},
                                                          "legend": {"position": "bottom"}}}}
    text = json.dumps(config, ensure_ascii=False, indent=2)
    return (f'<div class="chart-wrap"><canvas id="{canvas}" height="120"></canvas></div>{CHARTJS}<script>\n'
            f'  const ctx_{canvas} = document.getElementById("{canvas}");\n  new Chart(ctx_{canvas}, {text});\n</script>')


def wp_page(ag: dict, title: str, body: str) -> str:
    return ('<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8"><title>' + title + ' &#8211; ' + ag["name"] +
            '</title><link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css" '
            'media="all"></head><body class="page-template-default page"><div id="page" class="hfeed site">'
            '<header class="site-header"><div class="site-branding"><p class="site-title"><a href="/">' + ag["name"] +
            '</a></p></div><nav class="main-navigation"><ul id="primary-menu" class="main-header-menu">'
            '<li class="menu-item"><a href="/">หน้าแรก</a></li><li class="menu-item"><a href="/structure/">โครงสร้าง</a></li>'
            '<li class="menu-item"><a href="/executives/">ผู้บริหาร</a></li><li class="menu-item"><a href="/news/">ข่าวประชาสัมพันธ์</a></li>'
            '<li class="menu-item"><a href="/eservice/">E-Service</a></li><li class="menu-item"><a href="/complaint/">ร้องเรียนการทุจริต</a></li>'
            '<li class="menu-item"><a href="/oit-2569/">OIT 2569</a></li><li class="menu-item"><a href="/contact/">ติดต่อเรา</a></li>'
            '</ul></nav></header><div id="content" class="site-content"><main id="main" class="site-main"><article class="page">'
            f'<header class="entry-header"><h1 class="entry-title">{title}</h1></header><div class="entry-content">{body}</div>'
            f'</article></main></div><footer class="site-footer"><p>{ag["name"]} {ag["address"]} โทร. {ag["phone"]}</p></footer>'
            '</div></body></html>')


def site_maelao(out: HeldoutOut, manifests: dict) -> None:
    host = HOSTS[1]
    ag = agency("แม่ลาว", "แม่ลาว", "เชียงราย", "maelao", "57250",
                ["นายบุญยืน อินทจักร", "นายสมศักดิ์ ใจมา", "นางพรทิพย์ ปัญญาวงค์"], ["081-888-5701", "081-888-5702", "081-888-5703"])
    ag["map"] = "19.76,99.74"
    modes = {"O12": "chart_gone", "O14": "dead_chart", "O23": "denial"}
    photos(out, host, ag)
    url = {k: f"/{k}/" for k in sorted(KINDS)}

    def page(title: str, body: str) -> str:
        return wp_page(ag, title, body)
    form = out.form(f"{host}/eservice", "ยื่นคำร้องออนไลน์ อบต.แม่ลาว")
    own_pages(out, host, ag, page, {k: url[k].strip("/") + "/index.html" for k in sorted(KINDS)}, form, url["complaint"])
    head, *stats = ESERVICE_STATS
    out.text(host, "eservice/index.html", page("E-Service", (
        '<h3>ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)</h3><p>ยื่นคำร้องขอรับบริการออนไลน์ (ขอรับน้ำอุปโภคบริโภค '
        f'ขอซ่อมไฟฟ้าสาธารณะ ขอใช้สถานที่): <a href="{form}">กรอกแบบคำร้องออนไลน์</a></p><h4>สถิติการให้บริการ</h4>' +
        chartjs("eservice", "line", f"สถิติการขอรับบริการผ่านช่องทางออนไลน์ ปีงบประมาณ พ.ศ. {CUR}",
                [r[0] for r in stats], [("จำนวนคำร้อง", [r[1] for r in stats]), ("ดำเนินการแล้ว", [r[2] for r in stats])]))))
    where = f"หน้า http://{host}/oit-2569/ แถว"
    months6 = [f"ต.ค. {PREV - 2500}", f"พ.ย. {PREV - 2500}", f"ธ.ค. {PREV - 2500}", f"ม.ค. {CUR - 2500}",
               f"ก.พ. {CUR - 2500}", f"มี.ค. {CUR - 2500}"]
    rows, verdicts = [], {}
    for sub, name, numbers in SUB:
        for n in numbers:
            code, mode = f"O{n}", modes.get(f"O{n}", "ok")
            item = f"/oit-2569/{code.lower()}/"
            links: list[tuple[str, str]] = []
            if code in INLINE:
                links = [(TITLE[code], url[INLINE_KIND[code]])]
                why = f"หน้า {url[INLINE_KIND[code]]}: " + (exec_why(ag) if code == "O2" else INLINE_WHY[code])
                if code == "O10":
                    why = (f"หน้า {url['eservice']}: แบบคำร้องออนไลน์ (Google Form) + กราฟเส้น Chart.js สถิติการขอรับบริการ"
                           f"ผ่านช่องทางออนไลน์ ปีงบประมาณ พ.ศ. {CUR} (ต.ค. 68 – มี.ค. 69)")
                verdicts[code] = ("pass", f"{where} {code}: {why}")
            elif code == "O18":
                out.text(host, item.strip("/") + "/index.html", page(TITLE[code], (
                    '<p>ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ อบต.แม่ลาว แยกตามช่องทางการร้องเรียน</p>' +
                    chartjs("complaints", "bar", f"สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ปีงบประมาณ พ.ศ. {PREV}",
                            ["เว็บไซต์", "ตู้รับเรื่องร้องเรียน", "โทรศัพท์", "ด้วยตนเอง"],
                            [("จำนวนเรื่องร้องเรียน", [1, 0, 1, 0]), ("ดำเนินการแล้วเสร็จ", [1, 0, 1, 0]),
                             ("อยู่ระหว่างดำเนินการ", [0, 0, 0, 0])]))))
                links = [(TITLE[code], item)]
                verdicts[code] = ("pass", f"{where} {code} -> หน้า {item}: แผนภูมิแท่ง Chart.js 'สถิติเรื่องร้องเรียนการทุจริตและ"
                                          f"ประพฤติมิชอบ ปีงบประมาณ พ.ศ. {PREV}' 2 เรื่อง แล้วเสร็จ 2 เรื่อง แยกตามช่องทาง")
            elif code == "O6":
                plan = docs(code, ag, mode)[0]
                out.pdf(host, f"/wp-content/uploads/2026/04/O6-{plan[0]}.pdf", plan[1], plan[2])
                option = {"title": {"text": f"ความก้าวหน้าการใช้จ่ายงบประมาณ รอบ 6 เดือน (ต.ค. {PREV} – มี.ค. {CUR})",
                                    "subtext": f"ปีงบประมาณ พ.ศ. {CUR} ดำเนินการแล้ว 31 โครงการ อยู่ระหว่างดำเนินการ 22 โครงการ"},
                          "tooltip": {"trigger": "axis"}, "legend": {"data": ["เบิกจ่ายสะสม (บาท)"]},
                          "xAxis": {"type": "category", "data": months6},
                          "yAxis": {"type": "value"},
                          "series": [{"name": "เบิกจ่ายสะสม (บาท)", "type": "bar",
                                      "data": [910000, 2150000, 3980000, 5620000, 7740000, 9812400]}]}
                out.text(host, item.strip("/") + "/index.html", page(TITLE[code], (
                    f'<p><a href="/wp-content/uploads/2026/04/O6-{plan[0]}.pdf">{plan[1]}</a></p>'
                    '<h3>รายงานความก้าวหน้าการดำเนินงานและการใช้จ่ายงบประมาณ</h3>'
                    f'<div id="progress" style="width:100%;height:420px;"></div>{ECHARTS}<script type="text/javascript">\n'
                    '  var chartDom = document.getElementById("progress");\n  var myChart = echarts.init(chartDom);\n'
                    f'  var option = {json.dumps(option, ensure_ascii=False, indent=2)};\n'
                    '  option && myChart.setOption(option);\n</script>')))
                links = [(TITLE[code], item)]
                verdicts[code] = ("pass", f"{where} {code} -> หน้า {item}: PDF {plan[1]} + แผนภูมิ ECharts ความก้าวหน้าการใช้จ่าย"
                                          f"งบประมาณ รอบ 6 เดือน (ต.ค. {PREV} – มี.ค. {CUR}) ปีงบประมาณ พ.ศ. {CUR} เบิกจ่ายสะสม 9,812,400 บาท")
            elif code == "O11":
                api = f"/wp-json/maelao/v1/charts/procurement-{CUR}"
                data = {"title": f"สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ พ.ศ. {CUR}",
                        "subtitle": f"ไตรมาสที่ 1–2 (ตุลาคม {PREV} – มีนาคม {CUR}) ตามแบบ สขร.1",
                        "categories": [f"ตุลาคม {PREV}", f"พฤศจิกายน {PREV}", f"ธันวาคม {PREV}", f"มกราคม {CUR}",
                                       f"กุมภาพันธ์ {CUR}", f"มีนาคม {CUR}"],
                        "series": [{"name": "จำนวนโครงการ", "data": [4, 3, 5, 2, 0, 6]},
                                   {"name": "วงเงิน (บาท)", "data": [156800, 98000, 412500, 61200, 0, 388900]}]}
                out.text(host, api.lstrip("/") + "/index.html", json.dumps(data, ensure_ascii=False))
                manifests.setdefault(host, {}).setdefault("types", {})[api] = "application/json"
                out.text(host, item.strip("/") + "/index.html", page(TITLE[code], (
                    '<p>สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1) แสดงเป็นแผนภูมิ ข้อมูลจากระบบ e-GP</p>'
                    '<figure class="highcharts-figure"><div id="procure"></div><p class="highcharts-description">'
                    'จำนวนโครงการและวงเงินจัดซื้อจัดจ้างรายเดือน</p></figure>' + HIGHCHARTS + '<script>\n'
                    f'fetch("{api}").then(function (r) {{ return r.json(); }}).then(function (d) {{\n'
                    '  Highcharts.chart("procure", {chart: {type: "column"}, title: {text: d.title}, subtitle: {text: d.subtitle},\n'
                    '    xAxis: {categories: d.categories, crosshair: true}, yAxis: {min: 0}, series: d.series});\n});\n</script>')))
                links = [(TITLE[code], item)]
                verdicts[code] = ("pass", f"{where} {code} -> หน้า {item}: แผนภูมิ Highcharts สรุปผลการจัดซื้อจัดจ้างรายเดือน "
                                          f"ปีงบประมาณ พ.ศ. {CUR} ไตรมาสที่ 1–2 (ต.ค. {PREV} – มี.ค. {CUR}) จำนวนโครงการและวงเงินรายเดือน")
            elif code == "O12":
                data_url = "/wp-content/uploads/charts/procure-2568.json"
                manifests.setdefault(host, {}).setdefault("status", {})[data_url] = 404
                out.text(host, item.strip("/") + "/index.html", page(TITLE[code], (
                    '<h3>รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ ประจำปี</h3>'
                    '<div class="chart-wrap"><canvas id="annual" height="140"></canvas></div>' + CHARTJS + '<script>\n'
                    f'fetch("{data_url}").then(function (r) {{ return r.json(); }}).then(function (d) {{\n'
                    '  new Chart(document.getElementById("annual"), {type: "bar", data: d.data,\n'
                    '    options: {plugins: {title: {display: true, text: d.title}}}});\n});\n</script>')))
                links = [(TITLE[code], item)]
                verdicts[code] = ("missing", f"{where} {code} -> หน้า {item}: มีเพียงหัวข้อและกรอบแผนภูมิว่าง ไฟล์ข้อมูลของแผนภูมิ "
                                             f"{data_url} ตอบ 404 แผนภูมิจึงไม่แสดงข้อมูล ไม่พบรายงานสรุปผลการจัดซื้อจัดจ้างประจำปี 2568")
            elif code == "O14":
                cid = key("o14dw", size=9)[4:]
                manifests[DATAWRAPPER].setdefault("status", {})[f"/{cid}/1/"] = 404
                out.text(host, item.strip("/") + "/index.html", page(TITLE[code], (
                    '<h3>รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล</h3>'
                    f'<iframe title="ผลการพัฒนาบุคลากร" aria-label="Column Chart" id="datawrapper-chart-{cid}" '
                    f'src="https://{DATAWRAPPER}/{cid}/1/" scrolling="no" frameborder="0" '
                    'style="width: 0; min-width: 100% !important; border: none;" height="420" data-external="1"></iframe>')))
                links = [(TITLE[code], item)]
                verdicts[code] = ("broken", f"{where} {code} -> หน้า {item}: หน้ามีเพียงหัวข้อและกรอบ Datawrapper "
                                            f"https://{DATAWRAPPER}/{cid}/1/ ซึ่งตอบ 404 (แผนภูมิถูกลบ)")
            else:
                links, _ = publish_docs(out, host, code, ag, mode,
                                        lambda stem, ext, c=code: f"/wp-content/uploads/2026/04/{c}-{stem}.{ext}")
                verdicts[code] = judge(code, ag, mode, where.removesuffix(" แถว") if mode == "nofile" else f"{where} {code}")
            cell = anchors(links) or ("อยู่ระหว่างดำเนินการ" if mode == "denial" else "-")
            rows.append((code, f"{sub} {name}", cell))
    intro = ("<p>องค์การบริหารส่วนตำบลแม่ลาวเผยแพร่ข้อมูลสาธารณะตามแบบตรวจ OIT ประจำปีงบประมาณ พ.ศ. 2569 "
             "ข้อมูลสถิติแสดงเป็นแผนภูมิในแต่ละหน้า</p>")
    out.text(host, "oit-2569/index.html", page("การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569", intro + table(rows)))
    out.text(host, "index.html", page("หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3>{news_list(NEWS69[:4])}"
                                     '<p><a href="/oit-2569/">OIT 2569 การเปิดเผยข้อมูลสาธารณะ</a></p>'))
    write_manifest(out, host, manifests.pop(host, {}))
    out.write_expected(host, "canvas_charts: item pages draw their statistics with Chart.js, ECharts (config in the page's "
                       "script) and Highcharts (data fetched as JSON); one chart's data file answers 404, one Datawrapper "
                       "chart was deleted.",
                       site_meta("maelao", "canvas_charts", ag, "Mae Lao SAO", "อบต.", "เชียงราย", f"http://{host}/"),
                       verdicts)


def build(dest: Path = SITES_DIR) -> None:
    for host in (*HOSTS, *OWN_HOSTS):
        shutil.rmtree(dest / host, ignore_errors=True)
    for pattern in SHARED:
        for old in dest.glob(pattern):
            shutil.rmtree(old) if old.is_dir() else old.unlink()
    out = HeldoutOut(dest)
    manifests: dict[str, dict] = {h: {} for h in OWN_HOSTS}
    site_banphaeng(out, manifests)
    site_maelao(out, manifests)
    for host, manifest in manifests.items():
        write_manifest(out, host, manifest)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else SITES_DIR)
