"""Benchmark: formulations of the fairness rules, tried against the rules' own, on the demo
(20 s) and the city (120 s): convex costs as ordered levels (the rules' default) or as
secants over an integer count (`tangents`), and symmetry breaking among people with
identical data. Each run is a fresh process; the roster found is re-costed in the default
formulation, so every figure is in the same currency. Also states what a two-phase
objective (coverage first) could gain: the coverage part of the first roster against its
lower bound of 0. `python bench/formulations.py --case demo --seeds 0 1`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import DEMO, gap_pct, load, load_average, machine, peak_rss_mib  # noqa: E402
from constraints.fairness_unsocial import FairnessUnsocial  # noqa: E402
from constraints.fairness_volunteers import FairnessVolunteers  # noqa: E402
from constraints.registry import rules_from_settings  # noqa: E402
from planner.rule_id import RuleId  # noqa: E402
from planner.solver.model import RosterModel, build_model  # noqa: E402
from planner.solver.problem import PlanningProblem  # noqa: E402
from planner.solver.search import solve  # noqa: E402
from planner.solver.solution import complete_hint  # noqa: E402

VARIANTS = ("levels", "tangents", "symmetry")


def rules_for(problem: PlanningProblem, variant: str) -> list:
    rules = rules_from_settings(problem.settings)
    if variant != "tangents":
        return rules
    swapped = []
    for r in rules:
        if isinstance(r, FairnessUnsocial | FairnessVolunteers):
            r = type(r)(weight=r.weight, form="tangents")
        swapped.append(r)
    return swapped


def identical_classes(problem: PlanningProblem) -> list[list[str]]:
    """People no roster can tell apart: same kind, contract or limits, qualifications, home
    activity, absences and candidate shifts, and nothing published, pinned or in the
    history about them. Swapping two of them changes no cost and breaks no rule."""
    marked = {a.person_id for a in problem.history} | {a.person_id for a in problem.pinned}
    marked |= {pid for pid, _ in problem.published_pairs}
    classes: dict[tuple, list[str]] = defaultdict(list)
    for p in problem.people:
        if p.id in marked:
            continue
        absences = tuple((a.start, a.end, a.kind) for a in problem.absences_by_person.get(p.id, ()))
        shifts = tuple(s.id for s in problem.candidate_pairs[p.id])
        key = (p.kind, p.contract, p.limits, p.qualifications, p.home_activity, absences, shifts)
        classes[key].append(p.id)
    return [sorted(c) for c in classes.values() if len(c) > 1]


def break_symmetry(rm: RosterModel) -> int:
    """Within each class of identical people, the first (by id) works at least as many
    shifts as the next. Returns the number of constraints added."""
    added = 0
    for members in identical_classes(rm.problem):
        counts = [sum(v for _, v in rm.ctx.by_person[pid]) for pid in members]
        for a, b in zip(counts, counts[1:], strict=False):
            rm.model.add(a >= b)
            added += 1
    return added


def true_cost(problem: PlanningProblem, assignments, unstaffed) -> float:
    """The roster's cost in the rules' default formulation."""
    rm = build_model(problem, rules_from_settings(problem.settings), hint=False)
    pairs = set(map(tuple, assignments))
    for key, var in rm.ctx.vars.items():
        rm.model.add_hint(var, key in pairs)
    for sid, var in rm.ctx.staffed.items():
        rm.model.add_hint(var, sid not in set(unstaffed))
    found = complete_hint(rm, 60.0)
    return float("nan") if found is None else found.objective


def coverage_at_start(problem: PlanningProblem) -> dict:
    """What a first phase minimising coverage alone (unstaffed shifts, volunteers short of
    volunteers_min) could improve: its cost in the first roster, whose lower bound is 0."""
    rm = build_model(problem, rules_from_settings(problem.settings))
    start = complete_hint(rm, 60.0)
    assert start is not None
    cover = defaultdict(int)
    for p, v in zip(rm.penalties, start.penalty_values, strict=True):
        if p.rule in (RuleId.UNSTAFFED_SHIFT, RuleId.VOLUNTEERS_MIN):
            cover[str(p.rule)] += p.weight * v
    return {"start_objective": start.objective, "coverage_cost": dict(cover)}


def one(folder: Path, variant: str, seed: int, time_limit: float) -> dict:
    load_before = load_average()
    problem = load(folder)
    rm = build_model(problem, rules_for(problem, variant))
    added = break_symmetry(rm) if variant == "symmetry" else 0
    t0 = time.monotonic()
    result = solve(rm, time_limit=time_limit, seed=seed)
    elapsed = time.monotonic() - t0
    cost = true_cost(problem, result.assignments, result.unstaffed)
    at = {}
    for mark in (time_limit / 4, time_limit / 2, time_limit):
        seen = [p for p in result.trajectory if p.elapsed <= mark]
        at[f"{mark:g}s"] = seen[-1].objective if seen else None
    return {
        "variant": variant,
        "seed": seed,
        "objective": result.objective,
        "true_cost": cost,
        "bound": result.bound,
        "gap_pct": round(gap_pct(cost, result.bound), 2),
        "status": str(result.status),
        "symmetry_constraints": added,
        "objective_at": at,
        "solve_s": round(elapsed, 1),
        "peak_rss_mib": round(peak_rss_mib()),
        "load": (round(load_before, 1), round(load_average(), 1)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", choices=("demo", "city"), default="demo")
    parser.add_argument("--seeds", type=int, nargs="*", default=[0])
    parser.add_argument("--variants", nargs="*", default=list(VARIANTS), choices=VARIANTS)
    parser.add_argument("--time-limit", type=float)
    parser.add_argument("--one", nargs=4, metavar=("FOLDER", "VARIANT", "SEED", "LIMIT"))
    args = parser.parse_args()
    if args.one:
        folder, variant, seed, limit = args.one
        print(json.dumps(one(Path(folder), variant, int(seed), float(limit))))
        return
    print(machine())
    if args.case == "demo":
        folder, limit = DEMO, args.time_limit or 20.0
    else:
        from fixtures.generate import generate_organisation, write_folder

        folder = Path(tempfile.mkdtemp(prefix="city-")) / "city"
        write_folder(generate_organisation(120, 1200, seed=0), folder)
        limit = args.time_limit or 120.0
    print(json.dumps(coverage_at_start(load(folder))))
    print(f"identical classes: {[len(c) for c in identical_classes(load(folder))]}")
    for variant in args.variants:
        for seed in args.seeds:
            cmd = [sys.executable, __file__, "--one", str(folder), variant, str(seed), str(limit)]
            out = subprocess.run(cmd, capture_output=True, text=True, check=True)
            print(out.stdout.strip().splitlines()[-1], flush=True)


if __name__ == "__main__":
    main()
