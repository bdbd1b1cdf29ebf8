"""The nightly schedule: crawl, evaluate, diff, alert — every night at 01:00 Asia/Bangkok by default.

    python scheduler.py            run forever on the cron schedule of the settings file
    python scheduler.py --once     run one cycle now and exit
    oit schedule [--once]          the same

Jobs live in the database (APScheduler's SQLAlchemy job store), so they survive restarts; a night missed
while the machine was off runs once at start-up (coalesced, within ``misfire_grace_hours``); a crawl never
overlaps another, in this process (``max_instances=1``) or any other (the database's crawl lock).
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import rules  # noqa: E402,F401
from oit import settings as settings_mod  # noqa: E402

log = logging.getLogger("oitwatch.scheduler")
JOB_ID = "oit-nightly"


def run_cycle(config: str | None = None, db: str | None = None, overrides: dict | None = None) -> dict:
    """One cycle: crawl every agency, evaluate, diff, queue and send alerts; returns a summary.

    A cycle that crashes leaves its run incomplete; alerts still pending from earlier cycles are retried.
    """
    from alerts.outbox import queue_alerts, send_pending
    from crawler.runner import run_crawl
    from rules.families import default_year, rulebooks_for_year
    from storage import open_db
    from storage.agencies import crawlable, list_agencies
    from storage.diff import diff_runs
    from storage.runs import CrawlLocked

    settings = settings_mod.load(config)
    for section, values in (overrides or {}).items():
        settings[section].update(values)
    db_path = settings_mod.db_path(settings, db)
    database = open_db(db_path)
    summary = {"run_id": None, "state": "skipped", "newly_failing": 0, "fixed": 0, "queued": 0, "sent": 0, "failed": 0}
    try:
        rulebook = rulebooks_for_year(settings["general"]["year"] or default_year())
        agencies, _ = crawlable(list_agencies(database), settings["registry"]["crawl_dead"])  # not dead sites
        run_id = run_crawl(db_path, agencies, rulebook, settings["crawl"])  # crawls and evaluates
        run = database["runs"].get(run_id)
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


def nightly_job(config: str | None = None, db: str | None = None) -> None:
    """The scheduled job (referenced by name in the persistent job store)."""
    run_cycle(config, db)


def add_nightly_job(scheduler, settings: dict, func: str = "scheduler:nightly_job", kwargs: dict | None = None) -> None:
    from apscheduler.triggers.cron import CronTrigger

    schedule = settings["schedule"]
    scheduler.add_job(func, CronTrigger.from_crontab(schedule["cron"], timezone=schedule["timezone"]), id=JOB_ID,
                      kwargs=kwargs or {}, replace_existing=True, coalesce=True, max_instances=1,
                      misfire_grace_time=int(schedule["misfire_grace_hours"] * 3600))


def build_scheduler(settings: dict, db_path: str | Path, blocking: bool = True):
    """A scheduler whose jobs persist in the OIT Watch database."""
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.schedulers.background import BackgroundScheduler
    from apscheduler.schedulers.blocking import BlockingScheduler

    kind = BlockingScheduler if blocking else BackgroundScheduler
    return kind(jobstores={"default": SQLAlchemyJobStore(url=f"sqlite:///{db_path}")},
                timezone=settings["schedule"]["timezone"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="OIT Watch nightly schedule")
    parser.add_argument("--config", help="settings file (TOML)")
    parser.add_argument("--db", help="SQLite database")
    parser.add_argument("--once", action="store_true", help="run one cycle now and exit")
    parser.add_argument("--cron", help='cron expression, e.g. "0 1 * * *"')
    parser.add_argument("--proxy", help="HTTP proxy for the crawl")
    parser.add_argument("--allow-private", action="store_true", help="allow loopback/private addresses")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    overrides = {"crawl": {k: v for k, v in (("proxy", args.proxy), ("allow_private", args.allow_private or None)) if v}}
    if args.once:
        summary = run_cycle(args.config, args.db, overrides)
        print(summary)
        return 0 if summary["state"] in {"complete"} or summary["state"].startswith("skipped") else 1
    settings = settings_mod.load(args.config)
    if args.cron:
        settings["schedule"]["cron"] = args.cron
    db_path = settings_mod.db_path(settings, args.db)
    from storage import open_db
    open_db(db_path)
    scheduler = build_scheduler(settings, db_path)
    add_nightly_job(scheduler, settings, kwargs={"config": args.config, "db": str(db_path)})
    log.info("scheduled %s (%s) on %s", settings["schedule"]["cron"], settings["schedule"]["timezone"], db_path)
    try:
        scheduler.start()
    except (KeyboardInterrupt, SystemExit):
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
