"""Professional cover: a staffed open shift has its qualified professionals."""

from tests.builders import activity, assign, professional, shift
from tests.check.support import rules, violations

NIGHT = activity(
    "nachtopvang", "Nachtopvang", start="20:00", end="08:00", qualifications=("social_worker",)
)


def test_a_qualified_professional_covers_the_shift():
    s, els = shift(NIGHT), professional(qualifications=("social_worker", "first_aid"))
    assert violations([s], [els], assign(s, els)) == []


def test_an_unqualified_professional_is_named_with_the_missing_qualification():
    s, bart = shift(NIGHT), professional("bart", "Bart Claes")
    found = violations([s], [bart], assign(s, bart))
    named = [(v.person_id, v.reason) for v in found if v.person_id]
    assert named == [("bart", "not qualified: social worker")]
    # ...and the shift itself is not covered either
    assert rules(found) == ["qualification", "professional_cover"]


def test_a_shift_without_professional_not_reported_unstaffed_is_a_violation():
    s = shift()
    found = violations([s], [])
    assert len(found) == 1
    assert found[0].rule == "professional_cover" and found[0].shift_id == s.id
    assert "Inloop Mon 30 Nov 09:00 has 0 qualified professionals, needs 1" in found[0].message


def test_a_shift_reported_unstaffed_may_be_empty():
    s = shift()
    assert violations([s], [], unstaffed={s.id: "no professional free"}) == []


def test_two_professionals_needed_one_present():
    act = activity(professionals=2)
    s, els = shift(act), professional()
    found = violations([s], [els], assign(s, els))
    assert rules(found) == ["professional_cover"]
    assert "has 1 qualified professional, needs 2" in found[0].message


def test_closed_shift_has_nobody_and_needs_nobody():
    s = shift(closed_reason="public holiday: Kerstmis")
    els = professional()
    assert violations([s], [els]) == []
    found = violations([s], [els], assign(s, els))
    assert rules(found) == ["closed_shift"]
    assert found[0].message == (
        "Els Vermeulen is on Inloop Mon 30 Nov 09:00, which is closed (public holiday: Kerstmis)."
    )
