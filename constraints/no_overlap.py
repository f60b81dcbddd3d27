"""Nobody in two places at once."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import ClassVar

from planner.dates import minutes, utc_minutes
from planner.rule_id import RuleId
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class NoOverlap:
    """Two shifts of one person never overlap, and between shifts at different sites there
    is at least `travel_time` (end of the one to start of the other)."""

    name: ClassVar[RuleId] = RuleId.NO_OVERLAP
    kind: ClassVar[Kind] = Kind.HARD
    travel_time: timedelta = timedelta(minutes=30)

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        problem = ctx.problem
        for person in problem.people:
            mine = ctx.shifts_of(person)
            if person.id in problem.outside_by_person:
                for shift, var in mine:
                    if any(
                        self._clash(problem, shift, other)
                        for other in problem.outside_conflicts(person, shift, self.travel_time)
                    ):
                        ctx.require(ctx.model.add(var == 0), self.name, person, shift)
            if len(mine) < 2:
                continue
            var_of = {s.id: v for s, v in mine}
            shifts = [s for s, _ in mine]
            for clique in problem.conflict_cliques(shifts, timedelta(0)):
                ctx.at_most_one([var_of[s.id] for s in clique], self.name, person)
            if self.travel_time > timedelta(0):
                for a, b in problem.shift_pairs_closer_than(self.travel_time, shifts):
                    if a.activity.site != b.activity.site and problem.start_minute(
                        b
                    ) >= problem.end_minute(a):
                        ctx.at_most_one([var_of[a.id], var_of[b.id]], self.name, person)
        return ()

    def _clash(self, problem, a, b) -> bool:
        """Overlap, or too little time to travel between different sites."""
        a_start, a_end = utc_minutes(a.start), utc_minutes(a.end)
        b_start, b_end = utc_minutes(b.start), utc_minutes(b.end)
        if a_start < b_end and b_start < a_end:
            return True
        gap = b_start - a_end if b_start >= a_end else a_start - b_end
        travel = minutes(self.travel_time)
        return a.activity.site != b.activity.site and gap < travel
