"""A professional's longest run of working days."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from ortools.sat.python import cp_model

from planner.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class MaxConsecutiveDays:
    """A professional works shifts starting on at most `max_days` consecutive local days
    (within the period)."""

    name: ClassVar[str] = "max_consecutive_days"
    kind: ClassVar[Kind] = Kind.HARD
    max_days: int = 6

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        days = ctx.problem.days
        window = self.max_days + 1
        for person in ctx.problem.professionals:
            works = [ctx.works(person, d) for d in days]
            for i in range(len(days) - window + 1):
                run = works[i : i + window]
                if all(w is not None for w in run):
                    ctx.require(
                        ctx.model.add(cp_model.LinearExpr.sum(run) <= self.max_days),
                        self.name,
                        person,
                    )
        return ()
