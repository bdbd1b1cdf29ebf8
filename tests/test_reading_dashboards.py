"""Classes found on the held-out sites of farm/builders/heldout_dashboards.py (round 13, lane "dashboards"):
statistics a person reads as charts and dashboards while the HTML holds only an iframe or a canvas. Before any
change www.banphaeng.go.th (hosted dashboards) scored 23/26 and www.maelao-sao.go.th (canvas charts) 22/26, with no
false alarm but six verdicts (partial, or unchecked as a script shell) on evidence the engine never read:

* a chart's config in the page's own script (Chart.js, ECharts, Highcharts …: titles, labels, series names and
  values) is read as a person reads the chart; so is the data file on the agency's own host its script fetches (a
  few a page, within the agency's politeness); a data file that answers 404 draws nothing, and that is read too;
* a page that was a script shell only for its charts is read as the page it is;
* a hosted dashboard framed in a page (Looker Studio, Power BI, Tableau, ArcGIS, Infogram, Datawrapper, a Sheets
  chart), or a chart whose data could not be read, leaves the page read in part (``drawn``): an item found lacking
  there is unchecked (``coverage.drawn``), never partial or missing; a dashboard whose host says it is gone (404)
  was read: the item is broken.
"""
from __future__ import annotations

import doctest
import json

import pytest

from crawler import charts
from farm.builders import heldout_dashboards as dashboards
from rules.engine import evaluate_agency
from rules.families import rulebooks_for_year
from rules.urls import dashboard_frame
from rules.vocabulary import ALARMS, UNREAD, coverage_reason, render
from tests.conftest import expected, found, judge_fixture_sites

BANPHAENG, MAELAO = dashboards.HOSTS


# -- reading a chart's config and its data ----------------------------------------------------------------------

CHARTJS = '''<canvas id="c"></canvas><script src="https://cdn.jsdelivr.net/npm/chart.js"></script><script>
  new Chart(document.getElementById("c"), {type: "bar", data: {labels: ["เว็บไซต์", "โทรศัพท์"],
    datasets: [{label: "จำนวนเรื่องร้องเรียน", data: [1, 1], backgroundColor: "#36a2eb"}]},
    options: {plugins: {title: {display: true, text: "สถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ พ.ศ. 2568"}}}});
</script>'''
ECHARTS = '''<div id="p"></div><script>var myChart = echarts.init(document.getElementById("p"));
  var option = {"title": {"text": "ความก้าวหน้า รอบ 6 เดือน (ต.ค. 2568 – มี.ค. 2569)"},
                "xAxis": {"type": "category", "data": ["ต.ค. 68", "พ.ย. 68"]}, "series": [{"type": "bar", "data": [910000, 2150000]}]};
  option && myChart.setOption(option);</script>'''
HIGHCHARTS_FETCH = '''<div id="procure"></div><script>
fetch("/wp-json/x/v1/charts/procurement-2569").then(function (r) { return r.json(); }).then(function (d) {
  Highcharts.chart("procure", {chart: {type: "column"}, title: {text: d.title}, series: d.series}); });</script>'''


def test_the_chart_readers_examples_hold():
    assert doctest.testmod(charts).failed == 0


def test_a_charts_config_is_read_as_a_person_reads_the_chart():
    words = charts.config_words(charts.chart_scripts(CHARTJS.encode())[0])
    assert words == "เว็บไซต์ โทรศัพท์ จำนวนเรื่องร้องเรียน 1 1 สถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ พ.ศ. 2568"
    assert "#36a2eb" not in words and "bar" not in words.split()
    words = charts.config_words(charts.chart_scripts(ECHARTS.encode())[0])
    assert "รอบ 6 เดือน (ต.ค. 2568 – มี.ค. 2569)" in words and "910000 2150000" in words and "category" not in words


def test_a_chart_whose_data_is_fetched_names_its_data_file():
    (code,) = charts.chart_scripts(HIGHCHARTS_FETCH.encode())
    assert not charts.has_data(code)
    assert charts.data_urls(HIGHCHARTS_FETCH.encode(), "http://www.x.go.th/oit/o11/") == \
        ["http://www.x.go.th/wp-json/x/v1/charts/procurement-2569"]
    data = {"title": "สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ พ.ศ. 2569", "categories": ["ตุลาคม 2568", "มีนาคม 2569"],
            "series": [{"name": "วงเงิน (บาท)", "data": [156800, 0], "color": "#000"}], "stacked": True}
    assert charts.data_words(json.dumps(data, ensure_ascii=False).encode()) == \
        "สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ พ.ศ. 2569 ตุลาคม 2568 มีนาคม 2569 วงเงิน (บาท) 156800 0"


