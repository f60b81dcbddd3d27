"""The qualification mix of a shift: "1 nurse and 1 social worker", "2 professionals of whom
at least 1 has first_aid", "a volunteer with first_aid" (Staffing.needs, the hard ones)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from ortools.sat.python import cp_model

from planner.rule_id import RuleId
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class QualificationMix:
    """A staffed shift has, for each hard need, at least `at_least` people of `among` who
    hold one of its qualifications or languages (Need.met_by). A shift that cannot have them
    stays unstaffed."""

    name: ClassVar[RuleId] = RuleId.QUALIFICATION_MIX
    kind: ClassVar[Kind] = Kind.HARD

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        for shift in ctx.problem.shifts:
            for need in shift.activity.staffing.needs:
                if need.soft:
                    continue
                holders = [
                    v
                    for p, v in ctx.by_shift[shift.id]
                    if need.met_by(p, p.is_professional, shift.local_date)
                ]
                ctx.require(
                    ctx.model.add(
                        cp_model.LinearExpr.sum(holders) >= need.at_least * ctx.staffed[shift.id]
                    ),
                    self.name,
                    shift=shift,
                )
        return ()
