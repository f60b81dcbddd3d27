"""Who changed what: one row per write transaction (`change`), its entries (`audit`, before
and after as data), the people each entry names (`audit_person`), and per scope the last
change that touched it (`version`), against which optimistic writes are checked.

A scope is 'week:<Monday>' (the roster, absences and publication of a local week),
'person:<id>' (a person's profile, absences and assignments) or 'organisation' (the
organisation, its activities and its people as a whole).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel


class ChangeRow(SQLModel, table=True):
    """One write transaction of one command. Ids grow in commit order (writes take a lock)."""

    __tablename__ = "change"
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    at_utc: datetime = Field(index=True)
    actor: str  # the coordinator: --as, $ROSTER_COORDINATOR or the login name
    action: str  # 'load', 'plan', 'edit', 'publish', 'absence.add', 'person.forget', ...


def _json_or_null() -> Any:
    return Field(default=None, sa_column=Column(JSON, nullable=True))


class AuditRow(SQLModel, table=True):
    """One thing a change did, before and after. `kind`: 'roster' (a shift in the working
    layer), 'published' (in the published layer), 'absence', 'person', 'activity' or
    'organisation'; `subject`: the shift, absence, person or activity id. `before` and
    `after` are null when the thing did not exist then, or once `roster prune` erased them."""

    __tablename__ = "audit"
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    change_id: int = Field(foreign_key="change.id", index=True)
    kind: str
    subject: str
    before: dict | None = _json_or_null()
    after: dict | None = _json_or_null()


class AuditPersonRow(SQLModel, table=True):
    """A person an audit entry names: what `roster log --person` and `person forget` find."""

    __tablename__ = "audit_person"

    audit_id: int = Field(foreign_key="audit.id", primary_key=True)
    person_id: str = Field(primary_key=True, index=True)


class VersionRow(SQLModel, table=True):
    """The last change that touched a scope."""

    __tablename__ = "version"

    scope: str = Field(primary_key=True)
    change_id: int = Field(foreign_key="change.id", index=True)
