"""`roster check`: exit 0 with one OK line, or exit 1 listing every violation in sentences."""

from __future__ import annotations

import pytest

from planner.domain import Period, Roster
from planner.shifts import generate_shifts
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.builders import (
    MONDAY,
    absence,
    activity,
    assign,
    org,
    professional,
    unstaffed_as_data,
    volunteer,
)
from tests.cli.roster_run import roster

INLOOP = activity("inloop", "Inloop", rrule="FREQ=WEEKLY;BYDAY=MO,TU", volunteers_max=1)
ELS = professional("els", "Els Vermeulen")
JAN = volunteer("jan", "Jan Peeters")
WEEK = Period(MONDAY)


@pytest.fixture
def db(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'roster.db'}"
    Repository(make_engine(url)).save_organisation(org([INLOOP], [ELS, JAN]))
    return url


def _save(db: str, *assignments, unstaffed=None) -> None:
    repo = Repository(make_engine(db))
    shifts = generate_shifts(repo.load_organisation(), WEEK)
    repo.save_roster(Roster(WEEK, tuple(assignments), unstaffed_as_data(unstaffed)), shifts)


def _shifts(db: str):
    return generate_shifts(Repository(make_engine(db)).load_organisation(), WEEK)


def test_a_roster_that_keeps_every_rule(capsys, db):
    mon, tue = _shifts(db)
    _save(db, assign(mon, ELS), assign(mon, JAN), unstaffed={tue.id: "nobody free"})
    result = roster(capsys, db, "check", "--from", "2026-11-30", "--weeks", "1")
    assert result.code == 0
    assert result.out == (
        "OK: 2 shifts, 2 assignments, all hard rules hold\n(1 shift unstaffed, with its reason)\n"
    )


def test_every_violation_is_listed_and_the_exit_code_is_1(capsys, db):
    mon, tue = _shifts(db)
    _save(db, assign(mon, ELS), assign(tue, JAN), unstaffed={tue.id: "nobody free"})
    Repository(make_engine(db)).add_absence(absence("els"))
    result = roster(capsys, db, "check", "--from", "2026-11-30")
    assert result.code == 1
    assert result.out == (
        "2 violations of the hard rules:\n"
        "- Jan Peeters is on Inloop Tue 1 Dec 09:00, which is unstaffed.\n"
        "- Els Vermeulen is on leave during Inloop Mon 30 Nov 09:00.\n"
    )


def test_a_period_never_planned_is_said_so(capsys, db):
    result = roster(capsys, db, "check", "--from", "2026-11-30")
    assert result.code == 2
    assert (
        "nothing planned from Mon 30 Nov 2026 to Sun 6 Dec 2026: run `roster plan` first"
        in result.err
    )


def test_a_bad_date_is_named(capsys, db):
    result = roster(capsys, db, "check", "--from", "31/11/2026")
    assert result.code == 2
    assert (
        "Invalid value for '--from': '31/11/2026' is not a date (YYYY-MM-DD or DD/MM/YYYY)"
        in result.err
    )


def test_a_date_typed_the_belgian_way_is_the_same_day(capsys, db):
    iso = roster(capsys, db, "check", "--from", "2026-11-30")
    for typed in ("30/11/2026", "30-11-2026"):
        assert roster(capsys, db, "check", "--from", typed) == iso


def test_the_published_roster_can_be_checked_too(capsys, db):
    from datetime import UTC, datetime

    mon, tue = _shifts(db)
    _save(db, assign(mon, ELS), assign(mon, JAN), unstaffed={tue.id: "nobody free"})
    result = roster(capsys, db, "check", "--from", "2026-11-30", "--published")
    assert result.code == 2
    assert (
        "nothing published from Mon 30 Nov 2026 to Sun 6 Dec 2026: run `roster publish` first"
        in result.err
    )
    Repository(make_engine(db)).publish(WEEK, datetime(2026, 11, 27, 12, tzinfo=UTC))
    _save(db, assign(tue, JAN), unstaffed={mon.id: "x", tue.id: "x"})  # a broken draft
    assert roster(capsys, db, "check", "--from", "2026-11-30").code == 1
    result = roster(capsys, db, "check", "--from", "2026-11-30", "--published")
    assert result.code == 0
    assert result.out.startswith("OK: 2 shifts, 2 assignments, all hard rules hold")


def test_the_week_before_published_is_counted_and_said(capsys, db):
    # The week before was published with Els on both days; checking this week alone says
    # that the windows counted it.
    from datetime import UTC, datetime, timedelta

    repo = Repository(make_engine(db))
    before = Period(MONDAY - timedelta(weeks=1))
    earlier = generate_shifts(repo.load_organisation(), before)
    repo.save_roster(Roster(before, tuple(assign(s, ELS) for s in earlier)), earlier)
    repo.publish(before, datetime(2026, 11, 1, tzinfo=UTC))
    mon, tue = _shifts(db)
    _save(db, assign(mon, ELS), assign(tue, ELS))
    result = roster(capsys, db, "check", "--from", "2026-11-30")
    assert result.code == 0
    assert result.out.splitlines()[-1] == (
        "Rules over weeks and months also counted 2 published shifts around the period, "
        "from Mon 23 Nov to Tue 24 Nov."
    )
