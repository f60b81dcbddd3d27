"""Evenings, nights and weekends spread among professionals."""

from datetime import timedelta

from constraints.fairness_unsocial import FairnessUnsocial
from tests.builders import MONDAY, activity, professional, shift
from tests.scheduler.support import alone, plan, problem

EVENINGS = [
    shift(activity("avond", start="18:00", end="21:00"), MONDAY + timedelta(days=d))
    for d in range(4)
]


def test_evenings_are_shared():
    people = [professional("els"), professional("piet", "Piet Claes")]
    planned = plan(problem(EVENINGS, people), alone(FairnessUnsocial()))
    assert len(planned.shifts_of("els")) == len(planned.shifts_of("piet")) == 2


def test_daytime_shifts_cost_nothing():
    days = [shift(activity(), MONDAY + timedelta(days=d)) for d in range(4)]
    planned = plan(problem(days, [professional()]), alone(FairnessUnsocial()))
    assert planned.cost("fairness_unsocial") == 0


def test_evenings_of_the_weeks_before_are_remembered():
    # Els had three evenings in the weeks before; the period's two go to Piet, as they would
    # had the weeks been planned together.
    from planner.solver.problem import PlanningProblem
    from tests.builders import assign

    els, piet = professional("els"), professional("piet", "Piet Claes")
    before = [
        shift(activity("avond", start="18:00", end="21:00"), MONDAY - timedelta(days=d))
        for d in (1, 2, 3)
    ]
    p = problem(EVENINGS[:2], [els, piet])
    remembered = PlanningProblem.build(
        p.org, p.period, p.shifts, settings=p.settings, past=[(s, assign(s, els)) for s in before]
    )
    planned = plan(remembered, alone(FairnessUnsocial()))
    assert (len(planned.shifts_of("els")), len(planned.shifts_of("piet"))) == (0, 2)
    planned = plan(p, alone(FairnessUnsocial()))
    assert (len(planned.shifts_of("els")), len(planned.shifts_of("piet"))) == (1, 1)
