"""Forbidden successions, e.g. a night shelter then a morning shift."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import ClassVar

from planner.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class ForbiddenSuccessions:
    """A professional never works a shift of class B starting within `window` after the END
    of a shift of class A, for each (A, B) in `pairs` (classes: settings.shift_class)."""

    name: ClassVar[str] = "forbidden_successions"
    kind: ClassVar[Kind] = Kind.HARD
    pairs: tuple[tuple[str, str], ...] = (("night", "morning"),)
    window: timedelta = timedelta(hours=36)

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        successions = [
            pair for a, b in self.pairs for pair in ctx.problem.successions(a, b, self.window)
        ]
        for person in ctx.problem.professionals:
            for first, second in successions:
                x1, x2 = ctx.x(person, first), ctx.x(person, second)
                if x1 is not None and x2 is not None:
                    ctx.at_most_one([x1, x2], self.name, person)
        return ()
