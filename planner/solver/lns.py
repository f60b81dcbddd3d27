"""The planner's own search: large-neighbourhood search around CP-SAT, with a bound beside it.

It knows nothing of rosters: it takes a CP-SAT model with an objective, the indices of its
decision variables (Booleans, e.g. who works which shift), a complete feasible start and a
list of neighbourhoods, each of which picks decision variables to free. One step frees a
neighbourhood's variables, fixes every other decision to the incumbent, and lets one CP-SAT
worker improve that sub-problem within a small deterministic budget; a better (or equally
good, different) roster becomes the incumbent. Which neighbourhood runs next follows what
each one paid lately (improvement per unit of work); how big it is follows whether its last
sub-problems were solved to the end (grow) or ran out of budget (shrink).

Beside it one CP-SAT worker runs the full model (started from the same roster) for the bound,
and for whatever roster it finds itself. By default the two share nothing while they run;
`LnsSettings.exchange_work` makes them exchange their best rosters at fixed points of work
instead (the worker in rounds, each restarted from the better roster), which keeps both
reproducible but cost the worker its bound and did worse where measured (BENCHMARKS.md).

Reproducible: the neighbourhoods, sizes and seeds come from one `random.Random(seed)`; each
sub-solve is single-threaded and ended by its deterministic budget; the whole search ends
when its work (CP-SAT's deterministic time plus a fixed count for loading each step, summed)
reaches `work_limit`. The full-model worker is single-threaded with the same work limit. So the same model, start and seed give
the same result when the search ends by its work limit (or when the full-model worker proves
its roster optimal). The wall-clock limit and a stop end it earlier, at a moment that depends
on the machine; the best roster so far is kept.
"""

from __future__ import annotations

import math
import random
import threading
import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from ortools.sat.python import cp_model

from planner.solver.cpsat import new_solver
from planner.solver.heap import set_aside
from planner.solver.submodel import Structure, bounds, fix

# The full-model worker's own clock ends this much before the search's: on 2 busy cores
# CP-SAT took up to half a second to answer a stop in the middle of its LP, past the
# deadline (the city at 60 s, BENCHMARKS.md). Its last second adds little to the bound.
FULL_MODEL_EARLY_S = 1.0


class Neighbourhood(Protocol):
    """Picks decision variables to free around the incumbent, about `size` of them."""

    name: str

    def pick(self, rng: random.Random, size: int, solution: Sequence[int]) -> Collection[int]: ...


@dataclass(frozen=True)
class LnsSettings:
    """How the search spends its work. Figures and the reasons for them: BENCHMARKS.md."""

    step_work: float = 0.2  # deterministic seconds for one sub-solve
    start_size: int = 400  # decision variables freed at first
    min_size: int = 20
    max_share: float = 1.0  # at most this share of the decisions freed at once
    grow: float = 1.25  # a neighbourhood solved to the end gets this much bigger
    shrink: float = 0.85  # one that ran out of budget this much smaller
    explore: float = 0.15  # share of steps whose neighbourhood is drawn evenly
    # What loading a step costs beside CP-SAT's own deterministic time (which leaves it out),
    # counted in the same unit so the work limit follows the real cost of many small steps:
    # per variable of the model and per constraint loaded (fitted on the demo and the city,
    # BENCHMARKS.md).
    work_per_variable: float = 7e-7
    work_per_constraint: float = 1.4e-5
    bound_worker: bool = True  # run the full model beside the search, for the bound
    # ... unless the model has more variables than this: on a model of a million variables
    # the worker alone took 3.5 GiB beside the model's 1 GiB, and gave a bound a thousand
    # times below the roster and no roster of its own in 600 s (Curtois Instance24,
    # BENCHMARKS.md). The planner's own models stay far below it.
    bound_worker_max_variables: int = 500_000
    # The full-model worker and the search exchange their best rosters at fixed points of
    # work: the worker runs in rounds (the first of this much deterministic time, each next
    # one `exchange_growth` times longer), the search stops at the same amount of its own
    # work, and each goes on from the better of the two rosters. Fixed points keep runs
    # reproducible; growing rounds keep the worker's restarts (presolve, LP) few. 0: no
    # exchange, one run to the work limit: the default, as the exchange did worse on the
    # Curtois instances measured (restarts cost the worker its bound, BENCHMARKS.md).
    exchange_work: float = 0.0
    exchange_growth: float = 2.0
    # CP-SAT parameters of each sub-solve beside the ones the search sets
    step_params: dict[str, object] = field(default_factory=dict)
    # CP-SAT parameters of the full-model worker (one worker: the LP is what gives a bound)
    bound_params: dict[str, object] = field(default_factory=lambda: {"linearization_level": 2})


