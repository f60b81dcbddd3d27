"""`roster handover` and `roster swap`: the coordinator moves places for someone who phones,
checked by the same rules as a plan (docs/self-service.md)."""

from __future__ import annotations

import click

from cli.context import AppContext, pass_app
from planner.i18n.covers import cover_text
from planner.i18n.language import _
from planner.i18n.words import Words
from planner.service.exchange import Exchange


def _where(done: Exchange) -> str:
    return _("draft and published roster") if done.published else _("draft")


@click.command("handover")
@click.argument("shift_id", metavar="SHIFT")
@click.option("--from", "giver", required=True, metavar="PERSON", help="Who gives the shift.")
@click.option("--to", "taker", required=True, metavar="PERSON", help="Who takes it.")
@pass_app
def handover(app: AppContext, shift_id: str, giver: str, taker: str) -> None:
    """Hand PERSON's place on SHIFT (activity@YYYY-MM-DDTHH:MM) to a colleague. Refused, with
    the rules' sentences and exit status 1, when a hard rule would break with the colleague
    on it; nothing is changed then. Both calendars follow; `roster notify` tells both.

    \b
    Example:
      roster handover inloop@2026-12-09T09:00 --from jan.peeters --to an.dubois
    """
    service = app.service
    done = service.handover(shift_id, giver, taker)
    words = Words.of(service.organisation())
    click.echo(
        _(
            "{shift}: {giver} handed over to {taker} ({where})",
            shift=words.shift(shift_id),
            giver=words.name(giver),
            taker=words.name(taker),
            where=_where(done),
        )
    )


@click.command("swap")
@click.argument("shift_a", metavar="SHIFT")
@click.argument("person_a", metavar="PERSON")
@click.argument("shift_b", metavar="SHIFT")
@click.argument("person_b", metavar="PERSON")
@pass_app
def swap(app: AppContext, shift_a: str, person_a: str, shift_b: str, person_b: str) -> None:
    """The first PERSON, on the first SHIFT, and the second, on the second, swap: each takes
    the other's. Both are checked as one change; refused (exit status 1, nothing changed)
    when a hard rule would break.

    \b
    Example, An takes Jan's Tuesday and Jan takes An's Thursday:
      roster swap inloop@2026-12-08T09:00 jan.peeters inloop@2026-12-10T09:00 an.dubois
    """
    service = app.service
    done = service.swap(shift_a, person_a, shift_b, person_b)
    words = Words.of(service.organisation())
    click.echo(
        _(
            "swapped: {a} takes {shift_b}, {b} takes {shift_a} ({where})",
            a=words.name(person_a),
            b=words.name(person_b),
            shift_a=words.shift(shift_a),
            shift_b=words.shift(shift_b),
            where=_where(done),
        )
    )


@click.command("candidates")
@click.argument("shift_id", metavar="SHIFT")
@click.option(
    "--for",
    "giver",
    metavar="PERSON",
    default=None,
    help="Who would hand their place on SHIFT over (default: an open place of each one's kind).",
)
@pass_app
def candidates(app: AppContext, shift_id: str, giver: str | None) -> None:
    """Who can cover SHIFT: everyone the hard rules allow, cheapest first by what taking it
    costs in the objective (continuity, fairness, wishes, stability), then everyone else with
    the rules' reason why not.

    \b
    Example, who could take Jan's place on Wednesday:
      roster candidates inloop@2026-12-09T09:00 --for jan.peeters
    """
    service = app.service
    found = service.who_can_cover(shift_id, giver)
    words = Words.of(service.organisation())
    click.echo(cover_text(found, words))


def register(cli: click.Group) -> None:
    cli.add_command(handover)
    cli.add_command(swap)
    cli.add_command(candidates)
