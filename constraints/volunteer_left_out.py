"""No volunteer who offered time is left out of the whole period."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import ClassVar

from ortools.sat.python import cp_model

from planner.reasons import Reason
from planner.rule_id import RuleId
from planner.solver.model import BuildContext, Kind, Penalty

# A volunteer is left out when they have no shift in this many weeks (the period, or the
# period and the weeks just before it).
LEFT_OUT_WEEKS = 4


@dataclass(frozen=True)
class VolunteerLeftOut:
    """Each volunteer with no shift in the period costs `weight`, when there is at least one
    shift they could stand on (a place the planner considers for them). Volunteers who
    offered time and hear nothing for weeks drop out; volunteering is a goal in itself. So
    the places between volunteers_min and volunteers_max go first to those left out.
    `left_out` is exact in every solution: 1 exactly when none of their shifts is planned.

    A period shorter than LEFT_OUT_WEEKS looks back to make up that many weeks: a volunteer
    with a shift published (or that happened) in those weeks is not left out. So four weeks
    planned one by one give out places as a block of four would, not one a week to everyone."""

    name: ClassVar[RuleId] = RuleId.VOLUNTEER_LEFT_OUT
    kind: ClassVar[Kind] = Kind.SOFT
    weight: int = 60

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        problem = ctx.problem
        back = timedelta(weeks=max(0, LEFT_OUT_WEEKS - problem.period.weeks))
        since = problem.period.start - back
        for person in problem.volunteers:
            lits = [v for _, v in ctx.shifts_of(person)]
            if not lits:
                continue
            outside = problem.outside_by_person.get(person.id, ())
            if any(since <= s.local_date < problem.period.end for s in outside):
                continue  # a shift in the window already: nobody forgot them
            left_out = ctx.model.new_bool_var(f"left_out[{person.id}]")
            ctx.model.add_bool_or([*lits, left_out])
            ctx.model.add(cp_model.LinearExpr.sum(lits) <= len(lits) * (1 - left_out))
            yield Penalty(
                self.name,
                left_out,
                self.weight,
                Reason.of(self.name, person.id),
            )
