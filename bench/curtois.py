"""Benchmark: the planner's search on the Curtois & Qu shift scheduling instances (1..24).

A standalone CP-SAT model of the instances as FORMAT.md beside them states them (hard C1-C9,
soft cover and requests). Each instance is solved twice in the same run, one after the other
with the same limits: by the direct transcription at CP-SAT's default parameters (the
baseline to beat), and by the planner's search (planner/solver/lns.py: a first roster, then
neighbourhoods of days, of staff, of one shift type and around unmet cover, beside a
full-model worker for the bound), with the planner's worker policy. Both are compared with the
best known values of 2014. The instances have their own model; the search is the planner's.

The instances are looked for in ../shared/benchmarks/curtois from the project's root, or
where --folder or ROSTER_CURTOIS_DIR says; without them the script says so and stops.
`python bench/curtois.py 1 2 3 --time-limit 60 --runs 1`.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ortools.sat.python import cp_model

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import load_average, machine, peak_rss_mib  # noqa: E402
from bench.curtois_greedy import check, greedy, roster_of, values_of  # noqa: E402
from bench.curtois_model import Built, Instance, build, read  # noqa: E402
from planner.solver.lns import LnsSettings, improve  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = ROOT.parent / "shared" / "benchmarks" / "curtois"
TARGETS = {  # instance -> allowed distance above the best known upper bound of 2014
    **{n: 0.0 for n in range(1, 8)},
    **{n: 0.05 for n in range(8, 13)},
    **{n: 0.20 for n in range(13, 20)},
}


class _Curtois:
    """The planner's neighbourhoods, on an instance's variables x[staff, day, type]."""

    def __init__(self, inst: Instance, built: Built) -> None:
        self.days = inst.days
        self.by_day: dict[int, list[int]] = defaultdict(list)
        self.by_staff: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self.by_type: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for (sid, d, t), v in sorted(built.x.items(), key=lambda kv: kv[1].index):
            self.by_day[d].append(v.index)
            self.by_staff[sid].append((d, v.index))
            self.by_type[t].append((d, v.index))
        self.staff = sorted(self.by_staff)
        self.types = sorted(self.by_type)
        self.short = sorted((d, v.index) for (d, _), v in built.short.items())
        self.decisions = sorted(v.index for v in built.x.values())

    def days_from(self, first: int, size: int) -> set[int]:
        free: set[int] = set()
        for k in range(self.days):
            free.update(self.by_day[(first + k) % self.days])
            if len(free) >= size:
                break
        return free


@dataclass
class _Nb:
    name: str
    pick_fn: object

    def pick(self, rng: random.Random, size: int, solution: Sequence[int]) -> Collection[int]:
        return self.pick_fn(rng, size, solution)  # type: ignore[operator]


def neighbourhoods(c: _Curtois) -> list[_Nb]:
    def days(rng: random.Random, size: int, solution: Sequence[int]) -> Collection[int]:
        return c.days_from(rng.randrange(c.days), size)

    def staff(rng: random.Random, size: int, solution: Sequence[int]) -> Collection[int]:
        # A few staff, over a stretch of the horizon as long as the size allows.
        people = rng.sample(c.staff, min(len(c.staff), rng.randint(2, 5)))
        per_day = max(1, sum(len(c.by_staff[p]) for p in people) // max(c.days, 1))
        span = max(7, size // per_day)
        first = rng.randrange(max(1, c.days - span + 1))
        return {i for p in people for d, i in c.by_staff[p] if first <= d < first + span}

    def one_type(rng: random.Random, size: int, solution: Sequence[int]) -> Collection[int]:
        t = c.types[rng.randrange(len(c.types))]
        cells = c.by_type[t]
        per_day = max(1, len(cells) // max(c.days, 1))
        span = max(7, size // per_day)
        first = rng.randrange(max(1, c.days - span + 1))
        return {i for d, i in cells if first <= d < first + span}

    def around(rng: random.Random, size: int, solution: Sequence[int]) -> Collection[int]:
        unmet = [d for d, i in c.short if solution[i] > 0]
        day = unmet[rng.randrange(len(unmet))] if unmet else rng.randrange(c.days)
        per_day = max(1, len(c.decisions) // max(c.days, 1))
        first = max(0, day - max(1, size // per_day) // 2)
        return c.days_from(first, size)

    return [_Nb("days", days), _Nb("staff", staff), _Nb("type", one_type), _Nb("cover", around)]


@dataclass
class Outcome:
    method: str
    status: str
    objective: float
    bound: float
    seconds: float
    first_s: float | None = None
    trajectory: list[tuple[float, float]] = field(default_factory=list)


def solve_direct(inst: Instance, time_limit: float, workers: int) -> Outcome:
    """The direct transcription at CP-SAT's default parameters (only the limits set)."""
    t0 = time.monotonic()
    built = build(inst)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = workers
    solver.parameters.max_time_in_seconds = max(0.1, time_limit - (time.monotonic() - t0))
    trajectory: list[tuple[float, float]] = []

    class Record(cp_model.CpSolverSolutionCallback):
        def on_solution_callback(self) -> None:
            trajectory.append((time.monotonic() - t0, self.objective_value))

    status = solver.solve(built.model, Record())
    found = status in (cp_model.OPTIMAL, cp_model.FEASIBLE)
    cost = float("nan")
    if found:
        cost = _checked(inst, built, list(solver.response_proto.solution), solver.objective_value)
    return Outcome(
        "direct",
        solver.status_name(status),
        cost,
        solver.best_objective_bound,
        time.monotonic() - t0,
        trajectory[0][0] if trajectory else None,
        trajectory,
    )


