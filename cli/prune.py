"""`roster prune`: erase what is older than the retention (docs/privacy.md)."""

from __future__ import annotations

import click

from cli.context import AppContext, pass_app
from planner.service.privacy import RETENTION_MONTHS


@click.command("prune")
@click.option(
    "--months",
    type=click.IntRange(min=1),
    default=RETENTION_MONTHS,
    show_default=True,
    help="The retention: what is older than this many months is erased.",
)
@pass_app
def prune(app: AppContext, months: int) -> None:
    """Erase what is older than the retention: absence reasons, the details of the log
    (before and after; who did what when stays), calendar state of old shifts, and the people
    who left the organisation before then (pseudonymised as by `roster person forget`).

    Schedule it, e.g. monthly: docs/privacy.md shows how."""
    done = app.service.prune(months=months)
    click.echo(
        f"erased what was older than {done['before']:%Y-%m-%d}: "
        f"{done['absence_reasons']} absence reasons, {done['log_details']} log details, "
        f"{done['calendar_events']} calendar events, {done['people_forgotten']} people who left"
    )
    if done["not_rewritten"]:
        click.echo(
            f"warning: the database files could not be rewritten ({done['not_rewritten']}): "
            "erased values may stay in their free space until the database's administrator "
            "runs VACUUM FULL",
            err=True,
        )


def register(cli: click.Group) -> None:
    cli.add_command(prune)
