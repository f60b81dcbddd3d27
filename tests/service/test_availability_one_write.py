"""A change a person makes on their page that breaks a published shift is written with its
alert and the coordinator's mail in one transaction, on SQLite and on PostgreSQL: a failure
after the change, inside its write, leaves neither. The repair proposed with the alert is
worked out afterwards, outside the write: when that step fails or the process stops there,
the change stands with its alert, and approving the alert works the repair out then."""

from __future__ import annotations

from datetime import date, time

import pytest

from planner.domain import TimeWindow
from planner.errors import Busy
from planner.i18n.changes import entry_text
from planner.i18n.language import use_language
from planner.i18n.words import Words
from planner.service import Service, proposals
from planner.service.availability import Changed
from planner.storage.engine import make_engine
from tests.cli.requests_world import NOW, WEEK
from tests.service.test_requests_one_write import (
    VOLUNTEERS,
    OutboxDown,
    coordinator,
    everything,
    failing_outbox,
    monday_volunteer,
)
from tests.storage.conftest import fresh_postgres

MONDAY = date(2026, 12, 14)


@pytest.fixture(params=["sqlite", "postgres"])
def engine(request, tmp_path, monkeypatch):
    monkeypatch.setenv("ROSTER_NOW", NOW)
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'roster.db'}")
    else:
        engine = fresh_postgres()
    yield engine
    engine.dispose()


def holiday(svc: Service, person: str) -> Changed:
    return svc.as_person(person).add_own_absence(person, MONDAY, MONDAY, seen=svc.seen())


def tuesdays_only(svc: Service, person: str) -> Changed:
    window = TimeWindow(1, time(9, 0), time(12, 0))  # Monday no longer offered
    return svc.as_person(person).set_offers(person, (window,), seen=svc.seen())


CHANGES = {"absence": holiday, "offers": tuesdays_only}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_failure_after_the_change_inside_its_write_leaves_neither_change_nor_alert(
    engine, monkeypatch, change
):
    svc = coordinator(engine)
    monday, person = monday_volunteer(svc)
    offers = svc.organisation().person(person).limits
    before = everything(svc)
    failing_outbox(monkeypatch)  # the alert's mail is queued, then the write fails

    with pytest.raises(OutboxDown):
        CHANGES[change](svc, person)

    assert everything(svc) == before
    assert svc.organisation().person(person).limits == offers
    monkeypatch.undo()
    monkeypatch.setenv("ROSTER_NOW", NOW)
    changed = CHANGES[change](svc, person)  # and it can be made after
    assert changed.broken == (monday,)
    (alert,) = svc.requests()
    assert (alert.kind, alert.shift_id, alert.person_id) == ("breaks", monday, person)
    assert alert.proposal is not None
    # One change in the log holds the person's change and the alert.
    log = [e for e in svc.audit_log() if e.actor == f"page:{person}"]
    assert len({e.change for e in log}) == 1
    words = Words.of(svc.organisation())
    with use_language("en"):
        told = [entry_text(e.kind, e.subject, e.before, e.after, words) for e in log]
    assert f"alert {alert.id}: {monday} no longer fits what was entered on a personal page" in told


class Stopped(Exception):
    """The process stops while the repair is worked out (nothing catches it)."""


@pytest.mark.parametrize("failure", [Busy(5.0), Stopped()], ids=["busy", "stopped"])
def test_a_failure_while_the_repair_is_proposed_leaves_the_absence_and_its_alert(
    engine, monkeypatch, failure
):
    svc = coordinator(engine)
    monday, person = monday_volunteer(svc)

    def for_breaks(*_args, **_kwargs):
        raise failure

    monkeypatch.setattr(proposals, "for_breaks", for_breaks)
    if isinstance(failure, Stopped):
        with pytest.raises(Stopped):
            holiday(svc, person)
    else:
        assert holiday(svc, person).broken == (monday,)  # the person still hears what broke

    assert [a.person_id for a in svc.absences()] == [person]
    (alert,) = svc.requests()
    assert (alert.kind, alert.shift_id, alert.proposal) == ("breaks", monday, None)
    monkeypatch.undo()
    monkeypatch.setenv("ROSTER_NOW", NOW)
    _, outcome = svc.decide_request(alert.id, approve=True)  # works the repair out now
    assert outcome is not None and outcome.repaired and not outcome.unstaffed
    on_monday = {a.person_id for a in svc.roster(WEEK).roster.assignments if a.shift_id == monday}
    assert person not in on_monday and on_monday & set(VOLUNTEERS)
    assert svc.check_period(WEEK).violations == []
    assert svc.requests() == []
