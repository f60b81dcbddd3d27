"""Heavy shifts: at most K in a row, M a week, and rest after one."""

from dataclasses import replace
from datetime import timedelta

from constraints.heavy_shifts import HeavyShifts
from planner.domain import HeavyLimits, Period
from planner.settings import HardSettings
from tests.builders import MONDAY, activity, professional, shift, volunteer
from tests.scheduler.support import alone, plan, problem

NIGHT = activity("nacht", "Nachtopvang", start="20:00", end="08:00", heavy=True, volunteers_max=1)
NIGHTS = [shift(NIGHT, MONDAY + timedelta(days=i)) for i in range(7)]
# Room in their contracts for every night: only the heavy-shift limits stop them.
ELS = professional(hours_per_week=100)
PIET = professional("piet", "Piet Claes", hours_per_week=100)


def nights_of(planned, person):
    return [s.local_date.weekday() for s in NIGHTS if person in planned.on(s)]


def test_at_most_two_heavy_nights_in_a_row_then_a_colleague():
    hard = HardSettings(heavy_max_in_row=2, heavy_max_per_week=7)
    planned = plan(problem(NIGHTS, [ELS, PIET], hard=hard), alone(HeavyShifts()))
    assert planned.roster.unstaffed == {}
    for person in ("els", "piet"):
        days = nights_of(planned, person)
        assert not any(d + 1 in days and d + 2 in days for d in days), (person, days)


def test_at_most_three_a_week_leaves_a_night_unstaffed_with_one_professional():
    hard = HardSettings(heavy_max_in_row=7, heavy_max_per_week=3)
    planned = plan(problem(NIGHTS, [ELS], hard=hard), alone(HeavyShifts()))
    assert len(nights_of(planned, "els")) == 3
    assert len(planned.roster.unstaffed) == 4


def test_a_person_of_their_own_limit_replaces_the_organisations():
    own = replace(ELS, heavy=HeavyLimits(per_week=1))
    hard = HardSettings(heavy_max_in_row=7, heavy_max_per_week=7)
    planned = plan(problem(NIGHTS, [own], hard=hard), alone(HeavyShifts()))
    assert len(nights_of(planned, "els")) == 1


def test_professionals_are_free_of_the_limits_when_the_organisation_says_so():
    hard = HardSettings(
        heavy_max_in_row=1,
        heavy_max_per_week=1,
        heavy_professionals=False,
        max_consecutive_days=7,
    )
    planned = plan(problem(NIGHTS, [ELS], hard=hard), alone(HeavyShifts()))
    assert planned.roster.unstaffed == {}
    # Volunteers stay bound: one night for Jan, whatever is wanted.
    jan = volunteer()
    wanted = activity(
        "nacht",
        "Nachtopvang",
        start="20:00",
        end="08:00",
        heavy=True,
        volunteers_min=1,
        volunteers_max=1,
    )
    nights = [shift(wanted, MONDAY + timedelta(days=i)) for i in range(7)]
    from constraints.volunteers_min import VolunteersMin

    planned = plan(problem(nights, [ELS, jan], hard=hard), alone(HeavyShifts(), VolunteersMin()))
    assert len(planned.shifts_of(jan)) == 1


def test_rest_after_a_heavy_shift_keeps_the_next_morning_free():
    morning = activity("inloop", start="09:00", end="12:00", rrule="FREQ=DAILY")
    tuesday = shift(morning, MONDAY + timedelta(days=1))
    monday_night = NIGHTS[0]
    hard = HardSettings(heavy_rest=timedelta(hours=12), min_rest=timedelta(hours=0))
    planned = plan(
        problem([monday_night, tuesday], [ELS], hard=hard, period=Period(MONDAY)),
        alone(HeavyShifts(rest=timedelta(hours=12))),
    )
    assert len(planned.shifts_of(ELS)) == 1


def test_published_heavy_nights_just_before_the_period_count_toward_the_run():
    from constraints.professional_cover import ProfessionalCover
    from planner.domain import Assignment, Role
    from planner.settings import RuleSettings
    from planner.solver.problem import PlanningProblem
    from tests.builders import org

    saturday, sunday = (shift(NIGHT, MONDAY - timedelta(days=d)) for d in (2, 1))
    outside = [(s, Assignment(s.id, "els", Role.PROFESSIONAL)) for s in (saturday, sunday)]
    hard = HardSettings(heavy_max_in_row=2, heavy_max_per_week=7, max_consecutive_days=7)
    p = PlanningProblem.build(
        org([NIGHT], [ELS]),
        Period(MONDAY),
        NIGHTS[:2],
        outside=outside,
        settings=RuleSettings(hard),
    )
    planned = plan(p, [ProfessionalCover(), HeavyShifts()])
    # Els worked Saturday and Sunday night: Monday would be a third in a row, Tuesday is not.
    assert NIGHTS[0].id in planned.roster.unstaffed
    assert planned.on(NIGHTS[1]) == {"els"}
