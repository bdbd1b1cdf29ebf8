"""``oit review``: auditors' decisions on findings (confirm or override, with a note), listed, and exported as
fixture verdicts so a disagreement with the engine can become a test."""
from __future__ import annotations

import getpass

import click

from oit.context import known_agency, known_item, known_run, pass_ctx, write_or_echo
from oit.tables import shorten, table
from rules.vocabulary import STATUSES
from storage.reviews import CONFIRM

STATE_TH = {"holds": "ใช้อยู่", "evidence_changed": "หลักฐานเปลี่ยน: ต้องตรวจทานใหม่", "not_judged": "ยังไม่มีผลตรวจ"}


@click.group()
def review():
    """Reviewers' decisions: confirm or override a finding; it holds while its evidence is unchanged."""


@review.command("set")
@click.option("--agency", required=True)
@click.option("--item", required=True)
@click.option("--status", required=True, type=click.Choice([CONFIRM, *STATUSES]),
              help="confirm the engine's verdict, or the verdict it should have been.")
@click.option("--note", required=True, help="Why (shown in reports beside the verdict).")
@click.option("--by", "reviewer", default=getpass.getuser, show_default="your user name", help="Who decides.")
@click.option("--run", "run_id", default="latest", help="The run whose finding is reviewed (default: the latest complete).")
@pass_ctx
def review_set(ctx, agency, item, status, note, reviewer, run_id):
    """Confirm or override one agency's item, on the evidence of a run."""
    from storage.reviews import set_review
    db = ctx.db()
    known_agency(db, agency)
    run = known_run(db, run_id, complete_only=run_id in (None, "latest"))
    try:
        record = set_review(db, run["id"], agency, known_item(run, item), status, note, reviewer)
    except (LookupError, ValueError) as exc:
        raise click.ClickException(str(exc)) from None
    from storage.users import audit
    audit(db, {"username": reviewer, "role": "cli"}, "review", f"{agency}/{record['item']}",
          {k: record[k] for k in ("id", "status", "engine_status", "note", "run_id")})
    click.echo(f"review {record['id']}: {agency} {record['item']} {record['engine_status']} → {record['status']} "
               f"({record['action']}) by {reviewer} on run {run['id']}; holds while its evidence is unchanged")


@review.command("list")
@click.option("--agency")
@click.option("--stale", is_flag=True, help="Only decisions whose evidence changed since (to look at again).")
@pass_ctx
def review_list(ctx, agency, stale):
    """Current decisions and whether each still holds on the latest complete run."""
    from reports.labels import be_date
    from storage.reviews import review_list as listed
    db = ctx.db()
    if agency:
        known_agency(db, agency)
    rows = [r for r in listed(db, agency) if not stale or r["state"] == "evidence_changed"]
    click.echo(table(([r["agency_id"], r["item"], f"{r['engine_status']} → {r['status']}", r["reviewer"],
                       be_date(r["created_at"]), STATE_TH[r["state"]], shorten(r["note"], 40)] for r in rows),
                     ["หน่วยงาน", "ข้อ", "ผล (engine → reviewed)", "ผู้ตรวจทาน", "วันที่", "สถานะ", "หมายเหตุ"]))


@review.command("stats")
@click.option("--since", help="Only decisions made on or after this date (YYYY-MM-DD).")
@pass_ctx
def review_stats(ctx, since):
    """How often the engine is right: per item, decisions, confirmed, overridden and false alarms."""
    from storage.reviews import agreement
    rows = agreement(ctx.db(), since)
    total = sum(r["decisions"] for r in rows.values())
    confirmed = sum(r["confirmed"] for r in rows.values())
    click.echo(table(([item, r["decisions"], r["confirmed"], r["overridden"], r["false_alarms"]]
                      for item, r in rows.items()), ["ข้อ", "decisions", "confirmed", "overridden", "false alarms"]))
    if total:
        click.echo(f"engine agreed with reviewers in {confirmed} of {total} decisions ({100 * confirmed / total:.0f}%)")


@review.command("recheck")
@click.option("--proxy", help="HTTP proxy for every request.")
@click.option("--allow-private", is_flag=True, help="Allow loopback/private addresses (the farm and tests).")
@pass_ctx
def review_recheck(ctx, proxy, allow_private):
    """Check the URL of every open dispute not checked yet (as `oit itas check` checks an answer); the result waits
    beside the dispute in the review queue."""
    from crawler.runner import CrawlError
    from itas.check import recheck_disputes
    from storage.runs import CrawlLocked
    crawl = dict(ctx.settings["crawl"], **({"proxy": proxy} if proxy else {}))
    crawl["allow_private"] = crawl["allow_private"] or allow_private
    try:
        checked = recheck_disputes(ctx.db(), ctx.db_path, crawl)
    except (CrawlError, CrawlLocked) as exc:
        raise click.ClickException(str(exc)) from None
    for number, result in checked:
        score = "ต้องตรวจด้วยตนเอง" if result.score is None else result.score
        click.echo(f"dispute {number}: {result.agency_id} {result.item}: {score} — {result.reason_th}")
    click.echo(f"{len(checked)} disputes checked", err=True)


@review.command("export")
@click.option("--agency")
@click.option("--out", type=click.Path(dir_okay=False), help="YAML file (default: standard output).")
@pass_ctx
def review_export(ctx, agency, out):
    """The decisions as fixture verdicts (``expected.yaml``-shaped, one YAML document per agency and year)."""
    import yaml

    from storage.reviews import current_reviews
    db = ctx.db()
    if agency:
        known_agency(db, agency)
    docs: dict[tuple[str, int], dict] = {}
    for (agency_id, item, year), r in sorted(current_reviews(db, agency).items()):
        doc = docs.setdefault((agency_id, year), {"agency": agency_id, "year": year, "items": {}})
        doc["items"][item] = {"status": r["status"], "why": f"reviewed: {r['note']}", "engine": r["engine_status"],
                              "reviewer": r["reviewer"], "reviewed_at": r["created_at"], "run": r["run_id"]}
    write_or_echo(yaml.safe_dump_all(docs.values(), allow_unicode=True, sort_keys=False), out)
