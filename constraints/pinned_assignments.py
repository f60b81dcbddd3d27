"""Pinned assignments are kept."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from planner.rule_id import RuleId
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class PinnedAssignments:
    """Every pinned assignment is in the roster. A pinned person who cannot be on that shift
    at all (absent, not qualified, ...) makes the model infeasible, traced to this rule."""

    name: ClassVar[RuleId] = RuleId.PINNED_ASSIGNMENTS
    kind: ClassVar[Kind] = Kind.HARD

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        problem = ctx.problem
        for pin in problem.pinned:
            person = problem.people_by_id[pin.person_id]
            shift = problem.shift_by_id[pin.shift_id]
            var = ctx.x(person, shift)
            if var is None:
                ctx.require(ctx.model.add_bool_or([]), self.name, person, shift)
            else:
                ctx.require(ctx.model.add(var == 1), self.name, person, shift)
        return ()
