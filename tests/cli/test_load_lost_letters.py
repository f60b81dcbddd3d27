"""A people.csv saved by Excel in Windows-1252 has '?' for the letters that encoding cannot
hold ("Ayşe Yılmaz" -> "Ay?e Y?lmaz"): a reload keeps the name the planner holds and says so,
and any other such name is warned about, never silently taken."""

from __future__ import annotations

import pytest

from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.cli.roster_run import roster
from tests.io.folder_builder import professional_row, volunteer_row, write_folder

AYSE = "Ayşe Yılmaz"


@pytest.fixture
def db(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'roster.db'}"


def names(db: str) -> dict[str, str]:
    return {p.id: p.name for p in Repository(make_engine(db)).load_organisation().people}


def as_excel_saves_it(folder, name: str) -> None:
    """people.csv with the volunteer's name as Excel writes it in Windows-1252."""
    text = (folder / "people.csv").read_text(encoding="utf-8").replace(AYSE, name)
    (folder / "people.csv").write_bytes(text.replace(",", ";").encode("cp1252"))


def folder_with_ayse(tmp_path, professional: str = "Els Vermeulen"):
    people = [professional_row(name=professional), volunteer_row("ayse", AYSE)]
    return write_folder(tmp_path / "org", people=people)


@pytest.mark.parametrize("professional", ["Els Vermeulen", "René Claes"])  # ASCII or not
def test_a_reload_from_excel_keeps_the_letters_it_lost(capsys, db, tmp_path, professional):
    folder = folder_with_ayse(tmp_path, professional)
    assert roster(capsys, db, "load", str(folder)).code == 0
    as_excel_saves_it(folder, "Ay?e Y?lmaz")

    result = roster(capsys, db, "load", str(folder))

    assert result.code == 0, result.err
    assert names(db)["ayse"] == AYSE
    assert (
        "warning: people.csv line 3: 'Ay?e Y?lmaz' is kept as 'Ayşe Yılmaz': the file is "
        "Windows-1252, which cannot hold a letter of it (a spreadsheet writes '?'); save it as "
        "'CSV UTF-8' to keep every letter\n"
    ) in result.err


def test_a_new_name_with_a_question_mark_is_warned_about_in_dutch(capsys, db, tmp_path):
    folder = folder_with_ayse(tmp_path)
    as_excel_saves_it(folder, "Ay?e Y?lmaz")

    result = roster(capsys, db, "load", str(folder), lang="nl")

    assert result.code == 0, result.err
    assert names(db)["ayse"] == "Ay?e Y?lmaz"
    assert "waarschuwing: people.csv regel 3: de naam 'Ay?e Y?lmaz' bevat een '?'" in result.err


@pytest.mark.parametrize("name", ["Ayse Yilmaz", "Ay?e Yilmaz?"])
def test_a_real_change_of_name_is_taken(capsys, db, tmp_path, name):
    # Not the held name with '?' for what Windows-1252 lacks: the coordinator's change.
    folder = folder_with_ayse(tmp_path)
    assert roster(capsys, db, "load", str(folder)).code == 0
    as_excel_saves_it(folder, name)

    result = roster(capsys, db, "load", str(folder))

    assert names(db)["ayse"] == name
    assert ("is kept as" in result.err) is False


def test_utf8_keeps_a_question_mark_without_a_word(capsys, db, tmp_path):
    people = [professional_row(), volunteer_row("ayse", "Ayşe (?)")]
    folder = write_folder(tmp_path / "org", people=people)

    result = roster(capsys, db, "load", str(folder))

    assert result.code == 0 and "'?'" not in result.err
    assert names(db)["ayse"] == "Ayşe (?)"
