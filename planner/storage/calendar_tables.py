"""What each person's calendar was last told about each event: UID, SEQUENCE, cancellations.

Calendar clients match events by UID and only accept a change when SEQUENCE goes up, so we
remember, per exported event, the content and sequence we last sent. The event keeps its full
content (times, place, text) so a cancelled one can still be sent after its shift is gone.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlmodel import Field, Session, SQLModel, col, select


class CalendarEventRow(SQLModel, table=True):
    __tablename__ = "calendar_event"

    uid: str = Field(primary_key=True)  # the assignment's UID, as in the .ics file
    person_id: str = Field(index=True)  # no foreign key: a cancellation outlives its person row
    shift_id: str
    sequence: int = 0
    fingerprint: str  # hash of time, place, text and status: a change raises SEQUENCE
    status: str  # "CONFIRMED" | "CANCELLED"
    start_utc: datetime = Field(index=True)  # stored and read back as aware UTC
    end_utc: datetime
    summary: str
    location: str
    description: str = ""
    stamp_utc: datetime  # publication that produced this version: the event's DTSTAMP
    first_exported_utc: datetime
    cancelled_at_utc: datetime | None = None  # publication that took the shift away


class CalendarEventStore:
    """Reads and replaces event state; the caller owns the session, hence the transaction
    (a Repository.write)."""

    @staticmethod
    def events_of(session: Session, person_ids: Iterable[str]) -> list[CalendarEventRow]:
        ids = list(person_ids)
        if not ids:
            return []
        statement = select(CalendarEventRow).where(col(CalendarEventRow.person_id).in_(ids))
        return list(session.exec(statement))

    @staticmethod
    def person_ids(session: Session) -> set[str]:
        """Everyone whose calendar was sent events (people who left included)."""
        return set(session.exec(select(CalendarEventRow.person_id).distinct()).all())

    @staticmethod
    def events_between(session: Session, lo: datetime, hi: datetime) -> list[CalendarEventRow]:
        """Everyone's events whose shift starts in [lo, hi) (aware UTC)."""
        statement = select(CalendarEventRow).where(
            col(CalendarEventRow.start_utc) >= lo, col(CalendarEventRow.start_utc) < hi
        )
        return list(session.exec(statement))

    @staticmethod
    def put(session: Session, existing: CalendarEventRow | None, row: CalendarEventRow) -> None:
        """Store `row`; `existing`: the row of its UID read in this session, if any (updated
        in place, so that a publication of thousands of events asks nothing more)."""
        if existing is None:
            session.add(row)
            return
        for name, value in row.model_dump().items():
            setattr(existing, name, value)
