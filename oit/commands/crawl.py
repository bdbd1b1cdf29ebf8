"""``oit crawl`` and ``oit evaluate``: one run over the registry, and judging a stored run again."""
from __future__ import annotations

import sqlite3

import click

from oit.context import BE_YEAR, known_agency, known_run, pass_ctx, rulebooks


def _crawl_settings(ctx, proxy, max_pages, timeout, allow_private, no_robots) -> dict:
    crawl = dict(ctx.settings["crawl"])
    for key, value in (("proxy", proxy), ("max_pages", max_pages), ("timeout", timeout)):
        if value:
            crawl[key] = value
    if allow_private:
        crawl["allow_private"] = True
    if no_robots:
        crawl["robots"] = False
    return crawl


@click.command()
@click.option("--agencies", "agencies_file", type=click.Path(exists=True, dir_okay=False),
              help="Import this registry file first and crawl its agencies.")
@click.option("--agency", "agency_ids", multiple=True, help="Crawl only this agency id (repeatable).")
@click.option("--year", type=BE_YEAR, help="Fiscal year (B.E., e.g. 2569) whose rulebooks judge the crawl (default: general.year, else the "
                   "schedule's adopted year, else today's).")
@click.option("--include-dead", is_flag=True, help="Also crawl agencies whose registry status says the site is dead.")
@click.option("--proxy", help="HTTP proxy for every request (also HTTP_PROXY/HTTPS_PROXY).")
@click.option("--allow-private", is_flag=True, help="Allow loopback/private addresses (the farm and tests).")
@click.option("--no-robots", is_flag=True, help="Do not honour robots.txt (only with the site owner's consent).")
@click.option("--max-pages", type=click.IntRange(min=1), help="Pages per agency.")
@click.option("--timeout", type=click.IntRange(min=1, max=600), help="Seconds per request.")
@click.option("--progress-every", type=click.FloatRange(min=0.5), default=60, show_default=True,
              help="Seconds between progress lines when stdout is not a terminal (a terminal shows a bar).")
@click.option("--distributed", is_flag=True,
              help="Queue the agencies for `oit worker` processes (any machines) over Redis; store and judge here.")
@click.option("--redis", "redis_url", help="Redis URL for --distributed (default: distributed.redis_url).")
@pass_ctx
def crawl(ctx, agencies_file, agency_ids, year, include_dead, proxy, allow_private, no_robots, max_pages, timeout,
          progress_every, distributed, redis_url):
    """Crawl agencies' websites, evaluating every OIT item of each as soon as it is crawled (one run)."""
    from oit.progress import CrawlProgress
    from rules.families import family_of
    from rules.rulebook import RulebookError
    from service.runs import CrawlError, backend_for, run_crawl
    from storage.agencies import crawlable, import_agencies, list_agencies
    from storage.judging import findings_count
    from storage.runs import CrawlLocked, get_run

    db = ctx.db(create=True)
    from storage.rulebook_changes import current_adoption
    books = rulebooks(year or ctx.settings["general"]["year"] or (current_adoption(db) or {}).get("year"))
    ids = None
    if agencies_file:
        try:
            report = import_agencies(db, agencies_file, ctx.settings["registry"]["outside_go_th"])
        except ValueError as exc:
            raise click.ClickException(str(exc)) from None
        click.echo(str(report), err=True)
        ids = report.ids
    if agency_ids:
        chosen = [known_agency(db, agency_id) for agency_id in agency_ids]  # named ones are crawled, dead or not
    else:
        chosen, dead = crawlable(list_agencies(db, ids), include_dead or ctx.settings["registry"]["crawl_dead"])
        if dead:
            click.echo(f"ข้าม {sum(dead.values())} หน่วยงานที่ทะเบียนระบุว่าเว็บไซต์ใช้ไม่ได้ / skipping {sum(dead.values())} "
                       f"agencies the registry marks dead ({', '.join(f'{s} {n}' for s, n in dead.most_common())}); "
                       "--include-dead crawls them", err=True)
    try:
        families = sorted({family_of(a) for a in chosen})
    except RulebookError as exc:
        raise click.ClickException(str(exc)) from None
    labels = ", ".join(books.books[f].label if f in books.books else f"{f.upper()} {books.year} (none: items unchecked)"
                       for f in families)
    click.echo(f"crawling {len(chosen)} agencies with rulebook {labels} → {ctx.db_path}", err=True)
    try:
        settings = _crawl_settings(ctx, proxy, max_pages, timeout, allow_private, no_robots)
        backend = backend_for(ctx.settings["distributed"] if distributed else None, redis_url)
        with CrawlProgress(ctx.db_path, len(chosen), every=progress_every):
            run_id = run_crawl(ctx.db_path, chosen, books, settings, backend)
    except (CrawlError, CrawlLocked) as exc:
        raise click.ClickException(str(exc)) from None
    except sqlite3.Error as exc:  # disk full, a write lock held too long: the run is left incomplete, never complete
        raise click.ClickException(f"the database could not be written ({type(exc).__name__}: {exc}); the run is "
                                   "incomplete and the next crawl starts afresh") from None
    count = findings_count(db, run_id)
    run = get_run(db, run_id)
    click.echo(f"run {run_id} {run['state']}: {run['pages']} pages, {run['errors']} errors, {count} findings"
               + (f"\n  {run['note']}" if run["note"] else ""))
    if run["state"] != "complete":  # cron and scripts must see that the night is not whole
        raise SystemExit(1)


