"""Volunteer shifts in proportion to what each offered."""

from datetime import timedelta

from constraints.fairness_volunteers import FairnessVolunteers
from constraints.volunteers_min import VolunteersMin
from tests.builders import MONDAY, activity, professional, shift, volunteer
from tests.scheduler.support import alone, plan, problem

WANTS_ONE = activity(volunteers_min=1, volunteers_max=1)
FOUR_DAYS = [shift(WANTS_ONE, MONDAY + timedelta(days=d)) for d in range(4)]


def test_equal_offers_share_equally():
    people = [professional(), volunteer("jan", per_week=4), volunteer("mia", "Mia P", per_week=4)]
    planned = plan(problem(FOUR_DAYS, people), alone(VolunteersMin(), FairnessVolunteers()))
    assert len(planned.shifts_of("jan")) == len(planned.shifts_of("mia")) == 2


def test_a_larger_offer_carries_more():
    people = [professional(), volunteer("jan", per_week=1), volunteer("mia", "Mia P", per_week=3)]
    planned = plan(problem(FOUR_DAYS, people), alone(VolunteersMin(), FairnessVolunteers()))
    assert (len(planned.shifts_of("jan")), len(planned.shifts_of("mia"))) == (1, 3)


def test_a_volunteers_first_shift_costs_nothing():
    people = [professional(), volunteer("jan", per_week=4)]
    planned = plan(problem(FOUR_DAYS[:1], people), alone(VolunteersMin(), FairnessVolunteers()))
    assert planned.shifts_of("jan") == [FOUR_DAYS[0].id]
    assert planned.cost("fairness_volunteers") == 0


def test_the_second_shift_costs_by_the_share_of_the_offer_used():
    # Offer 4 shifts: the 2nd costs weight x ceil(4 x 2 / 4) = 5 x 2.
    people = [professional(), volunteer("jan", per_week=4)]
    planned = plan(problem(FOUR_DAYS[:2], people), alone(VolunteersMin(), FairnessVolunteers()))
    assert len(planned.shifts_of("jan")) == 2
    assert planned.cost("fairness_volunteers") == 10


def test_the_shifts_of_the_weeks_before_are_remembered():
    # Jan did 30 shifts in the twelve weeks before, Mia none: all three go to Mia (Jan's
    # next costs ceil(4 x 31 / 52) = 3; Mia's first is free, her next ceil(4 x 2 / 52) = 1).
    from planner.solver.problem import PlanningProblem
    from tests.builders import assign

    jan, mia = volunteer("jan", per_week=4), volunteer("mia", "Mia P", per_week=4)
    p = problem(FOUR_DAYS[:3], [professional(), jan, mia])
    before = [shift(WANTS_ONE, MONDAY - timedelta(days=d)) for d in range(1, 31)]
    remembered = PlanningProblem.build(
        p.org, p.period, p.shifts, settings=p.settings, past=[(s, assign(s, jan)) for s in before]
    )
    planned = plan(remembered, alone(VolunteersMin(), FairnessVolunteers()))
    assert (len(planned.shifts_of("jan")), len(planned.shifts_of("mia"))) == (0, 3)
