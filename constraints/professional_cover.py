"""Professional cover: every open shift gets its qualified professionals, or nobody at all."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from ortools.sat.python import cp_model

from planner.reasons import Reason
from planner.rule_id import RuleId
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class ProfessionalCover:
    """A staffed shift has at least `staffing.professionals` professionals, each holding the
    required qualifications (eligibility sees to that), and at most as many as `min_people`
    needs. A shift that cannot have them is left unstaffed, with nobody on it, at the price
    `unstaffed_weight`: the rest of the period is still planned."""

    name: ClassVar[RuleId] = RuleId.PROFESSIONAL_COVER
    kind: ClassVar[Kind] = Kind.HARD
    unstaffed_weight: int = 100_000

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        for shift in ctx.problem.shifts:
            staffed = ctx.staffed[shift.id]
            staffing = shift.activity.staffing
            pros = cp_model.LinearExpr.sum(ctx.on_shift(shift, professionals=True))
            cap = max(staffing.professionals, staffing.min_people)
            ctx.require(
                ctx.model.add(pros >= staffing.professionals * staffed), self.name, shift=shift
            )
            ctx.model.add(pros <= cap * staffed)
            yield Penalty(
                RuleId.UNSTAFFED_SHIFT,
                1 - staffed,
                self.unstaffed_weight,
                Reason.of(RuleId.UNSTAFFED_SHIFT, shift_id=shift.id),
            )
