"""The ``oit`` command: every sub-command is a thin shell over a function in crawler/, rules/ or storage/."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

import rules  # noqa: F401  (PYTHAINLP_OFFLINE before pythainlp loads)
from oit import __version__, settings as settings_mod


class Context:
    def __init__(self, config: str | None, db: str | None):
        self.settings = settings_mod.load(config)
        self.db_path = settings_mod.db_path(self.settings, db)

    def db(self):
        from storage import open_db
        return open_db(self.db_path)


pass_ctx = click.make_pass_decorator(Context)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="oit")
@click.option("--config", type=click.Path(dir_okay=False), help="Settings file (TOML); default ./oit.toml or $OIT_CONFIG.")
@click.option("--db", help="SQLite database (default: per-user data dir, or $OIT_DB).")
@click.pass_context
def main(ctx, config, db):
    """OIT Watch: checks Thai agencies' websites against the ITA/OIT disclosure checklist.

    ตรวจเว็บไซต์หน่วยงานตามเกณฑ์การเปิดเผยข้อมูลสาธารณะ (OIT) ของการประเมิน ITA
    """
    ctx.obj = Context(config, db)


# -- agencies ---------------------------------------------------------------------------------------
@main.group()
def agencies():
    """The agency registry (หน่วยงาน)."""


@agencies.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@pass_ctx
def agencies_import(ctx, file):
    """Import or update agencies from FILE (CSV in UTF-8, with or without BOM, or XLSX).

    Columns: id, name_th, name_en, type, province, url, contact_email (id, name_th and url required).
    Bad rows are reported with their line number and skipped; good rows still import.
    """
    from storage.agencies import import_agencies
    try:
        report = import_agencies(ctx.db(), file, ctx.settings["registry"]["outside_go_th"])
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(str(report))


@agencies.command("list")
@pass_ctx
def agencies_list(ctx):
    """List the agencies in the registry: id, Thai name, province, rulebook family (ita / moit) and website."""
    from storage.agencies import list_agencies
    from rules.families import family_of
    for a in list_agencies(ctx.db()):
        click.echo(f"{a['id']:<16} {a['name_th']:<40} {a['province'] or '-':<14} {family_of(a):<5} {a['url']}")


# -- crawl and evaluate -------------------------------------------------------------------------------
def _rulebook(year):
    """The rulebooks of ``year`` (0 or None: the default year), one per family; warns about unverified ones."""
    from rules.families import default_year, rulebooks_for_year, status_note
    from rules.rulebook import RulebookError
    try:
        books = rulebooks_for_year(year or default_year())
    except RulebookError as exc:
        raise click.ClickException(str(exc)) from None
    for book in books.books.values():
        _warn_status(book, status_note)
    return books


def _warn_status(book, status_note=None) -> None:
    if status_note is None:
        from rules.families import status_note
    th, en = status_note(book)
    if th:
        click.echo(f"คำเตือน: {th}\nwarning: {en}", err=True)


def _warn_run(run) -> None:
    """Say on stderr when a run was judged with a provisional or unverified rulebook."""
    from rules.families import run_rulebooks
    for book in run_rulebooks(run):
        _warn_status(book)


def crawl_overrides(ctx, proxy=None, allow_private=False, no_robots=False, max_pages=None, timeout=None) -> dict:
    """The ``[crawl]`` settings with the command line's flags applied."""
    crawl_settings = dict(ctx.settings["crawl"])
    for key, value in (("proxy", proxy), ("max_pages", max_pages), ("timeout", timeout)):
        if value:
            crawl_settings[key] = value
    if allow_private:
        crawl_settings["allow_private"] = True
    if no_robots:
        crawl_settings["robots"] = False
    return crawl_settings


@main.command()
@click.option("--agencies", "agencies_file", type=click.Path(exists=True, dir_okay=False),
              help="Import this registry file first and crawl its agencies.")
@click.option("--agency", "agency_ids", multiple=True, help="Crawl only this agency id (repeatable).")
@click.option("--year", type=int, help="Fiscal year (B.E.) whose rulebooks judge the crawl (default: today's, see `oit rules list`).")
@click.option("--proxy", help="HTTP proxy for every request (also HTTP_PROXY/HTTPS_PROXY).")
@click.option("--allow-private", is_flag=True, help="Allow loopback/private addresses (the farm and tests).")
@click.option("--no-robots", is_flag=True, help="Do not honour robots.txt (only with the site owner's consent).")
@click.option("--max-pages", type=click.IntRange(min=1), help="Pages per agency.")
@click.option("--timeout", type=click.IntRange(min=1, max=600), help="Seconds per request.")
@click.option("--distributed", is_flag=True,
              help="Queue the agencies for `oit worker` processes (any machines) over Redis; store and judge here.")
