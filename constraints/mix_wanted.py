"""The wanted part of a shift's mix: a soft need ("someone who speaks Arabic or French")
costs for each person it is short of on a staffed shift."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from ortools.sat.python import cp_model

from planner.reasons import Reason
from planner.rule_id import RuleId
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class MixWanted:
    """For each soft need of a staffed shift, each person short of `at_least` costs
    `weight`; an unstaffed shift costs nothing here (it costs as unstaffed)."""

    name: ClassVar[RuleId] = RuleId.MIX_WANTED
    kind: ClassVar[Kind] = Kind.SOFT
    weight: int = 100

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        for shift in ctx.problem.shifts:
            for need in shift.activity.staffing.needs:
                if not need.soft:
                    continue
                holders = [
                    v
                    for p, v in ctx.by_shift[shift.id]
                    if need.met_by(p, p.is_professional, shift.local_date)
                ]
                short = ctx.model.new_int_var(0, need.at_least, f"short[{shift.id}]")
                ctx.model.add(
                    short
                    >= need.at_least * ctx.staffed[shift.id] - cp_model.LinearExpr.sum(holders)
                )
                yield Penalty(
                    self.name,
                    short,
                    self.weight,
                    Reason.of(
                        self.name, None, shift.id, of=tuple(sorted(need.of)), wanted=need.at_least
                    ),
                )
