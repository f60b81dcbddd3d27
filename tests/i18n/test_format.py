"""Dates, numbers and percentages as each language writes them (Babel's CLDR data)."""

import contextvars
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from planner.errors import ChangedMeanwhile
from planner.i18n.changes import changed_meanwhile_text, moment_text
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
    use_time,
)
from planner.i18n.language import use_language
from tests.builders import activity, shift

TZ = ZoneInfo("Europe/Brussels")
WEEK = [date(2026, 11, 30)] + [date(2026, 12, d) for d in range(1, 7)]  # Monday to Sunday


def test_every_dutch_day_abbreviation_from_monday(dutch):
    assert [short_date(d).split()[0] for d in WEEK] == ["ma", "di", "wo", "do", "vr", "za", "zo"]


def test_every_dutch_month_abbreviation(dutch):
    months = [short_date(date(2026, m, 1)).split()[-1] for m in range(1, 13)]
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
        ("nl", "Nachtopvang di 1 dec 20:00", "zo 29 mrt 03:05", "zo 27 dec 2026"),
        ("en", "Nachtopvang Tue 1 Dec 20:00", "Sun 29 Mar 03:05", "Sun 27 Dec 2026"),
        ("fr", "Nachtopvang mar. 1 déc. 20:00", "dim. 29 mars 03:05", "dim. 27 déc. 2026"),
    ],
)
def test_a_shift_a_moment_and_a_day_in_each_language(language, label, moment, year):
    night = activity("nachtopvang", "Nachtopvang", start="20:00", end="08:00")
    with use_language(language):
        assert shift_label(shift(night, date(2026, 12, 1))) == label
        # Local time is kept: the night the clocks go forward.
        assert short_datetime(datetime(2026, 3, 29, 3, 5, tzinfo=TZ)) == moment
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


def test_a_date_of_another_year_than_the_clocks_carries_its_year(english):
    context = contextvars.copy_context()

    def shown() -> tuple[str, str, str]:
        use_time("Europe/Brussels", datetime(2026, 12, 7, 10, 0, tzinfo=TZ))
        return (
            short_date(date(2026, 12, 28)),
            short_date(date(2027, 1, 4)),
            short_datetime(datetime(2025, 12, 29, 9, 0, tzinfo=TZ)),
        )

    assert context.run(shown) == ("Mon 28 Dec", "Mon 4 Jan 2027", "Mon 29 Dec 2025 09:00")


def test_a_moment_kept_in_utc_is_shown_in_the_organisations_time(english):
    # 05:35 UTC is 06:35 in Brussels in winter, 07:35 in summer; the machine's zone is no part.
    assert short_datetime(datetime(2026, 12, 7, 5, 35, tzinfo=UTC)) == "Mon 7 Dec 06:35"
    assert short_datetime(datetime(2026, 7, 6, 5, 35, tzinfo=UTC)) == "Mon 6 Jul 07:35"


def test_a_conflict_names_the_local_time_the_log_shows(english):
    other = ChangedMeanwhile(
        "week:2026-11-30", "sara", datetime(2026, 12, 7, 5, 35, tzinfo=UTC), "plan"
    )
    text = changed_meanwhile_text(other, None)
    assert "at Mon 7 Dec 06:35" in text
    assert moment_text(other.at, TZ) in text
