"""A CSV file of an organisation folder as rows with their physical line numbers."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from planner.errors import InputError
from planner.message import msg


@dataclass(frozen=True)
class CsvRow:
    line: int  # physical line where the row starts; the header is line 1
    cells: dict[str, str]  # column -> stripped text ('' when empty or missing)

    def get(self, column: str) -> str:
        return self.cells.get(column, "")


def read_csv(path: Path, *, required: tuple[str, ...], optional: tuple[str, ...]) -> list[CsvRow]:
    """Rows of a UTF-8 CSV file with a header. Columns may come in any order; unknown columns
    are refused so that a misspelt column never silently does nothing."""
    name = path.name
    try:
        # utf-8-sig: spreadsheet programs often start the file with a byte-order mark.
        # newline="": the csv module reads line ends itself, also inside quoted cells.
        with path.open(encoding="utf-8-sig", newline="") as handle:
            text = handle.read()
    except UnicodeDecodeError as exc:
        raise InputError(
            name,
            None,
            None,
            msg("is not UTF-8 text (byte {byte}); save it as 'CSV UTF-8'", byte=exc.start),
        ) from None
    first_line = text.split("\n", 1)[0]
    if not first_line.strip():
        raise InputError(
            name,
            1,
            None,
            msg("the header is missing (columns: {columns})", columns=", ".join(required)),
        )
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [cell.strip() for cell in next(reader)]
    if ";" in first_line and "," not in first_line:
        # A Dutch-language spreadsheet separates columns with ';' by default.
        raise InputError(
            name, 1, None, msg("columns are separated by ';'; save it as CSV with commas (',')")
        )
    known = set(required) | set(optional)
    for column in header:
        if column not in known:
            raise InputError(
                name,
                1,
                column,
                msg(
                    "unknown column '{column}' (known: {known})",
                    column=column,
                    known=", ".join(known_order(required, optional)),
                ),
            )
    for column in required:
        if column not in header:
            raise InputError(name, 1, column, msg("column '{column}' is missing", column=column))
    duplicates = {c for c in header if header.count(c) > 1}
    if duplicates:
        raise InputError(
            name, 1, None, msg("column '{column}' appears twice", column=sorted(duplicates)[0])
        )

    rows: list[CsvRow] = []
    previous_end = reader.line_num
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise InputError(
                name, previous_end + 1, None, msg("is not valid CSV: {reason}", reason=str(exc))
            ) from None
        line = previous_end + 1
        previous_end = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(header):
            raise InputError(
                name,
                line,
                None,
                msg(
                    "{cells} cells but the header has {columns} columns "
                    "(a ',' inside a cell needs quotes; lists use ';')",
                    cells=len(cells),
                    columns=len(header),
                ),
            )
        padded = cells + [""] * (len(header) - len(cells))
        rows.append(
            CsvRow(line, {col: cell.strip() for col, cell in zip(header, padded, strict=True)})
        )
    return rows


def known_order(required: tuple[str, ...], optional: tuple[str, ...]) -> list[str]:
    return [*required, *optional]
