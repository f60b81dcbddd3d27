"""At most max_working_weekends weekends per 4 weeks, rounded up for the period."""

from datetime import timedelta

from constraints.max_working_weekends import MaxWorkingWeekends
from planner.domain import Period
from tests.builders import MONDAY, activity, professional, shift
from tests.scheduler.support import alone, plan, problem

TWO_WEEKS = Period(MONDAY, 2)
SATURDAY = MONDAY + timedelta(days=5)


def test_one_weekend_in_two_weeks_when_two_per_four_weeks():
    shifts = [shift(activity(), SATURDAY), shift(activity(), SATURDAY + timedelta(weeks=1))]
    planned = plan(
        problem(shifts, [professional()], period=TWO_WEEKS), alone(MaxWorkingWeekends(2))
    )
    assert len(planned.roster.unstaffed) == 1


def test_saturday_and_sunday_are_one_weekend():
    shifts = [shift(activity(), SATURDAY), shift(activity(), SATURDAY + timedelta(days=1))]
    planned = plan(
        problem(shifts, [professional()], period=TWO_WEEKS), alone(MaxWorkingWeekends(2))
    )
    assert planned.roster.unstaffed == {}


def test_a_friday_night_belongs_to_the_weekend():
    friday_night = shift(
        activity("nacht", start="20:00", end="08:00"), SATURDAY - timedelta(days=1)
    )
    next_saturday = shift(activity(), SATURDAY + timedelta(weeks=1))
    planned = plan(
        problem([friday_night, next_saturday], [professional()], period=TWO_WEEKS),
        alone(MaxWorkingWeekends(2)),
    )
    assert len(planned.roster.unstaffed) == 1
