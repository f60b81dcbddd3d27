"""At least 11 h rest between two shifts, for professionals and volunteers."""

from datetime import timedelta

from constraints.rest_between_shifts import RestBetweenShifts
from constraints.volunteers_min import VolunteersMin
from tests.builders import MONDAY, activity, professional, shift, volunteer
from tests.scheduler.support import alone, plan, problem

EVENING = activity("avond", start="18:00", end="22:00", volunteers_min=1, volunteers_max=1)


def test_ten_hours_is_too_little_rest():
    late = shift(EVENING)
    early = shift(activity("vroeg", start="08:00", end="10:00"), MONDAY + timedelta(days=1))
    planned = plan(problem([late, early], [professional()]), alone(RestBetweenShifts()))
    assert len(planned.roster.unstaffed) == 1


def test_eleven_hours_is_enough():
    late = shift(EVENING)
    early = shift(activity("vroeg", start="09:00", end="11:00"), MONDAY + timedelta(days=1))
    planned = plan(problem([late, early], [professional()]), alone(RestBetweenShifts()))
    assert planned.roster.unstaffed == {}


def test_volunteers_rest_too():
    late = shift(EVENING)
    early = shift(
        activity("vroeg", start="08:00", end="10:00", volunteers_min=1, volunteers_max=1),
        MONDAY + timedelta(days=1),
    )
    people = [professional("els"), professional("piet", "Piet Claes"), volunteer("jan")]
    planned = plan(problem([late, early], people), alone(RestBetweenShifts(), VolunteersMin()))
    assert len(planned.shifts_of("jan")) == 1
    assert planned.cost("volunteers_min") == 200
