"""Sub-commands that run services: ``schedule`` (oit/scheduler.py), ``alerts`` (alerts/), ``serve`` (web/)."""
from __future__ import annotations

import click

from oit.context import known_run, pass_ctx


@click.command(context_settings={"ignore_unknown_options": True})
@click.option("--once", is_flag=True, help="Run one cycle now and exit.")
@click.option("--cron", help='Cron expression (default from settings: "0 1 * * *").')
@click.option("--proxy", help="HTTP proxy for the crawl.")
@click.option("--allow-private", is_flag=True)
@pass_ctx
def schedule(ctx, once, cron, proxy, allow_private):
    """Run the nightly cycle (crawl, evaluate, diff, alerts) on a schedule, or --once."""
    from oit.scheduler import serve
    ctx.db()  # a mistyped --db is refused with a message: no empty new database, no traceback in cron's mail
    config = click.get_current_context().find_root().params.get("config")
    raise SystemExit(serve(config, str(ctx.db_path), once, cron, proxy, allow_private))


@click.group()
def alerts():
    """Alerts to agencies (outbox, preview, send)."""


@alerts.command("preview")
@click.option("--run", "run_id", default="latest")
@pass_ctx
def alerts_preview(ctx, run_id):
    """Show what would be sent for a run, without sending or queuing."""
    from alerts.outbox import preview
    db = ctx.db()
    run = known_run(db, run_id)
    rows = preview(db, run["id"], ctx.settings["alerts"], ctx.settings["general"]["base_url"])
    if not rows:
        click.echo("nothing to send for this run / ไม่มีการแจ้งเตือน")
    for row in rows:
        click.echo(f"== {row['channel']} → {row['recipient']}\n{row['subject']}\n\n{row['body']}\n")


@alerts.command("send")
@click.option("--run", "run_id", help="Queue this run's alerts first.")
@pass_ctx
def alerts_send(ctx, run_id):
    """Send pending alerts (queuing a run's alerts first with --run)."""
    from alerts.outbox import queue_alerts, send_pending
    db = ctx.db()
    if run_id:
        run = known_run(db, run_id)
        click.echo(f"queued {queue_alerts(db, run['id'], ctx.settings['alerts'], ctx.settings['general']['base_url'])}")
    sent, failed = send_pending(db, ctx.settings["alerts"])
    click.echo(f"sent {sent}, failed {failed} (failed ones stay pending and are retried)")


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--prefix", default="", help="Sub-path the site is reached at behind a proxy that keeps it (/oit); a proxy "
              "that strips it sends X-Forwarded-Prefix instead.")
@pass_ctx
def serve(ctx, host, port, prefix):
    """Start the web interface (read-only): dashboard, agencies, items, search."""
    from web.app import serve as serve_web
    ctx.db()  # refuses a database that does not exist, with the same words as every command
    click.echo(f"OIT Watch on http://{host}:{port}{prefix.rstrip('/')}/ (database {ctx.db_path})")
    serve_web(ctx.db_path, host, port, prefix=prefix)