@click.command()
@click.option("--run", "run_id", default="latest", help="Run id (default: latest).")
@click.option("--year", type=BE_YEAR, help="Rulebook year, B.E. (default: the run's).")
@pass_ctx
def evaluate(ctx, run_id, year):
    """Re-evaluate a stored crawl with the current rulebook, without re-crawling."""
    from service.judge import evaluate_run
    db = ctx.db()
    run = known_run(db, run_id)
    count = evaluate_run(db, run["id"], rulebooks(year or run["year"]))
    click.echo(f"run {run['id']}: {count} findings")
    if year and year != run["year"]:
        click.echo(f"note: run {run['id']} was judged with the {run['year']} rulebooks before; `oit diff` will not compare it "
                   "with runs judged by other rulebooks", err=True)


@click.command()
@click.option("--redis", "redis_url", help="Redis URL of the coordinator's queue (default: distributed.redis_url).")
@click.option("--agencies", "agencies", type=click.IntRange(min=1),
              help="Agencies taken from the queue at once (default: distributed.worker_agencies, else "
                   "crawl.concurrency / crawl.per_site).")
@click.option("--proxy", help="HTTP proxy for every request.")
@click.option("--allow-private", is_flag=True, help="Allow loopback/private addresses (the farm and tests).")
@click.option("--no-robots", is_flag=True, help="Do not honour robots.txt (only with the site owners' consent).")
@pass_ctx
def worker(ctx, redis_url, agencies, proxy, allow_private, no_robots):
    """Crawl agencies queued by `oit crawl --distributed` until stopped (Ctrl-C: unfinished agencies go back to the queue).

    Start one per machine; each uses this machine's [crawl] settings (concurrency, politeness, proxy) and needs
    no database.
    """
    from crawler.distributed.worker import run_worker
    from crawler.runner import CrawlError, check_proxy

    crawl_settings = _crawl_settings(ctx, proxy, None, None, allow_private, no_robots)
    try:
        check_proxy(crawl_settings)
    except CrawlError as exc:
        raise click.ClickException(str(exc)) from None
    settings = ctx.settings["distributed"]
    # a worker holds only the agencies it can start at once: the others stay in the queue for other workers
    run_worker(redis_url or settings["redis_url"], crawl_settings, agencies or settings["worker_agencies"]
               or max(1, int(crawl_settings["concurrency"]) // int(crawl_settings["per_site"])), settings["secret"])
