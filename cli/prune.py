"""`roster prune`: erase what is older than the retention (docs/privacy.md)."""

from __future__ import annotations

import click

from cli.context import AppContext, pass_app
from cli.person import not_rewritten
from planner.i18n.language import _, ngettext
from planner.service.privacy import RETENTION_MONTHS


@click.command("prune")
@click.option(
    "--months",
    type=click.IntRange(1, 1200),  # a hundred years; more overflows the calendar
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
    counts = [
        ngettext("{n} absence reason", "{n} absence reasons", done["absence_reasons"]),
        ngettext("{n} log detail", "{n} log details", done["log_details"]),
        ngettext("{n} calendar event", "{n} calendar events", done["calendar_events"]),
        ngettext("{n} person who left", "{n} people who left", done["people_forgotten"]),
    ]
    click.echo(
        _(
            "erased what was older than {day}: {counts}",
            day=done["before"].date().isoformat(),
            counts=", ".join(counts),
        )
    )
    if done["not_rewritten"]:
        click.echo(not_rewritten(done["not_rewritten"]), err=True)


def register(cli: click.Group) -> None:
    cli.add_command(prune)
