"""What the benchmark scripts share: load a folder into a problem, solve it while recording
the objective and bound over time, and measure the model and the process's peak memory."""

from __future__ import annotations

import json
import os
import platform
import resource
import statistics
import time
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from constraints.registry import rules_from_settings
from planner.domain import Period
from planner.io.folder import read_folder
from planner.settings import settings_from_toml
from planner.shifts import generate_shifts
from planner.solver.model import build_model
from planner.solver.problem import PlanningProblem
from planner.solver.search import DEFAULT_WORKERS, Method, solve, workers_for

DEMO = Path(__file__).resolve().parent.parent / "fixtures" / "demo"
DEMO_START = date(2026, 11, 30)


@dataclass
class Run:
    case: str
    seconds_to_problem: float
    seconds_to_model: float
    first_roster_s: float | None  # from the start of solving
    first_roster_total_s: float | None  # from reading the folder
    status: str
    objective: float
    bound: float
    gap_pct: float
    solve_s: float
    unstaffed: int
    model: dict
    workers: int = 0
    trajectory: list[tuple[float, float, float]] = field(default_factory=list)  # s, obj, bound
    peak_rss_mib: float = 0.0
    method: str = "lns"
    load: tuple[float, float] = (0.0, 0.0)  # load average at the start and at the end
    seed: int = 0


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def gap_pct(objective: float, bound: float) -> float:
    return abs(objective - bound) / max(abs(objective), 1.0) * 100


def load(folder: Path, start: date = DEMO_START, weeks: int = 4) -> PlanningProblem:
    loaded = read_folder(folder)
    org = loaded.organisation
    period = Period(start, weeks)
    return PlanningProblem.build(
        org,
        period,
        generate_shifts(org, period),
        absences=loaded.absences,
        settings=settings_from_toml(org.rules),
    )


def run(
    case: str,
    folder: Path,
    time_limit: float,
    seed: int = 0,
    workers: int = DEFAULT_WORKERS,
    method: str = "lns",
) -> Run:
    load_before = load_average()
    t0 = time.monotonic()
    problem = load(folder)
    _ = problem.eligible_pairs
    t1 = time.monotonic()
    rm = build_model(problem, rules_from_settings(problem.settings))
    t2 = time.monotonic()
    result = solve(rm, time_limit=time_limit, seed=seed, workers=workers, method=Method(method))
    first = result.first_solution
    return Run(
        case=case,
        seconds_to_problem=round(t1 - t0, 2),
        seconds_to_model=round(t2 - t1, 2),
        first_roster_s=None if first is None else round(first, 2),
        first_roster_total_s=None if first is None else round(t2 - t0 + first, 2),
        status=result.status,
        objective=result.objective,
        bound=result.bound,
        gap_pct=round(gap_pct(result.objective, result.bound), 3),
        solve_s=round(result.elapsed, 2),
        unstaffed=len(result.unstaffed),
        model=rm.size(),
        workers=2 if method == "lns" else (workers or workers_for(rm)),  # the search: 2 threads
        trajectory=[(round(p.elapsed, 2), p.objective, p.bound) for p in result.trajectory],
        peak_rss_mib=round(peak_rss_mib(), 1),
        method=method,
        load=(round(load_before, 1), round(load_average(), 1)),
        seed=seed,
    )


def load_average() -> float:
    """The machine's load over the last minute (`uptime`): other work on the same cores."""
    return os.getloadavg()[0]


def machine() -> str:
    return f"{platform.node()} {platform.machine()} {platform.python_version()} ({platform.platform()})"


def report(runs: list[Run], out: Path | None) -> None:
    for r in runs:
        line = {k: v for k, v in asdict(r).items() if k != "trajectory"}
        print(json.dumps(line))
        for s, obj, bound in r.trajectory:
            print(f"    {s:7.2f} s  objective {obj:>14,.0f}  bound {bound:>14,.0f}")
    if runs:
        loads = [x for r in runs for x in r.load]
        print(f"load average during the runs: {min(loads):.1f} to {max(loads):.1f}")
    if len(runs) > 1:
        firsts = [r.first_roster_total_s for r in runs if r.first_roster_total_s is not None]
        print(
            "median: first roster "
            f"{statistics.median(firsts) if firsts else float('nan'):.2f} s, gap "
            f"{statistics.median(r.gap_pct for r in runs):.2f} %, objective "
            f"{statistics.median(r.objective for r in runs):,.0f}, peak "
            f"{statistics.median(r.peak_rss_mib for r in runs):.0f} MiB"
        )
    if out:
        out.write_text(json.dumps([asdict(r) for r in runs], indent=1))
