"""Which language: the organisation's (organisation.toml), overridden for a run by --lang or
ROSTER_LANG; each person's own (people.csv) for what they receive; bad settings refused with
the file, line and field, in the reader's language."""

from __future__ import annotations

import pytest

from cli import main
from planner.errors import InputError
from planner.i18n.errors import error_text
from planner.i18n.language import use_language
from planner.io.folder import read_folder
from planner.message import msg
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.io.folder_builder import ORGANISATION, professional_row, volunteer_row, write_folder

ENGLISH_ORGANISATION = ORGANISATION + 'language = "en"\n'


def run(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = 0
    try:
        main(list(args))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def db(tmp_path, monkeypatch) -> str:
    monkeypatch.delenv("ROSTER_LANG", raising=False)
    return f"sqlite:///{tmp_path / 'roster.db'}"


def test_the_cli_speaks_the_organisations_language_unless_the_run_chooses(
    capsys, db, tmp_path, monkeypatch
):
    folder = write_folder(tmp_path / "org", organisation=ENGLISH_ORGANISATION)
    _code, out, _err = run(capsys, "--db", db, "load", str(folder))
    assert out.startswith("loaded Sociaal Huis Testdorp: 1 activity")  # the folder's language
    absences = ("--db", db, "absence", "list")
    assert run(capsys, *absences)[1] == "no absences\n"
    monkeypatch.setenv("ROSTER_LANG", "nl")
    assert run(capsys, *absences)[1] == "geen afwezigheden\n"
    assert run(capsys, "--db", db, "--lang", "en", "absence", "list")[1] == "no absences\n"


def test_a_dutch_organisation_by_default(capsys, db, tmp_path):
    folder = write_folder(tmp_path / "org")  # organisation.toml names no language
    _code, out, _err = run(capsys, "--db", db, "load", str(folder))
    assert out.startswith("Sociaal Huis Testdorp geladen: 1 werking, 1 beroepskracht")


def test_a_language_without_a_catalogue_is_refused_naming_where_it_was_set(
    capsys, db, tmp_path, monkeypatch
):
    monkeypatch.setenv("ROSTER_LANG", "xx")
    code, _out, err = run(capsys, "--db", db, "absence", "list")
    assert code == 2
    assert err == "fout: ROSTER_LANG: 'xx' is geen taal met een catalogus (en, fr, nl)\n"
    monkeypatch.delenv("ROSTER_LANG")
    folder = write_folder(tmp_path / "org", organisation=ORGANISATION + 'language = "xx"\n')
    code, _out, err = run(capsys, "--db", db, "--lang", "en", "load", str(folder))
    assert code == 2
    assert err == (
        "error: organisation.toml line 5: language 'xx' is not a language with a catalogue "
        "(known: en, fr, nl)\n"
    )


def test_a_persons_language_is_a_code_and_one_without_catalogue_is_kept_with_a_warning(
    tmp_path,
):
    people = [
        professional_row(language="FR"),
        volunteer_row(language="ar"),
        volunteer_row("mia", "Mia Claes", language="en_BE"),
    ]
    folder = read_folder(write_folder(tmp_path / "org", people=people))
    assert [p.language for p in folder.organisation.people] == ["fr", "ar", "en"]
    assert [str(w) for w in folder.warnings] == [
        "jan: language 'ar' has no catalogue yet: what they receive is in the organisation's "
        "language (nl)"
    ]
    bad = write_folder(tmp_path / "bad", people=[professional_row(language="Frans")])
    with pytest.raises(InputError) as refused:
        read_folder(bad)
    assert str(refused.value) == (
        "people.csv line 2: language 'Frans' is not a language code (e.g. nl, fr, en)"
    )


def test_the_languages_are_stored_with_the_organisation(tmp_path):
    people = [professional_row(), volunteer_row(language="fr")]
    folder = read_folder(
        write_folder(tmp_path / "org", organisation=ENGLISH_ORGANISATION, people=people)
    )
    repo = Repository(make_engine(f"sqlite:///{tmp_path / 'roster.db'}"))
    repo.save_folder(folder.organisation, folder.absences)
    loaded = repo.load_organisation()
    assert loaded.language == "en"
    assert [p.language for p in loaded.people] == [None, "fr"]


def test_bad_input_is_worded_in_the_readers_language_and_kept_as_data():
    error = InputError(
        "people.csv",
        14,
        "kind",
        msg("kind '{kind}' is neither professional nor volunteer", kind="x"),
    )
    assert str(error) == "people.csv line 14: kind 'x' is neither professional nor volunteer"
    with use_language("nl"):
        assert (
            error_text(error, None)
            == "people.csv regel 14: kind 'x' is geen professional of volunteer"
        )
    assert (error.file, error.line, error.field) == ("people.csv", 14, "kind")
