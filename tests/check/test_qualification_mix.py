"""The qualification mix: the checker rejects a staffed shift short of a hard need."""

from planner.domain import Among, Need
from tests.builders import activity, assign, professional, shift, volunteer
from tests.check.support import violations

ELS = professional("els", qualifications=("social_worker",))
PIET = professional("piet", "Piet Claes", qualifications=("social_worker",))
LIES = professional("lies", "Lies Maes", qualifications=("nurse",))
MIX = (Need(1, frozenset({"nurse"})), Need(1, frozenset({"social_worker"})))


def test_two_social_workers_where_a_nurse_is_needed():
    s = shift(activity("zorg", "Zorgspreekuur", professionals=2, needs=MIX))
    found = violations([s], [ELS, PIET], assign(s, ELS), assign(s, PIET))
    assert [v.message for v in found] == [
        "Zorgspreekuur Mon 30 Nov 09:00 needs 1 professional with nurse; it has 0."
    ]
    assert violations([s], [ELS, LIES], assign(s, ELS), assign(s, LIES)) == []


def test_a_language_one_of_which_is_enough_among_everyone():
    need = Need(1, frozenset({"ar", "fr"}), Among.EVERYONE)
    s = shift(activity(volunteers_max=1, needs=(need,)))
    jan = volunteer()
    found = violations([s], [ELS, jan], assign(s, ELS), assign(s, jan))
    assert [v.message for v in found] == [
        "Inloop Mon 30 Nov 09:00 needs 1 person with ar or fr; it has 0."
    ]
    speaks = professional("els", qualifications=("social_worker",), languages=("fr",))
    assert violations([s], [speaks, jan], assign(s, speaks), assign(s, jan)) == []


def test_an_unstaffed_shift_is_not_short_of_its_mix():
    s = shift(activity("zorg", professionals=2, needs=MIX))
    assert violations([s], [ELS], unstaffed={s.id: "-"}) == []
