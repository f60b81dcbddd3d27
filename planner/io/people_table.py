"""The people list written back as a table (`roster export people`): the columns of
people.csv (docs/folder-format.md), one person a row, so that the file loads again as it is
and a coordinator can edit it in a spreadsheet and reload it."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import time

from planner.domain import WEEKDAYS, Person, Slot, TimeWindow
from planner.io.people_csv import COLUMNS, HEAVY

Cell = str | float | int


def people_rows(people: Iterable[Person]) -> list[list[Cell]]:
    """The header, then a row per person in the columns' order. Numbers stay numbers, so
    that a spreadsheet can sum them; lists are ';'-separated as in people.csv."""
    rows: list[list[Cell]] = [list(COLUMNS)]
    for person in people:
        cells: dict[str, Cell] = {
            "id": person.id,
            "name": person.name,
            "kind": person.kind.value,
            "qualifications": _items(
                _qualification(person, q) for q in sorted(person.qualifications)
            ),
            "languages": _items(sorted(person.languages)),
            "home_activity": person.home_activity or "",
            "email": person.email or "",
            "phone": person.phone or "",
            "language": person.language or "",
            "reminder": _reminder(person),
        }
        if person.contract is not None:
            contract = person.contract
            cells["hours_per_week"] = _number(contract.hours_per_week)
            cells["working_days"] = _items(WEEKDAYS[d] for d in sorted(contract.working_days))
            cells["max_hours_per_day"] = _number(contract.max_hours_per_day)
        if person.limits is not None:
            limits = person.limits
            cells["max_shifts_per_week"] = limits.max_shifts_per_week
            cells["max_shifts_per_month"] = limits.max_shifts_per_month
            cells["offers"] = _items(_window(w) for w in limits.offers)
            cells["wants"] = _items(sorted(limits.wants))
            cells["refuses"] = _items(sorted(limits.refuses))
        cells.update(_safeguards(person))
        rows.append([cells.get(column, "") for column in COLUMNS])
    return rows


def people_csv_bytes(people: Iterable[Person]) -> bytes:
    """people.csv as UTF-8 with a byte-order mark (so that Excel shows 'Aydın' and 'René'),
    columns separated by ','."""
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\n").writerows(people_rows(people))
    return out.getvalue().encode("utf-8-sig")


def people_xlsx_bytes(people: Iterable[Person]) -> bytes:
    """A workbook with one sheet 'people', the header row frozen, text cells kept as text
    (a phone number's leading 0 stays)."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new workbook has one sheet
    sheet.title = "people"
    for row in people_rows(people):
        sheet.append(row)
    for cells in sheet.iter_rows():
        for cell in cells:
            if isinstance(cell.value, str):
                cell.number_format = "@"  # text: Excel must not read '0470...' as a number
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _safeguards(person: Person) -> dict[str, Cell]:
    """The safeguards' columns (docs/rules.md): newcomer, own heavy-shift limits, pairs and
    wishes, empty where the person has none."""
    cells: dict[str, Cell] = {}
    if person.newcomer:
        cells["newcomer"] = "yes"
    own = person.heavy
    for column, value in zip(HEAVY, (own.in_row, own.per_week, own.per_month), strict=True):
        if value is not None:
            cells[column] = value
    cells["never_with"] = _items(sorted(person.never_with))
    cells["always_with"] = _items(sorted(person.always_with))
    wishes = person.wishes
    cells["prefers"] = _items(_slot(s) for s in wishes.prefers)
    cells["avoids"] = _items(_slot(s) for s in wishes.avoids)
    cells["days_off"] = _items(d.isoformat() for d in sorted(wishes.days_off))
    return cells


def _slot(slot: Slot) -> str:
    """'sat morning', 'fri', 'evening': as people.csv reads it back."""
    day = WEEKDAYS[slot.weekday] if slot.weekday is not None else ""
    return " ".join(part for part in (day, slot.shift_class or "") if part)


def _items(values: Iterable[str]) -> str:
    return ";".join(values)


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def _window(window: TimeWindow) -> str:
    day = WEEKDAYS[window.weekday]
    if window.start == window.end == time(0):  # the whole day (see people_csv._window)
        return day
    return f"{day} {window.start:%H:%M}-{window.end:%H:%M}"


def _qualification(person: Person, code: str) -> str:
    """'first_aid:2027-03-31' for one that lapses, as people.csv writes it."""
    until = dict(person.lapses).get(code)
    return f"{code}:{until.isoformat()}" if until else code


def _reminder(person: Person) -> Cell:
    """'' for the organisation's lead, 'no' for none, else hours, as people.csv writes it."""
    if person.reminder is None:
        return ""
    if not person.reminder:
        return "no"
    return _number(person.reminder.total_seconds() / 3600)
