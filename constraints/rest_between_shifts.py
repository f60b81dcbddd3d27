"""Rest between shifts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import ClassVar

from planner.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class RestBetweenShifts:
    """Nobody (professional or volunteer) works two shifts less than `min_rest` apart, end of
    the one to start of the next; published work just outside the period counts."""

    name: ClassVar[str] = "rest_between_shifts"
    kind: ClassVar[Kind] = Kind.HARD
    min_rest: timedelta = timedelta(hours=11)

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        for person in ctx.problem.people:
            mine = ctx.shifts_of(person)
            if person.id in ctx.problem.outside_by_person:
                for shift, var in mine:
                    if ctx.problem.outside_conflicts(person, shift, self.min_rest):
                        ctx.require(ctx.model.add(var == 0), self.name, person, shift)
            if len(mine) < 2:
                continue
            var = {s.id: v for s, v in mine}
            for clique in ctx.problem.conflict_cliques([s for s, _ in mine], self.min_rest):
                ctx.at_most_one([var[s.id] for s in clique], self.name, person)
        return ()
