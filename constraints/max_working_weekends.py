"""A professional's working weekends."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from ortools.sat.python import cp_model

from planner.rule_id import RuleId
from planner.settings import weekend_of
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class MaxWorkingWeekends:
    """A professional works on at most `max_weekends` weekends per 4 weeks of the period,
    rounded up: ceil(max_weekends x weeks / 4). A weekend is settings.is_weekend: Saturday,
    Sunday, and a night starting on Friday."""

    name: ClassVar[RuleId] = RuleId.MAX_WORKING_WEEKENDS
    kind: ClassVar[Kind] = Kind.HARD
    max_weekends: int = 2

    def limit(self, weeks: int) -> int:
        return math.ceil(self.max_weekends * weeks / 4)

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        limit = self.limit(ctx.problem.period.weeks)
        for person in ctx.problem.professionals:
            by_weekend: dict = {}
            for shift, var in ctx.shifts_of(person):
                key = weekend_of(shift)
                if key is not None:
                    by_weekend.setdefault(key, []).append(var)
            if len(by_weekend) <= limit:
                continue
            worked = []
            for key, lits in sorted(by_weekend.items()):
                w = ctx.model.new_bool_var(f"weekend[{person.id},{key}]")
                ctx.model.add_max_equality(w, lits)
                worked.append(w)
            ctx.require(ctx.model.add(cp_model.LinearExpr.sum(worked) <= limit), self.name, person)
        return ()
