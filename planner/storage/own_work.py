"""One person's published work of a period, read from their own rows: what their hours are
counted from (`roster report hours --person`, "My hours" on their page) without reading the
whole organisation, which on a city of a thousand people takes most of a second."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.engine import Engine
from sqlmodel import col
from sqlmodel import select as select_rows

from planner.dates import utc_bounds
from planner.domain import Activity, Assignment, Organisation, Period, Person, Role, Roster
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

_A = AssignmentRow.__table__.c  # type: ignore[attr-defined]
# Built once: a personal page runs it at every visit.
_OWN_ROWS = (
    select(_A.shift_id, _A.activity_id, _A.role, _A.pinned)
    .where(
        _A.layer == PUBLISHED,
        _A.person_id == bindparam("person_id"),
        _A.start_utc >= bindparam("since"),
        _A.start_utc < bindparam("until"),
    )
    .order_by(_A.start_utc, _A.shift_id)
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
        roster, worked = own_roster(session.connection(), person_id, period, zone(session))
        activities = session.exec(
            select_rows(ActivityRow)
            .where(col(ActivityRow.id).in_(worked))
            .order_by(col(ActivityRow.position))
        ).all()
        person = session.get(PersonRow, person_id)
        org = own_organisation(
            org_row,
            [activity_from_row(row) for row in activities],
            person_from_row(person) if person is not None else None,
        )
    return org, roster


def own_roster(
    connection: Connection, person_id: str, period: Period, tz: ZoneInfo
) -> tuple[Roster, set[str]]:
    """The published roster of the period holding only the person's assignments, and the
    activities they worked in it. Columns only: a personal page asks at every load."""
    lo, hi = utc_bounds(period, tz)
    rows = connection.execute(_OWN_ROWS, {"person_id": person_id, "since": lo, "until": hi}).all()
    roster = Roster(
        period=period,
        assignments=tuple(
            Assignment(shift_id, person_id, Role(role), bool(pinned))
            for shift_id, _activity, role, pinned in rows
        ),
    )
    return roster, {activity for _shift, activity, _role, _pinned in rows}


def own_organisation(
    frame: OrganisationRow, activities: Iterable[Activity], person: Person | None
) -> Organisation:
    """The organisation's frame with only these activities (in the order given) and only the
    person (none when unknown)."""
    return Organisation(
        name=frame.name,
        timezone=frame.timezone,
        holiday_country=frame.holiday_country,
        extra_closures=tuple(date.fromisoformat(d) for d in frame.extra_closures),
        language=frame.language,
        activities=tuple(activities),
        people=(person,) if person is not None else (),
    )
