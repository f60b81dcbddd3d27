"""Shift generation: local wall-clock times across daylight saving, nights across midnight,
public holidays. 2026: summer time starts Sunday 29 March, ends Sunday 25 October."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from planner.domain import Organisation, Period, Season
from planner.shifts import generate_shifts
from tests.builders import activity, org

SPRING_FORWARD = date(2026, 3, 29)
FALL_BACK = date(2026, 10, 25)


def offsets(shifts) -> list[str]:
    return [s.start.isoformat() for s in shifts]


def night_shelter(**kwargs):
    return activity(
        "nachtopvang", start="20:00", end="08:00", rrule="FREQ=DAILY", min_people=1, **kwargs
    )


def test_weekly_shift_keeps_local_time_across_spring_forward():
    monday_morning = activity("inloop", start="09:00", end="12:00", rrule="FREQ=WEEKLY;BYDAY=MO")

    shifts = generate_shifts(org([monday_morning]), Period(date(2026, 3, 23), weeks=2))

    assert offsets(shifts) == ["2026-03-23T09:00:00+01:00", "2026-03-30T09:00:00+02:00"]
    assert [s.hours for s in shifts] == [3.0, 3.0]


def test_weekly_shift_keeps_local_time_across_fall_back():
    monday_morning = activity("inloop", start="09:00", end="12:00", rrule="FREQ=WEEKLY;BYDAY=MO")

    shifts = generate_shifts(org([monday_morning]), Period(date(2026, 10, 19), weeks=2))

    assert offsets(shifts) == ["2026-10-19T09:00:00+02:00", "2026-10-26T09:00:00+01:00"]


def test_shift_on_the_day_the_clocks_change_has_the_new_offset():
    sunday = activity("taalcafe", start="10:00", end="12:00", rrule="FREQ=WEEKLY;BYDAY=SU")

    spring = generate_shifts(org([sunday]), Period(date(2026, 3, 23)))
    autumn = generate_shifts(org([sunday]), Period(date(2026, 10, 19)))

    assert offsets(spring) == ["2026-03-29T10:00:00+02:00"]
    assert offsets(autumn) == ["2026-10-25T10:00:00+01:00"]


def test_night_shift_crosses_midnight_and_lasts_twelve_hours():
    shifts = generate_shifts(org([night_shelter()]), Period(date(2026, 11, 30)))

    first = shifts[0]
    assert first.start.isoformat() == "2026-11-30T20:00:00+01:00"
    assert first.end.isoformat() == "2026-12-01T08:00:00+01:00"
    assert first.hours == 12.0
    assert len(shifts) == 7


def test_night_shift_is_eleven_hours_when_summer_time_starts():
    shifts = generate_shifts(org([night_shelter()]), Period(date(2026, 3, 23)))

    hours = {s.local_date: s.hours for s in shifts}
    assert hours[SPRING_FORWARD - timedelta(days=1)] == 11.0
    assert hours[SPRING_FORWARD] == 12.0
    assert hours[SPRING_FORWARD - timedelta(days=2)] == 12.0


def test_night_shift_is_thirteen_hours_when_summer_time_ends():
    shifts = generate_shifts(org([night_shelter()]), Period(date(2026, 10, 19)))

    night = next(s for s in shifts if s.local_date == FALL_BACK - timedelta(days=1))
    assert night.start.isoformat() == "2026-10-24T20:00:00+02:00"
    assert night.end.isoformat() == "2026-10-25T08:00:00+01:00"
    assert night.hours == 13.0


def test_christmas_closes_an_activity_and_says_why():
    shifts = generate_shifts(org([activity("inloop")]), Period(date(2026, 12, 21)))

    christmas = next(s for s in shifts if s.local_date == date(2026, 12, 25))
    assert christmas.closed
    assert "Kerstmis" in christmas.closed_reason
    assert not any(s.closed for s in shifts if s.local_date != date(2026, 12, 25))


def test_activity_open_on_holidays_stays_open_at_christmas():
    shelter = night_shelter(open_on_holidays=True)

    shifts = generate_shifts(org([shelter]), Period(date(2026, 12, 21)))

    christmas = next(s for s in shifts if s.local_date == date(2026, 12, 25))
    assert not christmas.closed


def test_extra_closing_day_of_the_organisation_closes_shifts():
    base = org([activity("inloop", rrule="FREQ=WEEKLY;BYDAY=SA")])
    closing = Organisation(
        name=base.name, activities=base.activities, extra_closures=(date(2026, 7, 11),)
    )

    shifts = generate_shifts(closing, Period(date(2026, 7, 6)))

    assert [s.closed_reason for s in shifts] == ["closed: organisation closing day"]


def test_season_wrapping_the_new_year_keeps_winter_nights_only():
    winter = replace(night_shelter(), season=Season((11, 1), (3, 31)))

    march_end = generate_shifts(org([winter]), Period(date(2026, 3, 30)))

    assert [s.local_date for s in march_end] == [date(2026, 3, 30), date(2026, 3, 31)]


def test_fortnightly_recurrence_falls_on_the_same_weeks_whatever_the_period():
    fortnightly = activity("buurt", rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE")

    long = generate_shifts(org([fortnightly]), Period(date(2026, 11, 2), weeks=4))
    short = generate_shifts(org([fortnightly]), Period(date(2026, 11, 9), weeks=3))

    assert {s.id for s in short} <= {s.id for s in long}
    assert len(long) == 2


def test_saved_ids_give_back_the_shifts_generation_makes():
    # What fairness remembers of past weeks is made from ids, not by expanding recurrences.
    from planner.shifts import shifts_of

    night = activity("nacht", start="20:00", end="08:00")
    o = org([night, activity()])
    generated = generate_shifts(o, Period(FALL_BACK - timedelta(days=1)))
    made = shifts_of(o, [s.id for s in generated] + ["gone@2026-10-25T09:00", "no id"])
    assert made == {s.id: s for s in generated}
