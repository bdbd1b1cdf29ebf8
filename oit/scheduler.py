"""The nightly cycle: crawl, evaluate, diff, alert — every night at 01:00 Asia/Bangkok by default.

    oit schedule                   run forever on the cron schedule of the settings file
    oit schedule --once            run one cycle now and exit
    python scheduler.py [--once]   the same (a shim kept for the command the README documents)

Jobs live in the database (APScheduler's SQLAlchemy job store), so they survive restarts; a night missed
while the machine was off runs once at start-up (coalesced, within ``misfire_grace_hours``); a crawl never
overlaps another, in this process (``max_instances=1``) or any other (the database's crawl lock). One
scheduler per database (``<db>.scheduler.lock``): a second one says so and exits. Scheduled cycles run with
the options the scheduler was started with (``--proxy``, ``--allow-private``: kept in the job). A database
locked for writing by someone else (a long transaction) is waited for, not taken as a lost night.
"""
from __future__ import annotations

import logging
import sqlite3
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import rules  # noqa: F401  (sets PYTHAINLP_OFFLINE before pythainlp loads)
from oit import settings as settings_mod

log = logging.getLogger("oitwatch.scheduler")
JOB_ID = "oit-nightly"
# The job store keeps the job's function by this textual reference: it names the package module, which stays
# put; jobs stored by older versions named "scheduler:nightly_job" (the top-level module, still a shim) and are
# replaced by this one at the next start (add_nightly_job).
JOB_FUNC = "oit.scheduler:nightly_job"
LOCK_WAIT_SECONDS = 1800  # how long a cycle waits for a database another process holds locked for writing
LOCK_RETRY_SECONDS = 5  # between attempts (each also waits out SQLite's busy timeout, 30 s)


class SchedulerRunning(RuntimeError):
    pass


def crawl_when_writable(db_path, agencies, rulebook, crawl: dict, wait: float = LOCK_WAIT_SECONDS) -> int:
    """``run_crawl``, retried while another process holds the database's write lock (up to ``wait`` s):
    the night starts late rather than not at all."""
    from service.runs import run_crawl

    deadline = time.monotonic() + wait
    while True:
        try:
            return run_crawl(db_path, agencies, rulebook, crawl)
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            log.warning("the database is locked by another process (%s); trying again", exc)
            time.sleep(LOCK_RETRY_SECONDS)


def run_cycle(config: str | None = None, db: str | None = None, overrides: dict | None = None) -> dict:
    """One cycle: crawl every agency, evaluate, diff, queue and send alerts; returns a summary.

    A cycle that crashes leaves its run incomplete; alerts still pending from earlier cycles are retried.
    """
    from alerts.outbox import queue_alerts, send_pending
    from rules.families import rulebooks_for_year
    from storage import open_db
    from storage.agencies import crawlable, list_agencies
    from storage.diff import diff_runs
    from storage.rulebook_changes import scheduled_year
    from storage.runs import CrawlLocked, get_run

    settings = settings_mod.load(config)
    for section, values in (overrides or {}).items():
        settings[section].update(values)
    db_path = settings_mod.db_path(settings, db)
    database = open_db(db_path)
    summary = {"run_id": None, "state": "skipped", "newly_failing": 0, "fixed": 0, "queued": 0, "sent": 0, "failed": 0}
    try:
        rulebook = rulebooks_for_year(scheduled_year(database, settings["general"]["year"]))  # pinned, not the calendar
        agencies, _ = crawlable(list_agencies(database), settings["registry"]["crawl_dead"])  # not dead sites
        run_id = crawl_when_writable(db_path, agencies, rulebook, settings["crawl"])  # crawls and evaluates
        run = get_run(database, run_id)
        summary.update(run_id=run_id, state=run["state"], pages=run["pages"])
        if run["state"] == "complete":
            try:
                changes = diff_runs(database, None, None)
                summary["newly_failing"] = sum(len(d.newly_failing) for d in changes)
                summary["fixed"] = sum(len(d.fixed) for d in changes)
            except LookupError:
                pass  # first complete run, or the previous one was judged by other rulebooks: nothing comparable
            summary["queued"] = queue_alerts(database, run_id, settings["alerts"], settings["general"]["base_url"])
    except CrawlLocked as exc:
        summary["state"] = f"skipped: {exc}"
    except Exception:  # one failed night must not stop the next one
        log.exception("cycle failed")
        summary["state"] = "failed"
    try:
        summary["sent"], summary["failed"] = send_pending(database, settings["alerts"])
    except Exception:  # a broken channel must not stop the scheduler: the alerts stay pending
        log.exception("sending alerts failed")
    try:  # agencies' disputes sent since: each URL checked against its item for the auditors' queue
        from itas.check import recheck_disputes
        summary["disputes_checked"] = len(recheck_disputes(database, db_path, settings["crawl"]))
    except Exception:
        log.exception("re-checking disputes failed")
    log.info("cycle: run %(run_id)s %(state)s; %(newly_failing)s newly failing, %(fixed)s fixed; "
             "alerts %(queued)s queued, %(sent)s sent, %(failed)s failed", summary)
    return summary


