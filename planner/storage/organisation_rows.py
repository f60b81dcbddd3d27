"""Writing an organisation: its row, its activities and people (in the order of its files),
and what goes when people or activities are gone or an activity's times change. Each change
is an audit entry of its own: the fields that changed, before and after.

People gone from people.csv are not deleted: they leave (planner/storage/departures.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete
from sqlmodel import SQLModel, col, select

from planner.domain import Activity, Organisation
from planner.errors import PlannerError
from planner.shifts import occurrences
from planner.storage.delivery_rows import feeds_json, mail_json, self_service_json, watch_json
from planner.storage.departures import Holds, depart
from planner.storage.entry_rows import EntryDifference, apply_entries, entries_by_person
from planner.storage.mapping import (
    activity_row,
    fill_activity_row,
    fill_person_row,
    new_activity_row,
    new_person_row,
    parse_shift_id,
    schedule,
)
from planner.storage.queries import LayerRow, chunks
from planner.storage.roster_writes import record_changes, snapshots
from planner.storage.tables import (
    PUBLISHED,
    WORKING,
    ActivityRow,
    AssignmentRow,
    OrganisationRow,
    PersonRow,
    ShiftStateRow,
)
from planner.storage.writes import ORGANISATION, Write, person_scope

# Kept for display only: a new order of the rows in a file is not a change to record.
NOT_RECORDED = {"id", "position", "left_at_utc"}


def fields_of(row: SQLModel) -> dict[str, Any]:
    return {k: v for k, v in row.model_dump(mode="json").items() if k not in NOT_RECORDED}


def changed(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict, dict]:
    keys = [k for k in after if before.get(k) != after[k]]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


def write_organisation(
    unit: Write,
    org: Organisation,
    holds: Holds | None = None,
    *,
    overwrite_entries: bool = False,
) -> list[EntryDifference]:
    session = unit.session
    org_row = session.get(OrganisationRow, 1)
    before = fields_of(org_row) if org_row else None
    org_row = org_row or OrganisationRow(
        id=1, name=org.name, timezone=org.timezone, holiday_country=org.holiday_country
    )
    org_row.name = org.name
    org_row.timezone = org.timezone
    org_row.holiday_country = org.holiday_country
    org_row.extra_closures = [d.isoformat() for d in org.extra_closures]
    org_row.coordinator = org.coordinator
    org_row.language = org.language
    org_row.rules = dict(org.rules)
    org_row.feeds = feeds_json(org.feeds)
    org_row.mail = mail_json(org.mail)
    org_row.watch = watch_json(org.watch)
    org_row.self_service = self_service_json(org.self_service)
    session.add(org_row)
    _record(unit, "organisation", "", before, fields_of(org_row))

    person_ids = {p.id for p in org.people}
    activity_ids = {a.id for a in org.activities}
    present = session.exec(
        select(col(PersonRow.id)).where(col(PersonRow.left_at_utc).is_(None))
    ).all()
    gone_people = sorted(pid for pid in present if pid not in person_ids)
    gone_activities = sorted(
        aid for aid in session.exec(select(col(ActivityRow.id))).all() if aid not in activity_ids
    )
    _drop_activities(unit, gone_activities)

    tz = ZoneInfo(org.timezone)
    # Every row read at once: one query, rather than one (and a flush) per person.
    activity_rows = {row.id: row for row in session.exec(select(ActivityRow)).all()}
    person_rows = {row.id: row for row in session.exec(select(PersonRow)).all()}
    entries = entries_by_person(session)
    differences: list[EntryDifference] = []
    for position, activity in enumerate(org.activities):
        row = activity_rows.get(activity.id)
        old = fields_of(row) if row else None
        rescheduled = row is not None and schedule(row) != schedule(activity_row(activity))
        row = row or new_activity_row(activity.id, position)
        fill_activity_row(row, activity, position)
        session.add(row)
        _record(unit, "activity", activity.id, old, fields_of(row))
        if rescheduled:
            _drop_vanished_shifts(unit, activity, tz)
    for position, person in enumerate(org.people):
        person_row = person_rows.get(person.id)
        old = fields_of(person_row) if person_row else None
        returning = person_row is not None and person_row.left_at_utc is not None
        person_row = person_row or new_person_row(person.id, position)
        fill_person_row(person_row, person, position)
        if person.id in entries:
            differences += apply_entries(session, person_row, entries[person.id], overwrite_entries)
        person_row.left_at_utc = None
        session.add(person_row)
        if returning:
            unit.record("person", person.id, {"left": True}, {"left": False}, [person.id])
            unit.touch(ORGANISATION, person_scope(person.id))
        _record(unit, "person", person.id, old, fields_of(person_row), person.id)
    session.flush()
    depart(unit, gone_people, holds)
    return differences


def _record(
    unit: Write,
    kind: str,
    subject: str,
    before: dict[str, Any] | None,
    after: dict[str, Any],
    person_id: str | None = None,
) -> None:
    """An entry when something is new or any of its fields changed."""
    if before is None:
        old, new = None, after
    else:
        old, new = changed(before, after)
        if not new:
            return
    people = [person_id] if person_id else []
    unit.record(kind, subject, old, new, people)
    unit.touch(ORGANISATION, *(person_scope(p) for p in people))


def _drop_activities(unit: Write, activity_ids: Iterable[str]) -> None:
    """An activity gone from activities.toml goes with its shifts in both layers (the
    calendars cancel the published ones on their next export)."""
    session = unit.session
    for chunk in chunks(list(activity_ids)):
        for layer, kind in ((WORKING, "roster"), (PUBLISHED, "published")):
            ids = list(
                session.exec(
                    select(col(ShiftStateRow.shift_id)).where(
                        col(ShiftStateRow.layer) == layer,
                        col(ShiftStateRow.activity_id).in_(chunk),
                    )
                ).all()
            )
            ids += session.exec(
                select(col(AssignmentRow.shift_id)).where(
                    col(AssignmentRow.layer) == layer, col(AssignmentRow.activity_id).in_(chunk)
                )
            ).all()
            record_changes(unit, kind, snapshots(session, layer, ids), {})
        session.exec(delete(AssignmentRow).where(col(AssignmentRow.activity_id).in_(chunk)))
        session.exec(delete(ShiftStateRow).where(col(ShiftStateRow.activity_id).in_(chunk)))
        for activity_id in chunk:
            row = session.get(ActivityRow, activity_id)
            if row is not None:
                unit.record("activity", activity_id, fields_of(row), None)
                session.delete(row)
        unit.touch(ORGANISATION)


def _drop_vanished_shifts(unit: Write, activity: Activity, tz: ZoneInfo) -> None:
    """After an activity's times or recurrence changed, its old shifts no longer exist: take
    them out of the working roster. The published layer keeps them, so the change shows as a
    difference to publish (and calendars can cancel the old events)."""
    session = unit.session
    gone: list[AssignmentRow | ShiftStateRow] = [
        *_working_rows_of(unit, AssignmentRow, activity.id),
        *_working_rows_of(unit, ShiftStateRow, activity.id),
    ]
    gone = [row for row in gone if not _is_shift_of(activity, row.shift_id, tz)]
    ids = {row.shift_id for row in gone}
    before = snapshots(session, WORKING, ids)
    for row in gone:
        session.delete(row)
    session.flush()
    record_changes(unit, "roster", before, snapshots(session, WORKING, ids))


def _working_rows_of(unit: Write, table: type[LayerRow], activity_id: str) -> list[LayerRow]:
    return list(
        unit.session.exec(
            select(table).where(col(table.layer) == WORKING, col(table.activity_id) == activity_id)
        ).all()
    )


def _is_shift_of(activity: Activity, shift_id: str, tz: ZoneInfo) -> bool:
    try:
        _, start = parse_shift_id(shift_id, tz)
    except PlannerError:
        return False
    day = start.date()
    if start.timetz().replace(tzinfo=None) != activity.start:
        return False
    if activity.season and not activity.season.contains(day):
        return False
    return any(True for _ in occurrences(activity, day, day + timedelta(days=1)))
