"""`roster offers`: shifts offered to colleagues, for the coordinator (docs/self-service.md):
list them, offer or accept one for someone who phones, approve or refuse those waiting."""

from __future__ import annotations

import click

from cli.context import AppContext, pass_app
from planner.i18n.format import short_datetime
from planner.i18n.language import _
from planner.i18n.words import Words
from planner.service.exchange import Exchange
from planner.service.results import Offer


@click.group("offers")
def offers() -> None:
    """Shifts offered to colleagues: hand-overs and swaps that wait for someone to accept
    them, or for the coordinator's approval."""


def offer_line(offer: Offer, words: Words) -> str:
    """'3  Inloop di 1 dec 09:00  Jan Peeters -> anyone  open until ma 30 nov 09:00'."""
    if offer.is_pickup:
        return _(
            "{id}  {shift}  {name} takes an open place, waits for approval",
            id=offer.id,
            shift=words.shift(offer.shift_id),
            name=words.name(offer.person_id),
        )
    to = words.name(offer.to_person_id) if offer.to_person_id else _("anyone allowed")
    what = words.shift(offer.shift_id)
    if offer.swap_shift_id:
        what = _("{shift} for {other}", shift=what, other=words.shift(offer.swap_shift_id))
    if offer.status.value == "waiting":
        state = _("accepted by {name}, waits for approval", name=words.name(offer.taker_id))
    else:
        state = _("open until {moment}", moment=short_datetime(offer.expires_at.astimezone()))
    return f"{offer.id}  {what}  {words.name(offer.person_id)} -> {to}  {state}"


@offers.command("list")
@pass_app
def list_offers(app: AppContext) -> None:
    """Open offers and those waiting for approval."""
    service = app.service
    words = Words.of(service.organisation())
    found = service.standing_offers()
    if not found:
        click.echo(_("no open offers"))
    for offer in found:
        click.echo(offer_line(offer, words))


@offers.command("add")
@click.argument("shift_id", metavar="SHIFT")
@click.option("--from", "giver", required=True, metavar="PERSON", help="Who offers the shift.")
@click.option("--to", "to", metavar="PERSON", default=None, help="The one colleague it is for.")
@click.option("--swap-for", "swap_for", metavar="SHIFT", default=None,
              help="A swap: the colleague's shift the offerer takes in return.")  # fmt: skip
@pass_app
def add(app: AppContext, shift_id: str, giver: str, to: str | None, swap_for: str | None) -> None:
    """Offer PERSON's published SHIFT to anyone the rules allow, or to one colleague; it
    stays theirs until someone accepts, and expires at the deadline before it starts."""
    service = app.service
    offer = service.offer(shift_id, giver, to=to, swap_for=swap_for)
    click.echo(_("offered: {line}", line=offer_line(offer, Words.of(service.organisation()))))


@offers.command("accept")
@click.argument("offer_id", metavar="ID", type=int)
@click.option("--by", "taker", required=True, metavar="PERSON", help="Who takes it.")
@pass_app
def accept(app: AppContext, offer_id: int, taker: str) -> None:
    """PERSON accepts offer ID, checked by every hard rule now (exit status 1, nothing
    changed, when one would break or someone was first)."""
    service = app.service
    done = service.accept_offer(offer_id, taker)
    words = Words.of(service.organisation())
    if isinstance(done, Exchange):
        shifts = ", ".join(words.shift(m.shift_id) for m in done.moves)
        click.echo(_("{name} took {shifts}", name=words.name(taker), shifts=shifts))
    else:
        click.echo(_("accepted; waits for approval: {line}", line=offer_line(done, words)))


@offers.command("approve")
@click.argument("offer_id", metavar="ID", type=int)
@pass_app
def approve(app: AppContext, offer_id: int) -> None:
    """Approve accepted offer ID: the rules are checked again, then the places change."""
    app.service.decide_offer(offer_id, approve=True)
    click.echo(_("offer {id} approved", id=offer_id))


@offers.command("refuse")
@click.argument("offer_id", metavar="ID", type=int)
@pass_app
def refuse(app: AppContext, offer_id: int) -> None:
    """Refuse accepted offer ID: the shift stays with whoever offered it."""
    app.service.decide_offer(offer_id, approve=False)
    click.echo(_("offer {id} refused", id=offer_id))


def register(cli: click.Group) -> None:
    cli.add_command(offers)
