"""Fairness among professionals: evenings, nights and weekends spread out."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from constraints.fairness import convex_count_cost
from planner.reasons import Reason
from planner.rule_id import RuleId
from planner.settings import is_weekend, shift_class
from planner.solver.model import BuildContext, Kind, Penalty

FULL_TIME_HOURS = 38.0


def is_unsocial(shift) -> bool:
    """An evening, a night or a weekend shift."""
    return shift_class(shift) in ("evening", "night") or is_weekend(shift)


@dataclass(frozen=True)
class FairnessUnsocial:
    """A professional's k-th evening, night or weekend shift costs `weight` x
    ceil(k x 38 / contract hours): the cost grows with each one, faster for part-timers, so
    unsocial shifts are spread in proportion to contract hours. k counts on from those of the
    fairness horizon before the period (planner/settings.py, FairnessSettings): whoever had
    many lately pays more for the next, so weeks planned one by one spread them as a block
    would."""

    name: ClassVar[RuleId] = RuleId.FAIRNESS_UNSOCIAL
    kind: ClassVar[Kind] = Kind.SOFT
    weight: int = 5
    form: str = "levels"  # or "tangents" (constraints/fairness.py)

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        for person in ctx.problem.professionals:
            assert person.contract is not None
            lits = [v for s, v in ctx.shifts_of(person) if is_unsocial(s)]
            if not lits:
                continue
            hours = max(person.contract.hours_per_week, 1.0)
            had = sum(1 for s in ctx.problem.past_by_person.get(person.id, ()) if is_unsocial(s))
            marginal = [
                math.ceil((had + k) * FULL_TIME_HOURS / hours) for k in range(1, len(lits) + 1)
            ]
            yield Penalty(
                self.name,
                convex_count_cost(ctx, lits, marginal, f"unsocial[{person.id}]", form=self.form),
                self.weight,
                Reason.of(self.name, person.id),
            )
