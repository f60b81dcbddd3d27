"""Nobody in two places at once."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import ClassVar

from planner.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class NoOverlap:
    """Two shifts of one person never overlap, and between shifts at different sites there
    is at least `travel_time` (end of the one to start of the other)."""

    name: ClassVar[str] = "no_overlap"
    kind: ClassVar[Kind] = Kind.HARD
    travel_time: timedelta = timedelta(minutes=30)

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        problem = ctx.problem
        for person in problem.people:
            mine = ctx.shifts_of(person)
            if len(mine) < 2:
                continue
            var = {s.id: v for s, v in mine}
            shifts = [s for s, _ in mine]
            for clique in problem.conflict_cliques(shifts, timedelta(0)):
                ctx.at_most_one([var[s.id] for s in clique], self.name, person)
            if self.travel_time > timedelta(0):
                for a, b in problem.shift_pairs_closer_than(self.travel_time, shifts):
                    if a.activity.site != b.activity.site and problem.start_minute(
                        b
                    ) >= problem.end_minute(a):
                        ctx.at_most_one([var[a.id], var[b.id]], self.name, person)
        return ()
