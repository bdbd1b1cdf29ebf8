"""Every OIT Watch setting and its default, in one place.

Settings come from, in rising priority: the defaults below, a TOML file (``--config``, ``$OIT_CONFIG`` or
``./oit.toml``), environment variables ``OIT_<SECTION>_<KEY>`` (e.g. ``OIT_CRAWL_MAX_PAGES=200``; ``OIT_DB``
for the database path) and command-line flags. ``oit.example.toml`` documents each key; :class:`Settings`
gives each its type and range (pydantic), and a bad value stops the command with a message naming it.
"""
from __future__ import annotations

import copy
import os
import sys
from pathlib import Path
from typing import Annotated, Any, Literal

import tomllib

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, StrictBool, ValidationError, field_validator

DEFAULTS: dict[str, dict[str, Any]] = {
    "general": {
        "db": "",  # empty: <user data dir>/oitwatch.db
        "year": 0,  # ITA fiscal year (B.E.) whose rulebooks judge; 0: today's fiscal year if a rulebook exists, else the newest verified
        "base_url": "http://127.0.0.1:8000",  # where `oit serve` is reachable, for links in alerts
    },
    "crawl": {
        "max_pages": 250,  # per agency: keeps a typical อบต. site under a few hundred requests
        "max_depth": 4,
        "concurrency": 128,  # requests in flight across all agencies (measured: benchmarks/night.py, BENCHMARKS.md)
        "per_site": 2,  # requests in flight per agency
        "outside_pages": 40,  # pages read per agency on outside publishing hosts (Google Sites, published Docs)
        "outside_documents": 60,  # documents read per agency that it links on outside file hosts (S3, a vendor's CDN):
        # a vendor keeping every upload on its CDN puts all of an OIT index's files there (26 items, 1-4 files each)
        # entries of shared Drive folders opened per agency (crawler/folders.py); every one is a request to
        # drive.google.com at its one rate for all agencies: 0 judges folders by their listing alone
        "folder_opens": 100,
        # forms sent per agency to move around as a person does (ASP.NET postbacks: year tabs, a grid's pages, a
        # LinkButton answering a document; POST filters: a year, a category); never one that writes (crawler/clicks.py)
        "form_submits": 120,
        # seconds between requests to one outside publishing host (Google Sites, published Docs: Google's front
        # ends), for all agencies together: 4 a second, the pace each agency's own slot and every outbound check
        # already keep; at 1 s the ~25,600 Google Sites pages of a national night alone took 7.1 h (BENCHMARKS.md)
        "outside_delay": 0.25,
        "outside_concurrency": 2,  # requests in flight to one outside publishing host, for all agencies together
        "agencies_at_once": 0,  # the most agencies crawled at the same time (more start while request slots are idle); 0: 2 × concurrency
        "delay": 0.25,  # seconds between requests to one site (also keeps Scrapy's per-site limit honest)
        "timeout": 20,
        "retries": 1,  # immediate retries of robots.txt; a page or check that fails for the moment gets one later look
        "max_doc_bytes": 15_000_000,
        "max_text_chars": 200_000,  # extracted text kept per page
        "max_links": 1000,  # links kept per page (a page of 10,000 links must not fill the database)
        "agency_seconds": 900,  # time budget per agency; items not reached in it are "unchecked"
        "evaluate_seconds": 300,  # time budget for judging one agency; items not judged in it are "unchecked"
        "max_unzipped_bytes": 60_000_000,  # DOCX/XLSX larger than this once unzipped are not extracted
        "max_rows": 50_000,  # XLSX rows read per workbook (empty rows count)
        "max_cells": 200_000,  # XLSX cells read per workbook
        "doc_workers": 2,  # worker processes that extract PDF/DOCX/XLSX text off the crawler's thread
        "doc_seconds": 60,  # time limit per document in a worker
        "doc_memory_mb": 384,  # address-space limit of each worker (two of them and the crawler stay under 1 GB)
        "ocr": True,  # read scanned PDFs and photographed documents with Tesseract's Thai model, when installed
        "ocr_doc_pages": 20,  # scanned pages read by OCR per document
        "ocr_run_pages": 3000,  # scanned pages read by OCR per run (a few seconds each)
        "picture_reads": 60,  # pictures an agency's pages are read from by OCR (buttons, image maps, headings as images)
        "archive": True,  # every response kept in WARC files beside the database (crawler/archive.py): evidence that lasts
        "archive_dir": "",  # empty: <database>.warc/
        "archive_file_mb": 100,  # a WARC file is closed and the next begun past this size
        "render": True,  # pages built by JavaScript are rendered in a browser (Chromium), when one is installed
        "render_browser": "/usr/bin/chromium",  # Debian's Chromium (apt-get install chromium); never a downloaded one
        "render_agency_pages": 40,  # script-built pages rendered per agency; the rest are "unchecked"
        "render_run_pages": 4000,  # script-built pages rendered per crawl (a night)
        "render_seconds": 20,  # time limit of one render (page, scripts and the data they fetch)
        "render_at_once": 2,  # pages rendered at the same time (one browser; ~a context each)
        "cache": True,  # documents read once: conditional requests (304) and reuse of unchanged documents' text
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
        "unverified_rulebooks": False,  # alert agencies also on verdicts of an unverified rulebook (indicative only)
        "allow_private": False,  # alert channels may reach loopback/private addresses (tests, a local relay)
        "send_seconds": 60,  # the most one message may take to send, all of it: a dribbling peer is cut off
    },
    "distributed": {  # `oit crawl --distributed` and `oit worker` (README: "Past one machine")
        "redis_url": "redis://127.0.0.1:6379/0",  # the Redis that carries agencies to workers and their pages back
        "worker_agencies": 0,  # agencies one `oit worker` takes from the queue at once; 0: crawl.concurrency / crawl.per_site
        "deadline_hours": 12,  # a distributed run not finished by then ends incomplete (workers gone)
        "secret": "",  # shared by the coordinator and its workers (not through Redis): results are signed with it
    },
    "storage": {
        "keep_page_text_runs": 10,  # page texts older than this many runs are pruned (findings are kept)
        "keep_archive_runs": 60,  # WARC captures of this many newest runs are kept by `oit archive prune` (about two months)
    },
    "registry": {
        "outside_go_th": "warn",  # agencies whose site is not under .go.th: warn (import them) | allow | skip
        "crawl_dead": False,  # crawl agencies whose registry status says the site is dead (offline, expired, hacked…)
    },
}


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir("oitwatch")) / "oitwatch.db"


