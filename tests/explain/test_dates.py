"""Dates as a Flemish coordinator writes them."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from planner.i18n.format import hours_text, shift_label, short_date, short_datetime
from tests.builders import activity, shift

TZ = ZoneInfo("Europe/Brussels")


def test_every_dutch_day_abbreviation_from_monday():
    days = [short_date(date(2026, 11, 30 + i) if i < 1 else date(2026, 12, i)) for i in range(7)]
    assert [d.split()[0] for d in days] == ["ma", "di", "wo", "do", "vr", "za", "zo"]


def test_every_dutch_month_abbreviation():
    months = [short_date(date(2027, m, 1)).split()[-1] for m in range(1, 13)]
    assert months == [
        "jan",
        "feb",
        "mrt",
        "apr",
        "mei",
        "jun",
        "jul",
        "aug",
        "sep",
        "okt",
        "nov",
        "dec",
    ]


def test_a_night_shelter_shift_reads_like_the_issue():
    night = activity("nachtopvang", "Nachtopvang", start="20:00", end="08:00")
    assert shift_label(shift(night, date(2026, 12, 1))) == "Nachtopvang di 1 dec 20:00"


def test_local_time_is_kept():
    assert short_datetime(datetime(2027, 3, 28, 3, 5, tzinfo=TZ)) == "zo 28 mrt 03:05"


def test_hours_without_trailing_zeros():
    assert [hours_text(h) for h in (38, 30.4, 7.5, 0.25)] == ["38 h", "30.4 h", "7.5 h", "0.25 h"]
