"""Supervision: ratio, volunteers_max, activities closed to volunteers."""

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