# -- validation: every setting has a type and a range ------------------------------------------------
Positive = Annotated[int, Field(gt=0)]
NonNegative = Annotated[int, Field(ge=0)]
OneLine = Annotated[str, Field(pattern=r"^[^\r\n]*$")]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class General(_Section):
    db: str
    year: Annotated[int, Field(ge=0, le=2700)]  # 0: today's fiscal year (rules.families.default_year)

    @field_validator("year")
    @classmethod
    def _year_is_be(cls, value: int) -> int:
        if value and not 2560 <= value <= 2700:
            raise ValueError("must be 0 (today's fiscal year) or a B.E. year from 2560, such as 2569")
        return value
    base_url: Annotated[str, Field(pattern=r"^https?://[^\s]+$")]


class Crawl(_Section):
    max_pages: Positive
    max_depth: NonNegative
    concurrency: Positive
    per_site: Positive
    outside_pages: NonNegative
    outside_documents: NonNegative
    folder_opens: NonNegative
    form_submits: NonNegative
    outside_delay: Annotated[float, Field(ge=0, le=60)]
    outside_concurrency: Positive
    agencies_at_once: NonNegative
    delay: Annotated[float, Field(ge=0, le=60)]
    timeout: Annotated[float, Field(gt=0, le=600)]
    retries: Annotated[int, Field(ge=0, le=10)]
    max_doc_bytes: Positive
    max_text_chars: Positive
    max_links: Positive
    agency_seconds: Annotated[float, Field(gt=0)]
    evaluate_seconds: Annotated[float, Field(gt=0)]
    max_unzipped_bytes: Positive
    max_rows: Positive
    max_cells: Positive
    doc_workers: Annotated[int, Field(ge=1, le=64)]
    doc_seconds: Annotated[float, Field(gt=0)]
    doc_memory_mb: Annotated[int, Field(ge=128)]
    ocr: StrictBool
    ocr_doc_pages: NonNegative
    ocr_run_pages: NonNegative
    picture_reads: NonNegative
    archive: StrictBool
    archive_dir: OneLine
    archive_file_mb: Positive
    render: StrictBool
    render_browser: OneLine
    render_agency_pages: NonNegative
    render_run_pages: NonNegative
    render_seconds: Annotated[float, Field(gt=0, le=300)]
    render_at_once: Annotated[int, Field(ge=1, le=16)]
    cache: StrictBool
    robots: StrictBool
    autothrottle: StrictBool
    allow_private: StrictBool
    proxy: Annotated[str, Field(pattern=r"^(|https?://[^\s]+)$")]
    user_agent: OneLine
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] = "ERROR"

    @field_validator("user_agent")
    @classmethod
    def _has_version_slot_only(cls, value: str) -> str:
        try:
            value.format(version="0")
        except (KeyError, IndexError, ValueError) as exc:
            raise ValueError(f"only {{version}} may appear in braces ({exc})") from None
        return value


class Schedule(_Section):
    cron: str
    timezone: str
    misfire_grace_hours: Annotated[float, Field(ge=0)]

    @field_validator("cron")
    @classmethod
    def _cron(cls, value: str) -> str:
        from apscheduler.triggers.cron import CronTrigger
        try:
            CronTrigger.from_crontab(value)
        except ValueError as exc:
            raise ValueError(f"not a cron expression: {exc}") from None
        return value

    @field_validator("timezone")
    @classmethod
    def _timezone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}") from None
        return value


