"""What people ask for on their personal page (docs/self-service.md) and what the coordinator
must hear at once: one row per request ("I can't come" when the organisation approves them)
and per alert (a shift left unstaffed by a cancellation, a published shift a change on a page
broke, a cancellation's repair waiting in the draft for publication), with its outcome."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field, Session, SQLModel, col, select

OPEN, APPROVED, REFUSED, SEEN = "open", "approved", "refused", "seen"
CANCEL, UNSTAFFED_ALERT, BREAKS_ALERT = "cancel", "unstaffed", "breaks"
# A cancellation repaired at once whose repair stayed in the draft: the published roster still
# shows the person on the shift until the coordinator approves (publishes) or refuses it.
DRAFT_ALERT = "draft"


class SelfServiceRequestRow(SQLModel, table=True):
    __tablename__ = "self_service_request"
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    person_id: str = Field(index=True)  # who asked (an alert: whose cancellation caused it)
    kind: str  # CANCEL, UNSTAFFED_ALERT, BREAKS_ALERT or DRAFT_ALERT
    shift_id: str
    start_utc: datetime
    status: str = Field(index=True)  # OPEN, then APPROVED / REFUSED (a request), SEEN (an alert)
    created_at_utc: datetime
    decided_at_utc: datetime | None = None
    decided_by: str = ""
    # The repair proposed with it (planner/service/proposals.py), when there is one.
    detail: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class RequestStore:
    @staticmethod
    def add(session: Session, row: SelfServiceRequestRow) -> SelfServiceRequestRow:
        session.add(row)
        session.flush()
        return row

    @staticmethod
    def get(session: Session, request_id: int) -> SelfServiceRequestRow | None:
        return session.get(SelfServiceRequestRow, request_id)

    @staticmethod
    def open_for(session: Session, person_id: str, shift_id: str) -> SelfServiceRequestRow | None:
        return session.exec(
            select(SelfServiceRequestRow).where(
                col(SelfServiceRequestRow.person_id) == person_id,
                col(SelfServiceRequestRow.shift_id) == shift_id,
                col(SelfServiceRequestRow.kind) == CANCEL,
                col(SelfServiceRequestRow.status) == OPEN,
            )
        ).first()

    @staticmethod
    def listed(session: Session, *, only_open: bool) -> list[SelfServiceRequestRow]:
        query = select(SelfServiceRequestRow).order_by(col(SelfServiceRequestRow.id))
        if only_open:
            query = query.where(col(SelfServiceRequestRow.status) == OPEN)
        return list(session.exec(query))

    @staticmethod
    def of_person(session: Session, person_id: str) -> list[SelfServiceRequestRow]:
        return list(
            session.exec(
                select(SelfServiceRequestRow)
                .where(col(SelfServiceRequestRow.person_id) == person_id)
                .order_by(col(SelfServiceRequestRow.id))
            )
        )


class SelfServiceEntryRow(SQLModel, table=True):
    """What a person entered on their page for one field of people.csv ("offers",
    "days_off"), and when: a `roster load` keeps it over the file unless told otherwise
    (docs/self-service.md), until the file says the same."""

    __tablename__ = "self_service_entry"

    person_id: str = Field(primary_key=True)
    field: str = Field(primary_key=True)
    value: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    entered_at_utc: datetime


class EntryStore:
    @staticmethod
    def put(session: Session, person_id: str, field: str, value: list, at: datetime) -> None:
        session.merge(
            SelfServiceEntryRow(person_id=person_id, field=field, value=value, entered_at_utc=at)
        )

    @staticmethod
    def all(session: Session) -> list[SelfServiceEntryRow]:
        return list(session.exec(select(SelfServiceEntryRow)))

    @staticmethod
    def of_person(session: Session, person_id: str) -> list[SelfServiceEntryRow]:
        return list(
            session.exec(
                select(SelfServiceEntryRow).where(col(SelfServiceEntryRow.person_id) == person_id)
            )
        )
