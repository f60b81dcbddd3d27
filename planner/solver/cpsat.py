"""One way to make a CP-SAT solver here: without CP-SAT's own Ctrl-C handler. That handler
would swallow the coordinator's Ctrl-C to end one sub-search quietly, and the search would
go on and save "the best found in the time limit"; the planner handles Ctrl-C itself (the
CLI sets the search's stop and says what it keeps)."""

from __future__ import annotations

from ortools.sat.python import cp_model


def new_solver() -> cp_model.CpSolver:
    solver = cp_model.CpSolver()
    solver.parameters.catch_sigint_signal = False
    return solver
