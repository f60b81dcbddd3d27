"""Always together: two people who work as a team (people.csv `always_with`) are planned on
the same shifts where they can be; each shift one of them works without the other costs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from ortools.sat.python import cp_model

from planner.reasons import Reason
from planner.rule_id import RuleId
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class AlwaysTogether:
    """For each pair (either naming the other in `always_with`), each shift exactly one of
    them is on costs `weight`; the cost is filed under the one who named the pair first."""

    name: ClassVar[RuleId] = RuleId.ALWAYS_TOGETHER
    kind: ClassVar[Kind] = Kind.SOFT
    weight: int = 20

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        problem = ctx.problem
        pairs = sorted(
            {
                tuple(sorted((p.id, other)))
                for p in problem.people
                for other in p.always_with
                if other in problem.people_by_id and other != p.id
            }
        )
        for a, b in pairs:
            terms = []
            shifts = {s.id for s, _ in ctx.by_person[a]} | {s.id for s, _ in ctx.by_person[b]}
            for sid in sorted(shifts):
                va, vb = ctx.x(a, sid), ctx.x(b, sid)
                if va is None or vb is None:
                    terms.append(va if vb is None else vb)
                    continue
                apart = ctx.model.new_bool_var(f"apart[{a},{b},{sid}]")
                ctx.model.add(apart >= va - vb)
                ctx.model.add(apart >= vb - va)
                terms.append(apart)
            if terms:
                yield Penalty(
                    self.name,
                    cp_model.LinearExpr.sum(terms),
                    self.weight,
                    Reason.of(self.name, a, partner=b),
                )
