"""At most max_consecutive_days working days in a row."""

from datetime import timedelta

from constraints.max_consecutive_days import MaxConsecutiveDays
from tests.builders import MONDAY, activity, professional, shift
from tests.scheduler.support import alone, plan, problem

FIVE_DAYS = [shift(activity(), MONDAY + timedelta(days=d)) for d in range(5)]


def test_three_days_in_a_row_at_most_leaves_one_of_five_days_unstaffed():
    planned = plan(problem(FIVE_DAYS, [professional()]), alone(MaxConsecutiveDays(max_days=3)))
    assert len(planned.roster.unstaffed) == 1
    worked = sorted(sid for sid in planned.shifts_of("els"))
    assert len(worked) == 4


def test_five_days_in_a_row_are_fine_when_allowed():
    planned = plan(problem(FIVE_DAYS, [professional()]), alone(MaxConsecutiveDays(max_days=5)))
    assert planned.roster.unstaffed == {}
