"""A valid folder that cannot be planned as written is loaded, with a warning that says why."""

from __future__ import annotations

from planner.io.folder import read_folder
from tests.io.folder_builder import (
    INLOOP,
    NACHTOPVANG,
    absence_row,
    professional_row,
    volunteer_row,
    write_folder,
)

SPREEKUUR = """
[[activity]]
id = "spreekuur"
name = "Spreekuur"
kind = "consultation_hours"
rrule = "FREQ=WEEKLY;BYDAY=TH"
start = "13:00"
end = "16:00"

[activity.staffing]
professionals = 1
volunteers = false
"""


def warnings(tmp_path, **files) -> list[str]:
    """The folder's warnings, in English."""
    return [str(w) for w in read_folder(write_folder(tmp_path, **files)).warnings]


def test_default_folder_has_no_warnings(tmp_path):
    assert warnings(tmp_path) == []


def test_nobody_holds_the_qualification_an_activity_needs(tmp_path):
    people = [professional_row(qualifications="nurse"), volunteer_row()]

    assert warnings(tmp_path, people=people) == [
        "activity 'inloop' needs 1 professional with social_worker per shift, and "
        "people.csv has 0: its shifts will stay unstaffed"
    ]


def test_night_longer_than_any_professional_may_work_in_a_day(tmp_path):
    found = warnings(tmp_path, activities=INLOOP + NACHTOPVANG)

    assert found == [
        "activity 'nachtopvang' has 12 h shifts, longer than the max_hours_per_day of every "
        "professional who may do it: its shifts will stay unstaffed"
    ]


def test_night_is_fine_once_someone_may_work_twelve_hours(tmp_path):
    people = [professional_row(), professional_row("piet", max_hours_per_day="12")]

    assert warnings(tmp_path, activities=INLOOP + NACHTOPVANG, people=people) == []


def test_volunteer_who_wants_an_activity_without_volunteers(tmp_path):
    people = [professional_row(), volunteer_row(wants="spreekuur")]

    assert warnings(tmp_path, activities=INLOOP + SPREEKUUR, people=people) == [
        "jan: wants 'spreekuur', where volunteers do not take part (volunteers = false)"
    ]


def test_folder_without_activities(tmp_path):
    assert warnings(tmp_path, activities="") == [
        "activities.toml has no [[activity]]: there is nothing to plan"
    ]


def test_repeated_and_overlapping_absences_are_named_with_their_lines(tmp_path):
    absences = [
        absence_row("els", "2026-12-01", "2026-12-04"),
        absence_row("jan", "2026-12-01", "2026-12-01"),
        absence_row("els", "2026-12-03", "2026-12-08", kind="sickness"),
        absence_row("jan", "2026-12-01", "2026-12-01"),
        absence_row("els", "2026-12-09", "2026-12-10"),  # the day after: no overlap
    ]

    assert warnings(tmp_path, absences=absences) == [
        "absences.csv line 4: the absence of 'els' overlaps the one on line 2",
        "absences.csv line 5: the same absence of 'jan' as on line 3: loaded once",
    ]


def test_a_line_repeated_is_one_absence(tmp_path):
    """A line copied twice (or three times) in a spreadsheet loads one absence, and says so;
    leave inside a longer absence stays two."""
    absences = [
        absence_row("jan", "2026-12-01", "2026-12-01"),
        absence_row("jan", "2026-12-01", "2026-12-01"),
        absence_row("els", "2026-12-01", "2026-12-04"),
        absence_row("jan", "2026-12-01", "2026-12-01"),
        absence_row("els", "2026-12-02", "2026-12-02"),
    ]
    loaded = read_folder(write_folder(tmp_path / "org", absences=absences))
    assert sorted((a.person_id, a.start.day, a.end.day) for a in loaded.absences) == [
        ("els", 1, 5),
        ("els", 2, 3),
        ("jan", 1, 2),
    ]
    assert [str(w) for w in loaded.warnings] == [
        "absences.csv line 3: the same absence of 'jan' as on line 2: loaded once",
        "absences.csv line 5: the same absence of 'jan' as on line 2: loaded once",
        "absences.csv line 6: the absence of 'els' overlaps the one on line 4",
    ]


def test_an_activity_in_the_qualifications_column_is_warned_about(tmp_path):
    """'inloop' as a qualification: no activity asks for it, and it is an activity's id."""
    people = [
        professional_row(qualifications="social_worker;inloop"),
        professional_row("piet", "Piet Claes", qualifications="social_worker;first_aid"),
        volunteer_row(),
    ]
    assert warnings(tmp_path, people=people) == [
        "els: qualification 'inloop' is asked by no activity but is the id of an activity: a "
        "value in the wrong column?"
    ]
