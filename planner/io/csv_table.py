"""A table of an organisation folder (people, absences) as rows with their line numbers: a CSV
file as spreadsheets save it, or an Excel workbook (.xlsx).

CSV: columns separated by ',' or by ';' (what a Dutch-language Excel writes), in UTF-8 (with
or without a byte-order mark) or, when the file is not UTF-8, Windows-1252 (what Excel writes
for 'CSV' without 'UTF-8'). Which was used is said (`reading_note`). A line is a physical
line of the file, the header being line 1. An .xlsx: the first sheet, a line is a row of the
sheet as the spreadsheet numbers it.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from planner.errors import FileProblem, InputError
from planner.limits import MAX_CELL_CHARS, MAX_FILE_BYTES
from planner.message import Message, msg, nmsg

# Invisible characters that reorder or hide text: a name holding one shows as something else
# than what is stored (U+202E turns 'Anna' around).
_BIDI = {"\u200e", "\u200f", "\u061c", *map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))}  # fmt: skip


@dataclass(frozen=True)
class CsvRow:
    line: int  # physical line (or spreadsheet row) where the row starts; the header is line 1
    cells: dict[str, str]  # column -> stripped text ('' when empty or missing)

    def get(self, column: str) -> str:
        return self.cells.get(column, "")


@dataclass(frozen=True)
class CsvText:
    text: str
    encoding: str  # 'utf-8' or 'cp1252'
    delimiter: str


def too_many(name: str, line: int | None, most: int) -> InputError:
    """A file holding more entries than the planner takes (docs/limits.md), at the first one
    too many: a workbook is not read beyond it."""
    return InputError(
        name,
        line,
        None,
        msg("holds more than the {most} entries this file may hold (docs/limits.md)", most=most),
    )


def read_csv(
    path: Path, *, required: tuple[str, ...], optional: tuple[str, ...], most: int
) -> list[CsvRow]:
    """Rows of a table file with a header (.csv or .xlsx, by its name). Columns may come in
    any order; unknown columns are refused so that a misspelt column never silently does
    nothing. Every cell is checked for control characters and length; more than `most` rows
    are refused, naming the first row too many."""
    if path.suffix.lower() == ".xlsx":
        _check_size(path)
        from planner.io.xlsx_table import read_xlsx  # openpyxl only when a workbook is read

        header, lines = read_xlsx(path, most)
        if not any(cell.strip() for cell in header):
            raise _no_header(path.name, required)
        header = [cell.strip() for cell in header]
        separator = None
    else:
        header, lines, separator = _csv_lines(path, required)
    _check_header(path.name, header, required, optional)
    rows: list[CsvRow] = []
    for line, cells in lines:
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(header):
            raise InputError(path.name, line, None, _too_many_cells(len(cells), header, separator))
        padded = cells + [""] * (len(header) - len(cells))
        row = {col: cell.strip() for col, cell in zip(header, padded, strict=True)}
        for column, cell in row.items():
            _check_cell(path.name, line, column, cell)
        rows.append(CsvRow(line, row))
        if len(rows) > most:
            raise too_many(path.name, line, most)
    return rows


def _too_many_cells(cells: int, header: list[str], separator: str | None) -> Message:
    # More cells than columns: `cells` is at least 2, the header may have 1 column.
    if separator == ",":
        return nmsg(
            "{cells} cells but the header has {n} column "
            "(a ',' inside a cell needs quotes; lists use ';')",
            "{cells} cells but the header has {n} columns "
            "(a ',' inside a cell needs quotes; lists use ';')",
            len(header),
            cells=cells,
        )
    if separator == ";":
        return nmsg(
            "{cells} cells but the header has {n} column "
            "(a ';' inside a cell needs quotes, as a spreadsheet writes it)",
            "{cells} cells but the header has {n} columns "
            "(a ';' inside a cell needs quotes, as a spreadsheet writes it)",
            len(header),
            cells=cells,
        )
    return nmsg(
        "{cells} cells but the header has {n} column",
        "{cells} cells but the header has {n} columns",
        len(header),
        cells=cells,
    )


def decode(path: Path) -> CsvText:
    """The file's text, its encoding and its column separator (see the module's doc)."""
    name = path.name
    _check_size(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FileProblem.of(path, exc, writing=False) from None
    try:
        # utf-8-sig: spreadsheet programs often start the file with a byte-order mark.
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            raise InputError(
                name,
                None,
                None,
                msg(
                    "is neither UTF-8 nor Windows-1252 text (byte {byte}); save it as 'CSV UTF-8'",
                    byte=exc.start,
                ),
            ) from None
    if "\n" not in text:
        text = text.replace("\r", "\n")  # Excel for Mac's "CSV (Macintosh)" ends lines so
    first_line = text.split("\n", 1)[0]
    return CsvText(text, encoding, _delimiter(first_line))


def reading_note(path: Path) -> Message | None:
    """How a CSV file was read when it was not plain UTF-8 with commas, to say so at load;
    None for an .xlsx, a file that reads as the format says, or one that cannot be read."""
    if path.suffix.lower() != ".csv":
        return None
    try:
        found = decode(path)
    except (InputError, FileProblem):
        return None
    if found.encoding == "utf-8" and found.delimiter == ",":
        return None
    encoding = "UTF-8" if found.encoding == "utf-8" else "Windows-1252"
    return msg(
        "{file}: read as {encoding} text with '{separator}' between columns",
        file=path.name,
        encoding=encoding,
        separator=found.delimiter,
    )


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise FileProblem.of(path, exc, writing=False) from None
    if size > MAX_FILE_BYTES:
        raise InputError(
            path.name,
            None,
            None,
            msg(
                "is {size} MiB, more than the {most} MiB an organisation's file may be "
                "(docs/limits.md)",
                size=size // (1024 * 1024),
                most=MAX_FILE_BYTES // (1024 * 1024),
            ),
        )


def _no_header(name: str, required: tuple[str, ...]) -> InputError:
    return InputError(
        name,
        1,
        None,
        msg("the header is missing (columns: {columns})", columns=", ".join(required)),
    )


def _delimiter(first_line: str) -> str:
    """';' when the header has more ';' than ','; a Dutch-language spreadsheet writes it."""
    return ";" if first_line.count(";") > first_line.count(",") else ","


def _csv_lines(path: Path, required: tuple[str, ...]) -> tuple[list[str], list, str]:
    name = path.name
    found = decode(path)
    text = found.text
    if not text.split("\n", 1)[0].strip():
        raise _no_header(name, required)
    # Line ends are '\n' (or '\r\n') for the coordinator's editor and for us: a lone '\r'
    # inside a cell would otherwise count as a line and shift every line number after it.
    reader = csv.reader(_lines(text), delimiter=found.delimiter)
    lines = []
    previous_end = 0
    header: list[str] | None = None
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise InputError(
                name, previous_end + 1, None, msg("is not valid CSV: {reason}", reason=str(exc))
            ) from None
        if header is None:
            header = [cell.strip() for cell in cells]
        else:
            lines.append((previous_end + 1, cells))
        previous_end = reader.line_num
    return header or [], lines, found.delimiter


def _lines(text: str):
    """The text's lines as an editor counts them (split on '\\n' only), ends kept."""
    return io.StringIO(text, newline="\n")


def _check_header(
    name: str, header: list[str], required: tuple[str, ...], optional: tuple[str, ...]
) -> None:
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


def _check_cell(name: str, line: int, column: str, cell: str) -> None:
    if len(cell) > MAX_CELL_CHARS:
        raise InputError(
            name,
            line,
            column,
            msg(
                "{column} has {length} characters, more than the {most} a cell may have",
                column=column,
                length=len(cell),
                most=MAX_CELL_CHARS,
            ),
        )
    for char in cell:
        if char in "\t\n\r" or (char.isprintable() and char not in _BIDI):
            continue
        if unicodedata.category(char) in ("Cc", "Cf", "Co", "Cn", "Zl", "Zp"):
            raise InputError(
                name,
                line,
                column,
                msg(
                    "{column} holds an invisible control character (U+{code}); type the cell again",
                    column=column,
                    code=f"{ord(char):04X}",
                ),
            )


def known_order(required: tuple[str, ...], optional: tuple[str, ...]) -> list[str]:
    return [*required, *optional]
