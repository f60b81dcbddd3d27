"""Reminders and the coordinator's digest go through the notices outbox: `notice.kind` says
which kind of message a row is ('change', as every row so far, 'reminder' or 'digest'), and
the organisation keeps its [reminders] and [digest] settings (`organisation.watch`, JSON; none:
the defaults).

Revision ID: 0008_reminders
Revises: 0007_self_service_requests
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_reminders"
down_revision = "0007_self_service_requests"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs: SQLite adds them in place, every existing notice a change notice.
    op.add_column(
        "notice",
        sa.Column("kind", sa.String(), server_default=sa.text("'change'"), nullable=False),
    )
    op.add_column("organisation", sa.Column("watch", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("organisation") as t:
        t.drop_column("watch")
    with op.batch_alter_table("notice") as t:
        t.drop_column("kind")