def test_a_published_sheets_chart_is_read_from_its_serialised_spec():
    spec = {"chartType": "ColumnChart", "options": {"title": "สรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568"},
            "dataTable": {"cols": [{"label": "วิธี"}, {"label": "จำนวนโครงการ"}], "rows": [{"c": [{"v": "เฉพาะเจาะจง"}, {"v": 131}]}]}}
    page = ('<div id="c"></div><script>var chartJson = ' + json.dumps(json.dumps(spec, ensure_ascii=False), ensure_ascii=False)
            + ';google.visualization.ChartWrapper.fromJSON(JSON.parse(chartJson)).draw(c);</script>').encode()
    assert charts.config_words(charts.chart_scripts(page)[0]) == \
        "สรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568 วิธี จำนวนโครงการ เฉพาะเจาะจง 131"


def test_without_its_charts_a_page_is_what_else_it_shows():
    page = f"<body><h1>สถิติ</h1>{HIGHCHARTS_FETCH}<script>var x = 1;</script></body>".encode()
    assert b"Highcharts" not in charts.without_charts(page) and b"var x = 1" in charts.without_charts(page)


@pytest.mark.parametrize("url, drawn", [
    ("https://lookerstudio.google.com/embed/reporting/5f1c2b7e-0a4d-4c1e-9b2a-1f0e3d4c5b6a/page/p_abc", True),
    ("https://datastudio.google.com/embed/reporting/1aBcD/page/1M", True),
    ("https://app.powerbi.com/view?r=eyJrIjoiNjQ", True),
    ("https://app.powerbi.com/reportEmbed?reportId=1-2-3&autoAuth=true&ctid=4-5", True),
    ("https://public.tableau.com/views/Complaints2568/Sheet1?:embed=y&:showVizHome=no", True),
    ("https://nakhonphanom.maps.arcgis.com/apps/dashboards/0a1b2c3d4e5f60718293a4b5c6d7e8f9", True),
    ("https://e.infogram.com/annual-report-2568-1h7z2l8?src=embed", True),
    ("https://flo.uri.sh/visualisation/1234567/embed", True),
    ("https://datawrapper.dwcdn.net/Ab3Cd/1/", True),
    ("https://docs.google.com/spreadsheets/d/e/2PACX-1vX/pubchart?oid=1&format=interactive", True),
    ("https://docs.google.com/spreadsheets/d/e/2PACX-1vX/pubhtml", False),     # a published sheet: its cells are text
    ("https://www.youtube.com/embed/abc", False),
    ("https://www.google.com/maps/embed?pb=!1m18", False),
    ("https://drive.google.com/file/d/1a/preview", False)])
def test_hosted_dashboards_are_known_by_their_embed_address(url, drawn):
    assert dashboard_frame(url) is drawn


# -- judging: what was not read is unchecked; what was read is judged ----------------------------------------------

def _page(url: str, kind: str = "html", title: str = "", text: str = "", links: list | None = None, **kw) -> dict:
    return {"url": url, "final_url": url, "status": 200, "kind": kind, "title": title, "text": text,
            "links": links or [], "depth": kw.pop("depth", 1), **kw}


def _link(url: str, text: str, kind: str = "a", zone: str = "main") -> dict:
    return {"url": url, "kind": kind, "text": text, "title": "", "context": "", "zone": zone}


FRAME = "https://app.powerbi.com/view?r=eyJrIjoiZGI2OS"


def _site(frame_status: int = 200, part_unread: str | None = "drawn") -> list[dict]:
    home = _page("http://www.x.go.th/", title="หน้าแรก เทศบาลตำบลเอ็กซ์", depth=0, text="เทศบาลตำบลเอ็กซ์ ข่าวประชาสัมพันธ์ " * 4,
                 links=[_link("http://www.x.go.th/ita/o18", "O18 ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")])
    item = _page("http://www.x.go.th/ita/o18", title="ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
                 text="ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ เทศบาลตำบลเอ็กซ์ แสดงเป็นแดชบอร์ด " * 3,
                 links=[_link(FRAME, "", kind="iframe")], part_unread=part_unread)
    frame = _page(FRAME, kind="external", title="Microsoft Power BI", status=frame_status,
                  error="" if frame_status == 200 else f"http_{frame_status}")
    return [home, item, frame]


def _o18(pages: list[dict]):
    return next(f for f in evaluate_agency(rulebooks_for_year(2569).books["ita"], pages) if f.item == "O18")


def test_statistics_in_a_dashboard_not_read_are_unchecked_never_partial():
    finding = _o18(_site())
    assert finding.status == "unchecked" and finding.reason_code == coverage_reason("drawn") == "coverage.drawn"
    assert "http://www.x.go.th/ita/o18" in finding.evidence
    th, en = render(finding.reason_code, finding.reason_params)
    assert "แดชบอร์ด" in th and "dashboard" in en


