"""Heavy shifts (night shelter, outreach, crisis work): how many in a row, a week and a
month, and the rest after one (planner/settings.py, heavy_*)."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import ClassVar

from ortools.sat.python import cp_model

from planner.dates import minutes, monday_of, month_of, utc_minutes
from planner.domain import Person, Shift
from planner.rule_id import RuleId
from planner.settings import heavy_limits
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class HeavyShifts:
    """For each person the limits bind: heavy shifts on at most `in_row` consecutive days, at
    most `per_week` a calendar week and `per_month` a calendar month, and no shift starting
    within `rest` after the end of a heavy one; published work around the period counts."""

    name: ClassVar[RuleId] = RuleId.HEAVY_SHIFTS
    kind: ClassVar[Kind] = Kind.HARD
    rest: timedelta = timedelta(hours=11)
    # The rest rule's own minimum, when it is in the model too: pairs it already forbids get
    # no second constraint here (0: every pair gets one, as when this rule is tested alone).
    min_rest: timedelta = timedelta(0)

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        problem = ctx.problem
        if not any(s.activity.heavy for s in problem.shifts):
            return ()
        for person in problem.people:
            limits = heavy_limits(person, problem.settings.hard)
            if limits is None:
                continue
            mine = ctx.shifts_of(person)
            heavy = [(s, v) for s, v in mine if s.activity.heavy]
            outside = problem.outside_by_person.get(person.id, [])
            if heavy:
                in_row, per_week, per_month = limits
                self._count(ctx, person, heavy, outside, monday_of, per_week)
                self._count(ctx, person, heavy, outside, month_of, per_month)
                self._in_row(ctx, person, heavy, outside, in_row)
            if heavy or any(o.activity.heavy for o in outside):
                self._rest(ctx, person, mine, outside)
        return ()

    def _count(self, ctx, person: Person, heavy, outside: list[Shift], key, most: int) -> None:
        groups: dict = defaultdict(list)
        for s, v in heavy:
            groups[key(s.local_date)].append(v)
        for k, lits in groups.items():
            fixed = sum(1 for o in outside if o.activity.heavy and key(o.local_date) == k)
            # Never below 0: what the fixed work broke by itself is not this plan's doing.
            room = max(0, most - fixed)
            if len(lits) > room:
                ctx.require(
                    ctx.model.add(cp_model.LinearExpr.sum(lits) <= room),
                    self.name,
                    person,
                )

    def _in_row(self, ctx, person: Person, heavy, outside: list[Shift], most: int) -> None:
        by_day: dict[date, list] = defaultdict(list)
        for s, v in heavy:
            by_day[s.local_date].append(v)
        fixed_days = {o.local_date for o in outside if o.activity.heavy}
        days: dict[date, object] = {}
        for day, lits in by_day.items():
            if len(lits) == 1:
                days[day] = lits[0]
            else:
                works = ctx.model.new_bool_var(f"heavy[{person.id},{day}]")
                ctx.model.add_max_equality(works, lits)
                days[day] = works
        for day in fixed_days:
            days.setdefault(day, 1)
        for first in sorted(days):
            window = [first + timedelta(days=i) for i in range(most + 1)]
            if not all(d in days for d in window):
                continue  # a day without heavy work breaks every run through it
            lits = [days[d] for d in window if not isinstance(days[d], int)]
            fixed = sum(1 for d in window if isinstance(days[d], int))
            if lits:
                ctx.require(
                    ctx.model.add(cp_model.LinearExpr.sum(lits) + fixed <= most),
                    self.name,
                    person,
                )

    def _rest(self, ctx, person: Person, mine, outside: list[Shift]) -> None:
        rest = minutes(self.rest)
        work = sorted(
            [(utc_minutes(s.start), s, v) for s, v in mine]
            + [(utc_minutes(o.start), o, 1) for o in outside],
            key=lambda t: (t[0], t[1].id),
        )
        starts = [t[0] for t in work]
        for _, h, hv in work:
            if not h.activity.heavy:
                continue
            end = utc_minutes(h.end)
            for o_start, other, ov in work[
                bisect_left(starts, end) : bisect_left(starts, end + rest)
            ]:
                if self._rest_rule_forbids(h, other, o_start - end):
                    continue
                lits = [v for v in (hv, ov) if not isinstance(v, int)]
                if lits:
                    ctx.require(
                        ctx.model.add(cp_model.LinearExpr.sum(lits) + (2 - len(lits)) <= 1),
                        self.name,
                        person,
                    )

    def _rest_rule_forbids(self, heavy: Shift, other: Shift, gap: int) -> bool:
        """Less than min_rest apart and not one working day: rest_between_shifts forbids it."""
        least = minutes(self.min_rest)
        if gap >= least:
            return False
        span = utc_minutes(other.end) - utc_minutes(heavy.start)
        same_day = heavy.local_date == other.local_date
        return not (same_day and span <= 24 * 60 - least)
