"""The command line on a database several coordinators share: who each change is recorded
under, a clear message and exit code 3 when another changed the work meanwhile (4 when the
database stayed busy), the log, a person's data, prune, and schema upgrades."""

from __future__ import annotations

import io
import json
import sqlite3
import threading
from contextlib import closing
from pathlib import Path

import pytest

from cli import main
from planner.domain import Period, Roster
from planner.service import planning
from planner.shifts import generate_shifts
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from planner.storage.schema import HEAD
from planner.storage.writes import write
from tests.builders import MONDAY, absence, at
from tests.cli.roster_run import roster
from tests.io.folder_builder import absence_row, write_folder
from tests.storage.test_migrations import DUMP

WEEK = Period(MONDAY)


@pytest.fixture
def db(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'roster.db'}"


@pytest.fixture
def loaded(capsys, db, tmp_path) -> str:
    folder = write_folder(tmp_path / "org", absences=[absence_row()])
    assert roster(capsys, db, "--as", "sara", "load", str(folder)).code == 0
    return db


def test_each_change_is_recorded_under_the_coordinator_who_made_it(capsys, loaded):
    roster(capsys, loaded, "--as", "tom", "absence", "add", "jan", "--from", "2026-12-02",
           "--to", "2026-12-02", "--reason", "op reis")  # fmt: skip

    result = roster(capsys, loaded, "log")

    lines = result.out.splitlines()
    assert result.code == 0
    assert any("  sara  load  Jan Peeters joined the organisation (volunteer)" in x for x in lines)
    assert lines[-1].endswith(
        "  tom  absence added  absence of Jan Peeters added: leave Wed 2 Dec 00:00 to Thu 3 Dec 00:00"
        " (op reis)"
    )


def test_the_coordinator_defaults_to_the_environment_then_the_login(capsys, loaded, monkeypatch):
    monkeypatch.setenv("ROSTER_COORDINATOR", "mira")
    roster(capsys, loaded, "absence", "add", "jan", "--from", "2026-12-02", "--to", "2026-12-02")

    assert "  mira  absence added  " in roster(capsys, loaded, "log", "--last", "1").out


def test_a_plan_whose_week_changed_meanwhile_saves_nothing_and_exits_3(capsys, loaded, monkeypatch):
    real = planning.load_facts

    def meanwhile(repo, period, now=None, **kw):
        found = real(
            repo, period, now, **kw
        )  # the plan has read its facts; another coordinator writes
        other = Repository(make_engine(loaded), actor="tom")
        other.add_absence(absence("els", at(MONDAY, "00:00"), at(MONDAY, "23:59")))
        return found

    monkeypatch.setattr(planning, "load_facts", meanwhile)

    result = roster(capsys, loaded, "plan", "--from", "2026-11-30", "--weeks", "1",
                    "--time-limit", "2")  # fmt: skip

    assert result.code == 3
    assert "error: week 49 was changed by tom at " in result.err
    assert "(added an absence); nothing was saved: reload and try again" in result.err
    assert "Traceback" not in result.err
    assert Repository(make_engine(loaded)).roster_state(WEEK) is None


def test_a_database_busy_for_too_long_exits_4(capsys, loaded, monkeypatch):
    monkeypatch.setenv("ROSTER_BUSY_TIMEOUT", "0.2")
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with write(make_engine(loaded), "sara", "load"):
            holding.set()
            release.wait(10)

    thread = threading.Thread(target=hold)
    thread.start()
    holding.wait(10)
    try:
        result = roster(capsys, loaded, "absence", "add", "jan", "--from", "2026-12-02",
                        "--to", "2026-12-02")  # fmt: skip
    finally:
        release.set()
        thread.join()

    assert result.code == 4
    assert result.err.startswith("error: the database is busy")
    assert "nothing was saved: try again" in result.err


