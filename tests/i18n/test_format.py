"""Dates, numbers and percentages as each language writes them (Babel's CLDR data)."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from planner.i18n.format import (
    day_year,
    gap_text,
    hours_text,
    integer,
    list_text,
    month_year,
    number,
    percent,
    shift_label,
    short_date,
    short_datetime,
)
from planner.i18n.language import use_language
from tests.builders import activity, shift

TZ = ZoneInfo("Europe/Brussels")
WEEK = [date(2026, 11, 30)] + [date(2026, 12, d) for d in range(1, 7)]  # Monday to Sunday


def test_every_dutch_day_abbreviation_from_monday(dutch):
    assert [short_date(d).split()[0] for d in WEEK] == ["ma", "di", "wo", "do", "vr", "za", "zo"]


def test_every_dutch_month_abbreviation(dutch):
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


@pytest.mark.parametrize(
    ("language", "label", "moment", "year"),
    [
        ("nl", "Nachtopvang di 1 dec 20:00", "zo 28 mrt 03:05", "zo 27 dec 2026"),
        ("en", "Nachtopvang Tue 1 Dec 20:00", "Sun 28 Mar 03:05", "Sun 27 Dec 2026"),
        ("fr", "Nachtopvang mar. 1 déc. 20:00", "dim. 28 mars 03:05", "dim. 27 déc. 2026"),
    ],
)
def test_a_shift_a_moment_and_a_day_in_each_language(language, label, moment, year):
    night = activity("nachtopvang", "Nachtopvang", start="20:00", end="08:00")
    with use_language(language):
        assert shift_label(shift(night, date(2026, 12, 1))) == label
        # Local time is kept: the night the clocks go forward.
        assert short_datetime(datetime(2027, 3, 28, 3, 5, tzinfo=TZ)) == moment
        assert day_year(date(2026, 12, 27)) == year


def test_numbers_read_the_belgian_way_in_dutch_and_english():
    for language in ("nl", "en"):
        with use_language(language):
            assert percent(2 / 7) == "28,6 %"
            assert integer(1234) == "1.234"
            assert number(30.4) == "30,4"
            assert number(1.0 / 3, 2) == "0,33"


def test_hours_without_trailing_zeros_in_the_languages_unit():
    with use_language("en"):
        assert [hours_text(h) for h in (38, 30.4, 7.5, 0.25)] == [
            "38 h",
            "30,4 h",
            "7,5 h",
            "0,25 h",
        ]
        assert gap_text(9 * 60 + 30) == "9 h 30 min"
    with use_language("nl"):
        assert [hours_text(h) for h in (38, 30.4)] == ["38 u", "30,4 u"]
        assert gap_text(9 * 60 + 30) == "9 u 30 min"


def test_a_percentage_never_reads_100_unless_it_is(dutch):
    assert percent(1.0) == "100 %"
    assert percent(0.9996) == "99,9 %"
    assert percent(1.0004) == "100,1 %"
    assert percent(None) == "–"


def test_lists_and_months_are_joined_and_named_by_the_language():
    names = ["Els", "Bart", "Tom"]
    with use_language("nl"):
        assert (list_text(names), month_year(2026, 12)) == ("Els, Bart en Tom", "december 2026")
    with use_language("en"):
        assert (list_text(names), month_year(2026, 12)) == ("Els, Bart and Tom", "December 2026")
