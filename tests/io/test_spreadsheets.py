"""The files coordinators really have: CSV as a Dutch-language Excel saves it (';' between
columns, Windows-1252 or UTF-8 with a byte-order mark) and Excel workbooks (.xlsx), loading
with the same result as the demo's own CSV, and errors naming the spreadsheet's row."""

from __future__ import annotations

import csv
import io
import shutil
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from planner.i18n.language import use_language
from planner.i18n.text import render
from planner.io.folder import InvalidFolder, read_folder
from tests.io.folder_builder import professional_row, write_folder

DEMO = Path(__file__).resolve().parents[2] / "fixtures" / "demo"
# Letters of the demo's names that Windows-1252 cannot hold (Excel writes '?' for them).
NOT_IN_CP1252 = str.maketrans({"ı": "i", "Ş": "S", "ş": "s"})


def demo_rows(name: str) -> list[list[str]]:
    text = (DEMO / name).read_text(encoding="utf-8").translate(NOT_IN_CP1252)
    return list(csv.reader(io.StringIO(text)))


def reference(tmp_path: Path) -> Path:
    """The demo folder, its names limited to what Windows-1252 holds."""
    folder = tmp_path / "reference"
    shutil.copytree(DEMO, folder)
    for name in ("people.csv", "absences.csv"):
        text = (DEMO / name).read_text(encoding="utf-8").translate(NOT_IN_CP1252)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def as_excel_csv(rows: list[list[str]], encoding: str) -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(encoding)


