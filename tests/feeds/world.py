"""The tiny organisation of tests/calendars (two professionals, two volunteers, a weekday
drop-in and a nightly shelter) in a real SQLite database, published the way `roster publish`
does (event state recorded), with feeds that reach back ten years so that the feed server,
which reads the clock, holds the fixed dates of the tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from planner.delivery import FeedSettings
from planner.domain import Assignment, Organisation, Period, Role, Roster
from planner.service import Service
from planner.shifts import generate_shifts
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.calendars.world import organisation as calendar_organisation

WEEK = Period(date(2026, 11, 30), 1)
PUBLISHED = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
REPUBLISHED = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
TEN_YEARS = 520  # weeks


def organisation(**feeds: object) -> Organisation:
    settings = replace(FeedSettings(past_weeks=TEN_YEARS), **feeds)
    return replace(calendar_organisation(), feeds=settings)


def service(tmp_path: Path, org: Organisation | None = None) -> tuple[Service, str]:
    url = f"sqlite:///{tmp_path / 'roster.db'}"
    repo = Repository(make_engine(url))
    repo.save_organisation(org or organisation())
    return Service(repo), url


def shift(service: Service, activity_id: str, day: date) -> str:
    for s in service.shifts(WEEK):
        if s.activity_id == activity_id and s.local_date == day:
            return s.id
    raise LookupError((activity_id, day))


def publish(
    service: Service, places: list[tuple[str, str]], at: datetime, period: Period = WEEK
) -> None:
    """Save the roster (shift id, person id) as the draft and publish it, as the CLI does."""
    org = service.organisation()
    shifts = [s for s in generate_shifts(org, period) if not s.closed]
    assignments = tuple(
        Assignment(
            sid, pid, Role.PROFESSIONAL if org.person(pid).is_professional else Role.VOLUNTEER
        )
        for sid, pid in places
    )
    service.repo.save_roster(Roster(period, assignments), shifts)
    service.publish_period(period, at)


def token_of(url: str | None) -> str:
    assert url is not None
    return url.rsplit("/", 1)[1].removesuffix(".ics")