def solve_planner(
    inst: Instance,
    time_limit: float,
    workers: int,
    seed: int,
    settings: LnsSettings | None = None,
) -> Outcome:
    """The planner's search: a first roster from the instances' own greedy (a schedule per
    employee, cover first: bench/curtois_greedy.py), or from CP-SAT when the greedy finds
    none in time, then the large-neighbourhood search beside a full-model worker, as the
    planner runs."""
    t0 = time.monotonic()
    built = build(inst)
    roster = greedy(inst, workers, seed=seed, deadline=t0 + time_limit)
    if roster is not None:
        start, start_obj = values_of(inst, built, roster), float(check(inst, roster))
    else:
        first = cp_model.CpSolver()
        first.parameters.num_workers = workers
        first.parameters.random_seed = seed
        first.parameters.stop_after_first_solution = True
        first.parameters.max_time_in_seconds = max(0.1, time_limit - (time.monotonic() - t0))
        status = first.solve(built.model)
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return Outcome(
                "planner",
                first.status_name(status),
                float("nan"),
                float("nan"),
                time.monotonic() - t0,
            )
        start, start_obj = list(first.response_proto.solution), first.objective_value
    first_s = time.monotonic() - t0
    trajectory = [(first_s, start_obj)]
    c = _Curtois(inst, built)
    result = improve(
        built.model,
        c.decisions,
        start,
        start_obj,
        neighbourhoods(c),
        seed=seed,
        work_limit=1e9,  # the clock ends these runs
        time_limit=time_limit - (time.monotonic() - t0),
        settings=settings or LnsSettings(),  # the planner's own settings unless told
        on_improve=lambda obj, _: trajectory.append((time.monotonic() - t0, obj)),
    )
    cost = _checked(inst, built, result.values, result.objective)
    return Outcome(
        "planner",
        "OPTIMAL" if result.ending == "optimal" else "FEASIBLE",
        cost,
        result.bound,
        time.monotonic() - t0,
        first_s,
        trajectory,
    )


def _checked(inst: Instance, built: Built, values: list[int], objective: float) -> float:
    """Every roster either method reports passes the instances' own rules; its cost by them.
    The model's objective can count more than the rules (a cover row both short and over:
    the paper's slack pair, harmless at an optimum), never less."""
    cost = check(inst, roster_of(built, values))
    if cost > round(objective):
        raise AssertionError(f"the roster costs {cost} by the rules, {objective} by the model")
    return float(cost)


