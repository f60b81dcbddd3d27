"""`roster plan` of weeks that have passed: refused (exit 1, nothing saved), pointing to
`roster correct`; on 2026-12-07 last week cannot be filled with people afterwards."""

from __future__ import annotations

from datetime import datetime

import pytest

from planner.dates import local_start_of
from planner.domain import Period
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.builders import MONDAY
from tests.cli.roster_run import roster
from tests.io.folder_builder import professional_row, volunteer_row, write_folder

TODAY = "2026-12-07T10:00+01:00"  # the Monday after the week of MONDAY (2026-11-30)


@pytest.fixture
def db(capsys, tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'roster.db'}"
    folder = write_folder(tmp_path / "org", people=[professional_row(), volunteer_row()])
    assert roster(capsys, url, "load", str(folder)).code == 0
    return url


def test_last_week_is_not_planned_afterwards(capsys, db, monkeypatch):
    monkeypatch.setenv("ROSTER_NOW", TODAY)

    result = roster(capsys, db, "plan", "--from", "2026-11-30", "--weeks", "1", "--time-limit", "5")

    assert result.code == 1
    assert "has started" in result.err and "roster correct" in result.err
    repo = Repository(make_engine(db))
    assert repo.roster_state(Period(MONDAY)) is None
    assert not repo.roster(Period(MONDAY)).assignments


def test_a_period_reaching_into_the_future_plans_only_what_is_to_come(capsys, db, monkeypatch):
    monkeypatch.setenv("ROSTER_NOW", TODAY)

    result = roster(capsys, db, "plan", "--from", "2026-11-30", "--weeks", "2", "--time-limit", "5")

    assert result.code == 0, result.err
    planned = Repository(make_engine(db)).roster(Period(MONDAY, 2)).assignments
    now = datetime.fromisoformat(TODAY).replace(tzinfo=None)  # local, as in shift ids
    assert planned and all(local_start_of(a.shift_id) > now for a in planned)
    # The shifts of last week were never planned: no shortage happened, nothing to report.
    checked = roster(capsys, db, "check", "--from", "2026-11-30", "--weeks", "2")
    assert checked.code == 0 and "OK:" in checked.out, checked.out
