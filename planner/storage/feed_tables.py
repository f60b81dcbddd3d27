"""Calendar feed links: one per person at most, kept as a nonce and a hash, never as the
link itself (planner/io/feed_key.py says why and how the link is made again)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func
from sqlmodel import Field, Session, SQLModel, col, select

from planner.dates import as_utc
from planner.storage.link_tables import LinkTable
from planner.storage.tables import PUBLISHED, PersonRow, ShiftStateRow


class FeedTokenRow(SQLModel, table=True):
    __tablename__ = "feed_token"

    person_id: str = Field(primary_key=True, foreign_key="person.id")
    token_hash: str = Field(unique=True, index=True)  # SHA-256 (hex) of the link's token
    nonce: str  # hex; the token is HMAC-SHA256(feed key, nonce)
    issued_at_utc: datetime
    # When `roster serve` last answered this link (recorded at most hourly); None: never.
    fetched_at_utc: datetime | None = None


class _FeedTable(LinkTable[FeedTokenRow]):
    """The feed links, and what serving a feed reads beside them."""

    @staticmethod
    def person(session: Session, person_id: str) -> PersonRow | None:
        return session.get(PersonRow, person_id)

    @staticmethod
    def latest_publication(session: Session) -> datetime | None:
        """When anything was last published (aware UTC), or None."""
        found = session.exec(
            select(func.max(ShiftStateRow.published_at_utc)).where(
                col(ShiftStateRow.layer) == PUBLISHED
            )
        ).one()
        return as_utc(found) if found is not None else None


FeedStore = _FeedTable(FeedTokenRow)
