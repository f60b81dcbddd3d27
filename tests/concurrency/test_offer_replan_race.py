"""A colleague accepts an offer at the very moment the coordinator publishes or re-plans that
week, on SQLite and on PostgreSQL: both had looked at the week before either wrote, so exactly
one write goes through and the other is told, in a sentence, who changed the week; the
published roster passes the independent checker either way."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta

import pytest

from planner.clock import frozen
from planner.domain import Assignment, Period, Role
from planner.errors import ChangedMeanwhile
from planner.i18n.errors import error_text
from planner.i18n.language import use_language
from planner.i18n.words import Words
from planner.service import Service
from planner.shifts import generate_shifts
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.builders import MONDAY, activity, at, org, professional, roster, volunteer
from tests.storage.conftest import fresh_postgres

SHIFT = "inloop@2026-12-01T09:00"
WEEK = Period(MONDAY)
NOW = frozen(at(MONDAY - timedelta(days=1), "12:00"))
WAIT_S = 60  # a barrier that is never reached fails the test instead of hanging it


@pytest.fixture(params=["sqlite", "postgres"])
def engine(request, tmp_path):
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'roster.db'}")
    else:
        engine = fresh_postgres()
    yield engine
    engine.dispose()


def publish(coordinator: Service, together: Callable[[], None]) -> None:
    seen = coordinator.roster(WEEK).seen  # the coordinator reviewed the draft
    together()
    coordinator.publish_period(WEEK, seen=seen)


def replan(coordinator: Service, together: Callable[[], None]) -> None:
    """A fresh plan of the week, which puts a volunteer back in the draft (see below)."""
    reached = threading.Event()

    def progress(_) -> None:  # the plan has read the week and is solving: write together
        if not reached.is_set():
            reached.set()
            together()

    coordinator.plan_period(WEEK, time_limit=1.0, fresh=True, on_progress=progress)
    if not reached.is_set():
        together()


@pytest.mark.parametrize("rival", [publish, replan], ids=["publish", "replan"])
def test_an_acceptance_racing_the_coordinator_has_exactly_one_winner(engine, rival):
    inloop = activity(
        "inloop", "Inloop", volunteers_min=1, volunteers_max=2, rrule="FREQ=WEEKLY;BYDAY=TU"
    )
    people = [professional("els", "Els Vermeulen"), professional("piet", "Piet Claes")]
    people += [volunteer("jan", "Jan Peeters"), volunteer("mira", "Mira Haddad")]
    sara = Service(Repository(engine, actor="sara"), NOW)
    sara.repo.save_organisation(org([inloop], people))
    shifts = [s for s in generate_shifts(sara.organisation(), WEEK) if not s.closed]
    places = (Assignment(SHIFT, "els", Role.PROFESSIONAL), Assignment(SHIFT, "jan", Role.VOLUNTEER))
    sara.repo.save_roster(roster(*places), shifts)
    sara.publish_period(WEEK)
    offer = sara.offer(SHIFT, "jan")
    if rival is replan:
        sara.unassign(SHIFT, "jan")  # the draft lacks its volunteer: the re-plan writes one
    mira = Service(Repository(engine, actor="mira"), NOW)
    looked = mira.seen()  # Mira's page shows the offer

    together = threading.Barrier(2, timeout=WAIT_S)
    outcomes: dict[str, BaseException | None] = {}

    def run(who: str, act: Callable[[], object]) -> None:
        try:
            act()
            outcomes[who] = None
        except BaseException as exc:  # noqa: BLE001 - what each was told, asserted below
            outcomes[who] = exc

    def accept() -> None:
        together.wait()
        mira.accept_offer(offer.id, "mira", seen=looked)

    threads = [
        threading.Thread(target=run, args=("mira", accept)),
        threading.Thread(target=run, args=("sara", lambda: rival(sara, together.wait))),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    winners = [who for who, exc in outcomes.items() if exc is None]
    assert len(winners) == 1, outcomes
    loser = "sara" if winners == ["mira"] else "mira"
    told = outcomes[loser]
    assert isinstance(told, ChangedMeanwhile), told
    with use_language("en"):
        sentence = error_text(told, Words.of(sara.organisation()))
    assert f"changed by {winners[0]}" in sentence and "nothing was saved" in sentence, sentence

    published = sara.repo.roster(WEEK, published=True).assignments
    on_shift = {a.person_id for a in published if a.shift_id == SHIFT}
    taken = [o for o in sara.standing_offers() if o.id == offer.id] == []
    assert on_shift == ({"els", "mira"} if winners == ["mira"] else {"els", "jan"})
    assert taken == (winners == ["mira"])  # a lost acceptance leaves the offer open
    assert sara.check_period(WEEK, published=True).violations == []
