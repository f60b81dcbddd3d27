"""A tiny organisation whose week is planned and published, where a volunteer's "I can't come"
waits for the coordinator (cancellations = "approve"): two mornings a week, each with one
professional and exactly one volunteer, so a volunteer who cannot come must be replaced by
another. Shared by the CLI and app tests of the repair proposed with a request, and of a
cancellation's repair held in the draft."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from planner.delivery import (
    Cancellations,
    MailSettings,
    Security,
    SelfServiceSettings,
    WatchSettings,
)
from planner.domain import Period
from planner.service import Service
from planner.service.self_service import Request
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.builders import activity, org, professional, volunteer

NOW = "2026-12-07T10:00:00+01:00"  # Monday: the week planned is the next one
WEEK = Period(date(2026, 12, 14), 1)
SOLVER_S = 3.0


def organisation():
    mornings = activity(
        "inloop",
        "Inloop",
        rrule="FREQ=WEEKLY;BYDAY=MO,WE",
        volunteers_min=1,
        volunteers_max=1,
    )
    people = [
        professional("els", "Els Vermeulen"),
        professional("piet", "Piet Claes"),
        volunteer("jan", "Jan Peeters"),
        volunteer("mira", "Mira Haddad"),
        volunteer("noor", "Noor Aziz"),
    ]
    found = org([mornings], people)
    return replace(found, self_service=SelfServiceSettings(cancellations=Cancellations.APPROVE))


@dataclass(frozen=True)
class Asked:
    svc: Service
    url: str
    request: Request
    shift_id: str  # Monday's shift
    canceller: str  # the volunteer on it, who cannot come


def asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Asked:
    """The week planned and published; Monday's volunteer asks not to come."""
    svc, url, monday, canceller = published(tmp_path, monkeypatch)
    found = svc.as_person(canceller).cannot_come(canceller, monday)
    assert found is not None and found.requested
    (request,) = svc.requests()
    return Asked(svc, url, request, monday, canceller)


def published(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Service, str, str, str]:
    """The week planned and published: the service, its database, Monday's shift and the
    volunteer on it."""
    monkeypatch.setenv("ROSTER_NOW", NOW)
    url = f"sqlite:///{tmp_path / 'roster.db'}"
    repo = Repository(make_engine(url), actor="sara")
    repo.save_organisation(organisation())
    svc = Service(repo, lambda: datetime.fromisoformat(NOW))
    svc.plan_period(WEEK, time_limit=SOLVER_S)
    svc.publish_period(WEEK)
    roster = svc.roster(WEEK, published=True).roster
    monday = min(a.shift_id for a in roster.assignments)
    canceller = next(
        a.person_id
        for a in roster.assignments
        if a.shift_id == monday and a.person_id in ("jan", "mira", "noor")
    )
    return svc, url, monday, canceller


SUNDAY = "2026-12-13T10:00:00+01:00"  # the day before the week: Monday's shift is 23 h away
COORDINATOR = "sara@testdorp.example"


@dataclass(frozen=True)
class Held:
    svc: Service
    url: str
    shift_id: str  # Monday's shift
    canceller: str  # the volunteer on it, who cannot come
    before: tuple  # the published roster's assignments before the cancellation


def held_in_draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, smtp_port: int) -> Held:
    """The week planned and published; on the Sunday before, with cancellations repaired at
    once and "I can't come" offered until 2 hours before a shift, Monday's volunteer cancels:
    the colleague who takes the place has a shift changed within 48 hours, so the repair
    stays in the draft."""
    svc, url, monday, canceller, before = about_to_cancel(tmp_path, monkeypatch, smtp_port)
    done = svc.as_person(canceller).cannot_come(canceller, monday)
    assert done is not None and done.repaired and done.held and not done.published
    return Held(svc, url, monday, canceller, before)


def about_to_cancel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, smtp_port: int
) -> tuple[Service, str, str, str, tuple]:
    """`held_in_draft` up to the cancellation: the service on the Sunday, its database,
    Monday's shift, its volunteer and the published roster's assignments."""
    svc, url, monday, canceller = published(tmp_path, monkeypatch)
    org = svc.organisation()
    svc.repo.save_organisation(
        replace(
            org,
            mail=MailSettings("127.0.0.1", "rooster@testdorp.example", Security.NONE, smtp_port),
            watch=WatchSettings(digest_to=COORDINATOR),
            self_service=SelfServiceSettings(
                cancellations=Cancellations.REPAIR, cancel_before=timedelta(hours=2)
            ),
        )
    )
    monkeypatch.setenv("ROSTER_NOW", SUNDAY)
    svc.clock = lambda: datetime.fromisoformat(SUNDAY)
    return svc, url, monday, canceller, svc.roster(WEEK, published=True).roster.assignments
