"""Offers: a person offers a published shift of theirs to anyone eligible, or to one colleague
(alone, or as a swap for that colleague's shift); colleagues see only what they may take, and
accept. The shift stays the offerer's until then (docs/self-service.md).

Acceptance re-checks every hard rule at that moment (planner/service/exchange.py) and writes
the roster, the calendars and the offer in one transaction that rests on what it checked: a
change to the same weeks or people meanwhile (another acceptance, a re-plan) refuses it, and
the offer's own state is read again inside the write. Of a hundred colleagues accepting one
offer at once, exactly one gets it; the others get a sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Row

from planner.check.exchange import Move, exchange_violations
from planner.dates import as_utc
from planner.delivery import Exchanges, SelfServiceSettings
from planner.domain import Organisation, Shift
from planner.errors import PlannerError
from planner.message import msg
from planner.reasons import ExchangeRefused
from planner.service import exchange
from planner.service.exchange import Exchange, ExchangeContext
from planner.service.open_places import open_places, takeable_facts
from planner.service.results import Offer, Takeable
from planner.storage.connection import reading
from planner.storage.offer_tables import OfferRow, OfferStatus, OfferStore
from planner.storage.repository import Repository
from planner.storage.writes import Write, person_scope


def offer_of(row: OfferRow | Row[Any]) -> Offer:
    """An offer as the pages and the app see it, from its table row or the same columns read
    alone (a personal page reads columns, planner/storage/own_page.py)."""
    assert row.id is not None
    return Offer(
        row.id,
        row.shift_id,
        row.person_id,
        row.to_person_id,
        row.swap_shift_id,
        OfferStatus(row.status),
        as_utc(row.expires_at_utc),
        row.taker_id,
    )


class OfferGone(PlannerError):
    """The offer cannot be taken any more: taken by someone else, withdrawn, expired."""


class ExchangeClosed(PlannerError):
    """The coordinator closed hand-overs and swaps for this activity, or for newcomers."""


def _gone(row: OfferRow | None, now: datetime) -> None:
    if row is None:
        raise OfferGone(msg("no such offer"))
    if row.status == OfferStatus.TAKEN.value:
        raise OfferGone(msg("this shift was already taken by a colleague"))
    if row.status in (OfferStatus.WITHDRAWN.value, OfferStatus.REFUSED.value):
        raise OfferGone(msg("this offer was withdrawn"))
    if row.status == OfferStatus.WAITING.value:
        raise OfferGone(msg("this shift was already taken by a colleague"))
    if as_utc(row.expires_at_utc) <= as_utc(now):
        raise OfferGone(msg("this offer has expired"))


def _open_to_exchange(
    settings: SelfServiceSettings, org: Organisation, shift: Shift, person_ids: Sequence[str]
) -> None:
    """The coordinator may close exchanges for an activity, or for newcomers."""
    if shift.activity.id in settings.closed_activities:
        raise ExchangeClosed(
            msg(
                "{activity} is closed to hand-overs and swaps: ask the coordinator",
                activity=shift.activity.name,
            )
        )
    if not settings.newcomers_exchange:
        for pid in person_ids:
            person = org.person(pid)
            if person.newcomer:
                raise ExchangeClosed(
                    msg(
                        "{name} is new: hand-overs and swaps go through the coordinator",
                        name=person.name,
                    )
                )


def _moves(ctx: ExchangeContext, row: OfferRow, taker: str) -> list[Move]:
    if row.taker_id == row.person_id:
        return exchange.pickup_moves(ctx, row.shift_id, taker)
    if row.swap_shift_id is not None:
        return exchange.swap_moves(ctx, row.shift_id, row.person_id, row.swap_shift_id, taker)
    return exchange.handover_moves(ctx, row.shift_id, row.person_id, taker)


def _kind(row: OfferRow) -> str:
    if row.taker_id == row.person_id:
        return "pickup"
    return "swap" if row.swap_shift_id is not None else "handover"


def pickup(repo: Repository, shift_id: str, taker: str, *, now: datetime) -> Exchange | Offer:
    """`taker` fills an open place of their kind on the shift: at once, or, when the
    organisation wants the coordinator's approval of exchanges, as a request that waits for
    it (an Offer by and to the taker; the rules are checked now and again on approval)."""
    seen = repo.seen()
    ctx = exchange.context_for(repo, [shift_id])
    settings = ctx.org.self_service
    if settings.exchanges is not Exchanges.APPROVE:
        return exchange.pickup(repo, shift_id, taker, now=now)
    shift = ctx.shift(shift_id)
    _open_to_exchange(settings, ctx.org, shift, [taker])
    moves = exchange.pickup_moves(ctx, shift_id, taker)
    exchange.not_started(shift, now)
    refused = exchange.refusal(ctx, "pickup", moves)
    if refused is not None:
        raise refused
    with repo.write("offer") as unit:
        unit.check(seen, exchange.scopes_of(moves))
        if OfferStore.of_shift(unit.session, shift_id, taker) is not None:
            raise PlannerError(msg("you already asked to take this shift"))
        row = OfferStore.add(
            unit.session,
            OfferRow(
                shift_id=shift_id,
                person_id=taker,
                status=OfferStatus.WAITING.value,
                taker_id=taker,
                offered_at_utc=as_utc(now),
                expires_at_utc=as_utc(shift.start - settings.offer_deadline),
            ),
        )
        _record(unit, row, "waiting")
        return offer_of(row)


def make_offer(
    repo: Repository,
    shift_id: str,
    person_id: str,
    *,
    to: str | None = None,
    swap_for: str | None = None,
    now: datetime,
) -> Offer:
    """`person_id` offers their published shift, to anyone eligible or to `to`; with
    `swap_for`, as a swap for `to`'s shift. Refused for a shift not theirs, not published,
    started or past the deadline, an activity closed to exchanges, a newcomer when they may
    not, and a swap the rules would refuse already now."""
    if swap_for is not None and to is None:
        raise PlannerError(msg("a swap is offered to one colleague: say who (--to)"))
    if to == person_id:
        raise PlannerError(msg("an offer goes to someone else"))
    shifts = [shift_id] if swap_for is None else [shift_id, swap_for]
    if repo.published_shifts(shifts) < set(shifts):
        raise PlannerError(msg("only a published shift can be offered"))
    ctx = exchange.load(repo, shifts, published=True)
    shift = ctx.shift(shift_id)
    exchange.place_of(ctx, shift_id, person_id)
    if to is not None:
        ctx.person(to)
    settings = ctx.org.self_service
    _open_to_exchange(settings, ctx.org, shift, [person_id])
    expires = as_utc(shift.start - settings.offer_deadline)
    if expires <= as_utc(now):
        raise PlannerError(
            msg(
                "{activity} {start} starts too soon to offer it: phone the coordinator",
                activity=shift.activity.name,
                start=shift.start,
            )
        )
    if swap_for is not None and to is not None:
        moves = exchange.swap_moves(ctx, shift_id, person_id, swap_for, to)
        refused = exchange.refusal(ctx, "swap", moves)
        if refused is not None:
            raise refused
    with repo.write("offer") as unit:
        if OfferStore.of_shift(unit.session, shift_id, person_id) is not None:
            raise PlannerError(msg("you already offered this shift"))
        row = OfferStore.add(
            unit.session,
            OfferRow(
                shift_id=shift_id,
                person_id=person_id,
                to_person_id=to,
                swap_shift_id=swap_for,
                offered_at_utc=as_utc(now),
                expires_at_utc=expires,
            ),
        )
        unit.record(
            "offer",
            shift_id,
            None,
            {"by": person_id, "to": to, "swap_for": swap_for, "status": row.status},
            [p for p in (person_id, to) if p],
        )
        unit.touch(person_scope(person_id))
        return offer_of(row)


def standing(repo: Repository, now: datetime) -> list[Offer]:
    """Every open offer not expired, and those waiting for the coordinator."""
    with reading(repo.engine) as session:
        return [offer_of(r) for r in OfferStore.standing(session, now)]


def takeable(repo: Repository, person_id: str, now: datetime) -> list[Takeable]:
    """What the person may take now: offers to them or to anyone, and open places of their
    kind on published shifts from now to the end of next month, each checked by every hard
    rule (what they may not take they never see), soonest first."""
    found: list[Takeable] = []
    for offer in standing(repo, now):
        if offer.status is not OfferStatus.OPEN or offer.person_id == person_id:
            continue
        if offer.to_person_id not in (None, person_id):
            continue
        shifts = [offer.shift_id] + ([offer.swap_shift_id] if offer.swap_shift_id else [])
        try:
            ctx = exchange.load_shown(repo, shifts, published=True)
            row = _row_of(offer)
            moves = _moves(ctx, row, person_id)
            _open_to_exchange(ctx.org.self_service, ctx.org, ctx.shift(offer.shift_id), [person_id])
        except PlannerError:
            continue  # no longer theirs, or not for this person
        if exchange_violations(ctx.view, moves):
            continue
        found.append(takeable_facts(ctx, offer.shift_id, person_id, moves, offer))
    asked = [o for o in standing(repo, now) if o.is_pickup and o.person_id == person_id]
    for offer in asked:  # open places they asked for: shown as waiting for the coordinator
        try:
            ctx = exchange.load_shown(repo, [offer.shift_id], published=True)
            moves = exchange.pickup_moves(ctx, offer.shift_id, person_id)
        except PlannerError:
            continue
        found.append(takeable_facts(ctx, offer.shift_id, person_id, moves, offer))
    waiting = {o.shift_id for o in asked}
    found += [t for t in open_places(repo, person_id, now) if t.shift.id not in waiting]
    return sorted(found, key=lambda t: (t.shift.start, t.shift.id))


def _row_of(offer: Offer) -> OfferRow:
    return OfferRow(
        id=offer.id,
        shift_id=offer.shift_id,
        person_id=offer.person_id,
        to_person_id=offer.to_person_id,
        swap_shift_id=offer.swap_shift_id,
        status=offer.status.value,
        offered_at_utc=offer.expires_at,
        expires_at_utc=offer.expires_at,
    )


def accept(
    repo: Repository, offer_id: int, taker: str, *, now: datetime, seen: int | None = None
) -> Exchange | Offer:
    """`taker` accepts the offer: the hard rules are checked at this moment and, when they
    hold, the places change hands with the offer marked taken, in one transaction (or, when
    the organisation wants the coordinator's approval, the offer waits for it: returned).
    OfferGone when someone else was first or it expired; ExchangeRefused when a rule breaks;
    ChangedMeanwhile when the weeks or people changed after `seen` (what the taker looked
    at; by default, the moment of accepting)."""
    try:
        return _accept(repo, offer_id, taker, now, seen)
    except PlannerError:
        # Whatever stopped it (the offerer no longer on the shift, a change under our feet),
        # when a colleague took it meanwhile that is what the taker is told.
        with reading(repo.engine) as session:
            _gone(OfferStore.get(session, offer_id), now)
        raise


def _accept(
    repo: Repository, offer_id: int, taker: str, now: datetime, seen: int | None
) -> Exchange | Offer:
    seen = repo.seen() if seen is None else seen
    with reading(repo.engine) as session:
        row = OfferStore.get(session, offer_id)
        _gone(row, now)
    assert row is not None
    if row.to_person_id not in (None, taker):
        raise OfferGone(msg("this offer is for someone else"))
    if row.person_id == taker:
        raise PlannerError(msg("an offer goes to someone else"))
    shifts = [row.shift_id] + ([row.swap_shift_id] if row.swap_shift_id else [])
    ctx = exchange.load(repo, shifts, published=True)
    settings = ctx.org.self_service
    _open_to_exchange(settings, ctx.org, ctx.shift(row.shift_id), [row.person_id, taker])
    moves = _moves(ctx, row, taker)
    if settings.exchanges is Exchanges.APPROVE:
        refused = exchange.refusal(ctx, _kind(row), moves)
        if refused is not None:
            raise refused
        with repo.write("offer") as unit:
            unit.check(seen, exchange.scopes_of(moves))
            mine = _still_open(unit, offer_id, now)
            mine.status, mine.taker_id = OfferStatus.WAITING.value, taker
            _record(unit, mine, "waiting")
            return offer_of(mine)

    def mark(unit: Write) -> None:
        mine = _still_open(unit, offer_id, now)
        mine.status, mine.taker_id = OfferStatus.TAKEN.value, taker
        mine.decided_at_utc = unit.now
        _record(unit, mine, "taken")
        _close_swapped(unit, mine)

    return exchange.apply(repo, ctx, _kind(row), moves, seen=seen, now=now, also=mark)


def _still_open(unit: Write, offer_id: int, now: datetime) -> OfferRow:
    """The offer read again inside the write: the acceptance that comes second finds it
    taken (the writes take turns)."""
    row = OfferStore.get(unit.session, offer_id)
    _gone(row, now)
    assert row is not None
    return row


def _record(unit: Write, row: OfferRow, what: str) -> None:
    unit.session.add(row)
    people = [p for p in (row.person_id, row.to_person_id, row.taker_id) if p]
    unit.record(
        "offer", row.shift_id, {"status": "open"}, {"status": what, "taker": row.taker_id}, people
    )
    unit.touch(*(person_scope(p) for p in people))


def _close_swapped(unit: Write, row: OfferRow) -> None:
    """A swap for a shift its holder had offered too: that offer is done, taken by the
    swap's offerer, in the same write."""
    if row.swap_shift_id is None or row.taker_id is None:
        return
    theirs = OfferStore.of_shift(unit.session, row.swap_shift_id, row.taker_id)
    if theirs is None:
        return
    theirs.status, theirs.taker_id = OfferStatus.TAKEN.value, row.person_id
    theirs.decided_at_utc = unit.now
    _record(unit, theirs, "taken")


def decide(repo: Repository, offer_id: int, approve: bool, *, now: datetime) -> Exchange | None:
    """The coordinator approves (the rules checked again now, then written as an
    acceptance) or refuses an offer waiting for approval."""
    seen = repo.seen()
    with reading(repo.engine) as session:
        row = OfferStore.get(session, offer_id)
    if row is None or row.status != OfferStatus.WAITING.value or row.taker_id is None:
        raise PlannerError(msg("no offer {id} waits for approval", id=offer_id))
    taker = row.taker_id

    def mark(unit: Write) -> None:
        mine = OfferStore.get(unit.session, offer_id)
        if mine is None or mine.status != OfferStatus.WAITING.value:
            raise PlannerError(msg("no offer {id} waits for approval", id=offer_id))
        mine.status = OfferStatus.TAKEN.value if approve else OfferStatus.REFUSED.value
        mine.decided_at_utc = unit.now
        unit.session.add(mine)
        people = [p for p in (mine.person_id, mine.taker_id) if p]
        unit.record("offer", mine.shift_id, {"status": "waiting"}, {"status": mine.status}, people)
        unit.touch(*(person_scope(p) for p in people))
        if approve:
            _close_swapped(unit, mine)

    if not approve:
        with repo.write("offer") as unit:
            mark(unit)
        return None
    shifts = [row.shift_id] + ([row.swap_shift_id] if row.swap_shift_id else [])
    ctx = exchange.load(repo, shifts, published=True)
    moves = _moves(ctx, row, taker)
    return exchange.apply(repo, ctx, _kind(row), moves, seen=seen, now=now, also=mark)


def withdraw(repo: Repository, offer_id: int, person_id: str, *, now: datetime) -> None:
    """The offerer takes their open offer back."""
    with repo.write("offer", now=now) as unit:
        row = OfferStore.get(unit.session, offer_id)
        if row is None or row.person_id != person_id or row.status != OfferStatus.OPEN.value:
            raise PlannerError(msg("no open offer {id} of yours", id=offer_id))
        row.status = OfferStatus.WITHDRAWN.value
        row.decided_at_utc = unit.now
        unit.session.add(row)
        unit.record("offer", row.shift_id, {"status": "open"}, {"status": "withdrawn"},
                    [row.person_id])  # fmt: skip
        unit.touch(person_scope(person_id))


__all__ = ["ExchangeClosed", "ExchangeRefused", "Offer", "OfferGone", "Takeable"]
