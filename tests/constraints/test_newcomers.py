"""Newcomers with a mentor: a newcomer stands on a shift only beside an experienced person."""

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