@click.option("--redis", "redis_url", help="Redis URL for --distributed (default: distributed.redis_url).")
@pass_ctx
def crawl(ctx, agencies_file, agency_ids, year, proxy, allow_private, no_robots, max_pages, timeout, distributed,
          redis_url):
    """Crawl agencies' websites, evaluating every OIT item of each as soon as it is crawled (one run)."""
    from crawler.runner import CrawlError, run_crawl
    from rules.rulebook import RulebookError
    from storage.agencies import import_agencies, list_agencies
    from storage.runs import CrawlLocked

    db = ctx.db()
    rulebook = _rulebook(year or ctx.settings["general"]["year"])
    ids = None
    if agencies_file:
        try:
            report = import_agencies(db, agencies_file, ctx.settings["registry"]["outside_go_th"])
        except ValueError as exc:
            raise click.ClickException(str(exc)) from None
        click.echo(str(report), err=True)
        ids = report.ids
    if agency_ids:
        ids = list(agency_ids)
    try:
        chosen = list_agencies(db, ids)
    except KeyError as exc:
        raise click.ClickException(str(exc.args[0])) from None
    crawl_settings = crawl_overrides(ctx, proxy, allow_private, no_robots, max_pages, timeout)
    from rules.families import family_of
    try:
        families = sorted({family_of(a) for a in chosen})
    except RulebookError as exc:
        raise click.ClickException(str(exc)) from None
    labels = ", ".join(rulebook.books[f].label if f in rulebook.books else f"{f.upper()} {rulebook.year} (none: items unchecked)"
                       for f in families)
    click.echo(f"crawling {len(chosen)} agencies with rulebook {labels} → {ctx.db_path}", err=True)
    try:
        if distributed:
            from crawler.distributed.coordinator import run_distributed
            settings = ctx.settings["distributed"]
            run_id = run_distributed(ctx.db_path, chosen, rulebook, crawl_settings, redis_url or settings["redis_url"],
                                     settings["deadline_hours"])
        else:
            run_id = run_crawl(ctx.db_path, chosen, rulebook, crawl_settings)
    except (CrawlError, CrawlLocked) as exc:
        raise click.ClickException(str(exc)) from None
    count = db.execute("SELECT count(*) FROM findings WHERE run_id = ?", [run_id]).fetchone()[0]
    run = db["runs"].get(run_id)
    click.echo(f"run {run_id} {run['state']}: {run['pages']} pages, {run['errors']} errors, {count} findings")


@main.command()
@click.option("--run", "run_id", default="latest", help="Run id (default: latest).")
@click.option("--year", type=int, help="Rulebook year (default: the run's).")
@pass_ctx
def evaluate(ctx, run_id, year):
    """Re-evaluate a stored crawl with the current rulebook, without re-crawling."""
    from rules.engine import evaluate_run
    from storage.runs import get_run
    db = ctx.db()
    run = get_run(db, run_id)
    if run is None:
        raise click.ClickException("no such run")
    count = evaluate_run(db, run["id"], _rulebook(year or run["year"]))
    click.echo(f"run {run['id']}: {count} findings")
    if year and year != run["year"]:
        click.echo(f"note: run {run['id']} was judged with the {run['year']} rulebooks before; `oit diff` will not compare it "
                   "with runs judged by other rulebooks", err=True)


@main.group("rules")
def rules_group():
    """Rulebooks (one YAML file per ITA year)."""


@rules_group.command("validate")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False))
def rules_validate(files):
    """Check rulebook FILES (default: every bundled rulebook) and report every mistake."""
    from rules.rulebook import RulebookError, load_rulebook, rulebook_files
    failed = False
    for file in files or rulebook_files():
        try:
            book = load_rulebook(Path(file))
            click.echo(f"{Path(file).name}: ok, {len(book.items)} items for {book.label}")
        except RulebookError as exc:
            failed = True
            click.echo(str(exc).replace("rulebook has", f"{Path(file).name} has", 1), err=True)
    if failed:
        sys.exit(1)


@rules_group.command("list")
def rules_list():
    """Every bundled rulebook: family, year, item count and status (verified / provisional / unverified)."""
    from rules.families import STATUS_TH, all_rulebooks, default_year
    from rules.rulebook import RulebookError
    try:
        books = all_rulebooks()
    except RulebookError as exc:
        raise click.ClickException(str(exc)) from None
    default = default_year()
    click.echo(f"{'file':<14} {'family':<7} {'year':<5} {'items':>5}  status")
    for book in books:
        mark = "  ← default year" if book.year == default and book.family == "ita" else ""
        click.echo(f"{book.path.name:<14} {book.family:<7} {book.year:<5} {len(book.items):>5}  "
                   f"{book.status} ({STATUS_TH[book.status]}){mark}")


