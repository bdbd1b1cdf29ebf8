"""Errors that help: a message and a non-zero exit for a wrong id, run, item or database; never a traceback."""
import pytest
from click.testing import CliRunner

from oit.cli import main
from tests.conftest import FARM_REGISTRY


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_a_wrong_agency_id_names_close_ones(crawled):
    for command in (["report", "--agency", "huaisay"], ["history", "--agency", "huaisay"],
                    ["findings", "--agency", "huaisay"], ["export", "itas", "--agency", "huaisay"]):
        result = run("--db", str(crawled.db_path), *command)
        assert result.exit_code == 1, command
        assert "no agency with id 'huaisay'" in result.output and "did you mean: huaisai" in result.output
        assert "Traceback" not in result.output and isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("args, says", [
    (["findings", "--run", "99"], "no run 99"),
    (["scores", "--run", "99"], "no run 99 (runs 1–1; see `oit runs`)"),
    (["findings", "--run", "abc"], "--run takes a run number or 'latest'"),
    (["findings", "--item", "O99"], "no item O99 in run 1's rulebooks (O1–O43)"),
    (["history", "--agency", "huaisai", "--item", "O99"], "did you mean: O9"),
    (["findings", "--province", "นครราชสีมาา"], "did you mean: นครราชสีมา"),
    (["diff", "--from", "1", "--to", "7"], "no run 7"),
])
def test_unknown_runs_items_and_provinces_fail_with_a_message(crawled, args, says):
    result = run("--db", str(crawled.db_path), *args)
    assert result.exit_code == 1 and says in result.output, result.output


def test_a_mistyped_db_is_not_created_except_by_commands_that_fill_one(tmp_path, crawled):
    typo = tmp_path / "oti.db"
    for command in (["findings"], ["agencies", "list"], ["report", "--agency", "x"], ["serve"], ["runs"], ["diff"]):
        result = run("--db", str(typo), *command)
        assert result.exit_code == 1 and "the database file does not exist" in result.output, command
        assert not typo.exists()
    created = run("--db", str(typo), "agencies", "import", str(crawled.db_path.parent.parent.parent / "x.csv"))
    assert created.exit_code == 2 and not typo.exists()  # a registry that does not exist creates nothing either
    imported = run("--db", str(typo), "agencies", "import", str(FARM_REGISTRY))
    assert imported.exit_code == 0 and typo.exists()  # import fills a new database: it may create one


def test_db_is_accepted_after_the_sub_command(crawled):
    before = run("--db", str(crawled.db_path), "scores")
    after = run("scores", "--db", str(crawled.db_path))
    nested = run("agencies", "list", "--db", str(crawled.db_path), "--search", "huaisai")
    assert before.exit_code == after.exit_code == nested.exit_code == 0
    assert after.output == before.output and "huaisai" in nested.output


def test_a_year_in_the_common_era_is_refused_with_the_buddhist_year(crawled):
    result = run("--db", str(crawled.db_path), "crawl", "--year", "2023")
    assert result.exit_code == 2 and "years are B.E." in result.output and "use 2566" in result.output
    assert run("--db", str(crawled.db_path), "evaluate", "--year", "66").exit_code == 2
