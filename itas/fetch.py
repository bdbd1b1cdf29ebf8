"""Fetching the URLs agencies submitted, and what each links to directly, with the crawler.

Each distinct URL of an agency becomes one crawl job (``<agency>~<n>``, start URL = the submitted URL, depth 1)
in a crawl database of its own beside the main one (``<db>.itas.sqlite``): the ITAS check never becomes a
"latest run" that reports, diffs or alerts would read, and what the consultant's view was made of stays there
(pages, WARC captures) as evidence. The crawl is the nightly crawler's (itas/process.py): same politeness, proxy,
robots.txt, private-address guard, document limits and cache.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from crawler.runner import ROOT, CrawlError, _tail, check_proxy
from storage import open_db
from storage.runs import crawl_lock, finish_run, start_run, summarize_agencies

PAGES_PER_URL = 60  # a submitted page and the documents it links: an index page of 43 rows fits
JOB_SEPARATOR = "~"


@dataclass
class Fetched:
    """The crawl of one check: per (agency, submitted URL) the page records of its job."""

    crawl_db: str
    run_id: int | None
    jobs: dict[tuple[str, str], str] = field(default_factory=dict)  # (agency, URL) -> job id
    pages: dict[str, list[dict]] = field(default_factory=dict)  # job id -> page records
    note: str = ""

    def site_answered(self, agency_id: str) -> bool:
        """Whether any submitted URL of the agency got an HTTP answer: when none did, its site was down during the
        check and nothing of it was read (its items are unchecked, as a nightly crawl of a site down says)."""
        prefix = f"{agency_id}{JOB_SEPARATOR}"
        return any(p.get("status") for job, pages in self.pages.items() if job.startswith(prefix) for p in pages
                   if p["depth"] == 0)

    def records(self, agency_id: str, url: str) -> list[dict]:
        """Copies of the page records of a submitted URL (the engine's SiteView changes what it is given)."""
        return [dict(p) for p in self.pages.get(self.jobs.get((agency_id, url), ""), [])]


def crawl_db_path(db_path: str | Path) -> Path:
    return Path(f"{db_path}.itas.sqlite")


def plan_jobs(urls: dict[str, list[str]], agencies: dict[str, dict]) -> tuple[list[dict], dict[tuple[str, str], str]]:
    """One crawl job per distinct URL of each agency, interleaved across agencies (the jobs crawled at the same
    time are mostly of different agencies; those of one agency share its politeness slot, itas/process.py)."""
    queues = {agency_id: list(dict.fromkeys(u)) for agency_id, u in urls.items() if u}
    jobs, ids = [], {}
    for turn in range(max((len(q) for q in queues.values()), default=0)):
        for agency_id, queue in sorted(queues.items()):
            if turn < len(queue):
                job_id = f"{agency_id}{JOB_SEPARATOR}{turn + 1}"
                ids[(agency_id, queue[turn])] = job_id
                jobs.append(dict(agencies[agency_id], id=job_id, url=queue[turn]))
    return jobs, ids


def fetch_submitted(db_path: str | Path, urls: dict[str, list[str]], agencies: dict[str, dict], crawl: dict,
                    year: int) -> Fetched:
    """Crawl every agency's submitted ``urls`` (agency id -> URLs) to depth 1 with the ``[crawl]`` settings, and
    return the page records per job. A crawler that fails leaves a note and what it fetched (unfetched URLs are
    then judged "not checked", never missing)."""
    check_proxy(crawl)
    jobs, ids = plan_jobs(urls, agencies)
    path = crawl_db_path(db_path)
    fetched = Fetched(str(path), None, ids)
    if not jobs:
        return fetched
    db = open_db(path)
    crawl = dict(crawl, max_depth=1, max_pages=PAGES_PER_URL,
                 agencies_at_once=max(1, min(len(urls), int(crawl.get("agencies_at_once") or 0) or len(urls))))
    with crawl_lock(path) as lock_fd:
        run_id = fetched.run_id = start_run(db, year, "itas", len(jobs))
        log = tempfile.NamedTemporaryFile("w+", suffix=".log", prefix="oit-itas-", delete=False)
        log.close()
        job = {"db": str(path), "run_id": run_id, "agencies": jobs, "crawl": crawl, "log": log.name,
               "focus_terms": [], "code_prefixes": ["O", "MOIT"], "parent_pid": os.getpid()}
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
            json.dump(job, fh, ensure_ascii=False)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
        try:
            returncode = subprocess.run([sys.executable, "-m", "itas.process", fh.name], env=env,
                                        pass_fds=(lock_fd,)).returncode
            fetched.note = "" if returncode == 0 else f"crawler exited with code {returncode}: {_tail(log.name)}"
        finally:
            os.unlink(fh.name)
            os.unlink(log.name)
            summarize_agencies(db, run_id, [j["id"] for j in jobs])
            finish_run(db, run_id, "incomplete" if fetched.note else "complete", fetched.note)
    from storage.pages import judged_pages
    for row in judged_pages(db, run_id):
        fetched.pages.setdefault(row.pop("agency_id"), []).append(row)
    return fetched


__all__ = ["CrawlError", "Fetched", "crawl_db_path", "fetch_submitted", "plan_jobs"]