# -- findings, reports, history ----------------------------------------------------------------------
@main.command()
@click.option("--run", "run_id", default="latest")
@click.option("--agency")
@click.option("--province")
@click.option("--item")
@click.option("--status", help="Comma-separated: pass,partial,missing,broken,unchecked")
@click.option("--search", help="Full-text search in reasons (Thai works).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "xlsx"]), default="table")
@click.option("--out", type=click.Path(dir_okay=False), help="Write to this file (required for xlsx).")
@pass_ctx
def findings(ctx, run_id, agency, province, item, status, search, fmt, out):
    """Query findings of a run, for auditors."""
    from storage.findings import query_findings, to_csv, to_json, to_xlsx
    from storage.runs import get_run
    run = get_run(ctx.db(), run_id)
    if run is not None:
        _warn_run(run)
    try:
        rows = query_findings(ctx.db(), run_id, agency=agency, province=province, item=item,
                              status=status.split(",") if status else None, search=search)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    if fmt == "xlsx":
        if not out:
            raise click.ClickException("--format xlsx needs --out FILE.xlsx")
        to_xlsx(rows, out)
        click.echo(f"wrote {len(rows)} findings to {out}", err=True)
        return
    text = to_json(rows) if fmt == "json" else to_csv(rows) if fmt == "csv" else "\n".join(
        f"{r['agency_id']:<14} {r['item']:<4} {r['status']:<9} {r['reason_th']}" for r in rows)
    if out:
        Path(out).write_text(text, encoding="utf-8")
    else:
        click.echo(text)


@main.command()
@click.option("--agency", required=True)
@click.option("--run", "run_id", default="latest")
@click.option("--format", "fmt", type=click.Choice(["html", "md", "xlsx"]), default="html")
@click.option("--out", type=click.Path(dir_okay=False), help="Output file (default: report-<agency>.<format>).")
@pass_ctx
def report(ctx, agency, run_id, fmt, out):
    """The per-agency report in the assessors' layout, with an estimated OIT score."""
    from oit.report import agency_report, render_html, render_md, render_xlsx
    try:
        data = agency_report(ctx.db(), agency, run_id)
    except LookupError as exc:
        raise click.ClickException(str(exc)) from None
    out = out or f"report-{agency}.{fmt}"
    if fmt == "xlsx":
        render_xlsx(data, out)
    else:
        Path(out).write_text(render_html(data) if fmt == "html" else render_md(data), encoding="utf-8")
    card = data["scorecard"]
    _warn_status(data["rulebook"])
    shown = "no score: the site could not be checked" if card.score is None else f"{card.score:g}% ({card.verdict_th})"
    click.echo(f"{out}: {data['agency']['name_th']}, {data['rulebook'].label}, estimated score {shown}")


@main.command()
@click.option("--from", "before", type=int, help="Earlier complete run (default: second latest).")
@click.option("--to", "after", type=int, help="Later complete run (default: latest).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--allow-mixed", is_flag=True, help="Compare runs judged with different rulebooks (labelled as such).")
@pass_ctx
def diff(ctx, before, after, fmt, allow_mixed):
    """What changed between two complete runs: newly failing, fixed, still failing, changed evidence."""
    from storage.diff import default_pair, diff_runs, rulebooks_differ
    db = ctx.db()
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
    click.echo(f"run {before} → run {after}")
    for d in result:
        if d.rulebook_changed:
            click.echo(f"{d.agency_id}: ตรวจด้วยเกณฑ์คนละชุด / judged by another rulebook family: {d.rulebook_changed}")
            continue
        if d.site_down:
            click.echo(f"{d.agency_id}: เข้าถึงเว็บไซต์ไม่ได้ / site unreachable in run {after}")
            continue
        if d.is_empty() and not d.still_failing:
            continue
        click.echo(f"{d.agency_id} ({d.name_th})")
        for label, rows in (("ใหม่ newly failing", d.newly_failing), ("แก้แล้ว fixed", d.fixed),
                            ("ยังไม่ผ่าน still failing", d.still_failing)):
            for r in rows:
                click.echo(f"  {label:<26} {r['item']:<4} {r['previous_status'] or '-'} → {r['status']}: {r['reason_th']}")
        for c in d.changed_evidence:
            click.echo(f"  {'หลักฐานเปลี่ยน changed':<26} {c['item']:<4} {c['url']}")


@main.command()
@click.option("--agency", required=True)
@click.option("--item", help="One item (default: every item of the latest run).")
@click.option("--runs", default=30, show_default=True, help="How many complete runs to look back.")
@pass_ctx
def history(ctx, agency, item, runs):
    """Each item's status across complete runs: since when, failing streak, flapping."""
    from oit.report import be_date
    from storage.diff import item_history
    db = ctx.db()
    from rules.families import item_number
    items = [item.upper()] if item else sorted((r[0] for r in db.execute(
        "SELECT item FROM findings WHERE agency_id = ? AND run_id = (SELECT max(run_id) FROM findings WHERE agency_id = ?)",
        [agency, agency])), key=item_number)
    if not items:
        raise click.ClickException(f"no findings for {agency}")
    for code in items:
        h = item_history(db, agency, code, runs)
        if not h["history"]:
            continue
        trail = " ".join(r["status"][0].upper() for r in reversed(h["history"]))
        flags = (f", failing {h['failing_streak']} runs in a row" if h["failing_streak"] else "") + \
            (", flapping" if h["flapping"] else "")
        click.echo(f"{code:<4} {h['history'][0]['status']:<9} since {be_date(h['since'])}{flags}   [{trail}]")


@main.command()
@click.option("--run", "run_id", default="latest")
@click.option("--by", type=click.Choice(["province", "type"]), default="province")
@click.option("--worst", default=5, help="Items to show per group.")
@pass_ctx
def summary(ctx, run_id, by, worst):
    """Per province or agency type: how many agencies pass each item, worst items first."""
    from storage.findings import summary as summarize
    for key, group in summarize(ctx.db(), run_id, by).items():
        click.echo(f"{key}: {group['agencies']} agencies")
        for item, passed, total in group["items"][:worst]:
            click.echo(f"  {item:<4} {passed}/{total} pass")


@main.command()
@click.option("--run", "run_id", default="latest")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "xlsx"]), default="table")
@click.option("--out", type=click.Path(dir_okay=False), help="Write to this file (required for xlsx).")
@pass_ctx
def scores(ctx, run_id, fmt, out):
    """Estimated OIT/MOIT score per agency by the official method (items 100 or 0), ผ่าน / ต้องปรับปรุง at 85."""
    from rules.scoring import run_scores, scores_to_csv, scores_to_xlsx
    from storage.runs import get_run
    db = ctx.db()
    run = get_run(db, run_id)
    if run is None:
        raise click.ClickException("no such run")
    _warn_run(run)
    rows = run_scores(db, run["id"])
    if fmt == "xlsx":
        if not out:
            raise click.ClickException("--format xlsx needs --out FILE.xlsx")
        scores_to_xlsx(rows, out)
        click.echo(f"wrote {len(rows)} agencies' scores to {out}", err=True)
        return
    if fmt == "json":
        text = json.dumps(rows, ensure_ascii=False, indent=1)
    elif fmt == "csv":
        text = scores_to_csv(rows)
    else:
        text = "\n".join([f"estimated scores (ประมาณการ), run {run['id']}"] + [
            f"{r['agency_id']:<14} {r['rulebook']:<26} " + ("-" if r["estimated_score"] is None else f"{r['estimated_score']:>6g}")
            + f"  {r['verdict']}" for r in rows])
    if out:
        Path(out).write_text(text, encoding="utf-8")
    else:
        click.echo(text)


