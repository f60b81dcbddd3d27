"""`roster plan` and `roster publish` from the command line."""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from cli import main
from planner.domain import Period, TimeWindow
from planner.service.checking import check_period
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.builders import MONDAY, absence, activity, at, org, professional, volunteer

TUESDAY = MONDAY + timedelta(days=1)


@pytest.fixture
def db(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'roster.db'}"
    repo = Repository(make_engine(url))
    inloop = activity("inloop", "Inloop", rrule="FREQ=WEEKLY;BYDAY=MO,TU", volunteers_max=1)
    repo.save_organisation(org([inloop], [professional("els"), volunteer("jan")]))
    return url


def roster(db: str, *args: str) -> None:
    main(["--db", db, "--lang", "en", *args])


def test_plan_prints_the_summary_and_publish_publishes(db, capsys):
    roster(db, "plan", "--from", "2026-11-30", "--weeks", "1", "--time-limit", "5")
    out = capsys.readouterr().out
    assert "2 of 2 shifts staffed" in out
    assert "Saved as a draft" in out
    assert check_period(Repository(make_engine(db)), Period(MONDAY)).violations == []
    roster(db, "publish", "--from", "2026-11-30", "--weeks", "1")
    assert "Published Mon 30 Nov - Sun 6 Dec 2026 (1 week)" in capsys.readouterr().out


def test_an_unstaffed_shift_is_listed_with_its_reason(db, capsys):
    Repository(make_engine(db)).add_absence(
        absence("els", at(TUESDAY, "00:00"), at(TUESDAY + timedelta(days=1), "00:00"))
    )
    roster(db, "plan", "--from", "2026-11-30", "--weeks", "1", "--time-limit", "5")
    out = capsys.readouterr().out
    assert "1 of 2 shifts staffed" in out
    assert "Inloop Tue 1 Dec 09:00" in out and "on leave" in out
    assert check_period(Repository(make_engine(db)), Period(MONDAY)).violations == []


def test_strict_exits_with_an_error_and_saves_nothing(db, capsys):
    repo = Repository(make_engine(db))
    repo.add_absence(absence("els", at(TUESDAY, "00:00"), at(TUESDAY + timedelta(days=1), "00:00")))
    with pytest.raises(SystemExit) as exit_:
        roster(db, "plan", "--from", "2026-11-30", "--weeks", "1", "--strict")
    assert exit_.value.code == 2
    assert "cannot be staffed" in capsys.readouterr().err
    assert repo.roster_state(Period(MONDAY)) is None


def test_a_bad_date_is_a_clear_error(db, capsys):
    with pytest.raises(SystemExit):
        roster(db, "plan", "--from", "31-11-2026")
    assert "Invalid value for '--from': '31-11-2026' is not a date" in capsys.readouterr().err


def test_a_volunteer_whose_offer_never_meets_a_shift_is_counted_as_left_out(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'roster.db'}"
    repo = Repository(make_engine(url))
    inloop = activity("inloop", "Inloop", rrule="FREQ=WEEKLY;BYDAY=MO,TU", volunteers_max=1)
    saturday = (TimeWindow(5, time(0), time(0)),)
    people = [professional("els"), volunteer("jan"), volunteer("mia", "Mia Claes", offers=saturday)]
    repo.save_organisation(org([inloop], people))

    roster(url, "plan", "--from", "2026-11-30", "--weeks", "1", "--time-limit", "5")

    out = capsys.readouterr().out
    assert "Also left out: 1 volunteer whose offered days and times meet no shift: Mia Claes" in out
    assert "Jan Peeters" not in out  # Jan could stand on a shift and has one
    assert check_period(repo, Period(MONDAY)).violations == []
