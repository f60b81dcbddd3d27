"""`roster assign`, `roster unassign`, `roster pin`: the app's manual edits from the command
line, for a coordinator who scripts them. The same checks as in the app (the hard rules,
through the service), one transaction each, recorded in the log as edits by hand."""

from __future__ import annotations

import click

from cli.context import AppContext, pass_app
from planner.i18n.language import _
from planner.i18n.words import Words


@click.command("assign")
@click.argument("shift_id", metavar="SHIFT")
@click.argument("person_id", metavar="PERSON")
@click.option("--pin", "pinned", is_flag=True, help="Pin them: a re-plan keeps them there.")
@pass_app
def assign(app: AppContext, shift_id: str, person_id: str, pinned: bool) -> None:
    """Put PERSON on SHIFT (activity@YYYY-MM-DDTHH:MM) in the draft, in their kind's place.
    Refused, with the rules' sentences and exit status 1, when a hard rule would break; nothing
    is changed then. Publish to make it what people see.

    \b
    Example:
      roster assign inloop@2026-12-09T09:00 jan.peeters --pin
    """
    service = app.service
    service.place(shift_id, person_id, pinned=pinned)
    words = Words.of(service.organisation())
    name, shift = words.name(person_id), words.shift(shift_id)
    if pinned:
        click.echo(_("{name} is now on {shift}, pinned", name=name, shift=shift))
    else:
        click.echo(_("{name} is now on {shift}", name=name, shift=shift))


@click.command("unassign")
@click.argument("shift_id", metavar="SHIFT")
@click.argument("person_id", metavar="PERSON")
@pass_app
def unassign(app: AppContext, shift_id: str, person_id: str) -> None:
    """Take PERSON off SHIFT in the draft. Refused (exit status 1, nothing changed) when it
    would break a hard rule: volunteers left without a professional, more volunteers than the
    professionals left can supervise. A shift left without its professionals is unstaffed."""
    service = app.service
    service.unassign(shift_id, person_id)
    words = Words.of(service.organisation())
    click.echo(
        _("{name} was taken off {shift}", name=words.name(person_id), shift=words.shift(shift_id))
    )


@click.command("pin")
@click.argument("shift_id", metavar="SHIFT")
@click.argument("person_id", metavar="PERSON")
@click.option("--off", "unpin", is_flag=True, help="Unpin them instead.")
@pass_app
def pin(app: AppContext, shift_id: str, person_id: str, unpin: bool) -> None:
    """Pin PERSON, who is on SHIFT in the draft, where they are: a re-plan does not move
    them. To put someone on a shift pinned: `roster assign SHIFT PERSON --pin`."""
    service = app.service
    service.pin(shift_id, person_id, not unpin)
    words = Words.of(service.organisation())
    name, shift = words.name(person_id), words.shift(shift_id)
    if unpin:
        click.echo(_("{name} is unpinned on {shift}", name=name, shift=shift))
    else:
        click.echo(_("{name} is pinned on {shift}", name=name, shift=shift))


def register(cli: click.Group) -> None:
    cli.add_command(assign)
    cli.add_command(unassign)
    cli.add_command(pin)
