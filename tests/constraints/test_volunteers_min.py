"""volunteers_min: each volunteer short of it costs its weight."""

from constraints.volunteers_min import VolunteersMin
from tests.builders import activity, professional, shift, volunteer
from tests.scheduler.support import alone, plan, problem


def test_one_volunteer_short_costs_the_weight_once():
    s = shift(activity(volunteers_min=2, volunteers_max=3))
    planned = plan(problem([s], [professional(), volunteer()]), alone(VolunteersMin(weight=200)))
    assert planned.on(s) == {"els", "jan"}
    assert planned.cost("volunteers_min") == 200


def test_an_unstaffed_shift_wants_no_volunteers():
    s = shift(activity(volunteers_min=2, volunteers_max=3, qualifications=("nurse",)))
    planned = plan(problem([s], [professional(), volunteer()]), alone(VolunteersMin()))
    assert planned.cost("volunteers_min") == 0
