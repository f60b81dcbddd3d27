"""A professional's shortest break between working days."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import ClassVar

from ortools.sat.python import cp_model

from planner.rule_id import RuleId
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class MinConsecutiveDaysOff:
    """Between two working days, a professional's run of days off is at least `min_days_off`
    long (1: no restriction). Published working days around the period count: a short break
    between one of them and a day of the period is forbidden too. A day with nothing
    published before the period is unknown, and breaks nothing."""

    name: ClassVar[RuleId] = RuleId.MIN_CONSECUTIVE_DAYS_OFF
    kind: ClassVar[Kind] = Kind.HARD
    min_days_off: int = 1

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        problem = ctx.problem
        first, last = problem.days[0], problem.days[-1]
        reach = self.min_days_off
        span = [first + timedelta(days=i) for i in range(-reach, len(problem.days) + reach)]
        for person in problem.professionals:
            outside = problem.outside_days(person)
            # True on a day with published work (or work that happened: a started shift of the
            # period), else the day's literal inside the period (None: cannot work), else False.
            works = [
                True if d in outside else ctx.works(person, d) if first <= d <= last else False
                for d in span
            ]
            for length in range(1, self.min_days_off):
                for i in range(len(span) - length - 1):
                    before, after = works[i], works[i + length + 1]
                    between = works[i + 1 : i + length + 1]
                    if (
                        not _may_work(before)
                        or not _may_work(after)
                        or any(w is True for w in between)
                    ):
                        continue
                    free = [w for w in (before, after, *between) if not _fixed(w)]
                    if not free:
                        continue  # all outside the period: not this plan's to change
                    # Forbid: work on day i, off for `length` days, work again.
                    clause = [~w for w in (before, after) if isinstance(w, cp_model.IntVar)]
                    clause += [w for w in between if isinstance(w, cp_model.IntVar)]
                    ctx.require(ctx.model.add_bool_or(clause), self.name, person)
        return ()


def _fixed(w) -> bool:
    """Known already: a day outside the period (bool), or one that cannot be worked (None)."""
    return w is None or isinstance(w, bool)


def _may_work(w) -> bool:
    return w is True or not _fixed(w)
