"""Shared helper of the fairness rules: a convex cost on a count."""

from __future__ import annotations

from collections.abc import Sequence

from ortools.sat.python import cp_model

from planner.solver.model import BuildContext


def convex_count_cost(
    ctx: BuildContext,
    lits: Sequence[cp_model.IntVar],
    marginal: Sequence[int],
    label: str,
    max_count: int | None = None,
) -> cp_model.LinearExprT:
    """A cost on how many of `lits` are true: the k-th costs marginal[k-1] (non-decreasing),
    so the cheapest way to give out work is to spread it. Levels `at_least[k]` are ordered
    so the cost is exact in every solution, not only at the optimum. `max_count` (a bound
    the hard rules already imply) saves levels that can never be reached."""
    n = len(lits) if max_count is None else min(len(lits), max_count)
    levels = [ctx.model.new_bool_var(f"{label}>={k + 1}") for k in range(n)]
    ctx.model.add(cp_model.LinearExpr.sum(levels) == cp_model.LinearExpr.sum(list(lits)))
    for a, b in zip(levels, levels[1:], strict=False):
        ctx.model.add_implication(b, a)
    return cp_model.LinearExpr.weighted_sum(levels, list(marginal[: len(levels)]))
