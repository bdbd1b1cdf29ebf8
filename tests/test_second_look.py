"""A failure of the moment is no evidence yet: an address that did not answer in time is asked once more at once
(its timeout was its wait); one refused, or answered with a server error or "too many requests", once no other
link of its agency waits. A server busy for a moment then counts as read; one that never answers is still broken;
a site that keeps saying "too many requests" leaves the page unread (unchecked); a download the agency's time
budget cut short is "not fetched", never broken."""
import shutil

import pytest
import yaml

from farm.server import SITES_DIR, Farm
from storage import open_db
from tests.conftest import crawl_farm

pytestmark = pytest.mark.slow  # a real crawl with timeouts to wait out

HOST = "www.bansample.go.th"


def statuses(db, run_id) -> dict[str, str]:
    return {r["item"]: r["status"] for r in db["findings"].rows_where("run_id = ? and agency_id = 'bansample'",
                                                                      [run_id])}


@pytest.fixture(scope="module")
def busy_moment(tmp_path_factory):
    """The model site whose O1 page hangs the first time it is asked and whose O2 page never answers; O3's
    document fails with a 503 and O4's page with a 429 once; O5's page always says 429."""
    manifest = {"hang_once": ["/items/o01.html"], "hang": ["/items/o02.html"],
                "fail_once": {"/docs/o03.pdf": 503, "/items/o04.html": 429}, "status": {"/items/o05.html": 429}}
    sites = tmp_path_factory.mktemp("busy") / "sites"
    shutil.copytree(SITES_DIR, sites)
    (sites / HOST / "manifest.yaml").write_text(yaml.safe_dump(manifest), encoding="utf-8")
    db_path = sites.parent / "oit.db"
    with Farm(sites, hang_seconds=6) as farm:
        run_id = crawl_farm(db_path, farm, ids=["bansample"], timeout=2)
        log = [(host, path) for host, path, _ in farm.stats.log if host == HOST]
    return open_db(db_path), run_id, log


def test_a_page_busy_for_a_moment_is_read_on_the_second_look(busy_moment):
    db, run_id, log = busy_moment
    page = next(db["pages"].rows_where("run_id = ? and url = ?", [run_id, f"http://{HOST}/items/o01.html"]))
    assert page["status"] == 200 and not page["error"]
    assert statuses(db, run_id)["O1"] == "pass"
    assert [path for _, path in log].count("/items/o01.html") == 2  # a timeout already waited: asked again at once


def test_a_server_error_or_too_many_requests_of_a_moment_is_asked_again_later(busy_moment):
    db, run_id, log = busy_moment
    found = statuses(db, run_id)
    assert found["O3"] == "pass" and found["O4"] == "pass"
    paths = [path for _, path in log]
    asked = [i for i, path in enumerate(paths) if path == "/docs/o03.pdf"]
    assert len(asked) == 2 and paths.count("/items/o04.html") == 2
    # the second look waits until no other link of the agency does: after it, only second looks, what they
    # lead to, and the last pages that were in flight
    second_looks = {"/items/o01.html", "/items/o02.html", "/docs/o03.pdf", "/items/o04.html", "/items/o05.html"}
    later = [path for path in paths[asked[1]:] if path not in second_looks and not path.startswith("/docs/o04")]
    assert len(later) <= 4 and asked[1] > len(paths) / 2


def test_a_site_that_keeps_saying_too_many_requests_leaves_the_page_unchecked(busy_moment):
    db, run_id, log = busy_moment
    finding = next(db["findings"].rows_where("run_id = ? and agency_id = 'bansample' and item = 'O5'", [run_id]))
    assert finding["status"] == "unchecked" and finding["reason_code"] == "coverage.rate_limited"
    assert [path for _, path in log].count("/items/o05.html") == 2


def test_a_page_that_never_answers_is_still_broken_after_its_second_look(busy_moment):
    db, run_id, log = busy_moment
    page = next(db["pages"].rows_where("run_id = ? and url = ?", [run_id, f"http://{HOST}/items/o02.html"]))
    assert page["error"] == "timeout"
    assert statuses(db, run_id)["O2"] == "broken"
    assert [path for _, path in log].count("/items/o02.html") == 2  # asked twice, never three times


def test_a_download_cut_short_by_the_time_budget_is_not_fetched_not_broken(sites_copy, tmp_path):
    (sites_copy / HOST / "manifest.yaml").write_text(yaml.safe_dump({"hang": ["/items/"]}), encoding="utf-8")
    db_path = tmp_path / "oit.db"
    with Farm(sites_copy, hang_seconds=10) as farm:
        run_id = crawl_farm(db_path, farm, ids=["bansample"], timeout=5, agency_seconds=3)
    db = open_db(db_path)
    outcome = next(db["run_agencies"].rows_where("run_id = ? and agency_id = 'bansample'", [run_id]))
    assert outcome["timed_out"] == 1
    pages = list(db["pages"].rows_where("run_id = ? and url like ?", [run_id, f"http://{HOST}/items/%"]))
    assert not [p["url"] for p in pages if p["error"] == "timeout"]  # the budget's cut is not the site's timeout
    found = statuses(db, run_id)
    assert not [item for item, status in found.items() if status in {"missing", "broken"}]


def test_an_ita_index_that_fails_twice_leaves_its_items_unchecked_never_missing(sites_copy, tmp_path):
    """On a busy night the index itself may time out on both looks: what it would have shown was not read."""
    (sites_copy / HOST / "manifest.yaml").write_text(yaml.safe_dump({"hang": ["/ita/"]}), encoding="utf-8")
    db_path = tmp_path / "oit.db"
    with Farm(sites_copy, hang_seconds=6) as farm:
        run_id = crawl_farm(db_path, farm, ids=["bansample"], timeout=2)
    db = open_db(db_path)
    found = {r["item"]: r for r in db["findings"].rows_where("run_id = ? and agency_id = 'bansample'", [run_id])}
    assert not [item for item, f in found.items() if f["status"] in {"missing", "broken"}]
    assert sum(f["reason_code"] == "coverage.fetch_failed" for f in found.values()) >= 20


def test_a_second_look_at_a_forms_post_has_tries_of_its_own():
    """A form's POST is sent again when it meets a kept-alive connection the server had closed (Twisted resends only
    a GET); its second look is a new click, so the first look's used-up tries must not leave it none."""
    from scrapy import Request

    from crawler.spiders.agency import AgencySpider

    first = Request("http://www.x.go.th/ita/Default.aspx", method="POST", body="__EVENTTARGET=a",
                    meta={"retry_times": 4, "max_retry_times": 4, "agency_id": "x"})
    second = AgencySpider.second_request(first)
    assert second.meta["late_try"] and "retry_times" not in second.meta
    assert second.meta["max_retry_times"] == 4 and second.method == "POST" and second.body == first.body


def test_the_farm_says_each_answer_closes_its_connection():
    """The farm answers in HTTP/1.0 and closes; saying so keeps Twisted from pooling the connection, whose next
    (POST) request would fail for the farm's reason, not the site's (CI saw a form's document judged broken)."""
    import http.client

    with Farm() as farm:
        port = int(farm.proxy_url.rsplit(":", 1)[1])
        for method, body in (("GET", None), ("POST", "__VIEWSTATE=x")):
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            connection.request(method, f"http://{HOST}/", body=body)
            answer = connection.getresponse()
            answer.read()
            assert answer.getheader("Connection") == "close" and len(answer.headers.get_all("Connection")) == 1
            connection.close()
