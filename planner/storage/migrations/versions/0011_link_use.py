"""When `roster serve` last answered each calendar link and showed each personal page
(feed_token.fetched_at_utc, page_token.opened_at_utc), for the digest's links that stopped
being used (docs/operations.md). Existing links start as never used.

Revision ID: 0011_link_use
Revises: 0010_offers
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_link_use"
down_revision = "0010_offers"
branch_labels = None
depends_on = None

COLUMNS = (("feed_token", "fetched_at_utc"), ("page_token", "opened_at_utc"))


def upgrade() -> None:
    # A plain ADD COLUMN (nullable): SQLite adds it in place, keeping the foreign keys.
    for table, column in COLUMNS:
        op.add_column(table, sa.Column(column, sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    for table, column in COLUMNS:
        with op.batch_alter_table(table) as t:
            t.drop_column(column)
