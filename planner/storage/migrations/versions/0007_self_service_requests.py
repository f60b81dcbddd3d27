"""What people ask for on their personal page and what the coordinator must hear at once
(docs/self-service.md): self_service_request, one row per "I can't come" that waits for the
coordinator and per shift a cancellation left unstaffed. Nothing existing is rewritten.

Revision ID: 0007_self_service_requests
Revises: 0006_self_service
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_self_service_requests"
down_revision = "0006_self_service"
branch_labels = None
depends_on = None

TEXT = sa.String()
MOMENT = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "self_service_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", TEXT, nullable=False),
        sa.Column("kind", TEXT, nullable=False),
        sa.Column("shift_id", TEXT, nullable=False),
        sa.Column("start_utc", MOMENT, nullable=False),
        sa.Column("status", TEXT, nullable=False),
        sa.Column("created_at_utc", MOMENT, nullable=False),
        sa.Column("decided_at_utc", MOMENT, nullable=True),
        sa.Column("decided_by", TEXT, nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_self_service_request_person_id", "self_service_request", ["person_id"])
    op.create_index("ix_self_service_request_status", "self_service_request", ["status"])


def downgrade() -> None:
    op.drop_table("self_service_request")
