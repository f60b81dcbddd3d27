"""Hand-overs, swaps and open places: a place changes hands only when the checker's own rules
hold with the new person on it (planner/check/exchange.py).

A published shift is weighed on the published roster (what people were told) and changed in
both layers: the published one, whose calendars and notices follow in the same write, and
the draft, where the giver still stands on it there (a draft that already moved them is left
as the coordinator made it). A shift never published is weighed and changed in the draft
only. Every write rests on what was read: a change to the same weeks or people meanwhile
refuses it (ChangedMeanwhile), so of two people taking one place exactly one succeeds.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from planner.check import RosterView
from planner.check.exchange import Move, covered, exchange_violations, exchanged
from planner.clock import has_started
from planner.dates import local_midnight, local_start_of, monday_of, weeks_of_months
from planner.domain import Assignment, Organisation, Period, Person, Role, Roster, Shift
from planner.errors import PlannerError
from planner.limits import MAX_PERIOD_WEEKS
from planner.message import msg, nmsg
from planner.reasons import ExchangeRefused
from planner.service.around import work_around
from planner.service.calendars import reader_languages, update_events
from planner.service.history import history_before
from planner.settings import settings_from_toml
from planner.shifts import generate_shifts
from planner.storage.repository import Repository
from planner.storage.tables import PUBLISHED, WORKING
from planner.storage.writes import ORGANISATION, Write, person_scope, week_scope


@dataclass(frozen=True)
class Exchange:
    """What an exchange did: its kind and the places that changed hands, and whether the
    published roster (people's calendars) changed or only the draft."""

    kind: str
    moves: tuple[Move, ...]
    published: bool


@dataclass(frozen=True)
class ExchangeContext:
    """The roster an exchange is weighed on: the calendar weeks covering the months of its
    shifts (monthly limits see everything), with a week either side for rest and travel."""

    org: Organisation
    period: Period
    shifts: dict[str, Shift]
    roster: Roster
    view: RosterView
    published: bool

    def person(self, person_id: str) -> Person:
        try:
            return self.org.person(person_id)
        except KeyError:
            raise PlannerError(msg("unknown person '{person}'", person=person_id)) from None

    def shift(self, shift_id: str) -> Shift:
        return self.shifts[shift_id]


def _local_day(shift_id: str):
    try:
        return local_start_of(shift_id).date()
    except ValueError:
        raise PlannerError(
            msg("'{shift}' is not a shift id (activity@YYYY-MM-DDTHH:MM)", shift=shift_id)
        ) from None


def _period_of(shift_ids: Sequence[str]) -> Period:
    days = sorted(_local_day(s) for s in shift_ids)
    span = Period(monday_of(days[0]), (monday_of(days[-1]) - monday_of(days[0])).days // 7 + 1)
    return weeks_of_months(span)


# Contexts read for showing (a page's "Shifts I can take", whom a shift may go to), per
# database: the same weeks at the same roster version are read once. Every write makes a new
# version (repo.seen()), so a context is never used after what it was read from changed.
_SHOWN: weakref.WeakKeyDictionary[Any, OrderedDict[tuple, ExchangeContext]] = (
    weakref.WeakKeyDictionary()
)
_SHOWN_PER_DATABASE = 32
_SHOWN_LOCK = threading.Lock()


def load_shown(repo: Repository, shift_ids: Sequence[str], *, published: bool) -> ExchangeContext:
    """As `load`, for reading only: cached per roster version. Never for a write, which
    loads its own context after reading what it rests on."""
    period = _period_of(shift_ids)
    key = (repo.seen(), period.start, period.weeks, published)
    with _SHOWN_LOCK:
        cached = _SHOWN.setdefault(repo.engine, OrderedDict())
        ctx = cached.get(key)
        if ctx is not None:
            cached.move_to_end(key)
    if ctx is None:
        ctx = load(repo, shift_ids, published=published)
        with _SHOWN_LOCK:
            cached[key] = ctx
            while len(cached) > _SHOWN_PER_DATABASE:
                cached.popitem(last=False)
    for shift_id in shift_ids:
        if shift_id not in ctx.shifts:
            raise PlannerError(
                msg("no shift '{shift}' in the organisation's activities", shift=shift_id)
            )
    return ctx


def load(repo: Repository, shift_ids: Sequence[str], *, published: bool) -> ExchangeContext:
    """The context of the shifts, on the published roster or the draft."""
    org = repo.load_organisation()
    period = _period_of(shift_ids)
    if period.weeks > MAX_PERIOD_WEEKS:
        raise PlannerError(
            nmsg(
                "the shifts of one exchange are at most {n} week apart",
                "the shifts of one exchange are at most {n} weeks apart",
                MAX_PERIOD_WEEKS,
            )
        )
    shifts = generate_shifts(org, period)
    by_id = {s.id: s for s in shifts}
    for shift_id in shift_ids:
        if shift_id not in by_id:
            raise PlannerError(
                msg("no shift '{shift}' in the organisation's activities", shift=shift_id)
            )
    tz = ZoneInfo(org.timezone)
    before, after = Period(period.start - timedelta(weeks=1)), Period(period.end)
    absences = repo.absences(local_midnight(before.start, tz), local_midnight(after.end, tz))
    # The work around the months counts toward the windows that cross their edges (working
    # weekends in 4 weeks, days in a row, rest), as for planning and `roster check`.
    outside = work_around(repo, org, period, published=published)
    roster = repo.roster(period, published=published)
    view = RosterView.build(
        org,
        period,
        shifts,
        roster,
        absences,
        settings_from_toml(org.rules),
        outside,
        history_before(repo, period),
    )
    # A shift without its professionals counts as unstaffed whatever was saved.
    uncovered = {s.id for s in shifts if not s.closed and not covered(view, s, view.on(s.id))}
    view = RosterView(view.facts, view.shifts, view.assignments, view.unstaffed | uncovered)
    return ExchangeContext(org, period, by_id, roster, view, published)


def place_of(ctx: ExchangeContext, shift_id: str, person_id: str) -> Assignment:
    for a in ctx.view.on(shift_id):
        if a.person_id == person_id:
            return a
    person, shift = ctx.person(person_id), ctx.shift(shift_id)
    raise PlannerError(
        msg(
            "{name} is not on {activity} {start}",
            name=person.name,
            activity=shift.activity.name,
            start=shift.start,
        )
    )


def not_started(shift: Shift, now: datetime) -> None:
    if has_started(shift.start, now):
        raise PlannerError(
            msg(
                "{activity} {start} has started: what happened is changed only with "
                "`roster correct`",
                activity=shift.activity.name,
                start=shift.start,
            )
        )


def handover_moves(ctx: ExchangeContext, shift_id: str, giver: str, taker: str) -> list[Move]:
    place = place_of(ctx, shift_id, giver)
    ctx.person(taker)
    return [Move(shift_id, giver, taker, place.role)]


def swap_moves(
    ctx: ExchangeContext, shift_a: str, person_a: str, shift_b: str, person_b: str
) -> list[Move]:
    """`person_a` gives `shift_a` to `person_b` and takes `shift_b` from them."""
    if shift_a == shift_b or person_a == person_b:
        raise PlannerError(msg("a swap is two people and two shifts"))
    place_a = place_of(ctx, shift_a, person_a)
    place_b = place_of(ctx, shift_b, person_b)
    return [
        Move(shift_a, person_a, person_b, place_a.role),
        Move(shift_b, person_b, person_a, place_b.role),
    ]


def pickup_moves(ctx: ExchangeContext, shift_id: str, taker: str) -> list[Move]:
    """An open place of the taker's kind: a volunteer's for a volunteer, a professional's
    for a professional."""
    person = ctx.person(taker)
    role = Role.PROFESSIONAL if person.is_professional else Role.VOLUNTEER
    return [Move(shift_id, None, taker, role)]


def refusal(ctx: ExchangeContext, kind: str, moves: Sequence[Move]) -> ExchangeRefused | None:
    """The refusal of the moves as one change, None when every hard rule holds."""
    broken = exchange_violations(ctx.view, moves)
    if not broken:
        return None
    asked = tuple((m.shift_id, m.giver, m.taker) for m in moves)
    return ExchangeRefused(kind, asked, tuple(dict.fromkeys(broken)))


def scopes_of(moves: Sequence[Move]) -> list[str]:
    """What an exchange rests on: the weeks of its shifts, its people, the organisation."""
    people = {p for m in moves for p in (m.giver, m.taker) if p is not None}
    weeks = {week_scope(local_start_of(m.shift_id).date()) for m in moves}
    return sorted(weeks | {person_scope(p) for p in people}) + [ORGANISATION]


def _layer_roster(ctx: ExchangeContext, roster: Roster, moves: Sequence[Move]) -> Roster | None:
    """The layer's roster of the moved shifts after the moves, skipping a move whose giver
    is no longer on the shift in it (None: nothing of it moves in this layer)."""
    shift_ids = {m.shift_id for m in moves}
    view = ctx.view.with_assignments(a for a in roster.assignments if a.shift_id in shift_ids)
    on = {(a.shift_id, a.person_id) for a in view.assignments}
    doable = [
        m
        for m in moves
        if (m.giver is None or (m.shift_id, m.giver) in on) and (m.shift_id, m.taker) not in on
    ]
    if not doable:
        return None
    after = view.with_assignments(exchanged(view, doable))
    unstaffed = {}
    for sid in shift_ids:
        shift = ctx.shift(sid)
        if not shift.closed and not covered(view, shift, after.on(sid)):
            if sid in roster.unstaffed:
                unstaffed[sid] = roster.unstaffed[sid]
    return Roster(ctx.period, after.assignments, unstaffed)


def apply(
    repo: Repository,
    ctx: ExchangeContext,
    kind: str,
    moves: Sequence[Move],
    *,
    seen: int,
    now: datetime,
    also: Callable[[Write], None] | None = None,
) -> Exchange:
    """Check the moves as one change, then write them in one transaction with everything that
    follows (the calendars of the people moved, `also`): ExchangeRefused when a hard rule
    breaks, ChangedMeanwhile when what they were checked against changed after `seen`."""
    for m in moves:
        not_started(ctx.shift(m.shift_id), now)
    refused = refusal(ctx, kind, moves)
    if refused is not None:
        raise refused
    shift_ids = list(dict.fromkeys(m.shift_id for m in moves))
    shifts = [ctx.shift(s) for s in shift_ids]
    layers: dict[str, Roster] = {}
    if ctx.published:
        published = _layer_roster(ctx, ctx.roster, moves)
        assert published is not None  # the moves were found on it
        layers[PUBLISHED] = published
        working = _layer_roster(ctx, repo.roster(ctx.period), moves)
    else:
        working = _layer_roster(ctx, ctx.roster, moves)
    if working is not None:
        layers[WORKING] = working
    people = {p for m in moves for p in (m.giver, m.taker) if p is not None}
    language = reader_languages(repo, ctx.org)

    def follow(unit: Write, places: tuple[Assignment, ...]) -> None:
        if ctx.published:
            days = sorted(s.local_date for s in shifts)
            first, last = monday_of(days[0]), monday_of(days[-1])
            window = Period(first, (last - first).days // 7 + 1)
            stamps = {window.start + timedelta(weeks=w): unit.now for w in range(window.weeks)}
            update_events(unit.session, ctx.org, window, places, stamps, unit.now, language, people)
        if also is not None:
            also(unit)

    repo.exchange(layers, shifts, action=kind, seen=seen, scopes=scopes_of(moves), also=follow)
    return Exchange(kind, tuple(moves), ctx.published)


def context_for(repo: Repository, shift_ids: Sequence[str]) -> ExchangeContext:
    published = repo.published_shifts(shift_ids) >= set(shift_ids)
    return load(repo, shift_ids, published=published)


def handover(repo: Repository, shift_id: str, giver: str, taker: str, *, now: datetime) -> Exchange:
    """`giver` hands their place on the shift to `taker` (`roster handover`)."""
    seen = repo.seen()
    ctx = context_for(repo, [shift_id])
    moves = handover_moves(ctx, shift_id, giver, taker)
    return apply(repo, ctx, "handover", moves, seen=seen, now=now)


def swap(
    repo: Repository,
    shift_a: str,
    person_a: str,
    shift_b: str,
    person_b: str,
    *,
    now: datetime,
) -> Exchange:
    """`person_a` takes `shift_b`, `person_b` takes `shift_a`, checked as one change."""
    seen = repo.seen()
    ctx = context_for(repo, [shift_a, shift_b])
    moves = swap_moves(ctx, shift_a, person_a, shift_b, person_b)
    return apply(repo, ctx, "swap", moves, seen=seen, now=now)


def pickup(repo: Repository, shift_id: str, taker: str, *, now: datetime) -> Exchange:
    """`taker` fills an open place of their kind on the shift."""
    seen = repo.seen()
    ctx = context_for(repo, [shift_id])
    moves = pickup_moves(ctx, shift_id, taker)
    return apply(repo, ctx, "pickup", moves, seen=seen, now=now)
