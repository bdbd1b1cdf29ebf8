"""Hostile sites against the real crawler over loopback: content bombs, tarpits, robots.txt errors and
private-address spellings. Every connection stays on 127.0.0.1: sites are served by a loopback proxy that
records what it was asked for."""
import json
import random
import resource
import time

from crawler.spiders.agency import clean_url, referer_header
from service.runs import run_crawl
from rules.rulebook import load_rulebook
from storage import open_db
from storage.runs import start_run
from tests.hostile import (HostileWeb, docx_bomb, html, run_child, settings, xlsx_empty_rows,
                           xlsx_shared_string_bomb)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def agency(agency_id: str, host: str) -> dict:
    return {"id": agency_id, "name_th": f"อบต.{agency_id}", "url": f"http://{host}/", "province": "", "type": ""}


def register(db, *agencies):
    db["agencies"].upsert_all([dict(a, name_en="", contact_email="", notify_url="") for a in agencies], pk="id")


def pages(db, run_id):
    return {r["url"]: r for r in db.query("SELECT * FROM pages WHERE run_id = ?", [run_id])}


def test_bombs_and_garbage_cost_only_their_own_page(tmp_path):
    noise = bytes(random.Random(1).getrandbits(8) for _ in range(4000))
    many = "".join(f'<a href="/p/{n}">หน้า {n}</a> ' for n in range(10_000))
    site = {
        "/": (200, "text/html", noise),  # random bytes served as the home page
        "/sitemap.xml": (200, "application/xml", (
            b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
            b"".join(f"<loc>http://www.hostile.go.th{p}</loc>".encode() for p in
                     ("/vt.html", "/links.html", "/bomb.docx", "/strings.xlsx", "/rows.xlsx")) + b"</urlset>")),
        "/vt.html": html("โครงสร้างหน่วยงาน\x0bปีงบประมาณ 2566 <a href='java&#9;script:alert(1)'>O1 โครงสร้าง</a>"
                         "<a href='&#1;javascript:alert(2)'>O2 ผู้บริหาร</a><a href='data:text/html,x'>O3 อำนาจหน้าที่</a>",
                         "ข้อมูล\x0bหน่วยงาน"),
        "/links.html": html(many, "ลิงก์"),
        "/bomb.docx": (200, DOCX, docx_bomb(40)),
        "/strings.xlsx": (200, XLSX, xlsx_shared_string_bomb(40)),
        "/rows.xlsx": (200, XLSX, xlsx_empty_rows()),
    }
    db_path = tmp_path / "oit.db"
    db = open_db(db_path)
    register(db, agency("hostile", "www.hostile.go.th"))
    with HostileWeb({"www.hostile.go.th": site.get}) as web:
        started = time.monotonic()
        run_id = run_crawl(db_path, [agency("hostile", "www.hostile.go.th")], load_rulebook(2566),
                           settings(web.proxy_url, max_pages=30, max_links=500, max_unzipped_bytes=10_000_000))
        took = time.monotonic() - started
    run = db["runs"].get(run_id)
    assert run["state"] == "complete", run["note"]
    state = db["run_agencies"].get((run_id, "hostile"))
    assert state["state"] == "crawled", state  # garbage on the home page is that page's problem only
    got = pages(db, run_id)
    assert got["http://www.hostile.go.th/"]["kind"] == "html"
    vt = got["http://www.hostile.go.th/vt.html"]
    assert "โครงสร้างหน่วยงาน" in vt["text"] and "\x0b" not in vt["text"] + vt["title"]
    assert {link["url"] for link in json.loads(vt["links"])} == {""}  # javascript:/data: lead nowhere
    assert len(json.loads(got["http://www.hostile.go.th/links.html"]["links"])) == 500
    for url in ("/bomb.docx", "/strings.xlsx"):
        page = got["http://www.hostile.go.th" + url]
        assert "unpacks to" in page["error_detail"] and not page["text"], page["error_detail"]
    assert got["http://www.hostile.go.th/rows.xlsx"]["text"] == "top"
    assert db.execute("SELECT count(*) FROM findings WHERE run_id = ?", [run_id]).fetchone()[0] == 43
    assert took < 40
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss < 1024 * 1024  # KB: under 1 GB


