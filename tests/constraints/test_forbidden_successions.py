"""No morning shift within 36 h after the end of a night."""

from datetime import timedelta

from constraints.forbidden_successions import ForbiddenSuccessions
from tests.builders import MONDAY, activity, professional, shift
from tests.scheduler.support import alone, plan, problem

NIGHT = shift(activity("nacht", start="20:00", end="08:00"))  # Monday night to Tuesday 08:00


def morning(days_after_monday: int):
    return shift(
        activity("ochtend", start="09:00", end="12:00"), MONDAY + timedelta(days=days_after_monday)
    )


def test_a_morning_25_hours_after_a_night_is_forbidden():
    planned = plan(problem([NIGHT, morning(2)], [professional()]), alone(ForbiddenSuccessions()))
    assert len(planned.roster.unstaffed) == 1


def test_a_morning_49_hours_after_a_night_is_fine():
    planned = plan(problem([NIGHT, morning(3)], [professional()]), alone(ForbiddenSuccessions()))
    assert planned.roster.unstaffed == {}


def test_an_afternoon_after_a_night_is_not_a_forbidden_succession():
    afternoon = shift(activity("middag", start="13:00", end="16:00"), MONDAY + timedelta(days=2))
    planned = plan(problem([NIGHT, afternoon], [professional()]), alone(ForbiddenSuccessions()))
    assert planned.roster.unstaffed == {}