def measure_build(path: Path) -> None:
    """Where reading and building an instance's model spend time and memory: seconds and the
    Python heap's peak (tracemalloc) of each phase, the process's peak resident memory (CP-SAT's
    C++ model is outside the Python heap), and the model's size. One instance per process, so
    the peak is that instance's."""
    tracemalloc.start()
    t0 = time.monotonic()
    inst = read(path)
    read_s, (_, read_peak) = time.monotonic() - t0, tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    t1 = time.monotonic()
    built = build(inst)
    build_s, (held, build_peak) = time.monotonic() - t1, tracemalloc.get_traced_memory()
    tracemalloc.stop()
    proto = built.model.proto
    print(
        f"{path.stem}: read {read_s:.1f} s (heap peak {read_peak / 2**20:,.0f} MiB), "
        f"build {build_s:.1f} s (heap peak {build_peak / 2**20:,.0f} MiB, held "
        f"{held / 2**20:,.0f} MiB), {len(proto.variables):,} variables, "
        f"{len(proto.constraints):,} constraints, peak RSS {peak_rss_mib():,.0f} MiB",
        flush=True,
    )


def measure_first(path: Path, time_limit: float, workers: int) -> None:
    """Reading, building and the greedy's first roster of one instance, each timed, the
    roster checked against the instances' rules, and the process's peak resident memory:
    what a roster for the largest instances costs before any search."""
    t0 = time.monotonic()
    inst = read(path)
    built = build(inst)
    built_s = time.monotonic() - t0
    roster = greedy(inst, workers, deadline=t0 + time_limit)
    done = time.monotonic() - t0
    cost = "none" if roster is None else f"{check(inst, roster):,} (checked)"
    if roster is not None:  # the search's start, as solve_planner makes it, model held
        values_of(inst, built, roster)
    print(
        f"{path.stem}: read and built in {built_s:.1f} s, greedy roster {cost} at {done:.1f} s, "
        f"peak RSS {peak_rss_mib():,.0f} MiB, load {load_average():.1f}",
        flush=True,
    )


def measure_full_model(path: Path, time_limit: float, lp_level: int | None) -> None:
    """The search's full-model worker alone on one instance, as the search runs it (one
    CP-SAT worker at the search's bound parameters, or at LP level `lp_level`), without a
    start: its share of the memory the search takes, apart from the sub-solves'."""
    t0 = time.monotonic()
    inst = read(path)
    built = build(inst)
    built_s, built_rss = time.monotonic() - t0, peak_rss_mib()
    solver = cp_model.CpSolver()
    p = solver.parameters
    p.num_workers = 1
    p.max_time_in_seconds = max(0.1, time_limit - built_s)
    for key, value in LnsSettings().bound_params.items():
        setattr(p, key, value)
    if lp_level is not None:
        p.linearization_level = lp_level
    status = solver.solve(built.model)
    print(
        f"{path.stem}: built in {built_s:.1f} s (peak RSS {built_rss:,.0f} MiB), full-model "
        f"worker at LP level {p.linearization_level}: {solver.status_name(status)}, bound "
        f"{solver.best_objective_bound:,.0f} in {time.monotonic() - t0:.1f} s, peak RSS "
        f"{peak_rss_mib():,.0f} MiB, load {load_average():.1f}",
        flush=True,
    )


def at(trajectory: list[tuple[float, float]], seconds: float) -> float:
    """The cost of the best roster found by `seconds` (nan when none was)."""
    found = [obj for t, obj in trajectory if t <= seconds]
    return min(found) if found else float("nan")


def best_known(folder: Path) -> dict[str, tuple[int, int]]:
    with open(folder / "best_known_2014.csv") as f:
        return {
            r["instance"]: (int(r["lower_bound"] or 0), int(r["best_upper_bound"] or 0))
            for r in csv.DictReader(f)
        }


