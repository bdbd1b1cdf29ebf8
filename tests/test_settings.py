import pytest

from oit.settings import DEFAULTS, db_path, load


def test_file_then_environment_override_defaults(tmp_path):
    path = tmp_path / "oit.toml"
    path.write_text('[crawl]\nmax_pages = 120\nrobots = true\n[general]\nyear = 2565\n', encoding="utf-8")
    settings = load(path, env={"OIT_CRAWL_MAX_PAGES": "300", "OIT_CRAWL_ROBOTS": "false", "OIT_DB": "/srv/oit.db"})
    assert settings["crawl"]["max_pages"] == 300 and settings["crawl"]["robots"] is False
    assert settings["general"]["year"] == 2565
    assert settings["crawl"]["per_site"] == DEFAULTS["crawl"]["per_site"]
    assert str(db_path(settings)) == "/srv/oit.db" and str(db_path(settings, "/tmp/x.db")) == "/tmp/x.db"


def test_unknown_keys_and_bad_toml_are_clear_errors(tmp_path):
    path = tmp_path / "oit.toml"
    path.write_text("[crawl]\nmax_page = 1\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="unknown key crawl.max_page"):
        load(path, env={})
    path.write_text("[crawl\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="oit.toml"):
        load(path, env={})


def test_the_example_settings_file_is_complete_and_valid():
    from pathlib import Path
    example = Path(__file__).resolve().parent.parent / "oit.example.toml"
    settings = load(example, env={})
    assert settings["schedule"]["cron"] == "0 1 * * *" and settings["schedule"]["timezone"] == "Asia/Bangkok"
