"""Personal page links (docs/self-service.md): one per person at most, kept as a nonce and
a hash, never as the link itself, as feed links are (planner/storage/feed_tables.py)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete
from sqlmodel import Field, Session, SQLModel, col, select


class PageTokenRow(SQLModel, table=True):
    __tablename__ = "page_token"

    person_id: str = Field(primary_key=True, foreign_key="person.id")
    token_hash: str = Field(unique=True, index=True)  # SHA-256 (hex) of the link's token
    nonce: str  # hex; the token is HMAC-SHA256(feed key, "roster-page:" + nonce)
    issued_at_utc: datetime
    # When `roster serve` last showed this page (recorded at most hourly); None: never.
    opened_at_utc: datetime | None = None


class PageStore:
    """Reads and writes page links; the caller owns the session, hence the transaction."""

    @staticmethod
    def by_hash(session: Session, token_hash: str) -> PageTokenRow | None:
        return session.exec(
            select(PageTokenRow).where(col(PageTokenRow.token_hash) == token_hash)
        ).first()

    @staticmethod
    def of(session: Session, person_id: str) -> PageTokenRow | None:
        return session.get(PageTokenRow, person_id)

    @staticmethod
    def all(session: Session) -> list[PageTokenRow]:
        return list(session.exec(select(PageTokenRow).order_by(col(PageTokenRow.person_id))))

    @staticmethod
    def put(session: Session, row: PageTokenRow) -> None:
        session.merge(row)

    @staticmethod
    def remove(session: Session, person_ids: list[str]) -> int:
        """Revoke the links of these people; how many there were."""
        if not person_ids:
            return 0
        gone = session.exec(
            select(PageTokenRow.person_id).where(col(PageTokenRow.person_id).in_(person_ids))
        ).all()
        session.exec(delete(PageTokenRow).where(col(PageTokenRow.person_id).in_(person_ids)))
        return len(gone)
