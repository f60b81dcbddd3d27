"""A broken folder is refused with the file, the line and the field, in words a coordinator
can act on."""

from __future__ import annotations

import pytest

from planner.errors import InputError, PlannerError
from planner.io.folder import InvalidFolder, read_folder
from tests.io.folder_builder import (
    INLOOP,
    ORGANISATION,
    absence_row,
    professional_row,
    volunteer_row,
    write_folder,
)


def problem(tmp_path, **files) -> InputError:
    with pytest.raises(InvalidFolder) as caught:
        read_folder(write_folder(tmp_path, **files))
    return caught.value


def people_problem(tmp_path, *rows) -> str:
    return str(problem(tmp_path, people=[professional_row(), *rows]))


def test_unknown_kind_names_file_line_and_field(tmp_path):
    error = problem(tmp_path, people=[professional_row(), volunteer_row(kind="wizard")])

    assert str(error) == "people.csv line 3: kind 'wizard' is neither professional nor volunteer"
    assert (error.file, error.line, error.field) == ("people.csv", 3, "kind")


def test_line_is_the_physical_line_after_a_cell_spanning_two_lines(tmp_path):
    people = (
        'id,name,kind,hours_per_week\nels,"Els\nVermeulen",professional,38\n\npiet,Piet,wizard,\n'
    )

    assert str(problem(tmp_path, people=people)).startswith("people.csv line 5: kind 'wizard'")


def test_windows_line_ends_count_as_one_line(tmp_path):
    people = 'id,name,kind,hours_per_week\r\nels,"Els\r\nV",professional,38\r\nx,X,wizard,\r\n'

    assert str(problem(tmp_path, people=people)).startswith("people.csv line 4: kind 'wizard'")


def test_every_problem_is_listed_in_file_order(tmp_path):
    error = problem(
        tmp_path,
        people=[
            professional_row(),
            volunteer_row(kind="wizard"),
            professional_row("x", hours_per_week="veel"),
        ],
        absences=[absence_row(end="2026-11-01")],
    )

    assert str(error).splitlines() == [
        "3 problems, nothing was loaded:",
        "  people.csv line 3: kind 'wizard' is neither professional nor volunteer",
        "  people.csv line 4: hours_per_week 'veel' is not a number",
        "  absences.csv line 2: to '2026-11-01' is not after from '2026-12-01'",
    ]
    assert error.line == 3  # it still reads as its first problem


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (professional_row("x", hours_per_week=""), "line 3: hours_per_week is empty"),
        (volunteer_row("v", max_shifts_per_week=""), "line 3: max_shifts_per_week is empty"),
        (
            volunteer_row("v", max_shifts_per_month="-1"),
            "max_shifts_per_month -1 must be between 0 and 93",
        ),
        (professional_row("x", max_shifts_per_week="2"), "max_shifts_per_week is for volunteers"),
        (volunteer_row("v", hours_per_week="38"), "hours_per_week is for professionals"),
        (professional_row("x", working_days="mon;funday"), "working_days: 'funday' is not a day"),
        (
            volunteer_row("v", offers="tue 13-17"),
            "offers: 'tue 13-17' is not a day with times like 'tue 13:00-17:00'",
        ),
        (volunteer_row("v", offers="tue 13:00"), "needs a time range"),
        (professional_row("x", qualifications="nurse, first_aid"), "separate items with ';'"),
        (professional_row("els"), "line 3: id 'els' is already used on line 2"),
        (professional_row("els en co"), "id 'els en co' is not an id"),
        (professional_row("x", name=""), "line 3: name is empty"),
        (professional_row("x", email="els at home"), "is not an e-mail address"),
        (
            volunteer_row("v", wants="inloop", refuses="inloop"),
            "refuses 'inloop', which is also in wants",
        ),
    ],
)
def test_bad_person_lines(tmp_path, row, expected):
    assert expected in people_problem(tmp_path, row)


@pytest.mark.parametrize("field", ["wants", "refuses", "home_activity"])
def test_reference_to_an_activity_that_does_not_exist(tmp_path, field):
    message = people_problem(tmp_path, volunteer_row("v", **{field: "zwemmen"}))

    assert message == f"people.csv line 3: {field}: activity 'zwemmen' is not in activities.toml"


def test_absence_of_a_person_not_in_people_csv(tmp_path):
    error = problem(tmp_path, absences=[absence_row("els"), absence_row("nobody")])

    assert str(error) == "absences.csv line 3: person 'nobody' is not in people.csv"


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (absence_row(kind="holiday"), "kind 'holiday' is not one of leave, sickness, unavailable"),
        (absence_row(start="1/13/2026"), "from '1/13/2026' is not a date-time"),
        (absence_row(start="2026-12-01 10:00", end="2026-12-01 09:00"), "is not after from"),
    ],
)
def test_bad_absence_lines(tmp_path, row, expected):
    assert expected in str(problem(tmp_path, absences=[row]))


