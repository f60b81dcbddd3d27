"""Volunteers wanted on a shift (volunteers_min), reached where possible."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from ortools.sat.python import cp_model

from planner.reasons import Reason
from planner.rule_id import RuleId
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class VolunteersMin:
    """Each volunteer short of a staffed shift's volunteers_min costs `weight`."""

    name: ClassVar[RuleId] = RuleId.VOLUNTEERS_MIN
    kind: ClassVar[Kind] = Kind.SOFT
    weight: int = 200

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        for shift in ctx.problem.shifts:
            wanted = shift.activity.staffing.volunteers_min
            if wanted == 0:
                continue
            short = ctx.model.new_int_var(0, wanted, f"short[{shift.id}]")
            vols = cp_model.LinearExpr.sum(ctx.on_shift(shift, professionals=False))
            ctx.model.add(short >= wanted * ctx.staffed[shift.id] - vols)
            yield Penalty(
                self.name,
                short,
                self.weight,
                Reason.of(self.name, shift_id=shift.id, wanted=wanted),
            )
