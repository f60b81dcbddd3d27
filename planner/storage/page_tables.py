"""Personal page links (docs/self-service.md): one per person at most, kept as a nonce and
a hash, never as the link itself, as feed links are (planner/storage/feed_tables.py)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from planner.storage.link_tables import LinkTable


class PageTokenRow(SQLModel, table=True):
    __tablename__ = "page_token"

    person_id: str = Field(primary_key=True, foreign_key="person.id")
    token_hash: str = Field(unique=True, index=True)  # SHA-256 (hex) of the link's token
    nonce: str  # hex; the token is HMAC-SHA256(feed key, "roster-page:" + nonce)
    issued_at_utc: datetime
    # When `roster serve` last showed this page (recorded at most hourly); None: never.
    opened_at_utc: datetime | None = None


# The lookups every kind of link shares (planner/storage/link_tables.py).
PageStore = LinkTable(PageTokenRow)
