"""`roster person export|forget`: a person's rights over their data (docs/privacy.md)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from cli.ask import confirm
from cli.context import AppContext, pass_app
from cli.holding import tell
from cli.options import OutputPath
from cli.output import write_file
from planner.i18n.language import _, ngettext


@click.group("person")
def person_group() -> None:
    """A person's data: everything held about them, or forgetting them (GDPR articles 15
    and 17). docs/privacy.md says what each holds and leaves."""


@person_group.command("export")
@click.argument("person_id", metavar="ID")
@click.option("-o", "--output", type=OutputPath(), metavar="FILE", help="Default: stdout.")
@pass_app
def export(app: AppContext, person_id: str, output: Path | None) -> None:
    """Everything the database holds about person ID, as JSON (`roster-person/1`): profile,
    limits, absences, shifts in both rosters, calendar events and the log entries about them."""
    document = app.service.export_person(person_id)
    text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    if output is None:
        sys.stdout.write(text)
        return
    write_file(output, text.encode("utf-8"))
    click.echo(_("wrote {file}", file=output))


@person_group.command("forget")
@click.argument("person_id", metavar="ID")
@click.option(
    "--calendar",
    "calendar",
    type=click.Path(path_type=Path, dir_okay=False),
    metavar="FILE",
    help="Where to write their last calendar, which cancels their future shifts "
    "(needed when their calendar holds any).",
)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_app
def forget(app: AppContext, person_id: str, calendar: Path | None, yes: bool) -> None:
    """Erase person ID's name, contact and free text everywhere, the log included; what they
    did stays under a pseudonym, so counts and hours stay in the managers' reports. They
    leave the organisation: their future shifts come off the rosters, and a shift that no
    longer holds without them becomes unstaffed, with that reason. This cannot be undone.

    Remove them from people.csv too, or the next `roster load` brings them back as new."""
    if not yes:
        question = _("Erase the data of '{person}'? This cannot be undone", person=person_id)
        confirm(question, abort=True)
    done = app.service.forget_person(person_id, calendar_wanted=calendar is not None)
    click.echo(
        _(
            "forgot '{person}': what they did stays as '{pseudonym}'",
            person=person_id,
            pseudonym=done.pseudonym,
        )
    )
    if done.not_rewritten:
        click.echo(not_rewritten(done.not_rewritten), err=True)
    service = app.service
    tell(app, service.published_holding(), False, service.draft_holding())
    if done.calendar is not None and calendar is not None:
        write_file(calendar, done.calendar)
        click.echo(
            ngettext(
                "wrote {file}: their last calendar, cancelling {n} shift; send it to them, "
                "then delete it",
                "wrote {file}: their last calendar, cancelling {n} shifts; send it to them, "
                "then delete it",
                done.cancelled,
                file=calendar,
            )
        )


def not_rewritten(reason: str) -> str:
    return _(
        "warning: the database files could not be rewritten ({reason}): erased values may stay "
        "in their free space until the database's administrator runs VACUUM FULL",
        reason=reason,
    )


def register(cli: click.Group) -> None:
    cli.add_command(person_group)
