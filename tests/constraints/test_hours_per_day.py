"""A professional's hours per day."""

from datetime import timedelta

from constraints.hours_per_day import HoursPerDay
from planner.settings import HardSettings
from tests.builders import activity, professional, shift
from tests.scheduler.support import alone, plan, problem

NO_REST = HardSettings(min_rest=timedelta(0))
MORNING = shift(activity("ochtend", start="08:00", end="12:00"))
AFTERNOON = shift(activity("middag", start="13:00", end="17:00"))


def test_two_shifts_over_the_daily_hours_cannot_both_be_worked():
    els = professional(max_hours_per_day=6)
    planned = plan(problem([MORNING, AFTERNOON], [els], hard=NO_REST), alone(HoursPerDay()))
    assert len(planned.roster.unstaffed) == 1


def test_within_the_daily_hours_both_are_worked():
    els = professional(max_hours_per_day=8)
    planned = plan(problem([MORNING, AFTERNOON], [els], hard=NO_REST), alone(HoursPerDay()))
    assert planned.roster.unstaffed == {}


def test_a_shift_longer_than_a_day_never_gets_that_professional():
    night = shift(activity("nacht", start="20:00", end="08:00"))
    planned = plan(problem([night], [professional(max_hours_per_day=8)]), alone())
    assert set(planned.roster.unstaffed) == {night.id}
