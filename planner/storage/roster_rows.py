"""Reading the two roster layers: the state of a period (never planned, draft, published)
and one shift's working rows."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from planner.domain import RosterState
from planner.storage.queries import layer_rows
from planner.storage.tables import PUBLISHED, WORKING, AssignmentRow, ShiftStateRow


def roster_state(session: Session, lo: datetime, hi: datetime) -> RosterState | None:
    """None: never planned; DRAFT: the working layer differs from the published one;
    PUBLISHED otherwise."""
    working = layer_rows(session, ShiftStateRow, WORKING, lo, hi)
    published = layer_rows(session, ShiftStateRow, PUBLISHED, lo, hi)
    if not working and not published:
        return None

    def states(rows: list[ShiftStateRow]) -> set[tuple[str, str]]:
        return {(r.shift_id, r.status) for r in rows}

    def people(rows: list[AssignmentRow]) -> set[tuple[str, str, str]]:
        return {(r.shift_id, r.person_id, r.role) for r in rows}

    same = states(working) == states(published) and people(
        layer_rows(session, AssignmentRow, WORKING, lo, hi)
    ) == people(layer_rows(session, AssignmentRow, PUBLISHED, lo, hi))
    return RosterState.PUBLISHED if same else RosterState.DRAFT


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
