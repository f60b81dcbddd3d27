"""A person's rights over their data (GDPR articles 15 and 17) and retention: everything the
database holds about one person; forgetting them; erasing what is older than the retention.

Forgetting pseudonymises: the person's row gets a new id ('forgotten-<random>') and loses
name, contact and languages; every row that pointed at the old id points at the new one (so
counts and hours stay in the managers' reports); every text and JSON value in every table is
searched for the old id, the name, the e-mail address and the phone number, which are
replaced by the new id. The write checks before it commits that none is left anywhere.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    CursorResult,
    String,
    Table,
    Text,
    TypeDecorator,
    cast,
    delete,
    or_,
    update,
)
from sqlalchemy import select as core_select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, select

from planner.dates import as_utc
from planner.errors import PlannerError
from planner.message import msg
from planner.storage.audit_tables import AuditPersonRow, AuditRow, ChangeRow, VersionRow
from planner.storage.calendar_tables import CalendarEventRow
from planner.storage.departures import Holds, depart
from planner.storage.feed_tables import FeedTokenRow
from planner.storage.notice_tables import NoticeRow, NoticeStore
from planner.storage.offer_tables import OfferRow
from planner.storage.page_tables import PageTokenRow
from planner.storage.schema import metadata
from planner.storage.tables import AbsenceRow, AssignmentRow, PersonRow
from planner.storage.writes import ORGANISATION, Write, person_scope

FORGOTTEN = "forgotten-"  # how a pseudonym starts


class Scrub:
    """Replaces a person's id (as a whole token), name, e-mail and phone (anywhere, any case)
    by their pseudonym, in texts and in JSON data."""

    def __init__(self, person_id: str, pseudonym: str, texts: Iterable[str | None]) -> None:
        self.person_id, self.pseudonym = person_id, pseudonym
        self.texts = sorted({t.strip() for t in texts if t and t.strip()}, key=len, reverse=True)
        token = re.escape(person_id)
        self._id = re.compile(rf"(?<![\w.\-]){token}(?![\w.\-])")
        self._texts = [re.compile(re.escape(t), re.IGNORECASE) for t in self.texts]

    def text(self, value: str) -> str:
        for pattern in self._texts:
            value = pattern.sub(self.pseudonym, value)
        return self._id.sub(self.pseudonym, value)

    def data(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.pseudonym if value == self.person_id else self.text(value)
        if isinstance(value, list):
            return [self.data(v) for v in value]
        if isinstance(value, dict):
            return {k: self.data(v) for k, v in value.items()}
        return value

    def needles(self) -> list[str]:
        """What to look for in SQL: each value as written, and as JSON escapes it."""
        found = set()
        for text in [self.person_id, *self.texts]:
            found.add(text)
            found.add(json.dumps(text)[1:-1])
        return sorted(found)

    def found_in(self, value: Any) -> bool:
        return self.data(value) != value


def forget(unit: Write, person_id: str, pseudonym: str, holds: Holds | None = None) -> None:
    """Forget the person (see the module's docstring); they leave the organisation first
    (planner/storage/departures.py), which kills their calendar feed link. Their calendar
    event state and their change notices are deleted: the caller sends their last calendar,
    with the cancellations, before."""
    session = unit.session
    row = session.get(PersonRow, person_id)
    if row is None:
        raise PlannerError(msg("unknown person '{person}'", person=person_id))
    depart(unit, [person_id], holds)
    unit.write_entries()  # what leaving did is recorded now, so it is pseudonymised below
    scrub = Scrub(person_id, pseudonym, [row.name, row.email, row.phone])
    # Their safeguards go too: wishes, days asked off and the people they named say more
    # about them than the reports need.
    kept = PersonRow(
        **row.model_dump(exclude={"id", "name", "email", "phone", "languages", "safeguards"}),
        id=pseudonym,
        name=pseudonym,
        languages=[],
        safeguards={},
    )
    session.add(kept)
    session.flush()
    session.exec(delete(CalendarEventRow).where(col(CalendarEventRow.person_id) == person_id))
    NoticeStore.forget(session, [person_id])  # their notices: addresses and what they were told
    session.execute(
        update(AuditPersonRow)
        .where(col(AuditPersonRow.person_id) == person_id)
        .values(person_id=pseudonym)
    )
    session.exec(delete(VersionRow).where(col(VersionRow.scope) == person_scope(person_id)))
    unit.touched.discard(person_scope(person_id))
    session.execute(
        update(AbsenceRow).where(col(AbsenceRow.person_id) == person_id).values(reason="")
    )
    _scrub_everywhere(session, scrub)
    session.delete(session.get(PersonRow, person_id))
    session.flush()
    unit.record("person", pseudonym, {"forgotten": False}, {"forgotten": True}, [pseudonym])
    unit.touch(ORGANISATION, person_scope(pseudonym))
    left = _still_found(session, scrub)
    if left:
        raise PlannerError(
            msg("forgetting '{person}' left traces in {columns}", person=person_id, columns=left)
        )


def _holds_text(column: Column) -> bool:
    """A column of text (SQLModel's strings are a decorated String) or of JSON."""
    kind = column.type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    return isinstance(kind, (String, JSON))


def _text_columns(table: Table) -> list[Column]:
    return [c for c in table.columns if not c.primary_key and _holds_text(c)]


def _matching(session: Session, table: Table, column, scrub: Scrub):
    patterns = [_like(n) for n in scrub.needles()]
    condition = or_(*(cast(column, Text).ilike(p, escape="\\") for p in patterns))
    keys = list(table.primary_key.columns)
    return session.execute(core_select(*keys, column).where(condition)).all()


def _scrub_everywhere(session: Session, scrub: Scrub) -> None:
    for table in metadata().sorted_tables:
        keys = list(table.primary_key.columns)
        for column in _text_columns(table):
            for found in _matching(session, table, column, scrub):
                value = found[-1]
                new = scrub.data(value) if isinstance(column.type, JSON) else scrub.text(value)
                if new != value:
                    where = [k == v for k, v in zip(keys, found[:-1], strict=True)]
                    session.execute(update(table).where(*where).values({column.name: new}))
    session.flush()


def _still_found(session: Session, scrub: Scrub) -> list[str]:
    """Tables and columns where any of the person's data is still found."""
    left = []
    for table in metadata().sorted_tables:
        for column in [c for c in table.columns if _holds_text(c)]:
            if any(scrub.found_in(found[-1]) for found in _matching(session, table, column, scrub)):
                left.append(f"{table.name}.{column.name}")
    return left


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def prune(unit: Write, cutoff: datetime, new_pseudonym, holds: Holds | None = None) -> dict:
    """Erase what is older than `cutoff` (aware): the reasons of absences that ended before
    it, the details (before and after) of changes made before it, the calendar event state
    of shifts that ended before it, and forget the people who left before it. Returns how
    many of each."""
    session = unit.session
    at = as_utc(cutoff)
    reasons = _count(
        session.execute(
            update(AbsenceRow)
            .where(col(AbsenceRow.end_utc) < at, col(AbsenceRow.reason) != "")
            .values(reason="")
        )
    )
    old_changes = select(col(ChangeRow.id)).where(col(ChangeRow.at_utc) < at)
    details = _count(
        session.execute(
            update(AuditRow)
            .where(col(AuditRow.change_id).in_(old_changes))
            .where(or_(col(AuditRow.before).is_not(None), col(AuditRow.after).is_not(None)))
            .values(before=None, after=None)
        )
    )
    events = _count(
        session.execute(delete(CalendarEventRow).where(col(CalendarEventRow.end_utc) < at))
    )
    gone = session.exec(
        select(col(PersonRow.id)).where(
            col(PersonRow.left_at_utc) < at, col(PersonRow.id).not_like(f"{FORGOTTEN}%")
        )
    ).all()
    for person_id in gone:
        forget(unit, person_id, new_pseudonym(), holds)
    counts = {
        "absence_reasons": reasons,
        "log_details": details,
        "calendar_events": events,
        "people_forgotten": len(gone),
    }
    unit.record("prune", at.isoformat(), None, {"before": at.isoformat(), **counts})
    return counts


def _count(result: object) -> int:
    """How many rows an UPDATE or DELETE changed."""
    return result.rowcount if isinstance(result, CursorResult) else 0


def person_rows(session: Session, person_id: str) -> dict[str, list] | None:
    """Every row about the person, as data; None when there is no such person."""
    row = session.get(PersonRow, person_id)
    if row is None:
        return None
    token = json.dumps(person_id)
    mentioned = select(col(AuditRow.id)).where(
        or_(cast(AuditRow.before, Text).contains(token), cast(AuditRow.after, Text).contains(token))
    )
    named = select(col(AuditPersonRow.audit_id)).where(col(AuditPersonRow.person_id) == person_id)
    entries = session.exec(
        select(ChangeRow, AuditRow)
        .join(AuditRow, col(AuditRow.change_id) == col(ChangeRow.id))
        .where(or_(col(AuditRow.id).in_(named), col(AuditRow.id).in_(mentioned)))
        .order_by(col(AuditRow.id))
    ).all()
    return {
        "person": [row],
        "absences": list(
            session.exec(
                select(AbsenceRow)
                .where(col(AbsenceRow.person_id) == person_id)
                .order_by(col(AbsenceRow.start_utc))
            ).all()
        ),
        "assignments": list(
            session.exec(
                select(AssignmentRow)
                .where(col(AssignmentRow.person_id) == person_id)
                .order_by(col(AssignmentRow.start_utc), col(AssignmentRow.layer))
            ).all()
        ),
        "calendar_events": list(
            session.exec(
                select(CalendarEventRow)
                .where(col(CalendarEventRow.person_id) == person_id)
                .order_by(col(CalendarEventRow.start_utc))
            ).all()
        ),
        "feed_links": list(
            session.exec(select(FeedTokenRow).where(col(FeedTokenRow.person_id) == person_id))
        ),
        "page_links": list(
            session.exec(select(PageTokenRow).where(col(PageTokenRow.person_id) == person_id))
        ),
        "offers": list(
            session.exec(
                select(OfferRow)
                .where(
                    or_(
                        col(OfferRow.person_id) == person_id,
                        col(OfferRow.to_person_id) == person_id,
                        col(OfferRow.taker_id) == person_id,
                    )
                )
                .order_by(col(OfferRow.id))
            )
        ),
        "notices": list(
            session.exec(
                select(NoticeRow)
                .where(col(NoticeRow.person_id) == person_id)
                .order_by(col(NoticeRow.id))
            )
        ),
        "log": list(entries),
    }


def vacuum(engine: Engine) -> str | None:
    """Rewrite the database so that what was erased is gone from its files too (SQLite:
    VACUUM the file; PostgreSQL: VACUUM FULL the tables), after the transaction. Returns
    why it could not, if it could not (the erasure itself is committed either way)."""
    try:
        if engine.dialect.name == "sqlite":
            if engine.url.database not in (None, "", ":memory:"):
                with engine.connect() as connection:
                    connection.exec_driver_sql("VACUUM")
        elif engine.dialect.name == "postgresql":
            names = ", ".join(t.name for t in metadata().sorted_tables)
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.exec_driver_sql(f"VACUUM FULL {names}")
    except (PlannerError, SQLAlchemyError) as exc:
        return str(getattr(exc, "orig", None) or exc).strip()
    return None
