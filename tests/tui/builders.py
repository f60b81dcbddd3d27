"""A tiny organisation for exact TUI tests: builders with defaults, fixed dates."""

from __future__ import annotations

from datetime import date, time

from planner.domain import (
    Activity,
    ActivityKind,
    Contract,
    Organisation,
    Person,
    PersonKind,
    Staffing,
    VolunteerLimits,
)
from planner.storage.engine import make_engine
from planner.storage.repository import Repository

MONDAY = date(2026, 11, 30)  # the demo's first week


def professional(pid: str, name: str, quals=("social_worker",), hours=38.0) -> Person:
    return Person(
        pid,
        name,
        PersonKind.PROFESSIONAL,
        qualifications=frozenset(quals),
        contract=Contract(hours_per_week=hours),
    )


def volunteer(pid: str, name: str, per_week=2, per_month=6) -> Person:
    return Person(
        pid,
        name,
        PersonKind.VOLUNTEER,
        limits=VolunteerLimits(max_shifts_per_week=per_week, max_shifts_per_month=per_month),
    )


def activity(
    aid="inloop",
    name="Inloop",
    rrule="FREQ=WEEKLY;BYDAY=MO,WE",
    start=time(9, 0),
    end=time(12, 30),
    **staffing,
) -> Activity:
    staffing.setdefault("qualifications", frozenset({"social_worker"}))
    staffing.setdefault("volunteers_min", 1)
    staffing.setdefault("volunteers_max", 2)
    return Activity(
        aid, name, ActivityKind.DROP_IN, "Stationsstraat 1", rrule, start, end, Staffing(**staffing)
    )


def small_org(**overrides) -> Organisation:
    """Inloop on Monday and Wednesday mornings; two social workers, a nurse, two volunteers."""
    values = dict(
        name="Sociaal Huis Testdorp",
        activities=(activity(),),
        people=(
            professional("els", "Els Vermeulen"),
            professional("tom", "Tom Peeters"),
            professional("nora", "Nora Jacobs", quals=("nurse",)),
            volunteer("jan", "Jan De Smet"),
            volunteer("mia", "Mia Claes"),
        ),
    )
    values.update(overrides)
    return Organisation(**values)


def repo_with(org: Organisation, tmp_path) -> Repository:
    repo = Repository(make_engine(f"sqlite:///{tmp_path / 'roster.db'}"), actor="sara")
    repo.save_organisation(org)
    return repo
