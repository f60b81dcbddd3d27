"""Newcomers with a mentor: a volunteer new to an activity never stands on it without an
experienced person beside them (planner/settings.py, `newcomer_shifts`, says who is new)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from ortools.sat.python import cp_model

from planner.rule_id import RuleId
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class Newcomers:
    """On every shift, each newcomer on it has at least one mentor on it: a volunteer who is
    not new to the activity, or a professional where `professionals_mentor` is set."""

    name: ClassVar[RuleId] = RuleId.NEWCOMERS
    kind: ClassVar[Kind] = Kind.HARD

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        problem = ctx.problem
        for shift in problem.shifts:
            on = ctx.by_shift[shift.id]
            activity = shift.activity.id
            new = [(p, v) for p, v in on if problem.is_newcomer(p, activity)]
            if not new:
                continue
            lets_pros = shift.activity.staffing.professionals_mentor
            mentors = [
                v
                for p, v in on
                if (p.is_professional and lets_pros)
                or (p.is_volunteer and not problem.is_newcomer(p, activity))
            ]
            for person, var in new:
                ctx.require(
                    ctx.model.add(var <= cp_model.LinearExpr.sum(mentors)),
                    self.name,
                    person,
                    shift,
                )
        return ()
