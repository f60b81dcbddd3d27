"""`roster db upgrade` and `roster db status`: the database's schema (docs/storage.md)."""

from __future__ import annotations

import click

from cli.context import AppContext, pass_app_without_database
from planner.i18n.language import _
from planner.service.database import database_state, shown_url, upgrade_database


@click.group("db")
def db_group() -> None:
    """The database itself: its schema and its upgrades.

    A SQLite file is upgraded by itself when a newer planner opens it (a copy of the old
    file is kept beside it). A shared PostgreSQL database is upgraded by one coordinator,
    once, with `roster db upgrade`, after every coordinator has installed the new planner.
    """


@db_group.command("upgrade")
@pass_app_without_database
def upgrade(app: AppContext) -> None:
    """Bring the database's schema to this planner's (made, when the database is empty).
    Everything in it is kept; the upgrade is one transaction."""
    before, after = upgrade_database(app.db_url)
    where = shown_url(app.db_url)
    if before is None:
        click.echo(_("{url}: made the schema ({revision})", url=where, revision=after))
    elif before == after:
        click.echo(_("{url}: already at the newest schema ({revision})", url=where, revision=after))
    else:
        click.echo(
            _("{url}: upgraded the schema from {old} to {new}", url=where, old=before, new=after)
        )


@db_group.command("status")
@pass_app_without_database
def status(app: AppContext) -> None:
    """Say which schema the database has, and whether it needs `roster db upgrade`."""
    found = database_state(app.db_url)
    where = shown_url(app.db_url)
    if found.revision is None:
        click.echo(_("{url}: empty (the first command that needs it makes the schema)", url=where))
    elif found.current:
        click.echo(_("{url}: schema {revision}, the newest", url=where, revision=found.revision))
    else:
        click.echo(
            _(
                "{url}: schema {revision}, behind this planner's ({head}): run `roster db upgrade`",
                url=where,
                revision=found.revision,
                head=found.head,
            )
        )


def register(cli: click.Group) -> None:
    cli.add_command(db_group)
