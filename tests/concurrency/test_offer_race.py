"""A hundred colleagues accept one offer at the same moment, on SQLite and on PostgreSQL:
exactly one gets the shift, every other one is told it was taken (no traceback), and the
published roster still passes the independent checker."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from planner.clock import frozen
from planner.domain import Assignment, Period, Role
from planner.errors import PlannerError
from planner.i18n.errors import error_text
from planner.i18n.language import use_language
from planner.i18n.words import Words
from planner.service import Service
from planner.service.exchange import Exchange
from planner.service.offers import OfferGone
from planner.shifts import generate_shifts
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.builders import MONDAY, activity, at, org, professional, roster, volunteer
from tests.storage.conftest import fresh_postgres

COLLEAGUES = 100
SHIFT = "inloop@2026-12-01T09:00"
NOW = frozen(at(MONDAY - timedelta(days=1), "12:00"))


@pytest.fixture(params=["sqlite", "postgres"])
def engine(request, tmp_path):
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'roster.db'}")
    else:
        engine = fresh_postgres()
    yield engine
    engine.dispose()


def test_a_hundred_acceptances_of_one_offer_give_exactly_one_winner(engine):
    inloop = activity("inloop", "Inloop", volunteers_max=2, rrule="FREQ=WEEKLY;BYDAY=TU")
    people = [professional("els", "Els Vermeulen"), volunteer("jan", "Jan Peeters")]
    people += [volunteer(f"v{i:03}", f"Vrijwilliger {i:03}") for i in range(COLLEAGUES)]
    repo = Repository(engine, actor="sara")
    repo.save_organisation(org([inloop], people))
    week = Period(MONDAY)
    shifts = [s for s in generate_shifts(repo.load_organisation(), week) if not s.closed]
    places = (Assignment(SHIFT, "els", Role.PROFESSIONAL), Assignment(SHIFT, "jan", Role.VOLUNTEER))
    repo.save_roster(roster(*places), shifts)
    service = Service(repo, NOW)
    service.publish_period(week)
    offer = service.offer(SHIFT, "jan")

    start = threading.Barrier(COLLEAGUES)
    won: list[str] = []
    told: list[str] = []
    failed: list[BaseException] = []
    words = Words.of(service.organisation())

    def colleague(person_id: str) -> None:
        mine = Service(Repository(engine, actor=person_id), NOW)
        start.wait()
        try:
            done = mine.accept_offer(offer.id, person_id)
            assert isinstance(done, Exchange)
            won.append(person_id)
        except OfferGone as exc:
            with use_language("en"):
                told.append(error_text(exc, words))
        except PlannerError as exc:  # any other sentence is a failure of this test
            failed.append(exc)
        except BaseException as exc:  # noqa: BLE001 - a traceback: counted, then asserted
            failed.append(exc)

    threads = [threading.Thread(target=colleague, args=(f"v{i:03}",)) for i in range(COLLEAGUES)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert failed == []
    assert len(won) == 1 and len(told) == COLLEAGUES - 1
    assert set(told) == {"this shift was already taken by a colleague"}
    published = repo.roster(week, published=True).assignments
    assert {a.person_id for a in published if a.shift_id == SHIFT} == {"els", won[0]}
    assert service.check_period(week, published=True).violations == []
    taken = [e for e in service.audit_log() if e.action == "handover"]
    assert {e.actor for e in taken} == {won[0]}
