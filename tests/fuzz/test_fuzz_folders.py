"""Broken organisation folders: `roster load` refuses each with its file, line and field and
changes nothing, or loads it; never a traceback or an internal error."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import event, given

from planner.io.folder import InvalidFolder, read_folder
from tests.cli.roster_run import roster
from tests.fuzz.folders import VALID, Broken, broken_folders
from tests.fuzz.support import FUZZ, assert_clean, fingerprint

_count = itertools.count()


@pytest.fixture
def db_file(capsys, tmp_path) -> Path:
    folder = tmp_path / "valid"
    folder.mkdir()
    for name, text in VALID.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = tmp_path / "roster.db"
    assert roster(capsys, f"sqlite:///{path}", "load", str(folder)).code == 0
    return path


def test_the_valid_folder_loads(db_file):
    assert db_file.stat().st_size > 0


@FUZZ
@given(broken=broken_folders)
def test_a_broken_folder_is_refused_clearly_or_loaded(capsys, tmp_path, db_file, broken: Broken):
    folder = broken.write(tmp_path / f"folder-{next(_count)}")
    before = fingerprint(db_file)

    result = roster(capsys, f"sqlite:///{db_file}", "load", str(folder))

    assert_clean(result.code, result.err)
    if result.code != 0:
        event("refused")
        assert result.code == 2, result.err
        assert fingerprint(db_file) == before, f"{broken.how}: refused but the database changed"
        assert_names_the_place(folder, broken)
    else:
        event("loaded")


def assert_names_the_place(folder: Path, broken: Broken) -> None:
    """Every error names a file of the folder and a line inside it; a changed cell or value is
    named by its own file (and, in a CSV file, its own line) unless it was an id that other
    files refer to."""
    try:
        read_folder(folder)
    except InvalidFolder as exc:
        errors = exc.errors
    else:
        pytest.fail(f"{broken.how}: `roster load` refused what read_folder accepts")
    for error in errors:
        assert error.file in broken.files, str(error)
        data = broken.files[error.file]
        lines = max(data.count(b"\n"), data.count(b"\r")) + 1
        assert error.line is None or 1 <= error.line <= lines, (broken.how, str(error))
    if broken.line is None or broken.column == "id":
        return
    mine = [e for e in errors if e.file == broken.file]
    assert mine, (broken.how, [str(e) for e in errors])
    if not broken.file.endswith(".toml"):
        assert any(e.line == broken.line for e in mine), (broken.how, [str(e) for e in mine])
