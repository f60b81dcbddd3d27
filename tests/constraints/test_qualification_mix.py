"""The qualification mix: "1 nurse and 1 social worker", a volunteer with first aid, someone
who speaks Arabic or French (wanted)."""

from dataclasses import replace

from constraints.mix_wanted import MixWanted
from constraints.qualification_mix import QualificationMix
from constraints.volunteers_min import VolunteersMin
from planner.domain import Among, Need
from tests.builders import activity, professional, shift, volunteer
from tests.scheduler.support import alone, plan, problem

NURSE = Need(1, frozenset({"nurse"}))
SOCIAL = Need(1, frozenset({"social_worker"}))
ELS = professional("els", qualifications=("social_worker",))
PIET = professional("piet", "Piet Claes", qualifications=("social_worker",))
LIES = professional("lies", "Lies Maes", qualifications=("nurse",))


def test_a_nurse_and_a_social_worker_not_two_social_workers():
    s = shift(activity("zorg", professionals=2, needs=(NURSE, SOCIAL), volunteers_allowed=False))
    planned = plan(problem([s], [ELS, PIET, LIES]), alone(QualificationMix()))
    assert planned.on(s) in ({"els", "lies"}, {"piet", "lies"})


def test_without_a_nurse_the_shift_stays_unstaffed():
    s = shift(activity("zorg", professionals=2, needs=(NURSE, SOCIAL), volunteers_allowed=False))
    planned = plan(problem([s], [ELS, PIET]), alone(QualificationMix()))
    assert s.id in planned.roster.unstaffed
    assert planned.on(s) == set()


def test_a_volunteer_with_first_aid_among_the_volunteers():
    aid = Need(1, frozenset({"first_aid"}), Among.VOLUNTEERS)
    s = shift(activity(volunteers_min=1, volunteers_max=2, needs=(aid,)))
    jan = volunteer("jan", "Jan Peeters")
    an = replace(volunteer("an", "An Dubois"), qualifications=frozenset({"first_aid"}))
    planned = plan(problem([s], [ELS, jan, an]), alone(QualificationMix(), VolunteersMin()))
    assert "an" in planned.on(s)


def test_a_wanted_language_is_sought_but_does_not_stop_the_shift():
    arabic = Need(1, frozenset({"ar", "fr"}), Among.EVERYONE, soft=True)
    s = shift(activity(volunteers_max=1, needs=(arabic,)))
    speaks = replace(volunteer("amal", "Amal Haddad"), languages=frozenset({"ar"}))
    planned = plan(problem([s], [ELS, speaks]), alone(MixWanted(weight=100)))
    assert planned.on(s) == {"els", "amal"}
    planned = plan(problem([s], [ELS]), alone(MixWanted(weight=100)))
    assert planned.on(s) == {"els"}
    assert planned.cost("mix_wanted") == 100
