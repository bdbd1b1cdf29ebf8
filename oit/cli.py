"""The ``oit`` command: the group and its sub-commands (oit/commands/, one module per concern). Every
sub-command is a thin shell over a function in crawler/, rules/, storage/, reports/ or alerts/."""
from __future__ import annotations

import click

from oit import __version__
from oit.commands import (agencies, archive, crawl, demo, findings, history, itas, measures, reports, review, rulebooks,
                          service, users)
from oit.context import Context


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="oit")
@click.option("--config", type=click.Path(dir_okay=False), help="Settings file (TOML); default ./oit.toml or $OIT_CONFIG.")
@click.option("--db", help="SQLite database (default: per-user data dir, or $OIT_DB); also accepted after the sub-command.")
@click.pass_context
def main(ctx, config, db):
    """OIT Watch: checks Thai agencies' websites against the ITA/OIT disclosure checklist.

    ตรวจเว็บไซต์หน่วยงานตามเกณฑ์การเปิดเผยข้อมูลสาธารณะ (OIT) ของการประเมิน ITA
    """
    ctx.obj = Context(config, db)


for command in (agencies.agencies, crawl.crawl, crawl.evaluate, crawl.worker, rulebooks.rules_group, findings.findings,
                findings.scores, findings.summary, reports.report, reports.export, history.runs, history.diff,
                history.history, history.prune, measures.measures, itas.itas, review.review, users.users, archive.archive, demo.farm, demo.demo, service.schedule, service.alerts, service.serve):
    main.add_command(command)
