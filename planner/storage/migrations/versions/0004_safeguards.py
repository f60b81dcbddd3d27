"""The safeguards (docs/rules.md): what people.csv and activities.toml say about newcomers,
heavy shifts, pairs, qualification mixes and wishes, kept as one JSON object per person and
per activity, so that the next such field needs no migration.

Nothing existing is rewritten: every person and activity starts with no safeguards ({}),
which plans exactly as before.

Revision ID: 0004_safeguards
Revises: 0003_feeds_and_notices
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_safeguards"
down_revision = "0003_feeds_and_notices"
branch_labels = None
depends_on = None

EMPTY = sa.text("'{}'")


def upgrade() -> None:
    # A plain ADD COLUMN: SQLite adds it in place, and the tables that point at person keep
    # their foreign keys (a batch copy of person would break them).
    for table in ("person", "activity"):
        op.add_column(
            table, sa.Column("safeguards", sa.JSON(), server_default=EMPTY, nullable=False)
        )


def downgrade() -> None:
    for table in ("activity", "person"):
        with op.batch_alter_table(table) as t:
            t.drop_column("safeguards")
