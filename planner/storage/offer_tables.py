"""Offers of shifts (docs/self-service.md): a person offers a published shift of theirs to
anyone eligible or to one colleague, alone or as a swap for that colleague's shift. The shift
stays theirs until someone accepts; the acceptance is checked and written in one transaction
with the roster (planner/service/offers.py)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlmodel import Field, Session, SQLModel, col, select

from planner.dates import as_utc


class OfferStatus(StrEnum):
    OPEN = "open"  # anyone it is for may accept it, until it expires
    WAITING = "waiting"  # accepted; the coordinator approves or refuses it
    TAKEN = "taken"  # the place changed hands
    WITHDRAWN = "withdrawn"  # the offerer took it back
    REFUSED = "refused"  # the coordinator refused it


class OfferRow(SQLModel, table=True):
    __tablename__ = "offer"

    id: int | None = Field(default=None, primary_key=True)
    shift_id: str = Field(index=True)  # the offerer's shift
    person_id: str = Field(index=True)  # the offerer
    to_person_id: str | None = None  # the one colleague it is for; None: anyone eligible
    swap_shift_id: str | None = None  # a swap: the colleague's shift the offerer takes
    status: str = OfferStatus.OPEN.value
    taker_id: str | None = None  # who accepted it
    offered_at_utc: datetime
    expires_at_utc: datetime  # the deadline before the shift starts
    decided_at_utc: datetime | None = None


class OfferStore:
    """Reads and writes offers; the caller owns the session, hence the transaction."""

    @staticmethod
    def get(session: Session, offer_id: int) -> OfferRow | None:
        return session.get(OfferRow, offer_id)

    @staticmethod
    def add(session: Session, row: OfferRow) -> OfferRow:
        session.add(row)
        session.flush()
        return row

    @staticmethod
    def standing(session: Session, now: datetime) -> list[OfferRow]:
        """Open offers that have not expired, and those waiting for approval; oldest first."""
        rows = session.exec(
            select(OfferRow)
            .where(col(OfferRow.status).in_([OfferStatus.OPEN.value, OfferStatus.WAITING.value]))
            .order_by(col(OfferRow.id))
        ).all()
        return [
            r
            for r in rows
            if r.status == OfferStatus.WAITING.value or as_utc(r.expires_at_utc) > as_utc(now)
        ]

    @staticmethod
    def of_shift(session: Session, shift_id: str, person_id: str) -> OfferRow | None:
        """The person's open offer of the shift, if any."""
        return session.exec(
            select(OfferRow).where(
                col(OfferRow.shift_id) == shift_id,
                col(OfferRow.person_id) == person_id,
                col(OfferRow.status).in_([OfferStatus.OPEN.value, OfferStatus.WAITING.value]),
            )
        ).first()
