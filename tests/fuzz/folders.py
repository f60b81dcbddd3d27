"""Hypothesis strategies for the fuzz suite: a valid organisation folder, then one thing in it
broken the ways issue 15 found (numbers beyond range or 64 bits, NaN, dates at the ends of
the calendar, control characters, encodings, separators, line shapes, sizes)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from planner.io.absences_csv import COLUMNS as ABSENCE_COLUMNS
from planner.io.people_csv import COLUMNS as PEOPLE_COLUMNS
from tests.io.folder_builder import (
    INLOOP,
    NACHTOPVANG,
    ORGANISATION,
    absence_row,
    csv_text,
    professional_row,
    volunteer_row,
)

RULES = """
[rules.hard]
min_rest_hours = 11
max_consecutive_days = 6
forbidden_successions = [["night", "morning"]]

[rules.weights]
stability = 50
"""

PEOPLE = [
    professional_row(working_days="mon;tue;wed;thu;fri", max_hours_per_day="12", languages="nl;fr"),
    professional_row("an", "An Smet", qualifications="social_worker;first_aid"),
    volunteer_row(
        offers="tue 13:00-17:00;sat", wants="inloop", home_activity="inloop", email="jan@x.org"
    ),
]
ABSENCES = [
    absence_row("els", "2026-12-01", "2026-12-02"),
    absence_row("jan", "2026-12-03 09:00", "2026-12-03 12:00", kind="sickness"),
]

VALID = {
    "organisation.toml": ORGANISATION + RULES,
    "activities.toml": INLOOP + NACHTOPVANG,
    "people.csv": csv_text(PEOPLE_COLUMNS, PEOPLE),
    "absences.csv": csv_text(ABSENCE_COLUMNS, ABSENCES),
}

HUGE = "99999999999999999999"
# Values that broke the planner or were accepted wrongly (issue 15), and their kin.
BAD_CELLS = [
    "nan", "inf", "-inf", HUGE, "-" + HUGE, "-5", "0", "1e308", "", " ", "0001-01-01",
    "9999-12-31", "31/11/2026", "2026-02-30", "24:00", "mon 25:00-26:00", "x" * 2_000,
    "a\x00b", "Anna\u202e", "\x1b[31m", "é;ç", "wizard", "mon;;tue", "\ufeffid", "'", '"',
]  # fmt: skip
BAD_TOML_VALUES = [
    "nan", "inf", "-inf", HUGE, "-5", "0", "3", '"text"', "[]", "{}", "true", '"FREQ=MINUTELY"',
    '"FREQ=HOURLY"', '"FREQ=SECONDLY"', '"FREQ=DAILY;BYHOUR=1,2,3"', '[["night", "noon"]]',
    '"0001-01-01"', '"25:00"', '"\\u0000"', "1e400",
]  # fmt: skip
text_cells = st.text(
    st.characters(exclude_categories=("Cs",)), max_size=30
)  # any character but lone surrogates, which no file can hold


@dataclass(frozen=True)
class Broken:
    """A folder's files with one thing changed: which file, and the line changed (None when
    the whole file was changed: its encoding, its separator, its end)."""

    files: dict[str, bytes]
    file: str
    line: int | None
    column: str | None
    how: str

    def write(self, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in self.files.items():
            (folder / name).write_bytes(data)
        return folder


def _encoded(files: dict[str, str]) -> dict[str, bytes]:
    return {name: text.encode("utf-8") for name, text in files.items()}


@st.composite
def broken_cell(draw) -> Broken:
    name = draw(st.sampled_from(["people.csv", "absences.csv"]))
    rows = list(csv.reader(io.StringIO(VALID[name])))
    row = draw(st.integers(1, len(rows) - 1))
    column = draw(st.integers(0, len(rows[0]) - 1))
    value = draw(st.one_of(st.sampled_from(BAD_CELLS), text_cells))
    rows[row][column] = value
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\n").writerows(rows)
    files = _encoded(VALID) | {name: out.getvalue().encode("utf-8")}
    # The line where the row starts: earlier rows hold no line breaks.
    return Broken(files, name, row + 1, rows[0][column], f"cell {rows[0][column]}={value!r}")


@st.composite
def broken_toml_value(draw) -> Broken:
    name = draw(st.sampled_from(["organisation.toml", "activities.toml"]))
    lines = VALID[name].split("\n")
    settable = [i for i, line in enumerate(lines) if " = " in line and not line.startswith("#")]
    index = draw(st.sampled_from(settable))
    key = lines[index].split(" = ", 1)[0]
    value = draw(st.sampled_from(BAD_TOML_VALUES))
    lines[index] = f"{key} = {value}"
    files = _encoded(VALID) | {name: "\n".join(lines).encode("utf-8")}
    return Broken(files, name, index + 1, key.strip(), f"{key}={value}")


@st.composite
def broken_shape(draw) -> Broken:
    """The whole file changed: encoded otherwise, separated otherwise, cut, a line doubled
    or dropped, bytes thrown in."""
    name = draw(st.sampled_from(sorted(VALID)))
    text = VALID[name]
    how = draw(
        st.sampled_from(
            ["utf-16", "cp1252", "semicolons", "cut", "double", "drop", "bytes", "crlf", "cr"]
        )
    )
    data = text.encode("utf-8")
    if how == "utf-16":
        data = text.encode("utf-16")
    elif how == "cp1252":
        data = (text + "# é\n" if name.endswith(".toml") else text).encode("cp1252")
    elif how == "semicolons":
        data = text.replace(",", ";").encode("utf-8")
    elif how == "cut":
        data = data[: draw(st.integers(0, len(data)))]
    elif how in ("double", "drop"):
        lines = text.split("\n")
        i = draw(st.integers(0, len(lines) - 1))
        lines[i : i + 1] = [lines[i]] * (2 if how == "double" else 0)
        data = "\n".join(lines).encode("utf-8")
    elif how == "bytes":
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
    elif how == "crlf":
        data = text.replace("\n", "\r\n").encode("utf-8")
    else:
        data = text.replace("\n", "\r").encode("utf-8")
    return Broken(_encoded(VALID) | {name: data}, name, None, None, f"{name} {how}")


# What a spreadsheet cell may hold besides text: numbers, dates, times, true/false.
sheet_values = st.one_of(
    st.sampled_from(BAD_CELLS),
    text_cells,
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-(2**70), 2**70),
    st.booleans(),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(9999, 12, 31)),
    st.dates(min_value=date(1900, 1, 1)),
    st.times(),
)


def _workbook(rows: list[list[object]]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


@st.composite
def broken_workbook(draw) -> Broken:
    """people.csv or absences.csv as an Excel workbook, one cell set to any value a sheet can
    hold (the sheet's row is the line an error must name)."""
    name = draw(st.sampled_from(["people.csv", "absences.csv"]))
    rows: list[list[object]] = [list(r) for r in csv.reader(io.StringIO(VALID[name]))]
    row = draw(st.integers(1, len(rows) - 1))
    column = draw(st.integers(0, len(rows[0]) - 1))
    value = draw(sheet_values)
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)  # what a sheet cannot hold at all
    rows[row][column] = value
    workbook = name.removesuffix(".csv") + ".xlsx"
    files = {k: v for k, v in _encoded(VALID).items() if k != name}
    files[workbook] = _workbook(rows)
    return Broken(files, workbook, row + 1, str(rows[0][column]), f"{workbook} {value!r}")


broken_folders = st.one_of(broken_cell(), broken_toml_value(), broken_shape(), broken_workbook())
