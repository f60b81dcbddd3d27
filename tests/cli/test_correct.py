"""`roster correct`: the past changed on purpose, with the clock set by ROSTER_NOW."""

from __future__ import annotations

import pytest

from planner.domain import Period
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.builders import MONDAY
from tests.cli.roster_run import roster
from tests.io.folder_builder import professional_row, volunteer_row, write_folder

TUESDAY = "inloop@2026-12-01T09:00"


@pytest.fixture
def db(capsys, tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'roster.db'}"
    people = [
        professional_row(),
        professional_row("piet", "Piet Claes"),
        volunteer_row(),
        volunteer_row("mia", "Mia Peeters"),
    ]
    folder = write_folder(tmp_path / "org", people=people)
    for args in (
        ("load", str(folder)),
        ("plan", "--from", "2026-11-30", "--weeks", "1", "--time-limit", "5"),
        ("publish", "--from", "2026-11-30", "--weeks", "1"),
    ):
        assert roster(capsys, url, *args).code == 0
    return url


def on_tuesday(db: str, published: bool) -> set[str]:
    found = Repository(make_engine(db)).roster(Period(MONDAY), published=published)
    return {a.person_id for a in found.assignments if a.shift_id == TUESDAY}


def test_correct_records_who_came_in_draft_and_published_roster(capsys, db, monkeypatch):
    monkeypatch.setenv("ROSTER_NOW", "2026-12-01T21:22+01:00")
    absent = next(p for p in on_tuesday(db, True) if p in ("els", "piet"))
    came = "piet" if absent == "els" else "els"

    result = roster(capsys, db, "correct", TUESDAY, "--did-not-come", absent, "--came", came)

    assert result.code == 0, result.err
    assert "corrected Inloop Tue 1 Dec 09:00 (draft and published roster)" in result.out
    assert came in on_tuesday(db, True) and absent not in on_tuesday(db, True)
    log = roster(capsys, db, "log").out
    assert "correction" in log


def test_correct_refuses_a_shift_to_come_and_a_bad_clock(capsys, db, monkeypatch):
    monkeypatch.setenv("ROSTER_NOW", "2026-11-29T12:00+01:00")
    result = roster(capsys, db, "correct", TUESDAY, "--did-not-come", "els")
    assert result.code == 2 and "has not started" in result.err

    monkeypatch.setenv("ROSTER_NOW", "tomorrow")
    result = roster(capsys, db, "correct", TUESDAY, "--did-not-come", "els")
    assert result.code == 2 and "ROSTER_NOW 'tomorrow'" in result.err
    assert "Traceback" not in result.err
