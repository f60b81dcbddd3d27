"""`--help` and Click's usage errors in the organisation's language, found by a read-only look
before parsing: asking for help neither makes nor upgrades a database, and a database that
cannot tell (missing, empty, old, unreachable) leaves Dutch, without a traceback."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from cli import main
from planner.storage.schema import HEAD
from tests.cli.roster_run import roster
from tests.io.folder_builder import ORGANISATION, write_folder
from tests.storage.test_migrations import DUMP


def _run(capsys, *args: str) -> tuple[int, str, str]:
    """`roster ARGS...` as typed, without --lang: the language is the run's to find."""
    capsys.readouterr()
    code = 0
    try:
        main(list(args))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(autouse=True)
def _no_language_chosen(monkeypatch, tmp_path):
    monkeypatch.delenv("ROSTER_LANG", raising=False)
    monkeypatch.delenv("ROSTER_DATABASE_URL", raising=False)


def _loaded(capsys, tmp_path: Path, language: str) -> str:
    db = f"sqlite:///{tmp_path / 'roster.db'}"
    folder = write_folder(
        tmp_path / "org", organisation=ORGANISATION + f'language = "{language}"\n'
    )
    assert roster(capsys, db, "load", str(folder)).code == 0
    return db


def test_help_and_usage_errors_follow_the_organisations_language(capsys, tmp_path):
    db = _loaded(capsys, tmp_path, "en")

    code, out, _ = _run(capsys, "--db", db, "plan", "--help")
    error_code, _, err = _run(capsys, "--db", db, "plan")
    top_code, top, _ = _run(capsys, "--db", db, "--help")

    assert code == 0 and out.startswith("Usage: roster plan [OPTIONS]\n\n  Plan a period")
    assert error_code == 2 and "Error: Missing option '--from'." in err
    assert top_code == 0 and "Commands:" in top and "Opdrachten" not in top


def test_lang_still_wins_over_the_organisations_language(capsys, tmp_path):
    db = _loaded(capsys, tmp_path, "en")

    _, out, _ = _run(capsys, "--db", db, "--lang", "nl", "plan", "--help")

    assert out.startswith("Gebruik: roster plan [OPTIONS]")


def test_help_on_an_old_database_reads_dutch_and_leaves_it_old(capsys, tmp_path):
    path = tmp_path / "old.db"
    with closing(sqlite3.connect(path)) as old:
        old.executescript(Path(DUMP).read_text(encoding="utf-8"))
    url = f"sqlite:///{path}"

    code, out, err = _run(capsys, "--db", url, "plan", "--help")
    error_code, _, error = _run(capsys, "--db", url, "plan", "--frm", "x")
    status = roster(capsys, url, "db", "status").out

    assert code == 0 and out.startswith("Gebruik: roster plan") and err == ""
    assert error_code == 2 and "Fout: Optie '--frm' bestaat niet." in error
    assert "Traceback" not in error
    assert status == (
        f"{url}: schema 0001_previous_release, behind this planner's ({HEAD}): "
        "run `roster db upgrade`\n"
    )


def test_help_makes_no_database(capsys, tmp_path):
    missing = tmp_path / "nothing-here.db"
    empty = tmp_path / "empty.db"
    empty.touch()

    code, out, err = _run(capsys, "--db", f"sqlite:///{missing}", "--help")
    empty_code, empty_out, _ = _run(capsys, "--db", f"sqlite:///{empty}", "plan", "--help")
    status = roster(capsys, f"sqlite:///{empty}", "db", "status").out

    assert code == 0 and "Opdrachten:" in out and err == ""
    assert not missing.exists()
    assert empty_code == 0 and empty_out.startswith("Gebruik: roster plan")
    assert status.endswith("empty (the first command that needs it makes the schema)\n")


def test_an_unreachable_server_leaves_dutch_without_a_traceback(capsys):
    # Nothing listens on port 9 of this machine: the look fails at once.
    url = "postgresql+psycopg://nobody@127.0.0.1:9/roster"

    code, out, err = _run(capsys, "--db", url, "plan", "--help")

    assert code == 0 and out.startswith("Gebruik: roster plan") and err == ""
