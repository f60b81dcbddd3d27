"""Tiny organisations for report tests: builders with defaults, fixed dates."""

from __future__ import annotations

from datetime import date, time

from planner.domain import (
    Activity,
    Assignment,
    Organisation,
    Period,
    Person,
    Role,
    Roster,
)
from planner.shifts import generate_shifts
from tests import builders as shared
from tests.builders import unstaffed_as_data

MONDAY = date(2026, 11, 2)  # an ordinary week: no holiday, no clock change


def activity(
    id: str = "inloop",
    *,
    name: str | None = None,
    rrule: str = "FREQ=WEEKLY;BYDAY=MO",
    start: time = time(9, 0),
    end: time = time(13, 0),
    professionals: int = 1,
    qualifications: frozenset[str] = frozenset(),
    volunteers_max: int = 2,
    per_professional: int | None = 2,
    volunteers_allowed: bool = True,
    open_on_holidays: bool = False,
) -> Activity:
    """A weekly Monday morning with room for two volunteers, two per professional."""
    return shared.activity(
        id,
        name,
        site=f"{id} site",
        rrule=rrule,
        start=start,
        end=end,
        professionals=professionals,
        qualifications=tuple(qualifications),
        volunteers_max=volunteers_max if volunteers_allowed else 0,
        ratio=per_professional,
        volunteers_allowed=volunteers_allowed,
        open_on_holidays=open_on_holidays,
    )


def professional(
    id: str = "els", *, hours: float = 38, qualifications=frozenset({"social_worker"}), home=None
) -> Person:
    """A social worker on a weekday contract (8 h a day at most)."""
    return shared.professional(
        id,
        f"{id.capitalize()} Pro",
        qualifications=tuple(qualifications),
        hours_per_week=hours,
        working_days=frozenset(range(5)),
        max_hours_per_day=8,
        home_activity=home,
    )


def volunteer(id: str = "jan", *, per_week: int = 2, per_month: int = 6, home=None) -> Person:
    return shared.volunteer(
        id, f"{id.capitalize()} Vol", per_week=per_week, per_month=per_month, home_activity=home
    )


def organisation(activities=(), people=()) -> Organisation:
    return Organisation(
        name="Test vzw",
        coordinator="Sara Coord, 053 00 00 00",
        activities=tuple(activities) or (activity(),),
        people=tuple(people),
    )


def shifts_of(org: Organisation, weeks: int = 1, start: date = MONDAY):
    return generate_shifts(org, Period(start, weeks))


def roster(period: Period, *places: tuple[str, str, Role], unstaffed=None) -> Roster:
    """places: (shift id, person id, role)."""
    return Roster(
        period=period,
        assignments=tuple(Assignment(s, p, r) for s, p, r in places),
        unstaffed=unstaffed_as_data(unstaffed),
    )
