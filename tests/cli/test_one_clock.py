"""One clock: every write takes the planner's clock (ROSTER_NOW here), so the audit log is in
the order things were done; times shown are the organisation's local time, and a date of
another year than the clock's carries its year."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from planner.domain import Period, Role
from planner.service import Service
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.builders import MONDAY
from tests.cli.roster_run import roster
from tests.io.folder_builder import ORGANISATION, professional_row, volunteer_row, write_folder

# Each command at its own moment (Brussels is UTC+1 in winter), in the order they run.
STEPS = (
    ("2026-11-20T09:00+01:00", "load"),
    ("2026-11-21T09:00+01:00", "plan"),
    ("2026-11-22T09:00+01:00", "publish"),
    ("2026-11-23T09:00+01:00", "absence.add"),
    ("2026-11-24T09:00+01:00", "feed.issue"),
    ("2026-12-01T21:00+01:00", "correction"),
    ("2026-12-02T09:00+01:00", "person.forget"),
    ("2029-01-10T09:00+01:00", "prune"),
)


TUESDAY = "inloop@2026-12-01T09:00"


def _args(action: str, folder: str) -> tuple[str, ...]:
    week = ("--from", "2026-11-30", "--weeks", "1")
    return {
        "load": ("load", folder),
        "plan": ("plan", *week, "--time-limit", "5"),
        "publish": ("publish", *week),
        "absence.add": ("absence", "add", "jan", "--from", "2026-12-03", "--to", "2026-12-03"),
        "feed.issue": ("feed", "issue", "els"),
        "correction": ("correct", TUESDAY, "--did-not-come", "{on}", "--came", "{off}"),
        "person.forget": ("person", "forget", "mia", "--yes", "--calendar", f"{folder}/mia.ics"),
        "prune": ("prune",),
    }[action]


@pytest.fixture
def db(capsys, tmp_path, monkeypatch) -> str:
    url = f"sqlite:///{tmp_path / 'roster.db'}"
    people = [
        professional_row(),
        professional_row("piet", "Piet Claes"),
        volunteer_row(),
        volunteer_row("mia", "Mia Peeters"),
    ]
    folder = str(write_folder(tmp_path / "org", people=people))
    for moment, action in STEPS:
        monkeypatch.setenv("ROSTER_NOW", moment)
        args = _args(action, folder)
        if action == "correction":  # the professional the plan put on Tuesday did not come
            roster_ = Repository(make_engine(url)).roster(Period(MONDAY))
            on = next(
                a.person_id
                for a in roster_.assignments
                if a.shift_id == TUESDAY and a.role is Role.PROFESSIONAL
            )
            off = "piet" if on == "els" else "els"
            args = tuple(a.format(on=on, off=off) for a in args)
        result = roster(capsys, url, *args)
        assert result.code == 0, (action, result.err)
    return url


def test_every_write_is_stamped_by_the_planners_clock_in_order(db):
    entries = Service(Repository(make_engine(db))).audit_log()
    stamped = {}
    for e in entries:
        stamped.setdefault(e.action, e.at)
    assert stamped == {
        action: datetime.fromisoformat(moment).astimezone(UTC) for moment, action in STEPS
    }
    assert [e.at for e in entries] == sorted(e.at for e in entries)


def test_the_log_shows_local_times_and_the_year_of_another_year(capsys, db, monkeypatch):
    monkeypatch.setenv("ROSTER_NOW", "2029-01-10T10:00+01:00")
    lines = roster(capsys, db, "log").out.splitlines()

    assert any(line.startswith("Fri 20 Nov 2026 09:00") and " load " in line for line in lines)
    assert any(line.startswith("Wed 10 Jan 09:00") and " clean-up " in line for line in lines)


def test_times_are_the_organisations_whatever_language_the_run_speaks(
    capsys, tmp_path, monkeypatch
):
    # An organisation in Lisbon (UTC+0 in winter): its log reads 09:00 where Brussels would
    # read 10:00, in English as in its own language.
    url = f"sqlite:///{tmp_path / 'roster.db'}"
    lisbon = ORGANISATION.replace('"Europe/Brussels"', '"Europe/Lisbon"')
    monkeypatch.setenv("ROSTER_NOW", "2026-11-20T09:00+00:00")
    assert (
        roster(capsys, url, "load", str(write_folder(tmp_path / "org", organisation=lisbon))).code
        == 0
    )

    line = roster(capsys, url, "log").out.splitlines()[0]

    assert line.startswith("Fri 20 Nov 09:00"), line
