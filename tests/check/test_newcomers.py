"""Newcomers with a mentor: the checker rejects a newcomer without an experienced person on
the shift, and says so."""

from datetime import timedelta

from planner.domain import Assignment, Period, Role
from planner.settings import HardSettings
from tests.builders import MONDAY, activity, assign, professional, shift, volunteer
from tests.check.support import violations

ELS = professional()
NORA = volunteer("nora", "Nora Nieuw", newcomer=True)
JAN = volunteer("jan", "Jan Peeters")


def test_a_newcomer_beside_only_a_professional_is_refused():
    s = shift(activity(volunteers_max=2))
    found = violations([s], [ELS, NORA], assign(s, ELS), assign(s, NORA))
    assert [v.message for v in found] == [
        "Nora Nieuw is new to Inloop and has no experienced volunteer beside them on "
        "Inloop Mon 30 Nov 09:00."
    ]
    assert [v.reason for v in found] == [
        "is new to Inloop: needs an experienced volunteer on Inloop Mon 30 Nov 09:00"
    ]


def test_an_experienced_volunteer_beside_them_is_fine():
    s = shift(activity(volunteers_max=2))
    assert violations([s], [ELS, NORA, JAN], *(assign(s, p) for p in (ELS, NORA, JAN))) == []


def test_a_professional_mentors_where_the_activity_says_so():
    s = shift(activity(volunteers_max=2, professionals_mentor=True))
    assert violations([s], [ELS, NORA], assign(s, ELS), assign(s, NORA)) == []


def test_fewer_shifts_before_than_the_setting_is_new_to_that_activity():
    inloop = activity(volunteers_max=2)
    s, before = shift(inloop), shift(inloop, MONDAY.replace(day=23))
    piet = volunteer("piet", "Piet Claes")
    hard = HardSettings(newcomer_shifts=1)
    on = (assign(s, ELS), assign(s, JAN), assign(s, piet))
    found = violations([s], [ELS, JAN, piet], *on, hard=hard)
    assert sorted(v.person_id for v in found) == ["jan", "piet"]
    done = [Assignment(before.id, "jan", Role.VOLUNTEER)]
    assert violations([s], [ELS, JAN, piet], *on, hard=hard, history=done) == []


def test_an_earlier_shift_of_the_checked_roster_makes_a_volunteer_experienced():
    # Checked as one block of two weeks: Jan's first Monday, beside a professional who
    # mentors, makes him experienced on the second, as it would had the weeks been planned
    # and published one by one.
    mentors = activity(volunteers_max=2, professionals_mentor=True, rrule="FREQ=WEEKLY")
    first, second = shift(mentors), shift(mentors, MONDAY + timedelta(weeks=1))
    piet = volunteer("piet", "Piet Claes")
    hard = HardSettings(newcomer_shifts=1)
    on = (assign(first, ELS), assign(first, JAN), assign(second, ELS), assign(second, JAN),
          assign(second, piet))  # fmt: skip
    two_weeks = Period(MONDAY, 2)
    assert violations([first, second], [ELS, JAN, piet], *on, hard=hard, period=two_weeks) == []
    # Without professionals as mentors, Jan alone was new on the first Monday.
    strict = activity(volunteers_max=2, rrule="FREQ=WEEKLY")
    first, second = shift(strict), shift(strict, MONDAY + timedelta(weeks=1))
    on = (assign(first, ELS), assign(first, JAN), assign(second, ELS), assign(second, JAN),
          assign(second, piet))  # fmt: skip
    found = violations([first, second], [ELS, JAN, piet], *on, hard=hard, period=two_weeks)
    assert [(v.person_id, v.shift_id) for v in found] == [("jan", first.id)]


def test_experience_counts_the_four_weeks_before_each_shift():
    inloop = activity(volunteers_max=2)
    s = shift(inloop)
    piet = volunteer("piet", "Piet Claes")
    hard = HardSettings(newcomer_shifts=1)
    on = (assign(s, ELS), assign(s, JAN), assign(s, piet))
    for weeks, new in ((4, []), (5, ["jan", "piet"])):
        before = shift(inloop, MONDAY - timedelta(weeks=weeks))
        outside = [(before, assign(before, JAN))]
        found = violations([s], [ELS, JAN, piet], *on, hard=hard, outside=outside)
        assert sorted(v.person_id for v in found) == new, weeks
