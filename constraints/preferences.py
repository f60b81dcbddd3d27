"""Volunteers' wishes: the activities they want to grow in."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from ortools.sat.python import cp_model

from planner.reasons import Reason
from planner.rule_id import RuleId
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class Preferences:
    """Each shift of a volunteer on an activity outside the ones they asked for (`wants`)
    costs `weight`. Volunteers who asked for nothing in particular cost nothing."""

    name: ClassVar[RuleId] = RuleId.PREFERENCES
    kind: ClassVar[Kind] = Kind.SOFT
    weight: int = 3

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        for person in ctx.problem.volunteers:
            assert person.limits is not None
            wants = person.limits.wants
            if not wants:
                continue
            unwanted = [v for s, v in ctx.shifts_of(person) if s.activity.id not in wants]
            if unwanted:
                yield Penalty(
                    self.name,
                    cp_model.LinearExpr.sum(unwanted),
                    self.weight,
                    Reason.of(self.name, person.id),
                )
