"""Writing the two roster layers inside a Write, each change recorded in the audit log as the
shift before and after (status, reason, who in which role, pinned) and touching the week of
the shift and every person whose place on it changed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import delete
from sqlmodel import Session, col, select

from planner.dates import local_start_of
from planner.domain import Roster, Shift, ShiftStatus
from planner.reasons import UnstaffedReason, Verdict
from planner.storage.mapping import assignment_row, reason_from_text, reason_text, state_row
from planner.storage.queries import chunks, layer_rows
from planner.storage.tables import PUBLISHED, WORKING, AssignmentRow, ShiftStateRow
from planner.storage.writes import Write, person_scope, week_scope

NOBODY_ASSIGNED = UnstaffedReason(Verdict.NOBODY_ASSIGNED)
Snapshot = dict[str, Any]


def snapshots(session: Session, layer: str, shift_ids: Iterable[str]) -> dict[str, Snapshot]:
    """Each shift of the layer as the audit log keeps it; shifts without rows are absent."""
    found: dict[str, Snapshot] = {}
    people: dict[str, list[list]] = defaultdict(list)
    for chunk in chunks(sorted(set(shift_ids))):
        for state in session.exec(
            select(ShiftStateRow).where(
                col(ShiftStateRow.layer) == layer, col(ShiftStateRow.shift_id).in_(chunk)
            )
        ).all():
            reason = reason_from_text(state.reason).to_json() if state.reason else None
            found[state.shift_id] = {"status": state.status, "reason": reason}
        for place in session.exec(
            select(AssignmentRow).where(
                col(AssignmentRow.layer) == layer, col(AssignmentRow.shift_id).in_(chunk)
            )
        ).all():
            people[place.shift_id].append([place.person_id, place.role, place.pinned])
    for shift_id in people:
        found.setdefault(shift_id, {"status": None, "reason": None})
    for shift_id, snapshot in found.items():
        snapshot["people"] = sorted(people.get(shift_id, []))
    return found


def record_changes(
    unit: Write, kind: str, before: dict[str, Snapshot], after: dict[str, Snapshot]
) -> None:
    """One audit entry per shift whose snapshot differs; touch its week and the people whose
    place on it changed."""
    for shift_id in sorted(before.keys() | after.keys()):
        old, new = before.get(shift_id), after.get(shift_id)
        if old == new:
            continue
        places_before = {tuple(p) for p in (old or {}).get("people", [])}
        places_after = {tuple(p) for p in (new or {}).get("people", [])}
        moved = {p[0] for p in places_before ^ places_after}
        named = {p[0] for p in places_before | places_after}
        unit.record(kind, shift_id, old, new, named)
        unit.touch(week_scope(local_start_of(shift_id).date()), *map(person_scope, moved))


def replace_working(unit: Write, roster: Roster, shifts: list[Shift], kind: str = "roster") -> None:
    """The working roster of the given shifts replaced by `roster` (Repository.save_roster)."""
    replace_layer(unit, WORKING, roster, shifts, kind)


def replace_layer(
    unit: Write, layer: str, roster: Roster, shifts: list[Shift], kind: str = "roster"
) -> None:
    """The layer's roster of the given shifts replaced by `roster`. The published layer is
    stamped with the write's moment and actor (what people see changed then)."""
    session = unit.session
    by_id = {s.id: s for s in shifts}
    staffed = {a.shift_id for a in roster.assignments}
    before = snapshots(session, layer, by_id)
    for chunk in chunks(list(by_id)):
        for table in (AssignmentRow, ShiftStateRow):
            session.exec(
                delete(table).where(col(table.layer) == layer, col(table.shift_id).in_(chunk))
            )
    for shift in shifts:
        if shift.closed:
            status, reason = ShiftStatus.CLOSED, shift.closed_reason or ""
        elif shift.id in roster.unstaffed:
            status, reason = ShiftStatus.UNSTAFFED, reason_text(roster.unstaffed[shift.id])
        elif shift.id in staffed:
            status, reason = ShiftStatus.STAFFED, ""
        else:
            status, reason = ShiftStatus.UNSTAFFED, reason_text(NOBODY_ASSIGNED)
        state = state_row(layer, shift, status, reason)
        if layer == PUBLISHED:
            state.published_at_utc, state.published_by = unit.now, unit.actor
        session.add(state)
    for a in roster.assignments:
        session.add(assignment_row(layer, a, by_id[a.shift_id]))
    session.flush()
    record_changes(unit, kind, before, snapshots(session, layer, by_id))


def copy_to_published(unit: Write, lo: datetime, hi: datetime, at: datetime) -> int:
    """The working layer of the shifts starting in [lo, hi) copied over the published one,
    stamped with `at` and the publisher. Returns the number of shifts published."""
    session = unit.session
    working_states = layer_rows(session, ShiftStateRow, WORKING, lo, hi)
    working_places = layer_rows(session, AssignmentRow, WORKING, lo, hi)
    ids = {r.shift_id for r in working_states} | {r.shift_id for r in working_places}
    ids |= {r.shift_id for r in layer_rows(session, ShiftStateRow, PUBLISHED, lo, hi)}
    ids |= {r.shift_id for r in layer_rows(session, AssignmentRow, PUBLISHED, lo, hi)}
    before = snapshots(session, PUBLISHED, ids)
    for table in (AssignmentRow, ShiftStateRow):
        session.exec(
            delete(table).where(
                col(table.layer) == PUBLISHED, col(table.start_utc) >= lo, col(table.start_utc) < hi
            )
        )
    for place in working_places:
        session.add(AssignmentRow(**place.model_dump(exclude={"id", "layer"}), layer=PUBLISHED))
    for state in working_states:
        copy = state.model_dump(exclude={"id", "layer", "published_at_utc", "published_by"})
        session.add(
            ShiftStateRow(**copy, layer=PUBLISHED, published_at_utc=at, published_by=unit.actor)
        )
    session.flush()
    record_changes(unit, "published", before, snapshots(session, PUBLISHED, ids))
    return len(working_states)


def put_place(unit: Write, row: AssignmentRow, state: ShiftStateRow | None) -> None:
    """Add or change one working assignment (and the shift's state, when it had none)."""
    session = unit.session
    before = snapshots(session, WORKING, [row.shift_id])
    session.add(row)
    if state is not None:
        session.add(state)
    session.flush()
    record_changes(unit, "roster", before, snapshots(session, WORKING, [row.shift_id]))


def drop_place(unit: Write, row: AssignmentRow) -> None:
    session = unit.session
    before = snapshots(session, WORKING, [row.shift_id])
    session.delete(row)
    session.flush()
    record_changes(unit, "roster", before, snapshots(session, WORKING, [row.shift_id]))
