from planner.domain import Role
from tests.builders import assign, professional, shift
from tests.check.support import violations


def test_a_pinned_assignment_missing_from_the_roster_is_named():
    s, els, bart = shift(), professional(), professional("bart", "Bart Claes")
    pin = assign(s, els, pinned=True)
    found = violations([s], [els, bart], assign(s, bart), pinned=[pin])
    assert [(v.rule, v.person_id, v.shift_id) for v in found] == [
        ("pinned_assignments", "els", s.id)
    ]
    assert found[0].message == (
        "Els Vermeulen was pinned on Inloop Mon 30 Nov 09:00 as professional but is not on it."
    )


def test_a_kept_pin_is_fine():
    s, els = shift(), professional()
    pin = assign(s, els, pinned=True)
    assert violations([s], [els], assign(s, els), pinned=[pin]) == []


def test_a_pin_kept_in_another_role_is_not_kept():
    s, els = shift(), professional()
    pin = assign(s, els, Role.VOLUNTEER, pinned=True)
    found = violations([s], [els], assign(s, els), pinned=[pin])
    assert [v.rule for v in found] == ["pinned_assignments"]
