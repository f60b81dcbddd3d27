"""Wishes: days and shifts a person prefers or would rather not work, and days asked off,
for professionals as for volunteers (planner/settings.py, wishes and days_off)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from ortools.sat.python import cp_model

from planner.reasons import Reason
from planner.rule_id import RuleId
from planner.settings import in_slot
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class Wishes:
    """Per person, one cost term for the shifts against their wishes (avoided, or outside
    what they prefer) at `weight` each, and one for shifts on days they asked off at
    `days_off` each: the cost list shows them per person."""

    name: ClassVar[RuleId] = RuleId.WISHES
    kind: ClassVar[Kind] = Kind.SOFT
    weight: int = 4
    days_off: int = 40

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        for person in ctx.problem.people:
            wish = person.wishes
            if not (wish.prefers or wish.avoids or wish.days_off):
                continue
            against, off = [], []
            for shift, var in ctx.shifts_of(person):
                if shift.local_date in wish.days_off:
                    off.append(var)
                elif any(in_slot(shift, s) for s in wish.avoids) or (
                    wish.prefers and not any(in_slot(shift, s) for s in wish.prefers)
                ):
                    against.append(var)
            if against:
                yield Penalty(
                    self.name,
                    cp_model.LinearExpr.sum(against),
                    self.weight,
                    Reason.of(self.name, person.id, case="against"),
                )
            if off and self.days_off:
                yield Penalty(
                    self.name,
                    cp_model.LinearExpr.sum(off),
                    self.days_off,
                    Reason.of(self.name, person.id, case="day_off"),
                )
