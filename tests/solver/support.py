"""Solve a generated organisation with the planner's search and hold the roster against the
independent checker."""

from __future__ import annotations

from constraints.registry import rules_from_settings
from planner.check import check_roster
from planner.solver.model import RosterModel, build_model
from planner.solver.problem import PlanningProblem
from planner.solver.search import SolveResult, to_roster


def model_of(problem: PlanningProblem) -> RosterModel:
    return build_model(problem, rules_from_settings(problem.settings))


def assert_checker_clean(problem: PlanningProblem, result: SolveResult) -> None:
    assert result.has_solution, result.status
    roster = to_roster(problem, result, {})
    found = check_roster(
        problem.org,
        problem.period,
        list(problem.shifts),
        roster,
        problem.absences,
        problem.settings,
        pinned=problem.pinned,
        outside=problem.outside,
    )
    assert found == [], found
