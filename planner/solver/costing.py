"""What a roster costs in the objective, for rosters given whole: the cost of a candidate
taking a shift is the objective of the roster with them on it less that of the roster as it is.

The model is built once; each roster is then one quick solve with every decision (who works
which shift, which shift is staffed) fixed to it, so CP-SAT only fills in the helper
variables the soft rules count with (as solution.complete_hint does for the first roster).
"""

from __future__ import annotations

from collections.abc import Collection

from ortools.sat.python import cp_model

from planner.solver.cpsat import new_solver
from planner.solver.model import RosterModel
from planner.solver.solution import Solution


def roster_cost(
    rm: RosterModel,
    pairs: Collection[tuple[str, str]],
    unstaffed: Collection[str],
    *,
    time_limit: float = 10.0,
) -> Solution | None:
    """The objective and every cost term of the roster `pairs` ((person id, shift id) of the
    model's shifts) with `unstaffed` shifts left unstaffed; None when the model has no such
    roster (a pair it has no variable for, or a hard rule of the model broken).

    Every variable is fixed, so the solve is propagation alone and ends in milliseconds; the
    limit is only a ceiling, generous so that a busy machine never turns a cost into 'not
    weighed'."""
    ctx = rm.ctx
    wanted = set(pairs)
    if not wanted <= ctx.vars.keys():
        return None
    model = rm.model
    model.clear_hints()
    for key, var in ctx.vars.items():
        model.add_hint(var, key in wanted)
    for sid, var in ctx.staffed.items():
        model.add_hint(var, sid not in unstaffed)
    solver = new_solver()
    solver.parameters.fix_variables_to_their_hinted_value = True
    solver.parameters.cp_model_presolve = False
    solver.parameters.num_workers = 1
    solver.parameters.max_time_in_seconds = time_limit
    try:
        if solver.solve(model) not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return None
        return Solution.of(solver, rm)
    finally:
        model.clear_hints()
