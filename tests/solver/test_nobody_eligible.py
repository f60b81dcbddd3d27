"""A week in which nobody can stand on any shift (everyone away) is still planned by the
planner's own search: every shift unstaffed with its reason, no crash in the middle of the
search (the people neighbourhood once drew a person from an empty list)."""

from __future__ import annotations

import random

from planner.domain import Period
from planner.shifts import generate_shifts
from planner.solver.neighbourhoods import roster_neighbourhoods
from planner.solver.problem import PlanningProblem
from planner.solver.search import SolveStatus, solve
from tests.builders import MONDAY, absence, activity, org, professional, volunteer
from tests.solver.support import assert_checker_clean, model_of


def everyone_away() -> PlanningProblem:
    people = [professional("els"), volunteer("vic")]
    organisation = org([activity()], people)
    period = Period(MONDAY, 1)
    return PlanningProblem.build(
        organisation,
        period,
        generate_shifts(organisation, period),
        absences=[absence(p.id) for p in people],
    )


def test_every_neighbourhood_picks_when_nobody_can_stand_on_a_shift():
    rm = model_of(everyone_away())
    decisions, neighbourhoods = roster_neighbourhoods(rm)
    assert decisions, "the week has shifts: their staffed flags are decisions"
    values = [0] * len(rm.model.proto.variables)
    rng = random.Random(0)
    for nb in neighbourhoods:
        assert nb.pick(rng, 10, values), nb.name


def test_a_week_with_everyone_away_is_planned_all_unstaffed():
    problem = everyone_away()
    result = solve(model_of(problem), time_limit=20.0, work_limit=0.5, seed=0)
    assert result.status in (SolveStatus.OPTIMAL, SolveStatus.FEASIBLE)
    assert result.assignments == ()
    assert len(result.unstaffed) == len([s for s in problem.shifts if not s.closed])
    assert_checker_clean(problem, result)
