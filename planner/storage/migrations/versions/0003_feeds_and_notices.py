"""Calendars that update themselves and change notices: how people receive their shifts
(organisation.feeds and organisation.mail, the [feeds] and [mail] of organisation.toml; never
a password), each person's calendar feed link (feed_token: a nonce and the token's hash, never
the link), the outbox of change notices (notice) and the version of each calendar event its
person was last told about (notified_event); calendar_event.start_utc gets an index, as a
publication reads the events of its weeks by it.

Nothing existing is rewritten: nobody has a link yet, and nobody has been told anything, so
the first `roster notify` after this revision tells each person about every published shift
of theirs still to come (docs/notices.md).

Revision ID: 0003_feeds_and_notices
Revises: 0002_shared_database
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_feeds_and_notices"
down_revision = "0002_shared_database"
branch_labels = None
depends_on = None

TEXT = sa.String()
MOMENT = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("organisation") as organisation:
        organisation.add_column(sa.Column("feeds", sa.JSON(), nullable=True))
        organisation.add_column(sa.Column("mail", sa.JSON(), nullable=True))
    op.create_index("ix_calendar_event_start_utc", "calendar_event", ["start_utc"])
    op.create_table(
        "feed_token",
        sa.Column("person_id", TEXT, nullable=False),
        sa.Column("token_hash", TEXT, nullable=False),
        sa.Column("nonce", TEXT, nullable=False),
        sa.Column("issued_at_utc", MOMENT, nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("person_id"),
    )
    op.create_index("ix_feed_token_token_hash", "feed_token", ["token_hash"], unique=True)
    op.create_table(
        "notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", TEXT, nullable=False),
        sa.Column("channel", TEXT, nullable=False),
        sa.Column("status", TEXT, nullable=False),
        sa.Column("created_at_utc", MOMENT, nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_attempt_at_utc", MOMENT, nullable=True),
        sa.Column("done_at_utc", MOMENT, nullable=True),
        sa.Column("message_id", TEXT, nullable=False),
        sa.Column("address", TEXT, nullable=False),
        sa.Column("error", TEXT, nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_notice_person_id", "notice", ["person_id"])
    op.create_index("ix_notice_status", "notice", ["status"])
    op.create_table(
        "notified_event",
        sa.Column("uid", TEXT, nullable=False),
        sa.Column("person_id", TEXT, nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("status", TEXT, nullable=False),
        sa.Column("fingerprint", TEXT, nullable=False),
        sa.PrimaryKeyConstraint("uid"),
    )
    op.create_index("ix_notified_event_person_id", "notified_event", ["person_id"])


def downgrade() -> None:
    for table in ("notified_event", "notice", "feed_token"):
        op.drop_table(table)
    op.drop_index("ix_calendar_event_start_utc", "calendar_event")
    with op.batch_alter_table("organisation") as organisation:
        organisation.drop_column("mail")
        organisation.drop_column("feeds")
