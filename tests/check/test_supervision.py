"""Supervision: volunteers allowed, at most volunteers_max, at most ratio x professionals,
and at least min_people on a staffed shift."""

from tests.builders import activity, assign, professional, shift, volunteer
from tests.check.support import rules, violations

ELS = professional()
JAN, AN, LIES = (
    volunteer("jan", "Jan Peeters"),
    volunteer("an", "An Dubois"),
    volunteer("lies", "Lies Maes"),
)


def test_more_volunteers_than_the_maximum():
    s = shift(activity(volunteers_max=2))
    found = violations([s], [ELS, JAN, AN, LIES], *(assign(s, p) for p in (ELS, JAN, AN, LIES)))
    assert [v.message for v in found] == ["Inloop Mon 30 Nov 09:00 has 3 volunteers, at most 2."]


def test_ratio_per_professional():
    s = shift(activity(volunteers_max=5, ratio=2))
    found = violations([s], [ELS, JAN, AN, LIES], *(assign(s, p) for p in (ELS, JAN, AN, LIES)))
    assert [v.message for v in found] == [
        "Inloop Mon 30 Nov 09:00 has 3 volunteers for 1 professional, at most 2 per professional."
    ]


def test_ratio_met_exactly_is_fine():
    s = shift(activity(volunteers_max=5, ratio=2))
    assert violations([s], [ELS, JAN, AN], *(assign(s, p) for p in (ELS, JAN, AN))) == []


def test_no_volunteers_where_they_do_not_take_part():
    s = shift(activity("spreekuur", "Spreekuur", volunteers_allowed=False))
    found = violations([s], [ELS, JAN], assign(s, ELS), assign(s, JAN))
    assert [v.message for v in found] == [
        "Spreekuur Mon 30 Nov 09:00 has volunteers, but volunteers do not take part in Spreekuur."
    ]


def test_nobody_alone_at_night():
    night = activity(
        "nachtopvang", "Nachtopvang", start="20:00", end="08:00", volunteers_max=2, min_people=2
    )
    s = shift(night)
    found = violations([s], [ELS], assign(s, ELS))
    assert [v.message for v in found] == [
        "Nachtopvang Mon 30 Nov 20:00 has 1 person, needs at least 2 (nobody alone)."
    ]
    assert violations([s], [ELS, JAN], assign(s, ELS), assign(s, JAN)) == []


def test_min_people_does_not_apply_to_an_unstaffed_shift():
    night = activity("nachtopvang", start="20:00", end="08:00", min_people=2)
    s = shift(night)
    assert violations([s], [ELS], unstaffed={s.id: "no professional free"}) == []


def test_twice_on_one_shift():
    s = shift()
    found = violations([s], [ELS], assign(s, ELS), assign(s, ELS))
    assert rules(found) == ["no_overlap"]
