"""A week planned on Tuesday morning: Monday's and Tuesday's drop-ins had started, so nothing
was planned on them. `roster plan`, `check` and `publish` say so apart from the shifts the plan
left unstaffed (Thursday, Els on leave), and publish warns only about shifts to come."""

from __future__ import annotations

import pytest

from tests.cli.roster_run import roster
from tests.io.folder_builder import absence_row, professional_row, volunteer_row, write_folder

TUESDAY_MORNING = "2026-12-01T10:00+01:00"  # Monday's and Tuesday's 09:00 have started
HEADING = (
    "2 shifts started before they were planned: nobody planned, history "
    "(`roster correct` records who worked):\n"
    "  Inloop Mon 30 Nov 09:00\n"
    "  Inloop Tue 1 Dec 09:00\n"
)
THURSDAY = "Inloop Thu 3 Dec 09:00"


@pytest.fixture
def db(capsys, tmp_path, monkeypatch) -> str:
    monkeypatch.setenv("ROSTER_NOW", TUESDAY_MORNING)
    url = f"sqlite:///{tmp_path / 'roster.db'}"
    folder = write_folder(
        tmp_path / "org",
        people=[professional_row(), volunteer_row()],
        absences=[absence_row("els", "2026-12-03", "2026-12-03")],
    )
    assert roster(capsys, url, "load", str(folder)).code == 0
    planned = roster(
        capsys, url, "plan", "--from", "2026-11-30", "--weeks", "1", "--time-limit", "5"
    )
    assert planned.code == 0, planned.err
    assert HEADING in planned.out
    unstaffed = planned.out.split("Unstaffed (1), with nobody on them:\n", 1)[1]
    assert unstaffed.startswith(f"  {THURSDAY}: no professional free")
    return url


def test_check_names_them_apart_and_finds_nothing_to_repair(capsys, db):
    checked = roster(capsys, db, "check", "--from", "2026-11-30", "--weeks", "1")

    assert checked.code == 0, checked.out
    assert "(1 shift unstaffed, with its reason)" in checked.out
    assert HEADING in checked.out


def test_publish_warns_about_the_shift_to_come_and_names_the_history_apart(capsys, db):
    published = roster(capsys, db, "publish", "--from", "2026-11-30", "--weeks", "1")

    assert published.code == 0, published.err
    assert f"Warning: 1 shift is unstaffed:\n  {THURSDAY}\n" in published.err
    assert "Mon 30 Nov" not in published.err and "Tue 1 Dec" not in published.err
    assert HEADING in published.out


def test_once_the_unstaffed_shift_has_started_publish_no_longer_warns(capsys, db, monkeypatch):
    monkeypatch.setenv("ROSTER_NOW", "2026-12-04T10:00+01:00")  # Friday: Thursday happened

    published = roster(capsys, db, "publish", "--from", "2026-11-30", "--weeks", "1")

    assert published.code == 0, published.err
    assert "unstaffed" not in published.err
    assert HEADING in published.out  # still history nobody recorded