def nightly_job(config: str | None = None, db: str | None = None, overrides: dict | None = None) -> None:
    """The scheduled job (referenced by name in the persistent job store), with the scheduler's options."""
    run_cycle(config, db, overrides)


def missed_run(db_path: str | Path, grace_hours: float) -> bool:
    """True when the stored nightly job's next run time passed while no scheduler ran (the machine was
    off), within the grace period: it is due once now."""
    from storage.schedule import stored_next_run_time

    due = stored_next_run_time(db_path, JOB_ID)
    return due is not None and 0 < time.time() - due <= grace_hours * 3600


def add_nightly_job(scheduler, settings: dict, func: str = JOB_FUNC, kwargs: dict | None = None,
                    db_path: str | Path | None = None) -> None:
    """(Re-)add the nightly job. Re-adding replaces the stored job and would compute its next run time from
    now, silently dropping a night missed while the machine was off: given ``db_path``, such a night is run
    once at start-up instead."""
    from apscheduler.triggers.cron import CronTrigger

    schedule = settings["schedule"]
    extra = {}
    if db_path is not None and missed_run(db_path, schedule["misfire_grace_hours"]):
        log.info("a scheduled night was missed while no scheduler ran: running it now")
        extra["next_run_time"] = datetime.now(timezone.utc)
    scheduler.add_job(func, CronTrigger.from_crontab(schedule["cron"], timezone=schedule["timezone"]), id=JOB_ID,
                      kwargs=kwargs or {}, replace_existing=True, coalesce=True, max_instances=1,
                      misfire_grace_time=int(schedule["misfire_grace_hours"] * 3600), **extra)


def scheduler_lock(db_path: str | Path):
    """Hold ``<db>.scheduler.lock`` for as long as the returned file is open; raise SchedulerRunning when
    another scheduler holds it."""
    import fcntl
    import os

    handle = open(f"{db_path}.scheduler.lock", "a+", encoding="utf-8")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.seek(0)
        holder = handle.read().strip()
        handle.close()
        raise SchedulerRunning(f"another scheduler is already running on {db_path}"
                               + (f" (pid {holder})" if holder else "") + "; stop it first") from None
    handle.truncate(0)
    handle.write(str(os.getpid()))
    handle.flush()
    return handle


def build_scheduler(settings: dict, db_path: str | Path, blocking: bool = True):
    """A scheduler whose jobs persist in the OIT Watch database."""
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.schedulers.background import BackgroundScheduler
    from apscheduler.schedulers.blocking import BlockingScheduler

    kind = BlockingScheduler if blocking else BackgroundScheduler
    return kind(jobstores={"default": SQLAlchemyJobStore(url=f"sqlite:///{db_path}")},
                timezone=settings["schedule"]["timezone"])


def serve(config: str | None = None, db: str | None = None, once: bool = False, cron: str | None = None,
          proxy: str | None = None, allow_private: bool = False) -> int:
    """``oit schedule``: run the nightly cycle on the cron schedule of the settings (``cron`` overrides it) until
    interrupted, or ``once`` now; returns the exit code. ``proxy`` and ``allow_private`` apply to every
    scheduled night (kept in the stored job), not only the first."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    overrides: dict = {"crawl": {k: v for k, v in (("proxy", proxy), ("allow_private", allow_private or None)) if v}}
    if allow_private:  # the local SMTP relay or webhook of a test or demo is on loopback too
        overrides["alerts"] = {"allow_private": True}
    if once:
        summary = run_cycle(config, db, overrides)
        print(summary)
        return 0 if summary["state"] in {"complete"} or summary["state"].startswith("skipped") else 1
    settings = settings_mod.load(config)
    if cron:
        settings["schedule"]["cron"] = cron
    db_path = settings_mod.db_path(settings, db)
    from storage import open_db
    try:
        lock = scheduler_lock(db_path)  # noqa: F841 -- held while this process lives
    except SchedulerRunning as exc:
        print(f"oit schedule: {exc}", file=sys.stderr)
        return 1
    open_db(db_path)
    scheduler = build_scheduler(settings, db_path)
    add_nightly_job(scheduler, settings, kwargs={"config": config, "db": str(db_path), "overrides": overrides},
                    db_path=db_path)
    log.info("scheduled %s (%s) on %s", settings["schedule"]["cron"], settings["schedule"]["timezone"], db_path)
    try:
        scheduler.start()
    except (KeyboardInterrupt, SystemExit):
        pass
    return 0