def as_workbook(rows: list[list[object]], path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def with_tables(tmp_path: Path, name: str) -> Path:
    """The reference folder without its people.csv and absences.csv."""
    folder = tmp_path / name
    shutil.copytree(reference(tmp_path / f"{name}-ref"), folder)
    (folder / "people.csv").unlink()
    (folder / "absences.csv").unlink()
    return folder


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig"])
def test_semicolon_csv_from_excel_loads_like_the_demo(tmp_path, encoding):
    expected = read_folder(reference(tmp_path))
    folder = with_tables(tmp_path, "excel")
    for name in ("people.csv", "absences.csv"):
        (folder / name).write_bytes(as_excel_csv(demo_rows(name), encoding))

    loaded = read_folder(folder)

    assert loaded.organisation == expected.organisation
    assert loaded.absences == expected.absences
    assert any("\u00e9" in p.name for p in loaded.organisation.people)  # 'é' read as 'é'
    said = "Windows-1252" if encoding == "cp1252" else "UTF-8"
    with use_language("en"):
        notes = [render(note) for note in loaded.notes]
    assert notes == [
        f"people.csv: read as {said} text with ';' between columns",
        # Nothing in it but ASCII, which is UTF-8 too.
        "absences.csv: read as UTF-8 text with ';' between columns",
    ]


def test_plain_csv_is_read_without_a_note(tmp_path):
    assert read_folder(reference(tmp_path)).notes == ()


def test_workbooks_load_like_the_demo(tmp_path):
    expected = read_folder(reference(tmp_path))
    folder = with_tables(tmp_path, "xlsx")
    people = demo_rows("people.csv")
    # As a spreadsheet holds them: hours as numbers, dates as dates.
    people = [people[0]] + [
        [float(c) if c.replace(".", "").isdigit() else c for c in row] for row in people[1:]
    ]
    absences: list[list[object]] = [demo_rows("absences.csv")[0]]
    for person, start, end, *rest in demo_rows("absences.csv")[1:]:
        absences.append([person, datetime.fromisoformat(start), datetime.fromisoformat(end), *rest])
    as_workbook(people, folder / "people.xlsx")
    as_workbook(absences, folder / "absences.xlsx")

    loaded = read_folder(folder)

    assert loaded.organisation == expected.organisation
    assert loaded.absences == expected.absences
    assert loaded.notes == ()


def test_workbook_error_names_the_spreadsheet_row(tmp_path):
    folder = with_tables(tmp_path, "xlsx")
    people = demo_rows("people.csv")
    people[5][2] = "wizard"  # row 6 of the sheet: the header is row 1
    people.insert(3, [])  # an empty row is skipped but keeps its number
    as_workbook(people, folder / "people.xlsx")
    shutil.copy(reference(tmp_path / "r") / "absences.csv", folder / "absences.csv")

    with pytest.raises(InvalidFolder) as caught:
        read_folder(folder)

    assert str(caught.value).startswith(
        "people.xlsx line 7: kind 'wizard' is neither professional nor volunteer"
    )


def test_a_file_that_is_no_workbook_is_refused_by_name(tmp_path):
    folder = with_tables(tmp_path, "xlsx")
    (folder / "people.xlsx").write_text("id,name,kind\n", encoding="utf-8")
    shutil.copy(reference(tmp_path / "r") / "absences.csv", folder / "absences.csv")

    with pytest.raises(InvalidFolder) as caught:
        read_folder(folder)

    assert str(caught.value).startswith("people.xlsx: is not an Excel workbook (.xlsx)")


def test_both_csv_and_workbook_is_refused(tmp_path):
    folder = reference(tmp_path)
    as_workbook(demo_rows("people.csv"), folder / "people.xlsx")

    with pytest.raises(InvalidFolder) as caught:
        read_folder(folder)

    assert str(caught.value) == (
        "people.csv: both people.csv and people.xlsx are in the folder; keep the one to load"
    )


@pytest.mark.parametrize(
    ("character", "code"), [("\x00", "0000"), ("\u202e", "202E"), ("\x1b", "001B")]
)
def test_control_characters_in_a_cell_are_refused(tmp_path, character, code):
    row = professional_row(name=f"Els{character}Peeters")
    folder = write_folder(tmp_path, people=[row])

    with pytest.raises(InvalidFolder) as caught:
        read_folder(folder)

    assert str(caught.value) == (
        f"people.csv line 2: name holds an invisible control character (U+{code}); "
        "type the cell again"
    )


def test_text_neither_utf8_nor_windows_1252_is_refused(tmp_path):
    folder = write_folder(tmp_path)
    # 0x81 is unassigned in Windows-1252 and not valid UTF-8 on its own.
    (folder / "people.csv").write_bytes(
        b"id,name,kind,hours_per_week\nels,El\x81s,professional,38\n"
    )

    with pytest.raises(InvalidFolder) as caught:
        read_folder(folder)

    assert str(caught.value).startswith("people.csv: is neither UTF-8 nor Windows-1252 text")


def test_old_mac_line_ends_are_lines(tmp_path):
    """Excel for Mac's "CSV (Macintosh)" ends lines with a carriage return alone."""
    original = reference(tmp_path)
    expected = read_folder(original)
    folder = with_tables(tmp_path, "mac")
    for name in ("people.csv", "absences.csv"):
        (folder / name).write_bytes((original / name).read_bytes().replace(b"\n", b"\r"))

    loaded = read_folder(folder)

    assert loaded.organisation == expected.organisation
    assert loaded.absences == expected.absences


def test_too_many_cells_in_a_semicolon_file_names_the_semicolon(tmp_path):
    people = "id;name;kind;hours_per_week\nels;Vermeulen; Els;professional;38\n"

    with pytest.raises(InvalidFolder) as caught:
        read_folder(write_folder(tmp_path, people=people))

    assert str(caught.value) == (
        "people.csv line 2: 5 cells but the header has 4 columns "
        "(a ';' inside a cell needs quotes, as a spreadsheet writes it)"
    )


def test_a_workbook_with_too_many_rows_is_refused_at_the_first_too_many(tmp_path, monkeypatch):
    monkeypatch.setattr("planner.io.people_csv.MAX_PEOPLE", 3)
    folder = with_tables(tmp_path, "xlsx")
    as_workbook(demo_rows("people.csv"), folder / "people.xlsx")
    shutil.copy(reference(tmp_path / "r") / "absences.csv", folder / "absences.csv")

    with pytest.raises(InvalidFolder) as caught:
        read_folder(folder)

    assert str(caught.value).startswith(
        "people.xlsx line 5: holds more than the 3 entries this file may hold (docs/limits.md)"
    )
