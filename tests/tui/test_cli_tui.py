"""`roster demo` and `roster tui`: what they load, which week they open, their errors."""

from __future__ import annotations

from datetime import date

from cli import main
from cli.tui import demo_opening_week, load_demo_if_absent
from planner.service import Service
from tests.tui.support import repo_at


def test_demo_opens_on_the_current_week_inside_its_four_weeks_else_on_its_first():
    assert demo_opening_week(date(2026, 12, 10)) == date(2026, 12, 7)
    assert demo_opening_week(date(2026, 12, 27)) == date(2026, 12, 21)
    assert demo_opening_week(date(2026, 12, 28)) == date(2026, 11, 30)
    assert demo_opening_week(date(2026, 11, 23)) == date(2026, 11, 30)


def test_the_demo_is_loaded_once_so_the_coordinators_work_survives(tmp_path):
    repo = repo_at(tmp_path / "roster.db")
    assert load_demo_if_absent(Service(repo)) is True
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
