"""Supervision: no more volunteers than the professionals on a shift can support."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from ortools.sat.python import cp_model

from planner.rule_id import RuleId
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class Supervision:
    """On every shift: volunteers <= volunteers_max; volunteers <= volunteers_per_professional_max
    x professionals on it. (Activities closed to volunteers give them no variable at all: see
    eligibility; nobody alone is min_people's.)"""

    name: ClassVar[RuleId] = RuleId.SUPERVISION
    kind: ClassVar[Kind] = Kind.HARD

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        for shift in ctx.problem.shifts:
            staffing = shift.activity.staffing
            pros = ctx.on_shift(shift, professionals=True)
            vols = ctx.on_shift(shift, professionals=False)
            n_vols = cp_model.LinearExpr.sum(vols)
            if len(vols) > staffing.volunteers_max:
                ctx.require(
                    ctx.model.add(n_vols <= staffing.volunteers_max), self.name, shift=shift
                )
            ratio = staffing.volunteers_per_professional_max
            if vols and ratio is not None:
                ctx.require(
                    ctx.model.add(n_vols <= ratio * cp_model.LinearExpr.sum(pros)),
                    self.name,
                    shift=shift,
                )
        return ()