def test_a_person_can_be_exported_then_forgotten(capsys, loaded, tmp_path):
    exported = roster(capsys, loaded, "person", "export", "jan")
    held = json.loads(exported.out)
    assert (held["format"], held["person"]["name"]) == ("roster-person/1", "Jan Peeters")

    forgotten = roster(capsys, loaded, "person", "forget", "jan", "--yes")

    assert forgotten.code == 0
    assert forgotten.out.startswith("forgot 'jan': what they did stays as 'forgotten-")
    assert roster(capsys, loaded, "person", "export", "jan").err == (
        "error: unknown person 'jan'\n"
    )
    assert "Jan Peeters" not in roster(capsys, loaded, "log").out


def test_forget_asks_first(capsys, loaded, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))

    result = roster(capsys, loaded, "person", "forget", "jan")

    assert result.code == 130
    assert "Erase the data of 'jan'? This cannot be undone" in result.out
    assert "jan" in {p.id for p in Repository(make_engine(loaded)).load_organisation().people}


def test_prune_says_what_it_erased(capsys, loaded):
    result = roster(capsys, loaded, "prune", "--months", "24")

    assert result.code == 0
    assert result.out.startswith("erased what was older than ")
    assert "0 people who left" in result.out


def test_the_log_of_one_person_from_a_day_on(capsys, loaded):
    assert roster(capsys, loaded, "log", "--person", "els", "--from", "2099-01-01").out == (
        "no changes recorded\n"
    )
    about_els = roster(capsys, loaded, "log", "--person", "els").out.splitlines()
    assert about_els and all("Jan Peeters" not in line for line in about_els)


def test_db_status_and_upgrade_of_a_previous_release_file(capsys, tmp_path):
    path = tmp_path / "old.db"
    with closing(sqlite3.connect(path)) as old:
        old.executescript(Path(DUMP).read_text(encoding="utf-8"))
    url = f"sqlite:///{path}"

    status = roster(capsys, url, "db", "status")
    upgraded = roster(capsys, url, "db", "upgrade")
    again = roster(capsys, url, "db", "upgrade")

    assert status.out == (
        f"{url}: schema 0001_previous_release, behind this planner's ({HEAD}): "
        "run `roster db upgrade`\n"
    )
    assert upgraded.out == f"{url}: upgraded the schema from 0001_previous_release to {HEAD}\n"
    assert again.out == f"{url}: already at the newest schema ({HEAD})\n"
    assert roster(capsys, url, "check", "--from", "2026-11-30").code == 0  # the re-planned draft


def test_an_empty_database_is_made_by_db_upgrade(capsys, db):
    status = roster(capsys, db, "db", "status").out
    made = roster(capsys, db, "db", "upgrade").out

    assert status == f"{db}: empty (the first command that needs it makes the schema)\n"
    assert made == f"{db}: made the schema ({HEAD})\n"


def test_log_shows_who_published_which_weeks(capsys, loaded):
    repo = Repository(make_engine(loaded), actor="sara")
    shifts = [s for s in generate_shifts(repo.load_organisation(), WEEK) if not s.closed]
    repo.save_roster(Roster(WEEK, ()), shifts)
    roster(capsys, loaded, "--as", "tom", "publish", "--from", "2026-11-30", "--weeks", "1")

    last = roster(capsys, loaded, "log", "--last", "1").out

    assert last.endswith(
        f"  tom  publication  published Mon 30 Nov - Sun 6 Dec 2026 ({len(shifts)} shifts)\n"
    )


def test_prune_counts_each_thing_in_its_own_number(capsys, loaded):
    # One absence reason read "1 redenen van afwezigheden" in Dutch.
    added = roster(capsys, loaded, "absence", "add", "jan", "--from", "2025-10-01", "--to",
                   "2025-10-01", "--reason", "op reis")  # fmt: skip
    assert added.code == 0, added.err

    result = roster(capsys, loaded, "prune", "--months", "1", lang="nl")

    assert result.code == 0, result.err
    assert "1 reden van afwezigheid, " in result.out
    assert "0 mensen die vertrokken" in result.out


def test_looking_at_an_empty_database_in_the_default_language_does_not_make_it(
    capsys, db, monkeypatch
):
    monkeypatch.delenv("ROSTER_LANG", raising=False)
    main(["--db", db, "db", "status"])  # returns: exit 0
    assert "leeg" in capsys.readouterr().out  # "empty", in the default language
