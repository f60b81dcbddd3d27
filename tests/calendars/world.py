"""A tiny organisation in a real (SQLite) repository, with rosters saved and published the way
`roster plan` and `roster publish` leave them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from planner.domain import Assignment, Organisation, Period, Role, Roster
from planner.shifts import generate_shifts
from planner.storage.engine import make_engine
from planner.storage.repository import Repository

from ..builders import activity, org, professional, volunteer

COORDINATOR = "Sara De Smet, coördinator, 053 12 34 56"


def organisation() -> Organisation:
    """A morning drop-in on weekdays and a night shelter every night (no season, so the
    clock changes of October and March fall inside it)."""
    drop_in = activity(
        "inloop",
        "Inloop",
        start="09:00",
        end="12:00",
        site="Sociaal Huis, Markt 1",
        rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        volunteers_max=1,
        ratio=1,
    )
    night = activity(
        "nachtopvang",
        "Nachtopvang",
        start="20:00",
        end="08:00",
        site="Nachtopvang De Vaart, Vaartstraat 3",
        rrule="FREQ=DAILY",
        volunteers_max=1,
        ratio=1,
        open_on_holidays=True,
    )
    people = [
        professional("els", "Els Vermeulen"),
        professional("piet", "Piet Claes"),
        volunteer("jan", "Jan Peeters"),
        volunteer("mira", "Mira Haddad"),
    ]
    return replace(
        org([drop_in, night], people, name="Sociaal Huis Testdorp"), coordinator=COORDINATOR
    )


def repository(tmp_path: Path, organisation: Organisation | None = None) -> Repository:
    repo = Repository(make_engine(f"sqlite:///{tmp_path / 'roster.db'}"))
    repo.save_organisation(organisation or globals()["organisation"]())
    return repo


def publish(
    repo: Repository,
    period: Period,
    places: list[tuple[str, str]],
    at: datetime,
) -> None:
    """Save and publish a roster. places: (shift id, person id); role from the person."""
    org = repo.load_organisation()
    shifts = [s for s in generate_shifts(org, period) if not s.closed]
    assignments = tuple(
        Assignment(
            sid,
            pid,
            Role.PROFESSIONAL if org.person(pid).is_professional else Role.VOLUNTEER,
        )
        for sid, pid in places
    )
    repo.save_roster(Roster(period, assignments), shifts)
    repo.publish(period, at)


def shift_at(repo: Repository, activity_id: str, day: date, period: Period) -> str:
    org = repo.load_organisation()
    for s in generate_shifts(org, period):
        if s.activity_id == activity_id and s.local_date == day:
            return s.id
    raise LookupError((activity_id, day))


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)
