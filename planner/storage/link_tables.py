"""The reads and writes every kind of secret link shares (calendar feeds in
planner/storage/feed_tables.py, personal pages in planner/storage/page_tables.py): written once,
so the two kinds cannot drift apart in how a link is found or revoked."""

from __future__ import annotations

from datetime import datetime
from typing import Generic, Protocol, TypeVar

from sqlalchemy import delete
from sqlmodel import Session, col, select


class LinkRow(Protocol):
    """What a link's table keeps: the nonce the token is made from, and the token's hash."""

    person_id: str
    token_hash: str
    nonce: str
    issued_at_utc: datetime


R = TypeVar("R", bound=LinkRow)


class LinkTable(Generic[R]):
    """One kind of link's table; the caller owns the session, hence the transaction."""

    def __init__(self, row: type[R]) -> None:
        self.row = row

    def by_hash(self, session: Session, token_hash: str) -> R | None:
        return session.exec(select(self.row).where(col(self.row.token_hash) == token_hash)).first()

    def of(self, session: Session, person_id: str) -> R | None:
        return session.get(self.row, person_id)

    def all(self, session: Session) -> list[R]:
        return list(session.exec(select(self.row).order_by(col(self.row.person_id))))

    def put(self, session: Session, row: R) -> None:
        session.merge(row)

    def remove(self, session: Session, person_ids: list[str]) -> int:
        """Revoke the links of these people; how many there were."""
        if not person_ids:
            return 0
        ids = col(self.row.person_id)
        gone = session.exec(select(ids).where(ids.in_(person_ids))).all()
        session.exec(delete(self.row).where(ids.in_(person_ids)))
        return len(gone)
