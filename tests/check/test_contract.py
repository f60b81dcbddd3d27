"""A professional's contract: working days, hours a day and a week, days in a row, days off,
weekends, forbidden successions."""

from datetime import date, timedelta

from planner.domain import Period
from planner.settings import HardSettings
from tests.builders import MONDAY, activity, assign, professional, shift
from tests.check.support import violations

DAY = activity("inloop", "Inloop", start="09:00", end="17:00")  # 8 h
MORNING = activity("ontbijt", "Ontbijt", start="08:00", end="10:00")
NIGHT = activity("nachtopvang", "Nachtopvang", start="20:00", end="08:00")  # 12 h
# Rest is switched off where a test puts two shifts close together on purpose.
NO_REST = HardSettings(min_rest=timedelta(0), travel_time=timedelta(0))


def _days(act, days, who):
    shifts = [shift(act, MONDAY + timedelta(days=d)) for d in days]
    return shifts, [assign(s, who) for s in shifts]


def test_a_shift_on_a_day_outside_the_contract():
    els = professional(working_days=frozenset(range(5)))
    s = shift(DAY, MONDAY + timedelta(days=5))  # Saturday
    found = violations([s], [els], assign(s, els))
    assert [(v.rule, v.reason) for v in found] == [
        ("working_days", "does not work on Saturday (contract)")
    ]
    assert (
        violations([s], [els], assign(s, els), hard=HardSettings(respect_working_days=False)) == []
    )


def test_more_hours_in_a_day_than_the_contract_allows():
    els = professional(max_hours_per_day=8)
    s = shift(NIGHT)
    found = violations([s], [els], assign(s, els))
    assert [v.message for v in found] == [
        "Els Vermeulen works 12 h on Mon 30 Nov, at most 8 h a day."
    ]


def test_two_shifts_on_one_day_add_up():
    els = professional(max_hours_per_day=8)
    a = shift(MORNING)  # 2 h
    b = shift(activity("buurtwerk", start="10:00", end="17:00"))  # 7 h
    found = violations([a, b], [els], assign(a, els), assign(b, els), hard=NO_REST)
    assert [v.message for v in found] == [
        "Els Vermeulen works 9 h on Mon 30 Nov, at most 8 h a day."
    ]


def test_weekly_hours_above_the_contract():
    els = professional(hours_per_week=19)
    shifts, pairs = _days(DAY, [0, 2, 4], els)  # 24 h
    found = violations(shifts, [els], *pairs)
    assert [v.message for v in found] == [
        "Els Vermeulen works 24 h in the week of Mon 30 Nov, at most 19 h."
    ]
    assert found[0].reason == "reached 19 h a week (24 h in the week of Mon 30 Nov)"


def test_part_time_hours_with_a_tolerance():
    els = professional(hours_per_week=30.4)
    shifts, pairs = _days(DAY, [0, 1, 2, 3], els)  # 32 h
    assert len(violations(shifts, [els], *pairs)) == 1
    hard = HardSettings(contract_hours_tolerance=timedelta(hours=2))
    assert violations(shifts, [els], *pairs, hard=hard) == []


def test_seven_days_in_a_row_for_a_maximum_of_six():
    els = professional()
    shifts, pairs = _days(MORNING, range(7), els)
    found = violations(shifts, [els], *pairs)
    assert [v.message for v in found] == [
        "Els Vermeulen works 7 days in a row from Mon 30 Nov, at most 6."
    ]
    shifts, pairs = _days(MORNING, range(6), els)
    assert violations(shifts, [els], *pairs) == []


def test_days_in_a_row_continue_from_published_work_before_the_period():
    els = professional()
    period = Period(MONDAY + timedelta(days=7))
    shifts, pairs = _days(MORNING, [7, 8, 9], els)
    before = [shift(MORNING, MONDAY + timedelta(days=d)) for d in (3, 4, 5, 6)]
    outside = [(s, assign(s, els)) for s in before]
    found = violations(shifts, [els], *pairs, period=period, outside=outside)
    assert [v.message for v in found] == [
        "Els Vermeulen works 7 days in a row from Thu 3 Dec, at most 6."
    ]


def test_too_short_a_break_between_working_days():
    els = professional()
    hard = HardSettings(min_consecutive_days_off=2)
    shifts, pairs = _days(MORNING, [0, 2], els)
    found = violations(shifts, [els], *pairs, hard=hard)
    assert [v.message for v in found] == [
        "Els Vermeulen has 1 day off between Mon 30 Nov and Wed 2 Dec, at least 2."
    ]
    shifts, pairs = _days(MORNING, [0, 3], els)
    assert violations(shifts, [els], *pairs, hard=hard) == []


def test_days_before_the_period_are_unknown_not_off():
    els = professional()
    hard = HardSettings(min_consecutive_days_off=3)
    shifts, pairs = _days(MORNING, [1], els)  # the days off before Tuesday are not counted
    assert violations(shifts, [els], *pairs, hard=hard) == []


def _saturdays(*weeks):
    return [shift(MORNING, MONDAY + timedelta(days=5 + 7 * w)) for w in weeks]


