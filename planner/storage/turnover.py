"""Who a load takes out of the organisation and who it brings in, read in the load's own
transaction (so nothing can change between what the coordinator is told and what is written),
and an id renamed without losing the person's history.

A renamed person keeps everything that hangs on their id: their shifts past and to come in both
layers (continuity, newcomer counts, what the reports count), their absences, their calendar
feed link and calendar state, their notices and the audit log's entries about them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import update
from sqlmodel import col, select

from planner.domain import Organisation, Person
from planner.errors import PlannerError
from planner.message import msg
from planner.storage.audit_tables import AuditPersonRow
from planner.storage.calendar_tables import CalendarEventRow
from planner.storage.feed_tables import FeedTokenRow
from planner.storage.mapping import person_from_row
from planner.storage.notice_tables import NoticeRow, NotifiedRow
from planner.storage.queries import chunks
from planner.storage.tables import PUBLISHED, AbsenceRow, AssignmentRow, PersonRow
from planner.storage.writes import ORGANISATION, Write, person_scope

# Every table that names a person by id (the person row itself aside).
_BY_PERSON = (
    AssignmentRow,
    AbsenceRow,
    FeedTokenRow,
    CalendarEventRow,
    NoticeRow,
    NotifiedRow,
    AuditPersonRow,
)


@dataclass(frozen=True)
class Turnover:
    """`leaving`: people in the organisation that the loaded one leaves out, as they were;
    `arriving`: people of the loaded organisation not in it now (new ids, or people coming
    back: `returning`); `on_published`: the published shifts still to come of each person
    leaving, by id, in time order. `first`: the first load (no organisation yet)."""

    leaving: tuple[Person, ...] = ()
    arriving: tuple[Person, ...] = ()
    returning: frozenset[str] = frozenset()
    on_published: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    first: bool = False


def turnover(unit: Write, org: Organisation, has_organisation: bool) -> Turnover:
    """Who leaves and who arrives if `org` is written now (`unit.now`)."""
    if not has_organisation:
        return Turnover(arriving=org.people, first=True)
    session = unit.session
    rows = {row.id: row for row in session.exec(select(PersonRow)).all()}
    loaded = {p.id for p in org.people}
    leaving = tuple(
        person_from_row(row)
        for row in sorted(rows.values(), key=lambda r: r.position)
        if row.left_at_utc is None and row.id not in loaded
    )
    arriving = tuple(
        p for p in org.people if p.id not in rows or rows[p.id].left_at_utc is not None
    )
    returning = frozenset(p.id for p in arriving if p.id in rows)
    on_published: dict[str, list[tuple]] = defaultdict(list)
    for chunk in chunks([p.id for p in leaving]):
        for place in session.exec(
            select(AssignmentRow).where(
                col(AssignmentRow.layer) == PUBLISHED,
                col(AssignmentRow.person_id).in_(chunk),
                col(AssignmentRow.start_utc) >= unit.now,
            )
        ).all():
            on_published[place.person_id].append((place.start_utc, place.shift_id))
    shifts = {pid: tuple(sid for _, sid in sorted(found)) for pid, found in on_published.items()}
    return Turnover(leaving, arriving, returning, shifts)


def rename_people(unit: Write, renames: Mapping[str, str]) -> None:
    """Give each person `old` the id `new` (see the module's docstring), recorded in the audit
    log. `new` must not be anyone's id yet, former people's included."""
    session = unit.session
    for old, new in renames.items():
        row = session.get(PersonRow, old)
        if row is None:
            raise PlannerError(msg("unknown person '{person}'", person=old))
        if session.get(PersonRow, new) is not None:
            raise PlannerError(
                msg(
                    "--renamed {old}={new}: '{new}' was already a person here; nothing was loaded",
                    old=old,
                    new=new,
                )
            )
        session.add(PersonRow(**row.model_dump(exclude={"id"}), id=new))
        session.flush()
        for table in _BY_PERSON:
            person = table.person_id
            session.execute(update(table).where(col(person) == old).values(person_id=new))
        session.delete(row)
        session.flush()
        unit.record("person", new, {"id": old}, {"id": new}, [old, new])
        unit.touch(ORGANISATION, person_scope(old), person_scope(new))
    session.expire_all()  # rows read before the renames are read again as they are now
