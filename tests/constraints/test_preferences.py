"""Volunteers' wishes: shifts on activities they asked for."""

from constraints.preferences import Preferences
from constraints.volunteers_min import VolunteersMin
from tests.builders import activity, professional, shift, volunteer
from tests.scheduler.support import alone, plan, problem


def test_the_volunteer_who_asked_for_the_activity_gets_it():
    s = shift(activity("taalcafe", volunteers_min=1, volunteers_max=1))
    people = [
        professional(),
        volunteer("jan", wants=("restaurant",)),
        volunteer("mia", "Mia Peeters", wants=("taalcafe",)),
    ]
    planned = plan(problem([s], people), alone(VolunteersMin(), Preferences()))
    assert planned.on(s) == {"els", "mia"}
    assert planned.cost("preferences") == 0


def test_a_shift_outside_the_wishes_costs_the_weight():
    s = shift(activity("taalcafe", volunteers_min=1, volunteers_max=1))
    people = [professional(), volunteer("jan", wants=("restaurant",))]
    planned = plan(problem([s], people), alone(VolunteersMin(), Preferences(weight=3)))
    assert planned.cost("preferences") == 3
