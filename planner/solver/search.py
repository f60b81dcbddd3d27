"""Runs a built model: limits, seed, progress, stop. Returns data, never solver objects.

The search is the planner's own (Method.LNS, planner/solver/lns.py with the neighbourhoods of
planner/solver/neighbourhoods.py): from the greedy first roster, completed by a fixed-decision
probe, a large-neighbourhood search of single-worker CP-SAT sub-solves, beside one CP-SAT
worker on the full model for the bound. A model without a complete first roster (a greedy
start that breaks a rule, a model without any roster) goes to CP-SAT's own portfolio
(Method.CPSAT, as before the LNS), which also proves infeasibility.

Reproducibility: the same input and seed give the same roster when the search ends by its
work limit. The model is built in a fixed order (people and shifts sorted by id and start);
the greedy first roster is deterministic; the search draws every choice from the seed, and
its sub-solves and full-model worker are single-threaded and limited by CP-SAT's
deterministic time, summed with a count of what loading each step costs (the work). The
wall-clock limit stays as the user's promise: on a loaded machine it may end the search
first, and then the roster can differ. A run that ends by a proof gives an optimal roster:
the same one when the full-model worker proved it on its own.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from ortools.sat.python import cp_model

from planner.domain import Assignment, Roster
from planner.reasons import UnstaffedReason, Verdict
from planner.solver.cpsat import new_solver
from planner.solver.heap import frozen_heap
from planner.solver.lns import Ending, LnsSettings, improve
from planner.solver.model import RosterModel, Tag, build_model
from planner.solver.neighbourhoods import roster_neighbourhoods
from planner.solver.problem import PlanningProblem
from planner.solver.solution import Solution, complete_hint, floor_bound

# Workers follow from the model alone, never from the machine, so the same input always runs
# the same search. Small models gain from a wide portfolio of strategies, interleaved on the
# 2 cores of the target machine (the demo: 12 workers reach the optimum within 20 s where 8
# often do not, BENCHMARKS.md); a big model gets 2 and one full strategy (see solve), because
# every full strategy holds its own copy of the model: a city's passed 3.6 GiB.
SMALL_MODEL_PAIRS = 20_000
WORKERS_SMALL = 12
WORKERS_LARGE = 2
DEFAULT_WORKERS = None
# The planner's search ends by its work limit (planner/solver/lns.py) at this much work per
# second of the time limit, unless the clock ends it first: on the shared 2-core machine a
# unit of work takes 2 to 5 s of wall clock (BENCHMARKS.md), so most runs there end by the
# clock; on an idle machine most end by work, and are reproducible.
WORK_PER_SECOND = 0.5


def workers_for(rm: RosterModel) -> int:
    return WORKERS_SMALL if len(rm.ctx.vars) <= SMALL_MODEL_PAIRS else WORKERS_LARGE


class SolveStatus(StrEnum):
    OPTIMAL = "optimal"  # proven best
    FEASIBLE = "feasible"  # a roster, the best found in the limit
    CANCELLED = "cancelled"  # stopped on request: the best so far
    INFEASIBLE = "infeasible"  # no roster exists
    UNKNOWN = "unknown"  # no roster found in the limit, none proven impossible

    @property
    def found_roster(self) -> bool:
        return self in (SolveStatus.OPTIMAL, SolveStatus.FEASIBLE, SolveStatus.CANCELLED)


@dataclass(frozen=True)
class SolveProgress:
    objective: float
    bound: float
    elapsed: float  # seconds since the search began
    solutions: int


@dataclass(frozen=True)
class SolveResult:
    status: SolveStatus
    objective: float
    bound: float
    elapsed: float  # seconds
    assignments: tuple[tuple[str, str], ...] = ()  # (person id, shift id), in model order
    unstaffed: tuple[str, ...] = ()  # shift ids
    penalty_values: tuple[int, ...] = ()  # value of each Penalty's expr, in model order
    first_solution: float | None = None  # seconds to the first roster
    trajectory: tuple[SolveProgress, ...] = ()  # every improving solution
    conflict: tuple[Tag, ...] = ()  # infeasible traced models: rules that cannot hold together

    @property
    def has_solution(self) -> bool:
        return self.status.found_roster and self.penalty_values != ()


class _Progress(cp_model.CpSolverSolutionCallback):
    def __init__(self, on_progress: Callable[[SolveProgress], None] | None) -> None:
        super().__init__()
        self.on_progress = on_progress
        self.trajectory: list[SolveProgress] = []
        self.started = time.monotonic()

    def on_solution_callback(self) -> None:
        self.report(self.objective_value, self.best_objective_bound)

    def report(self, objective: float, bound: float) -> None:
        p = SolveProgress(
            objective=objective,
            bound=floor_bound(bound),
            elapsed=time.monotonic() - self.started,
            solutions=len(self.trajectory) + 1,
        )
        self.trajectory.append(p)
        if self.on_progress:
            self.on_progress(p)


class Method(StrEnum):
    LNS = "lns"  # the planner's own search (planner/solver/lns.py): the default
    CPSAT = "cpsat"  # CP-SAT's own portfolio on the whole model, as before the LNS


def solve(
    rm: RosterModel,
    *,
    time_limit: float = 20.0,
    seed: int = 0,
    workers: int | None = DEFAULT_WORKERS,
    deterministic: bool = True,
    on_progress: Callable[[SolveProgress], None] | None = None,
    stop: threading.Event | None = None,
    log: bool = False,
    method: Method = Method.LNS,
    work_limit: float | None = None,
    settings: LnsSettings | None = None,
) -> SolveResult:
    """Solve the model within `time_limit` seconds (wall clock, everything included). Setting
    `stop` ends the search early and keeps the best roster so far (status "cancelled").

    The planner's own large-neighbourhood search runs from the greedy first roster
    (planner/solver/lns.py), ended by `work_limit` (CP-SAT's deterministic seconds and a count
    for loading each step; by default WORK_PER_SECOND per second of `time_limit`) for a
    reproducible roster. Without a complete first roster (a
    greedy start that breaks a rule, an impossible model) CP-SAT's portfolio searches the
    whole model instead, which also proves a model without any roster. The model and what
    the search reads of it are left out of Python's collections meanwhile
    (planner/solver/heap.py)."""
    with frozen_heap():
        return _solve(
            rm, time_limit, seed, workers, deterministic, on_progress, stop, log, method,
            work_limit, settings,
        )  # fmt: skip


def _solve(
    rm: RosterModel,
    time_limit: float,
    seed: int,
    workers: int | None,
    deterministic: bool,
    on_progress: Callable[[SolveProgress], None] | None,
    stop: threading.Event | None,
    log: bool,
    method: Method,
    work_limit: float | None,
    settings: LnsSettings | None,
) -> SolveResult:
    callback = _Progress(on_progress)
    start = complete_hint(rm, time_limit)
    if start is not None:
        # The hinted roster is complete and keeps every hard rule: it is the first roster,
        # whatever the search does next.
        callback.report(start.objective, 0.0)
    remaining = max(0.5, time_limit - (time.monotonic() - callback.started))
    if method is Method.LNS and start is not None:
        return _solve_lns(
            rm,
            start,
            callback,
            time.monotonic() + remaining,  # a deadline: what follows takes time too
            seed,
            work_limit or WORK_PER_SECOND * remaining,
            settings,
            stop,
        )
    return _solve_cpsat(rm, start, callback, remaining, seed, workers, deterministic, stop, log)


def _solve_lns(
    rm: RosterModel,
    start: Solution,
    callback: _Progress,
    deadline: float,
    seed: int,
    work_limit: float,
    settings: LnsSettings | None,
    stop: threading.Event | None,
) -> SolveResult:
    hint = rm.model.proto.solution_hint
    values = [0] * len(rm.model.proto.variables)
    for i, v in zip(hint.vars, hint.values, strict=True):
        values[i] = v
    decisions, neighbourhoods = roster_neighbourhoods(rm)
    found = improve(
        rm.model,
        decisions,
        values,
        start.objective,
        neighbourhoods,
        seed=seed,
        work_limit=work_limit,
        # From now: preparing the neighbourhoods of a city takes a second or more.
        time_limit=max(0.1, deadline - time.monotonic()),
        settings=settings,
        on_improve=lambda obj, bound: callback.report(obj, bound),
        stop=stop,
    )
    best = Solution.of_values(found.values, rm)
    if found.ending is Ending.OPTIMAL:
        name = SolveStatus.OPTIMAL
    elif found.ending is Ending.STOPPED:
        name = SolveStatus.CANCELLED
    else:
        name = SolveStatus.FEASIBLE
    trajectory = tuple(callback.trajectory)
    return SolveResult(
        name,
        best.objective,
        floor_bound(min(found.bound, best.objective)),
        elapsed=time.monotonic() - callback.started,
        assignments=best.assignments,
        unstaffed=best.unstaffed,
        penalty_values=best.penalty_values,
        first_solution=trajectory[0].elapsed if trajectory else None,
        trajectory=trajectory,
    )


def _solve_cpsat(
    rm: RosterModel,
    start: Solution | None,
    callback: _Progress,
    remaining: float,
    seed: int,
    workers: int | None,
    deterministic: bool,
    stop: threading.Event | None,
    log: bool,
) -> SolveResult:
    solver = new_solver()
    params = solver.parameters
    params.random_seed = seed
    params.num_workers = workers or workers_for(rm)
    params.log_search_progress = log
    if len(rm.ctx.vars) > SMALL_MODEL_PAIRS:
        # Interleaved search loads a copy of the model for every full strategy of the
        # portfolio (six or more), whatever the number of threads: a city passes 3 GiB.
        # One full strategy (with the LP, for the bound) plus the neighbourhood searches,
        # which work on small pieces, stays under 2 GiB.
        params.subsolvers.append("default_lp")
    if deterministic:
        params.interleave_search = True
        params.max_deterministic_time = remaining
    params.max_time_in_seconds = remaining

    done = threading.Event()
    watcher = None
    if stop is not None:

        def watch() -> None:
            # CP-SAT ignores stop_search() made before solve() has started (a stop pressed
            # during the greedy start), so keep asking until the search has ended.
            while not done.is_set():
                if stop.wait(0.05):
                    solver.stop_search()
                    done.wait(0.05)

        watcher = threading.Thread(target=watch, name="solver-stop", daemon=True)
        watcher.start()
    try:
        status = solver.solve(rm.model, callback)
    finally:
        done.set()
        if watcher is not None:
            watcher.join()

    cancelled = stop is not None and stop.is_set()
    name = {
        cp_model.OPTIMAL: SolveStatus.OPTIMAL,
        cp_model.FEASIBLE: SolveStatus.FEASIBLE,
        cp_model.INFEASIBLE: SolveStatus.INFEASIBLE,
    }.get(status, SolveStatus.UNKNOWN)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        found = Solution.of(solver, rm)
        bound = solver.best_objective_bound
    elif status == cp_model.UNKNOWN and start is not None:
        found, bound, name = start, 0.0, SolveStatus.FEASIBLE
    else:
        found, bound = None, float("nan")
    if cancelled and name in (SolveStatus.FEASIBLE, SolveStatus.UNKNOWN):
        name = SolveStatus.CANCELLED
    trajectory = tuple(callback.trajectory)
    elapsed = time.monotonic() - callback.started
    first_solution = trajectory[0].elapsed if trajectory else None
    if found is None:
        return SolveResult(
            name,
            float("nan"),
            float("nan"),
            elapsed=elapsed,
            first_solution=first_solution,
            trajectory=trajectory,
        )
    return SolveResult(
        name,
        found.objective,
        floor_bound(bound),
        elapsed=elapsed,
        assignments=found.assignments,
        unstaffed=found.unstaffed,
        penalty_values=found.penalty_values,
        first_solution=first_solution,
        trajectory=trajectory,
    )


def find_conflict(problem: PlanningProblem, rules, *, time_limit: float = 10.0) -> tuple[Tag, ...]:
    """For a model without any roster: the (rule, person, shift) constraints that cannot all
    hold together, found from CP-SAT's assumptions. Single worker and no presolve: that is
    what makes the returned set trustworthy."""
    rm = build_model(problem, rules, trace=True)
    solver = new_solver()
    solver.parameters.num_workers = 1
    solver.parameters.cp_model_presolve = False
    solver.parameters.max_time_in_seconds = time_limit
    status = solver.solve(rm.model)
    if status != cp_model.INFEASIBLE:
        return ()
    core = solver.sufficient_assumptions_for_infeasibility()
    return tuple(rm.assumptions[i] for i in core if i in rm.assumptions)


def to_roster(
    problem: PlanningProblem, result: SolveResult, reasons: dict[str, UnstaffedReason]
) -> Roster:
    """The roster of a solution. Pinned assignments stay marked pinned; `reasons` gives why
    each unstaffed shift is (planner.explain works it out on the roster)."""
    pinned = {(a.person_id, a.shift_id) for a in problem.pinned}
    assignments = tuple(
        Assignment(
            shift_id=sid,
            person_id=pid,
            role=problem.role_of(problem.people_by_id[pid]),
            pinned=(pid, sid) in pinned,
        )
        for pid, sid in sorted(result.assignments, key=lambda k: (k[1], k[0]))
    )
    unexplained = UnstaffedReason(Verdict.UNEXPLAINED)
    unstaffed = {sid: reasons.get(sid, unexplained) for sid in result.unstaffed}
    return Roster(problem.period, assignments, unstaffed)
