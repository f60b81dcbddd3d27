"""`roster export json`: format roster-export/2 (docs/export-json.md)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from planner.domain import Assignment, Period, Role, Roster
from planner.shifts import generate_shifts
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.builders import unstaffed_as_data
from tests.cli.roster_run import roster
from tests.io.folder_builder import (
    INLOOP,
    NACHTOPVANG,
    absence_row,
    professional_row,
    volunteer_row,
    write_folder,
)

MONDAY = date(2026, 11, 30)


@pytest.fixture
def db(capsys, tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'roster.db'}"
    folder = write_folder(
        tmp_path / "org",
        activities=INLOOP + NACHTOPVANG,
        people=[
            professional_row(email="els@example.org", phone="09 123 45 67"),
            volunteer_row(email="jan@example.org"),
        ],
        absences=[absence_row("els", "2026-12-01", "2026-12-01", kind="sickness", reason="sick")],
    )
    assert roster(capsys, url, "load", str(folder)).code == 0
    return url


def export(capsys, db: str, *args: str, lang: str = "en") -> dict:
    result = roster(capsys, db, "export", "json", *args, lang=lang)
    assert result.code == 0, result.err
    return json.loads(result.out)


def by_id(document: dict) -> dict[str, dict]:
    return {s["id"]: s for s in document["shifts"]}


def test_before_planning_every_open_shift_is_not_planned_and_no_gap(capsys, db):
    document = export(capsys, db, "--from", "2026-11-30", "--weeks", "1")

    assert document["format"] == "roster-export/2"
    assert document["organisation"] == "Sociaal Huis Testdorp"
    assert document["timezone"] == "Europe/Brussels"
    assert document["period"] == {"start": "2026-11-30", "end": "2026-12-07", "weeks": 1}
    assert len(document["shifts"]) == 5 + 7  # inloop on weekdays, a shelter night every day
    # A program reading it must not raise an alarm for shifts nobody planned yet.
    assert {(s["status"], s["reason"]) for s in document["shifts"]} == {("not_planned", None)}
    assert document["unstaffed"] == []
    assert document["assignments"] == []
    assert (document["state"], document["published_at"]) == (None, None)


def test_shift_needs_and_times(capsys, db):
    shifts = by_id(export(capsys, db, "--from", "2026-11-30"))

    assert shifts["inloop@2026-11-30T09:00"] == {
        "id": "inloop@2026-11-30T09:00",
        "activity": "inloop",
        "start": "2026-11-30T09:00:00+01:00",
        "end": "2026-11-30T12:00:00+01:00",
        "professionals_needed": 1,
        "professional_qualifications": ["social_worker"],
        "volunteers_min": 1,
        "volunteers_max": 2,
        "volunteers_per_professional_max": 2,
        "status": "not_planned",
        "reason": None,
        "incident": None,
    }
    night = shifts["nachtopvang@2026-11-30T20:00"]
    assert night["end"] == "2026-12-01T08:00:00+01:00"
    assert night["volunteers_per_professional_max"] is None


def test_export_holds_no_contact_data_and_no_absence_reasons(capsys, db):
    result = roster(capsys, db, "export", "json", "--from", "2026-11-30")
    document = json.loads(result.out)

    assert "@example.org" not in result.out and "09 123" not in result.out
    assert "sick" not in result.out
    assert document["people"] == [
        {
            "id": "els",
            "name": "Els Vermeulen",
            "kind": "professional",
            "qualifications": ["social_worker"],
        },
        {"id": "jan", "name": "Jan Peeters", "kind": "volunteer", "qualifications": []},
    ]
    assert document["absences"] == [
        {"person": "els", "start": "2026-12-01T00:00:00+01:00", "end": "2026-12-02T00:00:00+01:00"}
    ]


def test_christmas_is_closed_with_its_name_and_the_night_shelter_stays_open(capsys, db):
    document = export(capsys, db, "--from", "2026-12-21")
    shifts = by_id(document)

    christmas = shifts["inloop@2026-12-25T09:00"]
    assert christmas["status"] == "closed"
    assert christmas["reason"] == "public holiday: Christmas Day"
    # The reasons are sentences in the run's language: the holiday too.
    dutch = by_id(export(capsys, db, "--from", "2026-12-21", lang="nl"))
    assert dutch["inloop@2026-12-25T09:00"]["reason"] == "feestdag: Kerstmis"
    # Open on Christmas, but not planned yet.
    assert shifts["nachtopvang@2026-12-25T20:00"]["status"] == "not_planned"
    assert christmas["id"] not in {u["shift"] for u in document["unstaffed"]}


def test_offsets_change_across_daylight_saving_and_the_short_night(capsys, db):
    spring = by_id(export(capsys, db, "--from", "2026-03-23"))
    autumn = by_id(export(capsys, db, "--from", "2026-10-19", "--weeks", "2"))

    assert spring["inloop@2026-03-27T09:00"]["start"] == "2026-03-27T09:00:00+01:00"
    assert spring["nachtopvang@2026-03-28T20:00"]["end"] == "2026-03-29T08:00:00+02:00"
    assert spring["nachtopvang@2026-03-29T20:00"]["start"] == "2026-03-29T20:00:00+02:00"
    assert autumn["inloop@2026-10-23T09:00"]["start"] == "2026-10-23T09:00:00+02:00"
    assert autumn["inloop@2026-10-26T09:00"]["start"] == "2026-10-26T09:00:00+01:00"
    nights = [s["id"] for s in autumn.values() if s["activity"] == "nachtopvang"]
    assert nights == ["nachtopvang@2026-11-01T20:00"]  # the season starts on 1 November


def plan_by_hand(db: str) -> tuple[str, str]:
    """Monday's inloop staffed by Els and Jan, Tuesday's unstaffed; returns their ids."""
    repo = Repository(make_engine(db))
    org = repo.load_organisation()
    period = Period(MONDAY)
    inloop = [s for s in generate_shifts(org, period) if s.activity_id == "inloop"]
    monday, tuesday = inloop[0].id, inloop[1].id
    repo.save_roster(
        Roster(
            period,
            (
                Assignment(monday, "jan", Role.VOLUNTEER),
                Assignment(monday, "els", Role.PROFESSIONAL, pinned=True),
            ),
            unstaffed_as_data({tuesday: "no qualified professional available"}),
        ),
        inloop[:2],
    )
    return monday, tuesday


def test_planned_shifts_are_staffed_or_unstaffed_with_the_reason(capsys, db):
    monday, tuesday = plan_by_hand(db)

    document = export(capsys, db, "--from", "2026-11-30")

    shifts = by_id(document)
    assert (shifts[monday]["status"], shifts[monday]["reason"]) == ("staffed", None)
    assert shifts[tuesday]["status"] == "unstaffed"
    assert document["assignments"] == [
        {"shift": monday, "person": "els", "role": "professional", "pinned": True},
        {"shift": monday, "person": "jan", "role": "volunteer", "pinned": False},
    ]
    unstaffed = {u["shift"]: u["reason"] for u in document["unstaffed"]}
    assert unstaffed[tuesday] == "no qualified professional available"
    assert "inloop@2026-12-02T09:00" not in unstaffed  # this roster never held it
    assert shifts["inloop@2026-12-02T09:00"]["status"] == "not_planned"


def test_published_flag_exports_the_published_layer(capsys, db):
    monday, _ = plan_by_hand(db)

    before = export(capsys, db, "--from", "2026-11-30", "--published")
    Repository(make_engine(db)).publish(Period(MONDAY), datetime(2026, 11, 27, 12, tzinfo=UTC))
    Repository(make_engine(db)).remove_assignment(monday, "jan")
    published = export(capsys, db, "--from", "2026-11-30", "--published")
    working = export(capsys, db, "--from", "2026-11-30")

    assert before["assignments"] == [] and before["layer"] == "published"
    assert (before["state"], before["published_at"]) == ("draft", None)
    assert (working["state"], working["published_at"]) == ("draft", "2026-11-27T13:00:00+01:00")
    assert [a["person"] for a in published["assignments"]] == ["els", "jan"]
    assert [a["person"] for a in working["assignments"]] == ["els"]


def test_output_file(capsys, db, tmp_path):
    target = tmp_path / "roster.json"

    result = roster(
        capsys, db, "export", "json", "--from", "2026-11-30", "--weeks", "2", "-o", str(target)
    )

    assert result.code == 0 and result.out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["period"]["weeks"] == 2


def test_bad_date_is_a_usage_error(capsys, db):
    result = roster(capsys, db, "export", "json", "--from", "30/13/2026")

    assert result.code == 2
    assert "Invalid value for '--from'" in result.err


def test_export_before_any_load_asks_for_a_load(capsys, tmp_path):
    result = roster(
        capsys, f"sqlite:///{tmp_path / 'empty.db'}", "export", "json", "--from", "2026-11-30"
    )

    assert result.code == 2
    assert result.err == "error: no organisation loaded yet: run `roster load DIR` first\n"


@pytest.mark.parametrize(
    "command",
    [
        ["load"],
        ["absence"],
        ["absence", "add"],
        ["absence", "list"],
        ["absence", "remove"],
        ["export"],
        ["export", "json"],
    ],
)
def test_every_command_has_help(capsys, tmp_path, command):
    result = roster(capsys, f"sqlite:///{tmp_path / 'x.db'}", *command, "--help")

    assert result.code == 0
    assert result.out.startswith(f"Usage: roster {' '.join(command)} ")


def test_unstaffed_reasons_name_no_kind_of_absence(capsys, db):
    assert roster(capsys, db, "plan", "--from", "2026-11-30", "--weeks", "1").code == 0

    result = roster(capsys, db, "export", "json", "--from", "2026-11-30")
    reason = by_id(json.loads(result.out))["inloop@2026-12-01T09:00"]["reason"]

    # The planner knows Els is sick (the coordinator sees it in the app); the export says only
    # that she is away (docs/export-json.md).
    assert reason == "no professional free - Els Vermeulen absent"
    assert "sick" not in result.out and "leave" not in result.out
