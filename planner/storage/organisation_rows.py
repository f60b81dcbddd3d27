"""Writing an organisation: its row, its activities and people (in the order of its files),
and what goes when people or activities are gone or an activity's times change."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import delete
from sqlmodel import Session, col, select

from planner.domain import Activity, Organisation
from planner.errors import PlannerError
from planner.shifts import occurrences
from planner.storage.delivery_rows import feeds_json, mail_json
from planner.storage.feed_tables import FeedTokenRow
from planner.storage.mapping import (
    activity_row,
    fill_activity_row,
    fill_person_row,
    parse_shift_id,
    schedule,
)
from planner.storage.notice_tables import NoticeStore
from planner.storage.queries import LayerRow, chunks
from planner.storage.tables import (
    WORKING,
    AbsenceRow,
    ActivityRow,
    AssignmentRow,
    OrganisationRow,
    PersonRow,
    ShiftStateRow,
)


def write_organisation(session: Session, org: Organisation) -> None:
    org_row = session.get(OrganisationRow, 1) or OrganisationRow(
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
    session.add(org_row)

    person_ids = {p.id for p in org.people}
    activity_ids = {a.id for a in org.activities}
    gone_people = [
        pid for pid in session.exec(select(col(PersonRow.id))).all() if pid not in person_ids
    ]
    gone_activities = [
        aid for aid in session.exec(select(col(ActivityRow.id))).all() if aid not in activity_ids
    ]
    # Rows pointing at people or activities that are gone go first (foreign keys).
    for chunk in chunks(gone_people):
        session.exec(delete(AbsenceRow).where(col(AbsenceRow.person_id).in_(chunk)))
        session.exec(delete(FeedTokenRow).where(col(FeedTokenRow.person_id).in_(chunk)))
        NoticeStore.forget(session, list(chunk))
        session.exec(delete(AssignmentRow).where(col(AssignmentRow.person_id).in_(chunk)))
        session.exec(delete(PersonRow).where(col(PersonRow.id).in_(chunk)))
    for chunk in chunks(gone_activities):
        session.exec(delete(AssignmentRow).where(col(AssignmentRow.activity_id).in_(chunk)))
        session.exec(delete(ShiftStateRow).where(col(ShiftStateRow.activity_id).in_(chunk)))
        session.exec(delete(ActivityRow).where(col(ActivityRow.id).in_(chunk)))

    tz = ZoneInfo(org.timezone)
    for position, activity in enumerate(org.activities):
        row = session.get(ActivityRow, activity.id)
        rescheduled = row is not None and schedule(row) != schedule(activity_row(activity))
        row = row or ActivityRow(
            id=activity.id, position=position, name="", kind="", rrule="", start="", end=""
        )
        fill_activity_row(row, activity, position)
        session.add(row)
        if rescheduled:
            _drop_vanished_shifts(session, activity, tz)
    for position, person in enumerate(org.people):
        person_row = session.get(PersonRow, person.id) or PersonRow(
            id=person.id, position=position, name="", kind=""
        )
        fill_person_row(person_row, person, position)
        session.add(person_row)
    session.flush()


def _drop_vanished_shifts(session: Session, activity: Activity, tz: ZoneInfo) -> None:
    """After an activity's times or recurrence changed, its old shifts no longer exist: take
    them out of the working roster. The published layer keeps them, so the change shows as a
    difference to publish (and calendars can cancel the old events)."""
    for place in _working_rows_of(session, AssignmentRow, activity.id):
        if not _is_shift_of(activity, place.shift_id, tz):
            session.delete(place)
    for state in _working_rows_of(session, ShiftStateRow, activity.id):
        if not _is_shift_of(activity, state.shift_id, tz):
            session.delete(state)


def _working_rows_of(session: Session, table: type[LayerRow], activity_id: str) -> list[LayerRow]:
    return list(
        session.exec(
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
