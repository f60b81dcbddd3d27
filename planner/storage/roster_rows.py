"""Reading the two roster layers: the state of a period (never planned, draft, published)
and one shift's working rows."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from planner.domain import RosterState
from planner.storage.tables import PUBLISHED, WORKING, AssignmentRow, ShiftStateRow


def roster_state(session: Session, lo: datetime, hi: datetime) -> RosterState | None:
    """None: never planned; DRAFT: the working layer differs from the published one;
    PUBLISHED otherwise."""
    working = _states(session, WORKING, lo, hi)
    published = _states(session, PUBLISHED, lo, hi)
    if not working and not published:
        return None
    same = working == published and _people(session, WORKING, lo, hi) == _people(
        session, PUBLISHED, lo, hi
    )
    return RosterState.PUBLISHED if same else RosterState.DRAFT


# Columns, not table objects: asked at every roster read, over thousands of rows in a city.
def _states(session: Session, layer: str, lo: datetime, hi: datetime) -> set[tuple[str, str]]:
    rows = session.exec(
        select(ShiftStateRow.shift_id, ShiftStateRow.status).where(
            col(ShiftStateRow.layer) == layer,
            col(ShiftStateRow.start_utc) >= lo,
            col(ShiftStateRow.start_utc) < hi,
        )
    )
    return {(shift_id, status) for shift_id, status in rows}


def _people(session: Session, layer: str, lo: datetime, hi: datetime) -> set[tuple[str, str, str]]:
    rows = session.exec(
        select(AssignmentRow.shift_id, AssignmentRow.person_id, AssignmentRow.role).where(
            col(AssignmentRow.layer) == layer,
            col(AssignmentRow.start_utc) >= lo,
            col(AssignmentRow.start_utc) < hi,
        )
    )
    return {(shift_id, person_id, role) for shift_id, person_id, role in rows}


def working_assignment(session: Session, shift_id: str, person_id: str) -> AssignmentRow | None:
    return session.exec(
        select(AssignmentRow).where(
            col(AssignmentRow.layer) == WORKING,
            col(AssignmentRow.shift_id) == shift_id,
            col(AssignmentRow.person_id) == person_id,
        )
    ).first()


def working_state(session: Session, shift_id: str) -> ShiftStateRow | None:
    return session.exec(
        select(ShiftStateRow).where(
            col(ShiftStateRow.layer) == WORKING, col(ShiftStateRow.shift_id) == shift_id
        )
    ).first()
