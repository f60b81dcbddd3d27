"""The coordinator's digest: `roster digest` on the terminal and, through `roster tick`, one
mail each morning (a real SMTP server on loopback), nothing when nothing needs doing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from planner.delivery import WatchSettings
from planner.domain import Assignment, Role, Roster
from planner.i18n.language import use_language
from planner.i18n.words import Words
from planner.io.digest_text import digest_lines
from planner.reasons import UnstaffedReason, Verdict
from planner.service import Service
from planner.shifts import generate_shifts
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.notices.smtp_server import smtp_server
from tests.notices.world import MONDAY, PUBLISHED, TUESDAY, WEEK, organisation, shift

COORDINATOR = "sara@testdorp.example"
WEDNESDAY = date(2026, 12, 2)
MORNING = datetime.fromisoformat("2026-11-30T07:00+01:00")  # Monday


def _world(tmp_path, port: int) -> Service:
    base = organisation(port)
    people = tuple(
        replace(
            p, lapses=(("first_aid", date(2026, 12, 20)),), qualifications=frozenset({"first_aid"})
        )
        if p.id == "els"
        else p
        for p in base.people
    )
    watch = WatchSettings(digest_to=COORDINATOR)
    repo = Repository(make_engine(f"sqlite:///{tmp_path / 'roster.db'}"))
    repo.save_organisation(replace(base, people=people, watch=watch))
    svc = Service(repo)
    org = svc.organisation()
    monday, night = shift(svc, "inloop", MONDAY), shift(svc, "nachtopvang", TUESDAY)
    wednesday = shift(svc, "inloop", WEDNESDAY)
    roster = Roster(
        WEEK,
        (
            Assignment(monday, "els", Role.PROFESSIONAL),
            Assignment(monday, "jan", Role.VOLUNTEER),
            Assignment(night, "piet", Role.PROFESSIONAL),
            Assignment(night, "mira", Role.VOLUNTEER),
        ),
        {wednesday: UnstaffedReason(Verdict.NO_PROFESSIONAL_FREE, 1)},
    )
    repo.save_roster(roster, [s for s in generate_shifts(org, WEEK) if not s.closed])
    svc.publish_period(WEEK, PUBLISHED)
    return svc


@pytest.fixture
def world(tmp_path):
    with smtp_server() as (inbox, port):
        yield _world(tmp_path, port), inbox


def test_the_digest_says_what_is_short_who_could_cover_whom_to_phone_and_what_lapses(world):
    svc, _inbox = world

    with use_language("en"):
        lines = digest_lines(svc.digest(now=MORNING), Words.of(svc.organisation()))

    text = "\n".join(lines)
    assert lines[0] == "What needs doing, Mon 30 Nov - Sun 6 Dec 2026"
    wednesday = lines.index("- Inloop Wed 2 Dec 09:00: no professional free")
    # Piet works the Tuesday night and needs his rest; Els is free.
    assert lines[wednesday + 1] == "  could still take it: Els Vermeulen"
    assert "- Piet Claes (0470 11 22 33): Nachtopvang Tue 1 Dec 20:00" in text
    assert "- Els Vermeulen: first aid lapses on Sun 20 Dec" in text
    assert "Jan Peeters" not in text.split("phone them")[1].split("\n\n")[0]  # Jan has email


def test_tick_mails_the_digest_once_each_morning_and_nothing_on_a_quiet_day(world):
    svc, inbox = world

    for day in (0, 1):  # Monday and Tuesday, every hour from 05:00 to 10:00, twice at 07:00
        for hour in (-2, -1, 0, 0, 1, 2, 3):
            svc.tick(now=MORNING + timedelta(days=day, hours=hour))
    digests = [d for d in inbox.delivered if d.to == COORDINATOR]

    assert [d.message["Date"] for d in digests] == [
        "Mon, 30 Nov 2026 07:00:00 +0100",
        "Tue, 01 Dec 2026 07:00:00 +0100",
    ]
    assert digests[0].message["Subject"] == "Sociaal Huis Testdorp: wat te doen, ma 30 nov"
    assert "Inloop wo 2 dec 09:00" in digests[0].text
    # After the week: nothing short, nobody working, nothing lapsing soon enough: no mail.
    quiet = datetime.fromisoformat("2026-12-28T07:30+01:00")
    assert svc.digest(now=quiet).empty
    svc.tick(now=quiet)
    assert len([d for d in inbox.delivered if d.to == COORDINATOR]) == 2
