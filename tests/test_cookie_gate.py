"""A site that sets a session cookie and redirects to the same address until the cookie comes back is read as a
browser reads it: each agency's crawl keeps its own cookie jar. Without one, every page was a redirect loop and
the site's items were reported broken. The crawl is real (farm over loopback)."""
import pytest
import yaml

from farm.server import Farm
from storage import open_db
from tests.conftest import crawl_farm

pytestmark = pytest.mark.slow  # a real crawl of the model site

HOST = "www.bansample.go.th"


def test_a_site_behind_a_session_cookie_gate_is_read_as_a_browser_reads_it(sites_copy, tmp_path):
    (sites_copy / HOST / "manifest.yaml").write_text(yaml.safe_dump({"cookie_gate": True}), encoding="utf-8")
    db_path = tmp_path / "oit.db"
    with Farm(sites_copy, hang_seconds=4) as farm:
        run_id = crawl_farm(db_path, farm, ids=["bansample"])
    db = open_db(db_path)
    pages = list(db["pages"].rows_where("run_id = ? and agency_id = 'bansample'", [run_id]))
    assert not [p["url"] for p in pages if p["error"] == "redirect_loop"]
    statuses = [r["status"] for r in db["findings"].rows_where("run_id = ? and agency_id = 'bansample'", [run_id])]
    assert statuses.count("pass") >= 40 and not {"missing", "broken"} & set(statuses)
