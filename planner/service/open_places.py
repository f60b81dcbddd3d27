"""Open places: a published shift that may take more volunteers than it has (or one still
short of professionals), shown to the people who may take it: a volunteer's place to
volunteers, a professional's only to professionals who qualify, each checked by every hard
rule (planner/check/exchange.py). Taking one is Service.pickup, the same checked write."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from planner.check.exchange import Move, exchange_violations, exchanged
from planner.dates import as_utc, minutes, monday_of, month_of
from planner.domain import Period, Role, Shift
from planner.service import exchange
from planner.service.exchange import ExchangeContext
from planner.service.results import Offer, Takeable
from planner.shifts import generate_shifts
from planner.storage.repository import Repository

HORIZON = timedelta(weeks=6)  # how far ahead a page shows open places


def has_open_place(ctx: ExchangeContext, shift: Shift, role: Role) -> bool:
    """The shift may take one more person in `role`: a volunteer while it has fewer than
    its most, a professional while it has fewer than it needs."""
    need = shift.activity.staffing
    on = ctx.view.on(shift.id)
    if role is Role.PROFESSIONAL:
        return sum(1 for a in on if a.role is Role.PROFESSIONAL) < need.professionals
    volunteers = sum(1 for a in on if a.role is Role.VOLUNTEER)
    return need.volunteers_allowed and volunteers < need.volunteers_max


def takeable_facts(
    ctx: ExchangeContext,
    shift_id: str,
    person_id: str,
    moves: Sequence[Move],
    offer: Offer | None,
) -> Takeable:
    """What taking the place means for the person: their shifts that month and minutes that
    week once they have it."""
    shift = ctx.shift(shift_id)
    after = ctx.view.with_assignments(exchanged(ctx.view, moves))
    work = after.work_of(person_id)
    month = sum(1 for w in work if month_of(w.shift.local_date) == month_of(shift.local_date))
    week = monday_of(shift.local_date)
    week_minutes = sum(
        minutes(w.shift.end - w.shift.start) for w in work if monday_of(w.shift.local_date) == week
    )
    person = ctx.person(person_id)
    limit = person.limits.max_shifts_per_month if person.limits is not None else None
    swap = ctx.shift(offer.swap_shift_id) if offer and offer.swap_shift_id else None
    return Takeable(shift, offer, month, limit, week_minutes, swap)


def open_places(repo: Repository, person_id: str, now: datetime) -> list[Takeable]:
    """The open places the person may take, on published shifts from now on (HORIZON), each
    until the organisation's deadline before its start."""
    org = repo.load_organisation()
    person = org.person(person_id)
    role = Role.PROFESSIONAL if person.is_professional else Role.VOLUNTEER
    settings = org.self_service
    if person.newcomer and not settings.newcomers_exchange:
        return []
    start = now.astimezone().date()
    shifts = [
        s
        for s in generate_shifts(org, Period(monday_of(start), HORIZON.days // 7 + 1))
        if not s.closed
        and as_utc(s.start - settings.offer_deadline) > as_utc(now)
        and as_utc(s.start) < as_utc(now + HORIZON)
        and s.activity.id not in settings.closed_activities
    ]
    published = repo.published_shifts([s.id for s in shifts])
    found: list[Takeable] = []
    months: dict[tuple[int, int], ExchangeContext] = {}
    for shift in shifts:
        if shift.id not in published:
            continue
        key = month_of(shift.local_date)
        if key not in months:
            months[key] = exchange.load_shown(repo, [shift.id], published=True)
        ctx = months[key]
        if any(a.person_id == person_id for a in ctx.view.on(shift.id)):
            continue
        if not has_open_place(ctx, shift, role):
            continue
        moves = [Move(shift.id, None, person_id, role)]
        if exchange_violations(ctx.view, moves):
            continue
        found.append(takeable_facts(ctx, shift.id, person_id, moves, None))
    return found
