"""Charts and dashboards: statistics a person reads that the page's text does not hold.

Agencies publish their statistics (O10's service statistics, O18's complaint statistics, procurement and budget
progress) as charts a script draws into a ``<canvas>`` or an SVG (Chart.js, ECharts, Highcharts, ApexCharts,
Google Charts …), or as a hosted dashboard in an iframe (Looker Studio, Power BI, Tableau, ArcGIS, Infogram …).

A chart's words and numbers are often in the page itself: the config its script passes to the library (title,
labels, the series' names and values), or a JSON file on the agency's own host the script fetches. Those are read
as a person reads the chart (:func:`config_words`, :func:`data_words`), the data files fetched by the spider within
the agency's own politeness, a few a page (:data:`MAX_DATA`). A data file that answers 404 draws nothing: the chart
is read, and is empty. What cannot be read — a hosted dashboard (rules/urls.dashboard_frame), a chart whose data
comes from elsewhere or did not answer — leaves the page read in part (``drawn``): an item lacking there is
unchecked, never partial or missing (rules/engine.py).

>>> page = '''<canvas id="c"></canvas><script>new Chart(document.getElementById("c"), {type: "bar",
... data: {labels: ["ต.ค. 68", "พ.ย. 68"], datasets: [{label: "จำนวนเรื่อง", data: [2, 0]}]},
... options: {plugins: {title: {display: true, text: "สถิติ ปี พ.ศ. 2568"}}}});</script>'''.encode()
>>> charts = chart_scripts(page)
>>> config_words(charts[0])
'ต.ค. 68 พ.ย. 68 จำนวนเรื่อง 2 0 สถิติ ปี พ.ศ. 2568'
>>> data_urls(b'<script>fetch("/api/s.json").then(r => r.json()).then(d => Highcharts.chart("x", d));</script>',
...           "http://x.go.th/oit/")
['http://x.go.th/api/s.json']
>>> data_words('{"title": "สรุปผล ปี 2569", "categories": ["ตุลาคม 2568"], "series": [{"name": "วงเงิน", "data": [1500]}]}'.encode())
'สรุปผล ปี 2569 ตุลาคม 2568 วงเงิน 1500'
"""
from __future__ import annotations

import bisect
import json
import re
from urllib.parse import urljoin

MAX_DATA = 4  # data files fetched for one page's charts
MAX_WORDS = 4000  # characters of chart words added to a page
DRAWN = "drawn"  # part_unread: a chart or dashboard whose content could not be read (rules/vocabulary.py)

_SCRIPT = re.compile(rb"<script\b([^>]*)>(.*?)</script\s*>", re.I | re.S)
# the calls that draw a chart from a config
_DRAWS = re.compile(rb"\bnew\s+Chart\s*\(|\becharts\.init\s*\(|\.setOption\s*\(|\bHighcharts\.(?:chart|Chart|stockChart|"
                    rb"mapChart)\s*\(|\bnew\s+ApexCharts\s*\(|\bPlotly\.(?:newPlot|plot|react)\s*\(|"
                    rb"\bgoogle\.visualization\.|\b(?:c3|bb)\.generate\s*\(|\bam[45]core\.|\bam5\.Root\b|"
                    rb"\bnew\s+Chartist\.|\bnew\s+frappe\.Chart\s*\(|\bvegaEmbed\s*\(|\bFusionCharts\s*\(", re.I)
# where a chart's data is fetched from: fetch("…"), $.getJSON("…"), axios.get("…"), d3.json("…"), $.ajax({url: "…"})
_FETCH_URL = re.compile(rb"(?:\bfetch|\$\.(?:getJSON|get|ajax)|\baxios(?:\.get)?|\bd3\.(?:json|csv|tsv)|\bPapa\.parse)"
                        rb"\s*\(\s*(?:\{[^}]*?\burl\s*:\s*)?[\"'`]([^\"'`\s]+)[\"'`]", re.I)
_AJAX_URL = re.compile(rb"\burl\s*:\s*[\"'`]([^\"'`\s]+)[\"'`]")
_STRING = re.compile(rb"\"((?:[^\"\\\n]|\\.)*)\"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`", re.S)
_NUMBERS = re.compile(rb"\[\s*-?\d[\d.,\s-]*\]")
_THAI = re.compile(r"[\u0e01-\u0e4e]")
_YEAR = re.compile(r"(?<!\d)(?:25[4-9]\d|20[0-4]\d)(?!\d)")
_CODE_LIKE = re.compile(r"^(?:https?:|/|#|\.|rgba?\(|hsla?\()|\.(?:js|json|css|csv|png|svg)$|^[\w-]+$", re.I)


