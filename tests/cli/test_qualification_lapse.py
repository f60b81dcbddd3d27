"""A qualification that lapses (`social_worker:2026-12-03` in people.csv) counts only on
shifts that start before its date: the nurse, or here the social worker, is planned before
it and not after, and the explanation names the date."""

from __future__ import annotations

import json

import pytest

from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.cli.roster_run import roster
from tests.io.folder_builder import professional_row, volunteer_row, write_folder

WEEK = ("--from", "2026-11-30", "--weeks", "1")


@pytest.fixture
def db(tmp_path, monkeypatch) -> str:
    monkeypatch.setenv("ROSTER_NOW", "2026-11-29T08:00+01:00")
    return f"sqlite:///{tmp_path / 'roster.db'}"


def _folder(tmp_path, qualifications: str):
    people = [professional_row(qualifications=qualifications), volunteer_row()]
    return write_folder(tmp_path / "org", people=people)


def test_planned_before_the_lapse_and_not_after_and_the_reason_names_the_date(capsys, db, tmp_path):
    assert roster(capsys, db, "load", str(_folder(tmp_path, "social_worker:2026-12-03"))).code == 0

    planned = roster(capsys, db, "plan", *WEEK, "--time-limit", "5")

    assert planned.code == 0
    assert "Inloop Thu 3 Dec 09:00: no professional free - Els Vermeulen social worker " in (
        planned.out
    )
    assert "lapsed on 3 Dec" in planned.out
    exported = json.loads(roster(capsys, db, "export", "json", *WEEK).out)
    els_days = sorted(a["shift"][7:17] for a in exported["assignments"] if a["person"] == "els")
    assert els_days == ["2026-11-30", "2026-12-01", "2026-12-02"]
    checked = roster(capsys, db, "check", *WEEK)
    assert checked.code == 0
    assert "warning: Els Vermeulen's social worker lapses on 3 Dec" in checked.err


def test_a_roster_planned_before_the_date_was_known_fails_the_check_naming_the_date(
    capsys, db, tmp_path
):
    roster(capsys, db, "load", str(_folder(tmp_path, "social_worker")))
    roster(capsys, db, "plan", *WEEK, "--time-limit", "5")
    roster(capsys, db, "load", str(_folder(tmp_path, "social_worker:2026-12-04")))

    checked = roster(capsys, db, "check", *WEEK)

    assert checked.code == 1
    assert (
        "Els Vermeulen is on Inloop Fri 4 Dec 09:00, but their social worker lapsed on 4 Dec."
        in checked.out
    )
    assert "Thu 3 Dec" not in checked.out


def test_the_date_survives_the_database_and_the_spreadsheet(capsys, db, tmp_path):
    roster(capsys, db, "load", str(_folder(tmp_path, "first_aid:31/03/2027;social_worker")))
    els = Repository(make_engine(db)).load_organisation().person("els")
    assert els.qualifications == {"first_aid", "social_worker"}
    out = tmp_path / "people.csv"
    assert roster(capsys, db, "export", "people", "-o", str(out)).code == 0
    assert "first_aid:2027-03-31;social_worker" in out.read_text(encoding="utf-8")


def test_a_bad_date_is_refused_with_file_line_and_field(capsys, db, tmp_path):
    result = roster(capsys, db, "load", str(_folder(tmp_path, "first_aid:2027-02-30")))

    assert result.code == 2
    assert result.err == (
        "error: people.csv line 2: qualifications: 'first_aid:2027-02-30': '2027-02-30' is "
        "not a date (YYYY-MM-DD or DD/MM/YYYY)\n"
    )
    assert not Repository(make_engine(db)).has_organisation()
