"""``oit worker``: a crawler for distributed runs (crawler/distributed/); ``oit crawl --distributed`` queues them."""
from __future__ import annotations

import click

from oit.cli import crawl_overrides, main, pass_ctx


@main.command()
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

    crawl = crawl_overrides(ctx, proxy, allow_private, no_robots)
    try:
        check_proxy(crawl)
    except CrawlError as exc:
        raise click.ClickException(str(exc)) from None
    settings = ctx.settings["distributed"]
    # a worker holds only the agencies it can start at once: the others stay in the queue for other workers
    run_worker(redis_url or settings["redis_url"], crawl,
               agencies or settings["worker_agencies"] or max(1, int(crawl["concurrency"]) // int(crawl["per_site"])))
