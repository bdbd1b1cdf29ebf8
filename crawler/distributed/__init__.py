"""Distributed crawls: agencies become Dramatiq jobs over Redis, crawled by ``oit worker`` processes on any
number of machines, and stored and judged by the one ``oit crawl --distributed`` that started the run.

Why this shape:
- **One agency, one worker.** A job is one agency, crawled wholly by the worker that took it, so the per-site
  politeness (requests in flight, delay, AutoThrottle, robots.txt, time budget) holds as on one machine.
- **Many agencies per worker.** A worker runs one long-lived Scrapy crawler in its main thread and as many
  Dramatiq worker threads as agencies it crawls at once; each thread hands its agency to the crawler and waits.
  One process per agency would pay Scrapy's start-up per agency and could not share a downloader.
- **One writer.** Workers never open the database: each sends its agency's page records back through a Redis
  list named in the job (compressed JSON), and the coordinator stores them and judges the agency at once. SQLite
  stays on one machine, unshared over a network file system; a worker needs only Redis.
- **Dramatiq** (not RQ or Celery): its workers are threads in a process we start ourselves, which is what lets
  many agencies share one Scrapy engine; RQ runs one job per process at a time, Celery is much heavier.
  Messages are acknowledged only when done: an agency whose worker died is crawled again by another.
"""
