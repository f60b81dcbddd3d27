"""`roster prune`: erase what is older than the retention (docs/privacy.md)."""

from __future__ import annotations

import click

from cli.context import AppContext, pass_app
from cli.person import not_rewritten
from planner.i18n.language import _
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
    click.echo(
        _(
            "erased what was older than {day}: {reasons} absence reasons, {details} log "
            "details, {events} calendar events, {people} people who left",
            day=done["before"].date().isoformat(),
            reasons=done["absence_reasons"],
            details=done["log_details"],
            events=done["calendar_events"],
            people=done["people_forgotten"],
        )
    )
    if done["not_rewritten"]:
        click.echo(not_rewritten(done["not_rewritten"]), err=True)


def register(cli: click.Group) -> None:
    cli.add_command(prune)
