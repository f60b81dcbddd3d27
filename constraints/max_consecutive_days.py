"""A professional's longest run of working days."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import ClassVar

from ortools.sat.python import cp_model

from planner.rule_id import RuleId
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class MaxConsecutiveDays:
    """A professional works shifts starting on at most `max_days` consecutive local days;
    published working days just outside the period count."""

    name: ClassVar[RuleId] = RuleId.MAX_CONSECUTIVE_DAYS
    kind: ClassVar[Kind] = Kind.HARD
    max_days: int = 6

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        problem = ctx.problem
        first, last = problem.days[0], problem.days[-1]
        window = self.max_days + 1
        for person in problem.professionals:
            outside = problem.outside_days(person)
            # Published working days just outside the period continue a run across its edge.
            reach = self.max_days if outside else 0
            span = [first + timedelta(days=i) for i in range(-reach, len(problem.days) + reach)]
            works = [self._day(ctx, person, d, first, last, outside) for d in span]
            for i in range(len(span) - window + 1):
                run = works[i : i + window]
                if any(isinstance(w, int) and w == 0 for w in run):
                    continue  # a day that cannot be worked breaks every run through it
                lits = [w for w in run if not isinstance(w, int)]
                fixed = sum(w for w in run if isinstance(w, int))
                if lits:
                    ctx.require(
                        ctx.model.add(cp_model.LinearExpr.sum(lits) + fixed <= self.max_days),
                        self.name,
                        person,
                    )
        return ()

    @staticmethod
    def _day(ctx: BuildContext, person, day, first, last, outside):
        """The day's work literal inside the period (0: cannot work), 0/1 outside it; 1 on a
        day of the period with a shift that has started."""
        if day in outside or not first <= day <= last:  # published, or started already
            return int(day in outside)
        works = ctx.works(person, day)
        return 0 if works is None else works
