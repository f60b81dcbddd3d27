"""`roster tick`: everything that is due, for a timer or cron (docs/operations.md)."""

from __future__ import annotations

import sys

import click

from cli.context import AppContext, pass_app
from planner.i18n.language import _
from planner.i18n.words import Words
from planner.io.notice_report import report_lines

SOME_UNDELIVERED = 1  # as `roster notify`: a timer's log shows it


@click.command("tick")
@pass_app
def tick(app: AppContext) -> None:
    """Send what is due: reminders before shifts, the coordinator's morning digest, change
    notices still waiting in the outbox. Run it every few minutes from a systemd timer or
    cron: each message goes once, however often it runs, and a tick that finds nothing due
    prints nothing. Exit 1 when something could not be sent (the next tick tries again)."""
    outcome = app.service.tick()
    if outcome.no_mail:
        click.echo(
            _("no mail server: organisation.toml has no [mail] table, so nothing is mailed"),
            err=True,
        )
        return
    words = Words.of(app.service.organisation())
    for done in outcome.reminders.sent:
        click.echo(
            _(
                "reminded {name} of {shift}",
                name=words.name(done.person_id),
                shift=words.shift(done.shift_id),
            )
        )
    for done, reason in outcome.reminders.failed:
        click.echo(
            _(
                "reminder to {name} did not go; the next tick tries again: {reason}",
                name=words.name(done.person_id),
                reason=reason,
            ),
            err=True,
        )
    if outcome.digest is not None and outcome.digest.error is None:
        click.echo(_("mailed the digest to {address}", address=outcome.digest.to))
    elif outcome.digest is not None:
        click.echo(
            _(
                "the digest did not go; the next tick tries again: {reason}",
                reason=outcome.digest.error,
            ),
            err=True,
        )
    if outcome.notices is not None:
        for line in report_lines(outcome.notices):
            click.echo(line)
    if outcome.undelivered:
        sys.exit(SOME_UNDELIVERED)


def register(cli: click.Group) -> None:
    cli.add_command(tick)
