"""A volunteer's own limits: shifts per calendar week and per calendar month."""

from datetime import date, timedelta

from planner.domain import Period
from tests.builders import MONDAY, activity, assign, professional, shift, volunteer
from tests.check.support import violations

TAALCAFE = activity("taalcafe", "Taalcafé", start="13:00", end="16:00", volunteers_max=2)
ELS = professional()


def _week(jan, days):
    shifts = [shift(TAALCAFE, MONDAY + timedelta(days=d)) for d in days]
    pairs = [a for s in shifts for a in (assign(s, ELS), assign(s, jan))]
    return shifts, pairs


def test_three_shifts_in_a_week_for_a_limit_of_two():
    jan = volunteer(per_week=2)
    shifts, pairs = _week(jan, [0, 2, 4])
    found = violations(shifts, [ELS, jan], *pairs)
    assert [(v.rule, v.person_id) for v in found] == [("volunteer_limits", "jan")]
    assert found[0].message == (
        "Jan Peeters has 3 shifts in the week of Mon 30 Nov, more than the 2 they set."
    )
    assert found[0].reason == "at the limit they set: 2 shifts a week"


def test_at_the_weekly_limit_is_fine():
    jan = volunteer(per_week=2)
    shifts, pairs = _week(jan, [0, 4])
    assert violations(shifts, [ELS, jan], *pairs) == []


def test_the_month_is_the_calendar_month_of_the_shift_start():
    # Mon 30 Nov and Tue 1 Dec are in different months: one each.
    jan = volunteer(per_month=1)
    shifts, pairs = _week(jan, [0, 1])
    assert violations(shifts, [ELS, jan], *pairs) == []
    shifts, pairs = _week(jan, [1, 2])
    found = violations(shifts, [ELS, jan], *pairs)
    assert [v.message for v in found] == [
        "Jan Peeters has 2 shifts in December 2026, more than the 1 they set."
    ]


def test_published_work_outside_the_period_counts_toward_the_month():
    jan = volunteer(per_month=2)
    earlier = shift(TAALCAFE, date(2026, 12, 2))
    later_period = Period(date(2026, 12, 7))
    s1, s2 = shift(TAALCAFE, date(2026, 12, 7)), shift(TAALCAFE, date(2026, 12, 8))
    pairs = [assign(s1, ELS), assign(s1, jan), assign(s2, ELS), assign(s2, jan)]
    assert violations([s1, s2], [ELS, jan], *pairs, period=later_period) == []
    found = violations(
        [s1, s2], [ELS, jan], *pairs, period=later_period, outside=[(earlier, assign(earlier, jan))]
    )
    assert [v.message for v in found] == [
        "Jan Peeters has 3 shifts in December 2026, more than the 2 they set."
    ]
    assert found[0].shift_id == s2.id  # filed under a shift of the period


def test_outside_work_alone_is_not_reported():
    jan = volunteer(per_month=0)
    earlier = shift(TAALCAFE, date(2026, 12, 2))
    found = violations(
        [], [jan], period=Period(date(2026, 12, 7)), outside=[(earlier, assign(earlier, jan))]
    )
    assert found == []
