"""Heavy shifts: the checker rejects too many in a row, a week or a month, and too little
rest after one, and says so."""

from dataclasses import replace
from datetime import timedelta

from planner.domain import HeavyLimits
from planner.settings import HardSettings
from tests.builders import MONDAY, activity, assign, professional, shift, volunteer
from tests.check.support import violations

NIGHT = activity("nacht", "Nachtopvang", start="20:00", end="08:00", heavy=True, volunteers_max=1)
NIGHTS = [shift(NIGHT, MONDAY + timedelta(days=i)) for i in range(7)]
ELS = professional()


def test_three_heavy_nights_in_a_row_is_one_too_many():
    hard = HardSettings(heavy_max_in_row=2)
    found = violations(NIGHTS[:3], [ELS], *(assign(s, ELS) for s in NIGHTS[:3]), hard=hard)
    assert [v.message for v in found] == [
        "Els Vermeulen works 3 heavy shifts in a row from Mon 30 Nov, at most 2."
    ]
    assert violations(NIGHTS[:2], [ELS], *(assign(s, ELS) for s in NIGHTS[:2]), hard=hard) == []


def test_more_heavy_shifts_in_a_week_than_their_own_limit():
    jan = replace(volunteer(), heavy=HeavyLimits(per_week=1))
    on = [NIGHTS[0], NIGHTS[3]]
    hard = HardSettings(heavy_professionals=False)
    people = (assign(s, p) for s in on for p in (ELS, jan))
    found = violations(on, [ELS, jan], *people, hard=hard)
    assert [v.message for v in found] == [
        "Jan Peeters has 2 heavy shifts in the week of Mon 30 Nov, at most 1."
    ]


def test_too_little_rest_after_a_heavy_night():
    morning = shift(activity("inloop", start="09:00", end="12:00"), MONDAY + timedelta(days=1))
    hard = HardSettings(
        heavy_rest=timedelta(hours=12), min_rest=timedelta(0), forbidden_successions=()
    )
    found = violations(
        [NIGHTS[0], morning], [ELS], assign(NIGHTS[0], ELS), assign(morning, ELS), hard=hard
    )
    assert [v.rule for v in found] == ["heavy_shifts"]
    assert found[0].message == (
        "Els Vermeulen has 1 h rest between Nachtopvang Mon 30 Nov 20:00 and "
        "Inloop Tue 1 Dec 09:00, at least 12 h after a heavy shift."
    )


def test_professionals_unbound_when_the_organisation_says_so():
    hard = HardSettings(heavy_max_in_row=1, heavy_professionals=False)
    assert violations(NIGHTS[:3], [ELS], *(assign(s, ELS) for s in NIGHTS[:3]), hard=hard) == []
