"""An absence, a reload or a publication says at once which published shifts no longer hold,
why, and which weeks to re-plan; the exit code says it only when asked."""

from __future__ import annotations

import pytest

from planner.domain import Period
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.builders import MONDAY
from tests.cli.roster_run import roster
from tests.io.folder_builder import absence_row, professional_row, volunteer_row, write_folder

PEOPLE = [
    professional_row(),
    professional_row("piet", "Piet Claes"),
    volunteer_row(),
    volunteer_row("mia", "Mia Peeters"),
]
WEEK = ("--from", "2026-11-30", "--weeks", "1")


@pytest.fixture
def db(capsys, tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'roster.db'}"
    folder = write_folder(tmp_path / "org", people=PEOPLE)
    assert roster(capsys, url, "load", str(folder)).code == 0
    assert roster(capsys, url, "plan", *WEEK, "--time-limit", "5").code == 0
    return url


def published(capsys, db) -> None:
    assert roster(capsys, db, "publish", *WEEK).code == 0


def on_wednesday(db: str) -> str:
    """The professional the plan put on Wednesday's Inloop, and their name."""
    found = Repository(make_engine(db)).roster(Period(MONDAY)).assignments
    return next(
        a.person_id
        for a in found
        if a.shift_id == "inloop@2026-12-02T09:00" and a.person_id in ("els", "piet")
    )


NAMES = {"els": "Els Vermeulen", "piet": "Piet Claes"}


def sick(capsys, db, who: str, *more: str):
    return roster(capsys, db, "absence", "add", who, "--from", "2026-12-02", "--to",
                  "2026-12-04", "--kind", "sickness", *more)  # fmt: skip


def test_an_absence_names_the_published_shifts_it_breaks_and_the_weeks_to_replan(capsys, db):
    published(capsys, db)
    who = on_wednesday(db)
    result = sick(capsys, db, who)
    assert result.code == 0
    assert result.out.startswith("added absence ")
    lines = result.err.splitlines()
    assert "no longer hold" in lines[0]
    assert f"  Inloop Wed 2 Dec 09:00: {NAMES[who]} is sick during Inloop Wed 2 Dec 09:00." in lines
    assert lines[-1] == "Re-plan just those weeks: roster plan --from 2026-11-30 --weeks 1"

    # The same absence again is refused (it is already recorded): one more day of it instead.
    again = roster(capsys, db, "absence", "add", who, "--from", "2026-12-02", "--to",
                   "2026-12-05", "--kind", "sickness", "--fail-if-broken")  # fmt: skip
    assert again.code == 1 and "no longer hold" in again.err


def test_an_absence_of_someone_not_on_a_published_shift_says_nothing_more(capsys, db):
    published(capsys, db)
    result = roster(capsys, db, "absence", "add", "els", "--from", "2026-12-21", "--to",
                    "2026-12-24", "--fail-if-broken")  # fmt: skip
    assert (result.code, result.err) == (0, "")


def test_a_reload_with_the_absence_in_the_file_says_what_no_longer_holds(capsys, db, tmp_path):
    published(capsys, db)
    who = on_wednesday(db)
    folder = write_folder(
        tmp_path / "org", people=PEOPLE, absences=[absence_row(who, "2026-12-02", "2026-12-04")]
    )
    result = roster(capsys, db, "load", str(folder))
    assert result.code == 0
    assert f"{NAMES[who]} is on leave during Inloop Wed 2 Dec 09:00" in result.err
    assert "roster plan --from 2026-11-30 --weeks 1" in result.err
