"""A professional's hours per week: contract hours plus the tolerance."""

from datetime import timedelta

from constraints.hours_per_week import HoursPerWeek
from planner.settings import HardSettings
from tests.builders import MONDAY, activity, professional, shift
from tests.scheduler.support import alone, plan, problem

DAILY = activity("inloop", start="09:00", end="12:00")
THREE_DAYS = [shift(DAILY, MONDAY + timedelta(days=d)) for d in range(3)]


def test_a_six_hour_contract_takes_two_three_hour_shifts():
    planned = plan(problem(THREE_DAYS, [professional(hours_per_week=6)]), alone(HoursPerWeek()))
    assert len(planned.roster.unstaffed) == 1


def test_the_tolerance_allows_a_little_more():
    tolerance = timedelta(hours=3)
    planned = plan(
        problem(
            THREE_DAYS,
            [professional(hours_per_week=6)],
            hard=HardSettings(contract_hours_tolerance=tolerance),
        ),
        alone(HoursPerWeek(tolerance=tolerance)),
    )
    assert planned.roster.unstaffed == {}


def test_weeks_are_calendar_weeks():
    # Sunday and the next Monday fall in two weeks: each within 3 hours.
    sunday, monday = (shift(DAILY, MONDAY + timedelta(days=d)) for d in (6, 7))
    planned = plan(
        problem([sunday, monday], [professional(hours_per_week=3)]), alone(HoursPerWeek())
    )
    assert planned.roster.unstaffed == {}
