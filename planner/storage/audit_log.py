"""Reading the audit log: the entries of the changes, newest last, optionally about one
person or from one moment on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from planner.dates import as_utc
from planner.storage.audit_tables import AuditPersonRow, AuditRow, ChangeRow


@dataclass(frozen=True)
class LogEntry:
    """One line of the audit log: a change (who, when, which command) and one thing it did:
    `kind` 'roster' (a shift of the draft), 'published' (a published shift), 'publication',
    'absence', 'person', 'activity', 'organisation' or 'prune'; `subject` the shift, absence,
    person or activity id; `before` and `after` as data (None: it did not exist, or the
    details were erased by `roster prune`)."""

    change: int
    at: datetime  # aware UTC
    actor: str
    action: str
    kind: str
    subject: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def read_log(
    session: Session,
    *,
    person_id: str | None = None,
    since: datetime | None = None,
    last: int | None = None,
) -> list[LogEntry]:
    """Entries in the order they were made; `person_id`: only those about the person;
    `since` (aware): only changes from then on; `last`: only the newest so many."""
    query = select(ChangeRow, AuditRow).join(AuditRow, col(AuditRow.change_id) == col(ChangeRow.id))
    if person_id is not None:
        query = query.join(AuditPersonRow, col(AuditPersonRow.audit_id) == col(AuditRow.id)).where(
            col(AuditPersonRow.person_id) == person_id
        )
    if since is not None:
        query = query.where(col(ChangeRow.at_utc) >= as_utc(since))
    query = query.order_by(col(ChangeRow.id).desc(), col(AuditRow.id).desc())
    if last is not None:
        query = query.limit(last)
    rows = session.exec(query).all()
    return [
        LogEntry(
            change.id or 0,
            as_utc(change.at_utc),
            change.actor,
            change.action,
            audit.kind,
            audit.subject,
            audit.before,
            audit.after,
        )
        for change, audit in reversed(rows)
    ]
