"""Stability: re-planning a published roster changes as little as possible."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from ortools.sat.python import cp_model

from planner.reasons import Reason
from planner.rule_id import RuleId
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class Stability:
    """Against the published roster of the period: each published assignment dropped and
    each assignment added on a published shift costs `weight`. A published assignment that
    can no longer be kept (the person is now absent) costs the same in every roster."""

    name: ClassVar[RuleId] = RuleId.STABILITY
    kind: ClassVar[Kind] = Kind.SOFT
    weight: int = 50

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        problem = ctx.problem
        if problem.published is None:
            return
        published = problem.published_pairs
        published_shifts = problem.published_shift_ids
        for person in problem.people:
            kept = []
            added = []
            for shift, var in ctx.shifts_of(person):
                if (person.id, shift.id) in published:
                    kept.append(var)
                elif shift.id in published_shifts:
                    added.append(var)
            lost = sum(
                1 for pid, sid in published if pid == person.id and ctx.x(person, sid) is None
            )
            if not (kept or added or lost):
                continue
            changes = (
                len(kept) + lost - cp_model.LinearExpr.sum(kept) + cp_model.LinearExpr.sum(added)
            )
            yield Penalty(
                self.name,
                changes,
                self.weight,
                Reason.of(self.name, person.id),
            )
