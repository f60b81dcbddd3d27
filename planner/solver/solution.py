"""A roster as the search holds it: from a solver's response or a full solution vector, and
the first roster (the greedy start completed by a fixed-decision probe)."""

from __future__ import annotations

from dataclasses import dataclass

from ortools.sat.python import cp_model

from planner.solver.cpsat import new_solver
from planner.solver.model import RosterModel

# The least the first roster's probe is given (complete_hint).
PROBE_FLOOR_S = 2.0


def floor_bound(bound: float) -> float:
    """Every cost term is >= 0, so 0 bounds the objective from below: CP-SAT's early bounds
    (large negative numbers before the LP has run) say less than that."""
    return bound if bound != bound else max(bound, 0.0)


@dataclass(frozen=True)
class Solution:
    objective: float
    assignments: tuple[tuple[str, str], ...]
    unstaffed: tuple[str, ...]
    penalty_values: tuple[int, ...]

    @classmethod
    def of_values(cls, values: list[int], rm: RosterModel) -> Solution:
        """The roster of a full solution vector (every variable, in model order)."""
        ctx = rm.ctx
        penalty_values = tuple(evaluate(p.expr, values) for p in rm.penalties)
        return cls(
            objective=sum(p.weight * v for p, v in zip(rm.penalties, penalty_values, strict=True)),
            assignments=tuple(k for k, v in ctx.vars.items() if values[v.index]),
            unstaffed=tuple(s for s, v in ctx.staffed.items() if not values[v.index]),
            penalty_values=penalty_values,
        )

    @classmethod
    def of(cls, solver: cp_model.CpSolver, rm: RosterModel) -> Solution:
        ctx = rm.ctx
        return cls(
            objective=sum(p.weight * int(solver.value(p.expr)) for p in rm.penalties),
            assignments=tuple(k for k, v in ctx.vars.items() if solver.boolean_value(v)),
            unstaffed=tuple(s for s, v in ctx.staffed.items() if not solver.boolean_value(v)),
            penalty_values=tuple(int(solver.value(p.expr)) for p in rm.penalties),
        )


def evaluate(expr: cp_model.LinearExprT, values: list[int]) -> int:
    """The value of a linear expression in a full solution vector."""
    if not isinstance(expr, cp_model.LinearExpr):
        return int(expr)
    flat = cp_model.FlatIntExpr(expr)
    return flat.offset + sum(
        c * values[v.index] for v, c in zip(flat.vars, flat.coeffs, strict=True)
    )


def complete_hint(rm: RosterModel, time_limit: float) -> Solution | None:
    """CP-SAT takes a complete, feasible hint as its first solution at once, but spends long
    repairing a partial one. The hint covers the decisions (who works which shift); the
    helper variables follow from them by propagation, so a quick solve with the decisions
    fixed (no presolve: nothing is left to search) fills them in. Returns that roster, or
    None when there is no hint or it does not hold (the partial hint then stays)."""
    model = rm.model
    hint = model.proto.solution_hint
    if not hint.vars or len(hint.vars) == len(model.proto.variables):
        return None
    solver = new_solver()
    solver.parameters.fix_variables_to_their_hinted_value = True
    solver.parameters.cp_model_presolve = False
    solver.parameters.num_workers = 1
    # Nothing is left to search but the helpers: no symmetry detection and no LP, which
    # were half of the demo's 13 weeks (0.55 s -> 0.3 s).
    solver.parameters.symmetry_level = 0
    solver.parameters.linearization_level = 0
    # The fixed decisions propagate at once, but on 2 busy cores (load 8) the probe of the
    # demo's 13 weeks needed more than the second it had, and without it the plan ended
    # with no roster at all: CP-SAT's own search finds none in what is left
    # (bench/time_limit.py). So it may take all that is left, and at least PROBE_FLOOR_S: a
    # roster a little late beats none. A hint that breaks a rule fails at once, leaving the
    # rest to CP-SAT's own search.
    solver.parameters.max_time_in_seconds = max(PROBE_FLOOR_S, time_limit)
    if solver.solve(model) not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    values = list(solver.response_proto.solution)
    start = Solution.of(solver, rm)
    model.clear_hints()
    model.proto.solution_hint.vars.extend(range(len(values)))
    model.proto.solution_hint.values.extend(values)
    return start