def _median(values: list[float]) -> float:
    found = [v for v in values if v == v]
    return statistics.median(found) if len(found) * 2 > len(values) else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("instances", nargs="*", type=int, default=list(range(1, 25)))
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument(
        "--seeds",
        type=int,
        nargs="*",
        default=None,
        help="the planner's seed of each run (instead of 0 .. runs-1), to add runs to a table",
    )
    parser.add_argument("--only", choices=("direct", "planner"))
    parser.add_argument("--folder", type=Path, default=None)
    parser.add_argument(
        "--checkpoints",
        type=float,
        nargs="*",
        default=[],
        help="also print each run's best cost at these seconds (the anytime curve of one run)",
    )
    parser.add_argument(
        "--first-only",
        action="store_true",
        help="only read, build and make the greedy's first roster of each, and measure",
    )
    parser.add_argument(
        "--build-only", action="store_true", help="only read and build each model, and measure"
    )
    parser.add_argument(
        "--full-model-only",
        action="store_true",
        help="only run the search's full-model worker on each (no start), and measure",
    )
    parser.add_argument(
        "--lp-level", type=int, default=None, help="with --full-model-only: its LP level"
    )
    parser.add_argument(
        "--settings",
        type=json.loads,
        default={},
        help="the planner's search settings other than its own, as JSON "
        """'{"bound_params": {"interleave_search": true}}' (fields of LnsSettings)""",
    )
    args = parser.parse_args()
    folder = args.folder or Path(os.environ.get("ROSTER_CURTOIS_DIR", DEFAULT_FOLDER))
    if not (folder / "best_known_2014.csv").is_file():
        print(f"the Curtois & Qu instances are not in {folder}: nothing to run")
        print("(put them there, or give --folder DIR or ROSTER_CURTOIS_DIR)")
        return
    measures = {
        "build_only": ("measure_build", ()),
        "full_model_only": ("measure_full_model", (args.time_limit, args.lp_level)),
        "first_only": ("measure_first", (args.time_limit, args.workers)),
    }
    for flag, (measure, extra) in measures.items():
        if getattr(args, flag):
            for n in args.instances:  # a process each: the peak resident memory is its own
                path = str(folder / f"Instance{n}.txt")
                call = f"{measure}(Path({path!r}){''.join(f', {a!r}' for a in extra)})"
                code = f"from bench.curtois import {measure}; from pathlib import Path; {call}"
                subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
            return
    settings = LnsSettings(**args.settings)
    known = best_known(folder)
    seeds = args.seeds if args.seeds is not None else list(range(args.runs))
    print(machine(), f"time limit {args.time_limit:g} s, {args.workers} workers, seeds {seeds}")
    print(
        "instance   best   direct (med)  planner (med)  planner/direct  above best  target  "
        "per run: direct | planner   load"
    )
    methods = ("direct", "planner") if args.only is None else (args.only,)
    for n in args.instances:
        name = f"Instance{n}"
        inst = read(folder / f"{name}.txt")
        found: dict[str, list[float]] = {m: [] for m in methods}
        loads = []
        for run in seeds:
            for method in methods:
                loads.append(load_average())
                if method == "direct":
                    out = solve_direct(inst, args.time_limit, args.workers)
                else:
                    out = solve_planner(
                        inst, args.time_limit, args.workers, seed=run, settings=settings
                    )
                found[method].append(out.objective)
                print(
                    f"  # {name} run {run} {method}: {out.status} {out.objective:,.0f} "
                    f"bound {out.bound:,.0f} first {out.first_s or float('nan'):.1f} s "
                    f"in {out.seconds:.1f} s"
                    + "".join(f"  @{c:g}s {at(out.trajectory, c):,.0f}" for c in args.checkpoints),
                    flush=True,
                )
        _, ub = known.get(name, (0, 0))
        direct = _median(found.get("direct", [float("nan")]))
        planner = _median(found.get("planner", [float("nan")]))
        above = (planner - ub) / ub * 100 if ub else float("nan")
        target = TARGETS.get(n)
        runs = (
            " ".join(f"{v:,.0f}" for v in found.get("direct", []))
            + " | "
            + " ".join(f"{v:,.0f}" for v in found.get("planner", []))
        )
        print(
            f"{name:10} {ub:>6,} {direct:>12,.0f} {planner:>13,.0f}  {planner / direct:>13.3f}  "
            f"{above:>8.1f} %  {'' if target is None else f'{target:.0%}':>6}  {runs}   "
            f"{min(loads):.1f}-{max(loads):.1f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
