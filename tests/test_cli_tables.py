"""The terminal as people read it: Thai columns aligned by display width, item titles, and crawl progress as a
bar on a terminal or as periodic log lines under cron."""
import io
import re

from click.testing import CliRunner
from wcwidth import wcswidth

from service.runs import run_crawl
from farm.server import Farm
from oit.cli import main
from oit.progress import CrawlProgress
from rules.rulebook import load_rulebook
from storage import open_db
from storage.agencies import import_agencies, list_agencies
from tests.conftest import FARM_REGISTRY, crawl_settings

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def test_thai_columns_line_up_by_display_width(crawled):
    out = CliRunner().invoke(main, ["--db", str(crawled.db_path), "agencies", "list"]).stdout
    rows = [line for line in out.splitlines()[2:] if "http" in line]
    assert len(rows) >= 9 and any("ำ" in r or "ั" in r for r in rows)  # names with marks that take no column
    assert len({wcswidth(r[:r.index("http")]) for r in rows}) == 1  # the URL column starts at one display column
    assert len({len(r[:r.index("http")]) for r in rows}) > 1  # …which counting characters would get wrong
    scores = CliRunner().invoke(main, ["--db", str(crawled.db_path), "scores"]).stdout.splitlines()[3:]
    assert len({wcswidth(line[:line.rindex(" ") + 1]) for line in scores}) == 1  # the verdict column starts in line


def test_findings_and_summary_show_item_titles(crawled):
    found = CliRunner().invoke(main, ["--db", str(crawled.db_path), "findings", "--agency", "nongyang", "--item", "O8"])
    assert "Q&A" in found.stdout and "ข้อมูล" in found.stdout.splitlines()[0]
    summary = CliRunner().invoke(main, ["--db", str(crawled.db_path), "summary", "--worst", "43"]).stdout
    assert "แผนปฏิบัติการป้องกันการทุจริต" in summary


def test_a_crawl_under_cron_logs_a_progress_line_now_and_then_and_skips_dead_sites(tmp_path):
    registry = tmp_path / "reg.csv"
    lines = FARM_REGISTRY.read_text(encoding="utf-8").splitlines()
    keep = [line for line in lines[1:] if line.startswith(("bansample,", "maetha,"))]
    registry.write_text("\n".join([lines[0] + ",status"] + [line + (",offline" if line.startswith("maetha,") else ",")
                                                              for line in keep]) + "\n", encoding="utf-8")
    with Farm() as farm:
        result = CliRunner().invoke(main, ["--db", str(tmp_path / "oit.db"), "crawl", "--agencies", str(registry),
                                           "--year", "2566", "--proxy", farm.proxy_url, "--allow-private",
                                           "--max-pages", "30", "--progress-every", "0.5"])
    assert result.exit_code == 0, result.output
    assert "skipping 1 agencies the registry marks dead (offline 1)" in result.stderr
    progress = [line for line in result.stdout.splitlines() if " · หน้า/pages " in line]
    assert len(progress) >= 2, result.stdout  # a line every half second, and the last one
    assert re.search(r"run 1: หน่วยงาน/agencies 1/1 · หน้า/pages \d+ \(\d+\.\d/s\) · ผิดพลาด/errors \d+ · "
                     r"เหลือ/ETA \S.* · www\.bansample\.go\.th$", progress[-1])
    assert "\x1b[" not in result.stdout  # no terminal codes in a log
    db = open_db(tmp_path / "oit.db")
    assert [r["agency_id"] for r in db["run_agencies"].rows] == ["bansample"]
    assert db["agencies"].get("maetha")["status"] == "offline"  # listed all the same


def test_a_crawl_on_a_terminal_shows_a_bar_with_rate_eta_and_the_site(tmp_path):
    db_path = tmp_path / "oit.db"
    db = open_db(db_path)
    import_agencies(db, FARM_REGISTRY)
    screen = io.StringIO()
    with Farm() as farm, CrawlProgress(db_path, 1, stream=screen, tty=True, poll=0.1):
        run_crawl(db_path, list_agencies(db, ["bansample"]), load_rulebook(2566), crawl_settings(farm, max_pages=20))
    shown = ANSI.sub("", screen.getvalue())
    last = shown.split("\r")[-1]  # the bar as it was left on the screen
    assert "━" in last and re.search(r"1/1 หน่วยงาน \d+ หน้า \d+\.\d/s เหลือ \S+ www\.bansample\.go\.th", last), last
