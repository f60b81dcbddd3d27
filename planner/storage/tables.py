"""SQLModel tables for the organisation and rosters (suffix Row); kept apart from domain types.

Portable SQL only (SQLite and PostgreSQL): lists live in JSON columns, times are stored
in UTC and turned back into the organisation's zone by the repository.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, UniqueConstraint, text
from sqlmodel import Field, SQLModel

# Roster layers: what `plan` or a manual edit saved, and the copy `publish` took of it.
WORKING = "working"
PUBLISHED = "published"

# Where an absence came from: absences.csv (replaced on every load) or `roster absence add`.
SOURCE_FILE = "file"
SOURCE_MANUAL = "manual"


def assignment_uid(shift_id: str, person_id: str) -> str:
    """Stable per (shift, person), so a calendar event keeps its UID across exports."""
    return f"{shift_id}/{person_id}@roster-planner"


def _json_list() -> Any:
    return Field(default_factory=list, sa_column=Column(JSON, nullable=False))


def _json_object() -> Any:
    """Optional settings kept together (docs/folder-format.md): an empty object plans as
    before, so rows older than the column read as {}."""
    return Field(
        default_factory=dict,
        sa_column=Column(JSON, nullable=False, server_default=text("'{}'")),
    )


class OrganisationRow(SQLModel, table=True):
    """The one organisation this database plans for (id is always 1)."""

    __tablename__ = "organisation"

    id: int = Field(default=1, primary_key=True)
    name: str
    timezone: str
    holiday_country: str
    extra_closures: list[str] = _json_list()  # ISO dates
    coordinator: str = ""
    language: str = "nl"  # the coordinator's language (planner/i18n)
    rules: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    # How people receive their shifts (planner/storage/delivery_rows.py): [feeds] and [mail]
    # of organisation.toml. Never a password: [mail] names the variable that holds it.
    feeds: dict | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    mail: dict | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    # [reminders] and [digest]: what `roster tick` does by itself; None: the defaults.
    watch: dict | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    # [self_service]: personal pages (planner/storage/delivery_rows.py)
    self_service: dict | None = Field(default=None, sa_column=Column(JSON, nullable=True))


class ActivityRow(SQLModel, table=True):
    __tablename__ = "activity"

    id: str = Field(primary_key=True)
    position: int  # order in activities.toml, kept for display
    name: str
    kind: str
    site: str = ""
    rrule: str
    start: str  # local "HH:MM"
    end: str
    season_from: str | None = None  # "MM-DD"
    season_to: str | None = None
    open_on_holidays: bool = False
    professionals: int = 1
    qualifications: list[str] = _json_list()
    volunteers_min: int = 0
    volunteers_max: int = 0
    volunteers_per_professional_max: int | None = None
    volunteers_allowed: bool = True
    min_people: int = 1
    # professionals_mentor, heavy, mixes: planner/storage/mapping.py
    safeguards: dict = _json_object()


class PersonRow(SQLModel, table=True):
    __tablename__ = "person"

    id: str = Field(primary_key=True)
    position: int  # order in people.csv
    name: str
    kind: str
    qualifications: list[str] = _json_list()
    languages: list[str] = _json_list()
    # professionals
    hours_per_week: float | None = None
    working_days: list[int] = _json_list()  # 0 = Monday
    max_hours_per_day: float | None = None
    # volunteers
    max_shifts_per_week: int | None = None
    max_shifts_per_month: int | None = None
    offers: list[list] = _json_list()  # [[weekday, "HH:MM", "HH:MM"], ...]
    wants: list[str] = _json_list()
    refuses: list[str] = _json_list()
    home_activity: str | None = None
    email: str | None = None
    phone: str | None = None
    language: str | None = None  # what they receive is in it; None: the organisation's
    # newcomer, heavy-shift limits, pairs, wishes: planner/storage/mapping.py
    safeguards: dict = _json_object()
    # When they left the organisation (gone from people.csv, or forgotten): their past shifts
    # stay for the reports; the planner no longer sees them.
    left_at_utc: datetime | None = None


class AbsenceRow(SQLModel, table=True):
    __tablename__ = "absence"
    # Never reuse the id of a removed absence: people quote ids to `roster absence remove`.
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    person_id: str = Field(foreign_key="person.id", index=True)
    start_utc: datetime = Field(index=True)
    end_utc: datetime
    kind: str
    reason: str = ""
    source: str = SOURCE_MANUAL


class AssignmentRow(SQLModel, table=True):
    """One person on one shift, in one layer. The shift's start is kept to query by period."""

    __tablename__ = "assignment"
    __table_args__ = (UniqueConstraint("layer", "shift_id", "person_id"),)

    id: int | None = Field(default=None, primary_key=True)
    layer: str = Field(index=True)
    shift_id: str = Field(index=True)
    activity_id: str
    start_utc: datetime = Field(index=True)
    person_id: str = Field(foreign_key="person.id", index=True)
    role: str
    pinned: bool = False
    uid: str


class ShiftStateRow(SQLModel, table=True):
    """A shift that was planned, in one layer: staffed, unstaffed (with why) or closed.
    A shift with no row here was never planned."""

    __tablename__ = "shift_state"
    __table_args__ = (UniqueConstraint("layer", "shift_id"),)

    id: int | None = Field(default=None, primary_key=True)
    layer: str = Field(index=True)
    shift_id: str = Field(index=True)
    activity_id: str
    start_utc: datetime = Field(index=True)
    status: str
    reason: str = ""
    published_at_utc: datetime | None = None  # published layer only
    published_by: str = Field(default="", sa_column_kwargs={"server_default": ""})  # idem
