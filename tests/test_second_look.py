"""A timeout is no evidence yet: an address that did not answer in time is asked once more, with a longer
timeout, after its agency's other pages are done. A server busy for a moment then counts as read; one that never
answers is still broken; a download the agency's time budget cut short is "not fetched", never broken."""
import pytest
import yaml

from farm.server import Farm
from storage import open_db
from tests.conftest import crawl_farm

pytestmark = pytest.mark.slow  # a real crawl with timeouts to wait out

HOST = "www.bansample.go.th"


def statuses(db, run_id) -> dict[str, str]:
    return {r["item"]: r["status"] for r in db["findings"].rows_where("run_id = ? and agency_id = 'bansample'",
                                                                      [run_id])}


@pytest.fixture
def busy_moment(sites_copy, tmp_path):
    """The model site whose O1 page hangs the first time it is asked and whose O2 page never answers."""
    (sites_copy / HOST / "manifest.yaml").write_text(
        yaml.safe_dump({"hang_once": ["/items/o01.html"], "hang": ["/items/o02.html"]}), encoding="utf-8")
    db_path = tmp_path / "oit.db"
    with Farm(sites_copy, hang_seconds=6) as farm:
        run_id = crawl_farm(db_path, farm, ids=["bansample"], timeout=2)
        log = [(host, path) for host, path, _ in farm.stats.log if host == HOST]
    return open_db(db_path), run_id, log


def test_a_page_busy_for_a_moment_is_read_on_the_second_look(busy_moment):
    db, run_id, log = busy_moment
    page = next(db["pages"].rows_where("run_id = ? and url = ?", [run_id, f"http://{HOST}/items/o01.html"]))
    assert page["status"] == 200 and not page["error"]
    assert statuses(db, run_id)["O1"] == "pass"
    asked = [i for i, (_, path) in enumerate(log) if path == "/items/o01.html"]
    assert len(asked) == 2
    # the second look waits for the agency's other pages: nothing but second looks after it
    assert {path for _, path in log[asked[1]:]} <= {"/items/o01.html", "/items/o02.html"}


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
