"""`roster absence add|list|remove`: leave, sickness and unavailability entered by hand."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import click

from cli.context import AppContext, pass_app
from cli.holding import fail_option, tell
from cli.options import ROW_ID
from planner.dates import monday_of
from planner.domain import Absence, AbsenceKind, Period
from planner.errors import PlannerError
from planner.i18n.language import _
from planner.i18n.names import absence_kind_name
from planner.i18n.text import render
from planner.io import fields
from planner.io.fields import FieldError
from planner.message import msg


@click.group("absence")
def absence_group() -> None:
    """Leave, sickness and unavailability. Nobody is planned while absent.

    Absences added here stay when the organisation folder is loaded again; those from
    absences.csv are replaced by the file's on every `roster load`.
    """


@absence_group.command("add")
@click.argument("person")
@click.option(
    "--from",
    "start",
    required=True,
    metavar="DATETIME",
    help="YYYY-MM-DD HH:MM local time, or YYYY-MM-DD.",
)
@click.option(
    "--to",
    "end",
    required=True,
    metavar="DATETIME",
    help="YYYY-MM-DD HH:MM local time, or YYYY-MM-DD; a date alone includes that whole day.",
)
@click.option(
    "--kind",
    type=click.Choice([k.value for k in AbsenceKind]),
    default=AbsenceKind.LEAVE.value,
    show_default=True,
)
@click.option("--reason", default="", help='Short and without medical details ("sick" is enough).')
@fail_option
@pass_app
def add(
    app: AppContext,
    person: str,
    start: str,
    end: str,
    kind: str,
    reason: str,
    fail_if_broken: bool,
) -> None:
    """Add an absence of PERSON (their id in people.csv). Shifts still to come that no
    longer hold without them, published or in the draft, are listed at once, with the weeks
    to re-plan.

    \b
    Example, leave from 21 to 24 December inclusive:
      roster absence add rita.de-meyer --from 2026-12-21 --to 2026-12-24
    """
    tz = ZoneInfo(app.service.organisation().timezone)
    begin = _moment(start, "--from", tz)
    finish = _moment(end, "--to", tz, is_end=True)
    if finish <= begin:
        raise click.BadParameter(
            _("'{end}' is not after --from '{start}'", end=end, start=start), param_hint="--to"
        )
    # An absence already recorded for these times: typed twice (refused), or overlapping
    # (said, since leave inside a longer unavailability is real but a typo is likelier).
    overlapping = app.service.absences(begin, finish, person)
    for other in overlapping:
        if (other.start, other.end) == (begin, finish):
            raise PlannerError(
                msg(
                    "this absence is already recorded as absence {id}; nothing was added",
                    id=other.id,
                )
            )
    stored = app.service.add_absence(Absence(person, begin, finish, AbsenceKind(kind), reason))
    click.echo(_("added absence {id}: {absence}", id=stored.id, absence=describe(stored)))
    for other in overlapping:
        click.echo(
            _(
                "warning: it overlaps absence {id}: {absence}",
                id=other.id,
                absence=describe(other),
            ),
            err=True,
        )
    first = monday_of(begin.date())
    last = monday_of((finish - timedelta(microseconds=1)).date())
    weeks = Period(first, (last - first).days // 7 + 1)
    service = app.service
    tell(app, service.published_holding(weeks), fail_if_broken, service.draft_holding(weeks))


@absence_group.command("list")
@click.option("--person", metavar="PERSON", help="Only this person's absences.")
@click.option(
    "--from",
    "start",
    metavar="DATE",
    help="Overlapping this period (YYYY-MM-DD HH:MM local time, or YYYY-MM-DD).",
)
@click.option("--to", "end", metavar="DATE", help="End of that period; a date alone is included.")
@pass_app
def list_(app: AppContext, person: str | None, start: str | None, end: str | None) -> None:
    """List absences, oldest first, with their ids (for `absence remove`)."""
    tz = ZoneInfo(app.service.organisation().timezone)
    begin = _moment(start, "--from", tz) if start else None
    finish = _moment(end, "--to", tz, is_end=True) if end else None
    absences = app.service.absences(begin, finish, person)
    from_file = app.service.absences_from_file()
    if not absences:
        click.echo(_("no absences"))
        return
    for a in absences:
        origin = " (absences.csv)" if a.id in from_file else ""
        click.echo(f"{a.id:>5}  {describe(a)}{origin}")


@absence_group.command("remove")
@click.argument("absence_id", metavar="ID", type=ROW_ID)
@pass_app
def remove(app: AppContext, absence_id: int) -> None:
    """Remove absence ID (see `absence list`)."""
    from_file = absence_id in app.service.absences_from_file()
    removed = app.service.remove_absence(absence_id)
    click.echo(_("removed absence {id}: {absence}", id=absence_id, absence=describe(removed)))
    if from_file:
        click.echo(
            _(
                "note: it came from absences.csv and comes back on the next `roster load` "
                "unless you remove it from the file too"
            )
        )


def describe(a: Absence) -> str:
    """'els.vermeulen leave 2026-12-21 to 2026-12-24' (whole days) or with times, the dates
    written as they are typed in the commands."""
    if a.start.time() == time(0) and a.end.time() == time(0):
        last_day = (a.end - timedelta(days=1)).date()
        if last_day == a.start.date():
            span = f"{a.start.date()}"
        else:
            span = _("{first} to {last}", first=a.start.date(), last=last_day)
    else:
        first, last = a.start.strftime("%Y-%m-%d %H:%M"), a.end.strftime("%Y-%m-%d %H:%M")
        span = _("{first} to {last}", first=first, last=last)
    reason = f" ({a.reason})" if a.reason else ""
    return f"{a.person_id} {absence_kind_name(a.kind)} {span}{reason}"


def _moment(value: str, option: str, tz: ZoneInfo, *, is_end: bool = False) -> datetime:
    try:
        return fields.moment(option, value, tz, is_end=is_end)
    except FieldError as exc:
        raise click.BadParameter(render(exc.problem), param_hint=option) from None


def register(cli: click.Group) -> None:
    cli.add_command(absence_group)
