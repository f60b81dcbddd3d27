"""At least 11 h rest between two shifts, for professionals and volunteers."""

from datetime import timedelta

from constraints.rest_between_shifts import RestBetweenShifts
from constraints.volunteers_min import VolunteersMin
from tests.builders import MONDAY, activity, professional, shift, volunteer
from tests.scheduler.support import alone, plan, problem

EVENING = activity("avond", start="18:00", end="22:00", volunteers_min=1, volunteers_max=1)


def test_ten_hours_is_too_little_rest():
    late = shift(EVENING)
    early = shift(activity("vroeg", start="08:00", end="10:00"), MONDAY + timedelta(days=1))
    planned = plan(problem([late, early], [professional()]), alone(RestBetweenShifts()))
    assert len(planned.roster.unstaffed) == 1


def test_eleven_hours_is_enough():
    late = shift(EVENING)
    early = shift(activity("vroeg", start="09:00", end="11:00"), MONDAY + timedelta(days=1))
    planned = plan(problem([late, early], [professional()]), alone(RestBetweenShifts()))
    assert planned.roster.unstaffed == {}


def test_volunteers_rest_too():
    late = shift(EVENING)
    early = shift(
        activity("vroeg", start="08:00", end="10:00", volunteers_min=1, volunteers_max=1),
        MONDAY + timedelta(days=1),
    )
    people = [professional("els"), professional("piet", "Piet Claes"), volunteer("jan")]
    planned = plan(problem([late, early], people), alone(RestBetweenShifts(), VolunteersMin()))
    assert len(planned.shifts_of("jan")) == 1
    assert planned.cost("volunteers_min") == 200


# Rest is between working days: two parts of one working day need no 11 h between them.
MORNING = activity("inloop-vm", start="09:00", end="12:30")
AFTERNOON = activity("inloop-nm", start="13:30", end="17:00")


def test_a_morning_and_an_afternoon_of_one_day_go_to_one_professional():
    shifts = [shift(MORNING), shift(AFTERNOON)]
    planned = plan(problem(shifts, [professional()]), alone(RestBetweenShifts()))
    assert planned.roster.unstaffed == {}
    assert planned.shifts_of("els") == sorted(s.id for s in shifts)


def test_a_night_after_a_morning_of_the_same_day_is_too_long_a_day():
    # 09:00 to 08:00 the next morning spans 23 h, more than the 13 h of one working day.
    night = shift(activity("nacht", start="20:00", end="08:00"))
    planned = plan(problem([shift(MORNING), night], [professional()]), alone(RestBetweenShifts()))
    assert len(planned.roster.unstaffed) == 1


def test_one_working_day_spans_at_most_thirteen_hours():
    early = activity("ontbijt", start="08:00", end="10:00")
    thirteen = [shift(early), shift(activity("avond", start="19:00", end="21:00"))]
    planned = plan(problem(thirteen, [professional()]), alone(RestBetweenShifts()))
    assert planned.roster.unstaffed == {}
    longer = [shift(early), shift(activity("avond", start="19:00", end="21:30"))]
    planned = plan(problem(longer, [professional()]), alone(RestBetweenShifts()))
    assert len(planned.roster.unstaffed) == 1


def test_shifts_of_two_days_always_need_the_rest():
    # 17:00 to 10:00 the next day spans 17 h: a day that short still is two working days.
    late = shift(activity("avond", start="17:00", end="21:00"))
    early = shift(activity("vroeg", start="07:00", end="10:00"), MONDAY + timedelta(days=1))
    planned = plan(problem([late, early], [professional()]), alone(RestBetweenShifts()))
    assert len(planned.roster.unstaffed) == 1
