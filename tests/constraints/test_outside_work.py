"""Published work just outside the period counts toward limits across its edges."""

from datetime import timedelta

from constraints.max_consecutive_days import MaxConsecutiveDays
from constraints.rest_between_shifts import RestBetweenShifts
from constraints.volunteer_limits import VolunteerLimits
from constraints.volunteers_min import VolunteersMin
from planner.check import check_roster
from planner.domain import Period
from tests.builders import MONDAY, activity, assign, professional, shift, volunteer
from tests.scheduler.support import alone, plan, problem

SUNDAY_BEFORE = MONDAY - timedelta(days=1)


def with_outside(p, outside):
    return type(p).build(p.org, p.period, p.shifts, settings=p.settings, outside=outside)


def test_rest_after_a_published_night_just_before_the_period():
    night = shift(activity("nacht", start="20:00", end="08:00"), SUNDAY_BEFORE)
    morning = shift(activity("inloop", start="09:00", end="12:00"))
    els = professional()
    p = with_outside(problem([morning], [els]), [(night, assign(night, els))])
    planned = plan(p, alone(RestBetweenShifts()))
    assert set(planned.roster.unstaffed) == {morning.id}


def test_days_in_a_row_continue_from_published_days_before():
    daily = activity()
    before = [shift(daily, MONDAY - timedelta(days=d)) for d in (1, 2)]
    inside = [shift(daily, MONDAY + timedelta(days=d)) for d in range(2)]
    els = professional()
    p = with_outside(problem(inside, [els]), [(s, assign(s, els)) for s in before])
    planned = plan(p, alone(MaxConsecutiveDays(max_days=3)))
    assert len(planned.roster.unstaffed) == 1


def test_a_volunteers_monthly_limit_counts_published_shifts_of_that_month():
    # Period: the week of Monday 7 December; a published shift on 1 December, same month.
    wants_one = activity(volunteers_min=1, volunteers_max=1)
    week = Period(MONDAY + timedelta(weeks=1))
    inside = [shift(wants_one, week.start + timedelta(days=d)) for d in range(2)]
    earlier = shift(wants_one, MONDAY + timedelta(days=1))
    jan = volunteer(per_month=2)
    p = with_outside(
        problem(inside, [professional(), jan], period=week), [(earlier, assign(earlier, jan))]
    )
    planned = plan(p, alone(VolunteerLimits(), VolunteersMin()))
    assert len(planned.shifts_of("jan")) == 1
    found = check_roster(
        p.org, p.period, list(p.shifts), planned.roster, (), p.settings, outside=p.outside
    )
    assert found == []
