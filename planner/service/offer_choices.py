"""What a person may choose when they offer one of their shifts on their page, where the
organisation shows colleagues' first names (`show_colleagues = "first_name"`,
docs/self-service.md): the colleagues the rules allow to take it, by first name (made
unique as briefly as it can be), and the swaps they may propose, each for a shift a colleague
offered (the only shifts of a colleague a person ever sees). Where it shows none, there is
nothing to choose: a shift is offered to anyone the rules allow.

Every choice holds every hard rule, weighed as `roster handover` and `roster swap` weigh it
(planner/check/exchange.py): what the rules refuse is never offered as a choice."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from planner.check.exchange import Move, exchange_violations
from planner.dates import as_utc, local_start_of, month_of
from planner.delivery import ColleaguesShown
from planner.domain import Person, Role, Shift
from planner.errors import PlannerError
from planner.service import exchange
from planner.service.colleague_names import name_labels
from planner.service.exchange import ExchangeContext
from planner.service.results import Offer
from planner.storage.offer_tables import OfferStatus
from planner.storage.repository import Repository


@dataclass(frozen=True)
class Colleague:
    """A colleague as a page may name them: their id (never shown) and a label."""

    person_id: str
    label: str  # first name, with as much of the rest as makes it unique


@dataclass(frozen=True)
class SwapChoice:
    """A swap a person may propose: they take `offer`'s shift, its offerer takes theirs."""

    offer: Offer
    shift: Shift  # the colleague's shift, as they offered it
    colleague: Colleague


@dataclass(frozen=True)
class OfferChoices:
    """For one of the person's shifts: whom they may offer it to, and the swaps they may
    propose for it."""

    colleagues: tuple[Colleague, ...] = ()
    swaps: tuple[SwapChoice, ...] = ()


def labels(people: Sequence[Person]) -> dict[str, str]:
    """Each person's first name, made unique among `people` (see name_labels)."""
    return name_labels({p.id: p.name for p in people})


def _kind_of(person: Person) -> Role:
    return Role.PROFESSIONAL if person.is_professional else Role.VOLUNTEER


def colleague_labels(repo: Repository, person_id: str) -> dict[str, str]:
    """The labels by which the person's page names colleagues of their own kind (see
    `labels`); empty where the organisation shows no colleagues' names."""
    org = repo.load_organisation()
    if org.self_service.show_colleagues is not ColleaguesShown.FIRST_NAME:
        return {}
    kind = _kind_of(org.person(person_id))
    return labels([p for p in org.people if p.id != person_id and _kind_of(p) is kind])


def offer_choices(
    repo: Repository,
    person_id: str,
    shift_ids: Sequence[str],
    standing: Sequence[Offer],
    now: datetime,
) -> dict[str, OfferChoices]:
    """For each of the person's shifts in `shift_ids` (published, theirs): the colleagues who
    may take it and the swaps they may propose, given the `standing` offers. Empty when the
    organisation shows no colleagues' names."""
    if not shift_ids:
        return {}
    org = repo.load_organisation()
    settings = org.self_service
    if settings.show_colleagues is not ColleaguesShown.FIRST_NAME:
        return {}
    me = org.person(person_id)
    if me.newcomer and not settings.newcomers_exchange:
        return {}
    kind = _kind_of(me)
    colleagues = [
        p
        for p in org.people
        if p.id != person_id
        and _kind_of(p) is kind
        and (settings.newcomers_exchange or not p.newcomer)
    ]
    named = labels(colleagues)
    swappable = [
        o
        for o in standing
        if o.status is OfferStatus.OPEN
        and o.person_id != person_id
        and o.person_id in named
        and o.swap_shift_id is None
        and o.to_person_id in (None, person_id)
        and as_utc(o.expires_at) > as_utc(now)
    ]
    contexts: dict[tuple, ExchangeContext] = {}

    def context(ids: Sequence[str]) -> ExchangeContext:
        # One roster per set of months: the weeks of a month weigh every shift in it.
        key = tuple(sorted({month_of(local_start_of(i).date()) for i in ids}))
        if key not in contexts:
            contexts[key] = exchange.load_shown(repo, list(ids), published=True)
        return contexts[key]

    found: dict[str, OfferChoices] = {}
    for shift_id in shift_ids:
        try:
            ctx = context([shift_id])
            place = exchange.place_of(ctx, shift_id, person_id)
        except PlannerError:
            continue
        if ctx.shift(shift_id).activity.id in settings.closed_activities:
            continue
        takers = tuple(
            Colleague(p.id, named[p.id])
            for p in sorted(colleagues, key=lambda p: named[p.id])
            if not exchange_violations(ctx.view, [Move(shift_id, person_id, p.id, place.role)])
        )
        swaps = []
        for o in swappable:
            try:
                both = context([shift_id, o.shift_id])
                if both.shift(o.shift_id).activity.id in settings.closed_activities:
                    continue
                moves = exchange.swap_moves(both, shift_id, person_id, o.shift_id, o.person_id)
            except PlannerError:
                continue
            if not exchange_violations(both.view, moves):
                swaps.append(
                    SwapChoice(
                        o, both.shift(o.shift_id), Colleague(o.person_id, named[o.person_id])
                    )
                )
        found[shift_id] = OfferChoices(takers, tuple(swaps))
    return found
