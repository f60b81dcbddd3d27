"""Tiny organisations for report tests: builders with defaults, fixed dates."""

from __future__ import annotations

from datetime import date, time

from planner.domain import (
    Activity,
    ActivityKind,
    Assignment,
    Contract,
    Organisation,
    Period,
    Person,
    PersonKind,
    Role,
    Roster,
    Staffing,
    VolunteerLimits,
)
from planner.shifts import generate_shifts

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
    return Activity(
        id=id,
        name=name or id.capitalize(),
        kind=ActivityKind.DROP_IN,
        site=f"{id} site",
        rrule=rrule,
        start=start,
        end=end,
        staffing=Staffing(
            professionals=professionals,
            qualifications=qualifications,
            volunteers_max=volunteers_max if volunteers_allowed else 0,
            volunteers_per_professional_max=per_professional,
            volunteers_allowed=volunteers_allowed,
        ),
        open_on_holidays=open_on_holidays,
    )


def professional(
    id: str = "els", *, hours: float = 38, qualifications=frozenset({"social_worker"}), home=None
) -> Person:
    return Person(
        id=id,
        name=f"{id.capitalize()} Pro",
        kind=PersonKind.PROFESSIONAL,
        qualifications=frozenset(qualifications),
        contract=Contract(hours_per_week=hours),
        home_activity=home,
    )


def volunteer(id: str = "jan", *, per_week: int = 2, per_month: int = 6, home=None) -> Person:
    return Person(
        id=id,
        name=f"{id.capitalize()} Vol",
        kind=PersonKind.VOLUNTEER,
        limits=VolunteerLimits(max_shifts_per_week=per_week, max_shifts_per_month=per_month),
        home_activity=home,
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
        unstaffed=dict(unstaffed or {}),
    )
