"""Nobody alone: min_people on a staffed shift, professionals and volunteers together."""

from constraints.min_people import MinPeople
from tests.builders import activity, professional, shift, volunteer
from tests.scheduler.support import alone, plan, problem


def test_nobody_alone_without_a_second_person_leaves_it_unstaffed():
    s = shift(activity("nacht", start="20:00", end="08:00", min_people=2, volunteers_max=1))
    planned = plan(problem([s], [professional("els")]), alone(MinPeople()))
    assert s.id in planned.roster.unstaffed
    assert planned.on(s) == set()


def test_nobody_alone_a_volunteer_makes_the_second_person():
    s = shift(activity("nacht", start="20:00", end="08:00", min_people=2, volunteers_max=1))
    planned = plan(problem([s], [professional("els"), volunteer("jan")]), alone(MinPeople()))
    assert planned.on(s) == {"els", "jan"}


def test_nobody_alone_a_second_professional_when_volunteers_do_not_take_part():
    s = shift(activity(min_people=2, volunteers_allowed=False))
    people = [professional("els"), professional("piet", "Piet Claes"), volunteer("jan")]
    planned = plan(problem([s], people), alone(MinPeople()))
    assert planned.on(s) == {"els", "piet"}
