"""The tiny organisation of the feed tests, with email addresses (Piet has none: he is
phoned), Jan reading English, Mira French, Els and Piet the organisation's Dutch, and a mail server on loopback; published through the service
as `roster publish` does, at fixed moments."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from planner.delivery import MailSettings, Security
from planner.domain import Organisation
from planner.service import Service
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.feeds import world as feeds_world

WEEK = feeds_world.WEEK
MONDAY, TUESDAY, WEDNESDAY = date(2026, 11, 30), date(2026, 12, 1), date(2026, 12, 2)
PUBLISHED = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
REPUBLISHED = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
NOTIFIED = datetime(2026, 11, 20, 11, 0, tzinfo=UTC)  # long before the week: no short notice
LATE = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)  # Sunday noon: Monday and Tuesday are close
SENDER = "Sociaal Huis Testdorp <rooster@testdorp.example>"
CONTACT = {
    "els": {"email": "els@testdorp.example"},
    "piet": {"phone": "0470 11 22 33"},
    "jan": {"email": "jan@testdorp.example", "language": "en"},
    "mira": {"email": "mira@testdorp.example", "language": "fr"},
}
ADDRESS = {pid: c["email"] for pid, c in CONTACT.items() if "email" in c}
publish = feeds_world.publish
shift = feeds_world.shift


def organisation(port: int, **mail: object) -> Organisation:
    org = feeds_world.organisation()
    people = tuple(replace(p, **CONTACT[p.id]) for p in org.people)
    settings = replace(
        MailSettings(host="127.0.0.1", port=port, security=Security.NONE, sender=SENDER), **mail
    )
    return replace(org, people=people, mail=settings)


def service(tmp_path: Path, port: int, **mail: object) -> tuple[Service, str]:
    url = f"sqlite:///{tmp_path / 'roster.db'}"
    repo = Repository(make_engine(url))
    repo.save_organisation(organisation(port, **mail))
    return Service(repo), url


def first_roster(svc: Service) -> list[tuple[str, str]]:
    """Monday's drop-in: Els and Jan; Tuesday's night: Piet and Mira."""
    monday, night = shift(svc, "inloop", MONDAY), shift(svc, "nachtopvang", TUESDAY)
    return [(monday, "els"), (monday, "jan"), (night, "piet"), (night, "mira")]
