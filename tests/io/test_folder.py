"""Reading a good organisation folder: what the coordinator wrote is what the planner gets."""

from __future__ import annotations

from datetime import date, time

from planner.domain import AbsenceKind, ActivityKind, PersonKind, Season, TimeWindow
from planner.io.folder import read_folder
from tests.io.folder_builder import (
    INLOOP,
    NACHTOPVANG,
    absence_row,
    professional_row,
    volunteer_row,
    write_folder,
)


def test_default_folder_gives_organisation_people_and_activities(tmp_path):
    folder = read_folder(write_folder(tmp_path))

    org = folder.organisation
    assert org.name == "Sociaal Huis Testdorp"
    assert org.timezone == "Europe/Brussels"
    assert [p.id for p in org.people] == ["els", "jan"]
    (inloop,) = org.activities
    assert inloop.kind is ActivityKind.DROP_IN
    assert inloop.start == time(9) and inloop.end == time(12)
    assert inloop.staffing.qualifications == {"social_worker"}
    assert inloop.staffing.volunteers_per_professional_max == 2
    assert folder.absences == ()


def test_night_shelter_with_season_and_holidays(tmp_path):
    folder = read_folder(write_folder(tmp_path, activities=INLOOP + NACHTOPVANG))

    shelter = folder.organisation.activity("nachtopvang")
    assert shelter.crosses_midnight
    assert shelter.season == Season((11, 1), (3, 31))
    assert shelter.open_on_holidays
    assert shelter.staffing.min_people == 2


def test_professional_contract_and_volunteer_limits(tmp_path):
    people = [
        professional_row(hours_per_week="30,4", working_days="ma;di;wo", max_hours_per_day="12"),
        volunteer_row(
            offers="tue 13:00-17:00;sat;fri 20:00-08:00",
            wants="inloop",
            languages="nl;ar",
            home_activity="inloop",
        ),
    ]

    org = read_folder(write_folder(tmp_path, people=people)).organisation

    els, jan = org.people
    assert els.kind is PersonKind.PROFESSIONAL
    assert els.contract.hours_per_week == 30.4
    assert els.contract.working_days == {0, 1, 2}
    assert els.contract.max_hours_per_day == 12
    assert jan.limits.max_shifts_per_week == 2 and jan.limits.max_shifts_per_month == 6
    assert jan.limits.offers == (
        TimeWindow(1, time(13), time(17)),
        TimeWindow(5, time(0), time(0)),
        TimeWindow(4, time(20), time(8)),
    )
    assert jan.limits.wants == {"inloop"}
    assert jan.languages == {"nl", "ar"}
    assert jan.home_activity == "inloop"


def test_professional_defaults_to_weekdays_and_eight_hours(tmp_path):
    els = read_folder(write_folder(tmp_path)).organisation.person("els")

    assert els.contract.working_days == {0, 1, 2, 3, 4}
    assert els.contract.max_hours_per_day == 8


def test_absence_dates_are_local_and_a_date_as_end_includes_that_day(tmp_path):
    absences = [
        absence_row("els", "2026-12-21", "2026-12-24"),
        absence_row("jan", "2026-03-29 09:00", "2026-03-29 12:00", kind="sickness", reason="sick"),
    ]

    leave, sick = read_folder(write_folder(tmp_path, absences=absences)).absences

    assert leave.start.isoformat() == "2026-12-21T00:00:00+01:00"
    assert leave.end.isoformat() == "2026-12-25T00:00:00+01:00"
    assert sick.start.isoformat() == "2026-03-29T09:00:00+02:00"
    assert sick.kind is AbsenceKind.SICKNESS and sick.reason == "sick"


def test_extra_closures_and_rules_from_organisation_toml(tmp_path):
    organisation = """\
name = "Sociaal Huis Aalst"
extra_closures = ["2026-07-11", 2026-11-02]

[rules.hard]
min_rest_hours = 12
"""
    org = read_folder(write_folder(tmp_path, organisation=organisation)).organisation

    assert org.extra_closures == (date(2026, 7, 11), date(2026, 11, 2))
    assert org.rules == {"hard": {"min_rest_hours": 12}}
    assert org.holiday_country == "BE"


def test_columns_in_any_order_with_byte_order_mark_and_blank_lines(tmp_path):
    people = (
        "\ufeffkind,name,id,hours_per_week,max_shifts_per_week,max_shifts_per_month\n"
        "professional,Els Vermeulen,els,38,,\n"
        "\n"
        "volunteer,Jan Peeters,jan,,1,4\n"
    )

    org = read_folder(write_folder(tmp_path, people=people)).organisation

    assert [(p.id, p.kind.value) for p in org.people] == [
        ("els", "professional"),
        ("jan", "volunteer"),
    ]
