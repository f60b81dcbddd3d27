"""Stability: re-planning changes the published roster as little as possible."""

from constraints.continuity import Continuity
from constraints.stability import Stability
from tests.builders import absence, activity, assign, professional, roster, shift
from tests.scheduler.support import alone, plan, problem

S = shift(activity("inloop"))
ELS = professional("els")
PIET = professional("piet", "Piet Claes", home_activity="inloop")


def test_the_published_person_stays_although_another_is_regular():
    published = roster(assign(S, ELS))
    planned = plan(problem([S], [ELS, PIET], published=published), alone(Continuity(), Stability()))
    assert planned.on(S) == {"els"}
    assert planned.cost("stability") == 0


def test_a_published_person_now_absent_is_one_removal_and_one_addition():
    published = roster(assign(S, ELS))
    p = problem([S], [ELS, PIET], published=published, absences=[absence("els")])
    planned = plan(p, alone(Stability(weight=50)))
    assert planned.on(S) == {"piet"}
    assert planned.cost("stability") == 2 * 50
