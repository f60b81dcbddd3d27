"""Offers of shifts (docs/self-service.md): the offer table. No offer exists yet.

Revision ID: 0010_offers
Revises: 0009_self_service_entries
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_offers"
down_revision = "0009_self_service_entries"
branch_labels = None
depends_on = None

TEXT = sa.String()
MOMENT = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "offer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shift_id", TEXT, nullable=False),
        sa.Column("person_id", TEXT, nullable=False),
        sa.Column("to_person_id", TEXT, nullable=True),
        sa.Column("swap_shift_id", TEXT, nullable=True),
        sa.Column("status", TEXT, nullable=False),
        sa.Column("taker_id", TEXT, nullable=True),
        sa.Column("offered_at_utc", MOMENT, nullable=False),
        sa.Column("expires_at_utc", MOMENT, nullable=False),
        sa.Column("decided_at_utc", MOMENT, nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_offer_shift_id", "offer", ["shift_id"])
    op.create_index("ix_offer_person_id", "offer", ["person_id"])


def downgrade() -> None:
    op.drop_table("offer")
