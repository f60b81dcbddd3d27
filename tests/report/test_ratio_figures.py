"""The ratio report's figures on tiny exact instances."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from planner.domain import Period, Role
from planner.i18n.explanations import summary_text
from planner.reasons import Blocked, Reason, UnstaffedReason, Verdict
from planner.report.ratios import compute_ratios
from planner.rule_id import RuleId

from .builders import (
    MONDAY,
    activity,
    organisation,
    professional,
    roster,
    shifts_of,
    volunteer,
)

pytestmark = pytest.mark.usefixtures("english")

P, V = Role.PROFESSIONAL, Role.VOLUNTEER
WEEK = Period(MONDAY, 1)


def report_of(org, period, *places, unstaffed=None, earlier=()):
    shifts = generate(org, period)
    return compute_ratios(
        org, period, shifts, roster(period, *places, unstaffed=unstaffed), earlier=earlier
    )


def generate(org, period):
    return shifts_of(org, period.weeks, period.start)


def test_one_staffed_shift_gives_exact_hours_and_ratios():
    org = organisation(people=[professional("els"), volunteer("jan"), volunteer("an")])
    (shift,) = generate(org, WEEK)
    report = report_of(org, WEEK, (shift.id, "els", P), (shift.id, "jan", V), (shift.id, "an", V))

    total = report.total
    assert (total.shifts, total.covered, total.cover) == (1, 1, 1.0)
    assert (total.professional_hours, total.volunteer_hours) == (4.0, 8.0)
    assert total.volunteer_hours_per_professional_hour == 2.0
    assert total.volunteers_per_professional_mean == 2.0
    assert total.volunteers_per_professional_max == 2.0
    assert report.activity_totals()[0].figures.volunteers_per_professional_allowed == 2
    assert report.exceptions == []


def test_shift_left_unstaffed_is_listed_with_its_reason_and_lowers_cover():
    org = organisation(
        activities=[activity(rrule="FREQ=WEEKLY;BYDAY=MO,TU")], people=[professional("els")]
    )
    monday, tuesday = generate(org, WEEK)
    report = report_of(
        org,
        WEEK,
        (monday.id, "els", P),
        unstaffed={
            tuesday.id: UnstaffedReason(
                Verdict.NO_PROFESSIONAL_FREE,
                needed=1,
                blocked=(Blocked(Reason.of(RuleId.ABSENCE, kind="sickness"), ("els",)),),
            )
        },
    )

    assert report.total.cover == 0.5
    assert [(e.shift_id, summary_text(e.reason)) for e in report.exceptions] == [
        (tuesday.id, "no qualified professional free (1 absent)")
    ]


def test_volunteer_in_shift_never_counts_as_cover():
    org = organisation(people=[volunteer("jan")])
    (shift,) = generate(org, WEEK)
    report = report_of(org, WEEK, (shift.id, "jan", V))

    assert report.total.cover == 0.0
    assert "0 of 1 qualified professional" in summary_text(report.exceptions[0].reason)


def test_professional_without_the_required_qualification_does_not_cover():
    org = organisation(
        activities=[activity(qualifications=frozenset({"nurse"}))], people=[professional("els")]
    )
    (shift,) = generate(org, WEEK)
    report = report_of(org, WEEK, (shift.id, "els", P))

    assert report.total.covered == 0
    assert "nurse" in summary_text(report.exceptions[0].reason)


def test_shift_not_planned_yet_is_counted_apart_and_is_no_cover_failure():
    org = organisation(
        activities=[activity(rrule="FREQ=WEEKLY;BYDAY=MO,TU")], people=[professional("els")]
    )
    monday, tuesday = generate(org, WEEK)
    report = report_of(org, WEEK, (monday.id, "els", P))  # Tuesday is in no roster yet

    assert (report.total.shifts, report.total.unplanned, report.total.cover) == (2, 1, 1.0)
    assert report.exceptions == []


def test_first_of_four_weeks_planned_reads_full_cover_and_three_weeks_not_planned():
    org = organisation(people=[professional("els")])
    month = Period(MONDAY, 4)
    first = generate(org, month)[0]
    report = report_of(org, month, (first.id, "els", P))

    assert (report.total.cover, report.total.unplanned) == (1.0, 3)
    assert [r.figures.cover for r in report.week_totals()] == [1.0, None, None, None]


def test_planned_shift_nobody_is_on_is_still_an_exception():
    org = organisation(people=[professional("els")])
    (shift,) = generate(org, WEEK)
    report = report_of(org, WEEK, unstaffed={shift.id: UnstaffedReason(Verdict.NOBODY_ASSIGNED)})

    assert (report.total.cover, report.total.unplanned) == (0.0, 0)
    assert [summary_text(e.reason) for e in report.exceptions] == ["nobody assigned"]


def test_nothing_planned_has_no_cover_figure_rather_than_zero():
    org = organisation(people=[professional("els")])
    report = report_of(org, WEEK)

    assert (report.total.cover, report.total.unplanned, report.exceptions) == (None, 1, [])


def test_night_across_the_autumn_clock_change_counts_thirteen_real_hours():
    night = activity("nacht", rrule="FREQ=DAILY", start=time(20, 0), end=time(8, 0))
    org = organisation(activities=[night], people=[professional("els")])
    period = Period(date(2026, 10, 24), 1)
    first = generate(org, period)[0]  # Saturday 24 October, clocks go back that night
    report = report_of(org, period, (first.id, "els", P))

    assert report.total.professional_hours == 13.0


def test_closed_shift_on_a_public_holiday_is_not_counted():
    # Wednesday 11 November 2026 is Armistice Day, a Belgian public holiday.
    org = organisation(activities=[activity(rrule="FREQ=WEEKLY;BYDAY=WE")])
    report = report_of(org, Period(date(2026, 11, 9), 1))

    assert report.total.shifts == 0
    assert report.closed_shifts == 1


def test_continuity_counts_home_activity_and_earlier_weeks():
    org = organisation(
        people=[professional("els", home="inloop"), volunteer("jan"), volunteer("an")]
    )
    two_weeks = Period(MONDAY, 2)
    week1, week2 = generate(org, two_weeks)
    report = report_of(
        org,
        two_weeks,
        (week1.id, "els", P),
        (week1.id, "jan", V),  # new in week 1: not yet regular
        (week2.id, "els", P),
        (week2.id, "jan", V),  # did it in week 1: regular in week 2
        (week2.id, "an", V),  # new
    )

    by_week = {r.week: r.figures for r in report.rows if r.activity_id == "inloop"}
    assert (by_week[week1.local_date].regular_places, by_week[week1.local_date].places) == (1, 2)
    assert (by_week[week2.local_date].regular_places, by_week[week2.local_date].places) == (2, 3)
    assert report.total.continuity == pytest.approx(3 / 5)


def test_place_in_the_four_weeks_before_the_window_makes_a_regular():
    org = organisation(people=[professional("els"), volunteer("jan")])
    before = Period(date(2026, 10, 26), 1)
    (earlier_shift,) = generate(org, before)
    (shift,) = generate(org, WEEK)
    from planner.domain import Assignment

    report = report_of(
        org,
        WEEK,
        (shift.id, "els", P),
        (shift.id, "jan", V),
        earlier=[(Assignment(earlier_shift.id, "jan", V), earlier_shift)],
    )

    assert report.total.regular_places == 1  # Jan, not Els


def test_volunteer_at_their_own_weekly_limit_is_counted_at_limit():
    org = organisation(
        activities=[activity(rrule="FREQ=WEEKLY;BYDAY=MO,TU")],
        people=[professional("els"), volunteer("jan", per_week=2), volunteer("an", per_week=4)],
    )
    monday, tuesday = generate(org, WEEK)
    report = report_of(
        org,
        WEEK,
        (monday.id, "els", P),
        (tuesday.id, "els", P),
        (monday.id, "jan", V),
        (tuesday.id, "jan", V),
        (monday.id, "an", V),
    )

    week = report.volunteer_load[0]
    assert (week.max_load, week.median_load, week.at_limit, week.over_limit) == (1.0, 0.625, 1, 0)


def test_monthly_limit_counts_in_the_window_load():
    org = organisation(people=[professional("els"), volunteer("jan", per_week=2, per_month=2)])
    two_weeks = Period(MONDAY, 2)
    week1, week2 = generate(org, two_weeks)
    report = report_of(
        org,
        two_weeks,
        (week1.id, "els", P),
        (week2.id, "els", P),
        (week1.id, "jan", V),
        (week2.id, "jan", V),
    )

    assert [x.max_load for x in report.volunteer_load] == [0.5, 0.5, 1.0]


def test_professional_hours_against_contract():
    org = organisation(people=[professional("els", hours=19), professional("piet", hours=38)])
    (shift,) = generate(org, WEEK)
    report = report_of(org, WEEK, (shift.id, "els", P))

    week = report.contract_hours[0]
    assert (week.hours, week.contract_hours) == (4.0, 57.0)
    assert (week.min_share, week.max_share) == (0.0, pytest.approx(4 / 19))


def test_ratio_above_the_allowed_is_counted():
    org = organisation(
        activities=[activity(per_professional=1)],
        people=[professional("els"), volunteer("jan"), volunteer("an")],
    )
    (shift,) = generate(org, WEEK)
    report = report_of(org, WEEK, (shift.id, "els", P), (shift.id, "jan", V), (shift.id, "an", V))

    assert report.total.shifts_over_ratio == 1


def test_newcomer_places_and_the_mentors_beside_them_are_counted():
    from dataclasses import replace

    nora = replace(volunteer("nora"), newcomer=True)
    mondays = activity(rrule="FREQ=WEEKLY;BYDAY=MO,TU")
    org = organisation([mondays], [professional("els"), volunteer("jan"), volunteer("an"), nora])
    first, second = generate(org, WEEK)
    report = report_of(
        org,
        WEEK,
        (first.id, "els", P),
        (first.id, "jan", V),
        (first.id, "nora", V),
        (second.id, "els", P),
        (second.id, "an", V),
    )
    # Nora's shift: one newcomer place, Jan beside her (the professional does not mentor
    # here); the other shift has no newcomer, so nobody there counts as a mentor.
    assert (report.total.newcomer_places, report.total.mentor_places) == (1, 1)


def test_a_shift_that_started_before_it_was_planned_is_not_recorded_not_unplanned():
    # Planned on Tuesday at 14:00: Monday and Tuesday morning had started, nothing is on them;
    # Wednesday is staffed, Thursday still to come and not planned.
    org = organisation(
        activities=[activity(rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH")], people=[professional("els")]
    )
    _, _, wednesday, _ = generate(org, WEEK)
    tuesday_afternoon = datetime.combine(
        MONDAY + timedelta(days=1), time(14, 0), ZoneInfo("Europe/Brussels")
    )
    report = compute_ratios(
        org,
        WEEK,
        generate(org, WEEK),
        roster(WEEK, (wednesday.id, "els", P)),
        now=tuesday_afternoon,
    )

    total = report.total
    assert (total.shifts, total.unrecorded, total.unplanned, total.planned) == (4, 2, 1, 1)
    assert (total.cover, total.ran_unstaffed, report.exceptions) == (1.0, 0, [])
