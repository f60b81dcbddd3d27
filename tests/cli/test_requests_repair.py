"""`roster requests list|approve` with the repair proposed with a request: the list says what
the request breaks and who would take the place; approving writes that repair when the week
is as it was, and works it out again (and says so) when it changed since. Every roster
written passes the independent checker."""

from __future__ import annotations

from datetime import date

from planner.domain import Absence, AbsenceKind
from planner.errors import Busy
from planner.service import proposals
from tests.cli.requests_world import WEEK, asked, published
from tests.cli.roster_run import roster

VOLUNTEERS = ("jan", "mira", "noor")


def on_shift(svc, shift_id: str, *, published: bool = False) -> set[str]:
    found = svc.roster(WEEK, published=published).roster
    return {a.person_id for a in found.assignments if a.shift_id == shift_id}


def proposed_taker(world) -> str:
    proposal = world.request.proposal
    assert proposal is not None
    (change,) = [c for c in proposal.changes if c.shift_id == world.shift_id]
    assert change.leaving == (world.canceller,)
    (taker,) = change.taking
    return taker


def test_the_list_shows_what_a_request_breaks_and_who_would_take_the_place(
    tmp_path, monkeypatch, capsys
):
    world = asked(tmp_path, monkeypatch)
    taker = proposed_taker(world)
    names = {p.id: p.name for p in world.svc.organisation().people}

    listed = roster(capsys, world.url, "requests", "list").out

    assert taker in VOLUNTEERS and taker != world.canceller
    flat = " ".join(listed.split())
    assert f"Breaks: {names[world.canceller]} off Inloop Mon 14 Dec 09:00-12:00" in flat
    assert (
        f"Proposed: {names[taker]} takes the place of {names[world.canceller]}"
        f" on Inloop Mon 14 Dec 09:00-12:00"
    ) in flat
    assert all(len(line) <= 80 for line in listed.splitlines() if line.startswith(" "))
    # Nothing changed before a decision.
    assert world.canceller in on_shift(world.svc, world.shift_id, published=True)
    assert world.svc.absences() == []


def test_approving_writes_the_repair_proposed_and_it_holds_every_rule(
    tmp_path, monkeypatch, capsys
):
    world = asked(tmp_path, monkeypatch)
    taker = proposed_taker(world)

    done = roster(capsys, world.url, "requests", "approve", str(world.request.id))

    assert done.code == 0, done.err
    assert "worked out again" not in done.out
    assert world.canceller not in on_shift(world.svc, world.shift_id)
    assert taker in on_shift(world.svc, world.shift_id)
    assert world.svc.check_period(WEEK).violations == []
    assert [a.person_id for a in world.svc.absences()] == [world.canceller]


def test_approving_after_the_week_changed_works_the_repair_out_again(tmp_path, monkeypatch, capsys):
    world = asked(tmp_path, monkeypatch)
    taker = proposed_taker(world)
    monday = next(s for s in world.svc.shifts(WEEK) if s.id == world.shift_id)
    # The coordinator hears the proposed colleague is away that morning too.
    world.svc.add_absence(Absence(taker, monday.start, monday.end, AbsenceKind.LEAVE))

    done = roster(capsys, world.url, "requests", "approve", str(world.request.id))

    assert done.code == 0, done.err
    assert "the roster changed since the repair was proposed: it was worked out again" in done.out
    now_on = on_shift(world.svc, world.shift_id)
    assert world.canceller not in now_on and taker not in now_on
    assert now_on & set(VOLUNTEERS)  # the third volunteer took it
    assert world.svc.check_period(WEEK).violations == []
    assert world.svc.requests() == []


def test_an_absence_entered_on_a_page_comes_with_its_repair_and_approving_writes_it(
    tmp_path, monkeypatch, capsys
):
    svc, url, monday, volunteer = published(tmp_path, monkeypatch)
    day = date(2026, 12, 14)

    changed = svc.as_person(volunteer).add_own_absence(volunteer, day, day, seen=svc.seen())

    assert changed.broken == (monday,)
    (alert,) = svc.requests()
    assert alert.kind == "breaks" and alert.proposal is not None
    listed = " ".join(roster(capsys, url, "requests", "list").out.split())
    assert "Proposed: " in listed and "takes the place of" in listed
    done = roster(capsys, url, "requests", "approve", str(alert.id))
    assert done.code == 0, done.err
    assert volunteer not in on_shift(svc, monday)
    assert on_shift(svc, monday) & set(VOLUNTEERS)
    assert svc.check_period(WEEK).violations == []
    assert svc.requests() == []


def test_an_alert_whose_repair_was_not_proposed_says_so_and_approving_works_it_out(
    tmp_path, monkeypatch, capsys
):
    """The repair proposed with an absence entered on a page could not be worked out then (the
    database busy): the alert stands, the list says no repair is proposed yet, and approving
    works one out."""
    svc, url, monday, volunteer = published(tmp_path, monkeypatch)
    day = date(2026, 12, 14)

    def busy(*_args, **_kwargs):
        raise Busy(5.0)

    with monkeypatch.context() as failing:
        failing.setattr(proposals, "for_breaks", busy)
        changed = svc.as_person(volunteer).add_own_absence(volunteer, day, day, seen=svc.seen())

    assert changed.broken == (monday,)
    listed = roster(capsys, url, "requests", "list").out
    assert "No repair proposed yet: approving works one out" in listed
    assert "Proposed: " not in listed
    done = roster(capsys, url, "requests", "approve", str(svc.requests()[0].id))
    assert done.code == 0, done.err
    assert "repaired in the draft" in done.out
    assert volunteer not in on_shift(svc, monday)
    assert on_shift(svc, monday) & set(VOLUNTEERS)
    assert svc.check_period(WEEK).violations == []
    assert svc.requests() == []
