"""Never together: two people who must not share a shift, and not two newcomers together."""

from dataclasses import replace

from constraints.never_together import NeverTogether
from constraints.newcomers import Newcomers
from constraints.volunteers_min import VolunteersMin
from tests.builders import activity, professional, shift, volunteer
from tests.scheduler.support import alone, plan, problem

ELS = professional()
JAN, AN = volunteer("jan", "Jan Peeters"), volunteer("an", "An Dubois")


def test_two_volunteers_who_must_not_meet_never_share_a_shift():
    s = shift(activity(volunteers_min=2, volunteers_max=2))
    jan = replace(JAN, never_with=frozenset({"an"}))
    planned = plan(problem([s], [ELS, jan, AN]), alone(NeverTogether(), VolunteersMin()))
    assert len(planned.on(s) & {"jan", "an"}) == 1


def test_the_pair_holds_whichever_side_named_it():
    s = shift(activity(volunteers_min=1, volunteers_max=1))
    an = replace(AN, never_with=frozenset({"els"}))
    other = professional("piet", "Piet Claes")
    planned = plan(problem([s], [ELS, other, an]), alone(NeverTogether(), VolunteersMin()))
    assert planned.on(s) == {"piet", "an"}


def test_not_two_newcomers_together_on_the_night_shelter():
    night = activity(
        "nacht",
        start="20:00",
        end="08:00",
        volunteers_min=2,
        volunteers_max=2,
        min_people=2,
        professionals_mentor=True,
        newcomers_max=1,
    )
    s = shift(night)
    nora = volunteer("nora", "Nora Nieuw", newcomer=True)
    omar = volunteer("omar", "Omar Nieuw", newcomer=True)
    rules = alone(NeverTogether(), Newcomers(), VolunteersMin())
    planned = plan(problem([s], [ELS, nora, omar]), rules)
    assert len(planned.on(s) & {"nora", "omar"}) == 1
    assert "els" in planned.on(s)