def test_working_weekends_in_four_weeks():
    els = professional()
    period = Period(MONDAY, weeks=4)
    hard = HardSettings(max_working_weekends=2)
    sats = _saturdays(0, 1, 2)
    found = violations(sats, [els], *(assign(s, els) for s in sats), period=period, hard=hard)
    assert [v.message for v in found] == [
        "Els Vermeulen works 3 weekends in 4 weeks (Sat 5 Dec, Sat 12 Dec and Sat 19 Dec), at most 2."
    ]
    assert (
        violations(sats[:2], [els], *(assign(s, els) for s in sats[:2]), period=period, hard=hard)
        == []
    )


def test_the_weekend_window_rolls_over_the_periods_edges():
    # One week checked on its own, the two weekends before it published: the week's Saturday
    # is a third weekend in four weeks, and a coordinator planning week by week is told so.
    els = professional()
    week = Period(MONDAY + timedelta(weeks=2))
    [sat] = _saturdays(2)
    before = [(s, assign(s, els)) for s in _saturdays(0, 1)]
    found = violations([sat], [els], assign(sat, els), period=week, outside=before)
    assert [(v.rule, v.shift_id, v.data.values) for v in found] == [
        (
            "max_working_weekends",
            sat.id,
            (("most", 2), ("weekends", ("2026-12-05", "2026-12-12", "2026-12-19"))),
        )
    ]
    after = [(s, assign(s, els)) for s in _saturdays(3, 4)]
    found = violations([sat], [els], assign(sat, els), period=week, outside=after)
    assert [v.rule for v in found] == ["max_working_weekends"]
    further = [(s, assign(s, els)) for s in _saturdays(-2, 6)]  # four weeks and more away
    assert violations([sat], [els], assign(sat, els), period=week, outside=further) == []


def test_weekends_outside_the_period_alone_are_not_its_finding():
    els = professional()
    week = Period(MONDAY + timedelta(weeks=2))
    around = [(s, assign(s, els)) for s in _saturdays(0, 1, 3)]
    assert violations([], [els], period=week, outside=around) == []


def test_four_weekends_in_a_row_are_one_finding():
    els = professional()
    sats = _saturdays(0, 1, 2, 3)
    found = violations(sats, [els], *(assign(s, els) for s in sats), period=Period(MONDAY, 4))
    assert [v.data.values for v in found] == [
        (("most", 2), ("weekends", tuple(s.local_date.isoformat() for s in sats)))
    ]


def test_saturday_and_sunday_are_one_weekend_and_a_friday_night_belongs_to_it():
    els = professional()
    period = Period(MONDAY, weeks=2)
    hard = HardSettings(max_working_weekends=1)
    fri_night = shift(NIGHT, MONDAY + timedelta(days=4))
    sun = shift(activity("inloop", start="18:00", end="20:00"), MONDAY + timedelta(days=6))
    found = violations(
        [fri_night, sun], [els], assign(fri_night, els), assign(sun, els), period=period, hard=hard
    )
    assert found == []
    next_sat = shift(MORNING, MONDAY + timedelta(days=12))
    found = violations(
        [fri_night, sun, next_sat],
        [els],
        *(assign(s, els) for s in (fri_night, sun, next_sat)),
        period=period,
        hard=hard,
    )
    assert [v.rule for v in found] == ["max_working_weekends"]


def test_no_morning_shift_within_36_hours_after_a_night():
    els = professional()
    night = shift(NIGHT)  # ends Tue 1 Dec 08:00
    wed_morning = shift(MORNING, MONDAY + timedelta(days=2))  # 24 h later
    found = violations([night, wed_morning], [els], assign(night, els), assign(wed_morning, els))
    assert [(v.rule, v.shift_id) for v in found] == [("forbidden_successions", wed_morning.id)]
    assert found[0].message == (
        "Els Vermeulen works the morning shift Ontbijt Wed 2 Dec 08:00 within 36 h after "
        "the night shift Nachtopvang Mon 30 Nov 20:00."
    )


def test_a_morning_36_hours_after_the_night_ends_is_allowed():
    els = professional()
    night = shift(NIGHT)  # ends Tue 1 Dec 08:00
    later = shift(activity("ontbijt", start="20:00", end="22:00"), MONDAY + timedelta(days=2))
    assert violations([night, later], [els], assign(night, els), assign(later, els)) == []
    thu = shift(MORNING, MONDAY + timedelta(days=3))
    assert violations([night, thu], [els], assign(night, els), assign(thu, els)) == []


def test_successions_are_for_professionals_only():
    from tests.builders import volunteer

    jan = volunteer()
    night = shift(activity("nachtopvang", start="20:00", end="08:00", volunteers_max=1))
    wed = shift(
        activity("ontbijt", start="08:00", end="10:00", volunteers_max=1), date(2026, 12, 2)
    )
    found = violations(
        [night, wed],
        [jan],
        assign(night, jan),
        assign(wed, jan),
        unstaffed={night.id: "", wed.id: ""},
    )
    assert [v.rule for v in found if v.rule == "forbidden_successions"] == []
