"""A volunteer never takes a professional's place, and never runs a shift alone."""

from planner.domain import Role
from tests.builders import activity, assign, professional, shift, volunteer
from tests.check.support import rules, violations

TAALCAFE = activity("taalcafe", "Taalcafé", volunteers_max=3)


def test_a_volunteer_in_the_professional_place_is_named():
    s, jan = shift(TAALCAFE), volunteer()
    found = violations([s], [jan], assign(s, jan, Role.PROFESSIONAL))
    assert ("no_replacement", "jan") in [(v.rule, v.person_id) for v in found]
    text = [v.message for v in found if v.rule == "no_replacement"]
    assert text == [
        "Jan Peeters is a volunteer but fills a professional's place on Taalcafé Mon 30 Nov 09:00."
    ]
    # and the volunteer does not count toward cover
    assert "professional_cover" in rules(found)


def test_an_unstaffed_shift_has_no_volunteers():
    s, jan = shift(TAALCAFE), volunteer()
    found = violations([s], [jan], assign(s, jan), unstaffed={s.id: "no professional free"})
    assert [(v.rule, v.person_id) for v in found] == [("no_replacement", "jan")]
    assert found[0].message == "Jan Peeters is on Taalcafé Mon 30 Nov 09:00, which is unstaffed."


def test_a_volunteer_with_a_professional_is_fine():
    s, els, jan = shift(TAALCAFE), professional(), volunteer()
    assert violations([s], [els, jan], assign(s, els), assign(s, jan)) == []
