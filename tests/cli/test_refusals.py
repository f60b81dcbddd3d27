"""Bad command lines and unusable files and databases: each refused with one sentence and its
exit code (README), never an internal error, and nothing changed."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from planner.domain import Period, Roster
from planner.shifts import generate_shifts
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.builders import MONDAY, activity, assign, org, professional, volunteer
from tests.cli.roster_run import roster

INLOOP = activity("inloop", "Inloop", rrule="FREQ=WEEKLY;BYDAY=MO,TU", volunteers_max=1)
ELS = professional("els", "Els Vermeulen")
JAN = volunteer("jan", "Jan Peeters")
WEEK = Period(MONDAY)
HUGE = "99999999999999999999"


@pytest.fixture
def db(tmp_path) -> str:
    """The organisation, with its first week planned (Els and Jan on both shifts)."""
    url = f"sqlite:///{tmp_path / 'roster.db'}"
    repo = Repository(make_engine(url))
    repo.save_organisation(org([INLOOP], [ELS, JAN]))
    shifts = generate_shifts(repo.load_organisation(), WEEK)
    people = [assign(s, p) for s in shifts for p in (ELS, JAN)]
    repo.save_roster(Roster(WEEK, tuple(people)), shifts)
    return url


@pytest.mark.parametrize(
    ("args", "option", "says"),
    [
        (("plan", "--from", "0001-01-01"), "--from", "outside the dates the planner supports"),
        (("plan", "--from", "9999-12-27"), "--from", "outside the dates the planner supports"),
        (("check", "--from", "2099-12-28", "--weeks", "2"), None, "outside the dates"),
        (("plan", "--from", "2026-11-30", "--seed", HUGE), "--seed", "is not in the range"),
        (("plan", "--from", "2026-11-30", "--weeks", "10000"), "--weeks", "1<=x<=13"),
        (("report", "ratios", "--from", "2026-11-30", "--weeks", "10000"), "--weeks", "104"),
        (("publish", "--from", "2026-11-30", "--weeks", "10000"), "--weeks", "104"),
        (("plan", "--from", "2026-11-30", "--time-limit", "-1"), "--time-limit", "above 0"),
        (("plan", "--from", "2026-11-30", "--time-limit", "0"), "--time-limit", "above 0"),
        (("plan", "--from", "2026-11-30", "--time-limit", "nan"), "--time-limit", "above 0"),
        (("plan", "--from", "2026-11-30", "--time-limit", "1e9"), "--time-limit", "86400"),
    ],
)
def test_bad_values_are_refused_before_any_work(capsys, db, args, option, says):
    before = Repository(make_engine(db)).seen()

    result = roster(capsys, db, *args)

    assert result.code == 2
    assert says in result.err
    if option:
        assert f"Invalid value for '{option}'" in result.err
    assert "internal error" not in result.err and "Traceback" not in result.err
    assert Repository(make_engine(db)).seen() == before


def test_check_of_a_partly_planned_period_checks_what_was_planned(capsys, db):
    result = roster(capsys, db, "check", "--from", "2026-11-30", "--weeks", "2")

    assert result.code == 0
    assert result.out == "OK: 2 shifts, 4 assignments, all hard rules hold\n"
    assert result.err == "Not planned yet, so left out: 1 week, from Mon 7 Dec.\n"


def test_publish_of_a_partly_planned_period_says_what_it_published(capsys, db):
    result = roster(capsys, db, "publish", "--from", "30/11/2026", "--weeks", "3")

    assert result.code == 0
    assert result.out.startswith("Published the planned 1 week of Mon 30 Nov - Sun 20 Dec 2026.")
    assert result.err == "Not planned yet, so left out: 2 weeks, from Mon 7 Dec, Mon 14 Dec.\n"


@pytest.mark.parametrize(
    ("output", "says"),
    [
        ("/nonexistent/dir/x.json", "cannot write: the folder does not exist"),
        ("/dev/full", "cannot write: the disk is full"),
        ("{tmp}", "cannot write: it is a folder, not a file"),
        ("{tmp}/roster.db/x.json", "cannot write: a part of the path is a file, not a folder"),
    ],
)
def test_an_output_that_cannot_be_written_is_one_sentence(capsys, db, tmp_path, output, says):
    path = output.format(tmp=tmp_path)

    result = roster(capsys, db, "export", "json", "--from", "2026-11-30", "-o", path)

    assert result.code == 5
    assert result.err == f"error: {path}: {says}\n"
    assert list(tmp_path.glob(".*.tmp")) == []  # nothing half-written left behind


def test_a_folder_that_cannot_be_made_is_one_sentence(capsys, db, tmp_path):
    target = tmp_path / "roster.db" / "org"

    result = roster(
        capsys, db, "generate", "--professionals", "2", "--volunteers", "2", "-o", str(target)
    )

    assert result.code == 5
    assert "cannot write: a part of the path is a file, not a folder" in result.err


def test_a_text_file_as_database(capsys, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("not a database\n")

    result = roster(capsys, f"sqlite:///{text}", "check", "--from", "2026-11-30")

    assert result.code == 6
    assert result.err == f"error: sqlite:///{text} is damaged or not a database\n"
    assert text.read_text() == "not a database\n"


def test_another_programs_sqlite_file_is_left_alone(capsys, tmp_path):
    other = tmp_path / "places.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE moz_places (id INTEGER)")
    before = other.read_bytes()

    result = roster(capsys, f"sqlite:///{other}", "load", str(Path(__file__).parent))

    assert result.code == 6
    assert "is not a roster planner's (it holds other tables: moz_places)" in result.err
    assert other.read_bytes() == before


def test_a_database_of_a_newer_planner(capsys, db):
    with sqlite3.connect(db.removeprefix("sqlite:///")) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")

    result = roster(capsys, db, "check", "--from", "2026-11-30")

    assert result.code == 6
    assert "has a newer schema (ffffffffffff) than this planner knows" in result.err


def test_a_plan_too_big_is_refused_before_it_starts(capsys, db, monkeypatch):
    # The demo's limit is far above this organisation; lowered, the same check must refuse
    # a plan of 2 shifts a week for 2 people over 4 weeks (16 pairs) before any work.
    monkeypatch.setattr("planner.limits.MAX_PLAN_PAIRS", 15)
    before = Repository(make_engine(db)).seen()

    result = roster(capsys, db, "plan", "--from", "2026-11-30", "--weeks", "4")

    assert result.code == 2
    assert result.err == (
        "error: 8 open shifts for 2 people is too big to plan at once (at most 15 shift-person "
        "pairs, docs/limits.md): plan fewer weeks\n"
    )
    assert Repository(make_engine(db)).seen() == before


def test_a_bug_is_an_internal_error_with_its_details_in_a_log(capsys, db, tmp_path, monkeypatch):
    def bug(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    # A stand-in for a bug in the planner: the one thing no input can cause.
    monkeypatch.setattr("planner.service.Service.check_period", bug)
    monkeypatch.delenv("ROSTER_DEBUG", raising=False)
    monkeypatch.setenv("ROSTER_LOG_DIR", str(tmp_path / "logs"))

    result = roster(capsys, db, "check", "--from", "2026-11-30")

    log = tmp_path / "logs" / "errors.log"
    assert result.code == 70
    assert result.err == (
        "internal error (a bug in the planner, not in what you typed): ZeroDivisionError: "
        f"division by zero; the details are in {log}\n"
    )
    assert "Traceback" in log.read_text() and "roster " in log.read_text()


def test_a_plan_that_cannot_be_prepared_within_its_time_limit_is_refused(capsys, db, monkeypatch):
    # As if preparing this small plan took minutes (it does for a big city): refused before
    # the work, saying how much more time it needs. What is left of the 20 s depends on how
    # long the command took to get there (the time limit counts from its start).
    monkeypatch.setattr("planner.limits.PREPARE_S_PER_PAIR", 10.0)
    before = Repository(make_engine(db)).seen()

    result = roster(
        capsys, db, "plan", "--from", "2026-11-30", "--weeks", "1", "--time-limit", "20"
    )

    assert result.code == 2
    assert re.fullmatch(
        r"error: 2 open shifts for 2 people take about 41 s to prepare before the search "
        r"starts, and 1\d(,\d)? s of the time limit are left \(docs/limits.md\): give about "
        r"\d\d s more, or plan fewer weeks\n",
        result.err,
    ), result.err
    assert Repository(make_engine(db)).seen() == before


@pytest.mark.parametrize(
    "args",
    [
        ("export", "ics", "--from", "2026-11-30", "--all", "-o", ""),
        ("export", "ics", "--from", "2026-11-30", "--person", "els", "-o", " "),
        ("export", "json", "--from", "2026-11-30", "-o", ""),
        ("export", "people", "-o", ""),
        ("report", "ratios", "--from", "2026-11-30", "--format", "html", "-o", ""),
        ("person", "export", "els", "-o", ""),
        ("generate", "--professionals", "2", "--volunteers", "2", "-o", ""),
    ],
)
def test_an_empty_output_path_is_refused_and_writes_nothing_here(
    capsys, db, tmp_path, monkeypatch, args
):
    # `-o ""` once read as the current folder: the calendars landed beside the user's files.
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)

    result = roster(capsys, db, *args)

    assert result.code == 2
    assert "Invalid value for '-o' / '--output': an empty path" in result.err
    assert list(here.iterdir()) == []