def chart_scripts(body: bytes) -> list[bytes]:
    """The page's inline scripts that draw a chart."""
    return [code for attrs, code in _SCRIPT.findall(body) if _DRAWS.search(code) and b"src=" not in attrs.lower()]


def _js_string(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace")
    if "\\" in text:
        try:
            text = json.loads(f'"{text}"')
        except ValueError:
            text = text.replace("\\n", " ").replace("\\'", "'").replace('\\"', '"')
    return " ".join(text.split())


def _worded(text: str) -> bool:
    """A string a person reads on a chart (Thai words, a year), not the config's own names and ids."""
    if _THAI.search(text):
        return True
    return bool(_YEAR.search(text)) and not _CODE_LIKE.search(text)


def config_words(code: bytes) -> str:
    """What a chart's config shows a reader, in its order: the words (titles, labels, series names) and the numbers
    of its data arrays. Scripts' own names, ids, colours and addresses are left out."""
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    for m in _STRING.finditer(code):
        text = _js_string(next((g for g in m.groups() if g is not None), b""))
        if text[:1] in "{[" and text[-1:] in "}]":  # a config serialised into a string (Google Charts' chartJson)
            try:
                text = data_words(text.encode())
            except RecursionError:
                continue
        if _worded(text):
            spans.append((m.start(), 0, text))
    strings = [(m.start(), m.end()) for m in _STRING.finditer(code)]
    starts = [a for a, _ in strings]
    for m in _NUMBERS.finditer(code):
        k = bisect.bisect_right(starts, m.start()) - 1
        if k >= 0 and m.start() < strings[k][1]:  # inside a string: words, not the data
            continue
        numbers = " ".join(n.decode() for n in re.findall(rb"-?\d+(?:\.\d+)?", m.group(0)))
        spans.append((m.start(), 1, numbers))
    for _, _, text in sorted(spans):
        out.append(text)
    return " ".join(out)[:MAX_WORDS]


def has_data(code: bytes) -> bool:
    """Whether a chart's script holds its data itself (a numeric array, or words a reader reads)."""
    return bool(_NUMBERS.search(code)) or any(_worded(_js_string(next((g for g in m.groups() if g is not None), b"")))
                                              for m in _STRING.finditer(code))


def script_urls(code: bytes, base: str) -> list[str]:
    """The addresses one chart script fetches its data from, absolute."""
    urls: list[str] = []
    for m in [*_FETCH_URL.finditer(code), *_AJAX_URL.finditer(code)]:
        url = urljoin(base, m.group(1).decode("utf-8", "replace"))
        if url.startswith(("http://", "https://")) and url not in urls:
            urls.append(url)
    return urls


def data_urls(body: bytes, base: str) -> list[str]:
    """The addresses a page's chart scripts fetch their data from, absolute."""
    return list(dict.fromkeys(url for code in chart_scripts(body) for url in script_urls(code, base)))


def data_words(body: bytes) -> str:
    """What a chart's data file says: its strings and numbers in order (JSON), or its cells (CSV)."""
    text = body.decode("utf-8-sig", "replace")
    try:
        data = json.loads(text)
    except ValueError:
        return " ".join(cell.strip() for line in text.splitlines()[:500] for cell in line.split(",") if cell.strip())[:MAX_WORDS]
    out: list[str] = []

    def walk(value) -> None:
        if isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, bool) or value is None:
            return
        elif isinstance(value, (int, float)):
            out.append(str(value))
        elif isinstance(value, str) and _worded(" ".join(value.split())):
            out.append(" ".join(value.split()))
    walk(data)
    return " ".join(out)[:MAX_WORDS]


def without_charts(body: bytes) -> bytes:
    """The page with its chart scripts taken out: what else of it a script builds (crawler/shell.py)."""
    return _SCRIPT.sub(lambda m: b"" if _DRAWS.search(m.group(2)) and b"src=" not in m.group(1).lower() else m.group(0),
                       body)
