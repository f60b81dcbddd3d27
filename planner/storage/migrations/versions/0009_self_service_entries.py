"""What people enter on their personal page for a field of people.csv (their offered days and
times, their days off), and when: self_service_entry. A `roster load` keeps it over the file
unless told otherwise (docs/self-service.md). Nothing existing is rewritten.

Revision ID: 0009_self_service_entries
Revises: 0008_reminders
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_self_service_entries"
down_revision = "0008_reminders"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "self_service_entry",
        sa.Column("person_id", sa.String(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("entered_at_utc", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("person_id", "field"),
    )


def downgrade() -> None:
    op.drop_table("self_service_entry")
