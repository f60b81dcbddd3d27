"""An Excel workbook (.xlsx) as a table: the first sheet's rows, numbered as the spreadsheet
numbers them, each cell as the text a CSV file would hold (planner/io/csv_table.py)."""

from __future__ import annotations

import zipfile
from datetime import date, datetime, time
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from planner.errors import FileProblem, InputError
from planner.message import msg

MAX_COLUMNS = 100  # a header wider than this is not a people or absence list


def read_xlsx(path: Path, most_rows: int) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header (row 1) and every further row with its number; ([], []) for an empty sheet.
    A workbook is compressed: a small file can hold millions of cells, so reading stops after
    `most_rows` + 1 rows that hold something, and a row after one cell more than the header
    (enough for the reader to refuse either)."""
    try:
        # read_only: rows are streamed, a big sheet is never held as cell objects at once.
        workbook = load_workbook(path, read_only=True, data_only=True)
    except OSError as exc:
        raise FileProblem.of(path, exc, writing=False) from None
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, TypeError):
        raise InputError(
            path.name,
            None,
            None,
            msg("is not an Excel workbook (.xlsx) that can be read; save it again as .xlsx"),
        ) from None
    header: list[str] = []
    lines: list[tuple[int, list[str]]] = []
    try:
        rows = workbook.worksheets[0].iter_rows(min_row=1, values_only=True)
        for number, values in enumerate(rows, 1):
            width = len(header) + 1 if number > 1 else MAX_COLUMNS
            cells = [cell_text(value) for value in values[:width]]
            while cells and not cells[-1].strip():
                cells.pop()  # a sheet's rows run to its widest column
            if number == 1:
                header = cells
            elif cells:
                lines.append((number, cells))
                if len(lines) > most_rows:
                    break
    finally:
        workbook.close()
    return header, lines


def cell_text(value: object) -> str:
    """A spreadsheet cell as the text a CSV file would hold: dates as 2026-11-30, times as
    13:30, whole numbers without '.0'."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return f"{value:%H:%M}"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
