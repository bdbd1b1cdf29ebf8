"""Running a crawl: record the run, crawl in a child process, summarise, mark it complete or incomplete."""
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
from storage.runs import crawl_lock, finish_run, start_run, summarize_agencies

ROOT = Path(__file__).resolve().parent.parent


class CrawlError(RuntimeError):
    pass


def check_proxy(crawl: dict) -> None:
    proxy = crawl.get("proxy") or ""
    if proxy and not crawl.get("allow_private") and host_is_private(urlsplit(proxy).hostname or ""):
        raise CrawlError(f"the proxy {proxy} is on a private or loopback address; "
                         "pass --allow-private if that is intended (the farm and tests do)")


def _tail(path: str, lines: int = 5) -> str:
    """The crawler's last error lines, kept in the run's note when it failed or fetched nothing."""
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return " | ".join(line.strip() for line in fh.readlines()[-lines:])[:1500]
    except OSError:
        return ""


def run_crawl(db_path: str | Path, agencies: list[dict], rulebook: Rulebook, crawl: dict) -> int:
    """Crawl ``agencies`` into the database at ``db_path`` and return the run id.

    The run ends ``complete`` when the crawler process finished, ``incomplete`` when it died or was
    interrupted; what it fetched is kept either way.
    """
    if not agencies:
        raise CrawlError("no agencies to crawl: import a registry first (oit agencies import FILE.csv)")
    check_proxy(crawl)
    db_path = str(db_path)
    db = open_db(db_path)
    with crawl_lock(db_path):
        run_id = start_run(db, rulebook.year, rulebook.version, len(agencies))
        log = tempfile.NamedTemporaryFile("w+", suffix=".log", prefix="oit-crawl-", delete=False)
        log.close()
        job = {"db": db_path, "run_id": run_id, "agencies": agencies, "crawl": crawl, "log": log.name,
               "focus_terms": [t.raw for t in rulebook.focus_terms()]}
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
            json.dump(job, fh, ensure_ascii=False)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
        state, note = "incomplete", ""
        try:
            child = subprocess.run([sys.executable, "-m", "crawler.process", fh.name], env=env)
            if child.returncode == 0:
                state = "complete"
            else:
                note = f"crawler process exited with code {child.returncode}"
            if child.returncode != 0 or not db.execute("SELECT 1 FROM pages WHERE run_id = ? LIMIT 1", [run_id]).fetchone():
                note = "; ".join(filter(None, [note, _tail(log.name)]))
        except KeyboardInterrupt:
            note = "interrupted"
            raise
        finally:
            os.unlink(fh.name)
            os.unlink(log.name)
            summarize_agencies(db, run_id, [a["id"] for a in agencies])
            finish_run(db, run_id, state, note)
            if sys.stderr.isatty():
                sys.stderr.write("\n")
    return run_id
