"""volunteer_left_out: a volunteer who could come and has no shift in the period costs its
weight, so free places go to those left out."""

from datetime import timedelta

from constraints.supervision import Supervision
from constraints.volunteer_left_out import VolunteerLeftOut
from constraints.volunteers_min import VolunteersMin
from planner.settings import SoftWeights
from tests.builders import MONDAY, activity, professional, shift, volunteer
from tests.scheduler.support import alone, plan, problem

ONE_WANTED_TWO_PLACES = activity(volunteers_min=1, volunteers_max=2)


def test_two_volunteers_for_two_places_with_one_wanted_both_come():
    s = shift(ONE_WANTED_TWO_PLACES)
    people = [professional(), volunteer("jan"), volunteer("mia", "Mia Peeters")]
    planned = plan(problem([s], people))  # every rule, default weights
    assert planned.on(s) == {"els", "jan", "mia"}
    assert planned.cost("volunteer_left_out") == 0


def test_one_place_for_two_volunteers_leaves_one_out_at_the_weight():
    s = shift(activity(volunteers_min=1, volunteers_max=1))
    people = [professional(), volunteer("jan"), volunteer("mia", "Mia Peeters")]
    planned = plan(
        problem([s], people), alone(Supervision(), VolunteersMin(), VolunteerLeftOut(weight=60))
    )
    assert len(planned.on(s)) == 2
    assert planned.cost("volunteer_left_out") == 60


def test_a_volunteer_who_could_not_come_is_not_left_out():
    s = shift(ONE_WANTED_TWO_PLACES)
    people = [professional(), volunteer("jan", refuses=("inloop",))]
    planned = plan(problem([s], people), alone(VolunteerLeftOut()))
    assert planned.cost("volunteer_left_out") == 0


def test_a_willing_volunteer_is_not_pushed_into_every_gap():
    # Jan could take both days; Mia only offered one. Each gets one.
    days = [shift(ONE_WANTED_TWO_PLACES, MONDAY + timedelta(days=d)) for d in range(2)]
    people = [professional(), volunteer("jan"), volunteer("mia", "Mia Peeters", per_week=1)]
    planned = plan(problem(days, people))
    assert len(planned.shifts_of("mia")) == 1
    assert len(planned.shifts_of("jan")) >= 1


def test_a_left_out_volunteer_comes_even_to_an_activity_new_to_them_they_did_not_ask_for():
    s = shift(ONE_WANTED_TWO_PLACES)
    people = [
        professional(),
        volunteer("jan", home_activity="inloop"),
        volunteer("mia", "Mia Peeters", wants=("taalcafe",), home_activity="taalcafe"),
    ]
    planned = plan(problem([s], people))
    assert planned.on(s) == {"els", "jan", "mia"}


def test_volunteers_min_outweighs_a_left_out_volunteer():
    w = SoftWeights()
    assert w.unstaffed_shift > 100 * w.volunteers_min
    assert w.volunteers_min > 3 * w.volunteer_left_out
    # A second shift costs fairness at most 4 x its weight; with continuity and a wish not
    # met, still less than leaving someone out.
    assert w.volunteer_left_out > 4 * w.fairness_volunteers + w.continuity + w.preferences


def test_a_shift_in_the_three_weeks_before_a_single_week_means_not_left_out():
    # Weeks planned one by one, one place this week: Jan had a shift two weeks ago, so the
    # place goes to Mia and nobody is left out; a shift four weeks ago is out of the window.
    from planner.solver.problem import PlanningProblem
    from tests.builders import assign

    one_place = activity(volunteers_min=1, volunteers_max=1)
    s = shift(one_place)
    jan, mia = volunteer("jan"), volunteer("mia", "Mia Peeters")
    p = problem([s], [professional(), jan, mia])
    rules = alone(Supervision(), VolunteersMin(), VolunteerLeftOut(weight=60))
    for weeks_ago, left_out in ((2, 0), (4, 60)):
        before = shift(one_place, MONDAY - timedelta(weeks=weeks_ago))
        remembered = PlanningProblem.build(
            p.org, p.period, p.shifts, settings=p.settings, outside=[(before, assign(before, jan))]
        )
        planned = plan(remembered, rules)
        assert planned.cost("volunteer_left_out") == left_out, weeks_ago
        if not left_out:
            assert planned.on(s) == {"els", "mia"}
