"""One write: one transaction holding the write lock, checked against what was read, recorded
in the audit log, committed whole or not at all.

A use case reads `seen()` (the newest change) before it reads anything else, and hands that
number back when it writes, with the scopes its result depends on (the weeks it plans, the
person it edits). If a change after `seen` touched any of them, nothing is written and
ChangedMeanwhile says who changed what, when. Each write then touches the scopes it changed,
so the next writer that read before it is stopped in turn.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, insert, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from planner.dates import as_utc, monday_of
from planner.errors import ChangedMeanwhile
from planner.storage.audit_tables import AuditPersonRow, AuditRow, ChangeRow, VersionRow
from planner.storage.connection import begin_write, reads_within, taking_turns, writing_on
from planner.storage.queries import chunks
from planner.storage.tables import AbsenceRow

ACTOR_ENV_VAR = "ROSTER_COORDINATOR"
ORGANISATION = "organisation"


def os_user() -> str:
    """Who changes things when nobody says: $ROSTER_COORDINATOR, else the login name."""
    named = os.environ.get(ACTOR_ENV_VAR, "").strip()
    if named:
        return named
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without a passwd entry)
        return "unknown"


def week_scope(day: date) -> str:
    """The scope of the local week holding `day`."""
    return f"week:{monday_of(day).isoformat()}"


def person_scope(person_id: str) -> str:
    return f"person:{person_id}"


def absence_scopes(absence: AbsenceRow, tz: ZoneInfo) -> list[str]:
    """What an absence touches: its person, and every week whose planning reads it. Planning
    a week reads the absences from its Monday to the Tuesday after (a night that starts on
    Sunday ends on Monday), so an absence touches the weeks it overlaps and the week before
    a Monday it starts on."""
    start = as_utc(absence.start_utc).astimezone(tz)
    end = as_utc(absence.end_utc).astimezone(tz)
    scopes = [person_scope(absence.person_id)]
    monday = monday_of(start.date() - timedelta(days=8))
    while datetime.combine(monday, time(0), tz) < end:
        if start < datetime.combine(monday + timedelta(days=8), time(0), tz):
            scopes.append(week_scope(monday))
        monday += timedelta(days=7)
    return scopes


def check_seen(session: Session, seen: int | None, scopes: Iterable[str]) -> None:
    """ChangedMeanwhile, naming the newest such change, when a change after `seen` touched
    any of the scopes; None: no check."""
    if seen is None:
        return
    for chunk in chunks(sorted(set(scopes))):
        newer = session.exec(
            select(VersionRow.scope, ChangeRow)
            .join(ChangeRow, col(ChangeRow.id) == col(VersionRow.change_id))
            .where(col(VersionRow.scope).in_(chunk), col(VersionRow.change_id) > seen)
            .order_by(col(ChangeRow.id).desc())
        ).first()
        if newer is not None:
            scope, change = newer
            raise ChangedMeanwhile(scope, change.actor, as_utc(change.at_utc), change.action)


def latest_change(session: Session) -> int:
    """The newest change's number (0 before the first): what a reader has seen."""
    return session.exec(select(func.max(ChangeRow.id))).one() or 0


@dataclass
class Write:
    """The open transaction of one write; see `write` below."""

    session: Session
    change: ChangeRow
    now: datetime  # aware UTC; the moment recorded for this change
    touched: set[str] = field(default_factory=set)
    # kind, subject, before, after; and whom the entry is about. Plain values, not rows: a
    # load of 100,000 people records as many entries, inserted in one statement.
    entries: list[tuple[dict[str, Any], frozenset[str]]] = field(default_factory=list)
    written: int = 0  # entries already written (write_entries)

    @property
    def actor(self) -> str:
        return self.change.actor

    def check(self, seen: int | None, scopes: Iterable[str]) -> None:
        """ChangedMeanwhile when a change after `seen` touched any of the scopes (None: no
        check)."""
        check_seen(self.session, seen, scopes)

    def touch(self, *scopes: str) -> None:
        self.touched.update(scopes)

    def record(
        self,
        kind: str,
        subject: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
        people: Iterable[str] = (),
    ) -> None:
        """An audit entry of this change; `people`: whom it is about (`roster log --person`)."""
        row = {"kind": kind, "subject": subject, "before": before, "after": after}
        self.entries.append((row, frozenset(people)))

    def write_entries(self) -> None:
        """Write the entries recorded so far (they are otherwise written at the end)."""
        change_id = self.change.id
        assert change_id is not None
        pending, self.entries = self.entries, []
        if not pending:
            return
        rows = [{**row, "change_id": change_id} for row, _ in pending]
        ids = self.session.execute(
            insert(AuditRow).returning(col(AuditRow.id), sort_by_parameter_order=True), rows
        ).scalars()
        named = [
            {"audit_id": audit_id, "person_id": person}
            for audit_id, (_, people) in zip(ids, pending, strict=True)
            for person in sorted(people)
        ]
        if named:
            self.session.execute(insert(AuditPersonRow), named)
        self.written += len(pending)

    def finish(self) -> None:
        change_id = self.change.id
        assert change_id is not None
        if not self.entries and not self.written and not self.touched:
            self.session.delete(self.change)  # nothing changed: no line in the log
            return
        self.write_entries()
        _stamp_versions(self.session, sorted(self.touched), change_id)


@contextmanager
def write(
    engine: Engine,
    actor: str,
    action: str,
    *,
    now: datetime | None = None,
) -> Iterator[Write]:
    """A write transaction: waits for the write lock (Busy after the engine's timeout), yields
    the Write, then records its audit entries and versions and commits; on any error,
    rolls everything back. What the thread reads meanwhile (`connection.reading`) is read in
    the same transaction: it sees what the write has written so far."""
    moment = as_utc(now) if now is not None else datetime.now(UTC)
    with (
        taking_turns(engine),
        writing_on(engine),
        Session(engine, expire_on_commit=False) as session,
    ):
        begin_write(session)
        change = ChangeRow(at_utc=moment, actor=actor, action=action)
        session.add(change)
        session.flush()
        unit = Write(session, change, moment)
        try:
            with reads_within(engine, session):
                yield unit
            unit.finish()
            session.commit()
        except BaseException:
            session.rollback()
            raise


def _stamp_versions(session: Session, scopes: Sequence[str], change_id: int) -> None:
    for chunk in chunks(scopes):
        existing = set(
            session.exec(select(VersionRow.scope).where(col(VersionRow.scope).in_(chunk))).all()
        )
        if existing:
            session.execute(
                update(VersionRow)
                .where(col(VersionRow.scope).in_(sorted(existing)))
                .values(change_id=change_id)
            )
        new = [{"scope": s, "change_id": change_id} for s in chunk if s not in existing]
        if new:
            session.execute(insert(VersionRow), new)


def forget_versions(session: Session, scope: str) -> None:
    """Drop a scope's version (a forgotten person's id must not stay behind in it)."""
    session.exec(delete(VersionRow).where(col(VersionRow.scope) == scope))
