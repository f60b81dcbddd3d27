"""Fairness among volunteers: shifts in proportion to what each offered."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from constraints.fairness import convex_count_cost
from planner.reasons import Reason
from planner.rule_id import RuleId
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class FairnessVolunteers:
    """A volunteer's k-th shift costs `weight` x ceil(`scale` x k / offer),
    where offer is the most shifts their own limits allow in the period, except the first,
    which costs nothing: volunteering is a goal in itself, and a free first shift never
    stands in the way of giving everyone who offered time a place (see volunteer_left_out).
    From the second on, the marginal cost grows with the share of their offer already used,
    so work goes first to those who have used the least of what they offered: shifts end up
    in proportion to offers, and no willing volunteer is pushed into every gap.

    The fairness horizon before the period (planner/settings.py, FairnessSettings) counts
    too: k counts on from their shifts of those weeks (so only a volunteer with none there
    has a free first shift in the period), and the offer takes those weeks in, so weeks
    planned one by one spread the load as a block would. A marginal cost never passes `scale`
    (the order of the weights, planner/settings.py SoftWeights, holds)."""

    name: ClassVar[RuleId] = RuleId.FAIRNESS_VOLUNTEERS
    kind: ClassVar[Kind] = Kind.SOFT
    weight: int = 5
    form: str = "levels"  # or "tangents" (constraints/fairness.py)
    scale: int = 4

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        problem = ctx.problem
        weeks = len(problem.shifts_by_week)
        months = max(1, len(problem.shifts_by_month))
        horizon = problem.settings.fairness.horizon_weeks if problem.past else 0
        for person in problem.volunteers:
            limits = person.limits
            assert limits is not None
            lits = [v for _, v in ctx.shifts_of(person)]
            if not lits:
                continue
            offer = min(limits.max_shifts_per_week * weeks, limits.max_shifts_per_month * months)
            offer = max(1, offer)
            had = len(problem.past_by_person.get(person.id, ()))
            # What they could have done in the horizon, by their own limits.
            past_offer = min(
                limits.max_shifts_per_week * horizon,
                limits.max_shifts_per_month * math.ceil(horizon * 7 / 30),
            )
            total = max(1, offer + past_offer)
            # Free: their first shift of the horizon and the period together.
            marginal = [
                0 if had + k == 1 else min(self.scale, math.ceil(self.scale * (had + k) / total))
                for k in range(1, offer + 1)
            ]
            yield Penalty(
                self.name,
                # The volunteer's own limits already keep them at or below `offer`.
                convex_count_cost(
                    ctx, lits, marginal, f"vol_load[{person.id}]", offer, form=self.form
                ),
                self.weight,
                Reason.of(self.name, person.id),
            )
