"""A professional's hours per day."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from ortools.sat.python import cp_model

from planner.rule_id import RuleId
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class HoursPerDay:
    """A professional works at most contract.max_hours_per_day hours in shifts starting on
    one local day."""

    name: ClassVar[RuleId] = RuleId.HOURS_PER_DAY
    kind: ClassVar[Kind] = Kind.HARD

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        problem = ctx.problem
        for person in problem.professionals:
            assert person.contract is not None
            cap = round(person.contract.max_hours_per_day * 60)
            by_day: dict = defaultdict(list)
            for shift, var in ctx.shifts_of(person):
                by_day[shift.local_date].append((problem.duration_minutes(shift), var))
            for terms in by_day.values():
                if sum(m for m, _ in terms) > cap:
                    ctx.require(
                        ctx.model.add(
                            cp_model.LinearExpr.weighted_sum(
                                [v for _, v in terms], [m for m, _ in terms]
                            )
                            <= cap
                        ),
                        self.name,
                        person,
                    )
        return ()
