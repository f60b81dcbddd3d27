"""A professional's working weekends, in every 4 consecutive weekends."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import ClassVar

from ortools.sat.python import cp_model

from planner.rule_id import RuleId
from planner.settings import WEEKEND_WINDOW, weekend_of
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class MaxWorkingWeekends:
    """A professional works on at most `max_weekends` weekends in any WEEKEND_WINDOW
    consecutive weekends (planner/settings.py, max_working_weekends): a rolling window that
    runs over the period's edges, where published weekends (and what happened) count. A
    weekend is settings.is_weekend: Saturday, Sunday, and a night starting on Friday."""

    name: ClassVar[RuleId] = RuleId.MAX_WORKING_WEEKENDS
    kind: ClassVar[Kind] = Kind.HARD
    max_weekends: int = 2

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        problem = ctx.problem
        week = timedelta(weeks=1)
        for person in problem.professionals:
            by_weekend: dict[date, list] = {}
            for shift, var in ctx.shifts_of(person):
                key = weekend_of(shift)
                if key is not None:
                    by_weekend.setdefault(key, []).append(var)
            if not by_weekend:
                continue
            worked = {
                key
                for shift in problem.outside_by_person.get(person.id, ())
                if (key := weekend_of(shift)) is not None
            }
            # A weekend already worked outside the period counts whatever happens inside it.
            open_weekends = {k: v for k, v in by_weekend.items() if k not in worked}
            literals: dict[date, cp_model.IntVar] = {}
            starts = {k - i * week for k in open_weekends for i in range(WEEKEND_WINDOW)}
            for first in sorted(starts):
                window = [first + i * week for i in range(WEEKEND_WINDOW)]
                inside = [k for k in window if k in open_weekends]
                room = max(0, self.max_weekends - sum(1 for k in window if k in worked))
                if len(inside) <= room:
                    continue
                lits = [self._worked(ctx, person, k, open_weekends[k], literals) for k in inside]
                ctx.require(ctx.model.add(cp_model.LinearExpr.sum(lits) <= room), self.name, person)
        return ()

    @staticmethod
    def _worked(ctx: BuildContext, person, key: date, lits: list, made: dict):
        """True exactly when the person works a shift of the weekend of Saturday `key`."""
        if key not in made:
            if len(lits) == 1:
                made[key] = lits[0]
            else:
                w = ctx.model.new_bool_var(f"weekend[{person.id},{key}]")
                ctx.model.add_max_equality(w, lits)
                made[key] = w
        return made[key]
