"""The schema of the release before migrations (made by create_all): organisation, activities,
people, absences, both roster layers and calendar event state.

A database made by that release has these tables and no alembic_version: it is taken to be
at this revision (planner.storage.schema) and upgraded from here.

Revision ID: 0001_previous_release
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_previous_release"
down_revision = None
branch_labels = None
depends_on = None

TEXT = sa.String()
MOMENT = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", TEXT, nullable=False),
        sa.Column("timezone", TEXT, nullable=False),
        sa.Column("holiday_country", TEXT, nullable=False),
        sa.Column("extra_closures", sa.JSON(), nullable=False),
        sa.Column("coordinator", TEXT, nullable=False),
        sa.Column("rules", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "activity",
        sa.Column("id", TEXT, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", TEXT, nullable=False),
        sa.Column("kind", TEXT, nullable=False),
        sa.Column("site", TEXT, nullable=False),
        sa.Column("rrule", TEXT, nullable=False),
        sa.Column("start", TEXT, nullable=False),
        sa.Column("end", TEXT, nullable=False),
        sa.Column("season_from", TEXT, nullable=True),
        sa.Column("season_to", TEXT, nullable=True),
        sa.Column("open_on_holidays", sa.Boolean(), nullable=False),
        sa.Column("professionals", sa.Integer(), nullable=False),
        sa.Column("qualifications", sa.JSON(), nullable=False),
        sa.Column("volunteers_min", sa.Integer(), nullable=False),
        sa.Column("volunteers_max", sa.Integer(), nullable=False),
        sa.Column("volunteers_per_professional_max", sa.Integer(), nullable=True),
        sa.Column("volunteers_allowed", sa.Boolean(), nullable=False),
        sa.Column("min_people", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "person",
        sa.Column("id", TEXT, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", TEXT, nullable=False),
        sa.Column("kind", TEXT, nullable=False),
        sa.Column("qualifications", sa.JSON(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("hours_per_week", sa.Float(), nullable=True),
        sa.Column("working_days", sa.JSON(), nullable=False),
        sa.Column("max_hours_per_day", sa.Float(), nullable=True),
        sa.Column("max_shifts_per_week", sa.Integer(), nullable=True),
        sa.Column("max_shifts_per_month", sa.Integer(), nullable=True),
        sa.Column("offers", sa.JSON(), nullable=False),
        sa.Column("wants", sa.JSON(), nullable=False),
        sa.Column("refuses", sa.JSON(), nullable=False),
        sa.Column("home_activity", TEXT, nullable=True),
        sa.Column("email", TEXT, nullable=True),
        sa.Column("phone", TEXT, nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "shift_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("layer", TEXT, nullable=False),
        sa.Column("shift_id", TEXT, nullable=False),
        sa.Column("activity_id", TEXT, nullable=False),
        sa.Column("start_utc", MOMENT, nullable=False),
        sa.Column("status", TEXT, nullable=False),
        sa.Column("reason", TEXT, nullable=False),
        sa.Column("published_at_utc", MOMENT, nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("layer", "shift_id"),
    )
    for column in ("shift_id", "layer", "start_utc"):
        op.create_index(f"ix_shift_state_{column}", "shift_state", [column])
    op.create_table(
        "calendar_event",
        sa.Column("uid", TEXT, nullable=False),
        sa.Column("person_id", TEXT, nullable=False),
        sa.Column("shift_id", TEXT, nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("fingerprint", TEXT, nullable=False),
        sa.Column("status", TEXT, nullable=False),
        sa.Column("start_utc", MOMENT, nullable=False),
        sa.Column("end_utc", MOMENT, nullable=False),
        sa.Column("summary", TEXT, nullable=False),
        sa.Column("location", TEXT, nullable=False),
        sa.Column("description", TEXT, nullable=False),
        sa.Column("stamp_utc", MOMENT, nullable=False),
        sa.Column("first_exported_utc", MOMENT, nullable=False),
        sa.Column("cancelled_at_utc", MOMENT, nullable=True),
        sa.PrimaryKeyConstraint("uid"),
    )
    op.create_index("ix_calendar_event_person_id", "calendar_event", ["person_id"])
    op.create_table(
        "absence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", TEXT, nullable=False),
        sa.Column("start_utc", MOMENT, nullable=False),
        sa.Column("end_utc", MOMENT, nullable=False),
        sa.Column("kind", TEXT, nullable=False),
        sa.Column("reason", TEXT, nullable=False),
        sa.Column("source", TEXT, nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("id"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_absence_person_id", "absence", ["person_id"])
    op.create_index("ix_absence_start_utc", "absence", ["start_utc"])
    op.create_table(
        "assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("layer", TEXT, nullable=False),
        sa.Column("shift_id", TEXT, nullable=False),
        sa.Column("activity_id", TEXT, nullable=False),
        sa.Column("start_utc", MOMENT, nullable=False),
        sa.Column("person_id", TEXT, nullable=False),
        sa.Column("role", TEXT, nullable=False),
        sa.Column("pinned", sa.Boolean(), nullable=False),
        sa.Column("uid", TEXT, nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("layer", "shift_id", "person_id"),
    )
    for column in ("start_utc", "shift_id", "layer", "person_id"):
        op.create_index(f"ix_assignment_{column}", "assignment", [column])


def downgrade() -> None:
    for table in (
        "assignment",
        "absence",
        "calendar_event",
        "shift_state",
        "person",
        "activity",
        "organisation",
    ):
        op.drop_table(table)
