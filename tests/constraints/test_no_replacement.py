"""No replacement: volunteers never stand in for a missing professional."""

from constraints.no_replacement import NoReplacement
from constraints.volunteers_min import VolunteersMin
from tests.builders import activity, professional, shift, volunteer
from tests.scheduler.support import alone, plan, problem

WANTS_TWO = activity(volunteers_min=2, volunteers_max=2, qualifications=("nurse",))


def test_no_professional_means_no_volunteers_either():
    s = shift(WANTS_TWO)
    people = [professional("els"), volunteer("jan"), volunteer("mia", "Mia Peeters")]
    planned = plan(problem([s], people), alone(NoReplacement(), VolunteersMin()))
    assert planned.on(s) == set()
    assert s.id in planned.roster.unstaffed


def test_volunteers_join_when_the_professional_is_there():
    s = shift(WANTS_TWO)
    people = [
        professional("els", qualifications=("nurse",)),
        volunteer("jan"),
        volunteer("mia", "Mia Peeters"),
    ]
    planned = plan(problem([s], people), alone(NoReplacement(), VolunteersMin()))
    assert planned.on(s) == {"els", "jan", "mia"}


def test_volunteers_never_take_a_professional_place():
    # Only volunteers are there: the professional place stays empty, the shift unstaffed.
    s = shift(activity(volunteers_max=3))
    planned = plan(problem([s], [volunteer("jan")]))
    assert s.id in planned.roster.unstaffed
    assert planned.on(s) == set()
