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
