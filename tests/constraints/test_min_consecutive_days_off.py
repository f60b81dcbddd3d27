"""Between working days, at least min_consecutive_days_off days off."""

from datetime import timedelta

from constraints.min_consecutive_days_off import MinConsecutiveDaysOff
from planner.settings import HardSettings
from tests.builders import MONDAY, activity, professional, shift
from tests.scheduler.support import alone, plan, problem

TWO_OFF = HardSettings(min_consecutive_days_off=2)


def on_days(*days: int):
    return [shift(activity(), MONDAY + timedelta(days=d)) for d in days]


def test_a_single_day_off_between_two_working_days_is_too_short():
    shifts = on_days(0, 2)
    planned = plan(problem(shifts, [professional()], hard=TWO_OFF), alone(MinConsecutiveDaysOff(2)))
    assert len(planned.roster.unstaffed) == 1


def test_two_days_off_are_enough():
    shifts = on_days(0, 3)
    planned = plan(problem(shifts, [professional()], hard=TWO_OFF), alone(MinConsecutiveDaysOff(2)))
    assert planned.roster.unstaffed == {}


def test_working_days_in_a_row_need_no_break():
    shifts = on_days(0, 1, 2)
    planned = plan(problem(shifts, [professional()], hard=TWO_OFF), alone(MinConsecutiveDaysOff(2)))
    assert planned.roster.unstaffed == {}
