"""Running a crawl: record the run, crawl in a child process, summarise, evaluate, mark it complete or incomplete."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from crawler.middlewares import host_is_private
from rules.rulebook import Rulebook
from storage import open_db
from storage.runs import crawl_lock, start_run

ROOT = Path(__file__).resolve().parent.parent


class CrawlError(RuntimeError):
    pass


def check_proxy(crawl: dict) -> None:
    proxy = crawl.get("proxy") or ""
    if proxy and not crawl.get("allow_private") and host_is_private(urlsplit(proxy).hostname or ""):
        raise CrawlError(f"the proxy {proxy} is on a private or loopback address; "
                         "pass --allow-private if that is intended (the farm and tests do)")


RUN_NOTE = "OIT-RUN-NOTE "  # a line of the crawler's log meant for the run's note (not an error)


def leave_note(log_path: str | None, text: str) -> None:
    """Say ``text`` once in the run's note (from the crawler process, through its log file)."""
    if log_path:
        try:
            with open(log_path, "a", encoding="utf-8") as fh:
                fh.write(f"{RUN_NOTE}{text}\n")
        except OSError:
            pass


def run_notes(path: str) -> str:
    """The lines the crawler left for the run's note (:func:`leave_note`)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return "; ".join(line[len(RUN_NOTE):].strip() for line in fh if line.startswith(RUN_NOTE))[:1500]
    except OSError:
        return ""


def _tail(path: str, lines: int = 5) -> str:
    """The crawler's last error lines, kept in the run's note when it failed or fetched nothing."""
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return " | ".join(line.strip() for line in fh.readlines()[-lines:])[:1500]
    except OSError:
        return ""


def _notes(path: str) -> str:
    """What the crawler asked to be said in the run's note (crawler/process.py: NOTE_PREFIX lines)."""
    from crawler.process import NOTE_PREFIX

    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return "; ".join(dict.fromkeys(line[len(NOTE_PREFIX):].strip() for line in fh
                                           if line.startswith(NOTE_PREFIX)))[:1500]
    except OSError:
        return ""


def run_crawl(db_path: str | Path, agencies: list[dict], rulebook: Rulebook, crawl: dict) -> int:
    """Crawl ``agencies`` into the database at ``db_path``, evaluate the crawl with ``rulebook``, and return
    the run id.

    Each agency is judged as soon as its crawl is done (crawler/evaluation.py), in this process while the
    crawler child goes on: the machine's second core. The run ends ``complete`` only when it was crawled,
    stored and every agency evaluated: a crawler process that died, was interrupted or could not store its
    pages, or an evaluation that did not finish, leaves it ``incomplete`` with a note (a run killed while
    evaluating stays ``evaluating`` until the next crawl marks it ``incomplete``). What was fetched is kept
    either way. The crawler child dies with this process and holds the crawl lock with it, so no crawl can
    start while it may still be writing.
    """
    from crawler.evaluation import done_lines
    from service.judge import RunEvaluation

    if not agencies:
        raise CrawlError("no agencies to crawl: import a registry first (oit agencies import FILE.csv)")
    check_proxy(crawl)
    db_path = str(db_path)
    db = open_db(db_path)
    agency_ids = [a["id"] for a in agencies]
    with crawl_lock(db_path) as lock_fd:
        run_id = start_run(db, rulebook.year, rulebook.version, len(agencies))
        evaluation = RunEvaluation(db, run_id, rulebook, float(crawl.get("evaluate_seconds") or 0))
        log = tempfile.NamedTemporaryFile("w+", suffix=".log", prefix="oit-crawl-", delete=False)
        log.close()
        done_read, done_write = os.pipe()
        job = {"db": db_path, "run_id": run_id, "agencies": agencies, "crawl": crawl, "log": log.name,
               "focus_terms": [t.raw for t in rulebook.focus_terms()], "code_prefixes": rulebook.code_prefixes(),
               "parent_pid": os.getpid(), "done_fd": done_write}
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
            json.dump(job, fh, ensure_ascii=False)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
        note, crawled = "", False
        child = None
        try:
            child = subprocess.Popen([sys.executable, "-m", "crawler.process", fh.name], env=env,
                                     pass_fds=(lock_fd, done_write))
            os.close(done_write)
            for agency_id in done_lines(done_read):  # judged while the crawl goes on
                evaluation.agency_done(agency_id)
            returncode = child.wait()
            if returncode == 0:
                crawled, note = True, run_notes(log.name)
            else:
                note = f"crawler process exited with code {returncode}"
            if returncode != 0 or not db.execute("SELECT 1 FROM pages WHERE run_id = ? LIMIT 1", [run_id]).fetchone():
                note = "; ".join(filter(None, [note, _tail(log.name)]))
            note = "; ".join(filter(None, [note, _notes(log.name)]))
        except BaseException as exc:
            if isinstance(exc, KeyboardInterrupt):
                note = "interrupted"
            elif child is not None and child.poll() is None:
                note = f"evaluation did not finish: {type(exc).__name__}: {exc}"[:1500]
            if child is not None and child.poll() is None:
                child.kill()
                child.wait()
            raise
        finally:
            os.unlink(fh.name)
            os.unlink(log.name)
            evaluation.end(agency_ids, crawled, note)
    return run_id
