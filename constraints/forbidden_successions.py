"""Forbidden successions, e.g. a night shelter then a morning shift."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import ClassVar

from planner.dates import minutes, utc_minutes
from planner.rule_id import RuleId
from planner.settings import shift_class
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class ForbiddenSuccessions:
    """A professional never works a shift of class B starting within `window` after the END
    of a shift of class A, for each (A, B) in `pairs` (classes: settings.shift_class)."""

    name: ClassVar[RuleId] = RuleId.FORBIDDEN_SUCCESSIONS
    kind: ClassVar[Kind] = Kind.HARD
    pairs: tuple[tuple[str, str], ...] = (("night", "morning"),)
    window: timedelta = timedelta(hours=36)

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        successions = [
            pair for a, b in self.pairs for pair in ctx.problem.successions(a, b, self.window)
        ]
        for person in ctx.problem.professionals:
            for shift, var in (
                ctx.shifts_of(person) if person.id in ctx.problem.outside_by_person else ()
            ):
                if any(
                    self._forbidden(a, b)
                    for other in ctx.problem.outside_by_person[person.id]
                    for a, b in ((other, shift), (shift, other))
                ):
                    ctx.require(ctx.model.add(var == 0), self.name, person, shift)
            for first, second in successions:
                x1, x2 = ctx.x(person, first), ctx.x(person, second)
                if x1 is not None and x2 is not None:
                    ctx.at_most_one([x1, x2], self.name, person)
        return ()

    def _forbidden(self, first, second) -> bool:
        if (shift_class(first), shift_class(second)) not in self.pairs:
            return False
        gap = utc_minutes(second.start) - utc_minutes(first.end)
        return 0 <= gap < minutes(self.window)
