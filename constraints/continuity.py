"""Continuity: the same faces on the same activity, week after week."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from ortools.sat.python import cp_model

from planner.reasons import Reason
from planner.rule_id import RuleId
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class Continuity:
    """Each assignment of someone who is not regular on that activity (not their home
    activity, not done in the weeks before) costs `weight`; and each extra activity a
    person works on in the period costs `weight` too, so the same people stay on the same
    activity week after week."""

    name: ClassVar[RuleId] = RuleId.CONTINUITY
    kind: ClassVar[Kind] = Kind.SOFT
    weight: int = 10

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        problem = ctx.problem
        for person in problem.people:
            mine = ctx.shifts_of(person)
            strangers = [v for s, v in mine if not problem.is_regular(person, s.activity.id)]
            if strangers:
                yield Penalty(
                    self.name,
                    cp_model.LinearExpr.sum(strangers),
                    self.weight,
                    Reason.of(self.name, person.id, case="new_activities"),
                )
            by_activity: dict[str, list] = {}
            for shift, var in mine:
                by_activity.setdefault(shift.activity.id, []).append(var)
            if len(by_activity) < 2:
                continue
            # Spread over several activities: each activity touched beyond the first costs.
            touched = []
            for activity_id, lits in sorted(by_activity.items()):
                t = ctx.model.new_bool_var(f"touches[{person.id},{activity_id}]")
                ctx.model.add_max_equality(t, lits)
                touched.append(t)
            spread = ctx.model.new_int_var(0, len(touched), f"spread[{person.id}]")
            ctx.model.add(spread >= cp_model.LinearExpr.sum(touched) - 1)
            yield Penalty(
                self.name,
                spread,
                self.weight,
                Reason.of(self.name, person.id, case="spread"),
            )
