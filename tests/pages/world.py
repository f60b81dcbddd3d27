"""The tiny organisation of tests/calendars with its shifts published, and `roster serve`
started on it at a fixed moment (Friday 27 November 2026, 10:00 in Brussels), so that Monday's
drop-in and Tuesday's night are to come and more than 48 hours away, and Saturday's night is
closer than that. Jan's name is hostile: every page that names him must show it as text."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

import httpx
import pytest

from planner.delivery import ColleaguesShown, SelfServiceSettings
from planner.domain import Organisation, Period
from planner.service import Service
from tests.conftest import TEST_FEED_KEY
from tests.feeds.server import roster_serve
from tests.feeds.world import PUBLISHED, WEEK, publish, service, shift
from tests.feeds.world import organisation as feed_organisation

NOW = "2026-11-27T10:00:00+01:00"
HOSTILE = "<script>alert(1)</script> Peeters"
MONDAY, TUESDAY, SATURDAY = date(2026, 11, 30), date(2026, 12, 1), date(2026, 11, 28)
WEDNESDAY = date(2026, 12, 2)
WEEK_BEFORE = Period(date(2026, 11, 23), 1)


def organisation(
    show: ColleaguesShown = ColleaguesShown.FIRST_NAME, **settings: object
) -> Organisation:
    org = feed_organisation()
    people = tuple(
        replace(p, name=HOSTILE)
        if p.id == "jan"
        else replace(p, language="fr")
        if p.id == "mira"
        # An address, so her page has the reminders' form with its longest option.
        else replace(p, email="els@example.org")
        if p.id == "els"
        else p
        for p in org.people
    )
    return replace(
        org,
        people=people,
        self_service=SelfServiceSettings(show_colleagues=show, **settings),  # type: ignore[arg-type]
    )


@dataclass
class World:
    svc: Service
    base: str
    client: httpx.Client

    def link(self, person_id: str) -> str:
        url = self.svc.issue_page(person_id).url
        assert url is not None
        return "/p/" + url.rsplit("/", 1)[1]


def published(tmp_path: Path, org: Organisation | None = None) -> tuple[Service, str]:
    svc, url = service(tmp_path, org or organisation())
    return published_on(svc), url


def published_on(svc: Service) -> Service:
    """The week's shifts published on the service's organisation (as `organisation` makes it)."""
    monday, night = shift(svc, "inloop", MONDAY), shift(svc, "nachtopvang", TUESDAY)
    wednesday = shift(svc, "inloop", WEDNESDAY)
    places = [(monday, "els"), (monday, "jan"), (night, "piet"), (night, "mira")]
    places += [(wednesday, "els"), (wednesday, "jan")]
    publish(svc, places, PUBLISHED)
    saturday = next(
        s.id
        for s in svc.shifts(WEEK_BEFORE)
        if s.activity_id == "nachtopvang" and s.local_date == SATURDAY
    )
    publish(svc, [(saturday, "piet"), (saturday, "mira")], PUBLISHED, WEEK_BEFORE)
    return svc


@contextmanager
def serving(tmp_path: Path, org: Organisation | None = None) -> Iterator[World]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ROSTER_FEED_KEY", TEST_FEED_KEY)
        patch.setenv("ROSTER_NOW", NOW)
        svc, url = published(tmp_path, org)
        svc.clock = lambda: datetime.fromisoformat(NOW).astimezone(UTC)
        with roster_serve(url) as base, httpx.Client(base_url=base, timeout=10) as client:
            yield World(svc, base, client)


__all__ = ["WEEK", "World", "serving"]
