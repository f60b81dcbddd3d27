"""Plan a problem with the real solver and hold the result against the independent checker
and the explanations: the property every test here states."""

from __future__ import annotations

from constraints.registry import rules_from_settings
from planner.check import check_roster
from planner.explain import minimal_conflict, why_unstaffed
from planner.i18n.explanations import unstaffed_text
from planner.i18n.format import shift_label
from planner.i18n.reasons import sentence
from planner.i18n.words import Words
from planner.solver.model import build_model
from planner.solver.problem import PlanningProblem
from planner.solver.search import solve, to_roster

SOLVER_SECONDS = 1.0  # wall clock: a feasible roster is all the property needs


def plan_passes_checker_or_explains(problem: PlanningProblem, all_shifts) -> str:
    """Plans the problem; asserts the roster keeps every hard rule and every unstaffed shift
    carries a reason naming it, or, when no roster exists, that a conflict is explained.
    Returns the outcome ("roster", "infeasible", "unknown") for hypothesis.event."""
    rules = rules_from_settings(problem.settings)
    rm = build_model(problem, rules)
    result = solve(rm, time_limit=SOLVER_SECONDS, seed=0, deterministic=False)
    if result.status == "infeasible":
        conflict = minimal_conflict(problem, rules, time_limit=SOLVER_SECONDS)
        assert conflict.rules, "an infeasible model must name its conflict"
        return "infeasible"
    if not result.has_solution:
        return "unknown"  # nothing found within the time limit: nothing to check
    roster = to_roster(problem, result, {})
    found = check_roster(
        problem.org,
        problem.period,
        all_shifts,
        roster,
        problem.absences,
        problem.settings,
        pinned=problem.pinned,
    )
    words = Words.of(problem.org)
    assert found == [], [sentence(v, words) for v in found]
    for sid in roster.unstaffed:
        shift = problem.shift_by_id[sid]
        reason = unstaffed_text(why_unstaffed(problem, roster, shift), words)
        assert reason.strip(), f"{shift_label(shift)} is unstaffed without a reason"
    return "roster with unstaffed shifts" if roster.unstaffed else "roster"
