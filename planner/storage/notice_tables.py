"""Change notices: the outbox of `roster notify` and what each person was last told.

`notice` is the outbox: one row per notice to one person, written before anything is sent
and brought to 'sending' before its message goes to the mail server, to 'sent' right after,
each step committed, so a crash or a second run neither mails anyone twice nor skips anyone
(docs/notices.md). `notified_event` holds, per calendar event, the version the person was
last told about: a change is what differs from it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Column, delete
from sqlmodel import Field, Session, SQLModel, col, select


class NoticeStatus(StrEnum):
    PENDING = "pending"  # recorded, not yet handed to the mail server
    SENDING = "sending"  # handed over; a crash here leaves it to be sent again, same Message-ID
    SENT = "sent"  # the mail server took it
    FAILED = "failed"  # the mail server refused it or could not be reached: tried again next run
    LISTED = "listed"  # no email address: listed for the coordinator to phone
    SUPERSEDED = "superseded"  # replaced by a newer notice holding its changes and more


OPEN = (NoticeStatus.PENDING, NoticeStatus.SENDING, NoticeStatus.FAILED)


class NoticeKind(StrEnum):
    CHANGE = "change"  # `roster notify`: what changed in a person's shifts
    REMINDER = "reminder"  # `roster tick`: one shift, a while before it starts
    DIGEST = "digest"  # `roster tick`: the coordinator's morning digest
    ALERT = "alert"  # a personal page: a shift a cancellation left unstaffed, to the coordinator
    OUTCOME = "outcome"  # a personal page: the coordinator's decision on a request, to the person
    # `roster page issue --mail`: a person's page link. The row holds when the link was issued,
    # never the link: the mail is composed from the person's current link when it is sent.
    LINK = "link"


class NoticeRow(SQLModel, table=True):
    __tablename__ = "notice"
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    person_id: str = Field(index=True)
    channel: str  # "mail" or "phone"
    kind: str = Field(
        default=NoticeKind.CHANGE.value, sa_column_kwargs={"server_default": "change"}
    )
    status: str = Field(index=True)
    created_at_utc: datetime
    attempts: int = 0
    last_attempt_at_utc: datetime | None = None
    done_at_utc: datetime | None = None  # when it was sent or listed
    message_id: str = ""  # the Message-ID header: the same on every attempt
    address: str = ""  # the email address it went to
    error: str = ""  # the last failure, as the mail server gave it
    # The event versions it tells about: [[uid, sequence, status, fingerprint], ...]
    changes: list[Any] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class NotifiedRow(SQLModel, table=True):
    """The version of one calendar event its person was last told about."""

    __tablename__ = "notified_event"

    uid: str = Field(primary_key=True)
    person_id: str = Field(index=True)
    sequence: int
    status: str
    fingerprint: str


class NoticeStore:
    """Reads and writes the outbox; the caller owns the session, hence the transaction."""

    @staticmethod
    def open_notices(session: Session) -> list[NoticeRow]:
        statement = (
            select(NoticeRow)
            .where(col(NoticeRow.status).in_([s.value for s in OPEN]))
            .where(col(NoticeRow.kind) == NoticeKind.CHANGE.value)
            .order_by(col(NoticeRow.id))
        )
        return list(session.exec(statement))

    @staticmethod
    def notified(session: Session) -> dict[str, NotifiedRow]:
        return {row.uid: row for row in session.exec(select(NotifiedRow))}

    @staticmethod
    def get(session: Session, notice_id: int) -> NoticeRow:
        row = session.get(NoticeRow, notice_id)
        assert row is not None, notice_id
        return row

    @staticmethod
    def record_told(session: Session, person_id: str, changes: Iterable[list[Any]]) -> None:
        """The person now knows these versions of their events."""
        for uid, sequence, status, fingerprint in changes:
            row = session.get(NotifiedRow, uid)
            if row is None:
                row = NotifiedRow(
                    uid=uid,
                    person_id=person_id,
                    sequence=sequence,
                    status=status,
                    fingerprint=fingerprint,
                )
            else:
                row.sequence, row.status, row.fingerprint = sequence, status, fingerprint
            session.add(row)

    @staticmethod
    def forget(session: Session, person_ids: list[str]) -> None:
        """Drop the notices of these people and what they were told (they are gone)."""
        if not person_ids:
            return
        session.exec(delete(NoticeRow).where(col(NoticeRow.person_id).in_(person_ids)))
        session.exec(delete(NotifiedRow).where(col(NotifiedRow.person_id).in_(person_ids)))
