"""Nobody in two places at once: overlap, and travel time between sites."""

from datetime import timedelta

from constraints.no_overlap import NoOverlap
from planner.settings import HardSettings
from tests.builders import activity, professional, shift
from tests.scheduler.support import alone, plan, problem

NO_REST = HardSettings(min_rest=timedelta(0))


def two_shifts(second_start: str, second_site: str):
    first = shift(activity("inloop", start="09:00", end="12:00", site="Sociaal Huis"))
    second = shift(activity("taalcafe", start=second_start, end="16:00", site=second_site))
    return first, second


def staffed(planned) -> int:
    return len(planned.problem.shifts) - len(planned.roster.unstaffed)


def test_overlapping_shifts_cannot_both_have_the_one_professional():
    a, b = two_shifts("11:00", "Sociaal Huis")
    planned = plan(problem([a, b], [professional()], hard=NO_REST), alone(NoOverlap()))
    assert staffed(planned) == 1


def test_another_site_needs_the_travel_time():
    a, b = two_shifts("12:15", "Buurthuis")
    planned = plan(problem([a, b], [professional()], hard=NO_REST), alone(NoOverlap()))
    assert staffed(planned) == 1


def test_the_same_site_needs_no_travel_time():
    a, b = two_shifts("12:15", "Sociaal Huis")
    planned = plan(problem([a, b], [professional()], hard=NO_REST), alone(NoOverlap()))
    assert staffed(planned) == 2


def test_enough_time_to_travel():
    a, b = two_shifts("12:30", "Buurthuis")
    planned = plan(problem([a, b], [professional()], hard=NO_REST), alone(NoOverlap()))
    assert staffed(planned) == 2
