"""Nothing is ever half-saved: approving a request and "I can't come" write the absence, the
repair, its publication, the alert, the request's decision and the mail in the outbox in one
transaction, on SQLite and on PostgreSQL. A failure after the roster part leaves nothing
written; a request approved twice, or by two coordinators at once, is repaired once and the
second hears there is no such open request."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import datetime

import pytest
from sqlmodel import func, select

from planner.delivery import (
    Cancellations,
    MailSettings,
    Security,
    SelfServiceSettings,
    WatchSettings,
)
from planner.domain import Absence, AbsenceKind
from planner.errors import PlannerError
from planner.i18n.errors import error_text
from planner.i18n.language import use_language
from planner.i18n.words import Words
from planner.service import Service, page_mail, proposals
from planner.storage.connection import reading
from planner.storage.engine import make_engine
from planner.storage.notice_tables import NoticeRow
from planner.storage.repository import Repository
from tests.cli.requests_world import NOW, SOLVER_S, WEEK, organisation
from tests.storage.conftest import fresh_postgres

VOLUNTEERS = ("jan", "mira", "noor")


@pytest.fixture(params=["sqlite", "postgres"])
def engine(request, tmp_path, monkeypatch):
    monkeypatch.setenv("ROSTER_NOW", NOW)
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'roster.db'}")
    else:
        engine = fresh_postgres()
    yield engine
    engine.dispose()


def coordinator(engine, cancellations: Cancellations = Cancellations.APPROVE) -> Service:
    """The week planned and published; everyone has an address and mail goes out."""
    found = organisation()
    people = tuple(replace(p, email=f"{p.id}@testdorp.example") for p in found.people)
    found = replace(
        found,
        people=people,
        mail=MailSettings("127.0.0.1", "rooster@testdorp.example", Security.NONE, 2525),
        watch=WatchSettings(digest_to="sara@testdorp.example"),
        self_service=SelfServiceSettings(cancellations=cancellations),
    )
    repo = Repository(engine, actor="sara")
    repo.save_organisation(found)
    svc = Service(repo, lambda: datetime.fromisoformat(NOW))
    svc.plan_period(WEEK, time_limit=SOLVER_S)
    svc.publish_period(WEEK)
    return svc


def monday_volunteer(svc: Service) -> tuple[str, str]:
    published = svc.roster(WEEK, published=True).roster
    monday = min(a.shift_id for a in published.assignments)
    (person,) = [
        a.person_id
        for a in published.assignments
        if a.shift_id == monday and a.person_id in VOLUNTEERS
    ]
    return monday, person


def everything(svc: Service) -> tuple:
    """What a command may write: both rosters, the absences, the requests, the outbox and
    the audit log."""
    with reading(svc.repo.engine) as session:
        outbox = session.exec(select(func.count()).select_from(NoticeRow)).one()
    return (
        svc.roster(WEEK).roster.assignments,
        svc.roster(WEEK, published=True).roster.assignments,
        svc.absences(),
        [(r.id, r.kind, r.status) for r in svc.requests(only_open=False)],
        outbox,
        len(svc.audit_log()),
    )


def asked(svc: Service) -> tuple[str, str, int]:
    monday, person = monday_volunteer(svc)
    done = svc.as_person(person).cannot_come(person, monday)
    assert done is not None and done.request_id is not None
    return monday, person, done.request_id


class OutboxDown(Exception):
    pass


def failing_outbox(monkeypatch) -> None:
    """The mail is put in the outbox, then the write fails."""
    real = page_mail.queue

    def queue(session, *args, **kwargs):
        real(session, *args, **kwargs)
        session.flush()
        raise OutboxDown()

    monkeypatch.setattr(page_mail, "queue", queue)


def test_a_failure_after_the_repair_of_an_approval_leaves_nothing_written(engine, monkeypatch):
    svc = coordinator(engine)
    _, _, request_id = asked(svc)
    before = everything(svc)
    failing_outbox(monkeypatch)

    with pytest.raises(OutboxDown):
        svc.decide_request(request_id, approve=True)

    assert everything(svc) == before
    assert [r.status for r in svc.requests()] == ["open"]
    monkeypatch.undo()
    monkeypatch.setenv("ROSTER_NOW", NOW)
    _, outcome = svc.decide_request(request_id, approve=True)  # and it can be approved after
    assert outcome is not None and outcome.repaired
    assert svc.check_period(WEEK).violations == []


def test_a_failure_after_the_repair_of_a_cancellation_leaves_nothing_written(engine, monkeypatch):
    """A professional's cancellation that leaves a shift unstaffed: the alert's mail fails,
    and the absence, the repair and the alert are not written either."""
    svc = coordinator(engine, Cancellations.REPAIR)
    monday, _ = monday_volunteer(svc)
    professionals = {"els", "piet"}
    published = svc.roster(WEEK, published=True).roster
    (pro,) = {a.person_id for a in published.assignments if a.shift_id == monday} & professionals
    day = next(s for s in svc.shifts(WEEK) if s.id == monday)
    (other,) = professionals - {pro}
    svc.add_absence(Absence(other, day.start, day.end, AbsenceKind.LEAVE))
    before = everything(svc)
    failing_outbox(monkeypatch)

    with pytest.raises(OutboxDown):
        svc.as_person(pro).cannot_come(pro, monday)

    assert everything(svc) == before
    monkeypatch.undo()
    monkeypatch.setenv("ROSTER_NOW", NOW)
    outcome = svc.as_person(pro).cannot_come(pro, monday)
    assert outcome is not None and outcome.unstaffed
    assert [(r.kind, r.shift_id) for r in svc.requests()] == [("unstaffed", monday)]


def test_a_request_approved_twice_is_repaired_once(engine):
    svc = coordinator(engine)
    monday, person, request_id = asked(svc)
    svc.decide_request(request_id, approve=True)
    after = everything(svc)

    with pytest.raises(PlannerError) as refused:
        svc.decide_request(request_id, approve=True)

    with use_language("en"):
        assert error_text(refused.value, Words.of(svc.organisation())) == (
            f"no open request {request_id}"
        )
    assert everything(svc) == after
    assert person not in {a.person_id for a in svc.roster(WEEK).roster.assignments
                          if a.shift_id == monday}  # fmt: skip


def test_two_coordinators_approving_at_once_repair_once(engine, monkeypatch):
    """Both have read the request open and are about to write: the second write finds it
    decided and writes nothing."""
    svc = coordinator(engine)
    monday, person, request_id = asked(svc)
    both_read = threading.Barrier(2, timeout=30)
    real = proposals.trial_in

    def trial_in(*args, **kwargs):  # read after the request was found open, before writing
        both_read.wait()
        return real(*args, **kwargs)

    monkeypatch.setattr(proposals, "trial_in", trial_in)
    done: list[str] = []
    told: list[str] = []
    words = Words.of(svc.organisation())

    def approve(actor: str) -> None:
        mine = Service(Repository(engine, actor=actor), svc.clock)
        try:
            mine.decide_request(request_id, approve=True)
            done.append(actor)
        except PlannerError as exc:
            with use_language("en"):
                told.append(error_text(exc, words))

    threads = [threading.Thread(target=approve, args=(who,)) for who in ("sara", "tom")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert len(done) == 1 and told == [f"no open request {request_id}"]
    decisions = {e.change for e in svc.audit_log() if e.action == "request.decide"}
    assert len(decisions) == 1  # one write holds the repair and the decision
    assert [a.person_id for a in svc.absences()] == [person]
    with reading(engine) as session:
        assert session.exec(select(func.count()).select_from(NoticeRow)).one() == 1
    on_monday = {a.person_id for a in svc.roster(WEEK).roster.assignments if a.shift_id == monday}
    assert person not in on_monday and on_monday & set(VOLUNTEERS)
    assert svc.check_period(WEEK).violations == []


def test_a_cancellation_published_at_once_is_one_change(engine):
    svc = coordinator(engine, Cancellations.REPAIR)
    monday, person = monday_volunteer(svc)

    outcome = svc.as_person(person).cannot_come(person, monday)

    assert outcome is not None and outcome.published
    log = [e for e in svc.audit_log() if e.actor == f"page:{person}"]
    assert len({e.change for e in log}) == 1
    assert {e.action for e in log} == {"page.cancel"}
    assert {"absence", "roster", "published", "publication"} <= {e.kind for e in log}
    published = svc.roster(WEEK, published=True).roster
    on_monday = {a.person_id for a in published.assignments if a.shift_id == monday}
    assert person not in on_monday and on_monday & set(VOLUNTEERS)
    assert svc.check_period(WEEK, published=True).violations == []
