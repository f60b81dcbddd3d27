"""Personal page links (docs/self-service.md): page_token holds, per person, a nonce and the
SHA-256 of the link's token, never the link, as feed_token does. Nobody has a link yet.

Revision ID: 0005_page_links
Revises: 0004_safeguards
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_page_links"
down_revision = "0004_safeguards"
branch_labels = None
depends_on = None

TEXT = sa.String()
MOMENT = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "page_token",
        sa.Column("person_id", TEXT, nullable=False),
        sa.Column("token_hash", TEXT, nullable=False),
        sa.Column("nonce", TEXT, nullable=False),
        sa.Column("issued_at_utc", MOMENT, nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("person_id"),
    )
    op.create_index("ix_page_token_token_hash", "page_token", ["token_hash"], unique=True)


def downgrade() -> None:
    op.drop_table("page_token")
