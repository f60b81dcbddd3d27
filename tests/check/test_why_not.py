"""why_not: the same rules as check_roster, asked about one person in one place."""

from datetime import timedelta

import pytest

from planner.check import why_not as why_not_data
from planner.domain import Period, Role
from planner.i18n.reasons import phrase
from planner.i18n.words import Words
from planner.settings import HardSettings
from tests.builders import (
    MONDAY,
    absence,
    activity,
    assign,
    org,
    professional,
    roster,
    shift,
    volunteer,
)

pytestmark = pytest.mark.usefixtures("english")

TUESDAY = MONDAY + timedelta(days=1)


def why_not(organisation, *facts) -> list[str]:
    """The checker's why-not, worded as a candidate list shows it."""
    words = Words.of(organisation)
    return [phrase(r, words) for r in why_not_data(organisation, *facts)]


LATE = activity("avond", "Avond", start="17:00", end="23:00")
EARLY = activity("ontbijt", "Ontbijt", start="07:00", end="09:00", volunteers_max=1)


def _why(shifts, people, target, who, role=None, *assignments, absences=(), unstaffed=None):
    activities = {s.activity.id: s.activity for s in shifts}
    role = role or (Role.PROFESSIONAL if who.is_professional else Role.VOLUNTEER)
    return why_not(
        org(list(activities.values()), people),
        Period(MONDAY),
        shifts,
        roster(*assignments, unstaffed=unstaffed),
        absences,
        HardSettings(),
        target,
        who,
        role,
    )


def test_free_means_no_reason():
    els, s = professional(), shift(EARLY, TUESDAY)
    assert _why([s], [els], s, els) == []


def test_on_leave():
    els, s = professional(), shift(EARLY, TUESDAY)
    assert _why([s], [els], s, els, absences=[absence("els")]) == ["on leave"]


def test_rest_names_the_other_shift():
    els = professional()
    late, early = shift(LATE), shift(EARLY, TUESDAY)
    assert _why([late, early], [els], early, els, None, assign(late, els)) == [
        "needs rest after Avond Mon 30 Nov 17:00 (8 h, at least 11 h)"
    ]
    assert _why([late, early], [els], late, els, None, assign(early, els)) == [
        "needs rest before Ontbijt Tue 1 Dec 07:00 (8 h, at least 11 h)"
    ]


def test_the_afternoon_after_the_morning_of_one_day_needs_no_rest_a_night_does():
    els = professional(max_hours_per_day=24)
    morning = shift(activity("inloop-vm", "Inloop VM", start="09:00", end="12:30"))
    afternoon = shift(activity("inloop-nm", "Inloop NM", start="13:30", end="17:00"))
    night = shift(activity("nacht", "Nacht", start="20:00", end="08:00"))
    shifts = [morning, afternoon, night]
    assert _why(shifts, [els], afternoon, els, None, assign(morning, els)) == []
    assert _why(shifts, [els], night, els, None, assign(morning, els)) == [
        "needs rest after Inloop VM Mon 30 Nov 09:00 "
        "(a working day of 23 h, at most 13 h; 7 h 30 min rest, at least 11 h)"
    ]


def test_a_volunteer_asked_for_a_professionals_place():
    jan, els = volunteer(), professional()
    s = shift(EARLY, TUESDAY)
    assert _why([s], [jan, els], s, jan, Role.PROFESSIONAL, assign(s, els)) == [
        "is a volunteer: a volunteer cannot take a professional's place"
    ]


def test_a_broken_rule_already_there_is_not_held_against_the_newcomer():
    # Bart is on leave but on the shift already (a stale roster); Els may still join.
    els, bart = professional(), professional("bart", "Bart Claes")
    s = shift(activity("inloop", professionals=2), TUESDAY)
    reasons = _why([s], [els, bart], s, els, None, assign(s, bart), absences=[absence("bart")])
    assert reasons == []


def test_rest_across_the_period_edge_counts_published_work_outside():
    from planner.check import check_roster

    els = professional()
    sunday_late = shift(LATE, MONDAY - timedelta(days=1))
    monday_early = shift(EARLY)
    found = check_roster(
        org([LATE, EARLY], [els]),
        Period(MONDAY),
        [monday_early],
        roster(assign(monday_early, els)),
        [],
        HardSettings(),
        outside=[(sunday_late, assign(sunday_late, els))],
    )
    assert [(v.rule, v.shift_id) for v in found] == [("rest_between_shifts", monday_early.id)]


def test_travel_and_weekend_reasons_name_the_other_shift_and_the_count():
    els = professional()
    here = shift(activity("inloop", "Inloop", start="09:00", end="12:00"))
    there = shift(activity("buurtwerk", "Buurtwerk", start="12:10", end="13:00", site="Wijkhuis"))
    hard = HardSettings(min_rest=timedelta(0))
    activities = [here.activity, there.activity]
    reasons = why_not(
        org(activities, [els]),
        Period(MONDAY),
        [here, there],
        roster(assign(here, els)),
        [],
        hard,
        there,
        els,
        Role.PROFESSIONAL,
    )
    assert reasons == [
        "has too little travel time to or from Inloop Mon 30 Nov 09:00 (10 min, needs 30 min)"
    ]
    sat = shift(
        activity("weekend", "Weekend", start="10:00", end="12:00"), MONDAY + timedelta(days=5)
    )
    reasons = why_not(
        org([sat.activity], [els]),
        Period(MONDAY),
        [sat],
        roster(),
        [],
        HardSettings(max_working_weekends=0),
        sat,
        els,
        Role.PROFESSIONAL,
    )
    assert reasons == ["would work 1 weekend in 4 weeks (at most 0)"]
