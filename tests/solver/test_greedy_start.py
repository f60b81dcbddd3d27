"""The greedy first roster knows the current rules: a morning and an afternoon of one day go
to one person (rest between working days), and a volunteer who would be left out of the
period gets a free volunteer place."""

from __future__ import annotations

from planner.solver.greedy import greedy_roster
from tests.builders import MONDAY, activity, professional, shift, volunteer
from tests.scheduler.support import problem


def test_one_professional_works_the_morning_and_the_afternoon_of_one_day():
    morning = shift(activity("inloop", start="09:00", end="12:30"))
    afternoon = shift(activity("namiddag", start="13:30", end="17:00"))
    p = problem([morning, afternoon], [professional("els")])
    pairs, unstaffed = greedy_roster(p)
    assert unstaffed == set()
    assert pairs == {("els", morning.id), ("els", afternoon.id)}


def test_a_night_after_a_morning_of_the_same_day_still_needs_its_rest():
    morning = shift(activity("inloop", start="09:00", end="12:30"))
    night = shift(activity("nacht", start="20:00", end="08:00"))
    p = problem([morning, night], [professional("els")])
    pairs, unstaffed = greedy_roster(p)
    assert len(pairs) == 1 and len(unstaffed) == 1


def test_volunteers_who_would_be_left_out_get_the_free_places_up_to_volunteers_max():
    open_ = activity("inloop", volunteers_min=1, volunteers_max=3)
    s = shift(open_)
    people = [professional("els"), volunteer("an"), volunteer("bert"), volunteer("cas")]
    pairs, _ = greedy_roster(problem([s], people))
    # One place is what the shift needs; the other two volunteers would hear nothing for
    # the whole period, so they come too, up to volunteers_max.
    assert pairs == {("els", s.id), ("an", s.id), ("bert", s.id), ("cas", s.id)}
    assert s.local_date == MONDAY


def test_never_more_volunteers_than_volunteers_max():
    s = shift(activity("inloop", volunteers_min=0, volunteers_max=1))
    people = [professional("els"), volunteer("an"), volunteer("bert")]
    pairs, _ = greedy_roster(problem([s], people))
    assert ("els", s.id) in pairs
    assert len([q for q, _ in pairs if q in ("an", "bert")]) == 1
