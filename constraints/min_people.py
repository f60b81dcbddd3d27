"""Nobody alone: a staffed shift has at least `min_people` people (the night shelter: 2)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from ortools.sat.python import cp_model

from planner.rule_id import RuleId
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class MinPeople:
    """A staffed shift has at least min_people people on it, professionals and volunteers
    together. Where it needs more people than professionals, a volunteer (or another
    professional) must be found, or the shift stays unstaffed: nobody works it alone."""

    name: ClassVar[RuleId] = RuleId.MIN_PEOPLE
    kind: ClassVar[Kind] = Kind.HARD

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        for shift in ctx.problem.shifts:
            staffing = shift.activity.staffing
            if staffing.min_people > staffing.professionals:
                everyone = ctx.on_shift(shift, professionals=True) + ctx.on_shift(
                    shift, professionals=False
                )
                ctx.require(
                    ctx.model.add(
                        cp_model.LinearExpr.sum(everyone)
                        >= staffing.min_people * ctx.staffed[shift.id]
                    ),
                    self.name,
                    shift=shift,
                )
        return ()
