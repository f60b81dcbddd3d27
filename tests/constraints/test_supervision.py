"""Supervision: ratio, volunteers_max, activities closed to volunteers, nobody alone."""

from constraints.supervision import Supervision
from constraints.volunteers_min import VolunteersMin
from tests.builders import activity, professional, shift, volunteer
from tests.scheduler.support import alone, plan, problem

VOLUNTEERS = [volunteer(f"v{i}", f"Vrijwilliger {i}") for i in range(4)]


def volunteers_on(planned, s) -> int:
    return sum(1 for pid in planned.on(s) if pid.startswith("v"))


def test_ratio_caps_volunteers_per_professional():
    s = shift(activity(volunteers_min=4, volunteers_max=4, ratio=1))
    planned = plan(
        problem([s], [professional("els"), *VOLUNTEERS]), alone(Supervision(), VolunteersMin())
    )
    assert volunteers_on(planned, s) == 1
    assert planned.cost("volunteers_min") == 3 * 200


def test_volunteers_max_is_never_passed():
    s = shift(activity(volunteers_min=2, volunteers_max=2))
    planned = plan(problem([s], [professional("els"), *VOLUNTEERS]))
    assert volunteers_on(planned, s) == 2


def test_closed_to_volunteers_gets_none():
    s = shift(activity(volunteers_allowed=False))
    planned = plan(problem([s], [professional("els"), *VOLUNTEERS]))
    assert planned.on(s) == {"els"}


def test_nobody_alone_without_a_second_person_leaves_it_unstaffed():
    s = shift(activity("nacht", start="20:00", end="08:00", min_people=2, volunteers_max=1))
    planned = plan(problem([s], [professional("els")]), alone(Supervision()))
    assert s.id in planned.roster.unstaffed
    assert planned.on(s) == set()


def test_nobody_alone_a_volunteer_makes_the_second_person():
    s = shift(activity("nacht", start="20:00", end="08:00", min_people=2, volunteers_max=1))
    planned = plan(problem([s], [professional("els"), volunteer("jan")]), alone(Supervision()))
    assert planned.on(s) == {"els", "jan"}


def test_nobody_alone_a_second_professional_when_volunteers_do_not_take_part():
    s = shift(activity(min_people=2, volunteers_allowed=False))
    people = [professional("els"), professional("piet", "Piet Claes"), volunteer("jan")]
    planned = plan(problem([s], people), alone(Supervision()))
    assert planned.on(s) == {"els", "piet"}
