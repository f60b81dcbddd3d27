"""`roster load DIR`: all or nothing, and loading again updates in place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.cli.roster_run import roster
from tests.io.folder_builder import absence_row, professional_row, volunteer_row, write_folder

DEMO = Path(__file__).resolve().parents[2] / "fixtures" / "demo"


@pytest.fixture
def db(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'roster.db'}"


def repo_at(db: str) -> Repository:
    return Repository(make_engine(db))


def test_load_reports_what_it_loaded(capsys, db, tmp_path):
    folder = write_folder(tmp_path / "org", absences=[absence_row()])

    result = roster(capsys, db, "load", str(folder))

    assert result.code == 0
    assert result.out == (
        "loaded Sociaal Huis Testdorp: 1 activity, 1 professional, 1 volunteer, "
        "1 absence from absences.csv\n"
    )
    assert [p.id for p in repo_at(db).load_organisation().people] == ["els", "jan"]


def test_broken_people_csv_is_refused_and_the_database_is_untouched(capsys, db, tmp_path):
    good = write_folder(tmp_path / "good", absences=[absence_row()])
    roster(capsys, db, "load", str(good))
    before = repo_at(db).load_organisation(), repo_at(db).absences()
    people = [professional_row(f"p{i}", name=f"P {i}") for i in range(12)]
    people.insert(12, volunteer_row("wiz", kind="wizard"))
    broken = write_folder(tmp_path / "broken", people=people, absences=[absence_row("p1")])

    result = roster(capsys, db, "load", str(broken))

    assert result.code == 2
    assert result.err == (
        "error: people.csv line 14: kind 'wizard' is neither professional nor volunteer\n"
    )
    assert "Traceback" not in result.out + result.err
    assert (repo_at(db).load_organisation(), repo_at(db).absences()) == before


def test_loading_the_same_folder_again_makes_no_duplicates(capsys, db, tmp_path):
    folder = write_folder(tmp_path / "org", absences=[absence_row()])

    roster(capsys, db, "load", str(folder))
    roster(capsys, db, "load", str(folder))

    repo = repo_at(db)
    assert [p.id for p in repo.load_organisation().people] == ["els", "jan"]
    assert len(repo.absences()) == 1


def test_reload_follows_the_files_and_keeps_absences_added_by_hand(capsys, db, tmp_path):
    folder = write_folder(tmp_path / "org", absences=[absence_row("jan")])
    roster(capsys, db, "load", str(folder))
    roster(capsys, db, "absence", "add", "els", "--from", "2026-12-07", "--to", "2026-12-08")

    write_folder(
        folder,
        people=[professional_row(name="Els Vermeulen-Peeters")],
        absences=[absence_row("els", "2026-12-01", "2026-12-01")],
    )
    result = roster(capsys, db, "load", str(folder))

    assert result.code == 0
    repo = repo_at(db)
    assert [p.name for p in repo.load_organisation().people] == ["Els Vermeulen-Peeters"]
    assert [(a.person_id, a.start.day) for a in repo.absences()] == [("els", 1), ("els", 7)]


def test_missing_folder_is_one_line_not_a_traceback(capsys, db, tmp_path):
    result = roster(capsys, db, "load", str(tmp_path / "nowhere"))

    assert result.code == 2
    assert result.err.startswith("error: ") and "no such folder" in result.err
    assert result.err.count("\n") == 1


def test_load_has_help(capsys, db):
    result = roster(capsys, db, "load", "--help")

    assert result.code == 0
    assert "Usage: roster load [OPTIONS] DIR" in result.out


@pytest.mark.skipif(not DEMO.is_dir(), reason="fixtures/demo has not landed yet")
def test_demo_loads_and_exports_its_first_week(capsys, db):
    loaded = roster(capsys, db, "load", str(DEMO))
    exported = roster(capsys, db, "export", "json", "--from", "2026-11-30", "--weeks", "1")

    assert loaded.code == 0, loaded.err
    assert loaded.err == ""  # the demo is plannable as written: no warnings
    document = json.loads(exported.out)
    org = repo_at(db).load_organisation()
    assert document["organisation"] == org.name
    assert len(document["people"]) == len(org.people)
    assert document["shifts"] and document["unstaffed"] == []  # not planned is no gap
    assert {s["status"] for s in document["shifts"]} <= {"not_planned", "closed"}
    emails = [p.email for p in org.people if p.email]
    assert emails and not any(e in exported.out for e in emails)  # never contact data


def test_load_warns_about_what_cannot_be_planned_but_still_loads(capsys, db, tmp_path):
    folder = write_folder(tmp_path / "org", people=[professional_row(qualifications="nurse")])

    result = roster(capsys, db, "load", str(folder))

    assert result.code == 0
    assert result.err.startswith(
        "warning: activity 'inloop' needs 1 professional with social_worker per shift"
    )
    assert repo_at(db).has_organisation()


def test_load_names_a_volunteer_whose_offered_days_never_meet_a_shift(capsys, db, tmp_path):
    # The drop-in runs on weekdays only: whole weekends never meet it; Thursday does.
    weekend = volunteer_row(offers="sat;sun")
    thursday = volunteer_row("mia", "Mia Claes", offers="thu")
    folder = write_folder(tmp_path / "org", people=[professional_row(), weekend, thursday])

    result = roster(capsys, db, "load", str(folder))

    assert result.code == 0
    assert result.err == (
        "warning: jan: offers 'sat;sun', and no shift of an activity open to volunteers lies "
        "within those days and times: they will never be planned (counted as left out in each "
        "plan)\n"
    )
    assert {p.id for p in repo_at(db).load_organisation().people} == {"els", "jan", "mia"}
