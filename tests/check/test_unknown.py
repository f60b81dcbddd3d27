"""Assignments naming someone or some shift the checker does not know are violations, named."""

from planner.domain import Assignment, Role
from tests.builders import professional, shift
from tests.check.support import violations


def test_a_person_not_in_the_organisation():
    s, els = shift(), professional()
    found = violations([s], [els], Assignment(s.id, "zoe", Role.PROFESSIONAL), unstaffed={s.id: ""})
    assert [(v.rule, v.message) for v in found] == [
        (
            "known_people_and_shifts",
            "Inloop Mon 30 Nov 09:00 names 'zoe', who is not in the organisation.",
        )
    ]


def test_a_shift_not_in_the_period():
    s, els = shift(), professional()
    stray = Assignment("inloop@2026-12-25T09:00", "els", Role.PROFESSIONAL)
    found = violations([s], [els], stray, unstaffed={s.id: ""})
    assert [(v.rule, v.message) for v in found] == [
        (
            "known_people_and_shifts",
            "An assignment of 'els' is on 'inloop@2026-12-25T09:00', which is not a shift of "
            "this period.",
        )
    ]
