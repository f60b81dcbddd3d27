"""Builders with defaults for tiny, exact test organisations. Dates are fixed, never today.

MONDAY is Monday 30 November 2026, so Tuesday 1 December reads "di 1 dec" as in the issues.
Add builders here rather than changing a default others rely on.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from planner.domain import (
    Absence,
    AbsenceKind,
    Activity,
    ActivityKind,
    Assignment,
    Contract,
    Need,
    Organisation,
    Period,
    Person,
    PersonKind,
    Role,
    Roster,
    Shift,
    Staffing,
    TimeWindow,
    VolunteerLimits,
)
from planner.i18n.words import Words
from planner.reasons import UnstaffedReason, Verdict
from planner.shifts import shift_id

TZ = ZoneInfo("Europe/Brussels")
MONDAY = date(2026, 11, 30)
ALL_DAYS = frozenset(range(7))


def _time(value: str | time) -> time:
    return value if isinstance(value, time) else time.fromisoformat(value)


def at(day: date, hhmm: str) -> datetime:
    """A local Brussels moment."""
    return datetime.combine(day, _time(hhmm), TZ)


def activity(
    id: str = "inloop",
    name: str | None = None,
    *,
    start: str = "09:00",
    end: str = "12:00",
    site: str = "Sociaal Huis",
    kind: ActivityKind = ActivityKind.DROP_IN,
    rrule: str = "FREQ=DAILY",
    professionals: int = 1,
    qualifications: tuple[str, ...] = (),
    volunteers_min: int = 0,
    volunteers_max: int = 0,
    ratio: int | None = None,
    volunteers_allowed: bool = True,
    min_people: int = 1,
    open_on_holidays: bool = False,
    professionals_mentor: bool = False,
    heavy: bool = False,
    newcomers_max: int | None = None,
    needs: tuple[Need, ...] = (),
) -> Activity:
    return Activity(
        id=id,
        name=name or id.capitalize(),
        kind=kind,
        site=site,
        rrule=rrule,
        start=_time(start),
        end=_time(end),
        staffing=Staffing(
            professionals=professionals,
            qualifications=frozenset(qualifications),
            volunteers_min=volunteers_min,
            volunteers_max=volunteers_max,
            volunteers_per_professional_max=ratio,
            volunteers_allowed=volunteers_allowed,
            min_people=min_people,
            professionals_mentor=professionals_mentor,
            newcomers_max=newcomers_max,
            needs=needs,
        ),
        open_on_holidays=open_on_holidays,
        heavy=heavy,
    )


def shift(
    act: Activity | None = None, day: date = MONDAY, closed_reason: str | None = None
) -> Shift:
    """The activity's shift starting on `day` (ending the next day if it crosses midnight)."""
    act = act or activity()
    start = datetime.combine(day, act.start, TZ)
    end_day = day + timedelta(days=1) if act.crosses_midnight else day
    end = datetime.combine(end_day, act.end, TZ)
    return Shift(shift_id(act.id, start), act, start, end, closed_reason)


def professional(
    id: str = "els",
    name: str = "Els Vermeulen",
    *,
    qualifications: tuple[str, ...] = (),
    languages: tuple[str, ...] = (),
    hours_per_week: float = 38,
    working_days: frozenset[int] = ALL_DAYS,
    max_hours_per_day: float = 12,
    home_activity: str | None = None,
) -> Person:
    """A professional who may work any day, up to 12 h a day (nights need it) by default."""
    return Person(
        id=id,
        name=name,
        kind=PersonKind.PROFESSIONAL,
        qualifications=frozenset(qualifications),
        languages=frozenset(languages),
        contract=Contract(hours_per_week, frozenset(working_days), max_hours_per_day),
        home_activity=home_activity,
    )


def volunteer(
    id: str = "jan",
    name: str = "Jan Peeters",
    *,
    per_week: int = 7,
    per_month: int = 31,
    offers: tuple[TimeWindow, ...] = (),
    refuses: tuple[str, ...] = (),
    wants: tuple[str, ...] = (),
    home_activity: str | None = None,
    newcomer: bool = False,
) -> Person:
    return Person(
        id=id,
        name=name,
        kind=PersonKind.VOLUNTEER,
        limits=VolunteerLimits(
            per_week, per_month, tuple(offers), frozenset(wants), frozenset(refuses)
        ),
        home_activity=home_activity,
        newcomer=newcomer,
    )


def person(kind: str = "professional", **kwargs) -> Person:
    return volunteer(**kwargs) if kind == "volunteer" else professional(**kwargs)


def window(weekday: int, start: str, end: str) -> TimeWindow:
    return TimeWindow(weekday, _time(start), _time(end))


def org(
    activities: tuple[Activity, ...] | list[Activity] = (),
    people: tuple[Person, ...] | list[Person] = (),
    *,
    name: str = "Sociaal Huis Testdorp",
    rules: dict | None = None,
) -> Organisation:
    return Organisation(
        name=name, activities=tuple(activities), people=tuple(people), rules=rules or {}
    )


def absence(
    person_id: str = "els",
    start: datetime | None = None,
    end: datetime | None = None,
    kind: AbsenceKind = AbsenceKind.LEAVE,
) -> Absence:
    """By default the whole test week."""
    return Absence(
        person_id,
        start or at(MONDAY, "00:00"),
        end or at(MONDAY + timedelta(days=7), "00:00"),
        kind,
    )


def assign(s: Shift, p: Person, role: Role | None = None, pinned: bool = False) -> Assignment:
    role = role or (Role.PROFESSIONAL if p.is_professional else Role.VOLUNTEER)
    return Assignment(s.id, p.id, role, pinned)


def unstaffed_as_data(unstaffed: Mapping[str, str | UnstaffedReason] | None) -> dict:
    """Shift id -> reason; a test's bare sentence stands as a note (the checker only asks
    which shifts are unstaffed, never why)."""
    return {
        sid: why if isinstance(why, UnstaffedReason) else UnstaffedReason(Verdict.NOTE, note=why)
        for sid, why in (unstaffed or {}).items()
    }


def roster(
    *assignments: Assignment,
    period: Period | None = None,
    unstaffed: Mapping[str, str | UnstaffedReason] | None = None,
) -> Roster:
    return Roster(period or Period(MONDAY), tuple(assignments), unstaffed_as_data(unstaffed))


def words(*people: Person, activities: Iterable[Activity] = ()) -> Words:
    """The names sentences are worded with, for these people and activities."""
    return Words({p.id: p.name for p in people}, {a.id: a for a in activities})
