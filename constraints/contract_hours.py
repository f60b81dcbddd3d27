"""Professionals' hours close to their contract."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from ortools.sat.python import cp_model

from planner.dates import monday_of
from planner.reasons import Reason
from planner.rule_id import RuleId
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class ContractHours:
    """Each hour (rounded up) a professional works below their contract in a calendar week
    costs `weight`. The week's target counts only their contract's working days that lie
    in the period and on which they are not absent."""

    name: ClassVar[RuleId] = RuleId.CONTRACT_HOURS
    kind: ClassVar[Kind] = Kind.SOFT
    weight: int = 1

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        problem = ctx.problem
        for person in problem.professionals:
            contract = person.contract
            assert contract is not None
            if not contract.working_days:
                continue
            absent_days = {
                d
                for a in problem.absences_by_person.get(person.id, ())
                for d in problem.days
                if a.start.date() <= d <= a.end.date()
            }
            available: dict = defaultdict(int)
            for d in problem.days:
                if d.weekday() in contract.working_days and d not in absent_days:
                    available[monday_of(d)] += 1
            per_day_min = contract.hours_per_week * 60 / len(contract.working_days)
            mine: dict = defaultdict(list)
            for shift, var in ctx.shifts_of(person):
                mine[monday_of(shift.local_date)].append((problem.duration_minutes(shift), var))
            for week, n_days in sorted(available.items()):
                target = round(per_day_min * n_days)
                terms = mine.get(week, [])
                worked = cp_model.LinearExpr.weighted_sum(
                    [v for _, v in terms], [m for m, _ in terms]
                )
                short = ctx.model.new_int_var(
                    0, math.ceil(target / 60), f"short_hours[{person.id},{week}]"
                )
                ctx.model.add(60 * short >= target - worked)
                yield Penalty(
                    self.name,
                    short,
                    self.weight,
                    Reason.of(self.name, person.id, week=week.isoformat()),
                )
