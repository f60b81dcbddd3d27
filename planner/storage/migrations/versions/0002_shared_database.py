"""Several coordinators on one database: who changed what (change, audit, audit_person), the
versions optimistic writes are checked against (version), people who left the organisation
(person.left_at_utc) and who published a shift (shift_state.published_by); and the
languages of the organisation (organisation.language, Dutch unless its folder says) and of
each person (person.language, empty: the organisation's).

Nothing existing is rewritten: shifts published before this revision have no publisher
(''), and the audit log starts empty.

Revision ID: 0002_shared_database
Revises: 0001_previous_release
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_shared_database"
down_revision = "0001_previous_release"
branch_labels = None
depends_on = None

TEXT = sa.String()
MOMENT = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("organisation") as organisation:
        organisation.add_column(sa.Column("language", TEXT, server_default="nl", nullable=False))
    with op.batch_alter_table("person") as person:
        person.add_column(sa.Column("language", TEXT, nullable=True))
        person.add_column(sa.Column("left_at_utc", MOMENT, nullable=True))
    with op.batch_alter_table("shift_state") as state:
        state.add_column(sa.Column("published_by", TEXT, server_default="", nullable=False))
    op.create_table(
        "change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at_utc", MOMENT, nullable=False),
        sa.Column("actor", TEXT, nullable=False),
        sa.Column("action", TEXT, nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_change_at_utc", "change", ["at_utc"])
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("change_id", sa.Integer(), nullable=False),
        sa.Column("kind", TEXT, nullable=False),
        sa.Column("subject", TEXT, nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["change_id"], ["change.id"]),
        sa.PrimaryKeyConstraint("id"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_audit_change_id", "audit", ["change_id"])
    op.create_table(
        "audit_person",
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("person_id", TEXT, nullable=False),
        sa.ForeignKeyConstraint(["audit_id"], ["audit.id"]),
        sa.PrimaryKeyConstraint("audit_id", "person_id"),
    )
    op.create_index("ix_audit_person_person_id", "audit_person", ["person_id"])
    op.create_table(
        "version",
        sa.Column("scope", TEXT, nullable=False),
        sa.Column("change_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["change_id"], ["change.id"]),
        sa.PrimaryKeyConstraint("scope"),
    )
    op.create_index("ix_version_change_id", "version", ["change_id"])


def downgrade() -> None:
    for table in ("version", "audit_person", "audit", "change"):
        op.drop_table(table)
    with op.batch_alter_table("shift_state") as state:
        state.drop_column("published_by")
    with op.batch_alter_table("person") as person:
        person.drop_column("left_at_utc")
        person.drop_column("language")
    with op.batch_alter_table("organisation") as organisation:
        organisation.drop_column("language")