def test_a_tarpit_ends_within_the_agency_time_budget_and_nothing_is_missing(tmp_path):
    links = "".join(f'<a href="/items/{n}.html">{t}</a> ' for n, t in
                    enumerate(["โครงสร้าง", "ข้อมูลผู้บริหาร", "อำนาจหน้าที่", "แผนพัฒนาท้องถิ่น", "ข่าวประชาสัมพันธ์",
                               "กระดานถาม-ตอบ", "แผนการจัดซื้อจัดจ้าง", "รายงานผลการดำเนินงาน"]))

    def tarpit(path):
        if path == "/":
            return html(links, "อบต.ทาร์พิท")
        return (*html("ข้อมูล" * 200, "หน้า"), 3.0)  # every other page drips over 3 s

    db_path = tmp_path / "oit.db"
    db = open_db(db_path)
    register(db, agency("tarpit", "www.tarpit.go.th"))
    with HostileWeb({"www.tarpit.go.th": tarpit}) as web:
        started = time.monotonic()
        run_id = run_crawl(db_path, [agency("tarpit", "www.tarpit.go.th")], load_rulebook(2566),
                           settings(web.proxy_url, per_site=1, agency_seconds=2, timeout=10))
        took = time.monotonic() - started
    assert took < 15  # eight 3-second pages one at a time would take 24 s and more
    assert db["run_agencies"].get((run_id, "tarpit"))["timed_out"] == 1
    statuses = {r["item"]: r["status"] for r in db["findings"].rows_where("run_id = ?", [run_id])}
    assert len(statuses) == 43 and "missing" not in statuses.values()
    assert "unchecked" in statuses.values()


def test_robots_txt_answering_5xx_disallows_everything(tmp_path):
    def site(path):
        if path == "/robots.txt":
            return 503, "text/plain", b"busy"
        return html('<a href="/a.html">ITA</a>', "home")

    db_path = tmp_path / "oit.db"
    db = open_db(db_path)
    register(db, agency("busy", "www.busy.go.th"))
    with HostileWeb({"www.busy.go.th": site}) as web:
        run_id = run_crawl(db_path, [agency("busy", "www.busy.go.th")], load_rulebook(2566),
                           settings(web.proxy_url, robots=True))
        asked = [path for _, path in web.asked]
    assert set(asked) == {"/robots.txt"}, asked
    assert pages(db, run_id)["http://www.busy.go.th/"]["error"] == "robots"



def test_a_proxys_unknown_host_is_a_dead_name_not_a_server_saying_disallow(tmp_path):
    """Through a forward proxy a dead domain answers 502 "unknown host" for robots.txt and page alike: that is
    the name failing (dns: gone for everyone), not the site's server asking not to be crawled; a site's own
    503 still disallows everything (above)."""
    db_path = tmp_path / "oit.db"
    db = open_db(db_path)
    register(db, agency("gone", "www.gone.go.th"))
    with HostileWeb({}) as web:  # no route: the proxy answers 502 "unknown host"
        run_id = run_crawl(db_path, [agency("gone", "www.gone.go.th")], load_rulebook(2566),
                           settings(web.proxy_url, robots=True))
        asked = [path for _, path in web.asked]
    assert "/" in asked, asked  # robots.txt did not forbid the page: it was asked for, and failed on its own
    assert pages(db, run_id)["http://www.gone.go.th/"]["error"] == "dns"
    assert db["run_agencies"].get((run_id, "gone"))["state"] == "unreachable"

SPELLINGS = ["http://100.64.0.1/", "http://localhost./admin", "http://[::ffff:127.0.0.1]/", "http://0x7f000001/",
             "http://2130706433/", "http://127.1/", "http://169.254.169.254/latest/meta-data/", "http://[fd00::1]/",
             "http://198.18.0.1/", "http://sub.localhost/"]


def test_private_address_spellings_are_never_asked_for(tmp_path):
    links = "".join(f'<a href="{url}">ลิงก์ {n}</a>' for n, url in enumerate(SPELLINGS))
    db_path = tmp_path / "oit.db"
    db = open_db(db_path)
    target = agency("guard", "www.guard.go.th")
    register(db, target)
    run_id = start_run(db, 2566, "test", 1)
    with HostileWeb({"www.guard.go.th": lambda path: html(links, "home")}) as web:
        child = run_child(db_path, run_id, [target], settings(web.proxy_url, allow_private=False), tmp_path)
        asked = web.hosts_asked()
    assert child.returncode == 0, child.stderr
    assert asked == {"www.guard.go.th"}, asked  # the proxy was never asked for any private spelling
    errors = {r["url"]: r["error"] for r in db.query("SELECT url, error FROM pages WHERE run_id = ? AND depth = 1",
                                                        [run_id])}
    # each spelling recorded refused, under the address it is known by (w3lib 2.6 writes 0x7f000001, 2130706433 and
    # 127.1 as 127.0.0.1, as a browser's URL parser does)
    assert set(errors) == {clean_url(url) for url in SPELLINGS} and set(errors.values()) == {"private"}, errors


