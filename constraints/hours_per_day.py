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
    one local day. Work of that day fixed already (a shift of the period that has started)
    counts: a re-plan at noon knows the morning."""

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
            for day, terms in by_day.items():
                # Never below 0: a day past the cap already is the past's, not this plan's.
                room = max(0, cap - problem.outside_minutes(person, day, _same_day))
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


def _same_day(day):
    return day
