"""Every number, date and size in an organisation folder within a stated range
(docs/limits.md): what is out of range is refused naming its file, line and field, instead of
loading and then crashing or running without end."""

from __future__ import annotations

import pytest

from planner.io.folder import InvalidFolder, read_folder
from tests.io.folder_builder import (
    INLOOP,
    ORGANISATION,
    absence_row,
    professional_row,
    volunteer_row,
    write_folder,
)

HUGE = "99999999999999999999"  # beyond 64 bits


def refusal(tmp_path, **files) -> str:
    with pytest.raises(InvalidFolder) as caught:
        read_folder(write_folder(tmp_path, **files))
    return str(caught.value)


@pytest.mark.parametrize(
    ("rules", "expected"),
    [
        (
            "[rules.hard]\nmin_rest_hours = nan\n",
            "organisation.toml line 6: 'min_rest_hours' must be a number from 0 to 24",
        ),
        (
            "[rules.hard]\nmin_rest_hours = -5\n",
            "organisation.toml line 6: 'min_rest_hours' must be a number from 0 to 24",
        ),
        (
            f"[rules.hard]\nmax_consecutive_days = {HUGE}\n",
            "organisation.toml line 6: 'max_consecutive_days' must be a whole number from 1 to 14",
        ),
        (
            f"[rules.weights]\nstability = {HUGE}\n",
            "organisation.toml line 6: 'stability' must be a whole number from 0 to 1000000",
        ),
        (
            "[rules.fairness]\nhorizon_weeks = 53\n",
            "organisation.toml line 6: 'horizon_weeks' must be a whole number from 0 to 52",
        ),
        (
            "[rules.fair]\nhorizon_weeks = 4\n",
            "organisation.toml: unknown table 'rules.fair' (use rules.hard, rules.weights "
            "and rules.fairness)",
        ),
        (
            "[rules]\nhard = 3\n",
            "organisation.toml line 5: 'rules.hard' must be a table: [rules.hard]",
        ),
        (
            '[rules.hard]\nforbidden_successions = [["night", "mornin"]]\n',
            "organisation.toml line 6: 'forbidden_successions': 'mornin' is not a kind of shift "
            "(known: morning, afternoon, evening, night)",
        ),
    ],
)
def test_settings_out_of_range(tmp_path, rules, expected):
    assert refusal(tmp_path, organisation=ORGANISATION + rules) == expected


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "professionals = 1",
            f"professionals = {HUGE}",
            f"activities.toml line 11: activity 'inloop': staffing: professionals {HUGE} "
            "must be between 1 and 100",
        ),
        (
            "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
            "FREQ=MINUTELY",
            "activities.toml line 6: activity 'inloop': field 'rrule': an activity has at most "
            "one shift a day",
        ),
        (
            "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
            "FREQ=HOURLY",
            "activities.toml line 6: activity 'inloop': field 'rrule': an activity has at most "
            "one shift a day",
        ),
        (
            "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
            "FREQ=DAILY;BYHOUR=9,10",
            "activities.toml line 6: activity 'inloop': field 'rrule': an activity has at most "
            "one shift a day",
        ),
    ],
)
def test_activities_out_of_range(tmp_path, old, new, expected):
    assert old in INLOOP
    assert refusal(tmp_path, activities=INLOOP.replace(old, new)).startswith(expected)


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            professional_row(hours_per_week="nan"),
            "people.csv line 2: hours_per_week nan is not between 1 and 168",
        ),
        (
            volunteer_row(max_shifts_per_week=HUGE),
            f"people.csv line 2: max_shifts_per_week {HUGE} must be between 0 and 21",
        ),
        (
            volunteer_row(home_activity="inloop", refuses="inloop"),
            "people.csv line 2: refuses 'inloop', which is their own home_activity",
        ),
    ],
)
def test_people_out_of_range(tmp_path, row, expected):
    assert refusal(tmp_path, people=[row]) == expected


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_absence_at_the_ends_of_the_calendar(tmp_path, day):
    message = refusal(tmp_path, absences=[absence_row(start="2026-12-01", end=day)])

    assert message.startswith("absences.csv line 2: to")
    assert "2000-01-01" in message and "2099-12-31" in message


def test_an_error_at_the_end_of_a_long_file_names_its_own_line(tmp_path):
    # Cells with line breaks typed inside them (quoted, as spreadsheets write them), some with
    # a lone carriage return: each counts as the editor counts lines.
    lines = ["id,name,kind,hours_per_week"]
    for number in range(5_000):
        name = f'"Els\nV{number}"' if number % 3 == 0 else f'"Els\rV{number}"'
        lines.append(f"p{number},{name},professional,38")
    lines.append("last,Last,wizard,38")
    text = "\n".join(lines) + "\n"
    line_of_last = text.count("\n")  # the number of the last line, as an editor shows it

    message = refusal(tmp_path, people=text)

    assert message.startswith(f"people.csv line {line_of_last}: kind 'wizard'")
