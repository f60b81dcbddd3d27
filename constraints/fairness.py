"""Shared helper of the fairness rules: a convex cost on a count.

Two formulations, measured against each other (BENCHMARKS.md, "Formulations"): `levels`
(the rules' default), one Boolean per reachable count, ordered, exact in every solution;
and `tangents`, an integer count and a cost above each secant of the convex cost, exact only
where the cost is minimised."""

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
    form: str = "levels",
) -> cp_model.LinearExprT:
    """A cost on how many of `lits` are true: the k-th costs marginal[k-1] (non-decreasing),
    so the cheapest way to give out work is to spread it. Levels `at_least[k]` are ordered
    so the cost is exact in every solution, not only at the optimum. `max_count` (a bound
    the hard rules already imply) saves levels that can never be reached."""
    n = len(lits) if max_count is None else min(len(lits), max_count)
    if form == "tangents":
        return _tangents(ctx, lits, marginal[:n], label, n)
    levels = [ctx.model.new_bool_var(f"{label}>={k + 1}") for k in range(n)]
    ctx.model.add(cp_model.LinearExpr.sum(levels) == cp_model.LinearExpr.sum(list(lits)))
    for a, b in zip(levels, levels[1:], strict=False):
        ctx.model.add_implication(b, a)
    return cp_model.LinearExpr.weighted_sum(levels, list(marginal[: len(levels)]))


def _tangents(
    ctx: BuildContext, lits: Sequence[cp_model.IntVar], marginal: Sequence[int], label: str, n: int
) -> cp_model.LinearExprT:
    count = ctx.model.new_int_var(0, n, f"{label}#")
    ctx.model.add(count == cp_model.LinearExpr.sum(list(lits)))
    total = sum(marginal)
    cost = ctx.model.new_int_var(0, total, f"{label}$")
    value = 0  # the cost of k shifts
    for k, m in enumerate(marginal):
        if m:
            ctx.model.add(cost >= value + m * (count - k))
        value += m
    return cost
