"""No replacement: volunteers never stand in for a professional."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from ortools.sat.python import cp_model

from planner.rule_id import RuleId
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class NoReplacement:
    """A shift without its professionals has no volunteers on it. Volunteers fill volunteer
    places only and never count toward professional cover: a person's role is their kind,
    and cover counts professionals alone (professional_cover)."""

    name: ClassVar[RuleId] = RuleId.NO_REPLACEMENT
    kind: ClassVar[Kind] = Kind.HARD

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        for shift in ctx.problem.shifts:
            volunteers = ctx.on_shift(shift, professionals=False)
            if volunteers:
                ctx.require(
                    ctx.model.add(
                        cp_model.LinearExpr.sum(volunteers)
                        <= len(volunteers) * ctx.staffed[shift.id]
                    ),
                    self.name,
                    shift=shift,
                )
        return ()
