"""The run service: one run over a registry — recorded, crawled by a pluggable back-end, each agency judged as
soon as the back-end has stored it, and marked ``complete`` or ``incomplete`` — for the command line, the
nightly schedule and the demo alike.

Back-ends (``crawler/``): :class:`crawler.runner.LocalCrawl`, a Scrapy crawl in a child process of this machine
(the default), and :class:`crawler.distributed.coordinator.DramatiqCrawl`, agencies queued for ``oit worker``
processes over Redis. A back-end has ``check(crawl)`` (raises :class:`CrawlError` before anything is recorded)
and ``session(...)``, whose ``stored()`` yields each agency id once its pages are stored, ``failed(exc)`` and
``close()``, and whose ``crawled`` and ``note`` say how the crawl ended.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator, Protocol

import sqlite_utils

from crawler.runner import CrawlError, LocalCrawl
from rules.families import RulebookSet
from rules.rulebook import Rulebook
from service.judge import RunEvaluation
from storage import open_db
from storage.runs import crawl_lock, start_run

__all__ = ["CrawlBackend", "CrawlError", "backend_for", "run_crawl", "run_distributed"]


class CrawlSession(Protocol):
    crawled: bool  # the crawl reached its end (every agency crawled, or said why not)
    note: str  # what the run's note says about the crawl

    def stored(self) -> Iterator[str]: ...

    def failed(self, exc: BaseException) -> None: ...

    def close(self) -> None: ...


class CrawlBackend(Protocol):
    def check(self, crawl: dict) -> None: ...

    def session(self, db: sqlite_utils.Database, db_path: str, run_id: int, agencies: list[dict],
                rulebook: Rulebook | RulebookSet, crawl: dict, lock_fd: int) -> CrawlSession: ...


def run_crawl(db_path: str | Path, agencies: list[dict], rulebook: Rulebook | RulebookSet, crawl: dict,
              backend: CrawlBackend | None = None) -> int:
    """Crawl ``agencies`` into the database at ``db_path`` with ``backend`` (default: a child process of this
    machine), judge them with ``rulebook``, and return the run id.

    Each agency is judged as soon as the back-end has stored it, in this process while the crawl goes on: the
    machine's second core. The run ends ``complete`` only when it was crawled, stored and every agency
    evaluated: a crawl that died, was interrupted or could not store its pages, or an evaluation that did not
    finish, leaves it ``incomplete`` with a note (a run killed while evaluating stays ``evaluating`` until the
    next crawl marks it ``incomplete``). What was fetched is kept either way. The database's crawl lock is held
    throughout, so no other crawl can start while this one may still be writing.
    """
    backend = backend or LocalCrawl()
    if not agencies:
        raise CrawlError("no agencies to crawl: import a registry first (oit agencies import FILE.csv)")
    backend.check(crawl)
    db_path = str(db_path)
    db = open_db(db_path)
    agency_ids = [a["id"] for a in agencies]
    with crawl_lock(db_path) as lock_fd:
        run_id = start_run(db, rulebook.year, rulebook.version, len(agencies))
        evaluation = RunEvaluation(db, run_id, rulebook, float(crawl.get("evaluate_seconds") or 0))
        session = backend.session(db, db_path, run_id, agencies, rulebook, crawl, lock_fd)
        try:
            for agency_id in session.stored():  # judged while the crawl goes on
                evaluation.agency_done(agency_id)
        except BaseException as exc:
            session.failed(exc)
            raise
        finally:
            session.close()
            evaluation.end(agency_ids, session.crawled, session.note)
    return run_id


def backend_for(distributed: dict | None = None, redis_url: str | None = None) -> CrawlBackend:
    """The crawl back-end the settings choose: given the ``[distributed]`` settings, Dramatiq workers at
    ``redis_url`` (default: ``distributed.redis_url``); else a child process of this machine."""
    if distributed is None:
        return LocalCrawl()
    from crawler.distributed.coordinator import DramatiqCrawl

    return DramatiqCrawl(redis_url or distributed["redis_url"], distributed["deadline_hours"], distributed["secret"])


def run_distributed(db_path: str | Path, agencies: list[dict], rulebook: Rulebook | RulebookSet, crawl: dict,
                    redis_url: str, deadline_hours: float = 12.0, secret: str = "") -> int:
    """:func:`run_crawl` by ``oit worker`` processes listening at ``redis_url`` (``oit crawl --distributed``)."""
    from crawler.distributed.coordinator import DramatiqCrawl

    return run_crawl(db_path, agencies, rulebook, crawl, DramatiqCrawl(redis_url, deadline_hours, secret))
