"""`roster log`: who changed what, when (the audit log)."""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import ZoneInfo

import click

from cli.context import AppContext, pass_app
from cli.options import HOW_MANY, DateType
from planner.i18n.changes import action_name, entry_text, moment_text
from planner.i18n.language import _
from planner.i18n.words import Words


@click.command("log")
@click.option("--person", "person_id", metavar="ID", help="Only the changes about this person.")
@click.option(
    "--from",
    "since",
    type=DateType(),
    metavar="DATE",
    help="Only the changes made on this day (YYYY-MM-DD) or later.",
)
@click.option("--last", type=HOW_MANY, metavar="N", help="Only the newest N.")
@pass_app
def log(app: AppContext, person_id: str | None, since, last: int | None) -> None:
    """Every change to rosters, absences, people and activities: when, who, which command
    and what it changed, oldest first. A publication says who published which weeks."""
    service = app.service
    org = service.organisation()
    words = Words.of(org)
    former = {p.id: p.name for p in service.former_people()}
    words = replace(words, people={**former, **words.people})
    entries = service.audit_log(person_id=person_id, since=since, last=last)
    if not entries:
        click.echo(_("no changes recorded"))
        return
    tz = ZoneInfo(org.timezone)
    for e in entries:
        text = entry_text(e.kind, e.subject, e.before, e.after, words, tz)
        click.echo("  ".join((moment_text(e.at, tz), e.actor, action_name(e.action), text)))


def register(cli: click.Group) -> None:
    cli.add_command(log)
