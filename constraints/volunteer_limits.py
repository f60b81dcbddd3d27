"""Volunteers' own limits: shifts per week and per month."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from ortools.sat.python import cp_model

from planner.dates import monday_of, month_of
from planner.rule_id import RuleId
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class VolunteerLimits:
    """A volunteer works at most max_shifts_per_week shifts starting in one calendar week and
    max_shifts_per_month in one calendar month. Never bent. (The days and times offered and
    the activities refused decide eligibility.)"""

    name: ClassVar[RuleId] = RuleId.VOLUNTEER_LIMITS
    kind: ClassVar[Kind] = Kind.HARD

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        for person in ctx.problem.volunteers:
            limits = person.limits
            assert limits is not None
            mine = ctx.shifts_of(person)
            for key, cap in (
                (monday_of, limits.max_shifts_per_week),
                (month_of, limits.max_shifts_per_month),
            ):
                groups: dict = defaultdict(list)
                for shift, var in mine:
                    groups[key(shift.local_date)].append(var)
                for group, lits in groups.items():
                    # Published shifts of the same week or month outside the period count.
                    room = max(0, cap - ctx.problem.outside_count(person, group, key))
                    if len(lits) > room:
                        ctx.require(
                            ctx.model.add(cp_model.LinearExpr.sum(lits) <= room),
                            self.name,
                            person,
                        )
        return ()
