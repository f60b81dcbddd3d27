"""Newcomers with a mentor: a newcomer stands on a shift only beside an experienced person."""

from datetime import timedelta

from constraints.newcomers import Newcomers
from constraints.volunteers_min import VolunteersMin
from planner.domain import Assignment, Role
from planner.settings import HardSettings
from tests.builders import MONDAY, activity, professional, shift, volunteer
from tests.scheduler.support import alone, plan, problem

ELS = professional()
NIEUW = volunteer("nora", "Nora Nieuw", newcomer=True)
JAN = volunteer("jan", "Jan Peeters")


def rules():
    # Volunteers wanted (soft) so the planner wants the newcomer on; the rule says when it may.
    return alone(Newcomers(), VolunteersMin(weight=200))


def test_a_newcomer_alone_with_a_professional_is_not_planned():
    s = shift(activity(volunteers_min=1, volunteers_max=2))
    planned = plan(problem([s], [ELS, NIEUW]), rules())
    assert planned.on(s) == {"els"}


def test_a_newcomer_is_planned_beside_an_experienced_volunteer():
    s = shift(activity(volunteers_min=2, volunteers_max=2))
    planned = plan(problem([s], [ELS, NIEUW, JAN]), rules())
    assert planned.on(s) == {"els", "nora", "jan"}


def test_a_professional_mentors_where_the_activity_says_so():
    s = shift(activity(volunteers_min=1, volunteers_max=2, professionals_mentor=True))
    planned = plan(problem([s], [ELS, NIEUW]), rules())
    assert planned.on(s) == {"els", "nora"}


def test_two_newcomers_do_not_mentor_each_other():
    s = shift(activity(volunteers_min=2, volunteers_max=2))
    other = volunteer("omar", "Omar Nieuw", newcomer=True)
    planned = plan(problem([s], [ELS, NIEUW, other]), rules())
    assert planned.on(s) == {"els"}


def test_too_few_shifts_before_the_period_make_a_newcomer_of_that_activity_only():
    inloop = activity(volunteers_min=2, volunteers_max=2)
    s = shift(inloop)
    before = shift(inloop, MONDAY.replace(day=23))
    history = [Assignment(before.id, "jan", Role.VOLUNTEER)]
    piet = volunteer("piet", "Piet Claes")
    hard = HardSettings(newcomer_shifts=1)
    # Jan did one shift of it before: experienced; Piet none: new, so he comes beside Jan.
    planned = plan(problem([s], [ELS, JAN, piet], history=history, hard=hard), rules())
    assert planned.on(s) == {"els", "jan", "piet"}
    # Without Jan's shift before, both are new: neither is planned.
    planned = plan(problem([s], [ELS, JAN, piet], hard=hard), rules())
    assert planned.on(s) == {"els"}


def _jan_and_piet(history=(), outside=(), weeks=1):
    """Jan and Piet on the drop-in that wants two volunteers, one shift a week; a newcomer
    is one with no shift of it in the four weeks before."""
    from planner.domain import Period
    from planner.solver.problem import PlanningProblem

    inloop = activity(volunteers_min=2, volunteers_max=2, rrule="FREQ=WEEKLY")
    shifts = [shift(inloop, MONDAY + timedelta(weeks=w)) for w in range(weeks)]
    p = problem(shifts, [ELS, JAN, volunteer("piet", "Piet Claes")], history=history,
                hard=HardSettings(newcomer_shifts=1), period=Period(MONDAY, weeks))  # fmt: skip
    p = PlanningProblem.build(
        p.org, p.period, p.shifts, history=history, settings=p.settings,
        outside=[(s, Assignment(s.id, "jan", Role.VOLUNTEER)) for s in outside],
    )  # fmt: skip
    return shifts, plan(p, rules())


def test_a_published_shift_around_the_period_makes_a_volunteer_experienced():
    inloop = activity(volunteers_min=2, volunteers_max=2, rrule="FREQ=WEEKLY")
    last_week = shift(inloop, MONDAY - timedelta(weeks=1))
    [s], planned = _jan_and_piet(outside=[last_week])
    assert planned.on(s) == {"els", "jan", "piet"}


def test_a_shift_more_than_four_weeks_before_makes_nobody_experienced():
    inloop = activity(volunteers_min=2, volunteers_max=2, rrule="FREQ=WEEKLY")
    long_ago = shift(inloop, MONDAY - timedelta(weeks=5))
    [s], planned = _jan_and_piet(outside=[long_ago])
    assert planned.on(s) == {"els"}


def test_experience_running_out_during_the_period_counts_as_none():
    # Jan's shift three weeks before the period is four weeks old by its second week: the
    # model cannot count the shifts it is still choosing, so Jan is new for the whole period
    # (stricter than the checker, which would count a first week's shift).
    inloop = activity(volunteers_min=2, volunteers_max=2, rrule="FREQ=WEEKLY")
    earlier = shift(inloop, MONDAY - timedelta(weeks=3))
    shifts, planned = _jan_and_piet(outside=[earlier], weeks=2)
    assert [planned.on(s) for s in shifts] == [{"els"}, {"els"}]
    [s], planned = _jan_and_piet(outside=[earlier])
    assert planned.on(s) == {"els", "jan", "piet"}
