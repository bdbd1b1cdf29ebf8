"""The SQLite store every part of OIT Watch reads and writes (sqlite-utils), and the only place that holds SQL.

One module per concern, each a set of small documented functions: ``db`` (opening, migrations, the write lock),
``runs`` (runs, their per-agency outcome, "complete runs only" and "the previous complete run covering this
agency"), ``agencies`` (the registry), ``pages`` (what a crawl stored), ``findings`` (verdicts, the auditors'
queries), ``reviews`` (reviewers' decisions and the effective findings), ``diff`` (what changed between runs),
``stats`` (the web's overview reads: watch list, trends, dashboard counts), ``alerts`` (the outbox), ``users``
(accounts, disputes, the audit log), ``itas`` (the assessment), ``archive`` (WARC captures), ``rulebook_changes``
(adopted years, baselines), ``retention`` and ``safe`` (what may leave the store for a reader).
tests/test_store_boundary.py fails when SQL or table access appears outside this package.
"""
from storage.db import open_db

__all__ = ["open_db"]
