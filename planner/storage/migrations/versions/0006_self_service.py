"""The [self_service] settings of organisation.toml (what people see and may do on their
personal page): organisation.self_service, a JSON object like [feeds] and [mail]. Nothing
existing is rewritten: an organisation without it has the defaults.

Revision ID: 0006_self_service
Revises: 0005_page_links
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_self_service"
down_revision = "0005_page_links"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("organisation") as organisation:
        organisation.add_column(sa.Column("self_service", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("organisation") as organisation:
        organisation.drop_column("self_service")
