"""A cancellation repaired at once whose repair may not go to the published roster (it moves
someone else's shift within 48 hours) stays in the draft, and the coordinator hears it in the
same write: an alert with the repair in `roster requests list`, one mail through the outbox.
Approving publishes the week through the publication's check (a broken draft is refused as
`roster publish` refuses it); refusing leaves the published roster as it was."""

from __future__ import annotations

import pytest

from planner.domain import Absence, AbsenceKind
from planner.service import page_mail
from tests.cli.requests_world import COORDINATOR, WEEK, about_to_cancel, held_in_draft
from tests.cli.roster_run import roster
from tests.notices.smtp_server import smtp_server


def on_shift(svc, shift_id: str, *, published: bool) -> set[str]:
    found = svc.roster(WEEK, published=published).roster
    return {a.person_id for a in found.assignments if a.shift_id == shift_id}


def taker_of(world) -> str:
    (taker,) = on_shift(world.svc, world.shift_id, published=False) - on_shift(
        world.svc, world.shift_id, published=True
    )
    return taker


def test_the_repair_waits_in_the_draft_and_the_coordinator_is_told_once(
    tmp_path, monkeypatch, capsys
):
    with smtp_server() as (inbox, port):
        world = held_in_draft(tmp_path, monkeypatch, port)
        svc = world.svc
        taker = taker_of(world)
        names = {p.id: p.name for p in svc.organisation().people}

        # The published roster still says the person comes; the draft has the colleague.
        assert svc.roster(WEEK, published=True).roster.assignments == world.before
        assert world.canceller not in on_shift(svc, world.shift_id, published=False)
        (alert,) = svc.requests()
        assert (alert.kind, alert.shift_id, alert.person_id) == (
            "draft",
            world.shift_id,
            world.canceller,
        )
        listed = roster(capsys, world.url, "requests", "list")
        flat = " ".join(listed.out.split())
        assert (
            f"repaired in the draft after {names[world.canceller]} cancelled, waiting for"
            " publication"
        ) in flat
        assert (
            f"Repaired: {names[taker]} takes the place of {names[world.canceller]}"
            " on Inloop Mon 14 Dec 09:00-12:00"
        ) in flat
        assert (
            "Not published: it changes someone else's shift within 48 hours"
            " (Inloop Mon 14 Dec 09:00)"
        ) in flat
        assert "Approving publishes the week; refusing leaves the draft as it is." in flat

        assert (svc.send_page_mail(), svc.send_page_mail()) == ((1, 0), (0, 0))
        (mail,) = inbox.to(COORDINATOR)
        # A long subject is folded: read it as a mail program shows it.
        assert " ".join(mail.message["Subject"].split()) == (
            f"Wachtend op publicatie: Inloop ma 14 dec 09:00 nadat {names[world.canceller]}"
            " annuleerde"
        )
        assert "binnen 48 uur" in mail.text
        assert inbox.delivered == [mail]  # nobody else is told before it is published


def test_approving_publishes_the_repair_and_it_holds_every_rule(tmp_path, monkeypatch, capsys):
    with smtp_server() as (_inbox, port):
        world = held_in_draft(tmp_path, monkeypatch, port)
        svc = world.svc
        taker = taker_of(world)
        (alert,) = svc.requests()

        done = roster(capsys, world.url, "requests", "approve", str(alert.id))

        assert done.code == 0, done.err
        assert "the week is published" in done.out
        on = on_shift(svc, world.shift_id, published=True)
        assert taker in on and world.canceller not in on
        assert svc.check_period(WEEK, published=True).violations == []
        assert svc.diff_against_published(WEEK) == []
        assert svc.requests() == []
        log = [e for e in svc.audit_log() if e.action == "request.decide"]
        assert len({e.change for e in log}) == 1  # the publication and the decision: one write
        assert {"publication", "request"} <= {e.kind for e in log}


def test_refusing_leaves_the_published_roster_as_it_was(tmp_path, monkeypatch, capsys):
    with smtp_server() as (_inbox, port):
        world = held_in_draft(tmp_path, monkeypatch, port)
        svc = world.svc
        draft = svc.roster(WEEK).roster.assignments
        (alert,) = svc.requests()

        done = roster(capsys, world.url, "requests", "refuse", str(alert.id))

        assert done.code == 0, done.err
        assert "the draft stays as it is, not published" in done.out
        assert svc.roster(WEEK, published=True).roster.assignments == world.before
        assert svc.roster(WEEK).roster.assignments == draft
        assert [r.status for r in svc.requests(only_open=False)] == ["refused"]


def test_a_draft_broken_since_is_not_published_and_the_alert_stays_open(
    tmp_path, monkeypatch, capsys
):
    with smtp_server() as (_inbox, port):
        world = held_in_draft(tmp_path, monkeypatch, port)
        svc = world.svc
        taker = taker_of(world)
        monday = next(s for s in svc.shifts(WEEK) if s.id == world.shift_id)
        # The colleague the repair put on Monday turns out to be away that morning.
        svc.add_absence(Absence(taker, monday.start, monday.end, AbsenceKind.LEAVE))
        (alert,) = svc.requests()

        done = roster(capsys, world.url, "requests", "approve", str(alert.id))

        assert done.code == 1
        assert "Nothing was published: 1 shift of the draft breaks a hard rule:" in done.err
        assert "Inloop Mon 14 Dec 09:00" in done.err
        assert svc.roster(WEEK, published=True).roster.assignments == world.before
        assert [r.id for r in svc.requests()] == [alert.id]


class OutboxDown(Exception):
    pass


def test_a_failure_after_the_repair_leaves_neither_the_repair_nor_its_alert(tmp_path, monkeypatch):
    """The alert's mail fails in the outbox: the absence, the draft's repair and the alert
    are not written either, and the cancellation goes through once it works again."""
    svc, _url, monday, canceller, before = about_to_cancel(tmp_path, monkeypatch, 9)
    draft = svc.roster(WEEK).roster.assignments
    real = page_mail.queue

    def queue(session, *args, **kwargs):
        real(session, *args, **kwargs)
        session.flush()
        raise OutboxDown()

    with monkeypatch.context() as failing:
        failing.setattr(page_mail, "queue", queue)
        with pytest.raises(OutboxDown):
            svc.as_person(canceller).cannot_come(canceller, monday)

    assert svc.roster(WEEK).roster.assignments == draft
    assert svc.roster(WEEK, published=True).roster.assignments == before
    assert svc.absences() == [] and svc.requests(only_open=False) == []
    done = svc.as_person(canceller).cannot_come(canceller, monday)
    assert done is not None and done.held
    assert [r.kind for r in svc.requests()] == ["draft"]
