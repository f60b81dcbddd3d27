"""Never together: two people who must not share a shift never do, and no shift has more
newcomers than its activity allows (`newcomers_max`: 1 is "not two newcomers together")."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from ortools.sat.python import cp_model

from planner.rule_id import RuleId
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class NeverTogether:
    """For every shift: at most one of each never-together pair on it (either person of the
    pair may name the other in `never_with`); newcomers on it at most `newcomers_max`."""

    name: ClassVar[RuleId] = RuleId.NEVER_TOGETHER
    kind: ClassVar[Kind] = Kind.HARD

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        problem = ctx.problem
        # Each pair once, whichever side named the other.
        pairs = sorted(
            {
                tuple(sorted((p.id, other)))
                for p in problem.people
                for other in p.never_with
                if other in problem.people_by_id and other != p.id
            }
        )
        for shift in problem.shifts:
            if pairs:
                for a, b in pairs:
                    va, vb = ctx.x(a, shift), ctx.x(b, shift)
                    if va is not None and vb is not None:
                        ctx.at_most_one([va, vb], self.name, problem.people_by_id[a], shift)
            most = shift.activity.staffing.newcomers_max
            if most is not None:
                on = ctx.by_shift[shift.id]
                new = [v for p, v in on if problem.is_newcomer(p, shift.activity.id)]
                if len(new) > most:
                    ctx.require(
                        ctx.model.add(cp_model.LinearExpr.sum(new) <= most),
                        self.name,
                        shift=shift,
                    )
        return ()
