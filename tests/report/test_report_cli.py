"""`roster report ratios` on a real repository: published by default, the draft on request."""

from datetime import date

import pytest

from cli import main
from planner.domain import Assignment, Period, Role, Roster
from planner.shifts import generate_shifts
from tests.calendars.world import publish, repository, shift_at, utc

WEEK = Period(date(2026, 11, 30), 1)


@pytest.fixture
def db(tmp_path):
    repo = repository(tmp_path)
    monday = shift_at(repo, "inloop", date(2026, 11, 30), WEEK)
    publish(repo, WEEK, [(monday, "els")], utc(2026, 11, 20, 10, 0))
    # A draft after publishing: Els on every shift of the week.
    shifts = [s for s in generate_shifts(repo.load_organisation(), WEEK) if not s.closed]
    repo.save_roster(
        Roster(WEEK, tuple(Assignment(s.id, "els", Role.PROFESSIONAL) for s in shifts)), shifts
    )
    return f"sqlite:///{tmp_path / 'roster.db'}"


def report(db, *extra):
    main(
        [
            "--db",
            db,
            "--lang",
            "en",
            "report",
            "ratios",
            "--from",
            "2026-11-30",
            "--weeks",
            "1",
            *extra,
        ]
    )


def test_published_roster_by_default_and_the_draft_with_working(db, capsys):
    report(db)
    published = capsys.readouterr().out
    report(db, "--working")
    working = capsys.readouterr().out

    assert "published roster" in published
    assert "Professional cover, whole window: 8,3 %" in published  # 1 of 12 shifts
    assert "working roster (draft)" in working
    assert "Professional cover, whole window: 100 %" in working


def test_report_written_to_a_file(db, tmp_path, capsys):
    report(db, "--format", "csv", "-o", str(tmp_path / "r.csv"))

    assert capsys.readouterr().out.strip() == f"wrote {tmp_path / 'r.csv'}"
    assert (tmp_path / "r.csv").read_text(encoding="utf-8").startswith("section,activity_id")


def test_unwritable_output_is_one_clear_line(db, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        report(db, "-o", str(tmp_path / "missing" / "r.txt"))

    assert exit_.value.code == 5
    assert capsys.readouterr().err == (
        f"error: {tmp_path / 'missing' / 'r.txt'}: cannot write: the folder does not exist\n"
    )


def test_the_table_fits_the_terminal_width_and_piped_text_100_columns(db, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    report(db)
    narrow = capsys.readouterr().out.splitlines()
    monkeypatch.delenv("COLUMNS")
    report(db)
    piped = capsys.readouterr().out.splitlines()

    assert max(len(line) for line in narrow) <= 80
    assert max(len(line) for line in piped) <= 100
    assert "Inloop" in narrow  # the activity's name heads its block of figures
    assert any(line.startswith("Professional cover ") and "8,3 %" in line for line in narrow)
