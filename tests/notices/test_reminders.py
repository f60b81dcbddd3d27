"""Reminders through `roster tick`, against a real SMTP server on loopback, with a frozen
clock walked hour by hour through the week: every reminder once, none late, none for a
cancelled or started shift, each in its person's language, at each person's own lead."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from planner.domain import Organisation
from planner.service import Service
from planner.service.tick import keep_ticking
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.calendars.world import COORDINATOR
from tests.notices.smtp_server import Inbox, smtp_server
from tests.notices.world import (
    ADDRESS,
    MONDAY,
    PUBLISHED,
    REPUBLISHED,
    TUESDAY,
    first_roster,
    organisation,
    publish,
    service,
    shift,
)

SUNDAY = datetime.fromisoformat("2026-11-29T00:00+01:00")


def walk(svc: Service, start: datetime, hours: int, inbox: Inbox) -> list[tuple[datetime, str]]:
    """Tick every hour; (the tick's time, the recipient) of each message, in order."""
    seen: list[tuple[datetime, str]] = []
    for h in range(hours):
        now = start + timedelta(hours=h)
        before = len(inbox.delivered)
        outcome = svc.tick(now=now)
        assert not outcome.undelivered
        seen += [(now, d.to) for d in inbox.delivered[before:]]
    return seen


@pytest.fixture
def world(tmp_path):
    with smtp_server() as (inbox, port):
        svc, _url = service(tmp_path, port)
        publish(svc, first_roster(svc), PUBLISHED)
        yield svc, inbox


def test_a_week_walked_hour_by_hour_reminds_each_once_a_day_ahead_in_their_language(world):
    svc, inbox = world

    seen = walk(svc, SUNDAY, 24 * 4, inbox)

    # Monday 09:00 drop-in: Els and Jan at Sunday 09:00; Tuesday 20:00 night: Mira on Monday
    # 20:00; Piet has no email address (the digest lists him to phone).
    assert seen == [
        (SUNDAY + timedelta(hours=9), ADDRESS["els"]),
        (SUNDAY + timedelta(hours=9), ADDRESS["jan"]),
        (SUNDAY + timedelta(hours=44), ADDRESS["mira"]),
    ]
    by = {d.to: d for d in inbox.delivered}
    assert (
        by[ADDRESS["els"]].message["Subject"]
        == "Herinnering: Inloop — beroepskracht, ma 30 nov 09:00–12:00"
    )
    assert "Kan je niet komen? Bel " + COORDINATOR in by[ADDRESS["els"]].text
    assert by[ADDRESS["jan"]].message["Subject"].startswith("Reminder: Inloop")
    assert "Sociaal Huis, Markt 1" in by[ADDRESS["jan"]].text
    assert by[ADDRESS["mira"]].message["Subject"].startswith("Rappel : Nachtopvang")
    for delivered in inbox.delivered:  # only their own shift, nobody else's name
        others = {"Els Vermeulen", "Jan Peeters", "Piet Claes", "Mira Haddad"}
        others -= {delivered.message["To"].split(" <")[0].strip('"')}
        assert not any(name in delivered.text for name in others)


def test_no_reminder_for_a_cancelled_shift_nor_once_it_has_started(world):
    svc, inbox = world
    monday, night = shift(svc, "inloop", MONDAY), shift(svc, "nachtopvang", TUESDAY)
    # Jan is taken off Monday before his reminder was due; nobody ticks until Monday 10:00.
    publish(svc, [(monday, "els"), (night, "piet"), (night, "mira")], REPUBLISHED)

    seen = walk(svc, datetime.fromisoformat("2026-11-30T10:00+01:00"), 24 * 2, inbox)

    assert [to for _, to in seen] == [ADDRESS["mira"]]  # Monday had started: nobody for it


def test_a_reminder_recorded_but_not_sent_before_the_shift_started_is_dropped(tmp_path):
    refused = Inbox(refuse={ADDRESS["jan"]: "451 try again later"})
    with smtp_server(refused) as (inbox, port):
        svc, _url = service(tmp_path, port)
        publish(svc, first_roster(svc), PUBLISHED)
        first = svc.tick(now=SUNDAY + timedelta(hours=9))
        assert [r.person_id for r, _ in first.reminders.failed] == ["jan"]
        assert first.undelivered
        inbox.refuse.clear()

        late = svc.tick(now=SUNDAY + timedelta(hours=33))  # Monday 09:00: it has started

    assert [d.to for d in inbox.delivered] == [ADDRESS["els"]]
    assert [r.person_id for r in late.reminders.dropped] == ["jan"]


def test_each_person_chooses_their_lead_or_none(tmp_path):
    with smtp_server() as (inbox, port):
        base = organisation(port)
        people = tuple(
            replace(p, reminder=timedelta(0))
            if p.id == "els"
            else replace(p, reminder=timedelta(hours=48))
            if p.id == "mira"
            else p
            for p in base.people
        )
        svc = _service(tmp_path, replace(base, people=people))
        publish(svc, first_roster(svc), PUBLISHED)

        seen = walk(svc, SUNDAY, 24 * 3, inbox)

    assert seen == [
        (SUNDAY + timedelta(hours=9), ADDRESS["jan"]),
        (SUNDAY + timedelta(hours=20), ADDRESS["mira"]),  # Tuesday 20:00 less 48 h
    ]


def _service(tmp_path, org: Organisation) -> Service:
    repo = Repository(make_engine(f"sqlite:///{tmp_path / 'roster.db'}"))
    repo.save_organisation(org)
    return Service(repo)


def test_two_ticks_at_once_send_nothing_twice(world):
    svc, inbox = world
    other = Service(Repository(make_engine(str(svc.repo.engine.url))))
    due = SUNDAY + timedelta(hours=9)

    from planner.errors import PlannerError
    from planner.storage.run_lock import only_run

    with only_run(svc.repo.engine, "tick"):
        with pytest.raises(PlannerError, match="another `roster tick` is running"):
            other.tick(now=due)
    svc.tick(now=due)
    other.tick(now=due + timedelta(minutes=5))

    assert sorted(d.to for d in inbox.delivered) == sorted([ADDRESS["els"], ADDRESS["jan"]])


def test_serve_tick_keeps_ticking_and_still_sends_each_reminder_once(world):
    svc, inbox = world
    stop = threading.Event()
    ticks: list[datetime] = []
    errors: list[Exception] = []

    def clock() -> datetime:  # the fourth tick is the last
        ticks.append(SUNDAY + timedelta(hours=9, minutes=5 * len(ticks)))
        if len(ticks) == 4:
            stop.set()
        return ticks[-1]

    keep_ticking(svc.repo, clock, timedelta(0), stop, errors.append)

    assert (len(ticks), errors) == (4, [])
    assert sorted(d.to for d in inbox.delivered) == sorted([ADDRESS["els"], ADDRESS["jan"]])


def test_a_failing_tick_is_reported_and_the_next_one_goes(world):
    svc, inbox = world
    stop = threading.Event()
    errors: list[Exception] = []
    due = SUNDAY + timedelta(hours=9)
    calls: list[int] = []

    def clock() -> datetime:
        calls.append(1)
        if len(calls) == 2:
            stop.set()
        return due

    from planner.storage.run_lock import only_run

    with only_run(svc.repo.engine, "tick"):  # another tick holds the lock: this one fails
        keep_ticking(svc.repo, lambda: due, timedelta(0), _once(), errors.append)
    keep_ticking(svc.repo, clock, timedelta(0), stop, errors.append)

    assert len(errors) == 1 and "another `roster tick` is running" in str(errors[0])
    assert sorted(d.to for d in inbox.delivered) == sorted([ADDRESS["els"], ADDRESS["jan"]])


def _once() -> threading.Event:
    """An event that is set once its first wait is over: one tick, then stop."""

    class Once(threading.Event):
        def wait(self, timeout: float | None = None) -> bool:
            self.set()
            return True

    return Once()