def test_unknown_column_is_refused_rather_than_ignored(tmp_path):
    people = "id,name,kind,hours_per_weak\nels,Els,professional,38\n"

    message = str(problem(tmp_path, people=people))

    assert message.startswith("people.csv line 1: unknown column 'hours_per_weak'")


def test_missing_column(tmp_path):
    assert str(problem(tmp_path, people="id,name\nels,Els\n")) == (
        "people.csv line 1: column 'kind' is missing"
    )


def test_too_many_cells_hints_at_quotes(tmp_path):
    people = "id,name,kind,hours_per_week\nels,Vermeulen, Els,professional,38\n"

    message = str(problem(tmp_path, people=people))

    assert message.startswith("people.csv line 2: 5 cells but the header has 4 columns")


def test_bad_activity_time_names_the_line_and_the_activity(tmp_path):
    activities = INLOOP.replace('start = "09:00"', 'start = "25:00"')

    error = problem(tmp_path, activities=activities)

    assert str(error) == (
        "activities.toml line 7: activity 'inloop': field 'start': '25:00' is not a time (HH:MM)"
    )
    assert error.field == "start"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            ('kind = "drop_in"', 'kind = "disco"'),
            "line 4: activity 'inloop': field 'kind': 'disco'",
        ),
        (
            ("professionals = 1", "professionals = 0"),
            "line 11: activity 'inloop': staffing: professionals 0 must be between 1 and 100",
        ),
        (
            ("volunteers_min = 1", "volunteers_min = 3"),
            "line 13: activity 'inloop': staffing: volunteers_min 3 is above volunteers_max 2",
        ),
        (
            ("volunteers_max = 2", "volunteers_max = 2\nmin_people = 4"),
            "min_people 4 can never be reached",
        ),
        (
            ('rrule = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"', 'rrule = "EVERY MONDAY"'),
            "line 6: activity 'inloop': field 'rrule'",
        ),
        (
            ('rrule = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"', 'rrule = "FREQ=DAILY;COUNT=10"'),
            "instead of COUNT",
        ),
        (
            ('site = "Sociaal Huis, Markt 1"', 'site = "x"\ncolour = "red"'),
            "line 6: activity 'inloop': unknown field 'colour'",
        ),
        (('end = "12:00"', 'end = "09:00"'), "field 'end': the shift would last 0 or 24 hours"),
        (('id = "inloop"\n', ""), "activity number 1: field 'id' is missing"),
    ],
)
def test_bad_activities(tmp_path, change, expected):
    old, new = change
    assert old in INLOOP
    assert expected in str(problem(tmp_path, activities=INLOOP.replace(old, new)))


def test_duplicate_activity_id(tmp_path):
    message = str(problem(tmp_path, activities=INLOOP + "\n" + INLOOP))

    assert message == (
        "activities.toml line 18: activity 'inloop': id is already used by activity number 1"
    )


def test_invalid_toml_names_its_line(tmp_path):
    message = str(problem(tmp_path, organisation=ORGANISATION + 'coordinator = "Sara\n'))

    assert message.startswith("organisation.toml line 5: is not valid TOML")


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ('colour = "red"\n', "organisation.toml line 5: unknown setting 'colour'"),
        ("[rules.hard]\nmin_rest = 11\n", "organisation.toml line 5: unknown setting 'min_rest'"),
        (
            '[rules.hard]\nmin_rest_hours = "eleven"\n',
            "organisation.toml line 6: 'min_rest_hours' must",
        ),
    ],
)
def test_bad_organisation_settings(tmp_path, extra, expected):
    assert str(problem(tmp_path, organisation=ORGANISATION + extra)).startswith(expected)


def test_unknown_timezone(tmp_path):
    organisation = ORGANISATION.replace("Europe/Brussels", "Europe/Brussel")

    assert str(problem(tmp_path, organisation=organisation)) == (
        "organisation.toml line 2: timezone 'Europe/Brussel' is not a time zone (e.g. Europe/Brussels)"
    )


def test_missing_file(tmp_path):
    folder = write_folder(tmp_path)
    (folder / "absences.csv").unlink()

    with pytest.raises(InvalidFolder, match="absences.csv: missing in"):
        read_folder(folder)


def test_missing_folder(tmp_path):
    with pytest.raises(PlannerError, match="no such folder"):
        read_folder(tmp_path / "nowhere")


def test_windows_1252_file_is_read_as_such(tmp_path):
    folder = write_folder(tmp_path)
    (folder / "people.csv").write_bytes(
        "id,name,kind,hours_per_week\nels,Ren\xe9,professional,38\n".encode("cp1252")
    )

    loaded = read_folder(folder)

    assert [p.name for p in loaded.organisation.people] == ["Ren\xe9"]


def problem_in(folder) -> InputError:
    with pytest.raises(InvalidFolder) as caught:
        read_folder(folder)
    return caught.value


def test_organisation_without_a_name(tmp_path):
    assert str(problem(tmp_path, organisation='timezone = "Europe/Brussels"\n')) == (
        "organisation.toml: name is missing: the organisation's name"
    )
