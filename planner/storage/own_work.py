"""One person's published work of a period, read from their own rows: what their hours are
counted from (`roster report hours --person`, "My hours" on their page) without reading the
whole organisation, which on a city of a thousand people takes most of a second."""

from __future__ import annotations

from datetime import date

from sqlalchemy.engine import Engine
from sqlmodel import col, select

from planner.dates import utc_bounds
from planner.domain import Assignment, Organisation, Period, Role, Roster
from planner.errors import NoOrganisation
from planner.storage.connection import reading
from planner.storage.mapping import activity_from_row, person_from_row
from planner.storage.queries import zone
from planner.storage.tables import (
    PUBLISHED,
    ActivityRow,
    AssignmentRow,
    OrganisationRow,
    PersonRow,
)


def own_work(engine: Engine, person_id: str, period: Period) -> tuple[Organisation, Roster]:
    """The organisation as far as the person's work needs it (its frame, the activities they
    worked in the period, in the organisation's order, and the person themselves, also when
    they have left; no one else), and the published roster of the period holding only their
    assignments. Raises NoOrganisation if none; the person is left out when unknown."""
    with reading(engine) as session:
        org_row = session.get(OrganisationRow, 1)
        if org_row is None:
            raise NoOrganisation()
        lo, hi = utc_bounds(period, zone(session))
        rows = session.exec(
            select(AssignmentRow)
            .where(
                col(AssignmentRow.layer) == PUBLISHED,
                col(AssignmentRow.person_id) == person_id,
                col(AssignmentRow.start_utc) >= lo,
                col(AssignmentRow.start_utc) < hi,
            )
            .order_by(col(AssignmentRow.start_utc), col(AssignmentRow.shift_id))
        ).all()
        activity_ids = {row.activity_id for row in rows}
        activities = session.exec(
            select(ActivityRow)
            .where(col(ActivityRow.id).in_(activity_ids))
            .order_by(col(ActivityRow.position))
        ).all()
        person = session.get(PersonRow, person_id)
        org = Organisation(
            name=org_row.name,
            timezone=org_row.timezone,
            holiday_country=org_row.holiday_country,
            extra_closures=tuple(date.fromisoformat(d) for d in org_row.extra_closures),
            language=org_row.language,
            activities=tuple(activity_from_row(row) for row in activities),
            people=(person_from_row(person),) if person is not None else (),
        )
    roster = Roster(
        period=period,
        assignments=tuple(
            Assignment(row.shift_id, row.person_id, Role(row.role), row.pinned) for row in rows
        ),
    )
    return org, roster
