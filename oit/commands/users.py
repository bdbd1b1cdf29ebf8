"""``oit users``: accounts of the people who sign in to the web interface (auditors and agency officers)."""
from __future__ import annotations

import sys

import click

from oit.context import known_agency, pass_ctx
from oit.tables import table


def _audit(db, action: str, username: str, detail: dict) -> None:
    import getpass

    from storage.users import audit
    audit(db, {"username": getpass.getuser(), "role": "cli"}, action, username.lower(), detail)


@click.group()
def users():
    """Accounts: auditors (all agencies or one province) and agency officers (their own agency)."""


@users.command("add")
@click.argument("username")
@click.option("--role", required=True, type=click.Choice(["auditor", "officer"]))
@click.option("--agency", default="", help="An officer's agency id.")
@click.option("--province", default="", help="An auditor's province (default: every province).")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (else it is asked for).")
@pass_ctx
def users_add(ctx, username, role, agency, province, password_stdin):
    """Create an account; the password is asked for (never a command-line argument) and stored only as an argon2
    hash."""
    from storage.users import add_user
    db = ctx.db()
    if agency:
        known_agency(db, agency)
    password = sys.stdin.readline().rstrip("\n") if password_stdin else \
        click.prompt("password", hide_input=True, confirmation_prompt=True)
    try:
        add_user(db, username, password, role, agency, province)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    _audit(db, "user_add", username, {"role": role, "agency": agency, "province": province})
    click.echo(f"added {role} {username.lower()}" + (f" of {agency}" if agency else f" ({province or 'all provinces'})"))


@users.command("list")
@pass_ctx
def users_list(ctx):
    from storage.users import list_users
    click.echo(table(([u["username"], u["role"], u["agency_id"] or u["province"] or "*", "disabled" if u["disabled"] else
                       "active", u["created_at"]] for u in list_users(ctx.db())),
                     ["user", "role", "agency / province", "state", "created"]))


@users.command("disable")
@click.argument("username")
@pass_ctx
def users_disable(ctx, username):
    """Disable an account: it can no longer sign in, and its open sessions end at their next request."""
    from storage.users import set_disabled
    try:
        set_disabled(ctx.db(), username)
    except LookupError as exc:
        raise click.ClickException(str(exc)) from None
    _audit(ctx.db(), "user_disable", username, {})
    click.echo(f"disabled {username.lower()}")
