"""On very big problems professionals are considered only for the sites they know, yet
every shift keeps enough professionals who could take it (Eligibility.candidate_pairs)."""

from __future__ import annotations

import planner.solver.eligibility as eligibility
from planner.solver.search import solve
from tests.scheduler.support import generated
from tests.solver.support import assert_checker_clean, model_of


def test_every_shift_keeps_its_professionals_and_the_roster_keeps_every_rule(tmp_path, monkeypatch):
    # The narrowing starts at 100,000 professional pairs (a city of 240 professionals);
    # lowered here so that a small generated organisation goes through it.
    monkeypatch.setattr(eligibility, "LARGE_PROBLEM_PAIRS", 0)
    monkeypatch.setattr(eligibility, "LARGE_PROFESSIONAL_PAIRS", 0)
    monkeypatch.setattr(eligibility, "MIN_PROFESSIONALS", 3)
    _, _, _, problem = generated(tmp_path, 12, 60, seed=4, weeks=2)
    eligible, candidates = problem.eligible_pairs, problem.candidate_pairs
    pros = [p for p in problem.people if p.is_professional]

    narrowed = sum(len(candidates[p.id]) for p in pros)
    assert narrowed < sum(len(eligible[p.id]) for p in pros), "nothing was narrowed"
    for shift in problem.shifts:
        could = [p for p in pros if shift in eligible[p.id]]
        kept = [p for p in pros if shift in candidates[p.id]]
        assert len(kept) >= min(3, len(could)), shift.id
    result = solve(model_of(problem), time_limit=30.0, work_limit=0.3, seed=0)
    assert_checker_clean(problem, result)
