"""People leaving the organisation: gone from people.csv on `roster load`, or forgotten.

Nothing they did is erased from the past: their row stays (marked left, so the planner no
longer sees them) with their past shifts, which the managers' reports count. From the moment
they leave:
- their future absences go;
- they come off every future shift, in the working and the published roster. A shift that
  no longer holds without them (the caller's `holds`: the checker's shift rules) becomes
  unstaffed with the reason that they left, and its volunteers come off too, since volunteers
  never run a shift alone. A published shift so changed is stamped as published now, so the
  next calendar export sends the cancellations (planner/service/calendars.py);
- their calendar feed link dies (a person who left has no feed: docs/feeds.md).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from sqlmodel import col, select

from planner.dates import as_utc
from planner.domain import Assignment, Role, ShiftStatus
from planner.reasons import UnstaffedReason, Verdict
from planner.storage.feed_tables import FeedTokenRow
from planner.storage.mapping import absence_record, reason_text
from planner.storage.page_tables import PageTokenRow
from planner.storage.queries import chunks, zone
from planner.storage.request_tables import SelfServiceEntryRow
from planner.storage.roster_writes import record_changes, snapshots
from planner.storage.tables import (
    PUBLISHED,
    WORKING,
    AbsenceRow,
    AssignmentRow,
    PersonRow,
    ShiftStateRow,
)
from planner.storage.writes import ORGANISATION, Write, absence_scopes, person_scope

# Whether a shift still holds with these people on it (shift id, who stays).
Holds = Callable[[str, Sequence[Assignment]], bool]


def a_professional_stays(_shift_id: str, staying: Sequence[Assignment]) -> bool:
    """The fallback when the caller has no checker at hand."""
    return any(a.role is Role.PROFESSIONAL for a in staying)


def depart(unit: Write, person_ids: Sequence[str], holds: Holds | None = None) -> None:
    """The people leave at `unit.now` (see the module's docstring)."""
    if not person_ids:
        return
    session, now = unit.session, unit.now
    leaving = set(person_ids)
    for chunk in chunks(sorted(leaving)):
        for row in session.exec(select(PersonRow).where(col(PersonRow.id).in_(chunk))).all():
            if row.left_at_utc is None:
                row.left_at_utc = now
                session.add(row)
                unit.record("person", row.id, {"left": False}, {"left": True}, [row.id])
                unit.touch(ORGANISATION, person_scope(row.id))
        for link in session.exec(
            select(FeedTokenRow).where(col(FeedTokenRow.person_id).in_(chunk))
        ).all():
            issued = {"issued": as_utc(link.issued_at_utc).isoformat()}
            unit.record("feed", link.person_id, issued, None, [link.person_id])
            session.delete(link)
        for page in session.exec(
            select(PageTokenRow).where(col(PageTokenRow.person_id).in_(chunk))
        ).all():
            issued = {"issued": as_utc(page.issued_at_utc).isoformat()}
            unit.record("page", page.person_id, issued, None, [page.person_id])
            session.delete(page)
        # What they entered on their page goes too: were they to come back, people.csv leads.
        for entry in session.exec(
            select(SelfServiceEntryRow).where(col(SelfServiceEntryRow.person_id).in_(chunk))
        ).all():
            session.delete(entry)
        tz = zone(session)
        for absence in session.exec(
            select(AbsenceRow).where(
                col(AbsenceRow.person_id).in_(chunk), col(AbsenceRow.start_utc) >= now
            )
        ).all():
            unit.record(
                "absence", str(absence.id), absence_record(absence), None, [absence.person_id]
            )
            unit.touch(*absence_scopes(absence, tz))
            session.delete(absence)
    for layer, kind in ((WORKING, "roster"), (PUBLISHED, "published")):
        _leave_shifts(unit, layer, kind, leaving, holds or a_professional_stays)


def _leave_shifts(unit: Write, layer: str, kind: str, leaving: set[str], holds: Holds) -> None:
    session, now = unit.session, unit.now
    shift_ids: set[str] = set()
    for chunk in chunks(sorted(leaving)):
        shift_ids |= set(
            session.exec(
                select(col(AssignmentRow.shift_id)).where(
                    col(AssignmentRow.layer) == layer,
                    col(AssignmentRow.person_id).in_(chunk),
                    col(AssignmentRow.start_utc) >= now,
                )
            ).all()
        )
    if not shift_ids:
        return
    before = snapshots(session, layer, shift_ids)
    on: dict[str, list[AssignmentRow]] = defaultdict(list)
    states: dict[str, ShiftStateRow] = {}
    for chunk in chunks(sorted(shift_ids)):
        for place in session.exec(
            select(AssignmentRow).where(
                col(AssignmentRow.layer) == layer, col(AssignmentRow.shift_id).in_(chunk)
            )
        ).all():
            on[place.shift_id].append(place)
        for state in session.exec(
            select(ShiftStateRow).where(
                col(ShiftStateRow.layer) == layer, col(ShiftStateRow.shift_id).in_(chunk)
            )
        ).all():
            states[state.shift_id] = state
    for shift_id in sorted(shift_ids):
        places = on[shift_id]
        gone = [p for p in places if p.person_id in leaving]
        staying = [p for p in places if p.person_id not in leaving]
        state = states.get(shift_id) or ShiftStateRow(
            layer=layer,
            shift_id=shift_id,
            activity_id=gone[0].activity_id,
            start_utc=gone[0].start_utc,
            status=ShiftStatus.STAFFED.value,
        )
        kept = [Assignment(p.shift_id, p.person_id, Role(p.role), p.pinned) for p in staying]
        if not holds(shift_id, kept):
            gone += [p for p in staying if p.role == Role.VOLUNTEER.value]
            why = UnstaffedReason(
                Verdict.LEFT_ORGANISATION,
                person_id=min(p.person_id for p in gone if p.person_id in leaving),
            )
            state.status, state.reason = ShiftStatus.UNSTAFFED.value, reason_text(why)
        if layer == PUBLISHED:
            state.published_at_utc, state.published_by = now, unit.actor
        session.add(state)
        for place in gone:
            session.delete(place)
    session.flush()
    record_changes(unit, kind, before, snapshots(session, layer, shift_ids))