class Ending(StrEnum):
    WORK = "work"  # the work limit: reproducible
    OPTIMAL = "optimal"  # the bound met the best roster
    TIME = "time"  # the wall-clock limit
    STOPPED = "stopped"  # stopped on request


@dataclass
class Step:
    """One sub-solve, for the statistics the benchmarks print."""

    neighbourhood: str
    size: int
    work: float
    solved: bool
    gain: float
    wall: float = 0.0  # seconds, setting up included
    constraints: int = 0  # constraints loaded
    solver_wall: float = 0.0  # seconds inside CP-SAT


@dataclass
class LnsResult:
    values: list[int]  # every variable of the model, in the best roster found
    objective: float
    bound: float  # -inf when nothing was proven
    ending: Ending
    work: float
    from_full_model: bool = False  # the roster came from the full-model worker
    steps: list[Step] = field(default_factory=list)
    waited: float = 0.0  # seconds the search waited for the full-model worker's rounds


class _Arm:
    """What the search knows of one neighbourhood."""

    def __init__(self, nb: Neighbourhood, size: int) -> None:
        self.nb = nb
        self.size = float(size)
        self.score = 1.0  # running mean of improvement per unit of work; optimistic at first
        self.tries = 0


class _FullModel:
    """One CP-SAT worker on the full model, in a thread, in rounds: the bound, and rosters
    of its own. Each round starts from the best roster known when it begins."""

    def __init__(
        self, model: cp_model.CpModel, params: dict[str, object], work_limit: float, seed: int
    ) -> None:
        self.model = model  # a copy of its own: the search edits its copy's domains
        self.params = params
        self.seed = seed
        self.left = work_limit  # deterministic time not yet given to a round
        self.bound = -math.inf
        self.status: cp_model.CpSolverStatus | None = None
        self.found: tuple[float, list[int]] | None = None
        self.solver: cp_model.CpSolver | None = None
        self.ended = threading.Event()
        self.ended.set()
        self.stopping = False
        self.on_bound: Callable[[float], None] | None = None
        self.thread: threading.Thread | None = None
        self.rounds = 0

    def _bound(self, bound: float) -> None:
        self.bound = max(self.bound, bound)
        if self.on_bound is not None:
            self.on_bound(self.bound)

    def start(self, values: Sequence[int], work: float, time_limit: float) -> None:
        """A round of at most `work` deterministic seconds from the roster `values`."""
        self.ended.wait()
        if self.thread is not None:
            self.thread.join()
        work = min(work, self.left)
        self.left -= work
        self.model.clear_hints()
        self.model.proto.solution_hint.vars.extend(range(len(values)))
        self.model.proto.solution_hint.values.extend(values)
        solver = new_solver()
        p = solver.parameters
        p.num_workers = 1
        p.random_seed = self.seed + self.rounds
        p.max_deterministic_time = max(work, 1e-3)
        p.max_time_in_seconds = max(0.1, time_limit)
        for key, value in self.params.items():
            setattr(p, key, value)
        solver.best_bound_callback = self._bound
        self.solver = solver
        self.rounds += 1
        self.ended.clear()
        self.thread = threading.Thread(target=self._run, name="solver-bound", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        solver = self.solver
        assert solver is not None
        try:
            if not self.stopping:
                self.status = solver.solve(self.model)
                if self.status in (cp_model.OPTIMAL, cp_model.FEASIBLE, cp_model.INFEASIBLE):
                    self.bound = max(self.bound, solver.best_objective_bound)
                if self.status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
                    self.found = solver.objective_value, list(solver.response_proto.solution)
        finally:
            self.ended.set()

    @property
    def spent(self) -> bool:
        return self.left <= 1e-9

    def stop(self) -> None:
        # stop_search before solve() has started is lost: keep asking until it has ended.
        self.stopping = True
        while not self.ended.wait(0.02):
            if self.solver is not None:
                self.solver.stop_search()
        if self.thread is not None:
            self.thread.join()

    def solution(self) -> tuple[float, list[int]] | None:
        return self.found


def improve(
    model: cp_model.CpModel,
    decisions: Sequence[int],
    start: Sequence[int],
    start_objective: float,
    neighbourhoods: Sequence[Neighbourhood],
    *,
    seed: int = 0,
    work_limit: float = 20.0,
    time_limit: float = 20.0,
    settings: LnsSettings | None = None,
    on_improve: Callable[[float, float], None] | None = None,
    stop: threading.Event | None = None,
) -> LnsResult:
    """Improve `start` (a complete feasible solution of `model`, every variable). Calls
    `on_improve(objective, bound)` on each better roster. Never returns a worse roster than
    the start. `model` is left as it was."""
    s = settings or LnsSettings()
    started = time.monotonic()
    deadline = started + time_limit
    rng = random.Random(seed)
    best, best_obj = list(start), float(start_objective)
    arms = [_Arm(nb, s.start_size) for nb in neighbourhoods]
    steps: list[Step] = []
    work = 0.0
    full = None
    # The search's work at which it next exchanges rosters with the full-model worker.
    exchange_at = math.inf
    round_work = s.exchange_work
    waited = 0.0
    if s.bound_worker and len(model.proto.variables) <= s.bound_worker_max_variables:
        full = _FullModel(model.clone(), s.bound_params, work_limit, seed)
        first_round = round_work if round_work > 0 else work_limit
        full.start(best, first_round, deadline - time.monotonic() - FULL_MODEL_EARLY_S)
        if round_work > 0:
            exchange_at = first_round
    structure = Structure(model, decisions)
    set_aside()  # its millions of small objects live as long as the search (heap.py)
    # One working copy: every variable and the objective, only the constraints a step needs;
    # what a step does not open is fixed to the incumbent by its domain.
    sub = model.clone()
    proto = sub.proto
    proto.constraints.clear()
    every = model.proto.constraints
    domains = {i: bounds(v.domain) for i, v in enumerate(proto.variables)}
    fix(proto, domains, set(), best, domains)
    opened: set[int] = set()
    current_solver: list[cp_model.CpSolver] = []
    watcher_done = threading.Event()
    watcher = _watch(stop, current_solver, watcher_done) if stop is not None else None

    def proven() -> bool:
        return full is not None and full.bound >= best_obj - 1e-6

    ending = Ending.WORK
    try:
        while True:
            if stop is not None and stop.is_set():
                ending = Ending.STOPPED
                break
            if proven():
                ending = Ending.OPTIMAL
                break
            remaining = deadline - time.monotonic()
            if remaining <= 0.05:
                ending = Ending.TIME
                break
            if full is not None and work >= exchange_at and not full.spent:
                wait_started = time.monotonic()
                if not _wait(full, stop, deadline):
                    continue  # the stop or the clock: the checks above end the loop
                waited += time.monotonic() - wait_started
                other = full.solution()
                if other is not None and other[0] < best_obj:
                    best_obj, best = other[0], other[1]
                    # Any decision may differ from the roster the working copy was fixed
                    # to, not only those of the last step: fix them all again.
                    fix(proto, domains, set(), best, domains)
                    opened = set()
                    if on_improve is not None:
                        on_improve(best_obj, full.bound)
                if full.status == cp_model.OPTIMAL:
                    continue  # proven: the check above ends the loop
                round_work *= s.exchange_growth
                full.start(best, round_work, deadline - time.monotonic() - FULL_MODEL_EARLY_S)
                exchange_at = min(work_limit, exchange_at + round_work)
                continue
            if work >= work_limit or not arms:
                break
            step_started = time.monotonic()
            arm = _choose(arms, rng, s.explore)
            size = max(s.min_size, int(arm.size))
            free = set(arm.nb.pick(rng, size, best))
            if not free:
                arm.score *= 0.5
                continue
            now_open, constraints = structure.close(free)
            fix(proto, domains, now_open, best, opened | now_open)
            opened = now_open
            proto.constraints.clear()
            for k in constraints:
                proto.constraints.add().copy_from(every[k])
            solver = new_solver()
            p = solver.parameters
            p.num_workers = 1
            p.random_seed = rng.randrange(1 << 30)
            # Presolve costs more than it saves on a model whose decisions are mostly fixed:
            # the fixed ones propagate at the root anyway (measured: BENCHMARKS.md).
            p.cp_model_presolve = False
            p.max_deterministic_time = min(s.step_work, max(0.01, work_limit - work))
            p.max_time_in_seconds = remaining
            for key, value in s.step_params.items():
                setattr(p, key, value)
            sub.clear_hints()
            proto.solution_hint.vars.extend(range(len(best)))
            proto.solution_hint.values.extend(best)
            current_solver.append(solver)
            status = solver.solve(sub)
            current_solver.clear()
            spent = (
                solver.deterministic_time
                + s.work_per_variable * len(domains)
                + s.work_per_constraint * len(constraints)
            )
            work += spent
            solved = status == cp_model.OPTIMAL
            gain = 0.0
            if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
                obj = solver.objective_value
                if obj <= best_obj:
                    found = list(solver.response_proto.solution)
                    gain = best_obj - obj
                    if gain > 0 or found != best:
                        best, best_obj = found, obj
                    if gain > 0 and on_improve is not None:
                        on_improve(best_obj, full.bound if full else -math.inf)
            arm.tries += 1
            arm.score = 0.7 * arm.score + 0.3 * gain / max(spent, 0.01)
            arm.size = min(
                s.max_share * len(decisions), arm.size * (s.grow if solved else s.shrink)
            )
            arm.size = max(arm.size, s.min_size)
            steps.append(
                Step(
                    arm.nb.name,
                    len(free),
                    spent,
                    solved,
                    gain,
                    wall=time.monotonic() - step_started,
                    constraints=len(constraints),
                    solver_wall=solver.wall_time,
                )
            )
    finally:
        watcher_done.set()
        if watcher is not None:
            watcher.join()
    from_full = False
    bound = -math.inf
    if full is not None:
        if ending is Ending.WORK:
            # Let the full-model worker reach its own work limit, so that what it found is
            # reproducible too, unless the clock or a stop ends it first.
            while not full.ended.wait(0.05):
                if stop is not None and stop.is_set():
                    ending = Ending.STOPPED
                    break
                if time.monotonic() >= deadline:
                    ending = Ending.TIME
                    break
        full.stop()
        bound = full.bound
        other = full.solution()
        # A roster the full-model worker proved optimal on its own is the same in every
        # run: it is taken even when the search's roster costs as much.
        own_proof = full.status == cp_model.OPTIMAL
        if other is not None and (other[0] < best_obj or (own_proof and other[0] <= best_obj)):
            if other[0] < best_obj and on_improve is not None:
                on_improve(other[0], bound)
            best_obj, best, from_full = other[0], other[1], True
        if bound >= best_obj - 1e-6:
            ending = Ending.OPTIMAL
    return LnsResult(best, best_obj, bound, ending, work, from_full, steps, waited)


def _choose(arms: list[_Arm], rng: random.Random, explore: float) -> _Arm:
    """Mostly the neighbourhood that paid best lately; now and then any, so a neighbourhood
    that stopped paying early is tried again."""
    if rng.random() < explore:
        return arms[rng.randrange(len(arms))]
    untried = [a for a in arms if a.tries == 0]
    if untried:
        return untried[0]
    return max(arms, key=lambda a: a.score)


def _wait(full: _FullModel, stop: threading.Event | None, deadline: float) -> bool:
    """Wait for the full-model worker's round to end; False when a stop or the clock came
    first."""
    while not full.ended.wait(0.02):
        if (stop is not None and stop.is_set()) or time.monotonic() >= deadline - 0.05:
            return False
    return True


def _watch(
    stop: threading.Event, current: list[cp_model.CpSolver], done: threading.Event
) -> threading.Thread:
    def run() -> None:
        while not done.is_set():
            if stop.wait(0.05):
                for solver in list(current):
                    solver.stop_search()
                done.wait(0.05)

    thread = threading.Thread(target=run, name="solver-stop", daemon=True)
    thread.start()
    return thread
