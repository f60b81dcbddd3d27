"""`roster demo` and `roster tui`: what they load, which week they open, their errors."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from cli import main
from cli.tui import load_demo_if_absent
from fixtures import DEMO
from fixtures.present import DEMO_FIRST_MONDAY
from planner.clock import frozen
from planner.dates import local_start_of
from planner.domain import Period
from planner.io.folder import read_folder
from planner.service import Service
from tests.tui.support import SOLVER_LIMIT_S, repo_at


def test_the_demo_lives_in_the_present_a_year_on_it_plans_its_first_week(tmp_path):
    a_year_on = Service(
        repo_at(tmp_path / "roster.db"), frozen(datetime(2027, 12, 8, 9, 0, tzinfo=UTC))
    )
    assert load_demo_if_absent(a_year_on) is True
    week = Period(date(2027, 12, 6))  # the week of 8 December 2027, a Wednesday

    # Its absences, days off and night-shelter season moved with it, by whole weeks.
    moved = timedelta(weeks=53)
    assert {(a.person_id, a.start.date()) for a in a_year_on.absences()} == {
        (a.person_id, a.start.date() + moved) for a in read_folder(DEMO).absences
    }
    shelter = a_year_on.shifts(week)
    assert any(s.activity_id == "nachtopvang" and not s.closed for s in shelter)

    outcome = a_year_on.plan_period(week, time_limit=SOLVER_LIMIT_S)

    # Monday and Tuesday have passed: what is planned is the rest of the week, and it holds.
    assert outcome.roster.assignments
    to_come = {
        a.shift_id
        for a in outcome.roster.assignments
        if local_start_of(a.shift_id) > datetime(2027, 12, 8, 10, 0)  # local time
    }
    assert to_come == {a.shift_id for a in outcome.roster.assignments}
    # Monday and Tuesday were never planned: no shortage happened there, nothing is broken.
    checked = a_year_on.check_period(week)
    assert not checked.violations and not checked.history and not checked.incidents


def test_the_demo_files_keep_their_own_weeks_for_tests(tmp_path):
    repo = repo_at(tmp_path / "roster.db")
    load_demo_if_absent(Service(repo), DEMO_FIRST_MONDAY)
    assert {a.start.date() for a in repo.absences()} == {
        a.start.date() for a in read_folder(DEMO).absences
    }


def test_the_demo_is_loaded_once_so_the_coordinators_work_survives(tmp_path):
    repo = repo_at(tmp_path / "roster.db")
    assert load_demo_if_absent(Service(repo), DEMO_FIRST_MONDAY) is True
    first = repo.load_organisation()
    absence = repo.absences()[0]
    repo.remove_absence(absence.id)
    assert load_demo_if_absent(Service(repo)) is False
    assert absence not in repo.absences()
    assert repo.load_organisation().name == first.name


def test_roster_tui_without_an_organisation_says_what_to_do(tmp_path, capsys):
    try:
        main(["--db", f"sqlite:///{tmp_path / 'empty.db'}", "--lang", "en", "tui", "--week", "2026-11-30"])  # fmt: skip
    except SystemExit as exit:
        assert exit.code == 2
    assert "no organisation loaded yet: run `roster load DIR` first" in capsys.readouterr().err


def test_roster_tui_refuses_a_week_that_is_no_date(tmp_path, capsys):
    try:
        main(["--db", f"sqlite:///{tmp_path / 'empty.db'}", "--lang", "en", "tui", "--week", "31/11/2026"])  # fmt: skip
    except SystemExit as exit:
        assert exit.code == 2
    assert "'31/11/2026' is not a date (YYYY-MM-DD or DD/MM/YYYY)" in capsys.readouterr().err


def test_the_demo_opened_in_summer_keeps_its_winter_night_shelter(tmp_path):
    summer = Service(
        repo_at(tmp_path / "roster.db"), frozen(datetime(2027, 7, 7, 9, 0, tzinfo=UTC))
    )
    load_demo_if_absent(summer)

    shifts = summer.shifts(Period(date(2027, 7, 5), 4))
    nights = [s for s in shifts if s.activity_id == "nachtopvang"]
    assert len(nights) == 28 and not any(s.closed for s in nights)
    # Days asked off (Christmas Eve and New Year's Eve) moved with the weeks, 31 of them;
    # the Flemish community day is the 11th of July of the years the demo now covers.
    asked = {d for p in summer.organisation().people for d in p.wishes.days_off}
    assert asked == {date(2027, 7, 29), date(2027, 8, 5)}
    assert date(2027, 7, 11) in summer.organisation().extra_closures
