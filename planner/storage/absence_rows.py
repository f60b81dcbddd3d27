"""Writing absences inside a Write: those of absences.csv on every load, one by hand."""

from __future__ import annotations

from collections.abc import Iterable
from zoneinfo import ZoneInfo

from sqlmodel import col, select

from planner.domain import Absence
from planner.errors import PlannerError
from planner.message import msg
from planner.storage.mapping import absence_record, absence_row
from planner.storage.queries import zone
from planner.storage.tables import SOURCE_FILE, AbsenceRow, PersonRow
from planner.storage.writes import Write, absence_scopes


def check_absence(absence: Absence) -> None:
    if absence.end <= absence.start:
        raise PlannerError(
            msg(
                "absence of '{person}' ends ({end}) before it starts ({start})",
                person=absence.person_id,
                end=absence.end,
                start=absence.start,
            )
        )


def localised(absence: Absence, tz: ZoneInfo) -> Absence:
    """Naive times are read as the organisation's local time."""
    start = absence.start if absence.start.tzinfo else absence.start.replace(tzinfo=tz)
    end = absence.end if absence.end.tzinfo else absence.end.replace(tzinfo=tz)
    return Absence(absence.person_id, start, end, absence.kind, absence.reason)


def replace_file_absences(unit: Write, absences: Iterable[Absence], people: set[str]) -> None:
    """The absences of absences.csv in place of those of the previous load. One that is in
    both keeps its row (and id); only the ones that come or go are recorded."""
    session = unit.session
    tz = zone(session)
    old: dict[tuple, list[AbsenceRow]] = {}
    for row in session.exec(select(AbsenceRow).where(col(AbsenceRow.source) == SOURCE_FILE)):
        old.setdefault(_key(absence_record(row)), []).append(row)
    for absence in absences:
        check_absence(absence)
        if absence.person_id not in people:
            raise PlannerError(
                msg("absence of unknown person '{person}'", person=absence.person_id)
            )
        row = absence_row(absence, SOURCE_FILE)
        same = old.get(_key(absence_record(row)))
        if same:
            same.pop()
            continue
        session.add(row)
        session.flush()
        _record(unit, row, tz, added=True)
    for rows in old.values():
        for row in rows:
            _record(unit, row, tz, added=False)
            session.delete(row)


def add_absence(unit: Write, absence: Absence, source: str) -> AbsenceRow:
    check_absence(absence)
    session = unit.session
    tz = zone(session)
    if session.get(PersonRow, absence.person_id) is None:
        raise PlannerError(msg("unknown person '{person}'", person=absence.person_id))
    row = absence_row(localised(absence, tz), source)
    session.add(row)
    session.flush()
    _record(unit, row, tz, added=True)
    return row


def remove_absence(unit: Write, row: AbsenceRow) -> None:
    _record(unit, row, zone(unit.session), added=False)
    unit.session.delete(row)


def _record(unit: Write, row: AbsenceRow, tz: ZoneInfo, *, added: bool) -> None:
    data = absence_record(row)
    before, after = (None, data) if added else (data, None)
    unit.record("absence", str(row.id), before, after, [row.person_id])
    unit.touch(*absence_scopes(row, tz))


def _key(record: dict[str, str]) -> tuple:
    return tuple(sorted(record.items()))