class Alerts(_Section):
    consecutive_runs: Positive
    smtp_host: OneLine
    smtp_port: Annotated[int, Field(ge=1, le=65535)]
    smtp_security: Literal["none", "starttls", "ssl"]
    smtp_user: OneLine
    smtp_password: str
    mail_from: OneLine
    webhook_url: Annotated[str, Field(pattern=r"^(|https?://[^\s]+)$")]
    auditor_emails: dict[str, OneLine]
    unverified_rulebooks: StrictBool
    allow_private: StrictBool
    send_seconds: Annotated[float, Field(gt=0, le=600)]


class Distributed(_Section):
    redis_url: Annotated[str, Field(pattern=r"^(redis|rediss|unix)://[^\s]+$")]
    worker_agencies: NonNegative
    secret: str
    deadline_hours: Annotated[float, Field(gt=0)]


class Storage(_Section):
    keep_page_text_runs: Positive
    keep_archive_runs: Positive


class Registry(_Section):
    outside_go_th: Literal["warn", "allow", "skip"]
    crawl_dead: bool


class Settings(_Section):
    general: General
    crawl: Crawl
    schedule: Schedule
    alerts: Alerts
    distributed: Distributed
    storage: Storage
    registry: Registry


def _coerce(value: str, like: Any) -> Any:
    """An environment variable's text, as the type of the setting's default (validation judges it next)."""
    text = value.strip()
    if isinstance(like, bool):
        lowered = text.lower()
        if lowered in {"1", "true", "yes", "on"}:
            return True
        if lowered in {"0", "false", "no", "off", ""}:
            return False
        return value  # not a boolean: validation reports it
    if isinstance(like, (int, float)):
        return text  # pydantic parses "300" and refuses "abc" with a clear message
    return value


def validate(settings: dict, sources: dict[tuple[str, str], str] | None = None) -> dict:
    """``settings`` checked against :class:`Settings`, with types made exact; a bad value exits with a
    message naming the key, what is wrong and where the value came from."""
    try:
        return Settings.model_validate(settings).model_dump()
    except ValidationError as exc:
        lines = []
        for error in exc.errors():
            location = tuple(str(part) for part in error["loc"])
            key = ".".join(location)
            source = (sources or {}).get(location[:2], "")
            value = error.get("input")
            shown = "" if isinstance(value, dict) else f" (got {value!r})"
            lines.append(f"  {key}: {error['msg']}{shown}{' — from ' + source if source else ''}")
        raise SystemExit("invalid settings:\n" + "\n".join(lines)) from None


def load(path: str | os.PathLike | None = None, env: dict[str, str] | None = None) -> dict[str, dict[str, Any]]:
    """Return the merged, validated settings: defaults, then the TOML file, then ``OIT_*`` environment variables.

    A value of the wrong type or out of range (``max_pages = "lots"``, ``OIT_CRAWL_MAX_PAGES=abc``, a negative
    timeout, ``smtp_security = "maybe"``) exits with a message naming the key and where it came from.
    """
    env = os.environ if env is None else env
    settings = copy.deepcopy(DEFAULTS)
    sources: dict[tuple[str, str], str] = {}
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
                sources[(section, key)] = f"settings file {path}"
    for section, values in settings.items():
        for key, default in values.items():
            name = f"OIT_{section}_{key}".upper()
            if name in env and not isinstance(default, dict):
                settings[section][key] = _coerce(env[name], DEFAULTS[section][key])
                sources[(section, key)] = f"environment variable {name}"
    if env.get("OIT_DB"):
        settings["general"]["db"] = env["OIT_DB"]
        sources[("general", "db")] = "environment variable OIT_DB"
    for problem in unknown_variables(env):
        print(f"warning: {problem}", file=sys.stderr)
    return validate(settings, sources)


def unknown_variables(env: dict[str, str]) -> list[str]:
    """``OIT_*`` environment variables that name no setting (a typo would otherwise be ignored in silence), each
    with the nearest real name."""
    import difflib
    known = {f"OIT_{section}_{key}".upper() for section, values in DEFAULTS.items() for key in values
             if not isinstance(values[key], dict)} | {"OIT_DB", "OIT_CONFIG"}
    problems = []
    for name in sorted(n for n in env if n.upper().startswith("OIT_") and n.upper() not in known):
        near = difflib.get_close_matches(name.upper(), sorted(known), n=1, cutoff=0.6)
        problems.append(f"unknown environment variable {name} (ignored)" + (f"; did you mean {near[0]}?" if near else ""))
    return problems


def db_path(settings: dict, override: str | None = None) -> Path:
    return Path(override or settings["general"]["db"] or default_db_path())
