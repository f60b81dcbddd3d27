"""Always together: a pair who work as a team are planned on the same shifts when they can."""

from dataclasses import replace
from datetime import timedelta

from constraints.always_together import AlwaysTogether
from constraints.volunteer_limits import VolunteerLimits
from constraints.volunteers_min import VolunteersMin
from planner.settings import SoftWeights
from tests.builders import MONDAY, activity, professional, shift, volunteer
from tests.scheduler.support import alone, plan, problem

ELS = professional()
JAN = replace(volunteer("jan", "Jan Peeters", per_week=1), always_with=frozenset({"an"}))
AN = volunteer("an", "An Dubois", per_week=1)
LIES = volunteer("lies", "Lies Maes", per_week=1)


def test_the_pair_takes_the_same_shift():
    inloop = activity(volunteers_min=1, volunteers_max=2, rrule="FREQ=DAILY")
    monday, tuesday = shift(inloop), shift(inloop, MONDAY + timedelta(days=1))
    # One shift a week each: Jan and An take one day, Lies the other.
    rules = alone(AlwaysTogether(weight=20), VolunteersMin(weight=200), VolunteerLimits())
    planned = plan(problem([monday, tuesday], [ELS, JAN, AN, LIES]), rules)
    assert planned.shifts_of("jan") == planned.shifts_of("an")
    assert planned.cost("always_together") == 0


def test_apart_costs_the_weight_per_shift_when_only_one_can_come():
    s = shift(activity(volunteers_min=1, volunteers_max=2))
    an = replace(AN, limits=replace(AN.limits, refuses=frozenset({"inloop"})))
    rules = alone(AlwaysTogether(weight=20), VolunteersMin(weight=200))
    planned = plan(problem([s], [ELS, JAN, an], weights=SoftWeights()), rules)
    assert planned.on(s) == {"els", "jan"}
    assert planned.cost("always_together") == 20
