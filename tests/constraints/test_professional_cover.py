"""Professional cover: each open shift gets its qualified professionals, or nobody."""

from constraints.contract_hours import ContractHours
from tests.builders import activity, professional, shift, volunteer
from tests.scheduler.support import alone, plan, problem


def test_a_qualified_professional_staffs_the_shift():
    s = shift(activity(qualifications=("nurse",)))
    els = professional("els", qualifications=("nurse",))
    piet = professional("piet", "Piet Claes")
    planned = plan(problem([s], [els, piet]), alone())
    assert planned.on(s) == {"els"}
    assert planned.roster.unstaffed == {}


def test_without_a_qualified_professional_the_shift_is_unstaffed_and_empty():
    s = shift(activity(qualifications=("nurse",), volunteers_max=2, volunteers_min=1))
    planned = plan(problem([s], [professional("piet"), volunteer("jan")]))
    assert set(planned.roster.unstaffed) == {s.id}
    assert planned.on(s) == set()
    assert planned.cost("unstaffed_shift") == 100_000


def test_two_professionals_needed_and_only_one_there_leaves_it_unstaffed():
    s = shift(activity(professionals=2))
    planned = plan(problem([s], [professional("els")]), alone())
    assert set(planned.roster.unstaffed) == {s.id}


def test_no_more_professionals_than_needed_even_when_they_want_hours():
    s = shift(activity(professionals=1))
    people = [professional("els"), professional("piet", "Piet Claes")]
    planned = plan(problem([s], people), alone(ContractHours()))
    assert len(planned.on(s)) == 1
