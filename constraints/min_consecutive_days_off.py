"""A professional's shortest break between working days."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from planner.rule_id import RuleId
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class MinConsecutiveDaysOff:
    """Between two working days, a professional's run of days off is at least `min_days_off`
    long (1: no restriction). Only runs inside the period count: the days before it are
    unknown, not off."""

    name: ClassVar[RuleId] = RuleId.MIN_CONSECUTIVE_DAYS_OFF
    kind: ClassVar[Kind] = Kind.HARD
    min_days_off: int = 1

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        days = ctx.problem.days
        for person in ctx.problem.professionals:
            works = [ctx.works(person, d) for d in days]
            for length in range(1, self.min_days_off):
                for i in range(len(days) - length - 1):
                    before, after = works[i], works[i + length + 1]
                    if before is None or after is None:
                        continue
                    # Forbid: work on day i, off for `length` days, work again.
                    between = [w for w in works[i + 1 : i + length + 1] if w is not None]
                    ctx.require(
                        ctx.model.add_bool_or([~before, ~after, *between]),
                        self.name,
                        person,
                    )
        return ()
