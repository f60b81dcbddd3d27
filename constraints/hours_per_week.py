"""A professional's hours per week."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import ClassVar

from ortools.sat.python import cp_model

from planner.dates import minutes, monday_of
from planner.rule_id import RuleId
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class HoursPerWeek:
    """A professional's hours in one calendar week (Mon-Sun, by shift start) are at most their
    contract hours plus `tolerance`."""

    name: ClassVar[RuleId] = RuleId.HOURS_PER_WEEK
    kind: ClassVar[Kind] = Kind.HARD
    tolerance: timedelta = timedelta(0)

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        problem = ctx.problem
        tolerance_min = minutes(self.tolerance)
        for person in problem.professionals:
            assert person.contract is not None
            cap = round(person.contract.hours_per_week * 60) + tolerance_min
            by_week: dict = defaultdict(list)
            for shift, var in ctx.shifts_of(person):
                by_week[monday_of(shift.local_date)].append((problem.duration_minutes(shift), var))
            for week, terms in by_week.items():
                # Published work of the same week outside the period counts too (and what
                # has happened). Never below 0: a week past the cap already (a contract
                # lowered after it began) takes no more, but leaves the plan a roster.
                room = max(0, cap - problem.outside_minutes(person, week, monday_of))
                if sum(m for m, _ in terms) > room:
                    ctx.require(
                        ctx.model.add(
                            cp_model.LinearExpr.weighted_sum(
                                [v for _, v in terms], [m for m, _ in terms]
                            )
                            <= room
                        ),
                        self.name,
                        person,
                    )
        return ()
