"""absences.csv: leave, sickness and unavailability, in local time (docs/folder-format.md)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from planner.domain import Absence, AbsenceKind
from planner.errors import InputError
from planner.io import fields
from planner.io.csv_table import CsvRow, read_csv
from planner.io.fields import FieldError
from planner.limits import MAX_ABSENCES
from planner.message import msg

FILE = "absences.csv"
REQUIRED = ("person", "from", "to", "kind")
OPTIONAL = ("reason",)
COLUMNS = (*REQUIRED, *OPTIONAL)  # the order of docs/folder-format.md, for writers


@dataclass(frozen=True)
class AbsenceLine:
    line: int
    absence: Absence


def read_absences(path: Path, tz: ZoneInfo) -> tuple[list[AbsenceLine], list[InputError]]:
    absences: list[AbsenceLine] = []
    errors: list[InputError] = []
    for row in read_csv(path, required=REQUIRED, optional=OPTIONAL, most=MAX_ABSENCES):
        try:
            absences.append(AbsenceLine(row.line, absence_from(row, tz)))
        except FieldError as exc:
            errors.append(InputError(path.name, row.line, exc.field, exc.message))
    return absences, errors


def absence_from(row: CsvRow, tz: ZoneInfo) -> Absence:
    person = fields.identifier("person", row.get("person"))
    start = fields.moment("from", row.get("from"), tz)
    end = fields.moment("to", row.get("to"), tz, is_end=True)
    if end <= start:
        raise FieldError(
            "to",
            msg("to '{to}' is not after from '{start}'", to=row.get("to"), start=row.get("from")),
        )
    return Absence(person, start, end, absence_kind(row.get("kind")), row.get("reason"))


def absence_kind(text: str) -> AbsenceKind:
    try:
        return AbsenceKind(text.strip().lower())
    except ValueError:
        raise FieldError(
            "kind",
            msg(
                "kind '{kind}' is not one of {known}",
                kind=text,
                known=", ".join(k.value for k in AbsenceKind),
            ),
        ) from None
