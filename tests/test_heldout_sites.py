"""The held-out ITA 2569 sites of farm/builders/heldout_sites.py serve what their verdicts say, without the engine:
every item has a verdict, each architecture is served as claimed (a Next.js shell with __NEXT_DATA__, a Google Site at
the Workspace path behind an image banner, a two-hop move to a new www name, a published Sheet behind google.com/url,
a TIS-620 frameset with legacy-font and scanned PDFs), every `broken` verdict names a link that fails, every link of a
pass item's index entry answers, and a person's browser (Debian's Chromium through the farm) sees the Next.js pages."""
from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

import pypdfium2
import pytest

from farm.builders.heldout_sites import SITES
from farm.server import SITES_DIR, Farm
from tests.test_reading_sites import expected, farm, fetch  # noqa: F401  (farm: the module's farm fixture)

HOSTS = [host for host, fn in SITES.items() if fn]
ARCHITECTURES = {"spa_nextjs", "google_sites_classic", "moved_www", "sheet_index", "mixed_legacy"}
CHROMIUM = Path("/usr/bin/chromium")
SHEET = re.compile(r"https://docs\.google\.com/spreadsheets/d/e/2PACX-1vHo69\w+/pubhtml")


def follow(farm: Farm, url: str, hops: int = 5) -> tuple[int, str]:
    """The final status and URL of ``url``: HTTP redirects and google.com/url wrappers followed, as a browser does."""
    for _ in range(hops):
        if url.startswith("https://www.google.com/url?"):
            url = parse_qs(urlsplit(url).query)["q"][0]
            continue
        status, headers, _ = fetch(farm, url)
        if status not in (301, 302):
            return status, url
        url = urljoin(url, headers["Location"])
    return 0, url


def hrefs(markup: str) -> list[str]:
    return [html.unescape(h) for h in re.findall(r'href="([^"#]+)"', markup)]


def test_every_site_has_a_verdict_for_each_2569_item():
    seen, counts = set(), {s: 0 for s in ("pass", "partial", "missing", "broken")}
    for host in HOSTS:
        data = expected(host)
        assert (data["year"], data["family"]) == (2569, "ita")
        assert data["style"] == data["architecture"] in ARCHITECTURES and data["heldout"] is True
        assert {"name_th", "name_en", "type", "province", "url"} <= set(data["registry"])
        assert urlsplit(data["registry"]["url"]).hostname == host
        seen.add(data["architecture"])
        assert list(data["items"]) == [f"O{n}" for n in range(1, 27)]
        for code, want in data["items"].items():
            assert want["status"] in counts, (host, code)
            assert re.search("[ก-๙]", want["why"]), (host, code)
            counts[want["status"]] += 1
        statuses = {w["status"] for w in data["items"].values()}
        assert "pass" in statuses and statuses & {"missing", "broken"} and "partial" in statuses, host
    assert seen == ARCHITECTURES
    assert all(counts.values()), counts


def test_nextjs_pages_are_empty_shells_with_their_content_as_json(farm):
    status, _, body = fetch(farm, "https://www.khuanlang.go.th/ita/2569/o5")
    page = body.decode()
    assert status == 200 and '<div id="__next"></div>' in page
    data = json.loads(re.search(r'<script id="__NEXT_DATA__" type="application/json">(.*?)</script>', page).group(1))
    assert data["page"] == "/ita/[year]/[code]" and data["query"] == {"year": "2569", "code": "o5"}
    assert data["props"]["pageProps"]["item"]["documents"][0]["url"].endswith(".pdf")
    outside_json = re.sub(r"<script.*?</script>", "", page, flags=re.S)
    assert "แผนพัฒนา" not in outside_json                     # nothing to read without running the script
    cards = json.loads(re.search(r'__NEXT_DATA__" type="application/json">(.*?)</script>',
                                 fetch(farm, "https://www.khuanlang.go.th/ita/2569")[2].decode()).group(1))
    codes = [c["code"] for g in cards["props"]["pageProps"]["ita"]["groups"] for c in g["items"]]
    assert len(codes) == 25 and "O23" not in codes
    assert fetch(farm, "https://www.khuanlang.go.th/ita/2569/o23")[0] == 404