def test_a_dashboard_its_host_says_is_gone_was_read():
    assert _o18(_site(frame_status=404)).status == "broken"


def test_a_dashboard_linked_directly_behind_a_sign_in_is_unchecked():
    embed = "https://app.powerbi.com/reportEmbed?reportId=db69&autoAuth=true&ctid=1f2e"
    home = _page("http://www.x.go.th/", title="หน้าแรก เทศบาลตำบลเอ็กซ์", depth=0, text="เทศบาลตำบลเอ็กซ์ ข่าวประชาสัมพันธ์ " * 4,
                 links=[_link(embed, "O18 ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")])
    signin = _page(embed, title="Power BI", outside=1,
                   text="Sign in to view this report ลงชื่อเข้าใช้เพื่อดูรายงานนี้ Sign in Don't have an account? Try Power BI "
                        "for free " * 2)
    finding = _o18([home, signin])
    assert (finding.status, finding.reason_code) == ("unchecked", "coverage.drawn")


def test_the_reason_has_words_in_both_languages():
    th, en = UNREAD["drawn"]
    assert "แผนภูมิ" in th and "chart" in en


# -- the held-out sites --------------------------------------------------------------------------------------------

@pytest.mark.slow
def test_the_held_out_sites_are_read_as_a_person_reads_them(tmp_path):
    result = judge_fixture_sites(tmp_path / "dashboards.db", list(dashboards.HOSTS))
    for site in result.sites:
        want, got = expected(site.host), found(result, site.agency)
        alarms = [c for c in want if got[c] in ALARMS and want[c] != got[c]]
        assert alarms == [], (site.host, alarms)
        # nothing partial, missing or broken about evidence that was not read
        assert not [c for c in want if want[c] == "pass" and got[c] not in ("pass", "unchecked")], (site.host, got)
        assert sum(want[c] == got[c] for c in want) >= 24, (site.host, {c: (want[c], got[c]) for c in want
                                                                       if want[c] != got[c]})
    findings = {item: f for (agency, item), f in result.findings.items() if agency == "maelao"}
    for item in ("O6", "O11", "O18"):   # charts read from the page's script and the JSON it fetches
        assert findings[item]["status"] == "pass", (item, findings[item])
    findings = {item: f for (agency, item), f in result.findings.items() if agency == "banphaeng"}
    for item in ("O6", "O11", "O14"):   # dashboards drawn by their hosts, one behind a sign-in
        assert (findings[item]["status"], findings[item]["reason_code"]) == ("unchecked", "coverage.drawn"), item
    assert findings["O7"]["status"] == "broken"      # the Infogram answers 404
    pages = {row["url"]: row for row in result.db["pages"].rows_where("run_id = ?", [result.run_id])}
    o11 = pages[f"http://{MAELAO}/oit-2569/o11/"]
    assert not o11["unread"] and not o11["part_unread"] and "มีนาคม 2569" in o11["text"]
    o12 = pages[f"http://{MAELAO}/oit-2569/o12/"]   # its data file answers 404: read, and empty
    assert not o12["unread"] and not o12["part_unread"]
    asked = [path for host, path, _ in result.stats.log if host == MAELAO and ("/wp-json/" in path or "/charts/" in path)]
    assert sorted(set(asked)) == ["/wp-content/uploads/charts/procure-2568.json", "/wp-json/maelao/v1/charts/procurement-2569"]


@pytest.mark.slow
def test_a_chart_whose_data_did_not_answer_leaves_its_item_unchecked(tmp_path):
    import shutil

    import yaml

    from farm.server import SITES_DIR
    sites = tmp_path / "sites"
    for host in (MAELAO, "docs.google.com", "www.google.com", "www.nacc.go.th", "www.pacc.go.th", dashboards.DATAWRAPPER):
        shutil.copytree(SITES_DIR / host, sites / host)
    manifest = yaml.safe_load((sites / MAELAO / "manifest.yaml").read_text(encoding="utf-8"))
    manifest["status"]["/wp-json/maelao/v1/charts/procurement-2569"] = 500      # the data service is down tonight
    (sites / MAELAO / "manifest.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True), encoding="utf-8")
    result = judge_fixture_sites(tmp_path / "down.db", [MAELAO], sites_dir=sites)
    got = {item: f for (agency, item), f in result.findings.items() if agency == "maelao"}
    assert (got["O11"]["status"], got["O11"]["reason_code"]) == ("unchecked", "coverage.drawn")
    assert not [(c, f["status"], f["reason_code"], f["evidence"]) for c, f in got.items()
                if f["status"] in ALARMS and expected(MAELAO)[c] != f["status"]]
