"""Volunteers' own limits: shifts per week and per calendar month. Never bent."""

from datetime import timedelta

from constraints.volunteer_limits import VolunteerLimits
from constraints.volunteers_min import VolunteersMin
from planner.domain import Period
from tests.builders import MONDAY, activity, professional, shift, volunteer
from tests.scheduler.support import alone, plan, problem

WANTS_ONE = activity(volunteers_min=1, volunteers_max=1)


def days(*offsets: int):
    return [shift(WANTS_ONE, MONDAY + timedelta(days=d)) for d in offsets]


def test_two_a_week_means_two_of_four_shifts():
    p = problem(days(0, 1, 2, 3), [professional(), volunteer(per_week=2)])
    planned = plan(p, alone(VolunteerLimits(), VolunteersMin()))
    assert len(planned.shifts_of("jan")) == 2
    assert planned.cost("volunteers_min") == 2 * 200


def test_the_month_limit_counts_calendar_months():
    # Monday 30 November and Tuesday 1 December lie in two months.
    p = problem(days(0, 1), [professional(), volunteer(per_month=1)])
    planned = plan(p, alone(VolunteerLimits(), VolunteersMin()))
    assert len(planned.shifts_of("jan")) == 2


def test_one_a_month_means_one_of_two_december_shifts():
    p = problem(days(1, 2), [professional(), volunteer(per_month=1)], period=Period(MONDAY, 1))
    planned = plan(p, alone(VolunteerLimits(), VolunteersMin()))
    assert len(planned.shifts_of("jan")) == 1