def test_google_site_at_the_workspace_path_behind_an_image_banner(farm):
    home = fetch(farm, "http://www.huaikrachao-sao.go.th/")[2].decode()
    banner = re.search(r'<a href="(https://sites\.google\.com/[^"]+)"[^>]*>(.*?)</a>', home)
    assert banner.group(1) == "https://sites.google.com/huaikrachao-sao.go.th/ita2569"
    assert re.fullmatch(r'<img [^>]*alt="">', banner.group(2))             # an image, no words
    item = fetch(farm, "https://sites.google.com/huaikrachao-sao.go.th/ita2569/9-3/o11")
    assert item[0] == 200
    folder = re.search(r'src="(https://drive\.google\.com/embeddedfolderview\?id=\w+)#list"', item[2].decode()).group(1)
    listing = fetch(farm, folder)[2].decode()
    assert listing.count('class="flip-entry"') == 4                        # Q1 and Q2, PDF and Excel each
    empty = re.search(r'src="(https://drive\.google\.com/embeddedfolderview\?id=\w+)#list"',
                      fetch(farm, "https://sites.google.com/huaikrachao-sao.go.th/ita2569/9-2/o8")[2].decode()).group(1)
    assert "ไม่มีไฟล์ในโฟลเดอร์นี้" in fetch(farm, empty)[2].decode()


def test_moved_site_answers_in_two_hops_and_keeps_old_name_links(farm):
    status, headers, _ = fetch(farm, "http://kokpho-sao.go.th/")
    assert status == 301 and headers["Location"] == "https://kokpho.go.th/"
    status, headers, _ = fetch(farm, "https://kokpho.go.th/")
    assert status == 301 and headers["Location"] == "https://www.kokpho.go.th/"
    home = fetch(farm, "https://www.kokpho.go.th/")[2].decode()
    banner = next(h for h in hrefs(home) if h.startswith("http://kokpho-sao.go.th/"))   # still the old name
    assert banner.endswith("/index.php/ita-2569")
    assert follow(farm, banner) == (200, "https://www.kokpho.go.th/index.php/ita-2569")
    ita = fetch(farm, "https://www.kokpho.go.th/index.php/ita-2569")[2].decode()
    old = [h for h in hrefs(ita) if h.startswith("http://kokpho-sao.go.th/")]
    assert len(old) == 5
    assert [follow(farm, h)[0] for h in old].count(200) == 4             # one file was never moved


def test_sheet_index_is_reached_through_a_google_wrapper(farm):
    home = fetch(farm, "http://www.wangchan-sao.go.th/")[2].decode()
    wrapper = next(h for h in hrefs(home) if h.startswith("https://www.google.com/url?q="))
    status, final = follow(farm, wrapper)
    assert status == 200 and SHEET.fullmatch(final)
    assert f'content="0;url={final}"' in fetch(farm, wrapper)[2].decode()   # the wrapper forwards a browser
    sheet = fetch(farm, final)[2].decode()
    assert 'class="waffle"' in sheet
    cells = [h for h in hrefs(sheet) if h.startswith("https://www.google.com/url?q=")]
    targets = [parse_qs(urlsplit(h).query)["q"][0] for h in cells]
    assert any(t.startswith("http://www.wangchan-sao.go.th/") for t in targets)
    assert any(t.startswith("https://drive.google.com/file/d/1hO69") for t in targets)


def test_legacy_site_is_tis620_frames_with_unreadable_and_image_only_pdfs(farm):
    status, headers, body = fetch(farm, "http://www.chiangklang-sao.go.th/")
    assert headers["Content-Type"] == "text/html; charset=tis-620" and "<frameset" in body.decode("tis-620")
    table = fetch(farm, "http://www.chiangklang-sao.go.th/oit2569.htm")[2].decode("tis-620")
    row = re.search(r"<td align=\"center\">O19</td>.*?</tr>", table, re.S).group(0)
    assert len(hrefs(row)) == 2 and "youtube.com/watch" in row and ".pdf" in row
    docs = SITES_DIR / "www.chiangklang-sao.go.th" / "doc" / "2569"
    legacy = pypdfium2.PdfDocument(str(docs / "o5_devplan.pdf"))[0].get_textpage().get_text_range()
    assert legacy and not re.search("[ก-๙]", legacy)                       # Thai on screen, mojibake in the text
    scan = pypdfium2.PdfDocument(str(docs / "o23_anticorrupt-plan.pdf"))[0].get_textpage().get_text_range()
    assert scan.strip() == ""                                               # only an image
    ocr = {c for c, w in expected("www.chiangklang-sao.go.th")["items"].items() if w.get("ocr")}
    assert ocr == {"O8", "O15", "O22", "O23", "O26"}


