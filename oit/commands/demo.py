"""``oit demo`` and ``oit farm serve``: the bundled sample agency sites, served on loopback."""
from __future__ import annotations

import click

from oit.context import BE_YEAR, pass_ctx


@click.group()
def farm():
    """The fixture farm of sample agency sites."""


@farm.command("serve")
@click.option("--port", default=8899, show_default=True, type=click.IntRange(0, 65535))
@click.option("--sites", type=click.Path(exists=True, file_okay=False), help="Sites folder (default: bundled).")
@click.option("--latency", metavar="MEDIAN_MS[:SIGMA[:HANG_SHARE]]",
              help="Answer like real sites: lognormal delays around MEDIAN_MS and a share of requests that hang "
                   "(e.g. 450:0.25:0.03).")
@click.option("--hang-seconds", default=60.0, show_default=True, type=click.FloatRange(0), help="How long a hang lasts.")
def farm_serve(port, sites, latency, hang_seconds):
    """Serve the sample sites as an HTTP proxy on 127.0.0.1 (crawl with --proxy http://127.0.0.1:PORT)."""
    from farm.latency import Latency
    from farm.server import SITES_DIR, Farm
    from oit.demo import FARM_REGISTRY
    f = Farm(sites or SITES_DIR, port=port, hang_seconds=hang_seconds, latency=Latency.parse(latency) if latency else None)
    click.echo(f"farm proxy on {f.proxy_url}; registry: {FARM_REGISTRY}")
    f.httpd.serve_forever()


@click.command()
@click.option("--year", type=BE_YEAR, default=2566, show_default=True, help="Rulebook year (B.E.).")
@pass_ctx
def demo(ctx, year):
    """Crawl the bundled farm of sample sites on loopback, evaluate it and print a scorecard."""
    from oit.demo import run_demo
    run_demo(ctx, year)