REBIND = """
import errno, socket, ipaddress
calls = {"n": 0}
real_gethostbyname, real_getaddrinfo = socket.gethostbyname, socket.getaddrinfo

def answer(name):
    if name.rstrip(".") != "rebind.probe.go.th":
        return None
    calls["n"] += 1  # public to the first question, loopback to every later one: DNS rebinding
    return "93.184.216.34" if calls["n"] == 1 else "127.0.0.1"

def gethostbyname(name):
    return answer(name) or real_gethostbyname(name)

def getaddrinfo(host, *args, **kwargs):
    address = answer(host) if isinstance(host, str) else None
    if address:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, args[0] if args else 0))]
    return real_getaddrinfo(host, *args, **kwargs)

socket.gethostbyname, socket.getaddrinfo = gethostbyname, getaddrinfo
real_connect_ex, real_connect = socket.socket.connect_ex, socket.socket.connect

def leaves_loopback(address):
    try:
        return not ipaddress.ip_address(address[0]).is_loopback
    except (ValueError, TypeError, IndexError):
        return False

def connect_ex(self, address):  # nothing leaves loopback, whatever the code under test does
    if leaves_loopback(address):
        print("REFUSED", address[0], flush=True)
        return errno.ECONNREFUSED
    return real_connect_ex(self, address)

def connect(self, address):
    if leaves_loopback(address):
        print("REFUSED", address[0], flush=True)
        raise ConnectionRefusedError(errno.ECONNREFUSED, "test: outside loopback")
    return real_connect(self, address)

socket.socket.connect_ex, socket.socket.connect = connect_ex, connect
"""


def test_dns_rebinding_cannot_reach_a_private_address(tmp_path):
    with HostileWeb({"rebind.probe.go.th": lambda path: html("secret admin page", "admin")}) as web:
        port = web.httpd.server_address[1]
        target = agency("rebind", f"rebind.probe.go.th:{port}")
        db_path = tmp_path / "oit.db"
        db = open_db(db_path)
        register(db, target)
        run_id = start_run(db, 2566, "test", 1)
        child = run_child(db_path, run_id, [target], settings("", allow_private=False, robots=False), tmp_path,
                          prelude=REBIND)
        asked = list(web.asked)
    assert child.returncode == 0, child.stderr
    assert asked == [], f"the private address was reached: {asked}"
    home = db.execute("SELECT error FROM pages WHERE run_id = ? AND depth = 0", [run_id]).fetchone()
    assert home is not None and home[0] in {"connection", "private"}


def test_a_name_the_resolver_refused_is_named_private_however_twisted_words_the_failure():
    """Twisted's name resolution turns the guard's refusal into a bare "no results for hostname lookup" (which of the
    two reaches the spider depends on which thread asked first: under load, CI saw "dns"): the page's error is
    still "private", what the operator must be told, never a name that does not resolve."""
    from scrapy import Request
    from twisted.internet.error import DNSLookupError
    from twisted.python.failure import Failure

    from crawler.middlewares import REFUSED_NAMES
    from crawler.spiders.agency import error_kind

    def failed(url: str) -> Failure:
        failure = Failure(DNSLookupError(f"no results for hostname lookup: {url.split('/')[2]}"))
        failure.request = Request(url)
        return failure

    REFUSED_NAMES["rebound.probe.go.th"] = "private address refused: rebound.probe.go.th resolves to 127.0.0.1"
    try:
        assert error_kind(failed("http://REBOUND.probe.go.th./"))[0] == "private"
        assert error_kind(failed("http://gone.probe.go.th/"))[0] == "dns"   # a name that does not resolve
    finally:
        REFUSED_NAMES.pop("rebound.probe.go.th")


def test_each_page_is_asked_for_with_the_page_that_links_it_as_referer(tmp_path):
    """Scrapy's Referer middleware is off (crawler/settings.py): the spider names the linking page itself, as a
    browser would — never the page whose answer happened to release the request, never an https page's address
    to an http one."""
    def site(path):
        links = {"/": '<a href="/a.html">ก</a> <a href="/b.html">ข</a> <a href="http://www.other.go.th/">ค</a>',
                 "/a.html": '<a href="/c.html">ง</a>', "/b.html": '<a href="/d.html">จ</a>'}
        return html(links.get(path, "ข้อมูล"), "หน้า") if path in links or path.endswith(".html") else None

    db_path = tmp_path / "oit.db"
    db = open_db(db_path)
    register(db, agency("ref", "www.ref.go.th"))
    with HostileWeb({"www.ref.go.th": site, "www.other.go.th": site}) as web:
        run_crawl(db_path, [agency("ref", "www.ref.go.th")], load_rulebook(2566), settings(web.proxy_url))
    asked = web.referers
    assert asked[("www.ref.go.th", "/")] == ""
    assert asked[("www.ref.go.th", "/a.html")] == asked[("www.ref.go.th", "/b.html")] == "http://www.ref.go.th/"
    assert asked[("www.ref.go.th", "/c.html")] == "http://www.ref.go.th/a.html"
    assert asked[("www.ref.go.th", "/d.html")] == "http://www.ref.go.th/b.html"
    assert asked[("www.other.go.th", "/")] == "http://www.ref.go.th/"  # an outbound check names its page too
    assert referer_header("https://www.ref.go.th/a#top", "http://www.other.go.th/") == {}
    assert referer_header("https://www.ref.go.th/a#top", "https://www.ref.go.th/b") == {"Referer": "https://www.ref.go.th/a"}