def test_every_broken_verdict_names_a_link_that_fails(farm):
    for host in HOSTS:
        for code, want in expected(host)["items"].items():
            if want["status"] != "broken":
                continue
            target = re.findall(r"https?://[^\s)]+", want["why"])[-1]          # the dead link is named last
            assert follow(farm, target)[0] == 404, (host, code, target)


def index_links(farm: Farm, host: str) -> dict[str, list[str]]:
    """Item code -> the links its entry in the site's ITA index gives (absolute), per architecture."""
    links: dict[str, list[str]] = {}
    if host == "www.khuanlang.go.th":
        for n in range(1, 27):
            status, _, body = fetch(farm, f"https://{host}/ita/2569/o{n}")
            if status == 200:
                data = json.loads(re.search(r'application/json">(.*?)</script>', body.decode()).group(1))
                links[f"O{n}"] = [urljoin(f"https://{host}/", d["url"])
                                  for d in data["props"]["pageProps"]["item"]["documents"]]
    elif host == "www.huaikrachao-sao.go.th":
        base = "https://sites.google.com/huaikrachao-sao.go.th/ita2569"
        for page in (SITES_DIR / "sites.google.com" / "huaikrachao-sao.go.th" / "ita2569").glob("*/o*/index.html"):
            url = f"{base}/{page.parent.parent.name}/{page.parent.name}"
            found = [h for h in hrefs(fetch(farm, url)[2].decode()) if "/ita2569" not in h and "google.com/url" in h
                     or "/file/d/" in h or "embeddedfolderview" in h]
            found += re.findall(r'src="(https://drive\.google\.com/embeddedfolderview\?id=\w+|http://www[^"]+\.png)(?:#list)?"',
                                fetch(farm, url)[2].decode())             # folders; photos of O1/O2 written on the page
            links[page.parent.name.upper()] = found
    else:
        page = {"kokpho-sao.go.th": "https://www.kokpho.go.th/index.php/ita-2569",
                "www.wangchan-sao.go.th": None, "www.chiangklang-sao.go.th": f"http://{host}/oit2569.htm"}[host]
        if page is None:
            page = SHEET.search((SITES_DIR / host / "expected.yaml").read_text(encoding="utf-8")).group(0)
        body = fetch(farm, page)[2]
        text = body.decode("tis-620" if "chiangklang" in host else "utf-8")
        for code, row in re.findall(r"<tr[^>]*>(?:<th[^>]*>.*?</th>)?<td[^>]*>(O\d+)</td>(.*?)</tr>", text, re.S):
            links[code] = [urljoin(page, h) for h in hrefs(row)]
    return links


def test_every_link_of_an_item_that_is_there_answers(farm):
    for host in HOSTS:
        items = expected(host)["items"]
        entries = index_links(farm, host)
        assert len(entries) >= 24, host
        for code, found in entries.items():
            if items[code]["status"] in ("pass", "partial"):
                assert found, (host, code)
                for link in found:
                    assert follow(farm, link)[0] == 200, (host, code, link)


@pytest.mark.skipif(not CHROMIUM.exists() or not shutil.which("chromium"), reason="needs Debian's chromium")
@pytest.mark.parametrize("url, seen", [
    ("https://www.khuanlang.go.th/ita/2569", ["ตัวชี้วัดย่อยที่ 10.2", "O26", "คณะผู้บริหาร"]),
    ("https://www.khuanlang.go.th/ita/2569/o11", ["ไตรมาสที่ 1 ปีงบประมาณ 2569", "/uploads/ita2569/O11_procure-q1.pdf"]),
    ("https://www.khuanlang.go.th/about/executives", ["นายอนุชา ทองสุวรรณ", "นายกเทศมนตรีเมืองควนลัง"]),
])
def test_a_browser_sees_what_the_nextjs_script_builds(farm, url, seen):
    dom = subprocess.run([str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--ignore-certificate-errors",
                          f"--proxy-server={farm.proxy_url}", "--virtual-time-budget=5000", "--dump-dom", url],
                         capture_output=True, text=True, timeout=120).stdout
    rendered = dom.split('id="__NEXT_DATA__"')[0]                          # what the script drew, not its data
    for words in seen:
        assert words in rendered, (url, words)
