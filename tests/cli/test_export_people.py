"""`roster export people`: the people list as a spreadsheet that loads again unchanged."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from planner.io.folder import read_folder
from tests.cli.roster_run import roster

DEMO = Path(__file__).resolve().parents[2] / "fixtures" / "demo"


@pytest.fixture
def db(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'roster.db'}"


@pytest.mark.parametrize("name", ["people.xlsx", "people.csv"])
def test_exported_people_load_again_unchanged(capsys, db, tmp_path, name):
    assert roster(capsys, db, "load", str(DEMO)).code == 0

    result = roster(capsys, db, "export", "people", "-o", str(tmp_path / name))
    assert result.code == 0
    assert result.err == f"wrote {tmp_path / name}: 195 people\n"
    folder = tmp_path / "edited"
    shutil.copytree(DEMO, folder)
    (folder / "people.csv").unlink()
    shutil.copy(tmp_path / name, folder / name)

    assert read_folder(folder).organisation == read_folder(DEMO).organisation
    assert roster(capsys, db, "load", str(folder)).code == 0


def test_workbook_keeps_phone_numbers_as_text(capsys, db, tmp_path):
    roster(capsys, db, "load", str(DEMO))

    roster(capsys, db, "export", "people", "-o", str(tmp_path / "people.xlsx"))

    sheet = load_workbook(tmp_path / "people.xlsx").worksheets[0]
    header = [cell.value for cell in sheet[1]]
    phones = [row[header.index("phone")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert "0470 85 76 36" in phones


def test_without_output_the_csv_goes_to_standard_output(capsys, db):
    roster(capsys, db, "load", str(DEMO))

    result = roster(capsys, db, "export", "people")

    assert result.code == 0
    assert result.out.splitlines()[0] == (DEMO / "people.csv").read_text().splitlines()[0]


def test_unwritable_output_is_one_sentence(capsys, db, tmp_path):
    roster(capsys, db, "load", str(DEMO))

    result = roster(capsys, db, "export", "people", "-o", str(tmp_path / "no" / "people.xlsx"))

    assert result.code == 5
    assert result.err.startswith(f"error: {tmp_path / 'no' / 'people.xlsx'}: cannot write")
    assert "Traceback" not in result.err