@main.command()
@click.option("--keep-runs", type=int, help="Keep page texts of this many newest runs (default: setting).")
@pass_ctx
def prune(ctx, keep_runs):
    """Drop page texts of old runs (findings, URLs and hashes are kept)."""
    from storage.retention import prune_page_texts
    keep = keep_runs or ctx.settings["storage"]["keep_page_text_runs"]
    click.echo(f"pruned the text of {prune_page_texts(ctx.db(), keep)} pages (kept the newest {keep} runs)")


# -- farm and demo ------------------------------------------------------------------------------------
@main.group()
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
    f = Farm(sites or SITES_DIR, port=port, hang_seconds=hang_seconds,
             latency=Latency.parse(latency) if latency else None)
    click.echo(f"farm proxy on {f.proxy_url}; registry: {Path(__file__).resolve().parent.parent / 'farm' / 'agencies.csv'}")
    f.httpd.serve_forever()


@main.command()
@click.option("--year", type=int, default=2566, show_default=True)
@pass_ctx
def demo(ctx, year):
    """Crawl the bundled farm of sample sites on loopback, evaluate it and print a scorecard."""
    from oit.demo import run_demo
    run_demo(ctx, year)


from oit import commands_distributed, commands_extra  # noqa: E402,F401  (schedule, alerts, serve register themselves on main)
