"""Continuity: regulars first; the same people stay on the same activity."""

from datetime import timedelta

from constraints.continuity import Continuity
from tests.builders import MONDAY, activity, assign, professional, shift
from tests.scheduler.support import alone, plan, problem

INLOOP = activity("inloop")


def test_the_person_whose_home_activity_it_is_gets_it():
    s = shift(INLOOP)
    people = [professional("els"), professional("piet", "Piet Claes", home_activity="inloop")]
    planned = plan(problem([s], people), alone(Continuity()))
    assert planned.on(s) == {"piet"}
    assert planned.cost("continuity") == 0


def test_someone_who_did_it_in_earlier_weeks_is_regular():
    s = shift(INLOOP)
    earlier = shift(INLOOP, MONDAY - timedelta(weeks=1))
    piet = professional("piet", "Piet Claes")
    people = [professional("els"), piet]
    planned = plan(problem([s], people, history=[assign(earlier, piet)]), alone(Continuity()))
    assert planned.on(s) == {"piet"}


def test_a_newcomer_costs_the_weight_per_shift():
    s = shift(INLOOP)
    planned = plan(problem([s], [professional("els")]), alone(Continuity(weight=10)))
    assert planned.cost("continuity") == 10


def test_one_person_keeps_one_activity():
    # Els could do both activities on both days; two people share them. Continuity keeps
    # each person on one activity rather than mixing.
    inloop, taal = activity("inloop"), activity("taal", start="13:00", end="16:00")
    shifts = [shift(a, MONDAY + timedelta(days=d)) for a in (inloop, taal) for d in (0, 2)]
    people = [professional("els"), professional("piet", "Piet Claes")]
    planned = plan(problem(shifts, people), alone(Continuity()))
    for pid in ("els", "piet"):
        activities = {sid.split("@")[0] for sid in planned.shifts_of(pid)}
        assert len(activities) <= 1
