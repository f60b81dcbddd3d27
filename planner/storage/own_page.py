"""The rows of one person's own page (docs/self-service.md), read as columns in one
transaction: their page link with themselves and their calendar link, their published shifts
to come with who else is on them, their absences, requests and offers. Nothing of anyone else
but the first names the page may show. The organisation's frame and activities, which change
only at a write, are read apart (`organisation_frame`) and kept by the caller per version.

A page is asked for at every visit: each read here is one statement of plain columns, not
table objects, because on a city the objects' bookkeeping cost more than the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, bindparam, func, select
from sqlmodel import Session, col
from sqlmodel import select as select_rows

from planner.storage.audit_tables import ChangeRow
from planner.storage.feed_tables import FeedTokenRow
from planner.storage.offer_tables import OfferRow, OfferStatus
from planner.storage.page_tables import PageTokenRow
from planner.storage.request_tables import OPEN, SelfServiceRequestRow
from planner.storage.tables import (
    PUBLISHED,
    AbsenceRow,
    ActivityRow,
    AssignmentRow,
    OrganisationRow,
    PersonRow,
)

_A = AssignmentRow.__table__.c  # type: ignore[attr-defined]
_P = PersonRow.__table__.c  # type: ignore[attr-defined]
_ABS = AbsenceRow.__table__.c  # type: ignore[attr-defined]
_REQ = SelfServiceRequestRow.__table__.c  # type: ignore[attr-defined]
_OFF = OfferRow.__table__.c  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Holder:
    """The person behind a page link, as of the change `seen`."""

    person: PersonRow
    token_hash: str
    feed_nonce: str | None  # their calendar link's, if they have one
    feed_hash: str | None
    seen: int  # the newest change when this was read: what a later write rests on


@dataclass(frozen=True)
class OnShift:
    shift_id: str
    activity_id: str
    start_utc: datetime
    person_id: str
    name: str  # the person's whole name: the page shows at most the first


# The statements are built once: a page runs them at every visit, and building a statement
# cost about as much as running it.
_HOLDER = (
    select(
        PersonRow,
        col(PageTokenRow.token_hash),
        col(FeedTokenRow.nonce),
        col(FeedTokenRow.token_hash),
        select(func.max(ChangeRow.id)).scalar_subquery(),
    )
    .select_from(PageTokenRow)
    .join(PersonRow, col(PersonRow.id) == col(PageTokenRow.person_id))
    .join(FeedTokenRow, col(FeedTokenRow.person_id) == col(PageTokenRow.person_id), isouter=True)
    .where(col(PageTokenRow.token_hash) == bindparam("token_hash"))
)
_THEIRS = (
    select(_A.shift_id)
    .where(
        _A.layer == PUBLISHED,
        _A.person_id == bindparam("person_id"),
        _A.start_utc >= bindparam("since"),
        _A.start_utc < bindparam("until"),
    )
    .scalar_subquery()
)
_ON_THEIR_SHIFTS = (
    select(_A.shift_id, _A.activity_id, _A.start_utc, _A.person_id, _P.name)
    .join(PersonRow.__table__, _P.id == _A.person_id)  # type: ignore[attr-defined]
    .where(_A.layer == PUBLISHED, _A.shift_id.in_(_THEIRS))
    .order_by(_A.start_utc, _A.shift_id)
)
_ABSENCES = (
    select(_ABS.start_utc, _ABS.end_utc)
    .where(
        _ABS.person_id == bindparam("person_id"),
        _ABS.end_utc > bindparam("since"),
        _ABS.start_utc < bindparam("until"),
    )
    .order_by(_ABS.start_utc)
)
_OPEN_REQUESTS = select(_REQ.kind, _REQ.shift_id).where(
    _REQ.person_id == bindparam("person_id"), _REQ.status == OPEN
)
_STANDING_OFFERS = (
    select(OfferRow.__table__)  # type: ignore[attr-defined]
    .where(
        _OFF.person_id == bindparam("person_id"),
        _OFF.status.in_([OfferStatus.OPEN.value, OfferStatus.WAITING.value]),
    )
    .order_by(_OFF.id)
)


def holder(session: Session, token_hash: str) -> Holder | None:
    """The page link with this hash, its person (also one who left: the caller decides), their
    calendar link and the newest change, in one statement; None when no link has it."""
    found = session.execute(_HOLDER, {"token_hash": token_hash}).first()
    if found is None:
        return None
    person, page_hash, feed_nonce, feed_hash, seen = found
    return Holder(person, page_hash, feed_nonce, feed_hash, seen or 0)


def on_their_shifts(
    connection: Connection, person_id: str, since: datetime, until: datetime
) -> list[OnShift]:
    """Everyone on the published shifts of the person starting from `since` to `until`, the
    person too, with their names; by start."""
    rows = connection.execute(
        _ON_THEIR_SHIFTS, {"person_id": person_id, "since": since, "until": until}
    ).all()
    return [OnShift(*row) for row in rows]


def absences(
    connection: Connection, person_id: str, since: datetime, until: datetime
) -> list[tuple[datetime, datetime]]:
    """(start, end) of the person's absences overlapping `since` to `until`, by start."""
    rows = connection.execute(
        _ABSENCES, {"person_id": person_id, "since": since, "until": until}
    ).all()
    return [(start, end) for start, end in rows]


def open_requests(connection: Connection, person_id: str) -> list[tuple[str, str]]:
    """(kind, shift id) of the person's requests and alerts that are still open."""
    rows = connection.execute(_OPEN_REQUESTS, {"person_id": person_id}).all()
    return [(kind, shift_id) for kind, shift_id in rows]


def standing_offers(connection: Connection, person_id: str) -> list[Row[Any]]:
    """The person's open and waiting offers (the offer table's columns by name), oldest
    first; the caller drops the expired ones."""
    return list(connection.execute(_STANDING_OFFERS, {"person_id": person_id}).all())


def organisation_frame(session: Session) -> tuple[OrganisationRow, list[ActivityRow]] | None:
    """The organisation's row and every activity, in the organisation's order; None when no
    organisation was loaded."""
    org = session.get(OrganisationRow, 1)
    if org is None:
        return None
    activities = session.exec(select_rows(ActivityRow).order_by(col(ActivityRow.position)))
    return org, list(activities)
