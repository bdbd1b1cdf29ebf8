"""``oit runs``, ``oit diff``, ``oit history``, ``oit prune``: what changed over runs, and keeping the store small."""
from __future__ import annotations

import json

import click

from oit.context import known_agency, known_item, known_run, pass_ctx
from oit.tables import shorten, table


@click.command()
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@pass_ctx
def runs(ctx, limit):
    """The latest runs: when, state, agencies, pages, errors and the rulebooks that judged them."""
    from reports.labels import be_date
    from rules.families import run_label
    db = ctx.db()
    from storage.runs import recent_runs
    rows = recent_runs(db, limit)
    if not rows:
        known_run(db, "latest")  # says there is no run yet
    click.echo(table(([r["id"], be_date(r["started_at"]), r["state"], r["agencies"], r["pages"], r["errors"],
                       run_label(r), "; ".join(filter(None, [r["note"], "baseline: rulebooks changed, no alerts"
                                                             if r.get("baseline") else ""]))] for r in rows),
                     ["run", "วันที่", "state", "agencies", "pages", "errors", "rulebook", "note"]))


def _titles(run: dict) -> dict[str, str]:
    from rules.families import run_rulebooks
    return {i.code: i.title_th for book in run_rulebooks(run) for i in book.items}


@click.command()
@click.option("--from", "before", type=int, help="Earlier complete run (default: second latest).")
@click.option("--to", "after", type=int, help="Later complete run (default: latest).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--allow-mixed", is_flag=True, help="Compare runs judged with different rulebooks (labelled as such).")
@pass_ctx
def diff(ctx, before, after, fmt, allow_mixed):
    """What changed between two complete runs: newly failing, fixed, still failing, changed evidence."""
    from reports.labels import STATUS_TH
    from storage.diff import default_pair, diff_runs, rulebooks_differ
    db = ctx.db()
    for run_id in filter(None, (before, after)):
        known_run(db, run_id)
    try:
        if before is None or after is None:
            b, a = default_pair(db)
            before, after = before or b, after or a
        result = diff_runs(db, before, after, allow_mixed=allow_mixed)
    except LookupError as exc:
        raise click.ClickException(str(exc)) from None
    mixed = rulebooks_differ(db, before, after)
    if mixed:
        click.echo(f"คำเตือน: สองรอบนี้ตรวจด้วยเกณฑ์ต่างกัน — {mixed}\nwarning: the runs were judged with different "
                   f"rulebooks ({mixed}); differences may come from the rulebooks, not the sites", err=fmt == "json")
    if fmt == "json":
        click.echo(json.dumps([d.__dict__ for d in result], ensure_ascii=False, indent=1, default=str))
        return
    titles = _titles(known_run(db, after))
    click.echo(f"run {before} → run {after}")
    for d in result:
        if d.rulebook_changed:
            click.echo(f"{d.name_th} ({d.agency_id}): ตรวจด้วยเกณฑ์คนละชุด / judged by another rulebook family: {d.rulebook_changed}")
            continue
        if d.site_down:
            click.echo(f"{d.name_th} ({d.agency_id}): เข้าถึงเว็บไซต์ไม่ได้ / site unreachable in run {after}")
            continue
        if d.is_empty() and not d.still_failing:
            continue
        click.echo(f"\n{d.name_th} ({d.agency_id})")
        rows = [[label, r["item"], shorten(titles.get(r["item"], ""), 36),
                 f"{r['previous_status'] or '-'} → {r['status']}", STATUS_TH.get(r["status"], ""), shorten(r["reason_th"], 60)]
                for label, found in (("ใหม่ newly failing", d.newly_failing), ("แก้แล้ว fixed", d.fixed),
                                     ("ยังไม่ผ่าน still failing", d.still_failing)) for r in found]
        rows += [["หลักฐานเปลี่ยน changed", c["item"], shorten(titles.get(c["item"], ""), 36), "", "", c["url"]]
                 for c in d.changed_evidence]
        click.echo(table(rows, ["", "ข้อ", "ข้อมูล", "status", "สถานะ", "ผลการตรวจ / URL"]))


@click.command()
@click.option("--agency", required=True)
@click.option("--item", help="One item, by code or words of its title (default: every item of the latest run).")
@click.option("--runs", "runs_back", default=30, show_default=True, help="How many complete runs to look back.")
@pass_ctx
def history(ctx, agency, item, runs_back):
    """Each item's status across complete runs: since when, failing streak, flapping."""
    from reports.labels import be_date
    from rules.families import item_number
    from storage.diff import item_history
    db = ctx.db()
    known_agency(db, agency)
    from storage.findings import agency_findings, latest_judged_run_id
    from storage.runs import run_by_id
    latest = latest_judged_run_id(db, agency)
    if latest is None:
        raise click.ClickException(f"ยังไม่มีผลการตรวจของ {agency} / no findings for {agency} yet: crawl it first")
    run = run_by_id(db, latest)
    assert run is not None  # findings belong to a run
    items = [known_item(run, item)] if item else sorted((r["item"] for r in agency_findings(db, latest, agency)),
                                                        key=item_number)
    titles, rows = _titles(run), []
    for code in items:
        h = item_history(db, agency, code, runs_back)
        if not h["history"]:
            continue
        trail = " ".join(r["status"][0].upper() for r in reversed(h["history"]))
        flags = (f"failing {h['failing_streak']} runs in a row" if h["failing_streak"] else "") + \
            (", flapping" if h["flapping"] else "")
        rows.append([code, shorten(titles.get(code, ""), 40), h["history"][0]["status"], be_date(h["since"]),
                     flags.lstrip(", ") or "-", f"[{trail}]"])
    click.echo(table(rows, ["ข้อ", "ข้อมูล", "status", "ตั้งแต่ since", "", "runs (old → new)"]))


@click.command()
@click.option("--keep-runs", type=click.IntRange(min=1), help="Keep page texts of this many newest runs (default: setting).")
@pass_ctx
def prune(ctx, keep_runs):
    """Drop page texts of old runs (findings, URLs and hashes are kept)."""
    from storage.retention import prune_page_texts
    keep = keep_runs or ctx.settings["storage"]["keep_page_text_runs"]
    click.echo(f"pruned the text of {prune_page_texts(ctx.db(), keep)} pages (kept the newest {keep} runs)")
