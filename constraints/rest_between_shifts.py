"""Rest between working days."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import ClassVar

from planner.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class RestBetweenShifts:
    """Nobody (professional or volunteer) works two shifts less than `min_rest` apart, end of
    the one to start of the next, unless they form one working day: both start on the same
    local day and together span at most 24 h - `min_rest` (settings.HardSettings.min_rest).
    Overlap is the no-overlap rule's. Published work just outside the period counts."""

    name: ClassVar[str] = "rest_between_shifts"
    kind: ClassVar[Kind] = Kind.HARD
    min_rest: timedelta = timedelta(hours=11)

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        problem = ctx.problem
        for person in problem.people:
            mine = ctx.shifts_of(person)
            if person.id in problem.outside_by_person:
                for shift, var in mine:
                    if problem.outside_rest_conflicts(person, shift, self.min_rest):
                        ctx.require(ctx.model.add(var == 0), self.name, person, shift)
            if len(mine) < 2:
                continue
            var = {s.id: v for s, v in mine}
            # The conflicts are not an interval graph any more (a morning and an afternoon
            # of one day go together, a night after that morning does not): pairs.
            for a, b in problem.rest_conflict_pairs([s for s, _ in mine], self.min_rest):
                ctx.at_most_one([var[a.id], var[b.id]], self.name, person)
        return ()
