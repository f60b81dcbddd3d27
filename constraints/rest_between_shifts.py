"""Rest between working days."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import ClassVar

from ortools.sat.python import cp_model

from planner.rule_id import RuleId
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class RestBetweenShifts:
    """Nobody (professional or volunteer) works two shifts less than `min_rest` apart, end of
    the one to start of the next, unless they form one working day: both start on the same
    local day and together span at most 24 h - `min_rest` (settings.HardSettings.min_rest).
    Overlap is the no-overlap rule's. Published work just outside the period counts."""

    name: ClassVar[RuleId] = RuleId.REST_BETWEEN_SHIFTS
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
            var_of = {s.id: v for s, v in mine}
            # Not an interval graph any more (a morning and an afternoon of one day go
            # together, a night after that morning does not): between days, one literal per
            # day group of each clique ("works one of these"), at most one of them true.
            day_lit: dict[tuple[str, ...], cp_model.IntVar] = {}
            groups, same_day = problem.rest_conflicts([s for s, _ in mine], self.min_rest)
            for clique in groups:
                lits: list[cp_model.IntVar] = []
                for group in clique:
                    key = tuple(s.id for s in group)
                    if len(group) == 1:
                        lits.append(var_of[key[0]])
                        continue
                    if key not in day_lit:
                        lit = ctx.model.new_bool_var(f"rest_day[{person.id},{key[0]}+]")
                        for s in group:
                            ctx.model.add_implication(var_of[s.id], lit)
                        day_lit[key] = lit
                    lits.append(day_lit[key])
                ctx.at_most_one(lits, self.name, person)
            for a, b in same_day:
                ctx.at_most_one([var_of[a.id], var_of[b.id]], self.name, person)
        return ()
