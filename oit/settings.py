"""Every OIT Watch setting and its default, in one place.

Settings come from, in rising priority: the defaults below, a TOML file (``--config``, ``$OIT_CONFIG`` or
``./oit.toml``), environment variables ``OIT_<SECTION>_<KEY>`` (e.g. ``OIT_CRAWL_MAX_PAGES=200``; ``OIT_DB``
for the database path) and command-line flags. ``oit.example.toml`` documents each key.
"""
from __future__ import annotations

import copy
import os
import sys
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

import platformdirs

DEFAULTS: dict[str, dict[str, Any]] = {
    "general": {
        "db": "",  # empty: <user data dir>/oitwatch.db
        "year": 2566,  # ITA fiscal year (B.E.) whose rulebook is used
        "base_url": "http://127.0.0.1:8000",  # where `oit serve` is reachable, for links in alerts
    },
    "crawl": {
        "max_pages": 250,  # per agency: keeps a typical อบต. site under a few hundred requests
        "max_depth": 4,
        "concurrency": 32,  # across all agencies
        "per_site": 2,  # requests in flight per agency
        "delay": 0.25,  # seconds between requests to one site (also keeps Scrapy's per-site limit honest)
        "timeout": 20,
        "retries": 1,
        "max_doc_bytes": 15_000_000,
        "max_text_chars": 200_000,  # extracted text kept per page
        "max_links": 1000,  # links kept per page (a page of 10,000 links must not fill the database)
        "agency_seconds": 900,  # time budget per agency; items not reached in it are "unchecked"
        "max_unzipped_bytes": 60_000_000,  # DOCX/XLSX larger than this once unzipped are not extracted
        "max_rows": 50_000,  # XLSX rows read per workbook (empty rows count)
        "max_cells": 200_000,  # XLSX cells read per workbook
        "doc_workers": 2,  # worker processes that extract PDF/DOCX/XLSX text off the crawler's thread
        "doc_seconds": 60,  # time limit per document in a worker
        "doc_memory_mb": 768,  # address-space limit of each worker
        "robots": True,
        "autothrottle": True,
        "allow_private": False,
        "proxy": "",
        "user_agent": "OITWatch/{version} (+https://github.com/oit-watch/oit-watch; ITA transparency checks)",
    },
    "schedule": {
        "cron": "0 1 * * *",
        "timezone": "Asia/Bangkok",
        "misfire_grace_hours": 12,
    },
    "alerts": {
        "consecutive_runs": 2,  # an item must fail this many complete runs in a row before it is alerted
        "smtp_host": "",
        "smtp_port": 25,
        "smtp_security": "none",  # none | starttls | ssl
        "smtp_user": "",
        "smtp_password": "",
        "mail_from": "oitwatch@localhost",
        "webhook_url": "",
        "auditor_emails": {},  # province -> e-mail for the per-province digest
    },
    "storage": {
        "keep_page_text_runs": 10,  # page texts older than this many runs are pruned (findings are kept)
    },
}


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir("oitwatch")) / "oitwatch.db"


def _coerce(value: str, like: Any) -> Any:
    if isinstance(like, bool):
        return value.strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(like, int):
        return int(value)
    if isinstance(like, float):
        return float(value)
    return value


def load(path: str | os.PathLike | None = None, env: dict[str, str] | None = None) -> dict[str, dict[str, Any]]:
    """Return the merged settings: defaults, then the TOML file, then ``OIT_*`` environment variables."""
    env = os.environ if env is None else env
    settings = copy.deepcopy(DEFAULTS)
    path = path or env.get("OIT_CONFIG") or ("oit.toml" if Path("oit.toml").exists() else None)
    if path:
        try:
            with open(path, "rb") as fh:
                data = tomllib.load(fh)
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise SystemExit(f"settings file {path}: {exc}") from exc
        for section, values in data.items():
            if section not in settings or not isinstance(values, dict):
                raise SystemExit(f"settings file {path}: unknown section [{section}]")
            for key, value in values.items():
                if key not in settings[section]:
                    raise SystemExit(f"settings file {path}: unknown key {section}.{key}")
                settings[section][key] = value
    for section, values in settings.items():
        for key, default in values.items():
            name = f"OIT_{section}_{key}".upper()
            if name in env and not isinstance(default, dict):
                settings[section][key] = _coerce(env[name], default)
    if env.get("OIT_DB"):
        settings["general"]["db"] = env["OIT_DB"]
    return settings


def db_path(settings: dict, override: str | None = None) -> Path:
    return Path(override or settings["general"]["db"] or default_db_path())
