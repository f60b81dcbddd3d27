"""At most max_working_weekends weekends in any 4 consecutive weekends, whatever slices the
weeks were planned in: published weekends before and after the period count."""

from datetime import timedelta

from constraints.max_working_weekends import MaxWorkingWeekends
from planner.dates import local_start_of
from planner.domain import Period
from tests.builders import MONDAY, activity, assign, professional, shift
from tests.scheduler.support import alone, plan, problem

ONE_WEEK = Period(MONDAY)
FOUR_WEEKS = Period(MONDAY, 4)
SATURDAY = MONDAY + timedelta(days=5)
WEEK = timedelta(weeks=1)


def saturdays(*weeks: int):
    """The drop-in's Saturday shift of each week (0: the week of MONDAY)."""
    return [shift(activity(), SATURDAY + w * WEEK) for w in weeks]


def planned_alone(inside, outside=(), period=ONE_WEEK):
    els = professional()
    p = problem(inside, [els], period=period)
    p = type(p).build(
        p.org,
        p.period,
        p.shifts,
        settings=p.settings,
        outside=[(s, assign(s, els)) for s in outside],
    )
    return plan(p, alone(MaxWorkingWeekends(2)))


def test_two_weekends_of_three_in_four_weeks():
    planned = planned_alone(saturdays(0, 1, 2), period=FOUR_WEEKS)
    assert len(planned.roster.unstaffed) == 1


def test_saturday_and_sunday_are_one_weekend():
    sunday = shift(activity(), SATURDAY + timedelta(days=1))
    planned = planned_alone([*saturdays(0, 1), sunday], period=Period(MONDAY, 2))
    assert planned.roster.unstaffed == {}


def test_a_friday_night_belongs_to_the_weekend():
    friday_night = shift(activity("nacht", start="20:00", end="08:00"), SATURDAY - timedelta(1))
    planned = planned_alone([friday_night, *saturdays(1, 2)], period=Period(MONDAY, 3))
    assert len(planned.roster.unstaffed) == 1


def test_the_window_rolls_a_weekend_free_every_four():
    # Every weekend of eight weeks: at most two in any four in a row, so four of eight
    # of eight, never three in some four weeks.
    planned = planned_alone(saturdays(*range(8)), period=Period(MONDAY, 8))
    weeks = {(local_start_of(sid).date() - SATURDAY).days // 7 for sid in planned.shifts_of("els")}
    assert len(weeks) == 4
    assert all(len(weeks & set(range(w, w + 4))) <= 2 for w in range(5))


def test_weekends_published_before_a_single_week_count():
    # Weeks planned one by one: two weekends published in the three weeks before.
    planned = planned_alone(saturdays(3), outside=saturdays(1, 2), period=Period(MONDAY + 3 * WEEK))
    assert len(planned.roster.unstaffed) == 1


def test_a_weekend_four_weeks_before_is_out_of_the_window():
    planned = planned_alone(saturdays(4), outside=saturdays(0, 1), period=Period(MONDAY + 4 * WEEK))
    assert planned.roster.unstaffed == {}


def test_weekends_published_after_the_period_count_too():
    # Re-planning week 2 when weeks 3 and 4 are already published with weekends.
    planned = planned_alone(saturdays(1), outside=saturdays(2, 3), period=Period(MONDAY + WEEK))
    assert len(planned.roster.unstaffed) == 1


def test_a_weekend_begun_before_the_period_is_already_worked():
    # A period from a Saturday; the Friday night before it was published: that weekend is
    # worked already, and two weekends in four is the limit, not three.
    friday_night = shift(activity("nacht", start="20:00", end="08:00"), SATURDAY - timedelta(1))
    evening = activity("avond", start="20:00", end="22:00")
    outside = [friday_night, *saturdays(-2)]
    from_saturday = Period(SATURDAY, 2)
    planned = planned_alone([shift(evening, SATURDAY)], outside, period=from_saturday)
    assert planned.roster.unstaffed == {}
    planned = planned_alone([shift(evening, SATURDAY + WEEK)], outside, period=from_saturday)
    assert len(planned.roster.unstaffed) == 1
